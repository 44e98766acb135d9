/* test_sketch.c - unit tests of article fingerprints: features, name
 * skeletons across scripts, numbers, MinHash resemblance. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "tidings/article.h"
#include "tidings/sketch.h"
#include "sketch_int.h"

static void make(td_article *a, const char *lang, const char *title, const char *text)
{
	td_article_init(a);
	a->title = title;
	a->text = text;
	a->text_len = strlen(text);
	snprintf(a->lang, sizeof(a->lang), "%s", lang);
}

static int has(const td_sketch *s, uint32_t h)
{
	for (uint32_t i = 0; i < s->nfeat; i++)
		if (s->feat[i].h == h)
			return 1;
	return 0;
}

static size_t shared(const td_sketch *a, const td_sketch *b, td_feature_kind kind)
{
	size_t n = 0;
	for (uint32_t i = 0; i < a->nfeat; i++)
		if (TD_FEAT_KIND(a->feat[i].h) == kind && has(b, a->feat[i].h))
			n++;
	return n;
}

static void test_skeleton(void **state)
{
	(void)state;
	char a[8], b[8];
	/* The same name written by different languages' transliterations. */
	const char *same[][2] = {{"london", "londyn"}, {"brexit", "breksit"}, {"theresa", "tereza"},
				 {"durres", "durrese"}, {"albania", "albanii"}, {"putin", "putina"}};
	for (size_t i = 0; i < sizeof(same) / sizeof(same[0]); i++) {
		td_sketch_skeleton(same[i][0], strlen(same[i][0]), a, sizeof(a));
		td_sketch_skeleton(same[i][1], strlen(same[i][1]), b, sizeof(b));
		assert_string_equal(a, b);
	}
	td_sketch_skeleton("paris", 5, a, sizeof(a));
	td_sketch_skeleton("berlin", 6, b, sizeof(b));
	assert_string_not_equal(a, b);
	/* Bounded output, even with a tiny buffer. */
	assert_true(td_sketch_skeleton("schwarzenegger", 14, a, sizeof(a)) <= 5);
	assert_int_equal(td_sketch_skeleton("abc", 3, b, 1), 0);
	assert_string_equal(b, "");
}

static void test_features(void **state)
{
	(void)state;
	td_sketcher *sk = td_sketcher_create();
	assert_non_null(sk);
	td_article en, ru;
	make(&en, "en", "Earthquake in Albania",
	     "Earthquake in Albania\nA magnitude 6.4 earthquake struck Albania near Durres; 1,000 "
	     "people lost their homes.");
	make(&ru, "ru", "Землетрясение в Албании",
	     "Землетрясение в Албании\nЗемлетрясение магнитудой 6,4 произошло в Албании около Дурреса; "
	     "1000 человек остались без жилья.");
	td_sketch *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b));
	assert_int_equal(td_sketch_article(sk, &en, a), 0);
	assert_int_equal(td_sketch_article(sk, &ru, b), 0);
	assert_true(a->nfeat > 5);
	for (uint32_t i = 1; i < a->nfeat; i++)
		assert_true(a->feat[i - 1].h < a->feat[i].h);
	assert_string_equal(b->lang, "ru");
	/* Numbers agree whatever the separators; names across scripts. */
	assert_int_equal(shared(a, b, TD_FEAT_NUMBER), 2);
	assert_true(shared(a, b, TD_FEAT_NAME) >= 2);
	assert_true(shared(a, b, TD_FEAT_XSTEM) >= 1); /* magnitude, магнитудой: mgntd */
	/* Stems are per language: nothing in common. */
	assert_int_equal(shared(a, b, TD_FEAT_STEM), 0);
	/* The headline weighs more than the body. */
	float wt = 0, wb = 0;
	make(&en, "en", "Durres", "Durres\nThe quake hit Durres and Tirana today.");
	assert_int_equal(td_sketch_article(sk, &en, a), 0);
	for (uint32_t i = 0; i < a->nfeat; i++)
		if (TD_FEAT_KIND(a->feat[i].h) == TD_FEAT_STEM) {
			if (a->feat[i].w > wt)
				wt = a->feat[i].w;
			else if (a->feat[i].w > wb || !wb)
				wb = a->feat[i].w;
		}
	assert_true(wt > wb);
	/* Empty input gives an empty sketch, not an error. */
	make(&en, "", "", "");
	assert_int_equal(td_sketch_article(sk, &en, a), 0);
	assert_int_equal(a->nfeat, 0);
	assert_true(td_sketch_resemblance(a, a) == 0.0);
	free(a);
	free(b);
	td_sketcher_destroy(sk);
	td_sketcher_destroy(NULL);
}

/* Cognates across Slavic languages and scripts differ in vowels and
 * endings: the cross-language word feature is their consonant skeleton
 * (five classes), so "президента" (ru) and "prezydenta" (pl), or
 * "парламент" and "parlament", meet; short words and words of fewer
 * consonant classes give none. */
/* The body's words weigh more in its lead: the same word first in the
 * body weighs nearly twice what it weighs a hundred words later; the
 * other words' weights hardly move. */
static void test_lead_weight(void **state)
{
	(void)state;
	td_sketcher *sk = td_sketcher_create();
	assert_non_null(sk);
	static char early[4096], late[4096];
	strcpy(early, "Report\nzebras");
	strcpy(late, "Report\n");
	for (int i = 0; i < 100; i++) {
		strcat(early, " walls");
		strcat(late, i ? " walls" : "walls");
	}
	strcat(late, " zebras");
	td_article a, b;
	make(&a, "en", "Report", early);
	make(&b, "en", "Report", late);
	td_sketch *x = malloc(sizeof(*x)), *y = malloc(sizeof(*y));
	assert_int_equal(td_sketch_article(sk, &a, x), 0);
	assert_int_equal(td_sketch_article(sk, &b, y), 0);
	int heavier = 0;
	for (uint32_t i = 0; i < x->nfeat; i++)
		for (uint32_t j = 0; j < y->nfeat; j++)
			if (x->feat[i].h == y->feat[j].h && x->feat[i].w > 1.3f * y->feat[j].w)
				heavier++;
	assert_true(heavier >= 1);
	free(x);
	free(y);
	td_sketcher_destroy(sk);
}

static void test_cognates(void **state)
{
	(void)state;
	td_sketcher *sk = td_sketcher_create();
	assert_non_null(sk);
	td_article ru, bg, pl;
	make(&ru, "ru", "Президент и парламент", "Президент и парламент\nПрезидент распустил парламент.");
	make(&pl, "pl", "Prezydent", "Prezydent\nPrezydent rozwiązał parlament.");
	make(&bg, "bg", "Съдът", "Съдът\nСъдът отхвърли жалбата.");
	td_sketch *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b)), *c = malloc(sizeof(*c));
	assert_int_equal(td_sketch_article(sk, &ru, a), 0);
	assert_int_equal(td_sketch_article(sk, &pl, b), 0);
	assert_int_equal(td_sketch_article(sk, &bg, c), 0);
	/* prsdn, prlmn; "распустил" (rspst) and "rozwiązał" (rsvsl) differ. */
	assert_int_equal(shared(a, b, TD_FEAT_XSTEM), 2);
	assert_int_equal(shared(a, c, TD_FEAT_XSTEM), 0);
	/* "Суд", "жалоба" (slb) have fewer than five consonant classes:
	 * no cross-language word feature at all. */
	td_article sh;
	make(&sh, "ru", "Суд", "Суд\nСуд и жалоба.");
	assert_int_equal(td_sketch_article(sk, &sh, a), 0);
	for (uint32_t i = 0; i < a->nfeat; i++)
		assert_int_not_equal(TD_FEAT_KIND(a->feat[i].h), TD_FEAT_XSTEM);
	free(a);
	free(b);
	free(c);
	td_sketcher_destroy(sk);
}

static void test_minhash(void **state)
{
	(void)state;
	td_sketcher *sk = td_sketcher_create();
	const char *body = "Title\nThe central bank raised its key rate by half a point on Friday to "
			   "curb inflation, which reached its highest level in two decades last month, "
			   "the bank said in a statement after the meeting of its board.";
	const char *edited = "Other title\nThe central bank raised its key rate by half a point on "
			     "Friday to curb inflation, which reached its highest level in two decades "
			     "last month, the bank said in a statement after the meeting of its board "
			     "of directors.";
	const char *other = "Title\nThe football club signed a new striker from a rival team on "
			    "Friday after weeks of talks, the club said in a statement on its website "
			    "before the match against the league leaders on Sunday.";
	td_article x, y, z;
	make(&x, "en", "Title", body);
	make(&y, "en", "Other title", edited);
	make(&z, "en", "Title", other);
	td_sketch *a = malloc(sizeof(*a)), *b = malloc(sizeof(*b)), *c = malloc(sizeof(*c));
	td_sketch_article(sk, &x, a);
	td_sketch_article(sk, &y, b);
	td_sketch_article(sk, &z, c);
	assert_true(td_sketch_resemblance(a, a) == 1.0);
	assert_true(td_sketch_resemblance(a, b) >= 0.75);
	assert_true(td_sketch_resemblance(a, c) < 0.3);
	free(a);
	free(b);
	free(c);
	td_sketcher_destroy(sk);
}


static void test_years_persons(void **state)
{
	(void)state;
	td_sketcher *sk = td_sketcher_create();
	assert_non_null(sk);
	td_article a;
	const char *text = "Quake of 2019\nThe 2019 quake, like those of 2018 and 1979, hit in 2019. "
			   "It cost 2,013 dollars, 12019 people, 1850 homes; 2018 again.";
	make(&a, "en", "Quake of 2019", text);
	td_entity e[4] = {
	    {"Rama", "Rama", "rama", 0, 4, TD_ENT_PER, 0},
	    {"Tirana", "Tirana", "gpe:al", 5, 10, TD_ENT_LOC, 0},
	    {"Meta", "Meta", "meta", 11, 15, TD_ENT_PER, 0},
	    {"Meta", "Meta", "meta", 16, 20, TD_ENT_PER, 0},
	};
	a.entities = e;
	a.nentities = 4;
	td_sketch *s = malloc(2 * sizeof(*s));
	assert_non_null(s);
	assert_int_equal(td_sketch_article(sk, &a, &s[0]), 0);
	/* Most written first; "2,013", "12019" and 1850 are no years. */
	assert_int_equal(s[0].years[0], 2019);
	assert_int_equal(s[0].years[1], 2018);
	assert_int_equal(s[0].years[2], 1979);
	assert_int_equal(s[0].years[3], 0);
	assert_int_equal(s[0].year, 2019);
	/* Persons: the most named first, places left out; a key is the same
	 * person in every article. */
	assert_true(s[0].who[0] != 0 && s[0].who[1] != 0 && s[0].who[2] == 0);
	make(&a, "en", "", "Rama spoke.");
	a.entities = e;
	a.nentities = 1;
	assert_int_equal(td_sketch_article(sk, &a, &s[1]), 0);
	assert_int_equal(s[1].who[0], s[0].who[1]);
	assert_int_equal(s[1].years[0], 0);
	/* A number the numbers stage read as a quantity is no year. */
	const char *t2 = "Troops\n2000 troops left in 2011.";
	make(&a, "en", "Troops", t2);
	td_number q = {"2000 troops", "troop", 2000, 7, 18};
	a.numbers = &q;
	a.nnumbers = 1;
	assert_int_equal(td_sketch_article(sk, &a, &s[1]), 0);
	assert_int_equal(s[1].years[0], 2011);
	assert_int_equal(s[1].years[1], 0);
	assert_int_equal(s[1].year, 2011);
	/* Years written once each (a life's dates): listed, the later
	 * first, but none is the main year; one written twice is. */
	make(&a, "en", "Obituary", "Obituary\nBorn in 1923, she posed in 1955 and left in 1957.");
	assert_int_equal(td_sketch_article(sk, &a, &s[1]), 0);
	assert_int_equal(s[1].years[0], 1957);
	assert_int_equal(s[1].year, 0);
	make(&a, "en", "Obituary", "Obituary\nBorn in 1923, she posed in 1955 and left in 1957. In 1955 she won.");
	assert_int_equal(td_sketch_article(sk, &a, &s[1]), 0);
	assert_int_equal(s[1].years[0], 1955);
	assert_int_equal(s[1].year, 1955);
	free(s);
	td_sketcher_destroy(sk);
}

/* The day an article writes most is its mentioned day, the first written
 * among equals; month-wide and yearless mentions name no day. A text of
 * 60,000 written days is read in time (counting them pair by pair took
 * over a minute on 300,000). */
static void test_mentioned_day(void **state)
{
	(void)state;
	td_sketcher *sk = td_sketcher_create();
	assert_non_null(sk);
	td_article a;
	make(&a, "en", "Days", "Days\nOn 3 May and 5 May and 5 May and 3 May, in May, on 8 May.");
	td_day d3 = td_day_from_ymd(2019, 5, 3), d5 = td_day_from_ymd(2019, 5, 5), d8 = td_day_from_ymd(2019, 5, 8);
	td_date_mention m[6] = {
	    {d3, d3, 8, 13, 0, 0, 0}, {d5, d5, 18, 23, 0, 0, 0},  {d5, d5, 28, 33, 0, 0, 0},
	    {d3, d3, 38, 43, 0, 0, 0}, {d5, d5 + 30, 48, 51, 1, 0, 0}, {d8, d8, 56, 61, 0, 0, 1},
	};
	a.dates = m;
	a.ndates = 6;
	td_sketch *s = malloc(sizeof(*s));
	assert_non_null(s);
	assert_int_equal(td_sketch_article(sk, &a, s), 0);
	assert_int_equal(s->mentioned, d3); /* two each: 3 May first */
	m[3].first = m[3].last = d5;
	assert_int_equal(td_sketch_article(sk, &a, s), 0);
	assert_int_equal(s->mentioned, d5);
	m[0].granularity = m[1].granularity = m[2].granularity = m[3].granularity = 1;
	assert_int_equal(td_sketch_article(sk, &a, s), 0);
	assert_int_equal(s->mentioned, TD_NODATE);
	size_t n = 60000;
	td_date_mention *many = calloc(n, sizeof(*many));
	assert_non_null(many);
	for (size_t i = 0; i < n; i++) {
		td_day d = td_day_from_ymd(2019, 1, 1) + (td_day)(i % 2 ? 100 : i % 4);
		many[i] = (td_date_mention){d, d, 8, 13, 0, 0, 0};
	}
	a.dates = many;
	a.ndates = n;
	assert_int_equal(td_sketch_article(sk, &a, s), 0);
	assert_int_equal(s->mentioned, td_day_from_ymd(2019, 1, 1) + 100);
	free(many);
	free(s);
	td_sketcher_destroy(sk);
}

static void test_many(void **state)
{
	(void)state;
	enum { N = 300 };
	td_article *v = calloc(N, sizeof(*v));
	td_article **p = calloc(N, sizeof(*p));
	td_sketch *s = calloc(N, sizeof(*s));
	td_sketch *one = malloc(sizeof(*one));
	char (*txt)[96] = calloc(N, 96);
	for (int i = 0; i < N; i++) {
		snprintf(txt[i], 96, "Story %d\nParliament votes on budget number %d today", i, i);
		make(&v[i], "en", "Story", txt[i]);
		p[i] = &v[i];
	}
	assert_int_equal(td_sketch_many(p, N, 2, s), 0);
	td_sketcher *sk = td_sketcher_create();
	for (int i = 0; i < N; i += 37) {
		td_sketch_article(sk, &v[i], one);
		assert_int_equal(one->nfeat, s[i].nfeat);
		assert_memory_equal(one->feat, s[i].feat, one->nfeat * sizeof(td_feature));
	}
	td_sketcher_destroy(sk);
	free(v);
	free(p);
	free(s);
	free(one);
	free(txt);
}

/* x sketched by a fresh sketcher and by one that sketched y first give
 * the same sketch. */
static void same_after(const td_article *x, const td_article *y)
{
	td_sketch *fresh = malloc(sizeof(*fresh)), *warm = malloc(sizeof(*warm));
	td_sketcher *a = td_sketcher_create(), *b = td_sketcher_create();
	assert_non_null(fresh);
	assert_non_null(warm);
	td_sketch_article(a, x, fresh);
	td_sketch_article(b, y, warm);
	td_sketch_article(b, x, warm);
	assert_memory_equal(fresh->minhash, warm->minhash, sizeof(fresh->minhash));
	assert_int_equal(fresh->nfeat, warm->nfeat);
	assert_memory_equal(fresh->feat, warm->feat, fresh->nfeat * sizeof(td_feature));
	td_sketcher_destroy(a);
	td_sketcher_destroy(b);
	free(fresh);
	free(warm);
}

/* A sketch does not depend on what its sketcher saw before: "ton" in
 * Polish once shared its word-cache key with "tok" in Slovene. */
static void test_cache_independent(void **state)
{
	(void)state;
	const char *sl = "Novice\nReka tok tok tok je narasla tok in tok zalila tok mesto tok danes";
	const char *pl = "Wiadomosci\nStatek ton ton ton zatonal ton w porcie ton dzisiaj ton rano";
	td_article x, y;
	make(&x, "sl", "Novice", sl);
	make(&y, "pl", "Wiadomosci", pl);
	same_after(&x, &y);
}

/* Words are cached as written: a sketcher that met the same words in
 * other cases (and so other cache entries) gives the same sketch. */
static void test_cache_case(void **state)
{
	(void)state;
	const char *en = "Brexit talks\nThe Brexit talks in Brussels stalled as the Brexit deadline neared";
	const char *caps = "BREXIT TALKS\nTHE BREXIT TALKS IN BRUSSELS brexit talks in brussels STALLED";
	td_article x, y;
	make(&x, "en", "Brexit talks", en);
	make(&y, "en", "BREXIT TALKS", caps);
	same_after(&x, &y);
}

static int by_hash_then_index(const void *x, const void *y)
{
	const td_feature *a = x, *b = y;
	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	/* The weight holds the original position: the sort is stable. */
	return (a->w > b->w) - (a->w < b->w);
}

/* Sorting by hash: the order of a stable sort, for small and large
 * arrays, clustered and repeated hashes included. */
static void test_sort_hash(void **state)
{
	(void)state;
	static td_feature v[1100], ref[1100];
	uint32_t r = 12345;
	const size_t sizes[] = {0, 1, 5, 24, 25, 100, 320, 1024, 1100};
	for (size_t t = 0; t < sizeof(sizes) / sizeof(sizes[0]); t++)
		for (int kind = 0; kind < 3; kind++) {
			size_t n = sizes[t];
			for (size_t i = 0; i < n; i++) {
				r = r * 1103515245u + 12345u;
				uint32_t h = kind == 0 ? r : kind == 1 ? (r & 0xFF000000u) | (r >> 28) : r % 7;
				v[i] = (td_feature){h, (float)i};
			}
			size_t m = n > 1024 ? 1024 : n; /* only the first 1024 are sorted */
			memcpy(ref, v, n * sizeof(*v));
			qsort(ref, m, sizeof(*ref), by_hash_then_index);
			td__feat_sort_hash(v, n);
			assert_memory_equal(v, ref, n * sizeof(*v));
		}
}

/* The k-th heaviest: what td__feat_select leaves lightest among the k
 * kept, with repeated weights and hashes, negative weights and -0. */
static void test_kth(void **state)
{
	(void)state;
	static td_feature v[400], sel[400];
	uint32_t r = 777;
	const size_t sizes[] = {1, 2, 3, 7, 64, 257, 400};
	for (size_t t = 0; t < sizeof(sizes) / sizeof(sizes[0]); t++)
		for (int kind = 0; kind < 4; kind++) {
			size_t n = sizes[t];
			for (size_t i = 0; i < n; i++) {
				r = r * 1103515245u + 12345u;
				float w = kind == 0 ? (float)(r >> 8) / 65536.0f : (float)(r % 5) - 2.0f;
				if (kind == 3 && i % 3 == 0)
					w = -0.0f;
				v[i] = (td_feature){kind == 2 ? r % 3 : r ^ (uint32_t)i << 20, w};
			}
			for (size_t k = 1; k <= n; k += 1 + n / 17) {
				memcpy(sel, v, n * sizeof(*v));
				td__feat_select(sel, n, k);
				td_feature want = sel[0];
				for (size_t i = 1; i < k; i++)
					if (sel[i].w < want.w || (sel[i].w == want.w && sel[i].h > want.h))
						want = sel[i];
				td_feature got = td__feat_kth(v, n, k);
				assert_int_equal(got.h, want.h);
				assert_true(got.w == want.w);
			}
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_skeleton),
		cmocka_unit_test(test_features),
		cmocka_unit_test(test_lead_weight),
		cmocka_unit_test(test_cognates),
		cmocka_unit_test(test_minhash),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_cache_independent),
		cmocka_unit_test(test_cache_case),
		cmocka_unit_test(test_sort_hash),
		cmocka_unit_test(test_kth),
		cmocka_unit_test(test_years_persons),
		cmocka_unit_test(test_mentioned_day),
	};
	return cmocka_run_group_tests_name("sketch", tests, NULL, NULL);
}
