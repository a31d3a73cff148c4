/* A minimal TAP producer for the C unit tests: CHECK(cond, name) prints
 * "ok N - name" or "not ok N - name"; check_done() returns the exit status. */
#ifndef VN_CHECK_H
#define VN_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_count, check_failed;

#define CHECK(cond, ...)                                                      \
	do {                                                                  \
		int check_ok_ = (cond);                                       \
		printf("%s %d - ", check_ok_ ? "ok" : "not ok", ++check_count); \
		printf(__VA_ARGS__);                                          \
		printf("\n");                                                 \
		if (!check_ok_) {                                             \
			check_failed++;                                       \
			printf("#   at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
		}                                                             \
	} while (0)

/* Compare a byte string with explicit length to a C string. */
#define CHECK_BYTES(got, gotlen, want, ...) \
	CHECK((gotlen) == strlen(want) && memcmp((got), (want), (gotlen)) == 0, __VA_ARGS__)

static inline int
check_done(void)
{
	return check_failed ? 1 : 0;
}

#endif
