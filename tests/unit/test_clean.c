/* test_clean.c - unit tests of headline choice, chrome removal, datelines and the lead. */
#include "testutil.h"

#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/clean.h"

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

/* Cleans an article made of a container title (or NULL), a first line
 * (or NULL) and a body. */
static td_article *clean3(const char *raw_title, const char *first_line, const char *body)
{
	td_article *a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->raw_title = raw_title;
	a->first_line = first_line;
	a->raw_body = body;
	a->raw_body_len = strlen(body);
	assert_int_equal(td_clean_article(a, g_ar), 0);
	/* text is always title "\n" body, body points into it. */
	size_t tl = strlen(a->title);
	assert_int_equal(a->text_len, tl + 1 + a->body_len);
	assert_memory_equal(a->text, a->title, tl);
	assert_int_equal(a->text[tl], '\n');
	assert_ptr_equal(a->body, a->text + tl + 1);
	assert_int_equal(a->text[a->text_len], 0);
	return a;
}

static td_article *clean_txt(const char *first_line, const char *body)
{
	return clean3(NULL, first_line, body);
}

static void no_substr(const td_article *a, const char *s)
{
	if (strstr(a->text, s))
		fail_msg("\"%s\" left in text:\n%s", s, a->text);
}

static void has_substr(const td_article *a, const char *s)
{
	if (!strstr(a->text, s))
		fail_msg("\"%s\" missing from text:\n%s", s, a->text);
}

static void dateline(const char *body, const char *place, const char *agency, const char *date,
		     const char *starts)
{
	td_article *a = clean_txt("Headline of the story here", body);
	if (!place) {
		assert_null(a->dateline_place);
	} else {
		if (!a->dateline_place)
			fail_msg("no dateline in \"%s\"", body);
		assert_string_equal(a->dateline_place, place);
	}
	if (agency) {
		assert_non_null(a->dateline_agency);
		assert_string_equal(a->dateline_agency, agency);
	} else
		assert_null(a->dateline_agency);
	if (date) {
		assert_non_null(a->dateline_date);
		assert_string_equal(a->dateline_date, date);
	} else
		assert_null(a->dateline_date);
	if (strncmp(a->body, starts, strlen(starts)) != 0)
		fail_msg("body starts \"%.40s\", want \"%s\"", a->body, starts);
}

static void test_datelines(void **state)
{
	(void)state;
	dateline("МОСКВА, 25 ноя - РИА Новости. Президент России заявил.", "МОСКВА", "РИА Новости",
		 "25 ноя", "Президент");
	dateline("БИШКЕК, 26 ноября. /ТАСС/. Парламент Киргизии принял закон.", "БИШКЕК", "ТАСС",
		 "26 ноября", "Парламент");
	dateline("LONDON (Reuters) - Britain's economy grew.", "LONDON", "Reuters", NULL, "Britain");
	dateline("KYIV, Nov 25 (AP) — Ukraine said on Monday.", "KYIV", "AP", "Nov 25", "Ukraine");
	dateline("София, 5 ноември (БТА) Министърът заяви днес.", "София", "БТА", "5 ноември",
		 "Министърът");
	dateline("КИЕВ. 8 ноября. УНН. Из пакистанской тюрьмы освобождена.", "КИЕВ", "УНН", "8 ноября",
		 "Из пакистанской");
	dateline("Москва. 4 ноября. INTERFAX.RU - Муж христианки попросил убежища.", "Москва",
		 "INTERFAX.RU", "4 ноября", "Муж");
	dateline("Москва. 4 ноября. Муж христианки попросил убежища.", "Москва", NULL, "4 ноября",
		 "Муж");
	dateline("Лондон, 8 февруари /БТА/ Джордж Сорос е дарил.", "Лондон", "БТА", "8 февруари",
		 "Джордж");
	dateline("МОСКВА, 30 июл ПРАЙМ. Объем транспортировки газа вырос.", "МОСКВА", "ПРАЙМ",
		 "30 июл", "Объем");
	dateline("Praha - Premiér Andrej Babiš dnes řekl.", "Praha", NULL, NULL, "Premiér");
	dateline("WARSZAWA (PAP) - Premier powiedział.", "WARSZAWA", "PAP", NULL, "Premier");
	dateline("Bruselj, 29. decembra - Evropska komisija je odobrila.", "Bruselj", NULL,
		 "29. decembra", "Evropska");
	dateline("BERLIN (dpa) - Die Bundesregierung hat beschlossen.", "BERLIN", "dpa", NULL, "Die");
	/* EFE abbreviates every month to three letters, May too. */
	dateline("MADRID, 28 may (EFE).- El Gobierno aprobó la ley.", "MADRID", "EFE", "28 may", "El Gobierno");
	/* The region between the place and the agency, as American wires
	 * write it. */
	dateline("KYIV, Ukraine (AP) — Russia attacked overnight.", "KYIV", "AP", NULL, "Russia");
	dateline("CUPERTINO, Calif. (Reuters) - Apple unveiled a tablet.", "CUPERTINO", "Reuters", NULL,
		 "Apple");
	dateline("HARLOW, England (Reuters) - British opposition leader spoke.", "HARLOW", "Reuters", NULL,
		 "British");
	/* Not datelines. */
	dateline("Hello, World (Remastered) is a song by Anna.", NULL, NULL, NULL, "Hello, World");
	dateline("Хайко Мас (Heiko Maas) отверг критику США.", NULL, NULL, NULL, "Хайко Мас");
	dateline("Вчера, 10 января, глава МИД заявил.", NULL, NULL, NULL, "Вчера, 10 января");
	dateline("Simon Dorante - Day trdi, da živi brez privilegijev.", NULL, NULL, NULL, "Simon");
	dateline("Министр иностранных дел, 25 ноября приехавший в Минск.", NULL, NULL, NULL,
		 "Министр");
	dateline("Theresa May said on Friday that talks would go on.", NULL, NULL, NULL, "Theresa");
}

static void test_title_chrome_falls_back(void **state)
{
	(void)state;
	/* A byline instead of a headline: the first line of the body. */
	td_article *a = clean_txt("05 ноября 2020 21:40 Иван Петров",
				  "Власти Пакистана освободили христианку\n"
				  "Христианка Асия Биби освобождена из тюрьмы, сообщили в среду.");
	assert_string_equal(a->title, "Власти Пакистана освободили христианку");
	no_substr(a, "Иван Петров");
	assert_string_equal(a->lead, "Христианка Асия Биби освобождена из тюрьмы, сообщили в среду.");
	/* A breadcrumb: the first sentence of the body. */
	a = clean_txt("Home > News > World",
		      "The European Commission fined Google. The fine is the largest ever.");
	assert_string_equal(a->title, "The European Commission fined Google");
	assert_string_equal(a->body, "The fine is the largest ever.");
	/* The first sentence does not end at initials ("В.В.") or a short
	 * abbreviation; it ends at an acronym ("ЕС."). */
	a = clean_txt("Новости", "Как отметил В.В. Путин, ситуация стабильна. Путин уехал.");
	assert_string_equal(a->title, "Как отметил В.В. Путин, ситуация стабильна");
	a = clean_txt("Новости", "Лондон заявил о выходе из ЕС. Переговоры продолжатся.");
	assert_string_equal(a->title, "Лондон заявил о выходе из ЕС");
	/* The last part of a breadcrumb can be the headline. */
	a = clean_txt("DataLife Engine > Версия для печати > Європейська комісія: склад і повноваження",
		      "Текст.");
	assert_string_equal(a->title, "Європейська комісія: склад і повноваження");
	/* A bare date, a site name, a domain. */
	assert_string_equal(clean_txt("25.11.2019", "Vláda schválila rozpočet na příští rok")->title,
			    "Vláda schválila rozpočet na příští rok");
	assert_string_equal(clean_txt("infospravy.sk", "Európska komisia navrhla nové pravidlá")->title,
			    "Európska komisia navrhla nové pravidlá");
	assert_string_equal(clean_txt("BackBlaze", "Der Bundestag hat das Gesetz beschlossen")->title,
			    "Der Bundestag hat das Gesetz beschlossen");
	/* Promotion or a notice on the first line, as in the body: the
	 * headline is the body's first sentence, the lead the paragraph
	 * after it (not the headline again). */
	a = clean_txt("Subscribe to our newsletter to get the latest news every morning",
		      "BERLIN (dpa) - Chancellor Friedrich Merz met President Emmanuel Macron in Berlin on "
		      "Wednesday.\nThe two leaders agreed to raise joint procurement, officials said.");
	assert_string_equal(a->title, "Chancellor Friedrich Merz met President Emmanuel Macron in Berlin on Wednesday");
	assert_string_equal(a->lead, "The two leaders agreed to raise joint procurement, officials said.");
	assert_string_equal(a->dateline_place, "BERLIN");
	no_substr(a, "newsletter");
	assert_string_equal(clean_txt("Читайте также: курс рубля на сегодня",
				      "Правительство утвердило бюджет на следующий год.\nВторой абзац.")
				    ->title,
			    "Правительство утвердило бюджет на следующий год");
	assert_string_equal(clean_txt("We use cookies to improve your experience on our site",
				      "Parliament passed the budget on Friday.\nSecond paragraph.")
				    ->title,
			    "Parliament passed the budget on Friday");
	/* Page furniture: a reading time, a player's label; in the body too. */
	assert_string_equal(clean_txt("Reading time: 3 min", "Floods hit Valencia again\n"
							      "Heavy rain caused floods in Valencia on Wednesday.")
				->title,
			    "Floods hit Valencia again");
	a = clean_txt("Время чтения: 3 минуты", "Наводнение в Валенсии\nСлушать статью\n"
						"Сильные дожди вызвали наводнение в Валенсии в среду.");
	assert_string_equal(a->title, "Наводнение в Валенсии");
	no_substr(a, "Слушать");
	assert_string_equal(clean_txt("Reading the signs: markets brace for a rate cut",
				      "Investors expect the central bank to cut rates.\nSecond paragraph.")
				->title,
			    "Reading the signs: markets brace for a rate cut");
	/* Stamps as BBC writes them and as corpora tokenise them. */
	const char *stamps[] = {"21 July 2013 Last updated at 11:11 GMT", "12 January 2010 @ 09:29 pm",
				"September 15 , 2013 11 : 26 pm", "21 July 2013 Last updated at 11 : 11 GMT"};
	for (size_t i = 0; i < sizeof(stamps) / sizeof(stamps[0]); i++)
		assert_string_equal(clean_txt(stamps[i], "A climber fell to his death on Sunday, police said.\nMore.")
					    ->title,
				    "A climber fell to his death on Sunday, police said");
	/* A time inside a headline stays. */
	assert_string_equal(clean_txt("Talks resume at 10:00 GMT in Geneva", "Text.")->title,
			    "Talks resume at 10:00 GMT in Geneva");
	/* A declared title (HTML, JSON) is the page's word for it. */
	assert_string_equal(clean3("Related: the budget vote", NULL, "Text of the article.")->title,
			    "Related: the budget vote");
}

static void test_title_cleanup(void **state)
{
	(void)state;
	struct {
		const char *in, *want;
	} cases[] = {
		{"14:25 Еврокомисията: Пакистан да вземе мерки", "Еврокомисията: Пакистан да вземе мерки"},
		{"(OF) Тереза Мей е заявила пред банкери", "Тереза Мей е заявила пред банкери"},
		{"Пожар в центъра на София (ВИДЕО)", "Пожар в центъра на София"},
		{"Nowy rząd przedstawił plan (PiS)", "Nowy rząd przedstawił plan (PiS)"},
		{"19.03.2018 11:33 : Глава украинского МИДа призывает", "Глава украинского МИДа призывает"},
		{"T19:14:54+00:00 EUROPSKA KOMISIJA O TUŽBI BANKE", "EUROPSKA KOMISIJA O TUŽBI BANKE"},
		{"Europska komisija predlaže strože mjere | NACIONAL.HR", "Europska komisija predlaže strože mjere"},
		{"Evropská komise se snaží přimět VW | auto.cz", "Evropská komise se snaží přimět VW"},
		{"News | Slovenia - European Commission", "Slovenia - European Commission"},
		{"Скасувати візи для громадян Туреччини - 112.ua", "Скасувати візи для громадян Туреччини"},
		{"Pokój w Irlandii. Zatarta granica 10.05.2018 | 09:40 Czy brexit zatrzyma",
		 "Pokój w Irlandii. Zatarta granica"},
		{"«Нафтогаз» напомнил «Газпрому» о пене", "«Нафтогаз» напомнил «Газпрому» о пене"},
		{"30 let zvestobe Sloveniji", "30 let zvestobe Sloveniji"},
		{"15 ноября 2018 года в Москве прошел саммит", "15 ноября 2018 года в Москве прошел саммит"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_string_equal(clean_txt(cases[i].in, "Body text.")->title, cases[i].want);
	/* The container's title wins over the first line. */
	td_article *a = clean3("Council approves the budget | Site", "Site", "Body text here.");
	assert_string_equal(a->title, "Council approves the budget");
	/* A container title that is chrome gives way to the first line. */
	a = clean3("Home > News > Europe", "Council approves the budget", "Body text here.");
	assert_string_equal(a->title, "Council approves the budget");
}

static void test_promo_and_chrome_lines(void **state)
{
	(void)state;
	td_article *a = clean_txt(
		"Парламент принял закон",
		"Депутаты приняли закон во втором чтении.\n"
		"Читайте также: Сенат отложил рассмотрение бюджета\n"
		"Фото: Иван Иванов/ ТАСС\n"
		"© Reuters/ EPA\n"
		"Подписывайтесь на наш канал в Telegram\n"
		"Facebook Twitter ВКонтакте Telegram\n"
		"Автор: Иван Петров\n"
		"Мы используем файлы cookie, чтобы сайт работал лучше.\n"
		"Закон вступит в силу с 1 января.\n"
		"Теги: закон, Госдума");
	assert_string_equal(a->body, "Депутаты приняли закон во втором чтении.\n"
				     "Закон вступит в силу с 1 января.");
	a = clean_txt("Sejm przyjął ustawę",
		      "Posłowie przyjęli ustawę. Czytaj także: Senat odrzucił poprawki. Ustawa wejdzie "
		      "w życie w styczniu.\n"
		      "Zobacz też: Premier o budżecie\n"
		      "Fot. Virginia Mayo / AP Photo.\n"
		      "Wszelkie prawa zastrzeżone.");
	assert_string_equal(a->body, "Posłowie przyjęli ustawę. Ustawa wejdzie w życie w styczniu.");
	a = clean_txt("Bundestag beschließt Gesetz",
		      "By John Smith\n"
		      "Der Bundestag hat am Donnerstag das Gesetz beschlossen.\n"
		      "Lesen Sie auch: Bundesrat vertagt Entscheidung\n"
		      "Lire aussi : Le Sénat repousse le vote\n"
		      "All rights reserved. Copyright 2019");
	assert_string_equal(a->body, "Der Bundestag hat am Donnerstag das Gesetz beschlossen.");
	/* A repeated headline at the top of the body goes. */
	a = clean_txt("Vláda schválila rozpočet", "Vláda schválila rozpočet\nVláda dnes schválila.");
	assert_string_equal(a->body, "Vláda dnes schválila.");
}

static void test_inline_credits_and_footer(void **state)
{
	(void)state;
	/* Credits in running text, with their caption at a line start. */
	td_article *a = clean_txt(
		"Путин и Радев",
		"Владимир Путин СНИМКА: РОЙТЕРС Президентът на Русия Владимир Путин каза, че проектът "
		"продължава.\n"
		"Protestující v Karáčí. FOTO: Adrees Latif, Reuters Masíh v rozhovoru řekl, že odjede.\n"
		"Demonstrace pokračovaly. | Foto: Mohsin Raza | Zdroj: Reuters. Policie oznámila "
		"zatčení.\n"
		"Стана ясно още, че преговорите продължават и днес, каза той пред репортери в "
		"Брюксел след срещата. Превод и редакция: Тереза Герова © 2018 Всички права "
		"запазени. Забранява се възпроизвеждането.");
	no_substr(a, "СНИМКА");
	no_substr(a, "РОЙТЕРС");
	no_substr(a, "Владимир Путин Президентът");
	has_substr(a, "Президентът на Русия Владимир Путин каза");
	no_substr(a, "Adrees");
	has_substr(a, "Protestující v Karáčí. Masíh v rozhovoru");
	no_substr(a, "Mohsin");
	has_substr(a, "Demonstrace pokračovaly. Policie oznámila");
	no_substr(a, "Тереза Герова");
	no_substr(a, "права");
	has_substr(a, "след срещата.");
	a = clean_txt("Premier o budżecie",
		      "Zdjęcie z konferencji prasowej Fot. PAP/Jacek Turczyk. Premier powiedział, że "
		      "budżet jest gotowy.\nMinister finansów dodał: fot. nie będzie.");
	assert_string_equal(a->body, "Premier powiedział, że budżet jest gotowy.\n"
				     "Minister finansów dodał: fot. nie będzie.");
	/* BBC's inline photo markers, without a colon: the copyright marker
	 * with its credit up to the caption marker, and a caption marker
	 * alone; the caption's words stay. */
	a = clean_txt("Суд оправдал Асию Биби",
		      "Image caption Асия Биби провела восемь лет в камере. Суд отменил приговор.\n"
		      "Правообладатель иллюстрации ARSHAD ARBAB Image caption В ряде городов прошли "
		      "протесты.\n"
		      "Image copyright Getty Images Image caption Protesters gathered in Lahore.");
	no_substr(a, "Image");
	no_substr(a, "ARSHAD");
	no_substr(a, "Getty");
	no_substr(a, "Правообладатель");
	assert_string_equal(a->body, "Асия Биби провела восемь лет в камере. Суд отменил приговор.\n"
				     "В ряде городов прошли протесты.\n"
				     "Protesters gathered in Lahore.");
	/* A marker at a line's very end, and a line that is a marker only. */
	a = clean_txt("Суд оправдал Асию Биби",
		      "Суд отменил приговор. Правообладатель иллюстрации\n"
		      "Image c\n"
		      "Протесты прошли в Лахоре.");
	no_substr(a, "Правообладатель");
	has_substr(a, "Суд отменил приговор.");
	has_substr(a, "Протесты прошли в Лахоре.");
	/* A footer phrase anywhere in a first line makes it chrome, at its
	 * end too; the same words in another order do not. */
	assert_string_equal(clean_txt("Новости дня, все права защищены",
				      "Правительство утвердило бюджет на следующий год.\nВторой абзац.")
				    ->title,
			    "Правительство утвердило бюджет на следующий год");
	assert_string_equal(clean_txt("Права человека защищены законом, заявил суд",
				      "Суд рассмотрел жалобу.\nВторой абзац.")
				    ->title,
			    "Права человека защищены законом, заявил суд");
	/* Share-word lookalikes in real sentences stay. */
	a = clean_txt("Headline about networks", "Facebook and Twitter said on Monday they would act.");
	has_substr(a, "Facebook and Twitter said");
}

static void test_lead(void **state)
{
	(void)state;
	/* og:description, without its dateline. */
	td_article *a = td_arena_calloc(g_ar, sizeof(*a));
	td_article_init(a);
	a->raw_title = "Council approves the budget";
	a->raw_lead = "BRUSSELS (Reuters) - The Council approved the budget on Monday.";
	a->raw_body = "The Council approved the budget on Monday.\nMore text.";
	a->raw_body_len = strlen(a->raw_body);
	assert_int_equal(td_clean_article(a, g_ar), 0);
	assert_string_equal(a->lead, "The Council approved the budget on Monday.");
	/* A long first paragraph is cut after a sentence. */
	char body[2000];
	strcpy(body, "First sentence of the long paragraph goes here and it says a lot. ");
	while (strlen(body) < 1500)
		strcat(body, "More words follow in the same paragraph without end ");
	a = clean_txt("Headline of a long story", body);
	assert_string_equal(a->lead, "First sentence of the long paragraph goes here and it says a lot.");
	/* A line of date, time and zone only is no lead ("(GMT+05:00)",
	 * "AM PDT 8/2/2013" were left of them before). */
	a = clean_txt("Electoral districts established",
		      "4 October 2013, 18:07 (GMT+05:00)\nThe commission set up the districts.");
	assert_string_equal(a->lead, "The commission set up the districts.");
	a = clean_txt("Ellen DeGeneres to host the Oscars",
		      "8:13 AM PDT 8/2/2013\nShe will host the show again.");
	assert_string_equal(a->lead, "She will host the show again.");
	a = clean_txt("Quake recorded", "March 14, 2013 at 11:51 AM\nA quake of 4.6 was recorded.");
	assert_string_equal(a->lead, "A quake of 4.6 was recorded.");
	/* Capitals after a time that are no zone stay: a broadcaster. */
	a = clean_txt("20:05 HRT: Europska komisija uputila prigovore", "Tekst članka ide ovdje.");
	assert_string_equal(a->title, "HRT: Europska komisija uputila prigovore");
	/* A copyright notice inside the body ends its paragraph, with the
	 * credit before it; the next paragraph stays. */
	a = clean_txt("Заглавие на новината",
		      "Текстът е тук и разказва дълго за срещата на министрите в Брюксел, за решенията "
		      "и за следващите стъпки. Превод и редакция: Тереза Герова © 2018 Всички права "
		      "запазени. "
		      "Забранява се възпроизвеждането.\nВтори абзац на статията, който е дълъг и остава "
		      "в текста, защото е съдържание.\nТрети абзац на статията, също съдържание.\n"
		      "Четвърти абзац на статията, също съдържание, и още думи тук.");
	no_substr(a, "Всички права");
	no_substr(a, "Тереза Герова");
	has_substr(a, "за следващите стъпки.");
	has_substr(a, "Втори абзац на статията");
	has_substr(a, "Четвърти абзац");
	/* Empty body: an empty lead, a title and text still. */
	a = clean_txt("Only a headline here", "");
	assert_null(a->lead);
	assert_string_equal(a->text, "Only a headline here\n");
}

/* A first line longer than a headline is a lead: the headline is its
 * first sentence (or its start), and the rest of it opens the body, so
 * that no word of it is lost and none is there twice. */
static void test_long_first_line(void **state)
{
	(void)state;
	td_article *a = clean_txt("The European Commission on Tuesday fined Google 2.4 billion euros for "
				  "abusing its dominance in search. The fine is the largest ever imposed "
				  "by the EU on one company. Margrethe Vestager said rivals had been denied "
				  "a chance to compete.",
				  "Google said it would consider an appeal.");
	assert_string_equal(a->title, "The European Commission on Tuesday fined Google 2.4 billion euros for "
				      "abusing its dominance in search");
	assert_string_equal(a->lead, "The fine is the largest ever imposed by the EU on one company. "
				     "Margrethe Vestager said rivals had been denied a chance to compete.");
	has_substr(a, "Margrethe Vestager said");
	has_substr(a, "compete.\nGoogle said it would consider an appeal.");
	/* One sentence over 200 bytes, cut at a word: each word once. */
	char line[400];
	strcpy(line, "Police said on Monday that");
	while (strlen(line) < 300)
		strcat(line, " words");
	strcat(line, " until the last word");
	a = clean_txt(line, "Second paragraph.");
	assert_true(strlen(a->title) < 210);
	has_substr(a, "until the last word\nSecond paragraph.");
	size_t words = 0;
	for (const char *p = a->text; (p = strstr(p, "words")); p++)
		words++;
	size_t want = 0;
	for (const char *p = line; (p = strstr(p, "words")); p++)
		want++;
	assert_int_equal(words, want);
	/* A cut that would halve a name falls before it. */
	a = clean_txt("Министър-председателят Росен Желязков се срещна в Брюксел с председателя на Европейската "
		      "комисия Урсула фон дер Лайен и с други лидери на държавите членки на съюза днес",
		      "Втори абзац.");
	assert_string_equal(a->title, "Министър-председателят Росен Желязков се срещна в Брюксел с председателя на "
				      "Европейската комисия");
	/* A body empty but for the rest of the line. */
	a = clean_txt("Верховный суд Пакистана оправдал Асию Биби. Ранее Верховный суд отложил решение, "
		      "а Минздрав России сообщил о новых случаях. МИД Великобритании и МИД России "
		      "обменялись нотами.",
		      "");
	assert_string_equal(a->title, "Верховный суд Пакистана оправдал Асию Биби");
	has_substr(a, "МИД России обменялись нотами.");
}

static void test_degenerate_inputs(void **state)
{
	(void)state;
	const char *bodies[] = {"", "\n", "©", "Фото:", ":::", "МОСКВА,", "МОСКВА, 25 ноя -",
				"LONDON (", "Czytaj także:", "a", "25 ноября", "\xC2\xA9 2018"};
	for (size_t i = 0; i < sizeof(bodies) / sizeof(bodies[0]); i++) {
		clean_txt(NULL, bodies[i]);
		clean_txt("", bodies[i]);
		clean_txt(bodies[i], bodies[i]);
	}
}

/* Stamp lines at the head of a page are no headline: the line after them
 * is, and they stay in the body for the dates stage. */
static void test_stamp_lines(void **state)
{
	(void)state;
	td_article *a = clean_txt("September 15, 2013 11:26 pm",
				  "Two climbers die on Mount Cook\nTwo climbers fell to their deaths on "
				  "Mount Cook on Sunday, police said.");
	assert_string_equal(a->title, "Two climbers die on Mount Cook");
	assert_string_equal(a->lead, "Two climbers fell to their deaths on Mount Cook on Sunday, police said.");
	a = clean_txt("Posted 11/27/2005 7:21 AM",
		      "Updated 11/27/2005 3:41 PM\nStrong earthquake jolts southern Iran\nAn earthquake "
		      "measuring 5.9 shook southern Iran on Sunday.");
	assert_string_equal(a->title, "Strong earthquake jolts southern Iran");
	assert_string_equal(a->body,
			    "Updated 11/27/2005 3:41 PM\nAn earthquake measuring 5.9 shook southern Iran on Sunday.");
	assert_string_equal(a->lead, "An earthquake measuring 5.9 shook southern Iran on Sunday.");
	/* Stamps introduced by their words, two on one line. */
	a = clean_txt("Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET",
		      "Strong earthquake jolts southern Iran\nAn earthquake shook southern Iran on Sunday.");
	assert_string_equal(a->title, "Strong earthquake jolts southern Iran");
	/* A clock time with its zone and no date is the headline's own. */
	a = clean_txt("Talks resume in Geneva at 10:00 GMT", "The talks resume today, diplomats said.");
	assert_string_equal(a->title, "Talks resume in Geneva at 10:00 GMT");
	/* Without a short line after them, nothing moves. */
	a = clean_txt("Posted 11/27/2005 7:21 AM",
		      "Updated 11/27/2005 3:41 PM\nAn earthquake measuring 5.9 shook southern Iran on Sunday, "
		      "flattening seven villages and killing ten people, officials said.");
	has_substr(a, "An earthquake measuring 5.9");
}

/* Invisible characters inside words and names are taken out of the
 * headline and the body; other characters stay. */
static void test_invisible_characters(void **state)
{
	(void)state;
	td_article *a = clean_txt("Тереза \u200b\u200bМей \xef\xbb\xbfвстретилась с Ни\u00adколаем",
				  "Премьер Тереза \u200bМей прилетела\u2060 в Брюссель. Цена 5\u00a0евро.");
	assert_string_equal(a->title, "Тереза Мей встретилась с Николаем");
	assert_string_equal(a->body, "Премьер Тереза Мей прилетела в Брюссель. Цена 5\u00a0евро.");
	no_substr(a, "\u200b");
	/* Across the eight-byte steps of the scan, and at the text's end. */
	a = clean_txt("Заголовок новости дня",
		      "Abcdefg\u00adhijklmnopqrstu\u200bvwxyz0123456789 Ж\u2060ЖЖЖЖЖЖЖ\xef\xbb\xbfЖ «Ж» end\u00ad");
	assert_string_equal(a->body, "Abcdefghijklmnopqrstuvwxyz0123456789 ЖЖЖЖЖЖЖЖЖ «Ж» end");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_datelines),
		cmocka_unit_test(test_long_first_line),
		cmocka_unit_test(test_title_chrome_falls_back),
		cmocka_unit_test(test_title_cleanup),
		cmocka_unit_test(test_promo_and_chrome_lines),
		cmocka_unit_test(test_inline_credits_and_footer),
		cmocka_unit_test(test_lead),
		cmocka_unit_test(test_degenerate_inputs),
		cmocka_unit_test(test_stamp_lines),
		cmocka_unit_test(test_invisible_characters),
	};
	return cmocka_run_group_tests_name("clean", tests, setup, teardown);
}
