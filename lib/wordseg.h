/* The statistical word segmenter: an averaged structured perceptron that
 * tags every syllable B (starts a word) or I (continues the word before),
 * decoded with Viterbi over the two tags.
 *
 * Features, for the syllable at i: the lower-cased syllables from i-2 to
 * i+2, their bigrams and trigrams, letter-case shapes, and matches in the
 * VnVocab lexicon (the longest word starting, ending, or running across the
 * boundary before i; exact two- and three-syllable words; forward and
 * backward maximum matching). Weights for a syllable, bigram or trigram are
 * stored as one block holding every position it can take relative to i,
 * so tagging looks each one up once. The model format is described in
 * data/README; wordseg_train.h trains it. */
#ifndef VN_WORDSEG_H
#define VN_WORDSEG_H

#include <stddef.h>
#include <stdint.h>

#include "token.h"
#include "u64map.h"

/* Reserved vocabulary ids: padding, unknown syllables by letter case, and
 * the token kinds that are not syllables. */
enum {
	VN_WS_PAD = 0,
	VN_WS_UNK_LOWER,
	VN_WS_UNK_TITLE,
	VN_WS_UNK_UPPER,
	VN_WS_UNK_MIXED,
	VN_WS_NUMBER,
	VN_WS_CODE,
	VN_WS_URL,
	VN_WS_PUNCT,
	VN_WS_NRESERVED,
};

enum { VN_WS_B = 0, VN_WS_I = 1 };
/* Context positions i-2..i+2, kept as padding on both sides. */
enum { VN_WS_PADDING = 2 };
/* Blocks around the padding reach two further: scores are padded by four
 * on each side so that adding a block needs no bounds checks. */
enum { VN_WS_SCORE_PAD = 2 * VN_WS_PADDING };
/* Longest lexicon match the features distinguish. */
enum { VN_WS_MAXLEX = 5 };

struct vn_wordseg_model {
	struct vn_u64map vocab;     /* hash of lower-cased text -> id */
	uint32_t nvocab;
	struct vn_u64map trie;      /* (node << 24 | id) -> child node */
	unsigned char *trie_word;   /* per node: a lexicon word ends here */
	uint32_t ntrie, trie_cap;
	struct vn_u64map feats;     /* feature key -> offset into w */
	float *w;
	size_t nw, wcap;
	float trans[2][2];          /* previous tag x tag */
	/* Dense indexes built after loading (vn_wordseg_model_index), so that
	 * tagging looks up syllables, misc features and the trie's first
	 * level without hashing. NULL while training. */
	uint32_t *uni_off;          /* id -> offset of its unigram block */
	uint32_t *root_child;       /* id -> trie node under the root */
	float *misc_w;              /* template x value -> B and I weights */
};

/* No block or no node. */
#define VN_WS_NONE UINT32_MAX
/* Misc feature templates and the values each may take. */
enum { VN_WS_MISC_TEMPLATES = 16, VN_WS_MISC_VALUES = 512 };

/* Per-sentence state, reused from sentence to sentence. */
struct vn_wordseg_work {
	uint32_t *ids;              /* ids[i + VN_WS_PADDING] */
	unsigned char *shape;       /* likewise padded */
	unsigned char *lstart, *lend, *lcross, *lexact, *fmm, *bmm, *forced;
	float (*score)[2];          /* token i's B and I at [i + VN_WS_SCORE_PAD] */
	unsigned char (*back)[2];
	size_t cap;
};

/* Feature key kinds (the top 4 bits of a key). */
enum { VN_WS_KEY_UNI = 1, VN_WS_KEY_PAIR, VN_WS_KEY_TRI, VN_WS_KEY_MISC };
/* Weights per block: positions it takes relative to i, times two tags. */
enum { VN_WS_UNI_SLOTS = 5, VN_WS_PAIR_SLOTS = 4, VN_WS_TRI_SLOTS = 3, VN_WS_MISC_SLOTS = 1 };
/* Most misc features at one position. */
enum { VN_WS_MAXMISC = 12 };

static inline uint64_t
vn_ws_key_uni(uint32_t a)
{
	return (uint64_t)VN_WS_KEY_UNI << 60 | a;
}
static inline uint64_t
vn_ws_key_pair(uint32_t a, uint32_t b)
{
	return (uint64_t)VN_WS_KEY_PAIR << 60 | (uint64_t)a << 20 | b;
}
static inline uint64_t
vn_ws_key_tri(uint32_t a, uint32_t b, uint32_t c)
{
	return (uint64_t)VN_WS_KEY_TRI << 60 | (uint64_t)a << 40 | (uint64_t)b << 20 | c;
}
/* Slots in a block for a key kind. */
size_t vn_ws_slots(uint64_t key);

void vn_wordseg_model_init(struct vn_wordseg_model *m);
void vn_wordseg_model_free(struct vn_wordseg_model *m);
/* Load a model from its text form; returns 0, or -1 with a message in
 * err (at least 128 bytes). */
int vn_wordseg_model_load(struct vn_wordseg_model *m, const char *text, size_t len, char *err);
/* Build the dense indexes of a loaded model. */
void vn_wordseg_model_index(struct vn_wordseg_model *m);
/* Id of a vocabulary entry (lower-cased text), or -1. */
int64_t vn_wordseg_vocab_id(const struct vn_wordseg_model *m, const char *s, size_t len);
/* Add a vocabulary entry (training); returns its id. */
uint32_t vn_wordseg_vocab_add(struct vn_wordseg_model *m, const char *s, size_t len);
/* Add a lexicon word given as vocabulary ids (training and loading). */
void vn_wordseg_lexicon_add(struct vn_wordseg_model *m, const uint32_t *ids, size_t n);

/* Fill the work arrays for the tokens of one sentence: ids, shapes,
 * lexicon matches, which tokens must start a word. */
void vn_wordseg_prepare(const struct vn_wordseg_model *m, const char *s,
                        const struct vn_tokens *t, struct vn_wordseg_work *w);
/* The misc features (keys, one slot each) at token i. */
size_t vn_wordseg_misc(const struct vn_wordseg_work *w, size_t i, uint64_t *keys);
/* Viterbi over w->score for n tokens; tags[i] = VN_WS_B or VN_WS_I. */
void vn_wordseg_decode(const struct vn_wordseg_model *m, struct vn_wordseg_work *w, size_t n,
                       unsigned char *tags);
/* Tag the tokens of one sentence: starts[i] = 1 when token i starts a word. */
void vn_wordseg_tag(const struct vn_wordseg_model *m, const char *s, const struct vn_tokens *t,
                    struct vn_wordseg_work *w, unsigned char *starts);
/* Room for n tokens in every work array. */
void vn_wordseg_work_reserve(struct vn_wordseg_work *w, size_t n);
void vn_wordseg_work_free(struct vn_wordseg_work *w);

#endif
