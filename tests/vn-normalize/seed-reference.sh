#!/bin/sh
# The changes the seeds may undergo, written independently of vn-normalize
# as sed rules: NBSP and space runs, the spacing of , ; : ! ? . ) and the
# new tone style of open oa/oe/uy (hoà, thuỷ) turned old (hòa, thủy).
# Reads a text on stdin, writes what vn-normalize must make of it.
#   seed-reference.sh DATA_DIR < seed.txt
data=$1
tone_rules=$(LC_ALL=C awk -F'\t' '
	!/^#/ && $4 == "-" && $5 != "-" { toned[$3, $5] = $2 }
	END {
		n = split("grave acute hook tilde dot", t, " ")
		split("o a o e u y O A O E U Y O a O e U y o A o E u Y", v, " ")
		for (i = 1; i <= n; i++)
			for (p = 1; p <= 24; p += 2)
				# qu spells a consonant: quý keeps its mark on y
				printf "s/(^|[^qQ])%s%s([^[:alpha:]]|$)/\\1%s%s\\2/g\n", \
				       v[p], toned[v[p + 1], t[i]], toned[v[p], t[i]], v[p + 1]
	}' "$data/vi-letters.tsv")
# A last line without a newline gets one, as every line does.
sed -e '$a\' | sed -E "
	s/\xc2\xa0/ /g
	s/[[:space:]]+/ /g
	s/^ //
	s/ $//
	s/ ([,;:!?)…]|\.([^[:alnum:]]|$))/\1/g
	s/([,;]) ?\1/\1/g
	s/([,;:!?…])([[:alpha:]])/\1 \2/g
	$tone_rules
"
