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

#include <stddef.h>

#include "buf.h"

enum {
	VN_READ_UTF8 = 1 << 0,   /* repair invalid UTF-8 to U+FFFD and warn */
	VN_READ_STRICT = 1 << 1, /* with VN_READ_UTF8: invalid UTF-8 is an error */
	VN_READ_RAW = 1 << 2,    /* keep a CR before LF as part of the line */
};

/* Bytes the reader asks read(2) for at a time: large enough that the
 * system calls cost little next to the work on the lines. */
#define VN_READ_BLOCK (256 * 1024)

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
	int fd;         /* the operand being read, or -1 */
	int at_eof;     /* fd has no more bytes (or failed: read_errno) */
	int read_errno; /* reported once the lines before the error are out */
	const char *file;
	char *doc;
	unsigned long lineno;
	unsigned long fileline;
	/* Bytes read from fd in large blocks; lines are handed out in place,
	 * their LF overwritten by the NUL. block[line_start..scanned) holds no
	 * LF, block[filled] is a spare byte for the NUL after a last line. */
	char *block;
	size_t block_size;  /* grows to hold the longest line */
	size_t first_block; /* VN_READ_BLOCK; a test may set it (2 or more)
	                       small to cross block boundaries in little input */
	size_t line_start, scanned, filled;
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
