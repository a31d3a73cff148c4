# Turn a sorted word list (one lower-case NFC entry a line, comments and
# blank lines already removed, LC_ALL=C sort -u) into a C array for
# lib/wordlist.h:  awk -v name=NAME -f data/gen-wordlist.awk
function cstr(s,   out, i, c) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "\\" || c == "\"")
			out = out "\\"
		out = out c
	}
	return "\"" out "\""
}
BEGIN { gsub(/-/, "_", name); n = 0 }
{ entry[n++] = $0 }
END {
	printf "static const char *const %s_entries[] = {\n", name
	for (i = 0; i < n; i++)
		printf "\t%s,\n", cstr(entry[i])
	if (n == 0)
		printf "\t\"\",\n"
	printf "};\n"
	printf "const struct vn_wordlist vn_list_%s = {%s_entries, %d};\n\n", name, name, n
}
