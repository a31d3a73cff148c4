# Functions the table generators in data/ share. POSIX awk (mawk too):
#   awk -f data/gen-common.awk -f data/gen-X.awk FILE ...

# s as a C string literal, byte for byte: backslash and double quote
# escaped; tab and newline written \t and \n; ? written \? so that no
# trigraph forms under -std=c11 (??/ would be a backslash).
function c_string(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/"/, "\\\"", s)
	gsub(/\?/, "\\?", s)
	gsub(/\t/, "\\t", s)
	gsub(/\n/, "\\n", s)
	return "\"" s "\""
}

# The value of the hexadecimal digits s (either case, no 0x or U+ before).
function hex(s,    i, v) {
	v = 0
	s = tolower(s)
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return v
}
