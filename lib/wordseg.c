#include "wordseg.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "vnchar.h"

/* Letter-case shapes of a token, for the shape features. */
enum { SHAPE_PAD, SHAPE_LOWER, SHAPE_TITLE, SHAPE_UPPER, SHAPE_MIXED, SHAPE_NUMBER,
       SHAPE_CODE, SHAPE_PUNCT };

/* Misc feature templates (the value space of each is small). */
enum {
	MISC_SHAPE2 = 1,  /* shape[i-1], shape[i] */
	MISC_SHAPE3,      /* shape[i-1], shape[i], shape[i+1] */
	MISC_CROSS,       /* longest lexicon word across the boundary */
	MISC_START_END,   /* longest starting at i, longest ending at i-1 */
	MISC_MATCHING,    /* forward and backward maximum matching */
	MISC_EXACT,       /* exact lexicon words around the boundary */
	MISC_CROSS_SHAPE, /* crossing word length with shapes */
	MISC_MATCH_SHAPE, /* maximum matching with shapes */
	MISC_REPEAT,      /* the same syllable twice (reduplication) */
	MISC_BIAS,
};

void
vn_wordseg_work_reserve(struct vn_wordseg_work *w, size_t n)
{
	size_t need = n + 2 * VN_WS_PADDING;
	if (need <= w->cap)
		return;
	size_t cap = w->cap ? w->cap : 64;
	while (cap < need)
		cap *= 2;
	w->ids = vn_xrealloc(w->ids, cap * sizeof *w->ids);
	w->shape = vn_xrealloc(w->shape, cap);
	w->lstart = vn_xrealloc(w->lstart, cap);
	w->lend = vn_xrealloc(w->lend, cap);
	w->lcross = vn_xrealloc(w->lcross, cap);
	w->lexact = vn_xrealloc(w->lexact, cap);
	w->fmm = vn_xrealloc(w->fmm, cap);
	w->bmm = vn_xrealloc(w->bmm, cap);
	w->forced = vn_xrealloc(w->forced, cap);
	w->score = vn_xrealloc(w->score, (cap + 2 * VN_WS_SCORE_PAD) * sizeof *w->score);
	w->back = vn_xrealloc(w->back, cap * sizeof *w->back);
	w->cap = cap;
}

void
vn_wordseg_work_free(struct vn_wordseg_work *w)
{
	free(w->ids);
	free(w->shape);
	free(w->lstart);
	free(w->lend);
	free(w->lcross);
	free(w->lexact);
	free(w->fmm);
	free(w->bmm);
	free(w->forced);
	free(w->score);
	free(w->back);
	memset(w, 0, sizeof *w);
}

static uint32_t
token_id(const struct vn_wordseg_model *m, const char *s, const struct vn_token *k,
         unsigned char *shape)
{
	switch (k->kind) {
	case VN_TOK_NUMBER: *shape = SHAPE_NUMBER; return VN_WS_NUMBER;
	case VN_TOK_CODE: *shape = SHAPE_CODE; return VN_WS_CODE;
	case VN_TOK_URL: *shape = SHAPE_CODE; return VN_WS_URL;
	case VN_TOK_PUNCT: {
		*shape = SHAPE_PUNCT;
		int64_t id = vn_wordseg_vocab_id(m, s + k->start, k->len);
		return id >= 0 ? (uint32_t)id : VN_WS_PUNCT;
	}
	default: break;
	}
	static const unsigned char case_shape[] = {SHAPE_LOWER, SHAPE_TITLE, SHAPE_UPPER, SHAPE_MIXED};
	static const uint32_t case_unk[] = {VN_WS_UNK_LOWER, VN_WS_UNK_TITLE, VN_WS_UNK_UPPER,
	                                    VN_WS_UNK_MIXED};
	*shape = case_shape[k->lettercase & 3];
	/* The vocabulary is keyed by the hash of the lower-case text. */
	const uint32_t *id = vn_u64map_get(&m->vocab, vn_hash_lower(s + k->start, k->len));
	return id ? *id : case_unk[k->lettercase & 3];
}

static unsigned char
cap_len(size_t n)
{
	return (unsigned char)(n > VN_WS_MAXLEX ? VN_WS_MAXLEX : n);
}

/* Lexicon matches over the syllable ids: every word of two or more
 * syllables found by walking the trie from each token. */
static void
match_lexicon(const struct vn_wordseg_model *m, struct vn_wordseg_work *w, size_t n)
{
	const uint32_t *ids = w->ids + VN_WS_PADDING;

	memset(w->lstart, 0, n);
	memset(w->lend, 0, n);
	memset(w->lcross, 0, n);
	memset(w->lexact, 0, n);
	for (size_t j = 0; j < n; j++) {
		uint32_t node = 0;
		for (size_t e = j; e < n; e++) {
			if (e > j && w->forced[e])
				break;
			if (e == j && m->root_child) {
				node = m->root_child[ids[e]];
				if (node == VN_WS_NONE)
					break;
				continue; /* one syllable is no lexicon word */
			}
			const uint32_t *child = vn_u64map_get(&m->trie, (uint64_t)node << 24 | ids[e]);
			if (!child)
				break;
			node = *child;
			size_t len = e - j + 1;
			if (len < 2 || !m->trie_word[node])
				continue;
			unsigned char c = cap_len(len);
			w->lstart[j] = c > w->lstart[j] ? c : w->lstart[j];
			w->lend[e] = c > w->lend[e] ? c : w->lend[e];
			for (size_t i = j + 1; i <= e; i++)
				if (c > w->lcross[i])
					w->lcross[i] = c;
			if (len == 2)
				w->lexact[j + 1] |= 1;
			else if (len == 3) {
				w->lexact[j + 2] |= 2;
				w->lexact[j + 1] |= 4;
			} else if (len == 4)
				w->lexact[j + 2] |= 8;
		}
	}
	/* Forward maximum matching: the longest word at each step. */
	memset(w->fmm, 0, n);
	for (size_t j = 0; j < n;) {
		w->fmm[j] = 1;
		j += w->lstart[j] ? w->lstart[j] : 1;
	}
	/* Backward maximum matching, from the end. */
	memset(w->bmm, 0, n);
	for (size_t e = n; e > 0;) {
		size_t len = w->lend[e - 1] ? w->lend[e - 1] : 1;
		if (len > e)
			len = e;
		w->bmm[e - len] = 1;
		e -= len;
	}
}

void
vn_wordseg_prepare(const struct vn_wordseg_model *m, const char *s, const struct vn_tokens *t,
                   struct vn_wordseg_work *w)
{
	size_t n = t->n;

	vn_wordseg_work_reserve(w, n);
	for (size_t p = 0; p < VN_WS_PADDING; p++) {
		w->ids[p] = w->ids[n + VN_WS_PADDING + p] = VN_WS_PAD;
		w->shape[p] = w->shape[n + VN_WS_PADDING + p] = SHAPE_PAD;
	}
	for (size_t i = 0; i < n; i++) {
		const struct vn_token *k = &t->v[i];
		w->ids[i + VN_WS_PADDING] = token_id(m, s, k, &w->shape[i + VN_WS_PADDING]);
		/* Only a syllable right after a syllable may continue a word:
		 * numbers, codes, URLs and punctuation stand alone. */
		w->forced[i] = i == 0 || k->kind != VN_TOK_SYLLABLE ||
		               t->v[i - 1].kind != VN_TOK_SYLLABLE;
	}
	match_lexicon(m, w, n);
}

static uint64_t
misc_key(unsigned tmpl, uint32_t value)
{
	return (uint64_t)VN_WS_KEY_MISC << 60 | (uint64_t)tmpl << 32 | value;
}

size_t
vn_wordseg_misc(const struct vn_wordseg_work *w, size_t i, uint64_t *keys)
{
	const unsigned char *sh = w->shape + VN_WS_PADDING;
	const uint32_t *ids = w->ids + VN_WS_PADDING;
	unsigned sp = i > 0 ? sh[(long)i - 1] : SHAPE_PAD, si = sh[i];
	unsigned sn = sh[i + 1]; /* padding covers i + 1 == n */
	unsigned lend = i > 0 ? w->lend[i - 1] : 0;
	unsigned match = (unsigned)w->fmm[i] << 1 | w->bmm[i];
	size_t k = 0;

	keys[k++] = misc_key(MISC_BIAS, 0);
	keys[k++] = misc_key(MISC_SHAPE2, sp << 3 | si);
	keys[k++] = misc_key(MISC_SHAPE3, sp << 6 | si << 3 | sn);
	keys[k++] = misc_key(MISC_CROSS, w->lcross[i]);
	keys[k++] = misc_key(MISC_START_END, (unsigned)w->lstart[i] << 3 | lend);
	keys[k++] = misc_key(MISC_MATCHING, match);
	keys[k++] = misc_key(MISC_EXACT, w->lexact[i]);
	keys[k++] = misc_key(MISC_CROSS_SHAPE, (unsigned)w->lcross[i] << 6 | sp << 3 | si);
	keys[k++] = misc_key(MISC_MATCH_SHAPE, match << 6 | sp << 3 | si);
	if (i > 0 && ids[i] == ids[i - 1] && ids[i] >= VN_WS_NRESERVED)
		keys[k++] = misc_key(MISC_REPEAT, 1);
	return k;
}

/* Slot s of a block that starts at token `first` scores token
 * first + PADDING - s; score points at token 0 of the padded scores. */
static inline void
add_block_at(const struct vn_wordseg_model *m, uint32_t off, float (*score)[2], long first,
             size_t nslots)
{
	const float *b = m->w + off;
	for (size_t s = 0; s < nslots; s++) {
		score[first + VN_WS_PADDING - (long)s][0] += b[2 * s];
		score[first + VN_WS_PADDING - (long)s][1] += b[2 * s + 1];
	}
}

static inline void
add_block(const struct vn_wordseg_model *m, uint64_t key, float (*score)[2], long first,
          size_t nslots)
{
	const uint32_t *off = vn_u64map_get(&m->feats, key);
	if (off)
		add_block_at(m, *off, score, first, nslots);
}

static void
score_tokens(const struct vn_wordseg_model *m, struct vn_wordseg_work *w, size_t n)
{
	const uint32_t *ids = w->ids + VN_WS_PADDING;
	float (*score)[2] = w->score + VN_WS_SCORE_PAD;
	long ln = (long)n;

	memset(w->score, 0, (n + 2 * VN_WS_SCORE_PAD) * sizeof *w->score);
	for (long j = -VN_WS_PADDING; j < ln + VN_WS_PADDING; j++) {
		if (m->uni_off[ids[j]] != VN_WS_NONE)
			add_block_at(m, m->uni_off[ids[j]], score, j, VN_WS_UNI_SLOTS);
		if (j + 1 < ln + VN_WS_PADDING)
			add_block(m, vn_ws_key_pair(ids[j], ids[j + 1]), score, j, VN_WS_PAIR_SLOTS);
		if (j + 2 < ln + VN_WS_PADDING)
			add_block(m, vn_ws_key_tri(ids[j], ids[j + 1], ids[j + 2]), score, j,
			          VN_WS_TRI_SLOTS);
	}
	for (size_t i = 0; i < n; i++) {
		if (w->forced[i])
			continue; /* the tag is fixed; its score does not matter */
		uint64_t keys[VN_WS_MAXMISC];
		size_t nk = vn_wordseg_misc(w, i, keys);
		float b = 0, in = 0;
		for (size_t k = 0; k < nk; k++) {
			uint64_t tmpl = keys[k] >> 32 & 0xFFFFFF, value = keys[k] & 0xFFFFFFFF;
			if (tmpl < VN_WS_MISC_TEMPLATES && value < VN_WS_MISC_VALUES) {
				const float *mw = m->misc_w + 2 * (tmpl * VN_WS_MISC_VALUES + value);
				b += mw[0];
				in += mw[1];
			}
		}
		score[i][0] += b;
		score[i][1] += in;
	}
}

void
vn_wordseg_decode(const struct vn_wordseg_model *m, struct vn_wordseg_work *w, size_t n,
                  unsigned char *tags)
{
	const float (*score)[2] = (const float (*)[2])(w->score + VN_WS_SCORE_PAD);
	float best[2], next[2];

	if (n == 0)
		return;
	best[VN_WS_B] = score[0][VN_WS_B];
	best[VN_WS_I] = -1e30f;
	for (size_t i = 1; i < n; i++) {
		for (int t = 0; t < 2; t++) {
			float from_b = best[VN_WS_B] + m->trans[VN_WS_B][t];
			float from_i = best[VN_WS_I] + m->trans[VN_WS_I][t];
			w->back[i][t] = from_i > from_b;
			next[t] = (from_i > from_b ? from_i : from_b) + score[i][t];
		}
		if (w->forced[i])
			next[VN_WS_I] = -1e30f;
		best[0] = next[0];
		best[1] = next[1];
	}
	unsigned char t = best[VN_WS_I] > best[VN_WS_B];
	for (size_t i = n; i-- > 0;) {
		tags[i] = t;
		if (i > 0)
			t = w->back[i][t];
	}
}

void
vn_wordseg_tag(const struct vn_wordseg_model *m, const char *s, const struct vn_tokens *t,
               struct vn_wordseg_work *w, unsigned char *starts)
{
	size_t n = t->n;

	vn_wordseg_prepare(m, s, t, w);
	score_tokens(m, w, n);
	vn_wordseg_decode(m, w, n, starts);
	for (size_t i = 0; i < n; i++)
		starts[i] = starts[i] == VN_WS_B;
}
