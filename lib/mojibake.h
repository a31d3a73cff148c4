/* Repair of UTF-8 that was read once as windows-1252 (or ISO-8859-1) and
 * written out again as UTF-8: "CÃ¡c" for "Các", "Ä‘" for "đ".
 *
 * A line is repaired only when it is unambiguously such text: every
 * non-ASCII character maps back to a windows-1252/Latin-1 byte, the bytes
 * form valid UTF-8, and at least one multi-byte character comes out. Text
 * that was really written in Latin-1 ("Café") fails the second test; text
 * in Vietnamese fails the first (ạ, ơ, đ have no such byte). A space that
 * stands where the byte A0 (an NBSP) was lost ("vÃ " for "và") is taken
 * back when the rest of the line proves the damage. */
#ifndef VN_MOJIBAKE_H
#define VN_MOJIBAKE_H

#include <stddef.h>

#include "buf.h"

/* When s[0..len) is mojibake, append the repaired text to out and return
 * 1 (twice-damaged text is repaired twice); else append nothing, return 0. */
int vn_mojibake_repair(const char *s, size_t len, struct vn_buf *out);

#endif
