/* Fuzz the citation recognizer on one line. vn_cite_spans (citescan.h,
 * what metric-extract uses to skip citation numbers, on raw text): spans
 * in order, not overlapping, inside the line, not empty, on character
 * boundaries of valid UTF-8; the count does not depend on how many spans
 * the caller has room for. vn_cite_scan (cite.h, cite-extract's parse, on
 * the line repaired and composed to NFC as cite-extract reads it): matches
 * in order, not overlapping and on character boundaries, each part (head
 * noun, number, year, code groups, body, suffix, issuer) empty or inside
 * the line, a number always present, at most
 * VN_CITE_MAX_GROUPS groups, dates that exist when given.
 * fuzz-seeds: text */
#include <string.h>

#include "cite.h"
#include "citescan.h"
#include "fuzz.h"
#include "nfctext.h"

static int
boundary(const char *s, size_t len, size_t i)
{
	return i == len || ((unsigned char)s[i] & 0xC0) != 0x80;
}

static void
check_spans(const char *s, size_t len)
{
	struct vn_cite_span spans[64], few[2];
	size_t n = vn_cite_spans(s, len, spans, 64);

	FUZZ_ASSERT(vn_cite_spans(s, len, few, 2) == n);
	FUZZ_ASSERT(vn_cite_spans(s, len, NULL, 0) == n);
	for (size_t i = 0; i < n && i < 64; i++) {
		FUZZ_ASSERT(spans[i].start < spans[i].end && spans[i].end <= len);
		FUZZ_ASSERT(i == 0 || spans[i].start >= spans[i - 1].end);
		if (fuzz_is_utf8(s, len))
			FUZZ_ASSERT(boundary(s, len, spans[i].start) && boundary(s, len, spans[i].end));
		if (i < 2)
			FUZZ_ASSERT(few[i].start == spans[i].start && few[i].end == spans[i].end);
	}
}

/* A part of a match: empty, or inside the line. */
static void
check_part(struct vn_span p, size_t len)
{
	FUZZ_ASSERT(p.start <= p.end && p.end <= len);
}

static void
check_scan(const char *raw, size_t rawlen)
{
	struct vn_buf fixed = {0};
	struct vn_nfc_text nfc;
	struct vn_cite_matches m = {0};

	vn_utf8_repair(raw, rawlen, &fixed);
	vn_nfc_text_init(&nfc);
	const char *s = vn_nfc_text_set(&nfc, fixed.data ? fixed.data : "", fixed.len);
	size_t len = nfc.len;
	FUZZ_ASSERT(fuzz_is_utf8(s, len));

	vn_cite_scan(s, len, &m);
	for (size_t i = 0; i < m.n; i++) {
		const struct vn_cite_match *c = &m.v[i];
		FUZZ_ASSERT(c->span.start < c->span.end && c->span.end <= len);
		FUZZ_ASSERT(boundary(s, len, c->span.start) && boundary(s, len, c->span.end));
		FUZZ_ASSERT(i == 0 || c->span.start >= m.v[i - 1].span.end);
		FUZZ_ASSERT(c->form >= VN_FORM_STATE && c->form <= VN_FORM_SHORT);
		FUZZ_ASSERT(c->number.start < c->number.end);
		check_part(c->number, len);
		check_part(c->head, len);
		check_part(c->year, len);
		check_part(c->body, len);
		check_part(c->suffix, len);
		check_part(c->issuer_name, len);
		check_part(c->intro_issuer, len);
		FUZZ_ASSERT(c->ngroups <= VN_CITE_MAX_GROUPS);
		for (size_t g = 0; g < c->ngroups; g++)
			check_part(c->groups[g], len);
		FUZZ_ASSERT(c->tail_end >= c->span.end && c->tail_end <= len);
		if (c->date.year) {
			FUZZ_ASSERT(c->date.month >= 1 && c->date.month <= 12);
			FUZZ_ASSERT(c->date.day >= 1 && c->date.day <= 31);
		}
	}
	vn_cite_matches_free(&m);
	vn_nfc_text_free(&nfc);
	vn_buf_free(&fixed);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check_spans(fuzz_bytes(data), size);
	check_scan(fuzz_bytes(data), size);
	return 0;
}
