/* The unit of a figure (the counted noun: `hồ sơ`, `chi bộ`, `TTHC`) and
 * its subject (the noun phrase the figure is about, as written). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "metricint.h"
#include "vnfold.h"
#include "vnnumber.h"

/* Roman numerals are labels (Quý III, Khóa XIII), never units. */
static int
is_roman(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strchr("IVXLCDM", s[i]))
			return 0;
	return n > 0;
}

size_t
vn_mt_unit(struct vn_metric_scanner *sc, size_t i, int fallback)
{
	if (i >= sc->ntok || sc->tok[i].kind != TK_WORD)
		return 0;
	size_t n = vn_mt_phrase(sc, i, &vn_list_units);
	size_t m = vn_mt_phrase(sc, i, &vn_list_units_vtb);
	if (m > n)
		n = m;
	if (n)
		return n;
	if (!fallback)
		return 0;
	const struct tok *t = &sc->tok[i];
	/* An acronym counts: "06 TTHC", "35 DVC"; not a Roman numeral, and
	 * not part of a code ("QĐ-UBND"). */
	if (vn_mt_caps(sc, i) == 2 && !is_roman(sc->s + t->start, t->end - t->start) &&
	    !(i + 1 < sc->ntok && sc->tok[i + 1].gap == 0 &&
	      (vn_mt_punct(sc, i + 1, '-') || vn_mt_punct(sc, i + 1, '/'))))
		return 1;
	/* Any other common noun of the treebank; a capitalized word after a
	 * number is a name ("25 Lý Thường Kiệt"), not a unit. */
	if (vn_mt_caps(sc, i) == 0 && !vn_mt_phrase(sc, i, &vn_list_non_units))
		return vn_mt_phrase(sc, i, &vn_list_nouns_vtb);
	return 0;
}

void
vn_mt_set_text(struct vn_buf *b, const char *s, size_t start, size_t end)
{
	int space = 0, marks = 0;

	/* Spaces only shrink, so the text fits in its own length; composing
	 * may grow it (rarely), hence the room to spare. */
	vn_buf_clear(b);
	vn_buf_reserve(b, 3 * (end - start) + 16);
	char *out = b->data;
	size_t o = 0;
	for (size_t i = start; i < end; i++) {
		char c = s[i];
		if (c == '_' || c == ' ' || c == '\t') {
			space = 1;
			continue;
		}
		/* "tỉnh , thành phố" from a tokenizer reads "tỉnh, thành phố". */
		if (space && o && c != ',')
			out[o++] = ' ';
		space = 0;
		if ((unsigned char)c == 0xCC || (unsigned char)c == 0xCD)
			marks = 1;
		out[o++] = c;
	}
	/* Units and subjects are values to group by: compose NFD text so
	 * that "hồ sơ" is one unit however it was typed. */
	if (marks && !memchr(out, '\0', o))
		o = vn_nfc_in_place(out, o, 3 * (end - start) + 16);
	b->len = o;
	out[o] = '\0';
	if (marks && memchr(out, '\0', o)) {
		/* utf8proc reads C strings: it composes up to the NUL. */
		utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)out);
		vn_buf_clear(b);
		if (nfc) {
			vn_buf_append(b, nfc, strlen((const char *)nfc));
			free(nfc);
		}
	}
}

/* Words that end a noun phrase going forward: conjunctions and the
 * prepositions that start an adverbial ("so với", "trong năm"). */
static const char *const phrase_stop_after[] = {
	"và", "hoặc", "so", "trong", "với", "nhưng", "để", "nhằm", "theo", "là", "tại",
	"từ", "đến", "tới", "trên", "dưới", "đạt", "chiếm", "gồm", "thì", "còn", "nên",
	"giảm", "tăng", "xếp", "đứng", "vào", "đối", "đã", "đang", "sẽ", "cũng", "vẫn", "đều",
	"không", "chưa", "phải", "cần", "nhưng", NULL,
};

/* Words trimmed from either end of a subject before a figure. */
static const char *const phrase_trim[] = {
	"đã", "được", "cũng", "sẽ", "vẫn", "đang", "thì", "và", "còn", "có", "là", "đều",
	"tiếp tục", "năm", "trong", "của", NULL,
};

/* Words that start a clause: the subject before a figure begins after
 * them ("khi sắp xếp thì số lượng giảm"). */
static const char *const clause_words[] = {"thì", "mà", "nhưng", "khi", "nên", NULL};

#define MAX_SUBJECT_WORDS 12

static int
is_boundary_punct(const struct vn_metric_scanner *sc, size_t k)
{
	const struct tok *t = &sc->tok[k];
	if (t->kind != TK_PUNCT)
		return 0;
	/* A hyphen inside a word group ("CB-CC") does not end a phrase. */
	if (t->cp == '-' && t->gap == 0 && k + 1 < sc->ntok && sc->tok[k + 1].gap == 0)
		return 0;
	return 1;
}

void
vn_mt_subject_after(struct vn_metric_scanner *sc, size_t i)
{
	size_t k = i, words = 0;

	vn_buf_clear(&sc->subject);
	/* "83% được tiếp nhận": a verb, no noun phrase to name. */
	if (vn_mt_is_any(sc, i, phrase_trim))
		return;
	while (k < sc->ntok && words < MAX_SUBJECT_WORDS) {
		if (sc->tok[k].kind == TK_NUM) {
			/* "dịch vụ công mức độ 3": drop the label before a number. */
			k -= vn_mt_phrase_before(sc, k, &vn_list_labels);
			break;
		}
		if (is_boundary_punct(sc, k))
			break;
		if (vn_mt_is_any(sc, k, phrase_stop_after))
			break;
		if (sc->tok[k].kind == TK_WORD)
			words++;
		k++;
	}
	while (k > i && (sc->tok[k - 1].kind == TK_PUNCT || vn_mt_is_any(sc, k - 1, phrase_trim)))
		k--;
	if (k > i)
		vn_mt_set_text(&sc->subject, sc->s, sc->tok[i].start, sc->tok[k - 1].end);
}

void
vn_mt_subject_before(struct vn_metric_scanner *sc, size_t i)
{
	size_t end = i, k;

	vn_buf_clear(&sc->subject);
	/* Leave out a year just before the figure ("của Sở năm 2017 đứng"). */
	while (end > 0 && (vn_mt_is_any(sc, end - 1, phrase_trim) || vn_mt_plain_year(sc, end - 1)))
		end--;
	k = end;
	size_t words = 0;
	while (k > 0 && words < MAX_SUBJECT_WORDS) {
		const struct tok *t = &sc->tok[k - 1];
		if (t->kind == TK_NUM || is_boundary_punct(sc, k - 1) ||
		    vn_mt_is_any(sc, k - 1, clause_words))
			break;
		if (t->kind == TK_WORD)
			words++;
		k--;
	}
	while (k < end && (sc->tok[k].kind == TK_PUNCT || vn_mt_is_any(sc, k, phrase_trim)))
		k++;
	if (k < end)
		vn_mt_set_text(&sc->subject, sc->s, sc->tok[k].start, sc->tok[end - 1].end);
}
