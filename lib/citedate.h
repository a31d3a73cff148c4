/* Issue dates as Vietnamese texts write them after "ngày":
 * 08/11/2011, 8-11-2011, 08.11.2011, "08 tháng 11 năm 2011", with or
 * without spaces (ngày27-8-2010). */
#ifndef VN_CITEDATE_H
#define VN_CITEDATE_H

#include <stddef.h>

struct vn_date {
	int year; /* 0: no date */
	int month;
	int day;
};

/* A date at s[i]; returns the offset after it, or 0 when none stands there
 * or it is not a real calendar date (31/4, 29/2 of a common year). */
size_t vn_date_parse(const char *s, size_t len, size_t i, struct vn_date *d);
/* "ngày" then a date at s[i]; as vn_date_parse. */
size_t vn_date_after_ngay(const char *s, size_t len, size_t i, struct vn_date *d);
/* YYYY-MM-DD into out (11 bytes). */
void vn_date_iso(const struct vn_date *d, char out[11]);

#endif
