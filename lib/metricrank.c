/* Ranks: a position (xếp thứ 05/19, đứng 1 trong 22 Sở, xếp hạng 12/63,
 * đứng đầu) and a change of position (tăng 04 bậc, giảm 2 bậc). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metricint.h"
#include "vnnumber.h"

/* --- rank ------------------------------------------------------------ */

static const char *const rank_verbs[] = {"xếp", "đứng", NULL};

/* Where a rank's trigger starts before token j ("xếp thứ", "đứng thứ",
 * "xếp hạng", "xếp hạng thứ", "đứng ở vị trí thứ"); *bare is set when the
 * trigger is a lone verb ("đứng 1 trong 22"), which needs a total. */
static int
rank_trigger(struct vn_metric_scanner *sc, size_t j, size_t *trig, int *bare)
{
	*bare = 0;
	if (j >= 1 && IS(j - 1, "thứ"))
		j--; /* j now stands on "thứ" */
	else if (j >= 2 && IS(j - 1, "hạng") && IS(j - 2, "xếp")) {
		*trig = j - 2;
		return 1;
	} else if (j >= 1 && ANY(j - 1, rank_verbs)) {
		*trig = j - 1;
		*bare = 1;
		return 1;
	}
	if (j >= 1 && ANY(j - 1, rank_verbs)) {
		*trig = j - 1;
		return 1;
	}
	if (j >= 1 && IS(j - 1, "hạng")) {
		*trig = j >= 2 && IS(j - 2, "xếp") ? j - 2 : j - 1;
		return 1;
	}
	/* "đứng ở vị trí (thứ) 3"; a bare "vị trí 35" may be anything. */
	if (j >= 2 && IS(j - 2, "vị") && IS(j - 1, "trí")) {
		size_t t = j - 2;
		if (t >= 1 && IS(t - 1, "ở"))
			t--;
		if (t >= 1 && ANY(t - 1, rank_verbs)) {
			*trig = t - 1;
			return 1;
		}
		if (IS(j, "thứ")) {
			*trig = j - 2;
			return 1;
		}
	}
	return 0;
}

/* The total after a position: "05/19", "1 trong 22 Sở", "12 trên 63",
 * "4 trong tổng số 19 cơ quan". Returns the last token used. */
static size_t
rank_total(struct vn_metric_scanner *sc, size_t i, struct vn_mt_match *m)
{
	size_t k = i + 1, last = i;

	if (vn_mt_punct(sc, k, '/') && NUM(k + 1)) {
		m->of = VAL(k + 1);
		last = k + 1;
	} else if (IS(k, "trên") || IS(k, "trong")) {
		size_t n = k + 1;
		if (IS(n, "tổng") && IS(n + 1, "số"))
			n += 2;
		else if (IS(n, "số"))
			n++;
		if (NUM(n) && !(sc->tok[n].flags & VN_NUM_BARE_ONE)) {
			m->of = VAL(n);
			last = n;
		}
	}
	if (!isnan(m->of)) {
		size_t u = vn_mt_unit(sc, last + 1, 1);
		if (u) {
			m->ufirst = last + 1;
			m->ulen = u;
			last += u;
		}
	}
	return last;
}

int
vn_mt_try_rank(struct vn_metric_scanner *sc, size_t i)
{
	size_t trig;
	int bare;
	struct vn_mt_match m;

	if (!rank_trigger(sc, i, &trig, &bare))
		return 0;
	vn_mt_match_init(&m, "rank", trig, i);
	m.value = VAL(i);
	m.last = rank_total(sc, i, &m);
	if (bare && isnan(m.of))
		return 0; /* "đứng 3 ngày" is no rank */
	m.subj = SUBJ_BEFORE;
	m.sfirst = trig;
	vn_mt_emit(sc, &m);
	return 1;
}

/* Words that show a sentence is about a ranking, for "đứng đầu": a
 * ranking's name, or the places others gained or lost ("Phú An đứng đầu,
 * Tân Hòa tăng 5 bậc"). */
static const char *const ranking_words[] = {"hạng", "bậc", "par", "sipas",
                                            "pci", "papi", "ict", NULL};

/* Is the sentence about a ranking (for a first place with no number)? */
static int
ranking_sentence(struct vn_metric_scanner *sc)
{
	for (size_t k = 0; k < sc->ntok; k++)
		if (ANY(k, ranking_words) || (IS(k, "chỉ") && IS(k + 1, "số")))
			return 1;
	return 0;
}

/* First place without a number: "đứng đầu" (GUIDELINES: rank 1), and
 * "xếp thứ nhất", "đứng thứ nhì". "người đứng đầu" is the head of an
 * agency, not a rank. */
int
vn_mt_try_rank_word(struct vn_metric_scanner *sc, size_t i)
{
	struct vn_mt_match m;
	size_t trig, last;

	if ((IS(i, "nhất") || IS(i, "nhì")) && i >= 2 && IS(i - 1, "thứ")) {
		int bare;
		if (!rank_trigger(sc, i, &trig, &bare) || bare)
			return 0;
		vn_mt_match_init(&m, "rank", trig, i);
		m.value = IS(i, "nhất") ? 1 : 2;
		m.last = rank_total(sc, i, &m);
		m.subj = SUBJ_BEFORE;
		m.sfirst = trig;
		vn_mt_emit(sc, &m);
		return 1;
	}
	/* "dẫn đầu" also leads a delegation ("dẫn đầu đoàn"): it needs a
	 * ranking in the sentence. */
	int lead = IS(i, "dẫn");
	if (!((IS(i, "đứng") || lead) && IS(i + 1, "đầu")) || (i >= 1 && IS(i - 1, "người")) ||
	    IS(i + 2, "đoàn"))
		return 0;
	static const char *const after[] = {"trong", "toàn", "cả", "khối", "bảng", "các", "về", NULL};
	if (!(ANY(i + 2, after) && !lead) && !ranking_sentence(sc))
		return 0;
	vn_mt_match_init(&m, "rank", i, i + 1);
	m.value = 1;
	last = rank_total(sc, i + 1, &m);
	m.last = last;
	m.subj = SUBJ_BEFORE;
	m.sfirst = i;
	vn_mt_emit(sc, &m);
	return 1;
}

/* --- rank_change ----------------------------------------------------- */

int
vn_mt_try_rank_change(struct vn_metric_scanner *sc, size_t i)
{
	static const char *const up[] = {"tăng", "thăng", "vượt", "tiến", NULL};
	static const char *const down[] = {"giảm", "tụt", "sụt", "lùi", "rớt", "tuột", NULL};
	size_t k = i + 1, j = i;
	int sign = 0;
	struct vn_mt_match m;

	if (IS(k, "vị") && IS(k + 1, "trí"))
		k++;
	else if (!IS(k, "bậc") && !IS(k, "hạng"))
		return 0;
	if (j >= 1 && IS(j - 1, "lên")) {
		sign = 1;
		j--;
	} else if (j >= 1 && IS(j - 1, "xuống")) {
		sign = -1;
		j--;
	}
	if (j >= 1 && IS(j - 1, "thêm"))
		j--;
	if (j >= 1 && ANY(j - 1, up)) {
		sign = 1;
		j--;
	} else if (j >= 1 && ANY(j - 1, down)) {
		sign = -1;
		j--;
	}
	if (sign == 0)
		return 0;
	vn_mt_match_init(&m, "rank_change", j, k);
	m.value = sign * VAL(i);
	m.subj = SUBJ_BEFORE;
	m.sfirst = j;
	vn_mt_emit(sc, &m);
	return 1;
}
