/* test_store.c - unit tests of the SQLite article store. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <sqlite3.h>

#include "tidings/error.h"
#include "tidings/store.h"

static char dir[] = "/tmp/td-store-XXXXXX";
static char path[256];

static int setup(void **state)
{
	(void)state;
	memcpy(dir + sizeof(dir) - 7, "XXXXXX", 6);
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", dir);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[512];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static td_stored_article rec(const char *name, const char *title, const char *body)
{
	td_stored_article r;
	memset(&r, 0, sizeof(r));
	r.name = name;
	r.id = 0x8000000000000001ull;
	r.lang = "en";
	r.date = td_day_from_ymd(2020, 1, 2);
	r.published = (int64_t)r.date * 86400 + 3600;
	r.title = title;
	r.body = body;
	r.category = TD_CAT_SCIENCE;
	r.is_news = 1;
	r.content_type = "text/plain";
	r.raw = "raw\0bytes";
	r.raw_len = 9;
	return r;
}

static int count_fn(void *ctx, const td_stored_article *a)
{
	(void)a;
	(*(int *)ctx)++;
	return 0;
}

static void test_put_get_delete(void **state)
{
	(void)state;
	td_store *s;
	assert_int_equal(td_store_open(path, &s), 0);
	td_stored_article r = rec("a.html", "Moon landing", "Astronauts walked on the moon.");
	int created = -1;
	assert_int_equal(td_store_put(s, &r, &created), 0);
	assert_int_equal(created, 1);
	r.title = "Moon landing, updated";
	assert_int_equal(td_store_put(s, &r, &created), 0);
	assert_int_equal(created, 0);
	assert_int_equal(td_store_count(s), 1);

	td_arena *ar = td_arena_create();
	td_stored_article g;
	assert_int_equal(td_store_get(s, "a.html", ar, &g), 0);
	assert_string_equal(g.title, "Moon landing, updated");
	assert_string_equal(g.lang, "en");
	assert_int_equal(g.date, td_day_from_ymd(2020, 1, 2));
	assert_true(g.published == (int64_t)g.date * 86400 + 3600);
	assert_int_equal(g.category, TD_CAT_SCIENCE);
	assert_int_equal(g.is_news, 1);
	assert_true(g.id == 0x8000000000000001ull);
	assert_int_equal(g.raw_len, 9);
	assert_memory_equal(g.raw, "raw\0bytes", 9);
	assert_null(g.url);
	assert_true(g.received > 0);
	assert_int_equal(td_store_get_id(s, 0x8000000000000001ull, ar, &g), 0);
	assert_string_equal(g.name, "a.html");
	assert_int_equal(td_store_get(s, "nope", ar, &g), TD_ERR_NOTFOUND);
	r.name = "undated";
	r.date = TD_NODATE;
	r.published = TD_NOTIME;
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	assert_int_equal(td_store_get(s, "undated", ar, &g), 0);
	assert_true(g.published == TD_NOTIME);
	assert_int_equal(g.date, TD_NODATE);
	assert_int_equal(td_store_delete(s, "undated"), 0);

	assert_int_equal(td_store_delete(s, "a.html"), 0);
	assert_int_equal(td_store_delete(s, "a.html"), TD_ERR_NOTFOUND);
	assert_int_equal(td_store_get(s, "a.html", ar, &g), TD_ERR_NOTFOUND);
	assert_int_equal(td_store_count(s), 0);
	td_arena_destroy(ar);
	td_store_close(s);
	td_store_close(NULL);
}

static void test_persist_and_schema(void **state)
{
	(void)state;
	td_store *s;
	assert_int_equal(td_store_open(path, &s), 0);
	for (int i = 0; i < 50; i++) {
		char name[32];
		snprintf(name, sizeof(name), "n%02d.txt", i);
		td_stored_article r = rec(name, "t", "b");
		assert_int_equal(td_store_put(s, &r, NULL), 0);
	}
	td_store_close(s);
	/* Reopen: data kept, schema version set, WAL mode on. */
	assert_int_equal(td_store_open(path, &s), 0);
	int n = 0;
	assert_int_equal(td_store_each(s, 1, count_fn, &n), 0);
	assert_int_equal(n, 50);
	td_store_close(s);

	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), TD_STORE_SCHEMA);
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	/* A database from a newer build is refused, not damaged. */
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(td_store_open(path, &s), TD_ERR_DB);
	assert_null(s);
	assert_non_null(strstr(td_store_open_error(), "newer"));
}

typedef struct {
	int n;
	char first[64];
	char snippet[256];
} hits;

static int hit_fn(void *ctx, const td_stored_article *a)
{
	hits *h = ctx;
	if (h->n++ == 0) {
		snprintf(h->first, sizeof(h->first), "%s", a->name);
		snprintf(h->snippet, sizeof(h->snippet), "%s", a->snippet ? a->snippet : "");
	}
	assert_null(a->body);
	return 0;
}

static void test_search(void **state)
{
	(void)state;
	td_store *s;
	assert_int_equal(td_store_open(path, &s), 0);
	td_stored_article r = rec("1", "Парламент принял бюджет", "Депутаты проголосовали за бюджет на 2021 год.");
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	r = rec("2", "Football final", "The match ended 2:1 after extra time.");
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	r = rec("3", "Budget talks", "No news on the football front.");
	assert_int_equal(td_store_put(s, &r, NULL), 0);

	hits h = {0};
	assert_int_equal(td_store_search(s, "football", 10, hit_fn, &h), 2);
	assert_string_equal(h.first, "2"); /* title match ranks first */
	assert_non_null(strstr(h.snippet, "<b>"));
	memset(&h, 0, sizeof(h));
	assert_int_equal(td_store_search(s, "БЮДЖЕТ", 10, hit_fn, &h), 1); /* case folded */
	assert_string_equal(h.first, "1");
	memset(&h, 0, sizeof(h));
	assert_int_equal(td_store_search(s, "foot", 10, hit_fn, &h), 2); /* prefix */
	/* FTS5 syntax in user text is inert. */
	const char *nasty[] = {"\"", "football OR", "NEAR(a b)", "a:b", "* ^ - +", "title:x", "\"\"\"",
			       "(", "AND", "футбол\"", ""};
	for (size_t i = 0; i < sizeof(nasty) / sizeof(nasty[0]); i++)
		assert_true(td_store_search(s, nasty[i], 10, NULL, NULL) >= 0);
	assert_int_equal(td_store_search(s, "match extra", 10, NULL, NULL), 1);
	assert_int_equal(td_store_search(s, "match budget", 10, NULL, NULL), 0);
	/* The index follows updates and deletes. */
	r = rec("2", "Tennis final", "The set ended 6:4.");
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	assert_int_equal(td_store_search(s, "football", 10, NULL, NULL), 1);
	assert_int_equal(td_store_delete(s, "3"), 0);
	assert_int_equal(td_store_search(s, "football", 10, NULL, NULL), 0);
	assert_int_equal(td_store_search(s, "tennis", 10, NULL, NULL), 1);
	td_store_close(s);
}

static void test_search_window(void **state)
{
	(void)state;
	td_store *s;
	assert_int_equal(td_store_open(path, &s), 0);
	assert_int_equal(td_store_begin(s), 0);
	for (int i = 0; i < 2100; i++) {
		char name[16];
		snprintf(name, sizeof(name), "w%04d", i);
		/* The oldest and one recent article match in the title too. */
		td_stored_article r = rec(name, i == 0 || i == 2050 ? "Common title" : "Other",
					  "a common word in every body");
		assert_int_equal(td_store_put(s, &r, NULL), 0);
	}
	assert_int_equal(td_store_commit(s), 0);
	hits h = {0};
	assert_int_equal(td_store_search(s, "common", 3, hit_fn, &h), 3);
	/* Ranked among the 2000 newest matches: the old title match is out. */
	assert_string_equal(h.first, "w2050");
	memset(&h, 0, sizeof(h));
	assert_int_equal(td_store_search(s, "common", 5000, hit_fn, &h), 1000);
	td_store_close(s);
}

static int name_fn(void *ctx, const td_stored_article *a)
{
	char *buf = ctx;
	strcat(buf, a->name);
	strcat(buf, ";");
	return 0;
}

static void test_expire_and_tx(void **state)
{
	(void)state;
	td_store *s;
	assert_int_equal(td_store_open(path, &s), 0);
	assert_int_equal(td_store_begin(s), 0);
	for (int i = 0; i < 5; i++) {
		char name[16];
		snprintf(name, sizeof(name), "e%d", i);
		td_stored_article r = rec(name, "t", "b");
		r.expires = i == 4 ? 0 : 100 + i;
		assert_int_equal(td_store_put(s, &r, NULL), 0);
	}
	assert_int_equal(td_store_commit(s), 0);
	char buf[64] = "";
	assert_int_equal(td_store_expire(s, 101, name_fn, buf), 2);
	assert_string_equal(buf, "e0;e1;");
	assert_int_equal(td_store_expire(s, 101, NULL, NULL), 0);
	assert_int_equal(td_store_count(s), 3);
	assert_int_equal(td_store_expire(s, 1000000, NULL, NULL), 2);
	assert_int_equal(td_store_count(s), 1); /* e4 never expires */
	/* A rolled-back transaction leaves nothing. */
	assert_int_equal(td_store_begin(s), 0);
	td_stored_article r = rec("gone", "t", "b");
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	td_store_rollback(s);
	assert_int_equal(td_store_count(s), 1);
	r.name = "";
	assert_int_equal(td_store_put(s, &r, NULL), TD_ERR_INVAL);
	td_store_close(s);
}

static void test_bad_path(void **state)
{
	(void)state;
	td_store *s = (td_store *)1;
	assert_int_equal(td_store_open("/nonexistent-dir/x/y.db", &s), TD_ERR_DB);
	assert_null(s);
}

/* The state table: put, replace, read back; a version-1 database (no
 * state table) is migrated on open, its articles kept. */
static void test_state_and_migration(void **state)
{
	(void)state;
	td_store *s;
	assert_int_equal(td_store_open(path, &s), 0);
	td_stored_article r = rec("kept.txt", "t", "b");
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	td_arena *ar = td_arena_create();
	char *v;
	size_t n;
	assert_int_equal(td_store_state_get(s, "poller", ar, &v, &n), TD_ERR_NOTFOUND);
	assert_int_equal(td_store_state_put(s, "poller", "{\"a\":1}", 7), 0);
	assert_int_equal(td_store_state_put(s, "poller", "{\"b\":22}", 8), 0);
	assert_int_equal(td_store_state_put(s, "", "x", 1), TD_ERR_INVAL);
	assert_int_equal(td_store_state_get(s, "poller", ar, &v, &n), 0);
	assert_int_equal(n, 8);
	assert_string_equal(v, "{\"b\":22}");
	td_store_close(s);

	/* Back to version 1 by hand, as an older build left it. */
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DROP TABLE state; ALTER TABLE articles DROP COLUMN story;"
				      " PRAGMA user_version = 1", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(td_store_open(path, &s), 0);
	assert_int_equal(td_store_count(s), 1);
	assert_int_equal(td_store_state_get(s, "poller", ar, &v, &n), TD_ERR_NOTFOUND);
	assert_int_equal(td_store_state_put(s, "poller", "x", 1), 0);
	td_stored_article g;
	assert_int_equal(td_store_get(s, "kept.txt", ar, &g), 0);
	assert_int_equal(g.story, 0);
	assert_int_equal(td_store_set_story(s, "kept.txt", 77), 0);
	td_store_close(s);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), 3);
	sqlite3_finalize(st);
	sqlite3_close(db);
	td_arena_destroy(ar);
}

static int story_fn(void *ctx, const td_stored_article *a)
{
	uint64_t *sum = ctx;
	*sum += a->story;
	return 0;
}

/* The story id a service gave an article: kept by a re-put of the
 * article, read back by every way of reading articles, forgotten with 0,
 * and its updates leave the full-text index alone. */
static void test_story_ids(void **state)
{
	(void)state;
	td_store *s;
	assert_int_equal(td_store_open(path, &s), 0);
	td_stored_article r = rec("a.txt", "Budget talks", "The council met.");
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	r = rec("b.txt", "Other", "Text.");
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	assert_int_equal(td_store_set_story(s, "a.txt", 0x8000000000000001ull), 0);
	assert_int_equal(td_store_set_story(s, "missing.txt", 5), 0);
	td_arena *ar = td_arena_create();
	td_stored_article g;
	assert_int_equal(td_store_get(s, "a.txt", ar, &g), 0);
	assert_true(g.story == 0x8000000000000001ull);
	assert_int_equal(td_store_get(s, "b.txt", ar, &g), 0);
	assert_int_equal(g.story, 0);
	r = rec("a.txt", "Budget passed", "The council voted.");
	assert_int_equal(td_store_put(s, &r, NULL), 0);
	assert_int_equal(td_store_get(s, "a.txt", ar, &g), 0);
	assert_true(g.story == 0x8000000000000001ull);
	uint64_t sum = 0;
	assert_int_equal(td_store_each(s, 0, story_fn, &sum), 0);
	assert_true(sum == 0x8000000000000001ull);
	assert_int_equal(td_store_search(s, "passed", 10, NULL, NULL), 1);
	assert_int_equal(td_store_search(s, "talks", 10, NULL, NULL), 0);
	assert_int_equal(td_store_set_story(s, "a.txt", 0), 0);
	assert_int_equal(td_store_get(s, "a.txt", ar, &g), 0);
	assert_int_equal(g.story, 0);
	assert_int_equal(td_store_search(s, "passed", 10, NULL, NULL), 1);
	td_arena_destroy(ar);
	td_store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_put_get_delete, setup, teardown),
		cmocka_unit_test_setup_teardown(test_persist_and_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_window, setup, teardown),
		cmocka_unit_test_setup_teardown(test_expire_and_tx, setup, teardown),
		cmocka_unit_test_setup_teardown(test_state_and_migration, setup, teardown),
		cmocka_unit_test_setup_teardown(test_story_ids, setup, teardown),
		cmocka_unit_test(test_bad_path),
	};
	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
