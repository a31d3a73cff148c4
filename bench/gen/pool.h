/* The paragraphs a corpus is sampled from, each kept in every variant the
 * generator writes, so that writing 100 MB costs no per-line Unicode work. */
#ifndef GEN_POOL_H
#define GEN_POOL_H

#include <stddef.h>

enum gen_variant {
	GEN_CLEAN,         /* NFC, plain spaces, old tone style */
	GEN_NEW_STYLE,     /* NFC, new tone style (hoà, thuỷ) */
	GEN_NFD,           /* the clean text decomposed */
	GEN_NFD_NEW_STYLE, /* the new-style text decomposed */
	GEN_NVARIANTS
};

struct gen_para {
	char *text[GEN_NVARIANTS];
	size_t len[GEN_NVARIANTS];
};

struct gen_pool {
	struct gen_para *para;
	size_t n, cap;
};

/* Add the paragraphs of one source file: a plain text file gives one
 * paragraph per non-blank line; a CoNLL-U file (name ending in .conllu)
 * gives its `# text` sentences, a few consecutive ones per paragraph.
 * `# newdoc` lines are not text and are skipped. */
void gen_pool_add_file(struct gen_pool *pool, const char *path);
void gen_pool_free(struct gen_pool *pool);
/* True for a CoNLL-U file (treebank news text, not report text). */
int gen_is_conllu(const char *path);

#endif
