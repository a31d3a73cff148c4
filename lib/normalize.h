/* vn-normalize's steps in order, on one line: decode (UTF-8 repair or a
 * legacy table), mojibake repair, HTML references, NFC and the Vietnamese
 * Unicode fixes, spaces, tone marks, ASCII punctuation, punctuation
 * spacing, folding. Each step can be switched off; a line that needs none
 * of them is proved so by one cheap scan (cleanline.h) and passed through. */
#ifndef VN_NORMALIZE_H
#define VN_NORMALIZE_H

#include <stddef.h>

#include "buf.h"
#include "legacy.h"
#include "syllable.h"

struct vn_norm_options {
	enum vn_encoding from;         /* the document's encoding (not AUTO) */
	int strict;                    /* invalid input is an error (exit 1) */
	int mojibake;                  /* repair UTF-8 read as windows-1252 */
	int entities;                  /* decode HTML character references */
	int nfc;                       /* compose to NFC */
	int unicode_fixes;             /* mark order, Ð for Đ */
	int tone;                      /* place tone marks */
	enum vn_tone_style tone_style;
	int spaces;                    /* normalize white space */
	int punct;                     /* fix punctuation spacing */
	int ascii_punct;               /* straighten quotes, dashes, … */
	int fold;                      /* make search keys */
};

/* The steps in the order they run, as places to start: a line the fast
 * path proves unchanged by every step before one starts there. (Mojibake
 * repair has no entry of its own: it starts with decoding.) */
enum vn_norm_step {
	VN_STEP_DECODE,
	VN_STEP_ENTITIES,
	VN_STEP_SPACES,  /* before composing: a soft hyphen or zero-width */
	VN_STEP_COMPOSE, /* space gone, a mark meets its letter */
	VN_STEP_TONE,
	VN_STEP_ASCII,
	VN_STEP_PUNCT,
	VN_STEP_NONE, /* the line is clean */
};

/* Every step on, as vn-normalize runs by default. */
void vn_norm_options_default(struct vn_norm_options *o);

/* What the steps did, added up over the lines of a document. */
struct vn_norm_counts {
	unsigned long lines;    /* lines read (markers not counted) */
	unsigned long touched;  /* lines that came out different */
	unsigned long invalid;  /* bytes replaced by U+FFFD */
	unsigned long decoded;  /* lines a legacy table changed */
	unsigned long mojibake; /* lines repaired */
	unsigned long entities; /* references decoded */
	unsigned long nfc;      /* lines NFC changed */
	unsigned long marks;    /* letters whose marks were reordered */
	unsigned long eths;     /* Ð/ð made Đ/đ */
	unsigned long spaces;   /* space changes */
	unsigned long tones;    /* words whose tone mark moved */
	unsigned long ascii;    /* typographic characters made ASCII */
	unsigned long punct;    /* punctuation spacing changes */
	unsigned long folded;   /* lines folded */
};

/* Work buffers a caller keeps from line to line. */
struct vn_norm_buffers {
	struct vn_buf a, b;
};

void vn_norm_buffers_free(struct vn_norm_buffers *bufs);

/* Normalize the line s[0..len) (not a `# newdoc` marker) under o; returns
 * the result, which is s itself when nothing changed, with its length in
 * *outlen. file and line name the input line in messages about invalid
 * bytes. */
const char *vn_normalize_line(const struct vn_norm_options *o, const char *s, size_t len,
                              size_t *outlen, struct vn_norm_buffers *bufs,
                              struct vn_norm_counts *counts, const char *file,
                              unsigned long line);

/* The same without the fast path: every step runs. For tests that check
 * the fast path never passes a line a step would change. */
const char *vn_normalize_steps(const struct vn_norm_options *o, const char *s, size_t len,
                               size_t *outlen, struct vn_norm_buffers *bufs,
                               struct vn_norm_counts *counts, const char *file,
                               unsigned long line);

#endif
