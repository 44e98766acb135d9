/* test_poll.c - unit tests of the poller: feed list, state round trip, failure backoff. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "testutil.h"
#include "tidings/error.h"
#include "tidings/poll.h"

#define DATA "tests/unit/data/poll/"

static void test_list(void **state)
{
	(void)state;
	td_poller *p = td_poller_create();
	char detail[256];
	assert_int_equal(td_poller_read_list(p, DATA "list.txt", detail, sizeof(detail)), 6);
	size_t n;
	const td_feed_state *f = td_poller_feeds(p, &n);
	assert_int_equal(n, 5);
	assert_string_equal(f[0].url, "https://a.example/rss.xml");
	assert_int_equal(f[0].interval, 86400); /* the repeated line's interval */
	assert_string_equal(f[1].url, "http://b.example/atom.xml");
	assert_int_equal(f[1].interval, 1800);
	assert_int_equal(f[2].interval, 7200);
	assert_int_equal(f[3].interval, 900);
	assert_int_equal(f[4].interval, 900); /* bare number: minutes */
	assert_true(f[4].listed);
	assert_int_equal(td_poller_read_list(p, DATA "bad_interval.txt", detail, sizeof(detail)),
			 TD_ERR_PARSE);
	assert_non_null(strstr(detail, "line 2"));
	assert_int_equal(td_poller_read_list(p, DATA "bad_scheme.txt", detail, sizeof(detail)),
			 TD_ERR_PARSE);
	assert_non_null(strstr(detail, "line 2: not an http(s) URL"));
	assert_int_equal(td_poller_read_list(p, DATA "missing.txt", detail, sizeof(detail)),
			 TD_ERR_IO);
	assert_int_equal(td_poller_add(p, "gopher://x", 0), TD_ERR_INVAL);
	td_poller_destroy(p);
	td_poller_destroy(NULL);
}

static void test_state_roundtrip(void **state)
{
	(void)state;
	td_poller *p = td_poller_create();
	assert_int_equal(td_poller_add(p, "https://a.example/rss.xml", 600), 0);
	assert_int_equal(td_poller_add(p, "https://b.example/atom.xml", 0), 0);
	/* Give the first feed some history through the JSON loader itself. */
	const char *js =
		"{\"version\":1,\"feeds\":[{\"url\":\"https://a.example/rss.xml\","
		"\"title\":\"A \\\"news\\\"\",\"etag\":\"W/\\\"abc\\\"\","
		"\"last_modified\":\"Tue, 25 Nov 2025 08:00:00 GMT\",\"failures\":3,"
		"\"last_error\":\"HTTP 503\",\"last_fetch\":1764000000,\"next_due\":1764003600,"
		"\"seen\":[[\"00000000000000ff\",\"fedcba9876543210\",1763990000,1764000000]]},"
		"{\"url\":\"https://old.example/gone\",\"seen\":[]}]}";
	char detail[256];
	assert_int_equal(td_poller_state_load(p, js, strlen(js), detail, sizeof(detail)), 0);
	size_t n;
	const td_feed_state *f = td_poller_feeds(p, &n);
	assert_int_equal(n, 3);
	assert_string_equal(f[0].etag, "W/\"abc\"");
	assert_int_equal(f[0].interval, 600); /* the list's interval wins */
	assert_int_equal(f[0].failures, 3);
	assert_int_equal(f[0].nseen, 1);
	assert_int_equal(f[0].seen[0].key, 0xff);
	assert_int_equal(f[0].seen[0].hash, 0xfedcba9876543210ull);
	assert_false(f[2].listed);
	td_poller_prune(p);
	f = td_poller_feeds(p, &n);
	assert_int_equal(n, 2);

	char path[] = "/tmp/tidings-poll-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(td_poller_save_file(p, path), 0);
	td_poller *q = td_poller_create();
	assert_int_equal(td_poller_load_file(q, path, detail, sizeof(detail)), 0);
	char *a, *b;
	assert_int_equal(td_poller_state_json(p, &a), 0);
	assert_int_equal(td_poller_state_json(q, &b), 0);
	assert_string_equal(a, b); /* a lossless round trip */
	free(a);
	free(b);
	unlink(path);
	/* A missing file is an empty state; a corrupt one is an error. */
	assert_int_equal(td_poller_load_file(q, path, detail, sizeof(detail)), 0);
	assert_int_equal(td_poller_state_load(q, "{\"feeds\":", 9, detail, sizeof(detail)),
			 TD_ERR_PARSE);
	assert_int_equal(td_poller_state_load(q, "{\"version\":2,\"feeds\":[]}", 24, detail,
					      sizeof(detail)), TD_ERR_PARSE);
	assert_non_null(strstr(detail, "version 1"));
	td_poller_destroy(q);
	td_poller_destroy(p);
}

typedef struct {
	int reports, articles;
	int last_ok, last_polled;
	char last_error[256];
} counts;

static void on_feed(void *ctx, const td_poll_report *r)
{
	counts *c = ctx;
	c->reports++;
	c->last_ok = r->ok;
	c->last_polled = r->polled;
	snprintf(c->last_error, sizeof(c->last_error), "%s", r->error ? r->error : "");
}

static int on_article(void *ctx, const td_poll_item *it, td_article *a)
{
	(void)it;
	(void)a;
	((counts *)ctx)->articles++;
	return 0;
}

static void test_backoff(void **state)
{
	(void)state;
	td_poller *p = td_poller_create();
	/* Nothing listens on port 1 of the loopback interface. */
	assert_int_equal(td_poller_add(p, "http://127.0.0.1:1/feed.xml", 300), 0);
	counts c = {0};
	td_poll_opts o = {.now = 1000000, .max_backoff = 3000, .on_feed = on_feed,
			  .on_article = on_article, .ctx = &c};
	o.fetch.host_delay_ms = -1;
	o.fetch.connect_timeout_ms = 2000;
	size_t n;
	const td_feed_state *f;
	int64_t want[] = {300, 600, 1200, 2400, 3000, 3000};
	for (int i = 0; i < 6; i++) {
		assert_int_equal(td_poll_run(p, &o), 1); /* one feed failed */
		f = td_poller_feeds(p, &n);
		assert_int_equal(f[0].failures, i + 1);
		assert_int_equal(f[0].next_due - o.now, want[i]);
		assert_non_null(strstr(f[0].last_error, "127.0.0.1"));
		assert_false(c.last_ok);
		/* Not due a second before the retry time. */
		o.now = f[0].next_due - 1;
		assert_int_equal(td_poll_run(p, &o), 0);
		assert_false(c.last_polled);
		o.now = f[0].next_due;
	}
	assert_int_equal(c.articles, 0);
	/* --all polls regardless of the due time. */
	o.all = 1;
	o.now = f[0].last_fetch + 1;
	assert_int_equal(td_poll_run(p, &o), 1);
	assert_true(c.last_polled);
	td_poller_destroy(p);
}

static int stop_after_one(void *ctx)
{
	return ((counts *)ctx)->reports >= 1;
}

static void test_stop(void **state)
{
	(void)state;
	td_poller *p = td_poller_create();
	assert_int_equal(td_poller_add(p, "http://127.0.0.1:1/a.xml", 0), 0);
	assert_int_equal(td_poller_add(p, "http://127.0.0.1:1/b.xml", 0), 0);
	counts c = {0};
	td_poll_opts o = {.on_feed = on_feed, .should_stop = stop_after_one, .ctx = &c};
	o.fetch.host_delay_ms = -1;
	assert_int_equal(td_poll_run(p, &o), 1);
	assert_int_equal(c.reports, 1);
	size_t n;
	const td_feed_state *f = td_poller_feeds(p, &n);
	assert_int_equal(f[0].failures, 1);
	assert_int_equal(f[1].failures, 0);
	assert_int_equal(f[1].last_fetch, 0);
	td_poller_destroy(p);
}

static void test_threads(void **state)
{
	(void)state;
	td_poller *p = td_poller_create();
	/* Three origins (nothing listens on these ports), two feeds on one. */
	const char *urls[] = {"http://127.0.0.1:1/a.xml", "http://127.0.0.1:2/b.xml",
			      "http://127.0.0.1:1/c.xml", "http://127.0.0.1:3/d.xml"};
	for (int i = 0; i < 4; i++)
		assert_int_equal(td_poller_add(p, urls[i], 0), 0);
	counts c = {0};
	td_poll_opts o = {.threads = 3, .on_feed = on_feed, .on_article = on_article, .ctx = &c};
	o.fetch.host_delay_ms = -1;
	assert_int_equal(td_poll_run(p, &o), 4);
	assert_int_equal(c.reports, 4);
	size_t n;
	const td_feed_state *f = td_poller_feeds(p, &n);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(f[i].failures, 1);
		assert_non_null(f[i].last_error);
	}
	/* A stop request ends the parallel pass too. */
	c.reports = 0;
	o.should_stop = stop_after_one;
	o.all = 1;
	assert_true(td_poll_run(p, &o) >= 1);
	assert_true(c.reports < 4);
	td_poller_destroy(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list),
		cmocka_unit_test(test_state_roundtrip),
		cmocka_unit_test(test_backoff),
		cmocka_unit_test(test_stop),
		cmocka_unit_test(test_threads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
