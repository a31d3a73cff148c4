/* Sorted word lists compiled in from data/ (generated C arrays), and
 * lookups by key (lower case NFC, vnfold.h). A multi-word entry has its
 * words joined by single spaces: "ngày làm việc". */
#ifndef VN_WORDLIST_H
#define VN_WORDLIST_H

#include <stddef.h>
#include <stdint.h>

/* The hash index of a list, filled on its first lookup (wordlist.c). */
struct vn_wordslot {
	const char *key; /* NULL: empty */
	uint32_t hash;
	unsigned char len;
	unsigned char flags; /* VN_WORD_* */
};

struct vn_wordindex {
	struct vn_wordslot *slots;
	size_t cap; /* a power of two, at least twice the keys */
	int ready;
};

struct vn_wordlist {
	const char *const *entries; /* sorted by bytes (LC_ALL=C) */
	const unsigned char *lens;  /* their lengths in bytes */
	size_t n;
	struct vn_wordindex *index;
};

enum {
	VN_WORD_ENTRY = 1,  /* key is an entry */
	VN_WORD_PREFIX = 2, /* key and a space start an entry */
};

/* What key[0..len) is in l: VN_WORD_ENTRY, VN_WORD_PREFIX, both or 0. */
unsigned vn_wordlist_find(const struct vn_wordlist *l, const char *key, size_t len);
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
