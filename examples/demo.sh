#!/bin/sh
# The README's first command. Installs the missing Debian packages (as
# root; otherwise prints the apt-get line and stops), builds vnpipe, runs
# the whole pipeline over examples/texts/, prints the citations and the
# metrics as two tables, and writes citations.tsv and metrics.tsv in the
# current directory.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=$(pwd)

# As root, every kind (build, test, fuzz), so that the README's second
# command, make test, finds all it needs, clang for its short libFuzzer
# runs included. Otherwise only what the demo and make test cannot do
# without: make test skips the libFuzzer runs when clang is missing.
if [ "$(id -u)" -eq 0 ]; then
	sh "$top/.ci/deps"
else
	sh "$top/.ci/deps" build test
fi
make -s -C "$top"
PATH="$top/build/bin:$PATH"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

cd "$top/examples/texts"
# --from=auto finds the legacy-encoded example (TCVN3) by itself.
vn-normalize --from=auto *.txt | vn-segment > "$tmp/sentences.txt"
cite-extract "$tmp/sentences.txt" > "$tmp/cites.jsonl"
metric-extract "$tmp/sentences.txt" > "$tmp/metrics.jsonl"

to-tsv "$tmp/cites.jsonl" > "$out/citations.tsv"
to-tsv "$tmp/metrics.jsonl" > "$out/metrics.tsv"

echo "Citations ($(grep -c . "$tmp/cites.jsonl" || :))"
to-tsv --align -f doc,line,id,type,date,issuer_name "$tmp/cites.jsonl"
echo
echo "Metrics ($(grep -c . "$tmp/metrics.jsonl" || :))"
to-tsv --align -f doc,line,kind,value,low,high,of,from,to,unit,year,text "$tmp/metrics.jsonl"
echo
echo "Wrote $out/citations.tsv and $out/metrics.tsv"
