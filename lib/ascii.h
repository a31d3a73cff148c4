/* ASCII character classes that do not depend on the locale (ctype's do). */
#ifndef VN_ASCII_H
#define VN_ASCII_H

static inline int
vn_ascii_letter(unsigned c)
{
	return (unsigned)((c | 0x20) - 'a') < 26u;
}

static inline int
vn_ascii_digit(unsigned c)
{
	return (unsigned)(c - '0') < 10u;
}

static inline int
vn_ascii_lower(unsigned c)
{
	return (unsigned)(c - 'a') < 26u;
}

static inline int
vn_ascii_upper(unsigned c)
{
	return (unsigned)(c - 'A') < 26u;
}

#endif
