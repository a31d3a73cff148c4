/* What every tool's main() shares: --version, and the -v summary line. */
#ifndef VN_CLI_H
#define VN_CLI_H

#include "reader.h"

#define VN_VERSION "0.1.0"

/* Long options every tool accepts, to put in its getopt_long table. */
enum { VN_OPT_HELP = 0x100, VN_OPT_VERSION };
#define VN_COMMON_LONG_OPTIONS                                  \
	{"help", no_argument, NULL, VN_OPT_HELP},               \
	{"version", no_argument, NULL, VN_OPT_VERSION},         \
	{"verbose", no_argument, NULL, 'v'}

/* Set the program name and start the clock for the -v summary. */
void vn_cli_start(const char *argv0);
/* Print "TOOL (vnpipe) VERSION", then the line more (when not NULL), to
 * stdout and exit 0. */
void vn_cli_version(const char *more) __attribute__((noreturn));
/* Print the usage text to stdout and exit 0 (for --help). */
void vn_cli_help(const char *text) __attribute__((noreturn));
/* "TOOL: N documents, N lines, N records, S s" to stderr. */
void vn_cli_summary(const struct vn_reader *r, unsigned long records);
/* The end of every tool's main(): free the reader, print the summary when
 * verbose, close the output; returns the exit status (1 when the output
 * could not be written or a data error was reported, else 0). */
int vn_cli_finish(struct vn_reader *r, unsigned long records, int verbose);

#endif
