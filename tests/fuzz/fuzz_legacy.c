/* Fuzz vn_legacy_decode (lib/legacy.c), the --from tables: the first byte
 * picks the encoding (CP1258, VISCII, TCVN3, VNI, VIQR), the rest is the
 * text. Whatever the bytes, what is appended is valid UTF-8 and what was
 * in the buffer before stays; there are at least as many U+FFFD as the
 * count of undefined bytes returned. CP1258 and VISCII give one character
 * per byte, the table's (U+FFFD where it has none); VNI one per byte or
 * per letter + mark pair of its table; printable ASCII goes through
 * CP1258, VISCII and TCVN3 unchanged; no encoding makes more characters
 * than bytes.
 * fuzz-seeds: text */
#include <string.h>

#include "fuzz.h"
#include "legacy.h"

static const enum vn_encoding encodings[] = {VN_ENC_CP1258, VN_ENC_VISCII, VN_ENC_TCVN3,
                                             VN_ENC_VNI, VN_ENC_VIQR};

#define BEFORE "kept\xE1\xBB\x87"

/* The pair s[0..2) in VNI's sequences, or VN_LEGACY_NONE. */
static uint32_t
vni_pair(const struct vn_legacy_seq *seqs, const char *s, size_t len)
{
	if (len < 2)
		return VN_LEGACY_NONE;
	for (const struct vn_legacy_seq *q = seqs; q->len; q++)
		if (q->len == 2 && q->bytes[0] == (unsigned char)s[0] &&
		    q->bytes[1] == (unsigned char)s[1])
			return q->cp;
	return VN_LEGACY_NONE;
}

static int
printable_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (s[i] < 0x20 || s[i] > 0x7E)
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	enum vn_encoding enc = encodings[data[0] % 5];
	const char *s = (const char *)data + 1;
	size_t len = size - 1;
	struct vn_buf out = {0};
	const uint32_t *single;
	const struct vn_legacy_seq *seqs;

	vn_buf_append(&out, BEFORE, strlen(BEFORE));
	size_t bad = vn_legacy_decode(enc, s, len, &out);
	FUZZ_ASSERT(out.len >= strlen(BEFORE) && memcmp(out.data, BEFORE, strlen(BEFORE)) == 0);
	const char *t = out.data + strlen(BEFORE);
	size_t tlen = out.len - strlen(BEFORE);
	FUZZ_ASSERT(fuzz_is_utf8(t, tlen));

	size_t chars = 0, fffd = 0;
	for (size_t i = 0; i < tlen; chars++) {
		uint32_t cp;
		i += vn_utf8_decode(t + i, tlen - i, &cp);
		fffd += cp == 0xFFFD;
	}
	FUZZ_ASSERT(fffd >= bad);
	FUZZ_ASSERT(chars <= len);

	vn_legacy_tables(enc, &single, &seqs);
	if (enc == VN_ENC_CP1258 || enc == VN_ENC_VISCII || enc == VN_ENC_VNI) {
		size_t i = 0, o = 0, nbad = 0;
		while (i < len) {
			uint32_t want = enc == VN_ENC_VNI ? vni_pair(seqs, s + i, len - i)
			                                  : VN_LEGACY_NONE;
			size_t used = 1;
			if (want != VN_LEGACY_NONE)
				used = 2;
			else if ((want = single[(unsigned char)s[i]]) == VN_LEGACY_NONE) {
				want = 0xFFFD;
				nbad++;
			}
			uint32_t cp;
			FUZZ_ASSERT(o < tlen);
			o += vn_utf8_decode(t + o, tlen - o, &cp);
			FUZZ_ASSERT(cp == want);
			i += used;
		}
		FUZZ_ASSERT(o == tlen && nbad == bad);
	}
	if (enc != VN_ENC_VNI && enc != VN_ENC_VIQR && printable_ascii(s, len))
		FUZZ_ASSERT(tlen == len && (len == 0 || memcmp(t, s, len) == 0));
	vn_buf_free(&out);
	return 0;
}
