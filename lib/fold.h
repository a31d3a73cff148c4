/* Search keys: text folded for matching and deduplication, not reading.
 * Lower case (Unicode case folding), no diacritics, đ and Đ (and Ð ð) to
 * d: "Đảng ủy Sở" and "dang uy so" fold to the same key. */
#ifndef VN_FOLD_H
#define VN_FOLD_H

#include <stddef.h>

#include "buf.h"

/* Append the folded form of s[0..len) (valid UTF-8) to out; returns 1
 * when it differs from s. */
int vn_search_key(const char *s, size_t len, struct vn_buf *out);

#endif
