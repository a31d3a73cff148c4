/* The tokens of one sentence for the metric recognizers: words, numerals
 * (digits with their scale words, or number words, read by vnnumber.c)
 * and single punctuation characters, with the spacing between them. */
#include <stdint.h>
#include <string.h>

#include "metricint.h"
#include "utf8.h"
#include "vnfold.h"
#include "vnnumber.h"

static inline size_t
space_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '_' || c == '\r' || c == '\f' || c == '\v';
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
		return 2; /* no-break space */
	if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] <= 0x8B || (unsigned char)s[i + 2] == 0xAF))
		return 3; /* U+2000..U+200B spaces, U+202F */
	return 0;
}

enum { ONES = 0x0101010101010101ull, HIGHS = 0x8080808080808080ull, LOWS = 0x7F7F7F7F7F7F7F7Full };

/* Bit 8k+7 set where byte k of w equals c. Exact: a byte of t is zero
 * when adding 0x7F to its low seven bits leaves bit 7 clear and bit 7 was
 * clear already; the sums stay within their byte. */
static inline uint64_t
bytes_equal(uint64_t w, unsigned char c)
{
	uint64_t t = w ^ (ONES * c);
	return ~(((t & LOWS) + LOWS) | t) & HIGHS;
}

/* Bit 8k+7 set where the low seven bits of byte k of w are at least
 * lo and below hi (hi <= 0x80): adding 0x80 - lo to a 7-bit value sets
 * bit 7 exactly when it is at least lo, and never carries out of it. */
static inline uint64_t
low7_in(uint64_t w, unsigned lo, unsigned hi)
{
	uint64_t x = w & LOWS;
	return ((x + ONES * (0x80 - lo)) & ~(x + ONES * (0x80 - hi)) & HIGHS);
}

/* word_len of a word shorter than eight bytes, from one load: the length
 * of the run of letters (an ASCII letter or a byte with bit 7 set, as in
 * metricworth.c) when every character in it is one word_len's loop takes
 * (a two-byte letter or mark: lead C3..C9, CC, CD, but × ÷, and one
 * continuation byte; E1, then B8..BB, then a continuation byte), else 0.
 * Without branches on the bytes: a branch per character on ASCII or not
 * goes wrong on most syllables of Vietnamese. s[0..8) must be readable. */
static inline size_t
short_word_len(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	uint64_t x = (w & ~HIGHS) | 0x2020202020202020ull;
	uint64_t letters = (x + 0x1F1F1F1F1F1F1F1Full) & ~(x + 0x0505050505050505ull) & HIGHS;
	uint64_t end = ~((w & HIGHS) | letters) & HIGHS;
	if (!end)
		return 0; /* eight bytes or more */
	size_t n = (size_t)__builtin_ctzll(end) >> 3;
	uint64_t high = w & HIGHS & ((1ull << (8 * n)) - 1);
	if (!high)
		return n; /* ASCII letters */
	uint64_t b6 = (w << 1) & HIGHS; /* bit 6 of each byte, in bit 7 */
	uint64_t lead = high & b6, cont = high & ~b6;
	/* Lead bytes by their low six bits: C3..C9 are 03..09, CC CD 0C 0D,
	 * E1 21 (and no other lead byte has those bits). */
	uint64_t lead2 = lead & (low7_in(w & 0x3F3F3F3F3F3F3F3Full, 0x03, 0x0A) |
	                         low7_in(w & 0x3F3F3F3F3F3F3F3Full, 0x0C, 0x0E));
	uint64_t lead3 = lead & bytes_equal(w, 0xE1);
	/* Every lead one of those, every continuation byte where one belongs,
	 * after E1 a byte B8..BB, after C3 neither 97 (×) nor B7 (÷). */
	uint64_t after3 = lead3 << 8;
	uint64_t after_c3 = (lead2 & bytes_equal(w, 0xC3)) << 8;
	if ((lead & ~(lead2 | lead3)) || cont != ((lead2 << 8) | after3 | (lead3 << 16)) ||
	    (after3 & ~low7_in(w, 0x38, 0x3C)) ||
	    (after_c3 & (bytes_equal(w, 0x97) | bytes_equal(w, 0xB7))))
		return 0;
	return n;
}

/* vn_word_len with the letters of Vietnamese inline (ASCII, the two-byte
 * letters and marks, E1 B8..BB xx), since the tokenizer asks it for every
 * word; it finishes the word when another character comes. */
static inline size_t
word_len(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	if (len >= 8) {
		size_t n = short_word_len(u);
		if (n)
			return n;
	}

	while (i < len) {
		unsigned c = u[i];
		if (c < 0x80) {
			if ((unsigned)((c | 0x20) - 'a') >= 26)
				return i;
			i++;
		} else if (c == 0xE1 && i + 2 < len && u[i + 1] >= 0xB8 && u[i + 1] <= 0xBB &&
		           (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
		} else if (((c >= 0xC3 && c <= 0xC9) || c == 0xCC || c == 0xCD) && i + 1 < len &&
		           (u[i + 1] & 0xC0) == 0x80 && !(c == 0xC3 && (u[i + 1] == 0x97 || u[i + 1] == 0xB7))) {
			i += 2;
		} else {
			return i + vn_word_len(s + i, len - i);
		}
	}
	return i;
}

/* A token at the end of the array, all fields cleared. */
static inline struct tok *
push(struct vn_metric_scanner *sc)
{
	if (sc->ntok == sc->captok) {
		sc->captok = sc->captok ? 2 * sc->captok : 256;
		sc->tok = vn_xrealloc(sc->tok, sc->captok * sizeof *sc->tok);
	}
	struct tok *t = &sc->tok[sc->ntok++];
	*t = (struct tok){.scale = 1};
	return t;
}

/* Does a number with no space before it continue a list "1,3,4"? */
static int
list_continues(const struct vn_metric_scanner *sc, int gap)
{
	size_t n = sc->ntok;
	return !gap && n >= 2 && sc->tok[n - 1].kind == TK_PUNCT && sc->tok[n - 1].cp == ',' &&
	       sc->tok[n - 1].gap == 0 && sc->tok[n - 2].kind == TK_NUM;
}

void
vn_mt_tokenize(struct vn_metric_scanner *sc, size_t from, size_t to)
{
	const char *s = sc->s;
	int gap = 1;

	sc->ntok = 0;
	vn_buf_clear(&sc->keys);
	for (size_t i = from; i < to;) {
		size_t n = space_at(s, to, i);
		if (n) {
			gap = 1;
			i += n;
			continue;
		}
		unsigned char c = (unsigned char)s[i];
		struct vn_number num;
		if (c >= '0' && c <= '9') {
			vn_number_parse(s + i, to - i, &num);
			if ((num.flags & VN_NUM_DECIMAL) && list_continues(sc, gap)) {
				/* "1,3,4": after "1," the "3,4" is two more items. A
				 * decimal point ("2.5") has no comma to cut at. */
				const char *comma = memchr(s + i, ',', num.len);
				if (comma)
					vn_number_parse(s + i, (size_t)(comma - (s + i)), &num);
			}
			struct tok *t = push(sc);
			t->kind = TK_NUM;
			t->start = i;
			t->end = i + num.len;
			t->value = num.value;
			t->scale = num.scale;
			t->flags = num.flags;
			t->ndigits = num.ndigits;
			t->gap = (unsigned char)gap;
			i = t->end;
			gap = 0;
			continue;
		}
		size_t w = word_len(s + i, to - i);
		if (w) {
			if (vn_mt_maybe_number_word(s + i, w, to - i) &&
			    vn_mt_number_word_start(s + i, w) && vn_number_parse(s + i, to - i, &num)) {
				struct tok *t = push(sc);
				t->kind = TK_NUM;
				t->start = i;
				t->end = i + num.len;
				t->value = num.value;
				t->scale = num.scale;
				t->flags = num.flags;
				t->gap = (unsigned char)gap;
				i = t->end;
				gap = 0;
				continue;
			}
			struct tok *t = push(sc);
			t->kind = TK_WORD;
			t->start = i;
			t->end = i + w;
			t->gap = (unsigned char)gap;
			t->caps = CAPS_UNKNOWN;
			i += w;
			gap = 0;
			continue;
		}
		uint32_t cp = 0xFFFD;
		n = vn_utf8_decode(s + i, to - i, &cp);
		if (n == 0)
			n = 1;
		struct tok *t = push(sc);
		t->kind = TK_PUNCT;
		t->start = i;
		t->end = i + n;
		t->cp = cp;
		t->gap = (unsigned char)gap;
		i += n;
		gap = 0;
	}
}

int
vn_mt_punct(const struct vn_metric_scanner *sc, size_t i, uint32_t cp)
{
	return i < sc->ntok && sc->tok[i].kind == TK_PUNCT && sc->tok[i].cp == cp;
}

/* Hyphen-minus, en dash, em dash, minus sign: all write ranges. */
int
vn_mt_dash(const struct vn_metric_scanner *sc, size_t i)
{
	if (i >= sc->ntok || sc->tok[i].kind != TK_PUNCT)
		return 0;
	uint32_t c = sc->tok[i].cp;
	return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

int
vn_mt_num(const struct vn_metric_scanner *sc, size_t i)
{
	return i < sc->ntok && sc->tok[i].kind == TK_NUM;
}

/* A four-digit plain number that can be a year. */
int
vn_mt_plain_year(const struct vn_metric_scanner *sc, size_t i)
{
	const struct tok *t = &sc->tok[i];
	return i < sc->ntok && t->kind == TK_NUM && (t->flags & VN_NUM_PLAIN) &&
	       t->ndigits == 4 && t->value >= 1900 && t->value <= 2100;
}

/* Characters that glue numbers and letters into one code when written
 * without spaces: 30c/NQ-CP, 10-CT/TW, 14:47, 02/8/2018, 1.2.3. */
int
vn_mt_is_glue(const struct tok *t)
{
	return t->kind == TK_PUNCT && (t->cp == '/' || t->cp == '-' || t->cp == '.' ||
	                               t->cp == ':' || t->cp == 0x2013);
}

static int
in_run(const struct tok *t)
{
	return t->kind != TK_PUNCT || vn_mt_is_glue(t);
}

/* The run of tokens written without spaces around token i: numbers and
 * words joined by glue characters, [*a, *b]. */
void
vn_mt_glued_run(const struct vn_metric_scanner *sc, size_t i, size_t *a, size_t *b)
{
	size_t x = i, y = i;

	while (x > 0 && sc->tok[x].gap == 0 && in_run(&sc->tok[x - 1]))
		x--;
	while (y + 1 < sc->ntok && sc->tok[y + 1].gap == 0 && in_run(&sc->tok[y + 1]))
		y++;
	while (x < i && vn_mt_is_glue(&sc->tok[x]))
		x++;
	while (y > i && vn_mt_is_glue(&sc->tok[y]))
		y--;
	*a = x;
	*b = y;
}
