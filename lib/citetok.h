/* Small scanning steps over one line of UTF-8 text, for the citation
 * recognizer: code points, spaces, words, case-insensitive comparison.
 * Offsets are bytes; every function takes the line's length, so NUL bytes
 * and invalid bytes (read as U+FFFD) are safe. */
#ifndef VN_CITETOK_H
#define VN_CITETOK_H

#include <stddef.h>
#include <stdint.h>

/* The code point at s[i] (i < len) and its length in *n; a byte that does
 * not start a well-formed sequence reads as U+FFFD of length 1. */
uint32_t vn_tok_cp(const char *s, size_t len, size_t i, size_t *n);
/* Offset of the code point that ends at i (i > 0). */
size_t vn_tok_prev(const char *s, size_t i);

/* Spaces of every width, and `_`, which word segmenters put between the
 * syllables of one word (Quyết_định): both separate syllables. */
int vn_tok_is_space(uint32_t cp);
/* Letters, combining marks and decimal digits: what words are made of. */
int vn_tok_is_word(uint32_t cp);
int vn_tok_is_letter(uint32_t cp);
int vn_tok_is_upper(uint32_t cp);
int vn_tok_is_lower(uint32_t cp);
/* Hyphen-minus and the dashes that stand for it in typeset text. */
int vn_tok_is_dash(uint32_t cp);
static inline int
vn_tok_is_digit(char c)
{
	return c >= '0' && c <= '9';
}
static inline int
vn_tok_ascii_letter(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
/* True when a letter, mark or digit stands at i. */
int vn_tok_word_at(const char *s, size_t len, size_t i);
/* The length of a dash at i, or 0. */
size_t vn_tok_dash_len(const char *s, size_t len, size_t i);
/* End of the run of ASCII digits from i. */
size_t vn_tok_digits_end(const char *s, size_t len, size_t i);
/* The year s[a..b) stands for, when it is four digits from 1945 (the
 * first documents of the Republic) to 2099; else 0. */
int vn_tok_year(const char *s, size_t a, size_t b);
/* End of the code group from i: a letter, then letters, digits and `&`
 * between letters (QĐ, UBND, QH13, BNN&PTNT); i when no letter is there. */
size_t vn_tok_group_end(const char *s, size_t len, size_t i);

/* Forward past spaces from i; backward from i to just after the last
 * non-space before it. */
size_t vn_tok_skip_space(const char *s, size_t len, size_t i);
size_t vn_tok_back_space(const char *s, size_t len, size_t i);
/* True when a space (or nothing) stands between a and b. */
int vn_tok_only_space(const char *s, size_t len, size_t a, size_t b);

/* End of the word that starts at i (i itself when no word starts there);
 * start of the word that ends at i. */
size_t vn_tok_word_end(const char *s, size_t len, size_t i);
size_t vn_tok_word_start(const char *s, size_t len, size_t i);
/* As vn_tok_word_start, but (size_t)-1 when the word is longer than max
 * bytes: what looks back from every number must not walk a long word
 * (a 10 MB token) again and again. */
size_t vn_tok_word_start_within(const char *s, size_t len, size_t i, size_t max);

/* Lower-case (or upper-case) s[a..b) into out (cap bytes, NUL-terminated);
 * Icelandic Ð/ð, typed for Đ/đ, become Đ/đ. Returns the length, or
 * (size_t)-1 when it does not fit. */
size_t vn_tok_lower(const char *s, size_t len, size_t a, size_t b, char *out, size_t cap);
size_t vn_tok_upper(const char *s, size_t len, size_t a, size_t b, char *out, size_t cap);
/* True when s[a..b) equals `word` (lower case) ignoring case. */
int vn_tok_word_is(const char *s, size_t len, size_t a, size_t b, const char *word);
/* True when a and b are the same text ignoring case. */
int vn_tok_caseeq(const char *a, size_t alen, const char *b, size_t blen);

/* When the words of `phrase` (lower case, single spaces) start at i,
 * separated by spaces, returns the offset after the last; else 0. */
size_t vn_tok_phrase_at(const char *s, size_t len, size_t i, const char *phrase);

/* True when s[a..b) has more capitals than small letters: how
 * abbreviations are written (UBND, TTg, CTr, QĐi), and prose is not. */
int vn_tok_mostly_upper(const char *s, size_t len, size_t a, size_t b);
/* True when s[a..b) has letters and no small letter. */
int vn_tok_all_upper(const char *s, size_t len, size_t a, size_t b);
/* True when s[a..b) has letters and no capital. */
int vn_tok_all_lower(const char *s, size_t len, size_t a, size_t b);

/* When `word` (lower case) stands at i ignoring case, and no letter follows
 * it (a digit may: "ngày27-8-2010"), returns the offset after it; else 0. */
size_t vn_tok_prefix_at(const char *s, size_t len, size_t i, const char *word);

#endif
