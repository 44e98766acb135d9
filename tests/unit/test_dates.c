/* test_dates.c - unit tests of the publication date and of mentioned dates. */
#include "testutil.h"

#include <stdio.h>
#include <time.h>
#include <unicode/udat.h>
#include <unicode/ustring.h>

#include "lex.h"

#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/clean.h"
#include "tidings/dates.h"

static td_arena *g_ar;

static int setup(void **state)
{
	(void)state;
	g_ar = td_arena_create();
	return g_ar ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	td_arena_destroy(g_ar);
	return 0;
}

static td_day ymd(int y, int m, int d)
{
	return td_day_from_ymd(y, m, d);
}

/* Runs the dates stage over text (already clean) in language lang with
 * publication date pub. */
static td_article *run(const char *text, const char *lang, td_day pub)
{
	td_article *a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->text = text;
	a->text_len = strlen(text);
	snprintf(a->lang, sizeof(a->lang), "%s", lang);
	a->meta_date = pub;
	a->meta_date_source = TD_DATE_PREFIX;
	assert_int_equal(td_dates_article(a, g_ar), 0);
	return a;
}

/* The mention whose text is exactly s, or NULL. */
static const td_date_mention *find(const td_article *a, const char *s)
{
	size_t l = strlen(s);
	for (size_t i = 0; i < a->ndates; i++) {
		const td_date_mention *m = &a->dates[i];
		if (m->end - m->start == l && memcmp(a->text + m->start, s, l) == 0)
			return m;
	}
	return NULL;
}

static void expect(const td_article *a, const char *s, td_day first, td_day last, int gran,
		   int rel)
{
	const td_date_mention *m = find(a, s);
	if (!m) {
		for (size_t i = 0; i < a->ndates; i++)
			print_message("  have \"%.*s\"\n", (int)(a->dates[i].end - a->dates[i].start),
				      a->text + a->dates[i].start);
		fail_msg("no mention \"%s\"", s);
	}
	assert_int_equal(m->first, first);
	assert_int_equal(m->last, last);
	assert_int_equal(m->granularity, gran);
	assert_int_equal(m->relative, rel);
}

static void test_ranges_and_months(void **state)
{
	(void)state;
	td_day pub = ymd(2019, 11, 20);
	td_article *a = run("Заголовок\nФорум пройдет 25-27 ноября в Бишкеке, а в декабре начнется "
			    "второй этап. Саммит 30 ноября – 2 декабря 2019 г.", "ru", pub);
	expect(a, "25-27 ноября", ymd(2019, 11, 25), ymd(2019, 11, 27), 0, 0);
	expect(a, "декабре", ymd(2019, 12, 1), ymd(2019, 12, 31), 1, 0);
	expect(a, "30 ноября – 2 декабря 2019 г.", ymd(2019, 11, 30), ymd(2019, 12, 2), 0, 0);
	a = run("T\nСессия пройдет с 25 по 27 ноября, debata vom 26. bis 29. November.", "ru", pub);
	expect(a, "25 по 27 ноября", ymd(2019, 11, 25), ymd(2019, 11, 27), 0, 0);
	a = run("T\nDie Debatte dauerte vom 26. bis 29. November.", "de", pub);
	expect(a, "26. bis 29. November", ymd(2019, 11, 26), ymd(2019, 11, 29), 0, 0);
	a = run("T\nW dniach 25–27 listopada odbędzie się szczyt, a w grudniu kolejny.", "pl", pub);
	expect(a, "25–27 listopada", ymd(2019, 11, 25), ymd(2019, 11, 27), 0, 0);
	expect(a, "grudniu", ymd(2019, 12, 1), ymd(2019, 12, 31), 1, 0);
}

static void test_new_year_rollover(void **state)
{
	(void)state;
	/* Written on 30 December: "3 января" is next year, "28 декабря" this. */
	td_article *a = run("T\nСессия откроется 3 января, последнее заседание было 28 декабря.", "ru",
			    ymd(2018, 12, 30));
	expect(a, "3 января", ymd(2019, 1, 3), ymd(2019, 1, 3), 0, 0);
	expect(a, "28 декабря", ymd(2018, 12, 28), ymd(2018, 12, 28), 0, 0);
	/* Written on 5 January: "в декабре" is the December just gone. */
	a = run("T\nУ грудні уряд ухвалив бюджет, а в декабре...", "uk", ymd(2019, 1, 5));
	expect(a, "грудні", ymd(2018, 12, 1), ymd(2018, 12, 31), 1, 0);
	a = run("T\nThe deal was signed on December 30 and takes effect January 2.", "en",
		ymd(2019, 1, 1));
	expect(a, "December 30", ymd(2018, 12, 30), ymd(2018, 12, 30), 0, 0);
	expect(a, "January 2", ymd(2019, 1, 2), ymd(2019, 1, 2), 0, 0);
}

static void test_relative_days(void **state)
{
	(void)state;
	td_day pub = ymd(2018, 11, 8); /* a Thursday */
	struct {
		const char *lang, *text, *word;
		int off;
	} cases[] = {
		{"ru", "T\nВчера министр заявил", "Вчера", -1},
		{"ru", "T\nсегодня стало известно", "сегодня", 0},
		{"ru", "T\nзавтра состоится", "завтра", 1},
		{"uk", "T\nучора прем'єр сказала", "учора", -1},
		{"bg", "T\nМинистърът заяви днес", "днес", 0},
		{"pl", "T\nwczoraj premier powiedział", "wczoraj", -1},
		{"cs", "T\nzítra odletí", "zítra", 1},
		{"sk", "T\npredseda vlády zajtra", "zajtra", 1},
		{"sl", "T\nvčeraj je dejal", "včeraj", -1},
		{"hr", "T\nsutra će", "sutra", 1},
		{"de", "T\nDie Kanzlerin sagte gestern", "gestern", -1},
		{"fr", "T\nLe ministre a déclaré hier", "hier", -1},
		{"es", "T\nEl presidente dijo ayer", "ayer", -1},
		{"es", "T\nSe reunirán mañana", "mañana", 1},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		td_article *a = run(cases[i].text, cases[i].lang, pub);
		expect(a, cases[i].word, pub + cases[i].off, pub + cases[i].off, 0, 1);
	}
	/* "por la mañana" is the morning; "Morgen" (capital) the noun. */
	assert_int_equal(run("T\nLlegó por la mañana", "es", pub)->ndates, 0);
	assert_int_equal(run("T\nAm Morgen kam er", "de", pub)->ndates, 0);
}

static void test_weekdays(void **state)
{
	(void)state;
	td_day pub = ymd(2018, 12, 30); /* a Sunday */
	td_article *a = run("T\nВ понедельник совет собрался, а в среду...", "ru", pub);
	expect(a, "понедельник", ymd(2018, 12, 24), ymd(2018, 12, 24), 0, 1);
	expect(a, "среду", ymd(2018, 12, 26), ymd(2018, 12, 26), 0, 1);
	a = run("T\nTalks resume next Tuesday after last Friday's break on Monday.", "en", pub);
	expect(a, "next Tuesday", ymd(2019, 1, 1), ymd(2019, 1, 1), 0, 1);
	expect(a, "last Friday", ymd(2018, 12, 28), ymd(2018, 12, 28), 0, 1);
	expect(a, "Monday", ymd(2018, 12, 24), ymd(2018, 12, 24), 0, 1);
	a = run("T\nLe sommet de lundi dernier", "fr", pub);
	expect(a, "lundi dernier", ymd(2018, 12, 24), ymd(2018, 12, 24), 0, 1);
	a = run("T\nW przyszły piątek oraz w środę", "pl", pub);
	expect(a, "przyszły piątek", ymd(2019, 1, 4), ymd(2019, 1, 4), 0, 1);
	expect(a, "środę", ymd(2018, 12, 26), ymd(2018, 12, 26), 0, 1);
	/* Russian "среда" (environment) without a preposition is no day. */
	assert_null(find(run("T\nокружающая среда страдает", "ru", pub), "среда"));
}

static void test_absolute_forms(void **state)
{
	(void)state;
	td_day pub = ymd(2019, 3, 1), want = ymd(2019, 1, 15);
	struct {
		const char *lang, *text, *mention;
	} cases[] = {
		{"ru", "T\nрешение от 15.01.2019 вступило", "15.01.2019"},
		{"en", "T\nupdated 2019-01-15 at noon", "2019-01-15"},
		{"en", "T\nOn January 15, 2019 the vote", "January 15, 2019"},
		{"en", "T\nsince 15 January 2019", "15 January 2019"},
		{"cs", "T\nDne 15. ledna 2019 parlament", "15. ledna 2019"},
		{"cs", "T\nusnesení z 15. 1. 2019 platí", "15. 1. 2019"},
		{"de", "T\nam 15. Januar 2019 beschloss", "15. Januar 2019"},
		{"es", "T\nel 15 de enero de 2019 se votó", "15 de enero de 2019"},
		{"fr", "T\nle 15 janvier 2019 au soir", "15 janvier 2019"},
		{"sk", "T\n15. januára 2019 schválili", "15. januára 2019"},
		{"sl", "T\n15. januarja 2019 je vlada", "15. januarja 2019"},
		{"hr", "T\nod 15. siječnja 2019. godine", "15. siječnja 2019. godine"},
		{"uk", "T\n15 січня 2019 року уряд", "15 січня 2019 року"},
		{"bg", "T\nна 15 януари 2019 г. съветът", "15 януари 2019 г."},
		/* Month first wherever the second number is no month. */
		{"de", "T\nStand 01/15/2019, Seite", "01/15/2019"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		td_article *a = run(cases[i].text, cases[i].lang, pub);
		expect(a, cases[i].mention, want, want, 0, 0);
	}
	td_article *a = run("T\nAfter 15 January the EU and in May 2019 the UK", "en", pub);
	expect(a, "15 January", want, want, 0, 0);
	expect(a, "May 2019", ymd(2019, 5, 1), ymd(2019, 5, 31), 1, 0);
}

static void test_years(void **state)
{
	(void)state;
	td_day pub = ymd(2018, 6, 1);
	td_article *a = run("T\nВ 2019 году и in 2016, roku 2015 (2014), w 2010 r. A 2000 человек "
			    "и 2019 штук не даты. В прошлом году и w przyszłym roku.",
			    "", pub);
	expect(a, "2019 году", ymd(2019, 1, 1), ymd(2019, 12, 31), 2, 0);
	expect(a, "2016", ymd(2016, 1, 1), ymd(2016, 12, 31), 2, 0);
	expect(a, "2014", ymd(2014, 1, 1), ymd(2014, 12, 31), 2, 0);
	expect(a, "2010 r.", ymd(2010, 1, 1), ymd(2010, 12, 31), 2, 0);
	expect(a, "прошлом году", ymd(2017, 1, 1), ymd(2017, 12, 31), 2, 1);
	expect(a, "przyszłym roku", ymd(2019, 1, 1), ymd(2019, 12, 31), 2, 1);
	assert_null(find(a, "2000"));
	assert_null(find(a, "2019"));
	a = run("T\nLetos a loni", "cs", pub);
	expect(a, "loni", ymd(2017, 1, 1), ymd(2017, 12, 31), 2, 1);
	a = run("T\nNa roky 2018-2020 plánuje", "cs", pub);
	assert_int_equal(a->ndates, 0); /* no cue: a range of numbers */
	a = run("T\nv letech 2018-2020 a v 2021", "cs", pub);
	expect(a, "2021", ymd(2021, 1, 1), ymd(2021, 12, 31), 2, 0);
}

static void test_false_positives(void **state)
{
	(void)state;
	td_day pub = ymd(2019, 5, 20);
	td_article *a = run("T\nМая Санду встретилась с Терезой Мэй. Theresa May said that 25 people "
			    "at 12:30 paid 3.5 million; version 1.15 and 12/45 votes. Мей заяви.",
			    "", pub);
	for (size_t i = 0; i < a->ndates; i++)
		fail_msg("unexpected \"%.*s\"", (int)(a->dates[i].end - a->dates[i].start),
			 a->text + a->dates[i].start);
	/* "listopad" is November in Czech and Polish but October in Croatian. */
	a = run("T\n5. listopada 2018", "hr", pub);
	expect(a, "5. listopada 2018", ymd(2018, 10, 5), ymd(2018, 10, 5), 0, 0);
	a = run("T\n5. listopadu 2018", "cs", pub);
	expect(a, "5. listopadu 2018", ymd(2018, 11, 5), ymd(2018, 11, 5), 0, 0);
	/* Without a publication date nothing relative is kept, a yearless
	 * day only as a day of the year... */
	a = run("T\nвчера и 25 ноября", "ru", TD_NODATE);
	assert_int_equal(a->ndates, 1);
	assert_int_equal(a->dates[0].yearless, 1);
	assert_int_equal(a->date, TD_NODATE);
	/* ...unless a full date near the start gives one. */
	a = run("T\nвчера и 25 ноября, но 15.01.2019", "ru", TD_NODATE);
	assert_int_equal(a->date, ymd(2019, 1, 15));
	assert_int_equal(a->date_source, TD_DATE_TEXT);
	expect(a, "вчера", ymd(2019, 1, 14), ymd(2019, 1, 14), 0, 1);
	expect(a, "25 ноября", ymd(2018, 11, 25), ymd(2018, 11, 25), 0, 0);
}

static void test_offsets_point_into_text(void **state)
{
	(void)state;
	td_article *a = run("Саммит 26 ноября\nВ понедельник и 3 декабря", "ru", ymd(2019, 11, 25));
	assert_int_equal(a->ndates, 3);
	for (size_t i = 0; i < a->ndates; i++) {
		assert_true(a->dates[i].start < a->dates[i].end);
		assert_true(a->dates[i].end <= a->text_len);
		if (i)
			assert_true(a->dates[i].start >= a->dates[i - 1].end);
	}
	assert_int_equal(a->dates[0].start, strlen("Саммит "));
}

/* Publication date fallbacks: dateline, then a stamp in the headline. */
/* In an article of unknown date a day written without its year is kept
 * as a day of the year, never taken for the publication date; a month
 * without a year is dropped. */
static void test_yearless_days(void **state)
{
	(void)state;
	td_article *a = run("Прогноз погоды на 8 ноября\nВ пятницу, 8 ноября, ожидается снег, в "
			    "декабре морозы. Сессия пройдет 25-27 ноября.",
			    "ru", TD_NODATE);
	assert_int_equal(a->date, TD_NODATE);
	const td_date_mention *m = find(a, "8 ноября");
	assert_non_null(m);
	assert_int_equal(m->yearless, 1);
	assert_int_equal(m->first, ymd(TD_YEARLESS, 11, 8));
	assert_int_equal(m->granularity, 0);
	m = find(a, "25-27 ноября");
	assert_non_null(m);
	assert_int_equal(m->yearless, 1);
	assert_int_equal(m->last, ymd(TD_YEARLESS, 11, 27));
	assert_null(find(a, "декабре"));
	/* With a publication date the same day takes its year. */
	a = run("T\nВ пятницу, 8 ноября, ожидается снег.", "ru", ymd(2019, 11, 7));
	expect(a, "8 ноября", ymd(2019, 11, 8), ymd(2019, 11, 8), 0, 0);
	assert_int_equal(find(a, "8 ноября")->yearless, 0);
}

static void test_publication_date(void **state)
{
	(void)state;
	td_article *a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->first_line = "Парламент принял закон";
	a->raw_body = "БИШКЕК, 26 ноября. /ТАСС/. Парламент Киргизии в 2019 году принял закон.";
	a->raw_body_len = strlen(a->raw_body);
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_string_equal(a->dateline_date, "26 ноября");
	assert_int_equal(td_dates_article(a, g_ar), 0);
	/* A dateline without a year and no publication date: the year the
	 * text names is not the dateline's, so the date stays unknown. */
	assert_int_equal(a->date, TD_NODATE);
	assert_int_equal(a->date_source, TD_DATE_NONE);

	/* A stamp line with a zone: in English, month first. */
	a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->first_line = "Ellen DeGeneres to host the Oscars";
	a->raw_body = "8:13 AM PDT 8/2/2013\nShe will host the show again.";
	a->raw_body_len = strlen(a->raw_body);
	snprintf(a->lang, sizeof(a->lang), "en");
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_int_equal(td_dates_article(a, g_ar), 0);
	assert_int_equal(a->date, ymd(2013, 8, 2));

	/* A stamp introduced by its word, on a first line that is no
	 * headline: the date is the stamp's, the headline the next line. */
	static const struct {
		const char *line, *lang;
		int y, m, d;
	} stamped[] = {
		{"Published: April 23, 2013 9:39 AM", "en", 2013, 4, 23},
		{"Last updated 16 September 2013", "en", 2013, 9, 16},
		{"Опубликовано: 12 марта 2024, 10:15", "ru", 2024, 3, 12},
		{"Aktualizováno 12. března 2024 10:15", "cs", 2024, 3, 12},
	};
	for (size_t k = 0; k < sizeof(stamped) / sizeof(stamped[0]); k++) {
		a = td_arena_calloc(g_ar, sizeof(*a));
		td_article_init(a);
		a->first_line = stamped[k].line;
		a->raw_body = "Two climbers die on Mount Cook\nTwo climbers fell to their deaths, police said.";
		a->raw_body_len = strlen(a->raw_body);
		snprintf(a->lang, sizeof(a->lang), "%s", stamped[k].lang);
		assert_int_equal(td_clean_article(a, g_ar), 0);
		assert_string_equal(a->title, "Two climbers die on Mount Cook");
		assert_int_equal(td_dates_article(a, g_ar), 0);
		assert_int_equal(a->date, ymd(stamped[k].y, stamped[k].m, stamped[k].d));
	}
	/* A headline that begins with such a word stays one. */
	a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->first_line = "Published studies show a rise in prices";
	a->raw_body = "Prices rose, two studies show.";
	a->raw_body_len = strlen(a->raw_body);
	snprintf(a->lang, sizeof(a->lang), "en");
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_string_equal(a->title, "Published studies show a rise in prices");

	/* The dateline's day named again in full gives its year. */
	a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->first_line = "Парламент принял закон";
	a->raw_body = "БИШКЕК, 26 ноября. /ТАСС/. Парламент Киргизии 26 ноября 2019 года принял закон.";
	a->raw_body_len = strlen(a->raw_body);
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_int_equal(td_dates_article(a, g_ar), 0);
	assert_int_equal(a->date, ymd(2019, 11, 26));
	assert_int_equal(a->date_source, TD_DATE_DATELINE);
	assert_string_equal(td_date_source_name(a->date_source), "dateline");

	/* A later year planned in the text ("январе 2020 года") is not the
	 * dateline's: no publication date, and a day without a year
	 * ("2 декабря") is not resolved to any year. */
	a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->first_line = "Программа перенесена";
	a->raw_body = "Москва. 11 ноября. INTERFAX.RU - Программа будет запущена в январе 2020 года. "
		      "Киноцентр прекратит работу 2 декабря.";
	a->raw_body_len = strlen(a->raw_body);
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_string_equal(a->dateline_date, "11 ноября");
	assert_int_equal(td_dates_article(a, g_ar), 0);
	assert_int_equal(a->date, TD_NODATE);
	assert_int_equal(a->ndates, 2);
	expect(a, "январе 2020 года", ymd(2020, 1, 1), ymd(2020, 1, 31), 1, 0);
	assert_int_equal(find(a, "2 декабря")->yearless, 1);

	/* Nor is a day the text plans the publication date when the
	 * dateline names another. */
	a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->first_line = "El Gobierno aprueba un plan para la vivienda";
	a->raw_body = "MADRID, 12 mar (EFE).- El Consejo de Ministros aprobó un plan de vivienda. "
		      "Las obras empezarán el 1 de junio de 2024.";
	a->raw_body_len = strlen(a->raw_body);
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_string_equal(a->dateline_date, "12 mar");
	assert_int_equal(td_dates_article(a, g_ar), 0);
	assert_int_equal(a->date, TD_NODATE);
	expect(a, "1 de junio de 2024", ymd(2024, 6, 1), ymd(2024, 6, 1), 0, 0);

	a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->first_line = "19.03.2018 11:33 : Глава МИД призывает ввести санкции";
	a->raw_body = "Министр заявил вчера, что санкции нужны.";
	a->raw_body_len = strlen(a->raw_body);
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_string_equal(a->title, "Глава МИД призывает ввести санкции");
	assert_int_equal(td_dates_article(a, g_ar), 0);
	assert_int_equal(a->date, ymd(2018, 3, 19));
	assert_int_equal(a->date_source, TD_DATE_TEXT);
	expect(a, "вчера", ymd(2018, 3, 18), ymd(2018, 3, 18), 0, 1);

	/* A container date wins; 1970-01-01 (a zero timestamp) does not count. */
	a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->first_line = "Headline without a date";
	a->raw_body = "Nothing dated here.";
	a->raw_body_len = strlen(a->raw_body);
	a->meta_date = 0;
	a->meta_date_source = TD_DATE_PREFIX;
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_int_equal(td_dates_article(a, g_ar), 0);
	assert_int_equal(a->date, TD_NODATE);
	assert_int_equal(a->date_source, TD_DATE_NONE);
}

/* Declared dates no report can have: a placeholder (.NET's 0001-01-01
 * and 9999-12-31, SQL Server's 1900-01-01) or a day after tomorrow. The
 * text's own date stands in, as for an undated page; a future day the
 * lead names is not the publication date either. */
static void test_publication_date_incredible(void **state)
{
	(void)state;
	const td_day bad[] = {ymd(1, 1, 1), ymd(9999, 12, 31), ymd(1900, 1, 1), ymd(1899, 6, 1),
			      (td_day)(time(NULL) / 86400 + 3)};
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		td_article *a = td_arena_calloc(g_ar, sizeof(*a));
		td_article_init(a);
		a->first_line = "12.03.2018 Ministers meet in Brussels";
		a->raw_body = "The ministers met on Monday.";
		a->raw_body_len = strlen(a->raw_body);
		snprintf(a->lang, sizeof(a->lang), "en");
		a->meta_date = bad[i];
		a->meta_date_source = TD_DATE_META;
		assert_int_equal(td_clean_article(a, g_ar), 0);
		assert_int_equal(td_dates_article(a, g_ar), 0);
		assert_int_equal(a->date, ymd(2018, 3, 12));
		assert_int_equal(a->date_source, TD_DATE_TEXT);
	}
	/* Today and yesterday are credible (a zone ahead of UTC may already
	 * be on tomorrow). */
	td_day today = (td_day)(time(NULL) / 86400);
	td_article *a = run("The ministers met on Monday.", "en", today + 1);
	assert_int_equal(a->date, today + 1);
	a = run("The ministers met on Monday.", "en", ymd(1901, 5, 2));
	assert_int_equal(a->date, ymd(1901, 5, 2));
	/* An undated report whose lead names a day to come. */
	a = run("The summit will open on 5 December 2999 in Geneva.", "en", TD_NODATE);
	assert_int_equal(a->date, TD_NODATE);
	assert_non_null(find(a, "5 December 2999"));
	a = run("The summit opened on 5 December 2019 in Geneva.", "en", TD_NODATE);
	assert_int_equal(a->date, ymd(2019, 12, 5));
}

/* A day a profile gives for a birth or a founding near the start of an
 * undated page is not the day the page was written; a date after such a
 * word a sentence earlier still is. */
static void test_birth_date_not_publication(void **state)
{
	(void)state;
	static const struct {
		const char *lang, *text;
	} births[] = {
	    {"cs", "Donald Trump se narodil 14. června 1946 v Queensu."},
	    {"sk", "Citáty Donald Trump (* 14. jún 1946, New York) je americký obchodník."},
	    {"sl", "Donald Trump se je rodil 14. junija 1946 v Queensu."},
	    {"pl", "Komisja Europejska powstała 1 lipca 1967 w wyniku traktatu."},
	    {"ru", "Дональд Трамп родился 14 июня 1946 года в Нью-Йорке."},
	    {"en", "Donald Trump was born on June 14, 1946, in Queens."},
	};
	for (size_t i = 0; i < sizeof(births) / sizeof(*births); i++) {
		td_article *a = run(births[i].text, births[i].lang, TD_NODATE);
		if (a->date != TD_NODATE)
			print_message("  dated: %s\n", births[i].text);
		assert_int_equal(a->date, TD_NODATE);
		assert_true(a->ndates >= 1); /* still a mention */
	}
	td_article *a = run("He was born in Ohio. On 5 May 2019 he won the race.", "en", TD_NODATE);
	assert_int_equal(a->date, ymd(2019, 5, 5));
	a = run("Sąd orzekł 14 czerwca 2019 r., że umowa jest ważna.", "pl", TD_NODATE);
	assert_int_equal(a->date, ymd(2019, 6, 14));
}

/* The month tables hold every month name CLDR (through ICU) gives for
 * each language, in its format (genitive) and stand-alone forms. */
/* Days, weekdays and relative words in the languages beyond the
 * development set: Romance, Dutch, Romanian, Turkish, Greek, Serbian in
 * both alphabets, Macedonian, Belarusian and Hungarian (year first). */
static void test_more_languages(void **state)
{
	(void)state;
	td_day pub = ymd(2025, 3, 14); /* a Friday */
	struct {
		const char *lang, *text, *mention;
		int y, m, d;
	} days[] = {
		{"it", "T\nIl governo ha approvato il 12 marzo 2025 il bilancio.", "12 marzo 2025", 2025, 3, 12},
		{"pt", "T\nO governo aprovou em 12 de março de 2025 o orçamento.", "12 de março de 2025", 2025, 3,
		 12},
		{"nl", "T\nDe regering heeft op 12 maart 2025 de begroting goedgekeurd.", "12 maart 2025", 2025, 3,
		 12},
		{"ro", "T\nGuvernul a aprobat pe 12 martie 2025 bugetul.", "12 martie 2025", 2025, 3, 12},
		{"tr", "T\nHükümet 12 Mart 2025 tarihinde bütçeyi onayladı.", "12 Mart 2025", 2025, 3, 12},
		{"el", "T\nΗ κυβέρνηση ενέκρινε στις 12 Μαρτίου 2025 τον προϋπολογισμό.", "12 Μαρτίου 2025", 2025,
		 3, 12},
		{"sr", "T\nВлада је 12. марта 2025. године усвојила буџет.", "12. марта 2025. године", 2025, 3, 12},
		{"sr", "T\nVlada je 12. marta 2025. godine usvojila budžet.", "12. marta 2025. godine", 2025, 3, 12},
		{"mk", "T\nВладата на 12 мај 2024 го усвои буџетот.", "12 мај 2024", 2024, 5, 12},
		{"be", "T\nУрад 12 сакавіка 2025 года зацвердзіў бюджэт.", "12 сакавіка 2025 года", 2025, 3, 12},
		{"hu", "T\nA kormány 2025. március 12-én elfogadta a költségvetést.", "2025. március 12", 2025, 3,
		 12},
		{"hu", "T\nA szóvivő március 10-én és szerdán nyilatkozott.", "március 10", 2025, 3, 10},
		{"hu", "T\nA szóvivő szerdán nyilatkozott.", "szerdán", 2025, 3, 12},
		{"it", "T\nIl portavoce ha parlato mercoledì.", "mercoledì", 2025, 3, 12},
		{"pt", "T\nO porta-voz anunciou na quarta-feira.", "quarta-feira", 2025, 3, 12},
		{"nl", "T\nDe woordvoerder zei woensdag dat...", "woensdag", 2025, 3, 12},
		{"el", "T\nΟ εκπρόσωπος ανακοίνωσε την Τετάρτη.", "Τετάρτη", 2025, 3, 12},
		{"pt", "T\nO ministro disse ontem que...", "ontem", 2025, 3, 13},
		{"ro", "T\nMinistrul a declarat ieri că...", "ieri", 2025, 3, 13},
		{"tr", "T\nBakan dün açıkladı.", "dün", 2025, 3, 13},
		{"el", "T\nΟ υπουργός δήλωσε χθες ότι...", "χθες", 2025, 3, 13},
	};
	for (size_t k = 0; k < sizeof(days) / sizeof(days[0]); k++) {
		td_article *a = run(days[k].text, days[k].lang, pub);
		td_day d = ymd(days[k].y, days[k].m, days[k].d);
		const td_date_mention *m = find(a, days[k].mention);
		if (!m)
			fail_msg("%s: no mention \"%s\"", days[k].lang, days[k].mention);
		assert_int_equal(m->first, d);
		assert_int_equal(m->last, d);
	}
	/* A year after a preposition, not a count after one. */
	td_article *a = run("T\nNel 2024 i prezzi sono saliti; a 2000 persone.", "it", pub);
	expect(a, "2024", ymd(2024, 1, 1), ymd(2024, 12, 31), 2, 0);
	assert_null(find(a, "2000"));
	a = run("T\nPrețurile au crescut cu peste 2000 de lei la 2000 de metri.", "ro", pub);
	assert_int_equal(a->ndates, 0);
	/* Greek ordinals in lower case are no weekdays. */
	a = run("T\nΗ τρίτη φορά ήταν την Τετάρτη.", "el", pub);
	assert_null(find(a, "τρίτη"));
}

static void test_month_tables_match_cldr(void **state)
{
	(void)state;
	static const char *const langs[] = {"ru", "uk", "bg", "pl", "cs", "sk", "sl", "hr", "en",
					    "de", "fr", "es", "it", "pt", "nl", "ro", "tr", "el",
					    "sr", "sr_Latn", "mk", "be", "hu"};
	static const UDateFormatSymbolType kinds[] = {UDAT_MONTHS, UDAT_STANDALONE_MONTHS};
	int missing = 0;
	for (size_t l = 0; l < sizeof(langs) / sizeof(langs[0]); l++) {
		UErrorCode err = U_ZERO_ERROR;
		UDateFormat *f = udat_open(UDAT_LONG, UDAT_NONE, langs[l], NULL, 0, NULL, 0, &err);
		assert_true(U_SUCCESS(err));
		unsigned bit = td__lang_bit(langs[l]);
		for (size_t k = 0; k < 2; k++)
			for (int m = 0; m < 12; m++) {
				UChar u[64];
				char name[128];
				err = U_ZERO_ERROR;
				int32_t ul = udat_getSymbols(f, kinds[k], m, u, 64, &err);
				assert_true(U_SUCCESS(err));
				int32_t nl = 0;
				u_strToUTF8(name, sizeof(name), &nl, u, ul, &err);
				assert_true(U_SUCCESS(err));
				const td__cue *h[8];
				int n = td__cue_lookup_word(name, (size_t)nl, h, 8);
				int ok = 0;
				for (int i = 0; i < n; i++)
					ok |= h[i]->kind == TD__K_MONTH && (h[i]->langs & bit) &&
					      h[i]->val == m + 1;
				if (!ok) {
					print_message("%s: no month %d \"%s\"\n", langs[l], m + 1, name);
					missing++;
				}
			}
		udat_close(f);
	}
	assert_int_equal(missing, 0);
}

/* td__next_cue stops at every cue word, ends words where td__word_end
 * does, and its key lookup of short words finds what folding finds. */
static void test_next_cue_and_key_lookup(void **state)
{
	(void)state;
	static const char text[] =
		"В прошлом году, в мае и во вторник: на 5 мая, до 1 июня, ПО СРЕДАМ; проблема прошлого "
		"понедельника, Понедельник, декабрём, ДЕКАБРЯ, сентября. "
		"W maju, we wtorek, z ze na do od; v úterý, ve čtvrtek, Z pátku. "
		"In May, on Friday\xe2\x80\x99s show, Friday's, Tom's, in Jan. and Feb., by Dec "
		"l'an dernier, d'août, l\xe2\x80\x99" "année, aujourd'hui, jusqu'en mai; "
		"el año pasado, en mayo; im März, am Montag; \xcf\x84\xce\xbf\xce\xbd \xce\x9c\xce\xac\xce\xb9\xce\xbf; "
		"x-y a-b-c \xd0\xb2-\xd0\xb2 \xc3\x97\xc3\xa9 \xc3\xa9\xc3\x97 \xe2\x80\x94\xd0\xb2 abc\xc2\xab" "def";
	size_t n = sizeof(text) - 1;
	/* Every word, by td__word_end, and whether it is a cue. */
	size_t i = 0;
	while (i < n) {
		td__wskip ws;
		int broke = 0;
		size_t at = td__next_cue(text, i, n, &ws, &broke);
		/* No cue word is skipped on the way. */
		for (size_t j = i; j < at;) {
			size_t e = td__is_letter_at(text, j, n) ? td__word_end(text, j, n) : j;
			if (e > j) {
				const td__cue *h[8];
				assert_int_equal(td__cue_lookup_word(text + j, e - j, h, 8), 0);
				j = e;
			} else
				j++;
		}
		if (at >= n)
			break;
		if (text[at] >= '0' && text[at] <= '9') {
			i = at + 1;
			continue;
		}
		assert_int_equal(ws.end, td__word_end(text, at, n));
		const td__cue *const *a, *b[8];
		int na = td__cue_lookup_key(&ws, &a);
		if (na >= 0) {
			int nb = td__cue_lookup_word(text + at, ws.end - at, b, 8);
			assert_int_equal(na < 8 ? na : 8, nb);
			for (int k = 0; k < nb; k++)
				assert_ptr_equal(a[k], b[k]);
		}
		i = ws.end;
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ranges_and_months),
		cmocka_unit_test(test_new_year_rollover),
		cmocka_unit_test(test_relative_days),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_absolute_forms),
		cmocka_unit_test(test_years),
		cmocka_unit_test(test_false_positives),
		cmocka_unit_test(test_offsets_point_into_text),
		cmocka_unit_test(test_yearless_days),
		cmocka_unit_test(test_publication_date),
		cmocka_unit_test(test_publication_date_incredible),
		cmocka_unit_test(test_birth_date_not_publication),
		cmocka_unit_test(test_month_tables_match_cldr),
		cmocka_unit_test(test_more_languages),
		cmocka_unit_test(test_next_cue_and_key_lookup),
	};
	return cmocka_run_group_tests_name("dates", tests, setup, teardown);
}
