/* Writing a segmented sentence: words (syllables joined by _) or CoNLL-U. */
#ifndef VN_SEGOUT_H
#define VN_SEGOUT_H

#include <stddef.h>

#include "token.h"

/* Words separated by spaces, the syllables of a word joined by "_",
 * punctuation split off; then `end` (a newline, or what joins the next
 * piece of the sentence, or nothing when end is 0). starts[i] marks the
 * tokens of s that start a word. */
void vn_write_words(const char *s, const struct vn_tokens *t, const unsigned char *starts,
                    char end);

/* Sentences longer than this are segmented in pieces, so that memory stays
 * flat on a line with no punctuation at all (a flattened table, a dump). */
enum { VN_WORD_PIECE = 1 << 16 };
/* Length of the first piece of s[0..len): all of it when short enough,
 * else up to white space near VN_WORD_PIECE (*at_space set; the space is
 * left for the next piece), or at a character boundary. */
size_t vn_word_piece(const char *s, size_t len, int *at_space);

/* One CoNLL-U sentence: `# sent_id = DOC-N` (N alone when doc is NULL),
 * `# text = ...`, a line per word (FORM with the syllables separated by
 * spaces as in the UD Vietnamese treebank, SpaceAfter=No in MISC where the
 * source had no space), then an empty line. */
void vn_write_conllu(const char *doc, unsigned long n, const char *s, size_t len,
                     const struct vn_tokens *t, const unsigned char *starts);

#endif
