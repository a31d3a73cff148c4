/* Unit tests for lib/wordlist.c: the hash lookups against a plain scan of
 * the sorted lists, for every entry and every byte prefix of one. */
#include "check.h"

#include "wordlist.h"

static const struct vn_wordlist *const lists[] = {
	&vn_list_units, &vn_list_units_vtb, &vn_list_nouns_vtb, &vn_list_non_units,
	&vn_list_labels, &vn_list_time_units, &vn_list_currencies, &vn_list_idioms,
};

/* What key is in l, by reading every entry. */
static unsigned
scan(const struct vn_wordlist *l, const char *key, size_t len)
{
	unsigned f = 0;

	for (size_t i = 0; i < l->n; i++) {
		if (l->lens[i] < len || memcmp(l->entries[i], key, len) != 0)
			continue;
		if (l->lens[i] == len)
			f |= VN_WORD_ENTRY;
		else if (l->entries[i][len] == ' ')
			f |= VN_WORD_PREFIX;
	}
	return f;
}

int
main(void)
{
	size_t tried = 0, wrong = 0;

	for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++) {
		const struct vn_wordlist *l = lists[k];
		for (size_t i = 0; i < l->n; i++)
			for (size_t len = 1; len <= l->lens[i]; len++) {
				tried++;
				wrong += vn_wordlist_find(l, l->entries[i], len) != scan(l, l->entries[i], len);
			}
	}
	CHECK(tried > 1000 && wrong == 0, "finds every entry and word prefix (%zu keys, %zu wrong)", tried, wrong);
	CHECK(vn_wordlist_has(&vn_list_units, "hồ sơ", strlen("hồ sơ")), "\"hồ sơ\" is a unit");
	CHECK(!vn_wordlist_has(&vn_list_units, "hồ", strlen("hồ")), "\"hồ\" alone is no unit");
	CHECK(vn_wordlist_has_prefix(&vn_list_time_units, "ngày", strlen("ngày")),
	      "\"ngày\" starts \"ngày làm việc\"");
	CHECK(!vn_wordlist_has_prefix(&vn_list_time_units, "ngà", strlen("ngà")),
	      "a prefix must end at a word");
	CHECK(!vn_wordlist_find(&vn_list_idioms, "", 0), "the empty key is nothing");
	return check_done();
}
