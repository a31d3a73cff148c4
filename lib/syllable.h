/* Vietnamese syllables: is a word one, and which vowel carries its tone.
 *
 * A syllable is an initial consonant (possibly none; qu and gi count as
 * consonants), a rime from data/vi-rimes.txt, and at most one tone mark.
 * The orthography puts the tone on the vowel with a shape mark (ươ: on ơ),
 * else on the last vowel of a closed syllable (hoàn, huýt), else on the
 * only vowel, the middle of three (ngoài), or the first of two (mùa, ái).
 * The open pairs oa, oe, uy are where the two styles differ: the old
 * style (hòa, khỏe, thủy) keeps the rule, the new one marks the second
 * vowel (hoà, khoẻ, thuỷ). */
#ifndef VN_SYLLABLE_H
#define VN_SYLLABLE_H

#include <stddef.h>

#include "vnletter.h"

enum vn_tone_style {
	VN_TONE_STYLE_OLD,  /* hòa, khỏe, thủy: the press and most corpora */
	VN_TONE_STYLE_NEW,  /* hoà, khoẻ, thuỷ */
	VN_TONE_STYLE_KEEP, /* either, as written; only misplaced marks move */
};

/* Longest word analysed as a syllable, in letters (nghiêng has 7). */
#define VN_SYLLABLE_MAX 8

struct vn_syllable {
	size_t onset;   /* letters of the initial consonant */
	size_t nucleus; /* index of the first vowel after it */
	size_t nvowels; /* vowels from nucleus on */
	int closed;     /* a final consonant follows the vowels */
	int tone;       /* enum vn_tone of the syllable */
	size_t toned;   /* index of the letter bearing the mark, or n when none */
};

/* Analyse w[0..n) as one syllable (any case); returns 1 and fills *s when
 * it is a valid Vietnamese syllable with at most one tone mark, whatever
 * vowel that mark stands on. */
int vn_syllable_parse(const struct vn_letter *w, size_t n, struct vn_syllable *s);

/* Which of the n vowels of a nucleus takes the tone (0-based), for the
 * old or new style, given whether a final consonant follows. */
size_t vn_tone_target(const struct vn_letter *vowels, size_t n, int closed, int new_style);

/* Index into the word of the letter that should carry the tone of s in
 * style; for VN_TONE_STYLE_KEEP the current place when it is right in
 * either style, else the old style's. */
size_t vn_syllable_tone_place(const struct vn_letter *w, const struct vn_syllable *s,
                              enum vn_tone_style style);

#endif
