#include "citeparse.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "citetok.h"
#include "doctype.h"
#include "utf8.h"

static size_t
span_len(struct vn_span g)
{
	return g.end - g.start;
}

static int
span_empty(struct vn_span g)
{
	return g.end == g.start;
}

static char *
take(struct vn_buf *b)
{
	char *s = vn_xstrndup(b->data ? b->data : "", b->len);
	vn_buf_clear(b);
	return s;
}

/* s[a..b) as it stands, with Ð (typed for Đ) repaired and dashes made
 * hyphens. */
static void
put_repaired(struct vn_buf *b, const char *s, size_t len, size_t a, size_t e)
{
	size_t n;
	char enc[4];

	for (size_t i = a; i < e; i += n) {
		uint32_t cp = vn_tok_cp(s, len, i, &n);
		if (cp == 0xD0)
			cp = 0x110;
		else if (cp == 0xF0)
			cp = 0x111;
		else if (vn_tok_is_dash(cp))
			cp = '-';
		vn_buf_append(b, enc, vn_utf8_encode(cp, enc));
	}
}

static void
put_upper(struct vn_buf *b, const char *s, size_t len, struct vn_span g)
{
	char tmp[256];
	size_t n = vn_tok_upper(s, len, g.start, g.end, tmp, sizeof tmp);

	if (n == (size_t)-1)
		put_repaired(b, s, len, g.start, g.end);
	else
		vn_buf_append(b, tmp, n);
}

/* One code group in its official spelling: a known type or issuer code as
 * the tables write it (TTg, CTr, QH13), another abbreviation as written,
 * a group written in small letters in capitals. */
static void
put_group(struct vn_buf *b, const char *s, size_t len, struct vn_span g,
          const struct vn_type_code *as_type)
{
	if (as_type) {
		vn_buf_append(b, as_type->code, strlen(as_type->code));
		return;
	}
	const struct vn_issuer *is = vn_issuer_find(s + g.start, span_len(g));
	if (is) {
		size_t digits = g.end;
		while (digits > g.start && vn_tok_is_digit(s[digits - 1]))
			digits--;
		vn_buf_append(b, is->code, strlen(is->code));
		if (is->has_term)
			vn_buf_append(b, s + digits, g.end - digits);
		return;
	}
	if (vn_tok_mostly_upper(s, len, g.start, g.end))
		put_repaired(b, s, len, g.start, g.end);
	else
		put_upper(b, s, len, g);
}

static void
put_groups(struct vn_buf *b, const char *s, size_t len, const struct vn_cite_match *m, size_t from)
{
	for (size_t k = from; k < m->ngroups; k++) {
		if (k > from)
			vn_buf_putc(b, '-');
		put_group(b, s, len, m->groups[k], NULL);
	}
}

/* Words of a name or a standard body with single spaces: word segmenters'
 * underscores and runs of spaces become one space. */
static char *
collapse_spaces(const char *s, size_t len, struct vn_span g, int upper)
{
	struct vn_buf b = {0};
	size_t i = g.start, n;

	while (i < g.end) {
		uint32_t cp = vn_tok_cp(s, len, i, &n);
		if (vn_tok_is_space(cp)) {
			i = vn_tok_skip_space(s, len, i);
			if (i < g.end && b.len > 0 && b.data[b.len - 1] != '/')
				vn_buf_putc(&b, ' ');
			continue;
		}
		if (cp == '/' && b.len > 0 && b.data[b.len - 1] == ' ')
			b.len--;
		struct vn_span one = {i, i + n};
		if (upper)
			put_upper(&b, s, len, one);
		else
			put_repaired(&b, s, len, i, i + n);
		i += n;
	}
	char *out = take(&b);
	vn_buf_free(&b);
	return out;
}

static int
year_of(const char *s, struct vn_span y)
{
	int v = 0;

	for (size_t i = y.start; i < y.end; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* A công văn has no type name, so its ký hiệu is the agency and the
 * drafting unit (Nghị định 30/2020, Phụ lục I): a state code with no type
 * code and no year. Laws and National Assembly acts (80/2015/QH13) carry
 * a year and no type code; their type is only in the words before. */
static const char *
type_from_code(const struct vn_cite_match *m, const struct vn_type_code *tc)
{
	if (tc)
		return tc->type;
	if (m->form == VN_FORM_STATE && span_empty(m->year))
		return "Công văn";
	return NULL;
}

/* The codes of a match: its type code (NULL for công văn, laws and a
 * dash number with an issuer), and the system it belongs to. */
static const struct vn_type_code *
code_type(const char *s, const struct vn_cite_match *m, int *system)
{
	struct vn_span g = m->groups[0];
	const struct vn_type_code *tc = NULL;

	switch (m->form) {
	case VN_FORM_STATE:
		*system = VN_SYS_STATE;
		return vn_type_code_find(s + g.start, span_len(g), VN_SYS_STATE);
	case VN_FORM_PARTY:
	case VN_FORM_DASH:
		*system = VN_SYS_PARTY;
		tc = vn_type_code_find(s + g.start, span_len(g), VN_SYS_PARTY);
		if (!tc)
			tc = vn_type_code_find(s + g.start, span_len(g), VN_SYS_STATE);
		if (m->ngroups > 1 || !tc) {
			/* Before Hướng dẫn 36, some state bodies numbered with the
			 * Party's dash: 123-QĐ/UB, Nghị định 64-CP. */
			struct vn_span issuer = m->ngroups > 1 ? m->groups[1] : g;
			const struct vn_issuer *is = vn_issuer_find(s + issuer.start, span_len(issuer));
			if (is)
				*system = is->system;
		}
		return tc;
	case VN_FORM_STANDARD:
		*system = VN_SYS_STANDARD;
		return NULL;
	case VN_FORM_SHORT:
		*system = VN_SYS_NONE;
		return NULL;
	}
	return NULL;
}

static void
fill_code_fields(const char *s, size_t len, const struct vn_cite_match *m,
                 const struct vn_type_code *tc, struct vn_cite *c)
{
	struct vn_buf b = {0};

	put_repaired(&b, s, len, m->number.start, m->number.end);
	c->number = take(&b);
	switch (m->form) {
	case VN_FORM_STATE:
		vn_buf_append(&b, s + m->number.start, span_len(m->number));
		vn_buf_putc(&b, '/');
		if (!span_empty(m->year)) {
			vn_buf_append(&b, s + m->year.start, span_len(m->year));
			vn_buf_putc(&b, '/');
		}
		put_group(&b, s, len, m->groups[0], tc);
		if (m->ngroups > 1)
			vn_buf_putc(&b, '-');
		put_groups(&b, s, len, m, 1);
		c->id = take(&b);
		if (tc)
			c->type_code = vn_xstrndup(tc->code, strlen(tc->code));
		put_groups(&b, s, len, m, tc ? 1 : 0);
		c->issuer = b.len ? take(&b) : NULL;
		break;
	case VN_FORM_PARTY:
	case VN_FORM_DASH:
		vn_buf_append(&b, s + m->number.start, span_len(m->number));
		vn_buf_putc(&b, '-');
		put_group(&b, s, len, m->groups[0], tc);
		if (m->ngroups > 1)
			vn_buf_putc(&b, '/');
		put_groups(&b, s, len, m, 1);
		c->id = take(&b);
		if (tc) {
			c->type_code = vn_xstrndup(tc->code, strlen(tc->code));
			put_groups(&b, s, len, m, 1);
		} else if (m->form == VN_FORM_PARTY) {
			put_group(&b, s, len, m->groups[0], NULL);
			c->type_code = take(&b);
			put_groups(&b, s, len, m, 1);
		} else {
			put_groups(&b, s, len, m, 0);
		}
		c->issuer = b.len ? take(&b) : NULL;
		break;
	case VN_FORM_STANDARD:
		/* The designation with single spaces: TCVN ISO 9001:2015. */
		c->issuer = collapse_spaces(s, len, m->body, 1);
		vn_buf_append(&b, c->issuer, strlen(c->issuer));
		vn_buf_putc(&b, ' ');
		vn_buf_append(&b, c->number, strlen(c->number));
		vn_buf_putc(&b, m->standard_sep);
		vn_buf_append(&b, s + m->year.start, span_len(m->year));
		if (!span_empty(m->suffix)) {
			vn_buf_putc(&b, '/');
			put_upper(&b, s, len, m->suffix);
		}
		c->id = take(&b);
		break;
	case VN_FORM_SHORT:
		/* Unresolved, a short form's id is its number as written. */
		vn_buf_append(&b, s + m->number.start, span_len(m->number));
		if (!span_empty(m->year)) {
			vn_buf_putc(&b, '/');
			vn_buf_append(&b, s + m->year.start, span_len(m->year));
		}
		c->id = take(&b);
		break;
	}
	vn_buf_free(&b);
}

/* Does type `type` (a head noun's) agree with the code of m? */
static int
type_agrees(const char *s, const struct vn_cite_match *m, const char *type,
            const struct vn_type_code *tc, int system, const struct vn_head *head)
{
	if (m->form == VN_FORM_STANDARD || m->form == VN_FORM_SHORT)
		return 0;
	if (tc)
		return vn_type_code_fits(type, s + m->groups[0].start, span_len(m->groups[0]), system);
	/* Laws listed after one "Luật": 80/2015/QH13 và 77/2015/QH13. */
	return head && (head->flags & VN_HEAD_TITLED) && !span_empty(m->year);
}

/* Does a sentence end in s[a..b)? A stop, ! or ? before a space. */
static int
sentence_ends(const char *s, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && (i + 1 >= b || s[i + 1] == ' '))
			return 1;
	return 0;
}

/* Only a comma, "và", "hoặc" or "cùng" between a and b: the numbers on
 * either side are one list and share what follows the last. */
static int
joined(const char *s, size_t len, size_t a, size_t b)
{
	static const char *const conj[] = {"và", "hoặc", "cùng"};
	size_t i = vn_tok_skip_space(s, len, a), k;

	if (i < b && s[i] == ',')
		i = vn_tok_skip_space(s, len, i + 1);
	for (size_t c = 0; c < sizeof conj / sizeof conj[0]; c++)
		if ((k = vn_tok_phrase_at(s, len, i, conj[c])) && k <= b) {
			i = vn_tok_skip_space(s, len, k);
			break;
		}
	return i >= b;
}

/* Issuer codes of one body: the same code, the National Assembly's term
 * aside (QH13, QH14). */
static int
same_issuer(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	size_t la = strlen(a), lb = strlen(b);
	while (la > 0 && vn_tok_is_digit(a[la - 1]))
		la--;
	while (lb > 0 && vn_tok_is_digit(b[lb - 1]))
		lb--;
	return la == lb && memcmp(a, b, la) == 0;
}

void
vn_cite_parse_line(const char *s, size_t len, const struct vn_cite_match *m, size_t n,
                   struct vn_cite *out)
{
	/* The head noun (and list issuer) that headless numbers take. */
	const struct vn_head *active = NULL;
	struct vn_span active_issuer = {0, 0};

	for (size_t k = 0; k < n; k++) {
		const struct vn_cite_match *mk = &m[k];
		struct vn_cite *c = &out[k];
		int system = VN_SYS_NONE;
		const struct vn_type_code *tc = code_type(s, mk, &system);

		memset(c, 0, sizeof *c);
		c->system = system;
		fill_code_fields(s, len, mk, tc, c);
		if (k > 0 && sentence_ends(s, m[k - 1].tail_end, mk->span.start)) {
			active = NULL;
			active_issuer = (struct vn_span){0, 0};
		}

		struct vn_span name = mk->issuer_name;
		if (mk->head_info && mk->head_info->type) {
			c->type = mk->head_info->type;
			active = mk->head_info;
			active_issuer = mk->intro_issuer;
		} else if (mk->head_info) {
			/* "văn bản số …" starts a new item with no type. */
			active = NULL;
			active_issuer = (struct vn_span){0, 0};
		} else if (active && mk->form != VN_FORM_STANDARD &&
		           type_agrees(s, mk, active->type, tc, system, active)) {
			c->type = active->type;
			if (span_empty(name))
				name = active_issuer;
		}
		if (span_empty(name))
			name = mk->intro_issuer;
		if (!c->type && mk->form != VN_FORM_STANDARD)
			c->type = type_from_code(mk, tc);
		if (mk->form == VN_FORM_SHORT) {
			c->is_short = 1;
			c->weak = mk->weak;
			c->system = c->type ? vn_type_system(c->type) : VN_SYS_NONE;
		}

		if (!span_empty(mk->year))
			c->year = year_of(s, mk->year);
		else if (mk->date.year)
			c->year = mk->date.year;
		c->date = mk->date;
		if (!span_empty(name))
			c->issuer_name = collapse_spaces(s, len, name, 0);
	}

	/* "Nghị định 61/2018/NĐ-CP và Nghị định 107/2021/NĐ-CP của Chính phủ":
	 * the issuer after the last of a list names every one whose code has
	 * the same issuer. */
	for (size_t k = n; k-- > 1;) {
		struct vn_cite *prev = &out[k - 1];
		if (!out[k].issuer_name || prev->issuer_name || m[k].weak || m[k - 1].weak ||
		    m[k].form == VN_FORM_STANDARD || m[k - 1].form == VN_FORM_STANDARD ||
		    !same_issuer(prev->issuer, out[k].issuer) ||
		    !joined(s, len, m[k - 1].tail_end, m[k].span.start))
			continue;
		prev->issuer_name = vn_xstrndup(out[k].issuer_name, strlen(out[k].issuer_name));
	}
}
