# Derive word lists from the UD Vietnamese VTB treebank (CoNLL-U):
#   awk -v want=counted -f data/vtb-extract.awk vi_vtb-ud-*.conllu
#     nouns that a numeral modifies (deprel nummod, head after the number)
#   awk -v want=nouns -f data/vtb-extract.awk vi_vtb-ud-*.conllu
#     every NOUN form
# Output: lower-cased forms, one a line, unsorted; see data/README.
function flush(   i) {
	for (i = 1; i <= n; i++)
		if (want == "counted" && dep[i] == "nummod" && head[i] > i && upos[head[i]] == "NOUN")
			print tolower(form[head[i]])
	n = 0
}
BEGIN { FS = "\t" }
/^#/ { next }
NF < 10 { flush(); next }
$1 ~ /^[0-9]+$/ {
	n = $1
	form[n] = $2; upos[n] = $4; head[n] = $7; dep[n] = $8
	if (want == "nouns" && $4 == "NOUN")
		print tolower($2)
}
END { flush() }
