/* The words of a sentence as the recognizers ask about them: a word
 * token's folded key (remembered across sentences with what the word
 * lists say of the word), its capitals, and whether it, or a phrase that
 * starts or ends with it, is in a list. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "metricint.h"
#include "vnfold.h"

/* Folded keys, remembered by the word's bytes: a report repeats a few
 * thousand words, and folding one (more so an NFD one, which must be
 * composed) costs several times a lookup. Direct-mapped; a word or key
 * too long for a slot is folded each time (words of 16 bytes hold every
 * Vietnamese syllable, NFD ones too). 8,192 slots (512 KB) hold the
 * words of a report with few collisions: going from 1,024 cut the tool's
 * cycles by 6% on the bench corpus, and 32,768 gained nothing more. A
 * slot fills one cache line, so a lookup waits for one line, not two
 * (1.5% of the tool's cycles with 80-byte slots).
 *
 * A slot also remembers what its word is: for each list asked of it
 * (its id in known_lists below, one bit each), whether its key is an
 * entry of the list and whether it begins a longer entry. The recognizers ask the same few
 * lists of the same common words sentence after sentence, so most of
 * their questions become a bit test. A token keeps its slot with the
 * slot's generation, which changes when the slot takes another word, so a
 * token never reads another word's answers. */
enum { FOLD_SLOTS = 8192, FOLD_RAW = 16, FOLD_KEY = 24, FOLD_LINE = 64 };

struct vn_fold_memo {
	_Alignas(FOLD_LINE) uint64_t raw[FOLD_RAW / 8]; /* the word, zeros after it */
	unsigned char rawlen;                           /* 0: empty */
	unsigned char keylen;
	char key[FOLD_KEY];
	unsigned gen;
	uint32_t asked, entry, prefix; /* bit list_id */
};
_Static_assert(sizeof(struct vn_fold_memo) == FOLD_LINE, "a slot is one cache line");

/* The memo's slots, zeroed, each on a cache line of its own. */
static struct vn_fold_memo *
new_fold_memo(void)
{
	struct vn_fold_memo *m = aligned_alloc(FOLD_LINE, FOLD_SLOTS * sizeof *m);

	if (!m)
		vn_die("out of memory");
	memset(m, 0, FOLD_SLOTS * sizeof *m);
	return m;
}

/* The word w[0..n) (n <= FOLD_RAW) as raw[] holds it, zeros after it;
 * w[0..room) may be read. A word inside a line is read eight bytes at a
 * time, the bytes after it masked off. */
static void
raw_words(const char *w, size_t n, size_t room, uint64_t raw[FOLD_RAW / 8])
{
	memset(raw, 0, FOLD_RAW);
	if (room < FOLD_RAW) {
		memcpy(raw, w, n);
		return;
	}
	for (size_t k = 0; k * 8 < n; k++) {
		memcpy(&raw[k], w + 8 * k, 8);
		if (n - 8 * k < 8)
			raw[k] &= (1ull << (8 * (n - 8 * k))) - 1;
	}
}

static size_t
fold_slot(size_t n, const uint64_t raw[FOLD_RAW / 8])
{
	const uint64_t k = 0x9E3779B97F4A7C15ull;
	uint64_t h = n * k;

	for (size_t i = 0; i * 8 < n; i++) {
		h = (h ^ raw[i]) * k;
		h ^= h >> 29;
	}
	return (size_t)(h >> 40) % FOLD_SLOTS;
}

const char *
vn_mt_fold_key(struct vn_metric_scanner *sc, size_t i, size_t *len)
{
	struct tok *t = &sc->tok[i];

	if (!t->keydone) {
		const char *w = sc->s + t->start;
		size_t wl = t->end - t->start, n;
		/* Into the key buffer: a key is at most 64 bytes (a longer
		 * word gets none; it matches no list). */
		vn_buf_reserve(&sc->keys, 64);
		char *out = sc->keys.data + sc->keys.len;
		struct vn_fold_memo *m = NULL;
		uint64_t raw[FOLD_RAW / 8];
		if (wl <= FOLD_RAW) {
			if (!sc->fold_memo)
				sc->fold_memo = new_fold_memo();
			raw_words(w, wl, sc->len - t->start, raw);
			m = &sc->fold_memo[fold_slot(wl, raw)];
		}
		if (m && m->rawlen == wl && memcmp(m->raw, raw, FOLD_RAW) == 0) {
			n = m->keylen;
			memcpy(out, m->key, FOLD_KEY); /* all of it: one fixed-size copy */
		} else {
			n = vn_fold(w, wl, out, 64);
			if (m && n <= FOLD_KEY) {
				m->rawlen = (unsigned char)wl;
				memcpy(m->raw, raw, FOLD_RAW);
				m->keylen = (unsigned char)n;
				memcpy(m->key, out, n);
				m->gen++;
				m->asked = m->entry = m->prefix = 0;
			} else {
				m = NULL;
			}
		}
		if (m) {
			t->memo = (unsigned)(m - sc->fold_memo) + 1;
			t->memo_gen = m->gen;
		}
		t->keyoff = (unsigned)sc->keys.len;
		t->keylen = (unsigned char)n;
		sc->keys.len += n;
		t->keydone = 1;
	}
	*len = t->keylen;
	return sc->keys.data + t->keyoff;
}

int
vn_mt_caps(struct vn_metric_scanner *sc, size_t i)
{
	struct tok *t = &sc->tok[i];
	if (t->caps == CAPS_UNKNOWN) {
		int all;
		size_t w = t->end - t->start;
		int cap = vn_is_capitalized(sc->s + t->start, w, &all);
		t->caps = (unsigned char)(cap ? (all && w > 1 ? 2 : 1) : 0);
	}
	return t->caps;
}

/* The lists the recognizers ask of a word, kept by address: a word list
 * (wordlist.h) or a NULL-ended array of literals, which becomes a hashed
 * word list on first use (the stop-word lists run to forty words and are
 * asked of every word of a subject). The first MEMO_LISTS get an id, their
 * bit in the fold memo. */
enum { LIST_SLOTS = 128, MEMO_LISTS = 32 };

struct known_list {
	const void *addr;
	const struct vn_wordlist *list; /* NULL: compare entry by entry */
	struct vn_wordlist own;         /* made from an array of literals */
	unsigned id;                    /* MEMO_LISTS or more: not remembered */
	unsigned phrase_slot;           /* a word list's in tok.phrase[], if less
	                                   than VN_MT_PHRASE_LISTS */
	size_t max_tokens;              /* tokens of its longest entry */
};

static struct known_list known_lists[LIST_SLOTS];
static unsigned nknown, nphrase_lists;

/* A hashed word list of the literals words[], or NULL when one is too long
 * for it (no word's key is that long: compare entry by entry). Entries
 * with a space ("tiếp tục") never equal one word's key and are harmless
 * in the index. */
static const struct vn_wordlist *
list_of_literals(const char *const *words, struct vn_wordlist *own)
{
	size_t n = 0, cap = 16;

	while (words[n])
		n++;
	while (cap < 2 * n)
		cap *= 2;
	unsigned char *lens = vn_xmalloc(n ? n : 1);
	for (size_t k = 0; k < n; k++) {
		size_t l = strlen(words[k]);
		if (l > 255) {
			free(lens);
			return NULL;
		}
		lens[k] = (unsigned char)l;
	}
	struct vn_wordindex *ix = vn_xmalloc(sizeof *ix);
	ix->slots = vn_xmalloc(cap * sizeof *ix->slots);
	memset(ix->slots, 0, cap * sizeof *ix->slots);
	ix->cap = cap;
	ix->ready = 0;
	*own = (struct vn_wordlist){words, lens, n, ix};
	return own;
}

#define MAXPHRASE 6

/* How many tokens the longest entry of l spans as a phrase key holds it
 * (phrase_add): words apart by one space, a comma glued to the word
 * before it and a space after, so an entry of w spaces and c commas is
 * w + c + 1 tokens. No phrase of more tokens can be an entry. */
static size_t
most_tokens(const struct vn_wordlist *l)
{
	size_t most = 1;

	for (size_t e = 0; e < l->n; e++) {
		size_t tokens = 1;
		for (size_t k = 0; k < l->lens[e]; k++)
			tokens += l->entries[e][k] == ' ' || l->entries[e][k] == ',';
		if (tokens > most)
			most = tokens;
	}
	return most;
}

/* The list at addr: the word list wl, or (wl NULL) the literals at addr.
 * NULL when there are more lists than slots (compare entry by entry). */
static const struct known_list *
known_list(const void *addr, const struct vn_wordlist *wl)
{
	size_t h = ((uintptr_t)addr >> 3) % LIST_SLOTS;

	for (size_t probe = 0; probe < LIST_SLOTS; probe++, h = (h + 1) % LIST_SLOTS) {
		struct known_list *k = &known_lists[h];
		if (k->addr == addr)
			return k;
		if (k->addr)
			continue;
		k->addr = addr;
		k->list = wl ? wl : list_of_literals(addr, &k->own);
		k->id = nknown++;
		k->phrase_slot = wl ? nphrase_lists++ : VN_MT_PHRASE_LISTS;
		k->max_tokens = k->list ? most_tokens(k->list) : MAXPHRASE;
		return k;
	}
	return NULL;
}

/* VN_WORD_ENTRY and VN_WORD_PREFIX of word token i's key (n > 0 bytes at
 * k) in list kl, from the fold memo when it was asked before. */
static unsigned
word_flags(struct vn_metric_scanner *sc, size_t i, const char *k, size_t n,
           const struct known_list *kl)
{
	const struct tok *t = &sc->tok[i];
	struct vn_fold_memo *m = NULL;
	uint32_t bit = kl->id < MEMO_LISTS ? 1u << kl->id : 0;

	if (t->memo && bit && sc->fold_memo[t->memo - 1].gen == t->memo_gen) {
		m = &sc->fold_memo[t->memo - 1];
		if (m->asked & bit)
			return (m->entry & bit ? VN_WORD_ENTRY : 0) | (m->prefix & bit ? VN_WORD_PREFIX : 0);
	}
	unsigned f = vn_wordlist_find(kl->list, k, n);
	if (m) {
		m->asked |= bit;
		if (f & VN_WORD_ENTRY)
			m->entry |= bit;
		if (f & VN_WORD_PREFIX)
			m->prefix |= bit;
	}
	return f;
}

int
vn_mt_is_any(struct vn_metric_scanner *sc, size_t i, const char *const *words)
{
	size_t n;

	if (i >= sc->ntok || sc->tok[i].kind != TK_WORD)
		return 0;
	const char *k = vn_mt_key(sc, i, &n);
	if (n == 0)
		return 0;
	const struct known_list *kl = known_list(words, NULL);
	if (kl && kl->list)
		return (word_flags(sc, i, k, n, kl) & VN_WORD_ENTRY) != 0;
	for (; *words; words++)
		if (strlen(*words) == n && memcmp(*words, k, n) == 0)
			return 1;
	return 0;
}

/* Append token i's key to a phrase key: words joined by spaces, a comma
 * glued to the word before ("cán bộ, công chức"). 0 when token i cannot
 * be part of a phrase. */
static int
phrase_add(struct vn_metric_scanner *sc, size_t i, char *key, size_t *kl, size_t cap)
{
	size_t n;

	if (sc->tok[i].kind == TK_PUNCT) {
		if (sc->tok[i].cp != ',' || *kl == 0 || *kl + 1 > cap)
			return 0;
		key[(*kl)++] = ',';
		return 1;
	}
	if (sc->tok[i].kind != TK_WORD)
		return 0;
	const char *k = vn_mt_key(sc, i, &n);
	if (n == 0 || *kl + n + 1 > cap)
		return 0;
	if (*kl)
		key[(*kl)++] = ' ';
	memcpy(key + *kl, k, n);
	*kl += n;
	return 1;
}

size_t
vn_mt_phrase(struct vn_metric_scanner *sc, size_t i, const struct vn_wordlist *l)
{
	char key[256];
	size_t kl = 0, best = 0;
	const struct known_list *known = known_list(l, l);
	/* The recognizers ask the same lists at the same tokens (the unit
	 * after a number, for a change and then for a count): the answer
	 * depends on the sentence's tokens only, so it is kept with them. */
	unsigned char *memo = NULL;
	if (known && known->phrase_slot < VN_MT_PHRASE_LISTS && i < sc->ntok) {
		memo = &sc->tok[i].phrase[known->phrase_slot];
		if (*memo)
			return *memo - 1u;
	}

	for (size_t j = i; j < sc->ntok && j < i + MAXPHRASE; j++) {
		if (!phrase_add(sc, j, key, &kl, sizeof key))
			break;
		if (sc->tok[j].kind == TK_PUNCT)
			continue;
		/* The first word alone: what the memo knows of it. */
		unsigned found = j == i && known ? word_flags(sc, i, key, kl, known)
		                                 : vn_wordlist_find(l, key, kl);
		if (found & VN_WORD_ENTRY)
			best = j - i + 1;
		else if (!(found & VN_WORD_PREFIX) &&
		         !(j + 1 < sc->ntok && vn_mt_punct(sc, j + 1, ',')))
			break;
	}
	if (memo)
		*memo = (unsigned char)(best + 1);
	return best;
}

/* The phrases of 1..MAXPHRASE tokens that end before token i, built
 * right to left in one buffer, as phrase_add would build each: the n-token
 * phrase is the key of its first word followed by what the (n-1)-token
 * one appended after its own first word (" key" or ","). A token no
 * phrase can hold ends the search: every longer phrase holds it too. */
size_t
vn_mt_phrase_before(struct vn_metric_scanner *sc, size_t i, const struct vn_wordlist *l)
{
	char buf[256];
	size_t tail = sizeof buf; /* buf[tail..) follows the first word */
	size_t best = 0;
	const struct known_list *known = known_list(l, l);

	size_t most = known ? known->max_tokens : MAXPHRASE;

	for (size_t n = 1; n <= MAXPHRASE && n <= most && n <= i; n++) {
		const struct tok *t = &sc->tok[i - n];
		if (t->kind == TK_PUNCT && t->cp == ',' && tail > 0) {
			buf[--tail] = ','; /* glued to the word before it */
			continue;
		}
		size_t kn;
		const char *k = vn_mt_key(sc, i - n, &kn);
		if (t->kind != TK_WORD || kn == 0 || kn > tail)
			break; /* no such phrase; a longer one is longer still */
		memcpy(buf + tail - kn, k, kn);
		/* The word alone (nothing after it yet): what the memo knows. */
		unsigned found = tail == sizeof buf && known
		                         ? word_flags(sc, i - n, k, kn, known)
		                         : vn_wordlist_find(l, buf + tail - kn, sizeof buf - tail + kn);
		if (found & VN_WORD_ENTRY)
			best = n;
		if (kn + 1 > tail)
			break;
		tail -= kn + 1;
		buf[tail] = ' ';
	}
	return best;
}
