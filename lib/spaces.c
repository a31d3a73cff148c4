#include "spaces.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "utf8.h"

int
vn_space_kind(uint32_t cp)
{
	switch (cp) {
	case ' ': case '\t': case 0x0085: case 0x00A0: case 0x1680:
	case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
		return 1;
	case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
		return 2;
	default:
		return cp >= 0x2000 && cp <= 0x200A;
	}
}

static int
is_emoji(uint32_t cp)
{
	return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
}

/* The code point before byte i, or 0 at the start. */
static uint32_t
cp_before(const char *s, size_t i)
{
	uint32_t cp = 0;
	size_t j = i;

	while (j > 0 && (i - j) < 4) {
		j--;
		if (((unsigned char)s[j] & 0xC0) != 0x80)
			break;
	}
	if (j < i && vn_utf8_decode(s + j, i - j, &cp) != i - j)
		cp = 0;
	return cp;
}

/* Bytes that may start a character this step changes: space, tab, and
 * the lead bytes of U+0085 U+00A0 U+00AD (C2), U+2000..U+2060 (E2),
 * U+3000 (E3), U+FEFF (EF). U+1680 (E1 9A 80) is the one space whose lead
 * byte E1 also leads every Vietnamese letter of U+1Exx: E1 counts as
 * plain, and E1 9A is looked for by its second byte, which is rare.
 * Continuation bytes count as plain. */
static const unsigned char may_be_space[256] = {
	[' '] = 1, ['\t'] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

static int
plain_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	return !may_be_space[c] && !(c == 0xE1 && i + 1 < len && (unsigned char)s[i + 1] == 0x9A);
}

#ifdef __SSE2__
typedef unsigned char bytes16 __attribute__((vector_size(16)));

/* Which of the sixteen bytes at s (seventeen readable) plain_run must look
 * at (a bit each): bytes of may_be_space but single spaces before a byte
 * of none of them (nor E1, which may lead U+1680), and 9A, which may
 * follow E1. SSE2, the x86-64 baseline. */
static unsigned
to_look_at(const char *s)
{
	const bytes16 z = {0};
	bytes16 v, next;

	memcpy(&v, s, 16);
	memcpy(&next, s + 1, 16);
	bytes16 space = (bytes16)(v == (z + ' '));
	bytes16 other = (bytes16)(v == (z + '\t')) | (bytes16)(v == (z + 0xC2)) |
	                (bytes16)(v == (z + 0xE2)) | (bytes16)(v == (z + 0xE3)) |
	                (bytes16)(v == (z + 0xEF)) | (bytes16)(v == (z + 0x9A));
	bytes16 bad_next = (bytes16)(next == (z + ' ')) | (bytes16)(next == (z + '\t')) |
	                   (bytes16)(next == (z + 0xC2)) | (bytes16)(next == (z + 0xE1)) |
	                   (bytes16)(next == (z + 0xE2)) | (bytes16)(next == (z + 0xE3)) |
	                   (bytes16)(next == (z + 0xEF));
	return (unsigned)_mm_movemask_epi8((__m128i)(other | (space & bad_next)));
}
#endif

/* The end of the run from i that is copied as it stands: characters whose
 * lead byte no space shares, and single spaces between two of them. */
static size_t
plain_run(const char *s, size_t len, size_t i)
{
	size_t run = i;

	for (;;) {
#ifdef __SSE2__
		/* Past i (a space there is not between two characters), skip
		 * sixteen bytes at a time to the next one to look at. */
		while (run > i && run + 17 <= len) {
			unsigned look = to_look_at(s + run);
			if (look) {
				run += (size_t)__builtin_ctz(look);
				break;
			}
			run += 16;
		}
#endif
		if (run < len && !may_be_space[(unsigned char)s[run]]) {
			if ((unsigned char)s[run] == 0x9A && run > i && (unsigned char)s[run - 1] == 0xE1)
				return run - 1; /* E1 9A: the run ends before it */
			run++;
		} else if (run > i && run + 1 < len && s[run] == ' ' && plain_at(s, len, run + 1)) {
			run += 2;
		} else {
			return run;
		}
	}
}

size_t
vn_spaces_fix(const char *s, size_t len, struct vn_buf *out)
{
	size_t changes = 0, i = 0;
	int pending = 0;  /* spaces seen since the last character written */
	int written = 0;  /* a character was written on this line */

	vn_buf_reserve(out, len);
	while (i < len) {
		/* Copy at once what cannot be a space, and single spaces that
		 * stay as they are. */
		size_t run = plain_run(s, len, i);
		if (run > i) {
			if (pending && written)
				vn_buf_putc(out, ' ');
			pending = 0;
			while (run < len && ((unsigned char)s[run] & 0xC0) == 0x80)
				run++; /* finish a character */
			vn_buf_append(out, s + i, run - i);
			written = 1;
			i = run;
			continue;
		}
		unsigned char c = (unsigned char)s[i];
		uint32_t cp = c;
		size_t n = 1;
		if (c >= 0x80) {
			n = vn_utf8_decode(s + i, len - i, &cp);
			if (n == 0) {
				cp = c;
				n = 1;
			}
		}
		int kind = c == ' ' ? 1 : c < 0x80 && c != '\t' ? 0 : vn_space_kind(cp);
		if (kind == 2 && cp == 0x200D && is_emoji(cp_before(s, i)) && i + n < len) {
			uint32_t next;
			if (vn_utf8_decode(s + i + n, len - i - n, &next) && is_emoji(next))
				kind = 0;
		}
		if (kind == 1) {
			if (cp != ' ' || pending || !written)
				changes++;
			pending++;
		} else if (kind == 2) {
			changes++;
		} else {
			if (pending && written)
				vn_buf_putc(out, ' ');
			pending = 0;
			vn_buf_append(out, s + i, n);
			written = 1;
		}
		i += n;
	}
	if (pending && written)
		changes++; /* trailing spaces dropped */
	return changes;
}
