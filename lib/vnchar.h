/* Character classes the segmenters need, over UTF-8 with explicit lengths.
 *
 * ASCII is answered from a table; everything else asks utf8proc, so
 * Vietnamese letters with tone marks (precomposed or with combining marks)
 * count as letters and keep their case. */
#ifndef VN_VNCHAR_H
#define VN_VNCHAR_H

#include <stddef.h>
#include <stdint.h>

enum vn_char_class {
	VN_CH_OTHER = 0, /* symbols, controls, anything not below */
	VN_CH_SPACE,     /* white space, including NBSP and U+3000 */
	VN_CH_LOWER,     /* a letter that is not upper case (also Lo, Lm) */
	VN_CH_UPPER,     /* an upper-case or title-case letter */
	VN_CH_MARK,      /* a combining mark (NFD tone marks) */
	VN_CH_DIGIT,     /* a decimal digit */
	VN_CH_PUNCT,     /* punctuation */
};

/* Class of the code point cp. */
enum vn_char_class vn_char_class(uint32_t cp);

/* Decode one code point at s (len > 0); invalid bytes decode as U+FFFD
 * of length 1 so that scanning always advances. */
size_t vn_char_next_slow(const char *s, size_t len, uint32_t *cp);
static inline size_t
vn_char_next(const char *s, size_t len, uint32_t *cp)
{
	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	return vn_char_next_slow(s, len, cp);
}

/* True for letters, marks and digits: what a syllable or number is made of. */
static inline int
vn_char_is_alnum(enum vn_char_class c)
{
	return c == VN_CH_LOWER || c == VN_CH_UPPER || c == VN_CH_MARK || c == VN_CH_DIGIT;
}

/* Write the lower-case form of s[0..len) to out (room for len bytes: a
 * letter whose lower case would be longer is kept as it is); returns its
 * length. */
size_t vn_lowercase(const char *s, size_t len, char *out);

#endif
