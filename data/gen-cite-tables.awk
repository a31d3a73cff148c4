# Generates the C tables of cite-extract from data/cite-types.tsv,
# data/cite-heads.tsv and data/cite-issuers.tsv (in that order on the
# command line). POSIX awk: the files are UTF-8, copied byte for byte.
BEGIN {
	FS = "\t"
	print "/* Generated from data/cite-*.tsv by data/gen-cite-tables.awk:"
	print " * generated, do not edit. */"
	print "#include \"doctype.h\""
	print ""
	file = 0
}

function cstr(s) {
	if (s == "-" || s == "")
		return "NULL"
	return c_string(s)
}

# A string literal and its length in bytes, counted by the compiler.
function lit(s) {
	return cstr(s) ", sizeof " cstr(s) " - 1"
}

# Codes are compared in upper case; their letters outside ASCII (Đ) are
# capitals already, so ASCII toupper is enough in any awk.
function upper(s,    out, i, c) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		out = out toupper(c)
	}
	return out
}

function last_word(s,    n, parts) {
	n = split(s, parts, " ")
	return parts[n]
}

function sys(s) {
	if (s == "state") return "VN_SYS_STATE"
	if (s == "party") return "VN_SYS_PARTY"
	printf "gen-cite-tables: %s:%d: unknown system %s\n", FILENAME, FNR, s > "/dev/stderr"
	failed = 1
	exit 1
}

function headflags(s,    n, parts, i, out, f) {
	if (s == "-")
		return "0"
	n = split(s, parts, ",")
	out = ""
	for (i = 1; i <= n; i++) {
		if (parts[i] == "short") f = "VN_HEAD_SHORT"
		else if (parts[i] == "titled") f = "VN_HEAD_TITLED"
		else if (parts[i] == "generic") f = "VN_HEAD_GENERIC"
		else {
			printf "gen-cite-tables: %s:%d: unknown flag %s\n", FILENAME, FNR, parts[i] > "/dev/stderr"
			failed = 1
			exit 1
		}
		out = out (out == "" ? "" : " | ") f
	}
	return out
}

FNR == 1 {
	if (file > 0)
		close_table()
	file++
	if (file == 1) print "const struct vn_type_code vn_type_codes[] = {"
	if (file == 2) print "const struct vn_head vn_heads[] = {"
	if (file == 3) print "const struct vn_issuer vn_issuers[] = {"
	rows = 0
}

/^#/ || /^[ \t]*$/ { next }

{
	if (NF < (file == 2 ? 3 : 4)) {
		printf "gen-cite-tables: %s:%d: too few columns\n", FILENAME, FNR > "/dev/stderr"
		failed = 1
		exit 1
	}
}

file == 1 {
	printf "\t{%s, %s, %s, %s, %d},\n", cstr($2), lit(upper($2)), cstr($3), sys($1), $4 == "code"
	rows++
}
file == 2 {
	printf "\t{%s, %s, %s, %s},\n", lit($1), lit(last_word($1)), cstr($2), headflags($3)
	rows++
}
file == 3 {
	printf "\t{%s, %s, %s, %s, %d},\n", cstr($1), lit(upper($1)), cstr($3), sys($2), $4 == "term"
	rows++
}

function close_table() {
	print "};"
	if (file == 1) print "const size_t vn_type_codes_len = " rows ";"
	if (file == 2) print "const size_t vn_heads_len = " rows ";"
	if (file == 3) print "const size_t vn_issuers_len = " rows ";"
	print ""
}

END {
	if (!failed)
		close_table()
}
