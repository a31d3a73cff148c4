/* The citation recognizer (cite.h): anchored on numbers.
 *
 * Every citation holds a digit, so the scan jumps from one run of digits
 * to the next and asks, in order: is it a standard (ISO 9001:2008), a
 * document number and code (30/2020/NĐ-CP, 10-CT/TW), or a number right
 * after a head noun (Nghị quyết 57)? Only then does it look at the words
 * around: "số", the head noun, the date and the issuer. Text without
 * digits costs one pass of byte compares. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cite.h"
#include "citehead.h"
#include "citescan.h"
#include "citetok.h"
#include "nfctext.h"

/* A short form followed by one of these counts or measures something
 * ("Kế hoạch 5 năm", "Chương trình 3 nội dung"): it is no citation. */
static const char *const count_words[] = {
	"năm", "tháng", "tuần", "ngày", "giờ", "phút", "lần", "điểm", "người",
	"đợt", "bước", "nội dung", "nhiệm vụ", "giải pháp", "mục tiêu",
	"chỉ tiêu", "tiêu chí", "trang", "văn bản", "kỳ", "khóa", "cấp", "mức",
};

/* Bodies whose designations are standards (GUIDELINES.md rule 4); QCVN,
 * the national technical regulations, are numbered the same way. */
static const char *const standard_bodies[] = {"iso", "iec", "tcvn", "qcvn"};

static void
push(struct vn_cite_matches *out, const struct vn_cite_match *m)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 8;
		out->v = vn_xrealloc(out->v, out->cap * sizeof *out->v);
	}
	out->v[out->n++] = *m;
}

void
vn_cite_matches_free(struct vn_cite_matches *m)
{
	free(m->v);
	memset(m, 0, sizeof *m);
}

static int
ascii_letter(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int
word_at(const char *s, size_t len, size_t i)
{
	size_t n;

	return i < len && vn_tok_is_word(vn_tok_cp(s, len, i, &n));
}

static size_t
dash_len(const char *s, size_t len, size_t i)
{
	size_t n;

	if (i < len && vn_tok_is_dash(vn_tok_cp(s, len, i, &n)))
		return n;
	return 0;
}

static size_t
digits_end(const char *s, size_t len, size_t i)
{
	while (i < len && vn_tok_is_digit(s[i]))
		i++;
	return i;
}

static int
year_value(const char *s, size_t a, size_t b)
{
	int y = 0;

	if (b - a != 4)
		return 0;
	for (size_t i = a; i < b; i++)
		y = y * 10 + (s[i] - '0');
	return y >= 1945 && y <= 2099 ? y : 0;
}

/* A code group: a letter, then letters, digits and `&` between letters
 * (QĐ, UBND, QH13, BNN&PTNT). */
static size_t
group_end(const char *s, size_t len, size_t i)
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

/* Abbreviations are written in capitals, with the odd lower-case letter
 * (TTg, CTr, QĐi, QyĐ); a word with as many small letters as capitals is
 * prose ("Về"). */
static int
looks_abbreviated(const char *s, size_t len, struct vn_span g)
{
	return vn_tok_mostly_upper(s, len, g.start, g.end);
}

static int
known_code(const char *s, struct vn_span g)
{
	size_t n = g.end - g.start;

	return vn_type_code_find(s + g.start, n, VN_SYS_STATE) ||
	       vn_type_code_find(s + g.start, n, VN_SYS_PARTY) || vn_issuer_find(s + g.start, n);
}

/* A code written all in small letters ("qđ-ubnd", copied from a lower-
 * cased text) may have groups no table knows after a first group that a
 * table does know. */
static int
group_ok(const char *s, size_t len, struct vn_span g, int first, int lowercase_code, int spaced)
{
	if (known_code(s, g) || looks_abbreviated(s, len, g))
		return 1;
	if (first)
		return 0;
	return lowercase_code && !spaced && vn_tok_all_lower(s, len, g.start, g.end) &&
	       g.end - g.start <= 16;
}

/* Groups joined by dashes from i, appended to m->groups; returns the end
 * of the last group taken (i when none). */
static size_t
parse_groups(const char *s, size_t len, size_t i, int spaced, struct vn_cite_match *m)
{
	size_t end = i;
	int lowercase_code = -1;

	while (m->ngroups < VN_CITE_MAX_GROUPS) {
		struct vn_span g = {i, group_end(s, len, i)};
		if (g.end == g.start)
			break;
		if (lowercase_code < 0) {
			struct vn_span first = m->ngroups ? m->groups[0] : g;
			lowercase_code = vn_tok_all_lower(s, len, first.start, first.end);
		}
		if (!group_ok(s, len, g, m->ngroups == 0, lowercase_code, spaced))
			break;
		m->groups[m->ngroups++] = g;
		end = g.end;
		size_t j = vn_tok_skip_space(s, len, g.end);
		size_t dl = dash_len(s, len, j);
		if (!dl)
			break;
		size_t k = vn_tok_skip_space(s, len, j + dl);
		spaced = j != g.end || k != j + dl;
		i = k;
	}
	return end;
}

/* "số", "Số:" or "số:" before the number at b; its start, or b. */
static size_t
so_before(const char *s, size_t len, size_t b)
{
	size_t p = vn_tok_back_space(s, len, b);

	if (p > 0 && s[p - 1] == ':')
		p = vn_tok_back_space(s, len, p - 1);
	size_t ws = vn_tok_word_start_within(s, len, p, 8);
	if (ws != (size_t)-1 && ws < p && vn_tok_word_is(s, len, ws, p, "số"))
		return ws;
	return b;
}

/* The issue date after the number and the issuer after "của". */
static void
parse_tail(const char *s, size_t len, struct vn_cite_match *m)
{
	struct vn_date d;
	size_t t = vn_tok_skip_space(s, len, m->span.end), k, de;

	if (t < len && s[t] == ',')
		t = vn_tok_skip_space(s, len, t + 1);
	if ((k = vn_tok_phrase_at(s, len, t, "ban hành")) || (k = vn_tok_phrase_at(s, len, t, "ký")))
		t = vn_tok_skip_space(s, len, k);
	if ((de = vn_date_after_ngay(s, len, t, &d))) {
		m->date = d;
		m->span.end = de;
	} else if (t < len && s[t] == '(' &&
	           (de = vn_date_after_ngay(s, len, vn_tok_skip_space(s, len, t + 1), &d))) {
		/* "Nghị quyết số 04-NQ/TU (ngày 20/5/2021)" */
		de = vn_tok_skip_space(s, len, de);
		if (de < len && s[de] == ')') {
			m->date = d;
			m->span.end = de + 1;
		}
	}
	m->tail_end = m->span.end;

	size_t u = vn_tok_skip_space(s, len, m->span.end);
	if (u < len && s[u] == ',')
		u = vn_tok_skip_space(s, len, u + 1);
	size_t c = vn_tok_phrase_at(s, len, u, "của");
	if (!c)
		return;
	struct vn_span name = vn_cite_issuer_phrase(s, len, c);
	if (name.end == name.start)
		return;
	m->issuer_name = name;
	m->tail_end = name.end;
	/* "… của UBND tỉnh ngày 12/3/2020": the date after the name. */
	if (!m->date.year &&
	    (de = vn_date_after_ngay(s, len, vn_tok_skip_space(s, len, name.end), &d))) {
		m->date = d;
		m->tail_end = de;
	}
}

/* Does head h fit the code in m? An adjacent head always does (the text's
 * own word wins, GUIDELINES.md); a head further back must agree with the
 * code's type, or, for a code with no type (laws: 80/2015/QH13), be one
 * that is cited by title. */
static int
head_fits(const char *s, const struct vn_head_found *h, const struct vn_cite_match *m,
          const struct vn_type_code *tc, int system)
{
	if (h->role == VN_ROLE_ADJACENT)
		return 1;
	if (tc)
		return vn_type_code_fits(h->info->type, s + m->groups[0].start,
		                         m->groups[0].end - m->groups[0].start, system);
	return h->role == VN_ROLE_INTRO || (h->info->flags & VN_HEAD_TITLED);
}

/* The head noun of a code: the nearest that fits it. An adjacent head
 * that disagrees with the code may be a noun inside a longer name:
 * "Thông báo kết luận số 210-TB/TU", "Quyết định phê duyệt Đề án số
 * 12/QĐ-UBND". Then a capitalized head a few words before it that does
 * fit names the type. */
static int
find_head(const char *s, size_t len, size_t end, const struct vn_cite_match *m,
          const struct vn_type_code *tc, int system, struct vn_head_found *h)
{
	if (!vn_head_before(s, len, end, h) || !head_fits(s, h, m, tc, system))
		return 0;
	if (h->role != VN_ROLE_ADJACENT || !tc || !h->info->type ||
	    vn_type_code_fits(h->info->type, s + m->groups[0].start,
	                      m->groups[0].end - m->groups[0].start, system))
		return 1;
	struct vn_head_found outer;
	if (vn_head_before(s, len, h->head.start, &outer) && outer.info->type && outer.capitalized &&
	    (outer.role == VN_ROLE_ADJACENT || outer.role == VN_ROLE_MODIFIED) &&
	    vn_type_code_fits(outer.info->type, s + m->groups[0].start,
	                      m->groups[0].end - m->groups[0].start, system)) {
		outer.head.end = h->head.end;
		outer.role = VN_ROLE_MODIFIED;
		*h = outer;
	}
	return 1;
}

static int
span_empty_year(const struct vn_cite_match *m)
{
	return m->year.end == m->year.start;
}

/* Without a head noun or "số", only a code that cannot be anything else
 * counts: a known type code with an issuer (2057/QĐ-UBND, 10-CT/TW), two
 * abbreviations (5744/UBND-NC), or a year and a known issuer (80/2015/QH13). */
static int
bare_code_counts(const char *s, size_t len, const struct vn_cite_match *m,
                 const struct vn_type_code *tc)
{
	struct vn_span g = m->groups[0];

	switch (m->form) {
	case VN_FORM_STATE:
		if (m->year.end > m->year.start &&
		    (tc || vn_issuer_find(s + g.start, g.end - g.start)))
			return 1;
		return m->ngroups >= 2 && (tc || looks_abbreviated(s, len, g));
	case VN_FORM_PARTY:
		return tc != NULL;
	default:
		return 0;
	}
}

/* number[/year]/GROUP-… or number-TYPE/GROUP-… at the digits d..e. */
static int
try_code(const char *s, size_t len, size_t d, size_t e, struct vn_cite_match *m)
{
	size_t k = e, dl;

	memset(m, 0, sizeof *m);
	/* Numbers may carry a letter: 30c/NQ-CP. */
	while (k < len && k - e < 3 && ascii_letter(s[k]))
		k++;
	if (k - e > 2 || word_at(s, len, k))
		return 0;
	m->number = (struct vn_span){d, k};
	size_t q = vn_tok_skip_space(s, len, k);
	int spaced = q != k;
	size_t code_end;

	if (q < len && s[q] == '/') {
		size_t q1 = vn_tok_skip_space(s, len, q + 1);
		spaced |= q1 != q + 1;
		if (q1 < len && vn_tok_is_digit(s[q1])) {
			size_t ye = digits_end(s, len, q1);
			size_t q2 = vn_tok_skip_space(s, len, ye);
			if (!year_value(s, q1, ye) || q2 >= len || s[q2] != '/')
				return 0; /* a date or a fraction: 30/8/2016, 12/16 */
			m->year = (struct vn_span){q1, ye};
			q1 = vn_tok_skip_space(s, len, q2 + 1);
			spaced |= q2 != ye || q1 != q2 + 1;
		}
		code_end = parse_groups(s, len, q1, spaced, m);
		if (m->ngroups == 0)
			return 0;
		m->form = VN_FORM_STATE;
	} else if ((dl = dash_len(s, len, q))) {
		size_t q1 = vn_tok_skip_space(s, len, q + dl);
		struct vn_span t = {q1, group_end(s, len, q1)};
		if (t.end == t.start || !(known_code(s, t) || looks_abbreviated(s, len, t)))
			return 0;
		m->groups[m->ngroups++] = t;
		code_end = t.end;
		m->form = VN_FORM_DASH;
		size_t r = vn_tok_skip_space(s, len, t.end);
		if (r < len && s[r] == '/') {
			size_t r1 = vn_tok_skip_space(s, len, r + 1);
			size_t end = parse_groups(s, len, r1, spaced || r != t.end || r1 != r + 1, m);
			if (m->ngroups > 1) {
				code_end = end;
				m->form = VN_FORM_PARTY;
			}
		}
	} else {
		return 0;
	}

	int system = m->form == VN_FORM_STATE ? VN_SYS_STATE : VN_SYS_PARTY;
	struct vn_span g = m->groups[0];
	const struct vn_type_code *tc = vn_type_code_find(s + g.start, g.end - g.start, system);
	if (!tc && m->form != VN_FORM_STATE)
		tc = vn_type_code_find(s + g.start, g.end - g.start, VN_SYS_STATE);

	size_t so = so_before(s, len, d);
	m->has_so = so != d;
	struct vn_head_found h;
	int have = find_head(s, len, so, m, tc, system, &h);
	if (m->form == VN_FORM_DASH &&
	    (!(have || m->has_so) || !(tc || vn_issuer_find(s + g.start, g.end - g.start))))
		return 0;
	if (!have && !m->has_so && !bare_code_counts(s, len, m, tc))
		return 0;
	/* "số 5A/KP3" is an address: after a bare "số", one group with no
	 * year must be a code the tables know (số 123/UBND). */
	if (!have && m->form == VN_FORM_STATE && m->ngroups == 1 && span_empty_year(m) &&
	    !known_code(s, g))
		return 0;

	m->span = (struct vn_span){so, code_end};
	if (have) {
		m->head = h.head;
		m->head_info = h.info;
		m->head_role = h.role;
		if (h.role == VN_ROLE_INTRO)
			m->intro_issuer = h.intro_issuer;
		else
			m->span.start = h.head.start;
	}
	parse_tail(s, len, m);
	return 1;
}

static int
is_standard_body(const char *s, size_t len, size_t a, size_t b)
{
	for (size_t k = 0; k < sizeof standard_bodies / sizeof standard_bodies[0]; k++)
		if (vn_tok_word_is(s, len, a, b, standard_bodies[k]))
			return 1;
	return 0;
}

/* The standard body words before d: "ISO", "TCVN ISO", "ISO/IEC",
 * "ISO9001" written together; their start, or d when there are none. */
static size_t
standard_body_before(const char *s, size_t len, size_t d)
{
	size_t p = d;

	if (!(d > 0 && ascii_letter(s[d - 1]))) {
		p = vn_tok_back_space(s, len, d);
		if (p == d)
			return d;
	}
	size_t ws = vn_tok_word_start_within(s, len, p, 4);
	if (ws == (size_t)-1 || ws == p || !is_standard_body(s, len, ws, p))
		return d;
	/* TCVN ISO/IEC: three bodies at most. */
	for (int more = 0; more < 2; more++) {
		size_t q = ws > 0 && s[ws - 1] == '/' ? ws - 1 : vn_tok_back_space(s, len, ws);
		if (q == ws)
			break;
		size_t w2 = vn_tok_word_start_within(s, len, q, 4);
		if (w2 == (size_t)-1 || w2 == q || !is_standard_body(s, len, w2, q))
			break;
		ws = w2;
	}
	return ws;
}

/* BODY NUMBER[-PART]:YEAR, BODY NUMBER-YEAR (older TCVN), and QCVN's
 * NUMBER[-FIELD]:YEAR/ISSUER. A standard with no year names no edition and
 * is not taken. */
static int
try_standard(const char *s, size_t len, size_t d, struct vn_cite_match *m)
{
	size_t bs = standard_body_before(s, len, d);

	if (bs == d)
		return 0;
	memset(m, 0, sizeof *m);
	m->form = VN_FORM_STANDARD;
	m->body = (struct vn_span){bs, d};
	size_t i = digits_end(s, len, d);
	for (;;) {
		size_t j = vn_tok_skip_space(s, len, i);
		if (j < len && s[j] == ':') {
			size_t y = vn_tok_skip_space(s, len, j + 1), ye = digits_end(s, len, y);
			if (!year_value(s, y, ye))
				return 0;
			m->standard_sep = ':';
			m->number = (struct vn_span){d, i};
			m->year = (struct vn_span){y, ye};
			i = ye;
			break;
		}
		size_t dl = dash_len(s, len, i);
		if (!dl)
			return 0;
		size_t pe = digits_end(s, len, i + dl);
		if (pe == i + dl) {
			/* QCVN 08-MT:2015/BTNMT: a field code in the number. */
			pe = group_end(s, len, i + dl);
			if (pe == i + dl || !looks_abbreviated(s, len, (struct vn_span){i + dl, pe}))
				return 0;
		} else if (year_value(s, i + dl, pe) && !(pe < len && (s[pe] == ':' || dash_len(s, len, pe)))) {
			m->standard_sep = '-';
			m->number = (struct vn_span){d, i};
			m->year = (struct vn_span){i + dl, pe};
			i = pe;
			break;
		}
		i = pe;
	}
	if (word_at(s, len, i))
		return 0;
	if (i + 1 < len && s[i] == '/') {
		size_t se = group_end(s, len, i + 1);
		if (se > i + 1 && looks_abbreviated(s, len, (struct vn_span){i + 1, se})) {
			m->suffix = (struct vn_span){i + 1, se};
			i = se;
		}
	}
	m->span = (struct vn_span){bs, i};
	m->tail_end = i;
	return 1;
}

/* What follows a short form's number must end it: not a decimal, a time,
 * a percentage, a range or a count ("Kế hoạch 5 năm"). */
static int
ends_short_number(const char *s, size_t len, size_t i)
{
	if (i < len) {
		char c = s[i];
		if (c == '%')
			return 0;
		if ((c == ',' || c == '.' || c == ':' || c == '/') && i + 1 < len &&
		    vn_tok_is_digit(s[i + 1]))
			return 0;
		size_t dl = dash_len(s, len, i);
		if (dl && word_at(s, len, i + dl))
			return 0;
	}
	size_t w = vn_tok_skip_space(s, len, i);
	struct vn_date date;
	for (size_t k = 0; k < sizeof count_words / sizeof count_words[0]; k++)
		if (vn_tok_phrase_at(s, len, w, count_words[k]))
			return strcmp(count_words[k], "ngày") == 0 && vn_date_after_ngay(s, len, w, &date);
	return 1;
}

/* Type [số] NUMBER[/YEAR] with no code: Nghị quyết 57, Nghị định 178/2024. */
static int
try_short(const char *s, size_t len, size_t d, size_t e, struct vn_cite_match *m)
{
	size_t k = e;

	memset(m, 0, sizeof *m);
	if (k < len && ascii_letter(s[k]) && !word_at(s, len, k + 1))
		k++; /* Nghị quyết 30c */
	if (word_at(s, len, k))
		return 0;
	m->number = (struct vn_span){d, k};
	if (k < len && s[k] == '/') {
		size_t ye = digits_end(s, len, k + 1);
		if (!year_value(s, k + 1, ye) || (ye < len && s[ye] == '/'))
			return 0;
		m->year = (struct vn_span){k + 1, ye};
		k = ye;
	}
	size_t so = so_before(s, len, d);
	struct vn_head_found h;
	if (!vn_head_adjacent(s, len, so, &h) || !h.info->type || !ends_short_number(s, len, k))
		return 0;
	m->form = VN_FORM_SHORT;
	m->has_so = so != d;
	m->head = h.head;
	m->head_info = h.info;
	m->head_role = VN_ROLE_ADJACENT;
	m->span = (struct vn_span){h.head.start, k};
	/* A number that reads as a year ("Kế hoạch 2024") or a head that is
	 * rarely cited short ("Dự án 1" labels a component) counts only when
	 * the document resolves it. */
	m->weak = !(h.info->flags & VN_HEAD_SHORT) || !h.capitalized ||
	          (m->year.end == m->year.start && year_value(s, d, e) && k == e);
	parse_tail(s, len, m);
	return 1;
}

/* Digits that continue a date, ratio or range (the 8 of 30/8/2016) or a
 * word (H5N1, QH13) start nothing. */
static int
starts_number(const char *s, size_t len, size_t d)
{
	if (d == 0)
		return 1;
	size_t p = vn_tok_prev(s, d), n;
	uint32_t cp = vn_tok_cp(s, len, p, &n);
	if (vn_tok_is_word(cp))
		return 0;
	if ((cp == '/' || cp == '.' || cp == ',' || cp == ':' || vn_tok_is_dash(cp)) && p > 0 &&
	    vn_tok_is_digit(s[p - 1]))
		return 0;
	return 1;
}

/* The first mark after a number (past a letter and spaces): codes and
 * standards go on with a slash, dash or colon; anything else can only be
 * a short form. */
static int
code_follows(const char *s, size_t len, size_t e)
{
	size_t k = e;

	while (k < len && k - e < 2 && ascii_letter(s[k]))
		k++;
	k = vn_tok_skip_space(s, len, k);
	return k < len && (s[k] == '/' || s[k] == ':' || dash_len(s, len, k));
}

/* The next ASCII digit at or after i, eight bytes at a time: a byte b is
 * a digit when b ^ 0x30 < 10, and "some byte below n" has a well-known
 * word-parallel test. */
static size_t
next_digit(const char *s, size_t len, size_t i)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;

	while (i + 8 <= len) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t x = w ^ (ones * 0x30);
		if ((x - ones * 10) & ~x & highs)
			break;
		i += 8;
	}
	while (i < len && !vn_tok_is_digit(s[i]))
		i++;
	return i;
}

void
vn_cite_scan(const char *s, size_t len, struct vn_cite_matches *out)
{
	struct vn_cite_match m;
	size_t i = 0;

	out->n = 0;
	while (i < len) {
		i = next_digit(s, len, i);
		if (i >= len)
			break;
		size_t e = digits_end(s, len, i);
		int code = code_follows(s, len, e), found;
		if (starts_number(s, len, i))
			found = (code && (try_standard(s, len, i, &m) || try_code(s, len, i, e, &m))) ||
			        try_short(s, len, i, e, &m);
		else /* ISO9001:2008, written together */
			found = code && try_standard(s, len, i, &m);
		if (found) {
			push(out, &m);
			i = m.span.end > e ? m.span.end : e;
			continue;
		}
		i = e;
	}
}

size_t
vn_cite_spans(const char *s, size_t len, struct vn_cite_span *out, size_t cap)
{
	struct vn_nfc_text t;
	struct vn_cite_matches m = {0};
	size_t count = 0;

	vn_nfc_text_init(&t);
	const char *text = vn_nfc_text_set(&t, s, len);
	vn_cite_scan(text, t.len, &m);
	for (size_t k = 0; k < m.n; k++) {
		if (m.v[k].weak)
			continue;
		if (count < cap) {
			out[count].start = vn_nfc_text_source(&t, m.v[k].span.start);
			out[count].end = vn_nfc_text_source(&t, m.v[k].span.end);
		}
		count++;
	}
	vn_cite_matches_free(&m);
	vn_nfc_text_free(&t);
	return count;
}
