/* The letters of the Vietnamese alphabet: what a code point is made of
 * (base letter, vowel shape, tone mark, case) and the code point back.
 * The tables come from data/vi-letters.tsv. */
#ifndef VN_VNLETTER_H
#define VN_VNLETTER_H

#include <stddef.h>
#include <stdint.h>

/* Vowel shapes (and the stroke of đ), as the orthography names them. */
enum vn_shape {
	VN_SHAPE_NONE,
	VN_SHAPE_BREVE,      /* ă */
	VN_SHAPE_CIRCUMFLEX, /* â ê ô */
	VN_SHAPE_HORN,       /* ơ ư */
	VN_SHAPE_STROKE,     /* đ */
};

/* The six tones: ngang (no mark), huyền, sắc, hỏi, ngã, nặng. */
enum vn_tone {
	VN_TONE_NONE,
	VN_TONE_GRAVE,
	VN_TONE_ACUTE,
	VN_TONE_HOOK,
	VN_TONE_TILDE,
	VN_TONE_DOT,
};

/* One letter: base is the lower-case ASCII letter it is built on ('a' for
 * ấ, 'd' for đ, 'b' for B), or 0 for anything that is not a Latin letter. */
struct vn_letter {
	char base;
	uint8_t shape;
	uint8_t tone;
	uint8_t upper;
};

/* Describe cp. Every ASCII letter and every precomposed Vietnamese letter
 * has a base; anything else (é is a letter but not a Vietnamese one) gets
 * base 0. Returns 1 when base is set. */
int vn_letter_get(uint32_t cp, struct vn_letter *l);

/* The code point of a letter description, or 0 when the alphabet has no
 * such letter (a consonant with a tone, ơ with a breve). */
uint32_t vn_letter_compose(const struct vn_letter *l);

/* True for the vowel letters a ă â e ê i o ô ơ u ư y (any tone, any case). */
static inline int
vn_letter_is_vowel(const struct vn_letter *l)
{
	switch (l->base) {
	case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
		return 1;
	default:
		return 0;
	}
}

/* The packed description the scanning fast path reads: base index (1..7
 * for a e i o u y d, 0 when not in the table), shape, tone and case. */
#define VN_LETTER_PACK(base, shape, tone, upper) \
	((uint16_t)((base) | (shape) << 3 | (tone) << 6 | (upper) << 9))
#define VN_LETTER_BASE(p) ((p) & 7)
#define VN_LETTER_SHAPE(p) (((p) >> 3) & 7)
#define VN_LETTER_TONE(p) (((p) >> 6) & 7)
#define VN_LETTER_UPPER(p) (((p) >> 9) & 1)

/* The tables behind vn_letter_packed (generated from data/vi-letters.tsv):
 * U+0000..U+01B0 and U+1EA0..U+1EF9. */
extern const uint16_t vn_letters_latin[0x01B1];
extern const uint16_t vn_letters_ext[0x5A];

/* Packed description of cp, 0 for code points outside the vowel/đ table
 * (consonants included: they carry neither shape nor tone). Inline: the
 * fast path asks it for every letter beyond ASCII. */
static inline uint16_t
vn_letter_packed(uint32_t cp)
{
	if (cp < 0x01B1)
		return vn_letters_latin[cp];
	if (cp - 0x1EA0 < 0x5A)
		return vn_letters_ext[cp - 0x1EA0];
	return 0;
}

#endif
