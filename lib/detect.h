/* Guessing the encoding of a document (--from=auto) from a sample of it.
 *
 * Valid UTF-8 with multi-byte characters is UTF-8. Text with bytes that
 * are not UTF-8 is decoded with each legacy table in turn, and the table
 * under which the most words with non-ASCII letters spell Vietnamese
 * syllables wins: the byte statistics of the encodings differ so much that
 * the wrong tables give nonsense (Vieät, ViÍt). Pure ASCII is VIQR when
 * enough of its words carry VIQR marks that make syllables. */
#ifndef VN_DETECT_H
#define VN_DETECT_H

#include <stddef.h>

#include "legacy.h"

/* The encoding of the sample s[0..len) (lines joined by '\n'); *confidence
 * gets the share (0..1) of evidence words that fit it. */
enum vn_encoding vn_detect_encoding(const char *s, size_t len, double *confidence);

#endif
