/* The parts of the citation recognizer (cite.h), one file each: the
 * driver and short forms (citescan.c), document codes (citecode.c),
 * standards (citestd.c). Not for use outside the recognizer. */
#ifndef VN_CITEPARTS_H
#define VN_CITEPARTS_H

#include "cite.h"

/* A document number and code at the digits s[d..e): fills *m, 1 if found. */
int vn_cite_code_at(const char *s, size_t len, size_t d, size_t e, struct vn_cite_match *m);
/* A standard whose number starts at s[d]: fills *m, 1 if found. */
int vn_cite_standard_at(const char *s, size_t len, size_t d, struct vn_cite_match *m);
/* Whether s[a..b) is the name of a standards body (ISO, TCVN, …), which
 * starts a standard and is never a group of a document code. */
int vn_cite_is_standard_body(const char *s, size_t len, size_t a, size_t b);
/* Where "số", "Số:" or "số:" before the number at b starts, or b. */
size_t vn_cite_so_before(const char *s, size_t len, size_t b);
/* The issue date and the "của …" issuer after m's span (extends it over
 * the date). */
void vn_cite_tail(const char *s, size_t len, struct vn_cite_match *m);

#endif
