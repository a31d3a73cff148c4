#!/usr/bin/env bash
# bench/run.sh BINDIR: measure every vnpipe tool built in BINDIR, and the
# reference tools, on the same generated files in the same run; print the
# tables and write them to bench/RESULTS.md. `make bench` runs it; see
# bench/README.md for what each figure means.
#
# Knobs (environment): BENCH_MB (corpus size, default 100), BENCH_RUNS
# (timed runs after the warm-up, default 5), BENCH_SEED (default 1),
# BENCH_TIMEOUT (seconds before one run is abandoned, default 180),
# BENCH_SLOW (a warm-up longer than this many seconds is reported as the
# only run, so one very slow tool cannot blow the time budget; default 25).
set -u -o pipefail
cd "$(dirname "$0")/.."

[ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: bench/run.sh BINDIR" >&2; exit 2; }
BIN=$(cd "$1" && pwd)
GENCORPUS=${GENCORPUS:-build/bench/gencorpus}
MB=${BENCH_MB:-100}
RUNS=${BENCH_RUNS:-5}
SEED=${BENCH_SEED:-1}
TIMEOUT=${BENCH_TIMEOUT:-180}
SLOW=${BENCH_SLOW:-25}
DATA=bench/data
export LC_ALL=C.UTF-8
START=$EPOCHREALTIME

die() { echo "bench: $*" >&2; exit 1; }
log() { echo "bench: $*" >&2; }

case $MB$RUNS in *[!0-9]*) die "BENCH_MB and BENCH_RUNS must be whole numbers" ;; esac
[ "$MB" -ge 1 ] && [ "$RUNS" -ge 1 ] || die "BENCH_MB and BENCH_RUNS must be at least 1"
[ -x "$GENCORPUS" ] || die "$GENCORPUS not built (run 'make bench')"
/usr/bin/time -f %M true 2>/dev/null >&2 ||
	die "GNU time (/usr/bin/time) is missing: run 'make deps' (package time)"

TMPD=$(mktemp -d)
trap 'rm -rf "$TMPD"' EXIT

# ---------------------------------------------------------------------------
# Corpora: generated once, cached in bench/data, regenerated when the
# generator, its sources or the seed change.
shopt -s nullglob
SOURCES=(bench/sentences.txt examples/*.txt ../shared/corpus/seeds/*.txt
	../shared/corpus/ud-vtb/*.conllu)
shopt -u nullglob

BYTES=$((MB * 1000000))
SMALL=$((BYTES / 100))
MEDIUM=$((BYTES / 10))

label() { # bytes -> 1MB, 500kB, 10000B
	local b=$1
	if [ $((b % 1000000)) -eq 0 ]; then echo "$((b / 1000000))MB"
	elif [ $((b % 1000)) -eq 0 ]; then echo "$((b / 1000))kB"
	else echo "${b}B"; fi
}

generate() { # KIND BYTES EXT -> prints the file name
	local file
	file="$DATA/$1-$(label "$2").$3"
	if [ ! -s "$file" ]; then
		log "generating $file"
		"$GENCORPUS" --kind "$1" --size "$2" --seed "$SEED" "${SOURCES[@]}" > "$file.tmp" ||
			die "generating $file failed"
		mv "$file.tmp" "$file"
	fi
	echo "$file"
}

mkdir -p "$DATA"
stamp=$({ echo "seed $SEED"; printf '%s\n' "${SOURCES[@]}"; cat bench/gen/*.[ch] "${SOURCES[@]}"; } | cksum)
if [ "$(cat "$DATA/STAMP" 2>/dev/null)" != "$stamp" ]; then
	rm -f "$DATA"/*.txt "$DATA"/*.jsonl "$DATA"/*.tmp
	echo "$stamp" > "$DATA/STAMP"
fi
declare -A FILE
for size in $SMALL $MEDIUM $BYTES; do
	FILE[clean.$size]=$(generate clean "$size" txt) || exit 1
	FILE[records.$size]=$(generate jsonl "$size" jsonl) || exit 1
done
FILE[clean]=${FILE[clean.$BYTES]}
FILE[records]=${FILE[records.$BYTES]}
FILE[messy]=$(generate messy "$BYTES" txt) || exit 1
FILE[longtext]=$(generate longtext "$BYTES" txt) || exit 1
FILE[longjson]=$(generate longjson "$BYTES" jsonl) || exit 1

# ---------------------------------------------------------------------------
# The commands. Tools are run by full path so that an installed copy is
# never measured by mistake; every command reads standard input.
q() { printf '%q' "$1"; }
tool() { echo "$(q "$BIN/$1")"; }
built() { [ -x "$BIN/$1" ]; }

FIELDS=$("$GENCORPUS" --fields)
# jq needs .["end"]: `end` is a jq keyword.
JQ_PROGRAM="[$(echo "$FIELDS" | sed 's/\([^,]*\)/.["\1"]/g')] | @tsv"
# Citation numbers of every system (30/2020/NĐ-CP, 2057/QĐ-UBND, 80/2015/QH13,
# 10-CT/TW, ISO 9001:2008): the plain regular expression an analyst would
# start with, a floor that cite-extract, which also parses them, cannot beat
# by much.
CITE_RE='[0-9]+[a-z]?(/[0-9]{4})?/[A-ZĐ][A-Za-zĐ0-9]*(-[A-ZĐ][A-Za-zĐ0-9]*)*|[0-9]+-[A-ZĐ][A-Za-zĐ]*/[A-ZĐ][A-Za-zĐ0-9]*(-[A-ZĐ][A-Za-zĐ0-9]*)*|(ISO|TCVN) [0-9]+:[0-9]{4}'

declare -A CMD NEEDS
CMD[cat]="cat"
CMD[iconv]="iconv -f UTF-8 -t UTF-8"
CMD[uconv]="uconv -x any-nfc"
CMD[grep]="grep -oE $(q "$CITE_RE")"
CMD[jq]="jq -r $(q "$JQ_PROGRAM")"
CMD[mlr]="mlr --ijsonl --otsv cat"
CMD[vn-normalize]="$(tool vn-normalize)"
CMD[vn-segment]="$(tool vn-segment)"
CMD[vn-segment-w]="$(tool vn-segment) -w"
CMD[cite-extract]="$(tool cite-extract)"
CMD[metric-extract]="$(tool metric-extract)"
CMD[to-tsv]="$(tool to-tsv) -f $FIELDS"
STAGES="$(tool vn-normalize) | $(tool vn-segment)"
CMD[pipe-cite]="$STAGES | $(tool cite-extract) | $(tool to-tsv)"
CMD[pipe-metric]="$STAGES | $(tool metric-extract) | $(tool to-tsv)"
NEEDS[vn-normalize]="vn-normalize"
NEEDS[vn-segment]="vn-segment"
NEEDS[vn-segment-w]="vn-segment"
NEEDS[cite-extract]="cite-extract"
NEEDS[metric-extract]="metric-extract"
NEEDS[to-tsv]="to-tsv"
NEEDS[pipe-cite]="vn-normalize vn-segment cite-extract to-tsv"
NEEDS[pipe-metric]="vn-normalize vn-segment metric-extract to-tsv"
REFS="cat iconv uconv grep jq mlr"
TOOLS="vn-normalize vn-segment vn-segment-w cite-extract metric-extract to-tsv"

missing_tools() { # ID -> the tools it needs that are not built
	local t out=""
	for t in ${NEEDS[$1]:-}; do built "$t" || out="$out $t"; done
	echo "${out# }"
}

# ---------------------------------------------------------------------------
# Timing. One run: wall time around the command, peak RSS from GNU time
# (for a pipeline, the largest single process). Output goes through a pipe
# to cat, as in real use; /dev/null directly would let grep stop at the
# first match.
run_once() { # INPUT CMD -> RUN_S RUN_KB RUN_RC
	local t0 t1 shell=(sh -c)
	# A pipeline fails when any stage fails; sh (dash) lacks pipefail.
	case $2 in *"|"*) shell=(bash -o pipefail -c) ;; esac
	t0=$EPOCHREALTIME
	/usr/bin/time -f %M -o "$TMPD/rss" timeout "$TIMEOUT" \
		"${shell[@]}" "$2" < "$1" 2> "$TMPD/stderr" | cat > /dev/null
	RUN_RC=${PIPESTATUS[0]}
	t1=$EPOCHREALTIME
	RUN_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
	RUN_KB=$(tail -n 1 "$TMPD/rss")
	case $RUN_KB in *[!0-9]* | "") RUN_KB=0 ;; esac
}

declare -A MBPS RSS NOTE
median() { sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure KEY INPUT CMD RUNS: a warm-up run, then RUNS timed runs (RUNS 0:
# one run, no warm-up); sets MBPS[KEY] (median), RSS[KEY] (peak, MB) and
# NOTE[KEY] (why a figure is missing or thin).
measure() {
	local key=$1 input=$2 cmd=$3 runs=$4 bytes times="" maxkb=0 i
	bytes=$(stat -c %s "$input")
	for ((i = 0; i <= runs; i++)); do
		run_once "$input" "$cmd"
		if [ "$RUN_RC" -eq 124 ]; then
			NOTE[$key]="timeout > ${TIMEOUT}s"; return
		elif [ "$RUN_RC" -ne 0 ]; then
			NOTE[$key]="exit $RUN_RC: $(head -c 120 "$TMPD/stderr" | head -n 1)"; return
		fi
		[ "$RUN_KB" -gt "$maxkb" ] && maxkb=$RUN_KB
		if [ "$i" -eq 0 ] && [ "$runs" -gt 1 ] &&
			awk -v s="$RUN_S" -v lim="$SLOW" 'BEGIN { exit !(s > lim) }'; then
			times=$RUN_S
			NOTE[$key]="1 run (over ${SLOW}s)"
			break
		fi
		if [ "$i" -gt 0 ] || [ "$runs" -eq 0 ]; then times="$times $RUN_S"; fi
	done
	MBPS[$key]=$(printf '%s\n' $times | median | awk -v b="$bytes" '{ printf "%.1f", b / 1e6 / $1 }')
	RSS[$key]=$(awk -v k="$maxkb" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')
	log "$(printf '%-16s %-22s %9s MB/s %8s MB %s' "$key" "$(basename "$input")" \
		"${MBPS[$key]}" "${RSS[$key]}" "${NOTE[$key]:-}")"
}

# measure_if ID KEY INPUT RUNS: measure command ID as KEY, unless one of
# its tools is not built or its reference program is not installed.
measure_if() {
	local missing prog=${CMD[$1]%% *}
	missing=$(missing_tools "$1")
	if [ -n "$missing" ]; then
		NOTE[$2]="not built: ${missing// /, }"; return
	fi
	if [ -z "${NEEDS[$1]:-}" ] && ! command -v "$prog" > /dev/null; then
		NOTE[$2]="$prog not installed (make deps)"; return
	fi
	measure "$2" "$3" "${CMD[$1]}" "$4"
}

# ---------------------------------------------------------------------------
log "$(nproc) cores, $(label $BYTES) corpora, $RUNS runs after a warm-up"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# Main table: everything on the full-size files.
for r in cat iconv uconv grep; do measure_if "$r" "$r" "${FILE[clean]}" "$RUNS"; done
measure_if iconv iconv.messy "${FILE[messy]}" "$RUNS"
measure_if iconv iconv.records "${FILE[records]}" "$RUNS"
for r in jq mlr; do measure_if "$r" "$r" "${FILE[records]}" "$RUNS"; done
for t in vn-normalize vn-segment vn-segment-w cite-extract metric-extract; do
	measure_if "$t" "$t" "${FILE[clean]}" "$RUNS"
done
measure_if vn-normalize vn-normalize.messy "${FILE[messy]}" "$RUNS"
measure_if to-tsv to-tsv "${FILE[records]}" "$RUNS"
for p in pipe-cite pipe-metric; do measure_if "$p" "$p" "${FILE[messy]}" "$RUNS"; done

# Growth: the same commands at 1/100 and 1/10 of the size (the full size
# is the main table's figure), and on one single line of the full size
# (one run: it is a stress test).
for t in iconv $TOOLS; do
	kind=clean long=${FILE[longtext]}
	[ "$t" = to-tsv ] && kind=records long=${FILE[longjson]}
	case ${NOTE[$t]:-} in
	timeout* | exit*) NOTE[$t@$(label "$SMALL")]=${NOTE[$t]}; continue ;;
	esac
	for size in $SMALL $MEDIUM; do
		measure_if "$t" "$t@$(label "$size")" "${FILE[$kind.$size]}" "$RUNS"
	done
	k=$t@$(label "$BYTES")
	MBPS[$k]=${MBPS[$t]:-} RSS[$k]=${RSS[$t]:-} NOTE[$k]=${NOTE[$t]:-}
	measure_if "$t" "$t@line" "$long" 0
done

# Cores: the citation pipeline split on document markers by GNU parallel,
# one job at a time against one per core.
NPROC=$(nproc)
BLOCK=$((BYTES / (NPROC * 4)))
[ "$BLOCK" -gt 16000000 ] && BLOCK=16000000
[ "$BLOCK" -lt 100000 ] && BLOCK=100000
par() { # JOBS
	echo "parallel --will-cite --pipe -k --recend $(q $'\n') --recstart $(q '# newdoc') --block $BLOCK -j $1" \
		"$(q "$STAGES | $(tool cite-extract)") | $(tool to-tsv)"
}
CMD[par-1]=$(par 1)
CMD[par-n]=$(par "$NPROC")
NEEDS[par-1]=${NEEDS[pipe-cite]}
NEEDS[par-n]=${NEEDS[pipe-cite]}
for p in par-1 par-n; do measure_if "$p" "$p" "${FILE[messy]}" "$RUNS"; done

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
ELAPSED=$(awk -v a="$START" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')

source bench/report.sh
