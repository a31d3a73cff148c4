#include "tone.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "utf8.h"
#include "vnword.h"

/* The letter at byte i: its packed description (vnletter.h) for a vowel
 * or d/đ, VN_CONSONANT for another ASCII letter, 0 for anything else;
 * *n gets the character's length. */
#define VN_CONSONANT 0xFFFF

static inline uint16_t
letter_at(const char *s, size_t len, size_t i, size_t *n)
{
	unsigned char c = (unsigned char)s[i];
	uint32_t cp;

	if (c < 0x80) {
		*n = 1;
		uint16_t p = vn_letter_packed(c);
		return p ? p : ((unsigned)((c | 0x20) - 'a') < 26u ? VN_CONSONANT : 0);
	}
	*n = vn_utf8_decode(s + i, len - i, &cp);
	if (*n == 0) {
		*n = 1;
		return 0;
	}
	return vn_letter_packed(cp);
}

static inline int
packed_vowel(uint16_t p)
{
	return p != VN_CONSONANT && VN_LETTER_BASE(p) >= 1 && VN_LETTER_BASE(p) <= 6;
}

static inline int
packed_shaped(uint16_t p)
{
	unsigned shape = VN_LETTER_SHAPE(p);
	return packed_vowel(p) && shape >= VN_SHAPE_BREVE && shape <= VN_SHAPE_HORN;
}

/* Start of the character that ends just before byte i (i > 0). */
static inline size_t
char_before(const char *s, size_t i)
{
	do
		i--;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80);
	return i;
}

static void
unpack(uint16_t p, struct vn_letter *l)
{
	static const char bases[] = "\0aeiouyd";
	l->base = bases[VN_LETTER_BASE(p)];
	l->shape = (uint8_t)VN_LETTER_SHAPE(p);
	l->tone = (uint8_t)VN_LETTER_TONE(p);
	l->upper = (uint8_t)VN_LETTER_UPPER(p);
}

static int
mark_in_place(const char *s, size_t len, size_t pos, enum vn_tone_style style)
{
	uint16_t group[VN_SYLLABLE_MAX];
	size_t start = pos, end, n = 0, toned = 0, step;
	uint16_t p;

	/* The vowel group around pos. */
	while (start > 0) {
		size_t q = char_before(s, start);
		if (!packed_vowel(letter_at(s, len, q, &step)))
			break;
		start = q;
	}
	for (end = start; end < len; end += step) {
		p = letter_at(s, len, end, &step);
		if (!packed_vowel(p))
			break;
		if (n == VN_SYLLABLE_MAX)
			return 0;
		if (end == pos)
			toned = n;
		else if (VN_LETTER_TONE(p))
			return 0; /* two marks: only the full analysis can tell */
		group[n++] = p;
	}
	if (n <= 1)
		return 1;
	/* A mark on a shaped vowel (â ê ô ă ơ ư) is in place unless a shaped
	 * vowel follows it (ư of ươ): the common case, settled at once. */
	if (packed_shaped(group[toned]) && (toned + 1 == n || !packed_shaped(group[toned + 1])))
		return 1;
	int closed = end < len && letter_at(s, len, end, &step) != 0;

	/* qu and gi at the start of a word spell consonants: their u and i
	 * are not part of the group (quý, già). */
	size_t skip = 0;
	if (start > 0) {
		size_t q = char_before(s, start);
		unsigned char c = (unsigned char)s[q] | 0x20;
		int word_start = q == 0 || letter_at(s, len, char_before(s, q), &step) == 0;
		unsigned first = VN_LETTER_BASE(group[0]), shape = VN_LETTER_SHAPE(group[0]);
		if (word_start && c == 'q' && first == 5 && shape == VN_SHAPE_NONE)
			skip = 1; /* qu */
		if (word_start && c == 'g' && first == 3 && n >= 2)
			skip = 1; /* gi */
	}
	if (toned < skip)
		return 0;
	struct vn_letter v[VN_SYLLABLE_MAX];
	for (size_t i = 0; i < n; i++)
		unpack(group[i], &v[i]);
	/* Only the place(s) the style accepts are worked out. */
	int in_old = style != VN_TONE_STYLE_NEW &&
	             toned == skip + vn_tone_target(v + skip, n - skip, closed, 0);
	if (in_old || style == VN_TONE_STYLE_OLD)
		return in_old;
	return toned == skip + vn_tone_target(v + skip, n - skip, closed, 1);
}

/* Answers of mark_in_place by word (4,096 of them: fewer cost more
 * recomputing on the bench corpus, more gained nothing). What it reads (the vowel group, the
 * letter after it, the two letters before it) lies within the run of
 * ASCII letters and bytes beyond ASCII around pos; a run and pos's place
 * in it decide the answer. Text repeats its words, and a few thousand
 * make most of it, so most questions are answered here. */
enum { MEMO_BITS = 12, MEMO_RUN = 16 };

struct memo_slot {
	uint64_t run[2]; /* the run's bytes, then zeros */
	uint32_t where;  /* the run's length, pos's place in it, the style */
	int in_place;
};

static int
run_byte(unsigned char c)
{
	return c >= 0x80 || (unsigned)((c | 0x20) - 'a') < 26u;
}

/* The bytes s[a..a+n), n < 16, and zeros after them, as two words. */
static void
load_run(const char *s, size_t len, size_t a, size_t n, uint64_t run[2])
{
	if (len - a >= 16) { /* two loads, the bytes beyond n cleared */
		memcpy(run, s + a, 16);
		if (n < 8) {
			run[0] &= ((uint64_t)1 << 8 * n) - 1;
			run[1] = 0;
		} else {
			run[1] &= ((uint64_t)1 << 8 * (n - 8)) - 1;
		}
		return;
	}
	unsigned char bytes[16] = {0};
	for (size_t k = 0; k < n; k++)
		bytes[k] = (unsigned char)s[a + k];
	memcpy(run, bytes, 16);
}

/* The run around pos, [*a, *b), when it is shorter than MEMO_RUN. */
static int
run_around(const char *s, size_t len, size_t pos, size_t *a, size_t *b)
{
#ifdef __SSE2__
	if (pos >= 8 && len - pos >= 8) {
		/* s[pos-8..pos+8) at once: bit j of other is set when
		 * s[pos-8+j] is neither an ASCII letter nor beyond ASCII */
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + pos - 8));
		__m128i t = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
		__m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(25)), t);
		unsigned other =
		    ~(unsigned)(_mm_movemask_epi8(x) | _mm_movemask_epi8(letter)) & 0xFFFF;
		unsigned before = other & 0xFF, after = other >> 9;
		if ((before == 0 && pos > 8) || (after == 0 && len - pos > 8))
			return 0; /* the run goes on beyond the sixteen bytes */
		*a = before ? pos - 8 + (size_t)(32 - __builtin_clz(before)) : 0;
		*b = after ? pos + 1 + (size_t)__builtin_ctz(after) : len;
		return 1;
	}
#endif
	*a = pos;
	*b = pos + 1;
	while (*a > 0 && run_byte((unsigned char)s[*a - 1]) && *b - *a < MEMO_RUN)
		--*a;
	while (*b < len && run_byte((unsigned char)s[*b]) && *b - *a < MEMO_RUN)
		++*b;
	return *b - *a < MEMO_RUN && !(*a > 0 && run_byte((unsigned char)s[*a - 1])) &&
	       !(*b < len && run_byte((unsigned char)s[*b]));
}

int
vn_tone_mark_in_place(const char *s, size_t len, size_t pos, enum vn_tone_style style)
{
	static struct memo_slot memo[1 << MEMO_BITS];
	size_t a, b;

	if (!run_around(s, len, pos, &a, &b))
		return mark_in_place(s, len, pos, style); /* a run too long to keep */
	uint64_t run[2];
	load_run(s, len, a, b - a, run);
	uint32_t where = (uint32_t)((b - a) | (pos - a) << 8 | (unsigned)style << 16);
	uint64_t h = (run[0] ^ run[1] * 0x9E3779B97F4A7C15u ^ where) * 0xD6E8FEB86659FD93u;
	struct memo_slot *slot = &memo[h >> (64 - MEMO_BITS)];
	if (slot->run[0] == run[0] && slot->run[1] == run[1] && slot->where == where)
		return slot->in_place;
	int in_place = mark_in_place(s, len, pos, style);
	*slot = (struct memo_slot){{run[0], run[1]}, where, in_place};
	return in_place;
}

/* Is the toned vowel s[i..i+n) the only vowel of its group (no vowel
 * just before or after it)? Then its mark is in place: the first answer
 * vn_tone_mark_in_place gives, here without the call, for most vowels. */
static inline int
alone_in_group(const char *s, size_t len, size_t i, size_t n)
{
	size_t step;

	if (i + n < len && packed_vowel(letter_at(s, len, i + n, &step)))
		return 0;
	return i == 0 || !packed_vowel(letter_at(s, len, char_before(s, i), &step));
}

/* Toned vowels start at U+00C0, whose UTF-8 lead byte is 0xC3: bytes
 * below it (ASCII, continuation bytes) start none. The first byte at or
 * after i that is 0xC3 or above, or len. In Vietnamese one comes every
 * few bytes, at places no branch predictor can guess: sixteen bytes are
 * compared at once (SSE2, the x86-64 baseline) and the first found by its
 * bit, not byte by byte. */
static inline size_t
next_toned_lead(const char *s, size_t len, size_t i)
{
#ifdef __SSE2__
	typedef unsigned char bytes16 __attribute__((vector_size(16)));
	const bytes16 z = {0};

	for (; i + 16 <= len; i += 16) {
		bytes16 v;
		memcpy(&v, s + i, 16);
		unsigned high = (unsigned)_mm_movemask_epi8((__m128i)(bytes16)(v >= (z + 0xC3)));
		if (high)
			return i + (size_t)__builtin_ctz(high);
	}
#endif
	while (i < len && (unsigned char)s[i] < 0xC3)
		i++;
	return i;
}

size_t
vn_tone_fix(const char *s, size_t len, enum vn_tone_style style, struct vn_buf *out)
{
	struct vn_word w;
	struct vn_syllable syl;
	size_t i = 0, copied = 0, changed = 0;

	/* Look only at toned vowels; the cheap check settles most of them,
	 * and only a mark out of place needs its word analysed. */
	while (i < len) {
		i = next_toned_lead(s, len, i);
		if (i >= len)
			break;
		uint32_t cp;
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n <= 1 || !VN_LETTER_TONE(vn_letter_packed(cp)) || alone_in_group(s, len, i, n) ||
		    vn_tone_mark_in_place(s, len, i, style)) {
			i += n ? n : 1;
			continue;
		}
		size_t pos = vn_word_start(s, i);
		if (!vn_word_next(s, len, &pos, &w)) {
			i += n;
			continue;
		}
		i = pos;
		if (!w.analysable || w.eths || !vn_syllable_parse(w.letters, w.n, &syl))
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
	if (changed)
		vn_buf_append(out, s + copied, len - copied);
	return changed;
}
