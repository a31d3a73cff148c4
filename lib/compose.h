/* Unicode composition for Vietnamese: NFC, plus the fixes NFC does not
 * make. Text from macOS and some CMSs arrives decomposed (NFD); NFC (with
 * utf8proc) composes it and maps the deprecated tone marks U+0340/U+0341
 * to U+0300/U+0301. A tone mark typed before the vowel's own circumflex
 * or breve (a + grave + breve) is put after it, so that it composes
 * (ằ), and Icelandic Ð/ð typed for Đ/đ is replaced inside Vietnamese
 * words and in upper-case abbreviations such as NÐ-CP and QÐ. */
#ifndef VN_COMPOSE_H
#define VN_COMPOSE_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

struct vn_compose_counts {
	size_t nfc;   /* lines that NFC changed */
	size_t marks; /* letters whose marks were put in composing order */
	size_t eths;  /* Ð/ð replaced by Đ/đ */
};

/* True when NFC cannot change s[0..len) (valid UTF-8) and no fix applies:
 * no combining mark, no character NFC maps, no Ð or ð. */
int vn_compose_is_noop(const char *s, size_t len);

/* Append s[0..len) (valid UTF-8) to out in NFC (when nfc) with the
 * Vietnamese fixes (when fixes); adds to *counts and returns 1 when the
 * text changed. */
int vn_compose(const char *s, size_t len, int nfc, int fixes, struct vn_buf *out,
               struct vn_compose_counts *counts);

/* True when cp can be passed by NFC untouched whatever stands around it
 * (a starter that neither decomposes nor composes with what precedes). */
int vn_nfc_inert(uint32_t cp);

#endif
