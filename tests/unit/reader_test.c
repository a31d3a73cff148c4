/* Unit tests for lib/reader.c where its blocks end: the reader reads its
 * operands in blocks and hands lines out in place, so a line can start in
 * one block and end in the next, outgrow the block, or end the file
 * without LF. A small first_block puts those cases in a few bytes: the
 * first read(2) asks for first_block - 1 bytes (one is kept for a NUL). */
#include "check.h"

#include <sys/mman.h>
#include <unistd.h>

#include "reader.h"

/* A file holding s[0..len), named as the tools are given their operands. */
static char *
file_with(const char *s, size_t len)
{
	static char paths[8][64];
	static int n;
	char *path = paths[n++ % 8];
	int fd = memfd_create("reader-test", 0);

	if (fd < 0 || write(fd, s, len) != (ssize_t)len) {
		perror("reader_test");
		_exit(2);
	}
	snprintf(path, sizeof paths[0], "/proc/self/fd/%d", fd);
	return path;
}

static void
start(struct vn_reader *r, int n, char **files, int flags, size_t first_block)
{
	vn_reader_init(r, n, files, flags);
	r->first_block = first_block;
}

/* The next line is want (wantlen bytes) with these ends, NUL-terminated. */
static int
next_is(struct vn_reader *r, const char *want, size_t wantlen, int had_newline, int had_cr)
{
	struct vn_line line;

	return vn_reader_next(r, &line) && line.len == wantlen &&
	       memcmp(line.text, want, wantlen) == 0 && line.text[line.len] == '\0' &&
	       line.had_newline == had_newline && line.had_cr == had_cr;
}

static int
at_end(struct vn_reader *r)
{
	struct vn_line line;
	int end = !vn_reader_next(r, &line);

	vn_reader_free(r);
	return end;
}

#define NEXT_IS(r, want, had_newline, had_cr) \
	next_is((r), (want), sizeof(want) - 1, (had_newline), (had_cr))

static void
lines_across_every_boundary(void)
{
	static const char text[] = "Xã Tân Phú, huyện Định Quán\n\nđạt 80,5%\r\nhồ sơ";
	char *file = file_with(text, sizeof text - 1);
	int all_ok = 1;

	for (size_t block = 2; block <= sizeof text + 1; block++) {
		struct vn_reader r;
		start(&r, 1, &file, 0, block);
		int ok = NEXT_IS(&r, "Xã Tân Phú, huyện Định Quán", 1, 0) && NEXT_IS(&r, "", 1, 0) &&
		         NEXT_IS(&r, "đạt 80,5%", 1, 1) && NEXT_IS(&r, "hồ sơ", 0, 0) && at_end(&r);
		if (!ok)
			printf("# wrong lines with a first block of %zu bytes\n", block);
		all_ok &= ok;
	}
	CHECK(all_ok, "lines are the same wherever the blocks end, a last line without LF too");
}

static void
line_longer_than_the_block(void)
{
	static const char unit[] = "thủ tục hành chính một cửa ";
	char text[100 * sizeof unit + 8];
	size_t len = 0;

	for (int i = 0; i < 100; i++) {
		memcpy(text + len, unit, sizeof unit - 1);
		len += sizeof unit - 1;
	}
	size_t long_len = len;
	memcpy(text + len, "\nsau\n", 5);
	len += 5;
	char *file = file_with(text, len);
	struct vn_reader r;
	start(&r, 1, &file, 0, 16);
	CHECK(next_is(&r, text, long_len, 1, 0) && NEXT_IS(&r, "sau", 1, 0) && at_end(&r),
	      "a line of %zu bytes outgrows a first block of 16 and the next line follows", long_len);
}

static void
cr_and_lf_in_two_blocks(void)
{
	/* A first block of 8: the first read ends at the CR, the LF comes
	 * with the next read. */
	static const char text[] = "abcdef\r\nghi\r\n";
	char *file = file_with(text, sizeof text - 1);
	struct vn_reader r;

	start(&r, 1, &file, 0, 8);
	CHECK(NEXT_IS(&r, "abcdef", 1, 1) && NEXT_IS(&r, "ghi", 1, 1) && at_end(&r),
	      "a CR at the end of a block and its LF in the next are one CRLF");
	start(&r, 1, &file, VN_READ_RAW, 8);
	CHECK(NEXT_IS(&r, "abcdef\r", 1, 0) && NEXT_IS(&r, "ghi\r", 1, 0) && at_end(&r),
	      "VN_READ_RAW keeps that CR");
}

static void
cr_without_lf_is_kept(void)
{
	static const char text[] = "ab\r";
	char *file = file_with(text, sizeof text - 1);
	struct vn_reader r;

	start(&r, 1, &file, 0, 3);
	CHECK(NEXT_IS(&r, "ab\r", 0, 0) && at_end(&r), "a CR that ends the file is part of the line");
}

static void
nul_bytes_across_blocks(void)
{
	static const char text[] = "a\0b\0c\0d\n\0\n";
	char *file = file_with(text, sizeof text - 1);
	struct vn_reader r;

	start(&r, 1, &file, 0, 4);
	CHECK(NEXT_IS(&r, "a\0b\0c\0d", 1, 0) && NEXT_IS(&r, "\0", 1, 0) && at_end(&r),
	      "NUL bytes stay in lines that cross blocks");
}

static void
character_split_by_a_block(void)
{
	/* "Đạt": the block of 3 ends inside Đ, the next one inside ạ. */
	static const char text[] = "\xC4\x90\xE1\xBA\xA1t\n";
	char *file = file_with(text, sizeof text - 1);
	struct vn_reader r;
	struct vn_line line;

	start(&r, 1, &file, VN_READ_UTF8 | VN_READ_STRICT, 3);
	int ok = vn_reader_next(&r, &line) && line.invalid_bytes == 0 && line.len == 6 &&
	         memcmp(line.text, text, 6) == 0;
	CHECK(ok && at_end(&r), "a character split between blocks is valid UTF-8");
}

static void
second_operand_starts_afresh(void)
{
	static const char one[] = "x\ny", two[] = "z\n";
	char *files[] = {file_with(one, sizeof one - 1), file_with(two, sizeof two - 1)};
	struct vn_reader r;
	struct vn_line line;

	start(&r, 2, files, 0, 4);
	int ok = vn_reader_next(&r, &line) && line.is_synthetic && NEXT_IS(&r, "x", 1, 0) &&
	         NEXT_IS(&r, "y", 0, 0) && vn_reader_next(&r, &line) && line.is_synthetic &&
	         vn_reader_next(&r, &line) && line.len == 1 && line.text[0] == 'z' &&
	         line.fileline == 1 && line.lineno == 1;
	CHECK(ok && at_end(&r), "the next file's lines start after its marker, numbered from 1");
}

static void
pipe_line_is_not_held(void)
{
	int fds[2];
	struct vn_reader r;

	if (pipe(fds) != 0 || dup2(fds[0], STDIN_FILENO) < 0) {
		perror("reader_test");
		_exit(2);
	}
	/* The write end stays open: a reader that waited to fill its block
	 * would wait for ever; the alarm turns that into a failure. */
	alarm(10);
	vn_reader_init(&r, 0, NULL, 0);
	static const char first[] = "dòng một\n";
	CHECK(write(fds[1], first, sizeof first - 1) == sizeof first - 1 &&
	          NEXT_IS(&r, "dòng một", 1, 0),
	      "a complete line from a pipe comes out before the pipe has more");
	CHECK(write(fds[1], "hai", 3) == 3 && close(fds[1]) == 0 && NEXT_IS(&r, "hai", 0, 0) &&
	      at_end(&r), "and the rest when the pipe is closed");
	alarm(0);
}

int
main(void)
{
	lines_across_every_boundary();
	line_longer_than_the_block();
	cr_and_lf_in_two_blocks();
	cr_without_lf_is_kept();
	nul_bytes_across_blocks();
	character_split_by_a_block();
	second_operand_starts_afresh();
	pipe_line_is_not_held();
	return check_done();
}
