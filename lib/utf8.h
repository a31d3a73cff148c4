/* UTF-8 decoding, validation and repair over explicit lengths. */
#ifndef VN_UTF8_H
#define VN_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define VN_REPLACEMENT_CHAR 0xFFFDu

/* vn_utf8_decode beyond the one-, two- and three-byte forms it decodes
 * inline: four-byte sequences and everything ill-formed. */
size_t vn_utf8_decode_other(const char *s, size_t len, uint32_t *cp);

/* Decode one code point at s; returns the bytes used (1-4), or 0 when the
 * bytes at s are not well-formed UTF-8 (overlong, surrogate, truncated).
 * Inline because the steps of every tool call it once per character: the
 * common cases (all of Vietnamese) by the well-formed ranges of Unicode
 * Table 3-7, without a call. */
static inline size_t
vn_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;

	if (len == 0)
		return 0;
	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	if (u[0] >= 0xC2 && u[0] <= 0xDF && len >= 2 && (u[1] & 0xC0) == 0x80) {
		*cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
		return 2;
	}
	/* E1..EC and EE..EF take any continuation bytes; E0 and ED (overlongs,
	 * surrogates) are left to vn_utf8_decode_other. */
	if (u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED && len >= 3 &&
	    (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
		*cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		return 3;
	}
	return vn_utf8_decode_other(s, len, cp);
}
/* Encode cp into out (at least 4 bytes); returns the length. */
size_t vn_utf8_encode(uint32_t cp, char *out);
/* Length of the valid prefix of s; equals len when s is all valid. */
size_t vn_utf8_valid_prefix(const char *s, size_t len);
/* Append s to out with every byte of an ill-formed sequence replaced by
 * U+FFFD; returns how many bytes were replaced. */
size_t vn_utf8_repair(const char *s, size_t len, struct vn_buf *out);
/* Number of code points in the (valid) UTF-8 string s. */
size_t vn_utf8_count(const char *s, size_t len);

#endif
