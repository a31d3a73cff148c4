#include "legacy.h"

#include <string.h>
#include <strings.h>

#include "utf8.h"
#include "viqr.h"
#include "vnletter.h"
#include "vnword.h"

#include "legacy_tables.h"

static const struct {
	const char *name;
	enum vn_encoding enc;
} encoding_names[] = {
	{"utf8", VN_ENC_UTF8},       {"utf-8", VN_ENC_UTF8},
	{"cp1258", VN_ENC_CP1258},   {"windows-1258", VN_ENC_CP1258},
	{"viscii", VN_ENC_VISCII},   {"tcvn3", VN_ENC_TCVN3},
	{"tcvn", VN_ENC_TCVN3},      {"abc", VN_ENC_TCVN3},
	{"vni", VN_ENC_VNI},         {"vni-windows", VN_ENC_VNI},
	{"viqr", VN_ENC_VIQR},       {"auto", VN_ENC_AUTO},
};

int
vn_encoding_parse(const char *name, enum vn_encoding *enc)
{
	for (size_t i = 0; i < sizeof encoding_names / sizeof encoding_names[0]; i++) {
		if (strcasecmp(name, encoding_names[i].name) == 0) {
			*enc = encoding_names[i].enc;
			return 1;
		}
	}
	return 0;
}

const char *
vn_encoding_name(enum vn_encoding enc)
{
	static const char *const names[] = {"utf8", "cp1258", "viscii", "tcvn3",
	                                    "vni", "viqr", "auto"};
	return names[enc];
}

void
vn_legacy_tables(enum vn_encoding enc, const uint32_t **single,
                 const struct vn_legacy_seq **seqs)
{
	switch (enc) {
	case VN_ENC_CP1258: *single = vn_legacy_cp1258_single; *seqs = vn_legacy_cp1258_seqs; break;
	case VN_ENC_VISCII: *single = vn_legacy_viscii_single; *seqs = vn_legacy_viscii_seqs; break;
	case VN_ENC_TCVN3: *single = vn_legacy_tcvn3_single; *seqs = vn_legacy_tcvn3_seqs; break;
	case VN_ENC_VNI: *single = vn_legacy_vni_single; *seqs = vn_legacy_vni_seqs; break;
	default: *single = vn_legacy_viqr_single; *seqs = vn_legacy_viqr_seqs; break;
	}
}

/* VNI writes most letters as an ASCII base letter and a mark byte; the
 * pairs are looked up by their two bytes. Built once, on first use. */
static uint16_t vni_pairs[256][256];

static void
build_vni_pairs(void)
{
	for (const struct vn_legacy_seq *q = vn_legacy_vni_seqs; q->len; q++)
		if (q->len == 2)
			vni_pairs[q->bytes[0]][q->bytes[1]] = (uint16_t)q->cp;
}

static size_t
put_cp(struct vn_buf *out, uint32_t cp)
{
	char enc[4];

	if (cp == VN_LEGACY_NONE) {
		vn_buf_append(out, "\xEF\xBF\xBD", 3);
		return 1;
	}
	vn_buf_append(out, enc, vn_utf8_encode(cp, enc));
	return 0;
}

/* TCVN3 has no code for an accented capital (Ấ, Ủ): the .VnTimeH fonts
 * draw the lower-case bytes as capitals. So a toned letter decoded as
 * lower case is made upper case in a word whose letters of known case are
 * all capitals (CHÍNH, HOẠCH), and in a word with at most one letter of
 * known case (Ý, ỦY, SỞ) when the words beside it are in capitals. Title case (Ủy ban) cannot be
 * told from the bytes and stays lower case. */
enum word_case { CASE_UNKNOWN, CASE_LOWER, CASE_UPPER };

/* Two capitals of known case make a word upper case; one alone (Sở, Kế)
 * may be title case, so the neighbours decide, as for a word with none. */
static enum word_case
tcvn3_word_case(const struct vn_word *w)
{
	int upper = 0;

	if (!w->analysable)
		return CASE_LOWER;
	for (size_t i = 0; i < w->n; i++) {
		const struct vn_letter *l = &w->letters[i];
		if (l->tone != VN_TONE_NONE && !l->upper)
			continue; /* the ambiguous bytes */
		if (!l->upper)
			return CASE_LOWER;
		upper++;
	}
	return upper >= 2 ? CASE_UPPER : CASE_UNKNOWN;
}

struct word_span {
	size_t start;
	enum word_case wcase;
};

/* Is the word's case known and upper, or unknown with capitals (or the
 * line's ends) on both sides? */
static int
tcvn3_make_upper(const struct word_span *w, size_t n, size_t k)
{
	if (w[k].wcase != CASE_UNKNOWN)
		return w[k].wcase == CASE_UPPER;
	enum word_case left = CASE_UNKNOWN, right = CASE_UNKNOWN;
	for (size_t j = k; j-- > 0 && left == CASE_UNKNOWN;)
		left = w[j].wcase;
	for (size_t j = k + 1; j < n && right == CASE_UNKNOWN; j++)
		right = w[j].wcase;
	return left != CASE_LOWER && right != CASE_LOWER && (left | right) != CASE_UNKNOWN;
}

static void
tcvn3_capitals(const char *s, size_t len, struct vn_buf *out)
{
	static struct vn_buf spans;
	struct vn_word w;
	size_t pos = 0, copied = 0, n = 0;

	vn_buf_clear(&spans);
	while (vn_word_next(s, len, &pos, &w)) {
		struct word_span span = {w.start, tcvn3_word_case(&w)};
		vn_buf_append(&spans, &span, sizeof span);
		n++;
	}
	const struct word_span *list = (const struct word_span *)(void *)spans.data;
	for (size_t k = 0; k < n; k++) {
		if (!tcvn3_make_upper(list, n, k))
			continue;
		pos = list[k].start;
		vn_word_next(s, len, &pos, &w);
		int changed = 0;
		for (size_t i = 0; i < w.n; i++) {
			if (w.letters[i].tone != VN_TONE_NONE && !w.letters[i].upper) {
				w.letters[i].upper = 1;
				changed = 1;
			}
		}
		if (!changed)
			continue;
		vn_buf_append(out, s + copied, w.start - copied);
		vn_word_write(&w, out);
		copied = w.end;
	}
	vn_buf_append(out, s + copied, len - copied);
}

size_t
vn_legacy_decode(enum vn_encoding enc, const char *s, size_t len, struct vn_buf *out)
{
	static struct vn_buf decoded;
	const uint32_t *single;
	const struct vn_legacy_seq *seqs;
	size_t bad = 0;
	struct vn_buf *to = enc == VN_ENC_TCVN3 ? &decoded : out;

	if (enc == VN_ENC_VIQR)
		return vn_viqr_decode(s, len, out);
	vn_legacy_tables(enc, &single, &seqs);
	if (enc == VN_ENC_VNI && vni_pairs['a'][0xF9] == 0)
		build_vni_pairs();
	vn_buf_reserve(to, len);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (enc == VN_ENC_VNI && i + 1 < len && vni_pairs[c][(unsigned char)s[i + 1]]) {
			put_cp(to, vni_pairs[c][(unsigned char)s[i + 1]]);
			i++;
			continue;
		}
		bad += put_cp(to, single[c]);
	}
	if (enc == VN_ENC_TCVN3) {
		tcvn3_capitals(decoded.data, decoded.len, out);
		vn_buf_clear(&decoded);
	}
	return bad;
}
