#include "sentence.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"
#include "vnfold.h"

#include <utf8proc.h>

/* Abbreviations that take a full stop inside a sentence in Vietnamese
 * official writing: TP. (thành phố), Tp., ThS., TS., PGS., GS., BS., KS.,
 * CN. (cử nhân), Th.S, St., ông/bà are written in full. */
static const char *const abbreviations[] = {
	"BS", "CN", "GS", "KS", "Mr", "Mrs", "Ms", "PGS", "St", "TP", "TS", "ThS", "Tp", "tp",
};

static int
is_abbreviation(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++)
		if (strlen(abbreviations[i]) == n && memcmp(abbreviations[i], w, n) == 0)
			return 1;
	return 0;
}

/* Closing quotes and brackets that may stand after a sentence end. */
static size_t
closer_len(const char *s, size_t len, size_t i)
{
	uint32_t cp;
	size_t n = vn_utf8_decode(s + i, len - i, &cp);

	if (n && (cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
	          cp == 0x2019 || cp == 0xBB))
		return n;
	return 0;
}

static size_t
space_len(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || c == '\t')
		return 1;
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
		return 2;
	return 0;
}

/* Does a new sentence start at s[i]: a capital letter or a digit, maybe
 * after an opening quote or bracket? */
static int
starts_sentence(const char *s, size_t len, size_t i)
{
	for (int k = 0; k < 2 && i < len; k++) {
		uint32_t cp;
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return 0;
		if (cp >= '0' && cp <= '9')
			return 1;
		if (cp == '"' || cp == '(' || cp == 0x201C || cp == 0xAB || cp == '\'' ||
		    cp == 0x2018) {
			i += n;
			continue;
		}
		return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
	}
	return 0;
}

/* Is the word ending right before s[dot] an abbreviation or an initial? */
static int
abbreviation_before(const char *s, size_t dot)
{
	size_t b = dot;
	while (b > 0 && ((unsigned char)s[b - 1] >= 0x80 ||
	                 ((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z')))
		b--;
	if (b == dot)
		return 0;
	if (is_abbreviation(s + b, dot - b))
		return 1;
	/* A lone capital: an initial ("Nguyễn V. An") */
	uint32_t cp;
	size_t n = vn_utf8_decode(s + b, dot - b, &cp);
	return n == dot - b && utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
}

static int
mark_byte(unsigned char c)
{
	return c == '.' || c == '!' || c == '?' || c == 0xE2;
}

/* The next byte in s[i..limit) that may start a sentence end (. ! ? or
 * the E2 that starts …), or limit. Eight bytes at a time: a byte equal
 * to p leaves a zero byte in w ^ p, and "some byte is zero" has a
 * well-known word-parallel test. Most of a sentence is words. */
static size_t
next_mark(const char *s, size_t i, size_t limit)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;

	while (i + 8 <= limit) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t a = w ^ (ones * '.'), b = w ^ (ones * '!'), c = w ^ (ones * '?'),
		         d = w ^ (ones * 0xE2);
		if ((((a - ones) & ~a) | ((b - ones) & ~b) | ((c - ones) & ~c) | ((d - ones) & ~d)) & highs)
			break;
		i += 8;
	}
	while (i < limit && !mark_byte((unsigned char)s[i]))
		i++;
	return i;
}

size_t
vn_sentence_end(const char *s, size_t len, size_t from)
{
	size_t limit = len - from > VN_SENTENCE_MAX ? from + VN_SENTENCE_MAX : len;

	for (size_t i = from;;) {
		i = next_mark(s, i, limit);
		if (i >= limit)
			break;
		unsigned char c = (unsigned char)s[i];
		size_t mark = 0; /* length of a sentence-end mark at i */
		int ellipsis = 0;

		if (c == '.' || c == '!' || c == '?') {
			mark = 1;
			while (i + mark < len && (s[i + mark] == '.' || s[i + mark] == '!' ||
			                          s[i + mark] == '?'))
				mark++;
			ellipsis = mark >= 3;
		} else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		           (unsigned char)s[i + 2] == 0xA6) {
			mark = 3; /* … */
			ellipsis = 1;
		}
		if (mark == 0) {
			i++;
			continue;
		}
		size_t j = i + mark, n;
		while (j < len && (n = closer_len(s, len, j)) > 0)
			j += n;
		size_t k = j;
		while (k < len && (n = space_len(s, len, k)) > 0)
			k += n;
		if (k >= len)
			return len;
		/* "2030…Dưới": an ellipsis may touch the next sentence. */
		int spaced = k > j || ellipsis;
		if (spaced && starts_sentence(s, len, k) &&
		    !(mark == 1 && c == '.' && abbreviation_before(s, i)))
			return k;
		i = j > i ? j : i + 1;
	}
	if (limit == len)
		return len;
	/* No end within VN_SENTENCE_MAX bytes: cut at the last space, or at a
	 * code point boundary. */
	const char *last_space = memrchr(s + from, ' ', limit - from);
	if (last_space && last_space > s + from)
		return (size_t)(last_space - s) + 1;
	size_t cut = limit;
	while (cut > from && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut--;
	return cut > from ? cut : limit;
}

int
vn_sentence_closed(const char *s, size_t len)
{
	while (len > 0) {
		unsigned char c = (unsigned char)s[len - 1];
		if (c == ' ' || c == '\t' || c == '"' || c == ')' || c == '\'')
			len--;
		else if (len >= 3 && (unsigned char)s[len - 3] == 0xE2 &&
		         (unsigned char)s[len - 2] == 0x80 &&
		         ((unsigned char)s[len - 1] == 0x9D || (unsigned char)s[len - 1] == 0x99))
			len -= 3; /* ” ’ */
		else
			break;
	}
	if (len == 0)
		return 1;
	unsigned char c = (unsigned char)s[len - 1];
	if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
		return 1;
	return len >= 3 && (unsigned char)s[len - 3] == 0xE2 && (unsigned char)s[len - 2] == 0x80 &&
	       (unsigned char)s[len - 1] == 0xA6;
}
