#include "sentsplit.h"

#include <stdint.h>
#include <string.h>

#include "abbrev.h"
#include "paragraph.h"
#include "vnchar.h"

struct vn_word_entry {
	const char *text;
	size_t len;
};

#include "places_table.h"

/* Bytes the scanner stops at: terminal marks, the first byte of … and of
 * the curly quotes, and the straight double quote (counted so that a quote
 * after the mark is known to close one), and ( of a dateline. */
static const unsigned char stop_byte[256] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1, ['"'] = 1, ['('] = 1, [0xE2] = 1,
};

/* Sixteen bytes at a time past text with no stop byte: the scanner spends
 * its time here. GCC and Clang vector types compile to SSE2 or NEON. */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

static size_t
skip_plain(const char *p, size_t n, size_t i)
{
	const bytes16 zero = {0};
	while (i + 16 <= n) {
		bytes16 v;
		memcpy(&v, p + i, 16);
		bytes16 hit = (bytes16)((v == zero + '.') | (v == zero + '!') | (v == zero + '?') |
		                        (v == zero + '"') | (v == zero + '(') | (v == zero + 0xE2));
		uint64_t lo, hi;
		memcpy(&lo, &hit, 8);
		memcpy(&hi, (const char *)&hit + 8, 8);
		if (lo | hi)
			break;
		i += 16;
	}
	return i;
}

static int
is_ellipsis(const char *p, size_t n, size_t i)
{
	return i + 2 < n && (unsigned char)p[i] == 0xE2 && (unsigned char)p[i + 1] == 0x80 &&
	       (unsigned char)p[i + 2] == 0xA6;
}

/* Length of a space at p[i] (ASCII, NBSP, U+2000..U+200B, U+3000), or 0. */
static size_t
space_at(const char *p, size_t n, size_t i)
{
	unsigned char c = (unsigned char)p[i];
	if (c == ' ' || c == '\t')
		return 1;
	if (c < 0x80)
		return 0;
	size_t k = n - i < 3 ? n - i : 3;
	size_t t;
	/* vn_trim knows the set; a string that trims to nothing is a space. */
	for (size_t len = 2; len <= k; len++)
		if (vn_trim(p + i, len, &t) && t == 0)
			return len;
	return 0;
}

/* Length of a closing mark at p[i] that belongs to the sentence before it:
 * ” ’ » ) ], and a straight quote when one is open (*quotes odd). */
static size_t
closer_at(const char *p, size_t n, size_t i, int *quotes)
{
	unsigned char c = (unsigned char)p[i];
	if (c == ')' || c == ']')
		return 1;
	if (c == '"' && (*quotes & 1)) {
		(*quotes)++;
		return 1;
	}
	if (c == 0xE2 && i + 2 < n && (unsigned char)p[i + 1] == 0x80 &&
	    ((unsigned char)p[i + 2] == 0x9D || (unsigned char)p[i + 2] == 0x99))
		return 3;
	if (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] == 0xBB)
		return 2;
	return 0;
}

static size_t
skip_space(const char *p, size_t n, size_t i)
{
	size_t k;
	while (i < n && (k = space_at(p, n, i)))
		i += k;
	return i;
}

static int
is_terminal(const char *p, size_t n, size_t i)
{
	return p[i] == '.' || p[i] == '!' || p[i] == '?' || is_ellipsis(p, n, i);
}

static size_t
closer_len(const char *p, size_t n, size_t i)
{
	int odd = 1;
	return closer_at(p, n, i, &odd);
}

/* A closing mark after white space: ” ’ » ) ] always; a straight quote
 * when one is open and a lower-case word follows (a capital means it opens the next
 * sentence, as the treebank writes: ... rồi . " Chưa bao giờ ...), and
 * whenever punctuation follows it. */
static int
spaced_closer(const char *p, size_t n, size_t q, int quotes)
{
	if (p[q] != '"')
		return closer_len(p, n, q) > 0;
	size_t r = skip_space(p, n, q + 1);
	if (r >= n)
		return 1;
	uint32_t cp;
	vn_char_next(p + r, n - r, &cp);
	switch (vn_char_class(cp)) {
	case VN_CH_UPPER: return 0;
	case VN_CH_LOWER: return quotes & 1;
	default: return 1; /* ... " . and ... ? " - : only a closing quote */
	}
}

/* How far back word_before looks. Every word the splitter asks about (an
 * abbreviation, an initial, the end of an address) is far shorter; without
 * a bound a long run of dots and no spaces (TP.TP.TP. ...) would be looked
 * back over at each dot, time growing with the square of the line. */
enum { WORD_BEFORE_MAX = 128 };

/* The word before the full stop at p[dot]: back to white space or an
 * opening bracket or quote, or WORD_BEFORE_MAX bytes. */
static size_t
word_before(const char *p, size_t from, size_t dot)
{
	size_t w = dot;
	if (dot - from > WORD_BEFORE_MAX)
		from = dot - WORD_BEFORE_MAX;
	while (w > from) {
		unsigned char c = (unsigned char)p[w - 1];
		if (c == ' ' || c == '\t' || c == '(' || c == '[' || c == '"' || c == '\'')
			break;
		if (c == 0x9C && w >= from + 3 && (unsigned char)p[w - 3] == 0xE2)
			break; /* “ */
		if (c == 0xA0 && w >= from + 2 && (unsigned char)p[w - 2] == 0xC2)
			break; /* NBSP */
		w--;
	}
	return w;
}

static int
is_initial(const char *p, size_t w, size_t dot)
{
	uint32_t cp;
	if (w >= dot)
		return 0;
	size_t k = vn_char_next(p + w, dot - w, &cp);
	if (vn_char_class(cp) != VN_CH_UPPER)
		return 0;
	while (w + k < dot) { /* combining marks of an NFD letter */
		size_t m = vn_char_next(p + w + k, dot - w - k, &cp);
		if (vn_char_class(cp) != VN_CH_MARK)
			return 0;
		k += m;
	}
	return 1;
}

/* A capital followed by a lower-case letter: the first word of a sentence
 * glued to the full stop before it (2018.Phó), unlike TP.HCM. */
static int
is_title_word(const char *p, size_t n, size_t q)
{
	uint32_t a, b;
	size_t k = vn_char_next(p + q, n - q, &a);
	if (vn_char_class(a) != VN_CH_UPPER || q + k >= n)
		return 0;
	vn_char_next(p + q + k, n - q - k, &b);
	enum vn_char_class cb = vn_char_class(b);
	return cb == VN_CH_LOWER || cb == VN_CH_MARK;
}

/* End of the word (letters, marks, digits) that starts at p[q]. */
static size_t
word_end(const char *p, size_t n, size_t q)
{
	uint32_t cp;
	size_t k;
	while (q < n && (k = vn_char_next(p + q, n - q, &cp), vn_char_is_alnum(vn_char_class(cp))))
		q += k;
	return q;
}

/* A capitalised word followed by one in small letters (Tăng cường, Người
 * ta): the start of a sentence. A name capitalises all its syllables (Hồ
 * Chí Minh, Cần Thơ), so the first word of one is not followed so. */
static int
sentence_starts_at(const char *p, size_t n, size_t q)
{
	if (!is_title_word(p, n, q))
		return 0;
	size_t r = skip_space(p, n, word_end(p, n, q));
	if (r >= n)
		return 0;
	uint32_t cp;
	vn_char_next(p + r, n - r, &cp);
	return vn_char_class(cp) == VN_CH_LOWER;
}

/* A place name of one syllable (data/vn-segment-places.txt) at p[q]. */
static int
one_syllable_place(const char *p, size_t n, size_t q)
{
	size_t len = word_end(p, n, q) - q;
	for (size_t i = 0; i < sizeof vn_places_table / sizeof vn_places_table[0]; i++)
		if (vn_places_table[i].len == len && memcmp(vn_places_table[i].text, p + q, len) == 0)
			return 1;
	return 0;
}

/* Whether an initial at p[w..dot) ends its sentence, before a capital at
 * p[q]. After a word in small letters it stands for a name or a letter
 * of its own (phường K., bảo vệ V., từ A đến Z.), and a sentence starting
 * at q (Người ta ..., Trong khi đó ...) is a new one. After a capitalised
 * word it is part of a name (Nguyễn V. Anh, Lê Thị H.), and at the start
 * of a sentence a list letter (A. Quan điểm ...): the sentence goes on. */
static int
initial_ends(const char *p, size_t n, size_t from, size_t w, size_t q)
{
	size_t e = w;
	while (e > from && (p[e - 1] == ' ' || p[e - 1] == '\t'))
		e--;
	size_t b = word_before(p, from, e);
	uint32_t cp;
	if (b >= e || (vn_char_next(p + b, e - b, &cp), vn_char_class(cp) != VN_CH_LOWER))
		return 0;
	return sentence_starts_at(p, n, q);
}

/* Whether the full stop at p[dot], a lone mark followed after white space by
 * something that could start a sentence (class next), ends the sentence that
 * started at p[from]. */
/* Whether the digits at p[q], after a spaced full stop after digits,
 * go on with the number: a group of three (25 . 000: the stop separates
 * thousands), or digits with no word after them ((84 . 4) in a telephone
 * number); not 9g30, nor 555 . 9 g 30 (a time starting a sentence). */
static int
spaced_number_goes_on(const char *p, size_t n, size_t q)
{
	size_t d = q;
	while (d < n && p[d] >= '0' && p[d] <= '9')
		d++;
	uint32_t cp;
	if (d < n && (vn_char_next(p + d, n - d, &cp), vn_char_is_alnum(vn_char_class(cp))))
		return 0;
	if (d - q == 3)
		return 1;
	size_t r = skip_space(p, n, d);
	return r >= n || (vn_char_next(p + r, n - r, &cp), !vn_char_is_alnum(vn_char_class(cp)));
}

/* Whether the word at p[w] follows a number (3 m.: a unit, which may end
 * a sentence). */
static int
after_number(const char *p, size_t from, size_t w)
{
	while (w > from && (p[w - 1] == ' ' || p[w - 1] == '\t'))
		w--;
	return w > from && p[w - 1] >= '0' && p[w - 1] <= '9';
}

/* A single letter of either case: a lower-case one is an initial too in
 * anonymised news (vụ h. 15 tuổi). */
static int
single_letter(const char *p, size_t w, size_t dot)
{
	uint32_t cp;
	if (w >= dot)
		return 0;
	size_t k = vn_char_next(p + w, dot - w, &cp);
	enum vn_char_class c = vn_char_class(cp);
	return (c == VN_CH_UPPER || c == VN_CH_LOWER) && w + k == dot;
}

static int
full_stop_ends(const char *p, size_t n, size_t from, size_t dot, size_t q,
               enum vn_char_class next)
{
	size_t stop = dot;
	/* Text tokenized with spaces (TP . HCM, 25 . 000): judge the word
	 * before the space. */
	while (stop > from && (p[stop - 1] == ' ' || p[stop - 1] == '\t'))
		stop--;
	size_t w = word_before(p, from, stop);
	if (next == VN_CH_DIGIT && stop < dot && stop > w && p[stop - 1] >= '0' &&
	    p[stop - 1] <= '9' && spaced_number_goes_on(p, n, q))
		return 0; /* 25 . 000, (84 . 4): one number, spaced */
	if (next != VN_CH_UPPER && single_letter(p, w, stop) && !after_number(p, from, w))
		return 0; /* h. 15 tuổi, biệt danh m. "khùng": an initial; not 3 m. */
	dot = stop;
	switch (vn_abbrev_lookup(p + w, dot - w)) {
	case VN_ABBREV_TITLE: return 0;
	case VN_ABBREV_ANY: return next == VN_CH_UPPER;
	case VN_ABBREV_PLACE:
		return next == VN_CH_UPPER && sentence_starts_at(p, n, q) &&
		       !one_syllable_place(p, n, q);
	default: break;
	}
	if (is_initial(p, w, dot))
		return next == VN_CH_UPPER && initial_ends(p, n, from, w, q);
	/* 1.  II.  a.  1.2.  : a list number, not a sentence. */
	return vn_list_marker_len(p + from, dot + 1 - from) != dot + 1 - from;
}

/* A glued full stop (no space after it) before a capitalised word. */
static int
glued_stop_ends(const char *p, size_t n, size_t from, size_t dot, size_t q)
{
	size_t w = word_before(p, from, dot);
	if (!is_title_word(p, n, q))
		return 0;
	if (vn_abbrev_lookup(p + w, dot - w) != VN_ABBREV_NONE || is_initial(p, w, dot))
		return 0;
	/* www.Example.com, a@B.vn: an address, not a sentence */
	for (size_t k = w; k < dot; k++)
		if (p[k] == '@' || p[k] == '/' || p[k] == '.')
			return 0;
	return 1;
}

/* A news dateline in capitals, "(TPHCM) Đang ...", "(NAM ĐỊNH) 35 năm ...",
 * after a headline that has no final punctuation: the headline is a
 * sentence of its own. Acronyms in brackets (UBND, CCHC) are shorter and
 * carry no space, so they are left alone. */
static int
dateline_at(const char *p, size_t n, size_t i)
{
	uint32_t cp;
	size_t k, letters = 0, spaces = 0, b = i;

	while (b > 0 && (p[b - 1] == ' ' || p[b - 1] == '\t'))
		b--;
	if (b == i || b == 0)
		return 0;
	size_t lk = 1;
	while (lk < b && lk < 4 && ((unsigned char)p[b - lk] & 0xC0) == 0x80)
		lk++;
	vn_char_next(p + b - lk, lk, &cp);
	if (!vn_char_is_alnum(vn_char_class(cp)))
		return 0; /* the headline ends in a letter or digit */
	int after_letter = 0, pending_space = 0;
	for (k = i + 1; k < n && p[k] != ')'; k += vn_char_next(p + k, n - k, &cp)) {
		vn_char_next(p + k, n - k, &cp);
		enum vn_char_class c = vn_char_class(cp);
		if (c == VN_CH_UPPER || c == VN_CH_MARK) {
			letters += c == VN_CH_UPPER;
			spaces += pending_space; /* a space between two words */
			pending_space = 0;
			after_letter = 1;
		} else if (cp == ' ') {
			pending_space = after_letter;
		} else {
			return 0;
		}
		if (k - i > 64)
			return 0;
	}
	if (k >= n || letters < 2 || (letters < 5 && spaces == 0))
		return 0;
	size_t q = skip_space(p, n, k + 1);
	if (q == k + 1 || q >= n)
		return 0;
	vn_char_next(p + q, n - q, &cp);
	return vn_char_class(cp) == VN_CH_UPPER || vn_char_class(cp) == VN_CH_DIGIT;
}

/* An ellipsis (… or ..) at p[q] after a full stop and a space, with a
 * capital after it: it opens the next sentence (... huynh đệ. ... Rồi
 * cũng). */
static int
ellipsis_opens(const char *p, size_t n, size_t q)
{
	size_t e = q;
	while (e < n && (is_ellipsis(p, n, e) || p[e] == '.'))
		e += p[e] == '.' ? 1 : 3;
	if (e == q || (e == q + 1 && p[q] == '.'))
		return 0; /* no ellipsis: one full stop */
	q = skip_space(p, n, e);
	uint32_t cp;
	return q < n && (vn_char_next(p + q, n - q, &cp), vn_char_class(cp) == VN_CH_UPPER);
}

/* Words in p[a..b): runs of anything but white space. */
static size_t
words_in(const char *p, size_t a, size_t b)
{
	size_t words = 0;
	for (size_t k = a; k < b; k++)
		words += p[k] != ' ' && p[k] != '\t' && (k == a || p[k - 1] == ' ' || p[k - 1] == '\t');
	return words;
}

static int
is_curly(const char *p, size_t n, size_t k, unsigned char last)
{
	return k + 2 < n && (unsigned char)p[k] == 0xE2 && (unsigned char)p[k + 1] == 0x80 &&
	       (unsigned char)p[k + 2] == last;
}

/* Short calls or exclamations inside one quotation ("Mẹ! Bố!", “Cướp!
 * Cướp!”): the ! or ? at p[i], whose run ends before p[q], is within a
 * quotation opened after p[start] at most three words before it, and the
 * quotation closes within three words after it, right after another ! or
 * ?. A longer quotation keeps its sentences. */
static int
quoted_calls(const char *p, size_t n, size_t start, size_t i, size_t q, int quotes)
{
	enum { WORDS = 3, SPAN = 64 };
	size_t open = 0, k;

	for (k = i; k > start && i - k < SPAN && !open; k--) {
		if (p[k - 1] == '"')
			open = quotes & 1 ? k : SIZE_MAX; /* an odd count: it opened */
		else if (k >= start + 3 && is_curly(p, n, k - 3, 0x9C))
			open = k;
		else if (p[k - 1] == '.' || (k >= start + 3 && is_curly(p, n, k - 3, 0x9D)))
			open = SIZE_MAX;
	}
	if (!open || open == SIZE_MAX || words_in(p, open, i) > WORDS)
		return 0;
	for (k = q; k < n && k - q < SPAN; k++) {
		if (p[k] == '"' || is_curly(p, n, k, 0x9D)) {
			size_t b = k;
			while (b > q && (p[b - 1] == ' ' || p[b - 1] == '\t'))
				b--;
			return b > q && (p[b - 1] == '!' || p[b - 1] == '?') && words_in(p, q, b) <= WORDS;
		}
		if (p[k] == '.' || p[k] == ',' || p[k] == ';' || p[k] == ':' || is_ellipsis(p, n, k))
			return 0;
	}
	return 0;
}

int
vn_sentence_next(const char *p, size_t n, size_t start, size_t *s, size_t *e, size_t *next)
{
	size_t i, k, t;
	int quotes = 0;

	while (start < n && (k = space_at(p, n, start)))
		start += k;
	if (start >= n)
		return 0;
	for (i = start; i < n;) {
		unsigned char c = (unsigned char)p[i];
		if (!stop_byte[c]) {
			i = skip_plain(p, n, i + 1);
			while (i < n && !stop_byte[(unsigned char)p[i]])
				i++;
			continue;
		}
		if (c == '"') {
			quotes++;
			i++;
			continue;
		}
		if (c == '(') {
			size_t len;
			/* vn_trim's set of spaces is wider than space_at's (a
			 * lone CR), so the sentence starts where it says, and
			 * there is none when it trims to nothing. */
			if (i > start && dateline_at(p, n, i) &&
			    (*s = (size_t)(vn_trim(p + start, i - start, &len) - p), len > 0)) {
				*e = *s + len;
				*next = i;
				return 1;
			}
			i++;
			continue;
		}
		if (c == 0xE2 && !is_ellipsis(p, n, i)) {
			i++;
			continue;
		}
		/* The run of terminal marks. */
		size_t dots = 0, others = 0;
		for (t = i; t < n;) {
			if (p[t] == '.') {
				dots++;
				t++;
			} else if (p[t] == '!' || p[t] == '?') {
				others++;
				t++;
			} else if (is_ellipsis(p, n, t)) {
				others++;
				t += 3;
			} else {
				break;
			}
		}
		int lone_stop = dots == 1 && others == 0;
		/* Closing quotes and brackets: glued to the mark, or ” ’ » ) ]
		 * after a space. */
		size_t end = t;
		while (end < n && (k = closer_at(p, n, end, &quotes)))
			end += k;
		size_t q = skip_space(p, n, end);
		if (q > end && q < n && spaced_closer(p, n, q, quotes)) {
			closer_at(p, n, q, &quotes);
			end = q + closer_len(p, n, q);
			q = skip_space(p, n, end);
		}
		if (q >= n) {
			i = n;
			break;
		}
		uint32_t cp;
		vn_char_next(p + q, n - q, &cp);
		enum vn_char_class nc = vn_char_class(cp);
		int closed = end > t, split;
		if (i == start)
			split = 0; /* marks that open a sentence: ... Rồi cũng */
		else if (q == end && !closed) /* glued: 2018.Phó, 2030…Dưới; not 19.853, gov.vn */
			split = nc == VN_CH_UPPER &&
			        (lone_stop ? glued_stop_ends(p, n, start, i, q) : is_title_word(p, n, q));
		else if (lone_stop && !closed && q > end && ellipsis_opens(p, n, q))
			split = full_stop_ends(p, n, start, i, q, VN_CH_UPPER);
		else if (nc == VN_CH_LOWER || nc == VN_CH_MARK || is_terminal(p, n, q) ||
		         cp == ',' || cp == ';' || cp == ':')
			split = 0; /* the sentence goes on, or the run of marks does */
		else if (!closed && dots == 0 && quoted_calls(p, n, start, i, q, quotes))
			split = 0; /* "Mẹ! Bố!": short calls inside one quotation */
		else if ((cp == '-' || cp == 0x2013) && closed)
			split = 0; /* "...?" - tòa hỏi: who said it */
		else if (lone_stop)
			split = full_stop_ends(p, n, start, i, q, nc);
		else
			split = nc != VN_CH_DIGIT; /* ... 500 liệt sĩ: a list goes on */
		if (split) {
			*s = start;
			*e = end;
			*next = q;
			return 1;
		}
		i = end > i ? end : i + 1;
	}
	size_t len;
	*s = (size_t)(vn_trim(p + start, n - start, &len) - p);
	*e = *s + len;
	*next = n;
	/* What is left may be white space to vn_trim only (a CR, a form
	 * feed): no sentence, not an empty one. */
	return len > 0;
}

size_t
vn_sentence_piece_end(const char *p, size_t from, size_t to, size_t max)
{
	if (to - from <= max)
		return to;
	size_t limit = from + max;
	const char *last_space = memrchr(p + from, ' ', limit - from);
	if (last_space && last_space > p + from)
		return (size_t)(last_space - p) + 1;
	size_t cut = limit; /* p[limit] exists: limit < to */
	while (cut > from && ((unsigned char)p[cut] & 0xC0) == 0x80)
		cut--;
	return cut > from ? cut : limit;
}
