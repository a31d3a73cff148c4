/* Internals shared by the metric-extract files of lib/ (metric*.c): the
 * tokens of one sentence and the helpers that read them. Not an API. */
#ifndef VN_METRICINT_H
#define VN_METRICINT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "citescan.h"
#include "metric.h"
#include "wordlist.h"

enum { TK_WORD, TK_NUM, TK_PUNCT };

/* How many word lists vn_mt_phrase remembers its answers for, per token:
 * units (two), nouns, non-units, time units, currencies and room to spare. */
enum { VN_MT_PHRASE_LISTS = 8 };

struct tok {
	size_t start, end; /* byte offsets in the line */
	double value;      /* TK_NUM */
	double scale;      /* TK_NUM: factor of its scale words, else 1 */
	uint32_t cp;       /* TK_PUNCT: the character */
	unsigned flags;    /* TK_NUM: VN_NUM_* */
	unsigned ndigits;  /* TK_NUM */
	unsigned char kind;
	unsigned char gap;  /* space (or `_`) between it and the token before */
	unsigned char used; /* part of a recorded metric or of an exclusion */
	unsigned char caps; /* TK_WORD: 1 capitalized, 2 all capitals */
	unsigned keyoff;    /* folded key in sc->keys, when keylen > 0 */
	unsigned char keylen;
	unsigned char keydone;
	unsigned memo;     /* its word's slot in sc->fold_memo plus 1, 0 if none */
	unsigned memo_gen; /* that slot's generation when it held this word */
	/* vn_mt_phrase of each word list at this token plus 1, 0 until asked
	 * (the lists in the order first asked, metricword.c). */
	unsigned char phrase[VN_MT_PHRASE_LISTS];
};

struct vn_metric_scanner {
	const char *s; /* the line */
	size_t len;
	struct tok *tok; /* tokens of the current sentence */
	size_t ntok, captok;
	struct vn_buf keys; /* folded keys of word tokens */
	struct vn_fold_memo *fold_memo; /* keys of words seen before (metricword.c) */
	int *year_before;   /* year stated before each token, 0 if none */
	size_t capyear;
	int years_done;
	int first_year;     /* year carried into the sentence */
	struct vn_cite_span *cites;
	size_t ncites, capcites;
	size_t sent_from, sent_to; /* the sentence being scanned */
	int cites_done;            /* its citations are marked (used = 2) */
	int carry_year; /* year at the end of the previous line */
	int prev_open;  /* the previous line ended mid-sentence */
	struct vn_buf unit, subject;
	vn_metric_fn *fn;
	void *arg;
};

/* Which sentences are worth tokenizing (metricworth.c): one with a
 * digit (vn_mt_next_digit), or else a numeral in words or a first place
 * (đứng đầu, thứ nhất), which this tells. */
int vn_mt_worth_scanning_words(const char *s, size_t len);
/* Could the word s[0..n) start a numeral in words? */
int vn_mt_number_word_start(const char *s, size_t n);
/* Where the first ASCII digit of s[i..len) is, len if none (metricworth.c).
 * Eight bytes at a time: a byte b is a digit when b ^ 0x30 < 10, and "some
 * byte below n" has a well-known word-parallel test, whose lowest hit is
 * exact (a false one can only lie above a true one). */
size_t vn_mt_next_digit(const char *s, size_t len, size_t i);
/* Is s[0..w) a lone "năm" or "một", no numeral word after it? */
int vn_mt_lone_year_or_one(const char *s, size_t len, size_t w);

/* Can a word whose first two bytes are c0 c1 start a numeral in words
 * (một hai ba bốn năm sáu bảy bẩy tám chín mười) in any spelling? The
 * first letter is one of theirs in either case. Folding keeps the order
 * of base letters, so the second character is the second letter of one
 * of them, bare (a, o, u, h as NFD writes them) or precomposed in either
 * case (ă á ả ẩ ố ộ ư: lead bytes C3 C4 C6 E1); "thứ" passes too. Asked
 * of every word, so a bit test before any call. */
extern const unsigned char vn_mt_numeral_bytes[256]; /* metricworth.c */
static inline int
vn_mt_number_prefix(unsigned char c0, unsigned char c1)
{
	/* Bit 0: a numeral's initial, bit 1: its second byte (the table's
	 * comment); a lookup rather than a chain of tests, since a branch on
	 * them goes wrong on every other word. */
	return vn_mt_numeral_bytes[c0] & vn_mt_numeral_bytes[c1] >> 1 & 1;
}

/* Bit 8k+7 set where byte k of w is an ASCII capital or 0xCC/0xCD (the
 * lead bytes of the combining marks): the bytes of the rare spellings
 * vn_mt_number_word_start folds. Exact per byte: the sums stay within
 * their byte, since they add at most 0x3F to a 7-bit value or 0x7F to
 * the 7 low bits. */
static inline uint64_t
vn_mt_rare_bytes(uint64_t w)
{
	const uint64_t highs = 0x8080808080808080ull, lows = 0x7F7F7F7F7F7F7F7Full;
	uint64_t x = w & lows;
	uint64_t from_A = (x + 0x3F3F3F3F3F3F3F3Full) & highs; /* x >= 0x41 */
	uint64_t past_Z = (x + 0x2525252525252525ull) & highs; /* x >= 0x5B */
	uint64_t upper = ~w & from_A & ~past_Z & highs;
	uint64_t y = (w ^ 0xCCCCCCCCCCCCCCCCull) & 0xFEFEFEFEFEFEFEFEull; /* 0: CC or CD */
	uint64_t marks = ~(((y & lows) + lows) | y) & highs;
	return upper | marks;
}

/* The hash of a word's first four bytes (a little-endian word) in
 * vn_mt_head_bits, the Bloom filter of the heads of the number words
 * (metricworth.c). A constant expression, so that the filter is one. */
#define VN_MT_HEAD_HASH(key) ((uint32_t)((uint32_t)(key) * 0x9E3779B1u) >> 24)
extern const uint64_t vn_mt_head_bits[4];

/* Could the word at p[0..5) (bytes past its end included) begin with a
 * number word as plain_number_start spells it (NFC, first letter in
 * either case), or with đứng or dẫn? 0 only when it cannot. Its first
 * four bytes must be a head's (Bloom filter: a false hit only costs the
 * exact test), or it starts with "ba", "hai" (shorter than a key) or
 * "đứng" (whose four bytes "đứ" begin "để", "đến", "định" too). Without
 * branches: asked of every word, a branch would go wrong half the time. */
static inline unsigned
vn_mt_number_head(const unsigned char *p)
{
	unsigned c0 = p[0] | (unsigned)(p[0] - 'A' < 26) << 5; /* a capital in lower case */
	uint32_t key = c0 | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
	uint32_t h = VN_MT_HEAD_HASH(key);
	unsigned head = (unsigned)(vn_mt_head_bits[h >> 6] >> (h & 63)) & 1;
	head |= (unsigned)((key & 0xFFFF) == ('b' | 'a' << 8));
	head |= (unsigned)((key & 0xFFFFFF) == ('h' | 'a' << 8 | 'i' << 16));
	/* Đ or đ (C4 90, C4 91), then ứ (E1 BB A9) */
	head |= (unsigned)((key & 0xFFFFFEFF) == (0xC4 | 0x90 << 8 | 0xE1u << 16 | 0xBBu << 24)) &
	        (unsigned)(p[4] == 0xA9);
	return head;
}

/* vn_mt_maybe_number_word past its head: "thứ", or a rare spelling. */
int vn_mt_rare_number_word(const char *s, size_t n, size_t room);

/* Might s[0..n) (2 to 12 bytes) be a word vn_mt_number_word_start
 * accepts, or begin with one of the rank words thứ, đứng, dẫn, or have
 * such a word s[0..w), w < n, at its start? 0 only when it cannot: a
 * cheap test asked of every word before the exact ones, inline. It must
 * begin with a number word's head (vn_mt_number_head), or start like a
 * numeral and be spelled in capitals or NFD. s[0..room) may be read,
 * room >= n. */
static inline int
vn_mt_maybe_number_word(const char *s, size_t n, size_t room)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char head[5] = {0};

	if (n < 2 || n > 12)
		return 0;
	if (n < 8 && room >= 8) {
		/* The common case without a branch on the text: the head, or
		 * a numeral's initials with "thứ" or a rare spelling (a rare
		 * byte among s[1..n)) after them. */
		uint64_t w;
		uint32_t after_initial;
		memcpy(&w, p, 8);
		memcpy(&after_initial, p + 1, 4);
		uint64_t rare = vn_mt_rare_bytes(w) & ((1ull << (8 * n)) - 1) & ~0xFFull;
		unsigned thu = after_initial == 0xA9BBE168u; /* h E1 BB A9, "hứ" */
		return (int)(vn_mt_number_head(p) |
		             ((unsigned)vn_mt_number_prefix(p[0], p[1]) & (thu | (rare != 0))));
	}
	if (room < sizeof head) {
		memcpy(head, p, room);
		p = head;
	}
	if (vn_mt_number_head(p))
		return 1;
	return vn_mt_number_prefix(p[0], p[1]) && vn_mt_rare_number_word(s, n, room);
}

/* Tokens (metrictok.c). */
void vn_mt_tokenize(struct vn_metric_scanner *sc, size_t from, size_t to);
int vn_mt_punct(const struct vn_metric_scanner *sc, size_t i, uint32_t cp);
int vn_mt_dash(const struct vn_metric_scanner *sc, size_t i);
int vn_mt_num(const struct vn_metric_scanner *sc, size_t i);
int vn_mt_plain_year(const struct vn_metric_scanner *sc, size_t i);
int vn_mt_is_glue(const struct tok *t);
void vn_mt_glued_run(const struct vn_metric_scanner *sc, size_t i, size_t *a, size_t *b);

/* Words (metricword.c). The folded key (lower case NFC, vnfold.h) of
 * word token i: folded on first use, since the recognizers look at few of
 * a sentence's words. */
const char *vn_mt_fold_key(struct vn_metric_scanner *sc, size_t i, size_t *len);

static inline const char *
vn_mt_key(struct vn_metric_scanner *sc, size_t i, size_t *len)
{
	const struct tok *t = &sc->tok[i];

	if (t->kind != TK_WORD) {
		*len = 0;
		return "";
	}
	if (t->keydone) {
		*len = t->keylen;
		return sc->keys.data + t->keyoff;
	}
	return vn_mt_fold_key(sc, i, len);
}

/* Token i is the word word[0..len) (a lower-case NFC literal); inline,
 * as the recognizers ask it dozens of times around every number. */
static inline int
vn_mt_is_n(struct vn_metric_scanner *sc, size_t i, const char *word, size_t len)
{
	size_t n;

	if (i >= sc->ntok || sc->tok[i].kind != TK_WORD)
		return 0;
	const char *k = vn_mt_key(sc, i, &n);
	return n == len && memcmp(k, word, n) == 0;
}
/* Token i is the word `word` (a lower-case NFC literal). */
#define vn_mt_is(sc, i, word) vn_mt_is_n((sc), (i), (word), sizeof(word) - 1)
/* 0 lower case, 1 capitalized, 2 all capitals (computed on demand). */
int vn_mt_caps(struct vn_metric_scanner *sc, size_t i);
#define CAPS_UNKNOWN 255
int vn_mt_is_any(struct vn_metric_scanner *sc, size_t i, const char *const *words);
size_t vn_mt_phrase(struct vn_metric_scanner *sc, size_t i, const struct vn_wordlist *l);
size_t vn_mt_phrase_before(struct vn_metric_scanner *sc, size_t i, const struct vn_wordlist *l);

/* Units and subjects (metricunit.c). */
size_t vn_mt_unit(struct vn_metric_scanner *sc, size_t i, int digits_only_fallback);
void vn_mt_subject_after(struct vn_metric_scanner *sc, size_t i);
void vn_mt_subject_before(struct vn_metric_scanner *sc, size_t i);
void vn_mt_set_text(struct vn_buf *b, const char *s, size_t start, size_t end);

/* Mark the tokens inside citations used = 2, once per sentence, when
 * first needed: most sentences' numbers are excluded before (metric.c). */
void vn_mt_need_citations(struct vn_metric_scanner *sc);
/* Can vn_cite_spans find a citation in s[0..len)? 0 only when it cannot
 * (metriccite.c: the shapes every citation is anchored on). */
int vn_mt_cite_possible(const char *s, size_t len);

/* Years (metricyear.c). */
int vn_mt_year_before(struct vn_metric_scanner *sc, size_t i);

/* Exclusions (metricexcl.c): returns 1 and marks the tokens used when
 * token i (a number) is no metric. */
int vn_mt_exclude_hard(struct vn_metric_scanner *sc, size_t i);
int vn_mt_exclude_label(struct vn_metric_scanner *sc, size_t i);
void vn_mt_use_chain(struct vn_metric_scanner *sc, size_t i);

/* A recognized metric before it is written (metricmatch.c). */
enum { SUBJ_NONE, SUBJ_AFTER, SUBJ_BEFORE };

struct vn_mt_match {
	size_t first, last; /* tokens of the span, inclusive */
	const char *kind;
	double value, low, high, of, from, to;
	size_t ufirst, ulen;  /* unit tokens */
	const char *unit_lit; /* "%" */
	int subj;
	size_t sfirst; /* where the subject starts (after) or ends (before) */
};

void vn_mt_match_init(struct vn_mt_match *m, const char *kind, size_t first, size_t last);
/* Fill in unit, subject and year, mark the tokens used, call sc->fn. */
void vn_mt_emit(struct vn_metric_scanner *sc, const struct vn_mt_match *m);
size_t vn_mt_qualifier_start(struct vn_metric_scanner *sc, size_t i);
size_t vn_mt_percent_sign(struct vn_metric_scanner *sc, size_t k);
size_t vn_mt_range_end(struct vn_metric_scanner *sc, size_t i, int words_ok);
double vn_mt_range_low(const struct vn_metric_scanner *sc, size_t lo, size_t hi);
size_t vn_mt_any_unit(struct vn_metric_scanner *sc, size_t k, struct vn_mt_match *m);

/* The recognizers: 1 when a metric was recorded, 0 when declined; the
 * ratio and duration ones return -1 when the number turned out to be a
 * date or a period (its tokens are then used). metricrank.c: */
int vn_mt_try_rank(struct vn_metric_scanner *sc, size_t i);
int vn_mt_try_rank_word(struct vn_metric_scanner *sc, size_t i);
int vn_mt_try_rank_change(struct vn_metric_scanner *sc, size_t i);
/* metrickind.c: */
int vn_mt_try_change_from(struct vn_metric_scanner *sc, size_t i);
int vn_mt_try_change_to(struct vn_metric_scanner *sc, size_t i);
int vn_mt_try_percent(struct vn_metric_scanner *sc, size_t i);
int vn_mt_try_money(struct vn_metric_scanner *sc, size_t i);
int vn_mt_try_ratio(struct vn_metric_scanner *sc, size_t i);
int vn_mt_try_duration(struct vn_metric_scanner *sc, size_t i);
int vn_mt_try_count(struct vn_metric_scanner *sc, size_t i);

/* Shorthands for the recognizers, with `sc` in scope. */
#define IS(k, w) vn_mt_is(sc, (k), (w))
#define ANY(k, ws) vn_mt_is_any(sc, (k), (ws))
#define NUM(k) vn_mt_num(sc, (k))
#define VAL(k) (sc->tok[k].value)

#endif
