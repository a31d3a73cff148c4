#include "doctype.h"

#include <string.h>

#include "citetok.h"

/* Codes are at most a dozen letters; a longer group matches none. */
enum { KEY_MAX = 64 };

/* s[0..len) in capitals into key; its length, or 0 when too long. */
static size_t
upper_key(const char *s, size_t len, char key[KEY_MAX])
{
	size_t n = vn_tok_upper(s, len, 0, len, key, KEY_MAX);
	return n == (size_t)-1 ? 0 : n;
}

static int
key_is(const char *key, size_t n, const char *k, size_t klen)
{
	return n == klen && memcmp(key, k, n) == 0;
}

const struct vn_type_code *
vn_type_code_find(const char *s, size_t len, int system)
{
	char key[KEY_MAX];
	size_t n = upper_key(s, len, key);

	for (size_t i = 0; n && i < vn_type_codes_len; i++) {
		const struct vn_type_code *t = &vn_type_codes[i];
		if (t->names_type && t->system == system && key_is(key, n, t->key, t->key_len))
			return t;
	}
	return NULL;
}

int
vn_type_code_fits(const char *type, const char *s, size_t len, int system)
{
	char key[KEY_MAX];
	size_t n = upper_key(s, len, key);

	for (size_t i = 0; n && i < vn_type_codes_len; i++) {
		const struct vn_type_code *t = &vn_type_codes[i];
		if (t->system == system && key_is(key, n, t->key, t->key_len) &&
		    strcmp(t->type, type) == 0)
			return 1;
	}
	return 0;
}

const struct vn_issuer *
vn_issuer_find(const char *s, size_t len)
{
	char key[KEY_MAX];
	size_t n = upper_key(s, len, key), base = n;

	/* The National Assembly's codes carry the term: QH13, UBTVQH14. */
	while (base > 0 && vn_tok_is_digit(key[base - 1]))
		base--;
	for (size_t i = 0; n && i < vn_issuers_len; i++) {
		const struct vn_issuer *is = &vn_issuers[i];
		if (is->has_term ? n - base <= 2 && key_is(key, base, is->key, is->key_len)
		                 : key_is(key, n, is->key, is->key_len))
			return is;
	}
	return NULL;
}

const struct vn_head *
vn_head_find(const char *lower, size_t len)
{
	for (size_t i = 0; i < vn_heads_len; i++)
		if (key_is(lower, len, vn_heads[i].phrase, vn_heads[i].phrase_len))
			return &vn_heads[i];
	return NULL;
}

int
vn_head_ends_with(const char *lower, size_t len)
{
	for (size_t i = 0; i < vn_heads_len; i++)
		if (key_is(lower, len, vn_heads[i].last, vn_heads[i].last_len))
			return 1;
	return 0;
}

int
vn_type_system(const char *type)
{
	int found = VN_SYS_NONE;

	for (size_t i = 0; i < vn_type_codes_len; i++) {
		const struct vn_type_code *t = &vn_type_codes[i];
		if (!t->names_type || strcmp(t->type, type) != 0)
			continue;
		if (found != VN_SYS_NONE && found != t->system)
			return VN_SYS_NONE;
		found = t->system;
	}
	return found;
}
