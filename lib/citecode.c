/* Document numbers and codes (cite.h): state number[/year]/GROUP-GROUP,
 * Party number-TYPE/GROUP, and the older number-GROUP, with the head noun
 * and "số" before them. Nghị định 30/2020/NĐ-CP (Phụ lục I) fixes the
 * state form: "/" between number and code, "-" between groups, no
 * spaces; Hướng dẫn 36-HD/VPTW the Party form. Texts still put spaces
 * around the marks and write codes in small letters; both are read. */
#include <string.h>

#include "citehead.h"
#include "citeparts.h"
#include "citetok.h"

/* A type or issuer code of the tables, in any case. */
static int
known_code(const char *s, struct vn_span g)
{
	return vn_code_known(s + g.start, g.end - g.start);
}

/* A code written all in small letters ("qđ-ubnd", copied from a lower-
 * cased text) may have groups no table knows after a first group that a
 * table does know. */
static int
group_ok(const char *s, size_t len, struct vn_span g, int first, int lowercase_code, int spaced)
{
	if (known_code(s, g) || vn_tok_mostly_upper(s, len, g.start, g.end))
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
		struct vn_span g = {i, vn_tok_group_end(s, len, i)};
		if (g.end == g.start)
			break;
		if (lowercase_code < 0) {
			struct vn_span first = m->ngroups ? m->groups[0] : g;
			lowercase_code = vn_tok_all_lower(s, len, first.start, first.end);
		}
		/* "QĐ- TCVN ISO 9001": the standard after a dash left hanging. */
		if (!group_ok(s, len, g, m->ngroups == 0, lowercase_code, spaced) ||
		    vn_cite_is_standard_body(s, len, g.start, g.end))
			break;
		m->groups[m->ngroups++] = g;
		end = g.end;
		size_t j = vn_tok_skip_space(s, len, g.end);
		size_t dl = vn_tok_dash_len(s, len, j);
		if (!dl)
			break;
		size_t k = vn_tok_skip_space(s, len, j + dl);
		spaced = j != g.end || k != j + dl;
		i = k;
	}
	return end;
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
		return m->ngroups >= 2 && (tc || vn_tok_mostly_upper(s, len, g.start, g.end));
	case VN_FORM_PARTY:
		return tc != NULL;
	default:
		return 0;
	}
}

int
vn_cite_code_at(const char *s, size_t len, size_t d, size_t e, struct vn_cite_match *m)
{
	size_t k = e, dl;

	/* Numbers may carry a letter: 30c/NQ-CP. */
	while (k < len && k - e < 3 && vn_tok_ascii_letter(s[k]))
		k++;
	if (k - e > 2 || vn_tok_word_at(s, len, k))
		return 0;
	size_t q = vn_tok_skip_space(s, len, k);
	int spaced = q != k;
	size_t code_end;

	if (q < len && s[q] == '/') {
		size_t q1 = vn_tok_skip_space(s, len, q + 1);
		struct vn_span year = {0, 0};
		spaced |= q1 != q + 1;
		if (q1 < len && vn_tok_is_digit(s[q1])) {
			size_t ye = vn_tok_digits_end(s, len, q1);
			size_t q2 = vn_tok_skip_space(s, len, ye);
			if (!vn_tok_year(s, q1, ye) || q2 >= len || s[q2] != '/')
				return 0; /* a date or a fraction: 30/8/2016, 12/16 */
			year = (struct vn_span){q1, ye};
			q1 = vn_tok_skip_space(s, len, q2 + 1);
			spaced |= q2 != ye || q1 != q2 + 1;
		}
		/* Cleared only now: most numbers before a slash are dates. */
		memset(m, 0, sizeof *m);
		m->number = (struct vn_span){d, k};
		m->year = year;
		code_end = parse_groups(s, len, q1, spaced, m);
		if (m->ngroups == 0)
			return 0;
		m->form = VN_FORM_STATE;
	} else if ((dl = vn_tok_dash_len(s, len, q))) {
		size_t q1 = vn_tok_skip_space(s, len, q + dl);
		struct vn_span t = {q1, vn_tok_group_end(s, len, q1)};
		if (t.end == t.start || !(known_code(s, t) || vn_tok_mostly_upper(s, len, t.start, t.end)))
			return 0;
		memset(m, 0, sizeof *m);
		m->number = (struct vn_span){d, k};
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

	size_t so = vn_cite_so_before(s, len, d);
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
	vn_cite_tail(s, len, m);
	return 1;
}

