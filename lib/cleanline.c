#include "cleanline.h"

#include <stdint.h>

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
	[0x80] = HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH,
	HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH,
	HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH,
	HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH,
	HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH,
	HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH,
	HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH,
	HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH, HIGH,
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

/* Note that step must run (keep the earliest). */
#define NEED(step)                  \
	do {                        \
		if ((step) < first) \
			first = (step);   \
	} while (0)

enum vn_norm_step
vn_line_first_step(const char *s, size_t len, const struct vn_norm_options *o)
{
	size_t i = 0, vowel_end = (size_t)-1; /* end of the last non-ASCII vowel */
	size_t lead_end = (size_t)-1;         /* end of the last of Â..ô */
	int only_cp1252 = 1, lead_pair = 0;
	enum vn_norm_step first = VN_STEP_NONE;

	if (o->fold || o->from != VN_ENC_UTF8)
		return VN_STEP_DECODE;
	/* After a finding the scan goes on, for one in an earlier step; the
	 * checks for steps at or after the earliest found can be skipped. */
	for (;;) {
		while (i < len && byte_class[(unsigned char)s[i]] == PLAIN)
			i++;
		if (i >= len)
			break;
		unsigned char c = (unsigned char)s[i];
		unsigned char next = i + 1 < len ? (unsigned char)s[i + 1] : 0;
		switch (byte_class[c]) {
		case SPACE:
			if (i == 0 || i + 1 == len || next == ' ' || next == '\t')
				NEED(VN_STEP_SPACES); /* trimmed, collapsed */
			else if (bad_after_space[next] == 1)
				NEED(VN_STEP_PUNCT);
			else if (bad_after_space[next] == 2 && i + 3 < len &&
			         (unsigned char)s[i + 2] == 0x80 && (unsigned char)s[i + 3] == 0xA6)
				NEED(VN_STEP_PUNCT); /* " …" */
			i++;
			continue;
		case OPEN:
			if (next == ' ')
				NEED(VN_STEP_PUNCT);
			i++;
			continue;
		case DOUBLE:
			if (next == c || letter_like(next) ||
			    (next == ' ' && i + 2 < len && (unsigned char)s[i + 2] == c))
				NEED(VN_STEP_PUNCT);
			i++;
			continue;
		case CLOSE:
			if (letter_like(next))
				NEED(VN_STEP_PUNCT);
			i++;
			continue;
		case DOT:
			/* A full stop before a letter is an abbreviation (TP.HCM) or a
			 * domain unless it ends a sentence; "..." wants a space. */
			if (first > VN_STEP_PUNCT && letter_like(next) &&
			    ((i >= 2 && s[i - 1] == '.' && s[i - 2] == '.') ||
			     vn_punct_sentence_stop(s, len, i)))
				NEED(VN_STEP_PUNCT);
			i++;
			continue;
		case AMP:
			if (vn_ascii_letter(next) || next == '#')
				NEED(VN_STEP_ENTITIES);
			i++;
			continue;
		case DIRTY:
			NEED(VN_STEP_SPACES); /* a tab */
			i++;
			continue;
		}

		/* A character beyond ASCII. */
		uint32_t cp;
		size_t n = decode_at(s, len, i, &cp);
		if (n == 0)
			return VN_STEP_DECODE; /* invalid UTF-8: every step */
		/* Mojibake needs a UTF-8 lead byte read as Â..ô followed by a
		 * continuation byte read as U+0080..U+00BF or a cp1252 sign. */
		if (lead_end == i && (cp <= 0xBF || cp >= 0x100))
			lead_pair = 1;
		if (cp >= 0xC2 && cp <= 0xF4)
			lead_end = i + n;
		uint16_t p = cp < 0x1EFA ? vn_letter_packed(cp) : 0;
		if (p) {
			only_cp1252 &= cp < 0x100;
			/* A mark on a shaped vowel (â ê ô ă ơ ư) is in place unless
			 * a shaped vowel follows (the ư of ươ): settled here. */
			if (first <= VN_STEP_TONE) {
				/* the tone step runs anyway */
			} else if (VN_LETTER_TONE(p) && o->tone && VN_LETTER_BASE(p) <= 6 &&
			    VN_LETTER_SHAPE(p) >= VN_SHAPE_BREVE && VN_LETTER_SHAPE(p) <= VN_SHAPE_HORN) {
				if (i + n < len && (unsigned char)s[i + n] >= 0x80 &&
				    !vn_tone_mark_in_place(s, len, i, o->tone_style))
					NEED(VN_STEP_TONE);
			} else if (VN_LETTER_TONE(p) && o->tone) {
				int prev_vowel = i > 0 && ((unsigned char)s[i - 1] < 0x80
				                                   ? ascii_vowel((unsigned char)s[i - 1])
				                                   : vowel_end == i);
				if ((prev_vowel || vowel_follows(s, len, i + n)) &&
				    !vn_tone_mark_in_place(s, len, i, o->tone_style))
					NEED(VN_STEP_TONE);
			}
			if (VN_LETTER_BASE(p) <= 6)
				vowel_end = i + n;
		} else if (cp < 0x100) {
			if (cp == 0x85 || cp == 0xA0 || cp == 0xAD)
				NEED(VN_STEP_SPACES);
			else if (cp == 0xD0 || cp == 0xF0)
				NEED(VN_STEP_COMPOSE); /* Ð for Đ */
			else if (o->ascii_punct && typographic(cp))
				NEED(VN_STEP_ASCII);
		} else if (cp >= 0x2000 && cp < 0x2070) {
			if (cp <= 0x200F || (cp >= 0x2028 && cp <= 0x202F) || cp >= 0x205F)
				/* spaces, zero-width and invisible characters (the
				 * space step, before NFC could make U+2000, U+2001
				 * U+2002, U+2003); those it leaves may be another's:
				 * run all */
				NEED(vn_space_kind(cp) ? VN_STEP_SPACES
				     : !vn_nfc_inert(cp) ? VN_STEP_COMPOSE : VN_STEP_DECODE);
			else if (o->ascii_punct && typographic(cp))
				NEED(VN_STEP_ASCII);
			else if (cp == 0x2026 && ((i > 0 && s[i - 1] == ' ') || (i + n < len && letter_like((unsigned char)s[i + n]))))
				NEED(VN_STEP_PUNCT);
			only_cp1252 &= in_cp1252(cp);
		} else {
			if (vn_space_kind(cp))
				NEED(VN_STEP_SPACES);
			else if (!vn_nfc_inert(cp))
				NEED(VN_STEP_COMPOSE);
			else if (o->ascii_punct && typographic(cp))
				NEED(VN_STEP_ASCII);
			only_cp1252 &= in_cp1252(cp);
		}
		i += n;
	}
	if (o->mojibake && lead_pair && only_cp1252)
		return VN_STEP_DECODE;
	return first;
}

#undef NEED

int
vn_line_is_clean(const char *s, size_t len, const struct vn_norm_options *o)
{
	return vn_line_first_step(s, len, o) == VN_STEP_NONE;
}
