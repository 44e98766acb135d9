/* test_fetch.c - unit tests of the robots.txt matcher and the fetcher's local failures. */
#include <stdio.h>
#include <stdlib.h>

#include "testutil.h"
#include "tidings/error.h"
#include "tidings/fetch.h"

static int allowed(const char *txt, const char *agent, const char *path)
{
	td_robots *r = td_robots_parse(txt, strlen(txt), agent);
	assert_non_null(r);
	int ok = td_robots_allowed(r, path);
	td_robots_free(r);
	return ok;
}

#define D(pat) "User-agent: *\nDisallow: " pat "\n"

static void test_patterns(void **state)
{
	(void)state;
	/* The examples of RFC 9309 and the common robots.txt documentation. */
	assert_false(allowed(D("/fish"), "tidings", "/fish"));
	assert_false(allowed(D("/fish"), "tidings", "/fish.html"));
	assert_false(allowed(D("/fish"), "tidings", "/fish/salmon.html"));
	assert_false(allowed(D("/fish"), "tidings", "/fishheads"));
	assert_true(allowed(D("/fish"), "tidings", "/Fish.asp"));
	assert_true(allowed(D("/fish"), "tidings", "/catfish"));
	assert_false(allowed(D("/fish*"), "tidings", "/fishheads/yummy.html"));
	assert_false(allowed(D("/fish/"), "tidings", "/fish/?id=anything"));
	assert_true(allowed(D("/fish/"), "tidings", "/fish"));
	assert_true(allowed(D("/fish/"), "tidings", "/fish.html"));
	assert_false(allowed(D("/*.php"), "tidings", "/folder/filename.php?parameters"));
	assert_false(allowed(D("/*.php"), "tidings", "/folder/any.php.file.html"));
	assert_true(allowed(D("/*.php"), "tidings", "/windows.PHP"));
	assert_false(allowed(D("/*.php$"), "tidings", "/folder/filename.php"));
	assert_true(allowed(D("/*.php$"), "tidings", "/filename.php?parameters"));
	assert_true(allowed(D("/*.php$"), "tidings", "/filename.php5"));
	assert_false(allowed(D("/fish*.php"), "tidings", "/fishheads/catfish.php?parameters"));
	assert_true(allowed(D("/fish*.php"), "tidings", "/Fish.PHP"));
	assert_true(allowed(D(""), "tidings", "/anything"));
	assert_true(allowed("", "tidings", "/anything"));
	assert_true(allowed(D("/"), "tidings", "/robots.txt"));
	/* No catastrophic backtracking. */
	char path[4096];
	memset(path, 'a', sizeof(path) - 1);
	path[0] = '/';
	path[sizeof(path) - 1] = 0;
	assert_true(allowed(D("/*a*a*a*a*a*a*a*a*a*a*b"), "tidings", path));
}

static void test_precedence(void **state)
{
	(void)state;
	const char *a = "User-agent: *\nAllow: /p\nDisallow: /\n";
	assert_true(allowed(a, "tidings", "/page"));
	assert_false(allowed(a, "tidings", "/other"));
	const char *b = "User-agent: *\nAllow: /folder\nDisallow: /folder\n";
	assert_true(allowed(b, "tidings", "/folder/page")); /* tie: allow */
	const char *c = "User-agent: *\nAllow: /page\nDisallow: /*.htm\n";
	assert_false(allowed(c, "tidings", "/page.htm"));
	const char *d = "User-agent: *\nAllow: /$\nDisallow: /\n";
	assert_true(allowed(d, "tidings", "/"));
	assert_false(allowed(d, "tidings", "/page.htm"));
}

static void test_groups(void **state)
{
	(void)state;
	const char *t = "# comment\n"
			"User-agent: *\n"
			"Disallow: /private/   # trailing comment\n"
			"\n"
			"User-agent: Tidings\n"
			"user-agent: otherbot\n"
			"Disallow: /tid-only/\n"
			"Crawl-delay: 2\n"
			"\n"
			"User-agent: tidings/1.0\n"
			"Allow: /tid-only/ok\n"
			"Sitemap: https://example.org/sitemap.xml\n";
	assert_true(allowed(t, "tidings", "/private/x"));
	assert_false(allowed(t, "tidings", "/tid-only/x"));
	assert_true(allowed(t, "tidings", "/tid-only/ok.html"));
	assert_false(allowed(t, "foobot", "/private/x"));
	assert_true(allowed(t, "foobot", "/tid-only/x"));
	assert_false(allowed(t, "otherbot", "/tid-only/x"));
	td_robots *r = td_robots_parse(t, strlen(t), "tidings");
	assert_int_equal(td_robots_crawl_delay_ms(r), 2000);
	td_robots_free(r);
	r = td_robots_parse(t, strlen(t), "foobot");
	assert_int_equal(td_robots_crawl_delay_ms(r), 0);
	td_robots_free(r);
	/* CRLF line ends, junk lines, no groups for anybody. */
	assert_false(allowed("User-agent: tidings\r\nDisallow: /x\r\n", "TIDINGS", "/x/y"));
	assert_true(allowed("garbage\n\x01\x02\nDisallow: /\n", "tidings", "/x"));
	assert_true(allowed("User-agent: googlebot\nDisallow: /\n", "tidings", "/x"));
	assert_true(td_robots_allowed(NULL, "/x"));
}

static void test_local_failures(void **state)
{
	(void)state;
	td_fetch_opts o = {.host_delay_ms = -1, .timeout_ms = 2000};
	td_fetcher *f = td_fetcher_create(&o);
	assert_non_null(f);
	td_fetch_result r;
	assert_int_equal(td_fetch(f, "ftp://example.org/x", TD_FETCH_ANY, NULL, NULL, &r),
			 TD_ERR_INVAL);
	assert_int_equal(r.status, TD_FETCH_BAD_URL);
	assert_non_null(strstr(r.error, "not an http(s) URL"));
	td_fetch_result_free(&r);
	assert_int_equal(td_fetch(f, "not a url", TD_FETCH_ANY, NULL, NULL, &r), TD_ERR_INVAL);
	td_fetch_result_free(&r);
	/* Port 1 on loopback: nothing listens there. */
	assert_int_equal(td_fetch(f, "http://127.0.0.1:1/feed", TD_FETCH_FEED, NULL, NULL, &r),
			 TD_ERR_IO);
	assert_int_equal(r.status, TD_FETCH_CONNECT);
	assert_null(r.body);
	td_fetch_result_free(&r);
	assert_string_equal(td_fetch_status_name(TD_FETCH_REDIRECT_LOOP), "redirect-loop");
	td_fetcher_destroy(f);

	/* deny_private: loopback (also IPv4-mapped) and unspecified addresses
	 * are refused before any connection (only loopback is tried here: a
	 * test never reaches out of the machine). */
	o.deny_private = 1;
	f = td_fetcher_create(&o);
	const char *refused[] = {"http://127.0.0.1:1/x", "http://[::1]:1/x",
				 "http://[::ffff:127.0.0.1]:1/x", "http://0.0.0.0:1/x"};
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		assert_int_equal(td_fetch(f, refused[i], TD_FETCH_ANY, NULL, NULL, &r), TD_ERR_IO);
		assert_int_equal(r.status, TD_FETCH_BLOCKED);
		assert_string_equal(td_fetch_status_name(r.status), "blocked");
		td_fetch_result_free(&r);
	}
	td_fetcher_destroy(f);
	td_fetcher_destroy(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_patterns),
		cmocka_unit_test(test_precedence),
		cmocka_unit_test(test_groups),
		cmocka_unit_test(test_local_failures),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
