# Turn a word list (one entry a line, # comments) into a C array of
# struct vn_word_entry named by -v name=NAME.
BEGIN {
	printf "/* generated from %s by data/gen-word-entries.awk, do not edit */\n", ARGV[1]
	printf "static const struct vn_word_entry %s[] = {\n", name
}
/^#/ || NF == 0 { next }
{
	printf "\t{%s, sizeof %s - 1},\n", c_string($1), c_string($1)
}
END { print "};" }
