/* One cite-extract record: a citation mention with its provenance and
 * the fields of PIPELINE.md section 2, and its JSON Lines form. */
#ifndef VN_CITERECORD_H
#define VN_CITERECORD_H

#include <stddef.h>

#include "citedate.h"

struct vn_cite {
	unsigned long line;     /* 1-based within the document */
	size_t start;           /* code-point offsets into the line */
	size_t end;
	char *text;             /* the span as written */
	size_t text_len;
	char *id;               /* canonical number and code: 30c/NQ-CP */
	int system;             /* enum vn_cite_system */
	const char *type;       /* full type name (a table string), or NULL */
	char *type_code;
	char *number;
	int year;               /* 0: null */
	char *issuer;
	struct vn_date date;    /* year 0: null */
	char *issuer_name;
	int is_short;           /* "Nghị quyết 57": to resolve in the document */
	int weak;               /* a short form that needs resolving to count */
	unsigned long count;    /* mentions, for --unique */
};

/* Free the strings of c (not c itself). */
void vn_cite_free(struct vn_cite *c);
/* Write c as one JSON Lines record of document doc; with_count adds the
 * `count` field (--unique). */
void vn_cite_write_json(const char *doc, const struct vn_cite *c, int with_count);

#endif
