#include "nfctext.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "citetok.h"

/* A starter and its combining marks longer than this is not text; it is
 * passed through as it is. */
enum { MAX_SEGMENT = 32 };

/* Decomposed text repeats a few hundred segments (a letter and its one or
 * two marks: e + U+0302 + U+0301), so each is composed by utf8proc once
 * and remembered: a direct-mapped table keyed by the segment's bytes. */
enum { CACHE_SLOTS = 512, CACHED_IN = 16, CACHED_OUT = 24 };

struct cached_segment {
	unsigned char in_len;  /* 0: empty slot */
	unsigned char out_len;
	unsigned char changed;
	char in[CACHED_IN];
	char out[CACHED_OUT];
};

struct vn_nfc_segment_cache {
	struct cached_segment slot[CACHE_SLOTS];
};

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
	free(t->cache);
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

/* Nothing below U+0300 combines, nor any letter of Latin Extended
 * Additional (U+1E00..U+1EFF, the precomposed Vietnamese vowels): the
 * common cases need no property lookup. */
static int
combining(uint32_t cp)
{
	if (cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF))
		return 0;
	return utf8proc_get_property((utf8proc_int32_t)cp)->combining_class != 0;
}

/* Compose s[0..n) (a starter and its marks) into out (room for
 * MAX_SEGMENT * 16 bytes); its length in *olen, 1 if it changed. */
static int
compose(const char *s, size_t n, char *out, size_t *olen)
{
	utf8proc_int32_t cps[MAX_SEGMENT * 4];
	utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
	                                        cps, MAX_SEGMENT * 4, UTF8PROC_DECOMPOSE);
	if (k >= 0 && k <= MAX_SEGMENT * 4)
		k = utf8proc_normalize_utf32(cps, k, UTF8PROC_COMPOSE);
	if (k < 0 || k > MAX_SEGMENT * 4) {
		memcpy(out, s, n);
		*olen = n;
		return 0;
	}
	size_t o = 0;
	for (utf8proc_ssize_t i = 0; i < k; i++)
		o += (size_t)utf8proc_encode_char(cps[i], (utf8proc_uint8_t *)out + o);
	*olen = o;
	return !(o == n && memcmp(out, s, o) == 0);
}

static size_t
segment_hash(const char *s, size_t n)
{
	uint32_t h = 2166136261u; /* FNV-1a */

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h % CACHE_SLOTS;
}

/* Compose s[a..b) (a starter and its marks) into t->buf; 1 if it changed. */
static int
compose_segment(struct vn_nfc_text *t, const char *s, size_t a, size_t b)
{
	char out[MAX_SEGMENT * 16];
	size_t n = b - a, o;
	struct cached_segment *c = NULL;

	if (n <= CACHED_IN) {
		if (!t->cache) {
			t->cache = vn_xmalloc(sizeof *t->cache);
			memset(t->cache, 0, sizeof *t->cache);
		}
		c = &t->cache->slot[segment_hash(s + a, n)];
		if (c->in_len == n && memcmp(c->in, s + a, n) == 0) {
			vn_buf_append(&t->buf, c->out, c->out_len);
			return c->changed;
		}
	}
	int changed = compose(s + a, n, out, &o);
	vn_buf_append(&t->buf, out, o);
	if (c && o <= CACHED_OUT) {
		c->in_len = (unsigned char)n;
		c->out_len = (unsigned char)o;
		c->changed = (unsigned char)changed;
		memcpy(c->in, s + a, n);
		memcpy(c->out, out, o);
	}
	return changed;
}

/* Can the code point at s[i] combine? Not ASCII, not the two-byte
 * letters below U+0300 and not Latin Extended Additional (E1 B8..BB):
 * those are told by their first bytes; the rest are looked up. */
static int
may_combine_at(const char *s, size_t len, size_t i)
{
	unsigned char b = (unsigned char)s[i];
	size_t n;

	if (b < 0x80 || (b >= 0xC2 && b < 0xCC))
		return 0;
	if (b == 0xE1 && i + 1 < len && (unsigned char)s[i + 1] >= 0xB8 &&
	    (unsigned char)s[i + 1] <= 0xBB)
		return 0;
	return combining(vn_tok_cp(s, len, i, &n));
}

const char *
vn_nfc_text_set(struct vn_nfc_text *t, const char *s, size_t len)
{
	size_t i = 0, n, copied = 0;

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
		while (i < len && marks < MAX_SEGMENT && may_combine_at(s, len, i)) {
			vn_tok_cp(s, len, i, &n);
			i += n;
			marks++;
		}
		if (marks == 0 || marks == MAX_SEGMENT)
			continue; /* copied as it is with the next change */
		vn_buf_append(&t->buf, s + copied, a - copied);
		size_t composed = t->buf.len;
		if (compose_segment(t, s, a, i)) {
			add_point(t, composed, a);
			add_point(t, t->buf.len, i);
		}
		copied = i;
	}
	if (t->npoints == 0)
		return s;
	vn_buf_append(&t->buf, s + copied, len - copied);
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
