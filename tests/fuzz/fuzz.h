/* What every fuzz harness (tests/fuzz/fuzz_NAME.c) shares.
 *
 * A harness is one function, LLVMFuzzerTestOneInput, that feeds the bytes
 * it is given to one library entry point and checks properties that must
 * hold for any input. It is built twice: with clang and libFuzzer by
 * `make fuzz`, and with the normal compiler and replay.c by `make test`,
 * which replays tests/fuzz/seeds/NAME/ and tests/fuzz/regressions/NAME/.
 * So a harness must compile warning-free with gcc and clang, and must not
 * keep state from one input to the next. See tests/FUZZING.md. */
#ifndef VN_FUZZ_H
#define VN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/types.h>
#include <unistd.h>

#include "output.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken property is a crash: libFuzzer saves the input that broke it,
 * and the replay test fails. */
#define FUZZ_ASSERT(cond)                                                        \
	do {                                                                     \
		if (!(cond)) {                                                   \
			fprintf(stderr, "%s:%d: property does not hold: %s\n",   \
			        __FILE__, __LINE__, #cond);                      \
			abort();                                                 \
		}                                                                \
	} while (0)

/* libFuzzer passes NULL for the empty input. The library's (pointer,
 * length) functions, like memcpy, want a real pointer even for length 0
 * (the tools always have one; clang's UBSan reports NULL + 0), so
 * harnesses take their bytes through this. An empty struct vn_buf has a
 * NULL data pointer too: test it with fuzz_is_utf8, not directly. */
static inline const char *
fuzz_bytes(const uint8_t *data)
{
	return data ? (const char *)data : "";
}

/* True when s[0..len) is valid UTF-8 (s may be NULL when len is 0). */
static inline int
fuzz_is_utf8(const char *s, size_t len)
{
	return len == 0 || vn_utf8_valid_prefix(s, len) == len;
}

/* The library writes records and tables to standard output (output.h).
 * fuzz_stdout_begin() points descriptor 1 at an in-memory file (once) and
 * empties it; fuzz_stdout_end() returns what was written since, as a
 * NUL-terminated malloc'ed string (free it) and its length. */
static inline void
fuzz_stdout_begin(void)
{
	static int ready;

	if (!ready) {
		int fd = memfd_create("fuzz-stdout", 0);
		if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
			abort();
		close(fd);
		ready = 1;
	}
	if (ftruncate(STDOUT_FILENO, 0) != 0 || lseek(STDOUT_FILENO, 0, SEEK_SET) != 0)
		abort();
}

static inline char *
fuzz_stdout_end(size_t *len)
{
	vn_out_flush();
	off_t n = lseek(STDOUT_FILENO, 0, SEEK_CUR);
	char *text = malloc((size_t)n + 1);
	if (n < 0 || !text || pread(STDOUT_FILENO, text, (size_t)n, 0) != n)
		abort();
	text[n] = '\0';
	*len = (size_t)n;
	return text;
}

#endif
