/* Tone-mark placement: every word that is a Vietnamese syllable gets its
 * mark on the vowel the orthography requires (syllable.h), in one style.
 * Words that are not syllables (names, English, codes) are left as they
 * are, and each letter keeps its case (ỦY, Uỷ). Input is NFC UTF-8. */
#ifndef VN_TONE_H
#define VN_TONE_H

#include <stddef.h>

#include "buf.h"
#include "syllable.h"

/* Append s[0..len) to out with tone marks placed in style; returns the
 * number of words changed. When none did, out is left as it was. */
size_t vn_tone_fix(const char *s, size_t len, enum vn_tone_style style, struct vn_buf *out);

/* Would vn_tone_fix change the word whose toned vowel starts at byte pos of
 * s? A cheap check for the fast path: it looks only at the vowel group
 * around pos, with the same placement rule. Returns 1 when the mark is
 * already where style wants it (or the word cannot be a syllable). */
int vn_tone_mark_in_place(const char *s, size_t len, size_t pos, enum vn_tone_style style);

#endif
