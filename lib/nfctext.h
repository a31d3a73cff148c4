/* A line in NFC, with the way back to the offsets of the line as it was.
 *
 * Text from macOS and some CMSs spells Vietnamese letters decomposed
 * (e + U+0302 + U+0301 for ế); the recognizers match composed words, and
 * the records must point into the line as written. Lines with no
 * combining mark (nearly all) are used as they are, at the cost of one
 * scan. */
#ifndef VN_NFCTEXT_H
#define VN_NFCTEXT_H

#include <stddef.h>

#include "buf.h"

struct vn_nfc_segment_cache;

struct vn_nfc_text {
	struct vn_buf buf;  /* the composed text, when it differs */
	size_t *points;     /* (composed offset, source offset) at the start
	                       and end of each stretch that changed */
	size_t npoints;
	size_t cap;
	size_t len;         /* length of the text vn_nfc_text_set returned */
	struct vn_nfc_segment_cache *cache; /* segments composed before; made
	                                       at the first decomposed line */
};

void vn_nfc_text_init(struct vn_nfc_text *t);
/* The NFC form of s[0..len): s itself when nothing changes, else t's
 * buffer; t->len is its length. */
const char *vn_nfc_text_set(struct vn_nfc_text *t, const char *s, size_t len);
/* The offset in the source of offset off of the text set last. */
size_t vn_nfc_text_source(const struct vn_nfc_text *t, size_t off);
void vn_nfc_text_free(struct vn_nfc_text *t);

#endif
