/* The citations of one document, kept until the document ends so that
 * short forms can be resolved against full forms anywhere in it (a title
 * may say "Nghị quyết 57" before the text gives 57-NQ/TW), as eyecite
 * resolves short citations. Memory is bounded by one document's records,
 * never its text. */
#ifndef VN_CITEDOC_H
#define VN_CITEDOC_H

#include <stddef.h>

#include "cite.h"
#include "citerecord.h"
#include "nfctext.h"

struct vn_cite_doc {
	char *id;              /* document id; NULL before the first line */
	struct vn_cite *v;     /* the records, in the order of the text */
	size_t n;
	size_t cap;
	struct vn_nfc_text nfc;
	struct vn_cite_matches matches;
	struct vn_cite *line_records;
	size_t line_cap;
};

void vn_cite_doc_init(struct vn_cite_doc *d);
void vn_cite_doc_free(struct vn_cite_doc *d);
/* Drop the records and start document `id`. */
void vn_cite_doc_start(struct vn_cite_doc *d, const char *id);
/* Find and keep the citations of one line (lineno within the document). */
void vn_cite_doc_add_line(struct vn_cite_doc *d, const char *line, size_t len, unsigned long lineno);
/* Give each short form the id and fields of the full citation of the same
 * type and number (and year, when given) nearest to it; drop the short
 * forms that count only when resolved (cite.h, weak) and are not. */
void vn_cite_doc_resolve(struct vn_cite_doc *d);
/* Keep the first record of each distinct citation, with the number of its
 * mentions in `count` and the date and issuer any mention gives. */
void vn_cite_doc_unique(struct vn_cite_doc *d);

#endif
