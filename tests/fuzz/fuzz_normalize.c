/* Fuzz vn-normalize's per-line pipeline (vn_normalize_line, lib/normalize.c):
 * the first byte picks the options (default, --tone=new, --tone=keep,
 * --fold, --ascii-punct), the rest, split at LF, are the lines as the
 * reader gives them. Each line comes out as one line (no LF), valid UTF-8,
 * equal to what every step gives without the fast path
 * (vn_normalize_steps), and normalizing it again changes nothing.
 * fuzz-seeds: text */
#include <string.h>

#include "fuzz.h"
#include "normalize.h"

static void
pick_options(unsigned char c, struct vn_norm_options *o)
{
	vn_norm_options_default(o);
	switch (c % 5) {
	case 1: o->tone_style = VN_TONE_STYLE_NEW; break;
	case 2: o->tone_style = VN_TONE_STYLE_KEEP; break;
	case 3: o->fold = 1; break;
	case 4: o->ascii_punct = 1; break;
	default: break;
	}
}

static void
check_line(const struct vn_norm_options *o, const char *s, size_t len)
{
	struct vn_norm_buffers bufs = {0};
	struct vn_norm_counts counts = {0};
	struct vn_buf once = {0}, steps = {0};
	size_t n;

	const char *out = vn_normalize_line(o, s, len, &n, &bufs, &counts, "fuzz", 1);
	vn_buf_append(&once, out, n);
	FUZZ_ASSERT(!memchr(once.data ? once.data : "", '\n', once.len));
	FUZZ_ASSERT(fuzz_is_utf8(once.data, once.len));

	out = vn_normalize_steps(o, s, len, &n, &bufs, &counts, "fuzz", 1);
	vn_buf_append(&steps, out, n);
	FUZZ_ASSERT(steps.len == once.len &&
	            (once.len == 0 || memcmp(steps.data, once.data, once.len) == 0));

	const char *again = vn_normalize_line(o, once.data ? once.data : "", once.len, &n, &bufs,
	                                      &counts, "fuzz", 1);
	FUZZ_ASSERT(n == once.len && (n == 0 || memcmp(again, once.data, n) == 0));

	vn_buf_free(&once);
	vn_buf_free(&steps);
	vn_norm_buffers_free(&bufs);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct vn_norm_options o;

	if (size == 0)
		return 0;
	pick_options(data[0], &o);
	const char *s = (const char *)data + 1;
	size_t len = size - 1;
	for (size_t pos = 0; pos <= len;) {
		const char *nl = memchr(s + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - s) : len;
		check_line(&o, s + pos, end - pos);
		pos = end + 1;
	}
	return 0;
}
