/* test_engine.c - unit tests of the pipeline flags and batch loading. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "tidings/engine.h"
#include "tidings/error.h"
#include "tidings/reader.h"
#include "tidings/sketch.h"

static char dir[] = "/tmp/tidings-engine-XXXXXX";
static int nerr;

static void put(const char *name, const char *text)
{
	char p[256];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void on_error(void *ctx, const char *file, int err, const char *detail)
{
	(void)ctx;
	(void)file;
	(void)detail;
	assert_true(err < 0);
	nerr++;
}

static td_batch *load(int threads, td_stage last, unsigned flags)
{
	td_batch_opts o = {0};
	o.threads = threads;
	o.last = last;
	o.flags = flags;
	o.on_error = on_error;
	td_batch *b = NULL;
	nerr = 0;
	assert_int_equal(td_batch_load(dir, &o, &b), 0);
	return b;
}

static int keep_one(void *ctx, td_article *a)
{
	*(td_article **)ctx = a;
	return 0;
}

static void same_str(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

static void same_article(const td_article *a, const td_article *b)
{
	same_str(a->file, b->file);
	same_str(a->title, b->title);
	same_str(a->lead, b->lead);
	same_str(a->body, b->body);
	same_str(a->first_line, b->first_line);
	same_str(a->dateline_place, b->dateline_place);
	assert_int_equal(a->text_len, b->text_len);
	assert_memory_equal(a->text, b->text, a->text_len);
	assert_int_equal(a->raw_body_len, b->raw_body_len);
	assert_memory_equal(a->raw_body, b->raw_body, a->raw_body_len);
	assert_true(a->body >= a->text && a->body <= a->text + a->text_len);
	assert_string_equal(a->lang, b->lang);
	assert_int_equal(a->date, b->date);
	assert_int_equal(a->ndates, b->ndates);
	assert_memory_equal(a->dates, b->dates, a->ndates * sizeof(*a->dates));
	assert_int_equal(a->nentities, b->nentities);
	for (size_t i = 0; i < a->nentities; i++) {
		same_str(a->entities[i].text, b->entities[i].text);
		same_str(a->entities[i].lemma, b->entities[i].lemma);
		same_str(a->entities[i].key, b->entities[i].key);
		assert_int_equal(a->entities[i].start, b->entities[i].start);
		assert_int_equal(a->entities[i].type, b->entities[i].type);
	}
	assert_int_equal(a->nnumbers, b->nnumbers);
	for (size_t i = 0; i < a->nnumbers; i++) {
		same_str(a->numbers[i].text, b->numbers[i].text);
		same_str(a->numbers[i].unit, b->numbers[i].unit);
		assert_true(a->numbers[i].value == b->numbers[i].value);
	}
	assert_int_equal(a->category, b->category);
}

static void test_batch_and_flags(void **state)
{
	(void)state;
	assert_non_null(mkdtemp(dir));
	put("a.txt", " date 2019-11-26 Землетрясение в Албании\nВ Албании произошло землетрясение магнитудой 6,4. "
		     "Премьер Эди Рама сообщил о 21 погибшем.\n");
	put("b.txt", " date 2019-11-26 Earthquake in Albania\nA magnitude 6.4 earthquake struck Albania, "
		     "Prime Minister Edi Rama said 21 people died.\n");
	put("c.txt", "");
	put("d.jsonl", "{\"title\":\"One\",\"text\":\"First item.\"}\n{bad\n{\"title\":\"Two\",\"text\":\"Second.\"}\n");

	td_batch *b1 = load(1, TD_STAGE_ALL, 0);
	assert_int_equal(b1->nfiles, 4);
	assert_int_equal(b1->n, 4); /* a, b, and two items of d */
	assert_int_equal(nerr, 2);  /* the empty file and the bad line */
	assert_int_equal(b1->nerrors, 2);
	assert_string_equal(b1->articles[0]->file, "a.txt");
	assert_string_equal(b1->articles[2]->file, "d.jsonl#1");
	assert_string_equal(b1->articles[0]->lang, "ru");
	assert_true(b1->articles[0]->nentities > 0);
	assert_true(b1->articles[0]->nnumbers > 0);
	assert_true(b1->articles[0]->category != TD_CAT_NONE);

	/* A batch article holds what the pipeline gives one article read on
	 * its own (the batch keeps it out of the stages' scratch memory; this
	 * first batch of the process also finished its articles' late stages
	 * after the entity tables were built). */
	char path[256];
	snprintf(path, sizeof(path), "%s/a.txt", dir);
	td_arena *ar = td_arena_create();
	td_article *one = NULL;
	assert_int_equal(td_read_file(path, "a.txt", TD_FMT_AUTO, NULL, ar, keep_one, NULL, &one), 1);
	assert_int_equal(td_pipeline_article(one, ar, TD_STAGE_ALL), 0);
	same_article(b1->articles[0], one);
	assert_false(td_arena_owns(ar, b1->articles[0]->text));
	td_arena_destroy(ar);

	/* Two workers give the same articles in the same order. */
	td_batch *b2 = load(2, TD_STAGE_ALL, 0);
	assert_int_equal(b2->n, b1->n);
	for (size_t i = 0; i < b1->n; i++) {
		assert_string_equal(b1->articles[i]->file, b2->articles[i]->file);
		assert_int_equal(b1->articles[i]->nentities, b2->articles[i]->nentities);
	}
	td_batch_free(b2);

	/* No extraction: no entities or numbers, classification still done. */
	td_batch *b3 = load(1, TD_STAGE_ALL, TD_PIPE_NO_EXTRACT);
	assert_int_equal(b3->articles[0]->nentities, 0);
	assert_int_equal(b3->articles[0]->nnumbers, 0);
	assert_int_equal(b3->articles[0]->category, b1->articles[0]->category);
	td_batch_free(b3);

	/* No lexicon: entities still found, with the same keys for names. */
	td_batch *b4 = load(1, TD_STAGE_EXTRACT, TD_PIPE_NO_LEXICON);
	assert_true(b4->articles[1]->nentities > 0);
	assert_int_equal(b4->articles[0]->category, TD_CAT_NONE); /* stage stops before */

	/* No numbers: entities still found. */
	td_batch *b6 = load(1, TD_STAGE_EXTRACT, TD_PIPE_NO_LEXICON | TD_PIPE_NO_NUMBERS);
	assert_int_equal(b6->articles[0]->nnumbers, 0);
	assert_int_equal(b6->articles[0]->nentities, b4->articles[0]->nentities);
	td_batch_free(b6);
	td_batch_free(b4);

	/* Kept tokens: the text's first TD_BATCH_TOKENS, as td_tokenize makes
	 * them, with one or two workers; none without the flag, for an
	 * article moved since, or without the entity stage. A sketch made
	 * with them is the sketch made without. */
	for (int threads = 1; threads <= 2; threads++) {
		td_batch *bt = load(threads, TD_STAGE_EXTRACT, TD_PIPE_NO_LEXICON | TD_PIPE_KEEP_TOKENS);
		td_sketcher *sk = td_sketcher_create();
		for (size_t i = 0; i < bt->n; i++) {
			const td_article *a = bt->articles[i];
			td_token want[TD_BATCH_TOKENS];
			size_t nw = td_tokenize(a->text, a->text_len, want, TD_BATCH_TOKENS), n;
			const td_token *tk = td_batch_tokens(bt, i, &n);
			assert_int_equal(n, nw);
			assert_true(n > 0);
			for (size_t k = 0; k < n; k++) {
				assert_int_equal(tk[k].start, want[k].start);
				assert_int_equal(tk[k].end, want[k].end);
				assert_int_equal(tk[k].flags, want[k].flags);
			}
			td_sketch s1, s2;
			assert_int_equal(td_sketch_article(sk, a, &s1), 0);
			assert_int_equal(td_sketch_article_tok(sk, a, tk, n, &s2), 0);
			assert_int_equal(s1.nfeat, s2.nfeat);
			assert_memory_equal(s1.feat, s2.feat, s1.nfeat * sizeof(td_feature));
			assert_memory_equal(s1.minhash, s2.minhash, sizeof(s1.minhash));
		}
		td_sketcher_destroy(sk);
		size_t n = 1;
		td_article *t = bt->articles[0];
		bt->articles[0] = bt->articles[1];
		bt->articles[1] = t;
		assert_null(td_batch_tokens(bt, 0, &n));
		assert_int_equal(n, 0);
		td_batch_free(bt);
	}
	size_t nk = 1;
	assert_null(td_batch_tokens(b1, 0, &nk));
	assert_int_equal(nk, 0);
	td_batch *bd = load(1, TD_STAGE_DATES, TD_PIPE_KEEP_TOKENS);
	assert_null(td_batch_tokens(bd, 0, &nk));
	td_batch_free(bd);

	/* Stages stop where asked. */
	td_batch *b5 = load(1, TD_STAGE_CLEAN, 0);
	assert_string_equal(b5->articles[0]->lang, "");
	assert_string_equal(b5->articles[0]->title, "Землетрясение в Албании");
	td_batch_free(b5);
	td_batch_free(b1);
	td_batch_free(NULL);

	td_batch *none = NULL;
	td_batch_opts o = {0};
	assert_int_equal(td_batch_load("/nonexistent/tidings-dir", &o, &none), TD_ERR_IO);
	assert_null(none);
	const char *names[] = {"a.txt", "b.txt", "c.txt", "d.jsonl"};
	for (int i = 0; i < 4; i++) {
		char p[256];
		snprintf(p, sizeof(p), "%s/%s", dir, names[i]);
		unlink(p);
	}
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_batch_and_flags),
	};
	return cmocka_run_group_tests_name("engine", tests, NULL, NULL);
}
