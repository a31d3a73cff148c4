/* The tokens of one sentence for the metric recognizers: words, numerals
 * (digits with their scale words, or number words, read by vnnumber.c)
 * and single punctuation characters, with the spacing between them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "metricint.h"
#include "utf8.h"
#include "vnfold.h"
#include "vnnumber.h"

static inline size_t
space_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '_' || c == '\r' || c == '\f' || c == '\v';
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
		return 2; /* no-break space */
	if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] <= 0x8B || (unsigned char)s[i + 2] == 0xAF))
		return 3; /* U+2000..U+200B spaces, U+202F */
	return 0;
}

enum { ONES = 0x0101010101010101ull, HIGHS = 0x8080808080808080ull, LOWS = 0x7F7F7F7F7F7F7F7Full };

/* Bit 8k+7 set where byte k of w equals c. Exact: a byte of t is zero
 * when adding 0x7F to its low seven bits leaves bit 7 clear and bit 7 was
 * clear already; the sums stay within their byte. */
static inline uint64_t
bytes_equal(uint64_t w, unsigned char c)
{
	uint64_t t = w ^ (ONES * c);
	return ~(((t & LOWS) + LOWS) | t) & HIGHS;
}

/* Bit 8k+7 set where the low seven bits of byte k of w are at least
 * lo and below hi (hi <= 0x80): adding 0x80 - lo to a 7-bit value sets
 * bit 7 exactly when it is at least lo, and never carries out of it. */
static inline uint64_t
low7_in(uint64_t w, unsigned lo, unsigned hi)
{
	uint64_t x = w & LOWS;
	return ((x + ONES * (0x80 - lo)) & ~(x + ONES * (0x80 - hi)) & HIGHS);
}

/* word_len of a word shorter than eight bytes, from one load: the length
 * of the run of letters (an ASCII letter or a byte with bit 7 set, as in
 * metricworth.c) when every character in it is one word_len's loop takes
 * (a two-byte letter or mark: lead C3..C9, CC, CD, but × ÷, and one
 * continuation byte; E1, then B8..BB, then a continuation byte), else 0.
 * Without branches on the bytes: a branch per character on ASCII or not
 * goes wrong on most syllables of Vietnamese. s[0..8) must be readable. */
static inline size_t
short_word_len(const unsigned char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	uint64_t x = (w & ~HIGHS) | 0x2020202020202020ull;
	uint64_t letters = (x + 0x1F1F1F1F1F1F1F1Full) & ~(x + 0x0505050505050505ull) & HIGHS;
	uint64_t end = ~((w & HIGHS) | letters) & HIGHS;
	if (!end)
		return 0; /* eight bytes or more */
	size_t n = (size_t)__builtin_ctzll(end) >> 3;
	uint64_t high = w & HIGHS & ((1ull << (8 * n)) - 1);
	if (!high)
		return n; /* ASCII letters */
	uint64_t b6 = (w << 1) & HIGHS; /* bit 6 of each byte, in bit 7 */
	uint64_t lead = high & b6, cont = high & ~b6;
	/* Lead bytes by their low six bits: C3..C9 are 03..09, CC CD 0C 0D,
	 * E1 21 (and no other lead byte has those bits). */
	uint64_t lead2 = lead & (low7_in(w & 0x3F3F3F3F3F3F3F3Full, 0x03, 0x0A) |
	                         low7_in(w & 0x3F3F3F3F3F3F3F3Full, 0x0C, 0x0E));
	uint64_t lead3 = lead & bytes_equal(w, 0xE1);
	/* Every lead one of those, every continuation byte where one belongs,
	 * after E1 a byte B8..BB, after C3 neither 97 (×) nor B7 (÷). */
	uint64_t after3 = lead3 << 8;
	uint64_t after_c3 = (lead2 & bytes_equal(w, 0xC3)) << 8;
	if ((lead & ~(lead2 | lead3)) || cont != ((lead2 << 8) | after3 | (lead3 << 16)) ||
	    (after3 & ~low7_in(w, 0x38, 0x3C)) ||
	    (after_c3 & (bytes_equal(w, 0x97) | bytes_equal(w, 0xB7))))
		return 0;
	return n;
}

/* vn_word_len with the letters of Vietnamese inline (ASCII, the two-byte
 * letters and marks, E1 B8..BB xx), since the tokenizer asks it for every
 * word; it finishes the word when another character comes. */
static inline size_t
word_len(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	if (len >= 8) {
		size_t n = short_word_len(u);
		if (n)
			return n;
	}

	while (i < len) {
		unsigned c = u[i];
		if (c < 0x80) {
			if ((unsigned)((c | 0x20) - 'a') >= 26)
				return i;
			i++;
		} else if (c == 0xE1 && i + 2 < len && u[i + 1] >= 0xB8 && u[i + 1] <= 0xBB &&
		           (u[i + 2] & 0xC0) == 0x80) {
			i += 3;
		} else if (((c >= 0xC3 && c <= 0xC9) || c == 0xCC || c == 0xCD) && i + 1 < len &&
		           (u[i + 1] & 0xC0) == 0x80 && !(c == 0xC3 && (u[i + 1] == 0x97 || u[i + 1] == 0xB7))) {
			i += 2;
		} else {
			return i + vn_word_len(s + i, len - i);
		}
	}
	return i;
}

/* A token at the end of the array, all fields cleared. */
static inline struct tok *
push(struct vn_metric_scanner *sc)
{
	if (sc->ntok == sc->captok) {
		sc->captok = sc->captok ? 2 * sc->captok : 256;
		sc->tok = vn_xrealloc(sc->tok, sc->captok * sizeof *sc->tok);
	}
	struct tok *t = &sc->tok[sc->ntok++];
	*t = (struct tok){.scale = 1};
	return t;
}

/* Does a number with no space before it continue a list "1,3,4"? */
static int
list_continues(const struct vn_metric_scanner *sc, int gap)
{
	size_t n = sc->ntok;
	return !gap && n >= 2 && sc->tok[n - 1].kind == TK_PUNCT && sc->tok[n - 1].cp == ',' &&
	       sc->tok[n - 1].gap == 0 && sc->tok[n - 2].kind == TK_NUM;
}

void
vn_mt_tokenize(struct vn_metric_scanner *sc, size_t from, size_t to)
{
	const char *s = sc->s;
	int gap = 1;

	sc->ntok = 0;
	vn_buf_clear(&sc->keys);
	for (size_t i = from; i < to;) {
		size_t n = space_at(s, to, i);
		if (n) {
			gap = 1;
			i += n;
			continue;
		}
		unsigned char c = (unsigned char)s[i];
		struct vn_number num;
		if (c >= '0' && c <= '9') {
			vn_number_parse(s + i, to - i, &num);
			if ((num.flags & VN_NUM_DECIMAL) && list_continues(sc, gap)) {
				/* "1,3,4": after "1," the "3,4" is two more items. A
				 * decimal point ("2.5") has no comma to cut at. */
				const char *comma = memchr(s + i, ',', num.len);
				if (comma)
					vn_number_parse(s + i, (size_t)(comma - (s + i)), &num);
			}
			struct tok *t = push(sc);
			t->kind = TK_NUM;
			t->start = i;
			t->end = i + num.len;
			t->value = num.value;
			t->scale = num.scale;
			t->flags = num.flags;
			t->ndigits = num.ndigits;
			t->gap = (unsigned char)gap;
			i = t->end;
			gap = 0;
			continue;
		}
		size_t w = word_len(s + i, to - i);
		if (w) {
			if (vn_mt_maybe_number_word(s + i, w, to - i) &&
			    vn_mt_number_word_start(s + i, w) && vn_number_parse(s + i, to - i, &num)) {
				struct tok *t = push(sc);
				t->kind = TK_NUM;
				t->start = i;
				t->end = i + num.len;
				t->value = num.value;
				t->scale = num.scale;
				t->flags = num.flags;
				t->gap = (unsigned char)gap;
				i = t->end;
				gap = 0;
				continue;
			}
			struct tok *t = push(sc);
			t->kind = TK_WORD;
			t->start = i;
			t->end = i + w;
			t->gap = (unsigned char)gap;
			t->caps = CAPS_UNKNOWN;
			i += w;
			gap = 0;
			continue;
		}
		uint32_t cp = 0xFFFD;
		n = vn_utf8_decode(s + i, to - i, &cp);
		if (n == 0)
			n = 1;
		struct tok *t = push(sc);
		t->kind = TK_PUNCT;
		t->start = i;
		t->end = i + n;
		t->cp = cp;
		t->gap = (unsigned char)gap;
		i += n;
		gap = 0;
	}
}

/* Folded keys, remembered by the word's bytes: a report repeats a few
 * thousand words, and folding one (more so an NFD one, which must be
 * composed) costs several times a lookup. Direct-mapped; a word or key
 * too long for a slot is folded each time.
 *
 * A slot also remembers what its word is: for each list asked of it
 * (list_id below, one bit each), whether its key is an entry of the list
 * and whether it begins a longer entry. The recognizers ask the same few
 * lists of the same common words sentence after sentence, so most of
 * their questions become a bit test. A token keeps its slot with the
 * slot's generation, which changes when the slot takes another word, so a
 * token never reads another word's answers. */
enum { FOLD_SLOTS = 1024, FOLD_RAW = 24, FOLD_KEY = 32 };

struct vn_fold_memo {
	uint64_t raw[FOLD_RAW / 8]; /* the word, zeros after it */
	unsigned char rawlen;       /* 0: empty */
	unsigned char keylen;
	char key[FOLD_KEY];
	unsigned gen;
	uint32_t asked, entry, prefix; /* bit list_id */
};

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
				sc->fold_memo = vn_xmalloc(FOLD_SLOTS * sizeof *sc->fold_memo),
				memset(sc->fold_memo, 0, FOLD_SLOTS * sizeof *sc->fold_memo);
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

int
vn_mt_punct(const struct vn_metric_scanner *sc, size_t i, uint32_t cp)
{
	return i < sc->ntok && sc->tok[i].kind == TK_PUNCT && sc->tok[i].cp == cp;
}

/* Hyphen-minus, en dash, em dash, minus sign: all write ranges. */
int
vn_mt_dash(const struct vn_metric_scanner *sc, size_t i)
{
	if (i >= sc->ntok || sc->tok[i].kind != TK_PUNCT)
		return 0;
	uint32_t c = sc->tok[i].cp;
	return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

int
vn_mt_num(const struct vn_metric_scanner *sc, size_t i)
{
	return i < sc->ntok && sc->tok[i].kind == TK_NUM;
}

/* A four-digit plain number that can be a year. */
int
vn_mt_plain_year(const struct vn_metric_scanner *sc, size_t i)
{
	const struct tok *t = &sc->tok[i];
	return i < sc->ntok && t->kind == TK_NUM && (t->flags & VN_NUM_PLAIN) &&
	       t->ndigits == 4 && t->value >= 1900 && t->value <= 2100;
}

/* Characters that glue numbers and letters into one code when written
 * without spaces: 30c/NQ-CP, 10-CT/TW, 14:47, 02/8/2018, 1.2.3. */
int
vn_mt_is_glue(const struct tok *t)
{
	return t->kind == TK_PUNCT && (t->cp == '/' || t->cp == '-' || t->cp == '.' ||
	                               t->cp == ':' || t->cp == 0x2013);
}

static int
in_run(const struct tok *t)
{
	return t->kind != TK_PUNCT || vn_mt_is_glue(t);
}

/* The run of tokens written without spaces around token i: numbers and
 * words joined by glue characters, [*a, *b]. */
void
vn_mt_glued_run(const struct vn_metric_scanner *sc, size_t i, size_t *a, size_t *b)
{
	size_t x = i, y = i;

	while (x > 0 && sc->tok[x].gap == 0 && in_run(&sc->tok[x - 1]))
		x--;
	while (y + 1 < sc->ntok && sc->tok[y + 1].gap == 0 && in_run(&sc->tok[y + 1]))
		y++;
	while (x < i && vn_mt_is_glue(&sc->tok[x]))
		x++;
	while (y > i && vn_mt_is_glue(&sc->tok[y]))
		y--;
	*a = x;
	*b = y;
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
