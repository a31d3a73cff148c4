#include "cleanline.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ascii.h"
#include "compose.h"
#include "punct.h"
#include "spaces.h"
#include "tone.h"
#include "utf8.h"
#include "vnletter.h"

/* What an ASCII byte asks the scan to look at. */
enum {
	PLAIN,  /* letters, digits, most punctuation: nothing */
	SPACE,  /* not at an end, not doubled, not before closing punctuation */
	OPEN,   /* ( [ : no space after */
	DOUBLE, /* , ; : not doubled, a space before a letter */
	CLOSE,  /* : ! ? : a space before a letter */
	DOT,    /* . : a space before a letter, unless an abbreviation */
	AMP,    /* & : a character reference? */
	DIRTY,  /* tab: always changed */
	HIGH,   /* a byte >= 0x80: decode */
};

static const uint8_t byte_class[256] = {
	['\t'] = DIRTY, [' '] = SPACE, ['('] = OPEN, ['['] = OPEN,
	[','] = DOUBLE, [';'] = DOUBLE, [':'] = CLOSE, ['!'] = CLOSE, ['?'] = CLOSE,
	['.'] = DOT, ['&'] = AMP,
	[0x80 ... 0xFF] = HIGH,
};

/* Bytes that may not follow a space: another space, closing punctuation
 * (the '.' of ".5" too, to be safe), and the lead byte of U+2000..U+2FFF,
 * checked further for the ellipsis. */
static const uint8_t bad_after_space[256] = {
	[' '] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['!'] = 1, ['?'] = 1,
	[')'] = 1, [']'] = 1, ['.'] = 1, ['\t'] = 1, [0xE2] = 2,
};

static int
ascii_vowel(unsigned char c)
{
	switch (c | 0x20) {
	case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
		return 1;
	default:
		return 0;
	}
}

/* A letter, or maybe one: any non-ASCII byte counts, to be safe. */
static int
letter_like(unsigned char c)
{
	return vn_ascii_letter(c) || c >= 0x80;
}

/* Decode the character at s[i] (i < len) with validation; 0 when invalid. */
static inline __attribute__((always_inline)) size_t
decode_at(const char *s, size_t len, size_t i, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;

	if (u[0] >= 0xC2 && u[0] <= 0xDF) {
		if (left < 2 || (u[1] & 0xC0) != 0x80)
			return 0;
		*cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
		return 2;
	}
	if (u[0] >= 0xE1 && u[0] <= 0xEC) { /* the common 3-byte case */
		if (left < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
			return 0;
		*cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		return 3;
	}
	return vn_utf8_decode(s + i, left, cp);
}

/* windows-1252 characters beyond Latin-1: text made only of these and
 * Latin-1 may be mojibake. */
static int
in_cp1252(uint32_t cp)
{
	switch (cp) {
	case 0x0152: case 0x0153: case 0x0160: case 0x0161: case 0x0178: case 0x017D:
	case 0x017E: case 0x0192: case 0x02C6: case 0x02DC: case 0x2013: case 0x2014:
	case 0x2018: case 0x2019: case 0x201A: case 0x201C: case 0x201D: case 0x201E:
	case 0x2020: case 0x2021: case 0x2022: case 0x2026: case 0x2030: case 0x2039:
	case 0x203A: case 0x20AC: case 0x2122:
		return 1;
	default:
		return cp < 0x100;
	}
}

static int
typographic(uint32_t cp)
{
	return (cp >= 0x2010 && cp <= 0x2015) || (cp >= 0x2018 && cp <= 0x201F) || cp == 0x2026 ||
	       cp == 0x2032 || cp == 0x2033 || cp == 0x2212 || cp == 0x00AB || cp == 0x00BB;
}

/* Is the character after byte i (the end of a vowel) a vowel too? */
static int
vowel_follows(const char *s, size_t len, size_t i)
{
	uint32_t cp;

	if (i >= len)
		return 0;
	if ((unsigned char)s[i] < 0x80)
		return ascii_vowel((unsigned char)s[i]);
	if (decode_at(s, len, i, &cp) == 0)
		return 0;
	uint16_t p = vn_letter_packed(cp);
	return p && VN_LETTER_BASE(p) <= 6;
}

/* What the scan has found so far in a line. */
struct scan {
	const char *s;
	size_t len;
	const struct vn_norm_options *o;
	enum vn_norm_step first; /* the earliest step found to be needed */
	size_t vowel_end;        /* end of the last non-ASCII vowel */
	size_t lead_end;         /* end of the last of Â..ô */
	int only_cp1252, lead_pair;
};

/* Note that step must run (keep the earliest). */
#define NEED(step)                          \
	do {                                \
		if ((step) < sc->first)     \
			sc->first = (step); \
	} while (0)

/* Look at the character beyond ASCII that starts at byte i; return where
 * to go on, or (size_t)-1 when it is not valid UTF-8. */
static size_t
look_at_char(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len;
	const struct vn_norm_options *o = sc->o;
	uint32_t cp;
	size_t n = decode_at(s, len, i, &cp);
	if (n == 0)
		return (size_t)-1;
	/* Mojibake needs a UTF-8 lead byte read as Â..ô followed by a
	 * continuation byte read as U+0080..U+00BF or a cp1252 sign. */
	if (sc->lead_end == i && (cp <= 0xBF || cp >= 0x100))
		sc->lead_pair = 1;
	if (cp >= 0xC2 && cp <= 0xF4)
		sc->lead_end = i + n;
	uint16_t p = cp < 0x1EFA ? vn_letter_packed(cp) : 0;
	if (p) {
		sc->only_cp1252 &= cp < 0x100;
		/* A mark on a shaped vowel (â ê ô ă ơ ư) is in place unless a
		 * shaped vowel follows (the ư of ươ): settled here. */
		if (sc->first <= VN_STEP_TONE) {
			/* the tone step runs anyway */
		} else if (VN_LETTER_TONE(p) && o->tone && VN_LETTER_BASE(p) <= 6 &&
		           VN_LETTER_SHAPE(p) >= VN_SHAPE_BREVE && VN_LETTER_SHAPE(p) <= VN_SHAPE_HORN) {
			if (i + n < len && (unsigned char)s[i + n] >= 0x80 &&
			    !vn_tone_mark_in_place(s, len, i, o->tone_style))
				NEED(VN_STEP_TONE);
		} else if (VN_LETTER_TONE(p) && o->tone) {
			int prev_vowel = i > 0 && ((unsigned char)s[i - 1] < 0x80
			                                   ? ascii_vowel((unsigned char)s[i - 1])
			                                   : sc->vowel_end == i);
			if ((prev_vowel || vowel_follows(s, len, i + n)) &&
			    !vn_tone_mark_in_place(s, len, i, o->tone_style))
				NEED(VN_STEP_TONE);
		}
		if (VN_LETTER_BASE(p) <= 6)
			sc->vowel_end = i + n;
	} else if (cp < 0x100) {
		if (cp == 0x85 || cp == 0xA0 || cp == 0xAD)
			NEED(VN_STEP_SPACES);
		else if (cp == 0xD0 || cp == 0xF0)
			NEED(VN_STEP_COMPOSE); /* Ð for Đ */
		else if (o->ascii_punct && typographic(cp))
			NEED(VN_STEP_ASCII);
	} else if (cp >= 0x2000 && cp < 0x2070) {
		if (cp <= 0x200F || (cp >= 0x2028 && cp <= 0x202F) || cp >= 0x205F)
			/* spaces, zero-width and invisible characters (the space
			 * step, before NFC could make U+2000, U+2001 U+2002,
			 * U+2003); those it leaves may be another's: run all */
			NEED(vn_space_kind(cp) ? VN_STEP_SPACES
			     : !vn_nfc_inert(cp) ? VN_STEP_COMPOSE : VN_STEP_DECODE);
		else if (o->ascii_punct && typographic(cp))
			NEED(VN_STEP_ASCII);
		else if (cp == 0x2026 && ((i > 0 && s[i - 1] == ' ') ||
		                          (i + n < len && letter_like((unsigned char)s[i + n]))))
			NEED(VN_STEP_PUNCT);
		sc->only_cp1252 &= in_cp1252(cp);
	} else {
		if (vn_space_kind(cp))
			NEED(VN_STEP_SPACES);
		else if (!vn_nfc_inert(cp))
			NEED(VN_STEP_COMPOSE);
		else if (o->ascii_punct && typographic(cp))
			NEED(VN_STEP_ASCII);
		sc->only_cp1252 &= in_cp1252(cp);
	}
	return i + n;
}

/* Look at the byte at i, which may need a step (see byte_class), and the
 * character it starts; return where to go on, or (size_t)-1 when the
 * line is not valid UTF-8 (every step must run). */
static size_t
look_at(struct scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t len = sc->len;
	unsigned char c = (unsigned char)s[i];
	unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : 0;

	switch (byte_class[c]) {
	case PLAIN:
		return i + 1;
	case SPACE:
		if (i == 0 || i + 1 == len || next == ' ' || next == '\t')
			NEED(VN_STEP_SPACES); /* trimmed, collapsed */
		else if (bad_after_space[next] == 1)
			NEED(VN_STEP_PUNCT);
		else if (bad_after_space[next] == 2 && i + 3 < len &&
		         (unsigned char)s[i + 2] == 0x80 && (unsigned char)s[i + 3] == 0xA6)
			NEED(VN_STEP_PUNCT); /* " …" */
		return i + 1;
	case OPEN:
		if (next == ' ')
			NEED(VN_STEP_PUNCT);
		return i + 1;
	case DOUBLE:
		if (next == c || letter_like(next) ||
		    (next == ' ' && i + 2 < len && (unsigned char)s[i + 2] == c))
			NEED(VN_STEP_PUNCT);
		return i + 1;
	case CLOSE:
		if (letter_like(next))
			NEED(VN_STEP_PUNCT);
		return i + 1;
	case DOT:
		/* A full stop before a letter is an abbreviation (TP.HCM) or a
		 * domain unless it ends a sentence; "..." wants a space. */
		if (sc->first > VN_STEP_PUNCT && letter_like(next) &&
		    ((i >= 2 && s[i - 1] == '.' && s[i - 2] == '.') || vn_punct_sentence_stop(s, len, i)))
			NEED(VN_STEP_PUNCT);
		return i + 1;
	case AMP:
		if (vn_ascii_letter(next) || next == '#')
			NEED(VN_STEP_ENTITIES);
		return i + 1;
	case DIRTY:
		NEED(VN_STEP_SPACES); /* a tab */
		return i + 1;
	}
	return look_at_char(sc, i);
}

#ifdef __SSE2__
/* Sixteen bytes at a time (SSE2, the x86-64 baseline), the positions
 * look_at must see: ASCII other than letters, digits and spaces that are
 * fine where they stand, and the first byte of each character beyond
 * ASCII. Letters and digits, most of the bytes of a line, need nothing,
 * and a space needs something only before a byte of bad_after_space.
 * Returns -1 for a continuation byte no first byte in the block accounts
 * for: the block starts on a character (look_at moves past whole
 * characters), so that is invalid UTF-8, which the bytes look_at skips
 * would otherwise hide. */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

static unsigned
bits_of(bytes16 v)
{
	return (unsigned)_mm_movemask_epi8((__m128i)v);
}

static long
must_look(const char *s, size_t len, size_t i)
{
	const bytes16 z = {0};
	bytes16 v;

	memcpy(&v, s + i, 16);
	bytes16 space = (bytes16)(v == (z + ' '));
	bytes16 lead = (bytes16)(v >= (z + 0xC0));
	bytes16 cont = (bytes16)(v >= (z + 0x80)) & ~lead;
	bytes16 bad_next = space | (bytes16)(v == (z + ',')) | (bytes16)(v == (z + ';')) |
	                   (bytes16)(v == (z + ':')) | (bytes16)(v == (z + '!')) |
	                   (bytes16)(v == (z + '?')) | (bytes16)(v == (z + ')')) |
	                   (bytes16)(v == (z + ']')) | (bytes16)(v == (z + '.')) |
	                   (bytes16)(v == (z + '\t')) | (bytes16)(v == (z + 0xE2));
	/* ASCII that is neither a letter, a digit nor a space and that
	 * byte_class does not call PLAIN. */
	bytes16 special = (bytes16)(v == (z + '\t')) | (bytes16)(v == (z + '(')) |
	                  (bytes16)(v == (z + '[')) | (bytes16)(v == (z + ',')) |
	                  (bytes16)(v == (z + ';')) | (bytes16)(v == (z + ':')) |
	                  (bytes16)(v == (z + '!')) | (bytes16)(v == (z + '?')) |
	                  (bytes16)(v == (z + '.')) | (bytes16)(v == (z + '&'));
	unsigned m_lead = bits_of(lead);
	/* Continuation bytes the first bytes in the block announce: one after
	 * C0..DF, two after E0..EF, three after F0..FF. */
	unsigned two = bits_of((bytes16)(v >= (z + 0xE0))), four = bits_of((bytes16)(v >= (z + 0xF0)));
	unsigned expected = m_lead << 1 | two << 2 | four << 3;
	if (bits_of(cont) & ~expected)
		return -1;
	unsigned after = i + 16 < len ? bad_after_space[(unsigned char)s[i + 16]] != 0 : 1;
	unsigned bad_space = bits_of(space) & (bits_of(bad_next) >> 1 | after << 15);
	return (long)(bits_of(special) | bad_space | m_lead);
}
#endif /* __SSE2__ */

enum vn_norm_step
vn_line_first_step(const char *s, size_t len, const struct vn_norm_options *o)
{
	struct scan scan = {s, len, o, VN_STEP_NONE, (size_t)-1, (size_t)-1, 1, 0};
	struct scan *sc = &scan;
	size_t i = 0;

	if (o->fold || o->from != VN_ENC_UTF8)
		return VN_STEP_DECODE;
	if (len > 0 && (s[0] == ' ' || s[len - 1] == ' '))
		NEED(VN_STEP_SPACES);
#ifdef __SSE2__
	while (i + 16 <= len) {
		long mask = must_look(s, len, i);
		if (mask < 0)
			return VN_STEP_DECODE;
		size_t next = i + 16;
		while (mask) {
			size_t at = i + (size_t)__builtin_ctzl((unsigned long)mask);
			/* the first bytes of letters are most of what is seen */
			size_t to = (unsigned char)s[at] >= 0x80 ? look_at_char(sc, at) : look_at(sc, at);
			if (to == (size_t)-1)
				return VN_STEP_DECODE;
			if (to >= i + 16) {
				next = to;
				break;
			}
			mask &= ~((1L << (to - i)) - 1);
		}
		i = next;
	}
#endif
	/* After a finding the scan goes on, for one in an earlier step; the
	 * checks for steps at or after the earliest found can be skipped. */
	while (i < len) {
		while (i < len && byte_class[(unsigned char)s[i]] == PLAIN)
			i++;
		if (i >= len)
			break;
		i = look_at(sc, i);
		if (i == (size_t)-1)
			return VN_STEP_DECODE;
	}
	if (o->mojibake && sc->lead_pair && sc->only_cp1252)
		return VN_STEP_DECODE;
	return sc->first;
}

#undef NEED

int
vn_line_is_clean(const char *s, size_t len, const struct vn_norm_options *o)
{
	return vn_line_first_step(s, len, o) == VN_STEP_NONE;
}
