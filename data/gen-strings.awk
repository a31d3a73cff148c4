# Turn a list of words (one a line, '#' comments, already sorted in byte
# order by the Makefile) into a sorted C string array for bsearch.
#   LC_ALL=C sort data/LIST.txt | awk -v name=NAME -v src=data/LIST.txt -f data/gen-strings.awk
/^#/ || NF == 0 { next }
{ words[++n] = $1 }
END {
	printf "/* From %s by data/gen-strings.awk: generated, do not edit. */\n", src
	printf "static const char *const %s[] = {\n", name
	for (i = 1; i <= n; i++)
		printf "\t%s,\n", c_string(words[i])
	print "};"
}
