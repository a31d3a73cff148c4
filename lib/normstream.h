/* vn-normalize over a stream: lines in, the same lines out (line N out is
 * line N in, `# newdoc` markers passed through as they are), documents
 * told apart by their markers, --from=auto decided per document, and the
 * per-document --report counts. */
#ifndef VN_NORMSTREAM_H
#define VN_NORMSTREAM_H

#include "buf.h"
#include "normalize.h"
#include "reader.h"

struct vn_normalizer {
	struct vn_norm_options opts; /* opts.from may be VN_ENC_AUTO */
	int report;                  /* per-document counts to stderr */
	int verbose;                 /* say what --from=auto chose */
	char *doc;                   /* id of the document under way, or NULL */
	enum vn_encoding enc;        /* its encoding */
	int holding;                 /* auto: lines held until the choice is made */
	struct vn_buf held_text;     /* their bytes, each line followed by '\n' */
	struct vn_buf held_meta;     /* a struct held_line for each */
	size_t held_lines;
	struct vn_norm_counts counts; /* this document's */
	unsigned long touched;        /* lines changed, over all documents */
	struct vn_norm_buffers bufs;
};

/* Start with the options of the command line. */
void vn_normalizer_init(struct vn_normalizer *n, const struct vn_norm_options *o, int report,
                        int verbose);

/* Take the next line from the reader; writes it (or, under --from=auto,
 * may hold it until the document's encoding is known). */
void vn_normalizer_line(struct vn_normalizer *n, const struct vn_line *line);

/* End of input: write what is held, report, free. */
void vn_normalizer_finish(struct vn_normalizer *n);

#endif
