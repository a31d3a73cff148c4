#include "citedoc.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "citeparse.h"
#include "doctype.h"
#include "utf8.h"

void
vn_cite_doc_init(struct vn_cite_doc *d)
{
	memset(d, 0, sizeof *d);
	vn_nfc_text_init(&d->nfc);
}

static void
drop_records(struct vn_cite_doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		vn_cite_free(&d->v[i]);
	d->n = 0;
}

void
vn_cite_doc_free(struct vn_cite_doc *d)
{
	drop_records(d);
	free(d->v);
	free(d->id);
	free(d->line_records);
	vn_nfc_text_free(&d->nfc);
	vn_cite_matches_free(&d->matches);
	vn_cite_doc_init(d);
}

void
vn_cite_doc_start(struct vn_cite_doc *d, const char *id)
{
	drop_records(d);
	free(d->id);
	d->id = id ? vn_xstrndup(id, strlen(id)) : NULL;
}

static void
append(struct vn_cite_doc *d, const struct vn_cite *c)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->v = vn_xrealloc(d->v, d->cap * sizeof *d->v);
	}
	d->v[d->n++] = *c;
}

void
vn_cite_doc_add_line(struct vn_cite_doc *d, const char *line, size_t len, unsigned long lineno)
{
	const char *text = vn_nfc_text_set(&d->nfc, line, len);
	size_t n;

	vn_cite_scan(text, d->nfc.len, &d->matches);
	n = d->matches.n;
	if (n == 0)
		return;
	if (n > d->line_cap) {
		d->line_cap = n;
		d->line_records = vn_xrealloc(d->line_records, n * sizeof *d->line_records);
	}
	vn_cite_parse_line(text, d->nfc.len, d->matches.v, n, d->line_records);

	/* Code-point offsets, counted on from the previous record so that a
	 * long line with many citations is read once. */
	size_t counted_bytes = 0, counted_cps = 0;
	for (size_t k = 0; k < n; k++) {
		struct vn_cite *c = &d->line_records[k];
		size_t a = vn_nfc_text_source(&d->nfc, d->matches.v[k].span.start);
		size_t b = vn_nfc_text_source(&d->nfc, d->matches.v[k].span.end);
		counted_cps += vn_utf8_count(line + counted_bytes, a - counted_bytes);
		counted_bytes = a;
		c->line = lineno;
		c->start = counted_cps;
		c->end = counted_cps + vn_utf8_count(line + a, b - a);
		c->text = vn_xstrndup(line + a, b - a);
		c->text_len = b - a;
		append(d, c);
	}
}

static char *
dup_or_null(const char *s)
{
	return s ? vn_xstrndup(s, strlen(s)) : NULL;
}

static void
set_string(char **dst, const char *src)
{
	free(*dst);
	*dst = dup_or_null(src);
}

/* Document numbers compare without their leading zeros ("Chỉ thị 5" is
 * 05-CT/TW) and without regard to the case of a letter (30c, 30C). */
static char *
number_key(const char *number)
{
	while (number[0] == '0' && number[1] != '\0')
		number++;
	char *k = vn_xstrndup(number, strlen(number));
	for (char *p = k; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p + 32);
	return k;
}

struct keyed {
	char *key;
	size_t index;
};

static int
by_key(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (c)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

static int
same(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* A field any full mention of id gives, when the chosen one does not. */
static const char *
first_issuer_name(const struct vn_cite_doc *d, const char *id)
{
	for (size_t i = 0; i < d->n; i++)
		if (!d->v[i].is_short && d->v[i].issuer_name && strcmp(d->v[i].id, id) == 0)
			return d->v[i].issuer_name;
	return NULL;
}

static const struct vn_date *
first_date(const struct vn_cite_doc *d, const char *id)
{
	for (size_t i = 0; i < d->n; i++)
		if (!d->v[i].is_short && d->v[i].date.year && strcmp(d->v[i].id, id) == 0)
			return &d->v[i].date;
	return NULL;
}

static void
take_full_form(struct vn_cite_doc *d, struct vn_cite *s, const struct vn_cite *f)
{
	const char *name = f->issuer_name ? f->issuer_name : first_issuer_name(d, f->id);
	const struct vn_date *date = f->date.year ? &f->date : first_date(d, f->id);

	set_string(&s->id, f->id);
	set_string(&s->type_code, f->type_code);
	set_string(&s->number, f->number);
	set_string(&s->issuer, f->issuer);
	s->system = f->system;
	s->type = f->type;
	s->year = f->year;
	if (name)
		set_string(&s->issuer_name, name);
	if (date)
		s->date = *date;
	s->weak = 0;
	s->is_short = 0; /* it now stands for the full citation */
}

/* Drop the records marked with count 0, keeping the order. */
static void
compact(struct vn_cite_doc *d)
{
	size_t w = 0;

	for (size_t i = 0; i < d->n; i++) {
		if (d->v[i].count == 0) {
			vn_cite_free(&d->v[i]);
			continue;
		}
		d->v[w++] = d->v[i];
	}
	d->n = w;
}

void
vn_cite_doc_resolve(struct vn_cite_doc *d)
{
	struct keyed *full = vn_xmalloc((d->n + 1) * sizeof *full);
	size_t nfull = 0;

	for (size_t i = 0; i < d->n; i++) {
		d->v[i].count = 1;
		if (!d->v[i].is_short && d->v[i].type && d->v[i].number) {
			full[nfull].key = number_key(d->v[i].number);
			full[nfull].index = i;
			nfull++;
		}
	}
	qsort(full, nfull, sizeof *full, by_key);

	for (size_t i = 0; i < d->n; i++) {
		struct vn_cite *s = &d->v[i];
		if (!s->is_short)
			continue;
		struct keyed probe = {number_key(s->number), 0};
		int year_given = strchr(s->id, '/') != NULL;
		/* The first full form with this number, then the nearest that
		 * agrees on type and year. */
		size_t lo = 0, hi = nfull;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (strcmp(full[mid].key, probe.key) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		const struct vn_cite *best = NULL;
		size_t best_distance = 0;
		for (size_t k = lo; k < nfull && strcmp(full[k].key, probe.key) == 0; k++) {
			const struct vn_cite *f = &d->v[full[k].index];
			if (!same(f->type, s->type) || (year_given && f->year != s->year))
				continue;
			size_t distance = full[k].index > i ? full[k].index - i : i - full[k].index;
			if (!best || distance < best_distance) {
				best = f;
				best_distance = distance;
			}
		}
		free(probe.key);
		if (best)
			take_full_form(d, s, best);
		else if (s->weak)
			s->count = 0;
	}
	for (size_t k = 0; k < nfull; k++)
		free(full[k].key);
	free(full);
	compact(d);
}

/* What makes two records one citation: the id, and for a short form that
 * nothing resolved (id "57") also its type (Nghị quyết 57, Kết luận 57). */
static char *
unique_key(const struct vn_cite *c)
{
	struct vn_buf b = {0};

	vn_buf_append(&b, c->id, strlen(c->id));
	if (c->is_short && c->type) {
		vn_buf_putc(&b, '\t');
		vn_buf_append(&b, c->type, strlen(c->type));
	}
	char *k = vn_xstrndup(b.data, b.len);
	vn_buf_free(&b);
	return k;
}

void
vn_cite_doc_unique(struct vn_cite_doc *d)
{
	struct keyed *keys = vn_xmalloc((d->n + 1) * sizeof *keys);

	for (size_t i = 0; i < d->n; i++) {
		keys[i].key = unique_key(&d->v[i]);
		keys[i].index = i;
		d->v[i].count = 0;
	}
	qsort(keys, d->n, sizeof *keys, by_key);
	for (size_t k = 0; k < d->n;) {
		struct vn_cite *first = &d->v[keys[k].index];
		size_t g = k;
		for (; g < d->n && strcmp(keys[g].key, keys[k].key) == 0; g++) {
			const struct vn_cite *c = &d->v[keys[g].index];
			if (!first->date.year && c->date.year)
				first->date = c->date;
			if (!first->year && c->year)
				first->year = c->year;
			if (!first->issuer_name && c->issuer_name)
				first->issuer_name = dup_or_null(c->issuer_name);
		}
		first->count = g - k;
		k = g;
	}
	for (size_t i = 0; i < d->n; i++)
		free(keys[i].key);
	free(keys);
	compact(d);
}
