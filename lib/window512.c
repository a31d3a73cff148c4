#include "window.h"

#include "windowclass.h"

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <immintrin.h>

/* The window classifier with AVX-512BW: the whole window in one vector,
 * every comparison straight into a 64-bit mask. The vector instructions
 * answer simple questions about every byte (is it C3? is the byte after
 * it a continuation byte?), one bit per byte: the predicates; 64-bit
 * arithmetic combines them into the window's masks. window.c makes the
 * same masks with AVX2 and SSSE3, whose comparisons give vectors and are
 * cheaper combined as vectors; the unit test holds both to one definition. */

/* One mask per predicate. bit k of v_X is about byte k, n1_X about byte
 * k+1, n2_X about byte k+2, n3_X about byte k+3. */
#define PREDICATES(X)                                                                      \
	X(stray)          /* a continuation byte no first byte within reach announces */   \
	X(v_lead)         /* >= C0 */                                                        \
	X(v_c3) X(v_c4) X(v_c5) X(v_c6) X(v_e1)                                             \
	X(v_space) X(v_tab) X(v_amp) X(v_opener) /* ' ' '\t' '&' '(' or '[' */              \
	X(v_special)      /* byte_class in cleanline.c: \t ( [ , ; : ! ? . & */             \
	X(v_vowel)        /* a e i o u y, either case */                                    \
	X(n1_bad)         /* bad_after_space in cleanline.c, E2 included */                 \
	X(n1_letter)      /* an ASCII letter or >= 80 */                                    \
	X(n1_same) X(n2_same) /* equal to byte k */                                          \
	X(n1_hash) X(n1_space) X(n1_blank) /* '#', ' ', ' ' or '\t' */                       \
	X(n1_cont)        /* 80..BF */                                                       \
	X(n1_eth)         /* 90 B0: Ð ð after C3 */                                          \
	X(n1_circumflex)  /* 82 8A 94 A2 AA B4: Â Ê Ô â ê ô after C3 */                      \
	X(n1_d)           /* 90 91: Đ đ after C4 */                                          \
	X(n1_tilde)       /* A8 A9: Ĩ ĩ after C4, Ũ ũ after C5 */                            \
	X(n1_breve)       /* 82 83: Ă ă after C4 */                                          \
	X(n1_horn)        /* A0 A1 AF B0: Ơ ơ Ư ư after C6 */                                \
	X(n1_ba) X(n1_bb) /* E1 BA xx: U+1E80..U+1EBF, E1 BB xx: U+1EC0..U+1EFF */          \
	X(n2_ba_row)      /* A0..BF: ạ..ế after E1 BA */                                     \
	X(n2_bb_row)      /* 80..B9: ề..ỹ after E1 BB */                                     \
	X(n2_ba_shaped)   /* A4..B7 BE BF: ấ..ặ ế after E1 BA */                             \
	X(n2_bb_shaped)   /* 80..87 90..A3 A8..B1: ề..ệ ố..ợ ứ..ự, E1 BB */                  \
	X(n2_vowel_high)  /* an ASCII vowel or >= C0 */                                      \
	X(n3_vowel)       /* an ASCII vowel */                                               \
	X(n3_high)        /* >= C0 */

struct predicates {
#define FIELD(name) uint64_t name;
	PREDICATES(FIELD)
#undef FIELD
};

static inline __attribute__((always_inline)) void
combine(const struct predicates *p, struct vn_window *w)
{
	/* Punctuation needs a look only before a letter (a space missing),
	 * itself (doubled), or a space and itself; ( [ before a space; &
	 * before a letter or #. The rest, ", " most of all, is fine. */
	uint64_t worth = p->n1_letter | p->n1_same | p->n2_same | p->n1_hash |
	                 (p->v_opener & p->n1_space);
	w->stray = p->stray;
	w->look = p->v_tab | (p->v_special & worth) | (p->v_space & p->n1_bad);
	w->look_early = w->look & (p->v_tab | p->v_amp | (p->v_space & p->n1_blank));

	uint64_t latin1 = p->v_c3 & p->n1_cont & ~p->n1_eth;
	uint64_t stroke_d = p->v_c4 & p->n1_d;
	uint64_t tilde = (p->v_c4 | p->v_c5) & p->n1_tilde;
	uint64_t fast2 =
	    latin1 | stroke_d | tilde | (p->v_c4 & p->n1_breve) | (p->v_c6 & p->n1_horn);
	uint64_t fast3 = p->v_e1 & ((p->n1_ba & p->n2_ba_row) | (p->n1_bb & p->n2_bb_row));
	uint64_t shaped3 = fast3 & ((p->n1_ba & p->n2_ba_shaped) | (p->n1_bb & p->n2_bb_shaped));
	uint64_t toned2 = (latin1 & ~p->n1_circumflex) | tilde;

	w->odd = p->v_lead & ~(fast2 | fast3);
	w->high = p->v_lead;
	w->beyond = (fast2 & ~p->v_c3) | fast3;
	w->vowel1 = p->v_vowel;
	w->vowel2 = fast2 & ~stroke_d;
	w->vowel3 = fast3;
	w->unshaped = toned2 | (fast3 & ~shaped3);
	/* A mark on a shaped vowel is in place unless another shaped vowel
	 * follows (ư of ươ); one on another vowel, unless a vowel is next to
	 * it. After either: a character beyond ASCII, to be safe. */
	w->then_check = (toned2 & p->n2_vowel_high) | (fast3 & ~shaped3 & p->n3_vowel) |
	                (fast3 & p->n3_high);
}

static const unsigned char by_low_half[16] = {BY_LOW_HALF}, by_high_half[16] = {BY_HIGH_HALF};

#define AVX512 __attribute__((target("avx512bw")))
#define EQ64(v, c) _mm512_cmpeq_epi8_mask((v), _mm512_set1_epi8((char)(c)))
#define GE64(v, c) _mm512_cmpge_epu8_mask((v), _mm512_set1_epi8((char)(c)))
#define LE64(v, c) _mm512_cmple_epu8_mask((v), _mm512_set1_epi8((char)(c)))
#define IN64(v, lo, hi) LE64(_mm512_sub_epi8((v), _mm512_set1_epi8((char)(lo))), (hi) - (lo))
#define AND64(v, c) _mm512_and_si512((v), _mm512_set1_epi8((char)(c)))
#define IN_CLASS64(classes, bits) _mm512_test_epi8_mask((classes), _mm512_set1_epi8((char)(bits)))

static inline __attribute__((always_inline)) AVX512 __m512i
classes64(__m512i v)
{
	/* the tables in each of the four 16-byte lanes */
	__m512i by_low = _mm512_broadcast_i32x4(_mm_loadu_si128((const void *)by_low_half));
	__m512i by_high = _mm512_broadcast_i32x4(_mm_loadu_si128((const void *)by_high_half));
	__m512i lo = AND64(v, 0x0F), hi = AND64(_mm512_srli_epi16(v, 4), 0x0F);
	return _mm512_and_si512(_mm512_shuffle_epi8(by_low, lo), _mm512_shuffle_epi8(by_high, hi));
}

static inline __attribute__((always_inline)) AVX512 void
classify_one(const unsigned char *b, struct vn_window *w)
{
	__m512i v = _mm512_loadu_si512(b), n1 = _mm512_loadu_si512(b + 1),
	        n2 = _mm512_loadu_si512(b + 2), n3 = _mm512_loadu_si512(b + 3),
	        p1 = _mm512_loadu_si512(b - 1), p2 = _mm512_loadu_si512(b - 2),
	        p3 = _mm512_loadu_si512(b - 3);
	__m512i v_classes = classes64(v), n1_cased = AND64(n1, 0xDF), n1_pair = AND64(n1, 0xFE);
	struct predicates p;

	p.stray = EQ64(AND64(v, 0xC0), 0x80) & ~(GE64(p1, 0xC0) | GE64(p2, 0xE0) | GE64(p3, 0xF0));
	p.v_lead = GE64(v, 0xC0);
	p.v_c3 = EQ64(v, 0xC3);
	p.v_c4 = EQ64(v, 0xC4);
	p.v_c5 = EQ64(v, 0xC5);
	p.v_c6 = EQ64(v, 0xC6);
	p.v_e1 = EQ64(v, 0xE1);
	p.v_space = EQ64(v, ' ');
	p.v_tab = EQ64(v, '\t');
	p.v_amp = EQ64(v, '&');
	p.v_opener = EQ64(v, '(') | EQ64(v, '[');
	p.v_special = IN_CLASS64(v_classes, SPECIAL);
	p.v_vowel = IN_CLASS64(v_classes, VOWEL);
	p.n1_bad = IN_CLASS64(classes64(n1), BAD_AFTER_SPACE) | EQ64(n1, 0xE2);
	p.n1_letter = LE64(_mm512_sub_epi8(_mm512_or_si512(n1, _mm512_set1_epi8(0x20)),
	                                   _mm512_set1_epi8('a')),
	                   25) |
	              GE64(n1, 0x80);
	p.n1_same = _mm512_cmpeq_epi8_mask(n1, v);
	p.n2_same = _mm512_cmpeq_epi8_mask(n2, v);
	p.n1_hash = EQ64(n1, '#');
	p.n1_space = EQ64(n1, ' ');
	p.n1_blank = p.n1_space | EQ64(n1, '\t');
	p.n1_cont = EQ64(AND64(n1, 0xC0), 0x80);
	p.n1_eth = EQ64(n1_cased, 0x90);
	p.n1_circumflex = EQ64(n1_cased, 0x82) | EQ64(n1_cased, 0x8A) | EQ64(n1_cased, 0x94);
	p.n1_d = EQ64(n1_pair, 0x90);
	p.n1_tilde = EQ64(n1_pair, 0xA8);
	p.n1_breve = EQ64(n1_pair, 0x82);
	p.n1_horn = EQ64(n1_pair, 0xA0) | EQ64(n1, 0xAF) | EQ64(n1, 0xB0);
	p.n1_ba = EQ64(n1, 0xBA);
	p.n1_bb = EQ64(n1, 0xBB);
	p.n2_ba_row = EQ64(AND64(n2, 0xE0), 0xA0);
	p.n2_bb_row = IN64(n2, 0x80, 0xB9);
	p.n2_ba_shaped = IN64(n2, 0xA4, 0xB7) | GE64(n2, 0xBE);
	p.n2_bb_shaped = LE64(n2, 0x87) | IN64(n2, 0x90, 0xA3) | IN64(n2, 0xA8, 0xB1);
	p.n2_vowel_high = IN_CLASS64(classes64(n2), VOWEL) | GE64(n2, 0xC0);
	p.n3_vowel = IN_CLASS64(classes64(n3), VOWEL);
	p.n3_high = GE64(n3, 0xC0);
	combine(&p, w);
}

static AVX512 void
classify_avx512(const unsigned char *b, size_t n, struct vn_window *w)
{
	for (size_t j = 0; j < n; j++)
		classify_one(b + j * VN_WINDOW, w + j);
}

vn_window_classifier *
vn_window_classifier_avx512(void)
{
	return __builtin_cpu_supports("avx512bw") ? classify_avx512 : NULL;
}

#else /* not x86 */

vn_window_classifier *
vn_window_classifier_avx512(void)
{
	return NULL;
}

#endif
