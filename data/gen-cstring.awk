# Embed a text file in the binary: a C string holding the file, and its
# length. -v name=NAME names the array (NAME_len is the length).
BEGIN {
	printf "/* generated from %s by data/gen-cstring.awk, do not edit */\n", ARGV[1]
	print "#include <stddef.h>"
	printf "const char %s[] =\n", name
}
{
	printf "\t%s\n", c_string($0 "\n")
}
END {
	print "\t\"\";"
	printf "const size_t %s_len = sizeof %s - 1;\n", name, name
}
