# Turn data/html-entities.tsv (sorted in byte order by the Makefile) into a
# sorted table for bsearch in lib/entities.c.
#   grep -v '^#' data/html-entities.tsv | LC_ALL=C sort | awk -f data/gen-html-entities.awk
BEGIN { FS = "\t" }
/^#/ || NF < 2 { next }
{
	n = split($2, cps, " ")
	second = n > 1 ? sprintf("0x%04X", hex(substr(cps[2], 3))) : "0"
	rows[++nrows] = sprintf("\t{\"%s\", 0x%04X, %s},", $1, hex(substr(cps[1], 3)), second)
}
END {
	print "/* From data/html-entities.tsv by data/gen-html-entities.awk: generated, do not edit. */"
	print "static const struct vn_entity vn_entities[] = {"
	for (i = 1; i <= nrows; i++)
		print rows[i]
	print "};"
}
