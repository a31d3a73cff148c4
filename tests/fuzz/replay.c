/* Runs a fuzz harness without libFuzzer: each file named on the command
 * line is passed once to LLVMFuzzerTestOneInput, in a buffer of exactly
 * its size (as libFuzzer does, so that a read one byte too far is caught
 * under SANITIZE=1 or valgrind). `make test` builds one of these per
 * harness with the normal compiler and replays the seeds and regressions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static uint8_t *
read_file(const char *name, size_t *size)
{
	FILE *fp = fopen(name, "rb");
	uint8_t *data = NULL;
	size_t len = 0, cap = 0, n;

	if (!fp) {
		perror(name);
		exit(2);
	}
	do {
		if (len == cap) {
			cap = cap ? 2 * cap : 4096;
			data = realloc(data, cap);
			if (!data)
				abort();
		}
		n = fread(data + len, 1, cap - len, fp);
		len += n;
	} while (n > 0);
	if (ferror(fp)) {
		perror(name);
		exit(2);
	}
	fclose(fp);
	uint8_t *exact = malloc(len ? len : 1);
	if (!exact)
		abort();
	memcpy(exact, data, len);
	free(data);
	*size = len;
	return exact;
}

int
main(int argc, char *argv[])
{
	for (int i = 1; i < argc; i++) {
		size_t size;
		uint8_t *data = read_file(argv[i], &size);
		fprintf(stderr, "replay: %s (%zu bytes)\n", argv[i], size);
		LLVMFuzzerTestOneInput(data, size);
		free(data);
	}
	return 0;
}
