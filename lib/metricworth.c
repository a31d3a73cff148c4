/* Which sentences are worth tokenizing, and which words can start a
 * numeral in words (một, hai, … mười, in any case and normalization
 * form). Both run over every byte of the text, so they compare bytes and
 * fold a word only when it can be one of those. */
#include <stdint.h>
#include <string.h>

#include "metricint.h"
#include "vnfold.h"
#include "vnnumber.h"

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

/* The Bloom filter of vn_mt_number_head: the bit VN_MT_HEAD_HASH of the
 * first four bytes, first letter in lower case, of every word that
 * plain_number_start accepts and of "dẫn" (run_counts); the shorter ones
 * and đứng are tested on their own, and so is "thứ", which run_counts
 * takes after any numeral initial. Computed by the compiler. */
#define HEAD_KEY(c0, c1, c2, c3) \
	((uint32_t)(c0) | (uint32_t)(c1) << 8 | (uint32_t)(c2) << 16 | (uint32_t)(c3) << 24)
#define HEAD_BIT(word, key) \
	(VN_MT_HEAD_HASH(key) >> 6 == (word) ? 1ull << (VN_MT_HEAD_HASH(key) & 63) : 0)
#define HEADS(word)                                                                          \
	(HEAD_BIT(word, HEAD_KEY('b', 0xe1, 0xba, 0xa3)) /* bảy */ |                               \
	 HEAD_BIT(word, HEAD_KEY('b', 0xe1, 0xba, 0xa9)) /* bẩy */ |                               \
	 HEAD_BIT(word, HEAD_KEY('b', 0xe1, 0xbb, 0x91)) /* bốn */ |                               \
	 HEAD_BIT(word, HEAD_KEY('c', 'h', 0xc3, 0xad)) /* chín */ |                               \
	 HEAD_BIT(word, HEAD_KEY('m', 0xe1, 0xbb, 0x99)) /* một */ |                               \
	 HEAD_BIT(word, HEAD_KEY('m', 0xc6, 0xb0, 0xe1)) /* mười */ |                              \
	 HEAD_BIT(word, HEAD_KEY('n', 0xc4, 0x83, 'm')) /* năm */ |                                \
	 HEAD_BIT(word, HEAD_KEY('s', 0xc3, 0xa1, 'u')) /* sáu */ |                                \
	 HEAD_BIT(word, HEAD_KEY('t', 0xc3, 0xa1, 'm')) /* tám */ |                                \
	 HEAD_BIT(word, HEAD_KEY('d', 0xe1, 0xba, 0xab)) /* dẫn */)

const uint64_t vn_mt_head_bits[4] = {HEADS(0), HEADS(1), HEADS(2), HEADS(3)};

#undef HEADS
#undef HEAD_BIT
#undef HEAD_KEY

/* What a byte can be in the first two of a word that starts a numeral
 * (vn_mt_number_prefix): bit 0 the initial of một hai ba bốn năm sáu bảy
 * bẩy tám chín mười in either case (b c h m n s t); bit 1 the second byte,
 * the second letter bare in either case (a o u h) or the lead byte of a
 * precomposed one (ă á ả ẩ ố ộ ư: C3 C4 C6 E1). */
const unsigned char vn_mt_numeral_bytes[256] = {
	['b'] = 1, ['c'] = 1, ['m'] = 1, ['n'] = 1, ['s'] = 1, ['t'] = 1, ['h'] = 3,
	['B'] = 1, ['C'] = 1, ['M'] = 1, ['N'] = 1, ['S'] = 1, ['T'] = 1, ['H'] = 3,
	['a'] = 2, ['o'] = 2, ['u'] = 2, ['A'] = 2, ['O'] = 2, ['U'] = 2,
	[0xC3] = 2, [0xC4] = 2, [0xC6] = 2, [0xE1] = 2,
};

/* Bytes p[0..n) (n <= 8) as a little-endian word, zeros after; p[0..room)
 * may be read. One load when room allows, as it does but at a line's end. */
static uint64_t
load_bytes(const unsigned char *p, size_t n, size_t room)
{
	uint64_t w = 0;

	if (room >= 8) {
		memcpy(&w, p, 8);
		return n == 8 ? w : w & ((1ull << (8 * n)) - 1);
	}
	for (size_t k = 0; k < n; k++)
		w |= (uint64_t)p[k] << (8 * k);
	return w;
}

int
vn_mt_rare_number_word(const char *s, size_t n, size_t room)
{
	const unsigned char *p = (const unsigned char *)s;

	if (room >= 5 && memcmp(p + 1, "h\xe1\xbb\xa9", 4) == 0)
		return 1; /* thứ, as run_counts reads it */
	/* A rare spelling: a capital or a combining mark after the first
	 * byte (vn_mt_number_word_start). */
	uint64_t lo = load_bytes(p, n < 8 ? n : 8, room);
	uint64_t hi = n > 8 ? load_bytes(p + 8, n - 8, room - 8) : 0;
	return ((vn_mt_rare_bytes(lo) & ~0x80ull) | vn_mt_rare_bytes(hi)) != 0;
}

int
vn_mt_number_word_start(const char *s, size_t n)
{
	char key[16];
	size_t kl;

	/* NFD spells "mười" in 10 bytes. */
	if (n > 12 || n < 2 || !vn_mt_number_prefix((unsigned char)s[0], (unsigned char)s[1]))
		return 0;
	if (plain_number_start(s, n))
		return 1;
	/* Rarer spellings: all capitals, or NFD (combining marks, lead
	 * bytes 0xCC and 0xCD). */
	size_t i = 1;
	while (i < n && (unsigned)((unsigned char)s[i] - 'A') >= 26 && ((unsigned char)s[i] & 0xFE) != 0xCC)
		i++;
	if (i == n || !may_fold_to_number_start(s, n))
		return 0;
	kl = vn_fold(s, n, key, sizeof key);
	return kl && vn_number_word_start(key, kl);
}

/* Is s[0..w) "năm" or "một" as most text spells them (NFC, lower case or
 * capitalized), with no word after it that could go on with the numeral?
 * Alone, "năm" is no numeral (it is the word for year) and "một" a bare
 * one (vnnumber.c); they are the commonest words a numeral can start
 * with, and reading one that way spares folding the words after it.
 * Every number word begins with b, c, h, k, l, m, n, s or t in either
 * case and any normalization form; the word after must follow a space,
 * a tab, `_` or a no-break space, as vn_number_parse reads words.
 * (vnnumber_test checks this against vn_number_parse.) */
int
vn_mt_lone_year_or_one(const char *s, size_t len, size_t w)
{
	if (!(w == 4 && (s[0] | 0x20) == 'n' && memcmp(s + 1, "\xc4\x83m", 3) == 0) &&
	    !(w == 5 && (s[0] | 0x20) == 'm' && memcmp(s + 1, "\xe1\xbb\x99t", 4) == 0))
		return 0;
	size_t i = w;
	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '_' ||
	                   ((unsigned char)s[i] == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)))
		i += (unsigned char)s[i] == 0xC2 ? 2 : 1;
	if (i == w || i >= len)
		return 1;
	/* A word that starts with another character (the Kelvin sign folds
	 * to k) is read the long way. */
	if ((unsigned char)s[i] >= 0x80)
		return 0;
	unsigned l = (unsigned)((s[i] | 0x20) - 'a');
	const uint32_t initials = 1u << ('b' - 'a') | 1u << ('c' - 'a') | 1u << ('h' - 'a') |
	                          1u << ('k' - 'a') | 1u << ('l' - 'a') | 1u << ('m' - 'a') |
	                          1u << ('n' - 'a') | 1u << ('s' - 'a') | 1u << ('t' - 'a');
	return !(l < 26 && (initials >> l & 1));
}

size_t
vn_mt_next_digit(const char *s, size_t len, size_t i)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;

	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t x = w ^ (ones * 0x30);
		uint64_t below10 = (x - ones * 10) & ~x & highs;
		if (below10)
			return i + ((size_t)__builtin_ctzll(below10) >> 3);
	}
	for (; i < len; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return i;
	return len;
}

/* Bit 8k+7 set where byte k of w is a byte of a run of letters as the
 * worth scan sees them: an ASCII letter, or any byte of a multi-byte
 * character (bit 7 set). An ASCII byte x is a letter when x | 0x20 lies
 * in 0x61..0x7A, which adding 0x1F and 0x05 to every byte at once tells
 * (7-bit values plus at most 0x1F: no carry leaves a byte). A zero byte
 * (past the end, as load_bytes pads) is none. */
static uint64_t
run_bytes(uint64_t w)
{
	const uint64_t highs = 0x8080808080808080ull;
	uint64_t x = (w & ~highs) | 0x2020202020202020ull;
	uint64_t from_a = (x + 0x1F1F1F1F1F1F1F1Full) & highs; /* x >= 0x61 */
	uint64_t past_z = (x + 0x0505050505050505ull) & highs; /* x >= 0x7B */
	return (w & highs) | (from_a & ~past_z);
}

/* Length of the run of letters at p[0..room) (room >= 1), or 16 when it
 * is longer than that: every word run_counts looks for is shorter. */
static size_t
run_length(const unsigned char *p, size_t room)
{
	const uint64_t highs = 0x8080808080808080ull;
	uint64_t end = ~run_bytes(load_bytes(p, room < 8 ? room : 8, room)) & highs;

	if (end)
		return (size_t)__builtin_ctzll(end) >> 3;
	if (room == 8)
		return 8;
	end = ~run_bytes(load_bytes(p + 8, room < 16 ? room - 8 : 8, room - 8)) & highs;
	return end ? 8 + ((size_t)__builtin_ctzll(end) >> 3) : 16;
}

/* Does the run of letters that starts at s[i] make a sentence worth
 * tokenizing: a numeral in words (not a lone "năm" or "một", the word
 * "year" and the article), "thứ nhất", "thứ nhì", "đứng" or "dẫn"? */
static int
run_counts(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	/* Most words start with neither: decide before measuring the run.
	 * The bytes a numeral's second letter can have are run bytes. */
	int numeral = i + 1 < len && vn_mt_number_prefix(c, (unsigned char)s[i + 1]);
	if (!numeral && c != 0xC4 && c != 'd' && c != 'D')
		return 0;
	size_t n = run_length((const unsigned char *)s + i, len - i), j = i + n;
	if (!vn_mt_maybe_number_word(s + i, n, len - i))
		return 0;
	if (numeral) {
		size_t w = vn_word_len(s + i, n);
		struct vn_number num;
		if (w && vn_mt_number_word_start(s + i, w) && !vn_mt_lone_year_or_one(s + i, len - i, w) &&
		    vn_number_parse(s + i, len - i, &num) && !(num.flags & VN_NUM_BARE_ONE))
			return 1;
		/* thứ nhất, thứ nhì */
		if (w == 5 && memcmp(s + i + 1, "h\xe1\xbb\xa9", 4) == 0 && j + 3 < len &&
		    s[j] == ' ' && (s[j + 1] == 'n' || s[j + 1] == 'N') && s[j + 2] == 'h')
			return 1;
	}
	/* đứng (\xC4\x91 or \xC4\x90, then ứng), dẫn */
	return (n == 7 && c == 0xC4 && (memcmp(s + i + 1, "\x91\xe1\xbb\xa9ng", 6) == 0 ||
	                                memcmp(s + i + 1, "\x90\xe1\xbb\xa9ng", 6) == 0)) ||
	       (n == 5 && (c == 'd' || c == 'D') && memcmp(s + i + 1, "\xe1\xba\xabn", 4) == 0);
}

/* Could the run of letters at p (16 bytes readable) be one that run_counts
 * accepts? Its necessary conditions (vn_mt_maybe_number_word: a number
 * word's head, or a numeral's initials with "thứ" or a rare spelling
 * after them; 2 to 12 bytes), computed without branching on the text:
 * asked of every word of prose, a branch on them goes wrong about as often
 * as not. 0 only when run_counts would say 0. */
static int
worth_candidate(const unsigned char *p)
{
	const uint64_t highs = 0x8080808080808080ull;
	uint64_t lo, hi;
	uint32_t after_initial;

	memcpy(&lo, p, 8);
	memcpy(&hi, p + 8, 8);
	memcpy(&after_initial, p + 1, 4);
	uint64_t end_lo = ~run_bytes(lo) & highs, end_hi = ~run_bytes(hi) & highs;
	size_t n = end_lo ? (size_t)__builtin_ctzll(end_lo) >> 3
	                  : end_hi ? 8 + ((size_t)__builtin_ctzll(end_hi) >> 3) : 16;
	/* The bytes of the run: a mask of its first n bytes in each word. */
	uint64_t in_lo = n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
	uint64_t in_hi = n <= 8 ? 0 : n >= 16 ? ~0ull : (1ull << (8 * (n - 8))) - 1;
	unsigned head = vn_mt_number_head(p);
	/* "h\xe1\xbb\xa9" read as a little-endian word: the "hứ" of thứ. */
	unsigned thu = after_initial == 0xA9BBE168u;
	unsigned rare = ((vn_mt_rare_bytes(lo) & ~0x80ull & in_lo) | (vn_mt_rare_bytes(hi) & in_hi)) != 0;
	unsigned initials = (unsigned)vn_mt_number_prefix(p[0], p[1]);
	return (unsigned)(n - 2 <= 10) & (head | (initials & (thu | rare)));
}

/* Sixteen bytes as one vector (the vector extension of GCC and Clang: SSE2
 * on x86-64, NEON on arm64, plain code elsewhere). A comparison gives each
 * lane -1 (true) or 0. */
typedef unsigned char bytes16 __attribute__((vector_size(16)));
typedef signed char lanes16 __attribute__((vector_size(16)));

static bytes16
load16(const unsigned char *p)
{
	bytes16 v;

	memcpy(&v, p, sizeof v);
	return v;
}

static int
any_lane(lanes16 v)
{
	uint64_t half[2];

	memcpy(half, &v, sizeof half);
	return (half[0] | half[1]) != 0;
}

/* The lanes of run bytes (run_bytes: an ASCII letter or bit 7 set). */
static lanes16
run_lanes(bytes16 c)
{
	return (lanes16)(c >= 0x80) | (lanes16)((bytes16)((c | 0x20) - 'a') < 26);
}

/* The positions p[0..16) where a run of letters starts that begins as a
 * word plain_number_start accepts is spelled (first letter in either
 * case), or as a rank word run_counts looks for: thứ after any letter,
 * đứng, dẫn. Every word run_counts accepts that has no byte of a rare
 * spelling (rare_lanes) starts at one of them. Reads p[-1..20). */
static lanes16
head_lanes(const unsigned char *p)
{
	bytes16 before = load16(p - 1), c0 = load16(p), c1 = load16(p + 1), c2 = load16(p + 2);
	bytes16 c3 = load16(p + 3), c4 = load16(p + 4), first = c0 | 0x20;
	lanes16 start = run_lanes(c0) & ~run_lanes(before);
	lanes16 b = (first == 'b') & ((c1 == 'a') |                                    /* ba */
	                              ((c1 == 0xE1) & (((c2 == 0xBA) & ((c3 == 0xA3) | /* bảy */
	                                                                (c3 == 0xA9))) | /* bẩy */
	                                               ((c2 == 0xBB) & (c3 == 0x91))))); /* bốn */
	lanes16 m = (first == 'm') & (((c1 == 0xE1) & (c2 == 0xBB) & (c3 == 0x99)) |  /* một */
	                              ((c1 == 0xC6) & (c2 == 0xB0) & (c3 == 0xE1)));  /* mười */
	lanes16 others = ((first == 'c') & (c1 == 'h') & (c2 == 0xC3) & (c3 == 0xAD)) | /* chín */
	                 ((first == 'h') & (c1 == 'a') & (c2 == 'i')) |                   /* hai */
	                 ((first == 'n') & (c1 == 0xC4) & (c2 == 0x83) & (c3 == 'm')) |   /* năm */
	                 (((first == 's') | (first == 't')) & (c1 == 0xC3) & (c2 == 0xA1) &
	                  ((c3 == 'u') | (c3 == 'm'))) |                                   /* sáu, tám */
	                 ((first == 'd') & (c1 == 0xE1) & (c2 == 0xBA) & (c3 == 0xAB));   /* dẫn */
	/* ứ (E1 BB A9) after h (thứ) or after Đ, đ (C4 90, C4 91) */
	lanes16 u = (c2 == 0xE1) & (c3 == 0xBB) & (c4 == 0xA9) &
	            ((c1 == 'h') | ((c0 == 0xC4) & ((c1 | 1) == 0x91)));
	return start & (b | m | others | u);
}

/* The lanes of p[0..16) that hold a byte of a rare spelling
 * (vn_mt_rare_number_word): a capital after a run byte, or the lead byte
 * of a combining mark (CC, CD). Reads p[-1..16). */
static lanes16
rare_lanes(const unsigned char *p)
{
	bytes16 before = load16(p - 1), c = load16(p);

	return ((lanes16)((bytes16)(c - 'A') < 26) & run_lanes(before)) | (lanes16)((c & 0xFE) == 0xCC);
}

/* Does the run of letters that starts at s[i] make s[0..len) worth
 * tokenizing? The cheap test first (worth_candidate reads 16 bytes). */
static int
start_counts(const char *s, size_t len, size_t i)
{
	return (len - i < 16 || worth_candidate((const unsigned char *)s + i)) && run_counts(s, len, i);
}

/* The same for every run of letters that starts in s[from..to). */
static int
starts_count(const char *s, size_t len, size_t from, size_t to)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t before = from > 0 ? run_bytes(u[from - 1]) << 56 >> 56 : 0;

	for (size_t base = from; base < to; base += 8) {
		size_t n = to - base < 8 ? to - base : 8;
		uint64_t m = run_bytes(load_bytes(u + base, n, len - base));
		uint64_t starts = m & ~((m << 8) | before);
		before = m >> 56;
		for (; starts; starts &= starts - 1)
			if (start_counts(s, len, base + ((size_t)__builtin_ctzll(starts) >> 3)))
				return 1;
	}
	return 0;
}

/* A numeral in words, or the "đứng đầu", "dẫn đầu", "thứ nhất" of a
 * first place (run_counts). Most sentences of prose have none; this scan
 * is the whole cost of those. It looks at
 * sixteen bytes at a time: where no rare spelling is near, only a word
 * that begins as a number word is spelled in NFC (first letter in either
 * case), or as thứ, đứng, dẫn, can make the sentence worth tokenizing;
 * head_lanes finds where such a word starts, and the exact test runs only
 * there. A rare spelling's bytes lie within the 12 bytes of a word
 * (vn_mt_maybe_number_word), so a block with none in it or in the next
 * sixteen bytes holds no word that needs them; the other blocks, and the
 * edges of a sentence, are looked at word by word. */
int
vn_mt_worth_scanning_words(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (len < 33)
		return starts_count(s, len, 0, len);
	if (starts_count(s, len, 0, 1))
		return 1;
	size_t base = 1;
	for (; base + 32 <= len; base += 16) {
		if (any_lane(rare_lanes(u + base) | rare_lanes(u + base + 16))) {
			if (starts_count(s, len, base, base + 16))
				return 1;
			continue;
		}
		lanes16 heads = head_lanes(u + base);
		if (!any_lane(heads))
			continue;
		for (size_t k = 0; k < 16; k++)
			if (heads[k] && start_counts(s, len, base + k))
				return 1;
	}
	return starts_count(s, len, base, len);
}
