/* Pre-tokenization of a sentence into syllables, numbers, codes, URLs and
 * punctuation, before the word segmenter groups syllables into words.
 *
 * Everything that is not a plain syllable is one token that the segmenter
 * keeps whole: numbers (19.853, 80,5), dates and times (02/8/2018, 10:41),
 * document codes and standards (30c/NQ-CP, 08-CTr/TU, 9001:2008), URLs
 * and e-mail addresses, abbreviations with their full stop (TS., v.v.,
 * TP.HCM, Đ/c) and punctuation (a run of the same mark, as "...", is one
 * token). Tokens cover the text except white space, in order. */
#ifndef VN_TOKEN_H
#define VN_TOKEN_H

#include <stddef.h>

enum vn_token_kind {
	VN_TOK_SYLLABLE, /* a run of letters: a syllable or a foreign word */
	VN_TOK_NUMBER,   /* digits, with . , between digits */
	VN_TOK_CODE,     /* letters and digits joined by / - . : (codes, dates, abbreviations) */
	VN_TOK_URL,      /* a URL or an e-mail address */
	VN_TOK_PUNCT,    /* punctuation or a symbol */
};

/* Letter case of a token, for the segmenter's shape features. */
enum vn_token_case {
	VN_CASE_LOWER,   /* no capital letter */
	VN_CASE_TITLE,   /* a capital first, then lower case */
	VN_CASE_UPPER,   /* two or more letters, all capitals */
	VN_CASE_MIXED,   /* anything else with a capital */
};

struct vn_token {
	size_t start, len;          /* bytes in the sentence */
	unsigned char kind;         /* enum vn_token_kind */
	unsigned char lettercase;   /* enum vn_token_case */
	unsigned char space_before; /* white space stood before it */
};

struct vn_tokens {
	struct vn_token *v;
	size_t n, cap;
};

/* Split s[0..len) into tokens (replacing what *out held). */
void vn_tokenize(const char *s, size_t len, struct vn_tokens *out);
void vn_tokens_free(struct vn_tokens *t);

#endif
