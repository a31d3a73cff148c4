/* Synthetic cite-extract and metric-extract records (the JSON Lines of
 * PIPELINE.md section 2), for measuring to-tsv against jq and Miller on
 * the kind of stream it really reads. */
#ifndef GEN_RECORDS_H
#define GEN_RECORDS_H

#include "buf.h"
#include "rng.h"

/* The union of both record kinds' fields, in the order a table of both
 * would use; the harness passes it to to-tsv -f and jq. */
extern const char gen_record_fields[];

/* Append one record line (with its LF) for document doc, source line. */
void gen_cite_record(struct gen_rng *rng, const char *doc, unsigned long line,
                     struct vn_buf *out);
void gen_metric_record(struct gen_rng *rng, const char *doc, unsigned long line,
                       struct vn_buf *out);

/* Append s as a JSON string literal; gen_json_escape without the quotes. */
void gen_json_string(struct vn_buf *out, const char *s, size_t len);
void gen_json_escape(struct vn_buf *out, const char *s, size_t len);
/* Append printf output. */
void gen_printf(struct vn_buf *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
