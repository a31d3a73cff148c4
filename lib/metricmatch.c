/* Recording a recognized metric, and the small readers the recognizers
 * share: qualifiers, percent signs, ranges. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metricint.h"
#include "vnnumber.h"

void
vn_mt_match_init(struct vn_mt_match *m, const char *kind, size_t first, size_t last)
{
	memset(m, 0, sizeof *m);
	m->kind = kind;
	m->first = first;
	m->last = last;
	m->value = m->low = m->high = m->of = m->from = m->to = NAN;
}

void
vn_mt_emit(struct vn_metric_scanner *sc, const struct vn_mt_match *m)
{
	struct vn_metric r;

	r.start = sc->tok[m->first].start;
	r.end = sc->tok[m->last].end;
	r.kind = m->kind;
	r.value = m->value;
	r.low = m->low;
	r.high = m->high;
	r.of = m->of;
	r.from = m->from;
	r.to = m->to;
	r.unit = NULL;
	r.unit_len = 0;
	if (m->unit_lit) {
		r.unit = m->unit_lit;
		r.unit_len = strlen(m->unit_lit);
	} else if (m->ulen) {
		vn_mt_set_text(&sc->unit, sc->s, sc->tok[m->ufirst].start,
		               sc->tok[m->ufirst + m->ulen - 1].end);
		r.unit = sc->unit.data;
		r.unit_len = sc->unit.len;
	}
	vn_buf_clear(&sc->subject);
	if (m->subj == SUBJ_AFTER)
		vn_mt_subject_after(sc, m->sfirst);
	else if (m->subj == SUBJ_BEFORE)
		vn_mt_subject_before(sc, m->sfirst);
	r.subject = sc->subject.len ? sc->subject.data : NULL;
	r.subject_len = sc->subject.len;
	r.year = vn_mt_year_before(sc, m->first);
	for (size_t k = m->first; k <= m->last; k++)
		if (!sc->tok[k].used)
			sc->tok[k].used = 1;
	sc->fn(&r, sc->arg);
}


/* Approximations before a number belong to its span: "hơn 300 cán bộ". */
size_t
vn_mt_qualifier_start(struct vn_metric_scanner *sc, size_t i)
{
	static const char *const one[] = {"hơn", "trên", "gần", "khoảng", "chừng", "dưới", NULL};
	static const char *const second[] = {"đa", "thiểu", "nhất", "xỉ", "quá", "đến", "tới", NULL};

	if (i >= 2 && ANY(i - 1, second) &&
	    ((IS(i - 2, "tối") && (IS(i - 1, "đa") || IS(i - 1, "thiểu"))) ||
	     (IS(i - 2, "ít") && IS(i - 1, "nhất")) || (IS(i - 2, "xấp") && IS(i - 1, "xỉ")) ||
	     (IS(i - 2, "không") && IS(i - 1, "quá")) ||
	     (IS(i - 2, "chưa") && (IS(i - 1, "đến") || IS(i - 1, "tới")))))
		return i - 2;
	if (i >= 1 && ANY(i - 1, one))
		return i - 1;
	return i;
}

/* A percent sign at token k: "%" (spaced or not) or "phần trăm". */
size_t
vn_mt_percent_sign(struct vn_metric_scanner *sc, size_t k)
{
	if (vn_mt_punct(sc, k, '%') || vn_mt_punct(sc, k, 0xFF05))
		return 1;
	if (IS(k, "phần") && IS(k + 1, "trăm"))
		return 2;
	return 0;
}

/* The second number of a range after token i: "25-40", "25 – 40",
 * "3 đến 5", "3 tới 5". Returns its index, or 0. */
size_t
vn_mt_range_end(struct vn_metric_scanner *sc, size_t i, int words_ok)
{
	size_t k = i + 1;

	if (vn_mt_dash(sc, k) && NUM(k + 1) && !(sc->tok[k + 1].flags & VN_NUM_WORDS))
		return k + 1;
	if (words_ok && (IS(k, "đến") || IS(k, "tới")) && NUM(k + 1))
		return k + 1;
	return 0;
}

/* A range written "1,2-1,5 tỷ" scales both ends by the second's word. */
double
vn_mt_range_low(const struct vn_metric_scanner *sc, size_t lo, size_t hi)
{
	const struct tok *a = &sc->tok[lo], *b = &sc->tok[hi];
	return a->scale == 1 && b->scale > 1 ? a->value * b->scale : a->value;
}
