/* Abbreviations that end in a full stop without ending a sentence
 * (TS., TP., v.v.); the list and the reasoning are in
 * data/vn-segment-abbrev.txt. */
#ifndef VN_ABBREV_H
#define VN_ABBREV_H

#include <stddef.h>

enum vn_abbrev_class {
	VN_ABBREV_NONE = 0,
	VN_ABBREV_TITLE, /* always followed by a name: never ends a sentence */
	VN_ABBREV_ANY,   /* may close a sentence before a capital letter */
};

/* Class of s[0..len), written without its final full stop. A dotted chain
 * (PGS.TS, ThS.BS) is an abbreviation when every link is; the class of
 * the last link counts. */
enum vn_abbrev_class vn_abbrev_lookup(const char *s, size_t len);

#endif
