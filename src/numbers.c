/* numbers.c - quantities in news text: percent, money, measures, counts with their noun.
 *
 * One left-to-right pass over the text. At each number that starts a
 * token the scanner reads the digits with their separators, looks left
 * for a currency sign, and reads the words to its right through a small
 * lower-cased window on the stack: magnitude ("млн", "bn"), currency
 * ("рублей", "zł", "€"), percent, unit of measure, or the counted noun.
 * Words are matched against the built-in lexicon below (exact words or
 * stems of inflected forms, for the twelve languages of the module's
 * header). Memory: nothing per token; the result array and its strings
 * live in the caller's arena (about 64 bytes per quantity). */
#include "tidings/numbers.h"

#include <libstemmer.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <unicode/uchar.h>

#include "tidings/error.h"
#include "tidings/utf8.h"

/* ---- lexicon ------------------------------------------------------- */

enum {
	K_MAG = 1,   /* magnitude; e = power of ten */
	K_CUR,       /* currency; unit = ISO 4217 code (the family default) */
	K_ADJ,       /* currency adjective; unit = country tag */
	K_STERL,     /* "sterling" after a pound */
	K_PCT,       /* percent or percentage points; unit */
	K_MEAS,      /* unit of measure; unit, e = power of ten to the SI unit */
	K_NOUN,      /* cross-lingual count noun; unit */
	K_MONTH,     /* a month name: the number is a date */
	K_YEAR,      /* a year word ("году", "r."): the number is a year */
	K_NUMW       /* a number word before a magnitude ("три миллиона"); unit = value */
};

enum {
	F_EXACT = 1,  /* the whole word, not a stem */
	F_DOT = 2,    /* may be followed by an abbreviation dot, taken with it */
	F_MONEY = 4   /* magnitude only after a currency sign ("$5m", "€50k") */
};

typedef struct {
	const char *w;
	unsigned char kind, flags;
	signed char e;
	const char *unit;
	const char *langs; /* space-separated ISO 639-1 codes, NULL for all */
} lex;

#define MAG(w, f, e, l) {w, K_MAG, f, e, NULL, l}
#define CUR(w, f, u, l) {w, K_CUR, f, 0, u, l}
#define ADJ(w, c) {w, K_ADJ, 0, 0, c, NULL}
#define PCT(w, f, u, l) {w, K_PCT, f, 0, u, l}
#define MEAS(w, f, e, u, l) {w, K_MEAS, f, e, u, l}
#define NOUN(w, f, u, l) {w, K_NOUN, f, 0, u, l}
#define MON(w, f, l) {w, K_MONTH, f, 0, NULL, l}
#define YEAR(w, f, l) {w, K_YEAR, f, 0, NULL, l}
#define NUMW(w, v, l) {w, K_NUMW, F_EXACT, 0, v, l}
#define X F_EXACT
#define XD (F_EXACT | F_DOT)

static const lex LEX[] = {
	/* Magnitudes. */
	MAG("тыс", XD, 3, NULL), MAG("тысяч", 0, 3, NULL), MAG("тис", XD, 3, NULL),
	MAG("тисяч", 0, 3, NULL), MAG("хил", XD, 3, NULL), MAG("хиляд", 0, 3, NULL),
	MAG("tys", XD, 3, NULL), MAG("tysiąc", 0, 3, NULL), MAG("tysięc", 0, 3, NULL),
	MAG("tysiące", 0, 3, NULL), MAG("tis", XD, 3, NULL), MAG("tisíc", 0, 3, NULL),
	MAG("tisoč", 0, 3, NULL), MAG("tisuć", 0, 3, NULL), MAG("tisuća", 0, 3, NULL),
	MAG("thousand", 0, 3, NULL), MAG("tausend", 0, 3, NULL), MAG("tsd", XD, 3, NULL),
	MAG("mille", X, 3, "fr"), MAG("mil", X, 3, "es pt"), MAG("k", X | F_MONEY, 3, NULL),
	MAG("хиљад", 0, 3, NULL), MAG("hiljad", 0, 3, NULL), MAG("duizend", 0, 3, "nl"),
	MAG("mila", X, 3, "it"), MAG("χιλιάδ", 0, 3, NULL), MAG("bin", X, 3, "tr"),
	MAG("млн", XD, 6, NULL), MAG("миллион", 0, 6, NULL), MAG("мільйон", 0, 6, NULL),
	MAG("милион", 0, 6, NULL), MAG("mln", XD, 6, NULL), MAG("milion", 0, 6, NULL),
	MAG("milión", 0, 6, NULL), MAG("milijon", 0, 6, NULL), MAG("milijun", 0, 6, NULL),
	MAG("mil", XD, 6, "cs sk"), MAG("million", 0, 6, NULL), MAG("mio", XD, 6, NULL),
	MAG("millón", 0, 6, NULL), MAG("millon", 0, 6, NULL), MAG("mn", X, 6, "en"),
	MAG("m", X | F_MONEY, 6, NULL), MAG("milhão", X, 6, "pt"), MAG("milhões", X, 6, "pt"),
	MAG("miljoen", 0, 6, "nl"), MAG("εκατομμ", 0, 6, NULL), MAG("εκατ", XD, 6, "el"),
	MAG("milyon", 0, 6, "tr"), MAG("millió", 0, 6, "hu"), MAG("miljon", 0, 6, "sv"),
	MAG("miljoon", 0, 6, "fi"), MAG("ezer", X, 3, "hu"), MAG("tusen", X, 3, "sv no nb"),
	MAG("tusind", X, 3, "da"), MAG("tuhat", 0, 3, "fi"),
	MAG("млрд", XD, 9, NULL), MAG("миллиард", 0, 9, NULL), MAG("мільярд", 0, 9, NULL),
	MAG("милиард", 0, 9, NULL), MAG("mld", XD, 9, NULL), MAG("miliard", 0, 9, NULL),
	MAG("milijard", 0, 9, NULL), MAG("miliárd", 0, 9, NULL), MAG("billion", 0, 12, "de fr"), MAG("billion", 0, 9, NULL),
	MAG("bn", X, 9, NULL), MAG("bln", XD, 12, "pl"), MAG("bln", XD, 9, NULL),
	MAG("mrd", XD, 9, NULL), MAG("milliard", 0, 9, NULL), MAG("millardo", 0, 9, NULL),
	MAG("mil millones", 0, 9, "es"), MAG("b", X | F_MONEY, 9, NULL),
	MAG("милијард", 0, 9, NULL), MAG("miljard", 0, 9, "nl sv fi"), MAG("milliárd", 0, 9, "hu"), MAG("bilhão", X, 9, "pt"),
	MAG("bilhões", X, 9, "pt"), MAG("mil milhões", 0, 9, "pt"), MAG("bilião", X, 12, "pt"),
	MAG("biliões", X, 12, "pt"), MAG("trilhão", X, 12, "pt"), MAG("trilhões", X, 12, "pt"),
	MAG("biljoen", 0, 12, "nl"), MAG("δισεκατομμ", 0, 9, NULL), MAG("δισ", XD, 9, "el"),
	MAG("milyar", 0, 9, "tr"), MAG("τρισεκατομμ", 0, 12, NULL), MAG("trilyon", 0, 12, "tr"),
	MAG("трлн", XD, 12, NULL), MAG("триллион", 0, 12, NULL), MAG("трильйон", 0, 12, NULL),
	MAG("трилион", 0, 12, NULL), MAG("bilion", 0, 12, NULL), MAG("bilión", 0, 12, NULL),
	MAG("bilijon", 0, 12, NULL), MAG("bilijun", 0, 12, NULL), MAG("trillion", 0, 12, NULL),
	MAG("tn", X, 12, "en"), MAG("billón", 0, 12, NULL), MAG("billon", 0, 12, "es"),

	/* Currencies; the unit is the family's default code (see adj_code). */
	CUR("$", 0, "USD", NULL), CUR("usd", X, "USD", NULL), CUR("долл", XD, "USD", NULL),
	CUR("доллар", 0, "USD", NULL), CUR("долар", 0, "USD", NULL), CUR("дол", XD, "USD", NULL),
	CUR("dolar", 0, "USD", NULL), CUR("dolár", 0, "USD", NULL), CUR("dollar", 0, "USD", NULL),
	CUR("dólar", 0, "USD", NULL), CUR("dol", XD, "USD", "pl cs sk sl hr"),
	CUR("€", 0, "EUR", NULL), CUR("eur", XD, "EUR", NULL), CUR("euro", X, "EUR", NULL),
	CUR("euros", X, "EUR", NULL), CUR("eura", X, "EUR", NULL), CUR("eurů", X, "EUR", NULL),
	CUR("eurách", X, "EUR", NULL), CUR("eurach", X, "EUR", NULL), CUR("eurov", X, "EUR", NULL),
	CUR("евро", X, "EUR", NULL), CUR("євро", X, "EUR", NULL), CUR("евра", X, "EUR", NULL),
	CUR("евру", X, "EUR", NULL), CUR("евром", X, "EUR", NULL), CUR("evrov", X, "EUR", NULL),
	CUR("evra", X, "EUR", NULL), CUR("evro", X, "EUR", NULL), CUR("evrih", X, "EUR", NULL),
	CUR("evri", X, "EUR", NULL), CUR("evrom", X, "EUR", NULL), CUR("ευρώ", X, "EUR", NULL),
	CUR("euroluk", X, "EUR", "tr"), CUR("δολάρ", 0, "USD", NULL), CUR("δολαρ", 0, "USD", NULL),
	CUR("ρούβλ", 0, "RUB", NULL),
	CUR("£", 0, "GBP", NULL), CUR("gbp", X, "GBP", NULL), CUR("фунт", 0, "GBP", NULL),
	CUR("паунд", 0, "GBP", NULL), CUR("funt", 0, "GBP", NULL), CUR("pound", 0, "GBP", NULL),
	CUR("pfund", 0, "GBP", NULL), CUR("liber", X, "GBP", "cs sk"),
	CUR("libra", 0, "GBP", "cs sk es"), CUR("libry", X, "GBP", "cs sk"),
	CUR("libier", X, "GBP", "sk"), CUR("livre", 0, "GBP", "fr"),
	CUR("лир", 0, "GBP", "bg"), CUR("лир", 0, "TRY", NULL), CUR("lir", 0, "TRY", NULL),
	CUR("ліра", X, "TRY", NULL), CUR("ліри", X, "TRY", NULL), CUR("лір", X, "TRY", NULL),
	CUR("líra", X, "TRY", NULL), CUR("líry", X, "TRY", NULL), CUR("lír", X, "TRY", NULL),
	CUR("lira", X, "TRY", NULL), CUR("lire", X, "TRY", NULL), CUR("liras", X, "TRY", NULL),
	CUR("₽", 0, "RUB", NULL), CUR("rub", X, "RUB", NULL), CUR("руб", XD, "RUB", NULL),
	CUR("рубл", 0, "RUB", NULL), CUR("рубл", 0, "RUB", NULL), CUR("rubl", 0, "RUB", NULL),
	CUR("rubel", 0, "RUB", NULL), CUR("rouble", 0, "RUB", NULL), CUR("ruble", 0, "RUB", NULL),
	CUR("rubľ", 0, "RUB", NULL), CUR("rublo", 0, "RUB", NULL), CUR("rubalj", 0, "RUB", NULL),
	CUR("rubeľ", X, "RUB", NULL),
	CUR("₴", 0, "UAH", NULL), CUR("uah", X, "UAH", NULL), CUR("грн", XD, "UAH", NULL),
	CUR("грив", 0, "UAH", NULL), CUR("hryw", 0, "UAH", NULL), CUR("hřiv", 0, "UAH", NULL),
	CUR("hryvn", 0, "UAH", NULL), CUR("hrivn", 0, "UAH", NULL), CUR("grivn", 0, "UAH", NULL),
	CUR("bgn", X, "BGN", NULL), CUR("лв", XD, "BGN", NULL), CUR("лев", X, "BGN", NULL),
	CUR("лева", X, "BGN", NULL), CUR("левов", X, "BGN", NULL), CUR("левів", X, "BGN", NULL),
	CUR("леви", X, "BGN", NULL), CUR("lev", X, "BGN", "en bg cs sk sl hr fr"), CUR("lew", X, "BGN", "de"),
	CUR("leva", X, "BGN", "en bg cs sk hr es"), CUR("levi", X, "BGN", "sl"),
	CUR("levov", X, "BGN", "sl"), CUR("lewa", X, "BGN", "pl"), CUR("lewy", X, "BGN", "pl"),
	CUR("lewów", X, "BGN", "pl"), CUR("lew", X, "BGN", "pl"), CUR("levs", X, "BGN", "fr"),
	CUR("levas", X, "BGN", "es"), CUR("couronne", 0, "CZK", "fr"), CUR("corona", 0, "CZK", "es"),
	CUR("roupie", 0, "INR", "fr"), CUR("yens", X, "JPY", NULL), CUR("yenes", X, "JPY", NULL),
	CUR("esloti", 0, "PLN", "es"), CUR("eurá", X, "EUR", NULL), CUR("hrivien", X, "UAH", NULL), CUR("leu", X, "RON", NULL), CUR("lei", X, "RON", "en ro"),
	CUR("pln", X, "PLN", NULL), CUR("zł", XD, "PLN", NULL), CUR("złot", 0, "PLN", NULL),
	CUR("zlot", 0, "PLN", NULL), CUR("злот", 0, "PLN", NULL),
	CUR("czk", X, "CZK", NULL), CUR("kč", XD, "CZK", NULL), CUR("korun", 0, "CZK", NULL),
	CUR("koruny", X, "CZK", NULL), CUR("korún", 0, "CZK", NULL), CUR("krun", 0, "CZK", "hr"), CUR("koron", 0, "CZK", NULL),
	CUR("крон", 0, "CZK", NULL), CUR("kron", 0, "CZK", NULL), CUR("krona", 0, "CZK", NULL),
	CUR("chf", X, "CHF", NULL), CUR("франк", 0, "CHF", NULL), CUR("frank", X, "CHF", NULL), CUR("franka", X, "CHF", NULL),
	CUR("franków", X, "CHF", NULL), CUR("frankov", X, "CHF", NULL), CUR("frankih", X, "CHF", NULL),
	CUR("franki", X, "CHF", NULL), CUR("franku", X, "CHF", NULL), CUR("franak", X, "CHF", NULL),
	CUR("franaka", X, "CHF", NULL), CUR("franků", X, "CHF", NULL), CUR("frankov", X, "CHF", NULL), CUR("franke", X, "CHF", NULL),
	CUR("franc", X, "CHF", NULL), CUR("francs", X, "CHF", NULL), CUR("franků", X, "CHF", NULL),
	CUR("franky", X, "CHF", NULL), CUR("franken", X, "CHF", NULL), CUR("franco", X, "CHF", "es"),
	CUR("francos", X, "CHF", NULL), CUR("jpy", X, "JPY", NULL), CUR("¥", 0, "JPY", NULL),
	CUR("иен", X, "JPY", NULL), CUR("иены", X, "JPY", NULL), CUR("иена", X, "JPY", NULL),
	CUR("йен", X, "JPY", NULL), CUR("йены", X, "JPY", NULL), CUR("йена", X, "JPY", NULL),
	CUR("йени", X, "JPY", NULL), CUR("єн", X, "JPY", NULL), CUR("єни", X, "JPY", NULL),
	CUR("єна", X, "JPY", NULL),
	CUR("jen", X, "JPY", "pl sk sl hr"), CUR("jenů", X, "JPY", NULL), CUR("jeny", X, "JPY", NULL),
	CUR("jenu", X, "JPY", NULL), CUR("jenów", X, "JPY", NULL), CUR("jena", X, "JPY", "pl sl hr"),
	CUR("jeni", X, "JPY", "sl"), CUR("jenov", X, "JPY", NULL), CUR("yen", X, "JPY", NULL),
	CUR("cny", X, "CNY", NULL), CUR("rmb", X, "CNY", NULL), CUR("юан", 0, "CNY", NULL),
	CUR("yuan", 0, "CNY", NULL), CUR("jüan", 0, "CNY", NULL), CUR("renminbi", X, "CNY", NULL), CUR("juan", 0, "CNY", "pl cs sk sl hr"),
	CUR("форинт", 0, "HUF", NULL), CUR("forint", 0, "HUF", NULL), CUR("huf", X, "HUF", NULL),
	CUR("kun", 0, "HRK", "hr sl"), CUR("hrk", X, "HRK", NULL),
	CUR("рупи", 0, "INR", NULL), CUR("рупі", 0, "INR", NULL), CUR("rupia", 0, "INR", NULL),
	CUR("rupii", X, "INR", NULL), CUR("rupij", 0, "INR", NULL), CUR("rupi", 0, "INR", NULL),
	CUR("rupe", 0, "INR", NULL), CUR("rúpi", 0, "INR", NULL), CUR("inr", X, "INR", NULL),
	CUR("pkr", X, "PKR", NULL), CUR("тенге", X, "KZT", NULL), CUR("tenge", X, "KZT", NULL),
	CUR("динар", 0, "RSD", NULL), CUR("dinar", 0, "RSD", NULL), CUR("rsd", X, "RSD", NULL),
	CUR("sek", X, "SEK", NULL), CUR("nok", X, "NOK", NULL), CUR("dkk", X, "DKK", NULL),
	CUR("kronor", X, "SEK", "sv"), CUR("kroner", X, "NOK", "no nb"), CUR("kroner", X, "DKK", "da"),
	CUR("euró", 0, "EUR", "hu"), CUR("dollár", 0, "USD", "hu"), CUR("euroa", X, "EUR", "fi"),
	CUR("cad", X, "CAD", NULL), CUR("aud", X, "AUD", NULL),

	/* Adjectives naming whose currency it is. */
	ADJ("американ", "us"), ADJ("amerykańsk", "us"), ADJ("americk", "us"),
	ADJ("amerišk", "us"), ADJ("američk", "us"), ADJ("american", "us"), ADJ("us", "us"),
	ADJ("британ", "gb"), ADJ("brytyjsk", "gb"), ADJ("britsk", "gb"), ADJ("britansk", "gb"),
	ADJ("british", "gb"), ADJ("канадск", "ca"), ADJ("канадськ", "ca"),
	ADJ("kanadyjsk", "ca"), ADJ("kanadsk", "ca"), ADJ("canadian", "ca"),
	ADJ("австралий", "au"), ADJ("австралійськ", "au"), ADJ("австралийск", "au"),
	ADJ("australi", "au"), ADJ("avstral", "au"), ADJ("турецк", "tr"), ADJ("турецьк", "tr"), ADJ("турск", "tr"),
	ADJ("tureck", "tr"), ADJ("turk", "tr"), ADJ("tursk", "tr"), ADJ("tchèqu", "cz"), ADJ("chec", "cz"), ADJ("japon", "jp"), ADJ("turšk", "tr"), ADJ("turqu", "tr"), ADJ("turc", "tr"), ADJ("белорус", "by"),
	ADJ("білорус", "by"), ADJ("беларус", "by"), ADJ("białorus", "by"), ADJ("běloru", "by"),
	ADJ("bieloru", "by"), ADJ("belarus", "by"), ADJ("российск", "ru"),
	ADJ("російськ", "ru"), ADJ("руск", "ru"), ADJ("rosyjsk", "ru"), ADJ("rusk", "ru"),
	ADJ("russian", "ru"), ADJ("швейцар", "ch"), ADJ("szwajcar", "ch"),
	ADJ("švýcar", "ch"), ADJ("švicar", "ch"), ADJ("švajčiar", "ch"), ADJ("swiss", "ch"),
	ADJ("шведск", "se"), ADJ("шведськ", "se"), ADJ("szwedzk", "se"), ADJ("švédsk", "se"),
	ADJ("švedsk", "se"), ADJ("swedish", "se"), ADJ("норвеж", "no"), ADJ("norwesk", "no"),
	ADJ("norsk", "no"), ADJ("norwegian", "no"), ADJ("датск", "dk"), ADJ("данськ", "dk"),
	ADJ("duńsk", "dk"), ADJ("dánsk", "dk"), ADJ("dansk", "dk"), ADJ("danish", "dk"),
	ADJ("чешск", "cz"), ADJ("чеськ", "cz"), ADJ("czesk", "cz"), ADJ("česk", "cz"),
	ADJ("češk", "cz"), ADJ("czech", "cz"), ADJ("пакистан", "pk"), ADJ("pakistań", "pk"),
	ADJ("pakistan", "pk"), ADJ("индийск", "in"), ADJ("індійськ", "in"),
	ADJ("индийски", "in"), ADJ("indyjsk", "in"), ADJ("indick", "in"), ADJ("indijsk", "in"),
	ADJ("indian", "in"), ADJ("сръбск", "rs"), ADJ("сербск", "rs"), ADJ("serbsk", "rs"),
	ADJ("srbsk", "rs"), ADJ("srpsk", "rs"), ADJ("serbian", "rs"),
	{"стерлинг", K_STERL, 0, 0, NULL, NULL}, {"стерлінг", K_STERL, 0, 0, NULL, NULL},
	{"sterling", K_STERL, 0, 0, NULL, NULL}, {"szterling", K_STERL, 0, 0, NULL, NULL},
	{"šterlink", K_STERL, 0, 0, NULL, NULL}, {"šterling", K_STERL, 0, 0, NULL, NULL},

	/* Percent and percentage points. */
	PCT("%", 0, "%", NULL), PCT("процент", 0, "%", NULL), PCT("відсот", 0, "%", NULL),
	PCT("proc", XD, "%", NULL), PCT("procent", 0, "%", NULL), PCT("percent", 0, "%", NULL),
	PCT("per cent", 0, "%", NULL), PCT("odstot", 0, "%", NULL), PCT("posto", X, "%", NULL),
	PCT("postot", 0, "%", NULL), PCT("prozent", 0, "%", NULL), PCT("pour cent", X, "%", NULL),
	PCT("por ciento", X, "%", NULL), PCT("pct", XD, "%", NULL), PCT("per cento", X, "%", NULL),
	PCT("por cento", X, "%", NULL), PCT("la sută", X, "%", NULL), PCT("százalék", 0, "%", NULL),
	PCT("prosent", 0, "%", NULL), PCT("τοις εκατό", X, "%", NULL),
	PCT("п.п.", 0, "pp", NULL), PCT("п. п.", 0, "pp", NULL), PCT("p.p.", 0, "pp", NULL),
	PCT("pp", XD, "pp", NULL), PCT("процентных пункт", 0, "pp", NULL),
	PCT("процентного пункт", 0, "pp", NULL), PCT("процентни пункт", 0, "pp", NULL),
	PCT("відсоткових пункт", 0, "pp", NULL), PCT("відсоткового пункт", 0, "pp", NULL),
	PCT("percentage point", 0, "pp", NULL), PCT("punktów procentowych", X, "pp", NULL),
	PCT("punkty procentowe", X, "pp", NULL), PCT("punkt procentowy", X, "pp", NULL),
	PCT("pkt proc", XD, "pp", NULL), PCT("procentních bodů", X, "pp", NULL),
	PCT("procentní bod", 0, "pp", NULL), PCT("percentuálneho bodu", X, "pp", NULL),
	PCT("percentuálnych bodov", X, "pp", NULL), PCT("odstotne točke", X, "pp", NULL),
	PCT("odstotnih točk", X, "pp", NULL), PCT("postotnih bodova", X, "pp", NULL),
	PCT("postotna bod", 0, "pp", NULL), PCT("prozentpunkt", 0, "pp", NULL),
	PCT("points de pourcentage", X, "pp", NULL), PCT("puntos porcentuales", X, "pp", NULL),

	/* Units of measure, to SI base units. */
	MEAS("km", X, 3, "m", NULL), MEAS("км", XD, 3, "m", NULL), MEAS("километр", 0, 3, "m", NULL),
	MEAS("кілометр", 0, 3, "m", NULL), MEAS("kilometr", 0, 3, "m", NULL),
	MEAS("kilometer", 0, 3, "m", NULL), MEAS("kilometre", 0, 3, "m", NULL),
	MEAS("kilomètre", 0, 3, "m", NULL), MEAS("kilómetro", 0, 3, "m", NULL),
	MEAS("m", X, 0, "m", NULL), MEAS("м", X, 0, "m", NULL), MEAS("метр", 0, 0, "m", NULL),
	MEAS("metr", 0, 0, "m", NULL), MEAS("meter", 0, 0, "m", NULL), MEAS("metre", 0, 0, "m", NULL),
	MEAS("cm", X, -2, "m", NULL), MEAS("см", XD, -2, "m", NULL), MEAS("mm", X, -3, "m", NULL),
	MEAS("мм", XD, -3, "m", NULL), MEAS("сантиметр", 0, -2, "m", NULL),
	MEAS("centimetr", 0, -2, "m", NULL), MEAS("centimeter", 0, -2, "m", NULL),
	MEAS("km2", X, 6, "m2", NULL), MEAS("km²", X, 6, "m2", NULL), MEAS("км2", X, 6, "m2", NULL),
	MEAS("км²", X, 6, "m2", NULL), MEAS("кв. км", XD, 6, "m2", NULL),
	MEAS("кв.км", XD, 6, "m2", NULL), MEAS("квадратных километр", 0, 6, "m2", NULL),
	MEAS("квадратни километр", 0, 6, "m2", NULL), MEAS("квадратних кілометр", 0, 6, "m2", NULL),
	MEAS("square kilomet", 0, 6, "m2", NULL), MEAS("kilometrów kwadratowych", X, 6, "m2", NULL),
	MEAS("km kw", XD, 6, "m2", NULL), MEAS("čtverečních kilometrů", X, 6, "m2", NULL),
	MEAS("kvadratnih kilometr", 0, 6, "m2", NULL), MEAS("m2", X, 0, "m2", NULL),
	MEAS("m²", X, 0, "m2", NULL), MEAS("м2", X, 0, "m2", NULL), MEAS("м²", X, 0, "m2", NULL),
	MEAS("кв. м", XD, 0, "m2", NULL), MEAS("кв.м", XD, 0, "m2", NULL),
	MEAS("квадратных метр", 0, 0, "m2", NULL), MEAS("square met", 0, 0, "m2", NULL),
	MEAS("ha", X, 4, "m2", NULL), MEAS("га", X, 4, "m2", NULL), MEAS("гектар", 0, 4, "m2", NULL),
	MEAS("hektar", 0, 4, "m2", NULL), MEAS("hectare", 0, 4, "m2", NULL),
	MEAS("hectárea", 0, 4, "m2", NULL),
	MEAS("m3", X, 0, "m3", NULL), MEAS("m³", X, 0, "m3", NULL), MEAS("м3", X, 0, "m3", NULL),
	MEAS("м³", X, 0, "m3", NULL), MEAS("куб. м", XD, 0, "m3", NULL),
	MEAS("куб.м", XD, 0, "m3", NULL), MEAS("куб м", XD, 0, "m3", NULL),
	MEAS("куб. метр", 0, 0, "m3", NULL), MEAS("куб", XD, 0, "m3", NULL), MEAS("куб метр", 0, 0, "m3", NULL),
	MEAS("кубометр", 0, 0, "m3", NULL), MEAS("кубических метр", 0, 0, "m3", NULL),
	MEAS("кубически метр", 0, 0, "m3", NULL), MEAS("кубични метр", 0, 0, "m3", NULL),
	MEAS("кубічних метр", 0, 0, "m3", NULL), MEAS("кубічні метр", 0, 0, "m3", NULL),
	MEAS("m sześc", XD, 0, "m3", NULL), MEAS("metrów sześc", XD, 0, "m3", NULL),
	MEAS("metrów sześciennych", X, 0, "m3", NULL), MEAS("metrów kubicznych", X, 0, "m3", NULL), MEAS("metry sześcienne", X, 0, "m3", NULL),
	MEAS("metrů krychlových", X, 0, "m3", NULL), MEAS("krychlových metrů", X, 0, "m3", NULL),
	MEAS("kubických metrů", X, 0, "m3", NULL), MEAS("kubických metrov", X, 0, "m3", NULL),
	MEAS("kubičnih metr", 0, 0, "m3", NULL), MEAS("kubičnih metar", 0, 0, "m3", NULL),
	MEAS("kubnih metr", 0, 0, "m3", NULL), MEAS("kubičn", 0, 0, "m3", "sl hr"), MEAS("kubík", 0, 0, "m3", NULL),
	MEAS("mkw", XD, 0, "m2", NULL), MEAS("m kw", XD, 0, "m2", NULL),
	MEAS("cubic met", 0, 0, "m3", NULL), MEAS("kubikmeter", 0, 0, "m3", NULL),
	MEAS("mètres cubes", X, 0, "m3", NULL), MEAS("metros cúbicos", X, 0, "m3", NULL),
	MEAS("bcm", X, 9, "m3", NULL), MEAS("tcm", X, 12, "m3", NULL),
	MEAS("литр", 0, -3, "m3", NULL), MEAS("літр", 0, -3, "m3", NULL),
	MEAS("litr", 0, -3, "m3", NULL), MEAS("liter", 0, -3, "m3", NULL),
	MEAS("litre", 0, -3, "m3", NULL), MEAS("баррел", 0, 0, "bbl", NULL),
	MEAS("барел", 0, 0, "bbl", NULL), MEAS("baryłek", X, 0, "bbl", NULL),
	MEAS("baryłk", 0, 0, "bbl", NULL), MEAS("barel", 0, 0, "bbl", NULL),
	MEAS("barrel", 0, 0, "bbl", NULL), MEAS("баррель", 0, 0, "bbl", NULL),
	MEAS("kg", X, 0, "kg", NULL), MEAS("кг", XD, 0, "kg", NULL), MEAS("килограм", 0, 0, "kg", NULL),
	MEAS("кілограм", 0, 0, "kg", NULL), MEAS("kilogram", 0, 0, "kg", NULL),
	MEAS("mg", X, -6, "kg", NULL), MEAS("мг", XD, -6, "kg", NULL), MEAS("миллиграм", 0, -6, "kg", NULL),
	MEAS("міліграм", 0, -6, "kg", NULL), MEAS("милиграм", 0, -6, "kg", NULL),
	MEAS("miligram", 0, -6, "kg", NULL), MEAS("milligram", 0, -6, "kg", NULL),
	MEAS("g", X, -3, "kg", NULL), MEAS("грам", 0, -3, "kg", NULL), MEAS("gram", 0, -3, "kg", NULL),
	MEAS("t", X, 3, "kg", NULL), MEAS("т", X, 3, "kg", "ru uk bg"), MEAS("тонн", 0, 3, "kg", NULL),
	MEAS("тон", X, 3, "kg", NULL), MEAS("тона", X, 3, "kg", NULL), MEAS("тони", X, 3, "kg", NULL),
	MEAS("ton", X, 3, "kg", NULL), MEAS("tons", X, 3, "kg", NULL), MEAS("tony", X, 3, "kg", NULL),
	MEAS("tonne", 0, 3, "kg", NULL), MEAS("tun", X, 3, "kg", NULL), MEAS("tuny", X, 3, "kg", NULL),
	MEAS("tona", X, 3, "kg", NULL), MEAS("tonn", 0, 3, "kg", NULL), MEAS("tonelada", 0, 3, "kg", NULL),
	MEAS("gw", X, 9, "W", NULL), MEAS("гвт", X, 9, "W", NULL), MEAS("mw", X, 6, "W", NULL),
	MEAS("мвт", X, 6, "W", NULL), MEAS("kw", X, 3, "W", NULL), MEAS("квт", X, 3, "W", NULL),
	MEAS("twh", X, 12, "Wh", NULL), MEAS("твт·ч", X, 12, "Wh", NULL), MEAS("gwh", X, 9, "Wh", NULL),
	MEAS("гвт·ч", X, 9, "Wh", NULL), MEAS("mwh", X, 6, "Wh", NULL), MEAS("мвт·ч", X, 6, "Wh", NULL),
	MEAS("kwh", X, 3, "Wh", NULL), MEAS("квт·ч", X, 3, "Wh", NULL),
	MEAS("km/h", X, 0, "km/h", NULL), MEAS("км/ч", X, 0, "km/h", NULL),
	MEAS("км/год", X, 0, "km/h", NULL), MEAS("km/godz", XD, 0, "km/h", NULL),
	MEAS("m/s", X, 0, "m/s", NULL), MEAS("м/с", X, 0, "m/s", NULL), MEAS("м/сек", X, 0, "m/s", NULL),
	MEAS("метров в секунд", 0, 0, "m/s", NULL), MEAS("метра в секунд", 0, 0, "m/s", NULL),
	MEAS("метр в секунд", 0, 0, "m/s", NULL), MEAS("метрів на секунд", 0, 0, "m/s", NULL),
	MEAS("метри на секунд", 0, 0, "m/s", NULL), MEAS("метра в секунда", 0, 0, "m/s", NULL),
	MEAS("metrów na sekund", 0, 0, "m/s", NULL), MEAS("metry na sekund", 0, 0, "m/s", NULL),
	MEAS("metrů za sekundu", X, 0, "m/s", NULL), MEAS("metrov za sekundu", X, 0, "m/s", NULL),
	MEAS("metrov na sekundo", X, 0, "m/s", NULL), MEAS("metara u sekundi", X, 0, "m/s", NULL),
	MEAS("metres per second", X, 0, "m/s", NULL), MEAS("meters per second", X, 0, "m/s", NULL),
	MEAS("°c", X, 0, "°C", NULL), MEAS("° c", X, 0, "°C", NULL), MEAS("градус", 0, 0, "°C", NULL),
	MEAS("stopni", X, 0, "°C", NULL), MEAS("stupň", 0, 0, "°C", NULL),

	/* Count nouns with a cross-lingual key. */
	NOUN("человек", X, "people", NULL), NOUN("человека", X, "people", "ru"),
	NOUN("людей", X, "people", NULL), NOUN("людини", X, "people", "uk"),
	NOUN("чоловік", X, "people", "uk"), NOUN("осіб", X, "people", NULL),
	NOUN("особи", X, "people", "uk"), NOUN("души", X, "people", NULL),
	NOUN("човека", X, "people", NULL), NOUN("души", X, "people", NULL),
	NOUN("osób", X, "people", NULL), NOUN("osoby", X, "people", NULL),
	NOUN("ludzi", X, "people", NULL), NOUN("lidí", X, "people", NULL),
	NOUN("osob", X, "people", NULL), NOUN("ľudí", X, "people", NULL),
	NOUN("osôb", X, "people", NULL), NOUN("ljudi", X, "people", NULL),
	NOUN("oseb", X, "people", NULL), NOUN("osebe", X, "people", NULL),
	NOUN("osoba", X, "people", "hr"), NOUN("people", X, "people", NULL),
	NOUN("persons", X, "people", NULL), NOUN("menschen", X, "people", NULL),
	NOUN("personen", X, "people", NULL), NOUN("personnes", X, "people", NULL),
	NOUN("personas", X, "people", NULL), NOUN("persone", X, "people", "it"),
	NOUN("pessoas", X, "people", NULL), NOUN("mensen", X, "people", "nl"),
	NOUN("oameni", X, "people", NULL), NOUN("persoane", X, "people", NULL),
	NOUN("kişi", X, "people", "tr"), NOUN("ember", 0, "people", "hu"),
	NOUN("personer", X, "people", NULL), NOUN("människor", X, "people", NULL),
	NOUN("mennesker", X, "people", NULL), NOUN("ihmistä", X, "people", NULL),
	NOUN("henkilöä", X, "people", NULL), NOUN("άνθρωποι", X, "people", NULL),
	NOUN("ανθρώπων", X, "people", NULL), NOUN("људи", X, "people", NULL),
	NOUN("лет", X, "year", NULL), NOUN("год", X, "year", "ru"), NOUN("года", X, "year", "ru"),
	NOUN("роки", X, "year", NULL), NOUN("років", X, "year", NULL), NOUN("рік", X, "year", NULL),
	NOUN("година", X, "year", "bg"), NOUN("години", X, "year", "bg"), NOUN("lata", X, "year", NULL),
	NOUN("lat", X, "year", NULL), NOUN("let", X, "year", NULL), NOUN("roky", X, "year", NULL),
	NOUN("rokov", X, "year", NULL), NOUN("rok", X, "year", NULL), NOUN("roka", X, "year", NULL),
	NOUN("leta", X, "year", NULL), NOUN("leti", X, "year", NULL),
	NOUN("letech", X, "year", NULL), NOUN("lety", X, "year", "cs"), NOUN("latach", X, "year", NULL),
	NOUN("rokach", X, "year", NULL), NOUN("letih", X, "year", NULL),
	NOUN("godinama", X, "year", NULL), NOUN("годам", X, "year", NULL),
	NOUN("godina", X, "year", "hr"), NOUN("godine", X, "year", "hr"), NOUN("year", X, "year", NULL),
	NOUN("years", X, "year", NULL), NOUN("jahre", 0, "year", NULL), NOUN("ans", X, "year", NULL),
	NOUN("années", X, "year", NULL), NOUN("años", X, "year", NULL),
	NOUN("месяц", 0, "month", NULL), NOUN("місяц", 0, "month", NULL),
	NOUN("месец", 0, "month", NULL), NOUN("miesiąc", 0, "month", NULL),
	NOUN("miesięc", 0, "month", NULL), NOUN("měsíc", 0, "month", NULL),
	NOUN("mesiac", 0, "month", NULL), NOUN("mesec", 0, "month", NULL),
	NOUN("mjesec", 0, "month", NULL), NOUN("month", 0, "month", NULL),
	NOUN("monat", 0, "month", NULL), NOUN("mois", X, "month", NULL),
	NOUN("meses", X, "month", NULL), NOUN("mes", X, "month", "es"),
	NOUN("недел", 0, "week", NULL), NOUN("тиждень", X, "week", NULL),
	NOUN("тижні", 0, "week", NULL), NOUN("седмиц", 0, "week", NULL),
	NOUN("tydzień", X, "week", NULL), NOUN("tygodn", 0, "week", NULL),
	NOUN("týd", 0, "week", NULL), NOUN("týžd", 0, "week", NULL), NOUN("tedn", 0, "week", NULL),
	NOUN("tjed", 0, "week", NULL), NOUN("week", 0, "week", NULL), NOUN("woche", 0, "week", NULL),
	NOUN("semaine", 0, "week", NULL), NOUN("semana", 0, "week", NULL),
	NOUN("день", X, "day", NULL), NOUN("дня", X, "day", NULL), NOUN("дней", X, "day", NULL),
	NOUN("днів", X, "day", NULL), NOUN("дні", X, "day", NULL), NOUN("дни", X, "day", NULL),
	NOUN("дена", X, "day", NULL), NOUN("дни", X, "day", NULL), NOUN("dni", X, "day", NULL),
	NOUN("dzień", X, "day", NULL), NOUN("dnia", X, "day", NULL), NOUN("dní", X, "day", NULL),
	NOUN("dny", X, "day", NULL), NOUN("den", X, "day", "cs sk"), NOUN("dan", X, "day", "sl hr"),
	NOUN("dana", X, "day", NULL), NOUN("dneva", X, "day", NULL), NOUN("days", X, "day", NULL),
	NOUN("day", X, "day", NULL), NOUN("tage", 0, "day", NULL), NOUN("jours", X, "day", NULL),
	NOUN("días", X, "day", NULL),
	NOUN("час", 0, "hour", "ru bg"), NOUN("годин", 0, "hour", "uk"),
	NOUN("godzin", 0, "hour", NULL), NOUN("hodin", 0, "hour", NULL), NOUN("hodín", 0, "hour", NULL),
	NOUN("ur", X, "hour", "sl"), NOUN("ure", X, "hour", "sl"), NOUN("sati", X, "hour", "hr"),
	NOUN("hour", 0, "hour", NULL), NOUN("stunde", 0, "hour", NULL), NOUN("heures", X, "hour", NULL),
	NOUN("horas", X, "hour", NULL),
	NOUN("минут", 0, "minute", NULL), NOUN("хвилин", 0, "minute", NULL),
	NOUN("minut", 0, "minute", NULL), NOUN("minút", 0, "minute", NULL),
	NOUN("minute", 0, "minute", NULL), NOUN("minuto", 0, "minute", NULL),
	NOUN("стран", 0, "country", "ru"), NOUN("країн", 0, "country", NULL),
	NOUN("държав", 0, "country", NULL), NOUN("держав", 0, "country", NULL), NOUN("страни", X, "country", "bg"),
	NOUN("państw", 0, "country", NULL), NOUN("krajów", X, "country", NULL),
	NOUN("kraje", X, "country", "pl"), NOUN("kraj", 0, "country", "pl"), NOUN("zemí", X, "country", NULL),
	NOUN("států", X, "country", NULL), NOUN("státy", X, "country", NULL),
	NOUN("krajín", X, "country", NULL), NOUN("štátov", X, "country", NULL),
	NOUN("držav", 0, "country", NULL), NOUN("zemalja", X, "country", NULL),
	NOUN("countries", X, "country", NULL), NOUN("länder", 0, "country", NULL),
	NOUN("staaten", X, "country", NULL), NOUN("pays", X, "country", NULL),
	NOUN("países", X, "country", NULL),
	NOUN("раз", X, "times", NULL), NOUN("раза", X, "times", NULL), NOUN("рази", X, "times", NULL),
	NOUN("razy", X, "times", NULL), NOUN("krát", X, "times", NULL),
	NOUN("krat", X, "times", NULL), NOUN("puta", X, "times", NULL), NOUN("times", X, "times", NULL),
	NOUN("mal", X, "times", "de"), NOUN("fois", X, "times", NULL), NOUN("veces", X, "times", NULL),

	/* Month names and year words: the number is part of a date. */
	MON("январ", 0, NULL), MON("феврал", 0, NULL), MON("март", 0, NULL), MON("апрел", 0, NULL),
	MON("мая", X, NULL), MON("май", X, NULL), MON("июн", 0, NULL), MON("июл", 0, NULL),
	MON("август", 0, NULL), MON("сентябр", 0, NULL), MON("октябр", 0, NULL),
	MON("ноябр", 0, NULL), MON("декабр", 0, NULL), MON("січ", 0, NULL), MON("лют", 0, NULL),
	MON("берез", 0, NULL), MON("квіт", 0, NULL), MON("травн", 0, NULL), MON("черв", 0, NULL),
	MON("лип", 0, NULL), MON("серп", 0, NULL), MON("верес", 0, NULL), MON("жовт", 0, NULL),
	MON("листопад", 0, NULL), MON("груд", 0, NULL), MON("януари", X, NULL),
	MON("февруари", X, NULL), MON("април", X, NULL), MON("юни", X, NULL), MON("юли", X, NULL),
	MON("септември", X, NULL), MON("октомври", X, NULL), MON("ноември", X, NULL),
	MON("декември", X, NULL), MON("stycz", 0, NULL), MON("lut", 0, NULL), MON("marc", 0, NULL),
	MON("kwie", 0, NULL), MON("maj", 0, NULL), MON("czerw", 0, NULL), MON("lip", 0, NULL),
	MON("sierp", 0, NULL), MON("wrze", 0, NULL), MON("październik", 0, NULL),
	MON("listopad", 0, NULL), MON("grud", 0, NULL), MON("ledn", 0, NULL), MON("leden", X, NULL),
	MON("únor", 0, NULL), MON("břez", 0, NULL), MON("dub", 0, NULL), MON("květ", 0, NULL),
	MON("červ", 0, NULL), MON("srp", 0, NULL), MON("září", X, NULL), MON("říj", 0, NULL),
	MON("prosin", 0, NULL), MON("januar", 0, NULL), MON("februar", 0, NULL),
	MON("marec", X, NULL), MON("marca", X, NULL), MON("apríl", 0, NULL), MON("april", 0, NULL),
	MON("máj", 0, NULL), MON("jún", 0, NULL), MON("júl", 0, NULL), MON("junij", 0, NULL),
	MON("julij", 0, NULL), MON("avgust", 0, NULL), MON("august", 0, NULL),
	MON("septemb", 0, NULL), MON("septemb", 0, NULL), MON("oktob", 0, NULL),
	MON("októb", 0, NULL), MON("novemb", 0, NULL), MON("decemb", 0, NULL),
	MON("siječ", 0, NULL), MON("veljač", 0, NULL), MON("ožuj", 0, NULL), MON("travnj", 0, NULL),
	MON("svib", 0, NULL), MON("lipanj", 0, NULL), MON("lipnj", 0, NULL), MON("srpanj", 0, NULL),
	MON("srpnj", 0, NULL), MON("rujan", 0, NULL), MON("rujn", 0, NULL), MON("january", X, NULL),
	MON("february", X, NULL), MON("march", X, NULL), MON("may", X, NULL), MON("june", X, NULL),
	MON("july", X, NULL), MON("october", X, NULL), MON("jan", XD, NULL), MON("feb", XD, NULL),
	MON("mar", XD, NULL), MON("apr", XD, NULL), MON("jun", XD, NULL), MON("jul", XD, NULL),
	MON("aug", XD, NULL), MON("sep", XD, NULL), MON("sept", XD, NULL), MON("oct", XD, NULL),
	MON("nov", XD, NULL), MON("dec", XD, NULL), MON("januar", 0, NULL), MON("märz", X, NULL),
	MON("mai", X, NULL), MON("juni", X, NULL), MON("juli", X, NULL), MON("oktober", X, NULL),
	MON("dezember", X, NULL), MON("janvier", X, NULL), MON("février", X, NULL),
	MON("mars", X, NULL), MON("avril", X, NULL), MON("juin", X, NULL), MON("juillet", X, NULL),
	MON("août", X, NULL), MON("septembre", X, NULL), MON("octobre", X, NULL),
	MON("novembre", X, NULL), MON("décembre", X, NULL), MON("enero", X, NULL),
	MON("febrero", X, NULL), MON("marzo", X, NULL), MON("abril", X, NULL), MON("mayo", X, NULL),
	MON("junio", X, NULL), MON("julio", X, NULL), MON("agosto", X, NULL),
	MON("septiembre", X, NULL), MON("octubre", X, NULL), MON("noviembre", X, NULL),
	MON("diciembre", X, NULL), MON("ян", XD, NULL), MON("фев", XD, NULL), MON("апр", XD, NULL),
	MON("сен", XD, NULL), MON("окт", XD, NULL), MON("ноя", XD, NULL), MON("дек", XD, NULL),
	MON("авг", XD, NULL), MON("янв", XD, NULL), MON("февр", XD, NULL), MON("сент", XD, NULL),
	MON("нояб", XD, NULL), MON("мар", XD, NULL), MON("июн", XD, NULL),
	YEAR("г", XD, NULL), YEAR("гг", XD, NULL), YEAR("р", XD, NULL), YEAR("рр", XD, NULL),
	YEAR("r", XD, NULL), YEAR("году", X, NULL), YEAR("года", X, "uk bg"), YEAR("годы", X, NULL),
	YEAR("годах", X, NULL), YEAR("року", X, NULL), YEAR("році", X, NULL), YEAR("роках", X, NULL),
	YEAR("година", X, NULL), YEAR("годину", X, "bg"), YEAR("roku", X, NULL), YEAR("rokiem", X, NULL),
	YEAR("roce", X, NULL), YEAR("roku", X, NULL), YEAR("leta", X, "sl"), YEAR("letu", X, NULL),
	YEAR("godini", X, NULL), YEAR("godine", X, "hr"), YEAR("jahr", 0, "de"),

	/* Number words, read only before a magnitude ("tři miliardy eur"). */
	NUMW("один", "1", NULL), NUMW("одна", "1", NULL), NUMW("два", "2", NULL),
	NUMW("две", "2", NULL), NUMW("дві", "2", NULL), NUMW("три", "3", NULL),
	NUMW("четыре", "4", NULL), NUMW("чотири", "4", NULL), NUMW("четири", "4", NULL),
	NUMW("пять", "5", NULL), NUMW("п'ять", "5", NULL), NUMW("п’ять", "5", NULL),
	NUMW("пет", "5", NULL), NUMW("шесть", "6", NULL), NUMW("шість", "6", NULL),
	NUMW("шест", "6", NULL), NUMW("семь", "7", NULL), NUMW("сім", "7", NULL),
	NUMW("седем", "7", NULL), NUMW("восемь", "8", NULL), NUMW("вісім", "8", NULL),
	NUMW("осем", "8", NULL), NUMW("девять", "9", NULL), NUMW("дев'ять", "9", NULL),
	NUMW("дев’ять", "9", NULL), NUMW("девет", "9", NULL), NUMW("десять", "10", NULL),
	NUMW("десет", "10", NULL), NUMW("полтора", "1.5", NULL), NUMW("полторы", "1.5", NULL),
	NUMW("півтора", "1.5", NULL), NUMW("сто", "100", NULL), NUMW("един", "1", NULL),
	NUMW("една", "1", NULL), NUMW("двадцать", "20", NULL), NUMW("двадцять", "20", NULL),
	NUMW("тридцать", "30", NULL), NUMW("тридцять", "30", NULL), NUMW("сорок", "40", NULL),
	NUMW("пятьдесят", "50", NULL),
	NUMW("jeden", "1", NULL), NUMW("jedna", "1", NULL), NUMW("jedan", "1", NULL),
	NUMW("ena", "1", "sl"), NUMW("en", "1", "sl"), NUMW("dwa", "2", NULL),
	NUMW("dwie", "2", NULL), NUMW("dva", "2", NULL), NUMW("dvě", "2", NULL),
	NUMW("dve", "2", NULL), NUMW("dvije", "2", NULL), NUMW("trzy", "3", NULL),
	NUMW("tři", "3", NULL), NUMW("tri", "3", NULL), NUMW("cztery", "4", NULL),
	NUMW("čtyři", "4", NULL), NUMW("štyri", "4", NULL), NUMW("štiri", "4", NULL),
	NUMW("četiri", "4", NULL), NUMW("pięć", "5", NULL), NUMW("pět", "5", NULL),
	NUMW("päť", "5", NULL), NUMW("pet", "5", "sl hr"), NUMW("sześć", "6", NULL),
	NUMW("šest", "6", NULL), NUMW("šesť", "6", NULL), NUMW("siedem", "7", NULL),
	NUMW("sedm", "7", NULL), NUMW("sedem", "7", NULL), NUMW("sedam", "7", NULL),
	NUMW("osiem", "8", NULL), NUMW("osm", "8", NULL), NUMW("osem", "8", NULL),
	NUMW("osam", "8", NULL), NUMW("dziewięć", "9", NULL), NUMW("devět", "9", NULL),
	NUMW("deväť", "9", NULL), NUMW("devet", "9", NULL), NUMW("dziesięć", "10", NULL),
	NUMW("deset", "10", NULL), NUMW("desať", "10", NULL), NUMW("półtora", "1.5", NULL),
	NUMW("sto", "100", "pl cs sk sl hr"),
	NUMW("a", "1", "en"), NUMW("one", "1", "en"), NUMW("two", "2", "en"),
	NUMW("three", "3", "en"), NUMW("four", "4", "en"), NUMW("five", "5", "en"),
	NUMW("six", "6", "en"), NUMW("seven", "7", "en"), NUMW("eight", "8", "en"),
	NUMW("nine", "9", "en"), NUMW("ten", "10", "en"), NUMW("hundred", "100", "en"),
	NUMW("ein", "1", "de"), NUMW("eine", "1", "de"), NUMW("zwei", "2", NULL),
	NUMW("drei", "3", NULL), NUMW("vier", "4", NULL), NUMW("fünf", "5", NULL),
	NUMW("zehn", "10", NULL), NUMW("un", "1", "fr es"), NUMW("une", "1", "fr"),
	NUMW("deux", "2", NULL), NUMW("trois", "3", NULL), NUMW("quatre", "4", NULL),
	NUMW("cinq", "5", NULL), NUMW("dix", "10", NULL), NUMW("uno", "1", "es"),
	NUMW("una", "1", "es"), NUMW("dos", "2", "es"), NUMW("tres", "3", "es"),
	NUMW("cuatro", "4", NULL), NUMW("cinco", "5", NULL), NUMW("diez", "10", NULL),
};

/* Words that follow numbers but are not the counted noun. */
static const char STOP[] =
	" и в во на с со к по за из до от о об у не но а или для при без что как уже ещё еще "
	"его её ее их это был была было были будет тоже также лишь только более менее около "
	"почти против после перед через между над под чем где когда если же бы ли то так этом "
	"этих тех той том ней них нас вас всех всего всё все свыше порядка примерно даже именно "
	"і й та із зі від про що вже ще це її був була було були буде також лише тільки понад "
	"близько після між ніж де коли якщо би всіх "
	"във със към през след пред че като вече още това е са беше бяха ще само също повече "
	"му им го ги се си които която който които най срещу днес вчера утре "
	"i w we z ze na za od o po przez dla przy pod nad przed między że jak już jeszcze to jest są "
	"był była było były będzie lub albo ale oraz tylko także też ok około ponad prawie niż "
	"gdy się nie co który która które których tys mln mld więcej więc bądź czy został zostali "
	"została zostało zostały "
	"a v ve s se na za pro při bez před mezi jak už ještě je jsou byl byla bylo byly bude nebo "
	"jen také asi téměř než kdy který která které kterých přes až zhruba celkem "
	"vo so zo pre pri medzi ako už ešte sú bol bola bolo boli alebo len tiež takmer keď "
	"ktorý ktorá ktoré cez "
	"in iz brez med da kot še so bil bila bilo bili bo ali pa le tudi skoraj ko ki ter naj pred "
	"teh tem tega ta te ti to "
	"u sa među kao već još su bio će ili samo također oko gotovo nego kad koji koja koje te "
	"and or of on at to for from by with the an is are was were be been will would has "
	"have had than that this these those it its as per more less about over under after "
	"before into between out up down than some nearly almost around just only each "
	"und oder im an am auf zu zum zur von vom mit für bei aus nach über unter vor der die "
	"das den dem des ein eine ist sind war waren wird werden hat als mehr weniger rund etwa "
	"bis "
	"et ou de du des le la les en au aux à pour par avec sur sous dans est sont était ont "
	"plus moins que qui environ entre contre après avant "
	"y del el los las al para por con sobre es son fue era más menos un una tras hasta "
	"desde "
	/* adverbs of frequency and hedges */
	"ročně prý mniej rocznie годишно ежегодно щорічно letno godišnje annually yearly "
	/* centuries: "21 век" is an ordinal */
	"век века веке столетия століття století storočia stoletja stoljeća wieku wiek century ";

/* ---- small helpers ------------------------------------------------- */

#define WIN 112

/* The lower-cased text right of a number: spaces collapsed to one ' ',
 * map[k] the text offset of window byte k (map[n] the end). Stops at a
 * line break. */
typedef struct {
	char b[WIN + 8];
	uint32_t map[WIN + 8];
	size_t n;
} window;

static int is_space_cp(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x2007 || c == 0x2009 || c == 0x202F ||
	       c == 0x2002 || c == 0x2003 || c == 0x200A;
}

static int is_word_cp(uint32_t c)
{
	return c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9')
			: (u_isalpha((UChar32)c) || u_isdigit((UChar32)c) || c == 0x301);
}

static uint32_t dec(const char *s, size_t len, size_t i, int *n)
{
	if (i >= len) {
		*n = 0;
		return 0;
	}
	return td_utf8_decode(s + i, len - i, n);
}

/* Code point ending just before offset i (0 at the start). */
static uint32_t prev_cp(const char *s, size_t i, size_t *at)
{
	if (i == 0) {
		*at = 0;
		return 0;
	}
	size_t j = i - 1;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4)
		j--;
	int n;
	uint32_t c = td_utf8_decode(s + j, i - j, &n);
	*at = j;
	return c;
}

/* u_tolower of the characters below U+0800, the ones of the alphabets
 * numbers are written with most. */
static uint16_t lower_tab[0x800];
static pthread_once_t lower_once = PTHREAD_ONCE_INIT;

static void build_lower(void)
{
	for (uint32_t c = 0; c < 0x800; c++) {
		UChar32 l = u_tolower((UChar32)c);
		lower_tab[c] = (uint16_t)(l >= 0 && l < 0x800 ? l : 0);
	}
}

static void build_window(window *w, const char *t, size_t len, size_t p)
{
	pthread_once(&lower_once, build_lower);
	w->n = 0;
	while (p < len && w->n < WIN) {
		unsigned char b0 = (unsigned char)t[p];
		if (b0 < 0x80 && b0 != '\n' && b0 != '\r' && b0 != ' ' && b0 != '\t') {
			/* ASCII other than a space or a line break. */
			w->map[w->n] = (uint32_t)p;
			w->b[w->n++] = (char)(b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0);
			p++;
			continue;
		}
		if (b0 == ' ' || b0 == '\t') {
			/* (as the space below, without decoding it) */
			if (!w->n || w->b[w->n - 1] != ' ') {
				w->map[w->n] = (uint32_t)p;
				w->b[w->n++] = ' ';
			}
			p++;
			continue;
		}
		/* A two-byte letter (Cyrillic, accented Latin) other than the
		 * no-break space, whose lower case is two bytes too: the bulk
		 * of the text, decoded and encoded here without the calls. */
		if (b0 >= 0xC2 && b0 <= 0xDF && p + 1 < len &&
		    ((unsigned char)t[p + 1] & 0xC0) == 0x80) {
			uint32_t c = ((b0 & 0x1Fu) << 6) | ((unsigned char)t[p + 1] & 0x3Fu);
			uint32_t l = lower_tab[c];
			if (c != 0xA0 && l >= 0x80) {
				w->map[w->n] = w->map[w->n + 1] = (uint32_t)p;
				w->b[w->n++] = (char)(0xC0 | (l >> 6));
				w->b[w->n++] = (char)(0x80 | (l & 0x3F));
				p += 2;
				continue;
			}
		}
		int n;
		uint32_t c = td_utf8_decode(t + p, len - p, &n);
		if (c == '\n' || c == '\r')
			break;
		if (is_space_cp(c)) {
			if (!w->n || w->b[w->n - 1] != ' ') {
				w->map[w->n] = (uint32_t)p;
				w->b[w->n++] = ' ';
			}
			p += (size_t)n;
			continue;
		}
		uint32_t l = c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c)
			     : c < 0x800 && lower_tab[c] ? lower_tab[c]
							 : (uint32_t)u_tolower((UChar32)c);
		char enc[4];
		int k = td_utf8_encode(l, enc);
		for (int q = 0; q < k; q++) {
			w->map[w->n] = (uint32_t)p;
			w->b[w->n++] = enc[q];
		}
		p += (size_t)n;
	}
	w->map[w->n] = (uint32_t)p;
	w->b[w->n] = 0;
}

static int win_word_at(const window *w, size_t k)
{
	int n;
	return k < w->n && is_word_cp(dec(w->b, w->n, k, &n));
}

/* End of the run of word characters at k. */
static size_t win_word_end(const window *w, size_t k)
{
	while (k < w->n) {
		int n;
		uint32_t c = dec(w->b, w->n, k, &n);
		if (!is_word_cp(c))
			break;
		k += (size_t)n;
	}
	return k;
}

static int lang_ok(const char *langs, const char *lang)
{
	if (!langs || !lang[0])
		return 1;
	size_t ll = strlen(lang);
	for (const char *p = langs; *p;) {
		const char *e = strchr(p, ' ');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		if (n == ll && !memcmp(p, lang, n))
			return 1;
		p += n;
		while (*p == ' ')
			p++;
	}
	return 0;
}

/* The longest lexicon entry of kind matching the window at k; *end gets
 * the window offset after it. */
/* An apostrophe inside a word, as in Ukrainian "м'яка". */
static int apostrophe_in_word(const window *w, size_t p)
{
	if (p < w->n && w->b[p] == '\'')
		return win_word_at(w, p + 1);
	if (p + 3 <= w->n && (!memcmp(w->b + p, "\xe2\x80\x99", 3) || !memcmp(w->b + p, "\xca\xbc\x00", 2)))
		return win_word_at(w, p + (w->b[p] == '\xca' ? 2 : 3));
	return 0;
}

static int single_cp(const char *s)
{
	int n;
	size_t l = strlen(s);
	td_utf8_decode(s, l, &n);
	return (size_t)n == l;
}

#define NLEX (sizeof(LEX) / sizeof(LEX[0]))
#define NKIND 16
#define NSTOP 2048

/* The lexicon indexed by kind and first byte, built once. */
static struct {
	uint16_t start[NKIND * 256 + 1];
	uint16_t ids[NLEX];
	uint8_t len[NLEX];
	uint8_t word_end[NLEX]; /* the entry ends with a letter or digit */
	uint8_t numw2[65536 / 8]; /* pair_hash of the number words */
	uint8_t numw1[256];       /* first bytes of the number words */
	uint8_t sep[256];         /* bytes after which a number word may start */
	uint8_t stopb[256];       /* separators and digits: where the scan stops */
	uint16_t stop_at[NSTOP];  /* open hash of the STOP words: offsets, 0 empty */
	uint8_t stop_len[NSTOP];
} IDX;
static pthread_once_t idx_once = PTHREAD_ONCE_INIT;

/* Lower case of a letter, cheaply for ASCII and Cyrillic. */
static uint32_t lower_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c >= 0x430 && c <= 0x45F)
		return c;
	return (uint32_t)u_tolower((UChar32)c);
}

/* A 16-bit hash of the bytes of the first three characters of s (up to
 * and including a space), taken raw: the filter in front of the number
 * words. */
static unsigned pair_hash(const char *s, size_t len)
{
	static const unsigned char L[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
	size_t n = 0;
	for (int k = 0; k < 3 && n < len; k++) {
		int sp = s[n] == ' ';
		n += L[(unsigned char)s[n] >> 4];
		if (sp)
			break;
	}
	if (n > len)
		n = len;
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return (h ^ (h >> 16)) & 0xFFFFu;
}

static uint32_t word_hash(const char *w, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

static void build_index(void)
{
	static uint16_t count[NKIND * 256 + 1];
	for (size_t i = 0; i < NLEX; i++) {
		size_t n = strlen(LEX[i].w);
		size_t at;
		IDX.len[i] = (uint8_t)n;
		IDX.word_end[i] = (uint8_t)is_word_cp(prev_cp(LEX[i].w, n, &at));
		count[LEX[i].kind * 256 + (unsigned char)LEX[i].w[0] + 1]++;
		if (LEX[i].kind == K_NUMW) {
			/* As written in text: lower case or capitalised, then a space. */
			char v[40];
			int k1;
			uint32_t c0 = td_utf8_decode(LEX[i].w, n, &k1);
			for (int up = 0; up < 2; up++) {
				size_t vn = (size_t)td_utf8_encode(up ? (uint32_t)u_toupper((UChar32)c0) : c0, v);
				memcpy(v + vn, LEX[i].w + k1, n - (size_t)k1);
				vn += n - (size_t)k1;
				v[vn++] = ' ';
				IDX.numw1[(unsigned char)v[0]] = 1;
				unsigned h = pair_hash(v, vn);
				IDX.numw2[h >> 3] |= (uint8_t)(1u << (h & 7));
			}
		}
	}
	IDX.sep[' '] = IDX.sep['\n'] = IDX.sep['('] = IDX.sep['"'] = 1;
	for (int c = 0; c < 256; c++)
		IDX.stopb[c] = IDX.sep[c] || (c >= '0' && c <= '9');
	for (size_t o = 1; o + 1 < sizeof(STOP);) {
		size_t e = o;
		while (STOP[e] != ' ')
			e++;
		uint32_t h = word_hash(STOP + o, e - o) & (NSTOP - 1);
		while (IDX.stop_at[h])
			h = (h + 1) & (NSTOP - 1);
		IDX.stop_at[h] = (uint16_t)o;
		IDX.stop_len[h] = (uint8_t)(e - o);
		o = e + 1;
		while (o + 1 < sizeof(STOP) && STOP[o] == ' ')
			o++;
	}
	for (size_t k = 1; k <= NKIND * 256; k++)
		count[k] += count[k - 1];
	memcpy(IDX.start, count, sizeof(IDX.start));
	for (size_t i = 0; i < NLEX; i++)
		IDX.ids[count[LEX[i].kind * 256 + (unsigned char)LEX[i].w[0]]++] = (uint16_t)i;
}

/* The longest lexicon entry of kind matching the window at k; *end gets
 * the window offset after it. */
static const lex *match(const window *w, size_t k, int kind, unsigned flags_ok, const char *lang,
			size_t *end)
{
	if (k >= w->n)
		return NULL;
	const lex *best = NULL;
	size_t bestlen = 0, key = (size_t)kind * 256 + (unsigned char)w->b[k];
	for (size_t j = IDX.start[key]; j < IDX.start[key + 1]; j++) {
		size_t i = IDX.ids[j];
		const lex *e = &LEX[i];
		if (e->flags & F_MONEY & ~flags_ok)
			continue;
		size_t n = IDX.len[i];
		/* The bucket shares the first byte only, and the Cyrillic
		 * entries all begin with one of two: the second byte first. */
		if (n <= bestlen || k + n > w->n || (n > 1 && w->b[k + 1] != e->w[1]) ||
		    memcmp(w->b + k, e->w, n))
			continue;
		if (!lang_ok(e->langs, lang))
			continue;
		size_t p = k + n;
		if (e->flags & F_EXACT) {
			if (IDX.word_end[i] && (win_word_at(w, p) || apostrophe_in_word(w, p)))
				continue;
		} else if (IDX.word_end[i]) {
			p = win_word_end(w, p);
		}
		if ((e->flags & F_DOT) && p < w->n && w->b[p] == '.')
			p++;
		best = e;
		bestlen = n;
		*end = p;
	}
	return best;
}

static size_t skip_sp(const window *w, size_t k)
{
	return k < w->n && w->b[k] == ' ' ? k + 1 : k;
}

/* Currency code for a family default and an adjective's country tag. */
static const char *adj_code(const char *def, const char *tag, const char *lang)
{
	static const char *const T[][3] = {
		{"USD", "ca", "CAD"}, {"USD", "au", "AUD"}, {"TRY", "gb", "GBP"},
		{"GBP", "tr", "TRY"}, {"GBP", "au", "AUD"}, {"RUB", "by", "BYN"}, {"CZK", "se", "SEK"},
		{"CZK", "no", "NOK"}, {"CZK", "dk", "DKK"}, {"CHF", "fr", "FRF"},
		{"INR", "pk", "PKR"}, {"RSD", "rs", "RSD"},
	};
	(void)lang;
	if (!tag)
		return def;
	for (size_t i = 0; i < sizeof(T) / sizeof(T[0]); i++)
		if (!strcmp(T[i][0], def) && !strcmp(T[i][1], tag))
			return T[i][2];
	return def;
}

static const char *const ISO_PREFIX[] = {
	"USD", "EUR", "GBP", "RUB", "UAH", "BGN", "PLN", "CZK", "CHF", "JPY", "CNY", "HRK",
	"HUF", "RON", "SEK", "NOK", "DKK", "TRY", "INR", "PKR", "CAD", "AUD", "KZT", "RSD",
};

/* A currency sign or ISO code written just left of offset s; *from gets
 * where it starts. */
static const char *currency_left(const char *t, size_t s, size_t *from)
{
	size_t i = s, at;
	uint32_t c = prev_cp(t, i, &at);
	int spaced = 0;
	if (is_space_cp(c)) {
		i = at;
		c = prev_cp(t, i, &at);
		spaced = 1;
	}
	const char *code = NULL;
	switch (c) {
	case '$': code = "USD"; break;
	case 0x20AC: code = "EUR"; break;
	case 0xA3: code = "GBP"; break;
	case 0xA5: code = "JPY"; break;
	case 0x20BD: code = "RUB"; break;
	case 0x20B4: code = "UAH"; break;
	case 0x20B9: code = "INR"; break;
	default: break;
	}
	if (code) {
		*from = at;
		if (c == '$' && at >= 2 && !memcmp(t + at - 2, "US", 2))
			*from = at - 2;
		return code;
	}
	if (spaced && i >= 3) {
		for (size_t k = 0; k < sizeof(ISO_PREFIX) / sizeof(ISO_PREFIX[0]); k++)
			if (!memcmp(t + i - 3, ISO_PREFIX[k], 3)) {
				size_t a2;
				uint32_t b = prev_cp(t, i - 3, &a2);
				if (i - 3 > 0 && is_word_cp(b))
					return NULL;
				*from = i - 3;
				return ISO_PREFIX[k];
			}
	}
	return NULL;
}

/* ---- numbers ------------------------------------------------------- */

static const double P10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
			     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
			     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static double scale(double m, int e)
{
	while (e > 22) {
		m *= 1e22;
		e -= 22;
	}
	while (e < -22) {
		m /= 1e22;
		e += 22;
	}
	return e >= 0 ? m * P10[e] : m / P10[-e];
}

typedef struct {
	double m[2]; /* mantissas: [0] as the language reads it, [1] decimal */
	int e[2];    /* their decimal exponents */
	int ambiguous; /* one '.' or ',' before exactly three digits */
	int plain;     /* digits only */
	int ndigits;
	size_t end;
} num;

enum { NUM_OK = 0, NUM_NONE, NUM_REJECT };

static int comma_decimal(const char *lang)
{
	return lang[0] && strcmp(lang, "en") != 0;
}

/* Reads the number at t[i] (an ASCII digit). Returns NUM_REJECT for a
 * date, time, version or other digit pattern that is not a quantity. */
static int parse_num(const char *t, size_t len, size_t i, const char *lang, num *o)
{
	struct {
		size_t a, b;  /* digit run */
		char sep;     /* separator before it: ' ', '.', ',' */
	} g[12];
	int ng = 0;
	size_t p = i;
	while (ng < 12) {
		size_t a = p;
		while (p < len && t[p] >= '0' && t[p] <= '9')
			p++;
		g[ng].a = a;
		g[ng].b = p;
		ng++;
		if (p >= len || ng == 12)
			break; /* (twelve groups at most: g[ng] is written below) */
		/* a separator followed by a digit */
		int n;
		uint32_t c = td_utf8_decode(t + p, len - p, &n);
		char s = 0;
		if (c == '.' || c == ',')
			s = (char)c;
		else if (is_space_cp(c))
			s = ' ';
		if (!s || p + (size_t)n >= len || t[p + (size_t)n] < '0' || t[p + (size_t)n] > '9')
			break;
		if (s == ' ') {
			/* Space grouping: groups of three after a head of at most three. */
			size_t q = p + (size_t)n, r = q;
			while (r < len && t[r] >= '0' && t[r] <= '9')
				r++;
			int ok = r - q == 3 && (g[0].b - g[0].a) <= 3;
			for (int k = 1; k < ng; k++)
				ok = ok && g[k].sep == ' ';
			if (!ok)
				break;
		}
		g[ng].sep = s;
		p += (size_t)n;
	}
	g[0].sep = 0;
	o->end = g[ng - 1].b;
	o->plain = ng == 1;
	o->ambiguous = 0;
	int nd = 0;
	for (int k = 0; k < ng; k++)
		nd += (int)(g[k].b - g[k].a);
	o->ndigits = nd;
	if (nd > 15)
		return NUM_REJECT;
	/* Time "21:40", fraction or date "12/03", dates "2018-07-09". */
	if (o->end < len && (t[o->end] == ':' || t[o->end] == '/') && o->end + 1 < len &&
	    t[o->end + 1] >= '0' && t[o->end + 1] <= '9')
		return NUM_REJECT;
	/* Which separator is the decimal mark: the last '.'/',' unless the
	 * marks repeat (then they group thousands). */
	int last = -1, ndot = 0, ncomma = 0;
	for (int k = 1; k < ng; k++)
		if (g[k].sep != ' ') {
			last = k;
			ndot += g[k].sep == '.';
			ncomma += g[k].sep == ',';
		}
	int dec_at = -1;
	if (last > 0) {
		char ls = g[last].sep;
		int same = ls == '.' ? ndot : ncomma;
		if (same >= 2) {
			if (ndot && ncomma)
				return NUM_REJECT;
			dec_at = -1; /* 1.234.567 */
		} else if (ndot && ncomma) {
			dec_at = last; /* 1.234,5 or 1,234.5 */
		} else if (g[last].b - g[last].a != 3) {
			dec_at = last;
		} else {
			o->ambiguous = 1;
			/* The reading of the language; the other one kept for a magnitude. */
			int dec_mark = comma_decimal(lang) ? ',' : '.';
			if (!lang[0])
				dec_mark = 0; /* unknown: group */
			dec_at = ls == dec_mark ? last : -1;
		}
		/* Grouped parts must be groups of three. */
		for (int k = 1; k < ng; k++)
			if (k != dec_at && g[k].b - g[k].a != 3)
				return NUM_REJECT;
		/* Day.month. as in "12.03." */
		if (ng == 2 && ls == '.' && g[0].b - g[0].a <= 2 && g[1].b - g[1].a == 2 &&
		    o->end < len && t[o->end] == '.')
			return NUM_REJECT;
	}
	/* [0] the language's reading, [1] the decimal reading of an
	 * ambiguous "1.500" / "1,500" (the same otherwise). */
	for (int r = 0; r < 2; r++) {
		int da = r == 1 && o->ambiguous ? last : dec_at;
		double m = 0;
		int e = 0;
		for (int k = 0; k < ng; k++)
			for (size_t q = g[k].a; q < g[k].b; q++) {
				m = m * 10 + (t[q] - '0');
				if (da >= 0 && k >= da)
					e--;
			}
		o->m[r] = m;
		o->e[r] = e;
	}
	return NUM_OK;
}

/* ---- count nouns --------------------------------------------------- */

static int is_stop(const char *w, size_t n)
{
	for (uint32_t h = word_hash(w, n) & (NSTOP - 1);; h = (h + 1) & (NSTOP - 1)) {
		uint16_t o = IDX.stop_at[h];
		if (!o)
			return 0;
		if (IDX.stop_len[h] == n && !memcmp(STOP + o, w, n))
			return 1;
	}
}

static int ends_with(const char *w, size_t n, const char *suf)
{
	size_t s = strlen(suf);
	return n > s + 2 && !memcmp(w + n - s, suf, s);
}

/* A Slavic adjective in the genitive plural ("новых", "nowych"), which
 * stands between a number and its noun. */
static int adjective_gen_pl(const char *w, size_t n, const char *lang)
{
	if (!strcmp(lang, "ru") || !strcmp(lang, "uk") || !lang[0])
		if (ends_with(w, n, "ых") || ends_with(w, n, "их"))
			return 1;
	if (!strcmp(lang, "pl") || !lang[0])
		if (ends_with(w, n, "ych") || ends_with(w, n, "ich"))
			return 1;
	if (!strcmp(lang, "cs") || !strcmp(lang, "sk") || !lang[0])
		if (ends_with(w, n, "ých") || ends_with(w, n, "ích"))
			return 1;
	if (!strcmp(lang, "sl") || !strcmp(lang, "hr"))
		if (ends_with(w, n, "ih"))
			return 1;
	if (!strcmp(lang, "bg"))
		if (ends_with(w, n, "ски"))
			return 1;
	return 0;
}

/* An English plural in "-s" of four letters or more: not "-ss", "-us",
 * "-is" ("loss", "bonus", "crisis"). */
static int english_plural(const char *x, size_t n)
{
	return n >= 4 && x[n - 1] == 's' && x[n - 2] != 's' && x[n - 2] != 'u' && x[n - 2] != 'i';
}

/* English: a word that is no plural before one that is ("34 straight
 * matches", "5 new cases", "40 software engineers"): a modifier of the
 * counted noun, which after a number other than one is a plural. w is
 * the lower-cased window, the word wd (wn bytes) ends at we. */
static int english_modifier(const window *w, const char *wd, size_t wn, size_t we, const char *lang)
{
	if (strcmp(lang, "en") || english_plural(wd, wn) || we + 1 >= w->n || w->b[we] != ' ')
		return 0;
	size_t k = we + 1, e = k;
	while (e < w->n && w->b[e] >= 'a' && w->b[e] <= 'z')
		e++;
	if (e < w->n && w->b[e] != ' ' && w->b[e] != '.' && w->b[e] != ',' && w->b[e] != ';')
		return 0;
	return english_plural(w->b + k, e - k);
}

static const char *snowball_name(const char *lang)
{
	static const char *const M[][2] = {
		{"ru", "russian"}, {"en", "english"}, {"de", "german"}, {"fr", "french"},
		{"es", "spanish"}, {"it", "italian"}, {"pt", "portuguese"}, {"nl", "dutch"},
		{"sv", "swedish"}, {"da", "danish"}, {"no", "norwegian"}, {"fi", "finnish"},
		{"hu", "hungarian"}, {"ro", "romanian"}, {"tr", "turkish"}, {"sr", "serbian"},
		{"el", "greek"}, {"lt", "lithuanian"}, {"ca", "catalan"},
	};
	for (size_t i = 0; i < sizeof(M) / sizeof(M[0]); i++)
		if (!strcmp(M[i][0], lang))
			return M[i][1];
	return NULL;
}

static int is_vowelish(uint32_t c)
{
	static const uint32_t V[] = {
		'a', 'e', 'i', 'o', 'u', 'y', 0x105, 0x119, 0xF3, 0x16F, 0xE9, 0xE1, 0xED, 0xFD,
		0x11B, 0xFA, 0x430, 0x435, 0x451, 0x438, 0x43E, 0x443, 0x44B, 0x44D, 0x44E, 0x44F,
		0x456, 0x457, 0x454, 0x44C, 0x44A, 0x439,
	};
	for (size_t i = 0; i < sizeof(V) / sizeof(V[0]); i++)
		if (V[i] == c)
			return 1;
	return 0;
}

/* The noun key: the Snowball stem in languages Snowball has, otherwise
 * the first five letters without trailing vowels ("проектов",
 * "проекта" -> "проек"). Written into out (NUL-terminated). */
static size_t noun_key(const char *w, size_t n, const char *lang, struct sb_stemmer **st,
		       int *st_tried, char *out, size_t cap)
{
	if (!*st_tried) {
		*st_tried = 1;
		const char *alg = snowball_name(lang);
		*st = alg ? sb_stemmer_new(alg, "UTF_8") : NULL;
	}
	if (*st) {
		const sb_symbol *s = sb_stemmer_stem(*st, (const sb_symbol *)w, (int)n);
		int sl = s ? sb_stemmer_length(*st) : 0;
		if (s && sl > 0 && (size_t)sl < cap) {
			memcpy(out, s, (size_t)sl);
			out[sl] = 0;
			return (size_t)sl;
		}
	}
	size_t p = 0, ends[6] = {0};
	int cps = 0;
	uint32_t cs[6];
	while (p < n && cps < 5) {
		int k;
		cs[cps] = td_utf8_decode(w + p, n - p, &k);
		p += (size_t)k;
		ends[++cps] = p;
	}
	while (cps > 3 && is_vowelish(cs[cps - 1]))
		cps--;
	size_t l = ends[cps];
	if (l >= cap)
		l = cap - 1;
	memcpy(out, w, l);
	out[l] = 0;
	return l;
}

/* ---- scan ---------------------------------------------------------- */

typedef struct {
	td_number *v;
	size_t n, cap;
	int grow; /* grow v in the arena instead of stopping at cap */
	int oom;
	td_arena *ar;
} sink;

static int emit(sink *s, const char *t, size_t a, size_t b, double v, const char *unit,
		size_t ulen)
{
	if (s->n == s->cap) {
		if (!s->grow)
			return -1;
		size_t nc = s->cap ? s->cap * 2 : 16;
		td_number *nv = td_arena_alloc(s->ar, nc * sizeof(*nv));
		if (!nv) {
			s->oom = 1;
			return -1;
		}
		if (s->n)
			memcpy(nv, s->v, s->n * sizeof(*nv));
		s->v = nv;
		s->cap = nc;
	}
	td_number *o = &s->v[s->n];
	o->text = td_arena_strndup(s->ar, t + a, b - a);
	o->unit = ulen ? td_arena_strndup(s->ar, unit, ulen) : unit;
	if (!o->text || !o->unit) {
		s->oom = 1;
		return -1;
	}
	o->value = v;
	o->start = (uint32_t)a;
	o->end = (uint32_t)b;
	s->n++;
	return 0;
}

/* Skips a token of digits and the punctuation inside it. */
static size_t skip_token(const char *t, size_t len, size_t i)
{
	while (i < len && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.' || t[i] == ',' ||
			   t[i] == ':' || t[i] == '/' || t[i] == '-' ||
			   ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z')))
		i++;
	return i;
}

static int line_start_before(const char *t, size_t i)
{
	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
		i--;
	return i == 0 || t[i - 1] == '\n';
}

/* Dash between two numbers of a range: '-', en or em dash, optionally
 * spaced for the long dashes. Returns the offset of the second number. */
static size_t range_next(const char *t, size_t len, size_t p)
{
	size_t q = p;
	if (q < len && t[q] == ' ' && q + 1 < len && (unsigned char)t[q + 1] == 0xE2)
		q++;
	if (q < len && t[q] == '-')
		q++;
	else if (q + 2 < len && (unsigned char)t[q] == 0xE2 && (unsigned char)t[q + 1] == 0x80 &&
		 ((unsigned char)t[q + 2] == 0x93 || (unsigned char)t[q + 2] == 0x94)) {
		q += 3;
		if (q < len && t[q] == ' ')
			q++;
	} else
		return 0;
	return q < len && t[q] >= '0' && t[q] <= '9' ? q : 0;
}

typedef struct {
	const char *unit;
	char key[64];
	int e;          /* power of ten from magnitude and measure */
	int mag;        /* a magnitude word was read */
	int money;      /* a currency was read */
	size_t end;     /* text offset after the last word read */
	int reject;     /* the number is a date or year */
	int count;      /* a count of a noun, no magnitude */
} suffix;

/* Reads magnitude, currency, percent, measure or the counted noun right
 * of text offset p. cur is a currency written left of the number. */
static void read_suffix(const char *t, size_t len, size_t p, const char *lang, const char *cur,
			int glued, struct sb_stemmer **st, int *st_tried, suffix *o)
{
	window w;
	build_window(&w, t, len, p);
	memset(o, 0, sizeof(*o));
	o->end = p;
	o->unit = cur;
	o->money = cur != NULL;
	size_t k = glued ? 0 : skip_sp(&w, 0), e;
	if (!glued && k == 0 && w.n && w.b[0] != '%' && (unsigned char)w.b[0] < 0x80 &&
	    w.b[0] != '$')
		return; /* punctuation follows */
	const lex *x;
	int nn;
	if (!cur && (x = match(&w, k, K_PCT, 0, lang, &e))) {
		o->unit = x->unit;
		o->end = w.map[e];
		return;
	}
	if ((x = match(&w, k, K_MAG, cur ? F_MONEY : 0, lang, &e))) {
		o->e += x->e;
		o->mag = 1;
		o->end = w.map[e];
		k = skip_sp(&w, e);
	}
	if (!cur) {
		size_t k2 = k, e2;
		const lex *adj = match(&w, k, K_ADJ, 0, lang, &e2);
		if (adj)
			k2 = skip_sp(&w, e2);
		x = match(&w, k2, K_CUR, 0, lang, &e);
		if (!x && adj && (x = match(&w, k, K_CUR, 0, lang, &e)))
			adj = NULL;
		size_t wl = win_word_end(&w, k) - k;
		if (!x && win_word_at(&w, k) && !match(&w, k, K_MONTH, 0, lang, &e2) &&
		    (!is_stop(w.b + k, wl) || (wl <= 2 && w.b[k] == 'd'))) {
			/* One word of any kind before a currency: "Bulgarian leva",
			 * "US-Dollar", "украинские гривны". */
			size_t we = win_word_end(&w, k);
			if (we < w.n && (w.b[we] == ' ' || w.b[we] == '-' || w.b[we] == '\''))
				x = match(&w, we + 1, K_CUR, 0, lang, &e);
			else if (we + 3 <= w.n && !memcmp(w.b + we, "\xe2\x80\x99", 3))
				x = match(&w, we + 3, K_CUR, 0, lang, &e); /* d’euros */
		}
		if (x) {
			o->unit = adj_code(x->unit, adj ? adj->unit : NULL, lang);
			o->money = 1;
			o->end = w.map[e];
			if (!strcmp(x->w, "pound") && !o->mag && !adj) {
				o->unit = "lb"; /* "236 pounds": a weight */
				o->money = 0;
			}
			size_t e3;
			const lex *post;
			if (!strcmp(o->unit, "GBP") && match(&w, skip_sp(&w, e), K_STERL, 0, lang, &e3))
				o->end = w.map[e3];
			else if (!adj && (!strcmp(lang, "fr") || !strcmp(lang, "es")) &&
				 (post = match(&w, skip_sp(&w, e), K_ADJ, 0, lang, &e3))) {
				/* "livres turques", "coronas checas" */
				o->unit = adj_code(x->unit, post->unit, lang);
				o->end = w.map[win_word_end(&w, skip_sp(&w, e))];
			}
			return;
		}
		if ((x = match(&w, k, K_PCT, 0, lang, &e))) {
			o->unit = x->unit;
			o->end = w.map[e];
			return;
		}
		if ((x = match(&w, k, K_MEAS, 0, lang, &e)) &&
		    !(single_cp(x->w) && u_isupper((UChar32)dec(t, len, w.map[k], &nn)))) {
			/* (a capital "М" or "T" alone is an initial, not a unit) */
			o->unit = x->unit;
			o->e += x->e;
			o->end = w.map[e];
			return;
		}
	}
	if (cur || glued)
		return;
	/* The counted noun, past at most two adjectives. */
	const char *adj_tag = NULL;
	for (int tries = 0; tries < 3; tries++) {
		if (!win_word_at(&w, k))
			return;
		size_t we = win_word_end(&w, k);
		const char *wd = w.b + k;
		size_t wn = we - k;
		if ((x = match(&w, k, K_MONTH, 0, lang, &e)) || (x = match(&w, k, K_YEAR, 0, lang, &e))) {
			if (!o->mag)
				o->reject = 1;
			return;
		}
		/* Romance "de", "di" between a number and its noun: "1200 de
		 * oameni", "2 millones de personas". */
		if (tries == 0 && wn == 2 && (!memcmp(wd, "de", 2) || !memcmp(wd, "di", 2)) &&
		    we < w.n && w.b[we] == ' ' && win_word_at(&w, we + 1)) {
			k = we + 1;
			continue;
		}
		if (is_stop(wd, wn) || (!strcmp(lang, "en") && ends_with(wd, wn, "ly")))
			return;
		if ((x = match(&w, k, K_CUR, 0, lang, &e))) {
			/* Money past adjectives: "10.000 tedanjih avstralskih funtov". */
			o->unit = adj_code(x->unit, adj_tag, lang);
			o->money = 1;
			o->end = w.map[e];
			return;
		}
		const lex *ad = match(&w, k, K_ADJ, 0, lang, &e);
		if (ad)
			adj_tag = ad->unit;
		if ((x = match(&w, k, K_NOUN, 0, lang, &e))) {
			o->unit = x->unit;
			o->end = w.map[e];
			o->count = !o->mag;
			return;
		}
		int n;
		uint32_t c0 = dec(t, len, w.map[k], &n);
		if (u_isupper((UChar32)c0) && strcmp(lang, "de") != 0)
			return;
		size_t ncp = 0;
		for (size_t q = k; q < we; q++)
			ncp += ((unsigned char)w.b[q] & 0xC0) != 0x80;
		if (ncp < 3)
			return;
		for (size_t q = k; q < we; q++)
			if (w.b[q] >= '0' && w.b[q] <= '9')
				return;
		if (we < w.n && w.b[we] == '-')
			return;
		if ((adjective_gen_pl(wd, wn, lang) || english_modifier(&w, wd, wn, we, lang)) && tries < 2 &&
		    we < w.n && w.b[we] == ' ') {
			k = we + 1;
			continue;
		}
		noun_key(wd, wn, lang, st, st_tried, o->key, sizeof(o->key));
		o->unit = o->key;
		o->end = w.map[we];
		o->count = !o->mag;
		return;
	}
}

/* Words after which a number is a label, not a quantity ("статьи 50",
 * "Article 50", "nr 5"); matched as lower-case stems. */
/* Writes t[i, e) in lower case into low (cap bytes, NUL-terminated,
 * cut at a character); returns its length, and whether its first
 * letter is a capital in *first_upper. */
static size_t lower_word(const char *t, size_t i, size_t e, char *low, size_t cap, int *first_upper)
{
	size_t n = 0;
	*first_upper = 0;
	for (size_t p = i; p < e && n + 4 < cap;) {
		int k;
		uint32_t d = td_utf8_decode(t + p, e - p, &k);
		if (p == i)
			*first_upper = u_isupper((UChar32)d) != 0;
		n += (size_t)td_utf8_encode((uint32_t)u_tolower((UChar32)d), low + n);
		p += (size_t)k;
	}
	low[n] = 0;
	return n;
}

static const char *const LABEL[] = {
	"стать*", "статт*", "член", "члена", "пункт*", "номер*", "art", "artykuł*", "článe*",
	"článk*", "člen", "člena", "članak", "članka", "článok", "article*", "artikel*",
	"artícul*", "paragraph*", "nr", "no", "numer*", "číslo", "number", "поток", "tok", "vol",
	"tel", "тел", "page", "str", "стр", "strana", "strona", "stránka",
};

/* Looks at the word just left of offset i (one space between): is it a
 * label word, or a capitalised word inside a sentence (a name, as in
 * "Nord Stream 2")? */
static void prev_word(const char *t, size_t i, int *label, int *name)
{
	*label = *name = 0;
	size_t at;
	uint32_t c = prev_cp(t, i, &at);
	if (c == '.' && at > 0)
		c = prev_cp(t, i = at, &at);
	else if (!is_space_cp(c))
		return;
	else
		c = prev_cp(t, i = at, &at);
	/* "Северный поток - 2" */
	if ((c == '-' || c == 0x2013 || c == 0x2014) && at > 0) {
		size_t a2;
		uint32_t b = prev_cp(t, at, &a2);
		if (is_space_cp(b))
			c = prev_cp(t, i = a2, &at);
	}
	if (c == 0x2116 || c == '#') {
		*label = 1;
		return;
	}
	size_t e = i;
	while (i > 0 && is_word_cp(c)) {
		i = at;
		c = prev_cp(t, i, &at);
	}
	if (i == e)
		return;
	char low[48];
	int first_upper;
	size_t n = lower_word(t, i, e, low, sizeof(low), &first_upper);
	for (size_t k = 0; k < sizeof(LABEL) / sizeof(LABEL[0]); k++) {
		size_t l = strlen(LABEL[k]);
		int pre = LABEL[k][l - 1] == '*';
		l -= (size_t)pre;
		if (pre ? n >= l && !memcmp(low, LABEL[k], l) : n == l && !memcmp(low, LABEL[k], l))
			*label = 1;
	}
	/* Capitalised after a space or a word, not after a sentence end;
	 * or a capital joined by "&" ("S&P 500", "AT&T"). */
	if (first_upper && i > 0) {
		size_t a2;
		uint32_t b = prev_cp(t, i, &a2);
		if (is_space_cp(b)) {
			uint32_t bb = prev_cp(t, a2, &a2);
			*name = is_word_cp(bb) || bb == ',';
		} else if (b == '&' && a2 > 0)
			*name = is_word_cp(prev_cp(t, a2, &a2));
	}
}

/* The lower-case word that ends at offset e of t (one space or a
 * hyphen before e), into low (cap bytes); its start in *from. */
static size_t word_before(const char *t, size_t e, char *low, size_t cap, size_t *from)
{
	size_t at, i;
	uint32_t c = prev_cp(t, e, &at);
	if (!is_space_cp(c) && c != '-')
		return 0;
	i = at;
	c = prev_cp(t, i, &at);
	size_t we = i;
	while (i > 0 && is_word_cp(c)) {
		i = at;
		c = prev_cp(t, i, &at);
	}
	int first_upper;
	*from = i;
	return lower_word(t, i, we, low, cap, &first_upper);
}

/* Words of an earthquake's magnitude, by their start: English, Polish,
 * Czech, Slovak, Slovene, Croatian "magnitude", "magnitudzie", "magnitudou",
 * "magnitúdou", Russian and Bulgarian "магнитудой", "магнитуд", Ukrainian
 * "магнітудою". */
static int magnitude_word(const char *w, size_t n)
{
	static const char *const words[] = {"magnitud", "magnitúd", "магнитуд", "магнітуд"};
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
		size_t l = strlen(words[k]);
		if (n >= l && !memcmp(w, words[k], l))
			return 1;
	}
	return 0;
}

/* An earthquake's magnitude written with the number t[start, end): the
 * word before it ("magnitude 6.1", "magnitude of 6.1", "магнитудой 7,8",
 * "o magnitudzie 7,8") or after it ("7.2-magnitude", "6.4 magnitude
 * quake", a scale's name: "6.8 on the Richter scale"). Returns the
 * quantity's text's start in *a and its end in *b. */
static int magnitude_at(const char *t, size_t len, size_t start, size_t end, size_t *a, size_t *b)
{
	char low[64];
	size_t from, n = word_before(t, start, low, sizeof(low), &from);
	if (n && (!strcmp(low, "of") || !strcmp(low, "от")))
		n = word_before(t, from, low, sizeof(low), &from);
	if (n && magnitude_word(low, n)) {
		*a = from;
		*b = end;
		return 1;
	}
	/* "6.8 on the Richter scale", "7,8 по шкале Рихтера", "7,8 по
	 * скалата на Рихтер", "7,8 w skali Richtera": the scale's name
	 * within a few words, in the same clause. */
	size_t lim = end + 48 < len ? end + 48 : len;
	for (size_t k = end; k + 6 <= lim; k++) {
		char ch = t[k];
		if (ch == '.' || ch == ',' || ch == ';' || ch == '\n' || ch == '!' || ch == '?' ||
		    (ch >= '0' && ch <= '9'))
			break;
		if (((ch | 32) == 'r' && k + 7 <= lim && !memcmp(t + k + 1, "ichter", 6)) ||
		    (k + 12 <= lim && (!memcmp(t + k, "Рихтер", 12) || !memcmp(t + k, "рихтер", 12)))) {
			*a = start;
			*b = end;
			return 1;
		}
	}
	if (end + 1 < len && (t[end] == '-' || t[end] == ' ')) {
		size_t e = end + 1;
		while (e < len && is_word_cp((unsigned char)t[e]) && (unsigned char)t[e] < 0x80)
			e++;
		char w[16];
		size_t wn = e - end - 1;
		if (wn == 9) {
			for (size_t k = 0; k < wn; k++)
				w[k] = (char)(t[end + 1 + k] | 32);
			if (!memcmp(w, "magnitude", 9)) {
				*a = start;
				*b = e;
				return 1;
			}
		}
	}
	return 0;
}

/* A number word at a word start t[i] followed by a magnitude ("три
 * миллиона", "tři miliardy", "a billion"). Fills *a and returns 1. */
static int number_word(const char *t, size_t len, size_t i, const char *lang, num *a)
{
	int n;
	unsigned h = pair_hash(t + i, len - i < 12 ? len - i : 12);
	if (!(IDX.numw2[h >> 3] & (1u << (h & 7))))
		return 0;
	/* The word, lower-cased, must be a number word before a window is built. */
	char wd[32];
	size_t wn = 0, q = i;
	while (q < len && wn + 4 < sizeof(wd)) {
		uint32_t d = td_utf8_decode(t + q, len - q, &n);
		if (!is_word_cp(d) && d != '\'' && d != 0x2019)
			break;
		wn += (size_t)td_utf8_encode(lower_cp(d), wd + wn);
		q += (size_t)n;
	}
	if (q >= len || t[q] != ' ')
		return 0;
	int found = 0;
	size_t key = (size_t)K_NUMW * 256 + (unsigned char)wd[0];
	for (size_t j = IDX.start[key]; j < IDX.start[key + 1] && !found; j++)
		found = IDX.len[IDX.ids[j]] == wn && !memcmp(LEX[IDX.ids[j]].w, wd, wn);
	if (!found)
		return 0;
	window w;
	build_window(&w, t, len, i);
	size_t e1, e2;
	const lex *x = match(&w, 0, K_NUMW, 0, lang, &e1);
	if (!x || e1 >= w.n || w.b[e1] != ' ' || !match(&w, e1 + 1, K_MAG, 0, lang, &e2))
		return 0;
	double m = 0;
	int e = 0, frac = 0;
	for (const char *p = x->unit; *p; p++) {
		if (*p == '.') {
			frac = 1;
			continue;
		}
		m = m * 10 + (*p - '0');
		e -= frac;
	}
	memset(a, 0, sizeof(*a));
	a->m[0] = a->m[1] = m;
	a->e[0] = a->e[1] = e;
	a->end = w.map[e1];
	return 1;
}

/* " do 49", " и 50", " to 10": a connector word between two numbers.
 * Returns the offset of the second number or 0. */
static size_t connector_next(const char *t, size_t len, size_t p, int *range)
{
	/* The first four make a range; the others a list. */
	static const char *const W[] = {"до", "do", "to", "až", "и", "i", "a", "in", "and",
					"or", "или", "і", "та", "або", "und", "et", "y"};
	if (p + 3 >= len || t[p] != ' ')
		return 0;
	for (size_t k = 0; k < sizeof(W) / sizeof(W[0]); k++) {
		size_t n = strlen(W[k]);
		if (p + 2 + n >= len || memcmp(t + p + 1, W[k], n) || t[p + 1 + n] != ' ')
			continue;
		size_t q = p + 2 + n;
		/* the second number may repeat the currency sign: "$5 to $10 million" */
		if (t[q] == '$')
			q++;
		else if (q + 2 < len && (!memcmp(t + q, "\xe2\x82\xac", 3)))
			q += 3;
		else if (q + 1 < len && !memcmp(t + q, "\xc2\xa3", 2))
			q += 2;
		if (q < len && t[q] >= '0' && t[q] <= '9') {
			*range = k < 4;
			return q;
		}
	}
	return 0;
}

static int mag_decimal(const char *lang)
{
	return !lang[0] || !strcmp(lang, "ru") || !strcmp(lang, "uk") || !strcmp(lang, "bg");
}

/* Whether t is tokenised as corpora are, punctuation spaced off the
 * words ("Cable cuts , he said ."): most of its first twelve commas and
 * full stops (within 4 KB) have a space before them. */
static int tokenised_text(const char *t, size_t len)
{
	size_t n = len < 4096 ? len : 4096, spaced = 0, all = 0;
	/* Commas, then full stops, each found by memchr (a vector scan). */
	for (int pass = 0; pass < 2; pass++) {
		char mark = pass ? '.' : ',';
		size_t seen = 0;
		for (const char *p = n > 1 ? memchr(t + 1, mark, n - 1) : NULL; p && seen < 12;
		     p = p + 1 < t + n ? memchr(p + 1, mark, (size_t)(t + n - p - 1)) : NULL) {
			size_t k = (size_t)(p - t);
			if (k + 1 < n && t[k + 1] != ' ' && t[k + 1] != '\n')
				continue;
			seen++;
			spaced += t[k - 1] == ' ';
		}
		all += seen;
	}
	return all >= 4 && spaced * 4 >= all * 3;
}

/* In a tokenised text, a whole number a, " . " and one or two digits
 * before a word in lower case, a percent sign or a hyphen is a decimal
 * whose point the tokeniser spaced off ("2 . 6 million", "46 . 8
 * percent", "6 . 1 magnitude"); not a sentence's end before a number
 * ("in 1990 . 5 people") where what follows is no such word. */
static void tokenised_decimal(const char *t, size_t len, num *a)
{
	size_t e = a->end;
	if (a->ndigits > 3 || e + 4 > len || memcmp(t + e, " . ", 3) || t[e + 3] < '0' || t[e + 3] > '9')
		return;
	size_t k = e + 3;
	double f = 0;
	int nd = 0;
	while (k < len && t[k] >= '0' && t[k] <= '9' && nd < 3) {
		f = f * 10 + (t[k] - '0');
		k++;
		nd++;
	}
	if (nd > 2 || k + 2 > len || t[k] != ' ' ||
	    !((t[k + 1] >= 'a' && t[k + 1] <= 'z') || t[k + 1] == '%' || t[k + 1] == '-'))
		return;
	for (int x = 0; x < 2; x++) {
		a->m[x] = a->m[x] * (nd == 1 ? 10 : 100) + f;
		a->e[x] -= nd;
	}
	a->plain = 0;
	a->ambiguous = 0;
	a->end = k;
}

static size_t scan(const char *t, size_t len, const char *lang, sink *s)
{
	pthread_once(&idx_once, build_index);
	int tokenised = tokenised_text(t, len);
	struct sb_stemmer *st = NULL;
	int st_tried = 0;
	if (!lang)
		lang = "";
	size_t i = 0, list_next = SIZE_MAX;
	while (i < len) {
		unsigned char c = (unsigned char)t[i];
		size_t start = i, end;
		int neg = 0;
		num a, b;
		size_t at, at2;
		uint32_t pc, ppc;
		if (c < '0' || c > '9') {
			if (i && !IDX.sep[c]) {
				/* most bytes: skip to the next digit or separator */
				while (++i < len && !IDX.stopb[(unsigned char)t[i]])
					;
				continue;
			}
			/* A number word at a word start, before a magnitude: tried
			 * after a separator byte when its first byte can start one. */
			size_t j = i == 0 && !IDX.sep[c] ? 0 : i + 1;
			if ((i == 0 || IDX.sep[c]) && j < len && IDX.numw1[(unsigned char)t[j]] &&
			    number_word(t, len, j, lang, &a)) {
				start = j;
				pc = ppc = ' ';
				end = a.end;
				goto have_number;
			}
			i++;
			continue;
		}
		pc = prev_cp(t, i, &at);
		ppc = prev_cp(t, at, &at2);
		/* Inside a word or a code: "G20", "COVID-19", "Су-27", "+7 495". */
		if (is_word_cp(pc) || pc == '_' || pc == '+' || pc == '#' || pc == 0x2116 ||
		    ((pc == '-' || pc == '.' || pc == ',' || pc == ':' || pc == '/') &&
		     is_word_cp(ppc))) {
			i = skip_token(t, len, i);
			continue;
		}
		if ((pc == '-' || pc == 0x2212) && (at == 0 || is_space_cp(ppc) || ppc == '(' ||
						   ppc == '\n')) {
			neg = 1;
			start = at;
		}
		int r = parse_num(t, len, i, lang, &a);
		if (r == NUM_REJECT) {
			i = skip_token(t, len, i);
			continue;
		}
		if (tokenised && a.plain)
			tokenised_decimal(t, len, &a);
		end = a.end;
		/* An earthquake's magnitude, from 1 to 10, whole or with one
		 * decimal: "magnitude 6.1", "магнитудой 7,8", "7.2-magnitude". */
		size_t ma, mb;
		if (!neg && (a.e[0] == -1 || (a.plain && a.e[0] == 0)) && magnitude_at(t, len, start, end, &ma, &mb)) {
			double v = scale(a.m[0], a.e[0]);
			if (v >= 1 && v <= 10) {
				if (emit(s, t, ma, mb, v, "magnitude", 0) < 0)
					goto out;
				i = mb;
				continue;
			}
		}
		/* Ordinals and decades "5-й", "90-х", "11-year-old"; list items. */
		if (end < len && t[end] == '-' && end + 1 < len && !(t[end + 1] >= '0' && t[end + 1] <= '9')) {
			i = skip_token(t, len, end);
			continue;
		}
		if (a.plain && end < len && (t[end] == '.' || t[end] == ')') &&
		    (end + 1 == len || t[end + 1] == ' ' || t[end + 1] == '\n') &&
		    (line_start_before(t, start) || pc == '(')) {
			i = end + 1;
			continue;
		}
		/* "5. března", "3. miejsce": an ordinal. */
		if (a.plain && end + 2 < len && t[end] == '.' && t[end + 1] == ' ' &&
		    strcmp(lang, "en") && strcmp(lang, "ru") && strcmp(lang, "uk")) {
			int n;
			uint32_t nc = dec(t, len, end + 2, &n);
			if (u_islower((UChar32)nc)) {
				i = end + 1;
				continue;
			}
		}
	have_number:;
		size_t cfrom = start;
		const char *cur = currency_left(t, start, &cfrom);
		int label, name, nn0;
		prev_word(t, start, &label, &name);
		/* A range: the second number shares the suffix. */
		int has_b = 0;
		size_t q = range_next(t, len, end);
		if (q) {
			int rb = parse_num(t, len, q, lang, &b);
			if (rb == NUM_REJECT ||
			    (b.end < len && t[b.end] == '-' && b.end + 1 < len && t[b.end + 1] >= '0' &&
			     t[b.end + 1] <= '9')) {
				i = skip_token(t, len, q); /* phone numbers, dates */
				continue;
			}
			if (scale(b.m[0], b.e[0]) <= scale(a.m[0], a.e[0])) {
				i = skip_token(t, len, q); /* a score "5-3", not a range */
				continue;
			}
			has_b = 1;
			end = b.end;
		}
		/* "51 do 49 proc.", "40 и 50 процента", "from 5 to 10%": the first
		 * number takes the unit of the second; the second is read next. */
		int crange = 0;
		size_t q2 = has_b ? 0 : connector_next(t, len, end, &crange);
		if (q2 && parse_num(t, len, q2, lang, &b) == NUM_OK && !(b.end < len && (t[b.end] == '-' ||
		    is_word_cp(dec(t, len, b.end, &nn0))))) {
			suffix sc;
			read_suffix(t, len, b.end, lang, cur, 0, &st, &st_tried, &sc);
			int year_like = a.plain && a.ndigits == 4 && a.m[0] >= 1900 && a.m[0] <= 2100;
			if (!sc.reject && !year_like && (sc.mag || sc.money || sc.unit) &&
			    (crange || !sc.count || sc.unit != sc.key) &&
			    !label && !(name && !sc.money && !sc.mag)) {
				double v = scale(a.m[a.ambiguous && sc.mag && mag_decimal(lang)],
						 a.e[a.ambiguous && sc.mag && mag_decimal(lang)] + sc.e);
				if (emit(s, t, cur ? cfrom : start, sc.end, neg ? -v : v,
					 sc.unit ? sc.unit : "", sc.unit == sc.key ? strlen(sc.key) : 0) < 0)
					goto out;
			}
			/* "osiach 1 a 2 zamerané": numbers listed without a unit are labels. */
			if (!crange && ((sc.count && sc.unit == sc.key) || (!sc.unit && !sc.mag)))
				list_next = q2;
			i = q2;
			continue;
		}
		int n;
		uint32_t nc = dec(t, len, end, &n);
		int glued = end < len && is_word_cp(nc);
		suffix sf;
		read_suffix(t, len, end, lang, cur, glued, &st, &st_tried, &sf);
		/* "5G", "3D": a capital letter glued to a number is a name. */
		if (glued && !cur && u_isupper((UChar32)nc) && sf.end - end <= 1)
			sf.reject = 1;
		if (sf.reject || (!sf.unit && !sf.mag) || (glued && sf.end == end)) {
			i = glued ? skip_token(t, len, end) : end;
			continue;
		}
		/* "в 19.00 можно", "ob 6.40 zjutraj": a time, not a count. */
		if (sf.count && a.e[0] == -2 && !a.ambiguous && t[end - 3] == '.' && a.m[0] < 2400 &&
		    (long long)a.m[0] % 100 < 60 && !has_b && strcmp(sf.unit, "%") != 0) {
			i = end;
			continue;
		}
		/* A count of a noun is a whole number: "o magnitudzie 6,4
		 * nawiedziło", "a magnitude 6.4 earthquake" give no count. */
		if (sf.count && sf.unit == sf.key && a.e[0] < 0 && !a.ambiguous) {
			i = end;
			continue;
		}
				/* A count after a label or a name: "статьи 50 Лиссабонского",
		 * "Nord Stream 2 má". */
		if ((label || name || start == list_next) && sf.count) {
			i = end;
			continue;
		}
		/* A bare year: "in 2019", "2018 Brexit". */
		if (a.plain && a.ndigits == 4 && !sf.money && !sf.mag && !neg &&
		    (!has_b || (b.plain && b.ndigits == 4))) {
			double y = a.m[0];
			int counted = sf.unit && strcmp(sf.unit, "%") && strcmp(sf.unit, "pp") &&
				      !(sf.e != 0 || !strcmp(sf.unit, "m") || !strcmp(sf.unit, "kg") ||
					!strcmp(sf.unit, "m3") || !strcmp(sf.unit, "W"));
			if (y >= 1900 && y <= 2100 && counted && sf.unit != sf.key) {
				i = end;
				continue;
			}
			if (y >= 1900 && y <= 2100 && sf.unit == sf.key) {
				i = end;
				continue;
			}
		}
		const char *unit = sf.unit ? sf.unit : "";
		size_t ulen = sf.unit == sf.key ? strlen(sf.key) : 0;
		size_t a0 = cur ? cfrom : start;
		for (int k = 0; k < 1 + has_b; k++) {
			num *x = k ? &b : &a;
			/* Before a magnitude, "1.500 млрд" is a decimal where the
			 * decimal point is common (unknown language, Cyrillic news). */
			int rd = x->ambiguous && sf.mag && mag_decimal(lang);
			double m = x->m[rd];
			int ee = x->e[rd];
			double v = scale(m, ee + sf.e);
			if (neg && k == 0)
				v = -v;
			if (emit(s, t, a0, sf.end, v, unit, ulen) < 0)
				goto out;
		}
		i = sf.end > end ? sf.end : end;
	}
out:
	if (st)
		sb_stemmer_delete(st);
	return s->n;
}

size_t td_numbers_scan(const char *text, size_t len, const char *lang, td_number *out,
		       size_t max, td_arena *ar)
{
	sink s = {out, 0, max, 0, 0, ar};
	if (!text || !out || !ar)
		return 0;
	return scan(text, len, lang, &s);
}

int td_numbers_article(td_article *a, td_arena *ar)
{
	a->numbers = NULL;
	a->nnumbers = 0;
	if (!a->text || !a->text_len)
		return 0;
	const char *lang = a->lang[0] ? a->lang : a->lang_hint ? a->lang_hint : "";
	sink s = {NULL, 0, 0, 1, 0, ar};
	scan(a->text, a->text_len, lang, &s);
	if (s.oom)
		return TD_ERR_NOMEM;
	a->numbers = s.v;
	a->nnumbers = s.n;
	return 0;
}
