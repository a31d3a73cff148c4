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

/* Class of the code point cp; the table and cache behind the inline
 * fast path for U+0000..U+1FFF (every Vietnamese letter). */
enum vn_char_class vn_char_class_slow(uint32_t cp);
extern unsigned char vn_char_class_cache[0x2000];
static inline enum vn_char_class
vn_char_class(uint32_t cp)
{
	if (cp < 0x2000 && vn_char_class_cache[cp])
		return (enum vn_char_class)(vn_char_class_cache[cp] - 1);
	return vn_char_class_slow(cp);
}

/* Decode one code point at s (len > 0); invalid bytes decode as U+FFFD
 * of length 1 so that scanning always advances. */
size_t vn_char_next_slow(const char *s, size_t len, uint32_t *cp);
static inline size_t
vn_char_next(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	/* Vietnamese letters with tone marks: E1 BA..BB xx */
	if (u[0] == 0xE1 && len >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
		*cp = 0x1000u | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		return 3;
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

/* 64-bit FNV-1a of the lower-case form of s[0..len), never 0: the same
 * as vn_hash_bytes (u64map.h) of what vn_lowercase writes, with no copy. */
uint64_t vn_hash_lower(const char *s, size_t len);

#endif
