/* A streaming line reader over a tool's operands, the way cat reads them.
 *
 * Operands are read in order; none, or "-", means standard input. Lines
 * keep NUL bytes and have no length limit; the LF (and a CR before it) is
 * not part of the line. The reader tracks the file, the document id (from
 * `# newdoc` markers, else the operand, else "-") and the line number
 * within the document, markers not counted.
 *
 * When given two or more operands the reader puts a synthetic
 * `# newdoc id = FILE` marker line before each file's text, so that every
 * tool writes the markers of the contract just by passing markers on. */
#ifndef VN_READER_H
#define VN_READER_H

#include <stdio.h>

#include "buf.h"

enum {
	VN_READ_UTF8 = 1 << 0,   /* repair invalid UTF-8 to U+FFFD and warn */
	VN_READ_STRICT = 1 << 1, /* with VN_READ_UTF8: invalid UTF-8 is an error */
	VN_READ_RAW = 1 << 2,    /* keep a CR before LF as part of the line */
};

struct vn_line {
	const char *text;     /* the line, without its end; NUL-terminated too */
	size_t len;           /* its length in bytes */
	int is_marker;        /* a `# newdoc` line (read or synthesized) */
	int is_synthetic;     /* a marker the reader made for a file operand */
	int had_newline;      /* the line ended with LF in the input */
	int had_cr;           /* a CR stood before that LF and was removed */
	size_t invalid_bytes; /* bytes replaced by U+FFFD (VN_READ_UTF8) */
	const char *file;     /* operand name, "-" for standard input */
	const char *doc;      /* document id */
	unsigned long lineno; /* 1-based within the document; 0 for markers */
	unsigned long fileline; /* 1-based within the file, for messages */
	unsigned long serial; /* unique to this line among all lines read in
	                         the process; 0 in a line made by hand (a copy
	                         may keep it only with the same text) */
};

struct vn_reader {
	char **operands;
	int noperands;
	int next_operand;
	int flags;
	int synth_markers;
	FILE *fp;
	const char *file;
	char *doc;
	unsigned long lineno;
	unsigned long fileline;
	char *raw;
	size_t rawcap;
	struct vn_buf fixed;
	struct vn_buf marker;
	/* Statistics for -v summaries. */
	unsigned long ndocs;
	unsigned long nlines;
};

/* Start reading the operands (argv after options). */
void vn_reader_init(struct vn_reader *r, int argc, char **argv, int flags);
/* Next line into *line; returns 1, or 0 when every operand is read.
 * The line stays valid until the next call. An operand that cannot be
 * opened or read is reported and skipped (exit status 1 at the end). */
int vn_reader_next(struct vn_reader *r, struct vn_line *line);
void vn_reader_free(struct vn_reader *r);

/* True when s[0..len) is a `# newdoc` marker; *id gets its id (possibly
 * empty) when id is not NULL. */
int vn_is_newdoc(const char *s, size_t len, const char **id, size_t *idlen);

#endif
