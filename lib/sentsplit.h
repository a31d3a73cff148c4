/* Sentence boundaries in a paragraph of Vietnamese text.
 *
 * A sentence ends at . ! ? … or a run of them, with the closing quotes and
 * brackets that follow. It does not end inside numbers, dates, times,
 * codes, URLs or e-mail addresses (no space follows the mark there), after
 * an initial in a name (Nguyễn V. A.), a list number (1. 2.3. II.), or a
 * known abbreviation (data/vn-segment-abbrev.txt), nor where a lower-case
 * word follows (ellipses mid-sentence, ông H. cúi xuống), nor between
 * short calls in one quotation ("Mẹ! Bố!"). An initial standing alone
 * (phường K.) and TP. used for "the city" end one before a capitalised
 * word followed by a small letter (Người ta ...), which no name is. Text
 * glued across a boundary (năm 2018.Phó Bí thư, 2030…Dưới sự) is split. */
#ifndef VN_SENTSPLIT_H
#define VN_SENTSPLIT_H

#include <stddef.h>

/* Find the sentence that starts at or after p[start]: returns 1 with its
 * bytes in [*s, *e) (no white space at either end) and *next where the
 * search for the following one starts; 0 when only white space is left. */
int vn_sentence_next(const char *p, size_t n, size_t start, size_t *s, size_t *e, size_t *next);

/* Longest stretch a caller that works per sentence takes at once
 * (metric-extract): a line with no sentence end for this long is taken in
 * pieces, so work per sentence stays small. */
#define VN_SENTENCE_MAX 65536

/* End (exclusive) of the first piece of p[from..to) at most max bytes
 * long: to when the whole fits, else after the last space within max
 * bytes, or at a code point boundary when there is none. */
size_t vn_sentence_piece_end(const char *p, size_t from, size_t to, size_t max);

#endif
