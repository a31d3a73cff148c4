/* Standards (cite.h): ISO 9001:2008, TCVN ISO 9001:2015, TCVN 6909:2001,
 * TCVN 5945-1995, QCVN 01:2009/BYT. */
#include <string.h>

#include "citeparts.h"
#include "citetok.h"

/* Bodies whose designations are standards (GUIDELINES.md rule 4); QCVN,
 * the national technical regulations, are numbered the same way. */
#define BODY(name) {name, sizeof name - 1}
static const struct {
	const char *name;
	size_t len;
} standard_bodies[] = {BODY("iso"), BODY("iec"), BODY("tcvn"), BODY("qcvn")};
enum { NBODIES = sizeof standard_bodies / sizeof standard_bodies[0] };

/* Can a body end in the letter that ends at p? Most numbers after a
 * word are ruled out without finding the word. */
static int
may_end_standard_body(const char *s, size_t len, size_t p)
{
	uint32_t last = vn_tok_lower_cp_before(s, len, p);

	for (size_t k = 0; k < NBODIES; k++)
		if ((unsigned char)standard_bodies[k].name[standard_bodies[k].len - 1] == last)
			return 1;
	return 0;
}

int
vn_cite_is_standard_body(const char *s, size_t len, size_t a, size_t b)
{
	for (size_t k = 0; k < NBODIES; k++)
		if (vn_tok_word_is(s, len, a, b, standard_bodies[k].name))
			return 1;
	return 0;
}

/* The standard body words before d: "ISO", "TCVN ISO", "ISO/IEC",
 * "ISO9001" written together; their start, or d when there are none. */
static size_t
standard_body_before(const char *s, size_t len, size_t d)
{
	size_t p = d;

	if (!(d > 0 && vn_tok_ascii_letter(s[d - 1]))) {
		p = vn_tok_back_space(s, len, d);
		if (p == d)
			return d;
	}
	if (p == 0 || !may_end_standard_body(s, len, p))
		return d;
	size_t ws = vn_tok_word_start_within(s, len, p, 4);
	if (ws == (size_t)-1 || ws == p || !vn_cite_is_standard_body(s, len, ws, p))
		return d;
	/* TCVN ISO/IEC: three bodies at most. */
	for (int more = 0; more < 2; more++) {
		size_t q = ws > 0 && s[ws - 1] == '/' ? ws - 1 : vn_tok_back_space(s, len, ws);
		if (q == ws)
			break;
		size_t w2 = vn_tok_word_start_within(s, len, q, 4);
		if (w2 == (size_t)-1 || w2 == q || !vn_cite_is_standard_body(s, len, w2, q))
			break;
		ws = w2;
	}
	return ws;
}

/* BODY NUMBER[-PART]:YEAR, BODY NUMBER-YEAR (older TCVN), and QCVN's
 * NUMBER[-FIELD]:YEAR/ISSUER. A standard with no year names no edition and
 * is not taken. */
int
vn_cite_standard_at(const char *s, size_t len, size_t d, struct vn_cite_match *m)
{
	size_t bs = standard_body_before(s, len, d);

	if (bs == d)
		return 0;
	memset(m, 0, sizeof *m);
	m->form = VN_FORM_STANDARD;
	m->body = (struct vn_span){bs, d};
	size_t i = vn_tok_digits_end(s, len, d);
	for (;;) {
		size_t j = vn_tok_skip_space(s, len, i);
		if (j < len && s[j] == ':') {
			size_t y = vn_tok_skip_space(s, len, j + 1), ye = vn_tok_digits_end(s, len, y);
			if (!vn_tok_year(s, y, ye))
				return 0;
			m->standard_sep = ':';
			m->number = (struct vn_span){d, i};
			m->year = (struct vn_span){y, ye};
			i = ye;
			break;
		}
		size_t dl = vn_tok_dash_len(s, len, i);
		if (!dl)
			return 0;
		size_t pe = vn_tok_digits_end(s, len, i + dl);
		if (pe == i + dl) {
			/* QCVN 08-MT:2015/BTNMT: a field code in the number. */
			pe = vn_tok_group_end(s, len, i + dl);
			if (pe == i + dl || !vn_tok_mostly_upper(s, len, i + dl, pe))
				return 0;
		} else if (vn_tok_year(s, i + dl, pe) && !(pe < len && (s[pe] == ':' || vn_tok_dash_len(s, len, pe)))) {
			m->standard_sep = '-';
			m->number = (struct vn_span){d, i};
			m->year = (struct vn_span){i + dl, pe};
			i = pe;
			break;
		}
		i = pe;
	}
	if (vn_tok_word_at(s, len, i))
		return 0;
	if (i + 1 < len && s[i] == '/') {
		size_t se = vn_tok_group_end(s, len, i + 1);
		if (se > i + 1 && vn_tok_mostly_upper(s, len, i + 1, se)) {
			m->suffix = (struct vn_span){i + 1, se};
			i = se;
		}
	}
	m->span = (struct vn_span){bs, i};
	m->tail_end = i;
	return 1;
}

