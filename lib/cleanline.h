/* The fast path of vn-normalize: one scan over a UTF-8 line that proves
 * no step would change it (valid UTF-8, no character NFC or the space
 * step would touch, no reference, no mojibake, every tone mark in place,
 * no punctuation spacing to fix). Clean NFC text, most of what flows
 * through a pipeline, is then copied as it is. The scan may call a line
 * dirty that the steps leave unchanged; it never calls clean a line they
 * would change. */
#ifndef VN_CLEANLINE_H
#define VN_CLEANLINE_H

#include <stddef.h>

#include "normalize.h"

/* The first step that may change s[0..len) under o: every step before it
 * would give s back (VN_STEP_NONE: all of them would). Most untidy lines
 * need only the later steps (a space before a comma, NBSP), and skip the
 * scans of the earlier ones. */
enum vn_norm_step vn_line_first_step(const char *s, size_t len, const struct vn_norm_options *o);

/* True when normalizing s[0..len) under o would give s back. */
int vn_line_is_clean(const char *s, size_t len, const struct vn_norm_options *o);

#endif
