#include "nfctext.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "citetok.h"

/* A starter and its combining marks longer than this is not text; it is
 * passed through as it is. */
enum { MAX_SEGMENT = 32 };

void
vn_nfc_text_init(struct vn_nfc_text *t)
{
	memset(t, 0, sizeof *t);
}

void
vn_nfc_text_free(struct vn_nfc_text *t)
{
	vn_buf_free(&t->buf);
	free(t->points);
	vn_nfc_text_init(t);
}

/* Combining diacritical marks U+0300..U+036F, the ones Vietnamese uses,
 * are encoded CC 80..CD AF. */
static int
may_need_composing(const char *s, size_t len)
{
	return len > 0 && (memchr(s, 0xCC, len) || memchr(s, 0xCD, len));
}

static void
add_point(struct vn_nfc_text *t, size_t composed, size_t source)
{
	if (t->npoints + 2 > t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->points = vn_xrealloc(t->points, t->cap * sizeof *t->points);
	}
	t->points[t->npoints++] = composed;
	t->points[t->npoints++] = source;
}

static int
combining(uint32_t cp)
{
	return utf8proc_get_property((utf8proc_int32_t)cp)->combining_class != 0;
}

/* Compose s[a..b) (a starter and its marks) into t->buf; 1 if it changed. */
static int
compose_segment(struct vn_nfc_text *t, const char *s, size_t a, size_t b)
{
	utf8proc_int32_t cps[MAX_SEGMENT * 4];
	utf8proc_ssize_t n = utf8proc_decompose((const utf8proc_uint8_t *)s + a,
	                                        (utf8proc_ssize_t)(b - a), cps,
	                                        MAX_SEGMENT * 4, UTF8PROC_DECOMPOSE);
	if (n < 0 || n > MAX_SEGMENT * 4)
		goto unchanged;
	n = utf8proc_normalize_utf32(cps, n, UTF8PROC_COMPOSE);
	if (n < 0)
		goto unchanged;
	char out[MAX_SEGMENT * 4 * 4];
	size_t o = 0;
	for (utf8proc_ssize_t k = 0; k < n; k++)
		o += (size_t)utf8proc_encode_char(cps[k], (utf8proc_uint8_t *)out + o);
	if (o == b - a && memcmp(out, s + a, o) == 0)
		goto unchanged;
	vn_buf_append(&t->buf, out, o);
	return 1;
unchanged:
	vn_buf_append(&t->buf, s + a, b - a);
	return 0;
}

const char *
vn_nfc_text_set(struct vn_nfc_text *t, const char *s, size_t len)
{
	size_t i = 0, n;

	t->npoints = 0;
	t->len = len;
	if (!may_need_composing(s, len))
		return s;
	vn_buf_clear(&t->buf);
	while (i < len) {
		size_t a = i;
		vn_tok_cp(s, len, i, &n);
		i += n;
		size_t marks = 0;
		while (i < len && marks < MAX_SEGMENT) {
			uint32_t cp = vn_tok_cp(s, len, i, &n);
			if (!combining(cp))
				break;
			i += n;
			marks++;
		}
		if (marks == 0 || marks == MAX_SEGMENT) {
			vn_buf_append(&t->buf, s + a, i - a);
			continue;
		}
		size_t composed = t->buf.len;
		if (compose_segment(t, s, a, i)) {
			add_point(t, composed, a);
			add_point(t, t->buf.len, i);
		}
	}
	if (t->npoints == 0)
		return s;
	t->len = t->buf.len;
	return t->buf.data;
}

size_t
vn_nfc_text_source(const struct vn_nfc_text *t, size_t off)
{
	size_t lo = 0, hi = t->npoints / 2;

	/* The last point at or before off. */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t->points[2 * mid] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return off;
	size_t k = lo - 1;
	size_t composed = t->points[2 * k], source = t->points[2 * k + 1];
	/* Inside a stretch that changed (an even point starts one): its end. */
	if (k % 2 == 0 && off > composed)
		return t->points[2 * k + 3];
	return source + (off - composed);
}
