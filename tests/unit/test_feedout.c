/* test_feedout.c - Atom and JSON Feed output of stories, checked with libxml2 and jansson. */
#include <stdio.h>
#include <stdlib.h>

#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "testutil.h"
#include "tidings/feed.h"
#include "tidings/feedout.h"

#define ATOM_NS "http://www.w3.org/2005/Atom"

typedef struct {
	td_article arts[4];
	td_article *m1[3], *m2[1];
	td_story_sentence sum[2];
	td_story s1, s2;
	const td_story *list[2];
} fixture;

static void make(fixture *f)
{
	memset(f, 0, sizeof(*f));
	for (int i = 0; i < 4; i++)
		td_article_init(&f->arts[i]);
	f->arts[0].url = "https://a.example/news/1?x=1&y=2";
	f->arts[0].outlet = "Вестник & Ко";
	f->arts[0].title = "Мост открыт";
	f->arts[0].published_at = 1764048600; /* 2025-11-25T05:30:00Z */
	memcpy(f->arts[0].lang, "ru", 3);
	f->arts[1].url = "https://b.example/most";
	f->arts[1].outlet = "B <News>";
	f->arts[1].title = "Bridge \"opens\" early";
	f->arts[1].date = td_day_from_ymd(2025, 11, 26);
	memcpy(f->arts[1].lang, "en", 3);
	f->arts[2].url = "https://a.example/news/1?x=1&y=2"; /* same URL: listed once */
	f->arts[2].title = "Копия";
	f->m1[0] = &f->arts[0], f->m1[1] = &f->arts[1], f->m1[2] = &f->arts[2];
	f->sum[0].text = "Мост через Волгу открыли <досрочно> & без церемоний.";
	f->sum[1].text = "Control \x01 chars \x1f go, \xff bad bytes become U+FFFD.";
	f->s1.id = 0x0123456789abcdefull;
	f->s1.articles = f->m1;
	f->s1.narticles = 3;
	memcpy(f->s1.lang, "ru", 3);
	f->s1.title = "Мост <открыт> & \"готов\"\x01";
	f->s1.summary = f->sum;
	f->s1.nsummary = 2;
	f->s1.category = TD_CAT_SOCIETY;
	f->s1.first_seen = f->s1.last_seen = TD_NODATE;
	/* A story with nothing but a title and an article without a URL. */
	f->arts[3].title = "No link";
	f->m2[0] = &f->arts[3];
	f->s2.id = 42;
	f->s2.articles = f->m2;
	f->s2.narticles = 1;
	f->s2.title = "Second";
	f->s2.first_seen = f->s2.last_seen = td_day_from_ymd(2025, 11, 20);
	f->list[0] = &f->s1;
	f->list[1] = &f->s2;
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, name) && c->ns &&
		    !strcmp((const char *)c->ns->href, ATOM_NS))
			return c;
	return NULL;
}

static char *text(xmlNodePtr n)
{
	return (char *)xmlNodeGetContent(n);
}

static void test_atom(void **state)
{
	(void)state;
	fixture f;
	make(&f);
	td_jw w;
	td_jw_init(&w);
	td_feedout_meta m = {.title = "Top & stories", .self_url = "https://t.example/atom.xml",
			     .story_url = "https://t.example/story/"};
	assert_int_equal(td_feedout_atom(&w, f.list, 2, &m), 0);
	xmlDocPtr doc = xmlReadMemory(w.buf, (int)w.len, NULL, NULL, XML_PARSE_NONET);
	assert_non_null(doc); /* well-formed */
	xmlNodePtr root = xmlDocGetRootElement(doc);
	assert_string_equal((const char *)root->name, "feed");
	assert_string_equal((const char *)root->ns->href, ATOM_NS);
	/* Feed-level required elements. */
	const char *req[] = {"id", "title", "updated", "author"};
	for (int i = 0; i < 4; i++)
		assert_non_null(child(root, req[i]));
	char *t = text(child(root, "title"));
	assert_string_equal(t, "Top & stories");
	xmlFree(t);
	t = text(child(root, "updated"));
	assert_int_equal(td_feed_parse_date(t), 1764115200); /* newest member: 2025-11-26 */
	xmlFree(t);
	int entries = 0;
	for (xmlNodePtr e = root->children; e; e = e->next) {
		if (e->type != XML_ELEMENT_NODE || strcmp((const char *)e->name, "entry"))
			continue;
		entries++;
		for (int i = 0; i < 3; i++)
			assert_non_null(child(e, req[i]));
		char *id = text(child(e, "id"));
		assert_int_equal(strncmp(id, "urn:tidings:story:", 18), 0);
		assert_int_equal(strlen(id), 18 + 16);
		char *upd = text(child(e, "updated"));
		assert_true(td_feed_parse_date(upd) > 0);
		if (entries == 1) {
			assert_string_equal(id, "urn:tidings:story:0123456789abcdef");
			char *ti = text(child(e, "title"));
			assert_string_equal(ti, "Мост <открыт> & \"готов\"");
			xmlFree(ti);
			assert_string_equal(upd, "2025-11-26T00:00:00Z");
			char *pub = text(child(e, "published"));
			assert_string_equal(pub, "2025-11-25T05:30:00Z");
			xmlFree(pub);
			xmlChar *lang = xmlNodeGetLang(e);
			assert_string_equal((const char *)lang, "ru");
			xmlFree(lang);
			int related = 0;
			for (xmlNodePtr l = e->children; l; l = l->next) {
				if (l->type != XML_ELEMENT_NODE || strcmp((const char *)l->name, "link"))
					continue;
				xmlChar *rel = xmlGetProp(l, (const xmlChar *)"rel");
				xmlChar *href = xmlGetProp(l, (const xmlChar *)"href");
				if (!strcmp((const char *)rel, "related"))
					related++;
				else
					assert_string_equal((const char *)href,
							    "https://t.example/story/0123456789abcdef");
				if (related == 1 && !strcmp((const char *)rel, "related"))
					assert_string_equal((const char *)href,
							    "https://a.example/news/1?x=1&y=2");
				xmlFree(rel);
				xmlFree(href);
			}
			assert_int_equal(related, 2);
			char *sum = text(child(e, "summary"));
			assert_non_null(strstr(sum, "<досрочно> & без"));
			assert_non_null(strstr(sum, "Control  chars  go, \xEF\xBF\xBD bad"));
			xmlFree(sum);
			char *content = text(child(e, "content"));
			assert_non_null(strstr(content, "<li><a href=\"https://b.example/most\">"
						   "Bridge &quot;opens&quot; early</a> (B &lt;News&gt;)</li>"));
			xmlFree(content);
			xmlNodePtr cat = child(e, "category");
			xmlChar *term = xmlGetProp(cat, (const xmlChar *)"term");
			assert_string_equal((const char *)term, "society");
			xmlFree(term);
		} else {
			assert_string_equal(upd, "2025-11-20T00:00:00Z");
			assert_null(child(e, "summary"));
			assert_non_null(child(e, "content"));
		}
		xmlFree(upd);
		xmlFree(id);
	}
	assert_int_equal(entries, 2);
	xmlFreeDoc(doc);
	/* An empty list is still a valid feed. */
	td_jw_reset(&w);
	assert_int_equal(td_feedout_atom(&w, NULL, 0, NULL), 0);
	doc = xmlReadMemory(w.buf, (int)w.len, NULL, NULL, XML_PARSE_NONET);
	assert_non_null(doc);
	assert_non_null(child(xmlDocGetRootElement(doc), "updated"));
	xmlFreeDoc(doc);
	td_jw_free(&w);
}

static void test_jsonfeed(void **state)
{
	(void)state;
	fixture f;
	make(&f);
	td_jw w;
	td_jw_init(&w);
	td_feedout_meta m = {.home_url = "https://t.example/", .story_url = "https://t.example/s/"};
	assert_int_equal(td_feedout_jsonfeed(&w, f.list, 2, &m), 0);
	json_error_t je;
	json_t *root = json_loadb(w.buf, w.len, 0, &je);
	assert_non_null(root);
	assert_string_equal(json_string_value(json_object_get(root, "version")),
			    "https://jsonfeed.org/version/1.1");
	assert_string_equal(json_string_value(json_object_get(root, "title")), "tidings stories");
	json_t *items = json_object_get(root, "items");
	assert_int_equal(json_array_size(items), 2);
	json_t *a = json_array_get(items, 0);
	assert_string_equal(json_string_value(json_object_get(a, "id")),
			    "urn:tidings:story:0123456789abcdef");
	assert_string_equal(json_string_value(json_object_get(a, "url")),
			    "https://t.example/s/0123456789abcdef");
	assert_string_equal(json_string_value(json_object_get(a, "title")),
			    "Мост <открыт> & \"готов\"\x01");
	assert_string_equal(json_string_value(json_object_get(a, "date_published")),
			    "2025-11-25T05:30:00Z");
	assert_string_equal(json_string_value(json_object_get(a, "language")), "ru");
	const char *ct = json_string_value(json_object_get(a, "content_text"));
	assert_non_null(strstr(ct, "\n\nSources:\n- Вестник & Ко: Мост открыт <https://a.example"));
	assert_non_null(json_string_value(json_object_get(a, "content_html")));
	assert_non_null(strstr(json_string_value(json_object_get(a, "summary")), "досрочно"));
	json_t *src = json_object_get(json_object_get(a, "_tidings"), "sources");
	assert_int_equal(json_array_size(src), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(src, 1), "outlet")),
			    "B <News>");
	json_t *b = json_array_get(items, 1);
	assert_null(json_object_get(b, "summary"));
	assert_string_equal(json_string_value(json_object_get(b, "content_text")), "Sources:");
	assert_string_equal(json_string_value(json_object_get(b, "date_modified")),
			    "2025-11-20T00:00:00Z");
	json_decref(root);
	td_jw_free(&w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_atom),
		cmocka_unit_test(test_jsonfeed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
