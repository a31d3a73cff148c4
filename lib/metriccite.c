/* The numbers inside citations are no metrics ("Nghị định 30/2020/NĐ-CP",
 * "ISO 9001:2015"): the sentence's citation spans come from the shared
 * recognizer (citescan.h), asked only when the sentence can hold one.
 *
 * The recognizer reads the whole sentence, and most sentences with a
 * figure cite nothing. Every citation it finds is anchored on a run of
 * digits in one of three shapes: a standard's body word before it (ISO,
 * IEC, TCVN, QCVN: citestd.c), a code after it (a `/` or dash, maybe after
 * a letter or two: 30c/NQ-CP, 10-CT/TW: citecode.c), or a short form's
 * head noun right before it or before its "số" (Nghị quyết 57, Quyết
 * định số 12: try_short in citescan.c; list items after it share that
 * head). vn_mt_cite_possible() asks only that, with the recognizer's own
 * character classes (citetok.h) and head table (doctype.h), so it can say
 * yes more often than the recognizer finds something, never less.
 * tests/unit/metriccite_test.c holds it to that on cite-extract's
 * fixtures; a new citation shape there must be added here too. */
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "citetok.h"
#include "doctype.h"
#include "metricint.h"
#include "vnnumber.h"

/* Digits followed by a code: up to two letters (30c), spaces, then `/`
 * and a letter or a year and `/` (80/2015/QH13), or a dash and a letter
 * (10-CT/TW). A date or a fraction (30/8/2016, 12/16) and a range
 * (25-40, 2016-2020) have none. */
static int
code_after(const char *s, size_t len, size_t e)
{
	size_t k = e, n;

	while (k < len && k - e < 2 && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
		k++;
	k = vn_tok_skip_space(s, len, k);
	if (k >= len)
		return 0;
	if (s[k] == '/') {
		k = vn_tok_skip_space(s, len, k + 1);
		if (k < len && vn_tok_is_digit(s[k])) {
			size_t y = k;
			while (y < len && vn_tok_is_digit(s[y]))
				y++;
			size_t slash = vn_tok_skip_space(s, len, y);
			return y - k == 4 && slash < len && s[slash] == '/';
		}
	} else if (vn_tok_is_dash(vn_tok_cp(s, len, k, &n))) {
		k = vn_tok_skip_space(s, len, k + n);
	} else {
		return 0;
	}
	return k < len && vn_tok_is_letter(vn_tok_cp(s, len, k, &n));
}

/* The word that ends at p (spaces skipped back), as [*ws, end). */
static int
word_before(const char *s, size_t len, size_t p, size_t *ws, size_t *end)
{
	*end = vn_tok_back_space(s, len, p);
	*ws = vn_tok_word_start(s, len, *end);
	return *ws < *end;
}

/* The heads whose short form the recognizer reports ("Nghị quyết 57":
 * flag short, a type, written with a capital): their last words and how
 * many words they have, taken once from the recognizer's own table. */
enum { MAX_SHORT_HEADS = 64 }; /* one bit each in struct word_facts */

static struct {
	const char *last;
	size_t last_len, words;
} short_heads[MAX_SHORT_HEADS];
static size_t nshort_heads;
static int short_heads_state; /* 0 not loaded, 1 loaded, -1 too many */

static void
load_short_heads(void)
{
	for (size_t i = 0; i < vn_heads_len; i++) {
		const struct vn_head *h = &vn_heads[i];
		if (!(h->flags & VN_HEAD_SHORT) || !h->type)
			continue;
		if (nshort_heads == MAX_SHORT_HEADS) {
			short_heads_state = -1;
			return;
		}
		size_t words = 1;
		for (size_t k = 0; k < h->phrase_len; k++)
			words += h->phrase[k] == ' ';
		short_heads[nshort_heads].last = h->last;
		short_heads[nshort_heads].last_len = h->last_len;
		short_heads[nshort_heads].words = words;
		nshort_heads++;
	}
	short_heads_state = 1;
}

/* The word s[a..b) as the recognizer reads it: it composes decomposed
 * text (NFD, combining marks CC 80..CD AF) first. A word composes on its
 * own as it does inside its sentence, since no mark combines across the
 * space or mark before it; nothing else this file looks at (digits,
 * spaces, `/`, dashes, whether a letter is one or a capital) changes when
 * composed. NULL when the word is too long to judge. */
static const char *
word_as_read(const char *s, size_t a, size_t b, char *buf, size_t cap, size_t *n)
{
	/* At most 48 bytes: fewer than the 32 marks in a row that
	 * vn_nfc_text leaves as they are. */
	enum { MAX_WORD = 48 };
	utf8proc_int32_t cps[MAX_WORD];

	*n = b - a;
	if (!memchr(s + a, 0xCC, b - a) && !memchr(s + a, 0xCD, b - a))
		return s + a;
	if (b - a > MAX_WORD)
		return NULL;
	utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)s + a, (utf8proc_ssize_t)(b - a),
	                                        cps, sizeof cps / sizeof cps[0], UTF8PROC_DECOMPOSE);
	if (k < 0 || (size_t)k > sizeof cps / sizeof cps[0] ||
	    (k = utf8proc_normalize_utf32(cps, k, UTF8PROC_COMPOSE)) < 0)
		return NULL;
	size_t o = 0;
	for (utf8proc_ssize_t i = 0; i < k; i++) {
		if (o + 4 > cap)
			return NULL;
		o += (size_t)utf8proc_encode_char(cps[i], (utf8proc_uint8_t *)buf + o);
	}
	*n = o;
	return buf;
}

/* What the filter asks of the word before a number, as the recognizer
 * reads it: a standard's body? "số"? the last word of which short-form
 * heads (bit i: short_heads[i])? Or too odd to say. */
enum { WORD_BODY = 1, WORD_SO = 2, WORD_UNKNOWN = 4 };

struct word_facts {
	unsigned flags;
	uint64_t heads;
};

static struct word_facts
judge_word(const char *s, size_t a, size_t b)
{
	static const char *const bodies[] = {"iso", "iec", "tcvn", "qcvn"};
	struct word_facts f = {0, 0};
	char buf[192], lower[48];
	size_t n;
	const char *w = word_as_read(s, a, b, buf, sizeof buf, &n);

	if (short_heads_state == 0)
		load_short_heads();
	if (!w || short_heads_state < 0) {
		f.flags = WORD_UNKNOWN;
		return f;
	}
	for (size_t k = 0; k < sizeof bodies / sizeof bodies[0]; k++)
		if (vn_tok_word_is(w, n, 0, n, bodies[k]))
			f.flags |= WORD_BODY;
	if (vn_tok_word_is(w, n, 0, n, "số"))
		f.flags |= WORD_SO;
	size_t ln = vn_tok_lower(w, n, 0, n, lower, sizeof lower);
	if (ln != (size_t)-1)
		for (size_t i = 0; i < nshort_heads; i++)
			if (short_heads[i].last_len == ln && memcmp(short_heads[i].last, lower, ln) == 0)
				f.heads |= (uint64_t)1 << i;
	return f;
}

/* judge_word, remembered: the same few hundred words stand before the
 * numbers of a text (năm, đạt, có, số …), and lower-casing and composing
 * one costs more than looking it up. */
enum { MEMO_SLOTS = 512, MEMO_WORD = 24 };

static struct {
	unsigned char len; /* 0: empty */
	char word[MEMO_WORD];
	struct word_facts facts;
} memo[MEMO_SLOTS];

static struct word_facts
word_facts(const char *s, size_t a, size_t b)
{
	size_t n = b - a;

	if (n > MEMO_WORD)
		return judge_word(s, a, b);
	uint32_t h = 2166136261u;
	for (size_t i = a; i < b; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	h &= MEMO_SLOTS - 1;
	if (memo[h].len != n || memcmp(memo[h].word, s + a, n) != 0) {
		memo[h].facts = judge_word(s, a, b);
		memcpy(memo[h].word, s + a, n);
		memo[h].len = (unsigned char)n;
	}
	return memo[h].facts;
}

/* Does a head of `heads` that ends with the word at s[a] start with a
 * capital (its first word that many words back)? */
static int
head_fits(const char *s, size_t len, size_t a, uint64_t heads)
{
	for (size_t i = 0; heads; i++, heads >>= 1) {
		if (!(heads & 1))
			continue;
		size_t first = a, x, y, k, cl;
		for (k = 1; k < short_heads[i].words && word_before(s, len, first, &x, &y); k++)
			first = x;
		/* Composing leaves a letter's case as it was. */
		if (k == short_heads[i].words && vn_tok_is_upper(vn_tok_cp(s, len, first, &cl)))
			return 1;
	}
	return 0;
}

/* A standard's body or a head noun (maybe with "số" or "số:") before the
 * digits at d. */
static int
anchor_before(const char *s, size_t len, size_t d)
{
	size_t a, b;

	if (!word_before(s, len, d, &a, &b)) {
		/* "số: 12" */
		if (!(b > 0 && s[b - 1] == ':') || !word_before(s, len, b - 1, &a, &b))
			return 0;
	}
	struct word_facts f = word_facts(s, a, b);
	if (f.flags & (WORD_UNKNOWN | WORD_BODY))
		return 1;
	if (f.flags & WORD_SO) {
		if (!word_before(s, len, a, &a, &b))
			return 0;
		f = word_facts(s, a, b);
		if (f.flags & WORD_UNKNOWN)
			return 1;
	}
	return head_fits(s, len, a, f.heads);
}

int
vn_mt_cite_possible(const char *s, size_t len)
{
	for (size_t i = vn_mt_next_digit(s, len, 0); i < len; i = vn_mt_next_digit(s, len, i)) {
		size_t e = i;
		while (e < len && vn_tok_is_digit(s[e]))
			e++;
		if (code_after(s, len, e) || anchor_before(s, len, i))
			return 1;
		i = e;
	}
	return 0;
}

void
vn_mt_need_citations(struct vn_metric_scanner *sc)
{
	size_t from = sc->sent_from, to = sc->sent_to;

	if (sc->cites_done)
		return;
	sc->cites_done = 1;
	/* Every citation has a digit; a sentence with only number words
	 * has none to look for. */
	int digit = 0;
	for (size_t k = 0; k < sc->ntok && !digit; k++)
		digit = sc->tok[k].kind == TK_NUM && !(sc->tok[k].flags & VN_NUM_WORDS);
	if (!digit)
		return;
	if (!vn_mt_cite_possible(sc->s + from, to - from))
		return;
	size_t n = vn_cite_spans(sc->s + from, to - from, sc->cites, sc->capcites);

	if (n > sc->capcites) {
		sc->capcites = n;
		sc->cites = vn_xrealloc(sc->cites, n * sizeof *sc->cites);
		n = vn_cite_spans(sc->s + from, to - from, sc->cites, sc->capcites);
	}
	size_t c = 0;
	for (size_t k = 0; k < sc->ntok && c < n; k++) {
		size_t a = sc->tok[k].start - from;
		while (c < n && sc->cites[c].end <= a)
			c++;
		if (c < n && a >= sc->cites[c].start && a < sc->cites[c].end)
			sc->tok[k].used = 2;
	}
}
