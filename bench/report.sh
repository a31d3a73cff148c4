# bench/report.sh: the tables of bench/run.sh, which sources it after
# measuring (MBPS, RSS, NOTE, CMD, FILE, ... are set there). Prints them
# and writes them to bench/RESULTS.md (for a smaller BENCH_MB, to
# bench/data/RESULTS-<size>.md, so a quick check never replaces the real
# figures).

# Tab-separated rows in (the first is the header, the second one letter per
# column, l or r, for its alignment), a padded Markdown table out. Cells are
# ASCII so that byte widths are display widths.
md_table() {
	awk -F '\t' '
	{ for (i = 1; i <= NF; i++) { gsub(/\|/, "\\|", $i); cell[NR, i] = $i
	    if (NR != 2 && length($i) > w[i]) w[i] = length($i) }
	  if (NF > nf) nf = NF; rows = NR }
	END {
	  for (r = 1; r <= rows; r++) {
	    line = "|"
	    for (i = 1; i <= nf; i++) {
	      c = cell[r, i]
	      if (r == 2) {
	        dash = sprintf("%" w[i] "s", ""); gsub(/ /, "-", dash)
	        c = c == "r" ? substr(dash, 2) ":" : dash
	      } else if (cell[2, i] == "r") c = sprintf("%" w[i] "s", c)
	      else c = sprintf("%-" w[i] "s", c)
	      line = line " " c " |"
	    }
	    print line
	  }
	}'
}

# ratio A B: A / B to two decimals, or "-" when either is missing.
ratio() {
	awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'
}

fig() { echo "${MBPS[$1]:--}"; }
cpufig() { echo "${CPUMBPS[$1]:--}"; }
mem() { echo "${RSS[$1]:--}"; }

# goal_met KEY ICONV_KEY SPEC: SPEC is "REF:MIN ..." (throughput at least
# MIN times REF's; REF "iconv" is the iconv run on the row's own input) and
# "rss:MAX" (peak RSS below MAX MB). Prints yes, no (the failed parts) or ?.
goal_met() {
	local key=$1 iconv_key=$2 part ref min r failed="" unknown=""
	[ -n "${MBPS[$key]:-}" ] || { echo "-"; return; }
	for part in $3; do
		ref=${part%%:*} min=${part#*:}
		if [ "$ref" = rss ]; then
			awk -v m="${RSS[$key]}" -v max="$min" 'BEGIN { exit !(m < max) }' ||
				failed="$failed, RSS ${RSS[$key]} MB"
			continue
		fi
		[ "$ref" = iconv ] && ref=$iconv_key
		r=$(ratio "${MBPS[$key]}" "${MBPS[$ref]:-}")
		if [ "$r" = - ]; then unknown=1
		elif ! awk -v r="$r" -v m="$min" 'BEGIN { exit !(r >= m) }'; then
			failed="$failed, ${r}x ${ref%%.*}"
		fi
	done
	if [ -n "$failed" ]; then echo "NO: ${failed#, }"
	elif [ -n "$unknown" ]; then echo "? (reference missing)"
	else echo "yes"; fi
}

goal_text() { # SPEC -> ">=2x iconv, >=20x uconv, RSS < 16 MB"
	local part out=""
	for part in $1; do
		case $part in
		rss:*) out="$out, RSS < ${part#rss:} MB" ;;
		*) out="$out, >=${part#*:}x ${part%%:*}" ;;
		esac
	done
	echo "${out#, }"
}

# The rows of the main table: key; command as shown; input; the key of
# iconv on that input; own reference keys; goal. Goals are those of the
# tool issues (#2 to #6); memory goals not stated as a bound (flat memory)
# are judged in the growth table.
MAIN_ROWS=(
	"cat;cat;clean;iconv;-;ceiling"
	"iconv;iconv -f UTF-8 -t UTF-8;clean;iconv;-;reference: one validation pass"
	"uconv;uconv -x any-nfc;clean;iconv;-;reference for vn-normalize"
	"grep;grep -oE CITATION_RE;clean;iconv;-;floor for cite-extract"
	"iconv.messy;iconv -f UTF-8 -t UTF-8;messy;iconv.messy;-;reference"
	"iconv.records;iconv -f UTF-8 -t UTF-8;records;iconv.records;-;reference"
	"jq;jq -r '[.doc, ...] | @tsv';records;iconv.records;-;reference for to-tsv"
	"mlr;mlr --ijsonl --otsv cat;records;iconv.records;-;reference for to-tsv"
	"vn-normalize;vn-normalize;clean;iconv;uconv;iconv:2 uconv:20 rss:16"
	"vn-normalize.messy;vn-normalize;messy;iconv.messy;-;iconv:1 rss:16"
	"vn-segment;vn-segment;clean;iconv;-;iconv:0.7 rss:64"
	"vn-segment-w;vn-segment -w;clean;iconv;-;iconv:0.15 rss:64"
	"cite-extract;cite-extract;clean;iconv;grep;iconv:1"
	"metric-extract;metric-extract;clean;iconv;-;iconv:0.5"
	"to-tsv;to-tsv -f FIELDS;records;iconv.records;jq mlr;jq:3"
	"pipe-cite;vn-normalize | vn-segment | cite-extract | to-tsv;messy;iconv.messy;-;-"
	"pipe-metric;vn-normalize | vn-segment | metric-extract | to-tsv;messy;iconv.messy;-;-"
)

main_rows() {
	local row key shown input iconv_key refs spec r x_iconv own goal met
	printf 'command\tinput\tMB/s\tx iconv\tx own reference\tgoal\tmet?\tpeak RSS MB\tMB/CPU-s\tnote\n'
	printf 'l\tl\tr\tr\tl\tl\tl\tr\tr\tl\n'
	for row in "${MAIN_ROWS[@]}"; do
		IFS=';' read -r key shown input iconv_key refs spec <<< "$row"
		own=""
		for r in $refs; do
			r=$(ratio "${MBPS[$key]:-}" "${MBPS[$r]:-}")x\ $r
			case $r in -*) ;; *) own="$own, $r" ;; esac
		done
		goal=$spec met=""
		if [[ $spec =~ ^[a-z]+:[0-9] ]]; then
			goal=$(goal_text "$spec") met=$(goal_met "$key" "$iconv_key" "$spec")
		fi
		x_iconv=$(ratio "${MBPS[$key]:-}" "${MBPS[$iconv_key]:-}")
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$shown" "$input" "$(fig "$key")" \
			"$x_iconv" "${own#, }" "$goal" "$met" "$(mem "$key")" "$(cpufig "$key")" "${NOTE[$key]:-}"
	done
}

# Time grows linearly when the full size runs at no less than 80% of the
# throughput of a tenth of it, both in MB per CPU-second of runs made side
# by side (CPU time is less disturbed than wall time by other work on the
# machine); memory is flat when the full size needs at most 4 MB, or a
# quarter, more than a hundredth of it.
linear() {
	awk -v big="${1:-}" -v mid="${2:-}" 'BEGIN {
		if (big == "" || mid == "") print "-"
		else if (big >= 0.8 * mid) print "yes"
		else printf "NO (%.2fx)\n", big / mid }'
}
flat() {
	awk -v big="${1:-}" -v small="${2:-}" 'BEGIN {
		if (big == "" || small == "") print "-"
		else if (big - small <= 4 || big - small <= 0.25 * small) print "yes"
		else printf "NO (+%.1f MB)\n", big - small }'
}

growth_rows() {
	local t k input note s m b
	s=$(label "$SMALL") m=$(label "$MEDIUM") b=$(label "$BYTES")
	printf 'command\tinput\tMB/CPU-s %s\tMB/CPU-s %s\tMB/CPU-s %s\tRSS %s\tRSS %s\tRSS %s\ttime linear?\tmemory flat?\tone %s line: MB/s\tRSS MB\tnote\n' \
		"$s" "$m" "$b" "$s" "$m" "$b" "$b"
	printf 'l\tl\tr\tr\tr\tr\tr\tr\tl\tl\tr\tr\tl\n'
	for t in iconv $TOOLS; do
		input=clean
		[ "$t" = to-tsv ] && input=records
		note=""
		for k in "$t@$s" "$t@$m" "$t@$b" "$t@line"; do
			case ${NOTE[$k]:-} in
			"") ;;
			"not built"* | exit*) note="; ${NOTE[$k]}"; break ;;
			*) note="$note; ${k#*@}: ${NOTE[$k]}" ;;
			esac
		done
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${CMD_SHOWN[$t]}" "$input" \
			"$(cpufig "$t@$s")" "$(cpufig "$t@$m")" "$(cpufig "$t@$b")" \
			"$(mem "$t@$s")" "$(mem "$t@$m")" "$(mem "$t@$b")" \
			"$(linear "${CPUMBPS[$t@$b]:-}" "${CPUMBPS[$t@$m]:-}")" \
			"$(flat "${RSS[$t@$b]:-}" "${RSS[$t@$s]:-}")" \
			"$(fig "$t@line")" "$(mem "$t@line")" "${note#; }"
	done
}

cores_rows() {
	printf 'pipeline\tinput\tplain pipe MB/s\tparallel -j 1 MB/s\tparallel -j %s MB/s\tspeed-up\tnote\n' "$NPROC"
	printf 'l\tl\tr\tr\tr\tr\tl\n'
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "vn-normalize | vn-segment | cite-extract, then | to-tsv" \
		messy "$(fig pipe-cite)" "$(fig par-1)" "$(fig par-n)" \
		"$(ratio "${MBPS[par-n]:-}" "${MBPS[par-1]:-}")" "${NOTE[par-n]:-${NOTE[par-1]:-}}"
}

declare -A CMD_SHOWN=(
	[iconv]="iconv -f UTF-8 -t UTF-8" [vn-normalize]="vn-normalize" [vn-segment]="vn-segment"
	[vn-segment-w]="vn-segment -w" [cite-extract]="cite-extract" [metric-extract]="metric-extract"
	[to-tsv]="to-tsv -f FIELDS"
)

version() { "$@" 2>&1 | head -n 1; }

report() {
	local cpu
	cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
	cat <<-EOF
	# vnpipe benchmark results

	Written by \`make bench\` (bench/run.sh; bench/README.md explains every
	figure). MB is 10^6 bytes; MB/s is the median of $RUNS runs after a
	warm-up; peak RSS is the largest over the runs (for a pipeline, of its
	largest process).

	- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); the run took ${ELAPSED} s
	- Machine: $(nproc) cores (nproc), ${cpu:-unknown CPU}, Linux $(uname -r)
	- Load average before / after: $LOAD_BEFORE / $LOAD_AFTER (other work on
	  the machine lowers every figure; ratios in one run are fairer than
	  absolute speeds)
	- Corpora ($(label "$BYTES") each, seed $SEED, from ${#SOURCES[@]} source files):
	  clean = NFC Vietnamese reports and news in \`# newdoc\` documents;
	  messy = the same with NFD lines, NBSP, mixed tone styles, glued
	  punctuation and cp1252 mojibake lines; records = cite and metric JSON
	  Lines
	- References: $(version iconv --version); $(version uconv --version);
	  $(version jq --version); $(version mlr --version); $(version grep --version);
	  $(version parallel --version)

	## Throughput against the reference tools

	$(main_rows | md_table)

	CITATION_RE is \`$CITE_RE\`.
	FIELDS (for to-tsv -f and jq) is \`$FIELDS\`.

	## Growth: time linear in the input, memory flat

	$(growth_rows | md_table)

	The one-line file is the clean text with its line ends made spaces
	(for to-tsv: one JSON record holding it), run once. A tool holds a line
	whole, so RSS near the line's size is expected there. The run is stopped
	at 4 times the tool's own time for the multi-line file (at least 10 s):
	a timeout there means one long line costs the tool over 4 times what the
	same bytes cost as many lines (work quadratic in a line's length, or a
	per-line fast path lost).

	## Cores

	$(cores_rows | md_table)

	Median of $CORES_RUNS runs after a warm-up. The stream is cut on document
	markers (\`parallel --pipe -k --recend '\\n' --recstart '# newdoc'\`,
	blocks of $(label "$BLOCK")), so no document is split and every line
	number stays right.
	EOF
}

if [ "$MB" -eq 100 ]; then RESULTS=bench/RESULTS.md; else RESULTS=$DATA/RESULTS-$(label "$BYTES").md; fi
report | tee "$RESULTS"
log "wrote $RESULTS"
