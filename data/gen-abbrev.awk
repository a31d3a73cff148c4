# Turn data/vn-segment-abbrev.txt into a C table (see that file's header).
BEGIN {
	FS = "\t"
	print "/* generated from data/vn-segment-abbrev.txt by data/gen-abbrev.awk, do not edit */"
	print "static const struct vn_abbrev_entry vn_abbrev_table[] = {"
}
/^#/ || NF == 0 { next }
NF != 2 || ($2 != "title" && $2 != "any" && $2 != "place") {
	printf "%s:%d: bad line: %s\n", FILENAME, NR, $0 > "/dev/stderr"
	bad = 1
	exit 1
}
{
	printf "\t{%s, sizeof %s - 1, VN_ABBREV_%s},\n", c_string($1), c_string($1), toupper($2)
}
END {
	if (bad)
		exit 1
	print "};"
}
