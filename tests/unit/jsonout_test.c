/* Unit tests for lib/jsonout.c: record provenance in code points. */
#include "check.h"

#include <stdlib.h>
#include <unistd.h>

#include "jsonout.h"
#include "output.h"

static FILE *capture_file;
static int saved_stdout;
static char captured[1024];

/* Send what vn_out writes to a temporary file instead of the TAP output. */
static void
capture_begin(void)
{
	fflush(stdout);
	capture_file = tmpfile();
	saved_stdout = dup(STDOUT_FILENO);
	dup2(fileno(capture_file), STDOUT_FILENO);
}

static const char *
capture_end(void)
{
	vn_out_flush();
	dup2(saved_stdout, STDOUT_FILENO);
	close(saved_stdout);
	rewind(capture_file);
	captured[fread(captured, 1, sizeof captured - 1, capture_file)] = '\0';
	fclose(capture_file);
	return captured;
}

static void
record(const struct vn_line *line, const char *span)
{
	size_t start = (size_t)(strstr(line->text, span) - line->text);

	vn_json_begin();
	vn_json_provenance(line, start, start + strlen(span));
	vn_json_end();
}

int
main(void)
{
	char text[64];
	struct vn_line line = {.text = text, .doc = "d", .file = "f", .lineno = 3, .fileline = 3};

	strcpy(text, "Năm 2023, đạt 80,5% và tăng 04 bậc");
	line.len = strlen(text);
	capture_begin();
	record(&line, "80,5%");
	record(&line, "04 bậc");
	record(&line, "2023"); /* a record earlier in the line comes last */
	/* The reader reads the next line into the same buffer. */
	strcpy(text, "Đạt 99% hồ sơ");
	line.len = strlen(text);
	line.lineno = line.fileline = 4;
	record(&line, "99%");
	const char *out = capture_end();

	CHECK(strcmp(out,
	             "{\"doc\":\"d\",\"line\":3,\"start\":14,\"end\":19,\"text\":\"80,5%\"}\n"
	             "{\"doc\":\"d\",\"line\":3,\"start\":28,\"end\":34,\"text\":\"04 bậc\"}\n"
	             "{\"doc\":\"d\",\"line\":3,\"start\":4,\"end\":8,\"text\":\"2023\"}\n"
	             "{\"doc\":\"d\",\"line\":4,\"start\":4,\"end\":7,\"text\":\"99%\"}\n") == 0,
	      "code-point offsets, in any order, and on a new line in the same buffer:\n%s", out);
	return check_done();
}
