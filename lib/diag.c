#include "diag.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *vn_progname = "vnpipe";
int vn_exit_status = VN_EXIT_OK;

void
vn_set_progname(const char *argv0)
{
	const char *slash = argv0 ? strrchr(argv0, '/') : NULL;

	if (argv0 && *argv0)
		vn_progname = slash ? slash + 1 : argv0;
}

/* The one place messages are formatted: prefix, optional FILE:LINE, text,
 * and strerror(errno) when the format ends in ':' (the sbase convention). */
static void
vn_vmessage(const char *file, unsigned long line, const char *fmt, va_list ap)
{
	int saved_errno = errno;
	size_t n = strlen(fmt);

	fflush(stdout);
	fprintf(stderr, "%s: ", vn_progname);
	if (file)
		fprintf(stderr, "%s:%lu: ", file, line);
	vfprintf(stderr, fmt, ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved_errno));
	fputc('\n', stderr);
}

void
vn_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vn_vmessage(NULL, 0, fmt, ap);
	va_end(ap);
}

void
vn_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vn_vmessage(NULL, 0, fmt, ap);
	va_end(ap);
	vn_exit_status = VN_EXIT_DATA;
}

void
vn_die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vn_vmessage(NULL, 0, fmt, ap);
	va_end(ap);
	exit(VN_EXIT_DATA);
}

void
vn_warn_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vn_vmessage(file, line, fmt, ap);
	va_end(ap);
}

void
vn_error_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vn_vmessage(file, line, fmt, ap);
	va_end(ap);
	vn_exit_status = VN_EXIT_DATA;
}

void
vn_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vn_vmessage(NULL, 0, fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", vn_progname);
	exit(VN_EXIT_USAGE);
}
