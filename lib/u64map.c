#include "u64map.h"

#include <stdlib.h>

#include "buf.h"

/* Keys are already well mixed (hashes, or packed ids run through mix()),
 * so the slot is taken from the high bits after one multiply. */
static size_t
slot_of(const struct vn_u64map *m, uint64_t key)
{
	return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & m->mask;
}

void
vn_u64map_init(struct vn_u64map *m, size_t expected)
{
	size_t cap = 16;
	while (cap < expected * 2)
		cap *= 2;
	m->keys = vn_xmalloc(cap * sizeof *m->keys);
	m->vals = vn_xmalloc(cap * sizeof *m->vals);
	for (size_t i = 0; i < cap; i++)
		m->keys[i] = 0;
	m->mask = cap - 1;
	m->n = 0;
}

void
vn_u64map_free(struct vn_u64map *m)
{
	free(m->keys);
	free(m->vals);
	m->keys = NULL;
	m->vals = NULL;
	m->mask = m->n = 0;
}

const uint32_t *
vn_u64map_get(const struct vn_u64map *m, uint64_t key)
{
	for (size_t i = slot_of(m, key);; i = (i + 1) & m->mask) {
		if (m->keys[i] == key)
			return &m->vals[i];
		if (m->keys[i] == 0)
			return NULL;
	}
}

static void
grow(struct vn_u64map *m)
{
	struct vn_u64map old = *m;
	vn_u64map_init(m, (old.mask + 1));
	for (size_t i = 0; i <= old.mask; i++)
		if (old.keys[i])
			*vn_u64map_put(m, old.keys[i], old.vals[i], NULL) = old.vals[i];
	vn_u64map_free(&old);
}

uint32_t *
vn_u64map_put(struct vn_u64map *m, uint64_t key, uint32_t fresh, int *added)
{
	if (2 * (m->n + 1) > m->mask + 1)
		grow(m);
	for (size_t i = slot_of(m, key);; i = (i + 1) & m->mask) {
		if (m->keys[i] == key) {
			if (added)
				*added = 0;
			return &m->vals[i];
		}
		if (m->keys[i] == 0) {
			m->keys[i] = key;
			m->vals[i] = fresh;
			m->n++;
			if (added)
				*added = 1;
			return &m->vals[i];
		}
	}
}

uint64_t
vn_hash_bytes(const char *s, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ull;
	}
	return h ? h : 1;
}
