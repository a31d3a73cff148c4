#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "diag.h"
#include "output.h"

static struct timespec started;

void
vn_cli_start(const char *argv0)
{
	vn_set_progname(argv0);
	clock_gettime(CLOCK_MONOTONIC, &started);
}

void
vn_cli_version(const char *more)
{
	printf("%s (vnpipe) %s\n", vn_progname, VN_VERSION);
	if (more)
		printf("%s\n", more);
	exit(fflush(stdout) || ferror(stdout) ? VN_EXIT_DATA : VN_EXIT_OK);
}

void
vn_cli_help(const char *text)
{
	fputs(text, stdout);
	exit(fflush(stdout) || ferror(stdout) ? VN_EXIT_DATA : VN_EXIT_OK);
}

void
vn_cli_summary(const struct vn_reader *r, unsigned long records)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	double secs = (double)(now.tv_sec - started.tv_sec) +
	              (double)(now.tv_nsec - started.tv_nsec) / 1e9;
	fprintf(stderr, "%s: %lu documents, %lu lines, %lu records, %.2f s\n", vn_progname,
	        r->ndocs, r->nlines, records, secs);
}

int
vn_cli_finish(struct vn_reader *r, unsigned long records, int verbose)
{
	vn_reader_free(r);
	if (verbose)
		vn_cli_summary(r, records);
	int status = vn_out_close();
	return status ? status : vn_exit_status;
}
