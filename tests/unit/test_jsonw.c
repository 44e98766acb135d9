/* test_jsonw.c - unit tests of the streaming JSON writer. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>

#include "tidings/article.h"
#include "tidings/jsonw.h"

static void test_structure(void **state)
{
	(void)state;
	td_jw w;
	td_jw_init(&w);
	td_jw_obj(&w);
	td_jw_key(&w, "a");
	td_jw_arr(&w);
	td_jw_int(&w, 1);
	td_jw_num(&w, 2.5);
	td_jw_bool(&w, 1);
	td_jw_null(&w);
	td_jw_num(&w, NAN);
	td_jw_str(&w, NULL);
	td_jw_arr_end(&w);
	td_jw_key(&w, "b");
	td_jw_obj(&w);
	td_jw_obj_end(&w);
	td_jw_obj_end(&w);
	assert_int_equal(td_jw_finish(&w), 0);
	assert_string_equal(w.buf, "{\"a\":[1,2.5,true,null,null,null],\"b\":{}}");
	td_jw_reset(&w);
	assert_int_equal(w.len, 0);
	td_jw_arr(&w);
	td_jw_arr_end(&w);
	assert_string_equal(w.buf, "[]");
	td_jw_free(&w);
}

static void test_members(void **state)
{
	(void)state;
	td_jw w;
	td_jw_init(&w);
	td_jw_obj(&w);
	td_jw_kstr(&w, "s", "x\"y");
	td_jw_kstr(&w, "n", NULL);
	td_jw_kint(&w, "i", -7);
	td_jw_knum(&w, "f", 0.25);
	td_jw_kbool(&w, "b", 0);
	td_jw_key(&w, "d");
	td_jw_day(&w, 0);
	td_jw_key(&w, "e");
	td_jw_day(&w, TD_NODATE);
	td_jw_key(&w, "l");
	td_jw_day(&w, 20052); /* 2024-11-25 */
	td_jw_obj_end(&w);
	assert_int_equal(td_jw_finish(&w), 0);
	assert_string_equal(w.buf, "{\"s\":\"x\\\"y\",\"n\":null,\"i\":-7,\"f\":0.25,\"b\":false,"
				   "\"d\":\"1970-01-01\",\"e\":null,\"l\":\"2024-11-25\"}");
	td_jw_free(&w);
}

/* A long list written out in pieces stays one valid document. */
static void test_drain(void **state)
{
	(void)state;
	td_jw w;
	td_jw_init(&w);
	td_jw_arr(&w);
	td_jw_obj(&w);
	td_jw_kint(&w, "a", 1);
	td_jw_obj_end(&w);
	assert_string_equal(w.buf, "[{\"a\":1}");
	td_jw_drain(&w);
	assert_int_equal(w.len, 0);
	td_jw_obj(&w);
	td_jw_obj_end(&w);
	td_jw_arr_end(&w);
	assert_int_equal(td_jw_finish(&w), 0);
	assert_string_equal(w.buf, ",{}]");
	td_jw_free(&w);
}

static void test_escaping(void **state)
{
	(void)state;
	td_jw w;
	td_jw_init(&w);
	td_jw_arr(&w);
	td_jw_str(&w, "Тереза \"Мэй\"\\\n\t\r\x01");
	td_jw_strn(&w, "ok\xff\xd0", 4);               /* invalid bytes */
	td_jw_strn(&w, "a\0b", 3);                      /* NUL inside */
	td_jw_str(&w, "\xe2\x82\xac \xf0\x9d\x84\x9e"); /* 3- and 4-byte characters */
	td_jw_str(&w, "\xed\xa0\x80");                  /* a surrogate is invalid */
	td_jw_arr_end(&w);
	assert_int_equal(td_jw_finish(&w), 0);
	assert_string_equal(w.buf, "[\"Тереза \\\"Мэй\\\"\\\\\\n\\t\\r\\u0001\","
				   "\"ok\xEF\xBF\xBD\xEF\xBF\xBD\",\"a\\u0000b\","
				   "\"\xe2\x82\xac \xf0\x9d\x84\x9e\","
				   "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"]");
	td_jw_free(&w);
}

/* Numbers print as "%.6g" does, whole ones (written without it) included. */
static void test_numbers(void **state)
{
	(void)state;
	static const double v[] = {0.0, -0.0, 1.0, -1.0, 7.0, 42.0, -42.0, 999999.0, -999999.0,
				   1e6, -1e6, 1234567.0, 0.5, -2.25, 1.20752, 1e-7, 123456.5, 3e15};
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		td_jw w;
		td_jw_init(&w);
		td_jw_num(&w, v[i]);
		assert_int_equal(td_jw_finish(&w), 0);
		char want[64];
		snprintf(want, sizeof(want), "%.6g", v[i]);
		assert_string_equal(w.buf, want);
		td_jw_free(&w);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_members),
		cmocka_unit_test(test_drain),
		cmocka_unit_test(test_escaping),
		cmocka_unit_test(test_numbers),
	};
	return cmocka_run_group_tests_name("jsonw", tests, NULL, NULL);
}
