/* White space: every kind of space becomes one ASCII space, invisible
 * characters go, runs collapse, and line ends are trimmed.
 *
 * NBSP (U+00A0), narrow NBSP (U+202F), figure space (U+2007), the other
 * Unicode space separators, ideographic space (U+3000), tab, NEL and the
 * line/paragraph separators become a space; zero-width space, non-joiner
 * and joiner, word joiner, BOM and soft hyphen are removed, except a
 * zero-width joiner between two emoji, where it builds one picture. */
#ifndef VN_SPACES_H
#define VN_SPACES_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* What cp is for this step: 0 a plain character, 1 a space, 2 removed. */
int vn_space_kind(uint32_t cp);

/* Append s[0..len) to out with spaces normalized; returns the number of
 * changes made (characters mapped or removed, runs and ends trimmed). */
size_t vn_spaces_fix(const char *s, size_t len, struct vn_buf *out);

#endif
