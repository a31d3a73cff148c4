/* Unit tests for vn-normalize's library: the fast path never passes a
 * line that a step would change; syllable analysis against VnVocab; the
 * single steps on lines a unit test states best. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cleanline.h"
#include "compose.h"
#include "entities.h"
#include "mojibake.h"
#include "normalize.h"
#include "punct.h"
#include "syllable.h"
#include "tone.h"
#include "utf8.h"
#include "vnword.h"

static const char *const sample_lines[] = {
	"Sở Kế hoạch và Đầu tư đã tiếp nhận 19.853 hồ sơ, đúng hạn 98,5%.",
	"Tỉnh uỷ viên, Đảng ủy Sở; hoà giải, khoẻ mạnh, thuỷ lợi, quý, già, gìn giữ",
	"baỏ cáo về lựơng hồ sơ , ý thức;kỷ luật ( CCHC ) ,, xem www.hanoi.gov.vn",
	"Nghị quyết 30c/NQ-CP ngày 08/11/2011, ISO 9001:2008, lúc 14:47, TP.HCM",
	"trọng tâm.Trong đó vv...Các “Nâng cao” – chỉ số … Hết",
	"C&aacute;c &#7897; &amp;agrave; CÃ¡c Ä‘á»“ng chÃ­",
	"Vie\xcc\xa3\xcc\x82t Nam na\xcc\x80\xcc\x86m \xc3\x90\xe1\xba\xa3ng N\xc3\x90-CP",
	"\xc2\xa0 Sở\xc2\xa0Nội vụ\xe2\x80\x8b  x\t\xe2\x80\xafy ",
	"Huy Kiên Café José iPhone Nguyễn Thị Ánh Facebook ngoằn ngoèo khuỷu tay",
	"QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH, UỶ BAN, Uỷ ban, HOÀ BÌNH",
	"bad \xff\xfe utf8 \xe1\xbb",
	"",
	" ",
};

static struct vn_norm_buffers bufs_a, bufs_b;

/* Clean by the fast path must mean unchanged by the steps; and a line
 * started at the step the fast path names must come out as from every
 * step, with the same counts. */
static long checked, clean, wrong, misrouted;
static struct vn_buf routed_copy;

static void
check_line(const struct vn_norm_options *o, const char *s, size_t len)
{
	struct vn_norm_counts c = {0}, routed = {0}, all = {0};
	size_t outlen, routed_len, all_len;

	checked++;
	const char *r = vn_normalize_line(o, s, len, &routed_len, &bufs_a, &routed, "test", 1);
	vn_buf_clear(&routed_copy);
	vn_buf_append(&routed_copy, r, routed_len);
	const char *a = vn_normalize_steps(o, s, len, &all_len, &bufs_a, &all, "test", 1);
	if (routed_len != all_len || memcmp(routed_copy.data, a, all_len) != 0 ||
	    memcmp(&routed, &all, sizeof all) != 0) {
		if (misrouted++ < 5)
			printf("# starting at step %d changes the result: %.*s\n",
			       (int)vn_line_first_step(s, len, o), (int)len, s);
	}
	if (!vn_line_is_clean(s, len, o))
		return;
	clean++;
	const char *out = vn_normalize_steps(o, s, len, &outlen, &bufs_a, &c, "test", 1);
	if (outlen != len || memcmp(out, s, len) != 0) {
		if (wrong++ < 5)
			printf("# fast path passed a line the steps change: %.*s\n", (int)len, s);
	}
}

/* The line, and variants a step must catch: NBSP for a space, the other
 * tone style, doubled comma, a space before a comma. */
static void
check_with_variants(const struct vn_norm_options *o, const char *s, size_t len)
{
	static struct vn_buf v;
	static const char *const swaps[][2] = {
		{" ", "\xc2\xa0"}, {"òa", "oà"}, {"oà", "òa"}, {"ủy", "uỷ"}, {"uỷ", "ủy"},
		{",", ",,"}, {", ", " ,"}, {"ư", "u\xcc\x9b"}, {"ộ", "o\xcc\xa3\xcc\x82"},
	};

	check_line(o, s, len);
	for (size_t k = 0; k < sizeof swaps / sizeof swaps[0]; k++) {
		const char *from = swaps[k][0], *to = swaps[k][1];
		size_t fl = strlen(from);
		const char *hit = memmem(s, len, from, fl);
		if (!hit)
			continue;
		vn_buf_clear(&v);
		vn_buf_append(&v, s, (size_t)(hit - s));
		vn_buf_append(&v, to, strlen(to));
		vn_buf_append(&v, hit + fl, len - (size_t)(hit - s) - fl);
		check_line(o, v.data, v.len);
	}
}

static void
check_file(const struct vn_norm_options *o, const char *path, long limit)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	struct vn_norm_counts c = {0};

	if (!fp)
		return;
	while ((n = getline(&line, &cap, fp)) > 0 && limit-- > 0) {
		size_t len = (size_t)n;
		if (line[len - 1] == '\n')
			len--;
		check_with_variants(o, line, len);
		/* and the normalized line, which the fast path should mostly pass */
		size_t outlen;
		const char *out = vn_normalize_steps(o, line, len, &outlen, &bufs_b, &c, "test", 1);
		check_with_variants(o, out, outlen);
	}
	free(line);
	fclose(fp);
}

static void
test_fast_path(void)
{
	static const char *const corpus[] = {
		"../shared/corpus/seeds/000_a85a97ce1a23358e.txt",
		"../shared/corpus/seeds/001_6f94c3d2585693b2.txt",
		"../shared/corpus/seeds/002_de418ec259a3d679.txt",
		"../shared/corpus/seeds/003_8ad085a7b5946347.txt",
		"../shared/corpus/seeds/004_6005af3b7548e44b.txt",
		"../shared/corpus/ud-vtb/vi_vtb-ud-dev.conllu",
	};
	const enum vn_tone_style styles[] = {VN_TONE_STYLE_OLD, VN_TONE_STYLE_NEW, VN_TONE_STYLE_KEEP};

	for (size_t st = 0; st < 3; st++) {
		struct vn_norm_options o;
		vn_norm_options_default(&o);
		o.tone_style = styles[st];
		o.ascii_punct = st == 1;
		for (size_t i = 0; i < sizeof sample_lines / sizeof sample_lines[0]; i++)
			check_with_variants(&o, sample_lines[i], strlen(sample_lines[i]));
		for (size_t i = 0; i < sizeof corpus / sizeof corpus[0]; i++)
			check_file(&o, corpus[i], 3000);
	}
	CHECK(wrong == 0, "the fast path passed no line a step changes (%ld of %ld lines clean)",
	      clean, checked);
	CHECK(clean > 0, "the fast path passes clean lines");
	CHECK(misrouted == 0, "lines started at the fast path's first step come out as from all steps");
	vn_buf_free(&routed_copy);
}

static int
parses(const char *word)
{
	struct vn_word w;
	struct vn_syllable s;
	size_t pos = 0;

	return vn_word_next(word, strlen(word), &pos, &w) && w.analysable &&
	       vn_syllable_parse(w.letters, w.n, &s);
}

static void
test_syllables(void)
{
	CHECK(parses("nghiêng") && parses("quyết") && parses("giữa") && parses("gìn") &&
	      parses("khuỷu") && parses("Đảng") && parses("ỦY"), "parses Vietnamese syllables");
	CHECK(!parses("hoàt") && !parses("acid") && !parses("José") && !parses("hoàà") &&
	      !parses("ThS") && !parses("Facebook"), "rejects what is not a syllable");

	FILE *fp = fopen("../shared/lexicon/vnvocab/VnVocab.txt", "r");
	if (!fp) {
		printf("ok %d - VnVocab coverage # skip ../shared is not present\n", ++check_count);
		return;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long words = 0, good = 0;
	while ((n = getline(&line, &cap, fp)) > 0) {
		struct vn_word w;
		struct vn_syllable s;
		size_t pos = 0;
		while (vn_word_next(line, (size_t)n, &pos, &w)) {
			int foreign = !w.analysable;
			for (size_t i = 0; i < w.n && !foreign; i++)
				foreign = strchr("fjwz", w.letters[i].base) != NULL;
			if (foreign)
				continue;
			words++;
			good += vn_syllable_parse(w.letters, w.n, &s);
		}
	}
	free(line);
	fclose(fp);
	CHECK(words > 50000 && good >= words * 995 / 1000,
	      "%ld of %ld VnVocab syllables parse", good, words);
}

/* The scan classifies 64-byte windows, sixteen to a call: invalid UTF-8
 * anywhere in a long line, a character across a window's or a call's
 * end, and a vowel pair split by one, are still seen. */
static void
test_blocks(void)
{
	struct vn_norm_options o;
	vn_norm_options_default(&o);
	const char *sentence = "Sở Nội vụ tiếp nhận hồ sơ của người dân và doanh nghiệp trong tỉnh. ";
	static char clean[2600]; /* three calls: a copy, the line itself, a copy */
	size_t len = 0, sl = strlen(sentence);
	while (len + sl < sizeof clean) {
		memcpy(clean + len, sentence, sl);
		len += sl;
	}
	len--; /* no space at the end */
	CHECK(vn_line_first_step(clean, len, &o) == VN_STEP_NONE,
	      "a clean line of %zu bytes is clean", len);

	int all = 1;
	for (size_t at = 0; at < len; at++) {
		static char bad[sizeof clean];
		const unsigned char stray[] = {0x80, 0xBF, 0xC3, 0xE1, 0xFF};
		for (size_t k = 0; k < sizeof stray; k++) {
			memcpy(bad, clean, len);
			bad[at] = (char)stray[k];
			/* a byte swapped for another may still make valid UTF-8 */
			if (vn_utf8_valid_prefix(bad, len) < len &&
			    vn_line_first_step(bad, len, &o) != VN_STEP_DECODE) {
				if (all)
					printf("# byte %02x at %zu not seen\n", stray[k], at);
				all = 0;
			}
		}
	}
	CHECK(all, "invalid UTF-8 at every place in a long line sends it to every step");

	/* A space before a comma, a tab, NBSP, the other tone style, a doubled
	 * space, a reference, an ellipsis glued to a word: at each offset
	 * across the first windows and the end of the first call. */
	const char *dirt[] = {",", "\tx", "\xc2\xa0x", "hoà", " x", "&amp;", "a...b"};
	int seen = 1;
	for (size_t d = 0; d < sizeof dirt / sizeof dirt[0]; d++) {
		for (size_t at = 1; at < 1100; at = at == 150 ? 990 : at + 1) {
			static char line[1200];
			memset(line, 'a', at);
			int n = snprintf(line + at, sizeof line - at, " %s ddddddddddddddddddddd", dirt[d]);
			if (vn_line_first_step(line, at + (size_t)n, &o) == VN_STEP_NONE) {
				if (seen)
					printf("# not seen at %zu: %s\n", at, dirt[d]);
				seen = 0;
			}
		}
	}
	CHECK(seen, "what needs a step is seen at every offset in a window");
}

/* Composing finds what it must change sixteen bytes at a time: a mark
 * after a letter, a character NFC maps, Ð, at each offset of a block and
 * across a block's end, as it does one character at a time. */
static void
test_compose_blocks(void)
{
	const char *in[] = {"e\xcc\x82\xcc\x81", "\xe1\xbb\x87\xcc\x80", "o\xcc\x9b",
	                    "\xe2\x84\xab", "\xc3\x90"};
	const char *want[] = {"\xe1\xba\xbf", "\xe1\xbb\x87\xcc\x80", "\xc6\xa1",
	                      "\xc3\x85", "\xc3\x90"};
	struct vn_buf b = {0};
	int found = 1;
	for (size_t d = 0; d < sizeof in / sizeof in[0]; d++) {
		for (size_t at = 1; at < 40; at++) {
			char line[128], composed[128];
			/* Vietnamese letters before (three bytes each), so that
			 * the piece also starts part way into a character's block;
			 * glued to one (aÐ is no abbreviation, Ð stays) */
			const char *before = "aệaệaệaệaệaệaệaệaệaệ", *after = " người dân";
			int n = snprintf(line, sizeof line, "%.*s%s%s", (int)at, before, in[d], after);
			int m = snprintf(composed, sizeof composed, "%.*s%s%s", (int)at, before, want[d],
			                 after);
			if (vn_utf8_valid_prefix(line, (size_t)n) < (size_t)n)
				continue; /* the cut fell inside a letter */
			struct vn_compose_counts cc = {0, 0, 0};
			vn_buf_clear(&b);
			int noop = vn_compose_is_noop(line, (size_t)n);
			vn_compose(line, (size_t)n, 1, 1, &b, &cc);
			if (noop || b.len != (size_t)m || memcmp(b.data, composed, (size_t)m) != 0) {
				if (found)
					printf("# not composed at %zu: %s\n", at, line);
				found = 0;
			}
		}
	}
	CHECK(found, "composing sees what it changes at every offset in a block");
	vn_buf_free(&b);
}

static void
test_steps(void)
{
	struct vn_buf b = {0};

	CHECK(vn_tone_fix("hoà thuỷ", 11, VN_TONE_STYLE_OLD, &b) == 2, "counts the words moved");
	CHECK_BYTES(b.data, b.len, "hòa thủy", "writes the old style");
	vn_buf_clear(&b);
	CHECK(vn_tone_mark_in_place("quý", 4, 2, VN_TONE_STYLE_NEW), "quý: qu is a consonant");
	CHECK(!vn_tone_mark_in_place("hoà", 4, 2, VN_TONE_STYLE_OLD), "hoà is new style");
	CHECK(vn_entities_decode("&amp;amp;lt;", 12, &b) == 3, "decodes nested escaping");
	CHECK_BYTES(b.data, b.len, "<", "to the end");
	vn_buf_clear(&b);
	CHECK(!vn_mojibake_repair("Café", 5, &b) && b.len == 0, "Latin-1 text is not mojibake");
	const char *twice = "\xc3\x83\xe2\x80\x9e\xc3\xa2\xe2\x82\xac\xcb\x9c"; /* Ã„â€˜ */
	CHECK(vn_mojibake_repair(twice, strlen(twice), &b), "repairs twice-damaged text");
	CHECK_BYTES(b.data, b.len, "\xc4\x91", "back to đ");
	vn_buf_clear(&b);
	CHECK(vn_punct_sentence_stop("tâm.Trong", 10, 4) && !vn_punct_sentence_stop("TP.HCM", 6, 2),
	      "a full stop ends a sentence only between a word and a capitalised word");
	vn_buf_free(&b);
}

/* vn_tone_mark_in_place keeps its answers by the word around the mark:
 * the same letters in another word, or in a word too long to keep, must
 * get their own answer. qu counts as a consonant only at a word's start,
 * so in old style "quỷ" is right and "xquỷ", "uỷ" are not. */
static void
test_tone_memo(void)
{
	static const char *const after[] = {"", ".", " của xã", "x", "xxxxxxxx"};
	char s[80];
	long wrong = 0, asked = 0;

	for (int round = 0; round < 2; round++)
		for (int k = 0; k < 24; k++)
			for (int spaced = 0; spaced < 2; spaced++)
				for (int q = 0; q < 2; q++)
					for (size_t e = 0; e < sizeof after / sizeof after[0]; e++) {
						int n = snprintf(s, sizeof s, "%.*s%s%suỷ", k,
						                 "xxxxxxxxxxxxxxxxxxxxxxxx",
						                 spaced ? " " : "", q ? "q" : "");
						size_t pos = (size_t)n - 3;
						n += snprintf(s + n, sizeof s - (size_t)n, "%s", after[e]);
						/* a letter after uỷ closes the syllable, and
						 * the mark belongs on y then (huýt) */
						int want = (q && (spaced || k == 0)) || after[e][0] == 'x';
						asked++;
						if (vn_tone_mark_in_place(s, (size_t)n, pos, VN_TONE_STYLE_OLD) !=
						        want &&
						    wrong++ < 3)
							printf("# wrong answer for %s\n", s);
					}
	CHECK(wrong == 0, "a mark's answer depends on its whole word, kept or not (%ld asked)",
	      asked);
}

int
main(void)
{
	test_fast_path();
	test_tone_memo();
	test_syllables();
	test_blocks();
	test_compose_blocks();
	test_steps();
	vn_norm_buffers_free(&bufs_a);
	vn_norm_buffers_free(&bufs_b);
	return check_done();
}
