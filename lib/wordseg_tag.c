/* Tagging a sentence with the index of a loaded model (wordseg_index.h):
 * the same features and scores as vn_wordseg_prepare and vn_wordseg_misc
 * over the model's maps give, with about three lookups per syllable. */
#include "wordseg_index.h"

#include <string.h>

/* Ids, shapes and unigram blocks of the tokens, padded on both sides.
 * The hashes come first, and their slots are fetched into the cache
 * while the next are computed: lookups then rarely wait for memory. */
static void
look_up_tokens(const struct vn_ws_index *x, const char *s, const struct vn_tokens *t,
               struct vn_wordseg_work *w)
{
	size_t n = t->n;
	uint32_t *ids = w->ids + VN_WS_PADDING;
	unsigned char *shape = w->shape + VN_WS_PADDING;
	const int16_t **uni = w->uni + VN_WS_PADDING;
	uint64_t *hash = w->keys;

	for (long p = 1; p <= VN_WS_PADDING; p++) {
		ids[-p] = ids[(long)n + p - 1] = VN_WS_PAD;
		shape[-p] = shape[(long)n + p - 1] = VN_WS_SHAPE_PAD;
		uni[-p] = uni[(long)n + p - 1] = x->reserved[VN_WS_PAD];
	}
	for (size_t i = 0; i < n; i++) {
		const struct vn_token *k = &t->v[i];
		ids[i] = vn_ws_token_class(k, &shape[i]);
		if (ids[i] == VN_WS_NONE) {
			hash[i] = vn_ws_token_hash(s, k, w);
			__builtin_prefetch(&x->syl[vn_ws_index_slot(hash[i], x->syl_shift)]);
		}
	}
	for (size_t i = 0; i < n; i++) {
		if (ids[i] == VN_WS_NONE) {
			const struct vn_ws_syllable *syl = vn_ws_index_syllable(x, hash[i]);
			if (syl) {
				ids[i] = syl->id;
				uni[i] = syl->uni;
				continue;
			}
			ids[i] = vn_ws_unknown_id(&t->v[i]);
		}
		uni[i] = x->reserved[ids[i]];
	}
}

/* Lexicon words of four or more syllables from token j, whose first three
 * lead to trie node `node`. */
static void
longer_words(const struct vn_wordseg_model *m, struct vn_wordseg_work *w, size_t n, size_t j,
             uint32_t node)
{
	const uint32_t *ids = w->ids + VN_WS_PADDING;

	for (size_t e = j + 3; e < n && !w->forced[e]; e++) {
		const uint32_t *child = vn_u64map_get(&m->trie, (uint64_t)node << 24 | ids[e]);
		if (!child)
			return;
		node = *child;
		if (m->trie_word[node])
			vn_ws_note_word(w, j, e - j + 1);
	}
}

/* The bigram and trigram blocks starting at each token, and the lexicon
 * words they are. */
static void
look_up_grams(const struct vn_wordseg_model *m, struct vn_wordseg_work *w, size_t n)
{
	const struct vn_ws_index *x = m->index;
	const uint32_t *ids = w->ids + VN_WS_PADDING;
	const int16_t **pairw = w->pair + VN_WS_PADDING, **triw = w->tri + VN_WS_PADDING;
	const unsigned char *forced = w->forced;
	uint64_t *key = w->keys + VN_WS_PADDING;
	long ln = (long)n;

	/* Bigram slots into the cache first, as in look_up_tokens. */
	for (long j = -VN_WS_PADDING; j + 1 < ln + VN_WS_PADDING; j++) {
		key[j] = vn_ws_key_pair(ids[j], ids[j + 1]);
		__builtin_prefetch(&x->gram[vn_ws_index_slot(key[j], x->gram_shift)]);
	}
	pairw[ln + 1] = triw[ln] = triw[ln + 1] = x->zero;
	for (long j = -VN_WS_PADDING; j + 1 < ln + VN_WS_PADDING; j++) {
		const struct vn_ws_gram *g = vn_ws_index_gram(x, key[j]);
		pairw[j] = g ? g->w : x->zero;
		triw[j] = x->zero;
		if (!g)
			continue;
		/* A word runs over syllables only: no token after its first
		 * may be forced to start one. */
		int in_text = j >= 0 && j + 1 < ln && !forced[j + 1];
		if (in_text && g->word)
			vn_ws_note_word(w, (size_t)j, 2);
		if (!g->longer || j + 2 >= ln + VN_WS_PADDING)
			continue;
		g = vn_ws_index_gram(x, vn_ws_key_tri(ids[j], ids[j + 1], ids[j + 2]));
		if (!g)
			continue;
		triw[j] = g->w;
		if (!in_text || j + 2 >= ln || forced[j + 2])
			continue;
		if (g->word)
			vn_ws_note_word(w, (size_t)j, 3);
		if (g->node != VN_WS_NONE)
			longer_words(m, w, n, (size_t)j, g->node);
	}
}

/* The score of every token that may continue a word: the blocks that
 * reach it and its misc features. A token's score is gathered in
 * registers and stored once (adding each block into the scores in turn
 * makes every load wait for the overlapping stores before it). Forced
 * tokens keep 0: their tag is fixed, every path adds the same. */
static void
score_tokens(const struct vn_ws_index *x, struct vn_wordseg_work *w, size_t n)
{
	const struct vn_ws_misc *t = &x->misc;
	const unsigned char *sh = w->shape + VN_WS_PADDING;
	const uint32_t *ids = w->ids + VN_WS_PADDING;
	const int16_t *const *uni = w->uni + VN_WS_PADDING;
	const int16_t *const *pairw = w->pair + VN_WS_PADDING;
	const int16_t *const *triw = w->tri + VN_WS_PADDING;

	for (size_t i = 0; i < n; i++) {
		int32_t b = 0, in = 0;
		if (w->forced[i]) {
			w->score[i][0] = w->score[i][1] = 0;
			continue;
		}
		/* Element k of a reversed block at j scores token j - 2 + k
		 * (unigram), j - 1 + k (bigram), j + k (trigram). */
		long li = (long)i;
		for (long k = 0; k < VN_WS_UNI_SLOTS; k++) {
			b += uni[li + 2 - k][2 * k];
			in += uni[li + 2 - k][2 * k + 1];
		}
		for (long k = 0; k < VN_WS_PAIR_SLOTS; k++) {
			b += pairw[li + 1 - k][2 * k];
			in += pairw[li + 1 - k][2 * k + 1];
		}
		for (long k = 0; k < VN_WS_TRI_SLOTS; k++) {
			b += triw[li - k][2 * k];
			in += triw[li - k][2 * k + 1];
		}
		unsigned sp = sh[li - 1], si = sh[i], sn = sh[i + 1];
		unsigned lend = i > 0 ? w->lend[i - 1] : 0;
		unsigned match = (unsigned)w->fmm[i] << 1 | w->bmm[i];
		const int32_t *parts[] = {
			t->shape[sp][si][sn],
			t->cross[w->lcross[i]][sp][si],
			t->match[match][sp][si],
			t->start_end[w->lstart[i]][lend],
			t->exact[w->lexact[i]],
		};
		for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++) {
			b += parts[k][0];
			in += parts[k][1];
		}
		if (ids[i] == ids[i - 1] && ids[i] >= VN_WS_NRESERVED) {
			b += t->repeat[0];
			in += t->repeat[1];
		}
		w->score[i][0] = b;
		w->score[i][1] = in;
	}
}

void
vn_wordseg_tag(const struct vn_wordseg_model *m, const char *s, const struct vn_tokens *t,
               struct vn_wordseg_work *w, unsigned char *starts)
{
	size_t n = t->n;

	vn_ws_begin(t, w);
	look_up_tokens(m->index, s, t, w);
	look_up_grams(m, w, n);
	vn_ws_max_matching(w, n);
	score_tokens(m->index, w, n);
	vn_wordseg_decode(m, w, n, starts);
	for (size_t i = 0; i < n; i++)
		starts[i] = starts[i] == VN_WS_B;
}
