/* Fuzz the sentence splitter (vn_sentence_next, lib/sentsplit.c) and the
 * paragraph gathering around it (vn_para, lib/parabuf.c + paragraph.c).
 * On the input as one paragraph: sentences are in bounds, in order, not
 * empty, without white space at either end, only white space (CR, FF, VT
 * included: vn_trim's set) lies between them, so nothing is lost, and the
 * search always moves on. Through vn_para, with the input repaired to
 * UTF-8 (as vn-segment's reader does) and split into lines at LF and the first byte choosing --lines: the sentences given
 * out hold exactly the characters other than white space of the lines.
 * fuzz-seeds: text */
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "paragraph.h"
#include "parabuf.h"
#include "sentsplit.h"

/* White space in a sentence (sentsplit.h): space, tab, NBSP, U+2000..U+200B,
 * U+3000, the BOM. Lines (paragraph.c) also count CR, FF and VT. */
static size_t
space_len(const char *s, size_t len, int line_blanks)
{
	unsigned char c = (unsigned char)s[0];
	if (!line_blanks && (c == '\r' || c == '\f' || c == '\v'))
		return 0;
	return vn_space_len(s, len);
}

/* Between sentences, CR, FF and VT count too (vn_trim's set). */
static int
all_space(const char *s, size_t len)
{
	size_t k;
	for (size_t i = 0; i < len; i += k)
		if ((k = space_len(s + i, len - i, 1)) == 0)
			return 0;
	return 1;
}

static int
ends_in_space(const char *s, size_t len)
{
	for (size_t k = 1; k <= 3 && k <= len; k++)
		if (space_len(s + len - k, k, 0) == k)
			return 1;
	return 0;
}

/* Append s[0..len) without white space. */
static void
squeeze(const char *s, size_t len, struct vn_buf *out)
{
	size_t k;
	for (size_t i = 0; i < len; i += k ? k : 1) {
		k = space_len(s + i, len - i, 1);
		if (!k)
			vn_buf_putc(out, s[i]);
	}
}

static void
check_paragraph(const char *p, size_t n)
{
	size_t pos = 0, prev_end = 0, s, e, next;

	while (vn_sentence_next(p, n, pos, &s, &e, &next)) {
		FUZZ_ASSERT(prev_end <= s && s < e && e <= n);
		FUZZ_ASSERT(e <= next && next <= n && next > pos);
		FUZZ_ASSERT(all_space(p + prev_end, s - prev_end));
		FUZZ_ASSERT(space_len(p + s, e - s, 0) == 0 && !ends_in_space(p + s, e - s));
		prev_end = e;
		pos = next;
	}
	FUZZ_ASSERT(all_space(p + prev_end, n - prev_end));
}

static void
collect(void *ctx, const char *s, size_t len)
{
	FUZZ_ASSERT(len > 0);
	squeeze(s, len, ctx);
}

static void
paragraph_end(void *ctx)
{
	(void)ctx;
}

static void
check_lines(const char *s, size_t len, int each_line)
{
	struct vn_buf want = {0}, got = {0};
	struct vn_para para;

	vn_para_init(&para, each_line, collect, paragraph_end, &got);
	for (size_t pos = 0; pos <= len;) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - s) : len;
		vn_para_add(&para, s + pos, end - pos);
		squeeze(s + pos, end - pos, &want);
		pos = end + 1;
	}
	vn_para_end(&para);
	FUZZ_ASSERT(got.len == want.len && (got.len == 0 || memcmp(got.data, want.data, got.len) == 0));
	vn_para_free(&para);
	vn_buf_free(&want);
	vn_buf_free(&got);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	check_paragraph((const char *)data + 1, size - 1);
	/* vn-segment gives vn_para lines the reader has repaired to UTF-8. */
	struct vn_buf text = {0};
	vn_utf8_repair((const char *)data + 1, size - 1, &text);
	check_lines(text.data ? text.data : "", text.len, data[0] & 1);
	vn_buf_free(&text);
	return 0;
}
