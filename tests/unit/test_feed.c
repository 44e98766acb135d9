/* test_feed.c - unit tests of the RSS/Atom parser, feed dates and the full-text test. */
#include <stdio.h>
#include <stdlib.h>

#include "testutil.h"
#include "tidings/error.h"
#include "tidings/feed.h"

#define DATA "tests/unit/data/feed/"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = 0;
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static int parse_file(const char *name, const char *url, td_arena *ar, td_feed *feed,
		      char *detail, size_t dlen)
{
	char path[256];
	snprintf(path, sizeof(path), DATA "%s", name);
	size_t len;
	char *buf = slurp(path, &len);
	int rc = td_feed_parse(buf, len, url, NULL, ar, feed, detail, dlen);
	free(buf);
	return rc;
}

static void test_rss2(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_feed f;
	char detail[256];
	assert_int_equal(parse_file("rss2_full.xml", "https://vestnik.example/rss", ar, &f, detail,
				    sizeof(detail)), 0);
	assert_int_equal(f.kind, TD_FEED_RSS);
	assert_string_equal(f.title, "Вестник & Ко");
	assert_string_equal(f.site, "https://vestnik.example/");
	assert_string_equal(f.lang, "ru-RU");
	assert_int_equal(f.ttl_minutes, 30);
	assert_int_equal(f.updated, 1764050400); /* 2025-11-25T06:00:00Z */
	assert_int_equal(f.nitems, 2);

	const td_feed_item *a = &f.items[0];
	assert_string_equal(a->title, "Мост через Волгу открыли \"досрочно\"");
	assert_string_equal(a->id, "vestnik-10231");
	assert_string_equal(a->link, "https://vestnik.example/news/most-volga");
	assert_string_equal(a->author, "Ирина Петрова");
	assert_int_equal(a->ncategories, 2);
	assert_string_equal(a->categories[1], "Транспорт");
	assert_int_equal(a->published, 1764048600); /* 05:30Z */
	assert_non_null(a->content);
	assert_ptr_equal(a->body, a->content);
	assert_int_equal(a->body_paragraphs, 5);
	assert_true(a->body_chars > 700);
	assert_true(a->full_text);
	assert_string_equal(a->lang, "ru-RU");

	const td_feed_item *b = &f.items[1];
	/* A permalink guid stands in for the missing <link>. */
	assert_string_equal(b->link, "https://vestnik.example/news/short");
	assert_int_equal(b->published, 1764021900); /* 2025-11-24T22:05Z, two-digit year */
	assert_null(b->content);
	assert_ptr_equal(b->body, b->summary);
	assert_false(b->full_text);
	td_arena_destroy(ar);
}

static void test_atom(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_feed f;
	char detail[256];
	assert_int_equal(parse_file("atom_summary.xml", NULL, ar, &f, detail, sizeof(detail)), 0);
	assert_int_equal(f.kind, TD_FEED_ATOM);
	assert_string_equal(f.title, "The Daily Example");
	assert_string_equal(f.site, "https://daily.example/");
	assert_string_equal(f.lang, "en");
	assert_int_equal(f.nitems, 2);

	const td_feed_item *a = &f.items[0];
	assert_string_equal(a->title, "Markets rally & recover");
	assert_string_equal(a->link, "https://daily.example/articles/markets.html");
	assert_string_equal(a->id, "tag:daily.example,2025:markets");
	assert_string_equal(a->author, "Jane Roe");
	assert_int_equal(a->published, 1764050400); /* 06:00Z */
	assert_int_equal(a->updated, 1764062130);
	assert_int_equal(a->ncategories, 2);
	assert_string_equal(a->categories[0], "Economy");
	assert_string_equal(a->categories[1], "markets");
	assert_string_equal(a->summary, "<p>Stocks rose on Tuesday after a week of losses.</p>");
	assert_false(a->full_text);
	assert_string_equal(a->lang, "en");

	const td_feed_item *b = &f.items[1];
	assert_string_equal(b->lang, "pl");
	assert_string_equal(b->summary,
			    "<p>Mieszkańcy wybrali nową radę.</p>\n<p>Frekwencja wyniosła 61 procent.</p>");
	assert_non_null(strstr(b->content, "<b>Gdańska</b>"));
	assert_int_equal(b->published, b->updated); /* no <published>: the update time */
	td_arena_destroy(ar);
}

static void test_rdf_and_charset(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_feed f;
	char detail[256];
	assert_int_equal(parse_file("rdf.xml", NULL, ar, &f, detail, sizeof(detail)), 0);
	assert_int_equal(f.kind, TD_FEED_RDF);
	assert_string_equal(f.lang, "bg");
	assert_int_equal(f.nitems, 1);
	assert_string_equal(f.items[0].id, "https://novini.example/a/1");
	assert_string_equal(f.items[0].author, "Иван Иванов");
	assert_string_equal(f.items[0].categories[0], "Политика");
	assert_int_equal(f.items[0].published, 1763632800);

	assert_int_equal(parse_file("cp1251.xml", "http://cp.example/rss.xml", ar, &f, detail,
				    sizeof(detail)), 0);
	assert_string_equal(f.title, "Новости дня");
	assert_string_equal(f.items[0].title, "Курс рубля укрепился");
	assert_string_equal(f.items[0].link, "http://cp.example/news/1");
	assert_int_equal(f.items[0].published, 1764129600); /* 07:00 MSK = 04:00Z */

	/* No encoding declared: the HTTP charset applies; without it, the
	 * bytes are not UTF-8 and the parse fails. A declaration wins. */
	size_t len;
	char *buf = slurp(DATA "cp1251_nodecl.xml", &len);
	td_feed_opts o = {.charset = "windows-1251"};
	assert_int_equal(td_feed_parse(buf, len, NULL, &o, ar, &f, detail, sizeof(detail)), 0);
	assert_string_equal(f.title, "Новости без объявления");
	assert_string_equal(f.items[0].title, "Курс рубля");
	assert_int_equal(td_feed_parse(buf, len, NULL, NULL, ar, &f, detail, sizeof(detail)),
			 TD_ERR_PARSE);
	free(buf);
	buf = slurp(DATA "rdf.xml", &len); /* UTF-8, no declaration: a wrong header breaks it */
	o.charset = "utf-8";
	assert_int_equal(td_feed_parse(buf, len, NULL, &o, ar, &f, detail, sizeof(detail)), 0);
	assert_string_equal(f.title, "Новини");
	free(buf);
	buf = slurp(DATA "cp1251.xml", &len); /* declared windows-1251, header says utf-8 */
	assert_int_equal(td_feed_parse(buf, len, NULL, &o, ar, &f, detail, sizeof(detail)), 0);
	assert_string_equal(f.title, "Новости дня");
	free(buf);
	td_arena_destroy(ar);
}

static void test_errors(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_feed f;
	char detail[256];
	assert_int_equal(parse_file("broken_mismatch.xml", NULL, ar, &f, detail, sizeof(detail)),
			 TD_ERR_PARSE);
	assert_non_null(strstr(detail, "line 3"));
	assert_non_null(strstr(detail, "mismatch"));
	assert_int_equal(parse_file("broken_truncated.xml", NULL, ar, &f, detail, sizeof(detail)),
			 TD_ERR_PARSE);
	assert_true(detail[0] != 0);
	assert_int_equal(parse_file("laughs.xml", NULL, ar, &f, detail, sizeof(detail)),
			 TD_ERR_PARSE);
	assert_non_null(strstr(detail, "entities"));
	assert_int_equal(parse_file("xxe.xml", NULL, ar, &f, detail, sizeof(detail)),
			 TD_ERR_PARSE);
	assert_int_equal(parse_file("notfeed.xml", NULL, ar, &f, detail, sizeof(detail)),
			 TD_ERR_FORMAT);
	assert_non_null(strstr(detail, "<html>"));
	assert_int_equal(td_feed_parse("  \n", 3, NULL, NULL, ar, &f, detail, sizeof(detail)),
			 TD_ERR_EMPTY);
	td_feed_opts o = {.max_bytes = 100};
	size_t len;
	char *buf = slurp(DATA "rss2_full.xml", &len);
	assert_int_equal(td_feed_parse(buf, len, NULL, &o, ar, &f, NULL, 0), TD_ERR_TOOBIG);
	o.max_bytes = 0;
	o.max_items = 1;
	assert_int_equal(td_feed_parse(buf, len, NULL, &o, ar, &f, NULL, 0), 0);
	assert_int_equal(f.nitems, 1);
	free(buf);
	/* UTF-16 with an entity declaration is refused too. */
	static const char u16[] = "\xff\xfe<\0!\0D\0O\0C\0T\0Y\0P\0E\0 \0r\0 \0[\0<\0!\0E\0N\0T\0I\0T\0Y\0";
	assert_int_equal(td_feed_parse(u16, sizeof(u16) - 1, NULL, NULL, ar, &f, NULL, 0),
			 TD_ERR_PARSE);
	td_arena_destroy(ar);
}

static void test_dates(void **state)
{
	(void)state;
	assert_int_equal(td_feed_parse_date("Tue, 25 Nov 2025 08:30:00 +0300"), 1764048600);
	assert_int_equal(td_feed_parse_date("25 Nov 2025 05:30 GMT"), 1764048600);
	assert_int_equal(td_feed_parse_date("Tue, 25 Nov 2025 00:30:00 EST"), 1764048600);
	assert_int_equal(td_feed_parse_date("Tue, 25 November 2025 05:30:00 Z"), 1764048600);
	assert_int_equal(td_feed_parse_date("2025-11-25T05:30:00Z"), 1764048600);
	assert_int_equal(td_feed_parse_date("2025-11-25T08:30:00.123+03:00"), 1764048600);
	assert_int_equal(td_feed_parse_date("2025-11-25"), 1764028800);
	assert_int_equal(td_feed_parse_date("Tue, 31 Feb 2025 08:30:00 +0300"), 0);
	assert_int_equal(td_feed_parse_date("yesterday"), 0);
	assert_int_equal(td_feed_parse_date(""), 0);
	assert_int_equal(td_feed_parse_date(NULL), 0);
}

static void test_text_stats(void **state)
{
	(void)state;
	size_t c, p;
	int t;
	td_feed_text_stats("<p>Hello &amp; world</p><script>var x = '<p>';</script>", &c, &p, &t);
	assert_int_equal(c, 13);
	assert_int_equal(p, 0);
	assert_false(t);
	td_feed_text_stats("Short teaser of the story, to be continued [&#8230;]", &c, &p, &t);
	assert_true(t);
	td_feed_text_stats("<p>Что-то случилось. <a href=\"x\">Читать далее</a></p>", &c, &p, &t);
	assert_true(t);
	char para[60];
	memset(para, 'x', sizeof(para) - 1);
	para[sizeof(para) - 1] = 0;
	char text[400];
	snprintf(text, sizeof(text), "%s\n\n%s\r\n\r\n%s", para, para, para);
	td_feed_text_stats(text, &c, &p, &t);
	assert_int_equal(p, 3);
	assert_int_equal(c, 3 * 59);
	assert_false(td_feed_is_full_text(500, 5, 0));
	assert_true(td_feed_is_full_text(700, 3, 0));
	assert_false(td_feed_is_full_text(700, 3, 1));
	assert_true(td_feed_is_full_text(1600, 1, 0));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rss2),
		cmocka_unit_test(test_atom),
		cmocka_unit_test(test_rdf_and_charset),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_text_stats),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
