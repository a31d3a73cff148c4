#include "window.h"

#include <stdlib.h>
#include <string.h>

#include "windowclass.h"

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>

/* The 32-byte vectors never cross a call (every helper is inlined), so
 * GCC's note that passing them changes the ABI without AVX is moot. */
#pragma GCC diagnostic ignored "-Wpsabi"

/* Thirty-two bytes at once (GCC and Clang vector extensions): a
 * comparison gives 0xFF where it holds, 0 elsewhere. The same source makes
 * the AVX2 classifier and the SSSE3 one, which works in 16-byte halves;
 * each passes in its own movemask, table lookup and comparisons (struct
 * isa), which the compiler inlines. */
typedef unsigned char bytes32 __attribute__((vector_size(32)));

static inline __attribute__((always_inline)) bytes32
load_at(const unsigned char *b, long k)
{
	bytes32 v;
	memcpy(&v, b + k, sizeof v);
	return v;
}

/* Every byte value in all 32 bytes, filled in at run time. GCC makes a
 * constant vector it knows from a register, two instructions per use,
 * again and again when registers run short; one it cannot see into is
 * read from memory by the instruction that uses it. That took a quarter
 * of the classifier's instructions away. */
static bytes32 splats[256];
#define splat(c) (splats[(unsigned char)(c)])

static void
fill_splats(void)
{
	for (int c = 0; c < 256; c++)
		for (int k = 0; k < 32; k++)
			splats[c][k] = (unsigned char)c;
}

/* What differs between the instruction sets. Comparisons are here too:
 * without AVX, GCC compares 32-byte vectors a byte at a time; SSSE3
 * compares the two halves. Vectors go by address: GCC notes every
 * function that takes one by value that its ABI differs with and without
 * AVX. */
struct isa {
	uint32_t (*movemask)(const bytes32 *v); /* each byte's top bit */
	void (*lookup)(const bytes32 *table, const bytes32 *i, bytes32 *out); /* table[i], i < 16 */
	void (*eq)(const bytes32 *a, const bytes32 *b, bytes32 *out); /* a == b */
	void (*ge)(const bytes32 *a, const bytes32 *b, bytes32 *out); /* a >= b, unsigned */
};

#define MOVEMASK(isa, x) __extension__({ bytes32 x_ = (x); (isa)->movemask(&x_); })
#define LOOKUP(isa, table, i) \
	__extension__({ bytes32 i_ = (i), r_; (isa)->lookup(&(table), &i_, &r_); r_; })
/* The comparisons read the isa of the classify32 they are written in. */
#define CMP(op, a, b) __extension__({ bytes32 a_ = (a), b_ = (b), r_; isa->op(&a_, &b_, &r_); r_; })
#define EQ(v, c) CMP(eq, (v), splat(c))
#define GE(v, c) CMP(ge, (v), splat(c))
#define LE(v, c) CMP(ge, splat(c), (v))

/* both 16-byte lanes of AVX2 */
static const bytes32 by_low_half = {BY_LOW_HALF, BY_LOW_HALF};
static const bytes32 by_high_half = {BY_HIGH_HALF, BY_HIGH_HALF};

#define ASCII_CLASSES(v, isa)                               \
	(LOOKUP(isa, by_low_half, (v) & splat(0x0F)) &      \
	 LOOKUP(isa, by_high_half, ((v) >> 4) & splat(0x0F)))

/* 0xFF where classes has one of the bits. */
#define IN_CLASS(classes, bits) GE((classes) & splat(bits), 1)

/* A continuation byte, 10xxxxxx. */
#define CONTINUATION(v) EQ((v) & splat(0xC0), 0x80)

/* The masks of the 32 bytes at b[k..k+32), one bit per byte. */
struct masks32 {
	uint32_t stray, look, look_early, odd, high, beyond;
	uint32_t vowel1, vowel2, vowel3, unshaped, then_check;
};

static inline __attribute__((always_inline)) void
classify32(const unsigned char *b, long k, struct masks32 *m, const struct isa *isa)
{
	bytes32 v = load_at(b, k), n1 = load_at(b, k + 1), n2 = load_at(b, k + 2),
	        n3 = load_at(b, k + 3);
	bytes32 p1 = load_at(b, k - 1), p2 = load_at(b, k - 2), p3 = load_at(b, k - 3);

	/* A continuation byte must follow a first byte within its reach. */
	bytes32 stray = CONTINUATION(v) & ~(GE(p1, 0xC0) | GE(p2, 0xE0) | GE(p3, 0xF0));

	/* ASCII the scan must see (byte_class in cleanline.c), and a space
	 * before a byte that may not follow one (bad_after_space). */
	bytes32 classes = ASCII_CLASSES(v, isa);
	bytes32 bad_next = IN_CLASS(ASCII_CLASSES(n1, isa), BAD_AFTER_SPACE) | EQ(n1, 0xE2);

	bytes32 c3 = EQ(v, 0xC3), c4 = EQ(v, 0xC4), c5 = EQ(v, 0xC5);
	bytes32 n1_pair = n1 & splat(0xFE); /* a letter and its capital */
	bytes32 n1_cased = n1 & splat(0xDF); /* Latin-1: a letter and its capital */
	bytes32 eth = EQ(n1_cased, 0x90);
	bytes32 stroke_d = c4 & EQ(n1_pair, 0x90);          /* đ Đ */
	bytes32 tilde_iu = (c4 | c5) & EQ(n1_pair, 0xA8);   /* ĩ Ĩ ũ Ũ */
	bytes32 fast2 = (c3 & CONTINUATION(n1) & ~eth) | stroke_d | tilde_iu |
	                (c4 & EQ(n1_pair, 0x82)) |                          /* ă Ă */
	                (EQ(v, 0xC6) & (EQ(n1_pair, 0xA0) | EQ(n1, 0xAF) | EQ(n1, 0xB0))); /* ơư */
	bytes32 fast3 = EQ(v, 0xE1) & ((EQ(n1, 0xBA) & EQ(n2 & splat(0xE0), 0xA0)) |
	                               (EQ(n1, 0xBB) & GE(n2, 0x80) & LE(n2, 0xB9)));
	/* C3 xx without a tone: â ê ô, and Ð ð (not fast) */
	bytes32 c3_untoned = EQ(n1_cased, 0x82) | EQ(n1_cased, 0x8A) | EQ(n1_cased, 0x94) | eth;
	bytes32 toned2 = (c3 & CONTINUATION(n1) & ~c3_untoned) | tilde_iu;
	bytes32 lead = GE(v, 0xC0);

	/* ạ..ỹ with a shape (ấ ắ ế ố ớ ứ and the rest of their rows):
	 * U+1EA4..U+1EB7, U+1EBE..U+1EC7, U+1ED0..U+1EE3, U+1EE8..U+1EF1 */
	bytes32 shaped3 =
	    fast3 & ((EQ(n1, 0xBA) & (LE(n2 - splat(0xA4), 0xB7 - 0xA4) | GE(n2, 0xBE))) |
	             (EQ(n1, 0xBB) & (LE(n2, 0x87) | LE(n2 - splat(0x90), 0xA3 - 0x90) |
	                              LE(n2 - splat(0xA8), 0xB1 - 0xA8))));
	bytes32 unshaped = toned2 | (fast3 & ~shaped3);
	/* A mark on a shaped vowel is in place unless another shaped vowel
	 * follows (ư of ươ); one on another vowel, unless a vowel is next to
	 * it. After either: a character beyond ASCII, to be safe. */
	bytes32 high_after2 = GE(n2, 0xC0), high_after3 = GE(n3, 0xC0);
	bytes32 then_check = (toned2 & (IN_CLASS(ASCII_CLASSES(n2, isa), VOWEL) | high_after2)) |
	                     (fast3 & ~shaped3 & IN_CLASS(ASCII_CLASSES(n3, isa), VOWEL)) |
	                     (fast3 & high_after3);

	m->stray = MOVEMASK(isa, stray);
	/* Punctuation needs a look only before a letter (a space missing),
	 * itself (doubled), or a space and itself; ( [ before a space; & before
	 * a letter or #. The rest, ", " most of all, is fine as it stands. */
	bytes32 letter_like = LE((n1 | splat(0x20)) - splat('a'), 25) | GE(n1, 0x80);
	bytes32 worth = letter_like | CMP(eq, n1, v) | CMP(eq, n2, v) | EQ(n1, '#') |
	                ((EQ(v, '(') | EQ(v, '[')) & EQ(n1, ' '));
	bytes32 tab = EQ(v, '\t'), space = EQ(v, ' ');
	bytes32 look = tab | (IN_CLASS(classes, SPECIAL) & worth) | (space & bad_next);
	m->look = MOVEMASK(isa, look);
	/* what may ask for a step before the punctuation one */
	bytes32 blank_next = EQ(n1, ' ') | EQ(n1, '\t');
	m->look_early = MOVEMASK(isa, look & (tab | EQ(v, '&') | (space & blank_next)));
	m->odd = MOVEMASK(isa, lead & ~(fast2 | fast3));
	m->high = MOVEMASK(isa, lead);
	m->beyond = MOVEMASK(isa, (fast2 & ~c3) | fast3);
	m->vowel1 = MOVEMASK(isa, IN_CLASS(classes, VOWEL));
	m->vowel2 = MOVEMASK(isa, fast2 & ~stroke_d);
	m->vowel3 = MOVEMASK(isa, fast3);
	m->unshaped = MOVEMASK(isa, unshaped);
	m->then_check = MOVEMASK(isa, then_check);
}

static inline __attribute__((always_inline)) void
classify64(const unsigned char *b, struct vn_window *w, const struct isa *isa)
{
	struct masks32 lo, hi;

	classify32(b, 0, &lo, isa);
	classify32(b, 32, &hi, isa);
#define JOIN(f) (w->f = (uint64_t)hi.f << 32 | lo.f)
	JOIN(stray);
	JOIN(look);
	JOIN(look_early);
	JOIN(odd);
	JOIN(high);
	JOIN(beyond);
	JOIN(vowel1);
	JOIN(vowel2);
	JOIN(vowel3);
	JOIN(unshaped);
	JOIN(then_check);
#undef JOIN
}

static inline __attribute__((always_inline, target("ssse3"))) uint32_t
movemask_ssse3(const bytes32 *v)
{
	__m128i lo, hi;
	memcpy(&lo, v, 16);
	memcpy(&hi, (const char *)v + 16, 16);
	return (uint32_t)_mm_movemask_epi8(lo) | (uint32_t)_mm_movemask_epi8(hi) << 16;
}

static inline __attribute__((always_inline, target("ssse3"))) void
lookup_ssse3(const bytes32 *table, const bytes32 *i, bytes32 *r)
{
	__m128i t, lo, hi;
	memcpy(&t, table, 16);
	memcpy(&lo, i, 16);
	memcpy(&hi, (const char *)i + 16, 16);
	lo = _mm_shuffle_epi8(t, lo);
	hi = _mm_shuffle_epi8(t, hi);
	memcpy(r, &lo, 16);
	memcpy((char *)r + 16, &hi, 16);
}

typedef unsigned char bytes16 __attribute__((vector_size(16)));

static inline __attribute__((always_inline, target("ssse3"))) void
eq_ssse3(const bytes32 *a, const bytes32 *b, bytes32 *r)
{
	bytes16 a2[2], b2[2], r2[2];
	memcpy(a2, a, 32);
	memcpy(b2, b, 32);
	r2[0] = (bytes16)(a2[0] == b2[0]);
	r2[1] = (bytes16)(a2[1] == b2[1]);
	memcpy(r, r2, 32);
}

static inline __attribute__((always_inline, target("ssse3"))) void
ge_ssse3(const bytes32 *a, const bytes32 *b, bytes32 *r)
{
	bytes16 a2[2], b2[2], r2[2];
	memcpy(a2, a, 32);
	memcpy(b2, b, 32);
	r2[0] = (bytes16)(a2[0] >= b2[0]);
	r2[1] = (bytes16)(a2[1] >= b2[1]);
	memcpy(r, r2, 32);
}

static __attribute__((target("ssse3"))) void
classify_ssse3(const unsigned char *b, size_t n, struct vn_window *w)
{
	static const struct isa ssse3 = {movemask_ssse3, lookup_ssse3, eq_ssse3, ge_ssse3};
	for (size_t j = 0; j < n; j++)
		classify64(b + j * VN_WINDOW, w + j, &ssse3);
}

static inline __attribute__((always_inline, target("avx2"))) uint32_t
movemask_avx2(const bytes32 *v)
{
	return (uint32_t)_mm256_movemask_epi8((__m256i)*v);
}

static inline __attribute__((always_inline, target("avx2"))) void
lookup_avx2(const bytes32 *table, const bytes32 *i, bytes32 *r)
{
	*r = (bytes32)_mm256_shuffle_epi8((__m256i)*table, (__m256i)*i);
}

static inline __attribute__((always_inline, target("avx2"))) void
eq_avx2(const bytes32 *a, const bytes32 *b, bytes32 *r)
{
	*r = (bytes32)(*a == *b);
}

static inline __attribute__((always_inline, target("avx2"))) void
ge_avx2(const bytes32 *a, const bytes32 *b, bytes32 *r)
{
	*r = (bytes32)(*a >= *b);
}

static __attribute__((target("avx2"))) void
classify_avx2(const unsigned char *b, size_t n, struct vn_window *w)
{
	static const struct isa avx2 = {movemask_avx2, lookup_avx2, eq_avx2, ge_avx2};
	for (size_t j = 0; j < n; j++)
		classify64(b + j * VN_WINDOW, w + j, &avx2);
}

vn_window_classifier *
vn_window_classifier_ssse3(void)
{
	fill_splats();
	return __builtin_cpu_supports("ssse3") ? classify_ssse3 : NULL;
}

vn_window_classifier *
vn_window_classifier_avx2(void)
{
	fill_splats();
	return __builtin_cpu_supports("avx2") ? classify_avx2 : NULL;
}

#else /* not x86 */

vn_window_classifier *
vn_window_classifier_ssse3(void)
{
	return NULL;
}

vn_window_classifier *
vn_window_classifier_avx2(void)
{
	return NULL;
}

#endif

/* VNPIPE_SIMD=none|ssse3|avx2 caps the instruction set the fast path
 * uses (vn-normalize(1), ENVIRONMENT): to compare them, and to see what a
 * machine without the wider ones gets. */
static vn_window_classifier *
choose(const char **name)
{
	static const struct {
		const char *cap, *name;
		vn_window_classifier *(*get)(void);
	} sets[] = {
		{"avx512", "AVX-512BW", vn_window_classifier_avx512},
		{"avx2", "AVX2", vn_window_classifier_avx2},
		{"ssse3", "SSSE3", vn_window_classifier_ssse3},
	};
	const char *cap = getenv("VNPIPE_SIMD");
	size_t n = sizeof sets / sizeof sets[0], k = 0; /* the widest first */

	if (cap && !strcmp(cap, "none"))
		k = n;
	else if (cap) /* an unknown name caps nothing */
		for (size_t j = 0; j < n; j++)
			if (!strcmp(cap, sets[j].cap))
				k = j;
	for (; k < n; k++) {
		vn_window_classifier *c = sets[k].get();
		if (c) {
			*name = sets[k].name;
			return c;
		}
	}
	*name = "none (a character at a time)";
	return NULL;
}

vn_window_classifier *
vn_window_classifier_get(void)
{
	const char *name;
	return choose(&name);
}

const char *
vn_window_classifier_name(void)
{
	const char *name;
	choose(&name);
	return name;
}
