#include "vnnumber.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "vnfold.h"

/* What a word means inside a numeral. */
enum word_code {
	W_NONE,
	W_DIGIT,  /* một hai ba bốn sáu bảy tám chín: value 1..9 */
	W_NAM,    /* năm: 5, but also "year"; only where 5 is certain */
	W_KHONG,  /* không: 0, only in "không trăm" */
	W_MUOI10, /* mười: 10 */
	W_MUOI,   /* mươi: tens after a digit */
	W_MOT,    /* mốt: 1 after mươi */
	W_TU,     /* tư: 4 after mươi (and mười) */
	W_LAM,    /* lăm: 5 after mười / mươi */
	W_LINH,   /* linh, lẻ: zero tens after trăm */
	W_CHUC,   /* chục: tens */
	W_TRAM,   /* trăm: hundreds */
	W_SCALE,  /* nghìn ngàn triệu tỷ tỉ */
};

struct word {
	const char *key;
	enum word_code code;
	double value;
};

/* Lower-case NFC keys, in no particular order. */
static const struct word words[] = {
	{"ba", W_DIGIT, 3},       {"bảy", W_DIGIT, 7},    {"bẩy", W_DIGIT, 7},
	{"bốn", W_DIGIT, 4},      {"chín", W_DIGIT, 9},   {"chục", W_CHUC, 10},
	{"hai", W_DIGIT, 2},      {"không", W_KHONG, 0},  {"linh", W_LINH, 0},
	{"lăm", W_LAM, 5},        {"lẻ", W_LINH, 0},      {"mươi", W_MUOI, 10},
	{"mười", W_MUOI10, 10},   {"một", W_DIGIT, 1},    {"mốt", W_MOT, 1},
	{"ngàn", W_SCALE, 1e3},   {"nghìn", W_SCALE, 1e3}, {"năm", W_NAM, 5},
	{"sáu", W_DIGIT, 6},      {"tám", W_DIGIT, 8},    {"triệu", W_SCALE, 1e6},
	{"trăm", W_TRAM, 100},    {"tư", W_TU, 4},        {"tỉ", W_SCALE, 1e9},
	{"tỷ", W_SCALE, 1e9},
};

/* One word of the input, looked up. */
struct syl {
	size_t start, end; /* byte offsets */
	enum word_code code;
	double value;
	int titlecase; /* `Triệu` (a surname) is no scale word */
	char key[24];
	size_t keylen;
};

static int
is_sep(const char *s, size_t len, size_t i, size_t *n)
{
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || c == '\t' || c == '_') {
		*n = 1;
		return 1;
	}
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0) { /* NBSP */
		*n = 2;
		return 1;
	}
	return 0;
}

static const struct word *
lookup(const char *key, size_t keylen)
{
	/* 25 short keys: a linear scan comparing first bytes is as quick as
	 * a search and needs no sorted table. */
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (words[i].key[0] == key[0] && strlen(words[i].key) == keylen &&
		    memcmp(words[i].key, key, keylen) == 0)
			return &words[i];
	return NULL;
}

/* Read the word starting at s[pos] (no separator skipping). */
static int
read_word(const char *s, size_t len, size_t pos, struct syl *w)
{
	size_t n = vn_word_len(s + pos, len - pos);

	memset(w, 0, sizeof *w);
	if (n == 0 || n > 16)
		return 0;
	w->start = pos;
	w->end = pos + n;
	w->keylen = vn_fold(s + pos, n, w->key, sizeof w->key);
	if (w->keylen == 0)
		return 0;
	int caps;
	w->titlecase = vn_is_capitalized(s + pos, n, &caps) && !caps;
	const struct word *e = lookup(w->key, w->keylen);
	if (e) {
		w->code = e->code;
		w->value = e->value;
	}
	return 1;
}

/* The next word after s[pos], past at least one separator. */
static int
next_word(const char *s, size_t len, size_t pos, struct syl *w)
{
	size_t i = pos, n;

	while (i < len && is_sep(s, len, i, &n))
		i += n;
	if (i == pos || i >= len)
		return 0;
	return read_word(s, len, i, w);
}

int
vn_number_word_start(const char *s, size_t len)
{
	const struct word *e = lookup(s, len);

	return e && (e->code == W_DIGIT || e->code == W_NAM || e->code == W_MUOI10);
}

/* --- numerals in words --------------------------------------------- */

#define MAXSYL 24

static int
is_unit_digit(const struct syl *w)
{
	return w->code == W_DIGIT || w->code == W_NAM;
}

/* A group below one thousand at w[*i]: [D trăm] [linh D | mười [D] |
 * D mươi [D] | D chục | D]. Returns its value, or -1 when there is no
 * group; *composite tells whether it used trăm, mươi, mười, chục or linh. */
static double
parse_group(const struct syl *w, size_t n, size_t *i, int after_scale, int *composite)
{
	size_t k = *i;
	double v = 0;
	int hundreds = 0;

	*composite = 0;
	if (k + 1 < n && w[k + 1].code == W_TRAM &&
	    (is_unit_digit(&w[k]) || (after_scale && w[k].code == W_KHONG))) {
		v = w[k].value * 100;
		k += 2;
		hundreds = 1;
		*composite = 1;
	}
	if (k < n && w[k].code == W_LINH && hundreds) {
		/* "một trăm linh năm" = 105: five is certain after linh. */
		if (k + 1 < n && (is_unit_digit(&w[k + 1]) || w[k + 1].code == W_TU)) {
			v += w[k + 1].value;
			k += 2;
		}
	} else if (k < n && w[k].code == W_MUOI10) {
		v += 10;
		k++;
		*composite = 1;
		/* 15 is "mười lăm"; "mười năm" is ten years. */
		if (k < n && (w[k].code == W_DIGIT || w[k].code == W_LAM || w[k].code == W_TU)) {
			v += w[k].value;
			k++;
		}
	} else if (k + 1 < n && is_unit_digit(&w[k]) && w[k].value >= 2 &&
	           w[k + 1].code == W_MUOI) {
		v += w[k].value * 10;
		k += 2;
		*composite = 1;
		/* 21 is "hai mươi mốt", 24 "hai mươi tư", 25 "hai mươi lăm";
		 * "hai mươi năm" is twenty years. */
		if (k < n && (w[k].code == W_DIGIT || w[k].code == W_MOT ||
		              w[k].code == W_TU || w[k].code == W_LAM)) {
			v += w[k].value;
			k++;
		}
	} else if (k + 1 < n && is_unit_digit(&w[k]) && w[k + 1].code == W_CHUC) {
		v += w[k].value * 10;
		k += 2;
		*composite = 1;
	} else if (!hundreds && k < n && is_unit_digit(&w[k]) &&
	           (w[k].code != W_NAM || (k + 1 < n && w[k + 1].code == W_SCALE))) {
		/* A lone "năm" is the word for year: five only before a scale. */
		v += w[k].value;
		k++;
	}
	if (k == *i)
		return -1;
	*i = k;
	return v;
}

/* The product of the scale words at w[*i] ("nghìn tỷ" = 10^12). */
static double
parse_scales(const struct syl *w, size_t n, size_t *i)
{
	double m = 1;

	while (*i < n && w[*i].code == W_SCALE && !w[*i].titlecase) {
		m *= w[*i].value;
		(*i)++;
	}
	return m;
}

static size_t
parse_words(const char *s, size_t len, struct vn_number *out)
{
	struct syl w[MAXSYL];
	size_t n = 0, pos = 0;

	if (!read_word(s, len, 0, &w[0]) || w[0].code == W_NONE)
		return 0;
	n = 1;
	pos = w[0].end;
	while (n < MAXSYL && next_word(s, len, pos, &w[n]) && w[n].code != W_NONE &&
	       !w[n].titlecase) {
		pos = w[n].end;
		n++;
	}

	double total = 0, last_scale = 0;
	size_t i = 0, done = 0;
	for (;;) {
		int composite;
		size_t k = i;
		double g = parse_group(w, n, &k, total > 0, &composite);
		if (g < 0)
			break;
		size_t before_scale = k;
		double m = parse_scales(w, n, &k);
		if (m > 1) {
			if (last_scale && m >= last_scale)
				break;
			total += g * m;
			last_scale = m;
			i = done = k;
			continue;
		}
		k = before_scale;
		if (total == 0) {
			total = g;
			done = k;
		} else if (composite) {
			/* After a scale only a full group counts: "một nghìn
			 * không trăm linh năm"; in "hai nghìn ba đơn vị" the
			 * "ba" is left alone. */
			total += g;
			done = k;
		}
		break;
	}
	if (done == 0)
		return 0;
	out->value = total;
	out->scale = last_scale ? last_scale : 1;
	out->flags |= VN_NUM_WORDS;
	if (done == 1 && w[0].code == W_DIGIT && w[0].value == 1)
		out->flags |= VN_NUM_BARE_ONE;
	for (size_t k = 0; k < done; k++)
		if (w[k].code == W_SCALE)
			out->flags |= VN_NUM_SCALED;
	return w[done - 1].end;
}

/* --- numerals in digits -------------------------------------------- */

static int
isdig(char c)
{
	return c >= '0' && c <= '9';
}

static size_t
digit_run(const char *s, size_t len, size_t i)
{
	size_t j = i;
	while (j < len && isdig(s[j]))
		j++;
	return j - i;
}

/* Append digits to the numeric text buf (capped; a longer run is kept
 * approximately, it is no quantity anyway). */
static void
put(char *buf, size_t *b, size_t cap, const char *s, size_t n)
{
	for (size_t k = 0; k < n && *b + 1 < cap; k++)
		buf[(*b)++] = s[k];
}

/* The value of buf[0..n) (digits, maybe a '.' and more digits), as
 * strtod reads it. Up to 15 digits the digits form an exact integer and
 * a power of ten up to 1e22 is exact, so one division rounds correctly,
 * as strtod does; longer numbers go to strtod. Every number of a text is
 * read here. */
static double
decimal_value(const char *buf, size_t n)
{
	static const double pow10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
	};
	uint64_t m = 0;
	size_t digits = 0, decimals = 0;
	int point = 0;

	for (size_t i = 0; i < n; i++) {
		if (buf[i] == '.') {
			point = 1;
			continue;
		}
		m = m * 10 + (uint64_t)(buf[i] - '0');
		digits++;
		decimals += point;
	}
	if (digits > 15)
		return strtod(buf, NULL);
	return (double)m / pow10[decimals];
}

static size_t
parse_digits(const char *s, size_t len, struct vn_number *out)
{
	char buf[64];
	size_t b = 0, i, first;

	first = digit_run(s, len, 0);
	put(buf, &b, sizeof buf, s, first);
	i = first;
	out->ndigits = (unsigned)first;
	/* Thousands groups: exactly three digits after each dot, and a first
	 * group of one to three digits with no leading zero. */
	if (first <= 3 && !(first > 1 && s[0] == '0')) {
		while (i + 4 <= len && s[i] == '.' && digit_run(s, len, i + 1) == 3) {
			put(buf, &b, sizeof buf, s + i + 1, 3);
			out->ndigits += 3;
			out->flags |= VN_NUM_GROUPED;
			i += 4;
		}
	}
	if (i + 1 < len && s[i] == ',' && isdig(s[i + 1])) {
		size_t d = digit_run(s, len, i + 1);
		if (i + 1 + d + 1 < len && s[i + 1 + d] == ',' && isdig(s[i + 2 + d])) {
			out->flags |= VN_NUM_LIST; /* "1,3,4": a list, not 1.3 */
		} else {
			buf[b < sizeof buf - 1 ? b++ : b] = '.';
			put(buf, &b, sizeof buf, s + i + 1, d);
			out->flags |= VN_NUM_DECIMAL;
			i += 1 + d;
		}
	} else if (i + 1 < len && s[i] == '.' && isdig(s[i + 1]) &&
	           !(out->flags & VN_NUM_GROUPED)) {
		size_t d = digit_run(s, len, i + 1);
		int dotted = i + 1 + d + 1 < len && s[i + 1 + d] == '.' && isdig(s[i + 2 + d]);
		/* A dot before anything but three digits is a decimal point
		 * (54.9); "1.2.3" is a numbering, not a number. */
		if (!dotted && !(d == 3 && first > 3)) {
			buf[b < sizeof buf - 1 ? b++ : b] = '.';
			put(buf, &b, sizeof buf, s + i + 1, d);
			out->flags |= VN_NUM_DECIMAL;
			i += 1 + d;
		}
	}
	buf[b] = '\0';
	out->value = decimal_value(buf, b);
	if (first > 1 && s[0] == '0')
		out->flags |= VN_NUM_LEADING_ZERO;
	if (!(out->flags & (VN_NUM_GROUPED | VN_NUM_DECIMAL)))
		out->flags |= VN_NUM_PLAIN;
	return i;
}

/* Is the scale word w really one? "tỷ lệ" (rate), "tỷ trọng" (share) and
 * "tỷ giá" (exchange rate) are nouns, and "Triệu" may be a surname. */
static int
real_scale(const char *s, size_t len, const struct syl *w)
{
	struct syl next;

	if (w->code != W_SCALE && w->code != W_TRAM)
		return 0;
	if (w->titlecase)
		return 0;
	if (w->value == 1e9 && next_word(s, len, w->end, &next) &&
	    ((next.keylen == 4 && memcmp(next.key, "lệ", 4) == 0) ||
	     (next.keylen == 7 && memcmp(next.key, "trọng", 7) == 0) ||
	     (next.keylen == 4 && memcmp(next.key, "giá", 4) == 0) ||
	     (next.keylen == 3 && memcmp(next.key, "số", 3) == 0)))
		return 0;
	return 1;
}

/* Can the word after s[pos] be a scale word or trăm? Those start with n
 * or t in every case and normalization form (case mapping turns no other
 * letter into one), so the word after most numbers need not be read. */
static int
may_be_scale(const char *s, size_t len, size_t pos)
{
	size_t i = pos, n;

	while (i < len && is_sep(s, len, i, &n))
		i += n;
	if (i == pos || i >= len)
		return 0;
	char c = (char)(s[i] | 0x20);
	return c == 'n' || c == 't';
}

/* The product of the scale words after pos ("nghìn tỷ" = 10^12); 1 when
 * there is none. trăm counts only right after an integer ("3 trăm"). */
static double
read_scales(const char *s, size_t len, size_t pos, int allow_tram, size_t *end)
{
	struct syl w;
	double m = 1;

	*end = pos;
	while (may_be_scale(s, len, *end) && next_word(s, len, *end, &w) && real_scale(s, len, &w) &&
	       (w.code == W_SCALE || (allow_tram && m == 1))) {
		m *= w.value;
		*end = w.end;
	}
	return m;
}

/* Digits followed by scale words: "1,5 tỷ", "3 triệu", "12 nghìn tỷ",
 * and the sums of falling scales "1 tỷ 200 triệu". */
static size_t
apply_scales(const char *s, size_t len, size_t pos, struct vn_number *out)
{
	size_t end;
	double last = read_scales(s, len, pos, !(out->flags & VN_NUM_DECIMAL), &end);

	if (last == 1)
		return pos;
	out->value *= last;
	out->scale = last;
	out->flags |= VN_NUM_SCALED;
	out->flags &= ~(unsigned)VN_NUM_PLAIN;
	pos = end;
	for (int parts = 0; parts < 3; parts++) {
		size_t i = pos, n;
		while (i < len && is_sep(s, len, i, &n))
			i += n;
		if (i == pos || i >= len || !isdig(s[i]))
			break;
		struct vn_number part = {0};
		size_t d = parse_digits(s + i, len - i, &part);
		double m = read_scales(s, len, i + d, 0, &end);
		if (m == 1 || m >= last)
			break;
		out->value += part.value * m;
		last = m;
		pos = end;
	}
	return pos;
}

size_t
vn_number_parse(const char *s, size_t len, struct vn_number *out)
{
	size_t n;

	memset(out, 0, sizeof *out);
	out->scale = 1;
	if (len == 0)
		return 0;
	if (isdig(s[0])) {
		n = parse_digits(s, len, out);
		n = apply_scales(s, len, n, out);
	} else {
		n = parse_words(s, len, out);
	}
	out->len = n;
	return n;
}
