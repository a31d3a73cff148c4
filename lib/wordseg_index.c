/* Building the tagging index of a loaded word model (wordseg_index.h). */
#include "wordseg_index.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"

/* A table of 32-byte slots, each within one 64-byte cache line, with at
 * most half the slots in use so that a lookup rarely probes twice. */
static void *
slots_alloc(size_t expected, size_t slot_size, size_t *mask, unsigned *shift)
{
	size_t cap = 16;
	unsigned bits = 4;
	while (cap < 2 * expected) {
		cap *= 2;
		bits++;
	}
	void *p = aligned_alloc(64, cap * slot_size);
	if (!p)
		vn_die("out of memory");
	memset(p, 0, cap * slot_size);
	*mask = cap - 1;
	*shift = 64 - bits;
	return p;
}

/* The block of key reversed into out (nslots positions of B and I), or
 * zeros when the model has none. */
static void
block(const struct vn_wordseg_model *m, uint64_t key, size_t nslots, int16_t *out)
{
	const uint32_t *off = vn_u64map_get(&m->feats, key);
	for (size_t s = 0; s < nslots; s++) {
		size_t k = nslots - 1 - s;
		out[2 * k] = off ? (int16_t)m->w[*off + 2 * s] : 0;
		out[2 * k + 1] = off ? (int16_t)m->w[*off + 2 * s + 1] : 0;
	}
}

static struct vn_ws_gram *
gram_put(struct vn_ws_index *x, uint64_t key)
{
	for (size_t i = vn_ws_index_slot(key, x->gram_shift);; i = (i + 1) & x->gram_mask) {
		struct vn_ws_gram *g = &x->gram[i];
		if (g->key == key)
			return g;
		if (g->key == 0) {
			g->key = key;
			g->node = VN_WS_NONE;
			return g;
		}
	}
}

static void
build_vocabulary(const struct vn_wordseg_model *m, struct vn_ws_index *x)
{
	x->syl = slots_alloc(m->vocab.n, sizeof *x->syl, &x->syl_mask, &x->syl_shift);
	for (size_t i = 0; i <= m->vocab.mask; i++) {
		uint64_t hash = m->vocab.slots[i].key;
		if (!hash)
			continue;
		size_t at = vn_ws_index_slot(hash, x->syl_shift);
		while (x->syl[at].hash)
			at = (at + 1) & x->syl_mask;
		x->syl[at].hash = hash;
		x->syl[at].id = m->vocab.slots[i].val;
		block(m, vn_ws_key_uni(m->vocab.slots[i].val), VN_WS_UNI_SLOTS, x->syl[at].uni);
	}
	for (uint32_t id = 0; id < VN_WS_NRESERVED; id++)
		block(m, vn_ws_key_uni(id), VN_WS_UNI_SLOTS, x->reserved[id]);
}

/* Bigram and trigram features, and the lexicon's words of two and three
 * syllables and prefixes of longer ones, from the trie. */
/* Bigram and trigram features, and the lexicon's words of two and three
 * syllables and prefixes of longer ones, from the trie. */
static void
build_grams(const struct vn_wordseg_model *m, struct vn_ws_index *x)
{
	/* Each node's parent and the id leading to it; a child is always
	 * numbered after its parent, so depths fill in one pass. */
	uint32_t *parent = vn_xmalloc(m->ntrie * sizeof *parent);
	uint32_t *via = vn_xmalloc(m->ntrie * sizeof *via);
	unsigned char *depth = vn_xmalloc(m->ntrie);
	size_t expected = 0;
	for (size_t i = 0; i <= m->trie.mask; i++) {
		uint64_t key = m->trie.slots[i].key;
		if (!key)
			continue;
		parent[m->trie.slots[i].val] = (uint32_t)(key >> 24);
		via[m->trie.slots[i].val] = (uint32_t)(key & 0xFFFFFF);
	}
	depth[0] = 0;
	for (uint32_t node = 1; node < m->ntrie; node++) {
		unsigned d = depth[parent[node]] + 1u;
		depth[node] = (unsigned char)(d > 4 ? 4 : d);
		expected += depth[node] == 2 || depth[node] == 3;
	}
	for (size_t i = 0; i <= m->feats.mask; i++) {
		unsigned kind = (unsigned)(m->feats.slots[i].key >> 60);
		expected += kind == VN_WS_KEY_PAIR ? 1 : kind == VN_WS_KEY_TRI ? 2 : 0;
	}
	x->gram = slots_alloc(expected, sizeof *x->gram, &x->gram_mask, &x->gram_shift);

	for (size_t i = 0; i <= m->feats.mask; i++) {
		uint64_t key = m->feats.slots[i].key;
		if (key >> 60 == VN_WS_KEY_PAIR)
			block(m, key, VN_WS_PAIR_SLOTS, gram_put(x, key)->w);
		else if (key >> 60 == VN_WS_KEY_TRI) {
			block(m, key, VN_WS_TRI_SLOTS, gram_put(x, key)->w);
			gram_put(x, vn_ws_key_pair(key >> 40 & 0xFFFFF, key >> 20 & 0xFFFFF))->longer = 1;
		}
	}
	for (uint32_t node = 1; node < m->ntrie; node++) {
		if (depth[node] == 2) {
			struct vn_ws_gram *g = gram_put(x, vn_ws_key_pair(via[parent[node]], via[node]));
			g->word |= m->trie_word[node];
		} else if (depth[node] == 3) {
			uint32_t p = parent[node];
			struct vn_ws_gram *g = gram_put(x, vn_ws_key_tri(via[parent[p]], via[p], via[node]));
			g->word |= m->trie_word[node];
			g->node = node;
			/* A depth-3 node's prefix is a depth-2 node: counted. */
			gram_put(x, vn_ws_key_pair(via[parent[p]], via[p]))->longer = 1;
		}
	}
	free(parent);
	free(via);
	free(depth);
}

static void
misc_add(const struct vn_wordseg_model *m, unsigned tmpl, uint32_t value, int32_t *out)
{
	const uint32_t *off = vn_u64map_get(&m->feats, vn_ws_key_misc(tmpl, value));
	if (off) {
		out[0] += m->w[*off];
		out[1] += m->w[*off + 1];
	}
}

/* The sums of the keys vn_wordseg_misc gives, for every value of their
 * inputs. */
static void
build_misc(const struct vn_wordseg_model *m, struct vn_ws_misc *t)
{
	memset(t, 0, sizeof *t);
	for (unsigned sp = 0; sp < 8; sp++)
		for (unsigned si = 0; si < 8; si++) {
			for (unsigned sn = 0; sn < 8; sn++) {
				int32_t *o = t->shape[sp][si][sn];
				misc_add(m, VN_WS_MISC_BIAS, 0, o);
				misc_add(m, VN_WS_MISC_SHAPE2, sp << 3 | si, o);
				misc_add(m, VN_WS_MISC_SHAPE3, sp << 6 | si << 3 | sn, o);
			}
			for (unsigned c = 0; c <= VN_WS_MAXLEX; c++) {
				misc_add(m, VN_WS_MISC_CROSS, c, t->cross[c][sp][si]);
				misc_add(m, VN_WS_MISC_CROSS_SHAPE, c << 6 | sp << 3 | si, t->cross[c][sp][si]);
			}
			for (unsigned mt = 0; mt < 4; mt++) {
				misc_add(m, VN_WS_MISC_MATCHING, mt, t->match[mt][sp][si]);
				misc_add(m, VN_WS_MISC_MATCH_SHAPE, mt << 6 | sp << 3 | si, t->match[mt][sp][si]);
			}
		}
	for (unsigned s = 0; s <= VN_WS_MAXLEX; s++)
		for (unsigned e = 0; e <= VN_WS_MAXLEX; e++)
			misc_add(m, VN_WS_MISC_START_END, s << 3 | e, t->start_end[s][e]);
	for (unsigned v = 0; v < 16; v++)
		misc_add(m, VN_WS_MISC_EXACT, v, t->exact[v]);
	misc_add(m, VN_WS_MISC_REPEAT, 1, t->repeat);
}

void
vn_wordseg_model_index(struct vn_wordseg_model *m)
{
	struct vn_ws_index *x = vn_xmalloc(sizeof *x);

	memset(x, 0, sizeof *x);
	build_vocabulary(m, x);
	build_grams(m, x);
	build_misc(m, &x->misc);
	vn_ws_index_free(m->index);
	m->index = x;
}

void
vn_ws_index_free(struct vn_ws_index *x)
{
	if (!x)
		return;
	free(x->syl);
	free(x->gram);
	free(x);
}
