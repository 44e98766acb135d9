/* entities_testutil.h - what the entity tests share: an arena per test,
 * the entity stage run on a title and body, and lookups of mentions. */
#ifndef TIDINGS_TEST_ENTITIES_TESTUTIL_H
#define TIDINGS_TEST_ENTITIES_TESTUTIL_H

#include "testutil.h"

#include <stdio.h>

#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/entities.h"

static td_arena *ar;

static int setup(void **state)
{
	(void)state;
	ar = td_arena_create();
	return ar ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	td_arena_destroy(ar);
	return 0;
}

/* An article of "title\nbody" in language lang, with the dateline's
 * place and agency (or NULL), before the entity stage. */
static td_article *article_of(const char *lang, const char *title, const char *body, const char *place,
			      const char *agency)
{
	td_article *a = td_arena_calloc(ar, sizeof(*a));
	assert_non_null(a);
	td_article_init(a);
	size_t tl = strlen(title), bl = strlen(body);
	char *t = td_arena_alloc(ar, tl + bl + 2);
	assert_non_null(t);
	memcpy(t, title, tl);
	t[tl] = '\n';
	memcpy(t + tl + 1, body, bl + 1);
	a->title = title;
	a->body = t + tl + 1;
	a->body_len = bl;
	a->text = t;
	a->text_len = tl + 1 + bl;
	a->dateline_place = place;
	a->dateline_agency = agency;
	snprintf(a->lang, sizeof(a->lang), "%s", lang);
	return a;
}

/* Runs the entity stage with flags (td_entities_article_ex) on
 * "title\nbody" in language lang. */
static td_article *run_ex(const char *lang, const char *title, const char *body, unsigned flags)
{
	td_article *a = article_of(lang, title, body, NULL, NULL);
	assert_int_equal(td_entities_article_ex(a, ar, flags), 0);
	return a;
}

/* Runs the entity stage on "title\nbody" in language lang. */
static td_article *run(const char *lang, const char *title, const char *body)
{
	return run_ex(lang, title, body, 0);
}

/* The mention whose surface form is text, or NULL. */
static const td_entity *find(const td_article *a, const char *text)
{
	for (size_t i = 0; i < a->nentities; i++)
		if (!strcmp(a->entities[i].text, text))
			return &a->entities[i];
	return NULL;
}

static const td_entity *must(const td_article *a, const char *text)
{
	const td_entity *e = find(a, text);
	if (!e) {
		fprintf(stderr, "missing entity '%s'; found:", text);
		for (size_t i = 0; i < a->nentities; i++)
			fprintf(stderr, " [%s|%s|%s]", a->entities[i].text, a->entities[i].lemma,
				a->entities[i].key);
		fprintf(stderr, "\n");
	}
	assert_non_null(e);
	/* Offsets point at the surface form in the text. */
	assert_int_equal(strlen(text), e->end - e->start);
	return e;
}

static void check(const td_article *a, const char *text, const char *lemma, int type,
		  const char *key)
{
	const td_entity *e = must(a, text);
	if (lemma)
		assert_string_equal(e->lemma, lemma);
	assert_int_equal(e->type, type);
	if (key)
		assert_string_equal(e->key, key);
}

#endif
