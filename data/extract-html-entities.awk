# Extract the HTML named character references that end in ';' from the
# html5 table in CPython's Lib/html/entities.py (the WHATWG list, as Debian's
# libpython3.11-stdlib ships it) into data/html-entities.tsv:
#   awk -f data/extract-html-entities.awk /usr/lib/python3.11/html/entities.py
# Run by hand when the list is refreshed; the build reads the TSV only.
# Output: name (without & and ;) TAB code point(s) as U+XXXX, space-separated.
BEGIN {
	printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
	hexdigits = "0123456789abcdef"
	print "# HTML named character references (WHATWG HTML, the names that end in ';')."
	print "# Extracted by data/extract-html-entities.awk from Lib/html/entities.py of"
	print "# Debian package libpython3.11-stdlib 3.11.2-6+deb12u6 (PSF licence; the"
	print "# list itself is the WHATWG HTML Living Standard's entities.json, CC BY 4.0)."
	print "# columns: name<TAB>code point(s)"
}
/^html5 = \{/ { inside = 1; next }
inside && /^\}/ { inside = 0 }
inside && /^    '[A-Za-z0-9]+;': / {
	line = $0
	sub(/^    '/, "", line)
	name = line
	sub(/;'.*/, "", name)
	value = line
	sub(/^[^:]*: /, "", value)
	sub(/,$/, "", value)
	q = substr(value, 1, 1)
	value = substr(value, 2, length(value) - 2)
	out = ""
	while (length(value) > 0) {
		c = substr(value, 1, 1)
		if (c == "\\") {
			e = substr(value, 2, 1)
			if (e == "x") { cp = hex(substr(value, 3, 2)); value = substr(value, 5) }
			else if (e == "u") { cp = hex(substr(value, 3, 4)); value = substr(value, 7) }
			else if (e == "U") { cp = hex(substr(value, 3, 8)); value = substr(value, 11) }
			else if (e == "n") { cp = 10; value = substr(value, 3) }
			else if (e == "t") { cp = 9; value = substr(value, 3) }
			else { cp = index(printable, e) + 31; value = substr(value, 3) }
		} else {
			cp = index(printable, c) + 31
			value = substr(value, 2)
		}
		out = out (out == "" ? "" : " ") sprintf("U+%04X", cp)
	}
	print name "\t" out
}
function hex(s,    i, n) {
	n = 0
	s = tolower(s)
	for (i = 1; i <= length(s); i++)
		n = n * 16 + index(hexdigits, substr(s, i, 1)) - 1
	return n
}
