/* Buffered standard output whose errors are never lost.
 *
 * Output goes out in large blocks. A write error (a full disk, /dev/full)
 * is reported once and makes the tool exit VN_EXIT_DATA; a closed pipe
 * (`| head`) ends the tool quietly, as SIGPIPE does for cat. */
#ifndef VN_OUTPUT_H
#define VN_OUTPUT_H

#include <stddef.h>

void vn_out_write(const void *buf, size_t len);
void vn_out_putc(char c);
void vn_out_str(const char *s);
/* Room for n bytes (at most VN_OUT_ROOM_MAX) at the end of the output:
 * write there, then vn_out_commit how many were written. A small piece
 * (a JSON key and its value) is built in place instead of in a buffer of
 * its own and copied. */
enum { VN_OUT_ROOM_MAX = 256 };
char *vn_out_room(size_t n);
void vn_out_commit(size_t n);
/* Unsigned decimal. */
void vn_out_ulong(unsigned long v);
/* Write whatever is buffered now (before a long pause, or before stderr). */
void vn_out_flush(void);
/* Flush and close stdout; returns VN_EXIT_OK or VN_EXIT_DATA after a
 * message. Call once, at the end of main. */
int vn_out_close(void);

#endif
