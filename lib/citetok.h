/* Small scanning steps over one line of UTF-8 text, for the citation
 * recognizer: code points, spaces, words, case-insensitive comparison.
 * Offsets are bytes; every function takes the line's length, so NUL bytes
 * and invalid bytes (read as U+FFFD) are safe. */
#ifndef VN_CITETOK_H
#define VN_CITETOK_H

#include <stddef.h>
#include <stdint.h>

/* The code point at s[i] (i < len) and its length in *n; a byte that does
 * not start a well-formed sequence reads as U+FFFD of length 1. ASCII and
 * the two- and three-byte sequences of every Vietnamese letter are
 * decoded inline: the recognizer reads code points everywhere. */
uint32_t vn_tok_cp_other(const char *s, size_t len, size_t i, size_t *n);
static inline uint32_t
vn_tok_cp(const char *s, size_t len, size_t i, size_t *n)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (u[0] < 0x80) {
		*n = 1;
		return u[0];
	}
	if (u[0] >= 0xC2 && u[0] < 0xE0 && i + 1 < len && (u[1] & 0xC0) == 0x80) {
		*n = 2;
		return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	}
	if (u[0] >= 0xE1 && u[0] < 0xED && i + 2 < len && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		*n = 3;
		return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	}
	return vn_tok_cp_other(s, len, i, n);
}
/* Offset of the code point that ends at i (i > 0). */
static inline size_t
vn_tok_prev(const char *s, size_t i)
{
	size_t k = i - 1;

	/* At most three continuation bytes belong to one code point. */
	while (k > 0 && i - k < 4 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return k;
}

/* Spaces of every width, and `_`, which word segmenters put between the
 * syllables of one word (Quyết_định): both separate syllables. */
int vn_tok_is_space_other(uint32_t cp);
static inline int
vn_tok_is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || cp == '\t' || cp == '_';
	return vn_tok_is_space_other(cp);
}
/* Letters, combining marks and decimal digits: what words are made of. */
int vn_tok_is_word_other(uint32_t cp);
static inline int
vn_tok_is_word(uint32_t cp)
{
	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
	return vn_tok_is_word_other(cp);
}
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
 * non-space before it. ASCII spaces (nearly all) are passed inline, the
 * wider ones (NBSP, U+2009 …) by the _from functions. */
size_t vn_tok_skip_space_from(const char *s, size_t len, size_t i);
size_t vn_tok_back_space_from(const char *s, size_t len, size_t i);
static inline int
vn_tok_ascii_space(char c)
{
	return c == ' ' || c == '\t' || c == '_';
}
static inline size_t
vn_tok_skip_space(const char *s, size_t len, size_t i)
{
	while (i < len && vn_tok_ascii_space(s[i]))
		i++;
	if (i >= len || (unsigned char)s[i] < 0x80)
		return i;
	return vn_tok_skip_space_from(s, len, i);
}
static inline size_t
vn_tok_back_space(const char *s, size_t len, size_t i)
{
	while (i > 0 && vn_tok_ascii_space(s[i - 1]))
		i--;
	if (i == 0 || (unsigned char)s[i - 1] < 0x80)
		return i;
	return vn_tok_back_space_from(s, len, i);
}
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
/* The lower case of cp as the comparisons here see it (Ð as đ). */
uint32_t vn_tok_lower_cp(uint32_t cp);
/* The lower case of the code point that ends at i (i > 0). */
uint32_t vn_tok_lower_cp_before(const char *s, size_t len, size_t i);
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
