#include "cleanline.h"

#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "compose.h"
#include "punct.h"
#include "spaces.h"
#include "tone.h"
#include "utf8.h"
#include "vnletter.h"
#include "window.h"

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

/* A scan of s[0..len) under o, before it has looked at anything but the
 * ends: a space there is trimmed. */
static struct scan
new_scan(const char *s, size_t len, const struct vn_norm_options *o)
{
	struct scan sc = {s, len, o, VN_STEP_NONE, (size_t)-1, (size_t)-1, 1, 0};

	if (len > 0 && (s[0] == ' ' || s[len - 1] == ' '))
		sc.first = VN_STEP_SPACES;
	return sc;
}

/* The scan a character at a time: where the window classifier is
 * missing, and for lines that may be mojibake. */
static enum vn_norm_step
scan_by_character(struct scan *sc)
{
	size_t i = 0;

	while (i < sc->len) {
		while (i < sc->len && byte_class[(unsigned char)sc->s[i]] == PLAIN)
			i++;
		if (i >= sc->len)
			break;
		i = look_at(sc, i);
		if (i == (size_t)-1)
			return VN_STEP_DECODE;
	}
	if (sc->o->mojibake && sc->lead_pair && sc->only_cp1252)
		return VN_STEP_DECODE;
	return sc->first;
}

/* The classifier takes up to CHUNK windows in one call (its constants
 * are set up once for them all). */
enum { CHUNK = 16, CHUNK_BYTES = CHUNK * VN_WINDOW, MARGIN = 8 };

/* The bytes of the line from i on for n windows, with the bytes around
 * them the classifier reads: the line itself where it has them, else a
 * copy in edge padded with zeros (bytes that need nothing). */
static const unsigned char *
chunk_at(const char *s, size_t len, size_t i, size_t n,
         unsigned char edge[CHUNK_BYTES + 2 * MARGIN])
{
	size_t end = i + n * VN_WINDOW;
	if (i >= MARGIN && len >= end + MARGIN)
		return (const unsigned char *)s + i;
	size_t from = i >= MARGIN ? i - MARGIN : 0, to = len >= end + MARGIN ? end + MARGIN : len;
	unsigned char *at = edge + MARGIN - (i - from); /* where s[from] goes */
	memset(edge, 0, (size_t)(at - edge));
	memcpy(at, s + from, to - from);
	memset(at + (to - from), 0, n * VN_WINDOW + 2 * MARGIN - (size_t)(at - edge) - (to - from));
	return edge + MARGIN;
}

/* For each bit set in mask, lowest first, with k its place. */
#define EACH_BIT(mask, k)                                                                \
	for (uint64_t m_ = (mask); m_ && ((k) = (size_t)__builtin_ctzll(m_), 1); m_ &= m_ - 1)

/* The scan 64 bytes at a time: the classifier (window.h) finds what
 * needs a look; the bytes and letters around it are looked at as by
 * scan_by_character. */
static enum vn_norm_step
scan_by_window(struct scan *sc, vn_window_classifier *classify)
{
	unsigned char edge[CHUNK_BYTES + 2 * MARGIN];
	struct vn_window windows[CHUNK];
	uint64_t prev_vowel2 = 0, prev_vowel3 = 0, prev_vowel_end = 0, beyond = 0, high = 0;
	size_t k;

	for (size_t start = 0; start < sc->len; start += CHUNK_BYTES) {
		size_t left = sc->len - start;
		size_t n = left >= CHUNK_BYTES ? CHUNK : (left + VN_WINDOW - 1) / VN_WINDOW;
		classify(chunk_at(sc->s, sc->len, start, n, edge), n, windows);
		for (size_t j = 0; j < n; j++) {
			const struct vn_window w = windows[j];
			size_t i = start + j * VN_WINDOW;
			if (w.stray)
				return VN_STEP_DECODE;
			/* once the punctuation step must run, only what may need
			 * an earlier step is worth a look */
			EACH_BIT(sc->first > VN_STEP_PUNCT ? w.look : w.look_early, k)
				look_at(sc, i + k);
			EACH_BIT(w.odd, k)
				if (look_at_char(sc, i + k) == (size_t)-1)
					return VN_STEP_DECODE;
			/* Last bytes of vowels: a toned vowel just after one
			 * shares its group, and its mark may be misplaced. */
			uint64_t vowel_end = w.vowel1 | w.vowel2 << 1 | prev_vowel2 >> 63 |
			                     w.vowel3 << 2 | prev_vowel3 >> 62;
			uint64_t after_vowel = vowel_end << 1 | prev_vowel_end >> 63;
			/* the tests look_at_char makes of a toned vowel, in bulk */
			if (sc->o->tone && sc->first > VN_STEP_TONE)
				EACH_BIT((w.unshaped & after_vowel) | w.then_check, k)
					if (!vn_tone_mark_in_place(sc->s, sc->len, i + k,
					                           sc->o->tone_style))
						NEED(VN_STEP_TONE);
			prev_vowel2 = w.vowel2;
			prev_vowel3 = w.vowel3;
			prev_vowel_end = vowel_end;
			beyond |= w.beyond;
			high |= w.high;
		}
	}
	/* Mojibake is made of Latin-1 and cp1252 signs only: a line with a
	 * letter beyond them is not, one without gets the full look. */
	if (sc->o->mojibake && high && !beyond) {
		struct scan again = new_scan(sc->s, sc->len, sc->o);
		return scan_by_character(&again);
	}
	return sc->first;
}

enum vn_norm_step
vn_line_first_step(const char *s, size_t len, const struct vn_norm_options *o)
{
	static vn_window_classifier *classify;
	static int looked_up;

	if (o->fold || o->from != VN_ENC_UTF8)
		return VN_STEP_DECODE;
	if (!looked_up) {
		classify = vn_window_classifier_get();
		looked_up = 1;
	}
	struct scan sc = new_scan(s, len, o);
	return classify ? scan_by_window(&sc, classify) : scan_by_character(&sc);
}

#undef NEED

int
vn_line_is_clean(const char *s, size_t len, const struct vn_norm_options *o)
{
	return vn_line_first_step(s, len, o) == VN_STEP_NONE;
}
