/* The word model shipped in data/vn-segment-words.model, embedded in the
 * binary at build time so that installed tools need no data path. */
#ifndef VN_WORDSEG_DATA_H
#define VN_WORDSEG_DATA_H

#include <stddef.h>

extern const char vn_wordseg_model[];
extern const size_t vn_wordseg_model_len;

#endif
