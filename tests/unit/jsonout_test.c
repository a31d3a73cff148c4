/* Unit tests for lib/jsonout.c: what the JSON writer puts on stdout. */
#include "check.h"

#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include "jsonout.h"
#include "output.h"

static char got[4096];
static size_t got_len;

/* Run write() with standard output sent to a temporary file; keep what it
 * wrote in got[0..got_len). */
static void
capture(void (*write)(void))
{
	char name[] = "/tmp/jsonout_testXXXXXX";
	int fd = mkstemp(name), saved = dup(STDOUT_FILENO);

	if (fd < 0 || saved < 0) {
		perror("jsonout_test");
		exit(1);
	}
	fflush(stdout);
	dup2(fd, STDOUT_FILENO);
	write();
	vn_out_flush();
	dup2(saved, STDOUT_FILENO);
	close(saved);
	got_len = (size_t)pread(fd, got, sizeof got - 1, 0);
	got[got_len] = '\0';
	close(fd);
	unlink(name);
}

static void
integers(void)
{
	vn_json_begin();
	vn_json_int("zero", 0);
	vn_json_int("line", 7);
	vn_json_int("year", 2020);
	vn_json_int("neg", -45);
	vn_json_int("big", 1500000000000LL);
	vn_json_int("max", LLONG_MAX);
	vn_json_int("min", LLONG_MIN);
	vn_json_end();
}

static void
mixed(void)
{
	vn_json_begin();
	vn_json_cstr("id", "30/2020/N\xC4\x90-CP");
	vn_json_null("date");
	vn_json_double("value", 80.5);
	vn_json_double("whole", -3.0);
	vn_json_str("text", "a\"b\\c\n\x01", 7);
	vn_json_end();
}

/* Long strings, with the characters to escape at every offset of an
 * eight-byte word and after runs of Vietnamese letters. */
static void
long_strings(void)
{
	vn_json_begin();
	vn_json_cstr("a", "Quyết định số 30/2020/NĐ-CP \"một cửa\" \\ tab\there\x1f end of it");
	vn_json_cstr("b", "12345678\"2345678\\345678\n45678\x02");
	vn_json_cstr("c", "no escapes at all in these thirty-two");
	vn_json_end();
}

int
main(void)
{
	capture(integers);
	CHECK(strcmp(got, "{\"zero\":0,\"line\":7,\"year\":2020,\"neg\":-45,\"big\":1500000000000,"
	                  "\"max\":9223372036854775807,\"min\":-9223372036854775808}\n") == 0,
	      "integers, negative and extreme ones, as printf writes them");
	if (check_failed)
		printf("#   got: %s", got);
	capture(mixed);
	CHECK(strcmp(got, "{\"id\":\"30/2020/N\xC4\x90-CP\",\"date\":null,\"value\":80.5,"
	                  "\"whole\":-3,\"text\":\"a\\\"b\\\\c\\n\\u0001\"}\n") == 0,
	      "strings escaped, null, decimals and whole doubles");
	if (check_failed)
		printf("#   got: %s", got);
	capture(long_strings);
	CHECK(strcmp(got, "{\"a\":\"Quyết định số 30/2020/NĐ-CP \\\"một cửa\\\" \\\\ tab\\there\\u001f end of it\","
	                  "\"b\":\"12345678\\\"2345678\\\\345678\\n45678\\u0002\","
	                  "\"c\":\"no escapes at all in these thirty-two\"}\n") == 0,
	      "long strings escaped wherever the marks stand");
	if (check_failed)
		printf("#   got: %s", got);
	return check_done();
}
