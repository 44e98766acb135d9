/* test_reader.c - unit tests of the container readers and input listing. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tidings/error.h"
#include "tidings/reader.h"

typedef struct {
	td_article *a[8];
	int n;
	int errors;
	char last_detail[128];
} got;

static int on_article(void *ctx, td_article *a)
{
	got *g = ctx;
	if (g->n < 8)
		g->a[g->n++] = a;
	return 0;
}

static void on_error(void *ctx, const char *file, int err, const char *detail)
{
	got *g = ctx;
	(void)file;
	(void)err;
	g->errors++;
	snprintf(g->last_detail, sizeof(g->last_detail), "%s", detail ? detail : "");
}

static int read_str(const char *name, const char *s, size_t len, td_arena *ar, got *g)
{
	memset(g, 0, sizeof(*g));
	return td_read_buffer(name, s, len, TD_FMT_AUTO, NULL, ar, on_article, on_error, g);
}

static void test_txt(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	got g;
	const char *s = "\xEF\xBB\xBF date 2025-11-26 Headline here\r\n\r\n\r\nFirst para.\r\n\r\nSecond\rpara.\n\n";
	assert_int_equal(read_str("dir/a.txt", s, strlen(s), ar, &g), 1);
	td_article *a = g.a[0];
	assert_string_equal(a->first_line, "Headline here");
	assert_int_equal(a->meta_date, td_day_from_ymd(2025, 11, 26));
	assert_int_equal(a->meta_date_source, TD_DATE_PREFIX);
	assert_string_equal(a->raw_body, "First para.\nSecond\npara.");
	assert_int_equal(a->raw_body_len, strlen("First para.\nSecond\npara."));
	assert_string_equal(a->file, "dir/a.txt");
	/* The id is a function of the name only. */
	uint64_t id = a->id;
	assert_int_equal(read_str("dir/a.txt", "x\ny", 3, ar, &g), 1);
	assert_true(g.a[0]->id == id);
	/* No prefix; a date prefix with nothing after it; a bad date. */
	assert_int_equal(read_str("b.txt", "\n\n  Title\nBody", 14, ar, &g), 1);
	assert_string_equal(g.a[0]->first_line, "Title");
	assert_int_equal(g.a[0]->meta_date, TD_NODATE);
	s = " date 2020-01-02\nLead line\nBody";
	assert_int_equal(read_str("c.txt", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->first_line, "Lead line");
	s = " date 2020-02-30 Title\nBody";
	assert_int_equal(read_str("d.txt", s, strlen(s), ar, &g), 1);
	assert_int_equal(g.a[0]->meta_date, TD_NODATE);
	td_arena_destroy(ar);
}

/* A web address on the first line is the url; the headline follows it. */
static void test_txt_url_line(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	got g;
	const char *s = "http : / / www . example . com / world / 2009 / apr / 28 / slug - here\n"
			"Real headline\nBody text.\n";
	assert_int_equal(read_str("u.txt", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->url, "http://www.example.com/world/2009/apr/28/slug-here");
	assert_string_equal(g.a[0]->first_line, "Real headline");
	assert_string_equal(g.a[0]->raw_body, "Body text.");
	s = " date 2025-11-26 https://news.example.org/a?id=7\n\nHeadline two\nBody.\n";
	assert_int_equal(read_str("u.txt", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->url, "https://news.example.org/a?id=7");
	assert_string_equal(g.a[0]->first_line, "Headline two");
	/* Text that names a site, an address without a host, a lone line. */
	const char *keep[] = {"www.example.com has the news\nBody.\n", "http : / / localhost / x\nBody.\n",
			      "Visit http://example.com/ today\nBody.\n", "http://example.com/x"};
	for (size_t k = 0; k < sizeof(keep) / sizeof(keep[0]); k++) {
		assert_int_equal(read_str("u.txt", keep[k], strlen(keep[k]), ar, &g), 1);
		assert_null(g.a[0]->url);
		assert_int_equal(strncmp(g.a[0]->first_line, keep[k], 8), 0);
	}
	td_arena_destroy(ar);
}

static void test_bad_input(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	got g;
	assert_int_equal(read_str("e.txt", "", 0, ar, &g), TD_ERR_EMPTY);
	assert_int_equal(read_str("e.txt", " \n\t\r\n ", 6, ar, &g), TD_ERR_EMPTY);
	assert_int_equal(read_str("n.txt", "ab\0cd", 5, ar, &g), TD_ERR_BINARY);
	char junk[256];
	for (int i = 0; i < 256; i++)
		junk[i] = (char)(i % 31 + 1);
	assert_int_equal(read_str("j.txt", junk, sizeof(junk), ar, &g), TD_ERR_BINARY);
	assert_int_equal(read_str("u.txt", "caf\xe9 au lait", 12, ar, &g), TD_ERR_UTF8);
	assert_int_equal(read_str("u.txt", "\xed\xa0\x80 surrogate", 13, ar, &g), TD_ERR_UTF8);
	assert_int_equal(read_str("u.txt", "\xc0\xaf overlong", 11, ar, &g), TD_ERR_UTF8);
	assert_int_equal(read_str("u.txt", "cut \xd0", 5, ar, &g), TD_ERR_UTF8);
	assert_int_equal(g.n, 0);
	/* The size limit is configurable. */
	td_reader_opts o = {16};
	memset(&g, 0, sizeof(g));
	assert_int_equal(td_read_buffer("big.txt", "0123456789abcdefg", 17, TD_FMT_AUTO, &o, ar,
					on_article, on_error, &g), TD_ERR_TOOBIG);
	assert_int_equal(read_str("x.bin", "plain words", 11, ar, &g), 1); /* sniffed as text */
	td_arena_destroy(ar);
}

static void test_html(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	got g;
	const char *s = "<html lang='ru-RU'><head><title>T | Site</title>"
			"<meta property='og:title' content=' Заголовок '>"
			"<meta name='description' content='Лид.'>"
			"<meta property='article:published_time' content='2025-11-26T10:00:00+03:00'>"
			"</head><body><nav><p>Menu</p></nav><h1>H1</h1><p>Первый <b>абзац</b>.</p>"
			"<script>x='<p>no</p>'</script><p>Второй</p><footer><p>© Site</p></footer></body></html>";
	assert_int_equal(read_str("p.html", s, strlen(s), ar, &g), 1);
	td_article *a = g.a[0];
	assert_string_equal(a->raw_title, "Заголовок");
	assert_string_equal(a->raw_lead, "Лид.");
	assert_string_equal(a->first_line, "H1");
	assert_string_equal(a->lang_hint, "ru");
	assert_string_equal(a->raw_body, "Первый абзац.\nВторой");
	assert_int_equal(a->meta_date, td_day_from_ymd(2025, 11, 26));
	assert_int_equal(a->published_at, (int64_t)td_day_from_ymd(2025, 11, 26) * 86400 + 7 * 3600);
	/* Broken markup still yields its text; a page without text is empty. */
	s = "<div>unclosed <p>text <b>bold";
	assert_int_equal(read_str("b.html", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->raw_body, "text bold");
	s = "<html><body><script>only()</script></body></html>";
	assert_int_equal(read_str("e.html", s, strlen(s), ar, &g), TD_ERR_EMPTY);
	/* Chrome by its class or id: related links, sharing, comments; the
	 * article's own blocks ("article-header", "main-content") stay. */
	s = "<html><body><div class='article-header'><p>Lead paragraph.</p></div>"
	    "<div class='main-content'><p>Body text.</p>"
	    "<div class='related-news'><ul><li>Other story one</li><li>Other story two</li></ul></div>"
	    "<p>More body.</p><div id='share_buttons'><p>Share on Facebook</p></div></div>"
	    "<section class='comments'><p>Reader: nonsense!</p></section>"
	    "<div class='sidebar popular'><p>Weather tomorrow</p></div></body></html>";
	assert_int_equal(read_str("c.html", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->raw_body, "Lead paragraph.\nBody text.\nMore body.");
	/* Not the page's frame, and not when nothing would be left: a body
	 * or a wrapper named for its sidebar still holds the article. */
	s = "<html><body class='single has-sidebar'><p>First.</p><p>Second.</p></body></html>";
	assert_int_equal(read_str("f.html", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->raw_body, "First.\nSecond.");
	s = "<html><body><div id='layout-with-sidebar'><p>Only text.</p></div></body></html>";
	assert_int_equal(read_str("w.html", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->raw_body, "Only text.");
	/* JSON-LD (schema.org NewsArticle, in an "@graph"): the date, the
	 * headline, the publisher and, where the page has no paragraphs, the
	 * article's body; malformed JSON-LD is passed over. */
	s = "<html><head><script type='application/ld+json'>{broken</script>"
	    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
	    "{\"@type\":\"WebSite\",\"name\":\"Site\"},{\"@type\":\"NewsArticle\","
	    "\"headline\":\"Fire kills 44\",\"datePublished\":\"2025-11-26T09:15:00+08:00\","
	    "\"description\":\"A fire tore through towers.\",\"articleBody\":\"A fire tore through "
	    "towers in Tai Po.\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}]}"
	    "</script></head><body><div>Menu</div></body></html>";
	assert_int_equal(read_str("ld.html", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->raw_title, "Fire kills 44");
	assert_string_equal(g.a[0]->raw_lead, "A fire tore through towers.");
	assert_string_equal(g.a[0]->outlet, "Example News");
	assert_string_equal(g.a[0]->raw_body, "A fire tore through towers in Tai Po.");
	assert_int_equal(g.a[0]->meta_date, td_day_from_ymd(2025, 11, 26));
	assert_int_equal(g.errors, 0);
	td_arena_destroy(ar);
}

/* Pages nested deeper than any real one: a paragraph inside 400,000
 * <span>s overflowed the stack, 100,000 nested <div>s took half a minute;
 * past 512 levels elements are flattened and their text kept in order.
 * Markup that looks like tags where it is not (a script's text, a quoted
 * attribute, a comment, SVG's self-closing shapes) does not count. */
static void test_html_deep(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	got g;
	size_t cap = 8u << 20, n = 0;
	char *s = malloc(cap);
	assert_non_null(s);
	n += (size_t)sprintf(s + n, "<html><body><p>Top ");
	for (int i = 0; i < 400000; i++)
		memcpy(s + n, "<span>", 6), n += 6;
	n += (size_t)sprintf(s + n, "bottom</p>");
	for (int i = 0; i < 100000; i++)
		memcpy(s + n, "<div>", 5), n += 5;
	n += (size_t)sprintf(s + n, "<p>Deepest words.</p>");
	assert_int_equal(read_str("deep.html", s, n, ar, &g), 1);
	assert_string_equal(g.a[0]->raw_body, "Top bottom\nDeepest words.");
	/* 600 levels, a word at each: every word, in order. */
	n = 0;
	for (int i = 0; i < 600; i++)
		n += (size_t)sprintf(s + n, "<div title='a>b'><!-- <div> --><svg><path d='M0'/></svg><p>w%d</p>", i);
	n += (size_t)sprintf(s + n, "<script>var t = '<div><div>';</script><p>end</p>");
	for (int i = 0; i < 600; i++)
		n += (size_t)sprintf(s + n, "</div>");
	n += (size_t)sprintf(s + n, "<p>After.</p>");
	assert_int_equal(read_str("d600.html", s, n, ar, &g), 1);
	const char *b = g.a[0]->raw_body;
	char w[16];
	for (int i = 0; i < 600; i++) {
		snprintf(w, sizeof(w), "w%d\n", i);
		const char *at = strstr(b, w);
		assert_non_null(at);
		b = at + strlen(w);
	}
	assert_non_null(strstr(b, "end"));
	assert_null(strstr(g.a[0]->raw_body, "var t"));
	assert_non_null(strstr(b, "After."));
	/* An element of 100,000 attributes (gumbo compares each with those
	 * before it): the first 256 are kept, the text too. */
	n = (size_t)sprintf(s, "<html lang='bg' data-x=\"a>b\"");
	for (int i = 0; i < 100000; i++)
		n += (size_t)sprintf(s + n, " a%d=v", i);
	n += (size_t)sprintf(s + n, "><body><p title=x>Текст.</p></body></html>");
	assert_int_equal(read_str("attrs.html", s, n, ar, &g), 1);
	assert_string_equal(g.a[0]->lang_hint, "bg");
	assert_string_equal(g.a[0]->raw_body, "Текст.");
	free(s);
	td_arena_destroy(ar);
}

static void test_json(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	got g;
	const char *s = "{\"id\":7,\"title\":\"T\",\"body\":\"B\\r\\nC\",\"published\":\"2020-01-02\",\"source\":\"S\",\"lang\":\"de\"}";
	assert_int_equal(read_str("o.json", s, strlen(s), ar, &g), 1);
	assert_string_equal(g.a[0]->raw_title, "T");
	assert_string_equal(g.a[0]->raw_body, "B\nC");
	assert_string_equal(g.a[0]->outlet, "S");
	assert_string_equal(g.a[0]->lang_hint, "de");
	assert_string_equal(g.a[0]->source_id, "7");
	assert_string_equal(g.a[0]->file, "o.json");
	s = "[{\"title\":\"A\"},{\"nothing\":1},{\"title\":\"C\",\"text\":\"c\"}]";
	assert_int_equal(read_str("arr.json", s, strlen(s), ar, &g), 2);
	assert_int_equal(g.errors, 1);
	assert_string_equal(g.a[1]->file, "arr.json#3");
	assert_int_equal(read_str("bad.json", "{\"title\": ", 10, ar, &g), TD_ERR_PARSE);
	assert_int_equal(read_str("dup.json", "{\"title\":\"a\",\"title\":\"b\"}", 25, ar, &g), TD_ERR_PARSE);
	s = "{\"id\":\"x1\",\"title\":\"One\"}\n\n{broken\n{\"title\":\"Three\",\"text\":\"3\"}\n";
	assert_int_equal(read_str("l.jsonl", s, strlen(s), ar, &g), 2);
	assert_int_equal(g.errors, 1);
	assert_non_null(strstr(g.last_detail, "line 3"));
	assert_string_equal(g.a[0]->file, "l.jsonl#x1");
	assert_string_equal(g.a[1]->file, "l.jsonl#4");
	/* Dates as feeds and APIs write them: RSS's RFC 822, seconds and
	 * milliseconds since the epoch; words are no date. */
	s = "{\"title\":\"a\",\"pubDate\":\"Wed, 26 Nov 2025 10:00:00 GMT\"}\n"
	    "{\"title\":\"b\",\"published\":1764151200}\n"
	    "{\"title\":\"c\",\"date\":\"1764151200000\"}\n"
	    "{\"title\":\"d\",\"date\":\"soon\"}\n";
	assert_int_equal(read_str("d.jsonl", s, strlen(s), ar, &g), 4);
	td_day day = td_day_from_ymd(2025, 11, 26);
	for (int i = 0; i < 3; i++) {
		assert_int_equal(g.a[i]->meta_date, day);
		assert_int_equal(g.a[i]->meta_date_source, TD_DATE_META);
	}
	assert_int_equal(g.a[0]->published_at, (int64_t)day * 86400 + 10 * 3600);
	assert_int_equal(g.a[1]->published_at, 1764151200);
	assert_int_equal(g.a[3]->meta_date, TD_NODATE);
	td_arena_destroy(ar);
}

static void test_list_inputs(void **state)
{
	(void)state;
	char dir[] = "/tmp/tidings-reader-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char p[512];
	snprintf(p, sizeof(p), "%s/sub", dir);
	assert_int_equal(mkdir(p, 0700), 0);
	const char *files[] = {"b.txt", "sub/a.html", "a.JSON", "skip.pdf", ".hidden.txt", "c.jsonl"};
	for (size_t i = 0; i < 6; i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, files[i]);
		FILE *f = fopen(p, "w");
		assert_non_null(f);
		fputs("x\n", f);
		fclose(f);
	}
	/* Links are followed (to a file, to a folder); a dangling one is skipped. */
	char t[512];
	snprintf(p, sizeof(p), "%s/l.txt", dir);
	snprintf(t, sizeof(t), "%s/b.txt", dir);
	assert_int_equal(symlink(t, p), 0);
	snprintf(p, sizeof(p), "%s/link", dir);
	snprintf(t, sizeof(t), "%s/sub", dir);
	assert_int_equal(symlink(t, p), 0);
	snprintf(p, sizeof(p), "%s/gone.txt", dir);
	assert_int_equal(symlink("/nonexistent/tidings.txt", p), 0);
	/* Links back to a folder being walked are loops, not followed: with
	 * two of them the walk went down 2^32 paths. */
	snprintf(p, sizeof(p), "%s/sub/back", dir);
	assert_int_equal(symlink("..", p), 0);
	snprintf(p, sizeof(p), "%s/sub/self", dir);
	assert_int_equal(symlink(".", p), 0);
	char **names;
	size_t n;
	assert_int_equal(td_list_inputs(dir, &names, &n), 0);
	assert_int_equal(n, 6);
	assert_string_equal(names[0], "a.JSON");
	assert_string_equal(names[1], "b.txt");
	assert_string_equal(names[2], "c.jsonl");
	assert_string_equal(names[3], "l.txt");
	assert_string_equal(names[4], "link/a.html");
	assert_string_equal(names[5], "sub/a.html");
	td_list_free(names, n);
	const char *links[] = {"l.txt", "link", "gone.txt", "sub/back", "sub/self"};
	for (size_t i = 0; i < 5; i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, links[i]);
		unlink(p);
	}
	snprintf(p, sizeof(p), "%s/b.txt", dir);
	assert_int_equal(td_list_inputs(p, &names, &n), 0);
	assert_int_equal(n, 1);
	assert_string_equal(names[0], "b.txt");
	td_list_free(names, n);
	assert_int_equal(td_list_inputs("/nonexistent/tidings", &names, &n), TD_ERR_IO);
	for (size_t i = 0; i < 6; i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, files[i]);
		unlink(p);
	}
	snprintf(p, sizeof(p), "%s/sub", dir);
	rmdir(p);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_txt),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_txt_url_line),
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_html_deep),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_list_inputs),
	};
	return cmocka_run_group_tests_name("reader", tests, NULL, NULL);
}
