#include "wordlist.h"

#include <string.h>

/* Lookups hash the key into an open-addressing table of every
 * entry and every proper word prefix of an entry ("ngày" of "ngày làm
 * việc"), built on first use from the sorted array: the metric
 * recognizers look up several phrases around every number, and a binary
 * search of memcmp calls cost more than the rest of their work. */

/* Eight bytes at a time, mixed by multiplication (keys are phrases of a
 * few words: a byte-at-a-time hash was a third of a lookup). */
static uint32_t
hash_key(const char *key, size_t len)
{
	const uint64_t k = 0x9E3779B97F4A7C15ull;
	uint64_t h = len * k;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, key + i, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	if (i < len) {
		uint64_t w = 0; /* the last bytes, without a memcpy call */
		for (size_t j = 0; i + j < len; j++)
			w |= (uint64_t)(unsigned char)key[i + j] << (8 * j);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	return (uint32_t)(h >> 32);
}

static struct vn_wordslot *
slot_for(struct vn_wordindex *ix, const char *key, size_t len, uint32_t h)
{
	size_t mask = ix->cap - 1;

	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct vn_wordslot *s = &ix->slots[i];
		if (!s->key || (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0))
			return s;
	}
}

static void
add_key(struct vn_wordindex *ix, const char *key, size_t len, unsigned flag)
{
	uint32_t h = hash_key(key, len);
	struct vn_wordslot *s = slot_for(ix, key, len, h);

	s->key = key;
	s->hash = h;
	s->len = (unsigned char)len;
	s->flags |= (unsigned char)flag;
}

static void
build(const struct vn_wordlist *l)
{
	struct vn_wordindex *ix = l->index;

	for (size_t i = 0; i < l->n; i++) {
		const char *e = l->entries[i];
		add_key(ix, e, l->lens[i], VN_WORD_ENTRY);
		for (size_t k = 0; k < l->lens[i]; k++)
			if (e[k] == ' ')
				add_key(ix, e, k, VN_WORD_PREFIX);
	}
	ix->ready = 1;
}

unsigned
vn_wordlist_find(const struct vn_wordlist *l, const char *key, size_t len)
{
	if (!l->index->ready)
		build(l);
	if (len > 255)
		return 0;
	const struct vn_wordslot *s = slot_for(l->index, key, len, hash_key(key, len));
	return s->key ? s->flags : 0;
}

int
vn_wordlist_has(const struct vn_wordlist *l, const char *key, size_t len)
{
	return (vn_wordlist_find(l, key, len) & VN_WORD_ENTRY) != 0;
}

int
vn_wordlist_has_prefix(const struct vn_wordlist *l, const char *key, size_t len)
{
	return (vn_wordlist_find(l, key, len) & VN_WORD_PREFIX) != 0;
}
