#include "reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

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
	r->fd = -1;
	r->first_block = VN_READ_BLOCK;
}

static int
reading_stdin(const struct vn_reader *r)
{
	return strcmp(r->file, "-") == 0;
}

void
vn_reader_free(struct vn_reader *r)
{
	if (r->fd >= 0 && !reading_stdin(r))
		close(r->fd);
	free(r->block);
	free(r->doc);
	vn_buf_free(&r->fixed);
	vn_buf_free(&r->marker);
	r->fd = -1;
	r->block = NULL;
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
			r->fd = STDIN_FILENO;
		} else if ((r->fd = open(name, O_RDONLY)) < 0) {
			vn_error("%s:", name);
			continue;
		}
		r->file = name;
		r->fileline = 0;
		r->at_eof = 0;
		r->read_errno = 0;
		r->line_start = r->scanned = r->filled = 0;
		if (!r->block) {
			r->block_size = r->first_block;
			r->block = vn_xmalloc(r->block_size);
		}
		set_doc(r, name, strlen(name));
		return 1;
	}
	return 0;
}

static void
close_current(struct vn_reader *r)
{
	if (r->read_errno) {
		errno = r->read_errno;
		vn_error("%s: read error:", r->file);
	}
	if (!reading_stdin(r))
		close(r->fd);
	r->fd = -1;
}

/* Read more of the operand after the bytes in the block, keeping the part
 * of a line not yet handed out: moved to the front, the block doubled when
 * that part fills it. One read(2): on a pipe or terminal it returns what
 * is there, so a complete line is never held back waiting for more. */
static void
fill_block(struct vn_reader *r)
{
	if (r->line_start > 0) {
		memmove(r->block, r->block + r->line_start, r->filled - r->line_start);
		r->scanned -= r->line_start;
		r->filled -= r->line_start;
		r->line_start = 0;
	}
	if (r->filled + 1 >= r->block_size) {
		r->block_size *= 2;
		r->block = vn_xrealloc(r->block, r->block_size);
	}
	ssize_t n;
	do
		n = read(r->fd, r->block + r->filled, r->block_size - 1 - r->filled);
	while (n < 0 && errno == EINTR);
	if (n > 0) {
		r->filled += (size_t)n;
	} else {
		r->at_eof = 1;
		if (n < 0)
			r->read_errno = errno;
	}
}

/* The next line of the operand, in place in the block with its LF made a
 * NUL; 0 at the end of the operand. A last line without LF ends at the
 * spare byte. */
static int
next_raw_line(struct vn_reader *r, char **text, size_t *len, int *had_newline)
{
	for (;;) {
		char *line = r->block + r->line_start;
		char *nl = memchr(r->block + r->scanned, '\n', r->filled - r->scanned);

		if (nl) {
			*text = line;
			*len = (size_t)(nl - line);
			*had_newline = 1;
			r->line_start = r->scanned = (size_t)(nl + 1 - r->block);
			return 1;
		}
		r->scanned = r->filled;
		if (r->at_eof) {
			if (r->line_start == r->filled)
				return 0;
			*text = line;
			*len = r->filled - r->line_start;
			*had_newline = 0;
			r->line_start = r->filled;
			return 1;
		}
		fill_block(r);
	}
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
		if (r->fd < 0) {
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
		char *raw;
		size_t len;
		if (!next_raw_line(r, &raw, &len, &line->had_newline)) {
			close_current(r);
			continue;
		}
		r->fileline++;
		if (line->had_newline && len > 0 && raw[len - 1] == '\r' &&
		    !(r->flags & VN_READ_RAW)) {
			line->had_cr = 1;
			len--;
		}
		raw[len] = '\0';
		line->text = raw;
		line->len = len;

		/* Markers too: their id becomes every record's `doc`, and an
		 * invalid byte there would make the record invalid JSON. */
		if (r->flags & VN_READ_UTF8) {
			size_t ok = vn_utf8_valid_prefix(raw, len);
			if (ok < len) {
				vn_buf_clear(&r->fixed);
				vn_buf_append(&r->fixed, raw, ok);
				line->invalid_bytes = vn_utf8_repair(raw + ok, len - ok, &r->fixed);
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
