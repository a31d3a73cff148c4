#include "utf8.h"

#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t
vn_utf8_decode_other(const char *s, size_t len, uint32_t *cp)
{
	if (len == 0)
		return 0;
	if ((unsigned char)s[0] < 0x80) {
		*cp = (unsigned char)s[0];
		return 1;
	}
	/* The whole rule, whatever the inline vn_utf8_decode settled before:
	 * two- and three-byte sequences by the well-formed ranges of Unicode
	 * Table 3-7, four-byte ones by utf8proc. */
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] >= 0xC2 && u[0] <= 0xDF) {
		if (len < 2 || (u[1] & 0xC0) != 0x80)
			return 0;
		*cp = (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
		return 2;
	}
	if (u[0] >= 0xE0 && u[0] <= 0xEF) {
		unsigned char lo = u[0] == 0xE0 ? 0xA0 : 0x80, hi = u[0] == 0xED ? 0x9F : 0xBF;
		if (len < 3 || u[1] < lo || u[1] > hi || (u[2] & 0xC0) != 0x80)
			return 0;
		*cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		return 3;
	}
	utf8proc_int32_t c;
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s,
	                                      (utf8proc_ssize_t)(len < 4 ? len : 4), &c);
	if (n <= 0 || c < 0)
		return 0;
	*cp = (uint32_t)c;
	return (size_t)n;
}

size_t
vn_utf8_encode(uint32_t cp, char *out)
{
	return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

/* The old way, one decode per character: kept to find exactly where an
 * error is once the DFA below has seen one in a block (rare), so that the
 * two can never disagree on the prefix length. */
static size_t
valid_prefix_by_decoding(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t cp;

	while (i < len) {
		size_t n = vn_utf8_decode(s + i, len - i, &cp);
		if (n == 0)
			return i;
		i += n;
	}
	return len;
}

/* A "shift DFA" for the well-formed byte sequences of Unicode Table 3-7
 * (no overlongs, no surrogates, nothing above U+10FFFF). A state is a bit
 * offset into a 64-bit row; row[b] holds, at each state's offset, the
 * state reached by reading byte b there, so one step is a table load
 * (independent of the state) and a shift: no branch per byte, and a
 * Vietnamese letter every few bytes costs no mispredictions. ERR is 0 and
 * absorbing, so a whole block can be run before looking at the result. */
enum {
	ERR = 0,  /* ill-formed: stays here */
	ACC = 6,  /* at a character boundary */
	CT1 = 12, /* one continuation byte (80..BF) to go */
	CT2 = 18, /* two */
	CT3 = 24, /* three */
	E0X = 30, /* after E0: A0..BF (no overlong) then one more */
	EDX = 36, /* after ED: 80..9F (no surrogate) then one more */
	F0X = 42, /* after F0: 90..BF (no overlong) then two more */
	F4X = 48, /* after F4: 80..8F (nothing above U+10FFFF) then two more */
};

#define GO(from, to) ((uint64_t)(to) << (from))
#define CONT_ANY GO(CT1, ACC) | GO(CT2, CT1) | GO(CT3, CT2)

static const uint64_t utf8_dfa[256] = {
	[0x00 ... 0x7F] = GO(ACC, ACC),
	[0x80 ... 0x8F] = CONT_ANY | GO(EDX, CT1) | GO(F4X, CT2),
	[0x90 ... 0x9F] = CONT_ANY | GO(EDX, CT1) | GO(F0X, CT2),
	[0xA0 ... 0xBF] = CONT_ANY | GO(E0X, CT1) | GO(F0X, CT2),
	[0xC2 ... 0xDF] = GO(ACC, CT1),
	[0xE0] = GO(ACC, E0X),
	[0xE1 ... 0xEC] = GO(ACC, CT2),
	[0xED] = GO(ACC, EDX),
	[0xEE ... 0xEF] = GO(ACC, CT2),
	[0xF0] = GO(ACC, F0X),
	[0xF1 ... 0xF3] = GO(ACC, CT3),
	[0xF4] = GO(ACC, F4X),
	/* C0, C1 (overlong leads) and F5..FF: 0, every state to ERR. */
};

#undef CONT_ANY
#undef GO

/* Bytes the DFA runs between looks at its state. */
enum { DFA_BLOCK = 32 };

/* How many bytes at s are ASCII, counted 16 (SSE2, baseline on x86-64)
 * or 8 at a time up to the first byte >= 0x80; may stop short of it by
 * less than a chunk, which the DFA then reads. */
static size_t
ascii_run(const unsigned char *s, size_t len)
{
	size_t i = 0;

#ifdef __SSE2__
	while (i + 16 <= len) {
		int high = _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(s + i)));
		if (high)
			return i + (size_t)__builtin_ctz((unsigned)high);
		i += 16;
	}
#else
	while (i + 8 <= len) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080ull)
			break;
		i += 8;
	}
#endif
	return i;
}

/* The start of the character that holds byte i, when every byte before i
 * was well formed: back over at most three continuation bytes. */
static size_t
char_start(const unsigned char *s, size_t i, uint64_t state)
{
	if (state == ACC)
		return i;
	while (i > 0 && (s[i - 1] & 0xC0) == 0x80)
		i--;
	return i - 1; /* the lead byte */
}

size_t
vn_utf8_valid_prefix(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	uint64_t state = ACC;
	size_t i = 0;

	while (i < len) {
		if (state == ACC) {
			i += ascii_run(u + i, len - i);
			if (i >= len)
				break;
		}
		size_t start = i, end = len - i > DFA_BLOCK ? i + DFA_BLOCK : len;
		uint64_t start_state = state;
		for (; i < end; i++)
			state = utf8_dfa[u[i]] >> (state & 63);
		state &= 63;
		if (state == ERR) {
			size_t from = char_start(u, start, start_state);
			return from + valid_prefix_by_decoding(s + from, len - from);
		}
	}
	return char_start(u, len, state); /* a truncated last character is not valid */
}

size_t
vn_utf8_repair(const char *s, size_t len, struct vn_buf *out)
{
	static const char replacement[] = "\xEF\xBF\xBD";
	size_t bad = 0;

	while (len > 0) {
		size_t ok = vn_utf8_valid_prefix(s, len);
		vn_buf_append(out, s, ok);
		s += ok;
		len -= ok;
		if (len > 0) {
			vn_buf_append(out, replacement, 3);
			bad++;
			s++;
			len--;
		}
	}
	return bad;
}

size_t
vn_utf8_count(const char *s, size_t len)
{
	const uint64_t ones = 0x0101010101010101ull;
	size_t n = 0, i = 0;

	/* Eight bytes at a time: a byte starts a code point unless it is a
	 * continuation byte 10xxxxxx, i.e. unless bit 7 is set and bit 6 is
	 * clear. Every record's offsets count from the start of its line. */
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		uint64_t cont = (w >> 7) & ~(w >> 6) & ones;
		n += 8 - (size_t)((cont * ones) >> 56); /* the sum of the bytes */
	}
	for (; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}
