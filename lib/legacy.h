/* Vietnamese text in the legacy 8-bit encodings of the 1990s and 2000s,
 * decoded with the tables of data/encodings/ (from ../shared/encodings):
 * CP1258 (Windows, tone marks as combining characters), VISCII (RFC 1456,
 * the glibc table), TCVN3 (TCVN 5712:1993 VN3, the ABC .VnTime fonts),
 * VNI-Windows (a base letter and a mark byte) and VIQR (ASCII mnemonics,
 * viqr.h). */
#ifndef VN_LEGACY_H
#define VN_LEGACY_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

enum vn_encoding {
	VN_ENC_UTF8,
	VN_ENC_CP1258,
	VN_ENC_VISCII,
	VN_ENC_TCVN3,
	VN_ENC_VNI,
	VN_ENC_VIQR,
	VN_ENC_AUTO, /* detect per document (detect.h) */
};

/* A byte the encoding does not define. */
#define VN_LEGACY_NONE 0xFFFFFFFFu

/* A multi-byte sequence of a table (VNI's letter + mark, VIQR's a^'). */
struct vn_legacy_seq {
	unsigned char bytes[3];
	unsigned char len;
	uint32_t cp;
};

/* Parse an encoding name as --from takes it (utf8, cp1258, viscii, tcvn3,
 * vni, viqr, auto, and common aliases); returns 0 when unknown. */
int vn_encoding_parse(const char *name, enum vn_encoding *enc);

/* The canonical name of enc, as -v and --help print it. */
const char *vn_encoding_name(enum vn_encoding enc);

/* Append s[0..len), in the legacy encoding enc, to out as UTF-8; a byte
 * the encoding does not define becomes U+FFFD. Returns how many did. */
size_t vn_legacy_decode(enum vn_encoding enc, const char *s, size_t len, struct vn_buf *out);

/* The decoding tables of enc: single bytes (VN_LEGACY_NONE when not
 * defined) and the sequences, ending with one of length 0. For tests
 * that encode with the same tables. */
void vn_legacy_tables(enum vn_encoding enc, const uint32_t **single,
                      const struct vn_legacy_seq **seqs);

#endif
