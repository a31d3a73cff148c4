#!/usr/bin/env bats
# vn-normalize: each step on real-looking lines, and each --no-STEP switch.

setup() {
	load '../test_helper'
	cd "$BATS_TEST_TMPDIR"
}

norm() {
	run --separate-stderr vn-normalize "$@"
}

@test "composes NFD input (macOS, some CMSs) to NFC" {
	nfd=$(printf 'Vie\xcc\xa3\xcc\x82t Nam, ca\xcc\x89i ca\xcc\x81ch ha\xcc\x80nh chi\xcc\x81nh')
	norm <<<"$nfd"
	assert_success
	assert_output 'Việt Nam, cải cách hành chính'
}

@test "puts a tone typed before the breve or circumflex where it composes" {
	# a + grave + breve, e + acute + circumflex, o + hook + circumflex
	norm < <(printf 'na\xcc\x80\xcc\x86m tie\xcc\x81\xcc\x82ng to\xcc\x89\xcc\x82ng\n')
	assert_success
	assert_output 'nằm tiếng tổng'
	# precomposed à followed by a breve, too
	[ "$(printf 'n\xc3\xa0\xcc\x86m\n' | vn-normalize)" = 'nằm' ]
}

@test "maps the deprecated tone marks U+0340 and U+0341" {
	norm < <(printf 'ca\xcd\x81c ho\xcd\x80\n')
	assert_output 'các hò'
}

@test "turns Icelandic Ð/ð into Đ/đ in Vietnamese words and abbreviations only" {
	norm <<<'Ðảng ủy, ðồng chí, Nghị định 30/2020/NÐ-CP, QÐ số 5, Ð/c Hải; Guðrún Ðóttir'
	assert_success
	assert_output 'Đảng ủy, đồng chí, Nghị định 30/2020/NĐ-CP, QĐ số 5, Đ/c Hải; Guðrún Ðóttir'
}

@test "--no-unicode-fixes keeps Ð and the typed mark order" {
	norm --no-unicode-fixes <<<'Ðảng'
	assert_output 'Ðảng'
}

@test "--no-nfc keeps decomposed letters" {
	nfd=$(printf 'Vie\xcc\xa3\xcc\x82t')
	norm --no-nfc <<<"$nfd"
	assert_output "$nfd"
}

@test "repairs misplaced tone marks and unifies the style (old by default)" {
	norm <<<'Tỉnh uỷ viên baỏ cáo về lựơng hồ sơ, hoà giải, khoẻ mạnh, thuỷ lợi, qủa là, gìa cả'
	assert_success
	assert_output 'Tỉnh ủy viên bảo cáo về lượng hồ sơ, hòa giải, khỏe mạnh, thủy lợi, quả là, già cả'
}

@test "--tone=new writes hoà, khoẻ, thuỷ and keeps case" {
	norm --tone=new <<<'Đảng ủy, ỦY BAN, Hòa Bình, khỏe, thủy điện, quý, hoàn, huýt'
	assert_success
	assert_output 'Đảng uỷ, UỶ BAN, Hoà Bình, khoẻ, thuỷ điện, quý, hoàn, huýt'
}

@test "--tone=keep leaves either style but moves a misplaced mark" {
	norm --tone=keep <<<'hoà hòa thuỷ thủy baỏ'
	assert_output 'hoà hòa thuỷ thủy bảo'
}

@test "--no-tone leaves every tone mark where it is" {
	norm --no-tone <<<'uỷ baỏ lựơng'
	assert_output 'uỷ baỏ lựơng'
}

@test "leaves names, English and codes alone" {
	line='Café José, Lê Thị Hoà? ok: iPhone, NĐ-CP, hoàt, Nguyễn Thị Ánh, Facebook'
	norm --tone=old <<<"$line"
	assert_output 'Café José, Lê Thị Hòa? ok: iPhone, NĐ-CP, hoàt, Nguyễn Thị Ánh, Facebook'
}

@test "makes every kind of space one space, drops invisible characters, trims" {
	in=$(printf '\xc2\xa0 Sở\xc2\xa0Nội vụ\xe2\x80\xaf2022\xe2\x80\x87năm\xe3\x80\x80cải\tcách\xe2\x80\x8b hành chí\xc2\xadnh\xef\xbb\xbf  \xe2\x80\x8d ')
	norm <<<"$in"
	assert_success
	assert_output 'Sở Nội vụ 2022 năm cải cách hành chính'
}

@test "--no-spaces keeps NBSP and runs of spaces" {
	in=$(printf 'a\xc2\xa0b  c')
	norm --no-spaces --no-punct <<<"$in"
	assert_output "$in"
}

@test "fixes the spacing around punctuation" {
	norm <<<'Về đạo đức công vụ ,ý thức trách nhiệm;kỷ luật ( CCHC ) [ 1 ] giảm ,, tăng ;; Tại sao ?Vì vậy !Hết …'
	assert_success
	assert_output 'Về đạo đức công vụ, ý thức trách nhiệm; kỷ luật (CCHC) [1] giảm, tăng; Tại sao? Vì vậy! Hết…'
}

@test "adds a space after a full stop that ends a run-on sentence only" {
	norm <<<'phát triển trọng tâm.Trong đó TP.HCM, Tp.HCM, ThS.BS Lan, v.v. và vv...Các'
	assert_output 'phát triển trọng tâm. Trong đó TP.HCM, Tp.HCM, ThS.BS Lan, v.v. và vv... Các'
}

@test "never touches numbers, times, codes, standards, URLs, e-mail" {
	line='19.853 hồ sơ, 80,5%, lúc 14:47, số 30c/NQ-CP, ISO 9001:2008, https://dichvucong.gov.vn/p/home?a=1,b;c, www.hanoi.gov.vn, sokhdt.hanoi.gov.vn, vanthu@hanoi.gov.vn, TP.HCM'
	norm <<<"$line"
	assert_success
	assert_output "$line"
}

@test "--no-punct keeps the punctuation spacing" {
	norm --no-punct <<<'công vụ ,ý thức'
	assert_output 'công vụ ,ý thức'
}

@test "--ascii-punct straightens quotes, dashes and the ellipsis" {
	norm --ascii-punct <<<'“Nâng cao” – chỉ số ‘PAR Index’ — 2018…'
	assert_success
	assert_output "\"Nâng cao\" - chỉ số 'PAR Index' - 2018..."
}

@test "decodes named and numeric HTML references, and double escaping" {
	norm <<<'C&aacute;c c&#7911;a S&#x1EDF; &amp;agrave; AT&amp;T &lt;b&gt; x&nbsp;y &quot;ok&quot;'
	assert_success
	assert_output 'Các của Sở à AT&T <b> x y "ok"'
}

@test "leaves references that are incomplete, unknown or would break the line" {
	line='a=1&copy=2 &bogus; &#10; &NewLine; &#xD800; &#;'
	norm <<<"$line"
	assert_output "$line"
	[ "${#lines[@]}" -eq 1 ]
}

@test "--no-decode-entities keeps references" {
	norm --no-decode-entities <<<'C&aacute;c;x'
	assert_output 'C&aacute;c;x'
}

@test "repairs UTF-8 that was read as windows-1252, and only that" {
	norm <<<'CÃ¡c Ä‘á»“ng chÃ­ Ä‘Ã£ bÃ¡o cÃ¡o vá»›i Ä‘oÃ n kiá»ƒm tra'
	assert_success
	assert_output 'Các đồng chí đã báo cáo với đoàn kiểm tra'
	norm <<<'Café, naïve, Ã  la carte'
	assert_output 'Café, naïve, Ã la carte'
}

@test "repairs mojibake where the NBSP of à was lost to a space" {
	norm <<<'vÃ  cÃ¡c Ä‘Æ¡n vá»‹'
	assert_output 'và các đơn vị'
}

@test "--no-repair-mojibake keeps mojibake" {
	norm --no-repair-mojibake <<<'CÃ¡c'
	assert_output 'CÃ¡c'
}

@test "--fold writes search keys" {
	norm --fold <<<'Đảng ủy Sở Công Thương ĐÃ THỰC HIỆN 19.853 hồ sơ'
	assert_success
	assert_output 'dang uy so cong thuong da thuc hien 19.853 ho so'
}

@test "--fold keeps a mark with no letter under it, so a second pass changes nothing" {
	printf '\xcc\x81 H\xcc\x81 0, (\xcc\x81 Ph\xe1\xbb\x91\n' > in.txt
	norm --fold in.txt
	assert_success
	assert_output "$(printf '\xcc\x81 h 0, (\xcc\x81 pho')"
	printf '%s\n' "$output" > once.txt
	norm --fold once.txt
	assert_output "$(cat once.txt)"
}

@test "--fold leaves a reference it cannot decode as written, so folding cannot make it one" {
	printf 'Giá &gT; 100 &amp; Hòa &#xZZ; X\n' > in.txt
	norm --fold in.txt
	assert_success
	assert_output 'gia &gT; 100 & hoa &#xZZ; x'
	printf '%s\n' "$output" > once.txt
	norm --fold once.txt
	assert_output "$(cat once.txt)"
}

@test "an ellipsis after a space and glued to the next word ends up as one spaced after" {
	norm <<<'Ông nói ...rồi đi; chờ ... xem'
	assert_success
	assert_output 'Ông nói... rồi đi; chờ... xem'
	norm <<<"$output"
	assert_output 'Ông nói... rồi đi; chờ... xem'
}

@test "dots that close up across a space into an ellipsis get its space at once" {
	norm <<<'Còn nhiều việc.. ..như vậy'
	assert_output 'Còn nhiều việc.... như vậy'
	norm <<<"$output"
	assert_output 'Còn nhiều việc.... như vậy'
}

@test "a reference completed by a later step is decoded in the same run" {
	# "&gt ;" only becomes a reference once the space before ';' goes; the
	# Greek question mark (U+037E) becomes ';' under NFC.
	norm <<<"$(printf 'a &gt ; b &lt\xcd\xbe c')"
	assert_output 'a > b < c'
	norm <<<"$output"
	assert_output 'a > b < c'
}

@test "two spellings of the same text come out byte-identical" {
	a=$(printf 'Tỉnh uỷ viên , cán bộ\xc2\xa0 hoà nhập')
	b=$(printf 'Ti\xcc\x89nh u\xcc\x89y viên, cán bộ hòa nhập ')
	[ "$(vn-normalize <<<"$a")" = "$(vn-normalize <<<"$b")" ]
}

@test "--report counts each kind of change per document" {
	printf 'hoà  bình\nCÃ¡c\nx\n' > a.txt
	printf '&agrave;\n' > b.txt
	run --separate-stderr vn-normalize --report a.txt b.txt
	assert_success
	[[ "$stderr" == *"a.txt: 3 lines, 2 touched (from utf8):"*"mojibake 1,"*"spaces 1, tones 1,"* ]]
	[[ "$stderr" == *"b.txt: 1 lines, 1 touched (from utf8):"*"entities 1,"* ]]
}
