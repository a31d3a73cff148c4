#include "compose.h"

#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "utf8.h"
#include "vnword.h"

/* Long lines are composed in pieces of about this size, cut before an
 * ASCII character: NFC never joins anything to one, so the pieces compose
 * as the whole would, and memory stays bounded. */
enum { PIECE = 1 << 16 };

int
vn_nfc_inert(uint32_t cp)
{
	if (cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2002 && cp <= 0x20CF))
		return 1;
	if (cp >= 0x1100 && cp <= 0x11FF) /* Hangul jamo compose algorithmically */
		return 0;
	const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
	if (p->combining_class != 0 || p->comp_exclusion)
		return 0;
	if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0)
		return 0; /* a canonical decomposition: let NFC decide */
	if (p->comb_index != UINT16_MAX && (p->comb_index & 0x8000))
		return 0; /* can be the second of a composed pair */
	return 1;
}

/* vn_nfc_inert without the call where the range settles it: below U+0300
 * and in U+1E00..U+1EFF, which hold all of Vietnamese. */
static inline int
inert(uint32_t cp)
{
	return cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF) || vn_nfc_inert(cp);
}

#ifdef __SSE2__
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* Which of the sixteen bytes at s (seventeen readable) start a character
 * NFC may join to what precedes it or change (a bit each): lead bytes
 * from 0xCC on (U+0300 and above) except E1 B8..E1 BB (U+1E00..U+1EFF,
 * the letters of Vietnamese, inert). Every character below U+0300 (lead
 * bytes up to CB) is inert. Stray continuation bytes are not looked for:
 * the text is valid UTF-8. */
static unsigned
may_compose_bits(const char *s)
{
	const bytes16 z = {0};
	bytes16 v, next;

	memcpy(&v, s, 16);
	memcpy(&next, s + 1, 16);
	bytes16 vietnamese = (bytes16)(v == (z + 0xE1)) & (next >= (z + 0xB8)) & (next <= (z + 0xBB));
	return (unsigned)_mm_movemask_epi8((__m128i)((v >= (z + 0xCC)) & ~vietnamese));
}

/* Which of the sixteen bytes at s (seventeen readable) start Ð or ð
 * (C3 90, C3 B0), for the Đ fix (a bit each). */
static unsigned
eth_bits(const char *s)
{
	const bytes16 z = {0};
	bytes16 v, next;

	memcpy(&v, s, 16);
	memcpy(&next, s + 1, 16);
	bytes16 eth = (bytes16)(v == (z + 0xC3)) &
	              ((bytes16)(next == (z + 0x90)) | (bytes16)(next == (z + 0xB0)));
	return (unsigned)_mm_movemask_epi8((__m128i)eth);
}
#endif

int
vn_compose_is_noop(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
#ifdef __SSE2__
		/* Nearly every block of a line holds only characters the
		 * byte test settles; i is always at the start of one. */
		if (i + 17 <= len) {
			unsigned look = may_compose_bits(s + i) | eth_bits(s + i);
			if (!look) {
				i += 16;
				while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
					i++; /* finish the character the block cut */
				continue;
			}
			i += (size_t)__builtin_ctz(look); /* a lead byte: a character starts there */
		}
#endif
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0 || cp == 0x00D0 || cp == 0x00F0 || !inert(cp))
			return 0;
		i += n;
	}
	return 1;
}

static int
is_tone_mark(int32_t c)
{
	return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309;
}

/* The circumflex and breve belong next to the vowel; a tone mark typed
 * first (they share combining class 230, so canonical order keeps the
 * typed order) would stop NFC from making ằ out of a + ̀ + ̆. Within the
 * class-230 marks after a, e or o, shape marks go before tone marks. */
static size_t
order_vietnamese_marks(int32_t *c, size_t n)
{
	size_t moved = 0;

	for (size_t i = 0; i < n; i++) {
		int32_t base = c[i] | 0x20;
		if (base != 'a' && base != 'e' && base != 'o')
			continue;
		size_t end = i + 1;
		while (end < n && utf8proc_get_property(c[end])->combining_class != 0)
			end++;
		for (size_t j = i + 1; j < end; j++) {
			int shape = c[j] == 0x0302 || (c[j] == 0x0306 && base == 'a');
			if (!shape)
				continue;
			/* Move it before the earliest tone mark that precedes it. */
			size_t k = j;
			while (k > i + 1 && is_tone_mark(c[k - 1]))
				k--;
			if (k < j) {
				int32_t mark = c[j];
				for (size_t m = j; m > k; m--)
					c[m] = c[m - 1];
				c[k] = mark;
				moved++;
			}
		}
		i = end - 1;
	}
	return moved;
}

/* Code points of the piece being composed, reused from line to line. */
static int32_t *codes;
static size_t codes_cap;

/* NFC of one piece, appended to out. */
static void
compose_piece(const char *s, size_t len, int fixes, struct vn_buf *out,
              struct vn_compose_counts *counts)
{
	const utf8proc_option_t decompose = UTF8PROC_STABLE | UTF8PROC_DECOMPOSE;
	utf8proc_ssize_t need = utf8proc_decompose((const utf8proc_uint8_t *)s,
	                                           (utf8proc_ssize_t)len, NULL, 0, decompose);

	if (need < 0) { /* not expected: the text was repaired to valid UTF-8 */
		vn_buf_append(out, s, len);
		return;
	}
	if ((size_t)need > codes_cap) {
		codes_cap = (size_t)need + 64;
		codes = vn_xrealloc(codes, codes_cap * sizeof *codes);
	}
	need = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, codes,
	                          (utf8proc_ssize_t)codes_cap, decompose);
	if (fixes)
		counts->marks += order_vietnamese_marks(codes, (size_t)need);
	utf8proc_ssize_t n = utf8proc_normalize_utf32(codes, need, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	vn_buf_reserve(out, (size_t)n * 4);
	for (utf8proc_ssize_t i = 0; i < n; i++)
		out->len += vn_utf8_encode((uint32_t)codes[i], out->data + out->len);
	out->data[out->len] = '\0';
}

static int
mark_to_letter(uint32_t mark, struct vn_letter *l)
{
	switch (mark) {
	case 0x0300: case 0x0301: case 0x0303: case 0x0309: case 0x0323:
		if (l->tone != VN_TONE_NONE)
			return 0;
		l->tone = mark == 0x0300 ? VN_TONE_GRAVE : mark == 0x0301 ? VN_TONE_ACUTE
		        : mark == 0x0303 ? VN_TONE_TILDE : mark == 0x0309 ? VN_TONE_HOOK : VN_TONE_DOT;
		return 1;
	case 0x0302: case 0x0306: case 0x031B:
		if (l->shape != VN_SHAPE_NONE)
			return 0;
		l->shape = mark == 0x0302 ? VN_SHAPE_CIRCUMFLEX : mark == 0x0306 ? VN_SHAPE_BREVE
		         : VN_SHAPE_HORN;
		return 1;
	default:
		return 0;
	}
}

/* Copy the n bytes at from to to and return the end of the copy. The
 * pieces between composed letters are a few bytes: one fixed block of
 * PIECE_SLACK bytes, which the compiler copies without a call, covers
 * them when to has that room and from has it before end. */
enum { PIECE_SLACK = 16 };

static inline char *
copy_piece(char *to, const char *from, size_t n, const char *end)
{
	if (n <= PIECE_SLACK && (size_t)(end - from) >= PIECE_SLACK)
		memcpy(to, from, PIECE_SLACK);
	else
		memcpy(to, from, n);
	return to + n;
}

/* The start of the character that holds byte k, i <= k, when one
 * starts at i. */
static size_t
char_start(const char *s, size_t i, size_t k)
{
	while (k > i && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return k;
}

/* The first character at or after i (a character's start) that
 * compose_vietnamese must look at: one beyond U+02FF other than the
 * letters of U+1E00..U+1EFF, or one a combining mark (lead byte CC or
 * CD) follows. The characters passed over are inert and stand alone.
 * Valid UTF-8 is assumed, as vn_compose does. */
static size_t
next_to_compose(const char *s, size_t len, size_t i)
{
	size_t at = i;

#ifdef __SSE2__
	for (; at + 17 <= len; at += 16) {
		unsigned look = may_compose_bits(s + at);
		if (!look)
			continue;
		size_t k = at + (size_t)__builtin_ctz(look);
		if (k > i && ((unsigned char)s[k] == 0xCC || (unsigned char)s[k] == 0xCD))
			return char_start(s, i, k - 1); /* the letter the mark follows */
		return k;
	}
#endif
	return char_start(s, i, at); /* the last bytes one at a time */
}

/* Compose Vietnamese the quick way: a letter of the alphabet and the
 * Vietnamese marks after it become the precomposed letter, in any order
 * (which is what NFC plus the mark-order fix give). Returns 0, leaving
 * out as it was, for anything else: utf8proc then does the line. */
static int
compose_vietnamese(const char *s, size_t len, struct vn_buf *out, struct vn_compose_counts *counts)
{
	size_t start = out->len, i = 0, run = 0, reordered = 0;

	/* Composing only shortens the text: the result is written straight
	 * into out, which gets room for s and a block of slack. */
	vn_buf_reserve(out, len + PIECE_SLACK);
	char *to = out->data + start;
	while (i < len) {
		i = next_to_compose(s, len, i);
		if (i >= len)
			break;
		if ((unsigned char)s[i] < 0x80 && (i + 1 >= len || (unsigned char)s[i + 1] != 0xCC)) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0 || (cp >= 0x0300 && cp < 0x0370) || !inert(cp))
			goto fail; /* invalid, a mark with no letter, or not ours */
		struct vn_letter l;
		size_t j = i + n, m;
		uint32_t mark;
		if (j >= len || (unsigned char)s[j] != 0xCC || !vn_letter_get(cp, &l) ||
		    !vn_letter_is_vowel(&l)) {
			i = j;
			continue;
		}
		int tone_seen = 0;
		while (j < len && (m = vn_utf8_decode(s + j, len - j, &mark)) != 0 &&
		       mark >= 0x0300 && mark < 0x0370) {
			if (!mark_to_letter(mark, &l))
				goto fail;
			if (mark == 0x0302 || mark == 0x0306)
				reordered += tone_seen;
			tone_seen |= mark == 0x0300 || mark == 0x0301 || mark == 0x0303 ||
			             mark == 0x0309; /* class 230, as the shapes are */
			j += m;
		}
		uint32_t composed = vn_letter_compose(&l);
		if (composed == 0)
			goto fail;
		to = copy_piece(to, s + run, i - run, s + len);
		to += vn_utf8_encode(composed, to);
		i = run = j;
	}
	memcpy(to, s + run, len - run);
	out->len = (size_t)(to - out->data) + len - run;
	out->data[out->len] = '\0';
	counts->marks += reordered;
	return 1;
fail:
	out->len = start;
	out->data[start] = '\0';
	return 0;
}

static void
compose_all(const char *s, size_t len, int fixes, struct vn_buf *out,
            struct vn_compose_counts *counts)
{
	while (len > 0) {
		size_t cut = len;
		if (len > PIECE) {
			cut = PIECE;
			while (cut < len && (unsigned char)s[cut] >= 0x80)
				cut++;
		}
		if (!fixes || !compose_vietnamese(s, cut, out, counts))
			compose_piece(s, cut, fixes, out, counts);
		s += cut;
		len -= cut;
	}
}

/* Ð/ð stand for Đ/đ in a word that then spells a Vietnamese syllable
 * (Ðảng), or in an upper-case abbreviation of Vietnamese words (NÐ, QÐ,
 * HÐND, Ð/c): Icelandic words (Guðrún) are neither. */
static int
eth_means_d(const struct vn_word *w)
{
	struct vn_syllable syl;

	if (!w->analysable)
		return 0;
	if (vn_syllable_parse(w->letters, w->n, &syl))
		return 1;
	for (size_t i = 0; i < w->n; i++) {
		const struct vn_letter *l = &w->letters[i];
		if (!l->upper || l->tone != VN_TONE_NONE ||
		    (l->shape != VN_SHAPE_NONE && l->shape != VN_SHAPE_STROKE))
			return 0;
	}
	return 1;
}

static size_t
fix_eths(const char *s, size_t len, struct vn_buf *out)
{
	struct vn_word w;
	size_t pos = 0, copied = 0, fixed = 0;

	while (vn_word_next(s, len, &pos, &w)) {
		if (!w.eths || !eth_means_d(&w))
			continue;
		vn_buf_append(out, s + copied, w.start - copied);
		vn_word_write(&w, out);
		copied = w.end;
		fixed += (size_t)w.eths;
	}
	if (fixed)
		vn_buf_append(out, s + copied, len - copied);
	return fixed;
}

/* Does s hold Ð or ð (C3 90, C3 B0)? One pass for both; sixteen pairs of
 * bytes at a time with SSE2, the x86-64 baseline. */
static int
has_eth(const char *s, size_t len)
{
	size_t i = 0;

#ifdef __SSE2__
	for (; i + 17 <= len; i += 16) {
		__m128i first = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i second = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
		__m128i eth = _mm_and_si128(_mm_cmpeq_epi8(first, _mm_set1_epi8((char)0xC3)),
		                            _mm_cmpeq_epi8(_mm_or_si128(second, _mm_set1_epi8(0x20)),
		                                           _mm_set1_epi8((char)0xB0)));
		if (_mm_movemask_epi8(eth))
			return 1;
	}
#endif
	for (; i + 1 < len; i++)
		if ((unsigned char)s[i] == 0xC3 && ((unsigned char)s[i + 1] | 0x20) == 0xB0)
			return 1;
	return 0;
}

int
vn_compose(const char *s, size_t len, int nfc, int fixes, struct vn_buf *out,
           struct vn_compose_counts *counts)
{
	static struct vn_buf tmp;
	size_t start = out->len;
	int changed = 0;

	if (nfc) {
		compose_all(s, len, fixes, out, counts);
		if (out->len - start != len || memcmp(out->data + start, s, len) != 0) {
			counts->nfc++;
			changed = 1;
		}
	} else {
		vn_buf_append(out, s, len);
	}
	if (fixes && has_eth(out->data + start, out->len - start)) {
		vn_buf_clear(&tmp);
		size_t fixed = fix_eths(out->data + start, out->len - start, &tmp);
		if (fixed) {
			out->len = start;
			vn_buf_append(out, tmp.data, tmp.len);
			counts->eths += fixed;
			changed = 1;
		}
	}
	return changed;
}
