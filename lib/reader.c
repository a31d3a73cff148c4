#include "reader.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "diag.h"
#include "utf8.h"

static const char stdin_name[] = "-";

void
vn_reader_init(struct vn_reader *r, int argc, char **argv, int flags)
{
	static char *stdin_only[] = {(char *)stdin_name};

	memset(r, 0, sizeof *r);
	r->operands = argc > 0 ? argv : stdin_only;
	r->noperands = argc > 0 ? argc : 1;
	r->flags = flags;
	r->synth_markers = argc >= 2;
}

void
vn_reader_free(struct vn_reader *r)
{
	if (r->fp && r->fp != stdin)
		fclose(r->fp);
	free(r->raw);
	free(r->doc);
	vn_buf_free(&r->fixed);
	vn_buf_free(&r->marker);
	r->fp = NULL;
	r->raw = NULL;
	r->doc = NULL;
}

int
vn_is_newdoc(const char *s, size_t len, const char **id, size_t *idlen)
{
	static const char prefix[] = "# newdoc";
	const size_t plen = sizeof prefix - 1;

	if (len < plen || memcmp(s, prefix, plen) != 0)
		return 0;
	if (len > plen && s[plen] != ' ' && s[plen] != '\t')
		return 0;
	if (id) {
		const char *p = s + plen, *end = s + len;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (end - p >= 2 && p[0] == 'i' && p[1] == 'd') {
			const char *q = p + 2;
			while (q < end && (*q == ' ' || *q == '\t'))
				q++;
			if (q < end && *q == '=') {
				q++;
				while (q < end && (*q == ' ' || *q == '\t'))
					q++;
				p = q;
			}
		}
		while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		*id = p;
		*idlen = (size_t)(end - p);
	}
	return 1;
}

static void
set_doc(struct vn_reader *r, const char *id, size_t len)
{
	free(r->doc);
	r->doc = vn_xstrndup(id, len);
	r->lineno = 0;
	r->ndocs++;
}

/* Open the next operand that can be opened; 0 when none is left. */
static int
open_next(struct vn_reader *r)
{
	while (r->next_operand < r->noperands) {
		const char *name = r->operands[r->next_operand++];

		if (strcmp(name, "-") == 0) {
			r->fp = stdin;
		} else if (!(r->fp = fopen(name, "r"))) {
			vn_error("%s:", name);
			continue;
		}
		r->file = name;
		r->fileline = 0;
		set_doc(r, name, strlen(name));
		return 1;
	}
	return 0;
}

static void
close_current(struct vn_reader *r)
{
	if (ferror(r->fp))
		vn_error("%s: read error:", r->file);
	if (r->fp == stdin)
		clearerr(stdin);
	else
		fclose(r->fp);
	r->fp = NULL;
}

static void
fill_common(struct vn_reader *r, struct vn_line *line)
{
	static unsigned long serial;

	line->file = r->file;
	line->doc = r->doc;
	line->fileline = r->fileline;
	line->serial = ++serial;
}

int
vn_reader_next(struct vn_reader *r, struct vn_line *line)
{
	memset(line, 0, sizeof *line);
	for (;;) {
		if (!r->fp) {
			if (!open_next(r))
				return 0;
			if (r->synth_markers) {
				vn_buf_clear(&r->marker);
				vn_buf_append(&r->marker, "# newdoc id = ", 14);
				vn_buf_append(&r->marker, r->file, strlen(r->file));
				fill_common(r, line);
				line->text = r->marker.data;
				line->len = r->marker.len;
				line->is_marker = 1;
				line->is_synthetic = 1;
				line->had_newline = 1;
				return 1;
			}
		}
		errno = 0;
		ssize_t n = getline(&r->raw, &r->rawcap, r->fp);
		if (n < 0) {
			close_current(r);
			continue;
		}
		r->fileline++;
		size_t len = (size_t)n;
		if (len > 0 && r->raw[len - 1] == '\n') {
			line->had_newline = 1;
			len--;
			if (len > 0 && r->raw[len - 1] == '\r' && !(r->flags & VN_READ_RAW)) {
				line->had_cr = 1;
				len--;
			}
		}
		r->raw[len] = '\0';
		line->text = r->raw;
		line->len = len;

		/* Markers too: their id becomes every record's `doc`, and an
		 * invalid byte there would make the record invalid JSON. */
		if (r->flags & VN_READ_UTF8) {
			size_t ok = vn_utf8_valid_prefix(r->raw, len);
			if (ok < len) {
				vn_buf_clear(&r->fixed);
				vn_buf_append(&r->fixed, r->raw, ok);
				line->invalid_bytes = vn_utf8_repair(r->raw + ok, len - ok, &r->fixed);
				line->text = r->fixed.data;
				line->len = r->fixed.len;
				if (r->flags & VN_READ_STRICT)
					vn_error_at(r->file, r->fileline,
					            "invalid UTF-8: %zu byte(s) replaced by U+FFFD",
					            line->invalid_bytes);
				else
					vn_warn_at(r->file, r->fileline,
					           "invalid UTF-8: %zu byte(s) replaced by U+FFFD",
					           line->invalid_bytes);
			}
		}
		const char *id;
		size_t idlen;
		if (vn_is_newdoc(line->text, line->len, &id, &idlen)) {
			if (r->lineno == 0 && r->ndocs > 0)
				r->ndocs--; /* the document just opened held nothing */
			set_doc(r, id, idlen);
			line->is_marker = 1;
			fill_common(r, line);
			return 1;
		}
		r->lineno++;
		r->nlines++;
		fill_common(r, line);
		line->lineno = r->lineno;
		return 1;
	}
}
