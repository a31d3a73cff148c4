#!/usr/bin/env bats
# The whole pipeline as users run it: the examples with their expected
# records, the demo, many documents in one stream, GNU parallel, cron and
# SQLite.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
	EXAMPLES="$ROOT_DIR/examples"
	COMPARE="$ROOT_DIR/tests/pipeline/compare-records"
}

# The README's pipeline over the example texts, into sentences.txt.
run_examples() {
	(cd "$EXAMPLES/texts" && vn-normalize --from=auto *.txt | vn-segment) > sentences.txt
}

@test "the examples give exactly their expected citations, every field" {
	run_examples
	cite-extract sentences.txt > cites.jsonl
	run "$COMPARE" cites "$EXAMPLES/expected/cites.jsonl" cites.jsonl
	assert_success
	assert_line --index 0 --regexp '^tp [0-9]+ fp 0 fn 0 f1 1\.0000$'
}

@test "the examples give their expected metrics (F1 at least 0.97)" {
	run_examples
	metric-extract sentences.txt > metrics.jsonl
	run "$COMPARE" metrics "$EXAMPLES/expected/metrics.jsonl" metrics.jsonl
	assert_success
	f1=$(sed -n '1s/.* f1 //p' <<<"$output")
	echo "$output"
	awk -v f="$f1" 'BEGIN { exit !(f >= 0.97) }'
}

@test "the TCVN3 example decodes to its Unicode original, named or detected" {
	run --separate-stderr vn-normalize --from=tcvn3 "$EXAMPLES/texts/tcvn3_article.txt"
	assert_success
	assert_output "$(vn-normalize "$EXAMPLES/expected/tcvn3_article.utf8.txt")"
	run --separate-stderr vn-normalize --from=auto "$EXAMPLES/texts/tcvn3_article.txt"
	assert_output "$(vn-normalize "$EXAMPLES/expected/tcvn3_article.utf8.txt")"
}

@test "the demo prints both tables and writes citations.tsv and metrics.tsv" {
	run --separate-stderr sh "$EXAMPLES/demo.sh"
	assert_success
	assert_line --regexp '^Citations \([0-9]+\)$'
	assert_line --regexp '^Metrics \([0-9]+\)$'
	assert_line --regexp '^doc +line +id +type +date +issuer_name$'
	assert_line --partial '57-NQ/TW'
	ncites=$(sed -n 's/^Citations (\([0-9]*\))$/\1/p' <<<"$output")
	nmetrics=$(sed -n 's/^Metrics (\([0-9]*\))$/\1/p' <<<"$output")
	[ "$ncites" -gt 50 ] && [ "$nmetrics" -gt 150 ]
	# A header and one row per record.
	[ "$(wc -l < citations.tsv)" -eq $((ncites + 1)) ]
	[ "$(wc -l < metrics.tsv)" -eq $((nmetrics + 1)) ]
	head -1 citations.tsv | grep -q "^doc	line	start	end	text	kind	id	"
}

# N documents, each with its own decision number on a known line.
make_documents() {
	mkdir -p docs
	awk -v n="$1" 'BEGIN {
		for (i = 1; i <= n; i++) {
			f = sprintf("docs/bc%04d.txt", i)
			print "Báo cáo kết quả cải cách hành chính quý III." > f
			print "" > f
			for (j = 0; j < i % 4; j++) {
				print "Huyện đã tiếp nhận " (100 + i) " hồ sơ trực tuyến." > f
				print "" > f
			}
			print "Thực hiện Quyết định số " i "/QĐ-UBND ngày 05/3/2024 của UBND tỉnh." > f
			close(f)
		}
	}'
}

@test "1,000 documents in one stream: every record names its document and line" {
	make_documents 1000
	vn-normalize docs/*.txt | vn-segment | cite-extract > cites.jsonl
	vn-normalize docs/*.txt | metric-extract > metrics.jsonl
	[ "$(wc -l < cites.jsonl)" -eq 1000 ]
	[ "$(wc -l < metrics.jsonl)" -eq 1500 ]
	# After vn-segment a paragraph is a sentence and a blank line, so the
	# citation stands on line 3 + 2 * (i % 4); vn-normalize keeps source
	# lines, so the count stands on line 3 (and 5, 7).
	run jq -r 'select((.doc | ltrimstr("docs/bc") | rtrimstr(".txt") | tonumber) as $i |
		.id != "\($i)/QĐ-UBND" or .line != 3 + 2 * ($i % 4)) | .doc' cites.jsonl
	assert_output ''
	run jq -r 'select((.doc | ltrimstr("docs/bc") | rtrimstr(".txt") | tonumber) as $i |
		.value != 100 + $i or (.line - 1) % 2 != 0 or .line < 3 or .line > 7) | .doc' metrics.jsonl
	assert_output ''
}

@test "GNU parallel split at # newdoc gives byte-identical output to the serial pipeline" {
	make_documents 300
	vn-normalize docs/*.txt > stream.txt
	vn-segment stream.txt | cite-extract > serial-cites.jsonl
	metric-extract stream.txt > serial-metrics.jsonl
	parallel --pipe -k --block 20k --recstart '# newdoc' 'vn-segment | cite-extract' \
		< stream.txt > parallel-cites.jsonl
	parallel --pipe -k --block 20k --recstart '# newdoc' metric-extract \
		< stream.txt > parallel-metrics.jsonl
	[ -s serial-cites.jsonl ] && [ -s serial-metrics.jsonl ]
	cmp serial-cites.jsonl parallel-cites.jsonl
	cmp serial-metrics.jsonl parallel-metrics.jsonl
}

@test "the TSVs load into SQLite and answer the analysts' queries" {
	run_examples
	cite-extract sentences.txt | to-tsv > citations.tsv
	metric-extract sentences.txt | to-tsv > metrics.tsv
	sqlite3 -bail vn.db < "$EXAMPLES/sql/schema.sql"
	sqlite3 -bail vn.db < "$EXAMPLES/sql/load-sqlite.sql"
	[ "$(sqlite3 vn.db 'SELECT count(*) FROM citations')" -eq $(($(wc -l < citations.tsv) - 1)) ]
	[ "$(sqlite3 vn.db 'SELECT count(*) FROM metrics')" -eq $(($(wc -l < metrics.tsv) - 1)) ]
	# The most cited document, counted from the TSV itself.
	read -r n id < <(cut -f7 citations.tsv | tail -n +2 | sort | uniq -c | sort -k1,1nr -k2 | head -1)
	run sqlite3 -separator ' ' vn.db < "$EXAMPLES/sql/most_cited.sql"
	assert_success
	assert_line --index 0 --regexp "^$id [^0-9]+ $n [0-9]+ [0-9]{4}-[0-9]{2}-[0-9]{2}\$"
	run sqlite3 vn.db -cmd '.parameter set :unit "hồ sơ"' < "$EXAMPLES/sql/figures_by_year.sql"
	assert_success
	assert_line --partial '|count|hồ sơ|'
	[ "$(sqlite3 vn.db "SELECT count(*) FROM metrics WHERE year = ''")" -eq 0 ]
	run sqlite3 vn.db < "$EXAMPLES/sql/ranks.sql"
	assert_line --partial 'rank_change'
}

@test "the nightly cron job loads new files once, silently, and a second run adds nothing" {
	mkdir inbox out
	cp "$EXAMPLES"/texts/district_reform_review.txt "$EXAMPLES"/texts/party_cell_meeting.txt inbox/
	run "$EXAMPLES/cron/vnpipe-nightly" inbox out
	assert_success
	assert_output ''
	cites=$(sqlite3 out/vnpipe.db 'SELECT count(*) FROM citations')
	metrics=$(sqlite3 out/vnpipe.db 'SELECT count(*) FROM metrics')
	[ "$cites" -gt 5 ] && [ "$metrics" -gt 20 ]
	[ "$(sqlite3 out/vnpipe.db 'SELECT count(DISTINCT doc) FROM citations')" -eq 2 ]
	ls out/*/citations-*.tsv out/*/metrics-*.tsv

	run "$EXAMPLES/cron/vnpipe-nightly" inbox out
	assert_success
	assert_output ''
	[ "$(sqlite3 out/vnpipe.db 'SELECT count(*) FROM citations')" -eq "$cites" ]
	[ "$(sqlite3 out/vnpipe.db 'SELECT count(*) FROM metrics')" -eq "$metrics" ]

	# A file that arrives later is loaded on the next run, and only it.
	cp "$EXAMPLES"/texts/provincial_par_index.txt inbox/
	run "$EXAMPLES/cron/vnpipe-nightly" inbox out
	assert_success
	[ "$(sqlite3 out/vnpipe.db 'SELECT count(DISTINCT doc) FROM metrics')" -eq 3 ]
	[ "$(sqlite3 out/vnpipe.db 'SELECT count(*) FROM loaded_files')" -eq 3 ]
}

@test "the cron job fails loudly with nothing half-loaded" {
	run "$EXAMPLES/cron/vnpipe-nightly" missing-inbox out
	assert_failure 1
	assert_output 'vnpipe-nightly: missing-inbox: no such directory'

	mkdir inbox out
	cp "$EXAMPLES"/texts/party_cell_meeting.txt inbox/
	echo 'not a database' > out/vnpipe.db
	run "$EXAMPLES/cron/vnpipe-nightly" inbox out
	assert_failure 1
	assert_output --partial "vnpipe-nightly: $PWD/out/vnpipe.db:"
}

@test "the seeds through the whole pipeline reproduce the gold scores (plain and -w)" {
	require_shared
	for mode in "" -w; do
		vn-normalize "$SHARED_DIR"/corpus/seeds/*.txt | vn-segment $mode > sentences.txt
		cite-extract sentences.txt > cites.jsonl
		metric-extract sentences.txt > metrics.jsonl
		run "$SHARED_DIR/tools/score" cites "$SHARED_DIR/corpus/gold/cites.jsonl" cites.jsonl
		assert_line 'F1 1.0000'
		[ -n "$mode" ] || assert_line --partial 'type 1.000, type_code 1.000, number 1.000, year 1.000, issuer 1.000, date 1.000, issuer_name 1.000, system 1.000'
		run "$SHARED_DIR/tools/score" metrics "$SHARED_DIR/corpus/gold/metrics.jsonl" metrics.jsonl
		echo "$output"
		f1=$(awk '/^F1 /{print $2}' <<<"$output")
		acc=$(grep 'field accuracy' <<<"$output")
		unit=$(sed -E 's/.*unit ([0-9.]+).*/\1/' <<<"$acc")
		year=$(sed -E 's/.*year ([0-9.]+).*/\1/' <<<"$acc")
		awk -v f="$f1" -v u="$unit" -v y="$year" 'BEGIN { exit !(f >= 0.95 && u >= 0.9 && y >= 0.9) }'
	done
}
