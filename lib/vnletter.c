#include "vnletter.h"

#include "vi_letters.h"

/* Base letters in the order of data/gen-vi-letters.awk: index 1..7. */
static const char base_letters[] = "\0aeiouyd";

int
vn_letter_get(uint32_t cp, struct vn_letter *l)
{
	uint16_t p = vn_letter_packed(cp);

	l->shape = l->tone = l->upper = 0;
	if (p) {
		l->base = base_letters[VN_LETTER_BASE(p)];
		l->shape = (uint8_t)VN_LETTER_SHAPE(p);
		l->tone = (uint8_t)VN_LETTER_TONE(p);
		l->upper = (uint8_t)VN_LETTER_UPPER(p);
	} else if (cp >= 'a' && cp <= 'z') {
		l->base = (char)cp;
	} else if (cp >= 'A' && cp <= 'Z') {
		l->base = (char)(cp - 'A' + 'a');
		l->upper = 1;
	} else {
		l->base = 0;
	}
	return l->base != 0;
}

uint32_t
vn_letter_compose(const struct vn_letter *l)
{
	int index = 0;

	for (int i = 1; i <= 7; i++)
		if (base_letters[i] == l->base)
			index = i;
	if (index == 0) {
		if (l->base < 'a' || l->base > 'z' || l->shape || l->tone)
			return 0;
		return (uint32_t)(l->upper ? l->base - 'a' + 'A' : l->base);
	}
	if (l->shape > VN_SHAPE_STROKE || l->tone > VN_TONE_DOT)
		return 0;
	return vn_letters_compose[l->upper ? 1 : 0][index][l->shape][l->tone];
}
