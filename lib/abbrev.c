#include "abbrev.h"

#include <string.h>

struct vn_abbrev_entry {
	const char *text;
	size_t len;
	enum vn_abbrev_class cls;
};

#include "abbrev_table.h"

static enum vn_abbrev_class
lookup_one(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof vn_abbrev_table / sizeof vn_abbrev_table[0]; i++) {
		const struct vn_abbrev_entry *e = &vn_abbrev_table[i];
		if (e->len == len && e->text[0] == s[0] && memcmp(e->text, s, len) == 0)
			return e->cls;
	}
	return VN_ABBREV_NONE;
}

enum vn_abbrev_class
vn_abbrev_lookup(const char *s, size_t len)
{
	enum vn_abbrev_class cls;

	if (len == 0 || len > 16)
		return VN_ABBREV_NONE;
	/* Whole first: some entries (v.v, Th.S) hold a dot themselves. */
	if ((cls = lookup_one(s, len)) != VN_ABBREV_NONE)
		return cls;
	const char *dot = memchr(s, '.', len);
	if (!dot)
		return VN_ABBREV_NONE;
	size_t head = (size_t)(dot - s);
	if (lookup_one(s, head) == VN_ABBREV_NONE)
		return VN_ABBREV_NONE;
	return vn_abbrev_lookup(dot + 1, len - head - 1);
}
