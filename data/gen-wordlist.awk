# Turn a sorted word list (one lower-case NFC entry a line, comments and
# blank lines already removed, LC_ALL=C sort -u) into a C array for
# lib/wordlist.h:  LC_ALL=C awk -v name=NAME -f data/gen-wordlist.awk
# (the C locale makes length() count bytes, as the C side does).
BEGIN { gsub(/-/, "_", name); n = 0 }
{ entry[n++] = $0 }
END {
	printf "static const char *const %s_entries[] = {\n", name
	for (i = 0; i < n; i++)
		printf "\t%s,\n", c_string(entry[i])
	if (n == 0)
		printf "\t\"\",\n"
	printf "};\n"
	printf "static const unsigned char %s_lens[] = {", name
	for (i = 0; i < n; i++)
		printf "%s%d", (i == 0 ? "\n\t" : (i % 16 ? ", " : ",\n\t")), length(entry[i])
	if (n == 0)
		printf "0"
	printf "\n};\n"
	# The hash index: room for every entry and word prefix, twice over.
	keys = n
	for (i = 0; i < n; i++)
		keys += gsub(/ /, " ", entry[i])
	cap = 16
	while (cap < 2 * keys)
		cap *= 2
	printf "static struct vn_wordslot %s_slots[%d];\n", name, cap
	printf "static struct vn_wordindex %s_index = {%s_slots, %d, 0};\n", name, name, cap
	printf "const struct vn_wordlist vn_list_%s = {%s_entries, %s_lens, %d, &%s_index};\n\n", name, name, name, n, name
}
