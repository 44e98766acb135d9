/* test_cluster.c - unit tests of incremental story clustering: grouping,
 * stable ids, removal, copies, time windows, languages. */
#include "testutil.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "tidings/article.h"
#include "tidings/cluster.h"
#include "tidings/error.h"
#include "tidings/sketch.h"
#include "sketch_int.h"

#define QUAKE_EN                                                                                   \
	"Magnitude 6.4 earthquake kills 21 in Albania\nA magnitude 6.4 earthquake struck western "     \
	"Albania on Tuesday, killing at least 21 people and injuring 600, officials said. The quake " \
	"hit 34 kilometres from Tirana, near the port city of Durres. Prime Minister Edi Rama "       \
	"declared a state of emergency in Durres and Tirana."
#define QUAKE_EN2                                                                                  \
	"Albania earthquake: rescuers search rubble in Durres\nRescuers searched collapsed "          \
	"buildings in Durres and Thumane after the magnitude 6.4 earthquake in Albania killed 21 "     \
	"people. Edi Rama said 600 were injured as teams from Italy and Greece arrived in Tirana."
#define QUAKE_RU                                                                                   \
	"Землетрясение магнитудой 6,4 в Албании унесло жизни 21 человека\nЗемлетрясение "             \
	"магнитудой 6,4 произошло во вторник на западе Албании, погиб 21 человек, 600 ранены. "        \
	"Эпицентр находился в 34 километрах от Тираны, недалеко от города Дуррес. Премьер Эди Рама " \
	"объявил чрезвычайное положение в Дурресе и Тиране."
#define SHOOTING                                                                                   \
	"Gunman kills two students at University of North Carolina at Charlotte\nA former student "  \
	"opened fire in a classroom at the University of North Carolina at Charlotte, killing two "   \
	"students and wounding four, campus police said. The suspect, Trystan Terrell, was arrested " \
	"in the Kennedy building."
#define BANK                                                                                       \
	"Central bank raises key rate to 7.5%\nThe central bank raised its key rate by half a point " \
	"to 7.5% on Friday to curb inflation, which reached 6.2% in October, governor Elvira "        \
	"Nabiullina said after the board meeting in Moscow."

typedef struct {
	td_sketcher *sk;
	td_cluster *c;
	td_sketch s;
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof(*f));
	f->sk = td_sketcher_create();
	f->c = td_cluster_create(NULL);
	*state = f;
	return f->sk && f->c ? 0 : -1;
}

static int teardown(void **state)
{
	fixture *f = *state;
	td_sketcher_destroy(f->sk);
	td_cluster_destroy(f->c);
	free(f);
	return 0;
}

/* Adds an article with text (headline, newline, body), language and day. */
static td_cluster_result add(fixture *f, uint64_t id, const char *lang, const char *text, td_day day)
{
	td_article a;
	td_article_init(&a);
	static char title[256];
	size_t tl = strcspn(text, "\n");
	snprintf(title, sizeof(title), "%.*s", (int)tl, text);
	a.title = title;
	a.text = text;
	a.text_len = strlen(text);
	a.date = day;
	snprintf(a.lang, sizeof(a.lang), "%s", lang);
	assert_int_equal(td_sketch_article(f->sk, &a, &f->s), 0);
	td_cluster_result r;
	assert_int_equal(td_cluster_add(f->c, id, &f->s, &r), 0);
	return r;
}

static void test_groups_and_stable_ids(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 26);
	td_cluster_result r1 = add(f, 101, "en", QUAKE_EN, d);
	td_cluster_result r2 = add(f, 102, "en", SHOOTING, d);
	td_cluster_result r3 = add(f, 103, "en", QUAKE_EN2, d + 1);
	td_cluster_result r4 = add(f, 104, "en", BANK, d);
	assert_true(r1.is_new && r2.is_new && !r3.is_new && r4.is_new);
	assert_int_equal(r1.story, 1);
	assert_int_equal(r2.story, 2);
	assert_int_equal(r3.story, 1);
	assert_int_equal(r4.story, 3);
	assert_true(r3.probability >= 0.5 && r3.probability <= 1.0);
	assert_int_equal(td_cluster_narticles(f->c), 4);
	assert_int_equal(td_cluster_nstories(f->c), 3);
	uint64_t ids[8], m[8];
	size_t n;
	assert_int_equal(td_cluster_stories(f->c, ids, 8), 3);
	assert_int_equal(ids[0], 1);
	assert_int_equal(td_cluster_members(f->c, 1, m, 8, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(m[0], 101);
	assert_int_equal(m[1], 103);
	td_cluster_story info;
	assert_int_equal(td_cluster_story_info(f->c, 1, &info), 0);
	assert_int_equal(info.size, 2);
	assert_int_equal(info.first, d);
	assert_int_equal(info.last, d + 1);
	assert_true(info.central == 101 || info.central == 103);
	/* Removal keeps ids; a dead story's id is never given again. */
	assert_int_equal(td_cluster_remove(f->c, 102), 0);
	assert_int_equal(td_cluster_remove(f->c, 102), TD_ERR_NOTFOUND);
	assert_int_equal(td_cluster_nstories(f->c), 2);
	assert_int_equal(td_cluster_story_info(f->c, 2, &info), TD_ERR_NOTFOUND);
	uint64_t sid;
	assert_int_equal(td_cluster_story_of(f->c, 102, &sid), TD_ERR_NOTFOUND);
	td_cluster_result r5 = add(f, 102, "en", SHOOTING, d);
	assert_int_equal(r5.story, 4);
	assert_int_equal(td_cluster_story_of(f->c, 103, &sid), 0);
	assert_int_equal(sid, 1);
	/* Adding an id again replaces the article. */
	add(f, 104, "en", BANK, d);
	assert_int_equal(td_cluster_narticles(f->c), 4);
	assert_true(td_cluster_bytes(f->c) > 0);
}

static void test_copies(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 26);
	add(f, 1, "en", QUAKE_EN, d);
	add(f, 2, "en", BANK, d);
	/* An agency copy under another headline. */
	char copy[1024];
	snprintf(copy, sizeof(copy), "Deadly quake in Albania%s", strchr(QUAKE_EN, '\n'));
	td_cluster_result r = add(f, 3, "en", copy, d);
	assert_int_equal(r.story, 1);
	assert_int_equal(r.is_duplicate, 1);
	assert_int_equal(r.duplicate_of, 1);
	uint64_t orig = 0;
	assert_int_equal(td_cluster_duplicate_of(f->c, 3, &orig), 1);
	assert_int_equal(orig, 1);
	assert_int_equal(td_cluster_duplicate_of(f->c, 2, &orig), 0);
	td_cluster_story info;
	td_cluster_story_info(f->c, 1, &info);
	assert_int_equal(info.size, 2);
	assert_int_equal(info.unique, 1);
	/* A different report of the same event is no copy. */
	r = add(f, 4, "en", QUAKE_EN2, d);
	assert_int_equal(r.story, 1);
	assert_int_equal(r.is_duplicate, 0);
	/* Without the original the copy stands on its own. */
	assert_int_equal(td_cluster_remove(f->c, 1), 0);
	assert_int_equal(td_cluster_duplicate_of(f->c, 3, &orig), 0);
	td_cluster_story_info(f->c, 1, &info);
	assert_int_equal(info.size, 2);
	assert_int_equal(info.unique, 2);
}

/* A flood of copies: a story reposted by a thousand outlets (each adding
 * its own line) stays one story, because copies count once in the
 * document frequencies too; without that its shared words would weigh
 * nothing beside each copy's own line. */
static void test_copy_flood(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 26);
	add(f, 1, "en", BANK, d);
	add(f, 2, "en", SHOOTING, d);
	uint64_t first = 0;
	for (uint64_t i = 0; i < 1000; i++) {
		char text[1024];
		snprintf(text, sizeof(text), "%s Reposted by outlet number %llu.", QUAKE_EN,
			 (unsigned long long)(i + 17));
		td_cluster_result r = add(f, 10 + i, "en", text, d);
		if (!i)
			first = r.story;
		assert_int_equal(r.story, first);
	}
	td_cluster_story info;
	td_cluster_story_info(f->c, first, &info);
	assert_int_equal(info.size, 1000);
	/* The other stories keep to themselves. */
	td_cluster_result r = add(f, 5000, "en", SHOOTING, d);
	assert_int_not_equal(r.story, first);
}

/* A brief of forty words leaves about ten of the MinHash's 32 bins empty;
 * reposted 2,000 times, each copy with a line of its own, it is still one
 * story (with its bands counted only over full bins, every copy was
 * counted in the document frequencies, the brief's words lost their
 * weight beside each copy's own line, and 1,000 copies made 999 stories).
 * A different brief stays apart. */
static void test_copy_flood_short(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 26);
	static const char brief[] = "Plane wreck found in Peru\nSearch teams found the wreck of the missing "
				    "plane in the mountains of Peru on Tuesday, officials said. All 23 people "
				    "on board were killed. The cause of the crash is not yet known, the "
				    "aviation authority said.";
	uint64_t first = 0;
	for (uint64_t i = 0; i < 2000; i++) {
		char text[1024];
		snprintf(text, sizeof(text), "%s Source %llu.", brief, (unsigned long long)(i + 3));
		td_cluster_result r = add(f, 10 + i, "en", text, d);
		if (!i)
			first = r.story;
		assert_int_equal(r.story, first);
	}
	td_cluster_result r = add(f, 5000, "en",
				  "Floods in Kenya\nHeavy rain flooded villages in western Kenya on Tuesday, "
				  "the Red Cross said. Thousands of families left their homes.",
				  d);
	assert_int_not_equal(r.story, first);
}

/* Taking out the original of copies leaves them copies, of the first of
 * them; the story still counts them once. */
static void test_copies_outlive_original(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 26);
	char text[1024];
	for (uint64_t i = 0; i < 4; i++) {
		snprintf(text, sizeof(text), "%s Reposted by outlet number %llu.", QUAKE_EN, (unsigned long long)i);
		add(f, 1 + i, "en", text, d);
	}
	uint64_t orig = 0, sid = 0;
	assert_int_equal(td_cluster_duplicate_of(f->c, 3, &orig), 1);
	assert_int_equal(orig, 1);
	assert_int_equal(td_cluster_story_of(f->c, 1, &sid), 0);
	td_cluster_story info;
	td_cluster_story_info(f->c, sid, &info);
	assert_int_equal(info.size, 4);
	assert_int_equal(info.unique, 1);
	assert_int_equal(td_cluster_remove(f->c, 1), 0);
	assert_int_equal(td_cluster_duplicate_of(f->c, 2, &orig), 0);
	assert_int_equal(td_cluster_duplicate_of(f->c, 3, &orig), 1);
	assert_int_equal(orig, 2);
	assert_int_equal(td_cluster_duplicate_of(f->c, 4, &orig), 1);
	assert_int_equal(orig, 2);
	td_cluster_story_info(f->c, sid, &info);
	assert_int_equal(info.size, 3);
	assert_int_equal(info.unique, 1);
}

static void test_time(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 26);
	add(f, 1, "en", QUAKE_EN, d);
	/* The same words two months later are another event. */
	td_cluster_result r = add(f, 2, "en", QUAKE_EN2, d + 60);
	assert_int_equal(r.is_new, 1);
	/* Without a date the text decides. */
	r = add(f, 3, "en", QUAKE_EN2, TD_NODATE);
	assert_int_equal(r.is_new, 0);
}

/* Adds an undated article that mentions day d (as the dates stage would). */
static td_cluster_result add_mentioning(fixture *f, uint64_t id, const char *text, td_day d)
{
	td_article a;
	td_article_init(&a);
	td_date_mention m = {d, d, 0, 1, 0, 0, 0};
	a.title = "";
	a.text = text;
	a.text_len = strlen(text);
	a.dates = &m;
	a.ndates = 1;
	snprintf(a.lang, sizeof(a.lang), "en");
	assert_int_equal(td_sketch_article(f->sk, &a, &f->s), 0);
	assert_int_equal(f->s.mentioned, d);
	td_cluster_result r;
	assert_int_equal(td_cluster_add(f->c, id, &f->s, &r), 0);
	return r;
}

static void test_mentioned_dates(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 8);
	add_mentioning(f, 1, QUAKE_EN, d);
	/* The same report for another day is another event (the forecast
	 * for the 8th and for the 16th); for the same day it is not. */
	assert_int_equal(add_mentioning(f, 2, QUAKE_EN2, d + 8).is_new, 1);
	assert_int_equal(add_mentioning(f, 3, QUAKE_EN2, d).is_new, 0);
}

/* Adds an undated article that gives one quantity (as the numbers stage
 * would). */
static td_cluster_result add_quantity(td_cluster *c, td_sketcher *sk, uint64_t id, const char *text,
				      double value, const char *unit)
{
	td_article a;
	td_article_init(&a);
	td_number q = {"", unit, value, 0, 0};
	a.title = "";
	a.text = text;
	a.text_len = strlen(text);
	a.numbers = &q;
	a.nnumbers = 1;
	snprintf(a.lang, sizeof(a.lang), "en");
	td_sketch *s = malloc(sizeof(*s));
	assert_non_null(s);
	assert_int_equal(td_sketch_article(sk, &a, s), 0);
	assert_int_equal(s->nquant, 1);
	td_cluster_result r;
	assert_int_equal(td_cluster_add(c, id, s, &r), 0);
	free(s);
	return r;
}

static void test_quantity_conflict(void **state)
{
	fixture *f = *state;
	/* Off by default: the text decides. */
	add_quantity(f->c, f->sk, 1, QUAKE_EN, 6.4, "magnitude");
	assert_int_equal(add_quantity(f->c, f->sk, 2, QUAKE_EN2, 5.1, "magnitude").is_new, 0);
	/* With a strong conflict term, other figures in the same unit make
	 * another event; the same figure, or one in another unit, do not. */
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	assert_true(o.quantity_conflict == 0.0);
	o.quantity_conflict = -40.0;
	td_cluster *c = td_cluster_create(&o);
	assert_non_null(c);
	add_quantity(c, f->sk, 1, QUAKE_EN, 6.4, "magnitude");
	assert_int_equal(add_quantity(c, f->sk, 2, QUAKE_EN2, 5.1, "magnitude").is_new, 1);
	assert_int_equal(add_quantity(c, f->sk, 3, QUAKE_EN2, 6.4, "magnitude").is_new, 0);
	assert_int_equal(add_quantity(c, f->sk, 4, QUAKE_EN2, 5.1, "km").is_new, 0);
	/* Removal rebuilds the story's quantities: article 4 joined the
	 * story of article 2 (the same text); with 2 gone, that story holds
	 * 5.1 km only, and 7.0 magnitude joins it. */
	uint64_t s1;
	assert_int_equal(td_cluster_story_of(c, 4, &s1), 0);
	assert_int_equal(td_cluster_remove(c, 1), 0);
	assert_int_equal(td_cluster_remove(c, 2), 0);
	assert_int_equal(td_cluster_remove(c, 3), 0);
	td_cluster_result r = add_quantity(c, f->sk, 5, QUAKE_EN2, 7.0, "magnitude");
	assert_int_equal(r.is_new, 0);
	assert_int_equal(r.story, s1);
	/* ... and 5.1 km is still there: 6.0 km conflicts. */
	assert_int_equal(add_quantity(c, f->sk, 6, QUAKE_EN2, 6.0, "km").is_new, 1);
	td_cluster_destroy(c);
}


static void test_slot_conflict(void **state)
{
	(void)state;
	uint32_t sv[4] = {2009, 2005, 0, 0};
	uint16_t sn[4] = {3, 1, 0, 0};
	/* The article's main year is no member's and the story's main year
	 * is not in the article: conflict. */
	uint32_t a1[4] = {2013, 2012, 0, 0};
	assert_int_equal(td__slot_conflict(a1, 4, sv, sn, 4), 1);
	/* The story's main year among the article's: agreement. */
	uint32_t a2[4] = {2013, 2009, 0, 0};
	assert_int_equal(td__slot_conflict(a2, 4, sv, sn, 4), -1);
	/* The article's main year is a member's (not the main one). */
	uint32_t a3[4] = {2005, 0, 0, 0};
	assert_int_equal(td__slot_conflict(a3, 4, sv, sn, 4), -1);
	/* Nothing on either side: no evidence. */
	uint32_t a4[4] = {0, 0, 0, 0};
	uint16_t n0[4] = {0, 0, 0, 0};
	assert_int_equal(td__slot_conflict(a4, 4, sv, sn, 4), 0);
	assert_int_equal(td__slot_conflict(a1, 4, sv, n0, 4), 0);
}

static void test_year_conflict(void **state)
{
	(void)state;
	uint32_t sv[4] = {2009, 2005, 0, 0};
	uint16_t sn[4] = {3, 1, 0, 0}, n0[4] = {0, 0, 0, 0};
	td_sketch *a = calloc(1, sizeof(*a));
	assert_non_null(a);
	/* A main year no member's, and the story's not in the article. */
	a->years[0] = a->year = 2013;
	a->years[1] = 2012;
	assert_int_equal(td__year_conflict(a, sv, sn, 4), 1);
	/* The same years, none written more often than the others (an
	 * obituary's dates of a life): no main year, no conflict. */
	a->year = 0;
	assert_int_equal(td__year_conflict(a, sv, sn, 4), 0);
	/* ... but the story's main year among them still agrees. */
	a->years[1] = 2009;
	assert_int_equal(td__year_conflict(a, sv, sn, 4), -1);
	/* The article's main year is a member's (not the main one). */
	memset(a->years, 0, sizeof(a->years));
	a->years[0] = a->year = 2005;
	assert_int_equal(td__year_conflict(a, sv, sn, 4), -1);
	/* No year on either side: no evidence. */
	assert_int_equal(td__year_conflict(a, sv, n0, 4), 0);
	a->years[0] = a->year = 0;
	assert_int_equal(td__year_conflict(a, sv, sn, 4), 0);
	free(a);
}

/* Adds an article in English with a day (TD_NODATE: undated). */
static td_cluster_result add_to(td_cluster *c, td_sketcher *sk, uint64_t id, const char *text, td_day day)
{
	td_article a;
	td_article_init(&a);
	a.title = "";
	a.text = text;
	a.text_len = strlen(text);
	a.date = day;
	snprintf(a.lang, sizeof(a.lang), "en");
	td_sketch *s = malloc(sizeof(*s));
	assert_non_null(s);
	assert_int_equal(td_sketch_article(sk, &a, s), 0);
	td_cluster_result r;
	assert_int_equal(td_cluster_add(c, id, s, &r), 0);
	free(s);
	return r;
}

static void test_year_evidence(void **state)
{
	fixture *f = *state;
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	/* Defaults: years on, persons off. */
	assert_true(o.year_same_conflict > 0 && o.year_same_conflict < 1 && o.person_conflict == 0.0);
	/* Reports of one event that never disagree on the year: a conflict
	 * decides between undated reports. */
	o.year_same_conflict = 1e-12;
	td_cluster *c = td_cluster_create(&o);
	assert_non_null(c);
	add_to(c, f->sk, 1, QUAKE_EN " The 2019 quake was the strongest since 1979. Not since 2019.", TD_NODATE);
	/* Years written once each name no main year: no conflict. */
	td_cluster *c0 = td_cluster_create(&o);
	assert_non_null(c0);
	add_to(c0, f->sk, 1, QUAKE_EN " The 2019 quake was the strongest since 1979.", TD_NODATE);
	assert_int_equal(add_to(c0, f->sk, 2, QUAKE_EN2 " It was 2009.", TD_NODATE).is_new, 0);
	td_cluster_destroy(c0);
	assert_int_equal(add_to(c, f->sk, 2, QUAKE_EN2 " It was 2009.", TD_NODATE).is_new, 1);
	assert_int_equal(add_to(c, f->sk, 3, QUAKE_EN2 " In 2019, again.", TD_NODATE).is_new, 0);
	assert_int_equal(add_to(c, f->sk, 4, QUAKE_EN2, TD_NODATE).is_new, 0);
	/* With both days known the time factor tells, not the years. */
	td_day d = td_day_from_ymd(2019, 11, 26);
	td_cluster *c2 = td_cluster_create(&o);
	assert_non_null(c2);
	add_to(c2, f->sk, 1, QUAKE_EN " The 2019 quake.", d);
	assert_int_equal(add_to(c2, f->sk, 2, QUAKE_EN2 " It was 2009.", d).is_new, 0);
	/* Removal recounts the story's years: with article 1 gone, the
	 * story of article 3 (2019) still conflicts with 2009, which joins
	 * article 2; with 2, 5 and 3 gone only the yearless 4 is left and
	 * 2009 joins it. */
	assert_int_equal(td_cluster_remove(c, 1), 0);
	assert_int_equal(add_to(c, f->sk, 5, QUAKE_EN2 " It was 2009.", TD_NODATE).is_new, 0);
	uint64_t s2, s5;
	assert_int_equal(td_cluster_story_of(c, 2, &s2), 0);
	assert_int_equal(td_cluster_story_of(c, 5, &s5), 0);
	assert_true(s2 == s5);
	assert_int_equal(td_cluster_remove(c, 2), 0);
	assert_int_equal(td_cluster_remove(c, 5), 0);
	assert_int_equal(td_cluster_remove(c, 3), 0);
	assert_int_equal(add_to(c, f->sk, 6, QUAKE_EN2 " It was 2009.", TD_NODATE).is_new, 0);
	td_cluster_destroy(c);
	td_cluster_destroy(c2);
}

static void test_year_ratios(void **state)
{
	(void)state;
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	td_cluster *c = td_cluster_create(&o), *c2 = td_cluster_create(&o);
	td_sketch *s = calloc(1, sizeof(*s));
	assert_true(c && c2 && s);
	/* No text: empty MinHash bins, so none is a copy of another. */
	memset(s->minhash, 0xFF, sizeof(s->minhash));
	/* Before any article: the prior chance agreement. */
	double yc, ya, yc2, ya2;
	td__year_ratios(c, &yc, &ya);
	assert_true(yc < -1.5 && ya > 2.0);
	/* Articles all of one year: agreeing on it tells little, and a
	 * conflict less than before. */
	for (int i = 0; i < 1000; i++) {
		s->years[0] = s->year = 2019;
		td_cluster_observe(c, s);
		s->years[0] = s->year = (uint16_t)(1900 + i % 200);
		td_cluster_observe(c2, s);
	}
	td__year_ratios(c, &yc2, &ya2);
	assert_true(ya2 >= 0 && ya2 < 0.5 && yc2 > yc && yc2 <= 0);
	/* Years spread over two centuries: agreeing tells more than the
	 * prior. */
	td__year_ratios(c2, &yc2, &ya2);
	assert_true(ya2 > ya && yc2 < 0);
	/* Off. */
	o.year_same_conflict = 0;
	td_cluster *c3 = td_cluster_create(&o);
	assert_non_null(c3);
	td__year_ratios(c3, &yc2, &ya2);
	assert_true(yc2 == 0 && ya2 == 0);
	free(s);
	td_cluster_destroy(c);
	td_cluster_destroy(c2);
	td_cluster_destroy(c3);
}

static void test_day_agreement(void **state)
{
	fixture *f = *state;
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	assert_true(o.day_same_conflict > 0 && o.day_same_conflict < 1);
	td_cluster *one = td_cluster_create(&o), *spread = td_cluster_create(&o);
	td_sketch *s = calloc(1, sizeof(*s));
	assert_true(one && spread && s);
	memset(s->minhash, 0xFF, sizeof(s->minhash));
	s->mentioned = TD_NODATE;
	/* Nothing counted yet: no evidence. */
	assert_true(td__day_agree(one) == 0);
	/* News of one day: being on the same day tells nothing. One article
	 * a day for three years: among pairs within the horizon, about one
	 * in ten is within the slack. */
	td_day d0 = td_day_from_ymd(2019, 1, 1);
	for (int i = 0; i < 1000; i++) {
		s->day = d0;
		td_cluster_observe(one, s);
		s->day = d0 + i;
		td_cluster_observe(spread, s);
	}
	assert_true(td__day_agree(one) == 0);
	double w = 2.0 * o.slack_days + 1, h = 2.0 * o.horizon_days + 1;
	assert_true(fabs(td__day_agree(spread) - log((1 - o.day_same_conflict) / (w / h))) < 0.05);
	/* Undated articles count nothing. */
	s->day = TD_NODATE;
	td_cluster_observe(one, s);
	assert_true(td__day_agree(one) == 0);
	/* The ratio raises the probability of a join within the slack, and
	 * only there (one story, so its probability is the cosine's). */
	td_cluster *off = NULL;
	o.day_same_conflict = 0;
	off = td_cluster_create(&o);
	assert_non_null(off);
	assert_true(td__day_agree(off) == 0);
	for (int i = 0; i < 1000; i++) {
		s->day = d0 + i;
		td_cluster_observe(off, s);
	}
	td_day d = d0 + 500;
	add_to(spread, f->sk, 1, QUAKE_EN, d);
	add_to(off, f->sk, 1, QUAKE_EN, d);
	td_cluster_result on_r = add_to(spread, f->sk, 2, QUAKE_EN2, d), off_r = add_to(off, f->sk, 2, QUAKE_EN2, d);
	/* In log-odds the join gains exactly the ratio. */
	double lo_on = log(on_r.probability / (1 - on_r.probability));
	double lo_off = log(off_r.probability / (1 - off_r.probability));
	assert_true(td__day_agree(spread) > 1.0);
	assert_true(fabs(lo_on - lo_off - td__day_agree(spread)) < 0.05);
	td_cluster_remove(spread, 2);
	td_cluster_remove(off, 2);
	on_r = add_to(spread, f->sk, 2, QUAKE_EN2, d + o.slack_days + 1);
	off_r = add_to(off, f->sk, 2, QUAKE_EN2, d + o.slack_days + 1);
	assert_true(fabs(on_r.probability - off_r.probability) < 1e-9);
	free(s);
	td_cluster_destroy(one);
	td_cluster_destroy(spread);
	td_cluster_destroy(off);
}

/* Sketches an undated English article. */
static void sketch_en(td_sketcher *sk, const char *text, td_sketch *out)
{
	td_article a;
	td_article_init(&a);
	a.title = "";
	a.text = text;
	a.text_len = strlen(text);
	snprintf(a.lang, sizeof(a.lang), "en");
	assert_int_equal(td_sketch_article(sk, &a, out), 0);
}

/* How much the probability with which B joins A's story changes after B
 * was added and removed once: what removal leaves of B draws it back. */
static double rejoin_drift(td_sketcher *sk, int stored)
{
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	o.count_on_add = 0;
	o.stored_features = stored;
	td_cluster *c = td_cluster_create(&o);
	td_sketch *s = malloc(2 * sizeof(*s));
	assert_true(c && s);
	/* Long enough for more than 48 features each. */
	sketch_en(sk, QUAKE_EN " " SHOOTING " " BANK, &s[0]);
	sketch_en(sk, QUAKE_EN2 " " SHOOTING, &s[1]);
	assert_true(s[0].nfeat > 60 && s[1].nfeat > 60);
	td_cluster_observe(c, &s[0]);
	td_cluster_observe(c, &s[1]);
	td_cluster_result r1, r2;
	assert_int_equal(td_cluster_add(c, 1, &s[0], NULL), 0);
	assert_int_equal(td_cluster_add(c, 2, &s[1], &r1), 0);
	assert_int_equal(r1.is_new, 0);
	assert_int_equal(td_cluster_remove(c, 2), 0);
	assert_int_equal(td_cluster_add(c, 2, &s[1], &r2), 0);
	assert_int_equal(r2.story, r1.story);
	free(s);
	td_cluster_destroy(c);
	return fabs(r2.probability - r1.probability);
}

static void test_stored_features(void **state)
{
	fixture *f = *state;
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	assert_int_equal(o.stored_features, 48);
	/* Whole vectors: removal takes out all of the article the centroid
	 * holds (the centroid's own cap of 128 features still loses some of
	 * A when B joins, hence a small change). */
	double whole = rejoin_drift(f->sk, TD_CLUSTER_KVEC);
	/* The default keeps the 48 heaviest: the rest stays in the centroid
	 * and draws the article back more. */
	assert_true(rejoin_drift(f->sk, 48) > whole);
	/* Out of range: clamped, the engine still works. */
	assert_true(rejoin_drift(f->sk, 100000) == whole);
}

static void test_languages(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 26);
	add(f, 1, "en", QUAKE_EN, d);
	add(f, 2, "en", SHOOTING, d);
	add(f, 3, "en", BANK, d);
	td_cluster_result r = add(f, 4, "ru", QUAKE_RU, d);
	assert_int_equal(r.is_new, 0);
	assert_int_equal(r.story, 1);
}


/* A story whose first member is taken out keeps no language of it: the
 * article, added again (as a batch's second pass does), meets the
 * others in the space all languages share. */
static void test_first_member_again(void **state)
{
	fixture *f = *state;
	td_day d = td_day_from_ymd(2019, 11, 26);
	td_cluster_result r = add(f, 1, "ru", QUAKE_RU, d);
	assert_int_equal(add(f, 2, "en", QUAKE_EN, d).story, r.story);
	assert_int_equal(add(f, 3, "en", QUAKE_EN2, d).story, r.story);
	assert_int_equal(td_cluster_remove(f->c, 1), 0);
	td_cluster_result again = add(f, 1, "ru", QUAKE_RU, d);
	assert_int_equal(again.is_new, 0);
	assert_int_equal(again.story, r.story);
}

#define BIBI_PL                                                                                    \
	"Asia Bibi uniewinniona\nSąd Najwyższy w Islamabadzie uniewinnił Asię Bibi, skazaną w 2010 " \
	"roku, po 8 latach w celi śmierci. Imran Khan zaapelował o spokój."
#define BIBI_BG                                                                                    \
	"Азия Биби е оправдана\nВърховният съд в Исламабад оправда Азия Биби, осъдена през 2010 "    \
	"година, след 8 години в очакване на екзекуция. Имран Хан призова за спокойствие."
#define BIBI_BG_NONUM                                                                              \
	"Азия Биби е оправдана\nВърховният съд в Исламабад оправда Азия Биби, осъдена за "           \
	"богохулство, след години в очакване на екзекуция. Имран Хан призова за спокойствие."

static void test_names_and_facts(void **state)
{
	fixture *f = *state;
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	assert_true(o.agree_midpoint > 0);
	/* Only the agreement of names and facts can join these: the cosines
	 * are made unreachable. */
	o.midpoint = 2.0;
	o.cross_midpoint = 2.0;
	td_day d = td_day_from_ymd(2018, 10, 31);
	for (int on = 0; on < 2; on++) {
		o.agree_midpoint = on ? 0.28 : 0.0;
		td_cluster *c = td_cluster_create(&o);
		assert_non_null(c);
		fixture g = *f;
		g.c = c;
		add(&g, 1, "pl", BIBI_PL, d);
		/* Names without the facts are not enough. */
		assert_int_equal(add(&g, 2, "bg", BIBI_BG_NONUM, d).is_new, 1);
		/* Names and facts (2010, 8) agree: one story when on. */
		assert_int_equal(add(&g, 3, "bg", BIBI_BG, d).is_new, !on);
		td_cluster_destroy(c);
	}
	/* The similarity it uses: the smaller of the two cosines. */
	td_sketch *s = malloc(3 * sizeof(*s));
	assert_non_null(s);
	td_article a;
	const char *txt[3] = {BIBI_PL, BIBI_BG, BIBI_BG_NONUM};
	const char *lang[3] = {"pl", "bg", "bg"};
	for (int i = 0; i < 3; i++) {
		td_article_init(&a);
		a.title = "";
		a.text = txt[i];
		a.text_len = strlen(txt[i]);
		snprintf(a.lang, sizeof(a.lang), "%s", lang[i]);
		assert_int_equal(td_sketch_article(f->sk, &a, &s[i]), 0);
		td_cluster_observe(f->c, &s[i]);
	}
	double g01 = td_cluster_similarity(f->c, &s[0], &s[1], 2);
	assert_true(g01 > 0.28 && g01 <= 1.0);
	assert_true(td_cluster_similarity(f->c, &s[0], &s[2], 2) == 0.0);
	assert_true(td_cluster_similarity(f->c, &s[0], &s[0], 2) > 0.99);
	free(s);
}

static void test_similarity(void **state)
{
	fixture *f = *state;
	td_article a, b;
	td_sketch *sa = malloc(sizeof(*sa)), *sb = malloc(sizeof(*sb));
	td_article_init(&a);
	td_article_init(&b);
	a.title = b.title = "";
	a.text = QUAKE_EN;
	a.text_len = strlen(QUAKE_EN);
	b.text = BANK;
	b.text_len = strlen(BANK);
	td_sketch_article(f->sk, &a, sa);
	td_sketch_article(f->sk, &b, sb);
	td_cluster_observe(f->c, sa);
	td_cluster_observe(f->c, sb);
	double same = td_cluster_similarity(f->c, sa, sa, 0);
	double diff = td_cluster_similarity(f->c, sa, sb, 0);
	assert_true(same > 0.999 && same < 1.001);
	assert_true(diff < 0.1);
	assert_true(td_cluster_probability(f->c, 0.9, 0) > 0.99);
	assert_true(td_cluster_probability(f->c, 0.02, 0) < 0.01);
	assert_true(td_cluster_probability(f->c, 0.2, 0) < td_cluster_probability(f->c, 0.2, 1));
	free(sa);
	free(sb);
	td_cluster_destroy(NULL);
}

static void test_vector_path(void **state)
{
	fixture *f = *state;
	/* A batch: observe all, vectorize, then add; same stories as add. */
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	o.count_on_add = 0;
	td_cluster *b = td_cluster_create(&o);
	const char *texts[] = {QUAKE_EN, SHOOTING, QUAKE_EN2, BANK};
	td_sketch *sk = calloc(4, sizeof(*sk));
	td_cluster_vector *v = calloc(4, sizeof(*v));
	for (int i = 0; i < 4; i++) {
		td_article a;
		td_article_init(&a);
		a.title = "";
		a.text = texts[i];
		a.text_len = strlen(texts[i]);
		snprintf(a.lang, sizeof(a.lang), "en");
		td_sketch_article(f->sk, &a, &sk[i]);
		td_cluster_observe(b, &sk[i]);
	}
	for (int i = 0; i < 4; i++) {
		td_cluster_vectorize(b, &sk[i], &v[i]);
		assert_true(v[i].n > 0 && v[i].n <= TD_CLUSTER_KVEC);
		assert_true(v[i].ntop > 0 && v[i].ntop <= TD_CLUSTER_QUERY);
	}
	uint64_t story[4];
	for (int i = 0; i < 4; i++) {
		td_cluster_result r;
		assert_int_equal(td_cluster_add_vector(b, (uint64_t)i, &sk[i], &v[i], &r), 0);
		story[i] = r.story;
	}
	assert_int_equal(story[0], story[2]);
	assert_true(story[0] != story[1] && story[0] != story[3] && story[1] != story[3]);
	td_cluster_destroy(b);
	free(sk);
	free(v);
}

/* Vectorizing beside adds and removals (count_on_add 0): a thread makes
 * the vectors again while this one adds, removes and re-adds with the
 * first ones; the vectors come out the same, and so do the stories. */
#define VNART 48
typedef struct {
	const td_cluster *c;
	const td_sketch *sk;
	td_cluster_vector *v;
	int rounds;
} vec_job;

static void *vec_again(void *arg)
{
	vec_job *j = arg;
	for (int r = 0; r < j->rounds; r++)
		for (int i = 0; i < VNART; i++)
			td_cluster_vectorize(j->c, &j->sk[i], &j->v[i]);
	return NULL;
}

static void test_vectorize_beside_add(void **state)
{
	fixture *f = *state;
	td_cluster_opts o;
	td_cluster_opts_default(&o);
	o.count_on_add = 0;
	td_cluster *b = td_cluster_create(&o), *ref = td_cluster_create(&o);
	const char *texts[] = {QUAKE_EN, SHOOTING, QUAKE_EN2, BANK, QUAKE_RU};
	td_sketch *sk = calloc(VNART, sizeof(*sk));
	td_cluster_vector *v = calloc(VNART, sizeof(*v)), *w = calloc(VNART, sizeof(*w));
	assert_non_null(b);
	assert_non_null(ref);
	assert_non_null(sk);
	assert_non_null(v);
	assert_non_null(w);
	for (int i = 0; i < VNART; i++) {
		td_article a;
		td_article_init(&a);
		a.title = "";
		a.text = texts[i % 5];
		a.text_len = strlen(a.text);
		a.date = 18000 + i / 5;
		snprintf(a.lang, sizeof(a.lang), "%s", i % 5 == 4 ? "ru" : "en");
		assert_int_equal(td_sketch_article(f->sk, &a, &sk[i]), 0);
		assert_int_equal(td_cluster_observe(b, &sk[i]), 0);
		assert_int_equal(td_cluster_observe(ref, &sk[i]), 0);
	}
	for (int i = 0; i < VNART; i++)
		td_cluster_vectorize(b, &sk[i], &v[i]);
	vec_job j = {b, sk, w, 20};
	pthread_t th;
	assert_int_equal(pthread_create(&th, NULL, vec_again, &j), 0);
	for (int pass = 0; pass < 3; pass++)
		for (int i = 0; i < VNART; i++) {
			if (pass == 2 && i % 3 == 0)
				assert_int_equal(td_cluster_remove(b, (uint64_t)i), 0);
			else
				assert_int_equal(td_cluster_add_vector(b, (uint64_t)i, &sk[i], &v[i], NULL), 0);
		}
	pthread_join(th, NULL);
	for (int i = 0; i < VNART; i++) {
		assert_int_equal(w[i].n, v[i].n);
		assert_int_equal(w[i].ntop, v[i].ntop);
		assert_memory_equal(w[i].f, v[i].f, v[i].n * sizeof(v[i].f[0]));
		assert_memory_equal(w[i].top, v[i].top, v[i].ntop * sizeof(v[i].top[0]));
	}
	/* The same stories as an engine that was never read meanwhile. */
	for (int pass = 0; pass < 3; pass++)
		for (int i = 0; i < VNART; i++) {
			if (pass == 2 && i % 3 == 0)
				assert_int_equal(td_cluster_remove(ref, (uint64_t)i), 0);
			else
				assert_int_equal(td_cluster_add_vector(ref, (uint64_t)i, &sk[i], &w[i], NULL), 0);
		}
	for (int i = 0; i < VNART; i++) {
		uint64_t s1 = 0, s2 = 0;
		int r1 = td_cluster_story_of(b, (uint64_t)i, &s1), r2 = td_cluster_story_of(ref, (uint64_t)i, &s2);
		assert_int_equal(r1, r2);
		assert_int_equal(s1, s2);
	}
	assert_int_equal(td_cluster_nstories(b), td_cluster_nstories(ref));
	td_cluster_destroy(b);
	td_cluster_destroy(ref);
	free(sk);
	free(v);
	free(w);
}

/* Random adds, removals and re-adds: every live article is in exactly
 * one live story, story sizes add up, ids never come back. */
static void test_churn(void **state)
{
	fixture *f = *state;
	static const char *words[] = {"parliament", "Brussels", "budget", "Warsaw", "election",
				      "minister", "Berlin", "flood", "river", "court", "verdict",
				      "Prague", "summit", "border", "trade", "tariff", "strike",
				      "railway", "vaccine", "hospital"};
	enum { N = 400 };
	static char text[N][512];
	uint64_t x = 12345;
	int live[N] = {0};
	uint64_t maxid = 0;
	for (int step = 0; step < 3 * N; step++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		int i = (int)(x % N);
		if (live[i] && x % 3 == 0) {
			assert_int_equal(td_cluster_remove(f->c, (uint64_t)i + 1), 0);
			live[i] = 0;
			continue;
		}
		size_t o = (size_t)snprintf(text[i], sizeof(text[i]), "Headline %d\n", i % 37);
		for (int w = 0; w < 30; w++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			o += (size_t)snprintf(text[i] + o, sizeof(text[i]) - o, "%s %d ",
					     words[(i % 7) * 2 + (int)(x % 6)], (int)(x % 5));
		}
		td_cluster_result r = add(f, (uint64_t)i + 1, "en", text[i],
					  td_day_from_ymd(2020, 1, 1) + i % 40);
		if (r.is_new) {
			assert_true(r.story > maxid);
			maxid = r.story;
		}
		live[i] = 1;
	}
	size_t nlive = 0;
	for (int i = 0; i < N; i++)
		nlive += live[i];
	assert_int_equal(td_cluster_narticles(f->c), nlive);
	size_t ns = td_cluster_nstories(f->c);
	uint64_t *ids = calloc(ns + 1, sizeof(*ids));
	uint64_t *m = calloc(N, sizeof(*m));
	assert_int_equal(td_cluster_stories(f->c, ids, ns + 1), ns);
	size_t total = 0;
	for (size_t k = 0; k < ns; k++) {
		size_t n;
		assert_int_equal(td_cluster_members(f->c, ids[k], m, N, &n), 0);
		assert_true(n > 0);
		total += n;
		for (size_t j = 0; j < n; j++) {
			uint64_t sid;
			assert_true(live[m[j] - 1]);
			assert_int_equal(td_cluster_story_of(f->c, m[j], &sid), 0);
			assert_int_equal(sid, ids[k]);
		}
		td_cluster_story info;
		assert_int_equal(td_cluster_story_info(f->c, ids[k], &info), 0);
		assert_int_equal(info.size, n);
		assert_true(info.unique >= 1 && info.unique <= n);
	}
	assert_int_equal(total, nlive);
	free(ids);
	free(m);
}

/* Removed articles' records are dropped once they outnumber the live
 * ones: memory falls, and what is live (stories, members in order, copies,
 * ids) is as before. */
static void test_compaction(void **state)
{
	fixture *f = *state;
	td_day d0 = td_day_from_ymd(2019, 11, 26);
	td_cluster_result r1 = add(f, 1, "en", QUAKE_EN, d0);
	td_cluster_result r2 = add(f, 2, "en", QUAKE_EN, d0);
	assert_true(r2.is_duplicate);
	static char text[512];
	uint64_t x = 99;
	enum { N = 3000 };
	for (int i = 0; i < N; i++) {
		size_t o = (size_t)snprintf(text, sizeof(text), "Report %d\n", i);
		for (int w = 0; w < 24; w++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			o += (size_t)snprintf(text + o, sizeof(text) - o, "w%u ", (unsigned)(x % 5000));
		}
		add(f, 100 + (uint64_t)i, "en", text, d0 + 1 + i % 30);
	}
	size_t peak = td_cluster_bytes(f->c);
	for (int i = 0; i < N; i++)
		assert_int_equal(td_cluster_remove(f->c, 100 + (uint64_t)i), 0);
	assert_int_equal(td_cluster_narticles(f->c), 2);
	assert_int_equal(td_cluster_nstories(f->c), 1);
	size_t after = td_cluster_bytes(f->c);
	if (after * 2 > peak)
		fail_msg("records not dropped: %zu bytes at peak, %zu after removing %d of %d", peak,
			 after, N, N + 2);
	uint64_t sid, orig, m[4];
	size_t n;
	assert_int_equal(td_cluster_story_of(f->c, 2, &sid), 0);
	assert_int_equal(sid, r1.story);
	assert_int_equal(td_cluster_duplicate_of(f->c, 2, &orig), 1);
	assert_int_equal(orig, 1);
	assert_int_equal(td_cluster_members(f->c, r1.story, m, 4, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(m[0], 1);
	assert_int_equal(m[1], 2);
	assert_int_equal(td_cluster_story_of(f->c, 100, &sid), TD_ERR_NOTFOUND);
	/* The engine goes on: a report of the event joins its story, a new
	 * event gets a new id, and a removed id can come back. */
	td_cluster_result r3 = add(f, 3, "en", QUAKE_EN2, d0);
	assert_false(r3.is_new);
	assert_int_equal(r3.story, r1.story);
	td_cluster_result r4 = add(f, 100, "en", BANK, d0);
	assert_true(r4.is_new);
	assert_true(r4.story > r1.story);
	assert_int_equal(td_cluster_narticles(f->c), 4);
	assert_int_equal(td_cluster_remove(f->c, 1), 0);
	assert_int_equal(td_cluster_duplicate_of(f->c, 2, &orig), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_groups_and_stable_ids, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copies, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_flood, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copy_flood_short, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copies_outlive_original, setup, teardown),
		cmocka_unit_test_setup_teardown(test_time, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mentioned_dates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_quantity_conflict, setup, teardown),
		cmocka_unit_test(test_slot_conflict),
		cmocka_unit_test(test_year_conflict),
		cmocka_unit_test_setup_teardown(test_year_evidence, setup, teardown),
		cmocka_unit_test(test_year_ratios),
		cmocka_unit_test_setup_teardown(test_day_agreement, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stored_features, setup, teardown),
		cmocka_unit_test_setup_teardown(test_languages, setup, teardown),
		cmocka_unit_test_setup_teardown(test_first_member_again, setup, teardown),
		cmocka_unit_test_setup_teardown(test_names_and_facts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_similarity, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vector_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vectorize_beside_add, setup, teardown),
		cmocka_unit_test_setup_teardown(test_churn, setup, teardown),
		cmocka_unit_test_setup_teardown(test_compaction, setup, teardown),
	};
	return cmocka_run_group_tests_name("cluster", tests, NULL, NULL);
}
