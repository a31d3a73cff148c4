/* Writing a segmented sentence: words (syllables joined by _) or CoNLL-U. */
#ifndef VN_SEGOUT_H
#define VN_SEGOUT_H

#include <stddef.h>

#include "token.h"

/* Words separated by spaces, the syllables of a word joined by "_",
 * punctuation split off; then a newline. starts[i] marks the tokens of s
 * that start a word. */
void vn_write_words(const char *s, const struct vn_tokens *t, const unsigned char *starts);

/* One CoNLL-U sentence: `# sent_id = DOC-N` (N alone when doc is NULL),
 * `# text = ...`, a line per word (FORM with the syllables separated by
 * spaces as in the UD Vietnamese treebank, SpaceAfter=No in MISC where the
 * source had no space), then an empty line. */
void vn_write_conllu(const char *doc, unsigned long n, const char *s, size_t len,
                     const struct vn_tokens *t, const unsigned char *starts);

#endif
