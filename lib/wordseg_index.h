/* The tagging index of a word model (wordseg.h): the model's hash maps
 * rearranged so that tagging a syllable costs about three lookups, each
 * touching one 32-byte slot (half a cache line):
 *
 * - the vocabulary: a syllable's hash gives its id and its unigram block;
 * - grams: a bigram of ids gives its weights, whether it is a lexicon
 *   word, and whether any trigram (a feature or a lexicon prefix) starts
 *   with it, so the trigram is looked up only then; a trigram gives its
 *   weights, whether it is a lexicon word, and its trie node for longer
 *   words (the model's trie map, rarely needed);
 * - the misc features, summed per group of the inputs they read, in
 *   small dense tables.
 *
 * Weights are the model's integers (int16_t: the loader refuses a model
 * whose weights do not fit), summed in 32 bits: the same scores as the
 * model's maps give, with no rounding. Blocks are stored reversed, their
 * first weight for the leftmost token they score, so that adding one is a
 * straight run of additions. */
#ifndef VN_WORDSEG_INDEX_H
#define VN_WORDSEG_INDEX_H

#include <stdint.h>

#include "wordseg.h"

struct vn_ws_syllable {
	uint64_t hash;                       /* vn_hash_bytes of the text; 0: empty */
	uint32_t id;
	int16_t uni[2 * VN_WS_UNI_SLOTS];    /* tokens j-2..j+2, B and I each */
};

struct vn_ws_gram {
	uint64_t key;                        /* vn_ws_key_pair or _tri; 0: empty */
	int16_t w[2 * VN_WS_PAIR_SLOTS];     /* bigram at j: tokens j-1..j+2; trigram: j..j+2 */
	uint32_t node;                       /* trigram: its trie node, or VN_WS_NONE */
	unsigned char word;                  /* a lexicon word */
	unsigned char longer;                /* bigram: some trigram entry starts with it */
	uint16_t unused;
};

/* The misc features of one position as sums over groups of inputs
 * (vn_wordseg_misc lists the keys): B and I for each. */
struct vn_ws_misc {
	int32_t shape[8][8][8][2];           /* bias, shape pairs and triples: sp, si, sn */
	int32_t cross[VN_WS_MAXLEX + 1][8][8][2]; /* crossing word, alone and with sp, si */
	int32_t match[4][8][8][2];           /* maximum matching, alone and with sp, si */
	int32_t start_end[VN_WS_MAXLEX + 1][8][2]; /* lstart[i], lend[i-1] */
	int32_t exact[16][2];
	int32_t repeat[2];
};

struct vn_ws_index {
	struct vn_ws_syllable *syl;
	size_t syl_mask;
	unsigned syl_shift;
	size_t syl_maxlen;                   /* longest vocabulary entry, bytes */
	struct vn_ws_gram *gram;
	size_t gram_mask;
	unsigned gram_shift;
	int16_t reserved[VN_WS_NRESERVED][2 * VN_WS_UNI_SLOTS]; /* unigram blocks of ids 0-8 */
	int16_t zero[2 * VN_WS_UNI_SLOTS];   /* for a syllable with no unigram block */
	struct vn_ws_misc misc;
};

/* Fibonacci hashing, as in u64map.h. */
static inline size_t
vn_ws_index_slot(uint64_t key, unsigned shift)
{
	return (size_t)((key * 0x9E3779B97F4A7C15ull) >> shift);
}

static inline const struct vn_ws_syllable *
vn_ws_index_syllable(const struct vn_ws_index *x, uint64_t hash)
{
	for (size_t i = vn_ws_index_slot(hash, x->syl_shift);; i = (i + 1) & x->syl_mask) {
		if (x->syl[i].hash == hash)
			return &x->syl[i];
		if (x->syl[i].hash == 0)
			return NULL;
	}
}

static inline const struct vn_ws_gram *
vn_ws_index_gram(const struct vn_ws_index *x, uint64_t key)
{
	for (size_t i = vn_ws_index_slot(key, x->gram_shift);; i = (i + 1) & x->gram_mask) {
		if (x->gram[i].key == key)
			return &x->gram[i];
		if (x->gram[i].key == 0)
			return NULL;
	}
}

void vn_ws_index_free(struct vn_ws_index *x);

#endif
