#include "window.h"

#include <string.h>

#ifdef __SSE2__
#include <immintrin.h>

/* The 32-byte vectors never cross a call (every helper is inlined), so
 * GCC's note that passing them changes the ABI without AVX is moot. */
#pragma GCC diagnostic ignored "-Wpsabi"

/* Thirty-two bytes, compared all at once (GCC and Clang vector
 * extensions): a comparison gives 0xFF where it holds, 0 elsewhere. The
 * same source makes the AVX2 classifier and, split in halves by the
 * compiler, the SSE2 one. */
typedef unsigned char bytes32 __attribute__((vector_size(32)));

static inline __attribute__((always_inline)) bytes32
load_at(const unsigned char *b, long k)
{
	bytes32 v;
	memcpy(&v, b + k, sizeof v);
	return v;
}

static inline __attribute__((always_inline)) bytes32
splat(unsigned char c)
{
	const bytes32 z = {0};
	return z + c;
}

#define EQ(v, c) ((bytes32)((v) == splat(c)))
#define GE(v, c) ((bytes32)((v) >= splat(c)))
#define LE(v, c) ((bytes32)((v) <= splat(c)))

static inline __attribute__((always_inline)) bytes32
ascii_vowel(bytes32 v)
{
	bytes32 l = v | splat(0x20);
	return EQ(l, 'a') | EQ(l, 'e') | EQ(l, 'i') | EQ(l, 'o') | EQ(l, 'u') | EQ(l, 'y');
}

/* An ASCII vowel or the first byte of a character beyond ASCII. */
static inline __attribute__((always_inline)) bytes32
vowel_or_high(bytes32 v)
{
	return ascii_vowel(v) | GE(v, 0xC0);
}

/* A continuation byte, 10xxxxxx. */
static inline __attribute__((always_inline)) bytes32
continuation(bytes32 v)
{
	return EQ(v & splat(0xC0), 0x80);
}

/* The masks of the 32 bytes at b[k..k+32), one bit per byte, through
 * movemask (the instruction set's, passed in to be inlined). */
struct masks32 {
	uint32_t stray, look, odd, high, beyond, vowel1, vowel2, vowel3, toned2, then_vowel;
};

static inline __attribute__((always_inline)) void
classify32(const unsigned char *b, long k, struct masks32 *m, uint32_t (*movemask)(bytes32))
{
	bytes32 v = load_at(b, k), n1 = load_at(b, k + 1), n2 = load_at(b, k + 2),
	        n3 = load_at(b, k + 3);
	bytes32 p1 = load_at(b, k - 1), p2 = load_at(b, k - 2), p3 = load_at(b, k - 3);

	/* A continuation byte must follow a first byte within its reach. */
	bytes32 stray = continuation(v) & ~(GE(p1, 0xC0) | GE(p2, 0xE0) | GE(p3, 0xF0));

	/* ASCII the scan must see (byte_class in cleanline.c), and a space
	 * before a byte that may not follow one (bad_after_space). */
	bytes32 special = EQ(v, '\t') | EQ(v, '(') | EQ(v, '[') | EQ(v, ',') | EQ(v, ';') |
	                  EQ(v, ':') | EQ(v, '!') | EQ(v, '?') | EQ(v, '.') | EQ(v, '&');
	bytes32 bad_next = EQ(n1, ' ') | EQ(n1, ',') | EQ(n1, ';') | EQ(n1, ':') | EQ(n1, '!') |
	                   EQ(n1, '?') | EQ(n1, ')') | EQ(n1, ']') | EQ(n1, '.') | EQ(n1, '\t') |
	                   EQ(n1, 0xE2);

	bytes32 c3 = EQ(v, 0xC3), c4 = EQ(v, 0xC4), c5 = EQ(v, 0xC5);
	bytes32 n1_pair = n1 & splat(0xFE); /* a letter and its capital */
	bytes32 n1_cased = n1 & splat(0xDF); /* Latin-1: a letter and its capital */
	bytes32 eth = EQ(n1_cased, 0x90);
	bytes32 stroke_d = c4 & EQ(n1_pair, 0x90);          /* đ Đ */
	bytes32 tilde_iu = (c4 | c5) & EQ(n1_pair, 0xA8);   /* ĩ Ĩ ũ Ũ */
	bytes32 fast2 = (c3 & continuation(n1) & ~eth) | stroke_d | tilde_iu |
	                (c4 & EQ(n1_pair, 0x82)) |                          /* ă Ă */
	                (EQ(v, 0xC6) & (EQ(n1_pair, 0xA0) | EQ(n1, 0xAF) | EQ(n1, 0xB0))); /* ơ ư */
	bytes32 fast3 = EQ(v, 0xE1) & ((EQ(n1, 0xBA) & EQ(n2 & splat(0xE0), 0xA0)) |
	                               (EQ(n1, 0xBB) & GE(n2, 0x80) & LE(n2, 0xB9)));
	/* C3 xx without a tone: â ê ô, and Ð ð (not fast) */
	bytes32 c3_untoned = EQ(n1_cased, 0x82) | EQ(n1_cased, 0x8A) | EQ(n1_cased, 0x94) | eth;
	bytes32 toned2 = (c3 & continuation(n1) & ~c3_untoned) | tilde_iu;
	bytes32 lead = GE(v, 0xC0);

	m->stray = movemask(stray);
	m->look = movemask(special | (EQ(v, ' ') & bad_next));
	m->odd = movemask(lead & ~(fast2 | fast3));
	m->high = movemask(lead);
	m->beyond = movemask((fast2 & ~c3) | fast3);
	m->vowel1 = movemask(ascii_vowel(v));
	m->vowel2 = movemask(fast2 & ~stroke_d);
	m->vowel3 = movemask(fast3);
	m->toned2 = movemask(toned2);
	m->then_vowel = movemask((toned2 & vowel_or_high(n2)) | (fast3 & vowel_or_high(n3)));
}

static inline __attribute__((always_inline)) void
classify64(const unsigned char *b, struct vn_window *w, uint32_t (*movemask)(bytes32))
{
	struct masks32 lo, hi;

	classify32(b, 0, &lo, movemask);
	classify32(b, 32, &hi, movemask);
#define JOIN(f) (w->f = (uint64_t)hi.f << 32 | lo.f)
	JOIN(stray);
	JOIN(look);
	JOIN(odd);
	JOIN(high);
	JOIN(beyond);
	JOIN(vowel1);
	JOIN(vowel2);
	JOIN(vowel3);
	JOIN(toned2);
	JOIN(then_vowel);
#undef JOIN
}

static inline __attribute__((always_inline)) uint32_t
movemask_sse2(bytes32 v)
{
	__m128i lo, hi;
	memcpy(&lo, &v, 16);
	memcpy(&hi, (const char *)&v + 16, 16);
	return (uint32_t)_mm_movemask_epi8(lo) | (uint32_t)_mm_movemask_epi8(hi) << 16;
}

static void
classify_sse2(const unsigned char *b, struct vn_window *w)
{
	classify64(b, w, movemask_sse2);
}

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
static inline __attribute__((always_inline, target("avx2"))) uint32_t
movemask_avx2(bytes32 v)
{
	return (uint32_t)_mm256_movemask_epi8((__m256i)v);
}

static __attribute__((target("avx2"))) void
classify_avx2(const unsigned char *b, struct vn_window *w)
{
	classify64(b, w, movemask_avx2);
}
#endif

vn_window_classifier *
vn_window_classifier_sse2(void)
{
	return classify_sse2;
}

vn_window_classifier *
vn_window_classifier_avx2(void)
{
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
	if (__builtin_cpu_supports("avx2"))
		return classify_avx2;
#endif
	return NULL;
}

#else /* no SSE2 */

vn_window_classifier *
vn_window_classifier_sse2(void)
{
	return NULL;
}

vn_window_classifier *
vn_window_classifier_avx2(void)
{
	return NULL;
}

#endif

vn_window_classifier *
vn_window_classifier_get(void)
{
	vn_window_classifier *best = vn_window_classifier_avx2();

	return best ? best : vn_window_classifier_sse2();
}
