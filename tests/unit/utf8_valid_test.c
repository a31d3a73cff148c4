/* vn_utf8_valid_prefix (a table-driven DFA with an ASCII skip) and the
 * inline vn_utf8_decode against vn_utf8_decode_other, the decoder that
 * states the whole rule (Unicode Table 3-7): every 1-3 byte sequence, every 4-byte lead with all
 * second and third bytes, each placed at shifting offsets in Vietnamese
 * text so that block and ASCII-skip boundaries fall everywhere; then
 * random mixtures of Vietnamese letters and stray bytes. */
#include "check.h"

#include <stdint.h>

#include "utf8.h"

/* The valid prefix as the decoder defines it. */
static size_t
reference_prefix(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t cp;

	while (i < len) {
		size_t n = vn_utf8_decode_other(s + i, len - i, &cp);
		if (n == 0)
			return i;
		i += n;
	}
	return len;
}

/* Text around the sequence under test: ASCII and two- and three-byte
 * letters, so the sequence meets the DFA in every state of its blocks. */
static const char context[] = "Ngh\xE1\xBB\x8B quy\xE1\xBA\xBFt s\xE1\xBB\x91 30/2020 "
                              "v\xE1\xBB\x81 \xC4\x91\xE1\xBA\xA1o \xC4\x91\xE1\xBB\xA9" "c c\xC3\xB4ng v\xE1\xBB\xA5 abcdefgh";

static unsigned long mismatches;
static char first_bad[64];
static unsigned long decode_mismatches;

/* The inline decoder agrees with the full one on seq, and on every
 * shorter prefix of it (a truncated character). */
static void
check_decode(const unsigned char *seq, size_t n)
{
	for (size_t len = 0; len <= n; len++) {
		uint32_t a = 0xFFFFFFFF, b = 0xFFFFFFFF;
		size_t na = vn_utf8_decode((const char *)seq, len, &a);
		size_t nb = vn_utf8_decode_other((const char *)seq, len, &b);
		decode_mismatches += na != nb || (na && a != b);
	}
}

static void
check_at(const unsigned char *seq, size_t n, size_t offset, size_t tail)
{
	char buf[160];

	memcpy(buf, context, offset);
	memcpy(buf + offset, seq, n);
	memcpy(buf + offset + n, context, tail);
	size_t len = offset + n + tail;
	if (vn_utf8_valid_prefix(buf, len) != reference_prefix(buf, len) && mismatches++ == 0) {
		size_t k = 0;
		for (size_t j = 0; j < n; j++)
			k += (size_t)snprintf(first_bad + k, sizeof first_bad - k, "%02X ", seq[j]);
		snprintf(first_bad + k, sizeof first_bad - k, "at %zu+%zu", offset, tail);
	}
}

/* The sequence alone, then after 0..47 bytes of context and before 0..9
 * (walked by a counter; a cut may split a letter, which tests the
 * sequence after a lead byte too). */
static void
check_seq(const unsigned char *seq, size_t n, unsigned long counter)
{
	check_decode(seq, n);
	check_at(seq, n, 0, 0);
	check_at(seq, n, counter % 48, counter % 10);
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint64_t
next_random(void)
{
	uint64_t z = (rng += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

int
main(void)
{
	unsigned char seq[4];
	unsigned long counter = 0;

	CHECK(sizeof context - 1 >= 48 + 10, "the context is long enough for every offset");

	mismatches = 0;
	for (unsigned a = 0; a < 256; a++) {
		seq[0] = (unsigned char)a;
		check_seq(seq, 1, counter++);
	}
	CHECK(mismatches == 0, "every 1-byte sequence (%lu mismatches %s)", mismatches, first_bad);

	mismatches = 0;
	for (unsigned a = 0; a < 256; a++)
		for (unsigned b = 0; b < 256; b++) {
			seq[0] = (unsigned char)a, seq[1] = (unsigned char)b;
			check_seq(seq, 2, counter++);
			check_seq(seq, 1, counter); /* b missing: truncated at the end */
		}
	CHECK(mismatches == 0, "every 2-byte sequence (%lu mismatches %s)", mismatches, first_bad);

	mismatches = 0;
	for (unsigned a = 0; a < 256; a++)
		for (unsigned b = 0; b < 256; b++)
			for (unsigned c = 0; c < 256; c++) {
				seq[0] = (unsigned char)a, seq[1] = (unsigned char)b, seq[2] = (unsigned char)c;
				check_seq(seq, 3, counter++);
			}
	CHECK(mismatches == 0, "every 3-byte sequence (%lu mismatches %s)", mismatches, first_bad);

	/* Four bytes: every lead from F0 (and F5, the first never allowed)
	 * with every second and third byte, the fourth from each class of
	 * byte the ranges tell apart. */
	static const unsigned char fourth[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
	                                       0xA0, 0xBF, 0xC0, 0xC2, 0xE1, 0xF0, 0xFF};
	mismatches = 0;
	for (unsigned a = 0xF0; a <= 0xF5; a++)
		for (unsigned b = 0; b < 256; b++)
			for (unsigned c = 0; c < 256; c++)
				for (size_t d = 0; d < sizeof fourth; d++) {
					seq[0] = (unsigned char)a, seq[1] = (unsigned char)b;
					seq[2] = (unsigned char)c, seq[3] = fourth[d];
					check_seq(seq, 4, counter++);
				}
	CHECK(mismatches == 0, "every 4-byte lead F0..F5 x all 2nd, 3rd bytes (%lu mismatches %s)",
	      mismatches, first_bad);

	CHECK(decode_mismatches == 0, "the inline decoder agrees with the full one on all of them (%lu differ)",
	      decode_mismatches);

	/* Random lines: Vietnamese letters, ASCII runs long enough for the
	 * 16-byte skip, emoji, and now and then a stray or truncating byte. */
	static const char *const pieces[] = {
		"\xE1\xBB\x87", "\xC4\x91", "\xC3\xB4", " ", "thu\xE1\xBB\xB7 ", "0123456789abcdefghij",
		"\xF0\x9F\x98\x80", "\xEF\xBF\xBD", "\xE2\x80\xA6", "\xC2\xA0",
	};
	char line[600];
	unsigned long random_bad = 0, invalid_lines = 0;
	for (int iter = 0; iter < 200000; iter++) {
		size_t len = 0, want = next_random() % 500;
		while (len < want) {
			uint64_t r = next_random();
			if (r % 256 == 0) {
				line[len++] = (char)(r >> 8);
			} else {
				const char *p = pieces[(r >> 8) % (sizeof pieces / sizeof *pieces)];
				size_t n = strlen(p);
				if (r % 256 == 1)
					n = (r >> 20) % n; /* cut short */
				memcpy(line + len, p, n);
				len += n;
			}
		}
		size_t ref = reference_prefix(line, len);
		invalid_lines += ref < len;
		random_bad += vn_utf8_valid_prefix(line, len) != ref;
	}
	CHECK(random_bad == 0 && invalid_lines > 10000,
	      "200000 random lines agree (%lu differ; %lu hold an error)", random_bad, invalid_lines);

	CHECK(vn_utf8_valid_prefix("", 0) == 0, "the empty string is valid");
	CHECK(vn_utf8_valid_prefix("abcdefghijklmnopqrstuvwxyz0123\xE1\xBB", 32) == 30,
	      "a truncated letter after a long ASCII run is cut off");
	return check_done();
}
