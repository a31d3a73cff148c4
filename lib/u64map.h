/* An open-addressing hash map from 64-bit keys to 32-bit values, for the
 * word segmenter's feature weights, vocabulary and lexicon trie. */
#ifndef VN_U64MAP_H
#define VN_U64MAP_H

#include <stddef.h>
#include <stdint.h>

struct vn_u64map_entry {
	uint64_t key; /* 0 marks an empty slot, so key 0 is never stored */
	uint32_t val;
};

/* Key and value side by side: a lookup touches one cache line. */
struct vn_u64map {
	struct vn_u64map_entry *slots;
	size_t mask, n;
	unsigned shift; /* 64 - log2(slots) */
};

void vn_u64map_init(struct vn_u64map *m, size_t expected);
void vn_u64map_free(struct vn_u64map *m);
/* Pointer to the value of key, or NULL. Inline: the word segmenter asks
 * several times per syllable. Fibonacci hashing: the top bits of the key
 * times 2^64/phi depend on every bit of the key, so packed ids spread as
 * well as hashes do. */
static inline const uint32_t *
vn_u64map_get(const struct vn_u64map *m, uint64_t key)
{
	for (size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> m->shift);; i = (i + 1) & m->mask) {
		if (m->slots[i].key == key)
			return &m->slots[i].val;
		if (m->slots[i].key == 0)
			return NULL;
	}
}
/* Pointer to the value of key, inserting it with value `fresh` when absent;
 * *added tells which happened (added may be NULL). */
uint32_t *vn_u64map_put(struct vn_u64map *m, uint64_t key, uint32_t fresh, int *added);

/* 64-bit FNV-1a of s[0..len), never 0. */
uint64_t vn_hash_bytes(const char *s, size_t len);

#endif
