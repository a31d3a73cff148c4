/* The word segmentation model: vocabulary, lexicon trie, feature weights,
 * and reading the model's text form (see data/README, "Model format"). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "wordseg.h"

size_t
vn_ws_slots(uint64_t key)
{
	switch (key >> 60) {
	case VN_WS_KEY_UNI: return VN_WS_UNI_SLOTS;
	case VN_WS_KEY_PAIR: return VN_WS_PAIR_SLOTS;
	case VN_WS_KEY_TRI: return VN_WS_TRI_SLOTS;
	default: return VN_WS_MISC_SLOTS;
	}
}

void
vn_wordseg_model_init(struct vn_wordseg_model *m)
{
	memset(m, 0, sizeof *m);
	vn_u64map_init(&m->vocab, 1024);
	vn_u64map_init(&m->trie, 1024);
	vn_u64map_init(&m->feats, 1024);
	m->nvocab = VN_WS_NRESERVED;
	m->trie_cap = 1024;
	m->trie_word = vn_xmalloc(m->trie_cap);
	m->trie_word[0] = 0;
	m->ntrie = 1; /* the root */
}

void
vn_wordseg_model_free(struct vn_wordseg_model *m)
{
	vn_u64map_free(&m->vocab);
	vn_u64map_free(&m->trie);
	vn_u64map_free(&m->feats);
	free(m->trie_word);
	free(m->w);
	free(m->uni_off);
	free(m->root_child);
	free(m->misc_w);
	memset(m, 0, sizeof *m);
}

int64_t
vn_wordseg_vocab_id(const struct vn_wordseg_model *m, const char *s, size_t len)
{
	const uint32_t *v = vn_u64map_get(&m->vocab, vn_hash_bytes(s, len));
	return v ? (int64_t)*v : -1;
}

uint32_t
vn_wordseg_vocab_add(struct vn_wordseg_model *m, const char *s, size_t len)
{
	int added;
	uint32_t *v = vn_u64map_put(&m->vocab, vn_hash_bytes(s, len), m->nvocab, &added);
	if (added)
		m->nvocab++;
	return *v;
}

void
vn_wordseg_lexicon_add(struct vn_wordseg_model *m, const uint32_t *ids, size_t n)
{
	uint32_t node = 0;

	for (size_t i = 0; i < n; i++) {
		int added;
		uint32_t *child = vn_u64map_put(&m->trie, (uint64_t)node << 24 | ids[i], m->ntrie, &added);
		if (added) {
			if (m->ntrie == m->trie_cap) {
				m->trie_cap *= 2;
				m->trie_word = vn_xrealloc(m->trie_word, m->trie_cap);
			}
			m->trie_word[m->ntrie++] = 0;
		}
		node = *child;
	}
	m->trie_word[node] = 1;
}

/* A cursor over the model text, line by line. */
struct cursor {
	const char *p, *end;
	unsigned long lineno;
};

static int
next_line(struct cursor *c, const char **line, size_t *len)
{
	for (;;) {
		if (c->p >= c->end)
			return 0;
		const char *nl = memchr(c->p, '\n', (size_t)(c->end - c->p));
		const char *e = nl ? nl : c->end;
		*line = c->p;
		*len = (size_t)(e - c->p);
		c->p = nl ? nl + 1 : c->end;
		c->lineno++;
		if (*len > 0 && (*line)[0] != '#')
			return 1;
	}
}

/* "NAME COUNT" header line. */
static int
section(struct cursor *c, const char *name, unsigned long *count)
{
	const char *line;
	size_t len, nlen = strlen(name);
	if (!next_line(c, &line, &len) || len <= nlen + 1 || memcmp(line, name, nlen) != 0 ||
	    line[nlen] != ' ')
		return 0;
	char *end;
	errno = 0;
	*count = strtoul(line + nlen + 1, &end, 10);
	return errno == 0 && end == line + len;
}

void
vn_wordseg_model_index(struct vn_wordseg_model *m)
{
	m->uni_off = vn_xmalloc(m->nvocab * sizeof *m->uni_off);
	m->root_child = vn_xmalloc(m->nvocab * sizeof *m->root_child);
	for (uint32_t id = 0; id < m->nvocab; id++) {
		const uint32_t *v = vn_u64map_get(&m->feats, vn_ws_key_uni(id));
		m->uni_off[id] = v ? *v : VN_WS_NONE;
		v = vn_u64map_get(&m->trie, id);
		m->root_child[id] = v ? *v : VN_WS_NONE;
	}
	size_t nmisc = (size_t)VN_WS_MISC_TEMPLATES * VN_WS_MISC_VALUES;
	m->misc_w = vn_xmalloc(2 * nmisc * sizeof *m->misc_w);
	for (size_t i = 0; i < 2 * nmisc; i++)
		m->misc_w[i] = 0;
	for (size_t i = 0; i <= m->feats.mask; i++) {
		uint64_t key = m->feats.slots[i].key;
		if (key >> 60 != VN_WS_KEY_MISC)
			continue;
		uint64_t tmpl = key >> 32 & 0xFFFFFF, value = key & 0xFFFFFFFF;
		if (tmpl < VN_WS_MISC_TEMPLATES && value < VN_WS_MISC_VALUES) {
			size_t at = 2 * (tmpl * VN_WS_MISC_VALUES + value);
			m->misc_w[at] = m->w[m->feats.slots[i].val];
			m->misc_w[at + 1] = m->w[m->feats.slots[i].val + 1];
		}
	}
}

int
vn_wordseg_model_load(struct vn_wordseg_model *m, const char *text, size_t len, char *err)
{
	struct cursor c = {text, text + len, 0};
	const char *line;
	size_t llen;
	unsigned long count, scale;

	vn_wordseg_model_init(m);
	if (!next_line(&c, &line, &llen) || llen != 20 || memcmp(line, "vn-segment-wordseg 1", 20) != 0)
		goto bad;
	if (!section(&c, "vocab", &count))
		goto bad;
	for (unsigned long i = 0; i < count; i++) {
		if (c.p >= c.end)
			goto bad;
		/* Entries are raw lines: one may begin with '#'. */
		const char *nl = memchr(c.p, '\n', (size_t)(c.end - c.p));
		const char *e = nl ? nl : c.end;
		c.lineno++;
		if (vn_wordseg_vocab_add(m, c.p, (size_t)(e - c.p)) != VN_WS_NRESERVED + i)
			goto bad; /* a duplicate entry */
		c.p = nl ? nl + 1 : c.end;
	}
	if (!section(&c, "lexicon", &count))
		goto bad;
	uint32_t ids[64];
	for (unsigned long i = 0; i < count; i++) {
		if (!next_line(&c, &line, &llen))
			goto bad;
		size_t n = 0;
		const char *p = line, *e = line + llen;
		while (p < e && n < 64) {
			char *q;
			unsigned long id = strtoul(p, &q, 10);
			if (q == p || id >= m->nvocab)
				goto bad;
			ids[n++] = (uint32_t)id;
			p = q;
			while (p < e && *p == ' ')
				p++;
		}
		vn_wordseg_lexicon_add(m, ids, n);
	}
	if (!section(&c, "scale", &scale) || scale == 0)
		goto bad;
	if (!next_line(&c, &line, &llen) || llen < 6 || memcmp(line, "trans ", 6) != 0)
		goto bad;
	{
		long t[4];
		const char *p = line + 6;
		for (int k = 0; k < 4; k++) {
			char *q;
			t[k] = strtol(p, &q, 10);
			if (q == p)
				goto bad;
			p = q;
		}
		for (int k = 0; k < 4; k++)
			m->trans[k / 2][k % 2] = (float)t[k] / (float)scale;
	}
	if (!section(&c, "features", &count))
		goto bad;
	vn_u64map_free(&m->feats);
	vn_u64map_init(&m->feats, count);
	m->wcap = count * 2 * VN_WS_UNI_SLOTS;
	m->w = vn_xmalloc(m->wcap * sizeof *m->w);
	for (unsigned long i = 0; i < count; i++) {
		if (!next_line(&c, &line, &llen))
			goto bad;
		char *q;
		const char *p = line;
		uint64_t key = strtoull(p, &q, 16);
		if (q == p || key == 0)
			goto bad;
		size_t nw = 2 * vn_ws_slots(key);
		int added;
		*vn_u64map_put(&m->feats, key, (uint32_t)m->nw, &added) = (uint32_t)m->nw;
		if (!added)
			goto bad;
		for (size_t k = 0; k < nw; k++) {
			p = q;
			long v = strtol(p, &q, 10);
			if (q == p)
				goto bad;
			m->w[m->nw++] = (float)v / (float)scale;
		}
	}
	vn_wordseg_model_index(m);
	return 0;
bad:
	snprintf(err, 128, "word model: bad line %lu", c.lineno);
	vn_wordseg_model_free(m);
	return -1;
}
