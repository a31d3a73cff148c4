#include "u64map.h"

#include <stdlib.h>

#include "buf.h"

/* The first slot to probe for key (see vn_u64map_get). */
static size_t
slot_of(const struct vn_u64map *m, uint64_t key)
{
	return (size_t)((key * 0x9E3779B97F4A7C15ull) >> m->shift);
}

void
vn_u64map_init(struct vn_u64map *m, size_t expected)
{
	size_t cap = 16;
	unsigned bits = 4;
	while (cap < expected * 4) {
		cap *= 2;
		bits++;
	}
	m->shift = 64 - bits;
	m->slots = vn_xmalloc(cap * sizeof *m->slots);
	for (size_t i = 0; i < cap; i++)
		m->slots[i].key = 0;
	m->mask = cap - 1;
	m->n = 0;
}

void
vn_u64map_free(struct vn_u64map *m)
{
	free(m->slots);
	m->slots = NULL;
	m->mask = m->n = 0;
}

static void
grow(struct vn_u64map *m)
{
	struct vn_u64map old = *m;
	vn_u64map_init(m, (old.mask + 1));
	for (size_t i = 0; i <= old.mask; i++)
		if (old.slots[i].key)
			vn_u64map_put(m, old.slots[i].key, old.slots[i].val, NULL);
	vn_u64map_free(&old);
}

uint32_t *
vn_u64map_put(struct vn_u64map *m, uint64_t key, uint32_t fresh, int *added)
{
	if (4 * (m->n + 1) > m->mask + 1)
		grow(m);
	for (size_t i = slot_of(m, key);; i = (i + 1) & m->mask) {
		if (m->slots[i].key == key) {
			if (added)
				*added = 0;
			return &m->slots[i].val;
		}
		if (m->slots[i].key == 0) {
			m->slots[i].key = key;
			m->slots[i].val = fresh;
			m->n++;
			if (added)
				*added = 1;
			return &m->slots[i].val;
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
