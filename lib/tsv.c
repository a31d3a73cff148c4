#include "tsv.h"

#include "output.h"

void
vn_tsv_cell(const char *s, size_t len)
{
	size_t run = 0;

	for (size_t i = 0; i < len; i++) {
		const char *esc;
		switch (s[i]) {
		case '\t': esc = "\\t"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\\': esc = "\\\\"; break;
		case '\0': esc = "\\0"; break;
		default: continue;
		}
		vn_out_write(s + run, i - run);
		vn_out_write(esc, 2);
		run = i + 1;
	}
	vn_out_write(s + run, len - run);
}
