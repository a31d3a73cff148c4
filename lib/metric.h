/* Finding the figures of a report in a line of text: percentages, counts
 * with their unit noun, ratios, ranks and rank changes, changes from one
 * value to another, amounts of money and durations (PIPELINE.md section 2,
 * GUIDELINES.md "Metrics"). Years, dates, times, document numbers,
 * labels, ordinals, idioms, phone numbers and the numbers inside
 * citations are not metrics and are skipped. */
#ifndef VN_METRIC_H
#define VN_METRIC_H

#include <stddef.h>

/* One metric. Absent numbers are NAN, an absent year is 0; unit and
 * subject are NULL when absent and are valid only during the callback. */
struct vn_metric {
	size_t start, end; /* byte offsets of the matched span in the line */
	const char *kind;  /* "percent", "count", "ratio", "rank", ... */
	double value, low, high, of, from, to;
	const char *unit;
	size_t unit_len;
	const char *subject;
	size_t subject_len;
	int year;
};

typedef void vn_metric_fn(const struct vn_metric *m, void *arg);

struct vn_metric_scanner;

struct vn_metric_scanner *vn_metric_scanner_new(void);
void vn_metric_scanner_free(struct vn_metric_scanner *sc);

/* Find the metrics of one line s[0..len) and call fn for each, in order.
 * A line that continues the previous one's sentence (the previous line
 * had no sentence end and this one starts in lower case) keeps its year. */
void vn_metric_scan_line(struct vn_metric_scanner *sc, const char *s, size_t len,
                         vn_metric_fn *fn, void *arg);

struct vn_line;
/* Write m, found in line, as one JSON Lines record to the output
 * (metricjson.c). */
void vn_metric_write_json(const struct vn_line *line, const struct vn_metric *m);

/* Forget the previous line (call at a document boundary). */
void vn_metric_scanner_reset(struct vn_metric_scanner *sc);

#endif
