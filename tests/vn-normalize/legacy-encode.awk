# Encode UTF-8 text into a legacy encoding with the decoding table of
# data/encodings/, for round-trip tests:
#   LC_ALL=C awk -v viqr=0|1 -v tcvn3=0|1 -v passthrough=0|1 -f legacy-encode.awk \
#       data/vi-letters.tsv data/encodings/TABLE.tsv input.txt
# A character the table has is written with its bytes; with passthrough=1
# (the Unikey tables) a Latin-1 character whose byte the table leaves
# undefined is that byte (ý is 0xFD in TCVN3); a toned letter the
# table lacks is its toneless letter and a combining tone mark (CP1258);
# a capital TCVN3 lacks takes the lower-case bytes (the .VnTimeH fonts).
# With viqr=1 a mark character typed after a vowel is escaped (RFC 1456).
BEGIN {
	FS = "\t"
	for (i = 1; i < 256; i++)
		ord[sprintf("%c", i)] = i
	split("grave acute hook tilde dot", tones, " ")
	tone_mark["grave"] = 768; tone_mark["acute"] = 769; tone_mark["hook"] = 777
	tone_mark["tilde"] = 771; tone_mark["dot"] = 803
}
FILENAME ~ /vi-letters/ {
	if ($0 ~ /^#/) next
	cp = hex(substr($1, 3))
	letter[cp] = $3 SUBSEP $4 SUBSEP $5
	by_parts[$3, $4, $5] = cp
	next
}
FILENAME ~ /encodings/ {
	if ($0 ~ /^#/) next
	for (f = 2; f <= NF; f++)
		if ($f ~ /^U\+[0-9A-F]+$/) break
	if (f > NF) next
	cp = hex(substr($f, 3))
	n = split($1, hexbytes, " ")
	if (n == 1)
		defined[hex(substr(hexbytes[1], 3))] = 1
	bytes = ""
	for (i = 1; i <= n; i++)
		bytes = bytes sprintf("%c", hex(substr(hexbytes[i], 3)))
	if (!(cp in code) || length(bytes) < length(code[cp]))
		code[cp] = bytes
	next
}
{
	out = ""
	prev_vowel = 0
	for (i = 1; i <= length($0); i += len) {
		b = ord[substr($0, i, 1)]
		len = b < 128 ? 1 : b < 224 ? 2 : b < 240 ? 3 : 4
		cp = decode(substr($0, i, len))
		if (cp < 128) {
			c = substr($0, i, 1)
			if (viqr && prev_vowel && index("(^+'`?~.", c))
				c = "\\" c
			out = out c
			prev_vowel = index("aeiouyAEIOUY", c) > 0
			continue
		}
		out = out encode(cp)
		prev_vowel = cp in letter
	}
	print out
}
function encode(cp,    parts, lower) {
	if (cp in code)
		return code[cp]
	if (passthrough && cp >= 128 && cp < 256 && !(cp in defined))
		return sprintf("%c", cp)
	if (cp in letter) {
		split(letter[cp], parts, SUBSEP)
		if (tcvn3 && parts[1] ~ /[A-Z]/ && ((tolower(parts[1]), parts[2], parts[3]) in by_parts))
			return encode(by_parts[tolower(parts[1]), parts[2], parts[3]])
		if (parts[3] != "-" && ((parts[1], parts[2], "-") in by_parts) && (tone_mark[parts[3]] in code))
			return encode(by_parts[parts[1], parts[2], "-"]) code[tone_mark[parts[3]]]
	}
	printf "legacy-encode.awk: no bytes for U+%04X\n", cp > "/dev/stderr"
	exit 1
}
function decode(s,    b, n, i, cp) {
	n = length(s)
	b = ord[substr(s, 1, 1)]
	cp = n == 1 ? b : n == 2 ? b - 192 : n == 3 ? b - 224 : b - 240
	for (i = 2; i <= n; i++)
		cp = cp * 64 + ord[substr(s, i, 1)] - 128
	return cp
}
function hex(s,    i, v) {
	v = 0
	s = toupper(s)
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1
	return v
}
