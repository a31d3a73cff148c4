/* The year a figure refers to: the nearest year stated before it in the
 * same sentence (GUIDELINES: `Năm 2020, …`, `năm 2019`, `tháng 8/2019`,
 * a full date), never one inside a document number, nor a period's. */
#include "metricint.h"
#include "vnnumber.h"

/* Words after which a bare four-digit number is a year: "cuối 2019". */
static const char *const year_words[] = {
	"năm", "đầu", "cuối", "giữa", "hết", "trong", "từ", "đến", "tới", "sau", "trước", "vào",
	"niên", NULL,
};

static int
is_period_part(const struct vn_metric_scanner *sc, size_t t)
{
	/* "2016-2020", "2016 - 2020": a period, not a year. */
	if (t + 2 < sc->ntok && vn_mt_dash(sc, t + 1) && vn_mt_plain_year(sc, t + 2))
		return 1;
	if (t >= 2 && vn_mt_dash(sc, t - 1) && vn_mt_plain_year(sc, t - 2))
		return 1;
	return 0;
}

/* The year token t states, 0 when it is none. */
static int
year_at(struct vn_metric_scanner *sc, size_t t)
{
	const struct tok *k = &sc->tok[t];

	if (!vn_mt_plain_year(sc, t) || is_period_part(sc, t) || t == 0)
		return 0;
	/* Not the year of a code written without spaces: 61/2018/NĐ-CP. */
	size_t a, b;
	vn_mt_glued_run(sc, t, &a, &b);
	for (size_t x = a; x <= b; x++)
		if (sc->tok[x].kind == TK_WORD && x != a)
			return 0;
	/* Inside a citation only its issue date states a year ("Quyết định
	 * 1234/QĐ-UBND ngày 20/10/2022"), not its number ("80/2015/QH13"). */
	if (k->used == 2 && !(a > 0 && vn_mt_is(sc, a - 1, "ngày")) && !vn_mt_is(sc, t - 1, "năm"))
		return 0;
	/* "tăng 2,35% so với năm 2022": a comparison's baseline is not the
	 * year the figures after it refer to. */
	if (t >= 2 && vn_mt_is(sc, t - 1, "năm") &&
	    (vn_mt_is(sc, t - 2, "với") || (vn_mt_is(sc, t - 2, "kỳ") && t >= 3 && vn_mt_is(sc, t - 3, "cùng"))))
		return 0;
	if (vn_mt_is_any(sc, t - 1, year_words))
		return (int)k->value;
	/* An index named with its year: "SIPAS 2023", "PAR INDEX 2022",
	 * "PAR Index 2021", "PAPI 2022". */
	if (vn_mt_caps(sc, t - 1) == 2 || vn_mt_is(sc, t - 1, "index"))
		return (int)k->value;
	/* "8/2019", "30/8/2016", "27-8-2010", "Quý III/2022": after a glued
	 * slash, dash or dot. */
	const struct tok *p = &sc->tok[t - 1];
	if (k->gap == 0 && p->gap == 0 && p->kind == TK_PUNCT &&
	    (p->cp == '/' || p->cp == '-' || p->cp == '.') && t >= 2 &&
	    (sc->tok[t - 2].kind == TK_NUM || sc->tok[t - 2].kind == TK_WORD))
		return (int)k->value;
	return 0;
}

int
vn_mt_year_before(struct vn_metric_scanner *sc, size_t i)
{
	if (!sc->years_done) {
		vn_mt_need_citations(sc); /* no year from a document number */
		if (sc->capyear < sc->ntok + 1) {
			sc->capyear = sc->ntok + 1;
			sc->year_before = vn_xrealloc(sc->year_before, sc->capyear * sizeof(int));
		}
		int y = sc->first_year;
		for (size_t t = 0; t < sc->ntok; t++) {
			sc->year_before[t] = y;
			int here = year_at(sc, t);
			if (here)
				y = here;
		}
		sc->year_before[sc->ntok] = y;
		sc->years_done = 1;
	}
	return sc->year_before[i];
}
