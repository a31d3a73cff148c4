/* Punctuation spacing, the way Vietnamese (and most Latin-script) typing
 * rules want it: no space before , . ; : ! ? … ) ], none after ( [, one
 * space after , ; : ! ? … when a letter follows, and after a full stop
 * that ends a sentence (a lower-case word, a full stop, a capitalised
 * word). Doubled ,, and ;; become one.
 *
 * Nothing changes inside numbers (19.853, 80,5), times (14:47), codes
 * (30c/NQ-CP, ISO 9001:2008): the rules only fire next to letters and
 * spaces. Tokens that are URLs, e-mail addresses, domain names or HTML
 * character references are copied untouched, and a full stop between
 * capitals (TP.HCM, Tp.HCM) is an abbreviation, not a sentence end. */
#ifndef VN_PUNCT_H
#define VN_PUNCT_H

#include <stddef.h>

#include "buf.h"

/* Append s[0..len) to out with punctuation spacing fixed; returns the
 * number of changes. When there are none, out is left as it was. */
size_t vn_punct_fix(const char *s, size_t len, struct vn_buf *out);

/* Is the '.' at byte i of s the end of a sentence run into the next one
 * ("trọng tâm.Trong đó"), so that a space belongs after it? */
int vn_punct_sentence_stop(const char *s, size_t len, size_t i);

/* Append s[0..len) to out with typographic quotes, dashes and the
 * ellipsis replaced by ASCII " ' - and ...; returns the number replaced.
 * When none is, out is left as it was. */
size_t vn_punct_to_ascii(const char *s, size_t len, struct vn_buf *out);

#endif
