#include "doctype.h"

#include <string.h>

#include "citetok.h"

const struct vn_type_code *
vn_type_code_find(const char *s, size_t len, int system)
{
	for (size_t i = 0; i < vn_type_codes_len; i++) {
		const struct vn_type_code *t = &vn_type_codes[i];
		if (t->names_type && t->system == system &&
		    vn_tok_caseeq(s, len, t->code, strlen(t->code)))
			return t;
	}
	return NULL;
}

int
vn_type_code_fits(const char *type, const char *s, size_t len, int system)
{
	for (size_t i = 0; i < vn_type_codes_len; i++) {
		const struct vn_type_code *t = &vn_type_codes[i];
		if (t->system == system && strcmp(t->type, type) == 0 &&
		    vn_tok_caseeq(s, len, t->code, strlen(t->code)))
			return 1;
	}
	return 0;
}

const struct vn_issuer *
vn_issuer_find(const char *s, size_t len)
{
	size_t base = len;

	/* The National Assembly's codes carry the term: QH13, UBTVQH14. */
	while (base > 0 && vn_tok_is_digit(s[base - 1]))
		base--;
	for (size_t i = 0; i < vn_issuers_len; i++) {
		const struct vn_issuer *is = &vn_issuers[i];
		size_t n = is->has_term ? base : len;
		if (is->has_term && len - base > 2)
			continue;
		if (vn_tok_caseeq(s, n, is->code, strlen(is->code)))
			return is;
	}
	return NULL;
}

const struct vn_head *
vn_head_find(const char *lower, size_t len)
{
	for (size_t i = 0; i < vn_heads_len; i++)
		if (strlen(vn_heads[i].phrase) == len && memcmp(vn_heads[i].phrase, lower, len) == 0)
			return &vn_heads[i];
	return NULL;
}

int
vn_head_ends_with(const char *lower, size_t len)
{
	for (size_t i = 0; i < vn_heads_len; i++) {
		const char *p = vn_heads[i].phrase;
		const char *last = strrchr(p, ' ');
		last = last ? last + 1 : p;
		if (strlen(last) == len && memcmp(last, lower, len) == 0)
			return 1;
	}
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
