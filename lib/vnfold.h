/* Word characters and comparison keys for Vietnamese words.
 *
 * Word lists (unit nouns, labels, number words) are kept in lower case,
 * NFC. vn_fold turns a word as written (`Hồ`, `HỒ`, NFD `hồ`) into that
 * key, so that a list lookup does not depend on case or normalization. */
#ifndef VN_VNFOLD_H
#define VN_VNFOLD_H

#include <stddef.h>
#include <stdint.h>

/* True for a code point that belongs inside a word: a letter or a
 * combining mark (NFD input spells tone marks as marks). */
int vn_is_word_cp(uint32_t cp);

/* Length in bytes of the run of word characters at s (0 when s does not
 * start with a letter). Digits are not word characters. */
size_t vn_word_len(const char *s, size_t len);

/* Write the lower-case NFC form of s[0..len) to out (cap bytes, not
 * NUL-terminated); returns its length, or 0 when it does not fit. */
size_t vn_fold(const char *s, size_t len, char *out, size_t cap);

/* Compose out[0..len) (no NUL byte) in place to NFC, as utf8proc_NFC
 * would; returns the new length, 0 when it does not fit in cap (or
 * utf8proc fails). Short text is done on the stack, without malloc. */
size_t vn_nfc_in_place(char *out, size_t len, size_t cap);

/* True when the word s[0..len) starts with an upper-case letter; *all_caps
 * (when not NULL) tells whether every letter is upper case. */
int vn_is_capitalized(const char *s, size_t len, int *all_caps);

#endif
