#include "wordseg.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "vnchar.h"

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
	w->uni = vn_xrealloc(w->uni, cap * sizeof *w->uni);
	w->pair = vn_xrealloc(w->pair, cap * sizeof *w->pair);
	w->tri = vn_xrealloc(w->tri, cap * sizeof *w->tri);
	w->keys = vn_xrealloc(w->keys, cap * sizeof *w->keys);
	w->lstart = vn_xrealloc(w->lstart, cap);
	w->lend = vn_xrealloc(w->lend, cap);
	w->lcross = vn_xrealloc(w->lcross, cap);
	w->lexact = vn_xrealloc(w->lexact, cap);
	w->fmm = vn_xrealloc(w->fmm, cap);
	w->bmm = vn_xrealloc(w->bmm, cap);
	w->forced = vn_xrealloc(w->forced, cap);
	w->score = vn_xrealloc(w->score, cap * sizeof *w->score);
	w->back = vn_xrealloc(w->back, cap * sizeof *w->back);
	w->cap = cap;
}

void
vn_wordseg_work_free(struct vn_wordseg_work *w)
{
	free(w->ids);
	free(w->shape);
	free(w->uni);
	free(w->pair);
	free(w->tri);
	free(w->keys);
	free(w->lstart);
	free(w->lend);
	free(w->lcross);
	free(w->lexact);
	free(w->fmm);
	free(w->bmm);
	free(w->forced);
	free(w->score);
	free(w->back);
	free(w->lower);
	memset(w, 0, sizeof *w);
}

uint32_t
vn_ws_token_class(const struct vn_token *k, unsigned char *shape)
{
	static const unsigned char case_shape[] = {VN_WS_SHAPE_LOWER, VN_WS_SHAPE_TITLE,
	                                           VN_WS_SHAPE_UPPER, VN_WS_SHAPE_MIXED};
	switch (k->kind) {
	case VN_TOK_NUMBER: *shape = VN_WS_SHAPE_NUMBER; return VN_WS_NUMBER;
	case VN_TOK_CODE: *shape = VN_WS_SHAPE_CODE; return VN_WS_CODE;
	case VN_TOK_URL: *shape = VN_WS_SHAPE_CODE; return VN_WS_URL;
	case VN_TOK_PUNCT: *shape = VN_WS_SHAPE_PUNCT; return VN_WS_NONE;
	default: *shape = case_shape[k->lettercase & 3]; return VN_WS_NONE;
	}
}

uint32_t
vn_ws_unknown_id(const struct vn_token *k)
{
	static const uint32_t case_unk[] = {VN_WS_UNK_LOWER, VN_WS_UNK_TITLE, VN_WS_UNK_UPPER,
	                                    VN_WS_UNK_MIXED};
	return k->kind == VN_TOK_PUNCT ? VN_WS_PUNCT : case_unk[k->lettercase & 3];
}

uint64_t
vn_ws_token_hash(const char *s, const struct vn_token *k, struct vn_wordseg_work *w)
{
	/* A syllable with no capital is its own lower case: only Lu and Lt
	 * letters (VN_CASE_* counts them as capitals) have another. */
	if (k->kind == VN_TOK_PUNCT || k->lettercase == VN_CASE_LOWER)
		return vn_hash_bytes(s + k->start, k->len);
	if (k->len > w->lowercap) {
		w->lowercap = 2 * k->len;
		w->lower = vn_xrealloc(w->lower, w->lowercap);
	}
	return vn_hash_bytes(w->lower, vn_lowercase(s + k->start, k->len, w->lower));
}

void
vn_ws_begin(const struct vn_tokens *t, struct vn_wordseg_work *w)
{
	size_t n = t->n;

	vn_wordseg_work_reserve(w, n);
	for (size_t i = 0; i < n; i++)
		/* Only a syllable right after a syllable may continue a word:
		 * numbers, codes, URLs and punctuation stand alone. */
		w->forced[i] = i == 0 || t->v[i].kind != VN_TOK_SYLLABLE ||
		               t->v[i - 1].kind != VN_TOK_SYLLABLE;
	memset(w->lstart, 0, n);
	memset(w->lend, 0, n);
	memset(w->lcross, 0, n);
	memset(w->lexact, 0, n);
}

void
vn_ws_note_word(struct vn_wordseg_work *w, size_t j, size_t len)
{
	size_t e = j + len - 1;
	unsigned char c = (unsigned char)(len > VN_WS_MAXLEX ? VN_WS_MAXLEX : len);

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

void
vn_ws_max_matching(struct vn_wordseg_work *w, size_t n)
{
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

/* Lexicon matches over the syllable ids: every word of two or more
 * syllables found by walking the trie from each token. */
static void
match_lexicon(const struct vn_wordseg_model *m, struct vn_wordseg_work *w, size_t n)
{
	const uint32_t *ids = w->ids + VN_WS_PADDING;

	for (size_t j = 0; j < n; j++) {
		uint32_t node = 0;
		for (size_t e = j; e < n; e++) {
			if (e > j && w->forced[e])
				break;
			const uint32_t *child = vn_u64map_get(&m->trie, (uint64_t)node << 24 | ids[e]);
			if (!child)
				break;
			node = *child;
			if (e > j && m->trie_word[node])
				vn_ws_note_word(w, j, e - j + 1);
		}
	}
	vn_ws_max_matching(w, n);
}

void
vn_wordseg_prepare(const struct vn_wordseg_model *m, const char *s, const struct vn_tokens *t,
                   struct vn_wordseg_work *w)
{
	size_t n = t->n;

	vn_ws_begin(t, w);
	for (size_t p = 0; p < VN_WS_PADDING; p++) {
		w->ids[p] = w->ids[n + VN_WS_PADDING + p] = VN_WS_PAD;
		w->shape[p] = w->shape[n + VN_WS_PADDING + p] = VN_WS_SHAPE_PAD;
	}
	for (size_t i = 0; i < n; i++) {
		const struct vn_token *k = &t->v[i];
		uint32_t id = vn_ws_token_class(k, &w->shape[i + VN_WS_PADDING]);
		if (id == VN_WS_NONE) {
			const uint32_t *v = vn_u64map_get(&m->vocab, vn_ws_token_hash(s, k, w));
			id = v ? *v : vn_ws_unknown_id(k);
		}
		w->ids[i + VN_WS_PADDING] = id;
	}
	match_lexicon(m, w, n);
}

size_t
vn_wordseg_misc(const struct vn_wordseg_work *w, size_t i, uint64_t *keys)
{
	const unsigned char *sh = w->shape + VN_WS_PADDING;
	const uint32_t *ids = w->ids + VN_WS_PADDING;
	unsigned sp = i > 0 ? sh[(long)i - 1] : VN_WS_SHAPE_PAD, si = sh[i];
	unsigned sn = sh[i + 1]; /* padding covers i + 1 == n */
	unsigned lend = i > 0 ? w->lend[i - 1] : 0;
	unsigned match = (unsigned)w->fmm[i] << 1 | w->bmm[i];
	size_t k = 0;

	keys[k++] = vn_ws_key_misc(VN_WS_MISC_BIAS, 0);
	keys[k++] = vn_ws_key_misc(VN_WS_MISC_SHAPE2, sp << 3 | si);
	keys[k++] = vn_ws_key_misc(VN_WS_MISC_SHAPE3, sp << 6 | si << 3 | sn);
	keys[k++] = vn_ws_key_misc(VN_WS_MISC_CROSS, w->lcross[i]);
	keys[k++] = vn_ws_key_misc(VN_WS_MISC_START_END, (unsigned)w->lstart[i] << 3 | lend);
	keys[k++] = vn_ws_key_misc(VN_WS_MISC_MATCHING, match);
	keys[k++] = vn_ws_key_misc(VN_WS_MISC_EXACT, w->lexact[i]);
	keys[k++] = vn_ws_key_misc(VN_WS_MISC_CROSS_SHAPE, (unsigned)w->lcross[i] << 6 | sp << 3 | si);
	keys[k++] = vn_ws_key_misc(VN_WS_MISC_MATCH_SHAPE, match << 6 | sp << 3 | si);
	if (i > 0 && ids[i] == ids[i - 1] && ids[i] >= VN_WS_NRESERVED)
		keys[k++] = vn_ws_key_misc(VN_WS_MISC_REPEAT, 1);
	return k;
}

void
vn_wordseg_decode(const struct vn_wordseg_model *m, struct vn_wordseg_work *w, size_t n,
                  unsigned char *tags)
{
	const int32_t (*score)[2] = (const int32_t (*)[2])w->score;
	/* Sums over a sentence may outgrow 32 bits; an I before any B is
	 * impossible. */
	const int64_t impossible = INT64_MIN / 2;
	int64_t best[2], next[2];

	if (n == 0)
		return;
	best[VN_WS_B] = score[0][VN_WS_B];
	best[VN_WS_I] = impossible;
	for (size_t i = 1; i < n; i++) {
		for (int t = 0; t < 2; t++) {
			int64_t from_b = best[VN_WS_B] + m->trans[VN_WS_B][t];
			int64_t from_i = best[VN_WS_I] + m->trans[VN_WS_I][t];
			w->back[i][t] = from_i > from_b;
			next[t] = (from_i > from_b ? from_i : from_b) + score[i][t];
		}
		if (w->forced[i])
			next[VN_WS_I] = impossible;
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
