/* Unit tests for the fast path's window classifier (lib/window.c): every
 * classifier the machine has gives, for every byte of random windows,
 * the masks a character-at-a-time reading of window.h's definitions
 * gives. The windows are drawn from what Vietnamese lines are made of
 * (letters of the alphabet, the punctuation the scan watches, spaces)
 * and from what they should not hold (stray and truncated UTF-8, Ð,
 * other scripts). */
#include "check.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "vnletter.h"
#include "window.h"

enum { BEFORE = 3, AFTER = 3, SPAN = BEFORE + VN_WINDOW + AFTER };

static const char *const pieces[] = {
	"a", "e", "i", "o", "u", "y", "A", "Y", "q", "g", "n", "h", "t", "B", "z", "0", "9",
	" ", " ", " ", ",", ";", ":", "!", "?", ".", "(", "[", ")", "]", "&", "\t", "-", "/",
	"\xc3\xa0", "\xc3\xa1", "\xc3\xa2", "\xc3\x82",
	"\xc3\xaa", "\xc3\xb4", "\xc3\xbd", "\xc3\x9d",
	"\xc3\x90", "\xc3\xb0", "\xc3\x97", "\xc3\x84",                /* Ð ð × Ä */
	"\xc4\x83", "\xc4\x82", "\xc4\x91", "\xc4\x90", "\xc4\xa9", "\xc4\xa8", "\xc4\x92",
	"\xc5\xa9", "\xc5\xa8", "\xc5\x92", "\xc6\xa1",
	"\xc6\xa0", "\xc6\xb0", "\xc6\xaf", "\xc6\xb1",
	"\xe1\xba\xa0", "\xe1\xba\xa1", "\xe1\xba\xbf",
	"\xe1\xbb\x80", "\xe1\xbb\x87", "\xe1\xbb\xa3",
	"\xe1\xbb\xb9", "\xe1\xbb\xba", "\xe1\xba\x9f", "\xe1\xb8\x80",  /* beyond ạ..ỹ */
	"\xc2\xa0", "\xe2\x80\xa6", "\xe2\x80\x9c", "\xe2\x80\x8b", "\xcc\x81", "\xd0\x96",
	"\xe4\xb8\xad", "\xf0\x9f\x98\x80",
	"\x80", "\xbf", "\xc3", "\xe1\xbb", "\xf0\x9f", "\xff", "\xc0\xaf", "\xed\xa0\x80",
};

static uint64_t rng = 88172645463325252u;

static unsigned
next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

static void
random_span(unsigned char *span)
{
	size_t n = 0;
	while (n < SPAN) {
		const char *p = pieces[next_random() % (sizeof pieces / sizeof pieces[0])];
		for (size_t k = 0; p[k] && n < SPAN; k++)
			span[n++] = (unsigned char)p[k];
	}
}

static int
is_ascii_vowel(unsigned char c)
{
	return c && strchr("aeiouyAEIOUY", c) != NULL;
}

/* The character at b[k]: its length when it is a valid one of at most
 * three bytes held in the span, else 0. */
static size_t
char_at(const unsigned char *b, int k, uint32_t *cp)
{
	size_t n = vn_utf8_decode((const char *)b + k, (size_t)(VN_WINDOW + AFTER - k), cp);
	return n >= 2 && n <= 3 ? n : 0;
}

/* The definitions of window.h, one character at a time. */
static int
fast_letter(uint32_t cp)
{
	if (cp >= 0xC0 && cp <= 0xFF)
		return cp != 0xD0 && cp != 0xF0; /* Latin-1, but Ð ð */
	return (cp >= 0x100 && vn_letter_packed(cp) != 0) || (cp >= 0x1EA0 && cp <= 0x1EF9);
}

static void
reference(const unsigned char *b, struct vn_window *w)
{
	memset(w, 0, sizeof *w);
	for (int k = 0; k < VN_WINDOW; k++) {
		uint64_t bit = (uint64_t)1 << k;
		unsigned char c = b[k];
		uint32_t cp = 0;
		int announced = b[k - 1] >= 0xC0 || b[k - 2] >= 0xE0 || b[k - 3] >= 0xF0;
		if ((c & 0xC0) == 0x80 && !announced)
			w->stray |= bit;
		unsigned char next = b[k + 1];
		int letter_like = next >= 0x80 || ((next | 0x20) >= 'a' && (next | 0x20) <= 'z');
		int punct = c && strchr("([,;:!?.&", c);
		if (c == '\t' || (c == ' ' && next && strchr(" ,;:!?)].\t\xe2", next)) ||
		    (punct && (letter_like || next == c || b[k + 2] == c || next == '#' ||
		               ((c == '(' || c == '[') && next == ' '))))
			w->look |= bit;
		if (c == '\t' || (c == ' ' && (next == ' ' || next == '\t')) ||
		    (c == '&' && (w->look & bit)))
			w->look_early |= bit;
		if (is_ascii_vowel(c))
			w->vowel1 |= bit;
		if (c < 0xC0)
			continue;
		w->high |= bit;
		size_t n = char_at(b, k, &cp);
		if (!n || !fast_letter(cp)) {
			w->odd |= bit;
			continue;
		}
		int toned, shaped = 0;
		if (n == 2) {
			if (cp != 0x110 && cp != 0x111)
				w->vowel2 |= bit;
			toned = cp <= 0xFF ? strchr("\xc2\xca\xd4\xe2\xea\xf4", (int)cp) == NULL
			                   : VN_LETTER_TONE(vn_letter_packed(cp)) != 0;
		} else {
			w->vowel3 |= bit;
			toned = 1;
			unsigned shape = VN_LETTER_SHAPE(vn_letter_packed(cp));
			shaped = shape >= VN_SHAPE_BREVE && shape <= VN_SHAPE_HORN;
		}
		if (toned && !shaped)
			w->unshaped |= bit;
		if (cp >= 0x100)
			w->beyond |= bit;
		unsigned char after = b[k + n];
		if ((toned && !shaped && is_ascii_vowel(after)) || (toned && after >= 0xC0))
			w->then_check |= bit;
	}
}

static int
same(const struct vn_window *a, const struct vn_window *b, const char **what)
{
#define FIELD(f)                   \
	if (a->f != b->f) {        \
		*what = #f;        \
		return 0;          \
	}
	FIELD(stray) FIELD(look) FIELD(look_early) FIELD(odd) FIELD(high) FIELD(beyond)
	FIELD(vowel1) FIELD(vowel2) FIELD(vowel3) FIELD(unshaped) FIELD(then_check)
#undef FIELD
	return 1;
}

static void
check_classifier(const char *name, vn_window_classifier *classify)
{
	unsigned char span[SPAN];
	struct vn_window got, want;
	long wrong = 0;
	const char *what = "";

	if (!classify) {
		printf("ok %d - # SKIP no %s on this machine\n", ++check_count, name);
		return;
	}
	for (int round = 0; round < 200000; round++) {
		random_span(span);
		classify(span + BEFORE, 1, &got);
		reference(span + BEFORE, &want);
		if (!same(&got, &want, &what) && wrong++ < 3) {
			printf("# %s differs on %s for:", name, what);
			for (int k = 0; k < SPAN; k++)
				printf(" %02x", span[k]);
			printf("\n");
		}
	}
	CHECK(wrong == 0, "%s classifies 200,000 random windows as the definitions say", name);
}

int
main(void)
{
	check_classifier("SSSE3", vn_window_classifier_ssse3());
	check_classifier("AVX2", vn_window_classifier_avx2());
	check_classifier("AVX-512BW", vn_window_classifier_avx512());
	vn_window_classifier *best = vn_window_classifier_avx512();
	if (!best)
		best = vn_window_classifier_avx2();
	CHECK(vn_window_classifier_get() == (best ? best : vn_window_classifier_ssse3()),
	      "the fast path takes the widest classifier the machine has");
	return check_done();
}
