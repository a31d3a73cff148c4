#include "doctype.h"

#include <string.h>

#include "buf.h"
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

/* Every number the recognizer meets looks up a code or a head, so the
 * tables are indexed at the first lookup: open-addressing hash tables
 * with linear probing. Rows with equal keys are met in the order of the
 * table, so the first row that fits is still the one found. */
struct index_slot {
	const char *key; /* NULL: empty */
	size_t key_len;
	size_t row;
};

struct row_index {
	struct index_slot *slot;
	size_t mask;
};

static struct row_index type_index, issuer_index, head_index, head_last_index;
static size_t *head_words; /* the words of each head phrase */
/* Type names: the system of the first row of type_codes naming each, in
 * one system or in both (VN_SYS_NONE). */
static struct row_index type_name_index;
static int *type_name_system;
static int indexed;

static size_t
hash_key(const char *k, size_t n)
{
	uint32_t h = 2166136261u; /* FNV-1a */

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)k[i]) * 16777619u;
	return h;
}

static void
index_init(struct row_index *ix, size_t rows)
{
	size_t slots = 16;

	while (slots < 2 * rows + 1)
		slots *= 2;
	ix->slot = vn_xmalloc(slots * sizeof *ix->slot);
	memset(ix->slot, 0, slots * sizeof *ix->slot);
	ix->mask = slots - 1;
}

static void
index_add(struct row_index *ix, const char *key, size_t n, size_t row)
{
	size_t h = hash_key(key, n) & ix->mask;

	while (ix->slot[h].key)
		h = (h + 1) & ix->mask;
	ix->slot[h] = (struct index_slot){key, n, row};
}

/* A walk over the rows whose key is key[0..n), in table order. */
struct probe {
	const struct row_index *ix;
	const char *key;
	size_t n;
	size_t h;
};

static struct probe
probe_at(const struct row_index *ix, const char *key, size_t n)
{
	return (struct probe){ix, key, n, hash_key(key, n) & ix->mask};
}

/* The next row with the key, or (size_t)-1. */
static size_t
probe_next(struct probe *p)
{
	for (; p->ix->slot[p->h].key; p->h = (p->h + 1) & p->ix->mask) {
		const struct index_slot *sl = &p->ix->slot[p->h];
		if (key_is(p->key, p->n, sl->key, sl->key_len)) {
			p->h = (p->h + 1) & p->ix->mask;
			return sl->row;
		}
	}
	return (size_t)-1;
}

static void
index_type_systems(void)
{
	type_name_system = vn_xmalloc((vn_type_codes_len + 1) * sizeof *type_name_system);
	index_init(&type_name_index, vn_type_codes_len);
	for (size_t i = 0; i < vn_type_codes_len; i++) {
		const struct vn_type_code *t = &vn_type_codes[i];
		if (!t->names_type)
			continue;
		struct probe p = probe_at(&type_name_index, t->type, strlen(t->type));
		size_t row = probe_next(&p);
		if (row == (size_t)-1) {
			index_add(&type_name_index, t->type, strlen(t->type), i);
			type_name_system[i] = t->system;
		} else if (type_name_system[row] != t->system) {
			type_name_system[row] = VN_SYS_NONE;
		}
	}
}

static void
build_indexes(void)
{
	index_init(&type_index, vn_type_codes_len);
	for (size_t i = 0; i < vn_type_codes_len; i++)
		index_add(&type_index, vn_type_codes[i].key, vn_type_codes[i].key_len, i);
	index_init(&issuer_index, vn_issuers_len);
	for (size_t i = 0; i < vn_issuers_len; i++)
		index_add(&issuer_index, vn_issuers[i].key, vn_issuers[i].key_len, i);
	index_init(&head_index, vn_heads_len);
	index_init(&head_last_index, vn_heads_len);
	head_words = vn_xmalloc((vn_heads_len + 1) * sizeof *head_words);
	for (size_t i = 0; i < vn_heads_len; i++) {
		index_add(&head_index, vn_heads[i].phrase, vn_heads[i].phrase_len, i);
		index_add(&head_last_index, vn_heads[i].last, vn_heads[i].last_len, i);
		head_words[i] = 1;
		for (size_t k = 0; k < vn_heads[i].phrase_len; k++)
			head_words[i] += vn_heads[i].phrase[k] == ' ';
	}
	index_type_systems();
	indexed = 1;
}

static struct probe
probe_start(const struct row_index *ix, const char *key, size_t n)
{
	if (!indexed)
		build_indexes();
	return probe_at(ix, key, n);
}

/* The first row of the type codes with key[0..n) (capitals) that names
 * a type in system. */
static const struct vn_type_code *
type_code_by_key(const char *key, size_t n, int system)
{
	struct probe p = probe_start(&type_index, key, n);
	size_t row;

	while ((row = probe_next(&p)) != (size_t)-1) {
		const struct vn_type_code *t = &vn_type_codes[row];
		if (t->names_type && t->system == system)
			return t;
	}
	return NULL;
}

const struct vn_type_code *
vn_type_code_find(const char *s, size_t len, int system)
{
	char key[KEY_MAX];
	size_t n = upper_key(s, len, key);

	return n ? type_code_by_key(key, n, system) : NULL;
}

int
vn_type_code_fits(const char *type, const char *s, size_t len, int system)
{
	char key[KEY_MAX];
	size_t n = upper_key(s, len, key), row;

	if (!n)
		return 0;
	struct probe p = probe_start(&type_index, key, n);
	while ((row = probe_next(&p)) != (size_t)-1) {
		const struct vn_type_code *t = &vn_type_codes[row];
		if (t->system == system && strcmp(t->type, type) == 0)
			return 1;
	}
	return 0;
}

/* The issuer with code key[0..n) (capitals). The National Assembly's
 * codes carry the term: QH13, UBTVQH14. The first row that fits, of those
 * keyed by the whole code and of those with a term keyed by the code
 * without it. */
static const struct vn_issuer *
issuer_by_key(const char *key, size_t n)
{
	size_t base = n, row, best = (size_t)-1;

	while (base > 0 && vn_tok_is_digit(key[base - 1]))
		base--;
	struct probe p = probe_start(&issuer_index, key, n);
	while ((row = probe_next(&p)) != (size_t)-1)
		if (!vn_issuers[row].has_term) {
			best = row;
			break;
		}
	if (n - base <= 2) {
		p = probe_start(&issuer_index, key, base);
		while ((row = probe_next(&p)) != (size_t)-1)
			if (vn_issuers[row].has_term) {
				if (row < best)
					best = row;
				break;
			}
	}
	return best == (size_t)-1 ? NULL : &vn_issuers[best];
}

const struct vn_issuer *
vn_issuer_find(const char *s, size_t len)
{
	char key[KEY_MAX];
	size_t n = upper_key(s, len, key);

	return n ? issuer_by_key(key, n) : NULL;
}

int
vn_code_known(const char *s, size_t len)
{
	char key[KEY_MAX];
	size_t n = upper_key(s, len, key);

	return n && (type_code_by_key(key, n, VN_SYS_STATE) || type_code_by_key(key, n, VN_SYS_PARTY) ||
	             issuer_by_key(key, n));
}

const struct vn_head *
vn_head_find(const char *lower, size_t len)
{
	struct probe p = probe_start(&head_index, lower, len);
	size_t row = probe_next(&p);

	return row == (size_t)-1 ? NULL : &vn_heads[row];
}

size_t
vn_head_words_ending_with(const char *lower, size_t len)
{
	struct probe p = probe_start(&head_last_index, lower, len);
	size_t row, most = 0;

	while ((row = probe_next(&p)) != (size_t)-1)
		if (head_words[row] > most)
			most = head_words[row];
	return most;
}

/* The last two letters of the last words of the head phrases, as a set
 * of pairs (open addressing; 0 is no pair, since no letter is U+0000).
 * Built at the first call. */
enum { ENDINGS_SLOTS = 256 };
static uint64_t head_endings[ENDINGS_SLOTS];
static int head_endings_ready;

static uint64_t
ending_key(uint32_t before_last, uint32_t last)
{
	return (uint64_t)before_last << 32 | last;
}

static size_t
ending_slot(uint64_t key)
{
	return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 56) % ENDINGS_SLOTS;
}

static void
build_head_endings(void)
{
	for (size_t i = 0; i < vn_heads_len && i < ENDINGS_SLOTS / 2; i++) {
		const char *w = vn_heads[i].last;
		size_t n, wl = vn_heads[i].last_len;
		if (wl == 0)
			continue;
		size_t at = vn_tok_prev(w, wl);
		uint32_t last = vn_tok_cp(w, wl, at, &n), before = 0;
		if (at > 0)
			before = vn_tok_cp(w, wl, vn_tok_prev(w, at), &n);
		uint64_t key = ending_key(before, last);
		size_t h = ending_slot(key);
		while (head_endings[h] && head_endings[h] != key)
			h = (h + 1) % ENDINGS_SLOTS;
		head_endings[h] = key;
	}
	head_endings_ready = 1;
}

int
vn_head_may_end_in(uint32_t before_last, uint32_t last)
{
	if (!head_endings_ready)
		build_head_endings();
	if (vn_heads_len > ENDINGS_SLOTS / 2)
		return 1; /* a table this large is not filtered */
	uint64_t key = ending_key(before_last, last);
	for (size_t h = ending_slot(key); head_endings[h]; h = (h + 1) % ENDINGS_SLOTS)
		if (head_endings[h] == key)
			return 1;
	return 0;
}

int
vn_type_system(const char *type)
{
	struct probe p = probe_start(&type_name_index, type, strlen(type));
	size_t row = probe_next(&p);

	return row == (size_t)-1 ? VN_SYS_NONE : type_name_system[row];
}
