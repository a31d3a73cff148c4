/* The recognizers of changes, percentages, money, ratios, durations and
 * counts. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metricint.h"
#include "vnnumber.h"

/* The figure at token i, or the range from i to hi when hi is set. */
static void
set_value_or_range(const struct vn_metric_scanner *sc, struct vn_mt_match *m, size_t i, size_t hi)
{
	if (hi) {
		m->low = VAL(i);
		m->high = VAL(hi);
	} else {
		m->value = VAL(i);
	}
}

/* --- change ---------------------------------------------------------- */

/* A unit after a number in a change or range: percent, a counted noun,
 * a time unit or a currency. Sets m's unit; returns the tokens used. */
size_t
vn_mt_any_unit(struct vn_metric_scanner *sc, size_t k, struct vn_mt_match *m)
{
	size_t n = vn_mt_percent_sign(sc, k);
	if (n) {
		m->unit_lit = "%";
		return n;
	}
	n = vn_mt_phrase(sc, k, &vn_list_time_units);
	size_t c = vn_mt_phrase(sc, k, &vn_list_currencies);
	size_t u = vn_mt_unit(sc, k, 1);
	if (c > n)
		n = c;
	if (u > n)
		n = u;
	if (n) {
		m->unit_lit = NULL;
		m->ufirst = k;
		m->ulen = n;
	}
	return n;
}

static const char *const change_verbs[] = {
	"tăng", "giảm", "nâng", "hạ", "rút", "ngắn", "cắt", "tinh", "giản", "sắp", "xếp",
	"thay", "đổi", "chuyển", "biến", "động", "còn", NULL,
};

/* "giảm từ 9 xuống còn 6 phòng", "tăng từ 80% lên 95%", "từ 15 ngày
 * xuống 7 ngày", "tăng từ 1,49 triệu đồng lên 1,8 triệu đồng". */
int
vn_mt_try_change_from(struct vn_metric_scanner *sc, size_t i)
{
	struct vn_mt_match m, u1;
	size_t k, verb = SIZE_MAX;

	/* "từ vị trí 35 lên vị trí 24", "từ mức 80% lên 95%" */
	size_t tu = i - 1;
	if (i >= 3 && IS(i - 2, "vị") && IS(i - 1, "trí"))
		tu = i - 3;
	else if (i >= 2 && (IS(i - 1, "mức") || IS(i - 1, "hạng")))
		tu = i - 2;
	if (i < 1 || !IS(tu, "từ"))
		return 0;
	for (size_t b = tu; b > 0 && b + 4 >= i; b--) {
		if (sc->tok[b - 1].kind != TK_WORD)
			break;
		if (ANY(b - 1, change_verbs)) {
			verb = b - 1;
			break;
		}
	}
	/* Two-word verbs: "rút ngắn", "cắt giảm", "sắp xếp giảm". */
	while (verb != SIZE_MAX && verb > 0 && verb + 6 > i && ANY(verb - 1, change_verbs))
		verb--;
	vn_mt_match_init(&m, "change", verb != SIZE_MAX ? verb : tu, i);
	vn_mt_match_init(&u1, "change", i, i);
	k = i + 1;
	k += vn_mt_any_unit(sc, k, &u1);
	int conn = 0;
	if (IS(k, "xuống") || IS(k, "lên")) {
		conn = 1;
		k++;
		if (IS(k, "còn") || IS(k, "mức") || IS(k, "đến") || IS(k, "tới"))
			k++;
	} else if (IS(k, "còn")) {
		conn = 1;
		k++;
	}
	/* "giảm từ 20% đến 35%" is a range of reductions, not a change: only
	 * xuống, lên and còn say where a value went. */
	if (IS(k, "mức") || IS(k, "hạng"))
		k++;
	else if (IS(k, "vị") && IS(k + 1, "trí"))
		k += 2;
	if (!conn || !NUM(k))
		return 0;
	m.from = vn_mt_range_low(sc, i, k);
	m.to = VAL(k);
	m.last = k;
	size_t n = vn_mt_any_unit(sc, k + 1, &m);
	m.last += n;
	if (!n) {
		m.unit_lit = u1.unit_lit;
		m.ufirst = u1.ufirst;
		m.ulen = u1.ulen;
	}
	m.subj = SUBJ_BEFORE;
	m.sfirst = m.first;
	vn_mt_emit(sc, &m);
	return 1;
}

/* "13 phòng (3 đơn vị) giảm còn 4 phòng", "30 ngày giảm xuống còn 15
 * ngày". */
int
vn_mt_try_change_to(struct vn_metric_scanner *sc, size_t i)
{
	struct vn_mt_match m, u1;
	size_t k = i + 1;

	vn_mt_match_init(&u1, "change", i, i);
	size_t n = vn_mt_any_unit(sc, k, &u1);
	if (!n || u1.unit_lit)
		return 0;
	k += n;
	if (vn_mt_punct(sc, k, '(')) {
		size_t close = k + 1;
		while (close < sc->ntok && close < k + 16 && !vn_mt_punct(sc, close, ')'))
			close++;
		if (!vn_mt_punct(sc, close, ')'))
			return 0;
		k = close + 1;
	}
	if (!IS(k, "giảm") && !IS(k, "tăng"))
		return 0;
	k++;
	int conn = 0;
	if (IS(k, "xuống") || IS(k, "lên")) {
		conn = 1;
		k++;
	}
	if (IS(k, "còn")) {
		conn = 1;
		k++;
	}
	if (!conn || !NUM(k))
		return 0;
	vn_mt_match_init(&m, "change", i, k);
	m.from = VAL(i);
	m.to = VAL(k);
	n = vn_mt_any_unit(sc, k + 1, &m);
	m.last += n;
	if (!n) {
		m.ufirst = u1.ufirst;
		m.ulen = u1.ulen;
	}
	m.subj = SUBJ_AFTER;
	m.sfirst = i + 1;
	vn_mt_emit(sc, &m);
	return 1;
}

/* --- percent and money ----------------------------------------------- */

int
vn_mt_try_percent(struct vn_metric_scanner *sc, size_t i)
{
	struct vn_mt_match m;
	size_t p = vn_mt_percent_sign(sc, i + 1), k = i + 1 + p, hi = 0;
	int from = i >= 1 && IS(i - 1, "từ");

	if (vn_mt_dash(sc, k) && NUM(k + 1) && vn_mt_percent_sign(sc, k + 2))
		hi = k + 1;
	else if ((IS(k, "đến") || IS(k, "tới")) && NUM(k + 1) && vn_mt_percent_sign(sc, k + 2) &&
	         (p || from))
		hi = k + 1;
	else if (!p)
		return 0;
	vn_mt_match_init(&m, "percent", vn_mt_qualifier_start(sc, from && hi ? i - 1 : i), i + p);
	m.unit_lit = "%";
	set_value_or_range(sc, &m, i, hi);
	if (hi)
		m.last = hi + vn_mt_percent_sign(sc, hi + 1);
	size_t u = vn_mt_unit(sc, m.last + 1, 0);
	m.subj = SUBJ_AFTER;
	m.sfirst = m.last + 1;
	m.last += u;
	vn_mt_emit(sc, &m);
	return 1;
}

int
vn_mt_try_money(struct vn_metric_scanner *sc, size_t i)
{
	struct vn_mt_match m;
	size_t k = i + 1, hi = vn_mt_range_end(sc, i, i >= 1 && IS(i - 1, "từ"));

	if (hi)
		k = hi + 1;
	size_t c = vn_mt_phrase(sc, k, &vn_list_currencies);
	/* "01 đồng chí" counts comrades: a longer unit noun wins. */
	if (!c || vn_mt_unit(sc, k, 0) > c)
		return 0;
	vn_mt_match_init(&m, "money", vn_mt_qualifier_start(sc, hi && IS(i - 1, "từ") ? i - 1 : i), k + c - 1);
	if (hi) {
		m.low = vn_mt_range_low(sc, i, hi);
		m.high = VAL(hi);
	} else {
		m.value = VAL(i);
	}
	m.ufirst = k;
	m.ulen = c;
	m.subj = SUBJ_BEFORE;
	m.sfirst = m.first;
	vn_mt_emit(sc, &m);
	return 1;
}

/* --- ratio, duration, count ------------------------------------------ */

/* Returns 1 when recorded, -1 when X/Y turned out to be a date. */
int
vn_mt_try_ratio(struct vn_metric_scanner *sc, size_t i)
{
	struct vn_mt_match m;

	if (!vn_mt_punct(sc, i + 1, '/') || !NUM(i + 2))
		return 0;
	double x = VAL(i), y = VAL(i + 2);
	vn_mt_match_init(&m, "ratio", i, i + 2);
	m.value = x;
	m.of = y;
	size_t u = vn_mt_unit(sc, i + 3, 1), ustart = i + 3;
	if (!u && IS(i + 3, "số") && (u = vn_mt_unit(sc, i + 4, 1)) > 0)
		ustart = i + 4; /* "1/3 số xã": a third of the communes */
	/* A score is also written with its unit first: "đạt điểm 88,35/100". */
	int unit_before = !u && i > 0 && IS(i - 1, "điểm");
	if (!u && !unit_before) {
		/* "Sáng 19/9": a day and month, unless it cannot be one. */
		int whole = x == floor(x) && y == floor(y);
		if ((whole && x >= 1 && x <= 31 && y >= 1 && y <= 12) || x > y) {
			vn_mt_use_chain(sc, i);
			return -1;
		}
	}
	m.ufirst = ustart;
	m.ulen = u;
	if (u)
		m.last = ustart + u - 1;
	if (unit_before) {
		m.first = m.ufirst = i - 1;
		m.ulen = 1;
	}
	m.subj = SUBJ_AFTER;
	m.sfirst = ustart;
	vn_mt_emit(sc, &m);
	return 1;
}

static const char *const duration_lead[] = {"trong", "còn", "mất", "vòng", "sau", "khoảng", "đa",
                                            "quá", "hơn", NULL};

/* Returns 1 when recorded, -1 when the number and its time unit are a
 * period ("8 tháng đầu năm 2022", "3 năm qua"). */
int
vn_mt_try_duration(struct vn_metric_scanner *sc, size_t i)
{
	struct vn_mt_match m;
	size_t hi = vn_mt_range_end(sc, i, i >= 1 && IS(i - 1, "từ"));
	size_t k = hi ? hi + 1 : i + 1;
	size_t t = vn_mt_phrase(sc, k, &vn_list_time_units);

	if (!t)
		return 0;
	size_t after = k + t;
	if (((IS(after, "đầu") || IS(after, "cuối")) && IS(after + 1, "năm")) ||
	    (IS(after, "năm") && vn_mt_plain_year(sc, after + 1)) || IS(after, "qua") ||
	    (IS(after, "gần") && IS(after + 1, "đây")) || (IS(after, "trở") && IS(after + 1, "lại")) ||
	    (IS(after, "liên") && IS(after + 1, "tiếp"))) {
		for (size_t x = i; x < after; x++)
			sc->tok[x].used = 1;
		return -1;
	}
	int lead = i >= 1 && ANY(i - 1, duration_lead);
	if ((sc->tok[i].flags & VN_NUM_BARE_ONE) && !lead)
		return 0;
	/* "đến 17 giờ", "trước 16 giờ" tell the time; hours are a length
	 * only after "trong", "mất", ... or as "giờ làm việc". */
	if (IS(k, "giờ") && t == 1 && !lead && !(i >= 2 && ANY(i - 2, duration_lead) && (IS(i - 1, "vòng") || IS(i - 1, "đa")))) {
		for (size_t x = i; x < after; x++)
			sc->tok[x].used = 1;
		return -1;
	}
	size_t first = vn_mt_qualifier_start(sc, hi && IS(i - 1, "từ") ? i - 1 : i);
	if (first == i && i >= 1 && ANY(i - 1, duration_lead))
		first = i - 1;
	vn_mt_match_init(&m, "duration", first, after - 1);
	set_value_or_range(sc, &m, i, hi);
	m.ufirst = k;
	m.ulen = t;
	m.subj = SUBJ_BEFORE;
	m.sfirst = first;
	vn_mt_emit(sc, &m);
	return 1;
}

int
vn_mt_try_count(struct vn_metric_scanner *sc, size_t i)
{
	struct vn_mt_match m;
	const struct tok *t = &sc->tok[i];
	int from = i >= 1 && IS(i - 1, "từ");
	size_t hi = vn_mt_range_end(sc, i, from);
	size_t k = hi ? hi + 1 : i + 1;

	if (t->flags & VN_NUM_BARE_ONE)
		return 0;
	size_t u = vn_mt_unit(sc, k, !(t->flags & VN_NUM_WORDS));
	if (!u || vn_mt_phrase(sc, k, &vn_list_time_units) >= u ||
	    vn_mt_phrase(sc, k, &vn_list_currencies) >= u)
		return 0;
	vn_mt_match_init(&m, "count", vn_mt_qualifier_start(sc, hi && from ? i - 1 : i), k + u - 1);
	set_value_or_range(sc, &m, i, hi);
	m.ufirst = k;
	m.ulen = u;
	m.subj = SUBJ_AFTER;
	m.sfirst = k;
	vn_mt_emit(sc, &m);
	return 1;
}
