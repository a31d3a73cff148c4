# Turn one legacy-encoding table of data/encodings/ into C arrays.
#   awk -v name=NAME -v passthrough=0|1 -f data/gen-legacy.awk TABLE.tsv
# A row maps a byte, or a sequence of bytes, to a code point; INVALID marks a
# byte the encoding does not define. With passthrough=1 (the Unikey tables,
# which list only what differs) every byte not listed decodes as ISO-8859-1.
# Output: vn_legacy_NAME_single[256] (VN_LEGACY_NONE when not defined) and
# vn_legacy_NAME_seqs[], the multi-byte sequences, longest first.
BEGIN {
	FS = "\t"
	for (b = 0; b < 256; b++)
		single[b] = passthrough ? sprintf("0x%04X", b) : "VN_LEGACY_NONE"
	nseq = 0
}
/^#/ || NF < 2 { next }
{
	n = split($1, bytes, " ")
	cp = ""
	for (i = 2; i <= NF; i++)
		if ($i ~ /^U\+[0-9A-Fa-f]+$/ || $i == "INVALID") { cp = $i; break }
	if (cp == "")
		next
	value = cp == "INVALID" ? "VN_LEGACY_NONE" : sprintf("0x%04X", hex(substr(cp, 3)))
	if (n == 1) {
		single[hex(substr(bytes[1], 3))] = value
	} else {
		seq = ""
		for (i = 1; i <= n; i++)
			seq = seq sprintf("0x%02X, ", hex(substr(bytes[i], 3)))
		nseq++
		seqlen[nseq] = n
		seqtext[nseq] = sprintf("\t{{%s}, %d, %s},", substr(seq, 1, length(seq) - 2), n, value)
	}
}
END {
	printf "/* From %s by data/gen-legacy.awk: generated, do not edit. */\n", FILENAME
	printf "static const uint32_t vn_legacy_%s_single[256] = {\n", name
	for (b = 0; b < 256; b++)
		printf "%s%s,%s", (b % 8 == 0 ? "\t" : " "), single[b], (b % 8 == 7 ? "\n" : "")
	print "};"
	printf "static const struct vn_legacy_seq vn_legacy_%s_seqs[] = {\n", name
	for (len = 3; len >= 2; len--)
		for (i = 1; i <= nseq; i++)
			if (seqlen[i] == len)
				print seqtext[i]
	print "\t{{0}, 0, 0},"
	print "};"
}
