#include "paragraph.h"

#include <string.h>

#include "vnchar.h"

struct vn_word_entry {
	const char *text;
	size_t len;
};

#include "continue_table.h"

size_t
vn_space_len(const char *s, size_t len)
{
	unsigned char c = (unsigned char)s[0];
	if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
		return 1;
	if (c == 0xC2 && len >= 2 && (unsigned char)s[1] == 0xA0)
		return 2;
	/* E2 80 80..8B; a third byte below 0x80 is an ASCII character after
	 * a truncated sequence, not part of a space. */
	if (c == 0xE2 && len >= 3 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] >= 0x80 &&
	    (unsigned char)s[2] <= 0x8B)
		return 3;
	if (c == 0xE3 && len >= 3 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x80)
		return 3;
	if (c == 0xEF && len >= 3 && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
		return 3;
	return 0;
}

/* Length of the white space ending at s + len, or 0. */
static size_t
space_len_before(const char *s, size_t len)
{
	for (size_t k = 1; k <= 3 && k <= len; k++)
		if (vn_space_len(s + len - k, k) == k)
			return k;
	return 0;
}

int
vn_line_is_blank(const char *s, size_t len)
{
	size_t n;
	for (size_t i = 0; i < len; i += n)
		if (!(n = vn_space_len(s + i, len - i)))
			return 0;
	return 1;
}

const char *
vn_trim(const char *s, size_t len, size_t *outlen)
{
	size_t n;
	while (len > 0 && (n = vn_space_len(s, len))) {
		s += n;
		len -= n;
	}
	while (len > 0 && (n = space_len_before(s, len)))
		len -= n;
	*outlen = len;
	return s;
}

static int
starts_with(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && memcmp(s, prefix, n) == 0;
}

/* Bullets used for list items in Vietnamese reports and web pages. */
static const char *const bullets[] = {"-", "–", "—", "+", "•", "*", "·", "○", "●", "■", "□",
                                      "◦", "✓", "➢", "➤", "►", "Ø", "‐"};

/* Headings that number a part of a legal or Party document. */
static const char *const part_words[] = {"Điều ", "Chương ", "Mục ", "Phần ", "Khoản "};

/* The first bytes of the bullets and the part words, 1 and 2: a line or
 * sentence starting with none of them (most) is settled without
 * comparing it with each. Filled on first use from the lists themselves. */
static unsigned char marker_first[256];

static void
fill_marker_first(void)
{
	for (size_t b = 0; b < sizeof bullets / sizeof bullets[0]; b++)
		marker_first[(unsigned char)bullets[b][0]] |= 1;
	for (size_t w = 0; w < sizeof part_words / sizeof part_words[0]; w++)
		marker_first[(unsigned char)part_words[w][0]] |= 2;
	marker_first[0] |= 4; /* filled */
}

static int
is_roman(char c)
{
	return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
}

static size_t
skip_spaces(const char *s, size_t len, size_t i)
{
	size_t n;
	while (i < len && (n = vn_space_len(s + i, len - i)))
		i += n;
	return i;
}

size_t
vn_list_marker_len(const char *s, size_t len)
{
	size_t i = 0;

	if (!marker_first[0])
		fill_marker_first();
	unsigned char first_byte = len ? marker_first[(unsigned char)s[0]] : 0;
	for (size_t b = 0; (first_byte & 1) && b < sizeof bullets / sizeof bullets[0]; b++) {
		if (starts_with(s, len, bullets[b])) {
			i = strlen(bullets[b]);
			/* -5% or --- is not a bullet */
			if (i < len && ((s[i] >= '0' && s[i] <= '9') || s[i] == s[0]))
				return 0;
			return skip_spaces(s, len, i);
		}
	}
	for (size_t w = 0; (first_byte & 2) && w < sizeof part_words / sizeof part_words[0]; w++)
		if (starts_with(s, len, part_words[w])) {
			i = strlen(part_words[w]);
			break;
		}
	size_t body = i;
	int paren = 0;
	if (i < len && s[i] == '(') {
		paren = 1;
		i++;
	}
	size_t first = i;
	if (i < len && s[i] >= '0' && s[i] <= '9') {
		/* 1.  1.2.  2) */
		while (i < len && ((s[i] >= '0' && s[i] <= '9') ||
		                   (s[i] == '.' && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '9')))
			i++;
	} else if (i < len && is_roman(s[i])) {
		while (i < len && is_roman(s[i]))
			i++;
	} else if (i < len && s[i] >= 'a' && s[i] <= 'z') {
		i++;
	} else if (starts_with(s + i, len - i, "đ")) {
		i += 2;
	} else {
		return 0;
	}
	if (i == first || i - first > 8)
		return 0;
	if (paren) {
		if (i >= len || s[i] != ')')
			return 0;
		i++;
	} else if (i < len && (s[i] == '.' || s[i] == ')')) {
		i++;
	} else if (body == 0 || i < len) {
		/* Without a mark, only "Điều 5" alone on its line is a heading. */
		if (body == 0 || vn_space_len(s + i, len - i) == 0)
			return 0;
	}
	if (i < len && !vn_space_len(s + i, len - i))
		return 0;
	return skip_spaces(s, len, i);
}

/* The code point ending at s + len and its length. */
static size_t
last_char(const char *s, size_t len, uint32_t *cp)
{
	size_t k = 1;
	while (k < len && k < 4 && ((unsigned char)s[len - k] & 0xC0) == 0x80)
		k++;
	vn_char_next(s + len - k, k, cp);
	return k;
}

static int
is_closer(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
	       cp == 0xBB;
}

int
vn_ends_sentence(const char *s, size_t len)
{
	uint32_t cp;
	while (len > 0) {
		size_t k = last_char(s, len, &cp);
		if (!is_closer(cp))
			return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == ';' || cp == ':';
		len -= k;
	}
	return 0;
}

/* A heading written in capitals: letters, none of them lower case. */
static int
is_capital_heading(const char *s, size_t len)
{
	size_t letters = 0, n;
	uint32_t cp;
	for (size_t i = 0; i < len; i += n) {
		n = vn_char_next(s + i, len - i, &cp);
		enum vn_char_class c = vn_char_class(cp);
		if (c == VN_CH_LOWER)
			return 0;
		letters += c == VN_CH_UPPER;
	}
	return letters >= 2;
}

static int
is_table_row(const char *s, size_t len)
{
	if (memchr(s, '\t', len))
		return 1;
	const char *bar = memchr(s, '|', len);
	return bar && memchr(bar + 1, '|', len - (size_t)(bar + 1 - s));
}

static int
ends_in_continuation_word(const char *s, size_t len)
{
	size_t start = len;
	while (start > 0 && !space_len_before(s, start))
		start--;
	size_t wlen = len - start;
	if (wlen == 0 || wlen > 16)
		return 0;
	char lower[16];
	size_t n = vn_lowercase(s + start, wlen, lower);
	for (size_t i = 0; i < sizeof vn_continue_table / sizeof vn_continue_table[0]; i++)
		if (vn_continue_table[i].len == n && memcmp(vn_continue_table[i].text, lower, n) == 0)
			return 1;
	return 0;
}

int
vn_line_continues(const char *prev, size_t plen, const char *next, size_t nlen)
{
	uint32_t first, last;

	if (plen == 0 || nlen == 0 || vn_ends_sentence(prev, plen))
		return 0;
	if (vn_list_marker_len(next, nlen) || is_table_row(next, nlen) || is_table_row(prev, plen))
		return 0;
	vn_char_next(next, nlen, &first);
	if (vn_char_class(first) == VN_CH_LOWER)
		return !is_capital_heading(prev, plen);
	last_char(prev, plen, &last);
	if (last == ',' || last == '(' || last == 0x201C || last == '-' || last == 0x2013)
		return 1;
	return ends_in_continuation_word(prev, plen) && !is_capital_heading(prev, plen);
}
