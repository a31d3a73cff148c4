#include "syllable.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "vi_syllables.h"

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

static int
compare_string(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

static int
is_rime(const char *s)
{
	return bsearch(s, vn_rimes, NELEM(vn_rimes), sizeof vn_rimes[0], compare_string) != NULL;
}

static int
is_onset(const char *s)
{
	return bsearch(s, vn_onsets, NELEM(vn_onsets), sizeof vn_onsets[0], compare_string) != NULL;
}

/* Lower-case, toneless UTF-8 spelling of w[from..to) into buf (large
 * enough for VN_SYLLABLE_MAX letters of up to 2 bytes); 0 when a letter
 * has no such form. */
static int
plain_spelling(const struct vn_letter *w, size_t from, size_t to, char *buf)
{
	size_t len = 0;

	for (size_t i = from; i < to; i++) {
		struct vn_letter l = w[i];
		l.tone = VN_TONE_NONE;
		l.upper = 0;
		uint32_t cp = vn_letter_compose(&l);
		if (cp == 0)
			return 0;
		len += vn_utf8_encode(cp, buf + len);
	}
	buf[len] = '\0';
	return 1;
}

/* A rime ending in a stop (c, ch, p, t) takes only sắc or nặng. */
static int
tone_fits_rime(const char *rime, int tone)
{
	size_t n = strlen(rime);
	char last = rime[n - 1];
	int stop = last == 'c' || last == 'p' || last == 't' ||
	           (last == 'h' && n >= 2 && rime[n - 2] == 'c');

	return !stop || tone == VN_TONE_ACUTE || tone == VN_TONE_DOT;
}

/* Is w[from..n) a rime after the onset w[0..from)? */
static int
rime_after_onset(const struct vn_letter *w, size_t from, size_t n, const char *onset, int tone)
{
	char rime[4 * VN_SYLLABLE_MAX + 2];

	if (from >= n || !vn_letter_is_vowel(&w[from]))
		return 0;
	rime[0] = strcmp(onset, "qu") == 0 ? 'u' : strcmp(onset, "gi") == 0 ? 'i' : 0;
	if (!plain_spelling(w, from, n, rime + 1))
		return 0;
	/* After qu the medial u is spelled by the onset (quy: qu + uy);
	 * after gi the leading i of iê is (giết: gi + iêt). */
	if (is_rime(rime + 1) && tone_fits_rime(rime + 1, tone))
		return 1;
	return rime[0] && is_rime(rime) && tone_fits_rime(rime, tone);
}

int
vn_syllable_parse(const struct vn_letter *w, size_t n, struct vn_syllable *s)
{
	char onset[4 * VN_SYLLABLE_MAX + 1];
	size_t toned = n;

	if (n == 0 || n > VN_SYLLABLE_MAX)
		return 0;
	for (size_t i = 0; i < n; i++) {
		if (w[i].base == 0)
			return 0;
		if (w[i].tone != VN_TONE_NONE) {
			if (toned != n)
				return 0;
			toned = i;
		}
	}
	int tone = toned < n ? w[toned].tone : VN_TONE_NONE;

	/* The onset is the consonant letters before the first vowel, except
	 * that qu and gi take the u and i that follow q and g. Try the longer
	 * onset first: gia is gi + a, gìn is g + in. */
	size_t first_vowel = 0;
	while (first_vowel < n && !vn_letter_is_vowel(&w[first_vowel]))
		first_vowel++;
	if (first_vowel == n)
		return 0;
	size_t candidates[2] = {first_vowel, first_vowel};
	if (first_vowel == 1 && (w[0].base == 'q' || w[0].base == 'g') &&
	    w[1].base == (w[0].base == 'q' ? 'u' : 'i') && w[1].shape == VN_SHAPE_NONE)
		candidates[0] = 2;
	for (int c = 0; c < 2; c++) {
		size_t on = candidates[c];
		if (c == 1 && candidates[1] == candidates[0])
			break;
		if (!plain_spelling(w, 0, on, onset))
			continue;
		if (on > 0 && !is_onset(onset))
			continue;
		if (!rime_after_onset(w, on, n, onset, tone))
			continue;
		s->onset = on;
		s->nucleus = on;
		s->nvowels = 0;
		while (on + s->nvowels < n && vn_letter_is_vowel(&w[on + s->nvowels]))
			s->nvowels++;
		s->closed = on + s->nvowels < n;
		s->tone = tone;
		s->toned = toned;
		return 1;
	}
	return 0;
}

size_t
vn_tone_target(const struct vn_letter *v, size_t n, int closed, int new_style)
{
	size_t shaped = n;

	for (size_t i = 0; i < n; i++)
		if (v[i].shape == VN_SHAPE_BREVE || v[i].shape == VN_SHAPE_CIRCUMFLEX ||
		    v[i].shape == VN_SHAPE_HORN)
			shaped = i;
	if (shaped < n)
		return shaped;
	if (n <= 1)
		return 0;
	if (closed)
		return n - 1;
	if (n >= 3)
		return 1;
	/* The open pairs oa, oe, uy: the one place the styles differ. */
	if (new_style && ((v[0].base == 'o' && (v[1].base == 'a' || v[1].base == 'e')) ||
	                  (v[0].base == 'u' && v[1].base == 'y')))
		return 1;
	return 0;
}

size_t
vn_syllable_tone_place(const struct vn_letter *w, const struct vn_syllable *s,
                       enum vn_tone_style style)
{
	const struct vn_letter *v = w + s->nucleus;
	size_t old_place = s->nucleus + vn_tone_target(v, s->nvowels, s->closed, 0);

	if (style == VN_TONE_STYLE_OLD)
		return old_place;
	size_t new_place = s->nucleus + vn_tone_target(v, s->nvowels, s->closed, 1);
	if (style == VN_TONE_STYLE_NEW)
		return new_place;
	return s->toned == new_place ? new_place : old_place;
}
