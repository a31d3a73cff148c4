/* Reading Vietnamese numerals: `19.853`, `80,5`, `04`, `1,5 tỷ`,
 * `hai mươi mốt`, `một trăm linh năm`, `ba chục nghìn`.
 *
 * The conventions (../shared/design/REFERENCE.md section 4): `,` is the
 * decimal mark and `.` groups thousands; a `.` not followed by exactly
 * three digits can only be a decimal point (`54.9`); leading zeros drop;
 * nghìn/ngàn, triệu, tỷ/tỉ multiply. Number words follow the CLDR `vi`
 * spell-out rules (mốt, tư, lăm after mươi; linh/lẻ after trăm) plus the
 * variants CLDR lacks (ngàn, tỉ, linh, chục). */
#ifndef VN_VNNUMBER_H
#define VN_VNNUMBER_H

#include <stddef.h>

enum {
	VN_NUM_WORDS = 1 << 0,        /* written in words, at least partly */
	VN_NUM_BARE_ONE = 1 << 1,     /* the single word `một` (an article) */
	VN_NUM_LEADING_ZERO = 1 << 2, /* `04`, `05` */
	VN_NUM_DECIMAL = 1 << 3,      /* has a decimal part */
	VN_NUM_GROUPED = 1 << 4,      /* used thousands dots: `19.853` */
	VN_NUM_SCALED = 1 << 5,       /* a scale word followed: `1,5 tỷ` */
	VN_NUM_PLAIN = 1 << 6,        /* digits only, nothing else */
	VN_NUM_LIST = 1 << 7,         /* stopped before `,digits` of a list `1,3,4` */
};

struct vn_number {
	double value;
	double scale;      /* the scale words' factor: 1e9 for `1,5 tỷ`, else 1 */
	size_t len;        /* bytes consumed */
	unsigned ndigits;  /* digits written before any decimal mark */
	unsigned flags;    /* VN_NUM_* */
};

/* Parse the numeral at the start of s[0..len): digits with optional
 * scale words after them, or number words. Words are separated by spaces
 * or by the `_` of word-segmented text. Returns the bytes consumed (also
 * in out->len), 0 when s does not start with a numeral. A word numeral
 * must be a complete word: `hai` in `hail` is not one. */
size_t vn_number_parse(const char *s, size_t len, struct vn_number *out);

/* True when the word s[0..len) (lower case) can begin a numeral in
 * words; a cheap filter before vn_number_parse. */
int vn_number_word_start(const char *s, size_t len);

#endif
