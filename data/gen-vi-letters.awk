# Turn data/vi-letters.tsv into lookup tables for lib/vnletter.c.
#   awk -f data/gen-vi-letters.awk data/vi-letters.tsv
# vn_letters_latin[] covers U+0000..U+01B0, vn_letters_ext[] U+1EA0..U+1EF9
# (Latin Extended Additional); each entry packs base, shape, tone and case
# with VN_LETTER_PACK (vnletter.h declares them for its inline lookup).
# vn_letters_compose[] gives the code point back.
BEGIN {
	FS = "\t"
	nbase = split("a e i o u y d", bases, " ")
	for (i = 1; i <= nbase; i++)
		baseno[bases[i]] = i
	nshape = split("- breve circumflex horn stroke", shapes, " ")
	for (i = 1; i <= nshape; i++)
		shapeno[shapes[i]] = i - 1
	ntone = split("- grave acute hook tilde dot", tones, " ")
	for (i = 1; i <= ntone; i++)
		toneno[tones[i]] = i - 1
}
/^#/ || NF < 5 { next }
{
	cp = hex(substr($1, 3))
	lower = tolower($3)
	upper = lower != $3
	if (!(lower in baseno) || !($4 in shapeno) || !($5 in toneno)) {
		printf "gen-vi-letters.awk: %s:%d: bad row\n", FILENAME, NR > "/dev/stderr"
		exit 1
	}
	pack = sprintf("VN_LETTER_PACK(%d, %d, %d, %d)", baseno[lower], shapeno[$4], toneno[$5], upper)
	if (cp <= 432)
		latin[cp] = pack
	else if (cp >= 7840 && cp <= 7929)
		ext[cp - 7840] = pack
	else {
		printf "gen-vi-letters.awk: %s:%d: U+%04X outside the tables\n", FILENAME, NR, cp > "/dev/stderr"
		exit 1
	}
	compose[upper, baseno[lower], shapeno[$4], toneno[$5]] = sprintf("0x%04X", cp)
}
END {
	print "/* From data/vi-letters.tsv by data/gen-vi-letters.awk: generated, do not edit. */"
	print "const uint16_t vn_letters_latin[0x01B1] = {"
	for (cp = 0; cp <= 432; cp++)
		if (cp in latin)
			printf "\t[0x%04X] = %s,\n", cp, latin[cp]
	print "};"
	print "const uint16_t vn_letters_ext[0x5A] = {"
	for (i = 0; i < 90; i++)
		if (i in ext)
			printf "\t[0x%02X] = %s,\n", i, ext[i]
	print "};"
	printf "static const uint32_t vn_letters_compose[2][%d][%d][%d] = {\n", nbase + 1, nshape, ntone
	for (u = 0; u <= 1; u++)
		for (b = 1; b <= nbase; b++)
			for (s = 0; s < nshape; s++)
				for (t = 0; t < ntone; t++)
					if ((u, b, s, t) in compose)
						printf "\t[%d][%d][%d][%d] = %s,\n", u, b, s, t, compose[u, b, s, t]
	print "};"
}
