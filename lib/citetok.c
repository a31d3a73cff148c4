#include "citetok.h"

#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

static int
continuation(char c)
{
	return ((unsigned char)c & 0xC0) == 0x80;
}

/* Two- and three-byte sequences (every Vietnamese letter) are decoded
 * here; the rest, and every doubtful case, by vn_utf8_decode. */
uint32_t
vn_tok_cp(const char *s, size_t len, size_t i, size_t *n)
{
	unsigned char c = (unsigned char)s[i];
	uint32_t cp;

	if (c < 0x80) {
		*n = 1;
		return c;
	}
	if (c >= 0xC2 && c < 0xE0 && i + 1 < len && continuation(s[i + 1])) {
		*n = 2;
		return (uint32_t)(c & 0x1F) << 6 | ((unsigned char)s[i + 1] & 0x3F);
	}
	if (c >= 0xE1 && c < 0xED && i + 2 < len && continuation(s[i + 1]) &&
	    continuation(s[i + 2])) {
		*n = 3;
		return (uint32_t)(c & 0x0F) << 12 | (uint32_t)((unsigned char)s[i + 1] & 0x3F) << 6 |
		       ((unsigned char)s[i + 2] & 0x3F);
	}
	*n = vn_utf8_decode(s + i, len - i, &cp);
	if (*n == 0) {
		*n = 1;
		return VN_REPLACEMENT_CHAR;
	}
	return cp;
}

size_t
vn_tok_prev(const char *s, size_t i)
{
	size_t k = i - 1;

	/* At most three continuation bytes belong to one code point. */
	while (k > 0 && i - k < 4 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return k;
}

int
vn_tok_is_space(uint32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case '_': case 0xA0: case 0x202F: case 0x205F:
	case 0x3000: case 0xFEFF: case 0x200B:
		return 1;
	}
	return cp >= 0x2000 && cp <= 0x200A;
}

/* The blocks Vietnamese letters live in (Latin-1 letters, Latin
 * Extended-A and -B, Latin Extended Additional) hold only letters, apart
 * from × and ÷: no table lookup needed. */
static int
latin_letter(uint32_t cp)
{
	return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
	       (cp >= 0x1E00 && cp <= 0x1EFF);
}

int
vn_tok_is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	if (latin_letter(cp))
		return 1;
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int
vn_tok_is_word(uint32_t cp)
{
	if (cp < 0x80)
		return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
	if (latin_letter(cp) || (cp >= 0x300 && cp <= 0x36F))
		return 1;
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME) ||
	       c == UTF8PROC_CATEGORY_ND;
}

int
vn_tok_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int
vn_tok_is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

int
vn_tok_is_dash(uint32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2014) || cp == 0x2212;
}

size_t
vn_tok_skip_space(const char *s, size_t len, size_t i)
{
	size_t n;

	while (i < len && vn_tok_is_space(vn_tok_cp(s, len, i, &n)))
		i += n;
	return i;
}

size_t
vn_tok_back_space(const char *s, size_t len, size_t i)
{
	size_t n;

	while (i > 0) {
		size_t k = vn_tok_prev(s, i);
		if (!vn_tok_is_space(vn_tok_cp(s, len, k, &n)))
			break;
		i = k;
	}
	return i;
}

int
vn_tok_only_space(const char *s, size_t len, size_t a, size_t b)
{
	return vn_tok_skip_space(s, len, a) >= b;
}

size_t
vn_tok_word_end(const char *s, size_t len, size_t i)
{
	size_t n;

	while (i < len && vn_tok_is_word(vn_tok_cp(s, len, i, &n)))
		i += n;
	return i;
}

size_t
vn_tok_word_start(const char *s, size_t len, size_t i)
{
	size_t n;

	while (i > 0) {
		size_t k = vn_tok_prev(s, i);
		if (!vn_tok_is_word(vn_tok_cp(s, len, k, &n)))
			break;
		i = k;
	}
	return i;
}

size_t
vn_tok_word_start_within(const char *s, size_t len, size_t i, size_t max)
{
	size_t end = i, n;

	while (i > 0) {
		size_t k = vn_tok_prev(s, i);
		if (!vn_tok_is_word(vn_tok_cp(s, len, k, &n)))
			break;
		if (end - k > max)
			return (size_t)-1;
		i = k;
	}
	return i;
}

/* Case mapping with the one Vietnamese repair every step needs: Ð (the
 * Icelandic eth, U+00D0) is what legacy keyboards and converters type for
 * Đ (U+0110), and it must compare equal. */
static uint32_t
map_case(uint32_t cp, int upper)
{
	if (cp == 0xD0 || cp == 0xF0)
		cp = upper ? 0x110 : 0x111;
	if (cp < 0x80) {
		if (upper && cp >= 'a' && cp <= 'z')
			return cp - 32;
		if (!upper && cp >= 'A' && cp <= 'Z')
			return cp + 32;
		return cp;
	}
	return (uint32_t)(upper ? utf8proc_toupper((utf8proc_int32_t)cp)
	                        : utf8proc_tolower((utf8proc_int32_t)cp));
}

static size_t
map_span(const char *s, size_t len, size_t a, size_t b, char *out, size_t cap, int upper)
{
	size_t o = 0, n;
	char enc[4];

	if (b > len)
		b = len;
	for (size_t i = a; i < b; i += n) {
		uint32_t cp = map_case(vn_tok_cp(s, len, i, &n), upper);
		size_t k = vn_utf8_encode(cp, enc);
		if (o + k + 1 > cap)
			return (size_t)-1;
		memcpy(out + o, enc, k);
		o += k;
	}
	if (cap == 0)
		return (size_t)-1;
	out[o] = '\0';
	return o;
}

size_t
vn_tok_lower(const char *s, size_t len, size_t a, size_t b, char *out, size_t cap)
{
	return map_span(s, len, a, b, out, cap, 0);
}

size_t
vn_tok_upper(const char *s, size_t len, size_t a, size_t b, char *out, size_t cap)
{
	return map_span(s, len, a, b, out, cap, 1);
}

int
vn_tok_caseeq(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0, n, m;

	while (i < alen && j < blen) {
		uint32_t x = map_case(vn_tok_cp(a, alen, i, &n), 0);
		uint32_t y = map_case(vn_tok_cp(b, blen, j, &m), 0);
		if (x != y)
			return 0;
		i += n;
		j += m;
	}
	return i == alen && j == blen;
}

int
vn_tok_word_is(const char *s, size_t len, size_t a, size_t b, const char *word)
{
	if (b > len || a > b)
		return 0;
	return vn_tok_caseeq(s + a, b - a, word, strlen(word));
}

size_t
vn_tok_phrase_at(const char *s, size_t len, size_t i, const char *phrase)
{
	size_t pl = strlen(phrase), j = 0, n, m;

	/* Code point by code point, so that a long word in the text costs no
	 * more than the phrase. */
	while (j < pl) {
		if (phrase[j] == ' ') {
			size_t k = vn_tok_skip_space(s, len, i);
			if (k == i)
				return 0;
			i = k;
			j++;
			continue;
		}
		if (i >= len)
			return 0;
		uint32_t x = map_case(vn_tok_cp(s, len, i, &n), 0);
		uint32_t y = vn_tok_cp(phrase, pl, j, &m);
		if (x != y)
			return 0;
		i += n;
		j += m;
	}
	if (i < len && vn_tok_is_word(vn_tok_cp(s, len, i, &n)))
		return 0;
	return i;
}

size_t
vn_tok_prefix_at(const char *s, size_t len, size_t i, const char *word)
{
	size_t wl = strlen(word), j = 0, n, m;

	while (j < wl) {
		if (i >= len)
			return 0;
		uint32_t x = map_case(vn_tok_cp(s, len, i, &n), 0);
		uint32_t y = vn_tok_cp(word, wl, j, &m);
		if (x != y)
			return 0;
		i += n;
		j += m;
	}
	if (i < len && vn_tok_is_letter(vn_tok_cp(s, len, i, &n)))
		return 0;
	return i;
}

static void
count_case(const char *s, size_t len, size_t a, size_t b, size_t *upper, size_t *lower)
{
	size_t n;

	*upper = *lower = 0;
	for (size_t i = a; i < b; i += n) {
		uint32_t cp = vn_tok_cp(s, len, i, &n);
		*upper += vn_tok_is_upper(cp);
		*lower += vn_tok_is_lower(cp);
	}
}

int
vn_tok_mostly_upper(const char *s, size_t len, size_t a, size_t b)
{
	size_t upper, lower;

	count_case(s, len, a, b, &upper, &lower);
	return upper > lower;
}

int
vn_tok_all_upper(const char *s, size_t len, size_t a, size_t b)
{
	size_t upper, lower;

	count_case(s, len, a, b, &upper, &lower);
	return lower == 0 && upper > 0;
}

int
vn_tok_all_lower(const char *s, size_t len, size_t a, size_t b)
{
	size_t upper, lower;

	count_case(s, len, a, b, &upper, &lower);
	return upper == 0 && lower > 0;
}

int
vn_tok_word_at(const char *s, size_t len, size_t i)
{
	size_t n;

	return i < len && vn_tok_is_word(vn_tok_cp(s, len, i, &n));
}

size_t
vn_tok_dash_len(const char *s, size_t len, size_t i)
{
	size_t n;

	if (i < len && vn_tok_is_dash(vn_tok_cp(s, len, i, &n)))
		return n;
	return 0;
}

size_t
vn_tok_digits_end(const char *s, size_t len, size_t i)
{
	while (i < len && vn_tok_is_digit(s[i]))
		i++;
	return i;
}

int
vn_tok_year(const char *s, size_t a, size_t b)
{
	int y = 0;

	if (b - a != 4)
		return 0;
	for (size_t i = a; i < b; i++) {
		if (!vn_tok_is_digit(s[i]))
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	return y >= 1945 && y <= 2099 ? y : 0;
}

size_t
vn_tok_group_end(const char *s, size_t len, size_t i)
{
	size_t n;

	if (i >= len || !vn_tok_is_letter(vn_tok_cp(s, len, i, &n)))
		return i;
	while (i < len) {
		uint32_t cp = vn_tok_cp(s, len, i, &n);
		if (vn_tok_is_word(cp))
			i += n;
		else if (cp == '&' && i + 1 < len && vn_tok_is_letter(vn_tok_cp(s, len, i + 1, &n)))
			i++;
		else
			break;
	}
	return i;
}
