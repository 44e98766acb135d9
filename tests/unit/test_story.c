/* test_story.c - unit tests of story content and ranking. */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "tidings/clean.h"
#include "tidings/error.h"
#include "tidings/rank.h"
#include "tidings/story.h"

/* Builds an article from a title and body with the given language and
 * outlet; offsets of numbers, dates and entities are found by substring. */
static td_article *mk(td_arena *ar, const char *file, const char *lang, const char *outlet,
		      const char *title, const char *body, td_day date)
{
	td_article *a = td_arena_calloc(ar, sizeof(*a));
	td_article_init(a);
	a->file = file;
	a->id = (uint64_t)(uintptr_t)file;
	a->raw_title = title;
	a->raw_body = body;
	a->raw_body_len = strlen(body);
	a->outlet = outlet;
	snprintf(a->lang, sizeof(a->lang), "%s", lang);
	a->date = date;
	assert_int_equal(td_clean_article(a, ar), 0);
	return a;
}

static uint32_t off(const td_article *a, const char *needle)
{
	const char *p = strstr(a->text, needle);
	assert_non_null(p);
	return (uint32_t)(p - a->text);
}

static void add_number(td_arena *ar, td_article *a, const char *text, double v, const char *unit)
{
	td_number *nv = td_arena_alloc(ar, (a->nnumbers + 1) * sizeof(*nv));
	if (a->nnumbers)
		memcpy(nv, a->numbers, a->nnumbers * sizeof(*nv));
	td_number *n = &nv[a->nnumbers++];
	n->text = text;
	n->unit = unit;
	n->value = v;
	n->start = off(a, text);
	n->end = n->start + (uint32_t)strlen(text);
	a->numbers = nv;
}

static void add_entity(td_arena *ar, td_article *a, const char *text, const char *lemma,
		       const char *key, td_entity_type type)
{
	td_entity *ev = td_arena_alloc(ar, (a->nentities + 1) * sizeof(*ev));
	if (a->nentities)
		memcpy(ev, a->entities, a->nentities * sizeof(*ev));
	td_entity *e = &ev[a->nentities++];
	memset(e, 0, sizeof(*e));
	e->text = text;
	e->lemma = lemma;
	e->key = key;
	e->type = (uint8_t)type;
	e->start = off(a, text);
	e->end = e->start + (uint32_t)strlen(text);
	a->entities = ev;
}

static void add_date(td_arena *ar, td_article *a, const char *text, td_day d)
{
	td_date_mention *dv = td_arena_alloc(ar, (a->ndates + 1) * sizeof(*dv));
	if (a->ndates)
		memcpy(dv, a->dates, a->ndates * sizeof(*dv));
	td_date_mention *m = &dv[a->ndates++];
	memset(m, 0, sizeof(*m));
	m->first = m->last = d;
	m->start = off(a, text);
	m->end = m->start + (uint32_t)strlen(text);
	a->dates = dv;
}

static void test_build(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_day d25 = td_day_from_ymd(2025, 11, 25), d26 = d25 + 1, d27 = d25 + 2;
	td_article *m[4];
	m[0] = mk(ar, "a.txt", "ru", "ТАСС", "05 ноября 2020 21:40 Иван Петров",
		  "Саммит ОДКБ откроется в Бишкеке на следующей неделе. Лидеры стран 27 ноября обсудят безопасность в регионе и бюджет организации.\n"
		  "Бюджет ОДКБ составит $938 млн, сообщили в секретариате организации.\n"
		  "Президент России прибудет в Бишкек 26 ноября с государственным визитом.", d25);
	m[1] = mk(ar, "b.txt", "ru", "РИА Новости", "Лидеры ОДКБ соберутся на саммит в Бишкеке",
		  "Саммит ОДКБ пройдет в Бишкеке 27 ноября, лидеры обсудят безопасность в регионе.\n"
		  "Бюджет ОДКБ составит $940 млн по данным источника в организации.", d26);
	m[2] = mk(ar, "c.txt", "ru", "Regnum", "Лидеры ОДКБ соберутся на саммит в Бишкеке",
		  "Саммит ОДКБ пройдет в Бишкеке 27 ноября, лидеры обсудят безопасность в регионе.\n"
		  "Бюджет ОДКБ составит $940 млн по данным источника в организации.", d26);
	m[2]->duplicate_of = 1;
	m[3] = mk(ar, "d.txt", "bg", "БТА", "Срещата на върха на ОДКС в Бишкек",
		  "Лидерите на ОДКС ще се срещнат в Бишкек на 27 ноември. Бюджетът е $938 млн според секретариата.", d26);
	add_number(ar, m[0], "$938 млн", 938e6, "USD");
	add_number(ar, m[1], "$940 млн", 940e6, "USD");
	add_number(ar, m[2], "$940 млн", 940e6, "USD");
	add_number(ar, m[3], "$938 млн", 938e6, "USD");
	add_entity(ar, m[0], "ОДКБ", "ОДКБ", "org:csto", TD_ENT_ORG);
	add_entity(ar, m[0], "Бишкеке", "Бишкек", "bishkek", TD_ENT_LOC);
	add_entity(ar, m[1], "ОДКБ", "ОДКБ", "org:csto", TD_ENT_ORG);
	add_entity(ar, m[3], "ОДКС", "ОДКС", "org:csto", TD_ENT_ORG);
	add_date(ar, m[0], "27 ноября", d27);
	add_date(ar, m[0], "26 ноября", d26);
	add_date(ar, m[1], "27 ноября", d27);
	add_date(ar, m[3], "27 ноември", d27);
	m[0]->category = m[1]->category = m[3]->category = TD_CAT_SOCIETY;

	td_story s;
	memset(&s, 0, sizeof(s));
	assert_int_equal(td_story_build(&s, m, 4, d27, ar), 0);
	assert_int_equal(s.narticles, 4);
	assert_int_equal(s.nunique, 3);
	assert_int_equal(s.nsources, 3);
	assert_string_equal(s.lang, "ru");
	/* The byline headline is never chosen: the first report's headline
	 * is its first sentence. */
	assert_string_equal(m[0]->title, "Саммит ОДКБ откроется в Бишкеке на следующей неделе");
	assert_string_equal(s.title, "Лидеры ОДКБ соберутся на саммит в Бишкеке");
	assert_int_equal(s.ntitles, 2);
	assert_string_equal(s.titles[1].lang, "bg");
	assert_int_equal(s.nlanguages, 2);
	assert_int_equal(s.first_seen, d25);
	assert_int_equal(s.last_seen, d26);
	assert_int_equal(s.category, TD_CAT_SOCIETY);
	/* Summary: non-redundant, at most five, at least two here. */
	assert_true(s.nsummary >= 2 && s.nsummary <= 5);
	for (size_t i = 0; i < s.nsummary; i++)
		for (size_t j = i + 1; j < s.nsummary; j++)
			assert_string_not_equal(s.summary[i].text, s.summary[j].text);
	/* A summary per language, the main one first: the Bulgarian one is
	 * from the Bulgarian report. */
	assert_int_equal(s.nsummaries, 2);
	assert_string_equal(s.summaries[0].lang, "ru");
	assert_ptr_equal(s.summaries[0].sentences, s.summary);
	assert_string_equal(s.summaries[1].lang, "bg");
	assert_int_equal(s.summaries[1].n, 2);
	for (size_t i = 0; i < s.summaries[1].n; i++)
		assert_int_equal(s.summaries[1].sentences[i].article, 3);
	assert_true(strstr(s.summaries[1].sentences[0].text, "Лидерите на ОДКС") ||
		    strstr(s.summaries[1].sentences[1].text, "Лидерите на ОДКС"));
	/* Facts: $938 млн by two sources (ТАСС, БТА), $940 млн by one (the copy
	 * counts once); the two values disagree. */
	assert_int_equal(s.nfacts, 2);
	assert_int_equal(s.facts[0].sources, 2);
	assert_true(s.facts[0].value == 938e6);
	assert_int_equal(s.facts[1].sources, 1);
	assert_true(s.facts[0].disputed && s.facts[1].disputed);
	/* Timeline sorted by date, 27 November stated by three sources. */
	assert_int_equal(s.ntimeline, 2);
	assert_int_equal(s.timeline[0].first, d26);
	assert_int_equal(s.timeline[1].first, d27);
	assert_int_equal(s.timeline[1].sources, 3);
	/* Entities: one per key, a name per language, weight = articles. */
	assert_string_equal(s.entities[0].key, "org:csto");
	assert_true(s.entities[0].weight == 3.0);
	assert_int_equal(s.entities[0].nnames, 2);
	/* Coverage per day: 1 article on the 25th, 3 on the 26th. */
	assert_int_equal(s.coverage_hourly, 0);
	assert_int_equal(s.ncoverage, 2);
	assert_int_equal(s.coverage[0].count, 1);
	assert_int_equal(s.coverage[1].count, 3);

	/* JSON and text views carry the fields. */
	td_jw w;
	td_jw_init(&w);
	td_story_json(&w, &s);
	assert_int_equal(td_jw_finish(&w), 0);
	assert_non_null(strstr(w.buf, "\"facts\":[{\"text\":\"$938 млн\""));
	assert_non_null(strstr(w.buf, "\"disputed\":true"));
	assert_non_null(strstr(w.buf, "\"summaries\":{\"ru\":[{\"text\":"));
	assert_non_null(strstr(w.buf, "],\"bg\":[{\"text\":\""));
	td_jw_reset(&w);
	td_story_text(&w, &s);
	if (getenv("SHOW_STORY"))
		fputs(w.buf, stderr);
	assert_non_null(strstr(w.buf, "Timeline"));
	assert_non_null(strstr(w.buf, "Summary [ru]"));
	assert_non_null(strstr(w.buf, "Summary [bg]"));
	assert_non_null(strstr(w.buf, "(sources disagree)"));
	td_jw_free(&w);

	/* With its working memory in another arena, reset and overwritten
	 * after the build, the story is the same. */
	td_arena *tmp = td_arena_create();
	td_story s2;
	memset(&s2, 0, sizeof(s2));
	assert_int_equal(td_story_build_ex(&s2, m, 4, d27, ar, tmp), 0);
	assert_true(td_arena_used(tmp) > 0);
	td_arena_reset(tmp);
	size_t junk = 256 * 1024;
	memset(td_arena_alloc(tmp, junk), 0xAB, junk);
	td_jw w1, w2;
	td_jw_init(&w1);
	td_jw_init(&w2);
	td_story_json(&w1, &s);
	td_story_json(&w2, &s2);
	assert_int_equal(td_jw_finish(&w2), 0);
	assert_string_equal(w1.buf, w2.buf);
	td_jw_free(&w1);
	td_jw_free(&w2);
	td_arena_destroy(tmp);

	/* Ranking: a fresher, wider story outranks a single stale article. */
	td_story one;
	memset(&one, 0, sizeof(one));
	assert_int_equal(td_story_build(&one, &m[0], 1, d27 + 5, ar), 0);
	assert_true(s.importance > one.importance);
	td_story *v[2] = {&one, &s};
	td_rank_sort(v, 2);
	assert_ptr_equal(v[0], &s);
	assert_int_equal(td_story_build(&one, m, 0, d27, ar), TD_ERR_INVAL);
	/* An undated story gets the floor of the freshness weight. */
	td_article *u = mk(ar, "u.txt", "ru", "X", "Без даты", "Текст без даты о саммите.", TD_NODATE);
	td_story us;
	memset(&us, 0, sizeof(us));
	assert_int_equal(td_story_build(&us, &u, 1, d27, ar), 0);
	assert_true(fabs(us.importance - 0.25 * (log(2.0) + 0.0)) < 1e-9);
	td_arena_destroy(ar);
}

/* Two values of one unit in one article are a list, not a dispute. */
static void test_one_source_no_dispute(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_day d = td_day_from_ymd(2019, 9, 14);
	td_article *m[1];
	m[0] = mk(ar, "sl.txt", "sl", "STA", "Plin v EU",
		  "Rusija je s 40 odstotki največja dobaviteljica plina EU, Norveška je s 30 odstotki druga.", d);
	add_number(ar, m[0], "40 odstotki", 40, "%");
	add_number(ar, m[0], "30 odstotki", 30, "%");
	td_story s;
	memset(&s, 0, sizeof(s));
	assert_int_equal(td_story_build(&s, m, 1, d, ar), 0);
	assert_int_equal(s.nfacts, 2);
	assert_false(s.facts[0].disputed);
	assert_false(s.facts[1].disputed);
	td_arena_destroy(ar);
}

/* An entity is named, per language, by the name its mentions give most,
 * a full name counting the mentions by its last word alone. */
static void test_entity_names(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_day d = td_day_from_ymd(2019, 1, 15);
	td_article *m[3];
	m[0] = mk(ar, "a.txt", "pl", "PAP", "Brexit", "Theresę May skrytykowano. Theresa May odpowiedziała.", d);
	m[1] = mk(ar, "b.txt", "pl", "TVN", "Brexit", "Theresa May przemawiała. May była spokojna.", d);
	m[2] = mk(ar, "c.txt", "pl", "RMF", "Brexit", "Premier May wygrała. May nie ustąpi.", d);
	add_entity(ar, m[0], "Theresę May", "Theresę May", "m", TD_ENT_PER);
	add_entity(ar, m[0], "Theresa May", "Theresa May", "m", TD_ENT_PER);
	add_entity(ar, m[1], "Theresa May", "Theresa May", "m", TD_ENT_PER);
	add_entity(ar, m[1], "May", "May", "m", TD_ENT_PER);
	add_entity(ar, m[2], "May", "May", "m", TD_ENT_PER);
	td_story s;
	memset(&s, 0, sizeof(s));
	assert_int_equal(td_story_build(&s, m, 3, d, ar), 0);
	assert_int_equal(s.nentities, 1);
	assert_int_equal(s.entities[0].nnames, 1);
	/* Not the first given ("Theresę May"), nor the one-word "May". */
	assert_string_equal(s.entities[0].names[0].name, "Theresa May");
	td_arena_destroy(ar);
}

/* A key that names a country and its people is the type named most, and
 * named by that type's names, even where its people are written more in
 * one language. */
static void test_entity_type_names(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_day d = td_day_from_ymd(2019, 1, 15);
	td_article *m[3];
	m[0] = mk(ar, "a.txt", "cs", "CTK", "Brexit", "Britové hlasovali. Britové odešli. Velká Británie je venku.", d);
	m[1] = mk(ar, "b.txt", "pl", "PAP", "Brexit", "Wielka Brytania wyszła z Unii.", d);
	m[2] = mk(ar, "c.txt", "pl", "TVN", "Brexit", "Wielka Brytania opuściła Unię.", d);
	add_entity(ar, m[0], "Britové", "Britové", "gpe:gb", TD_ENT_PER);
	add_entity(ar, m[0], "Britové", "Britové", "gpe:gb", TD_ENT_PER);
	add_entity(ar, m[0], "Velká Británie", "Velká Británie", "gpe:gb", TD_ENT_LOC);
	add_entity(ar, m[1], "Wielka Brytania", "Wielka Brytania", "gpe:gb", TD_ENT_LOC);
	add_entity(ar, m[2], "Wielka Brytania", "Wielka Brytania", "gpe:gb", TD_ENT_LOC);
	td_story s;
	memset(&s, 0, sizeof(s));
	assert_int_equal(td_story_build(&s, m, 3, d, ar), 0);
	assert_int_equal(s.nentities, 1);
	assert_int_equal(s.entities[0].type, TD_ENT_LOC);
	assert_int_equal(s.entities[0].nnames, 2);
	for (size_t k = 0; k < s.entities[0].nnames; k++)
		if (!strcmp(s.entities[0].names[k].lang, "cs"))
			assert_string_equal(s.entities[0].names[k].name, "Velká Británie");
	td_arena_destroy(ar);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_build),
		cmocka_unit_test(test_one_source_no_dispute),
		cmocka_unit_test(test_entity_names),
		cmocka_unit_test(test_entity_type_names),
	};
	return cmocka_run_group_tests_name("story", tests, NULL, NULL);
}
