/* VIQR (RFC 1456, Vietnamese Quoted-Readable): Vietnamese in ASCII, each
 * mark typed after its vowel: ( for ă, ^ for â ê ô, + for ơ ư, then ' ` ?
 * ~ . for the tones; dd for đ. The sequences come from
 * data/encodings/viqr_unikey.tsv.
 *
 * The mark characters are also punctuation, so decoding reads context: a
 * mark counts only right after a vowel, a word takes one tone, a
 * backslash makes the next mark literal (RFC 1456), dd makes đ only at
 * the start of a word, and a . ? or ' at the end of a word is a tone only
 * when the word then spells a Vietnamese syllable ("do^." is độ; in
 * "Ha` No^.i." the last full stop is punctuation). */
#ifndef VN_VIQR_H
#define VN_VIQR_H

#include <stddef.h>

#include "buf.h"

/* Append the VIQR text s[0..len) to out as UTF-8; returns 0 (VIQR defines
 * every byte). */
size_t vn_viqr_decode(const char *s, size_t len, struct vn_buf *out);

/* How many words of s[0..len) carry VIQR marks that make them Vietnamese
 * syllables: the evidence --from=auto weighs. */
size_t vn_viqr_marked_words(const char *s, size_t len);

#endif
