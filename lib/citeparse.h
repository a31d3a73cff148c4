/* From the recognizer's matches to record fields: canonical ids, codes in
 * their official case, the type from the head noun or else from the code,
 * and what the citations of one sentence share:
 *   - a head noun: "Quyết định 43/2008/QĐ-TTg và 48/2009/QĐ-TTg", "Các
 *     Quyết định của UBND tỉnh: số 2057/…; số 3541/…" (every number is a
 *     Quyết định, as long as its own code agrees);
 *   - an issuer: the list intro's "của UBND tỉnh", and the "của Chính
 *     phủ" after the last of numbers joined by "và" or a comma. */
#ifndef VN_CITEPARSE_H
#define VN_CITEPARSE_H

#include "cite.h"
#include "citerecord.h"

/* Fill the fields of out[0..n) (id to issuer_name, is_short, weak) from
 * the matches m[0..n) of the NFC line s[0..len). The provenance (line,
 * offsets, text) is left to the caller. */
void vn_cite_parse_line(const char *s, size_t len, const struct vn_cite_match *m, size_t n,
                        struct vn_cite *out);

#endif
