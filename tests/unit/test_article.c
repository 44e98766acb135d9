/* test_article.c - unit tests of the article record and civil dates. */
#include "testutil.h"

#include "tidings/article.h"
#include "tidings/arena.h"
#include "tidings/error.h"

static void test_day_roundtrip(void **state)
{
	(void)state;
	assert_int_equal(td_day_from_ymd(1970, 1, 1), 0);
	assert_int_equal(td_day_from_ymd(2000, 3, 1), 11017);
	for (td_day d = -1000; d < 30000; d += 7) {
		int y, m, dd;
		td_day_to_ymd(d, &y, &m, &dd);
		assert_int_equal(td_day_from_ymd(y, m, dd), d);
	}
	assert_int_equal(td_day_from_ymd(2023, 2, 29), TD_NODATE);
	assert_int_equal(td_day_from_ymd(2024, 2, 29), td_day_from_ymd(2024, 3, 1) - 1);
	assert_int_equal(td_day_from_ymd(2024, 13, 1), TD_NODATE);
}

static void test_day_format_parse(void **state)
{
	(void)state;
	char buf[11];
	td_day d = td_day_parse_iso("2025-11-26T10:00:00Z", 20);
	td_day_format(d, buf);
	assert_string_equal(buf, "2025-11-26");
	assert_int_equal(td_day_parse_iso("2025-1-26", 9), TD_NODATE);
	assert_int_equal(td_day_parse_iso("2025-02-30", 10), TD_NODATE);
	assert_int_equal(td_day_parse_iso("20251-02-03", 11), TD_NODATE);
	td_day_format(TD_NODATE, buf);
	assert_string_equal(buf, "");
}

static void test_time_parse(void **state)
{
	(void)state;
	int64_t day = (int64_t)td_day_from_ymd(2025, 11, 26) * 86400;
	assert_int_equal(td_time_parse_iso("2025-11-26T08:00:00Z", 20), day + 8 * 3600);
	assert_int_equal(td_time_parse_iso("2025-11-26T08:00:00+03:00", 25), day + 5 * 3600);
	assert_int_equal(td_time_parse_iso("2025-11-26 08:30", 16), day + 8 * 3600 + 1800);
	assert_int_equal(td_time_parse_iso("2025-11-26T08:00:00.123-0100", 28), day + 9 * 3600);
	assert_int_equal(td_time_parse_iso("2025-11-26", 10), 0);
	assert_int_equal(td_time_parse_iso("2025-11-26T25:00", 16), 0);
	assert_int_equal(td_time_parse_iso("2025-11-26T08:00+", 17), day + 8 * 3600);
}

static void test_arena(void **state)
{
	(void)state;
	td_arena *a = td_arena_create();
	assert_non_null(a);
	char *s = td_arena_strndup(a, "hello world", 5);
	assert_string_equal(s, "hello");
	void *big = td_arena_alloc(a, 1 << 20);
	assert_non_null(big);
	assert_true(((uintptr_t)big & 15) == 0);
	assert_true(td_arena_used(a) >= (1u << 20));
	/* Ownership: both blocks, not other memory, nothing after a reset. */
	static const char outside[] = "static";
	assert_true(td_arena_owns(a, s));
	assert_true(td_arena_owns(a, (char *)big + (1 << 20) - 1));
	assert_false(td_arena_owns(a, outside));
	td_arena_reset(a);
	assert_int_equal(td_arena_used(a), 0);
	assert_false(td_arena_owns(a, big));
	assert_non_null(td_arena_calloc(a, 100));
	td_arena_destroy(a);
	td_arena_destroy(NULL);
}

static void test_names(void **state)
{
	(void)state;
	assert_string_equal(td_category_name(TD_CAT_SPORTS), "sports");
	assert_int_equal(td_category_from_name("science"), TD_CAT_SCIENCE);
	assert_int_equal(td_category_from_name("nonsense"), TD_CAT_NONE);
	assert_string_equal(td_entity_type_name(TD_ENT_ORG), "ORG");
	assert_string_equal(td_strerror(TD_ERR_UTF8), "invalid UTF-8");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_day_roundtrip),
		cmocka_unit_test(test_day_format_parse),
		cmocka_unit_test(test_time_parse),
		cmocka_unit_test(test_arena),
		cmocka_unit_test(test_names),
	};
	return cmocka_run_group_tests_name("article", tests, NULL, NULL);
}
