#include "wordlist.h"

#include <string.h>

/* First entry not below key (byte order, a shorter prefix first). */
static size_t
lower_bound(const struct vn_wordlist *l, const char *key, size_t len)
{
	size_t lo = 0, hi = l->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *e = l->entries[mid];
		size_t el = l->lens[mid];
		int c = memcmp(e, key, el < len ? el : len);
		if (c < 0 || (c == 0 && el < len))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int
vn_wordlist_has(const struct vn_wordlist *l, const char *key, size_t len)
{
	size_t i = lower_bound(l, key, len);

	return i < l->n && l->lens[i] == len && memcmp(l->entries[i], key, len) == 0;
}

int
vn_wordlist_has_prefix(const struct vn_wordlist *l, const char *key, size_t len)
{
	for (size_t i = lower_bound(l, key, len); i < l->n; i++) {
		const char *e = l->entries[i];
		if (l->lens[i] < len || memcmp(e, key, len) != 0)
			return 0;
		if (e[len] == ' ')
			return 1;
		/* Entries that extend key with other bytes (key "hồ", entry
		 * "hồi") sort between; keep going while the prefix holds. */
	}
	return 0;
}
