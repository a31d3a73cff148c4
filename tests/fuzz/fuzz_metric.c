/* Fuzz the number and metric parsers (lib/vnnumber.c, lib/metric*.c).
 * vn_number_parse at every offset of the input: it consumes no more than
 * is left and says so in out->len, reads nothing past the end (ASan), and
 * a numeral read has a value that is a number (not NaN, not infinite)
 * and a positive scale. vn_metric_scan_line over the input split into
 * lines (repaired to UTF-8 as the reader gives them to metric-extract),
 * one scanner for the whole input as for one document: each metric's span
 * is inside its line, not empty, on character boundaries, in order of
 * start; its kind is named; its numbers are NaN (absent) or finite; unit
 * and subject, when given, are valid UTF-8; and no metric lies inside a
 * citation (vn_cite_spans).
 * fuzz-seeds: text */
#include <math.h>
#include <string.h>

#include "citescan.h"
#include "fuzz.h"
#include "metric.h"
#include "vnnumber.h"

static void
check_numbers(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		struct vn_number num;
		memset(&num, 0xA5, sizeof num);
		size_t n = vn_number_parse(s + i, len - i, &num);
		FUZZ_ASSERT(n <= len - i);
		if (n == 0)
			continue;
		FUZZ_ASSERT(num.len == n);
		FUZZ_ASSERT(isfinite(num.value) && isfinite(num.scale) && num.scale > 0);
	}
}

struct scan {
	const char *s;
	size_t len;
	size_t prev_start;
	struct vn_cite_span cites[32];
	size_t ncites;
};

static int
absent_or_finite(double v)
{
	return isnan(v) || isfinite(v);
}

static void
check_metric(const struct vn_metric *m, void *arg)
{
	struct scan *sc = arg;

	FUZZ_ASSERT(m->start < m->end && m->end <= sc->len && m->start >= sc->prev_start);
	FUZZ_ASSERT(((unsigned char)sc->s[m->start] & 0xC0) != 0x80);
	FUZZ_ASSERT(m->end == sc->len || ((unsigned char)sc->s[m->end] & 0xC0) != 0x80);
	FUZZ_ASSERT(m->kind && m->kind[0]);
	FUZZ_ASSERT(absent_or_finite(m->value) && absent_or_finite(m->low) &&
	            absent_or_finite(m->high) && absent_or_finite(m->of) &&
	            absent_or_finite(m->from) && absent_or_finite(m->to));
	if (m->unit)
		FUZZ_ASSERT(fuzz_is_utf8(m->unit, m->unit_len));
	if (m->subject)
		FUZZ_ASSERT(fuzz_is_utf8(m->subject, m->subject_len));
	for (size_t i = 0; i < sc->ncites && i < 32; i++)
		FUZZ_ASSERT(!(sc->cites[i].start <= m->start && m->end <= sc->cites[i].end));
	sc->prev_start = m->start;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *raw = fuzz_bytes(data);
	struct vn_buf text = {0};
	struct vn_metric_scanner *scanner = vn_metric_scanner_new();

	check_numbers(raw, size);
	vn_utf8_repair(raw, size, &text);
	const char *s = text.data ? text.data : "";
	for (size_t pos = 0; pos <= text.len;) {
		const char *nl = memchr(s + pos, '\n', text.len - pos);
		size_t end = nl ? (size_t)(nl - s) : text.len;
		struct scan sc = {s + pos, end - pos, 0, {{0, 0}}, 0};
		sc.ncites = vn_cite_spans(sc.s, sc.len, sc.cites, 32);
		vn_metric_scan_line(scanner, sc.s, sc.len, check_metric, &sc);
		pos = end + 1;
	}
	vn_metric_scanner_free(scanner);
	vn_buf_free(&text);
	return 0;
}
