/* Sentence boundaries inside a line, for tools that need "the same
 * sentence" (metric-extract takes a figure's year from its sentence) but
 * may read text that vn-segment has not split. */
#ifndef VN_SENTENCE_H
#define VN_SENTENCE_H

#include <stddef.h>

/* Longest stretch handed out as one sentence: a line with no sentence
 * end for this long is cut at a space, so work per sentence stays small. */
#define VN_SENTENCE_MAX 65536

/* End (exclusive byte offset) of the sentence that starts at s[from],
 * within s[0..len). A sentence ends after `.`, `!`, `?` or an ellipsis
 * (and any closing quotes or brackets) when the next word starts with a
 * capital letter or a digit; a `.` after a known abbreviation (TP., ThS.)
 * or a lone initial does not end one. Returns len at the end of s. */
size_t vn_sentence_end(const char *s, size_t len, size_t from);

/* True when s[0..len) ends with a sentence end (., !, ?, …, :, ;), maybe
 * followed by closing quotes, brackets or spaces. A line that does not
 * may go on in the next line (pdftotext wraps mid-sentence). */
int vn_sentence_closed(const char *s, size_t len);

#endif
