/* lex.c - case folding, word boundaries and the cue-word table used by clean and dates.
 * The table is built once (about 1,200 entries in static storage: 40 KB of strings,
 * 16 KB of hash slots, 20 KB of filters, 58 KB of short words by key) and read
 * without locks. */
#include "lex.h"

#include <pthread.h>
#include <string.h>

#include "swar.h"
#include "tidings/utf8.h"

/* ---- code points ----------------------------------------------------- */

/* Decodes one code point; the common one- and two-byte cases inline. */
static inline uint32_t dec(const char *s, size_t left, int *k)
{
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80) {
		*k = 1;
		return c;
	}
	if (c >= 0xC2 && c < 0xE0 && left >= 2 && ((unsigned char)s[1] & 0xC0) == 0x80) {
		*k = 2;
		return ((uint32_t)(c & 0x1F) << 6) | ((unsigned char)s[1] & 0x3F);
	}
	return td_utf8_decode(s, left, k);
}

static inline int enc(uint32_t c, char *o)
{
	if (c < 0x80) {
		o[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (char)(0xC0 | (c >> 6));
		o[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	return td_utf8_encode(c, o);
}

static inline uint32_t fold_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 32 : c;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	if (c >= 0x100 && c <= 0x17F) {
		if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && !(c & 1))
			return c + 1;
		if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && (c & 1))
			return c + 1;
		if (c == 0x178)
			return 0xFF;
		return c;
	}
	if (c >= 0x400 && c <= 0x4FF) {
		if (c >= 0x410 && c <= 0x42F)
			return c + 32;
		if (c == 0x401 || c == 0x451)
			return 0x435; /* ё folds to е: both spellings are in use */
		if (c >= 0x400 && c <= 0x40F)
			return c + 0x50;
		if (c >= 0x460 && !(c & 1))
			return c + 1;
		return c;
	}
	if (c >= 0x386 && c <= 0x3AB) {
		/* Greek capitals, with and without their accent. */
		if (c >= 0x391 && c != 0x3A2)
			return c + 32;
		static const uint16_t acc[] = {0x3AC, 0, 0x3AD, 0x3AE, 0x3AF, 0, 0x3CC, 0, 0x3CD, 0x3CE};
		if (c <= 0x38F && acc[c - 0x386])
			return acc[c - 0x386];
		return c;
	}
	if (c == 0x2019 || c == 0x2BC)
		return '\'';
	return c;
}

static inline int letter_cp(uint32_t c)
{
	if (c < 0x80)
		return (c | 32) >= 'a' && (c | 32) <= 'z';
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return 0;
	if (c >= 0x2000 && c <= 0x2BFF)
		return 0;
	if ((c >= 0x3000 && c <= 0x303F) || c == 0xFEFF || c == 0xFFFD)
		return 0;
	return 1;
}

int td__is_letter_at(const char *s, size_t i, size_t n)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80)
		return ((b | 32) >= 'a' && (b | 32) <= 'z');
	int k;
	return letter_cp(dec(s + i, n - i, &k));
}

int td__is_upper_at(const char *s, size_t i, size_t n)
{
	unsigned char b = (unsigned char)s[i];
	if (b < 0x80)
		return b >= 'A' && b <= 'Z';
	int k;
	uint32_t c = dec(s + i, n - i, &k);
	return letter_cp(c) && fold_cp(c) != c && c != 0x2019;
}

static int is_apos(const char *s, size_t i, size_t n, int *k)
{
	if (s[i] == '\'') {
		*k = 1;
		return 1;
	}
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    (unsigned char)s[i + 2] == 0x99) {
		*k = 3;
		return 1;
	}
	return 0;
}

size_t td__word_end(const char *s, size_t i, size_t n)
{
	size_t j = i;
	while (j < n) {
		unsigned char b = (unsigned char)s[j];
		if (b < 0x80) {
			if (((b | 32) >= 'a' && (b | 32) <= 'z')) {
				j++;
				continue;
			}
			int k;
			if ((b == '-' || is_apos(s, j, n, &k)) && j > i) {
				size_t nx = j + (b == '-' ? 1 : (size_t)k);
				if (nx < n && td__is_letter_at(s, nx, n)) {
					j = nx;
					continue;
				}
			}
			break;
		}
		int k;
		uint32_t c = dec(s + j, n - j, &k);
		if (c == 0x2019 && j > i && j + 3 < n && td__is_letter_at(s, j + 3, n)) {
			j += 3;
			continue;
		}
		if (!letter_cp(c))
			break;
		j += (size_t)k;
	}
	return j;
}

size_t td__fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		unsigned char b = (unsigned char)s[i];
		if (b < 0x80) {
			if (o + 1 > cap)
				return 0;
			out[o++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
			i++;
			continue;
		}
		int k;
		uint32_t c = fold_cp(dec(s + i, n - i, &k));
		i += (size_t)k;
		if (o + 4 > cap)
			return 0;
		o += (size_t)enc(c, out + o);
	}
	return o;
}

/* ---- the table ------------------------------------------------------- */

static uint32_t fnv(const char *s, size_t n);
static void add_prefix(const char *f, size_t len);


typedef struct {
	unsigned langs;
	uint8_t kind;
	const char *forms; /* '|' steps the value, ' ' separates forms;
			      "x." abbreviation, "^x" capital required,
			      "x~" written after its noun */
	uint8_t val0;
} cue_src;

#define L(x) (1u << TD__L_##x)
#define SLAVIC_LATN (L(PL) | L(CS) | L(SK) | L(SL) | L(HR))

/* Month names in the case forms news use (nominative, genitive,
 * locative, instrumental) and their usual abbreviations. */
static const cue_src k_src[] = {
	{L(RU), TD__K_MONTH,
	 "январь января январе январем янв.|февраль февраля феврале февралем фев. февр.|"
	 "март марта марте мартом мар.|апрель апреля апреле апрелем апр.|май мая мае маем|"
	 "июнь июня июне июнем июн.|июль июля июле июлем июл.|август августа августе августом авг.|"
	 "сентябрь сентября сентябре сентябрем сен. сент.|октябрь октября октябре октябрем окт.|"
	 "ноябрь ноября ноябре ноябрем ноя. нояб.|декабрь декабря декабре декабрем дек.", 1},
	{L(UK), TD__K_MONTH,
	 "січень січня січні січнем|лютий лютого лютому лютим|березень березня березні березнем|"
	 "квітень квітня квітні квітнем|травень травня травні травнем|червень червня червні червнем|"
	 "липень липня липні липнем|серпень серпня серпні серпнем|вересень вересня вересні вереснем|"
	 "жовтень жовтня жовтні жовтнем|листопад листопада листопаді листопадом|"
	 "грудень грудня грудні груднем", 1},
	{L(BG), TD__K_MONTH,
	 "януари яну.|февруари фев.|март мар.|април апр.|май|юни|юли|август авг.|септември сеп. септ.|"
	 "октомври окт.|ноември ное.|декември дек.", 1},
	{L(PL), TD__K_MONTH,
	 "styczeń stycznia styczniu styczniem sty.|luty lutego lutym|marzec marca marcu marcem|"
	 "kwiecień kwietnia kwietniu kwietniem kwi.|maj maja maju majem|czerwiec czerwca czerwcu czerwcem|"
	 "lipiec lipca lipcu lipcem|sierpień sierpnia sierpniu sierpniem|"
	 "wrzesień września wrześniu wrześniem wrz.|październik października październiku październikiem|"
	 "listopad listopada listopadzie listopadem|grudzień grudnia grudniu grudniem gru.", 1},
	{L(CS), TD__K_MONTH,
	 "leden ledna lednu lednem|únor února únoru únorem|březen března březnu březnem|"
	 "duben dubna dubnu dubnem|květen května květnu květnem|červen června červnu červnem|"
	 "červenec července červenci červencem|srpen srpna srpnu srpnem|září|"
	 "říjen října říjnu říjnem|listopad listopadu listopadem|prosinec prosince prosinci prosincem", 1},
	{L(SK), TD__K_MONTH,
	 "január januára januári januárom jan.|február februára februári februárom feb.|"
	 "marec marca marci marcom mar.|apríl apríla apríli aprílom apr.|máj mája máji májom|"
	 "jún júna júni júnom|júl júla júli júlom|august augusta auguste augustom aug.|"
	 "september septembra septembri septembrom sep. sept.|október októbra októbri októbrom okt.|"
	 "november novembra novembri novembrom nov.|december decembra decembri decembrom dec.", 1},
	{L(SL), TD__K_MONTH,
	 "januar januarja januarju januarjem jan.|februar februarja februarju februarjem feb.|"
	 "marec marca marcu marcem mar.|april aprila aprilu aprilom apr.|maj maja maju majem|"
	 "junij junija juniju junijem jun.|julij julija juliju julijem jul.|"
	 "avgust avgusta avgustu avgustom avg.|september septembra septembru septembrom sep. sept.|"
	 "oktober oktobra oktobru oktobrom okt.|november novembra novembru novembrom nov.|"
	 "december decembra decembru decembrom dec.", 1},
	{L(HR), TD__K_MONTH,
	 "siječanj siječnja siječnju siječnjem|veljača veljače veljači veljačom|ožujak ožujka ožujku ožujkom|"
	 "travanj travnja travnju travnjem|svibanj svibnja svibnju svibnjem|lipanj lipnja lipnju lipnjem|"
	 "srpanj srpnja srpnju srpnjem|kolovoz kolovoza kolovozu kolovozom|rujan rujna rujnu rujnom|"
	 "listopad listopada listopadu listopadom|studeni studenoga studenog studenom|"
	 "prosinac prosinca prosincu prosincem", 1},
	{L(EN), TD__K_MONTH,
	 "january jan.|february feb.|^march mar.|april apr.|^may|june jun.|july jul.|august aug.|"
	 "september sep. sept.|october oct.|november nov.|december dec.", 1},
	{L(DE), TD__K_MONTH,
	 "januar jänner jan.|februar feb.|märz mär.|april apr.|mai|juni jun.|juli jul.|august aug.|"
	 "september sep. sept.|oktober okt.|november nov.|dezember dez.", 1},
	{L(FR), TD__K_MONTH,
	 "janvier janv.|février févr.|mars|avril avr.|mai|juin|juillet juil.|août|"
	 "septembre sept.|octobre oct.|novembre nov.|décembre déc.", 1},
	{L(ES), TD__K_MONTH,
	 "enero ene.|febrero feb.|marzo mar.|abril abr.|mayo may.|junio jun.|julio jul.|agosto ago.|"
	 "septiembre setiembre sep. sept.|octubre oct.|noviembre nov.|diciembre dic.", 1},
	{L(IT), TD__K_MONTH,
	 "gennaio genn.|febbraio febbr.|marzo|aprile apr.|maggio magg.|giugno|luglio|agosto|"
	 "settembre sett.|ottobre ott.|novembre nov.|dicembre dic.", 1},
	{L(PT), TD__K_MONTH,
	 "janeiro jan.|fevereiro fev.|março mar.|abril abr.|maio|junho jun.|julho jul.|agosto ago.|"
	 "setembro set.|outubro out.|novembro nov.|dezembro dez.", 1},
	{L(NL), TD__K_MONTH,
	 "januari jan.|februari feb.|maart mrt.|april apr.|mei|juni|juli|augustus aug.|"
	 "september sep. sept.|oktober okt.|november nov.|december dec.", 1},
	{L(RO), TD__K_MONTH,
	 "ianuarie ian.|februarie feb.|martie mart.|aprilie apr.|mai|iunie iun.|iulie iul.|august aug.|"
	 "septembrie sept.|octombrie oct.|noiembrie nov. noi.|decembrie dec.", 1},
	{L(TR), TD__K_MONTH,
	 "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık", 1},
	{L(EL), TD__K_MONTH,
	 "ιανουάριος ιανουαρίου|φεβρουάριος φεβρουαρίου|μάρτιος μαρτίου|απρίλιος απριλίου|"
	 "μάιος μαΐου|ιούνιος ιουνίου|ιούλιος ιουλίου|αύγουστος αυγούστου|"
	 "σεπτέμβριος σεπτεμβρίου|οκτώβριος οκτωβρίου|νοέμβριος νοεμβρίου|δεκέμβριος δεκεμβρίου", 1},
	{L(HU), TD__K_MONTH,
	 "január januárban jan.|február februárban febr.|március márciusban márc.|"
	 "április áprilisban ápr.|május májusban máj.|június júniusban jún.|július júliusban júl.|"
	 "augusztus augusztusban aug.|szeptember szeptemberben szept.|október októberben okt.|"
	 "november novemberben nov.|december decemberben dec.", 1},
	/* Serbian (Cyrillic and Latin) and Bosnian share the Croatian
	 * tables, Macedonian the Bulgarian, Belarusian the Russian and
	 * Ukrainian (td__lang_bit). */
	{L(HR), TD__K_MONTH,
	 "јануар јануара|фебруар фебруара|март марта|април априла|мај маја|јун јуна|јул јула|"
	 "август августа|септембар септембра|октобар октобра|новембар новембра|децембар децембра", 1},
	{L(HR), TD__K_MONTH,
	 "januar januara|februar februara|mart marta|april aprila|maj maja|jun juna|jul jula|"
	 "avgust avgusta|septembar septembra|oktobar oktobra|novembar novembra|decembar decembra", 1},
	{L(BG), TD__K_MONTH,
	 "јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|декември", 1},
	{L(RU) | L(UK), TD__K_MONTH,
	 "студзень студзеня|люты лютага|сакавік сакавіка|красавік красавіка|травень траўня|"
	 "чэрвень чэрвеня|ліпень ліпеня|жнівень жніўня|верасень верасня|кастрычнік кастрычніка|"
	 "лістапад лістапада|снежань снежня", 1},

	/* Weekdays, Monday first, in the forms used after a preposition. */
	{L(RU), TD__K_WDAY,
	 "понедельник понедельника|вторник вторника|среду среды|четверг четверга|пятницу пятница пятницы|"
	 "субботу суббота субботы|воскресенье воскресенья", 0},
	{L(UK), TD__K_WDAY,
	 "понеділок понеділка|вівторок вівторка|середу середи|четвер четверга|п'ятницю п'ятниця п'ятниці|"
	 "суботу субота суботи|неділю неділя неділі", 0},
	{L(BG), TD__K_WDAY,
	 "понеделник|вторник|сряда|четвъртък|петък|събота|неделя", 0},
	{L(PL), TD__K_WDAY,
	 "poniedziałek poniedziałku|wtorek wtorku|środę środa środy|czwartek czwartku|piątek piątku|"
	 "sobotę sobota soboty|niedzielę niedziela niedzieli", 0},
	{L(CS), TD__K_WDAY,
	 "pondělí|úterý|středu|čtvrtek čtvrtka|pátek pátku|sobotu sobota soboty|neděli neděle", 0},
	{L(SK), TD__K_WDAY,
	 "pondelok pondelka|utorok utorka|stredu|štvrtok štvrtka|piatok piatka|sobotu sobota soboty|"
	 "nedeľu nedeľa nedele", 0},
	{L(SL), TD__K_WDAY,
	 "ponedeljek ponedeljka|torek torka|sredo|četrtek četrtka|petek petka|soboto sobota sobote|"
	 "nedeljo nedelja nedelje", 0},
	{L(HR), TD__K_WDAY,
	 "ponedjeljak ponedjeljka|utorak utorka|srijedu srijeda|četvrtak četvrtka|petak petka|"
	 "subotu subota subote|nedjelju nedjelja nedjelje", 0},
	{L(EN), TD__K_WDAY, "monday|tuesday|wednesday|thursday|friday|saturday|sunday", 0},
	{L(DE), TD__K_WDAY, "montag|dienstag|mittwoch|donnerstag|freitag|samstag sonnabend|sonntag", 0},
	{L(FR), TD__K_WDAY, "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche", 0},
	{L(ES), TD__K_WDAY, "lunes|martes|miércoles|jueves|viernes|sábado|domingo", 0},
	{L(IT), TD__K_WDAY, "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica", 0},
	{L(PT), TD__K_WDAY,
	 "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo", 0},
	{L(NL), TD__K_WDAY, "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag", 0},
	{L(RO), TD__K_WDAY, "luni|marți marţi|miercuri|joi|vineri|sâmbătă|duminică", 0},
	{L(TR), TD__K_WDAY, "pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar", 0},
	{L(EL), TD__K_WDAY, "^δευτέρα|^τρίτη|^τετάρτη|^πέμπτη|^παρασκευή|^σάββατο|^κυριακή", 0},
	{L(HU), TD__K_WDAY,
	 "hétfő hétfőn|kedd kedden|szerda szerdán|csütörtök csütörtökön|péntek pénteken|"
	 "szombat szombaton|vasárnap", 0},
	{L(HR), TD__K_WDAY,
	 "понедељак понедељка ponedeljak ponedeljka|уторак уторка|среду среда sredu sreda|"
	 "четвртак четвртка|петак петка|суботу субота|недељу недеља nedelju nedelja", 0},
	{L(BG), TD__K_WDAY, "|||четврток|петок|сабота|недела", 0},
	{L(RU) | L(UK), TD__K_WDAY,
	 "панядзелак|аўторак|сераду серада|чацвер|пятніцу пятніца|суботу субота|нядзелю нядзеля", 0},

	/* Day offsets from -2 to +2. */
	{L(RU), TD__K_REL, "позавчера|вчера|сегодня|завтра|послезавтра", 6},
	{L(UK), TD__K_REL, "позавчора позаминулого|вчора учора|сьогодні|завтра|післязавтра", 6},
	{L(BG), TD__K_REL, "онзи-ден завчера|вчера|днес|утре|вдругиден", 6},
	{L(PL), TD__K_REL, "przedwczoraj|wczoraj|dziś dzisiaj|jutro|pojutrze", 6},
	{L(CS), TD__K_REL, "předevčírem|včera|dnes|zítra|pozítří", 6},
	{L(SK), TD__K_REL, "predvčerom|včera|dnes|zajtra|pozajtra", 6},
	{L(SL), TD__K_REL, "predvčerajšnjim|včeraj|danes|jutri|pojutrišnjem", 6},
	{L(HR), TD__K_REL, "prekjučer|jučer juče|danas|sutra|prekosutra", 6},
	{L(EN), TD__K_REL, "|yesterday|today|tomorrow", 6},
	{L(DE), TD__K_REL, "vorgestern|gestern|heute|morgen|übermorgen", 6},
	{L(FR), TD__K_REL, "avant-hier|hier|aujourd'hui|demain|après-demain", 6},
	{L(ES), TD__K_REL, "anteayer antier|ayer|hoy|mañana", 6},
	{L(IT), TD__K_REL, "l'altroieri|ieri|oggi|domani|dopodomani", 6},
	{L(PT), TD__K_REL, "anteontem|ontem|hoje|amanhã", 6},
	{L(NL), TD__K_REL, "eergisteren|gisteren|vandaag|", 6}, /* "morgen" is the morning too */
	{L(RO), TD__K_REL, "alaltăieri|ieri|azi astăzi|mâine|poimâine", 6},
	{L(TR), TD__K_REL, "|dün|bugün|yarın", 6},
	{L(EL), TD__K_REL, "προχθές|χθες χτες|σήμερα|αύριο|μεθαύριο", 6},
	{L(HU), TD__K_REL, "tegnapelőtt|tegnap||holnap|holnapután", 6}, /* "ma" is too short */
	{L(HR), TD__K_REL, "прекјуче|јуче јучер|данас|сутра|прекосутра", 6},
	{L(BG), TD__K_REL, "завчера|вчера|денес|утре|задутре", 6},
	{L(RU) | L(UK), TD__K_REL, "пазаўчора|учора|сёння|заўтра|паслязаўтра", 6},

	/* Prepositions that introduce a month, a year or a weekday. */
	{L(RU), TD__K_CUE, "в во с со до по к от на", 0},
	{L(UK), TD__K_CUE, "в у з із до по від на", 0},
	{L(BG), TD__K_CUE, "в във през от до на към", 0},
	{L(PL), TD__K_CUE, "w we od do z ze na", 0},
	{L(CS), TD__K_CUE, "v ve od do z ze na", 0},
	{L(SK), TD__K_CUE, "v vo od do z zo na", 0},
	{L(SL), TD__K_CUE, "v od do z iz na", 0},
	{L(HR), TD__K_CUE, "u od do iz na", 0},
	{L(EN), TD__K_CUE, "in on since until till by from during early late mid before after", 0},
	{L(DE), TD__K_CUE, "im am seit bis ab von vom anfang ende mitte", 0},
	{L(FR), TD__K_CUE, "en depuis jusqu'en dès le début fin", 0},
	{L(ES), TD__K_CUE, "en desde hasta el principios finales", 0},
	{L(IT), TD__K_CUE, "in nel nella dal dalla fino entro inizio fine metà", 0},
	{L(PT), TD__K_CUE, "em no na desde até início fim", 0},
	{L(NL), TD__K_CUE, "in sinds tot vanaf begin eind medio", 0},
	{L(RO), TD__K_CUE, "în pe din până", 0},
	{L(EL), TD__K_CUE, "τον την στις το από μέχρι έως", 0},
	{L(HR), TD__K_CUE, "у од до на", 0},

	{L(RU), TD__K_LAST, "прошлый прошлую прошлое прошлом прошлой прошлого минувший минувшую минувшей "
			     "минувшем минувшего", 0},
	{L(UK), TD__K_LAST, "минулий минулу минулого минулому минулої минулій", 0},
	{L(BG), TD__K_LAST, "миналия миналата миналото миналия", 0},
	{L(PL), TD__K_LAST, "zeszły zeszłą zeszłym zeszłego ubiegły ubiegłą ubiegłym ubiegłego", 0},
	{L(CS), TD__K_LAST, "minulý minulou minulém minulého minulé", 0},
	{L(SK), TD__K_LAST, "minulý minulú minulom minulého minulé", 0},
	{L(SL), TD__K_LAST, "prejšnji prejšnjo prejšnjem prejšnjega lanski lanskem", 0},
	{L(HR), TD__K_LAST, "prošli prošlu prošlog prošle prošloj prošlom", 0},
	{L(EN), TD__K_LAST, "last", 0},
	{L(DE), TD__K_LAST, "letzten letzte letztes vergangenen vergangene vergangenes", 0},
	{L(FR), TD__K_LAST, "dernier~ dernière~", 0},
	{L(ES), TD__K_LAST, "pasado~ pasada~", 0},
	{L(IT), TD__K_LAST, "scorso~ scorsa~", 0},
	{L(PT), TD__K_LAST, "passado~ passada~", 0},
	{L(NL), TD__K_LAST, "vorige afgelopen", 0},
	{L(RO), TD__K_LAST, "trecut~ trecută~", 0},
	{L(TR), TD__K_LAST, "geçen", 0},
	{L(EL), TD__K_LAST, "περασμένη περασμένο περασμένος", 0},
	{L(HU), TD__K_LAST, "múlt", 0},

	{L(RU), TD__K_NEXT, "следующий следующую следующее следующем следующей следующего будущем будущей "
			     "будущего", 0},
	{L(UK), TD__K_NEXT, "наступний наступну наступного наступному наступної наступній", 0},
	{L(BG), TD__K_NEXT, "следващия следващата следващото", 0},
	{L(PL), TD__K_NEXT, "przyszły przyszłą przyszłym przyszłego następny następną następnym", 0},
	{L(CS), TD__K_NEXT, "příští příštím příštího", 0},
	{L(SK), TD__K_NEXT, "budúci budúcu budúcom budúceho budúce", 0},
	{L(SL), TD__K_NEXT, "prihodnji prihodnjo prihodnjem prihodnjega naslednji naslednjo", 0},
	{L(HR), TD__K_NEXT, "sljedeći sljedeću sljedećeg sljedeće idući iduću idućeg iduće", 0},
	{L(EN), TD__K_NEXT, "next", 0},
	{L(DE), TD__K_NEXT, "nächsten nächste nächstes kommenden kommende kommendes", 0},
	{L(FR), TD__K_NEXT, "prochain~ prochaine~", 0},
	{L(ES), TD__K_NEXT, "próximo próxima", 0},
	{L(IT), TD__K_NEXT, "prossimo prossima", 0},
	{L(PT), TD__K_NEXT, "próximo próxima", 0},
	{L(NL), TD__K_NEXT, "volgende volgend komende komend", 0},
	{L(RO), TD__K_NEXT, "viitor~ viitoare~", 0},
	{L(TR), TD__K_NEXT, "gelecek önümüzdeki", 0},
	{L(EL), TD__K_NEXT, "επόμενη επόμενο ερχόμενη ερχόμενο", 0},
	{L(HU), TD__K_NEXT, "jövő", 0},

	{L(RU), TD__K_THIS, "этот эту этом этой этого текущем текущего текущий нынешнем", 0},
	{L(UK), TD__K_THIS, "цей цю цьому цього цієї поточному поточного", 0},
	{L(BG), TD__K_THIS, "този тази това", 0},
	{L(PL), TD__K_THIS, "tym tego ten tę bieżącym bieżącego", 0},
	{L(CS), TD__K_THIS, "tento tuto tomto tohoto", 0},
	{L(SK), TD__K_THIS, "tento túto tomto tohto", 0},
	{L(SL), TD__K_THIS, "ta to tem tega", 0},
	{L(HR), TD__K_THIS, "ovaj ovu ovom ove ovog ovoj", 0},
	{L(EN), TD__K_THIS, "this", 0},
	{L(DE), TD__K_THIS, "diesen diese diesem dieses", 0},
	{L(FR), TD__K_THIS, "cette ce", 0},
	{L(ES), TD__K_THIS, "este esta", 0},
	{L(IT), TD__K_THIS, "questo questa", 0},
	{L(PT), TD__K_THIS, "este esta neste nesta", 0},
	{L(NL), TD__K_THIS, "deze dit", 0},
	{L(RO), TD__K_THIS, "acest această", 0},
	{L(TR), TD__K_THIS, "bu", 0},
	{L(EL), TD__K_THIS, "αυτή αυτό αυτόν", 0},

	{L(RU), TD__K_YEARN, "год года году годом г.", 0},
	{L(UK), TD__K_YEARN, "рік року році роком р.", 0},
	{L(BG), TD__K_YEARN, "година годината г.", 0},
	{L(PL), TD__K_YEARN, "rok roku rokiem r.", 0},
	{L(CS), TD__K_YEARN, "rok roku roce rokem", 0},
	{L(SK), TD__K_YEARN, "rok roku roku rokom", 0},
	{L(SL), TD__K_YEARN, "leto leta letu letom", 0},
	{L(HR), TD__K_YEARN, "godina godine godini godinu god.", 0},
	{L(EN), TD__K_YEARN, "year", 0},
	{L(DE), TD__K_YEARN, "jahr jahres jahre", 0},
	{L(FR), TD__K_YEARN, "année an", 0},
	{L(ES), TD__K_YEARN, "año", 0},
	{L(IT), TD__K_YEARN, "anno", 0},
	{L(PT), TD__K_YEARN, "ano", 0},
	{L(NL), TD__K_YEARN, "jaar", 0},
	{L(RO), TD__K_YEARN, "anul anului", 0},
	{L(TR), TD__K_YEARN, "yılı yılında yıl", 0},
	{L(EL), TD__K_YEARN, "έτος έτους", 0},
	{L(HU), TD__K_YEARN, "évben év évi", 0},
	{L(HR), TD__K_YEARN, "године година годину год.", 0},

	{L(RU), TD__K_MONTHN, "месяц месяца месяце", 0},
	{L(UK), TD__K_MONTHN, "місяць місяця місяці", 0},
	{L(BG), TD__K_MONTHN, "месец месеца", 0},
	{L(PL), TD__K_MONTHN, "miesiąc miesiąca miesiącu", 0},
	{L(CS), TD__K_MONTHN, "měsíc měsíce měsíci", 0},
	{L(SK), TD__K_MONTHN, "mesiac mesiaca mesiaci", 0},
	{L(SL), TD__K_MONTHN, "mesec meseca mesecu", 0},
	{L(HR), TD__K_MONTHN, "mjesec mjeseca mjesecu", 0},
	{L(EN), TD__K_MONTHN, "month", 0},
	{L(DE), TD__K_MONTHN, "monat monats", 0},
	{L(FR), TD__K_MONTHN, "mois", 0},
	{L(ES), TD__K_MONTHN, "mes", 0},
	{L(IT), TD__K_MONTHN, "mese", 0},
	{L(PT), TD__K_MONTHN, "mês", 0},
	{L(NL), TD__K_MONTHN, "maand", 0},
	{L(RO), TD__K_MONTHN, "luna lună", 0},
	{L(EL), TD__K_MONTHN, "μήνα μήνας", 0},

	{L(CS) | L(SL), TD__K_RELYEAR, "loni vloni lani|letos", 7},
	{L(SK), TD__K_RELYEAR, "vlani", 7},
	{L(HR), TD__K_RELYEAR, "lani", 7},
	{L(BG), TD__K_RELYEAR, "||догодина", 7},
	{L(EL), TD__K_RELYEAR, "πέρσι|φέτος", 7},
	{L(HU), TD__K_RELYEAR, "tavaly|idén", 7},

	{TD__L_ALL, TD__K_SHARE,
	 "facebook twitter x vk vkontakte вконтакте одноклассники ok telegram whatsapp viber linkedin "
	 "pinterest reddit email e-mail mail print share tweet pin поделиться поделитесь сподели "
	 "споделете поширити поділитися podziel udostępnij sdílet zdieľať deli delite podijeli "
	 "teilen partager compartir imprimir drucken tisk печат печать copy link", 0},
	{TD__L_ALL, TD__K_AGENCY,
	 "reuters ройтерс рейтер рейтерс reuter ap афп afp epa епа еpa бгнес бта bta тасс tass риа "
	 "интерфакс interfax укрінформ укринформ уніан униан унн pap čtk ctk таср tasr sta hina "
	 "фена fena tanjug танюг dpa ansa efe bloomberg getty shutterstock istock depositphotos "
	 "sputnik спутник прайм regnum регнум рбк anadolu xinhua синьхуа kyodo belga "
	 "associated-press ria агенция агентство agencja agentura", 0},
	{TD__L_ALL, TD__K_CREDIT,
	 "фото фотография снимка снимки фото/видео photo photos foto fot fotografie zdjęcie zdjęcia "
	 "obrázek slika image images bild bilder credit credits illustration ілюстрація иллюстрация",
	 0},
};

#define MAX_CUES 4096
#define POOL_BYTES 80000
#define HSLOTS 16384

static td__cue g_cues[MAX_CUES];
static int g_ncues;
static char g_pool[POOL_BYTES];
static uint16_t g_slot[HSLOTS]; /* entry index + 1 */
static pthread_once_t g_once = PTHREAD_ONCE_INIT;
#define BLOOM_BITS 32768
static uint64_t g_bloom[BLOOM_BITS / 64];
static size_t g_minlen = 1000, g_maxlen;

static uint32_t fnv(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static void add_cue(const char *form, size_t len, unsigned langs, int kind, int val, int flags,
		    size_t *pool_used)
{
	if (g_ncues >= MAX_CUES || len == 0 || len > 40 || *pool_used + len + 1 > POOL_BYTES)
		return;
	char *p = g_pool + *pool_used;
	memcpy(p, form, len);
	p[len] = 0;
	*pool_used += len + 1;
	td__cue *c = &g_cues[g_ncues];
	c->form = p;
	c->len = (uint8_t)len;
	c->hash = fnv(p, len);
	c->langs = (uint32_t)langs;
	c->kind = (uint8_t)kind;
	c->val = (uint8_t)val;
	c->flags = (uint8_t)flags;
	uint32_t h = c->hash & (HSLOTS - 1);
	while (g_slot[h])
		h = (h + 1) & (HSLOTS - 1);
	g_slot[h] = (uint16_t)(g_ncues + 1);
	g_ncues++;
	uint32_t bit = (c->hash >> 13) & (BLOOM_BITS - 1);
	g_bloom[bit >> 6] |= 1ull << (bit & 63);
	add_prefix(p, len);
	if (len < g_minlen)
		g_minlen = len;
	if (len > g_maxlen)
		g_maxlen = len;
}

static void build_cls(void);
static void build_short(void);

static void build(void)
{
	size_t used = 0;
	build_cls();
	for (size_t r = 0; r < sizeof(k_src) / sizeof(k_src[0]); r++) {
		const cue_src *src = &k_src[r];
		int val = src->val0;
		const char *s = src->forms;
		while (*s) {
			if (*s == '|') {
				val++;
				s++;
				continue;
			}
			if (*s == ' ') {
				s++;
				continue;
			}
			const char *e = s;
			while (*e && *e != ' ' && *e != '|')
				e++;
			int flags = 0;
			const char *b = s;
			size_t len = (size_t)(e - s);
			if (*b == '^') {
				flags |= TD__F_CAP;
				b++;
				len--;
			}
			if (len > 1 && b[len - 1] == '~') {
				flags |= TD__F_POST;
				len--;
			}
			if (len > 1 && b[len - 1] == '.') {
				flags |= TD__F_ABBR;
				len--;
			}
			add_cue(b, len, src->langs, src->kind, val, flags, &used);
			s = e;
		}
	}
	build_short();
}

#define FNV_P 16777619u
#define FNV_0 2166136261u

/* Folding of the two-byte Cyrillic block U+0400..U+047F, the common case. */
static inline uint32_t fold_cyr(uint32_t c)
{
	if (c >= 0x410 && c <= 0x42F)
		return c + 32;
	if (c == 0x401 || c == 0x451)
		return 0x435;
	if (c < 0x410)
		return c + 0x50;
	if (c >= 0x460 && !(c & 1))
		return c + 1;
	return c;
}

size_t td__word_fold(const char *s, size_t i, size_t n, char *buf, size_t cap, size_t *flen,
		     uint32_t *hash)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = i, o = 0;
	uint32_t h = FNV_0;
	int fits = 1;
	while (j < n) {
		unsigned c = u[j];
		uint32_t cp;
		int k;
		if (c < 0x80) {
			if ((unsigned)((c | 32) - 'a') < 26u) {
				c |= 32;
				if (o < cap)
					buf[o++] = (char)c;
				else
					fits = 0;
				h = (h ^ c) * FNV_P;
				j++;
				continue;
			}
			if (j > i && (c == '-' || c == '\'') && j + 1 < n && td__is_letter_at(s, j + 1, n)) {
				cp = c;
				k = 1;
			} else
				break;
		} else if ((c == 0xD0 || c == 0xD1) && j + 1 < n && (u[j + 1] & 0xC0) == 0x80) {
			cp = fold_cyr(((c & 0x1F) << 6) | (u[j + 1] & 0x3F));
			if (o + 2 <= cap) {
				unsigned b0 = 0xC0 | (cp >> 6), b1 = 0x80 | (cp & 0x3F);
				buf[o] = (char)b0;
				buf[o + 1] = (char)b1;
				o += 2;
				h = (((h ^ b0) * FNV_P) ^ b1) * FNV_P;
			} else
				fits = 0;
			j += 2;
			continue;		} else {
			cp = dec(s + j, n - j, &k);
			if (!letter_cp(cp)) {
				if (j > i && cp == 0x2019 && j + (size_t)k < n &&
				    td__is_letter_at(s, j + (size_t)k, n))
					cp = '\'';
				else
					break;
			} else
				cp = fold_cp(cp);
		}
		char tmp[4];
		int l = enc(cp, tmp);
		for (int b = 0; b < l; b++) {
			if (o < cap)
				buf[o++] = tmp[b];
			else
				fits = 0;
			h = (h ^ (unsigned char)tmp[b]) * FNV_P;
		}
		j += (size_t)k;
	}
	*flen = fits ? o : 0;
	*hash = h;
	return j;
}

/* Prefix keys: the first three folded code points of a word. */
#define PBITS 65536
static uint64_t g_prefix[PBITS / 64];

/* Filter bit of a word: its first three folded code points and its
 * length in code points. */
static inline uint32_t pkey_bit(uint64_t k, unsigned len)
{
	k ^= (uint64_t)(len < 63 ? len : 63) << 58;
	return (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 48);
}

/* A second filter for words of more than three code points, which the
 * first lets through more often than not ("про..." of "прошлом"): their
 * first three code points, length and last code point. */
static uint64_t g_last[PBITS / 64];

static inline uint32_t last_bit(uint64_t k, unsigned len, uint32_t last)
{
	k ^= (uint64_t)(len < 63 ? len : 63) << 58;
	k ^= (uint64_t)last * 0xFF51AFD7ED558CCDull;
	return (uint32_t)((k * 0x9E3779B97F4A7C15ull) >> 48);
}

/* Non-zero when the word s[i..j) that td__word_skip let through (ws)
 * may still be a cue by the second filter: a word of more than three
 * code points must match a cue's first and last code points and length,
 * unless it is an elision (an apostrophe second) or ends in 's (perhaps
 * a possessive, looked up without its "'s"). */
static inline int last_may(const unsigned char *u, size_t i, size_t j, const td__wskip *ws)
{
	if (ws->len <= 3 || ((ws->key >> 21) & 0x1FFFFF) == '\'' || u[j - 1] == 's')
		return 1;
	uint32_t last = u[j - 1];
	if (last < 0x80) {
		last |= 32;
	} else {
		size_t l = j - 1;
		while (l > i && (u[l] & 0xC0) == 0x80)
			l--;
		int k;
		last = fold_cp(dec((const char *)u + l, j - l, &k));
	}
	uint32_t bit = last_bit(ws->key, ws->len, last);
	return (g_last[bit >> 6] >> (bit & 63)) & 1;
}

/* Classes of bytes in a word, for td__word_skip. */
enum {
	B_LOOK,  /* needs decoding: a hyphen, an apostrophe, other characters */
	B_ASCII, /* an ASCII letter */
	B_END,   /* any other ASCII character: the word ends there */
	B_LEAD2, /* the lead byte of a two-byte character from U+00C0 on: a letter
		    (but U+00D7 and U+00F7) when a continuation byte follows */
	B_CYR    /* the same, U+0400..U+047F (Cyrillic, folded by g_cyr) */
};

/* Filled by build(); all B_LOOK before, which only makes td__word_skip
 * slower. */
static uint8_t g_cls[256];
static uint16_t g_cyr[128]; /* folded U+0400..U+047F */

static uint32_t fold_cyr(uint32_t c);

/* What td__next_cue does with a byte outside words: skip it, stop at a
 * digit, read a word (an ASCII letter or a lead byte from 0xC0 on: the
 * word may be empty), note a line break. All A_SKIP before build() ran:
 * td__next_cue needs td__cue_init. */
enum { A_SKIP, A_DIGIT, A_WORD, A_LINE };
static uint8_t g_act[256];

static void build_cls(void)
{
	for (unsigned c = '0'; c <= '9'; c++)
		g_act[c] = A_DIGIT;
	for (unsigned c = 'a'; c <= 'z'; c++)
		g_act[c] = g_act[c - 32] = A_WORD;
	for (unsigned c = 0xC0; c <= 0xFF; c++)
		g_act[c] = A_WORD;
	g_act['\n'] = A_LINE;
	for (unsigned c = 0; c < 0x80; c++)
		g_cls[c] = (unsigned)((c | 32) - 'a') < 26u	 ? B_ASCII
			   : c == '-' || c == '\'' ? B_LOOK
						       : B_END;
	for (unsigned c = 0xC3; c <= 0xDF; c++)
		g_cls[c] = B_LEAD2;
	g_cls[0xD0] = g_cls[0xD1] = B_CYR;
	for (unsigned c = 0; c < 128; c++)
		g_cyr[c] = (uint16_t)fold_cyr(0x400 + c);
}

/* The code point at s[j] inside the word that starts at s[i], folded, in
 * the general case: letters, and a hyphen or an apostrophe (', U+2019)
 * between letters. Returns 0 when the word ends at s[j], else the code
 * point, and its length in *k. */
static uint32_t skip_cp_slow(const char *s, size_t i, size_t j, size_t n, int *k)
{
	unsigned c = (unsigned char)s[j];
	if (c < 0x80) {
		if ((unsigned)((c | 32) - 'a') < 26u) {
			*k = 1;
			return c | 32;
		}
		if (j > i && (c == '-' || c == '\'') && j + 1 < n && td__is_letter_at(s, j + 1, n)) {
			*k = 1;
			return c;
		}
		return 0;
	}
	uint32_t cp = dec(s + j, n - j, k);
	if (letter_cp(cp))
		return fold_cp(cp);
	if (j > i && cp == 0x2019 && j + (size_t)*k < n && td__is_letter_at(s, j + (size_t)*k, n))
		return '\'';
	return 0;
}

/* Non-zero when p[0..6) are three Cyrillic letters (U+0400..U+047F). */
static inline int cyr3(const unsigned char *p)
{
	return ((p[0] & 0xFE) == 0xD0) & ((p[1] & 0xC0) == 0x80) & ((p[2] & 0xFE) == 0xD0) &
	       ((p[3] & 0xC0) == 0x80) & ((p[4] & 0xFE) == 0xD0) & ((p[5] & 0xC0) == 0x80);
}

/* The folded Cyrillic letter at p (two bytes). */
static inline uint64_t cyr_at(const unsigned char *p)
{
	return g_cyr[((p[0] & 1) << 6) | (p[1] & 0x3F)];
}

#ifdef __GNUC__
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* Eight bytes at a time where the byte order is known: the letters of a
 * word are counted a word (64 bits) at a time. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
	!defined(TD_LEX_NO_SWAR)
#define SWAR 1
#else
#define SWAR 0
#endif

#define ONES 0x0101010101010101ull
#define HIGH (0x80 * ONES)
#define CYR_MASK 0xC0FEC0FEC0FEC0FEull /* D0 80 .. D1 BF, four times, little-endian */
#define CYR_PAT 0x80D080D080D080D0ull


/* 0x80 in each byte of w that is an ASCII letter; lanes do not carry
 * into each other. */
static inline uint64_t ascii_letters(uint64_t w)
{
	uint64_t y = (w | 0x20 * ONES) & (0x7F * ONES);
	return (y + 0x1F * ONES) & ~(y + 0x05 * ONES) & ~w & HIGH;
}

/* The g_cyr indexes of the Cyrillic letters in w (little-endian), one
 * in each 16-bit lane: the lead byte's low bit and the continuation
 * byte's six. */
static inline uint64_t cyr_idx(uint64_t w)
{
	return ((w >> 8) & 0x003F003F003F003Full) | ((w << 6) & 0x0040004000400040ull);
}

/* The folded Cyrillic letter of lane m of cyr_idx. */
static inline uint64_t cyr_lane(uint64_t x, unsigned m)
{
	return g_cyr[(x >> (16 * m)) & 0x7F];
}

/* td__word_skip, inlined in the scanning loop of td__next_cue. */
static ALWAYS_INLINE size_t word_skip(const char *s, size_t i, size_t n, int *maybe, td__wskip *ws)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t j = i;
	uint64_t key = 0;
	unsigned nk = 0; /* code points */
	/* The first three code points, folded, make the prefix key: three
	 * Cyrillic or three ASCII letters at once, the common cases. */
#if SWAR
	if (n - j >= 8) {
		uint64_t w = td__load64(u + j), t = (w ^ CYR_PAT) & CYR_MASK;
		unsigned k = t ? (unsigned)__builtin_ctzll(t) >> 4 : 4; /* Cyrillic letters */
		if (k >= 3) {
			uint64_t x = cyr_idx(w);
			key = cyr_lane(x, 0) << 42 | cyr_lane(x, 1) << 21 | cyr_lane(x, 2);
			j += 2 * k;
			nk = k;
			if (k == 4)
				goto rest;
			if (g_cls[(w >> 48) & 0xFF] == B_END)
				goto end;
			goto tail;
		}
		if (k) {
			/* One or two letters: a word ("в", "на"), or the start
			 * of one the loop below goes on with ("по-русски"). */
			uint64_t x = cyr_idx(w);
			key = k == 1 ? cyr_lane(x, 0) : cyr_lane(x, 0) << 21 | cyr_lane(x, 1);
			j += 2 * k;
			nk = k;
			if (g_cls[(w >> (16 * k)) & 0xFF] == B_END)
				goto end;
		} else {
			uint64_t other = ~ascii_letters(w) & HIGH;
			k = other ? (unsigned)__builtin_ctzll(other) >> 3 : 8; /* ASCII letters */
			if (k >= 3) {
				key = (uint64_t)((w & 0xFF) | 32) << 42 |
				      (uint64_t)(((w >> 8) & 0xFF) | 32) << 21 | (((w >> 16) & 0xFF) | 32);
				j += k;
				nk = k;
				if (k == 8)
					goto rest;
				if (g_cls[(w >> (8 * k)) & 0xFF] == B_END)
					goto end;
				goto tail;
			}
			if (k) {
				key = k == 1 ? (w & 0xFF) | 32
					     : (uint64_t)((w & 0xFF) | 32) << 21 | (((w >> 8) & 0xFF) | 32);
				j += k;
				nk = k;
				if (g_cls[(w >> (8 * k)) & 0xFF] == B_END)
					goto end;
			}
		}
	} else
#endif
	if (j + 6 <= n && cyr3(u + j)) {
		key = cyr_at(u + j) << 42 | cyr_at(u + j + 2) << 21 | cyr_at(u + j + 4);
		j += 6;
		nk = 3;
		goto rest;
	} else if (j + 3 <= n && g_cls[u[j]] == B_ASCII && g_cls[u[j + 1]] == B_ASCII &&
		   g_cls[u[j + 2]] == B_ASCII) {
		key = (uint64_t)(u[j] | 32) << 42 | (uint64_t)(u[j + 1] | 32) << 21 | (u[j + 2] | 32);
		j += 3;
		nk = 3;
		goto rest;
	}
	for (; nk < 3; nk++) {
		if (j >= n)
			goto end;
		unsigned c = u[j], cl = g_cls[c];
		uint32_t cp;
		if (cl == B_ASCII) {
			cp = c | 32;
			j++;
		} else if (cl == B_CYR && j + 1 < n && (u[j + 1] & 0xC0) == 0x80) {
			cp = g_cyr[((c & 1) << 6) | (u[j + 1] & 0x3F)];
			j += 2;
		} else if (cl == B_END) {
			goto end;
		} else if (cl == B_LEAD2 && j + 1 < n && (u[j + 1] & 0xC0) == 0x80 &&
			   !(c == 0xC3 && (u[j + 1] | 0x20) == 0xB7)) {
			/* A two-byte letter ("ż", "ř"), × and ÷ excepted. */
			cp = fold_cp(((c & 0x1F) << 6) | (u[j + 1] & 0x3F));
			j += 2;
		} else {
			int k;
			cp = skip_cp_slow(s, i, j, n, &k);
			if (!cp)
				goto end;
			j += (size_t)k;
		}
		key = (key << 21) | cp;
	}
rest:
	/* The rest of the word: only its end and its length matter, so most
	 * letters are not decoded. Runs of Cyrillic or of ASCII letters are
	 * counted eight bytes at a time, the rest one character at a time. */
#if SWAR
	while (n - j >= 8) {
		uint64_t w = td__load64(u + j), t = (w ^ CYR_PAT) & CYR_MASK;
		if (!t) {
			j += 8;
			nk += 4;
			continue;
		}
		/* The letters before the first other byte; the word ends there
		 * when that byte is no letter, hyphen or apostrophe. */
		unsigned k = (unsigned)__builtin_ctzll(t) >> 4; /* Cyrillic letters */
		if (k) {
			j += 2 * k;
			nk += k;
			if (g_cls[(w >> (16 * k)) & 0xFF] == B_END)
				goto end;
			break;
		}
		uint64_t other = ~ascii_letters(w) & HIGH;
		if (!other) {
			j += 8;
			nk += 8;
			continue;
		}
		k = (unsigned)__builtin_ctzll(other) >> 3; /* ASCII letters */
		j += k;
		nk += k;
		if (g_cls[(w >> (8 * k)) & 0xFF] == B_END)
			goto end;
		break;
	}
tail:
#endif
	while (j < n) {
		unsigned c = u[j], cl = g_cls[c];
		if (cl == B_ASCII) {
			j++;
			nk++;
			continue;
		}
		/* A two-byte letter; 0xC3 0x97 and 0xC3 0xB7 are × and ÷. */
		if (cl >= B_LEAD2 && j + 1 < n && (u[j + 1] & 0xC0) == 0x80 &&
		    !(c == 0xC3 && (u[j + 1] | 0x20) == 0xB7)) {
			j += 2;
			nk++;
			continue;
		}
		int k;
		if (cl == B_END || !skip_cp_slow(s, i, j, n, &k))
			break;
		j += (size_t)k;
		nk++;
	}
end:
	/* An English possessive is looked up without "'s". */
	ws->possessive = 0;
	if (nk > 4 && u[j - 1] == 's' &&
	    (u[j - 2] == '\'' || (u[j - 2] == 0x99 && u[j - 3] == 0x80 && u[j - 4] == 0xE2))) {
		nk -= 2;
		ws->possessive = 1;
	}
	uint32_t bit = pkey_bit(key, nk);
	/* Elided articles ("l'année") are looked up without them. */
	*maybe = (g_prefix[bit >> 6] >> (bit & 63)) & 1 ||
		 (nk >= 3 && ((key >> 21) & 0x1FFFFF) == '\'');
	ws->key = key;
	ws->len = nk;
	return j;
}

size_t td__word_skip(const char *s, size_t i, size_t n, td__wskip *w, int *maybe)
{
	size_t e = word_skip(s, i, n, maybe, w);
	w->end = e;
	if (*maybe && e > i)
		*maybe = last_may((const unsigned char *)s, i, e, w);
	return e;
}

size_t td__next_cue(const char *s, size_t i, size_t n, td__wskip *w, int *broke)
{
	const unsigned char *u = (const unsigned char *)s;
	while (i < n) {
		unsigned b = u[i], act = g_act[b];
		if (act == A_SKIP) {
			i++;
			continue;
		}
		if (act == A_DIGIT)
			return i;
		if (act == A_WORD) {
			int maybe;
			size_t e = word_skip(s, i, n, &maybe, w);
			if (maybe && e > i && last_may(u, i, e, w)) {
				w->end = e;
				return i;
			}
			/* A character that starts no word (a quote, a dash) is
			 * skipped alone, and breaks the link like a word. */
			*broke = 1;
			i = e > i ? e : i + 1;
			if (i < n && u[i] == ' ')
				i++; /* the space after a word, as A_SKIP would */
			continue;
		}
		*broke = 1; /* a line break */
		i++;
	}
	return n;
}

static void add_prefix(const char *f, size_t len)
{
	uint64_t key = 0;
	unsigned nk = 0;
	for (size_t i = 0; i < len;) {
		int k;
		uint32_t cp = dec(f + i, len - i, &k);
		if (nk < 3)
			key = (key << 21) | cp;
		nk++;
		i += (size_t)k;
	}
	uint32_t bit = pkey_bit(key, nk);
	g_prefix[bit >> 6] |= 1ull << (bit & 63);
	if (nk > 3) {
		int k;
		size_t l = len;
		while (l > 1 && ((unsigned char)f[l - 1] & 0xC0) == 0x80)
			l--;
		bit = last_bit(key, nk, dec(f + l - 1, len - l + 1, &k));
		g_last[bit >> 6] |= 1ull << (bit & 63);
	}
}

/* Cue words of up to three code points by their prefix key (which is
 * then the whole word): td__cue_lookup_key finds the short words that
 * are most of the cues a text holds (prepositions) without folding and
 * hashing them again. Each slot lists its entries in table order, the
 * order td__cue_lookup_h returns them in. */
#define SSLOTS 2048
static uint64_t g_skey[SSLOTS];
static uint8_t g_snk[SSLOTS]; /* code points; 0: empty slot */
static uint16_t g_sfirst[SSLOTS], g_scount[SSLOTS];
static const td__cue *g_slist[MAX_CUES];

/* The key and length of a cue form; 0 when it has more than three code
 * points. */
static unsigned form_key(const char *f, size_t len, uint64_t *key)
{
	unsigned nk = 0;
	*key = 0;
	for (size_t i = 0; i < len; nk++) {
		int k;
		uint32_t cp = dec(f + i, len - i, &k);
		if (nk == 3)
			return 0;
		*key = (*key << 21) | cp;
		i += (size_t)k;
	}
	return nk;
}

static size_t short_slot(uint64_t key, unsigned nk)
{
	size_t h = (size_t)(((key ^ nk) * 0x9E3779B97F4A7C15ull) >> 40) & (SSLOTS - 1);
	while (g_snk[h] && !(g_snk[h] == nk && g_skey[h] == key))
		h = (h + 1) & (SSLOTS - 1);
	return h;
}

static void build_short(void)
{
	uint64_t key;
	unsigned nk;
	for (int c = 0; c < g_ncues; c++)
		if ((nk = form_key(g_cues[c].form, g_cues[c].len, &key))) {
			size_t h = short_slot(key, nk);
			g_skey[h] = key;
			g_snk[h] = (uint8_t)nk;
			g_scount[h]++;
		}
	unsigned used = 0;
	for (size_t h = 0; h < SSLOTS; h++) {
		g_sfirst[h] = (uint16_t)used;
		used += g_scount[h];
		g_scount[h] = 0;
	}
	for (int c = 0; c < g_ncues; c++)
		if ((nk = form_key(g_cues[c].form, g_cues[c].len, &key))) {
			size_t h = short_slot(key, nk);
			g_slist[g_sfirst[h] + g_scount[h]++] = &g_cues[c];
		}
}

int td__cue_lookup_key(const td__wskip *w, const td__cue *const **list)
{
	/* An apostrophe second is an elided article or a possessive, which
	 * the lookup of the folded word strips; so is a possessive's "'s"
	 * after a longer word (whose end then moves). */
	if (w->len > 3 || w->possessive || (w->len == 3 && ((w->key >> 21) & 0x1FFFFF) == '\''))
		return -1;
	size_t h = short_slot(w->key, w->len);
	*list = g_slist + g_sfirst[h];
	return g_scount[h];
}
void td__cue_init(void)
{
	pthread_once(&g_once, build);
}

int td__cue_lookup_h(const char *f, size_t len, uint32_t hv, const td__cue **out, int max)
{
	uint32_t bit = (hv >> 13) & (BLOOM_BITS - 1);
	if (len < g_minlen || len > g_maxlen || !(g_bloom[bit >> 6] & (1ull << (bit & 63))))
		return 0;
	uint32_t h = hv & (HSLOTS - 1);
	int n = 0;
	while (g_slot[h]) {
		const td__cue *c = &g_cues[g_slot[h] - 1];
		if (c->hash == hv && c->len == len && memcmp(c->form, f, len) == 0 && n < max)
			out[n++] = c;
		h = (h + 1) & (HSLOTS - 1);
	}
	return n;
}

int td__cue_lookup(const char *f, size_t len, const td__cue **out, int max)
{
	td__cue_init();
	return td__cue_lookup_h(f, len, fnv(f, len), out, max);
}

int td__cue_lookup_word(const char *s, size_t n, const td__cue **out, int max)
{
	char buf[64];
	size_t fl = td__fold(s, n, buf, sizeof(buf));
	return fl ? td__cue_lookup(buf, fl, out, max) : 0;
}

unsigned td__lang_bit(const char *code)
{
	static const char codes[TD__L_N][3] = {"ru", "uk", "bg", "pl", "cs", "sk", "sl",
					       "hr", "en", "de", "fr", "es", "it", "pt",
					       "nl", "ro", "tr", "el", "hu"};
	if (!code || !code[0])
		return 0;
	for (int i = 0; i < TD__L_N; i++)
		if (code[0] == codes[i][0] && code[1] == codes[i][1])
			return 1u << i;
	/* Close relatives share tables: Serbian and Bosnian with Croatian,
	 * Belarusian with Russian and Ukrainian, Macedonian with Bulgarian. */
	if ((code[0] == 's' && code[1] == 'r') || (code[0] == 'b' && code[1] == 's'))
		return 1u << TD__L_HR;
	if (code[0] == 'b' && code[1] == 'e')
		return (1u << TD__L_RU) | (1u << TD__L_UK);
	if (code[0] == 'm' && code[1] == 'k')
		return 1u << TD__L_BG;
	return 0;
}

size_t td__dash_len(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == '-')
		return 1;
	if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
		return 3;
	return 0;
}
