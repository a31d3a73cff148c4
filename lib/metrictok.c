/* The tokens of one sentence for the metric recognizers: words, numerals
 * (digits with their scale words, or number words, read by vnnumber.c)
 * and single punctuation characters, with the spacing between them. */
#include <string.h>

#include "metricint.h"
#include "utf8.h"
#include "vnfold.h"
#include "vnnumber.h"

static size_t
space_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c == ' ' || c == '\t' || c == '_' || c == '\r' || c == '\f' || c == '\v')
		return 1;
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
		return 2; /* no-break space */
	if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] <= 0x8B || (unsigned char)s[i + 2] == 0xAF))
		return 3; /* U+2000..U+200B spaces, U+202F */
	return 0;
}

static struct tok *
push(struct vn_metric_scanner *sc)
{
	if (sc->ntok == sc->captok) {
		sc->captok = sc->captok ? 2 * sc->captok : 256;
		sc->tok = vn_xrealloc(sc->tok, sc->captok * sizeof *sc->tok);
	}
	struct tok *t = &sc->tok[sc->ntok++];
	memset(t, 0, sizeof *t);
	t->scale = 1;
	return t;
}

/* First letters of the words a numeral in words can start with (một
 * hai ba bốn năm sáu bảy bẩy tám chín mười), in either case. */
static int
number_initial(unsigned char c)
{
	switch (c) {
	case 'b': case 'c': case 'h': case 'm': case 'n': case 's': case 't':
	case 'B': case 'C': case 'H': case 'M': case 'N': case 'S': case 'T':
		return 1;
	default:
		return 0;
	}
}

#define TAIL_IS(lit) (n == sizeof(lit) && memcmp(s + 1, lit, sizeof(lit) - 1) == 0)

/* Is s[0..n) one of those words in NFC, in lower case or capitalized?
 * Compared as bytes after the first letter, since folding every short
 * word of a text costs more than the rest of the scan. */
static int
plain_number_start(const char *s, size_t n)
{
	switch (s[0] | 0x20) {
	case 'b': return TAIL_IS("a") || TAIL_IS("\xe1\xba\xa3y") || TAIL_IS("\xe1\xba\xa9y") ||
	                 TAIL_IS("\xe1\xbb\x91n"); /* ba bảy bẩy bốn */
	case 'c': return TAIL_IS("h\xc3\xadn");      /* chín */
	case 'h': return TAIL_IS("ai");               /* hai */
	case 'm': return TAIL_IS("\xe1\xbb\x99t") || TAIL_IS("\xc6\xb0\xe1\xbb\x9di"); /* một mười */
	case 'n': return TAIL_IS("\xc4\x83m");       /* năm */
	case 's': return TAIL_IS("\xc3\xa1u");       /* sáu */
	case 't': return TAIL_IS("\xc3\xa1m");       /* tám */
	default: return 0;
	}
}

#undef TAIL_IS

/* Could s[0..n), spelled any other way (all capitals, NFD, a mix), fold
 * to one of those words? Its ASCII letters, lower-cased, must then be a
 * subsequence of the word's letters without marks: a precomposed letter
 * hides its base letter, a decomposed one keeps it, and case mapping
 * never turns a letter of another script into one of these. A cheap
 * test that spares vn_fold (and its NFC pass) for "UBND", "HĐND" and the
 * NFD words of a text. */
static int
may_fold_to_number_start(const char *s, size_t n)
{
	static const char *const bases[] = {
		"mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi",
	};
	char ascii[16];
	size_t a = 0;

	for (size_t i = 0; i < n; i++)
		if ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z' && a < sizeof ascii)
			ascii[a++] = (char)(s[i] | 0x20);
	for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
		const char *w = bases[b];
		size_t k = 0;
		for (; *w && k < a; w++)
			if (*w == ascii[k])
				k++;
		if (k == a)
			return 1;
	}
	return 0;
}

/* Could the word at s[0..n) start a numeral in words? */
static int
number_word_start(const char *s, size_t n)
{
	char key[16];
	size_t kl;

	/* NFD spells "mười" in 10 bytes. */
	if (n > 12 || n < 2 || !number_initial((unsigned char)s[0]))
		return 0;
	if (plain_number_start(s, n))
		return 1;
	/* Folding keeps the order of base letters, so the second character
	 * must be the second letter of one of the words, bare (a, o, u, h
	 * in NFD) or precomposed in any case (ă á ả ẩ ố ộ ư, lead bytes
	 * C3 C4 C6 E1). */
	unsigned char c1 = (unsigned char)s[1];
	if (!((c1 | 0x20) == 'a' || (c1 | 0x20) == 'o' || (c1 | 0x20) == 'u' || (c1 | 0x20) == 'h' ||
	      c1 == 0xC3 || c1 == 0xC4 || c1 == 0xC6 || c1 == 0xE1))
		return 0;
	/* Rarer spellings: all capitals, or NFD (combining marks, lead
	 * bytes 0xCC and 0xCD). */
	int unusual = 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char)s[i] == 0xCC || (unsigned char)s[i] == 0xCD)
			unusual = 1;
	if (!unusual || !may_fold_to_number_start(s, n))
		return 0;
	kl = vn_fold(s, n, key, sizeof key);
	return kl && vn_number_word_start(key, kl);
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
				/* "1,3,4": after "1," the "3,4" is two more items. */
				size_t comma = i;
				while (s[comma] != ',')
					comma++;
				vn_number_parse(s + i, comma - i, &num);
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
		size_t w = vn_word_len(s + i, to - i);
		if (w) {
			if (number_word_start(s + i, w) && vn_number_parse(s + i, to - i, &num)) {
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

/* Worth tokenizing: a digit, a numeral in words (not a lone "năm" or
 * "một", which are the word "year" and the article), or the "đứng đầu",
 * "dẫn đầu", "thứ nhất" of a first place. Most sentences of prose have
 * none; this scan is the whole cost of those. */
int
vn_mt_worth_scanning(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		if (c >= '0' && c <= '9')
			return 1;
		int letter = c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
		if (!letter) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < len && ((unsigned char)s[j] >= 0x80 ||
		                   ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')))
			j++;
		size_t n = j - i;
		if (n <= 12 && number_initial(c)) {
			size_t w = vn_word_len(s + i, n);
			struct vn_number num;
			if (w && number_word_start(s + i, w) && vn_number_parse(s + i, len - i, &num) &&
			    !(num.flags & VN_NUM_BARE_ONE))
				return 1;
			/* thứ nhất, thứ nhì */
			if (w == 5 && memcmp(s + i + 1, "h\xe1\xbb\xa9", 4) == 0 && j + 3 < len &&
			    s[j] == ' ' && (s[j + 1] == 'n' || s[j + 1] == 'N') && s[j + 2] == 'h')
				return 1;
		}
		/* đứng (\xC4\x91 or \xC4\x90, then ứng), dẫn */
		if ((n == 7 && c == 0xC4 && (memcmp(s + i + 1, "\x91\xe1\xbb\xa9ng", 6) == 0 ||
		                             memcmp(s + i + 1, "\x90\xe1\xbb\xa9ng", 6) == 0)) ||
		    (n == 5 && (c == 'd' || c == 'D') && memcmp(s + i + 1, "\xe1\xba\xabn", 4) == 0))
			return 1;
		i = j;
	}
	return 0;
}

const char *
vn_mt_fold_key(struct vn_metric_scanner *sc, size_t i, size_t *len)
{
	struct tok *t = &sc->tok[i];

	if (!t->keydone) {
		/* Fold straight into the key buffer: a key is at most 64
		 * bytes (a longer word gets none; it matches no list). */
		vn_buf_reserve(&sc->keys, 64);
		size_t n = vn_fold(sc->s + t->start, t->end - t->start, sc->keys.data + sc->keys.len, 64);
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

int
vn_mt_is_any(struct vn_metric_scanner *sc, size_t i, const char *const *words)
{
	size_t n;

	if (i >= sc->ntok || sc->tok[i].kind != TK_WORD)
		return 0;
	const char *k = vn_mt_key(sc, i, &n);
	for (; *words; words++)
		if ((*words)[0] == k[0] && strlen(*words) == n && memcmp(k, *words, n) == 0)
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

#define MAXPHRASE 6

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

	for (size_t j = i; j < sc->ntok && j < i + MAXPHRASE; j++) {
		if (!phrase_add(sc, j, key, &kl, sizeof key))
			break;
		if (sc->tok[j].kind == TK_PUNCT)
			continue;
		unsigned found = vn_wordlist_find(l, key, kl);
		if (found & VN_WORD_ENTRY)
			best = j - i + 1;
		else if (!(found & VN_WORD_PREFIX) &&
		         !(j + 1 < sc->ntok && vn_mt_punct(sc, j + 1, ',')))
			break;
	}
	return best;
}

size_t
vn_mt_phrase_before(struct vn_metric_scanner *sc, size_t i, const struct vn_wordlist *l)
{
	size_t best = 0;

	for (size_t n = 1; n <= MAXPHRASE && n <= i; n++) {
		char key[256];
		size_t kl = 0, j;
		for (j = i - n; j < i; j++)
			if (!phrase_add(sc, j, key, &kl, sizeof key))
				break;
		if (j == i && sc->tok[i - n].kind == TK_WORD && vn_wordlist_has(l, key, kl))
			best = n;
	}
	return best;
}
