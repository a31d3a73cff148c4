#!/bin/sh
# Throughput of vn-normalize against iconv -f UTF-8 -t UTF-8 and
# uconv -x any-nfc, in the same run, on ~SIZE MB files built from the
# seeds: clean NFC text (vn-normalize's own output) and messy text (NFD,
# NBSP, the new tone style). Prints user CPU seconds, MB/s, the ratios and
# vn-normalize's peak RSS.
#   sh bench/vn-normalize.sh BUILD/bin [SIZE_MB]
set -eu
bin=$1
size=${2:-100}
seeds=$(dirname "$0")/../../shared/corpus/seeds
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin/vn-normalize" "$seeds"/*.txt | grep -v '^# newdoc' > "$tmp/one.txt"
: > "$tmp/clean.txt"
while [ "$(wc -c < "$tmp/clean.txt")" -lt $((size * 1000000)) ]; do
	cat "$tmp/one.txt" "$tmp/one.txt" "$tmp/one.txt" "$tmp/one.txt" >> "$tmp/clean.txt"
done
# Messy: decomposed, NBSP for every other space, hoà/thuỷ style.
uconv -x any-nfd "$tmp/clean.txt" | sed 's/ \([^ ]* \)/\xc2\xa0\1/g' |
	"$bin/vn-normalize" --tone=new --no-nfc --no-spaces > "$tmp/messy.txt"

user() { /usr/bin/time -f %U "$@" > /dev/null 2> "$tmp/t" || true; tail -1 "$tmp/t"; }
for input in clean messy; do
	f=$tmp/$input.txt
	mb=$(($(wc -c < "$f") / 1000000))
	norm=$(user "$bin/vn-normalize" "$f")
	iconv=$(user iconv -f UTF-8 -t UTF-8 "$f")
	uconv=$(user uconv -x any-nfc "$f")
	rss=$(/usr/bin/time -f %M "$bin/vn-normalize" "$f" 2>&1 > /dev/null | tail -1)
	awk -v name="$input" -v mb="$mb" -v n="$norm" -v i="$iconv" -v u="$uconv" -v rss="$rss" 'BEGIN {
		printf "%s %d MB: vn-normalize %.2fs (%.0f MB/s), iconv %.2fs, uconv %.2fs; ", name, mb, n, mb / n, i, u
		printf "iconv/vn-normalize %.2fx, uconv/vn-normalize %.1fx; peak RSS %d KB\n", i / n, u / n, rss
	}'
done
