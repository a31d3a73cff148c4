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
#include "citeparts.h"
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

/* "số", "Số:" or "số:" before the number at b; its start, or b. */
size_t
vn_cite_so_before(const char *s, size_t len, size_t b)
{
	size_t p = vn_tok_back_space(s, len, b);

	if (p > 0 && s[p - 1] == ':')
		p = vn_tok_back_space(s, len, p - 1);
	if (p == 0 || vn_tok_lower_cp_before(s, len, p) != 0x1ED1) /* ố */
		return b;
	size_t ws = vn_tok_word_start_within(s, len, p, 8);
	if (ws != (size_t)-1 && ws < p && vn_tok_word_is(s, len, ws, p, "số"))
		return ws;
	return b;
}

/* The issue date after the number and the issuer after "của". */
void
vn_cite_tail(const char *s, size_t len, struct vn_cite_match *m)
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
		size_t dl = vn_tok_dash_len(s, len, i);
		if (dl && vn_tok_word_at(s, len, i + dl))
			return 0;
	}
	size_t w = vn_tok_skip_space(s, len, i);
	struct vn_date date;
	for (size_t k = 0; k < sizeof count_words / sizeof count_words[0]; k++)
		if (vn_tok_phrase_at(s, len, w, count_words[k]))
			return strcmp(count_words[k], "ngày") == 0 && vn_date_after_ngay(s, len, w, &date);
	return 1;
}

/* Type [số] NUMBER[/YEAR] with no code: Nghị quyết 57, Nghị định 178/2024.
 * Most numbers are no short form: *m is only cleared and filled once the
 * head noun is found. */
static int
try_short(const char *s, size_t len, size_t d, size_t e, struct vn_cite_match *m)
{
	size_t k = e;
	struct vn_span year = {0, 0};

	if (k < len && vn_tok_ascii_letter(s[k]) && !vn_tok_word_at(s, len, k + 1))
		k++; /* Nghị quyết 30c */
	if (vn_tok_word_at(s, len, k))
		return 0;
	struct vn_span number = {d, k};
	if (k < len && s[k] == '/') {
		size_t ye = vn_tok_digits_end(s, len, k + 1);
		if (!vn_tok_year(s, k + 1, ye) || (ye < len && s[ye] == '/'))
			return 0;
		year = (struct vn_span){k + 1, ye};
		k = ye;
	}
	size_t so = vn_cite_so_before(s, len, d);
	struct vn_head_found h;
	if (!vn_head_adjacent(s, len, so, &h) || !h.info->type || !ends_short_number(s, len, k))
		return 0;
	memset(m, 0, sizeof *m);
	m->number = number;
	m->year = year;
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
	          (m->year.end == m->year.start && vn_tok_year(s, d, e) && k == e);
	vn_cite_tail(s, len, m);
	return 1;
}

/* "Chỉ thị 15, 16 và 19": numbers listed after a short form share its
 * head noun (GUIDELINES.md rule 2). The list must end with "và" or
 * "hoặc" and a number, as enumerations do; after "Nghị quyết 57, 2 đơn
 * vị …" the 2 is a count. Appends the items; returns the end of the last,
 * or 0 when there is no list. */
enum { MAX_SHORT_LIST = 8 };

static size_t
short_list(const char *s, size_t len, const struct vn_cite_match *first,
           struct vn_cite_matches *out)
{
	struct vn_cite_match items[MAX_SHORT_LIST];
	size_t n = 0, p = first->span.end, k;

	if (first->date.year || first->issuer_name.end > first->issuer_name.start)
		return 0;
	for (;;) {
		size_t q = vn_tok_skip_space(s, len, p);
		int last = 0;
		if (q < len && s[q] == ',') {
			q = vn_tok_skip_space(s, len, q + 1);
		} else if ((k = vn_tok_phrase_at(s, len, q, "và")) ||
		           (k = vn_tok_phrase_at(s, len, q, "hoặc"))) {
			q = vn_tok_skip_space(s, len, k);
			last = 1;
		} else {
			return 0;
		}
		if (q >= len || !vn_tok_is_digit(s[q]) || n == MAX_SHORT_LIST)
			return 0;
		size_t e = vn_tok_digits_end(s, len, q), end = e;
		if (end < len && vn_tok_ascii_letter(s[end]) && !vn_tok_word_at(s, len, end + 1))
			end++;
		if (vn_tok_word_at(s, len, end) || (end < len && s[end] == '/') ||
		    !ends_short_number(s, len, end))
			return 0;
		struct vn_cite_match *it = &items[n++];
		memset(it, 0, sizeof *it);
		it->form = VN_FORM_SHORT;
		it->head_info = first->head_info;
		it->number = it->span = (struct vn_span){q, end};
		it->tail_end = end;
		it->weak = first->weak || (vn_tok_year(s, q, e) && end == e);
		if (last) {
			vn_cite_tail(s, len, it);
			break;
		}
		p = end;
	}
	for (size_t i = 0; i < n; i++)
		push(out, &items[i]);
	return items[n - 1].span.end;
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

	while (k < len && k - e < 2 && vn_tok_ascii_letter(s[k]))
		k++;
	k = vn_tok_skip_space(s, len, k);
	return k < len && (s[k] == '/' || s[k] == ':' || vn_tok_dash_len(s, len, k));
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
		size_t e = vn_tok_digits_end(s, len, i);
		int code = code_follows(s, len, e), found;
		if (starts_number(s, len, i))
			found = (code && (vn_cite_standard_at(s, len, i, &m) || vn_cite_code_at(s, len, i, e, &m))) ||
			        try_short(s, len, i, e, &m);
		else /* ISO9001:2008, written together */
			found = code && vn_cite_standard_at(s, len, i, &m);
		/* A standard's body reaches back before its digits, into what
		 * may already be taken: a recognizer's matches never overlap. */
		if (found && out->n && m.span.start < out->v[out->n - 1].span.end)
			found = 0;
		if (found) {
			push(out, &m);
			i = m.span.end > e ? m.span.end : e;
			if (m.form == VN_FORM_SHORT && !m.weak) {
				size_t list_end = short_list(s, len, &m, out);
				if (list_end > i)
					i = list_end;
			}
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
