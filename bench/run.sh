#!/usr/bin/env bash
# bench/run.sh BINDIR: measure every vnpipe tool built in BINDIR, and the
# reference tools, on the same generated files in the same run; print the
# tables and write them to bench/RESULTS.md. `make bench` runs it; see
# bench/README.md for what each figure means.
#
# Knobs (environment): BENCH_MB (corpus size, default 100), BENCH_RUNS
# (timed runs after the warm-up, default 5; BENCH_CORES_RUNS for the
# parallel runs, default 3), BENCH_SEED (default 1),
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
CORES_RUNS=${BENCH_CORES_RUNS:-3}
SEED=${BENCH_SEED:-1}
TIMEOUT=${BENCH_TIMEOUT:-180}
SLOW=${BENCH_SLOW:-25}
DATA=bench/data
export LC_ALL=C.UTF-8
START=$EPOCHREALTIME

die() { echo "bench: $*" >&2; exit 1; }
log() { echo "bench: $*" >&2; }

case $MB$RUNS$CORES_RUNS$TIMEOUT$SLOW in
*[!0-9]*) die "BENCH_MB, BENCH_RUNS, BENCH_CORES_RUNS, BENCH_TIMEOUT, BENCH_SLOW: whole numbers" ;;
esac
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
tool() { q "$BIN/$1"; }
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
TOOLS="vn-normalize vn-segment vn-segment-w cite-extract metric-extract to-tsv"

missing_tools() { # ID -> the tools it needs that are not built
	local t out=""
	for t in ${NEEDS[$1]:-}; do built "$t" || out="$out $t"; done
	echo "${out# }"
}

# ---------------------------------------------------------------------------
# Timing. One run: wall time around the command, CPU time (user + system,
# of the command and all its processes) from bash's `time` (to the
# millisecond; GNU time's hundredths are too coarse for short runs), peak
# RSS from GNU time (for a pipeline, that of its largest process). Output
# goes through a pipe to cat, as in real use; /dev/null directly would let
# grep stop at the first match.
run_once() { # INPUT CMD TIMEOUT -> RUN_S RUN_CPU RUN_KB RUN_RC
	local t0 t1 shell=(sh -c) kb user sys TIMEFORMAT='%3U %3S'
	# A pipeline fails when any stage fails; sh (dash) lacks pipefail.
	case $2 in *"|"*) shell=(bash -o pipefail -c) ;; esac
	t0=$EPOCHREALTIME
	{
		time /usr/bin/time -f %M -o "$TMPD/rss" timeout "$3" \
			"${shell[@]}" "$2" < "$1" 2> "$TMPD/stderr"
	} 2> "$TMPD/cpu" | cat > /dev/null
	RUN_RC=${PIPESTATUS[0]}
	t1=$EPOCHREALTIME
	kb=$(tail -n 1 "$TMPD/rss")
	read -r user sys < <(tail -n 1 "$TMPD/cpu")
	case $kb in *[!0-9]* | "") kb=0 ;; esac
	RUN_KB=$kb
	RUN_S=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')
	RUN_CPU=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.3f", u + s }')
}

declare -A MBPS CPUMBPS RSS NOTE KEYCMD INPUT_OF TIMES CPUS MAXKB LIMIT
GROUP=()
median() { sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
failed() { case ${NOTE[$1]:-} in timeout* | exit*) return 0 ;; esac; return 1; }

# add ID KEY INPUT [TIMEOUT]: put command ID, reading INPUT, into the next
# group to measure, as KEY; unless one of its tools is not built or its
# program is not installed, which NOTE[KEY] then says.
add() {
	local missing prog=${CMD[$1]%% *}
	missing=$(missing_tools "$1")
	if [ -n "$missing" ]; then
		NOTE[$2]="not built: ${missing// /, }"
	elif [ -z "${NEEDS[$1]:-}" ] && ! command -v "$prog" > /dev/null; then
		NOTE[$2]="$prog not installed (make deps)"
	else
		KEYCMD[$2]=${CMD[$1]} INPUT_OF[$2]=$3 LIMIT[$2]=${4:-$TIMEOUT}
		TIMES[$2]="" CPUS[$2]="" MAXKB[$2]=0
		GROUP+=("$2")
	fi
}

# run_key KEY: one run of KEY's command; a failure or timeout is noted.
run_key() {
	run_once "${INPUT_OF[$1]}" "${KEYCMD[$1]}" "${LIMIT[$1]}"
	if [ "$RUN_RC" -eq 124 ]; then
		NOTE[$1]="timeout > ${LIMIT[$1]}s"
	elif [ "$RUN_RC" -ne 0 ]; then
		NOTE[$1]="exit $RUN_RC: $(head -c 120 "$TMPD/stderr" | head -n 1)"
	else
		[ "$RUN_KB" -gt "${MAXKB[$1]}" ] && MAXKB[$1]=$RUN_KB
		return 0
	fi
	return 1
}

# measure_group RUNS: measure the group added since the last call: a
# warm-up run of each command, then RUNS rounds that run each once in
# turn, so that a change in the machine's load hits a tool and its
# references alike. RUNS 0: one run each, no warm-up. Sets MBPS[KEY]
# (median, wall time), CPUMBPS[KEY] (median, MB per CPU-second), RSS[KEY]
# (peak, MB) and NOTE[KEY] (why a figure is missing or thin).
measure_group() {
	local runs=$1 key i bytes active=()
	for key in "${GROUP[@]}"; do
		run_key "$key" || continue
		if [ "$runs" -eq 0 ]; then
			TIMES[$key]=$RUN_S CPUS[$key]=$RUN_CPU
		elif awk -v s="$RUN_S" -v lim="$SLOW" 'BEGIN { exit !(s > lim) }'; then
			TIMES[$key]=$RUN_S CPUS[$key]=$RUN_CPU NOTE[$key]="1 run (over ${SLOW}s)"
		else
			active+=("$key")
		fi
	done
	for ((i = 1; i <= runs; i++)); do
		for key in "${active[@]}"; do
			failed "$key" || { run_key "$key" && TIMES[$key]+=" $RUN_S" CPUS[$key]+=" $RUN_CPU"; }
		done
	done
	for key in "${GROUP[@]}"; do
		failed "$key" && { log "$key: ${NOTE[$key]}"; continue; }
		bytes=$(stat -c %s "${INPUT_OF[$key]}")
		MBPS[$key]=$(printf '%s\n' ${TIMES[$key]} | median |
			awk -v b="$bytes" '{ printf "%.1f", b / 1e6 / $1 }')
		CPUMBPS[$key]=$(printf '%s\n' ${CPUS[$key]} | median |
			awk -v b="$bytes" '$1 > 0 { printf "%.1f", b / 1e6 / $1 }')
		RSS[$key]=$(awk -v k="${MAXKB[$key]}" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }')
		log "$(printf '%-20s %-22s %9s MB/s %8s MB %s' "$key" "$(basename "${INPUT_OF[$key]}")" \
			"${MBPS[$key]}" "${RSS[$key]}" "${NOTE[$key]:-}")"
	done
	GROUP=()
}

# ---------------------------------------------------------------------------
log "$(nproc) cores, $(label $BYTES) corpora, $RUNS runs after a warm-up"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# Main table and growth: the commands reading each input measured
# together, each tool's 1/100- and 1/10-size runs right beside its
# full-size one so that they see the same load.
add cat cat "${FILE[clean]}"
for c in iconv uconv grep vn-normalize vn-segment vn-segment-w cite-extract metric-extract; do
	case $c in uconv | grep) ;; *)
		add "$c" "$c@$(label "$SMALL")" "${FILE[clean.$SMALL]}"
		add "$c" "$c@$(label "$MEDIUM")" "${FILE[clean.$MEDIUM]}" ;;
	esac
	add "$c" "$c" "${FILE[clean]}"
done
measure_group "$RUNS"
add iconv iconv.messy "${FILE[messy]}"
add vn-normalize vn-normalize.messy "${FILE[messy]}"
add pipe-cite pipe-cite "${FILE[messy]}"
add pipe-metric pipe-metric "${FILE[messy]}"
measure_group "$RUNS"
add iconv iconv.records "${FILE[records]}"
add jq jq "${FILE[records]}"
add mlr mlr "${FILE[records]}"
add to-tsv "to-tsv@$(label "$SMALL")" "${FILE[records.$SMALL]}"
add to-tsv "to-tsv@$(label "$MEDIUM")" "${FILE[records.$MEDIUM]}"
add to-tsv to-tsv "${FILE[records]}"
measure_group "$RUNS"

# Growth, last: one single line of the full size, run once (a stress
# test). A command that failed above is skipped. A tool that is linear in
# the line's length reads one long line about as fast as many short ones,
# so the run is stopped at 4 times the tool's full-size time (at least
# 10 s): a tool slower than that has a problem with long lines, and
# waiting longer would only spend the time budget.
line_limit() { # KEY -> seconds
	awk -v b="$BYTES" -v r="${MBPS[$1]:-}" -v max="$TIMEOUT" 'BEGIN {
		t = r > 0 ? 4 * b / 1e6 / r : max; t = t < 10 ? 10 : t
		printf "%d\n", (t > max ? max : t + 0.5) }'
}
for t in iconv $TOOLS; do
	failed "$t" && continue
	input=${FILE[longtext]}
	[ "$t" = to-tsv ] && input=${FILE[longjson]}
	add "$t" "$t@line" "$input" "$(line_limit "$t")"
done
measure_group 0
for t in iconv $TOOLS; do
	k=$t@$(label "$BYTES")
	MBPS[$k]=${MBPS[$t]:-} CPUMBPS[$k]=${CPUMBPS[$t]:-} RSS[$k]=${RSS[$t]:-} NOTE[$k]=${NOTE[$t]:-}
done

# Cores: the citation pipeline split on document markers by GNU parallel,
# one job at a time against one per core; 3 runs each (BENCH_CORES_RUNS):
# the pipeline's own figure above already has the full count.
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
add par-1 par-1 "${FILE[messy]}"
add par-n par-n "${FILE[messy]}"
measure_group "$CORES_RUNS"

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
ELAPSED=$(awk -v a="$START" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }')

source bench/report.sh
