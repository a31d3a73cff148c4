/* Diagnostics and the exit-code convention shared by every vnpipe tool. */
#ifndef VN_DIAG_H
#define VN_DIAG_H

#include <stdarg.h>

enum {
	VN_EXIT_OK = 0,    /* success */
	VN_EXIT_DATA = 1,  /* a data or I/O error happened; the tool went on */
	VN_EXIT_USAGE = 2, /* bad options or operands */
};

/* Program name used as the prefix of every message; set once from argv[0]. */
extern const char *vn_progname;
void vn_set_progname(const char *argv0);

/* Exit status the tool ends with: raised to VN_EXIT_DATA by vn_error*. */
extern int vn_exit_status;

/* "TOOL: message" to stderr. A format ending in ':' appends strerror(errno). */
void vn_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* As vn_warn, and the tool will exit VN_EXIT_DATA. */
void vn_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* As vn_warn, then exit(VN_EXIT_DATA) at once. */
void vn_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* "TOOL: FILE:LINE: message"; vn_error_at also sets the exit status. */
void vn_warn_at(const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void vn_error_at(const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Print "TOOL: message" and "Try 'TOOL --help'." and exit VN_EXIT_USAGE. */
void vn_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
