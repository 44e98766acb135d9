/* test_utf8.c - unit tests of UTF-8 decoding, validation and encoding. */
#include "testutil.h"

#include "tidings/utf8.h"

static void dec(const char *s, size_t len, uint32_t want, int want_n)
{
	int n = 0;
	uint32_t cp = td_utf8_decode(s, len, &n);
	assert_int_equal(cp, want);
	assert_int_equal(n, want_n);
}

static void test_decode(void **state)
{
	(void)state;
	dec("A", 1, 'A', 1);
	dec("\xc3\xa9", 2, 0xE9, 2);         /* é */
	dec("\xd0\x96x", 3, 0x416, 2);       /* Ж */
	dec("\xe2\x80\x9e", 3, 0x201E, 3);   /* „ */
	dec("\xe0\xa4\x85", 3, 0x905, 3);    /* अ */
	dec("\xed\x9f\xbf", 3, 0xD7FF, 3);
	dec("\xef\xbf\xbd", 3, 0xFFFD, 3);
	dec("\xf0\x9f\x98\x80", 4, 0x1F600, 4);
	/* Invalid: overlong, surrogates, truncated, bad continuation, lone
	 * continuation, beyond U+10FFFF: one replacement character per byte. */
	dec("\xc0\x80", 2, 0xFFFD, 1);
	dec("\xc1\xbf", 2, 0xFFFD, 1);
	dec("\xe0\x80\x80", 3, 0xFFFD, 1);
	dec("\xed\xa0\x80", 3, 0xFFFD, 1);
	dec("\xc3", 1, 0xFFFD, 1);
	dec("\xd0\x41", 2, 0xFFFD, 1);
	dec("\xe2\x80", 2, 0xFFFD, 1);
	dec("\xe2\x28\xa1", 3, 0xFFFD, 1);
	dec("\xe3\x81\x41", 3, 0xFFFD, 1);
	dec("\x80", 1, 0xFFFD, 1);
	dec("\xf4\x90\x80\x80", 4, 0xFFFD, 1);
	dec("", 0, 0xFFFD, 1);
}

static void test_roundtrip(void **state)
{
	(void)state;
	static const uint32_t cps[] = {0x24, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF};
	for (size_t i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		char buf[4];
		int bl = td_utf8_encode(cps[i], buf);
		assert_int_equal(td_utf8_valid_prefix(buf, (size_t)bl), (size_t)bl);
		dec(buf, (size_t)bl, cps[i], bl);
	}
	assert_int_equal(td_utf8_valid_prefix("ab\xd0\x96\xc3", 5), 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_roundtrip),
	};
	return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
