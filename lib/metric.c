/* The metric recognizers, one per kind, and the line driver. Each
 * recognizer looks at a number token with the words around it, and
 * either records a metric (marking its tokens used, so the parts of a
 * recorded metric are never recorded again) or declines. The order of
 * the tries matters and is written out in scan_sentence(). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "metricint.h"
#include "sentence.h"
#include "utf8.h"
#include "vnnumber.h"

#include <utf8proc.h>

enum { SUBJ_NONE, SUBJ_AFTER, SUBJ_BEFORE };

struct match {
	size_t first, last; /* tokens of the span, inclusive */
	const char *kind;
	double value, low, high, of, from, to;
	size_t ufirst, ulen;  /* unit tokens */
	const char *unit_lit; /* "%" */
	int subj;
	size_t sfirst; /* where the subject starts (after) or ends (before) */
};

static void
match_init(struct match *m, const char *kind, size_t first, size_t last)
{
	memset(m, 0, sizeof *m);
	m->kind = kind;
	m->first = first;
	m->last = last;
	m->value = m->low = m->high = m->of = m->from = m->to = NAN;
}

static void
emit(struct vn_metric_scanner *sc, const struct match *m)
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

#define IS(k, w) vn_mt_is(sc, (k), (w))
#define ANY(k, ws) vn_mt_is_any(sc, (k), (ws))
#define NUM(k) vn_mt_num(sc, (k))
#define VAL(k) (sc->tok[k].value)

/* Approximations before a number belong to its span: "hơn 300 cán bộ". */
static size_t
qualifier_start(struct vn_metric_scanner *sc, size_t i)
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
static size_t
percent_sign(struct vn_metric_scanner *sc, size_t k)
{
	if (vn_mt_punct(sc, k, '%') || vn_mt_punct(sc, k, 0xFF05))
		return 1;
	if (IS(k, "phần") && IS(k + 1, "trăm"))
		return 2;
	return 0;
}

/* The second number of a range after token i: "25-40", "25 – 40",
 * "3 đến 5", "3 tới 5". Returns its index, or 0. */
static size_t
range_end(struct vn_metric_scanner *sc, size_t i, int words_ok)
{
	size_t k = i + 1;

	if (vn_mt_dash(sc, k) && NUM(k + 1) && !(sc->tok[k + 1].flags & VN_NUM_WORDS))
		return k + 1;
	if (words_ok && (IS(k, "đến") || IS(k, "tới")) && NUM(k + 1))
		return k + 1;
	return 0;
}

/* A range written "1,2-1,5 tỷ" scales both ends by the second's word. */
static double
range_low(const struct vn_metric_scanner *sc, size_t lo, size_t hi)
{
	const struct tok *a = &sc->tok[lo], *b = &sc->tok[hi];
	return a->scale == 1 && b->scale > 1 ? a->value * b->scale : a->value;
}

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
rank_total(struct vn_metric_scanner *sc, size_t i, struct match *m)
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

static int
try_rank(struct vn_metric_scanner *sc, size_t i)
{
	size_t trig;
	int bare;
	struct match m;

	if (!rank_trigger(sc, i, &trig, &bare))
		return 0;
	match_init(&m, "rank", trig, i);
	m.value = VAL(i);
	m.last = rank_total(sc, i, &m);
	if (bare && isnan(m.of))
		return 0; /* "đứng 3 ngày" is no rank */
	m.subj = SUBJ_BEFORE;
	m.sfirst = trig;
	emit(sc, &m);
	return 1;
}

/* Words that show a sentence is about a ranking, for "đứng đầu". */
static const char *const ranking_words[] = {"hạng", "par", "sipas", "pci", "papi", "ict", NULL};

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
static int
try_rank_word(struct vn_metric_scanner *sc, size_t i)
{
	struct match m;
	size_t trig, last;

	if ((IS(i, "nhất") || IS(i, "nhì")) && i >= 2 && IS(i - 1, "thứ")) {
		int bare;
		if (!rank_trigger(sc, i, &trig, &bare) || bare)
			return 0;
		match_init(&m, "rank", trig, i);
		m.value = IS(i, "nhất") ? 1 : 2;
		m.last = rank_total(sc, i, &m);
		m.subj = SUBJ_BEFORE;
		m.sfirst = trig;
		emit(sc, &m);
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
	match_init(&m, "rank", i, i + 1);
	m.value = 1;
	last = rank_total(sc, i + 1, &m);
	m.last = last;
	m.subj = SUBJ_BEFORE;
	m.sfirst = i;
	emit(sc, &m);
	return 1;
}

/* --- rank_change ----------------------------------------------------- */

static int
try_rank_change(struct vn_metric_scanner *sc, size_t i)
{
	static const char *const up[] = {"tăng", "thăng", "vượt", "tiến", NULL};
	static const char *const down[] = {"giảm", "tụt", "sụt", "lùi", "rớt", "tuột", NULL};
	size_t k = i + 1, j = i;
	int sign = 0;
	struct match m;

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
	match_init(&m, "rank_change", j, k);
	m.value = sign * VAL(i);
	m.subj = SUBJ_BEFORE;
	m.sfirst = j;
	emit(sc, &m);
	return 1;
}

/* --- change ---------------------------------------------------------- */

/* A unit after a number in a change or range: percent, a counted noun,
 * a time unit or a currency. Sets m's unit; returns the tokens used. */
static size_t
any_unit(struct vn_metric_scanner *sc, size_t k, struct match *m)
{
	size_t n = percent_sign(sc, k);
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
static int
try_change_from(struct vn_metric_scanner *sc, size_t i)
{
	struct match m, u1;
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
	match_init(&m, "change", verb != SIZE_MAX ? verb : tu, i);
	match_init(&u1, "change", i, i);
	k = i + 1;
	k += any_unit(sc, k, &u1);
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
	m.from = range_low(sc, i, k);
	m.to = VAL(k);
	m.last = k;
	size_t n = any_unit(sc, k + 1, &m);
	m.last += n;
	if (!n) {
		m.unit_lit = u1.unit_lit;
		m.ufirst = u1.ufirst;
		m.ulen = u1.ulen;
	}
	m.subj = SUBJ_BEFORE;
	m.sfirst = m.first;
	emit(sc, &m);
	return 1;
}

/* "13 phòng (3 đơn vị) giảm còn 4 phòng", "30 ngày giảm xuống còn 15
 * ngày". */
static int
try_change_to(struct vn_metric_scanner *sc, size_t i)
{
	struct match m, u1;
	size_t k = i + 1;

	match_init(&u1, "change", i, i);
	size_t n = any_unit(sc, k, &u1);
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
	match_init(&m, "change", i, k);
	m.from = VAL(i);
	m.to = VAL(k);
	n = any_unit(sc, k + 1, &m);
	m.last += n;
	if (!n) {
		m.ufirst = u1.ufirst;
		m.ulen = u1.ulen;
	}
	m.subj = SUBJ_AFTER;
	m.sfirst = i + 1;
	emit(sc, &m);
	return 1;
}

/* --- percent and money ----------------------------------------------- */

static int
try_percent(struct vn_metric_scanner *sc, size_t i)
{
	struct match m;
	size_t p = percent_sign(sc, i + 1), k = i + 1 + p, hi = 0;
	int from = i >= 1 && IS(i - 1, "từ");

	if (vn_mt_dash(sc, k) && NUM(k + 1) && percent_sign(sc, k + 2))
		hi = k + 1;
	else if ((IS(k, "đến") || IS(k, "tới")) && NUM(k + 1) && percent_sign(sc, k + 2) &&
	         (p || from))
		hi = k + 1;
	else if (!p)
		return 0;
	match_init(&m, "percent", qualifier_start(sc, from && hi ? i - 1 : i), i + p);
	m.unit_lit = "%";
	if (hi) {
		m.low = VAL(i);
		m.high = VAL(hi);
		m.last = hi + percent_sign(sc, hi + 1);
	} else {
		m.value = VAL(i);
	}
	size_t u = vn_mt_unit(sc, m.last + 1, 0);
	m.subj = SUBJ_AFTER;
	m.sfirst = m.last + 1;
	m.last += u;
	emit(sc, &m);
	return 1;
}

static int
try_money(struct vn_metric_scanner *sc, size_t i)
{
	struct match m;
	size_t k = i + 1, hi = range_end(sc, i, i >= 1 && IS(i - 1, "từ"));

	if (hi)
		k = hi + 1;
	size_t c = vn_mt_phrase(sc, k, &vn_list_currencies);
	/* "01 đồng chí" counts comrades: a longer unit noun wins. */
	if (!c || vn_mt_unit(sc, k, 0) > c)
		return 0;
	match_init(&m, "money", qualifier_start(sc, hi && IS(i - 1, "từ") ? i - 1 : i), k + c - 1);
	if (hi) {
		m.low = range_low(sc, i, hi);
		m.high = VAL(hi);
	} else {
		m.value = VAL(i);
	}
	m.ufirst = k;
	m.ulen = c;
	m.subj = SUBJ_BEFORE;
	m.sfirst = m.first;
	emit(sc, &m);
	return 1;
}

/* --- ratio, duration, count ------------------------------------------ */

/* Returns 1 when recorded, -1 when X/Y turned out to be a date. */
static int
try_ratio(struct vn_metric_scanner *sc, size_t i)
{
	struct match m;

	if (!vn_mt_punct(sc, i + 1, '/') || !NUM(i + 2))
		return 0;
	double x = VAL(i), y = VAL(i + 2);
	match_init(&m, "ratio", i, i + 2);
	m.value = x;
	m.of = y;
	size_t u = vn_mt_unit(sc, i + 3, 1), ustart = i + 3;
	if (!u && IS(i + 3, "số") && (u = vn_mt_unit(sc, i + 4, 1)) > 0)
		ustart = i + 4; /* "1/3 số xã": a third of the communes */
	if (!u) {
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
	m.subj = SUBJ_AFTER;
	m.sfirst = ustart;
	emit(sc, &m);
	return 1;
}

static const char *const duration_lead[] = {"trong", "còn", "mất", "vòng", "sau", "khoảng", "đa",
                                            "quá", "hơn", NULL};

/* Returns 1 when recorded, -1 when the number and its time unit are a
 * period ("8 tháng đầu năm 2022", "3 năm qua"). */
static int
try_duration(struct vn_metric_scanner *sc, size_t i)
{
	struct match m;
	size_t hi = range_end(sc, i, i >= 1 && IS(i - 1, "từ"));
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
	size_t first = qualifier_start(sc, hi && IS(i - 1, "từ") ? i - 1 : i);
	if (first == i && i >= 1 && ANY(i - 1, duration_lead))
		first = i - 1;
	match_init(&m, "duration", first, after - 1);
	if (hi) {
		m.low = VAL(i);
		m.high = VAL(hi);
	} else {
		m.value = VAL(i);
	}
	m.ufirst = k;
	m.ulen = t;
	m.subj = SUBJ_BEFORE;
	m.sfirst = first;
	emit(sc, &m);
	return 1;
}

static int
try_count(struct vn_metric_scanner *sc, size_t i)
{
	struct match m;
	const struct tok *t = &sc->tok[i];
	int from = i >= 1 && IS(i - 1, "từ");
	size_t hi = range_end(sc, i, from);
	size_t k = hi ? hi + 1 : i + 1;

	if (t->flags & VN_NUM_BARE_ONE)
		return 0;
	size_t u = vn_mt_unit(sc, k, !(t->flags & VN_NUM_WORDS));
	if (!u || vn_mt_phrase(sc, k, &vn_list_time_units) >= u ||
	    vn_mt_phrase(sc, k, &vn_list_currencies) >= u)
		return 0;
	match_init(&m, "count", qualifier_start(sc, hi && from ? i - 1 : i), k + u - 1);
	if (hi) {
		m.low = VAL(i);
		m.high = VAL(hi);
	} else {
		m.value = VAL(i);
	}
	m.ufirst = k;
	m.ulen = u;
	m.subj = SUBJ_AFTER;
	m.sfirst = k;
	emit(sc, &m);
	return 1;
}

/* --- driver ---------------------------------------------------------- */

static void
mark_citations(struct vn_metric_scanner *sc, size_t from, size_t to)
{
	/* Every citation has a digit; a sentence with only number words
	 * has none to look for. */
	int digit = 0;
	for (size_t k = 0; k < sc->ntok && !digit; k++)
		digit = sc->tok[k].kind == TK_NUM && !(sc->tok[k].flags & VN_NUM_WORDS);
	if (!digit)
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

static int
scan_sentence(struct vn_metric_scanner *sc, size_t from, size_t to, int first_year)
{
	vn_mt_tokenize(sc, from, to);
	sc->years_done = 0;
	sc->first_year = first_year;
	mark_citations(sc, from, to);
	for (size_t i = 0; i < sc->ntok; i++) {
		const struct tok *t = &sc->tok[i];
		if (t->used)
			continue;
		if (t->kind == TK_WORD) {
			/* Only nhất, nhì, đứng, dẫn can start a rank word: look at
			 * the first byte before folding the word. */
			unsigned char c = (unsigned char)sc->s[t->start];
			if (c == 'n' || c == 'N' || c == 'd' || c == 'D' || c == 0xC4)
				try_rank_word(sc, i);
			continue;
		}
		if (t->kind != TK_NUM || vn_mt_exclude_hard(sc, i))
			continue;
		if (try_rank(sc, i) || try_rank_change(sc, i) || try_change_from(sc, i) ||
		    try_change_to(sc, i) || try_percent(sc, i) || try_money(sc, i))
			continue;
		if (vn_mt_exclude_label(sc, i))
			continue;
		if (try_ratio(sc, i) || try_duration(sc, i))
			continue;
		try_count(sc, i);
	}
	return vn_mt_year_before(sc, sc->ntok);
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
	if (!vn_mt_worth_scanning(s, len))
		pos = len; /* no numeral: no metric and no year */
	while (pos < len) {
		size_t end = vn_sentence_end(s, len, pos);
		int first = pos == 0 ? year : 0;
		if (vn_mt_worth_scanning(s + pos, end - pos))
			year = scan_sentence(sc, pos, end, first);
		else
			year = first;
		pos = end;
	}
	sc->carry_year = year;
	sc->prev_open = len > 0 && !vn_sentence_closed(s, len);
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
	vn_buf_free(&sc->unit);
	vn_buf_free(&sc->subject);
	free(sc);
}
