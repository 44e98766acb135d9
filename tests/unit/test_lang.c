/* test_lang.c - language identification on real sentences, hard pairs included. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>

#include "tidings/error.h"
#include "tidings/lang.h"

typedef struct {
	const char *code, *text;
} sample;

/* Single sentences of real text: news from the BSNLP shared-task data,
 * software translations (gettext / LibreOffice) and the Universal
 * Declaration of Human Rights for languages without news here. */
static const sample samples[] = {
	/* Cyrillic */
	{"ru", "Новым министром по Brexit сегодня был назначен экс-министр по делам жилищного строительства Доминик Рааб."},
	{"ru", "В тот же день в Пакистане начались протесты, участники которых выражали гнев в связи с решением суда."},
	{"uk", "Шотландія і Північна Ірландія в основному проголосували за збереження членства Сполученого Королівства в ЄС."},
	{"uk", "Чоловік Бібі Ашіг Масіх повідомив DW, що він шокований рішенням уряду домовитися з ісламістами."},
	{"bg", "Това би довело до 482 000 по-малко работни места във Великобритания и до загуба от 46,8 млрд. паунда инвестиции."},
	{"bg", "Когато я попитали как прекарва времето си, Азия Биби отвърнала: \"Аз вече нямам усет за време.\""},
	{"be", "Усе людзі нараджаюцца свабоднымі і роўнымі ў сваёй годнасці і правах."},
	{"be", "Не ўдалося загрузіць анімацыйны файл: прычына невядомая, відаць, файл пашкоджаны."},
	{"mk", "Генералното собрание ја прогласува оваа Универзална декларација на човековите права како општ стандард."},
	{"mk", "Се користи за известување кога насловот на табелата е променет; ова својство не треба да се користи."},
	{"sr", "Немојте инсталирати ове пакете осим ако нисте сигурни да је безбедно."},
	{"sr", "Ову општу декларацију о правима човека као заједнички домет који треба да постигну сви народи и све нације."},
	{"kk", "Адам құқықтарының жалпыға бірдей Декларациясын бүкіл халықтар мен мемлекеттердің ұмтылыстары арқылы."},
	{"kk", "Мәтін бос болды немесе тек бос аралықтан тұрды."},
	{"ky", "Ар бир адам жана коомдун ар бир органы ушул Декларацияны дайыма эске алып, агартуу жана билим берүү аркылуу."},
	{"ky", "Кошулуучу папка бузук: берилген ат бош."},
	/* Latin Slavic, hard pairs */
	{"pl", "Jej sprawa ma początek w czerwcu 2009 roku, kiedy Bibi poszła po wodę dla siebie i innych kobiet pracujących przy zbiórce owoców."},
	{"pl", "Jednak największy problem, jaki nadal wisi nad rozmowami o brexicie, to niewiadoma, jakich relacji z Unią chce Londyn."},
	{"cs", "Informovala o tom dnes agentura Reuters s odvoláním na tři bezpečnostní zdroje."},
	{"cs", "Demonstranti požadovali, aby žena byla veřejně oběšena a s ní i trojice soudců, kteří křesťanku osvobodili."},
	{"sk", "Cieľom je, aby zdaňovanie príjmov právnických osôb bolo spravodlivé a v prospech hospodárskeho rastu, uviedla komisia vo vyhlásení."},
	{"sk", "Je presvedčený, že je chybou, že sa tak v Líbyi, ako i v Iraku násilne zvrhol režim."},
	/* names that the Czech training news knows better than the Slovak */
	{"sk", "Donald Trump v Kallstadte nikdy nebol, za to tam ale bol pred rokmi na návšteve jeden jeho blízky príbuzný z USA."},
	{"sl", "Toda nedogovorjen odhod iz EU oziroma trgovina po načelih WTO bo močno prizadela posel na tej relaciji."},
	{"sl", "Le nekaj dni po sporu je lokalna mošeja delila obtožbe, da je Bibijeva storila kaznivo dejanje bogokletstva."},
	{"hr", "Komisija poziva Hrvatsku i da ukine diskriminatorna pravila u pogledu ribolovnih dozvola."},
	{"hr", "Pad trenutne hrvatske vlade dogodio se prvenstveno zbog opstrukcije bilo kakvoj lustraciji, jer je Karamarkov HDZ prevario svoje birače."},
	{"sr", "Ovu opštu deklaraciju o pravima čoveka kao zajednički domet koji treba da postignu svi narodi i sve nacije."},
	{"sr", "Bio je neuspeo pokušaj prijave od poslednje uspešne prijave."},
	{"bs", "Ne mogu da obezbjedim memoriju za učitavanje PNM slike."},
	/* major languages */
	{"en", "Package and version choices can be expressed via the preferences file."},
	{"en", "The earthquake struck shortly after midnight, killing at least twelve people and injuring dozens more."},
	{"de", "Geben Sie den Namen des Benutzers ein, der entfernt werden soll."},
	{"fr", "Voulez-vous autoriser l'installation du logiciel non signé ?"},
	{"es", "El servicio de autenticación no puede recuperar las credenciales del usuario."},
	{"it", "Credenziali insufficienti per accedere ai dati di autenticazione."},
	{"pt", "Autenticação é necessária para alterar os parâmetros de repositório de software."},
	{"nl", "U mag geen gebruiker verwijderen uit zijn/haar primaire groep."},
	/* scripts of one language */
	{"el", "Όλοι οι άνθρωποι γεννιούνται ελεύθεροι και ίσοι στην αξιοπρέπεια και τα δικαιώματα."},
	{"ja", "すべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。"},
	{"zh", "人人生而自由，在尊严和权利上一律平等。"},
	{"ko", "모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다."},
};

static void test_samples(void **state)
{
	(void)state;
	assert_int_equal(td_lang_init(), 0);
	int bad = 0;
	for (size_t i = 0; i < sizeof(samples) / sizeof(samples[0]); i++) {
		td_lang_result r;
		assert_int_equal(td_lang_detect(samples[i].text, strlen(samples[i].text), &r), 0);
		if (strcmp(r.code, samples[i].code)) {
			fprintf(stderr, "want %s, got %s: %s\n", samples[i].code, r.code, samples[i].text);
			bad++;
		}
		assert_true(r.confidence > 0.0f && r.confidence <= 1.0f);
	}
	assert_int_equal(bad, 0);
}

static void test_undecidable(void **state)
{
	(void)state;
	td_lang_result r;
	const char *none[] = {"", "12345 67,89 %", "— ... !!! ???", "\xe2\x82\xac 100"};
	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++) {
		assert_int_equal(td_lang_detect(none[i], strlen(none[i]), &r), 0);
		assert_string_equal(r.code, "");
		assert_true(r.confidence == 0.0f);
	}
	assert_int_equal(td_lang_detect(NULL, 0, &r), 0);
	assert_string_equal(r.code, "");
	assert_int_equal(td_lang_detect("x", 1, NULL), TD_ERR_INVAL);
}

static void test_invalid_utf8(void **state)
{
	(void)state;
	/* broken sequences are skipped like punctuation */
	const char s[] = "Komisija \xff\xfe poziva Hrvatsku \xc3 i da ukine diskriminatorna pravila \xe2\x82";
	td_lang_result r;
	assert_int_equal(td_lang_detect(s, sizeof(s) - 1, &r), 0);
	assert_true(r.code[0] != 0);
}

static void test_bounded_prefix(void **state)
{
	(void)state;
	/* a long article: only its start is read, so trailing text in
	 * another language does not change the answer */
	const char *ru = "Новым министром по Brexit сегодня был назначен экс-министр по делам "
			 "жилищного строительства Доминик Рааб. ";
	const char *en = "The earthquake struck shortly after midnight, killing people. ";
	size_t cap = 1 << 20, n = 0;
	char *buf = malloc(cap);
	assert_non_null(buf);
	for (int i = 0; i < 40; i++) {
		memcpy(buf + n, ru, strlen(ru));
		n += strlen(ru);
	}
	while (n + strlen(en) < cap) {
		memcpy(buf + n, en, strlen(en));
		n += strlen(en);
	}
	td_lang_result r;
	assert_int_equal(td_lang_detect(buf, n, &r), 0);
	assert_string_equal(r.code, "ru");
	assert_true(r.confidence > 0.9f);
	free(buf);
}

static void test_mixed_script_names(void **state)
{
	(void)state;
	/* Latin names inside Cyrillic text do not decide the language */
	const char *s = "Премьер-министр Великобритании Theresa May и глава Еврокомиссии "
			"Jean-Claude Juncker обсудили условия выхода страны из Евросоюза.";
	td_lang_result r;
	assert_int_equal(td_lang_detect(s, strlen(s), &r), 0);
	assert_string_equal(r.code, "ru");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_samples),
		cmocka_unit_test(test_undecidable),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_bounded_prefix),
		cmocka_unit_test(test_mixed_script_names),
	};
	return cmocka_run_group_tests_name("lang", tests, NULL, NULL);
}
