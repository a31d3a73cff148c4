/* The line driver of metric-extract: sentences, tokens, citations
 * (metriccite.c), and the recognizers in order. Each recognizer (metricrank.c, metrickind.c)
 * looks at a number token with the words around it, and either records a
 * metric (marking its tokens used, so the parts of a recorded metric are
 * never recorded again) or declines. The order of the tries matters and
 * is written out in scan_sentence(). */
#include <stdlib.h>
#include <string.h>

#include "metricint.h"
#include "paragraph.h"
#include "sentsplit.h"
#include "utf8.h"

#include <utf8proc.h>

/* Could the word w[0..n) fold to nhất, nhì, dẫn or đứng, the words
 * vn_mt_try_rank_word starts at? 0 only when it cannot: a word starting
 * with n, d or đ is one in four, and folding each (vnfold.h) cost more
 * than the rest of the sentence loop. Folding lower-cases each character
 * and composes marks (NFC) onto the letter before them, so the first
 * letter stays n, d or đ (Đ: C4 90, đ: C4 91), the second of nhất and
 * nhì stays h, and the last byte is the last letter's: t, n or g in
 * either case, or for nhì the last of ì, Ì (C3 AC, C3 8C) or of the
 * combining grave U+0300 or U+0340 (CC 80, CD 80) after an i. Three
 * tables of one bit per word (RANK_NHAT for nhất and nhì, RANK_DAN,
 * RANK_DUNG) say which words each byte allows, without a branch on the
 * text: one goes wrong on every other word. */
enum { RANK_NHAT = 1, RANK_DAN = 2, RANK_DUNG = 4 };

static const unsigned char rank_first[256] = {
	['n'] = RANK_NHAT, ['N'] = RANK_NHAT, ['d'] = RANK_DAN, ['D'] = RANK_DAN, [0xC4] = RANK_DUNG,
};
/* dẫn has no test on its second byte. */
static const unsigned char rank_second[256] = {
	['h'] = RANK_NHAT, ['H'] = RANK_NHAT, [0x90] = RANK_DUNG, [0x91] = RANK_DUNG,
};
static const unsigned char rank_last[256] = {
	['t'] = RANK_NHAT, ['T'] = RANK_NHAT, [0xAC] = RANK_NHAT, [0x8C] = RANK_NHAT,
	[0x80] = RANK_NHAT, ['n'] = RANK_DAN,  ['N'] = RANK_DAN,  ['g'] = RANK_DUNG,
	['G'] = RANK_DUNG,
};

static int
may_be_rank_word(const char *w, size_t n)
{
	unsigned char c1 = n > 1 ? (unsigned char)w[1] : 0;

	return rank_first[(unsigned char)w[0]] & (rank_second[c1] | RANK_DAN) &
	       rank_last[(unsigned char)w[n - 1]];
}

/* Scan one sentence; returns the year at its end when want_year (for a
 * line that goes on in the next one), else 0. */
static int
scan_sentence(struct vn_metric_scanner *sc, size_t from, size_t to, int first_year, int want_year)
{
	vn_mt_tokenize(sc, from, to);
	sc->years_done = 0;
	sc->first_year = first_year;
	sc->sent_from = from;
	sc->sent_to = to;
	sc->cites_done = 0;
	for (size_t i = 0; i < sc->ntok; i++) {
		const struct tok *t = &sc->tok[i];
		if (t->used)
			continue;
		if (t->kind == TK_WORD) {
			if (may_be_rank_word(sc->s + t->start, t->end - t->start))
				vn_mt_try_rank_word(sc, i);
			continue;
		}
		if (t->kind != TK_NUM || vn_mt_exclude_hard(sc, i))
			continue;
		vn_mt_need_citations(sc);
		if (t->used)
			continue; /* inside a citation */
		if (vn_mt_try_rank(sc, i) || vn_mt_try_rank_change(sc, i) || vn_mt_try_change_from(sc, i) ||
		    vn_mt_try_change_to(sc, i) || vn_mt_try_percent(sc, i) || vn_mt_try_money(sc, i))
			continue;
		if (vn_mt_exclude_label(sc, i))
			continue;
		if (vn_mt_try_ratio(sc, i) || vn_mt_try_duration(sc, i))
			continue;
		vn_mt_try_count(sc, i);
	}
	return want_year ? vn_mt_year_before(sc, sc->ntok) : 0;
}

/* Does the line start in lower case (a sentence going on)? */
static int
starts_lower(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t cp;

	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	size_t n = vn_utf8_decode(s + i, len - i, &cp);
	return n && utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

void
vn_metric_scan_line(struct vn_metric_scanner *sc, const char *s, size_t len, vn_metric_fn *fn,
                    void *arg)
{
	int year = sc->prev_open && starts_lower(s, len) ? sc->carry_year : 0;
	size_t pos = 0;

	sc->s = s;
	sc->len = len;
	sc->fn = fn;
	sc->arg = arg;
	/* The first digit at or after the piece being looked at: found
	 * once for the line and again only past it, so the pieces of a line
	 * are not each searched to their end. */
	size_t digit = vn_mt_next_digit(s, len, 0);
	if (digit == len && !vn_mt_worth_scanning_words(s, len))
		pos = len; /* no numeral: no metric and no year */
	size_t tlen;
	const char *t = vn_trim(s, len, &tlen);
	int open = tlen > 0 && !vn_ends_sentence(t, tlen);
	size_t from, to, next;
	int first = 1;
	while (pos < len && vn_sentence_next(s, len, pos, &from, &to, &next)) {
		/* A sentence longer than VN_SENTENCE_MAX is scanned in pieces,
		 * so the work per scan stays small. */
		for (size_t a = from, b; a < to; a = b) {
			b = vn_sentence_piece_end(s, a, to, VN_SENTENCE_MAX);
			/* The year carried from the line before goes to the first. */
			int carried = first ? year : 0;
			first = 0;
			if (digit < a)
				digit = vn_mt_next_digit(s, len, a);
			if (digit < b || vn_mt_worth_scanning_words(s + a, b - a))
				year = scan_sentence(sc, a, b, carried, open && next >= len && b == to);
			else
				year = carried;
		}
		pos = next;
	}
	sc->carry_year = open ? year : 0;
	sc->prev_open = open;
}

struct vn_metric_scanner *
vn_metric_scanner_new(void)
{
	struct vn_metric_scanner *sc = vn_xmalloc(sizeof *sc);

	memset(sc, 0, sizeof *sc);
	return sc;
}

void
vn_metric_scanner_reset(struct vn_metric_scanner *sc)
{
	sc->carry_year = 0;
	sc->prev_open = 0;
}

void
vn_metric_scanner_free(struct vn_metric_scanner *sc)
{
	if (!sc)
		return;
	free(sc->tok);
	free(sc->year_before);
	free(sc->cites);
	vn_buf_free(&sc->keys);
	free(sc->fold_memo);
	vn_buf_free(&sc->unit);
	vn_buf_free(&sc->subject);
	free(sc);
}
