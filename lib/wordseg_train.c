#include "wordseg_train.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "token.h"
#include "vnchar.h"
#include "wordseg.h"

/* Weights are written as integers: the averaged weight times SCALE. */
enum { SCALE = 64 };
/* Most features at one position: blocks (5 + 4 + 3) plus misc. */
enum { MAXFEAT = VN_WS_UNI_SLOTS + VN_WS_PAIR_SLOTS + VN_WS_TRI_SLOTS + VN_WS_MAXMISC };

struct sentence {
	size_t text, textlen; /* in tr->texts */
	size_t tok, ntok;     /* in tr->toks and tr->gold */
};

struct vn_wordseg_trainer {
	struct vn_wordseg_model m;
	struct vn_buf vocab_text;   /* entries, each ending in '\n', in id order */
	struct vn_buf lexicon;      /* lexicon words as "id id id\n" */
	size_t nlexicon;
	struct vn_buf texts;
	struct sentence *sents;
	size_t nsents, sentcap;
	struct vn_token *toks;
	unsigned char *gold;
	size_t ntoks, tokcap;
	/* Per training position: MAXFEAT weight indexes (index of the B weight;
	 * I is the next one), or UINT32_MAX. */
	uint32_t *featidx;
	/* Averaged perceptron state, parallel to m.w. */
	int32_t *w;
	int64_t *acc;
	uint32_t *stamp;
	int32_t trans[2][2];
	int64_t trans_acc[2][2];
	uint32_t trans_stamp[2][2];
	uint32_t clock;
	struct vn_tokens tk;
	struct vn_wordseg_work work;
	char *lower;
	size_t lowercap;
};

struct vn_wordseg_trainer *
vn_wordseg_trainer_new(void)
{
	struct vn_wordseg_trainer *tr = vn_xmalloc(sizeof *tr);
	memset(tr, 0, sizeof *tr);
	vn_wordseg_model_init(&tr->m);
	return tr;
}

void
vn_wordseg_trainer_free(struct vn_wordseg_trainer *tr)
{
	vn_wordseg_model_free(&tr->m);
	vn_buf_free(&tr->vocab_text);
	vn_buf_free(&tr->lexicon);
	vn_buf_free(&tr->texts);
	free(tr->sents);
	free(tr->toks);
	free(tr->gold);
	free(tr->featidx);
	free(tr->w);
	free(tr->acc);
	free(tr->stamp);
	vn_tokens_free(&tr->tk);
	vn_wordseg_work_free(&tr->work);
	free(tr->lower);
	free(tr);
}

/* Vocabulary id of an entry, adding it (and its text) when new. */
static uint32_t
vocab(struct vn_wordseg_trainer *tr, const char *s, size_t len)
{
	uint32_t before = tr->m.nvocab;
	uint32_t id = vn_wordseg_vocab_add(&tr->m, s, len);
	if (id == before && tr->m.nvocab == before + 1) {
		vn_buf_append(&tr->vocab_text, s, len);
		vn_buf_putc(&tr->vocab_text, '\n');
	}
	return id;
}

static const char *
lowered(struct vn_wordseg_trainer *tr, const char *s, size_t len, size_t *outlen)
{
	if (tr->lowercap < len) {
		tr->lowercap = 2 * len;
		tr->lower = vn_xrealloc(tr->lower, tr->lowercap);
	}
	*outlen = vn_lowercase(s, len, tr->lower);
	return tr->lower;
}

void
vn_wordseg_trainer_add_word(struct vn_wordseg_trainer *tr, const char *s, size_t len)
{
	uint32_t ids[64];
	size_t n = 0;

	vn_tokenize(s, len, &tr->tk);
	for (size_t i = 0; i < tr->tk.n; i++) {
		const struct vn_token *k = &tr->tk.v[i];
		/* A lexicon word is matched over syllables only. */
		if (k->kind != VN_TOK_SYLLABLE || n == 64)
			return;
		size_t ll;
		const char *l = lowered(tr, s + k->start, k->len, &ll);
		ids[n++] = vocab(tr, l, ll);
	}
	if (n < 2)
		return;
	vn_wordseg_lexicon_add(&tr->m, ids, n);
	for (size_t i = 0; i < n; i++) {
		char num[16];
		int w = snprintf(num, sizeof num, i ? " %u" : "%u", ids[i]);
		vn_buf_append(&tr->lexicon, num, (size_t)w);
	}
	vn_buf_putc(&tr->lexicon, '\n');
	tr->nlexicon++;
}

void
vn_wordseg_trainer_add_sentence(struct vn_wordseg_trainer *tr, const char *text, size_t len,
                                const unsigned char *word_start)
{
	vn_tokenize(text, len, &tr->tk);
	if (tr->nsents == tr->sentcap) {
		tr->sentcap = tr->sentcap ? 2 * tr->sentcap : 1024;
		tr->sents = vn_xrealloc(tr->sents, tr->sentcap * sizeof *tr->sents);
	}
	struct sentence *st = &tr->sents[tr->nsents++];
	st->text = tr->texts.len;
	st->textlen = len;
	st->tok = tr->ntoks;
	st->ntok = tr->tk.n;
	vn_buf_append(&tr->texts, text, len);
	if (tr->ntoks + tr->tk.n > tr->tokcap) {
		while (tr->ntoks + tr->tk.n > tr->tokcap)
			tr->tokcap = tr->tokcap ? 2 * tr->tokcap : 65536;
		tr->toks = vn_xrealloc(tr->toks, tr->tokcap * sizeof *tr->toks);
		tr->gold = vn_xrealloc(tr->gold, tr->tokcap);
	}
	for (size_t i = 0; i < tr->tk.n; i++) {
		const struct vn_token *k = &tr->tk.v[i];
		tr->toks[tr->ntoks] = *k;
		tr->gold[tr->ntoks] = word_start[k->start] ? VN_WS_B : VN_WS_I;
		tr->ntoks++;
		/* Syllables and punctuation marks seen in training get ids. */
		if (k->kind == VN_TOK_SYLLABLE || k->kind == VN_TOK_PUNCT) {
			size_t ll;
			const char *l = lowered(tr, text + k->start, k->len, &ll);
			vocab(tr, l, ll);
		}
	}
}

/* Weight index (of the B weight) of slot `slot` of the block for key,
 * creating the block with zero weights. */
static uint32_t
weight_index(struct vn_wordseg_trainer *tr, uint64_t key, size_t slot)
{
	struct vn_wordseg_model *m = &tr->m;
	int added;
	uint32_t *off = vn_u64map_put(&m->feats, key, (uint32_t)m->nw, &added);
	if (added) {
		size_t nw = 2 * vn_ws_slots(key);
		if (m->nw + nw > m->wcap) {
			m->wcap = m->wcap ? 2 * m->wcap : 1 << 16;
			m->w = vn_xrealloc(m->w, m->wcap * sizeof *m->w);
		}
		for (size_t k = 0; k < nw; k++)
			m->w[m->nw++] = 0;
	}
	return *off + 2 * (uint32_t)slot;
}

/* The features of position i: the blocks around it and the misc keys. */
static void
gather(struct vn_wordseg_trainer *tr, size_t i, uint32_t *out)
{
	const uint32_t *ids = tr->work.ids + VN_WS_PADDING;
	long li = (long)i;
	size_t k = 0;

	for (long d = -2; d <= 2; d++)
		out[k++] = weight_index(tr, vn_ws_key_uni(ids[li + d]), (size_t)(d + 2));
	for (long d = -2; d <= 1; d++)
		out[k++] = weight_index(tr, vn_ws_key_pair(ids[li + d], ids[li + d + 1]),
		                        (size_t)(d + 2));
	for (long d = -2; d <= 0; d++)
		out[k++] = weight_index(
			tr, vn_ws_key_tri(ids[li + d], ids[li + d + 1], ids[li + d + 2]), (size_t)(d + 2));
	uint64_t keys[VN_WS_MAXMISC];
	size_t nk = vn_wordseg_misc(&tr->work, i, keys);
	for (size_t j = 0; j < nk; j++)
		out[k++] = weight_index(tr, keys[j], 0);
	while (k < MAXFEAT)
		out[k++] = UINT32_MAX;
}

/* Build every training position's feature list once; the weights are then
 * only read and updated through these indexes. */
static void
build_features(struct vn_wordseg_trainer *tr)
{
	struct vn_tokens one = {0};

	tr->featidx = vn_xmalloc((tr->ntoks ? tr->ntoks : 1) * MAXFEAT * sizeof *tr->featidx);
	for (size_t s = 0; s < tr->nsents; s++) {
		const struct sentence *st = &tr->sents[s];
		one.v = tr->toks + st->tok;
		one.n = one.cap = st->ntok;
		vn_wordseg_prepare(&tr->m, tr->texts.data + st->text, &one, &tr->work);
		for (size_t i = 0; i < st->ntok; i++) {
			uint32_t *out = tr->featidx + (st->tok + i) * MAXFEAT;
			if (tr->work.forced[i]) {
				tr->gold[st->tok + i] = VN_WS_B;
				out[0] = UINT32_MAX;
				continue;
			}
			gather(tr, i, out);
		}
	}
	tr->w = vn_xmalloc((tr->m.nw ? tr->m.nw : 1) * sizeof *tr->w);
	tr->acc = vn_xmalloc((tr->m.nw ? tr->m.nw : 1) * sizeof *tr->acc);
	tr->stamp = vn_xmalloc((tr->m.nw ? tr->m.nw : 1) * sizeof *tr->stamp);
	memset(tr->w, 0, tr->m.nw * sizeof *tr->w);
	memset(tr->acc, 0, tr->m.nw * sizeof *tr->acc);
	memset(tr->stamp, 0, tr->m.nw * sizeof *tr->stamp);
}

static void
update(struct vn_wordseg_trainer *tr, uint32_t idx, int delta)
{
	tr->acc[idx] += (int64_t)tr->w[idx] * (tr->clock - tr->stamp[idx]);
	tr->stamp[idx] = tr->clock;
	tr->w[idx] += delta;
}

static void
update_trans(struct vn_wordseg_trainer *tr, int a, int b, int delta)
{
	tr->trans_acc[a][b] += (int64_t)tr->trans[a][b] * (tr->clock - tr->trans_stamp[a][b]);
	tr->trans_stamp[a][b] = tr->clock;
	tr->trans[a][b] += delta;
}

static void
train_sentence(struct vn_wordseg_trainer *tr, const struct sentence *st, unsigned char *pred)
{
	size_t n = st->ntok;
	const unsigned char *gold = tr->gold + st->tok;

	if (n == 0)
		return;
	/* decode() reads forced[] and score[]: set both from the cache. */
	vn_wordseg_work_reserve(&tr->work, n);
	for (size_t i = 0; i < n; i++) {
		const uint32_t *f = tr->featidx + (st->tok + i) * MAXFEAT;
		float b = 0, in = 0;
		tr->work.forced[i] = f[0] == UINT32_MAX;
		for (size_t k = 0; k < MAXFEAT && f[k] != UINT32_MAX; k++) {
			b += (float)tr->w[f[k]];
			in += (float)tr->w[f[k] + 1];
		}
		tr->work.score[i + VN_WS_SCORE_PAD][VN_WS_B] = b;
		tr->work.score[i + VN_WS_SCORE_PAD][VN_WS_I] = in;
	}
	for (int a = 0; a < 2; a++)
		for (int b = 0; b < 2; b++)
			tr->m.trans[a][b] = (float)tr->trans[a][b];
	vn_wordseg_decode(&tr->m, &tr->work, n, pred);
	if (memcmp(pred, gold, n) != 0) {
		for (size_t i = 0; i < n; i++) {
			if (i > 0 && (pred[i - 1] != gold[i - 1] || pred[i] != gold[i])) {
				update_trans(tr, gold[i - 1], gold[i], 1);
				update_trans(tr, pred[i - 1], pred[i], -1);
			}
			if (pred[i] == gold[i])
				continue;
			const uint32_t *f = tr->featidx + (st->tok + i) * MAXFEAT;
			for (size_t k = 0; k < MAXFEAT && f[k] != UINT32_MAX; k++) {
				update(tr, f[k] + gold[i], 1);
				update(tr, f[k] + pred[i], -1);
			}
		}
	}
	tr->clock++;
}

void
vn_wordseg_trainer_run(struct vn_wordseg_trainer *tr, int epochs, unsigned long seed)
{
	size_t *order = vn_xmalloc((tr->nsents ? tr->nsents : 1) * sizeof *order);
	unsigned char *pred = vn_xmalloc(tr->ntoks ? tr->ntoks : 1);
	uint64_t state = seed * 6364136223846793005ull + 1442695040888963407ull;

	build_features(tr);
	tr->clock = 1;
	for (size_t s = 0; s < tr->nsents; s++)
		order[s] = s;
	for (int e = 0; e < epochs; e++) {
		/* Fisher-Yates with a 64-bit LCG: the same on every machine. */
		for (size_t s = tr->nsents; s > 1; s--) {
			state = state * 6364136223846793005ull + 1442695040888963407ull;
			size_t r = (size_t)((state >> 33) % s);
			size_t tmp = order[s - 1];
			order[s - 1] = order[r];
			order[r] = tmp;
		}
		for (size_t s = 0; s < tr->nsents; s++)
			train_sentence(tr, &tr->sents[order[s]], pred);
	}
	free(order);
	free(pred);
}

/* The averaged weight of index idx in model units, rounded. */
static long
averaged(int64_t acc, int32_t w, uint32_t stamp, uint32_t clock)
{
	double total = (double)(acc + (int64_t)w * (clock - stamp));
	return lround(total / (double)clock * SCALE);
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

size_t
vn_wordseg_trainer_write(struct vn_wordseg_trainer *tr, FILE *out, int min_weight)
{
	struct vn_wordseg_model *m = &tr->m;
	uint64_t *keys = vn_xmalloc((m->feats.n ? m->feats.n : 1) * sizeof *keys);
	size_t nkeys = 0, written = 0;

	fprintf(out, "vn-segment-wordseg 1\n");
	fprintf(out, "vocab %u\n", m->nvocab - VN_WS_NRESERVED);
	if (tr->vocab_text.len)
		fwrite(tr->vocab_text.data, 1, tr->vocab_text.len, out);
	fprintf(out, "lexicon %zu\n", tr->nlexicon);
	if (tr->lexicon.len)
		fwrite(tr->lexicon.data, 1, tr->lexicon.len, out);
	fprintf(out, "scale %d\n", SCALE);
	fprintf(out, "trans");
	for (int a = 0; a < 2; a++)
		for (int b = 0; b < 2; b++)
			fprintf(out, " %ld", averaged(tr->trans_acc[a][b], tr->trans[a][b],
			                              tr->trans_stamp[a][b], tr->clock));
	fprintf(out, "\n");
	/* Sorted keys make the file the same whatever the hash table's order. */
	for (size_t i = 0; i <= m->feats.mask; i++)
		if (m->feats.slots[i].key)
			keys[nkeys++] = m->feats.slots[i].key;
	qsort(keys, nkeys, sizeof *keys, cmp_u64);
	long *vals = vn_xmalloc(2 * VN_WS_UNI_SLOTS * sizeof *vals);
	struct vn_buf body = {0};
	for (size_t i = 0; i < nkeys; i++) {
		uint32_t off = *vn_u64map_get(&m->feats, keys[i]);
		size_t nw = 2 * vn_ws_slots(keys[i]);
		long biggest = 0;
		for (size_t k = 0; k < nw; k++) {
			vals[k] = averaged(tr->acc[off + k], tr->w[off + k], tr->stamp[off + k], tr->clock);
			if (labs(vals[k]) > biggest)
				biggest = labs(vals[k]);
		}
		if (biggest < min_weight)
			continue;
		char line[256];
		int len = snprintf(line, sizeof line, "%llx", (unsigned long long)keys[i]);
		vn_buf_append(&body, line, (size_t)len);
		for (size_t k = 0; k < nw; k++) {
			len = snprintf(line, sizeof line, " %ld", vals[k]);
			vn_buf_append(&body, line, (size_t)len);
		}
		vn_buf_putc(&body, '\n');
		written++;
	}
	fprintf(out, "features %zu\n", written);
	if (body.len)
		fwrite(body.data, 1, body.len, out);
	vn_buf_free(&body);
	free(vals);
	free(keys);
	return written;
}
