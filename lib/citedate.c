#include "citedate.h"

#include "citetok.h"

/* Read 1 to max digits at s[*i]; -1 when there are none or too many. */
static int
read_number(const char *s, size_t len, size_t *i, int max)
{
	int v = 0, n = 0;

	while (*i < len && vn_tok_is_digit(s[*i])) {
		if (++n > max)
			return -1;
		v = v * 10 + (s[*i] - '0');
		(*i)++;
	}
	return n ? v : -1;
}

static int
days_in_month(int year, int month)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
		return 29;
	return days[month - 1];
}

static size_t
check(size_t end, int day, int month, int year, struct vn_date *d)
{
	/* Official documents of the Republic start in 1945. */
	if (year < 1945 || year > 2099 || month < 1 || month > 12 || day < 1 ||
	    day > days_in_month(year, month))
		return 0;
	d->year = year;
	d->month = month;
	d->day = day;
	return end;
}

/* A separator of a numeric date, with spaces around it; returns it or 0. */
static char
read_sep(const char *s, size_t len, size_t *i)
{
	size_t j = vn_tok_skip_space(s, len, *i), n;

	if (j >= len)
		return 0;
	uint32_t cp = vn_tok_cp(s, len, j, &n);
	char sep = cp == '/' || cp == '.' ? (char)cp : vn_tok_is_dash(cp) ? '-' : 0;
	if (sep)
		*i = vn_tok_skip_space(s, len, j + n);
	return sep;
}

/* The date must end where a word does: "08/11/2011" but not "08/11/20115". */
static int
ends_word(const char *s, size_t len, size_t i)
{
	size_t n;

	return i >= len || !vn_tok_is_word(vn_tok_cp(s, len, i, &n));
}

size_t
vn_date_parse(const char *s, size_t len, size_t i, struct vn_date *d)
{
	int day = read_number(s, len, &i, 2);
	if (day < 0)
		return 0;

	/* "08 tháng 11 năm 2011": the form Nghị định 30/2020 prescribes. */
	size_t j = vn_tok_skip_space(s, len, i), k;
	if ((k = vn_tok_prefix_at(s, len, j, "tháng")) != 0) {
		j = vn_tok_skip_space(s, len, k);
		int month = read_number(s, len, &j, 2);
		if (month < 0)
			return 0;
		k = vn_tok_skip_space(s, len, j);
		if (k < len && s[k] == ',')
			k = vn_tok_skip_space(s, len, k + 1);
		if (!(k = vn_tok_prefix_at(s, len, k, "năm")))
			return 0;
		j = vn_tok_skip_space(s, len, k);
		size_t start = j;
		int year = read_number(s, len, &j, 4);
		if (year < 0 || j - start != 4 || !ends_word(s, len, j))
			return 0;
		return check(j, day, month, year, d);
	}

	char sep = read_sep(s, len, &i);
	if (!sep)
		return 0;
	int month = read_number(s, len, &i, 2);
	if (month < 0 || read_sep(s, len, &i) != sep)
		return 0;
	size_t start = i;
	int year = read_number(s, len, &i, 4);
	if (year < 0 || i - start != 4 || !ends_word(s, len, i))
		return 0;
	return check(i, day, month, year, d);
}

size_t
vn_date_after_ngay(const char *s, size_t len, size_t i, struct vn_date *d)
{
	size_t k = vn_tok_prefix_at(s, len, i, "ngày");

	if (!k)
		return 0;
	return vn_date_parse(s, len, vn_tok_skip_space(s, len, k), d);
}

static void
put_digits(char *out, unsigned v, int width)
{
	for (int k = width; k-- > 0; v /= 10)
		out[k] = (char)('0' + v % 10);
}

void
vn_date_iso(const struct vn_date *d, char out[11])
{
	/* The parser keeps year, month and day in range, so this never cuts;
	 * written digit by digit, as every record with a date needs it. */
	put_digits(out, (unsigned)d->year % 10000, 4);
	out[4] = '-';
	put_digits(out + 5, (unsigned)d->month % 100, 2);
	out[7] = '-';
	put_digits(out + 8, (unsigned)d->day % 100, 2);
	out[10] = '\0';
}
