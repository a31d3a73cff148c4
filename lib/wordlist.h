/* Sorted word lists compiled in from data/ (generated C arrays), and
 * lookups by key (lower case NFC, vnfold.h). A multi-word entry has its
 * words joined by single spaces: "ngày làm việc". */
#ifndef VN_WORDLIST_H
#define VN_WORDLIST_H

#include <stddef.h>

struct vn_wordlist {
	const char *const *entries; /* sorted by bytes (LC_ALL=C) */
	const unsigned char *lens;  /* their lengths in bytes */
	size_t n;
};

/* True when key[0..len) is an entry of l. */
int vn_wordlist_has(const struct vn_wordlist *l, const char *key, size_t len);
/* True when some entry of l starts with key[0..len) followed by a space,
 * so that a longer phrase may still match. */
int vn_wordlist_has_prefix(const struct vn_wordlist *l, const char *key, size_t len);

/* The lists of metric-extract, from data/metric-*.txt. */
extern const struct vn_wordlist vn_list_units;      /* counted nouns, hand list */
extern const struct vn_wordlist vn_list_units_vtb;  /* counted nouns, treebank */
extern const struct vn_wordlist vn_list_nouns_vtb;  /* any noun, treebank */
extern const struct vn_wordlist vn_list_non_units;  /* never a unit */
extern const struct vn_wordlist vn_list_labels;     /* a number after them is a label */
extern const struct vn_wordlist vn_list_time_units; /* units of a duration */
extern const struct vn_wordlist vn_list_currencies; /* units of money */
extern const struct vn_wordlist vn_list_idioms;     /* "một số", "một cửa" */

#endif
