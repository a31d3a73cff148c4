/* UTF-8 decoding, validation and repair over explicit lengths. */
#ifndef VN_UTF8_H
#define VN_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define VN_REPLACEMENT_CHAR 0xFFFDu

/* Decode one code point at s; returns the bytes used (1-4), or 0 when the
 * bytes at s are not well-formed UTF-8 (overlong, surrogate, truncated). */
size_t vn_utf8_decode(const char *s, size_t len, uint32_t *cp);
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
