#include "tone.h"

#include "utf8.h"
#include "vnword.h"

size_t
vn_tone_fix(const char *s, size_t len, enum vn_tone_style style, struct vn_buf *out)
{
	struct vn_word w;
	struct vn_syllable syl;
	size_t pos = 0, copied = 0, changed = 0;

	while (vn_word_next(s, len, &pos, &w)) {
		if (!w.analysable || !w.toned || w.eths || !vn_syllable_parse(w.letters, w.n, &syl))
			continue;
		size_t place = vn_syllable_tone_place(w.letters, &syl, style);
		if (place == syl.toned)
			continue;
		w.letters[place].tone = (uint8_t)syl.tone;
		w.letters[syl.toned].tone = VN_TONE_NONE;
		vn_buf_append(out, s + copied, w.start - copied);
		vn_word_write(&w, out);
		copied = w.end;
		changed++;
	}
	vn_buf_append(out, s + copied, len - copied);
	return changed;
}

/* Letter at byte i (a vowel of the table, or an ASCII letter); the
 * description's base is 0 for anything else. */
static size_t
letter_at(const char *s, size_t len, size_t i, struct vn_letter *l)
{
	uint32_t cp;
	size_t n = vn_utf8_decode(s + i, len - i, &cp);

	if (n == 0 || !vn_letter_get(cp, l))
		l->base = 0;
	return n ? n : 1;
}

/* Start of the character that ends just before byte i. */
static size_t
char_before(const char *s, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	return i;
}

int
vn_tone_mark_in_place(const char *s, size_t len, size_t pos, enum vn_tone_style style)
{
	struct vn_letter v[VN_SYLLABLE_MAX + 1], l;
	size_t start = pos, end, n = 0, toned = 0;

	/* The vowel group around pos, and the two letters before it. */
	while (start > 0) {
		size_t p = char_before(s, start);
		letter_at(s, len, p, &l);
		if (!vn_letter_is_vowel(&l))
			break;
		start = p;
	}
	struct vn_letter before = {0, 0, 0, 0}, before2 = {0, 0, 0, 0};
	if (start > 0) {
		size_t p = char_before(s, start);
		letter_at(s, len, p, &before);
		if (p > 0)
			letter_at(s, len, char_before(s, p), &before2);
	}
	for (end = start; end < len; ) {
		size_t step = letter_at(s, len, end, &l);
		if (!vn_letter_is_vowel(&l))
			break;
		if (n == VN_SYLLABLE_MAX)
			return 0;
		if (end == pos)
			toned = n;
		else if (l.tone != VN_TONE_NONE)
			return 0; /* two marks: only the full analysis can tell */
		v[n++] = l;
		end += step;
	}
	if (n == 1)
		return 1;
	int closed = 0;
	if (end < len) {
		letter_at(s, len, end, &l);
		closed = l.base != 0;
	}

	/* qu and gi at the start of a word spell consonants: their u and i
	 * are not part of the group (quý, già). */
	size_t skip = 0;
	if (before2.base == 0 && before.base == 'q' && v[0].base == 'u' && v[0].shape == 0)
		skip = 1;
	if (before2.base == 0 && before.base == 'g' && v[0].base == 'i' && n >= 2)
		skip = 1;
	if (toned < skip)
		return 0;
	size_t old_place = skip + vn_tone_target(v + skip, n - skip, closed, 0);
	size_t new_place = skip + vn_tone_target(v + skip, n - skip, closed, 1);
	switch (style) {
	case VN_TONE_STYLE_OLD: return toned == old_place;
	case VN_TONE_STYLE_NEW: return toned == new_place;
	default: return toned == old_place || toned == new_place;
	}
}
