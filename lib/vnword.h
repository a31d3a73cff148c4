/* Words of a UTF-8 line, as the syllable rules see them: maximal runs of
 * letters, combining marks and digits. A word made only of letters of the
 * Vietnamese alphabet, short enough to be a syllable, comes with its
 * letters described, so that tone and spelling fixes can analyse it. */
#ifndef VN_VNWORD_H
#define VN_VNWORD_H

#include <stddef.h>
#include <stdint.h>

#include "syllable.h"
#include "vnletter.h"

struct vn_word {
	size_t start, end; /* byte span in the line */
	size_t n;          /* letters described (when analysable) */
	struct vn_letter letters[VN_SYLLABLE_MAX];
	size_t offsets[VN_SYLLABLE_MAX + 1]; /* byte offset of each letter, and the end */
	int analysable;    /* every character a letter of the alphabet, at most VN_SYLLABLE_MAX */
	int toned;         /* some letter carries a tone mark */
	int eths;          /* Ð or ð (U+00D0, U+00F0) stand in it; described as đ */
};

/* True for the characters words are made of: letters, marks, digits. */
int vn_word_char(uint32_t cp);

/* Start of the word that holds byte i of s (valid UTF-8). */
size_t vn_word_start(const char *s, size_t i);

/* Find the next word in s[0..len) at or after *pos (a character boundary
 * of valid UTF-8); fills *w, moves *pos past it and returns 1, or returns 0
 * when no word is left. */
int vn_word_next(const char *s, size_t len, size_t *pos, struct vn_word *w);

/* Append the word's letters, re-composed from w->letters, to out. */
struct vn_buf;
void vn_word_write(const struct vn_word *w, struct vn_buf *out);

#endif
