/* test_entities.c - unit tests of named entities: recognition, base forms
 * and cross-lingual keys in every supported language. */
#include "entities_testutil.h"

#include <pthread.h>
#include <stdlib.h>

#include "entities_int.h"

static void test_russian(void **state)
{
	(void)state;
	td_article *a = run("ru", "Путин прилетел в Бишкек",
			    "Сегодня президент России Владимир Путин встретился в Москве с "
			    "Борисом Джонсоном. Позиция Путина не изменилась, заявили в ЕС. "
			    "Лидеры ОДКБ соберутся в Киргизии.");
	check(a, "Владимир Путин", "Владимир Путин", TD_ENT_PER, NULL);
	check(a, "России", "Россия", TD_ENT_LOC, "gpe:ru");
	check(a, "Москве", "Москва", TD_ENT_LOC, "city:moscow");
	check(a, "Борисом Джонсоном", "Борис Джонсон", TD_ENT_PER, NULL);
	check(a, "ЕС", "ЕС", TD_ENT_ORG, "org:eu");
	check(a, "ОДКБ", NULL, TD_ENT_ORG, "org:csto");
	check(a, "Киргизии", "Киргизия", TD_ENT_LOC, "gpe:kg");
	/* An inflected surname alone meets the full name's key. */
	assert_string_equal(must(a, "Путина")->key, must(a, "Владимир Путин")->key);
	assert_string_equal(must(a, "Путина")->lemma, "Путин");
	/* A sentence-initial common word is not a name. */
	assert_null(find(a, "Сегодня"));
	assert_null(find(a, "Позиция"));
	assert_null(find(a, "Лидеры"));
}

static void test_ukrainian(void **state)
{
	(void)state;
	td_article *a = run("uk", "Зустріч у Києві",
			    "Президент Франції зустрівся з Путіним. Представники ЄС та НАТО "
			    "обговорили санкції. Британія вийде з Євросоюзу.");
	check(a, "ЄС", "ЄС", TD_ENT_ORG, "org:eu");
	check(a, "НАТО", NULL, TD_ENT_ORG, "org:nato");
	check(a, "Франції", "Франція", TD_ENT_LOC, "gpe:fr");
	check(a, "Британія", NULL, TD_ENT_LOC, "gpe:gb");
	check(a, "Євросоюзу", "Євросоюз", TD_ENT_ORG, "org:eu");
	check(a, "Києві", "Київ", TD_ENT_LOC, "city:kiev");
	td_article *r = run("ru", "Заголовок", "Встреча с Путиным прошла в Кремле.");
	assert_string_equal(must(a, "Путіним")->key, must(r, "Путиным")->key);
	/* French "-ier" without its "r", as Cyrillic writes it. */
	td_article *b = run("ru", "Заголовок", "Мишель Барнье заявил, что переговоры продолжатся.");
	td_article *p = run("pl", "Nagłówek", "Michel Barnier powiedział, że rozmowy będą trwać.");
	assert_string_equal(must(b, "Мишель Барнье")->key, must(p, "Michel Barnier")->key);
	assert_null(find(a, "Представники"));
}

static void test_bulgarian(void **state)
{
	(void)state;
	td_article *a = run("bg", "Среща в Киргизстан",
			    "Лидерите на ОДКС се срещнаха в Киргизстан. Европейската комисия "
			    "и Европейският съюз одобриха плана. Всички коментираха.");
	check(a, "ОДКС", NULL, TD_ENT_ORG, "org:csto");
	check(a, "Киргизстан", "Киргизстан", TD_ENT_LOC, "gpe:kg");
	check(a, "Европейската комисия", "Европейска комисия", TD_ENT_ORG, "org:ec");
	check(a, "Европейският съюз", NULL, TD_ENT_ORG, "org:eu");
	assert_null(find(a, "Лидерите"));
	assert_null(find(a, "Всички"));
}

static void test_polish(void **state)
{
	(void)state;
	td_article *a = run("pl", "Brexit i Polska",
			    "Premier Wielkiej Brytanii rozmawiał z przedstawicielami Unii "
			    "Europejskiej o brexicie i o brexitu skutkach. Donald Tusk "
			    "spotkał się w Warszawie z Angelą Merkel. Polacy w Polsce "
			    "czekają. Jak twierdzi Tusk, UE jest gotowa.");
	check(a, "Wielkiej Brytanii", "Wielka Brytania", TD_ENT_LOC, "gpe:gb");
	check(a, "Unii Europejskiej", "Unia Europejska", TD_ENT_ORG, "org:eu");
	check(a, "brexitu", NULL, TD_ENT_EVT, "evt:brexit");
	check(a, "Donald Tusk", "Donald Tusk", TD_ENT_PER, NULL);
	check(a, "Warszawie", "Warszawa", TD_ENT_LOC, "city:warsaw");
	check(a, "Polsce", "Polska", TD_ENT_LOC, "gpe:pl");
	check(a, "UE", "UE", TD_ENT_ORG, "org:eu");
	assert_string_equal(must(a, "Tusk")->key, must(a, "Donald Tusk")->key);
	assert_int_equal(must(a, "Tusk")->type, TD_ENT_PER);
	assert_null(find(a, "Jak"));
	assert_null(find(a, "Premier"));
	/* Inhabitants share the key of their country when it is mentioned. */
	td_article *b = run("pl", "Brexit", "Brytyjczycy opuszczą Wielką Brytanię? Nie, ale "
					    "Brytyjczycy głosowali.");
	check(b, "Brytyjczycy", NULL, TD_ENT_PER, "gpe:gb");
}

static void test_czech_slovak(void **state)
{
	(void)state;
	td_article *a = run("cs", "Merkelová v Praze",
			    "Německá kancléřka Angela Merkelová jednala se zástupci Evropské "
			    "unie o brexitu. Podle agentury Reuters přijede i do Prahy.");
	check(a, "Angela Merkelová", "Angela Merkelová", TD_ENT_PER, NULL);
	check(a, "Evropské unie", NULL, TD_ENT_ORG, "org:eu");
	check(a, "brexitu", NULL, TD_ENT_EVT, "evt:brexit");
	check(a, "Reuters", NULL, TD_ENT_ORG, "org:reuters");
	check(a, "Prahy", "Praha", TD_ENT_LOC, "city:prague");
	td_article *e = run("en", "Merkel in Prague", "German chancellor Angela Merkel said.");
	assert_string_equal(must(a, "Angela Merkelová")->key, must(e, "Angela Merkel")->key);
	assert_null(find(a, "Podle"));
	td_article *s = run("sk", "Voľby", "Predstavitelia Európskej únie a Slovenska rokovali v Bratislave.");
	check(s, "Európskej únie", NULL, TD_ENT_ORG, "org:eu");
	check(s, "Bratislave", NULL, TD_ENT_LOC, "city:bratislava");
	assert_null(find(s, "Predstavitelia"));
}

static void test_slovene_croatian(void **state)
{
	(void)state;
	td_article *a = run("sl", "Brexit", "Predstavniki Evropske unije so se sestali v Ljubljani.");
	check(a, "Evropske unije", NULL, TD_ENT_ORG, "org:eu");
	check(a, "Ljubljani", NULL, TD_ENT_LOC, "city:ljubljana");
	assert_null(find(a, "Predstavniki"));
	td_article *h = run("hr", "Brexit", "Predstavnici Europske unije sastali su se u Zagrebu.");
	check(h, "Europske unije", NULL, TD_ENT_ORG, "org:eu");
	check(h, "Zagrebu", NULL, TD_ENT_LOC, "city:zagreb");
}

static void test_english(void **state)
{
	(void)state;
	td_article *a = run("en", "Theresa May Faces Vote On Brexit Deal",
			    "British Prime Minister Theresa May met NATO leaders in Brussels on "
			    "Tuesday. The European Union and the UN said on 9 May that Mr Johnson "
			    "would attend. Pope Benedict XVI wrote.");
	check(a, "Theresa May", "Theresa May", TD_ENT_PER, NULL);
	check(a, "NATO", "NATO", TD_ENT_ORG, "org:nato");
	check(a, "Brussels", "Brussels", TD_ENT_LOC, "city:brussels");
	check(a, "European Union", "European Union", TD_ENT_ORG, "org:eu");
	check(a, "UN", NULL, TD_ENT_ORG, "org:un");
	check(a, "Brexit", NULL, TD_ENT_EVT, "evt:brexit");
	check(a, "Johnson", NULL, TD_ENT_PER, NULL);
	check(a, "Benedict XVI", NULL, TD_ENT_PER, NULL);
	td_article *b = run("en", "Talks", "George Bush met Theresa May in September. Later May "
					    "said the talks in Georgia went well.");
	check(b, "George Bush", NULL, TD_ENT_PER, NULL);
	check(b, "Georgia", NULL, TD_ENT_LOC, "gpe:ge");
	check(b, "May", NULL, TD_ENT_PER, must(b, "Theresa May")->key);
	assert_null(find(b, "September"));
	/* Weekdays, months next to numbers and title-case words are not names. */
	assert_null(find(a, "Tuesday"));
	assert_null(find(a, "May"));
	assert_null(find(a, "Faces"));
	assert_null(find(a, "Vote"));
}

static void test_quotes_and_latin_in_cyrillic(void **state)
{
	(void)state;
	td_article *a = run("ru", "Газпром и Nord Stream 2",
			    "Компания «Газпром» строит «Северный поток — 2». Об этом написал "
			    "Twitter агентства Reuters. Проект Nord Stream 2 одобрен.");
	check(a, "Газпром", NULL, TD_ENT_ORG, "org:gazprom");
	check(a, "Северный поток — 2", "Северный поток — 2", TD_ENT_PRO, "pro:nordstream2");
	check(a, "Nord Stream 2", NULL, TD_ENT_PRO, "pro:nordstream2");
	check(a, "Reuters", NULL, TD_ENT_ORG, "org:reuters");
	check(a, "Twitter", NULL, TD_ENT_PRO, "pro:twitter");
}

static void test_context_types(void **state)
{
	(void)state;
	td_article *a = run("pl", "Protest",
			    "Demonstranci zebrali się w Rawalpindi. Policja w mieście Rawalpindi "
			    "czeka. Według gazety Handelsblatt firma Saipem wycofa się. Saipem "
			    "milczy. Rzecznik Kowalski potwierdził.");
	check(a, "Rawalpindi", NULL, TD_ENT_LOC, NULL);
	check(a, "Handelsblatt", NULL, TD_ENT_PRO, NULL);
	/* The cue types every mention of the word in the article. */
	for (size_t i = 0; i < a->nentities; i++)
		if (!strcmp(a->entities[i].text, "Saipem"))
			assert_int_equal(a->entities[i].type, TD_ENT_ORG);
	check(a, "Kowalski", NULL, TD_ENT_PER, NULL);
	td_article *b = run("pl", "Media", "Jak podał portal BiznesAlert.pl, The Sunday Times "
					   "pisze o tym od tygodnia.");
	check(b, "BiznesAlert.pl", "BiznesAlert.pl", TD_ENT_PRO, NULL);
	assert_non_null(find(b, "The Sunday Times"));
}

/* Pairs of spellings, each in its language, that share a key. */
static const struct {
	const char *la, *a, *lb, *b;
} same_keys[] = {
	{"ru", "Джонсон", "en", "Johnson"},
	{"uk", "Путін", "ru", "Путин"},
	{"uk", "Путін", "en", "Putin"},
	{"ru", "Меркель", "en", "Merkel"},
	{"bg", "Мей", "en", "May"},
	{"pl", "Trump", "en", "Trump"},
	/* A Latin "c" before a back vowel, a consonant or another "c" is a
	 * "k"; before "e" and "i" it is not. */
	{"ru", "Макрон", "en", "Macron"},
	{"bg", "Корбин", "en", "Corbyn"},
	{"ru", "Макконнелл", "pl", "McConnell"},
	{"uk", "Маккейн", "en", "McCain"},
	{"ru", "Цимошевич", "pl", "Cimoszewicz"},
	/* A "c" written for a "č" or a "ć" is no "k". */
	{"hr", "Čović", "ru", "Чович"},
	/* A German name's final "z" after "l" or "n" is "ts". */
	{"en", "Scholz", "ru", "Шольц"},
	{"cs", "Schulz", "uk", "Шульц"},
	{"pl", "Heinz", "ru", "Хайнц"},
	/* So is one after "er" and "ur"; Polish "-ierz", "-arz" keep
	 * their "ž". */
	{"en", "Merz", "ru", "Мерц"},
	{"pl", "Merz", "uk", "Мерц"},
	{"de", "Kurz", "ru", "Курц"},
	{"pl", "Kazimierz", "ru", "Казимеж"},
	{"pl", "Bednarz", "ru", "Беднаж"},
	/* A leading "y" is the consonant "j". */
	{"bg", "Юнкер", "cs", "Juncker"},
	{"en", "Yanukovych", "pl", "Janukowycz"},
	/* Polish "-cki" is "ts-k", the German "ck" a "k". */
	{"ru", "Моравецкий", "pl", "Morawiecki"},
	{"ru", "Джексон", "en", "Jackson"},
	/* Ukrainian writes a foreign "g" with "г", as Russian does. */
	{"uk", "Гутерреш", "ru", "Гутерреш"},
	{"uk", "Столтенберг", "en", "Stoltenberg"},
	/* A Latin "j" between a vowel and a consonant or the end is the
	 * glide "й", "i", "y". */
	{"pl", "Szojgu", "en", "Shoigu"},
	{"cs", "Šojgu", "uk", "Шойгу"},
	{"cs", "Zelenskyj", "en", "Zelensky"},
	{"cs", "Navalnyj", "ru", "Навальный"},
	{"cs", "Bojko", "ru", "Бойко"},
	/* A Slavic "j" between vowels is the glide of "е", "я"; an
	 * English one is not ("Major", "Мейджор"). */
	{"pl", "Tokajew", "en", "Tokayev"},
	{"cs", "Alijev", "ru", "Алиев"},
	{"pl", "Majewski", "ru", "Маевский"},
	{"en", "Major", "ru", "Мейджор"},
	/* So is the Serbian and Macedonian Cyrillic "ј". */
	{"mk", "Лајен", "en", "Leyen"},
	{"sr", "Лајен", "de", "Leyen"},
	/* A word's first "у" before a vowel is an English "w". */
	{"ru", "Уиткофф", "en", "Witkoff"},
	{"bg", "Уилямс", "uk", "Вільямс"},
	{"ru", "Уоррен", "en", "Warren"},
	/* A Russian word's first "е" and a Ukrainian "є" are "ye". */
	{"ru", "Ерликая", "en", "Yerlikaya"},
	{"bg", "Йерликая", "ru", "Ерликая"},
	{"uk", "Єрмак", "en", "Yermak"},
	{"ru", "Ельцин", "en", "Yeltsin"},
	/* "ы" after "г" is no Hungarian "gy". */
	{"ru", "Сындыргы", "en", "Sindirgi"},
	/* A leading "h" and "g" are one ("г" writes both). */
	{"uk", "Гарріс", "en", "Harris"},
	{"ru", "Харрис", "en", "Harris"},
	{"ru", "Гитлер", "en", "Hitler"},
	/* German "-eier" keeps its "r"; French "-ier" does not. */
	{"en", "Steinmeier", "ru", "Штайнмайер"},
	{"fr", "Barnier", "ru", "Барнье"},
	/* A medial "х" ("kh") goes as a Latin "h" does; a leading one
	 * stays. */
	{"ru", "Захарова", "sl", "Zaharova"},
	{"en", "Zakharova", "hr", "Zaharova"},
	{"uk", "Верхофстадт", "nl", "Verhofstadt"},
	{"ru", "Хаттон", "en", "Hutton"},
	/* A Cyrillic "рз" is two letters (Polish "rz" is one). */
	{"bg", "Терзиев", "en", "Terziev"},
	{"ru", "Бжезинский", "pl", "Brzeziński"},
};

static void test_keys(void **state)
{
	(void)state;
	char a[64], b[64];
	for (size_t i = 0; i < sizeof(same_keys) / sizeof(same_keys[0]); i++) {
		td_entity_name_key(same_keys[i].la, same_keys[i].a, strlen(same_keys[i].a), a, sizeof(a));
		td_entity_name_key(same_keys[i].lb, same_keys[i].b, strlen(same_keys[i].b), b, sizeof(b));
		if (strcmp(a, b))
			fail_msg("%s -> %s, %s -> %s", same_keys[i].a, a, same_keys[i].b, b);
	}
	/* Different names stay apart. */
	td_entity_name_key("en", "Merkel", 6, a, sizeof(a));
	td_entity_name_key("en", "Macron", 6, b, sizeof(b));
	assert_string_not_equal(a, b);
	td_entity_name_key("ru", "Эрдоган", strlen("Эрдоган"), a, sizeof(a));
	td_entity_name_key("ru", "Ерликая", strlen("Ерликая"), b, sizeof(b));
	assert_true(a[0] == 'e' && b[0] == 'j');
	/* Not an English "j" between vowels, nor a "у" before a consonant. */
	td_entity_name_key("pl", "Major", 5, a, sizeof(a));
	td_entity_name_key("en", "Major", 5, b, sizeof(b));
	assert_string_not_equal(a, b);
	td_entity_name_key("ru", "Ульянов", strlen("Ульянов"), a, sizeof(a));
	assert_true(a[0] == 'u');
}

/* Without dictionaries the keys clustering needs stay: inflected names
 * meet at the same key, countries and organisations at gazetteer keys. */
static void test_no_lexicon_keys(void **state)
{
	(void)state;
	const char *title = "Путин встретился с Меркель";
	const char *body = "Президент России Владимир Путин прибыл в Берлин. Переговоры Путина и "
			   "Меркель касались газопровода. Об этом сообщили в ЕС.";
	td_article *full = run("ru", title, body);
	td_article *a = td_arena_calloc(ar, sizeof(*a));
	td_article_init(a);
	a->title = full->title;
	a->text = full->text;
	a->text_len = full->text_len;
	a->body = full->body;
	a->body_len = full->body_len;
	memcpy(a->lang, "ru", 3);
	assert_int_equal(td_entities_article_ex(a, ar, TD_ENT_NO_LEXICON), 0);
	assert_string_equal(must(a, "Путина")->key, must(full, "Путина")->key);
	assert_string_equal(must(a, "Путин")->key, must(a, "Путина")->key);
	assert_string_equal(must(a, "ЕС")->key, "org:eu");
	assert_string_equal(must(a, "России")->key, must(full, "России")->key);
}

static void test_empty_and_odd_input(void **state)
{
	(void)state;
	td_article *a = run("ru", "", "");
	assert_int_equal(a->nentities, 0);
	a = run("xx", "ABC", "... «» \"\" A. B. C. 12345 ЕС");
	assert_non_null(find(a, "ЕС"));
	a = run("", "Title", "Words and Names like Zanzibar here.");
	assert_non_null(find(a, "Zanzibar"));
}

/* An article naming hundreds of people: the per-article tables of
 * surnames grow with it (an overrun is caught by the sanitizer build,
 * whose arena poisons the space between allocations). */
static void test_many_names(void **state)
{
	(void)state;
	size_t cap = 64 * 1024, n = 0;
	char *body = td_arena_alloc(ar, cap);
	assert_non_null(body);
	for (int i = 0; i < 320; i++) {
		char sur[8] = {'K', (char)('a' + i % 26), 'r', (char)('a' + (i / 26) % 26), 'n', 'o', 'w', 0};
		n += (size_t)snprintf(body + n, cap - n, "Spotkanie %d. Piotr %s powiedział, że %s przyjdzie. ",
				      i, sur, sur);
	}
	td_article *a = run("pl", "Lista", body);
	size_t people = 0;
	for (size_t i = 0; i < a->nentities; i++)
		people += a->entities[i].type == TD_ENT_PER;
	assert_true(people >= 640);
	/* The lone surname is the person named in full. */
	const td_entity *e = must(a, "Piotr Karanow"), *f = must(a, "Karanow");
	assert_int_equal(e->type, TD_ENT_PER);
	assert_int_equal(f->type, TD_ENT_PER);
	assert_string_equal(e->key, f->key);
}

/* The entities as one string: surface, lemma, key and type of each. */
static char *snapshot(const td_article *a)
{
	size_t cap = 64, n = 0;
	for (size_t i = 0; i < a->nentities; i++)
		cap += strlen(a->entities[i].text) + strlen(a->entities[i].lemma) +
		       strlen(a->entities[i].key) + 8;
	char *s = td_arena_alloc(ar, cap);
	assert_non_null(s);
	s[0] = 0;
	for (size_t i = 0; i < a->nentities; i++)
		n += (size_t)snprintf(s + n, cap - n, "%s|%s|%s|%d\n", a->entities[i].text,
				      a->entities[i].lemma, a->entities[i].key, a->entities[i].type);
	return s;
}

/* Facts about words (and the stems of their lemmas) are kept across
 * articles per thread: an article gives the same entities as in a
 * thread that never saw a word before, the second time, after the same
 * words in other languages or without dictionaries, and after 80,000
 * words of the dictionary have taken the caches' slots. */
typedef struct {
	const char *lang, *title, *body;
	unsigned flags;
	char *snap;
} fresh_run;

static void *fresh_thread(void *arg)
{
	fresh_run *f = arg;
	f->snap = snapshot(run_ex(f->lang, f->title, f->body, f->flags));
	return NULL;
}

/* The entities of an article in a new thread (empty caches). */
static char *fresh(const char *lang, const char *title, const char *body, unsigned flags)
{
	fresh_run f = {lang, title, body, flags, NULL};
	pthread_t th;
	assert_int_equal(pthread_create(&th, NULL, fresh_thread, &f), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	assert_non_null(f.snap);
	return f.snap;
}

static void test_word_cache(void **state)
{
	(void)state;
	const char *title = "Путин встретился с Меркель в Берлине";
	const char *body = "Президент России Владимир Путин прибыл в Берлин. Переговоры Путина и "
			   "Меркель касались газопровода «Северный поток». Об этом сообщили в ЕС. "
			   "В Москве Путину сказали, что Германия и Россия договорились.";
	char *first = fresh("ru", title, body, 0);
	assert_true(strlen(first) > 0);
	assert_string_equal(snapshot(run("ru", title, body)), first);
	assert_string_equal(snapshot(run("ru", title, body)), first);
	/* The same words under other profiles. */
	char *nolex = fresh("ru", title, body, TD_ENT_NO_LEXICON);
	char *bg = fresh("bg", title, body, 0);
	assert_string_equal(snapshot(run_ex("ru", title, body, TD_ENT_NO_LEXICON)), nolex);
	assert_string_equal(snapshot(run("bg", title, body)), bg);
	assert_string_equal(snapshot(run("ru", title, body)), first);
	/* More words than the cache holds, of the dictionary (their facts
	 * differ), capitalised: the same entities as in a new thread, also
	 * the second time, when each slot holds the last of its words, and
	 * after the same words in another language. */
	FILE *dic = fopen("/usr/share/hunspell/ru_RU.dic", "r");
	if (!dic)
		return;
	size_t cap = 4 * 1024 * 1024, n = 0;
	char *many = td_arena_alloc(ar, cap), line[256];
	assert_non_null(many);
	for (int k = 0; k < 80000 && fgets(line, sizeof(line), dic) && n + sizeof(line) + 32 < cap;) {
		size_t l = strcspn(line, "/\r\n");
		unsigned char *u = (unsigned char *)line;
		if (l < 4 || (u[0] != 0xD0 && u[0] != 0xD1))
			continue;
		/* The first letter in upper case: а-п, р-я. */
		if (u[0] == 0xD0 && u[1] >= 0xB0 && u[1] <= 0xBF)
			u[1] -= 0x20;
		else if (u[0] == 0xD1 && u[1] >= 0x80 && u[1] <= 0x8F)
			u[0] = 0xD0, u[1] += 0x20;
		n += (size_t)snprintf(many + n, cap - n, "Сказал %.*s. ", (int)l, line);
		k++;
	}
	fclose(dic);
	char *m0 = fresh("ru", "Список", many, 0);
	assert_true(strlen(m0) > 1000);
	assert_string_equal(snapshot(run("ru", "Список", many)), m0);
	assert_string_equal(snapshot(run("ru", "Список", many)), m0);
	/* The same words in Ukrainian: another language, other slots. */
	char *u0 = fresh("uk", "Список", many, 0);
	assert_string_equal(snapshot(run("uk", "Список", many)), u0);
	assert_string_equal(snapshot(run("ru", "Список", many)), m0);
	assert_string_equal(snapshot(run("ru", title, body)), first);
	assert_string_equal(snapshot(run_ex("ru", title, body, TD_ENT_NO_LEXICON)), nolex);
	assert_string_equal(snapshot(run("bg", title, body)), bg);
}

/* Keys are remembered per thread: the same name gives the same key the
 * second time, by its language (Bulgarian "щ" is "sht"), and after
 * thousands of other names have taken the memo's slots. */
static void test_key_memo(void **state)
{
	(void)state;
	char a[64], b[64], c[64], d[64];
	const char *nm = "Щербаков";
	size_t al = td_entity_name_key("ru", nm, strlen(nm), a, sizeof(a));
	size_t bl = td_entity_name_key("bg", nm, strlen(nm), b, sizeof(b));
	assert_string_not_equal(a, b);
	assert_int_equal(td_entity_name_key("ru", nm, strlen(nm), c, sizeof(c)), al);
	assert_string_equal(a, c);
	assert_int_equal(td_entity_name_key("bg", nm, strlen(nm), c, sizeof(c)), bl);
	assert_string_equal(b, c);
	/* A short buffer cuts the key and is not remembered as the key. */
	assert_int_equal(td_entity_name_key("ru", "Шварценеггер", strlen("Шварценеггер"), d, 4), 3);
	size_t full = td_entity_name_key("ru", "Шварценеггер", strlen("Шварценеггер"), c, sizeof(c));
	assert_true(full > 3);
	assert_memory_equal(c, d, 3);
	for (int i = 0; i < 20000; i++) {
		char w[32];
		int n = snprintf(w, sizeof(w), "Name%dx%d", i, i * 7);
		td_entity_name_key(i % 2 ? "bg" : "ru", w, (size_t)n, d, sizeof(d));
	}
	assert_int_equal(td_entity_name_key("ru", nm, strlen(nm), c, sizeof(c)), al);
	assert_string_equal(a, c);
	assert_int_equal(td_entity_name_key("bg", nm, strlen(nm), c, sizeof(c)), bl);
	assert_string_equal(b, c);
}

/* A first name that is also a common word of the dictionary starts a
 * name only when the article never writes it in lower case, and a
 * month's name is a name after a first name: the same answers whether
 * the article asks them of a few words (a scan of its tokens) or of
 * many (a set of its words, built once). */
static void test_lower_elsewhere_many(void **state)
{
	(void)state;
	for (int many = 0; many < 2; many++)
		for (int lower = 0; lower < 2; lower++) {
			size_t cap = 16384, n = 0;
			char *body = td_arena_alloc(ar, cap);
			assert_non_null(body);
			for (int i = 0; i < (many ? 40 : 2); i++) {
				char sur[8] = {'K', (char)('a' + i % 26), 'r', (char)('a' + (i / 26) % 26), 'n', 'o', 'w', 0};
				n += (size_t)snprintf(body + n, cap - n, "Spotkanie %d. Piotr %s powiedział. ", i, sur);
			}
			if (lower)
				n += (size_t)snprintf(body + n, cap - n, "Był tam też piotr.");
			td_article *a = run("pl", "Lista", body);
			int named = 0;
			for (size_t k = 0; k < a->nentities; k++)
				named += !strncmp(a->entities[k].text, "Piotr ", 6);
			assert_int_equal(named, lower ? 0 : (many ? 40 : 2));
		}
	/* A month's name is a surname only after a first name somewhere. */
	for (int many = 0; many < 2; many++)
		for (int first = 0; first < 2; first++) {
			size_t cap = 16384, n = 0;
			char *body = td_arena_alloc(ar, cap);
			assert_non_null(body);
			if (first)
				n += (size_t)snprintf(body + n, cap - n, "Theresa May spoke. ");
			for (int i = 0; i < (many ? 30 : 2); i++)
				n += (size_t)snprintf(body + n, cap - n, "In talks %d, the leader May said no. ", i);
			td_article *a = run("en", "Talks", body);
			int may = 0;
			for (size_t k = 0; k < a->nentities; k++)
				may += !strcmp(a->entities[k].text, "May");
			assert_int_equal(may, first ? (many ? 30 : 2) : 0);
		}
}

/* A paragraph written 300 times in one article gives its mentions 300
 * times, each as in the paragraph alone: the article-wide tests answer
 * from sets once asked often (a surname's stem after a first name:
 * "Zelenskega"; words not inside a name: "британците"; a body named with
 * its country once: "Sąd Najwyższy"), where they scanned every mention or
 * token per question and a long text took minutes. */
static void test_repeated_paragraphs(void **state)
{
	(void)state;
	static const char *const cases[][3] = {
	    {"sl", "Novice",
	     "Podpira sile, ki nasprotujejo Prespanskemu sporazumu. Volodimir Zelenski je prišel. Policija je "
	     "preiskala Zelenskega posesti. Dan je sicer začel z napadom na Nemčijo."},
	    {"bg", "Новини", "Великобритания напуска ЕС. Британците гласуваха, а британците чакат."},
	    {"pl", "Wyrok", "Pakistański Sąd Najwyższy uniewinnił Asię Bibi. Sąd Najwyższy orzekł."},
	};
	for (size_t c = 0; c < sizeof(cases) / sizeof(*cases); c++) {
		const char *p = cases[c][2];
		td_article *one = run(cases[c][0], cases[c][1], p);
		assert_true(one->nentities >= 3);
		size_t pl = strlen(p), n = 0, times = 300;
		char *body = td_arena_alloc(ar, times * (pl + 1) + 1);
		assert_non_null(body);
		for (size_t k = 0; k < times; k++) {
			memcpy(body + n, p, pl);
			n += pl;
			body[n++] = ' ';
		}
		body[n] = 0;
		td_article *many = run(cases[c][0], cases[c][1], body);
		assert_int_equal(many->nentities, times * one->nentities);
		for (size_t k = 0; k < many->nentities; k++) {
			const td_entity *x = &many->entities[k], *y = &one->entities[k % one->nentities];
			assert_string_equal(x->text, y->text);
			assert_string_equal(x->lemma, y->lemma);
			assert_int_equal(x->type, y->type);
			assert_string_equal(x->key, y->key);
		}
	}
	td_article *a = run("sl", "Novice", "Volodimir Zelenski je prišel. Policija je preiskala Zelenskega posesti.");
	check(a, "Zelenskega", "Zelenski", TD_ENT_PER, NULL);
	a = run("pl", "Wyrok", "Pakistański Sąd Najwyższy uniewinnił Asię Bibi. Sąd Najwyższy orzekł.");
	check(a, "Sąd Najwyższy", NULL, TD_ENT_ORG, "gov:supremecourt@pk");
	/* Named only without its country, a body is that of the country
	 * most of the article's countries are; with no such country it
	 * stays no country's. */
	a = run("ru", "Приговор", "Верховный суд оправдал Асию Биби. В Пакистане начались протесты, "
				  "власти Пакистана ввели войска. Пакистан закрыл дороги, США призвали к спокойствию.");
	check(a, "Верховный суд", NULL, TD_ENT_ORG, "gov:supremecourt@pk");
	a = run("ru", "Приговор", "Верховный суд оправдал Асию Биби. В Пакистане начались протесты, "
				  "США и Индия призвали к спокойствию.");
	check(a, "Верховный суд", NULL, TD_ENT_ORG, "gov:supremecourt");
	a = run("pl", "Wyrok", "Sąd Najwyższy uniewinnił Asię Bibi. W Pakistanie trwają protesty.");
	check(a, "Sąd Najwyższy", NULL, TD_ENT_ORG, "gov:supremecourt");
	/* A person named in full, then their surname before a capitalised
	 * common word where a full stop was lost: the person alone. */
	a = run("ru", "Новости", "Тереза Мэй ушла в отставку. Об этом сообщает агентство, цитирует Мэй "
				 "Главный переговорщик заявил. Алексей Навальный ответил.");
	must(a, "Мэй");
	assert_null(find(a, "Мэй Главный"));
	check(a, "Алексей Навальный", NULL, TD_ENT_PER, NULL);
	/* No person's name has digits: an unlisted code is a product, keyed
	 * by its letters and digits in every script. */
	a = run("en", "News", "Apple uses its new M4 chip in the tablet.");
	check(a, "M4", "M4", TD_ENT_PRO, "m4");
	a = run("cs", "Zprávy", "Nový čip M4 od Applu je rychlý.");
	check(a, "M4", "M4", TD_ENT_PRO, "m4");
	/* Brands written with a lower-case letter before a capital; not a
	 * prefixed acronym, nor a unit after a number. */
	a = run("en", "News", "Apple unveiled a new iPad and shares on eBay rose. The mRNA vaccine uses 5 kWh.");
	check(a, "iPad", "iPad", TD_ENT_PRO, NULL);
	must(a, "eBay");
	assert_null(find(a, "mRNA"));
	assert_null(find(a, "kWh"));
	a = run("pl", "Wiadomości", "Jak podał portal wPolityce, rząd zmienił plan.");
	check(a, "wPolityce", "wPolityce", TD_ENT_PRO, NULL);
	/* A news agency's designator is part of its name, not of its key. */
	a = run("ru", "Новости", "Как сообщает ИА REGNUM, сделку одобрили.");
	td_article *b = run("ru", "Новости", "REGNUM уточняет детали сделки.");
	check(a, "ИА REGNUM", "ИА REGNUM", TD_ENT_ORG, NULL);
	check(a, "ИА REGNUM", NULL, TD_ENT_ORG, must(b, "REGNUM")->key);
}

/* The dateline's place and agency, which cleaning takes out of the text,
 * are entities before those of the text: as written there, with the lemma
 * and key of the name, and start = end = 0. */
static const td_entity *dateline_entity(const td_article *a, const char *text)
{
	for (size_t i = 0; i < a->nentities; i++)
		if (a->entities[i].dateline && !strcmp(a->entities[i].text, text))
			return &a->entities[i];
	return NULL;
}

static td_article *run_dateline(const char *lang, const char *place, const char *agency, const char *title,
				const char *body, unsigned flags)
{
	td_article *a = article_of(lang, title, body, place, agency);
	assert_int_equal(td_entities_article_ex(a, ar, flags), 0);
	return a;
}

/* Zero-width characters between the words of a name do not split it,
 * and the base form leaves them out. */
static void test_zero_width(void **state)
{
	(void)state;
	td_article *a = run("bg", "Заглавие", "Министър-председателят Тереза \u200b\u200bМей е подложена на критики.");
	check(a, "Тереза \u200b\u200bМей", "Тереза Мей", TD_ENT_PER, NULL);
}

static void test_dateline(void **state)
{
	(void)state;
	for (unsigned flags = 0; flags <= TD_ENT_NO_LEXICON; flags += TD_ENT_NO_LEXICON) {
		td_article *a = run_dateline("uk", "КИЇВ", "УНН", "У Газпромі спростували арешт",
					     "У Газпромі стверджують, що суд не відновив арешт, передає УНН.", flags);
		const td_entity *p = dateline_entity(a, "КИЇВ"), *g = dateline_entity(a, "УНН");
		assert_non_null(p);
		assert_non_null(g);
		assert_ptr_equal(p, &a->entities[0]);
		assert_ptr_equal(g, &a->entities[1]);
		assert_string_equal(p->lemma, "Київ");
		assert_string_equal(p->key, "city:kiev");
		assert_int_equal(p->type, TD_ENT_LOC);
		assert_int_equal(p->start, 0);
		assert_int_equal(p->end, 0);
		assert_int_equal(g->type, TD_ENT_ORG);
		/* The agency named in the text has the key of that mention. */
		const td_entity *body = NULL;
		for (size_t i = 2; i < a->nentities; i++)
			if (!strcmp(a->entities[i].text, "УНН"))
				body = &a->entities[i];
		assert_non_null(body);
		assert_false(body->dateline);
		assert_string_equal(g->key, body->key);
		for (size_t i = 2; i < a->nentities; i++)
			assert_false(a->entities[i].dateline);
	}
	/* Capitals become a name's case, hyphenated parts too; an acronym
	 * stays; a byline after the agency is no part of it. */
	td_article *a = run_dateline("ru", "НЬЮ-ЙОРК", "РИА Новости, Виктория Иванова", "Саммит", "Саммит прошел.", 0);
	const td_entity *p = dateline_entity(a, "НЬЮ-ЙОРК"), *g = dateline_entity(a, "РИА Новости");
	assert_non_null(p);
	assert_non_null(g);
	assert_string_equal(p->lemma, "Нью-Йорк");
	assert_int_equal(p->type, TD_ENT_LOC);
	assert_string_equal(g->key, "org:ria");
	a = run_dateline("en", "LONDON", "Reuters", "Lawmakers to vote", "Lawmakers will vote on Friday.", 0);
	assert_string_equal(dateline_entity(a, "LONDON")->key, "city:london");
	assert_string_equal(dateline_entity(a, "Reuters")->key, "org:reuters");
	a = run_dateline("de", "BERLIN", "dpa", "Haushalt", "Der Bundestag hat getagt.", 0);
	assert_string_equal(dateline_entity(a, "BERLIN")->key, "city:berlin");
	assert_string_equal(dateline_entity(a, "dpa")->key, "org:dpa");
	/* A place the gazetteer does not know is still a place. */
	a = run_dateline("cs", "KOZLOVICE", NULL, "Obec", "Obec schválila rozpočet.", 0);
	p = dateline_entity(a, "KOZLOVICE");
	assert_non_null(p);
	assert_int_equal(p->type, TD_ENT_LOC);
	assert_string_equal(p->lemma, "Kozlovice");
	/* An empty text keeps its dateline; no dateline, no such entity. */
	a = run_dateline("ru", "МОСКВА", NULL, "", "", 0);
	assert_int_equal(a->nentities, 1);
	assert_string_equal(a->entities[0].lemma, "Москва");
	a = run_dateline("ru", NULL, NULL, "Саммит", "Саммит прошел в Москве.", 0);
	for (size_t i = 0; i < a->nentities; i++)
		assert_false(a->entities[i].dateline);
}

static int by_alias_name(const void *x, const void *y)
{
	const td__alias *a = *(const td__alias *const *)x, *b = *(const td__alias *const *)y;
	int d = strcmp(a->name, b->name);
	return d ? d : strcmp(a->key, b->key);
}

/* No name of the alias table is listed for two entities in one language:
 * the first listed would answer for both ("Konfederacja Wolność i
 * Niepodległość" had two keys, "Christmas" was an event and no name). */
static void test_alias_names_unique(void **state)
{
	(void)state;
	const td__alias **v = malloc(td__naliases * sizeof(*v));
	assert_non_null(v);
	for (size_t k = 0; k < td__naliases; k++)
		v[k] = &td__aliases[k];
	qsort(v, td__naliases, sizeof(*v), by_alias_name);
	size_t clashes = 0;
	for (size_t k = 0; k + 1 < td__naliases; k++) {
		const td__alias *a = v[k], *b = v[k + 1];
		if (strcmp(a->name, b->name) || !strcmp(a->key, b->key))
			continue;
		if (a->lang[0] && b->lang[0] && strcmp(a->lang, b->lang))
			continue; /* one spelling, two languages, two entities */
		fprintf(stderr, "alias '%s' listed as %s and %s\n", a->name, a->key, b->key);
		clashes++;
	}
	free(v);
	assert_int_equal(clashes, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alias_names_unique),
		cmocka_unit_test(test_russian),
		cmocka_unit_test(test_no_lexicon_keys),
		cmocka_unit_test(test_ukrainian),
		cmocka_unit_test(test_bulgarian),
		cmocka_unit_test(test_polish),
		cmocka_unit_test(test_czech_slovak),
		cmocka_unit_test(test_slovene_croatian),
		cmocka_unit_test(test_english),
		cmocka_unit_test(test_quotes_and_latin_in_cyrillic),
		cmocka_unit_test(test_context_types),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_repeated_paragraphs),
		cmocka_unit_test(test_empty_and_odd_input),
		cmocka_unit_test(test_many_names),
		cmocka_unit_test(test_word_cache),
		cmocka_unit_test(test_key_memo),
		cmocka_unit_test(test_lower_elsewhere_many),
		cmocka_unit_test(test_dateline),
		cmocka_unit_test(test_zero_width),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
