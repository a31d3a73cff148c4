#!/usr/bin/env bats
# Fault tests for every tool built in $VNPIPE_BIN, present and future:
# full disk, closed pipe, unreadable operands, binary input, huge lines,
# millions of lines, empty input (PIPELINE.md section 4). A tool that lands
# is covered by being built; a tool that reads something other than text
# gets a case in sample_input.

setup_file() {
	load '../test_helper'
	# ASan and UBSan report with exit status 1, which is also the tools'
	# data-error status: make theirs distinct. A small quarantine keeps
	# ASan from holding 256 MB of freed blocks, which would hide whether
	# the tool's own memory stays flat.
	export ASAN_OPTIONS=exitcode=86:quarantine_size_mb=8
	export UBSAN_OPTIONS=exitcode=87:print_stacktrace=1
	if sanitized; then
		# The same tests run under ASan+UBSan, 3-5 times slower: smaller
		# inputs still cross every buffer size, in a tolerable time.
		export LONG_BYTES=20000000 SHORT_LINES=2000000 RSS_FACTOR=2
	else
		export LONG_BYTES=100000000 SHORT_LINES=10000000 RSS_FACTOR=1
	fi
	# Made once for the file: a LONG_BYTES line and SHORT_LINES lines, as
	# text and as JSON Lines records.
	local d=$BATS_FILE_TMPDIR unit='Theo Quyết định số 2057/QĐ-UBND, tỉnh đạt 80,5% hồ sơ trực tuyến. '
	local units=$((LONG_BYTES / $(printf %s "$unit" | wc -c)))
	{ yes "$unit" | head -n "$units" | tr -d '\n'; echo; } > "$d/long.txt"
	{ printf '{"doc":"a.txt","text":"'; yes "$unit" | head -n "$units" | tr -d '\n'; printf '"}\n'; } > "$d/long.jsonl"
	# Mostly plain short lines, a figure and a citation now and then.
	yes "$(yes 'Xã Tân Phú, huyện Định Quán' | head -n 999; echo "$unit")" |
		head -n "$SHORT_LINES" > "$d/short.txt"
	yes '{"doc":"a.txt","line":7,"text":"80,5%","value":80.5}' | head -n "$SHORT_LINES" > "$d/short.jsonl"
}

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

sanitized() {
	local t
	for t in "$VNPIPE_BIN"/*; do
		grep -q __asan_init "$t" && return 0
	done
	return 1
}

tools() {
	local t
	for t in "$VNPIPE_BIN"/*; do
		[ -f "$t" ] && [ -x "$t" ] && echo "${t##*/}"
	done
}

# The kind of input TOOL reads, as a file extension: "jsonl" for to-tsv,
# "txt" (text) for the others.
input_kind() {
	case $1 in
	to-tsv) echo jsonl ;;
	*) echo txt ;;
	esac
}

# A small input that makes TOOL write something: a sentence with a
# citation and figures for the text tools, a record for to-tsv.
sample_input() {
	case $(input_kind "$1") in
	jsonl) echo '{"doc":"a.txt","line":1,"start":0,"end":5,"text":"80,5%","kind":"percent","value":80.5}' ;;
	txt) echo 'Theo Quyết định số 2057/QĐ-UBND ngày 08/11/2011 của UBND tỉnh, tỷ lệ hồ sơ trực tuyến đạt 80,5%, tỉnh xếp thứ 05/19.' ;;
	esac
}

# Max RSS in MB allowed over SHORT_LINES lines and over one LONG_BYTES
# line. Flat memory means it does not grow with the input: the short-line
# bound is a constant; the long line must be held, a few copies of it at
# most. vn-segment loads its model (up to 64 MB by its issue) first.
declare -gA SHORT_RSS_MB=([vn-segment]=160)
declare -gA LONG_RSS_MB=([vn-segment]=1200)
short_bound() { echo $((${SHORT_RSS_MB[$1]:-64} * RSS_FACTOR)); }
long_bound() { echo $((${LONG_RSS_MB[$1]:-1024} * RSS_FACTOR)); }

# No sanitizer report and no death by a signal: status 0 or 1 only.
assert_no_crash() {
	local tool=$1 status=$2 errfile=$3
	if [ "$status" -gt 1 ] || grep -q 'Sanitizer\|runtime error' "$errfile"; then
		echo "$tool: exit $status"
		head -n 30 "$errfile"
		return 1
	fi
}

@test "every tool: > /dev/full gives a message and exit 1" {
	local tool status
	for tool in $(tools); do
		# Small output fails at the final flush, large output on the way.
		for n in 1 20000; do
			yes "$(sample_input "$tool")" | head -n "$n" > in.$n
			status=0
			"$tool" in.$n > /dev/full 2> err || status=$?
			if [ "$status" -ne 1 ] || ! grep -q "^$tool: .*No space left on device" err; then
				echo "$tool ($n lines): exit $status, stderr:"
				cat err
				return 1
			fi
		done
	done
}

@test "every tool: | head -1 ends quietly" {
	local tool status
	for tool in $(tools); do
		yes "$(sample_input "$tool")" | head -n 50000 > in
		status=$(timeout 120 bash -c '"$0" in 2> err | head -n 1 > /dev/null; echo "${PIPESTATUS[0]}"' "$tool")
		# 141: killed by SIGPIPE, as cat is; 0: it finished first.
		if [ "$status" != 0 ] && [ "$status" != 141 ] || [ -s err ]; then
			echo "$tool: exit ${status:-timeout}, stderr:"
			cat err
			return 1
		fi
	done
}

@test "every tool: an unreadable operand is reported, the others processed, exit 1" {
	local tool status alone
	mkdir adir
	for tool in $(tools); do
		sample_input "$tool" > in
		alone=$("$tool" in)
		[ -n "$alone" ] || { echo "$tool wrote nothing for the sample"; return 1; }
		for bad in missing adir; do
			status=0
			"$tool" "$bad" in > out 2> err || status=$?
			if [ "$status" -ne 1 ] || ! grep -q "^$tool: $bad" err ||
				[[ "$(cat out)" != *"$alone"* ]]; then
				echo "$tool $bad in: exit $status; stdout, then stderr:"
				cat out err
				return 1
			fi
		done
	done
}

@test "every tool: a compiled executable as input neither crashes nor hangs" {
	local tool status binary
	binary=$(command -v ls)
	for tool in $(tools); do
		status=0
		timeout 60 "$tool" "$binary" > /dev/null 2> err || status=$?
		assert_no_crash "$tool" "$status" err
		status=0
		timeout 60 "$tool" < "$VNPIPE_BIN/$tool" > /dev/null 2> err || status=$?
		assert_no_crash "$tool" "$status" err
	done
}

@test "every tool: empty input gives empty output and exit 0" {
	local tool
	: > empty
	for tool in $(tools); do
		for args in '' empty; do
			run --separate-stderr "$tool" $args < /dev/null
			if [ "$status" -ne 0 ] || [ -n "$output" ] || [ -n "$stderr" ]; then
				echo "$tool $args: exit $status, stdout '$output', stderr '$stderr'"
				return 1
			fi
		done
	done
}

# run_measured TOOL FILE: run TOOL on FILE (output discarded) under
# GNU time; sets status and rss_mb, and checks for crashes.
run_measured() {
	local tool=$1 file=$2
	status=0
	# A tool that is linear takes seconds; the limit catches quadratic
	# work per line, which a 100 MB line turns into hours.
	timeout 300 /usr/bin/time -f '%M' -o rss "$tool" "$file" > /dev/null 2> err || status=$?
	[ "$status" -ne 124 ] || { echo "$tool: still running after 300 s on $file"; return 1; }
	assert_no_crash "$tool" "$status" err
	rss_mb=$(($(tail -n 1 rss) / 1024))
}

@test "every tool: millions of short lines run in flat memory" {
	local tool status rss_mb
	for tool in $(tools); do
		run_measured "$tool" "$BATS_FILE_TMPDIR/short.$(input_kind "$tool")"
		echo "# $tool: $SHORT_LINES lines, max RSS $rss_mb MB" >&3
		[ "$status" -eq 0 ] || { echo "$tool: exit $status"; head err; return 1; }
		if [ "$rss_mb" -ge "$(short_bound "$tool")" ]; then
			echo "$tool: max RSS $rss_mb MB over $SHORT_LINES lines, bound $(short_bound "$tool") MB"
			return 1
		fi
	done
}

@test "every tool: a line of 100 MB (20 MB under SANITIZE) runs in bounded memory" {
	local tool status rss_mb
	for tool in $(tools); do
		run_measured "$tool" "$BATS_FILE_TMPDIR/long.$(input_kind "$tool")"
		echo "# $tool: $LONG_BYTES-byte line, max RSS $rss_mb MB" >&3
		[ "$status" -eq 0 ] || { echo "$tool: exit $status"; head err; return 1; }
		if [ "$rss_mb" -ge "$(long_bound "$tool")" ]; then
			echo "$tool: max RSS $rss_mb MB for a $LONG_BYTES-byte line, bound $(long_bound "$tool") MB"
			return 1
		fi
	done
}
