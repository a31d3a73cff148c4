# Random JSON Lines records for the to-tsv properties (POSIX awk).
#   awk -v seed=N -v records=N [-v plain=1] -f gen-jsonl.awk
# Keys k1..k5 in random order, some missing, an odd extra key; values are
# strings built from already-escaped JSON pieces (tab, newline, CR,
# backslash, quote, U+0000, control characters, NFC and NFD Vietnamese,
# astral characters written raw and as surrogate pairs, formula starts),
# null, booleans and, unless plain=1, numbers, arrays and objects. Blank
# lines and CRLF ends are mixed in; they are not records.
BEGIN {
	srand(seed)
	n = split("a|b|x y| |\\t|\\n|\\r|\\\\|\\\"|/|\\/|,|;|\\u0000|\\u001f|\\b|\\f|\\u007f|ệ|Đ|ủy|hòa|Hoà|o\\u0300|\\u00e0|Ủy ban|19.853|80,5%|30/2020/NĐ-CP|😀|\\ud83d\\ude00|中文|=|+|-|@|'|\\u2028|\\u00a0", piece, "|")
	for (r = 0; r < records; r++) {
		if (rand() < 0.05)
			print ""
		line = "{"
		first = 1
		start = int(rand() * 5)
		for (i = 0; i < 5; i++) {
			k = (start + i) % 5 + 1
			if (rand() < 0.15)
				continue
			line = line (first ? "" : ",") "\"k" k "\":" value()
			first = 0
		}
		if (rand() < 0.1)
			line = line (first ? "" : ",") "\"extra\\tkey\":" value()
		line = line "}"
		printf "%s%s\n", line, (rand() < 0.1 ? "\r" : "")
	}
}

function value(   t, s, len, j) {
	t = rand()
	if (t < 0.1)
		return "null"
	if (t < 0.15)
		return rand() < 0.5 ? "true" : "false"
	if (!plain && t < 0.25)
		return (rand() < 0.5 ? "-" : "") int(rand() * 100000) (rand() < 0.5 ? "." int(rand() * 1000) : "")
	if (!plain && t < 0.3)
		return "[1,\"" piece[1 + int(rand() * n)] "\",{\"z\":null}]"
	s = ""
	len = int(rand() * 12)
	for (j = 0; j < len; j++)
		s = s piece[1 + int(rand() * n)]
	return "\"" s "\""
}
