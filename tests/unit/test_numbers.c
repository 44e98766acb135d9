/* test_numbers.c - unit tests of quantity extraction (numbers.c). */
#include "testutil.h"

#include <math.h>
#include <stdio.h>
#include <unicode/ucurr.h>
#include <unicode/ustring.h>

#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/error.h"
#include "tidings/numbers.h"

typedef struct {
	const char *lang, *text;
	const char *want; /* "text|value|unit" items joined by ";" */
} kase;

/* Renders what the scanner finds in the format of kase.want. */
static void render(const char *lang, const char *text, char *out, size_t cap)
{
	td_arena *ar = td_arena_create();
	assert_non_null(ar);
	td_number v[32];
	size_t n = td_numbers_scan(text, strlen(text), lang, v, 32, ar);
	size_t len = 0;
	out[0] = 0;
	for (size_t i = 0; i < n; i++) {
		/* Offsets must delimit the text field. */
		assert_true(v[i].start < v[i].end && v[i].end <= strlen(text));
		assert_int_equal(v[i].end - v[i].start, strlen(v[i].text));
		assert_memory_equal(text + v[i].start, v[i].text, strlen(v[i].text));
		len += (size_t)snprintf(out + len, cap - len, "%s%s|%.15g|%s", i ? ";" : "",
					v[i].text, v[i].value, v[i].unit);
	}
	td_arena_destroy(ar);
}

static void run(const kase *k, size_t n)
{
	int bad = 0;
	for (size_t i = 0; i < n; i++) {
		char got[4096];
		render(k[i].lang, k[i].text, got, sizeof(got));
		if (strcmp(got, k[i].want)) {
			print_error("[%s] %s\n  want: %s\n  got:  %s\n", k[i].lang, k[i].text, k[i].want,
				    got);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

#define N(a) (sizeof(a) / sizeof(a[0]))

static void test_brief_examples(void **state)
{
	(void)state;
	static const kase k[] = {
		{"ru", "потери в $938 млн", "$938 млн|938000000|USD"},
		{"ru", "выручка 2,14 млрд рублей", "2,14 млрд рублей|2140000000|RUB"},
		{"en", "a €3bn deal", "€3bn|3000000000|EUR"},
		{"ru", "3625 проектов", "3625 проектов|3625|проект"},
		{"ru", "3625 проекта", "3625 проекта|3625|проект"},
		{"ru", "рост на 22,3%", "22,3%|22.3|%"},
		{"en", "up 22.3 per cent", "22.3 per cent|22.3|%"},
	};
	run(k, N(k));
}

static void test_russian(void **state)
{
	(void)state;
	static const kase k[] = {
		{"ru", "около 1,5 млн человек", "1,5 млн человек|1500000|people"},
		{"ru", "унесло жизни 21 человека", "21 человека|21|people"},
		{"ru", "12 000 тонн зерна", "12 000 тонн|12000000|kg"},
		{"ru", "12\u00a0000 тонн", "12\u00a0000 тонн|12000000|kg"},
		{"ru", "55 млрд куб. м газа", "55 млрд куб. м|55000000000|m3"},
		{"ru", "55 млрд кубометров", "55 млрд кубометров|55000000000|m3"},
		{"ru", "1,2 тыс. км", "1,2 тыс. км|1200000|m"},
		{"ru", "5 процентов", "5 процентов|5|%"},
		{"ru", "на 2 процентных пункта", "2 процентных пункта|2|pp"},
		{"ru", "35-39 млрд фунтов стерлингов",
		 "35-39 млрд фунтов стерлингов|35000000000|GBP;35-39 млрд фунтов стерлингов|39000000000|GBP"},
		{"ru", "$2,1 млрд", "$2,1 млрд|2100000000|USD"},
		{"ru", "2,1 млрд долл.", "2,1 млрд долл.|2100000000|USD"},
		{"ru", "100 белорусских рублей", "100 белорусских рублей|100|BYN"},
		{"ru", "500 руб.", "500 руб.|500|RUB"},
		{"ru", "в 2 раза", "2 раза|2|times"},
		{"ru", "25 самых влиятельных людей", "25 самых влиятельных людей|25|people"},
		{"ru", "28 государств", "28 государств|28|государств"},
		{"ru", "снижение на -5%", "-5%|-5|%"},
		{"ru", "40 тысяч человек", "40 тысяч человек|40000|people"},
		{"ru", "1 трлн рублей", "1 трлн рублей|1000000000000|RUB"},
		{"ru", "10 лет", "10 лет|10|year"},
		{"ru", "курс 2.50 руб.", "2.50 руб.|2.5|RUB"},
		{"ru", "при -18°C", "-18°C|-18|°C"},
	};
	run(k, N(k));
}

static void test_ukrainian_bulgarian(void **state)
{
	(void)state;
	static const kase k[] = {
		{"uk", "55 млрд кубометрів газу", "55 млрд кубометрів|55000000000|m3"},
		{"uk", "1712 грн", "1712 грн|1712|UAH"},
		{"uk", "2 млрд гривень", "2 млрд гривень|2000000000|UAH"},
		{"uk", "39 млрд фунтів стерлінгів", "39 млрд фунтів стерлінгів|39000000000|GBP"},
		{"uk", "600 млн доларів", "600 млн доларів|600000000|USD"},
		{"uk", "27 міністрів", "27 міністрів|27|мініс"},
		{"uk", "10 відсотків", "10 відсотків|10|%"},
		{"uk", "3 млрд дол. США", "3 млрд дол.|3000000000|USD"},
		{"bg", "9,5 милиарда евро", "9,5 милиарда евро|9500000000|EUR"},
		{"bg", "45 милиона паунда", "45 милиона паунда|45000000|GBP"},
		{"bg", "3 милиарда британски лири", "3 милиарда британски лири|3000000000|GBP"},
		{"bg", "100 турски лири", "100 турски лири|100|TRY"},
		{"bg", "1500 лв.", "1500 лв.|1500|BGN"},
		{"bg", "2 милиона лева", "2 милиона лева|2000000|BGN"},
		{"bg", "около 52%", "52%|52|%"},
		{"bg", "48.1% от гласовете", "48.1%|48.1|%"},
		{"bg", "89.7 млрд. куб. м", "89.7 млрд. куб. м|89700000000|m3"},
		{"bg", "27 страни", "27 страни|27|country"},
		{"bg", "3 милиона души", "3 милиона души|3000000|people"},
		{"bg", "5 години", "5 години|5|year"},
	};
	run(k, N(k));
}

static void test_west_slavic(void **state)
{
	(void)state;
	static const kase k[] = {
		{"pl", "3,4 mld zł", "3,4 mld zł|3400000000|PLN"},
		{"pl", "200 tys. złotych", "200 tys. złotych|200000|PLN"},
		{"pl", "o 5 proc.", "5 proc.|5|%"},
		{"pl", "75-90 proc. Polaków", "75-90 proc.|75|%;75-90 proc.|90|%"},
		{"pl", "55 mld m3 gazu", "55 mld m3|55000000000|m3"},
		{"pl", "55 mld metrów sześciennych", "55 mld metrów sześciennych|55000000000|m3"},
		{"pl", "24 mln mieszkańców", "24 mln mieszkańców|24000000|miesz"},
		{"pl", "12 tys. osób", "12 tys. osób|12000|people"},
		{"pl", "40 tys. polskich biznesmenów", "40 tys. polskich biznesmenów|40000|bizn"},
		{"pl", "4 mld dolarów", "4 mld dolarów|4000000000|USD"},
		{"pl", "400 tys. funtów", "400 tys. funtów|400000|GBP"},
		{"pl", "28 państw", "28 państw|28|country"},
		{"pl", "1 bln zł", "1 bln zł|1000000000000|PLN"},
		{"pl", "10 punktów procentowych", "10 punktów procentowych|10|pp"},
		{"cs", "421,8 mld. Kč", "421,8 mld. Kč|421800000000|CZK"},
		{"cs", "283 milionů eur", "283 milionů eur|283000000|EUR"},
		{"cs", "55 miliard metrů krychlových", "55 miliard metrů krychlových|55000000000|m3"},
		{"cs", "44 procent", "44 procent|44|%"},
		{"cs", "50.000 českých občanů", "50.000 českých občanů|50000|občan"},
		{"cs", "135 korun", "135 korun|135|CZK"},
		{"cs", "700 000 obyvatel", "700 000 obyvatel|700000|obyv"},
		{"cs", "11 členů", "11 členů|11|člen"},
		{"sk", "96 percent", "96 percent|96|%"},
		{"sk", "45 %", "45 %|45|%"},
		{"sk", "2 milióny eur", "2 milióny eur|2000000|EUR"},
		{"sk", "1,7 miliardy eur", "1,7 miliardy eur|1700000000|EUR"},
		{"sk", "20 miliárd eur", "20 miliárd eur|20000000000|EUR"},
	};
	run(k, N(k));
}

static void test_south_slavic(void **state)
{
	(void)state;
	static const kase k[] = {
		{"sl", "55 milijard kubičnih metrov", "55 milijard kubičnih metrov|55000000000|m3"},
		{"sl", "31 odstotkov", "31 odstotkov|31|%"},
		{"sl", "180 milijonov ameriških dolarjev", "180 milijonov ameriških dolarjev|180000000|USD"},
		{"sl", "3 milijarde evrov", "3 milijarde evrov|3000000000|EUR"},
		{"sl", "24 ur", "24 ur|24|hour"},
		{"sl", "1225 kilometrov", "1225 kilometrov|1225000|m"},
		{"hr", "2,9 milijardi kuna", "2,9 milijardi kuna|2900000000|HRK"},
		{"hr", "15 posto", "15 posto|15|%"},
		{"hr", "20 postotaka", "20 postotaka|20|%"},
		{"hr", "5 milijuna eura", "5 milijuna eura|5000000|EUR"},
		{"hr", "100 ljudi", "100 ljudi|100|people"},
		{"sr", "7 милијарди евра", "7 милијарди евра|7000000000|EUR"},
		{"sr", "20 хиљада евра", "20 хиљада евра|20000|EUR"},
		{"sr", "3 hiljade evra", "3 hiljade evra|3000|EUR"},
	};
	run(k, N(k));
}

static void test_west_european(void **state)
{
	(void)state;
	static const kase k[] = {
		{"en", "paid 1,500 employees", "1,500 employees|1500|employe"},
		/* The counted noun past its modifiers: a plural after a
		 * number other than one. */
		{"en", "won 34 straight matches", "34 straight matches|34|match"},
		{"en", "reported 5 new cases", "5 new cases|5|case"},
		{"en", "hired 40 software engineers", "40 software engineers|40|engin"},
		{"en", "lost 3 bonus points", "3 bonus points|3|point"},
		{"en", "$2.5 million", "$2.5 million|2500000|USD"},
		{"en", "£39bn", "£39bn|39000000000|GBP"},
		{"en", "US$5m", "US$5m|5000000|USD"},
		{"en", "€50k", "€50k|50000|EUR"},
		{"en", "EUR 5 million", "EUR 5 million|5000000|EUR"},
		{"en", "55 bcm", "55 bcm|55000000000|m3"},
		{"en", "a 1,200 km pipeline", "1,200 km|1200000|m"},
		{"en", "3 GW", "3 GW|3000000000|W"},
		{"en", "a 100 m sprint, 5 T-shirts", "100 m|100|m"},
		{"en", "120 km/h", "120 km/h|120|km/h"},
		{"ru", "ветер 14 метров в секунду", "14 метров в секунду|14|m/s"},
		{"ru", "порывы до 20 м/с", "20 м/с|20|m/s"},
		{"en", "25 metres per second", "25 metres per second|25|m/s"},
		{"en", "7 percentage points", "7 percentage points|7|pp"},
		{"en", "1,234,567 people", "1,234,567 people|1234567|people"},
		{"en", "1.5 billion yuan", "1.5 billion yuan|1500000000|CNY"},
		{"pl", "kurs 4,26 za EUR", ""},
		{"cs", "2 pro Evropu", ""},
		{"en", "2 billion pounds", "2 billion pounds|2000000000|GBP"},
		{"en", "weighs 236 pounds", "236 pounds|236|lb"},
		{"en", "a 3-2 win and 150-180 million dollars",
		 "150-180 million dollars|150000000|USD;150-180 million dollars|180000000|USD"},
		{"de", "2,5 Milliarden Euro", "2,5 Milliarden Euro|2500000000|EUR"},
		{"hu", "2 milliárd eurót költ, 3,5 százalék", "2 milliárd eurót|2000000000|EUR;3,5 százalék|3.5|%"},
		{"hu", "1200 ember tüntetett", "1200 ember|1200|people"},
		{"ro", "1200 de oameni, 3,5 la sută", "1200 de oameni|1200|people;3,5 la sută|3.5|%"},
		{"it", "al 3,5 per cento", "3,5 per cento|3.5|%"},
		{"sv", "2 miljarder kronor och 1200 personer",
		 "2 miljarder kronor|2000000000|SEK;1200 personer|1200|people"},
		{"es", "2 millones de personas", "2 millones de personas|2000000|people"},
		{"en", "3 of them", ""},
		{"de", "1 Billion Euro", "1 Billion Euro|1000000000000|EUR"},
		{"de", "1.200 Menschen", "1.200 Menschen|1200|people"},
		{"de", "30 Prozent", "30 Prozent|30|%"},
		{"de", "3 Mio. Dollar", "3 Mio. Dollar|3000000|USD"},
		{"de", "500 Soldaten", "500 Soldaten|500|soldat"},
		{"fr", "3 milliards d'euros", "3 milliards d'euros|3000000000|EUR"},
		{"fr", "3 milliards d’euros", "3 milliards d’euros|3000000000|EUR"},
		{"fr", "200 livres turques", "200 livres turques|200|TRY"},
		{"de", "5 US-Dollar", "5 US-Dollar|5|USD"},
		{"uk", "5 українських гривень", "5 українських гривень|5|UAH"},
		{"fr", "12,5 %", "12,5 %|12.5|%"},
		{"fr", "1 200 personnes", "1 200 personnes|1200|people"},
		{"es", "3 millones de euros", "3 millones de euros|3000000|EUR"},
		{"es", "20 por ciento", "20 por ciento|20|%"},
		{"es", "5 mil millones", "5 mil millones|5000000000|"},
		{"pt", "7 bilhões de euros", "7 bilhões de euros|7000000000|EUR"},
		{"pt", "2,5 mil milhões de euros", "2,5 mil milhões de euros|2500000000|EUR"},
		{"pt", "300 mil euros", "300 mil euros|300000|EUR"},
		{"pt", "1 milhão de dólares", "1 milhão de dólares|1000000|USD"},
		{"nl", "1,5 miljard euro", "1,5 miljard euro|1500000000|EUR"},
		{"nl", "250 duizend euro", "250 duizend euro|250000|EUR"},
		{"nl", "3 miljoen dollar", "3 miljoen dollar|3000000|USD"},
		{"it", "3 miliardi di euro", "3 miliardi di euro|3000000000|EUR"},
		{"it", "500 mila euro", "500 mila euro|500000|EUR"},
		{"el", "7 δισεκατομμυρίων ευρώ", "7 δισεκατομμυρίων ευρώ|7000000000|EUR"},
		{"el", "2,5 δισ. ευρώ", "2,5 δισ. ευρώ|2500000000|EUR"},
		{"el", "3 εκατομμύρια δολάρια", "3 εκατομμύρια δολάρια|3000000|USD"},
		{"tr", "7 milyar euroluk", "7 milyar euroluk|7000000000|EUR"},
		{"tr", "300 milyon dolar", "300 milyon dolar|300000000|USD"},
		{"tr", "15 bin kişi", "15 bin kişi|15000|people"},
		{"el", "15 χιλιάδες άνθρωποι", "15 χιλιάδες άνθρωποι|15000|people"},
		{"pt", "200 pessoas", "200 pessoas|200|people"},
	};
	run(k, N(k));
}

/* Two numbers joined by a word share the unit written after the second. */
static void test_connected(void **state)
{
	(void)state;
	static const kase k[] = {
		{"ru", "от 5 до 10 млн рублей", "5 до 10 млн рублей|5000000|RUB;10 млн рублей|10000000|RUB"},
		{"pl", "51 do 49 proc.", "51 do 49 proc.|51|%;49 proc.|49|%"},
		{"bg", "между 40 и 45 милиарда евро",
		 "40 и 45 милиарда евро|40000000000|EUR;45 милиарда евро|45000000000|EUR"},
		{"en", "$5 to $10 million", "$5 to $10 million|5000000|USD;$10 million|10000000|USD"},
		{"cs", "30 až 40 lidí", "30 až 40 lidí|30|people;40 lidí|40|people"},
		{"cs", "80 až 115 milionů tun", "80 až 115 milionů tun|80000000000|kg;115 milionů tun|115000000000|kg"},
		/* a year before "a"/"in" is not the first of two quantities */
		{"cs", "v roce 2022 a 29 milionů tun", "29 milionů tun|29000000000|kg"},
		{"sl", "2017 in 43 odstotkov", "43 odstotkov|43|%"},
		/* a list word does not join counts */
		{"sk", "osiach 1 a 2 zamerané", ""},
		{"sl", "1,7 do 1,8 miligrama", "1,7 do 1,8 miligrama|1.7e-06|kg;1,8 miligrama|1.8e-06|kg"},
	};
	run(k, N(k));
}

/* Number words before a magnitude. */
static void test_number_words(void **state)
{
	(void)state;
	static const kase k[] = {
		{"cs", "Projekt za tři miliardy eur", "tři miliardy eur|3000000000|EUR"},
		{"ru", "Два миллиона человек", "Два миллиона человек|2000000|people"},
		{"ru", "полтора миллиона долларов", "полтора миллиона долларов|1500000|USD"},
		{"pl", "trzy miliony osób", "trzy miliony osób|3000000|people"},
		{"sl", "tri milijarde dolarjev", "tri milijarde dolarjev|3000000000|USD"},
		{"bg", "един милиард евро", "един милиард евро|1000000000|EUR"},
		{"en", "a billion dollars", "a billion dollars|1000000000|USD"},
		{"en", "two million people", "two million people|2000000|people"},
		/* without a magnitude a number word is not read */
		{"ru", "три человека и один из них", ""},
		{"en", "one of the two", ""},
		{"cs", "pět miliard prý", "pět miliard|5000000000|"},
	};
	run(k, N(k));
}

/* Numbers that are not quantities. */
static void test_not_quantities(void **state)
{
	(void)state;
	static const kase k[] = {
		{"ru", "в 2019 году", ""},
		{"ru", "в 2019 г. и 1990 г.", ""},
		{"en", "in 2019 Brexit", ""},
		{"pl", "w 2018 r.", ""},
		{"ru", "26 ноября", ""},
		{"ru", "15 янв. 2020", ""},
		{"uk", "3 квітня", ""},
		{"bg", "5 март", ""},
		{"pl", "5 marca", ""},
		{"cs", "12. března", ""},
		{"sl", "22. januarja", ""},
		{"en", "on 5 March", ""},
		{"de", "am 3. Oktober", ""},
		{"ru", "в 21:40", ""},
		{"ru", "тел. +7 495 123-45-67", ""},
		{"en", "call 555-123-4567", ""},
		{"ru", "5-й этап", ""},
		{"ru", "90-х годах", ""},
		{"en", "an 11-year-old girl", ""},
		{"en", "the 5th round", ""},
		{"ru", "COVID-19 и Су-27", ""},
		{"en", "G20 summit, MH17 crash, 5G networks", ""},
		{"en", "Nord Stream 2 pipeline", ""},
		{"pl", "Nord Stream 2 została", ""},
		{"en", "the S&P 500 dropped 2.9%", "2.9%|2.9|%"},
		{"ru", "статьи 50 Лиссабонского", ""},
		/* A count of a noun is a whole number: a decimal before a
		 * word is a measure without its unit. */
		{"pl", "o sile 6,4 nawiedziło", ""},
		{"en", "a 6.4 earthquake", ""},
		/* The passive auxiliary is no counted noun. */
		{"pl", "600 zostało rannych", ""},
		{"pl", "artykułu 50 traktatu", ""},
		{"en", "Article 50 talks", ""},
		{"en", "2018-07-09", ""},
		{"cs", "dne 12.03.2019", ""},
		{"de", "am 12.03. begann", ""},
		{"ru", "1. Первый пункт\n2. Второй", ""},
		{"en", "score 5-3 win", ""},
		{"en", "2014-2020 budget", ""},
		{"ru", "и 12 и 14", ""},
		{"en", "3/4 of", ""},
		{"en", "version 2.0.1", ""},
		{"ru", "№ 5 дом", ""},
		{"sl", "ob 6. uri", ""},
		{"ru", "в 19.00 можно", ""},
		{"uk", "Рік 2007 М'яка палітурка", ""},
		{"sl", "trenutno 335 teh vozil", ""},
		{"sl", "ob 6.40 zjutraj", ""},
		{"en", "19 and 382 respectively", ""},
	};
	run(k, N(k));
}

/* Every CLDR (ICU) name of the common currencies, in every plural form of
 * the twelve languages, written after a number, gives its ISO code. */
/* An earthquake's magnitude, by the word before or after the number or
 * the Richter scale named after it, in any of the languages; not a
 * number outside 1-10, nor one the clause does not join to the word. */
static void test_earthquake_magnitudes(void **state)
{
	(void)state;
	static const kase k[] = {
		{"en", "a magnitude 6.4 earthquake", "magnitude 6.4|6.4|magnitude"},
		{"en", "a magnitude of 7.1 quake", "magnitude of 7.1|7.1|magnitude"},
		{"en", "the 7.2-magnitude quake", "7.2-magnitude|7.2|magnitude"},
		{"en", "it measured 6.8 on the Richter scale", "6.8|6.8|magnitude"},
		{"pl", "o magnitudzie 6,4 nawiedziło", "magnitudzie 6,4|6.4|magnitude"},
		{"ru", "землетрясение магнитудой 7,8 произошло", "магнитудой 7,8|7.8|magnitude"},
		{"ru", "силой 6,1 балла по шкале Рихтера", "6,1|6.1|magnitude"},
		{"bg", "земетресение с магнитуд 7,8 разтърси", "магнитуд 7,8|7.8|magnitude"},
		{"uk", "землетрус магнітудою 5,5 стався", "магнітудою 5,5|5.5|magnitude"},
		{"cs", "zemětřesení o magnitudě 6,3 zasáhlo", "magnitudě 6,3|6.3|magnitude"},
		{"en", "magnitude 12.5 is no quake", ""},
		{"en", "a magnitude 7 quake", "magnitude 7|7|magnitude"},
		{"en", "Officials said , after a 6 . 1 magnitude earthquake hit , that roads , bridges and homes fell .",
		 "6 . 1 magnitude|6.1|magnitude"},
		{"en", "It was hit , officials said , by a magnitude 4 . 6 earthquake , the third , that night .",
		 "magnitude 4 . 6|4.6|magnitude"},
		{"en", "magnitude 12 or more", ""},
		{"en", "magnitude, 6.4 million people", "6.4 million people|6400000|people"},
	};
	run(k, N(k));
}

/* Corpora tokenise a decimal point as a full stop ("2 . 6 million"):
 * in a text whose punctuation is spaced off its words, a short number,
 * " . " and one or two digits before a lower-case word or a percent
 * sign are one decimal; a year before a sentence's end is not, nor is
 * such a pair in a text written as usual. */
static void test_tokenised_decimals(void **state)
{
	(void)state;
	static const kase k[] = {
		{"en", "The company , he said , lost 2 . 6 million dollars , or 46 . 8 percent , last year .",
		 "2 . 6 million dollars|2600000|USD;46 . 8 percent|46.8|%"},
		{"en", "It happened , he said , in 1990 . 5 people died , and 3 were hurt .",
		 "5 people|5|people"},
		{"en", "Version 2. 6 million people use it, he said.", "6 million people|6000000|people"},
	};
	run(k, N(k));
}

static void test_cldr_currency_names(void **state)
{
	(void)state;
	static const char *const locs[] = {"ru", "uk", "bg", "pl", "cs", "sk",
					   "sl", "hr", "en", "de", "fr", "es"};
	static const char *const curs[] = {"USD", "EUR", "GBP", "RUB", "UAH", "BGN", "PLN",
					   "CZK", "CHF", "JPY", "CNY", "HUF", "INR", "TRY"};
	static const char *const forms[] = {"one", "few", "many", "other", NULL};
	/* Two adjectives before the noun (the scanner skips only one word);
	 * Czech "jen" is far more often "only" than the yen. */
	static const char *const known[] = {"poljski novi zlot", "nove turške lire",
					    "nova turška lira", "japonský jen"};
	td_arena *ar = td_arena_create();
	int bad = 0, total = 0;
	for (size_t l = 0; l < N(locs); l++)
		for (size_t c = 0; c < N(curs); c++)
			for (int f = 0; f < 5; f++) {
				UChar cu[4];
				u_uastrcpy(cu, curs[c]);
				UErrorCode ec = U_ZERO_ERROR;
				UBool choice;
				int32_t len;
				const UChar *nm =
					forms[f] ? ucurr_getPluralName(cu, locs[l], &choice, forms[f], &len, &ec)
						 : ucurr_getName(cu, locs[l], UCURR_LONG_NAME, &choice, &len, &ec);
				if (U_FAILURE(ec) || !nm)
					continue;
				char text[256] = "5 ";
				int32_t n8;
				ec = U_ZERO_ERROR;
				u_strToUTF8(text + 2, sizeof(text) - 3, &n8, nm, len, &ec);
				if (U_FAILURE(ec))
					continue;
				int skip = 0;
				for (size_t k = 0; k < N(known); k++)
					skip |= strstr(text, known[k]) != NULL;
				if (skip)
					continue;
				td_number v[4];
				size_t n = td_numbers_scan(text, strlen(text), locs[l], v, 4, ar);
				total++;
				if (n != 1 || strcmp(v[0].unit, curs[c])) {
					print_error("[%s] %s -> %s\n", locs[l], text, n ? v[0].unit : "-");
					bad++;
				}
			}
	td_arena_destroy(ar);
	assert_true(total > 500);
	assert_int_equal(bad, 0);
}

static void test_limits(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_number v[2];
	const char *t = "5% 6% 7% 8%";
	assert_int_equal(td_numbers_scan(t, strlen(t), "en", v, 2, ar), 2);
	assert_true(fabs(v[1].value - 6) < 1e-9);
	/* Junk and edge input never crash. */
	const char *junk = "\xff\xfe 12\xc2 %\xe2\x80 999999999999999999999 $ 3, 4. -";
	td_numbers_scan(junk, strlen(junk), "", v, 2, ar);
	td_numbers_scan("7", 1, NULL, v, 2, ar);
	assert_int_equal(td_numbers_scan("", 0, "ru", v, 2, ar), 0);
	/* Thirteen groups of digits: one number of twelve groups at most
	 * (the thirteenth once overflowed the parser's group array). */
	const char *groups = "1,2,3,4,5,6,7,8,9,1,2,3,4,5";
	assert_true(td_numbers_scan(groups, strlen(groups), "en", v, 2, ar) <= 2);
	td_arena_destroy(ar);
}

static void test_article(void **state)
{
	(void)state;
	td_arena *ar = td_arena_create();
	td_article a;
	td_article_init(&a);
	a.text = "Title 5%\nBody with 3 млн долларов and 40 tys. osób.";
	a.text_len = strlen(a.text);
	memcpy(a.lang, "ru", 3);
	assert_int_equal(td_numbers_article(&a, ar), 0);
	assert_int_equal(a.nnumbers, 3);
	assert_string_equal(a.numbers[1].unit, "USD");
	assert_true(fabs(a.numbers[1].value - 3e6) < 1e-3);
	assert_string_equal(a.numbers[2].unit, "people");
	/* More quantities than the first array holds. */
	char big[8192];
	size_t n = 0;
	for (int i = 0; i < 300; i++)
		n += (size_t)snprintf(big + n, sizeof(big) - n, "%d%% ", i + 1);
	a.text = big;
	a.text_len = n;
	assert_int_equal(td_numbers_article(&a, ar), 0);
	assert_int_equal(a.nnumbers, 300);
	assert_true(fabs(a.numbers[299].value - 300) < 1e-9);
	td_arena_destroy(ar);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_brief_examples), cmocka_unit_test(test_russian),
		cmocka_unit_test(test_ukrainian_bulgarian), cmocka_unit_test(test_west_slavic),
		cmocka_unit_test(test_south_slavic), cmocka_unit_test(test_west_european),
		cmocka_unit_test(test_connected), cmocka_unit_test(test_number_words),
		cmocka_unit_test(test_not_quantities),
		cmocka_unit_test(test_earthquake_magnitudes),
		cmocka_unit_test(test_tokenised_decimals),
		cmocka_unit_test(test_cldr_currency_names),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_article),
	};
	return cmocka_run_group_tests_name("numbers", tests, NULL, NULL);
}
