#include "output.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"

enum { VN_OUT_BUFSIZE = 1 << 16 };

static char out_buf[VN_OUT_BUFSIZE];
static size_t out_len;
static int out_failed; /* a write error was reported; drop further output */

static void
out_write_fd(const char *p, size_t n)
{
	while (n > 0 && !out_failed) {
		ssize_t w = write(STDOUT_FILENO, p, n);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE) {
				/* The reader went away: end as cat would, even when
				 * SIGPIPE was ignored by whoever started us. */
				signal(SIGPIPE, SIG_DFL);
				raise(SIGPIPE);
				_exit(VN_EXIT_DATA);
			}
			vn_error("write error:");
			out_failed = 1;
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

void
vn_out_flush(void)
{
	out_write_fd(out_buf, out_len);
	out_len = 0;
}

void
vn_out_write(const void *buf, size_t len)
{
	if (out_failed)
		return;
	if (len > sizeof out_buf - out_len) {
		vn_out_flush();
		if (len >= sizeof out_buf) {
			out_write_fd(buf, len);
			return;
		}
	}
	memcpy(out_buf + out_len, buf, len);
	out_len += len;
}

char *
vn_out_room(size_t n)
{
	static char dropped[VN_OUT_ROOM_MAX]; /* after a write error */

	if (n > sizeof out_buf - out_len)
		vn_out_flush();
	return out_failed ? dropped : out_buf + out_len;
}

void
vn_out_commit(size_t n)
{
	if (!out_failed)
		out_len += n;
}

void
vn_out_putc(char c)
{
	if (out_len == sizeof out_buf)
		vn_out_flush();
	out_buf[out_len++] = c;
}

void
vn_out_str(const char *s)
{
	vn_out_write(s, strlen(s));
}

void
vn_out_ulong(unsigned long v)
{
	char digits[24];
	size_t i = sizeof digits;

	do {
		digits[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	vn_out_write(digits + i, sizeof digits - i);
}

int
vn_out_close(void)
{
	vn_out_flush();
	if (!out_failed && close(STDOUT_FILENO) < 0 && errno != EBADF) {
		vn_error("write error:");
		out_failed = 1;
	}
	return out_failed ? VN_EXIT_DATA : VN_EXIT_OK;
}
