#include "token.h"

#include <stdlib.h>
#include <string.h>

#include "abbrev.h"
#include "buf.h"
#include "vnchar.h"

/* Longest URL or e-mail address recognised, so that a huge chunk without
 * spaces is never searched again at every position. */
enum { URL_MAX = 2048 };

/* A run of letters, marks and digits: the pieces a token is built from.
 * `seen` has bit 1 << c set for every character class c in it. */
struct run {
	size_t start, end;
	unsigned seen;
	int first_upper;
};

#define SEEN(c) (1u << (c))
#define ALNUM (SEEN(VN_CH_LOWER) | SEEN(VN_CH_UPPER) | SEEN(VN_CH_MARK) | SEEN(VN_CH_DIGIT))

static int
has_digit(const struct run *r)
{
	return (r->seen & SEEN(VN_CH_DIGIT)) != 0;
}

static int
has_letter(const struct run *r)
{
	return (r->seen & (SEEN(VN_CH_LOWER) | SEEN(VN_CH_UPPER))) != 0;
}

/* The class of the character at s[i] (i < len) and its length. */
static inline enum vn_char_class
class_at(const char *s, size_t len, size_t i, size_t *n)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80) {
		*n = 1;
		return (enum vn_char_class)vn_char_class_ascii[b];
	}
	uint32_t cp;
	*n = vn_char_next(s + i, len - i, &cp);
	return vn_char_class(cp);
}

static inline size_t
scan_run(const char *s, size_t len, size_t i, struct run *r)
{
	unsigned seen = 0;
	size_t n;

	r->start = i;
	r->first_upper = i < len && class_at(s, len, i, &n) == VN_CH_UPPER;
	while (i < len) {
		unsigned bit = SEEN(class_at(s, len, i, &n));
		if (!(bit & ALNUM))
			break;
		seen |= bit;
		i += n;
	}
	r->end = i;
	r->seen = seen;
	return i;
}

static int
is_alnum_at(const char *s, size_t len, size_t i)
{
	size_t n;
	return i < len && (SEEN(class_at(s, len, i, &n)) & ALNUM);
}

static int
run_all_upper(const struct run *r)
{
	return (r->seen & (SEEN(VN_CH_UPPER) | SEEN(VN_CH_LOWER) | SEEN(VN_CH_DIGIT))) ==
	       SEEN(VN_CH_UPPER);
}

/* A capitalised word (Phó, Dưới): after a full stop it starts a sentence
 * that was glued to the one before (năm 2018.Phó Bí thư). */
static int
run_is_title_word(const struct run *r)
{
	return r->first_upper && (r->seen & SEEN(VN_CH_LOWER));
}

/* Marks that may join two runs into one token (see joins()). */
static int
is_connector(char c)
{
	return c == '.' || c == '/' || c == '-' || c == ':' || c == ',' || c == '&' || c == '_';
}

/* Whether the connector c between the token so far (whose last run is
 * `left`) and the run `right` keeps them one token. */
static int
joins(char c, const struct run *left, const struct run *right)
{
	int dl = has_digit(left), dr = has_digit(right);

	switch (c) {
	case '.':
		/* 19.853, 1.2.3; TP.HCM, PGS.TS; chinhphu.gov.vn. Not before a
		 * capitalised word: that is a sentence glued to the last. */
		if (dl && dr)
			return 1;
		return !run_is_title_word(right) && !(dl && !dr);
	case ',':
		return dl && dr; /* 80,5 */
	case ':':
		return dl && dr; /* 10:41, 9001:2008 */
	case '/':
		/* Dates 02/8/2018, codes 30c/NQ-CP, Đ/c, km/h. */
		return 1;
	case '-':
		/* Codes (NQ-CP, 08-CTr, COVID-19) and ranges 2021-2025, but not
		 * two words run together with a hyphen (Hiền-Đảng ủy viên). */
		return dl || dr || run_all_upper(left) || run_all_upper(right);
	case '&':
		return run_all_upper(left) && run_all_upper(right); /* R&D */
	case '_':
		return 1; /* already segmented text (hồ_sơ) stays one token */
	default:
		return 0;
	}
}

static inline void
push(struct vn_tokens *t, size_t start, size_t end, int kind, int lettercase, int space)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 64;
		t->v = vn_xrealloc(t->v, t->cap * sizeof *t->v);
	}
	struct vn_token *k = &t->v[t->n++];
	k->start = start;
	k->len = end - start;
	k->kind = (unsigned char)kind;
	k->lettercase = (unsigned char)lettercase;
	k->space_before = (unsigned char)space;
}

static int
case_of(const struct run *r, int single)
{
	if (!(r->seen & SEEN(VN_CH_UPPER)))
		return VN_CASE_LOWER;
	if (single && r->first_upper && !has_digit(r)) {
		if (!(r->seen & SEEN(VN_CH_LOWER)))
			return (r->end - r->start) > 1 ? VN_CASE_UPPER : VN_CASE_TITLE;
		return VN_CASE_TITLE; /* a capital first: Hà, and McKinsey too */
	}
	return VN_CASE_MIXED;
}

/* Length of a URL or e-mail address starting at s[i] within a chunk that
 * ends at `end`, or 0. Final punctuation belongs to the sentence. */
static size_t
url_length(const char *s, size_t i, size_t end)
{
	size_t n = end - i < URL_MAX ? end - i : URL_MAX;
	const char *p = s + i;
	int url = (n > 7 && memcmp(p, "http://", 7) == 0) ||
	          (n > 8 && memcmp(p, "https://", 8) == 0) ||
	          (n > 4 && memcmp(p, "www.", 4) == 0);
	if (!url) {
		const char *at = memchr(p, '@', n);
		if (!at || at == p || !memchr(at, '.', (size_t)(p + n - at)))
			return 0;
		for (const char *q = p; q < at; q++)
			if (!(*q & 0x80) && !(*q >= 'a' && *q <= 'z') && !(*q >= 'A' && *q <= 'Z') &&
			    !(*q >= '0' && *q <= '9') && !strchr("._%+-", *q))
				return 0;
	}
	while (n > 0 && strchr(".,;:!?)]}\"'", p[n - 1]))
		n--;
	return n;
}

/* The prefixes url_length() knows a URL by. */
static int
may_start_url(const char *p, size_t n)
{
	return (n > 4 && (p[0] == 'h' || p[0] == 'w')) &&
	       (memcmp(p, "http", 4) == 0 || memcmp(p, "www.", 4) == 0);
}

/* A single letter, possibly with combining marks: an initial (V. in
 * Nguyễn V. A.). */
static int
is_single_letter(const char *s, size_t len)
{
	uint32_t cp;
	size_t n = vn_char_next(s, len, &cp);
	while (n < len) {
		size_t m = vn_char_next(s + n, len - n, &cp);
		if (vn_char_class(cp) != VN_CH_MARK)
			return 0;
		n += m;
	}
	return 1;
}

void
vn_tokenize(const char *s, size_t len, struct vn_tokens *t)
{
	size_t i = 0;
	int space = 0;
	/* Only a sentence with an @ can hold an e-mail address. */
	int has_at = memchr(s, '@', len) != NULL;

	t->n = 0;
	while (i < len) {
		uint32_t cp;
		size_t n = vn_char_next(s + i, len - i, &cp);
		enum vn_char_class c = vn_char_class(cp);

		if (c == VN_CH_SPACE) {
			space = 1;
			i += n;
			continue;
		}
		if ((space || i == 0 || !is_alnum_at(s, len, i - 1)) &&
		    (has_at || may_start_url(s + i, len - i))) {
			/* The URL ends at white space of any kind: an NBSP after
			 * it is no part of it (tokens never hold white space). */
			size_t end = i;
			while (end < len && end - i < URL_MAX) {
				uint32_t ucp;
				size_t k = vn_char_next(s + end, len - end, &ucp);
				if (vn_char_class(ucp) == VN_CH_SPACE)
					break;
				end += k;
			}
			size_t u = url_length(s, i, end);
			if (u) {
				push(t, i, i + u, VN_TOK_URL, VN_CASE_LOWER, space);
				i += u;
				space = 0;
				continue;
			}
		}
		if (!vn_char_is_alnum(c)) {
			/* A run of the same mark is one token (... !!! ---). */
			size_t j = i + n;
			if (n == 1)
				while (j < len && s[j] == s[i])
					j++;
			else
				while (j + n <= len && memcmp(s + j, s + i, n) == 0)
					j += n;
			push(t, i, j, VN_TOK_PUNCT, VN_CASE_LOWER, space);
			i = j;
			space = 0;
			continue;
		}

		struct run first, last, next;
		size_t j = scan_run(s, len, i, &first);
		int nruns = 1, digits = has_digit(&first);
		last = first;
		while (j + 1 < len && is_connector(s[j]) &&
		       is_alnum_at(s, len, j + 1)) {
			scan_run(s, len, j + 1, &next);
			if (!joins(s[j], &last, &next))
				break;
			j = next.end;
			digits |= has_digit(&next);
			last = next;
			nruns++;
		}
		/* The full stop of an abbreviation (TS., v.v., PGS.TS.) or of an
		 * initial (Nguyễn V. A.) belongs to it. */
		if (j < len && s[j] == '.' && !digits &&
		    (vn_abbrev_lookup(s + i, j - i) != VN_ABBREV_NONE ||
		     (nruns == 1 && first.first_upper && is_single_letter(s + i, j - i)))) {
			j++;
			nruns++;
		}
		int kind;
		if (nruns == 1)
			kind = has_digit(&first) ? (has_letter(&first) ? VN_TOK_CODE : VN_TOK_NUMBER)
			                         : VN_TOK_SYLLABLE;
		else {
			int numeric = 1;
			for (size_t k = i; k < j; k++)
				if (!((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == ','))
					numeric = 0;
			kind = numeric ? VN_TOK_NUMBER : VN_TOK_CODE;
		}
		push(t, i, j, kind, case_of(&first, nruns == 1), space);
		i = j;
		space = 0;
	}
}

void
vn_tokens_free(struct vn_tokens *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}
