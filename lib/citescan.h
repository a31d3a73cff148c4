/* Finding where citations stand in a line, for the tools that must skip
 * them (metric-extract must not count the numbers inside `30/2020/NĐ-CP`).
 * cite-extract parses the same matches into full records (cite.h). */
#ifndef VN_CITESCAN_H
#define VN_CITESCAN_H

#include <stddef.h>

/* A citation's span in a line: byte offsets, end exclusive. */
struct vn_cite_span {
	size_t start;
	size_t end;
};

/* Find the citations (state, Party, standard, short forms with a head
 * noun) in s[0..len); writes at most cap spans in order and returns how
 * many there are in all (which may exceed cap). The line may be raw
 * text: decomposed (NFD) letters are composed for matching and the spans
 * point into s as given. A span covers the head noun, "số", the number
 * and code and the date after "ngày" ("Nghị quyết 30c/NQ-CP ngày
 * 08/11/2011"), not the issuer's name. Short forms that only a full form
 * elsewhere in the document could confirm ("Dự án 1") are left out. */
size_t vn_cite_spans(const char *s, size_t len, struct vn_cite_span *out, size_t cap);

#endif
