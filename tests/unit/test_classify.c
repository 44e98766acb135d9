/* test_classify.c - unit tests of the news-or-not and category classifier. */
#include "testutil.h"

#include <stdio.h>

#include "tidings/arena.h"
#include "tidings/classify.h"
#include "tidings/engine.h"
#include "tidings/error.h"

typedef struct {
	const char *lang, *title, *body;
	td_category cat;
} sample;

/* Real-looking news in several languages, one or more per category. */
static const sample news[] = {
	{"it", "La Juventus batte l'Inter nel derby",
	 "La Juventus ha battuto l'Inter per 2-1 nella partita di campionato giocata ieri. I gol sono "
	 "stati segnati nel secondo tempo; l'allenatore ha elogiato la squadra dopo la vittoria.",
	 TD_CAT_SPORTS},
	{"pt", "Apple lança novo iPhone com inteligência artificial",
	 "A Apple apresentou nesta terça-feira o novo iPhone, com um processador mais rápido. O "
	 "smartphone chega às lojas em setembro, e o sistema iOS recebe uma atualização, anunciou a empresa.",
	 TD_CAT_TECHNOLOGY},
	{"nl", "Inflatie in Nederland daalt naar 3 procent",
	 "De inflatie is in februari gedaald naar 3 procent, meldde het CBS woensdag. Economen "
	 "verwachten dat de ECB de rente verlaagt; de beurs in Amsterdam reageerde positief.",
	 TD_CAT_ECONOMY},
	{"ru", "В Иванове задержали банду телефонных мошенников",
	 "Полицейские задержали пятерых подозреваемых, которые представлялись сотрудниками банков. "
	 "Возбуждено уголовное дело о мошенничестве, сообщили в пресс-службе УМВД во вторник.",
	 TD_CAT_SOCIETY},
	{"ru", "Росстат представил данные об уровне безработицы в марте",
	 "Уровень безработицы в России в марте составил 4,7%, сообщил Росстат. Инфляция замедлилась, "
	 "а реальные зарплаты выросли на 2%, следует из данных ведомства.",
	 TD_CAT_ECONOMY},
	{"ru", "Xiaomi представила новый смартфон с камерой на 108 мегапикселей",
	 "Компания Xiaomi в среду представила смартфон с процессором Snapdragon, экраном OLED и "
	 "аккумулятором на 5000 мАч. Устройство работает на Android и получит обновление прошивки.",
	 TD_CAT_TECHNOLOGY},
	{"ru", "«Зенит» обыграл ЦСКА в матче чемпионата России",
	 "Петербургский клуб победил со счетом 2:0. Оба гола забил нападающий Дзюба, сообщает пресс-служба "
	 "команды. Тренер отметил игру вратаря в финале матча.",
	 TD_CAT_SPORTS},
	{"ru", "Киркоров отменил концерт в Кремле",
	 "Певец объявил, что перенесет концерт из-за болезни. Премьера нового альбома и клипа "
	 "состоится в декабре, рассказал артист поклонникам.",
	 TD_CAT_ENTERTAINMENT},
	{"ru", "Ученые обнаружили древний город в Египте",
	 "Археологи в понедельник сообщили об открытии: при раскопках найдены гробницы и мумии. "
	 "Исследование опубликовано в научном журнале.",
	 TD_CAT_SCIENCE},
	{"ru", "Синоптики пообещали москвичам мокрый снег и гололед",
	 "В четверг в столице ожидается до минус трех градусов, снег и сильный ветер, сообщил "
	 "Гидрометцентр. Похолодание продлится до выходных.",
	 TD_CAT_OTHER},
	{"en", "Police arrest suspect after fatal shooting in Chicago suburb",
	 "Police said on Tuesday that a 24-year-old suspect was charged with murder after two people were "
	 "killed. Prosecutors told reporters the victims were shot outside a restaurant.",
	 TD_CAT_SOCIETY},
	{"en", "Stocks close higher as oil prices climb",
	 "The Dow Jones index rose 0.4% and the Nasdaq gained 0.2% on Thursday, as investors bought "
	 "shares of banks. Crude oil prices climbed to $62 a barrel, traders said.",
	 TD_CAT_ECONOMY},
	{"en", "Liverpool beat Arsenal to reach the League Cup final",
	 "Liverpool scored twice in the second half on Wednesday. The striker's goals sent the club into "
	 "the final, where they will face Chelsea at Wembley stadium, the coach said.",
	 TD_CAT_SPORTS},
	{"en", "Astronomers spot water vapour on a distant exoplanet",
	 "Scientists using the Hubble telescope said on Monday that the planet orbits a red dwarf star. "
	 "The research was published in the journal Nature.",
	 TD_CAT_SCIENCE},
	{"en", "Netflix releases first trailer for new season of The Crown",
	 "The series returns in November, Netflix announced on Friday. The actress Olivia Colman stars "
	 "as the Queen; fans of the show saw the trailer on YouTube.",
	 TD_CAT_ENTERTAINMENT},
	{"pl", "Sejm uchwalił ustawę o podatku cyfrowym",
	 "Posłowie przyjęli w piątek ustawę. Minister finansów poinformował, że rząd przekaże projekt "
	 "do Senatu. Opozycja głosowała przeciw, powiedział rzecznik.",
	 TD_CAT_SOCIETY},
	{"cs", "Sparta porazila Slavii v derby a vede ligu",
	 "Fotbalisté Sparty zvítězili 2:1. Rozhodující gól vstřelil útočník v 80. minutě, uvedl trenér "
	 "po zápase. Tým vede tabulku první ligy.",
	 TD_CAT_SPORTS},
	{"de", "Bundestag beschließt neues Klimagesetz",
	 "Der Bundestag hat am Donnerstag das Gesetz verabschiedet. Die Regierung und die Kanzlerin "
	 "sprachen von einem Erfolg, sagte ein Sprecher. Die Opposition kritisierte die Abstimmung.",
	 TD_CAT_SOCIETY},
	{"fr", "Le CAC 40 termine en hausse, porté par les banques",
	 "La Bourse de Paris a gagné 0,8% vendredi. Les investisseurs ont salué les résultats "
	 "trimestriels des entreprises, selon les analystes du marché.",
	 TD_CAT_ECONOMY},
	{"es", "El Real Madrid gana la Liga tras vencer al Atlético",
	 "El equipo blanco ganó el partido por 2-0 el domingo. El entrenador dijo que los goles del "
	 "delantero fueron decisivos para el campeonato.",
	 TD_CAT_SPORTS},
	{"bg", "Парламентът прие бюджета за 2020 година",
	 "Депутатите гласуваха закона на първо четене във вторник, съобщи пресцентърът на "
	 "Народното събрание. Опозицията заяви, че ще протестира.",
	 TD_CAT_SOCIETY},
	{"uk", "Синоптики попередили про сильний вітер і дощі",
	 "У середу в Україні очікуються значні опади та похолодання, повідомляє Укргідрометцентр. "
	 "Температура вночі до двох градусів морозу.",
	 TD_CAT_OTHER},
};

/* Texts that are not news: advice, recipes, listicles, adverts. */
static const sample notnews[] = {
	{"it", "Come preparare la carbonara perfetta: la ricetta",
	 "Ti serviranno guanciale, uova, pecorino e pepe. Taglia il guanciale e fallo rosolare in "
	 "padella con un cucchiaio d'olio. Il tuo piatto sarà delizioso: prova anche i nostri consigli!",
	 TD_CAT_NONE},
	{"ru", "10 правил идеальных выходных",
	 "Вы наверняка завидуете коллегам, которые успевают всё. Попробуйте выспаться, а потом "
	 "выберите занятие по душе. Помните: ваш отдых зависит только от вас. Сделайте список дел.",
	 TD_CAT_NONE},
	{"ru", "Рецепт идеального борща",
	 "Вам понадобятся: свекла, капуста, две столовые ложки томатной пасты, щепотка соли. "
	 "Ингредиенты нарежьте, добавьте в кипящий бульон. Попробуйте подать со сметаной.",
	 TD_CAT_NONE},
	{"en", "5 ways to save money on your next holiday",
	 "You don't need to spend a fortune. Here are our best tips: book your flights early, check "
	 "your travel insurance, and avoid booking fees. You'll thank yourself later.",
	 TD_CAT_NONE},
	{"en", "How to bake the perfect sourdough bread",
	 "You will need flour, water and salt. Mix two tablespoons of starter into your dough, then "
	 "let it rest. Bake in a hot oven. Your bread will be delicious.",
	 TD_CAT_NONE},
	{"de", "Die besten Tipps für ein gesundes Frühstück",
	 "Du willst fit in den Tag starten? Probier unser Rezept: zwei Esslöffel Haferflocken, "
	 "Obst und Joghurt. Dein Körper wird es dir danken.",
	 TD_CAT_NONE},
};

static void classify(const sample *s, td_classify_result *r)
{
	assert_int_equal(td_classify_text(s->title, strlen(s->title), s->body, strlen(s->body),
					  s->lang, r),
			 0);
}

static void test_news_categories(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(news) / sizeof(news[0]); i++) {
		td_classify_result r;
		classify(&news[i], &r);
		if (!r.is_news || r.category != news[i].cat)
			fprintf(stderr, "sample %zu (%s): is_news %d, %s, want %s\n", i, news[i].title,
				r.is_news, td_category_name(r.category), td_category_name(news[i].cat));
		assert_int_equal(r.is_news, 1);
		assert_int_equal(r.category, news[i].cat);
		assert_true(r.confidence > 0.0f && r.confidence <= 1.0f);
	}
}

static void test_not_news(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(notnews) / sizeof(notnews[0]); i++) {
		td_classify_result r;
		classify(&notnews[i], &r);
		if (r.is_news)
			fprintf(stderr, "sample %zu (%s): news score %.2f\n", i, notnews[i].title,
				(double)r.news_score);
		assert_int_equal(r.is_news, 0);
		assert_true(r.news_score <= 0.0f);
	}
}

/* The language restricts the lexicon; without it every language counts. */
static void test_language_filter(void **state)
{
	(void)state;
	td_classify_result a, b;
	const sample s = {"en", "Match report", "The match ended with a late goal.", TD_CAT_SPORTS};
	classify(&s, &a);
	assert_int_equal(a.category, TD_CAT_SPORTS);
	/* Polish "mecz" is no English word: with lang "en" it does not count. */
	const char *t = "Mecz";
	assert_int_equal(td_classify_text(t, 4, "", 0, "en", &a), 0);
	assert_int_equal(td_classify_text(t, 4, "", 0, "pl", &b), 0);
	assert_true(b.scores[TD_CAT_SPORTS] > a.scores[TD_CAT_SPORTS]);
	assert_int_equal(td_classify_text(t, 4, "", 0, NULL, &a), 0);
	assert_true(a.scores[TD_CAT_SPORTS] == b.scores[TD_CAT_SPORTS]);
	/* French "mars" is March: the planet of the other languages' science
	 * words does not count in a French budget report. */
	const char *ft = "L'Allemagne réforme son frein à l'endettement";
	const char *fb = "Le Bundestag a adopté vendredi une réforme du frein à l'endettement, ouvrant la voie "
			 "à 500 milliards d'euros d'investissements. Le Bundesrat doit se prononcer le 21 mars.";
	assert_int_equal(td_classify_text(ft, strlen(ft), fb, strlen(fb), "fr", &a), 0);
	assert_int_equal(a.category, TD_CAT_ECONOMY);
	assert_true(a.scores[TD_CAT_SCIENCE] < a.scores[TD_CAT_ECONOMY]);
	/* ... while Polish "Mars" is the planet. */
	const char *pt = "Łazik na Marsie znalazł ślady wody";
	assert_int_equal(td_classify_text(pt, strlen(pt), "", 0, "pl", &b), 0);
	assert_int_equal(b.category, TD_CAT_SCIENCE);
}

/* Case, "ё", stems and repeats. */
static void test_matching(void **state)
{
	(void)state;
	td_classify_result a, b, c;
	assert_int_equal(td_classify_text("ФУТБОЛИСТЫ", strlen("ФУТБОЛИСТЫ"), "", 0, "ru", &a), 0);
	assert_true(a.scores[TD_CAT_SPORTS] > 1.0f);
	assert_int_equal(td_classify_text("Актёр", strlen("Актёр"), "", 0, "ru", &b), 0);
	assert_int_equal(td_classify_text("Актер", strlen("Актер"), "", 0, "ru", &c), 0);
	assert_true(b.scores[TD_CAT_ENTERTAINMENT] > 1.0f);
	assert_true(b.scores[TD_CAT_ENTERTAINMENT] == c.scores[TD_CAT_ENTERTAINMENT]);
	/* A repeated word adds less each time. */
	const char *one = "футбол", *three = "футбол футбол футбол";
	assert_int_equal(td_classify_text("", 0, one, strlen(one), "ru", &a), 0);
	assert_int_equal(td_classify_text("", 0, three, strlen(three), "ru", &b), 0);
	assert_true(b.scores[TD_CAT_SPORTS] > a.scores[TD_CAT_SPORTS]);
	assert_true(b.scores[TD_CAT_SPORTS] - a.scores[TD_CAT_SPORTS] <
		    2.0f * (a.scores[TD_CAT_SPORTS] - a.scores[TD_CAT_NONE]));
	/* Exact words do not match longer words: "gol" is not "golf". */
	assert_int_equal(td_classify_text("golfing", 7, "", 0, "es", &a), 0);
	assert_int_equal(td_classify_text("gol", 3, "", 0, "es", &b), 0);
	assert_true(b.scores[TD_CAT_SPORTS] > a.scores[TD_CAT_SPORTS]);
}

static void test_edge_cases(void **state)
{
	(void)state;
	td_classify_result r;
	assert_int_equal(td_classify_text("", 0, "", 0, NULL, &r), 0);
	assert_int_equal(r.is_news, 0);
	assert_true(r.category > TD_CAT_NONE && r.category < TD_CAT_COUNT);
	/* Invalid UTF-8, NULs and a word longer than any buffer. */
	char junk[9000];
	for (size_t i = 0; i < sizeof(junk); i++)
		junk[i] = (char)(i % 7 == 0 ? 0xD0 : i % 5 == 0 ? 0 : 'a' + (int)(i % 26));
	assert_int_equal(td_classify_text(junk, 200, junk, sizeof(junk), "ru", &r), 0);
	memset(junk, 'x', sizeof(junk));
	assert_int_equal(td_classify_text(junk, sizeof(junk), junk, sizeof(junk), "xx", &r), 0);
	assert_int_equal(td_classify_init(), 0);
}

/* The pipeline stage sets the article's fields. */
static void test_article_stage(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	assert_non_null(ar);
	td_article a;
	td_article_init(&a);
	a.first_line = "Biathlon: Norway wins the relay at the World Cup";
	a.raw_body = "Norway's team won the men's relay on Sunday, the federation said. The athletes "
		     "finished ahead of France; the championship continues with the mass start.";
	a.raw_body_len = strlen(a.raw_body);
	a.lang_hint = "en";
	assert_int_equal(td_pipeline_article(&a, ar, TD_STAGE_CLASSIFY), 0);
	assert_int_equal(a.is_news, 1);
	assert_int_equal(a.category, TD_CAT_SPORTS);
	assert_true(a.category_conf > 0.5f);
	td_arena_destroy(ar);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_news_categories), cmocka_unit_test(test_not_news),
		cmocka_unit_test(test_language_filter), cmocka_unit_test(test_matching),
		cmocka_unit_test(test_edge_cases),      cmocka_unit_test(test_article_stage),
	};
	return cmocka_run_group_tests_name("classify", tests, NULL, NULL);
}
