/* Numbers that are not metrics (GUIDELINES "Not metrics"): parts of codes
 * and citations, dates, times, years and periods, phone numbers, labels
 * after a noun, ordinals, idioms. */
#include <string.h>

#include "metricint.h"
#include "vnfold.h"
#include "vnnumber.h"

void
vn_mt_use_chain(struct vn_metric_scanner *sc, size_t i)
{
	size_t a, b;

	vn_mt_glued_run(sc, i, &a, &b);
	for (size_t k = a; k <= b; k++)
		if (!sc->tok[k].used)
			sc->tok[k].used = 1;
}

/* A label and the list that follows it: "Chi bộ 1,3,4", "mức độ 3, 4",
 * "Khu phố 2 và 3"; a number with its own unit after it starts a new
 * figure ("Chi bộ 2 và 15 đảng viên"). */
static void
use_label_list(struct vn_metric_scanner *sc, size_t i)
{
	size_t a, b;

	vn_mt_glued_run(sc, i, &a, &b);
	while (b + 2 < sc->ntok && (vn_mt_punct(sc, b + 1, ',') || vn_mt_is(sc, b + 1, "và")) &&
	       vn_mt_num(sc, b + 2) && !(sc->tok[b + 2].flags & VN_NUM_WORDS) &&
	       !vn_mt_punct(sc, b + 3, '%') &&
	       ((sc->tok[b + 1].gap == 0 && sc->tok[b + 2].gap == 0) || !vn_mt_unit(sc, b + 3, 1))) {
		size_t a2;
		vn_mt_glued_run(sc, b + 2, &a2, &b);
	}
	for (size_t k = a; k <= b; k++)
		if (!sc->tok[k].used)
			sc->tok[k].used = 1;
}

/* Letters glued to a number that are a unit written without a space
 * ("500.000đ", "15km", "80ha"), not part of a code. */
static int
attached_unit(struct vn_metric_scanner *sc, size_t k)
{
	return vn_mt_phrase(sc, k, &vn_list_currencies) == 1 ||
	       vn_mt_is(sc, k, "km") || vn_mt_is(sc, k, "ha") || vn_mt_is(sc, k, "m") ||
	       vn_mt_is(sc, k, "kg") || vn_mt_is(sc, k, "tr");
}

/* Phone numbers: a leading zero and nine to twelve digits, in one run or
 * in groups ("0243 3821 123", "024.3823.4567", "(024) 3823 4567"). */
static int
phone_number(struct vn_metric_scanner *sc, size_t i, size_t *last)
{
	const struct tok *t = &sc->tok[i];
	if (!(t->flags & VN_NUM_LEADING_ZERO) || (t->flags & VN_NUM_WORDS))
		return 0;
	unsigned digits = t->ndigits;
	size_t k = i;
	while (k + 1 < sc->ntok && digits < 13) {
		if (vn_mt_num(sc, k + 1) && (sc->tok[k + 1].flags & VN_NUM_PLAIN)) {
			k++;
			digits += sc->tok[k].ndigits;
		} else if (k + 2 < sc->ntok && (vn_mt_is_glue(&sc->tok[k + 1]) || vn_mt_punct(sc, k + 1, ')')) &&
		           vn_mt_num(sc, k + 2) && (sc->tok[k + 2].flags & VN_NUM_PLAIN)) {
			k += 2;
			digits += sc->tok[k].ndigits;
		} else {
			break;
		}
	}
	*last = k;
	return digits >= 9 && digits <= 12;
}

static int
is_slash_or_colon(const struct vn_metric_scanner *sc, size_t k)
{
	return vn_mt_punct(sc, k, '/') || vn_mt_punct(sc, k, ':');
}

/* Numbers joined by slashes or colons whatever the spacing: a date or a
 * code when there are two joins, a word after one, or a colon; also a
 * number that continues such a run from before ("14 : 46"). A word and a
 * colon before a number are a label ("Tỷ lệ: 85%", "Hòa Phong: 100% xã"),
 * not a run. [i, *last] */
static int
spaced_code(const struct vn_metric_scanner *sc, size_t i, size_t *last)
{
	size_t k = i;
	int joins = 0, word = 0, colon = 0;

	if (i >= 2 && is_slash_or_colon(sc, i - 1) && sc->tok[i - 2].kind != TK_PUNCT &&
	    !(sc->tok[i - 2].kind == TK_WORD && vn_mt_punct(sc, i - 1, ':'))) {
		*last = i;
		return 1;
	}
	while (k + 2 < sc->ntok && is_slash_or_colon(sc, k + 1) && sc->tok[k + 2].kind != TK_PUNCT) {
		colon |= vn_mt_punct(sc, k + 1, ':');
		word |= sc->tok[k + 2].kind == TK_WORD;
		joins++;
		k += 2;
	}
	*last = k;
	return joins >= 2 || colon || (joins == 1 && word && vn_mt_caps((struct vn_metric_scanner *)sc, k) == 2);
}

static const char *const time_of_day[] = {"sáng", "chiều", "tối", "trưa", "đêm", "ngày", NULL};
static const char *const year_words[] = {
	"năm", "đầu", "cuối", "giữa", "hết", "từ", "đến", "tới", "vào", "niên", "khóa", "khoá", NULL,
};

int
vn_mt_exclude_hard(struct vn_metric_scanner *sc, size_t i)
{
	struct tok *t = &sc->tok[i];
	size_t a, b, last;

	if (t->used)
		return 1;
	vn_mt_glued_run(sc, i, &a, &b);
	size_t nums = 0, words = 0;
	int colon = 0;
	for (size_t k = a; k <= b; k++) {
		if (sc->tok[k].kind == TK_NUM)
			nums++;
		else if (sc->tok[k].kind == TK_WORD && !(k == b && k > a && attached_unit(sc, k)))
			words++;
		else if (sc->tok[k].cp == ':')
			colon = 1;
	}
	/* A code (30c/NQ-CP, QH13, COVID-19), a time or a standard (14:47,
	 * 9001:2008), a date or a numbering (02/8/2018, 1.2.3). */
	if (words || colon || nums >= 3)
		goto excluded;
	/* The same written with spaces, as a tokenizer may leave it:
	 * "02 / 8 / 2018", "30 / 2020 / NĐ-CP", "14 : 46". */
	if (spaced_code(sc, i, &last)) {
		for (size_t k = i; k <= last; k++)
			sc->tok[k].used = 1;
		return 1;
	}
	/* Month and year: "8/2019". */
	if (nums == 2 && b == i + 2 && vn_mt_punct(sc, i + 1, '/') && vn_mt_plain_year(sc, i + 2) &&
	    t->value >= 1 && t->value <= 12)
		goto excluded;
	if (phone_number(sc, i, &last)) {
		for (size_t k = i; k <= last; k++)
			sc->tok[k].used = 1;
		return 1;
	}
	if (vn_mt_plain_year(sc, i)) {
		/* A period: "2016-2020", "2016 - 2020". */
		if (i + 2 < sc->ntok && vn_mt_dash(sc, i + 1) && vn_mt_plain_year(sc, i + 2)) {
			t->used = sc->tok[i + 1].used = sc->tok[i + 2].used = 1;
			return 1;
		}
		/* A year: after "năm", "cuối", ... or when no unit follows. A
		 * count of that size is written with a thousands dot (2.019). */
		if ((i > 0 && vn_mt_is_any(sc, i - 1, year_words)) || !vn_mt_unit(sc, i + 1, 1) ||
		    vn_mt_caps(sc, i + 1) == 1) /* "© 2023 Bản quyền" */
			goto excluded;
	}
	/* Time of day: "lúc 8 giờ", "14 giờ 30", "7 giờ sáng". */
	if (vn_mt_is(sc, i + 1, "giờ") &&
	    ((i > 0 && (vn_mt_is(sc, i - 1, "lúc") || vn_mt_is(sc, i - 1, "vào"))) ||
	     vn_mt_num(sc, i + 2) || vn_mt_is_any(sc, i + 2, time_of_day))) {
		t->used = sc->tok[i + 1].used = 1;
		if (vn_mt_num(sc, i + 2))
			sc->tok[i + 2].used = 1;
		return 1;
	}
	return 0;
excluded:
	vn_mt_use_chain(sc, i);
	return 1;
}

/* Words before a label noun that make it a rate, not a label: "mỗi ngày
 * 300 hồ sơ", "tổng số 1.234 hồ sơ". */
static const char *const per_words[] = {"mỗi", "hằng", "hàng", "tổng", "bình", "trên", NULL};

/* Is the number word at token i the start of an idiom ("một số", "một
 * cửa", "hai bên")? */
static int
idiom(struct vn_metric_scanner *sc, size_t i)
{
	const struct tok *t = &sc->tok[i];
	char key[128];
	size_t kl;

	if (!(t->flags & VN_NUM_WORDS))
		return 0;
	kl = vn_fold(sc->s + t->start, t->end - t->start, key, sizeof key - 64);
	for (size_t k = i + 1; kl && k < sc->ntok && k <= i + 2; k++) {
		size_t n;
		const char *w = vn_mt_key(sc, k, &n);
		if (n == 0 || kl + 1 + n > sizeof key)
			break;
		key[kl++] = ' ';
		memcpy(key + kl, w, n);
		kl += n;
		if (vn_wordlist_has(&vn_list_idioms, key, kl))
			return 1;
	}
	return 0;
}

/* The first number of a table row as pdftotext gives it, "2 Môi trường
 * 86 80 80 100%": before a capitalised name and two or more figures, it
 * numbers the row ("3 Sở đạt 100 điểm" has one figure after it: a count). */
static int
row_number(struct vn_metric_scanner *sc, size_t i)
{
	if (i != 0 || !(sc->tok[i].flags & VN_NUM_PLAIN) || sc->ntok < 2 ||
	    sc->tok[1].kind != TK_WORD || vn_mt_caps(sc, 1) != 1)
		return 0;
	size_t figures = 0;
	for (size_t k = 2; k < sc->ntok && figures < 2; k++)
		figures += sc->tok[k].kind == TK_NUM;
	return figures >= 2;
}

int
vn_mt_exclude_label(struct vn_metric_scanner *sc, size_t i)
{
	struct tok *t = &sc->tok[i];
	size_t n = vn_mt_phrase_before(sc, i, &vn_list_labels);

	if (row_number(sc, i))
		goto excluded;

	/* A label names what follows it; a number with its own unit after it
	 * is a count even after a label-like word ("trực tuyến 3.210 hồ sơ"),
	 * unless that unit labels a further number ("khoản 2 điều 5"). */
	size_t u = n ? vn_mt_unit(sc, i + 1, 1) : 0;
	/* Labels are whole numbers: "điểm 88,35/100" is a score, "điểm 3"
	 * a clause. */
	if (t->flags & VN_NUM_DECIMAL)
		n = 0;
	if (n && !(i > n && vn_mt_is_any(sc, i - n - 1, per_words)) &&
	    !(u && !vn_mt_num(sc, i + 1 + u)))
		goto excluded;
	/* An ordinal: "năm thứ hai", "lần thứ 3". */
	if (i > 0 && vn_mt_is(sc, i - 1, "thứ"))
		goto excluded;
	if (idiom(sc, i))
		goto excluded;
	/* A lone "một" is the article "a": "một tập thể", "một nhiệm vụ". */
	if (t->flags & VN_NUM_BARE_ONE)
		goto excluded;
	return 0;
excluded:
	use_label_list(sc, i);
	return 1;
}
