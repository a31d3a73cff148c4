/* Deterministic variants of one paragraph of Vietnamese text: the clean
 * form the clean corpus is made of, and the damaged forms real crawled
 * text arrives in, which the messy corpus mixes in. */
#ifndef GEN_TEXTVAR_H
#define GEN_TEXTVAR_H

#include <stddef.h>

#include "buf.h"

/* Clean text: NFC, spaces only (NBSP, tabs and the like made spaces,
 * zero-width characters and soft hyphens dropped, runs collapsed, ends
 * trimmed), tone marks in the old style (hòa, thủy). Appends to out. */
void gen_clean(const char *s, size_t len, struct vn_buf *out);

/* NFC text with the tone marks of open oa/oe/uy moved: to_new gives the
 * new style (hoà, khoẻ, thuỷ), else the old style (hòa, khỏe, thủy). */
void gen_tone_style(const char *s, size_t len, int to_new, struct vn_buf *out);

/* The NFD (decomposed) form, as macOS and some CMSs write it. */
void gen_nfd(const char *s, size_t len, struct vn_buf *out);

/* UTF-8 that went through cp1252 once: every byte read as a cp1252
 * character and written again as UTF-8 (`Các` becomes `CÃ¡c`). */
void gen_mojibake(const char *s, size_t len, struct vn_buf *out);

/* True when a word (a letter, ASCII or the lead byte of a non-ASCII UTF-8
 * character) can start at byte c: where spacing damage applies. */
int gen_starts_word(char c);

/* Treebank text has spaces around punctuation (`lại : " Coi ... lắm !`);
 * remove the ones ordinary writing does not have. */
void gen_detokenize(const char *s, size_t len, struct vn_buf *out);

#endif
