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
/* Unsigned decimal. */
void vn_out_ulong(unsigned long v);
/* Write whatever is buffered now (before a long pause, or before stderr). */
void vn_out_flush(void);
/* Flush and close stdout; returns VN_EXIT_OK or VN_EXIT_DATA after a
 * message. Call once, at the end of main. */
int vn_out_close(void);

#endif
