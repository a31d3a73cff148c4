/* Unit tests for lib/metriccite.c: the pre-filter may let through a
 * sentence without a citation, never hold back one with a citation. It
 * is checked against the recognizer itself on our own sentences and on
 * cite-extract's fixtures, which grow with every form it learns. */
#include "check.h"

#include <dirent.h>
#include <stdlib.h>

#include "citescan.h"
#include "metricint.h"
#include "sentsplit.h"

static size_t with_cites, held_back, without_cites, let_through;

static void
check_sentences(const char *line, size_t len)
{
	size_t pos = 0, from, end;
	while (vn_sentence_next(line, len, pos, &from, &end, &pos)) {
		int cites = vn_cite_spans(line + from, end - from, NULL, 0) > 0;
		int possible = vn_mt_cite_possible(line + from, end - from);
		with_cites += cites;
		held_back += cites && !possible;
		without_cites += !cites;
		let_through += !cites && possible;
		if (cites && !possible)
			printf("# held back: %.*s\n", (int)(end - from), line + from);
	}
}

static void
check_file(const char *path)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (!f)
		return;
	while ((n = getline(&line, &cap, f)) > 0) {
		if (line[n - 1] == '\n')
			n--;
		check_sentences(line, (size_t)n);
	}
	free(line);
	fclose(f);
}

int
main(void)
{
	static const char *const own[] = {
		"Thực hiện Nghị quyết 18 yêu cầu tinh gọn bộ máy, huyện đã giảm 3 phòng.",
		"Theo Quyết định số: 25 của UBND tỉnh, 12 xã được công nhận.",
		"Sở áp dụng TCVN ISO 9001:2015 cho 35 thủ tục; QCVN 01 : 2009/BYT vẫn còn hiệu lực.",
		"Căn cứ Công văn 118 / UBND-NC và Chỉ thị 10 - CT/TW, huyện rà soát 40 thủ tục.",
		"Luật số 80/2015/QH13 có 5 chương, Nghị định 30c/NQ-CP có 2 phụ lục.",
		"Thực hiện Nghi\xcc\xa3 quye\xcc\x82\xcc\x81t 18 yêu cầu tinh gọn bộ máy.",
		"THỰC HIỆN KẾ HOẠCH 25 NĂM 2023, TỈNH ĐẠT 95% HỒ SƠ TRỰC TUYẾN.",
		"Năm 2023, tỉnh tiếp nhận 19.853 hồ sơ, đạt 98,5%; xếp thứ 05/63 và tăng 4 bậc.",
		"Ngày 30/8/2016, 12/16 xã hoàn thành; giai đoạn 2016-2020 giảm 25-40%.",
	};
	for (size_t k = 0; k < sizeof own / sizeof own[0]; k++)
		check_sentences(own[k], strlen(own[k]));

	DIR *d = opendir("tests/cite-extract/fixtures");
	size_t files = 0;
	if (d) {
		struct dirent *e;
		while ((e = readdir(d))) {
			size_t l = strlen(e->d_name);
			if (l > 3 && strcmp(e->d_name + l - 3, ".in") == 0) {
				char path[512];
				snprintf(path, sizeof path, "tests/cite-extract/fixtures/%s", e->d_name);
				check_file(path);
				files++;
			}
		}
		closedir(d);
	}
	CHECK(files > 0, "read cite-extract's fixtures (%zu files)", files);
	CHECK(held_back == 0 && with_cites >= 20,
	      "never holds back a sentence with a citation (%zu held back of %zu)", held_back, with_cites);
	CHECK(let_through < without_cites,
	      "holds back sentences without one (%zu let through of %zu)", let_through, without_cites);
	return check_done();
}
