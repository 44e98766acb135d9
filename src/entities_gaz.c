/* entities_gaz.c - the gazetteer of known names (alias table, ICU country,
 * region and city names in many languages), matching stems and the
 * cross-lingual key skeleton of names.
 * Memory: built once (or mapped from the table the build generated), a
 * few MiB, read-only afterwards (lock-free). */
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/uchar.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/uversion.h>
#include <xxhash.h>

#include "entities_int.h"
#include "swar.h"
#include "tblock.h"
#include "tidings/error.h"
#include "tidings/text.h"
#include "tidings/utf8.h"

/* Where the build writes its generated tables (Makefile). */
#ifndef TD_LEXTAB_DIR
#define TD_LEXTAB_DIR ""
#endif

/* ---- stems ---------------------------------------------------------- */

/* Inflection endings, longest first within each length class. A word
 * loses the longest one it ends with when three letters remain. */
static const char *const endings[] = {
	/* Cyrillic */
	"ами", "ями", "ого", "его", "ому", "ему", "ией", "ием", "ова", "ові", "ими", "ыми",
	"ият", "ата", "ото", "ите", "ої", "ії", "ов", "ев", "ам", "ям", "ое", "ее",
	"ой", "ей", "ом", "ем", "ия", "ии", "ию", "ая", "ую", "яя", "ые", "ых", "ым", "ий", "ый",
	"ът", "ят", "та", "то", "те", "ів", "ою", "ею", "ві", "ах", "ях", "ів", "ій", "ія",
	"а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й", "і", "ї", "є",
	/* Latin */
	"owi", "ovi", "ami", "ach", "ich", "ych", "iej", "ego", "emu", "ima", "ama", "ové",
	"ího", "ého", "ému", "ých", "ými", "ími", "ymi", "imi", "ega", "oga", "emu",
	"ome", "ém", "ým", "ím", "ům", "ów", "ym", "im", "om", "em", "ie", "og", "oj", "ih",
	"ii", "ia", "iu", "ią", "ię", "ej", "ou", "ov", "mi", "'s", "’s",
	"a", "e", "i", "o", "u", "y", "ą", "ę", "é", "á", "í", "ý", "ú", "ě", "ů",
};

/* The endings as masked 64-bit compares against a word's last eight
 * bytes (an ending is six bytes at most), grouped by their last byte,
 * longest first, table order within a length (built once). tail8()
 * lays out a word's tail the way build_endings() lays out an ending, so
 * the compare holds in either byte order. */
#define NENDINGS (sizeof(endings) / sizeof(endings[0]))
typedef struct {
	uint64_t pat, mask;
	size_t len;
} ending;
static ending end_tab[NENDINGS];
static uint8_t end_first[257]; /* end_tab[end_first[b]..end_first[b + 1]): last byte b */
static pthread_once_t end_once = PTHREAD_ONCE_INIT;
static atomic_int end_ready; /* the hot path skips pthread_once */

static uint64_t tail8(const char *s, size_t n)
{
	uint64_t t;
	if (n >= 8) {
		memcpy(&t, s + n - 8, 8);
		return t;
	}
	unsigned char b[8] = {0};
	size_t k = n < 8 ? n : 8;
	for (size_t i = 0; i < k; i++)
		b[8 - k + i] = (unsigned char)s[n - k + i];
	memcpy(&t, b, 8);
	return t;
}

static void build_endings(void)
{
	size_t count[256] = {0}, at[256];
	for (size_t i = 0; i < NENDINGS; i++)
		if (strlen(endings[i]) <= 8)
			count[(unsigned char)endings[i][strlen(endings[i]) - 1]]++;
	for (size_t b = 0, o = 0; b < 256; b++) {
		end_first[b] = (uint8_t)o;
		at[b] = o;
		o += count[b];
	}
	end_first[256] = end_first[255] + (uint8_t)count[255];
	for (size_t len = 8; len > 0; len--)
		for (size_t i = 0; i < NENDINGS; i++) {
			if (strlen(endings[i]) != len)
				continue;
			unsigned char ones[8] = {0};
			memset(ones + 8 - len, 0xFF, len);
			ending *e = &end_tab[at[(unsigned char)endings[i][len - 1]]++];
			e->pat = tail8(endings[i], len);
			memcpy(&e->mask, ones, 8);
			e->len = len;
		}
	atomic_store_explicit(&end_ready, 1, memory_order_release);
}

_Static_assert(NENDINGS < 256, "end_first holds a byte");

/* Whether s[0..n) holds three characters or more. */
static int three_chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80 && ++c == 3)
			return 1;
	return 0;
}

static size_t nchars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* A Cyrillic acronym that Russian, Ukrainian or Bulgarian decline
 * without a hyphen ("МИДа", "МИДе", "МЗСу", "ВУЗом"): two capitals or
 * more, then one of the endings of a masculine noun; the capitals'
 * length, or 0. */
__attribute__((noinline)) static size_t cyrillic_acronym_base(const char *w, size_t n)
{
	static const char *const ends[] = {"а", "у", "е", "ом", "ов", "ам", "ах", "ами", "і", "ові"};
	size_t a = 0, upper = 0;
	while (a + 1 < n && (unsigned char)w[a] == 0xD0 && (unsigned char)w[a + 1] >= 0x90 &&
	       (unsigned char)w[a + 1] <= 0xAF) {
		a += 2;
		upper++;
	}
	if (upper < 2 || a >= n)
		return 0;
	for (size_t k = 0; k < sizeof(ends) / sizeof(ends[0]); k++)
		if (n - a == strlen(ends[k]) && !memcmp(w + a, ends[k], n - a))
			return a;
	return 0;
}

/* Whether any of the eight (four) bytes at s is a hyphen. */
static int hyphen_in8(const char *s)
{
	return td__has_zero_byte(td__load64(s) ^ 0x2D2D2D2D2D2D2D2Dull);
}

static int hyphen_in4(const char *s)
{
	uint32_t x;
	memcpy(&x, s, 4);
	x ^= 0x2D2D2D2Du;
	return ((x - 0x01010101u) & ~x & 0x80808080u) != 0;
}

/* The offset of w's first hyphen, n when it has none. Nearly every word
 * has none: a few loads, the last one overlapping, tell. */
static size_t hyphen_at(const char *w, size_t n)
{
	int any = 1;
	if (n >= 8) {
		any = hyphen_in8(w) | hyphen_in8(w + n - 8);
		for (size_t i = 8; !any && i + 8 < n; i += 8)
			any = hyphen_in8(w + i);
	} else if (n >= 4)
		any = hyphen_in4(w) | hyphen_in4(w + n - 4);
	if (any)
		for (size_t i = 0; i < n; i++)
			if (w[i] == '-')
				return i;
	return n;
}

/* td__acronym_base of a word with its first hyphen at a (kept out of
 * the common path). */
__attribute__((noinline)) static size_t hyphen_acronym_base(const char *w, size_t n, size_t a)
{
	if (a == 0 || n - a < 2)
		return 0;
	size_t upper = 0, suffix = 0;
	for (size_t i = 0; i < n;) {
		int l = 1;
		unsigned char b = (unsigned char)w[i];
		/* ASCII letters are the only ASCII characters of those
		 * classes: no need to ask ICU. */
		if (b < 0x80) {
			int up = b >= 'A' && b <= 'Z', low = b >= 'a' && b <= 'z';
			if (i < a) {
				if (!up && !low)
					return 0;
				upper += up;
			} else if (i > a) {
				if (!low)
					return 0;
				suffix++;
			}
			i++;
			continue;
		}
		uint32_t cp = td_utf8_decode(w + i, n - i, &l);
		if (i < a) {
			if (!u_isalpha((UChar32)cp))
				return 0;
			upper += u_isupper((UChar32)cp) != 0;
		} else if (i > a) {
			if (!u_islower((UChar32)cp))
				return 0;
			suffix++;
		}
		i += (size_t)l;
	}
	/* "BiH-a" has two capitals; "Jean-paul" one. */
	return upper >= 2 && upper * 2 >= nchars(w, a) && suffix <= 4 ? a : 0;
}

size_t td__acronym_base(const char *w, size_t n)
{
	/* After an apostrophe: the English possessive, Turkish case
	 * endings ("IMF's", "BBC’s", "NATO'nun"). */
	size_t q = 0;
	while (q < n && w[q] >= 'A' && w[q] <= 'Z')
		q++;
	if (q >= 2 && q < n) {
		size_t ap = w[q] == '\'' ? 1 : n - q >= 3 && !memcmp(w + q, "\xE2\x80\x99", 3) ? 3 : 0;
		size_t e = q + ap;
		while (ap && e < n && w[e] >= 'a' && w[e] <= 'z')
			e++;
		if (ap && e == n && e > q + ap && e - q - ap <= 4)
			return q;
	}
	size_t h = hyphen_at(w, n);
	if (h < n)
		return hyphen_acronym_base(w, n, h);
	/* Not two Cyrillic capitals and an ending: most words. */
	const unsigned char *u = (const unsigned char *)w;
	if (n < 5 || u[0] != 0xD0 || u[2] != 0xD0 || u[1] - 0x90u > 0x1Fu || u[3] - 0x90u > 0x1Fu)
		return 0;
	return cyrillic_acronym_base(w, n);
}

/* Whether the two bytes at p are a Cyrillic vowel in lower case (а е и
 * о у ы э ю я і ї є ё). */
static int cyr_vowel_at(const unsigned char *p)
{
	static const uint16_t vow[] = {0xD0B0, 0xD0B5, 0xD0B8, 0xD0BE, 0xD183, 0xD18B, 0xD18D, 0xD18E,
				       0xD18F, 0xD196, 0xD197, 0xD194, 0xD191};
	unsigned v = (unsigned)p[0] << 8 | p[1];
	for (size_t k = 0; k < sizeof(vow) / sizeof(vow[0]); k++)
		if (vow[k] == v)
			return 1;
	return 0;
}

/* Whether the two bytes at p are a Cyrillic consonant in lower case: a
 * letter from U+0430 on that is no vowel, nor "й", "ь", "ъ". */
static int cyr_consonant(const unsigned char *p)
{
	unsigned v = (unsigned)p[0] << 8 | p[1];
	if ((p[0] != 0xD0 || p[1] < 0xB0) && p[0] != 0xD1 && p[0] != 0xD2)
		return 0;
	return !cyr_vowel_at(p) && v != 0xD0B9 && v != 0xD18C && v != 0xD18A;
}

size_t td__name_stem(const char *w, size_t n, char *out, size_t cap)
{
	/* "EU-a", "SAD-u": an acronym's inflection is the acronym. */
	size_t acr = td__acronym_base(w, n);
	if (acr)
		return td_text_fold(w, acr, out, cap);
	/* "потока-2", "Stream-2": the word's stem, a space, the number. */
	size_t h = n;
	while (h > 0 && w[h - 1] >= '0' && w[h - 1] <= '9')
		h--;
	if (h > 1 && h < n && w[h - 1] == '-') {
		size_t sl = td__name_stem(w, h - 1, out, cap);
		if (sl + 1 + (n - h) + 1 > cap)
			return sl;
		out[sl++] = ' ';
		memcpy(out + sl, w + h, n - h);
		sl += n - h;
		out[sl] = 0;
		return sl;
	}
	/* "Bielsko-Biała", "Bielsku-Białej": both capitalised parts of a
	 * hyphened name inflect, each is stemmed ("bielsk-biał"). */
	const char *hy = n > 2 && u_isupper((UChar32)td_utf8_decode(w, n, &(int){0})) ? memchr(w + 1, '-', n - 2) : NULL;
	for (; hy; hy = memchr(hy + 1, '-', (size_t)(w + n - 1 - (hy + 1)))) {
		size_t k = (size_t)(hy - w);
		if (!u_isupper((UChar32)td_utf8_decode(w + k + 1, n - k - 1, &(int){0})))
			continue;
		size_t sl = td__name_stem(w, k, out, cap);
		if (sl + 2 >= cap)
			return sl;
		out[sl++] = '-';
		return sl + td__name_stem(w + k + 1, n - k - 1, out + sl, cap - sl);
	}
	size_t fl = td_text_fold(w, n, out, cap);
	size_t best = 0;
	if (!atomic_load_explicit(&end_ready, memory_order_acquire))
		pthread_once(&end_once, build_endings);
	if (fl > 0) {
		unsigned char lb = (unsigned char)out[fl - 1];
		uint64_t t = tail8(out, fl);
		for (size_t k = end_first[lb]; k < end_first[lb + 1]; k++) {
			const ending *e = &end_tab[k];
			if ((t & e->mask) != e->pat || e->len >= fl || !three_chars(out, fl - e->len))
				continue;
			best = e->len; /* longest first */
			break;
		}
	}
	fl -= best;
	/* Ukrainian "і" in a closed last syllable is "о" or "е" in the
	 * open one of the other forms ("потік", "потоку"; "Львів",
	 * "Львова"; "Харків", "Харкова"): a stem ending in "і" and one
	 * consonant has "о" there. */
	if (fl >= 8 && (unsigned char)out[fl - 4] == 0xD1 && (unsigned char)out[fl - 3] == 0x96 &&
	    cyr_consonant((const unsigned char *)out + fl - 2) &&
	    !cyr_vowel_at((const unsigned char *)out + fl - 6)) {
		out[fl - 4] = (char)0xD0;
		out[fl - 3] = (char)0xBE;
	}
	out[fl] = 0;
	return fl;
}

int td__all_caps(const char *w, size_t n)
{
	size_t letters = 0;
	for (size_t i = 0; i < n;) {
		int l;
		uint32_t cp = td_utf8_decode(w + i, n - i, &l);
		i += (size_t)l;
		if (u_isalpha((UChar32)cp)) {
			if (!u_isupper((UChar32)cp))
				return 0;
			letters++;
		}
	}
	return letters >= 2;
}

/* ---- keys ----------------------------------------------------------- */

/* Cyrillic letters with the conventions of English-language news
 * (BGN/PCGN-like), by language where they differ. */
static const char *cyr(int bg, uint32_t cp)
{
	switch (cp) {
	case 0x430: return "a";
	case 0x431: return "b";
	case 0x432: return "v";
	case 0x433: return "g"; /* Ukrainian too: "Гутерреш", "Столтенберг", "Шойгу" */
	case 0x491: return "g";
	case 0x434: return "d";
	case 0x435: return "e";
	case 0x451: return "e";
	case 0x454: return "ie";
	case 0x436: return "zh";
	case 0x437: return "z";
	case 0x438: return "i"; /* Ukrainian "y", but "gy" would merge to "j" */
	case 0x456: return "i";
	case 0x457: return "i";
	case 0x439: return "y";
	case 0x43A: return "k";
	case 0x43B: return "l";
	case 0x43C: return "m";
	case 0x43D: return "n";
	case 0x43E: return "o";
	case 0x43F: return "p";
	case 0x440: return "r";
	case 0x441: return "s";
	case 0x442: return "t";
	case 0x443: return "u";
	case 0x444: return "f";
	case 0x445: return "kh";
	case 0x446: return "ts";
	case 0x447: return "ch";
	case 0x448: return "sh";
	case 0x449: return bg ? "sht" : "shch";
	case 0x44A: return bg ? "a" : "";
	case 0x44B: return "i"; /* "y", but "гы" is no "gy" ("Сындыргы") */
	case 0x44C: return "";
	case 0x44D: return "e";
	case 0x44E: return "yu";
	case 0x44F: return "ya";
	case 0x458: return "j";
	case 0x45F: return "dzh";
	case 0x452: return "dj";
	case 0x45B: return "c";
	case 0x459: return "lj";
	case 0x45A: return "nj";
	default: return NULL;
	}
}

/* Spelling variants merged in the skeleton, applied left to right. */
static const struct {
	const char *from, *to;
} merges[] = {
	{"shch", "s"}, {"dzh", "j"}, {"sch", "s"}, {"tsch", "c"}, {"sh", "s"}, {"sz", "s"},
	{"zh", "z"}, {"rz", "z"}, {"ch", "c"}, {"cz", "c"}, {"ts", "c"}, {"tz", "c"}, {"kh", "h"},
	{"ph", "f"}, {"th", "t"}, {"ck", "k"}, {"qu", "kv"}, {"q", "k"}, {"w", "v"}, {"x", "ks"},
	{"dj", "j"}, {"dz", "j"}, {"gy", "j"}, {"y", "i"}, {"ee", "i"}, {"oo", "u"}, {"ou", "u"},
	{"ai", "ei"}, {"ae", "e"}, {"h", ""},
};

#define NMERGES (sizeof(merges) / sizeof(merges[0]))
/* The merges by first letter, in table order, with their lengths, and
 * each one's letters as a masked 32-bit compare (the way load4() reads
 * a word's next four letters). */
static uint8_t merge_by_first[26][NMERGES];
static uint8_t merge_count[26], merge_fl[NMERGES], merge_tl[NMERGES];
static uint32_t merge_pat[NMERGES], merge_mask[NMERGES];
static size_t merge_ck; /* the index of "ck" */
static size_t merge_rz; /* the index of "rz" */
/* Cyrillic letters (U+0400..U+04FF) in lower case (u_tolower), and their
 * spellings (cyr()) but for the first letter's, by whether the language
 * is Bulgarian: NUL-padded, with their lengths, 0 for none. */
static uint16_t cyr_lower[256];
static char cyr_spell[2][256][4];
static uint8_t cyr_len[2][256], cyr_has[2][256];
static pthread_once_t merge_once = PTHREAD_ONCE_INIT;
static atomic_int merge_ready; /* the hot path skips pthread_once */

static uint32_t load4(const char *s)
{
	uint32_t x;
	memcpy(&x, s, 4);
	return x;
}

static const char *cyr(int bg, uint32_t cp);

static void build_merges(void)
{
	for (size_t k = 0; k < NMERGES; k++) {
		unsigned f = (unsigned)(merges[k].from[0] - 'a');
		merge_fl[k] = (uint8_t)strlen(merges[k].from);
		merge_tl[k] = (uint8_t)strlen(merges[k].to);
		merge_by_first[f][merge_count[f]++] = (uint8_t)k;
		char p[4] = {0}, m[4] = {0};
		memcpy(p, merges[k].from, merge_fl[k]);
		memset(m, 0xFF, merge_fl[k]);
		merge_pat[k] = load4(p);
		merge_mask[k] = load4(m);
		if (!strcmp(merges[k].from, "ck"))
			merge_ck = k;
		if (!strcmp(merges[k].from, "rz"))
			merge_rz = k;
	}
	for (uint32_t c = 0; c < 256; c++) {
		uint32_t lc = (uint32_t)u_tolower((UChar32)(0x400 + c));
		cyr_lower[c] = (uint16_t)lc;
		for (int bg = 0; bg < 2; bg++) {
			const char *t = lc >= 0x400 && lc < 0x500 ? cyr(bg, lc) : NULL;
			if (t) {
				cyr_has[bg][c] = 1;
				cyr_len[bg][c] = (uint8_t)strlen(t);
				memcpy(cyr_spell[bg][c], t, cyr_len[bg][c]);
			}
		}
	}
	atomic_store_explicit(&merge_ready, 1, memory_order_release);
}

/* strchr(set, c) != NULL for the sets of vowels below: c in the set, or
 * the NUL that ends it. */
static int in_aeiouy(char c)
{
	return c == 0 || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static int in_hard(char c)
{
	return c == 0 || c == 'a' || c == 'o' || c == 'u' || c == 'l' || c == 'r' || c == 'n' || c == 'm' ||
	       c == 't';
}

/* Keys of names met by this thread: a name comes back in many articles,
 * and its key costs a transliteration. Two-way set-associative, the
 * name compared in full; the key depends on the name and on whether the
 * language is Ukrainian or Bulgarian. 4096 entries of 96 bytes. */
#define KEY_MEMO 4096
#define KEY_MEMO_LEN 46
typedef struct {
	uint8_t wlen; /* 0: empty */
	uint8_t klen;
	uint8_t lang; /* 1 + key_lang() */
	char w[KEY_MEMO_LEN];
	char k[KEY_MEMO_LEN];
} key_memo;
static td__tblock kmemo_block = TD__TBLOCK(sizeof(key_memo) * KEY_MEMO);
static _Thread_local key_memo *kmemo; /* KEY_MEMO records (kmemo_block) */

/* What of a name's language its key reads (key_lang). */
enum { KL_UK = 1, KL_BG = 2, KL_RU = 4, KL_SLAVIC_J = 8, KL_PL = 16, KL_BE = 32 };

static unsigned key_lang(const char *lang)
{
	if (!lang || !lang[0] || !lang[1] || lang[2])
		return 0;
	/* Slavic languages whose "j" (Latin, or the Serbian and Macedonian
	 * Cyrillic "ј") is the glide "й" ("Tokajew", "Alijev", "Лајен"), not
	 * the English "dž" ("Major"). */
	switch ((unsigned char)lang[0] << 8 | (unsigned char)lang[1]) {
	case 'p' << 8 | 'l': return KL_SLAVIC_J | KL_PL;
	case 'c' << 8 | 's':
	case 's' << 8 | 'k':
	case 's' << 8 | 'l':
	case 'h' << 8 | 'r':
	case 'b' << 8 | 's':
	case 's' << 8 | 'r':
	case 'm' << 8 | 'k': return KL_SLAVIC_J; /* Serbian, Macedonian Cyrillic "ј" too */
	case 'u' << 8 | 'k': return KL_UK;
	case 'b' << 8 | 'g': return KL_BG;
	case 'r' << 8 | 'u': return KL_RU;
	case 'b' << 8 | 'e': return KL_BE;
	default: return 0;
	}
}

static size_t name_key(unsigned kl, const char *w, size_t n, char *out, size_t cap);

size_t td__name_key(const char *lang, const char *w, size_t n, char *out, size_t cap)
{
	unsigned kl = key_lang(lang);
	if (n == 0 || n >= KEY_MEMO_LEN || cap < KEY_MEMO_LEN)
		return name_key(kl, w, n, out, cap);
	uint8_t lk = (uint8_t)(1 + kl);
	uint64_t h = XXH3_64bits(w, n) ^ lk;
	if (!td__tblock_of(&kmemo_block, (void **)&kmemo))
		return name_key(kl, w, n, out, cap);
	/* Two ways per set, the newer first. */
	key_memo *m = &kmemo[(h >> 40) & (KEY_MEMO - 2)];
	for (int way = 0; way < 2; way++)
		if (m[way].wlen == n && m[way].lang == lk && !memcmp(m[way].w, w, n)) {
			memcpy(out, m[way].k, m[way].klen);
			out[m[way].klen] = 0;
			return m[way].klen;
		}
	size_t r = name_key(kl, w, n, out, cap);
	if (r < KEY_MEMO_LEN && r + 1 < cap) { /* whole, not cut at cap */
		m[1] = m[0];
		m->wlen = (uint8_t)n;
		m->lang = lk;
		m->klen = (uint8_t)r;
		memcpy(m->w, w, n);
		memcpy(m->k, out, r);
	}
	return r;
}

/* Whether a[i..o) is nothing or a case ending: up to three letters
 * after a vowel ("", "em", "a", "owi"). */
static int case_ending_after(const char *a, size_t i, size_t o)
{
	return i >= o || (o - i <= 3 && in_aeiouy(a[i]));
}

/* Whether the letters from a[i] (an "e") to the word's end are at most
 * three: the "e" alone or with a case ending ("Pence", "Pencea"). */
static int nce_end(const char *a, size_t i, size_t o)
{
	size_t e = i;
	while (e < o && a[e] >= 'a' && a[e] <= 'z')
		e++;
	return e - i <= 3;
}

static size_t name_key(unsigned kl, const char *w, size_t n, char *out, size_t cap)
{
	int uk = (kl & KL_UK) != 0, bg = (kl & KL_BG) != 0, ru = (kl & KL_RU) != 0, be = (kl & KL_BE) != 0;
	/* A_LEN bytes of transliteration, and four to read it four bytes
	 * at a time (load4). */
	enum { A_LEN = 256 };
	char a[A_LEN + 4];
	/* Which "c" and "z" of a are Latin ones as written (not a "č", "ć",
	 * "ц", "ž", "з"), a "z" in a word in lower case (not an acronym's:
	 * "ONZ"): LAT_C, LAT_Z; set for every byte of a. */
	enum { LAT_C = 1, LAT_Z = 2 };
	uint8_t latin[A_LEN];
	size_t o = 0;
	if (!atomic_load_explicit(&merge_ready, memory_order_acquire))
		pthread_once(&merge_once, build_merges);
	/* Lower-case ASCII transliteration, Cyrillic by language (no other
	 * character has a lower case in the Cyrillic block). */
	for (size_t i = 0; i < n && o + 8 < A_LEN;) {
		int l = 1;
		uint32_t cp = (unsigned char)w[i];
		/* ASCII and two-byte characters as td_utf8_decode reads them. */
		if (cp >= 0x80) {
			if (cp >= 0xC2 && cp <= 0xDF && i + 1 < n && ((unsigned char)w[i + 1] & 0xC0) == 0x80) {
				cp = ((cp & 0x1Fu) << 6) | ((unsigned char)w[i + 1] & 0x3Fu);
				l = 2;
			} else
				cp = td_utf8_decode(w + i, n - i, &l);
		}
		if (cp >= 0x400 && cp < 0x500) {
			static const char ye[4] = "ye", wy[4] = "w";
			unsigned c = cp - 0x400;
			uint32_t lc = cyr_lower[c];
			const char *t = cyr_has[bg][c] ? cyr_spell[bg][c] : NULL;
			size_t tl = cyr_len[bg][c];
			/* A word's first "е" is "ye" in Russian, which writes "э"
			 * for "e" ("Ерликая", "Yerlikaya"; "Эрдоган"); Ukrainian
			 * writes "є" for it ("Єрмак", "Yermak"). */
			if (o == 0 && ((ru && lc == 0x435) || (uk && lc == 0x454)))
				t = ye, tl = 2;
			/* A word's first "у" before a vowel is an English "w"
			 * ("Уиткофф", "Witkoff"; "Уоррен", "Warren"). */
			if (o == 0 && lc == 0x443 && i + (size_t)l < n) {
				int l2;
				uint32_t nx = (uint32_t)u_tolower((UChar32)td_utf8_decode(w + i + l, n - i - (size_t)l, &l2));
				if (nx == 0x438 || nx == 0x43E || nx == 0x44D || nx == 0x435 || nx == 0x430)
					t = wy, tl = 1;
			}
			/* Belarusian writes the soft "т" and "д" of the other
			 * languages "ц" and "дз", and a "ў" for their "в"
			 * ("Пуцін", "Путин"; "Уладзімір", "Владимир";
			 * "Ціханоўская", "Тихановская"). */
			if (be && (lc == 0x446 || lc == 0x434 || lc == 0x45E)) {
				static const char tt[4] = "t", dd[4] = "d", vv[4] = "v";
				size_t nx = i + (size_t)l;
				int l2 = 0;
				uint32_t n1 = nx < n ? (uint32_t)u_tolower((UChar32)td_utf8_decode(w + nx, n - nx, &l2)) : 0;
				/* і, е, ё, ю, я, ь */
#define BE_SOFT(x) ((x) == 0x456 || (x) == 0x435 || (x) == 0x451 || (x) == 0x44E || (x) == 0x44F || (x) == 0x44C)
				if (lc == 0x45E)
					t = vv, tl = 1;
				else if (lc == 0x446 && BE_SOFT(n1))
					t = tt, tl = 1;
				else if (lc == 0x434 && n1 == 0x437 && nx + (size_t)l2 < n) {
					int l3;
					uint32_t n2 = (uint32_t)u_tolower(
					    (UChar32)td_utf8_decode(w + nx + l2, n - nx - (size_t)l2, &l3));
					if (BE_SOFT(n2)) {
						t = dd, tl = 1;
						l += l2; /* the "з" too */
					}
				}
#undef BE_SOFT
			}
			if (t) {
				/* Four bytes whatever the spelling's length: a has
				 * room, and the bytes after o are written again or
				 * never read. */
				memcpy(a + o, t, 4);
				memset(latin + o, 0, 4);
				o += tl;
				i += (size_t)l;
				continue;
			}
		}
		if (cp && cp < 0x80) {
			/* td_text_translit of an ASCII character: its lower case. */
			latin[o] = (uint8_t)((cp == 'c' || cp == 'C' ? LAT_C : 0) |
					     (cp == 'z' || (cp == 'Z' && i + 1 < n && w[i + 1] >= 'a' && w[i + 1] <= 'z') ||
							      (cp == 'Z' && i > 0 && w[i - 1] >= 'a' && w[i - 1] <= 'z')
						      ? LAT_Z
						      : 0));
			a[o++] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
		} else {
			size_t tl = td_text_translit(w + i, (size_t)l, a + o, A_LEN - o);
			memset(latin + o, 0, tl);
			o += tl;
		}
		i += (size_t)l;
	}
	memset(a + o, 0, 4);
	/* French "-ier" is said without its "r", and Cyrillic writes it so
	 * ("Barnier", "Барнье"; "Olivier", "Оливье"): after three letters
	 * or more, the last a consonant (German "-eier" keeps it: "Meier",
	 * "Steinmeier", "Штайнмайер"). */
	if (o >= 6 && !memcmp(a + o - 3, "ier", 3) && !in_aeiouy(a[o - 4]))
		a[--o] = 0;
	/* Variants, keeping the first letter's vowel and dropping the rest
	 * of the vowels (they vary most between transliterations). */
	char b[256];
	size_t bo = 0;
	for (size_t i = 0; i < o && bo + 4 < sizeof(b);) {
		if (a[i] < 'a' || a[i] > 'z') {
			i++;
			continue;
		}
		int merged = 0;
		/* A leading "y" is the consonant: "Юнкер", "Juncker";
		 * "Yanukovych", "Janukowycz", "Янукович". */
		if (a[i] == 'y' && bo == 0) {
			b[bo++] = 'j';
			i++;
			continue;
		}
		/* A German name's final "z" after "l" or "n" is said "ts", and
		 * Cyrillic writes "ц" ("Scholz", "Шольц"; "Heinz"; declined:
		 * "Scholzem"); not a "ž". */
		if (a[i] == 'z' && (latin[i] & LAT_Z) && bo > 0 && i > 0 && (a[i - 1] == 'l' || a[i - 1] == 'n') &&
		    case_ending_after(a, i + 1, o)) {
			b[bo++] = 'c';
			i++;
			continue;
		}
		/* So is a word's last "z" after "er" and "ur" ("Merz", "Мерц";
		 * "Kurz", "Курц"), where Polish, whose "rz" is a "ž", writes
		 * "-ierz" ("Kazimierz", "Zgierz"). Polish names in "-arz"
		 * ("Bednarz", "Беднаж") and "-orz" stay "ž" (so does a German
		 * "Schwarz"). Not before an ending: Polish declines "-er"
		 * words in "-rze" ("Observerze"), Czech writes "univerzita". */
		if (a[i] == 'r' && i + 1 < o && a[i + 1] == 'z' && (latin[i + 1] & LAT_Z) && bo > 0 && i > 0 &&
		    (a[i - 1] == 'u' || (a[i - 1] == 'e' && !(i > 1 && a[i - 2] == 'i'))) &&
		    (i + 2 >= o || a[i + 2] < 'a' || a[i + 2] > 'z')) {
			b[bo++] = 'r';
			b[bo++] = 'c';
			i += 2;
			continue;
		}
		/* A word's last English soft "g" ("-ge", "-dge", "-gi") is
		 * what Cyrillic writes "дж" or "ж" there ("Farage", "Фарадж",
		 * "Фараж"; "Cambridge", "Кембридж"; "Page", "Пейдж"): all
		 * one "z" at a word's end. (Cyrillic "ге" transliterates to
		 * "ge" and meets the same rule.) */
		if (bo > 0) {
			static const char *const soft[] = {"dzh", "dge", "zh", "ge", "gi"};
			size_t sl = 0;
			for (size_t q = 0; q < sizeof(soft) / sizeof(soft[0]) && !sl; q++) {
				size_t ql = strlen(soft[q]);
				if (i + ql <= o && !memcmp(a + i, soft[q], ql) && (i + ql == o || a[i + ql] < 'a' || a[i + ql] > 'z'))
					sl = ql;
			}
			if (sl) {
				b[bo++] = 'z';
				i += sl;
				continue;
			}
		}
		/* So is a soft "g" inside a word before "e" or "i" and
		 * another vowel ("Sturgeon", "Стърджън"; "Borgia",
		 * "Борджиа"). */
		/* At a word's start only an Italian "gi" before a vowel
		 * ("Giuliani", "Джулиани"; "Giordano"): an English "Ge",
		 * "Gi" is as often hard ("Gibson", "Gere"). */
		if (a[i] == 'g' && (a[i + 1] == 'e' || a[i + 1] == 'i') &&
		    (a[i + 2] == 'a' || a[i + 2] == 'o' || a[i + 2] == 'u') && (bo > 0 || a[i + 1] == 'i')) {
			b[bo++] = 'j';
			i += 2;
			continue;
		}
		/* A "kh" (Cyrillic "х", English "Zakharova") is a Latin
		 * Slavic "h", which goes as vowels do ("Zaharova", "Захарова";
		 * "Verhofstadt", "Верхофстадт"); a leading one stays, as a
		 * leading "h" does ("Хаттон", "Hutton"). */
		if (a[i] == 'k' && a[i + 1] == 'h') {
			if (bo == 0)
				b[bo++] = 'h';
			i += 2;
			continue;
		}
		if (!(a[i] == 'h' && bo == 0)) { /* a leading h stays ("Harry") */
			unsigned f = (unsigned)(a[i] - 'a');
			uint32_t next4 = load4(a + i);
			for (size_t x = 0; x < merge_count[f]; x++) {
				size_t k = merge_by_first[f][x], fl = merge_fl[k];
				/* Polish and Czech "-cki", "-cký" say "ts-k"
				 * ("Morawiecki", "Моравецкий"). */
				if (k == merge_ck && a[i + 1] == 'k' && (a[i + 2] == 'i' || a[i + 2] == 'y'))
					continue;
				/* Polish "rz" is a "ž"; elsewhere two letters
				 * ("Терзиев", "Terziev"). */
				if (k == merge_rz && !((kl & KL_PL) && (latin[i + 1] & LAT_Z)))
					continue;
				if ((next4 & merge_mask[k]) == merge_pat[k]) {
					memcpy(b + bo, merges[k].to, merge_tl[k]);
					bo += merge_tl[k];
					i += fl;
					merged = 1;
					break;
				}
			}
		}
		/* A Slavic "j" between vowels is the glide Cyrillic writes
		 * in its vowel letter ("е", "я") and English with a "y", both
		 * dropped as vowels ("Tokajew", "Токаев", "Tokayev"; "Alijew").
		 * An English one is "dž" ("Major", "Мейджор"). */
		if (!merged && (kl & KL_SLAVIC_J) && a[i] == 'j' && i > 0 && in_aeiouy(a[i - 1]) && i + 1 < o &&
		    in_aeiouy(a[i + 1])) {
			i++;
			continue;
		}
		/* A Latin "j" after a vowel and before a consonant or the
		 * end is the glide Cyrillic writes "й" and English "i", "y"
		 * ("Szojgu", "Шойгу", "Shoigu"; "Zelenskyj", "Зеленський"). */
		if (!merged && a[i] == 'j' && i > 0 && in_aeiouy(a[i - 1]) && (i + 1 >= o || !in_aeiouy(a[i + 1]))) {
			b[bo++] = 'i';
			i++;
			continue;
		}
		if (!merged) {
			/* A Latin "c" before a back vowel or a consonant is a "k"
			 * ("Macron", "Corbyn", "Clinton"; "Макрон", "Корбин"),
			 * and so is one before another such "c" ("McConnell",
			 * "Макконнелл"; not "Riccini"); before "e", "i", "y" it
			 * stays, and so does a "c" that stands for a "č" or a "ć"
			 * ("Čović", "Banožiću"). */
			if (a[i] == 'c' && (latin[i] & LAT_C) && i + 1 < o &&
			    (in_hard(a[i + 1]) || (a[i + 1] == 'c' && i + 2 < o && in_hard(a[i + 2]))))
				b[bo++] = 'k', i++;
			/* An English "-nce" at a word's end is said "-ns", and
			 * Cyrillic writes "-нс" ("Vance", "Вэнс"; "Pence",
			 * "Пенс"); so before a Slavic case's ending ("Pencea").
			 * A Slavic word ends so seldom. */
			else if (a[i] == 'c' && (latin[i] & LAT_C) && i > 0 && a[i - 1] == 'n' && i + 1 < o &&
				 a[i + 1] == 'e' && nce_end(a, i + 1, o))
				b[bo++] = 's', i += 2;
			else
				b[bo++] = a[i++];
		}
	}
	b[bo] = 0;
	size_t r = 0;
	for (size_t i = 0; i < bo && r + 1 < cap; i++) {
		char c = b[i];
		int vowel = c == 0 || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; /* strchr("aeiou", c) */
		if (vowel && i > 0)
			continue;
		/* A leading "h" and "g" are one: Ukrainian (and older Russian)
		 * writes a foreign "h" with "г", a "g" too ("Гарріс", "Harris",
		 * "Харрис"; "Гутерреш", "Guterres"; "Гамбург", "Hamburg"). Made
		 * so before doubled letters fall, as the "г" was ("Hegseth",
		 * "Гегсет"; "Hague", "Гаага"). */
		if (r == 0 && c == 'h')
			c = 'g';
		if (r > 0 && out[r - 1] == c)
			continue;
		out[r++] = c;
	}
	if (cap)
		out[r < cap ? r : cap - 1] = 0;
	return r;
}

/* ---- the table ------------------------------------------------------ */

/* A slot of the open-addressing table: a stem sequence (its bytes in the
 * string pool) and what it leads to. 16 bytes, no pointers: a table
 * written by td__gaz_write() is used where it is mapped. */
typedef struct {
	uint32_t s;    /* offset of the sequence in the pool; 0: empty slot */
	uint32_t len;
	int32_t full;  /* index into ents, or -1 */
	uint8_t more;  /* a longer sequence starts with this one */
	uint8_t lower; /* a name of these stems is written in lower case */
	uint8_t cal;   /* "@word": 1 a weekday, 2 a month name */
	uint8_t pad;
} slot;

/* The gazetteer: built from the sources at first use, or mapped from the
 * file the build generates (same content, no start-up cost). */
typedef struct {
	slot *tab;
	/* A 32-bit fingerprint per slot (0: empty) keeps probes in a small
	 * array; the slot itself is read only when the fingerprint matches. */
	uint32_t *fps;
	size_t tcap, tused;
	const char *pool; /* the sequences' bytes */
	td__gaz *ents;
	size_t nents;
	/* A bit per hash of every key, 8 bits per key or more, small enough
	 * to stay in cache: most sequences looked up are not keys, and the
	 * filter answers them without touching the table. Built once after
	 * the table. */
	uint64_t *filter;
	size_t fmask; /* bits - 1 */
	uint8_t lower_starts[65536 / 8];
	uint8_t cal_starts[65536 / 8]; /* first two bytes of calendar words */
} table;

static table G;
const uint8_t *const td__gaz_lower_bits = G.lower_starts;
/* While building: the growing pool and entry array. */
static char *bpool;
static size_t bplen, bpcap, entcap;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_rc;

static uint64_t hs(const char *s, size_t n)
{
	return XXH3_64bits(s, n);
}

static int filter_may(uint64_t h)
{
	size_t b1 = (size_t)(h >> 20) & G.fmask, b2 = (size_t)(h >> 40) & G.fmask;
	return (G.filter[b1 >> 6] >> (b1 & 63) & 1) && (G.filter[b2 >> 6] >> (b2 & 63) & 1);
}

static size_t find_idx_h(const char *s, size_t n, uint64_t h, uint32_t *fpo)
{
	uint32_t fp = (uint32_t)(h >> 32) | 1;
	size_t m = G.tcap - 1, i = (size_t)h & m;
	while (G.fps[i] && !(G.fps[i] == fp && G.tab[i].len == n && !memcmp(G.pool + G.tab[i].s, s, n)))
		i = (i + 1) & m;
	*fpo = fp;
	return i;
}

static size_t find_idx(const char *s, size_t n, uint32_t *fpo)
{
	return find_idx_h(s, n, hs(s, n), fpo);
}

static slot *find_slot(const char *s, size_t n)
{
	uint32_t fp;
	return &G.tab[find_idx(s, n, &fp)];
}

static int grow(void)
{
	size_t oc = G.tcap;
	slot *old = G.tab;
	uint32_t *ofp = G.fps;
	G.tcap = oc ? oc * 2 : 1 << 15;
	G.tab = calloc(G.tcap, sizeof(slot));
	G.fps = calloc(G.tcap, sizeof(uint32_t));
	if (!G.tab || !G.fps)
		return TD_ERR_NOMEM;
	for (size_t i = 0; i < oc; i++)
		if (old[i].s) {
			uint32_t fp;
			size_t k = find_idx(G.pool + old[i].s, old[i].len, &fp);
			G.tab[k] = old[i];
			G.fps[k] = fp;
		}
	free(old);
	free(ofp);
	return 0;
}

/* Appends s[0..n) and a NUL to the pool; returns its offset, 0 when out
 * of memory (offset 0 is never a string's). */
static uint32_t pool_add(const char *s, size_t n)
{
	size_t need = bplen + n + 1 + (bplen == 0);
	if (need > bpcap) {
		size_t nc = bpcap ? bpcap : 1 << 16;
		while (need > nc)
			nc *= 2;
		if (nc > UINT32_MAX)
			return 0;
		char *np = realloc(bpool, nc);
		if (!np)
			return 0;
		if (!bplen)
			np[bplen++] = 0;
		bpool = np;
		bpcap = nc;
		G.pool = bpool;
	}
	uint32_t off = (uint32_t)bplen;
	memcpy(bpool + bplen, s, n);
	bpool[bplen + n] = 0;
	bplen += n + 1;
	return off;
}

static slot *put(const char *s, size_t n)
{
	if ((G.tused + 1) * 2 > G.tcap && grow() < 0)
		return NULL;
	uint32_t fp;
	size_t k = find_idx(s, n, &fp);
	slot *sl = &G.tab[k];
	if (!sl->s) {
		if (!(sl->s = pool_add(s, n)))
			return NULL;
		G.fps[k] = fp;
		sl->len = (uint32_t)n;
		sl->full = -1;
		G.tused++;
	}
	return sl;
}

static char *sdup(const char *s)
{
	size_t n = strlen(s);
	char *d = malloc(n + 1);
	if (d)
		memcpy(d, s, n + 1);
	return d;
}

/* Adds name under key; the first key for a stem sequence wins, other
 * names of that key (other languages) are chained. */
static int add_seq(const char *key, uint8_t type, const char *lang, const char *name,
		   const char *lemma, const char *seq, size_t sl, int caps1);

/* Set while the weak names (td__cities) are added. */
static uint8_t adding_weak;

/* Adds name under key, indexed by the stems of its words and, for
 * names of up to four words, every mix of stems and full words (a
 * nominative that looks inflected, "Gazprom", then still meets
 * "Gazpromu" through "gazprom"). */
static int add(const char *key, uint8_t type, const char *lang, const char *name,
	       const char *lemma)
{
	td_token tk[16];
	size_t n = strlen(name);
	size_t nt = td_tokenize(name, n, tk, 16);
	if (nt == 0 || nt > 8)
		return 0;
	char seq[512];
	size_t sl = 0;
	int caps1 = nt == 1 && td__all_caps(name + tk[0].start, tk[0].end - tk[0].start);
	if (caps1) {
		seq[0] = '=';
		size_t wl = tk[0].end - tk[0].start;
		if (wl + 2 > sizeof(seq))
			return 0;
		memcpy(seq + 1, name + tk[0].start, wl);
		return add_seq(key, type, lang, name, lemma, seq, wl + 1, 1);
	}
	/* Longer names: all stems, and all words as written (folded), as a
	 * caseless language looks them up ("Centers for Disease Control and
	 * Prevention": "disease", not "diseas"). */
	unsigned nmask = nt <= 4 ? 1u << nt : 2;
	for (unsigned m = 0; m < nmask; m++) {
		unsigned mask = nt <= 4 ? m : m ? (1u << nt) - 1 : 0;
		sl = 0;
		int dup = 0, same = 1; /* a full word equal to its stem; all so */
		for (size_t i = 0; i < nt; i++) {
			if (i) {
				slot *p = put(seq, sl);
				if (!p)
					return TD_ERR_NOMEM;
				p->more = 1;
				seq[sl++] = ' ';
			}
			if (sl + 100 > sizeof(seq))
				return 0;
			const char *w = name + tk[i].start;
			size_t wl = tk[i].end - tk[i].start;
			if (mask >> i & 1) {
				char st[256];
				size_t stl = td__name_stem(w, wl, st, sizeof(st));
				size_t fl = td_text_fold(w, wl, seq + sl, sizeof(seq) - sl);
				int eq = fl == stl && !memcmp(st, seq + sl, fl);
				dup |= eq;
				same &= eq;
				sl += fl;
			} else
				sl += td__name_stem(w, wl, seq + sl, sizeof(seq) - sl);
		}
		/* (A word equal to its stem makes the mask a duplicate of
		 * another among the short names' masks; of a long name's
		 * two, only when every word is.) */
		if (nt <= 4 ? dup : m && same)
			continue;
		int rc = add_seq(key, type, lang, name, lemma, seq, sl, 0);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int add_seq(const char *key, uint8_t type, const char *lang, const char *name,
		   const char *lemma, const char *seq, size_t sl, int caps1)
{
	size_t n = strlen(name);
	slot *s = put(seq, sl);
	if (!s)
		return TD_ERR_NOMEM;
	int32_t prev = -1;
	uint64_t lb = td__gaz_lang_bit(lang);
	if (lang && lang[0] && lang[1] && lang[2] == '!') {
		char two[3] = {lang[0], lang[1], 0};
		lb = td__gaz_lang_bit(two);
		lb = lb ? lb | TD__GAZ_ONLY : 0;
	}
	if (s->full >= 0) {
		if (strcmp(G.ents[s->full].key, key))
			return 0;
		for (int32_t k = s->full; k >= 0; k = G.ents[k].next) {
			if (!strcmp(G.ents[k].lemma, lemma)) {
				G.ents[k].langs |= lb ? lb : TD__GAZ_ANY; /* one name, several languages */
				return 0;
			}
			prev = k;
		}
	}
	if (!caps1 && u_islower((UChar32)td_utf8_decode(name, n, (int[1]){0}))) {
		s->lower = 1;
		unsigned b = td__gaz_lower_hash(name, n);
		G.lower_starts[b >> 3] |= (uint8_t)(1u << (b & 7));
	}
	if (G.nents == entcap) {
		size_t nc = entcap ? entcap * 2 : 4096;
		td__gaz *ne = realloc(G.ents, nc * sizeof(*ne));
		if (!ne)
			return TD_ERR_NOMEM;
		G.ents = ne;
		entcap = nc;
	}
	/* Keys are shared between rows; names are copied. */
	td__gaz *e = &G.ents[G.nents];
	e->key = key;
	e->type = type;
	e->langs = lb ? lb : TD__GAZ_ANY;
	e->next = -1;
	e->weak = adding_weak;
	e->lemma = sdup(lemma);
	if (!e->lemma)
		return TD_ERR_NOMEM;
	/* A country and the noun of its people share stems ("България",
	 * "българи"): the place heads the chain, whichever row came first;
	 * the people's noun still matches as written. */
	if (prev >= 0 && type == TD_ENT_LOC && G.ents[s->full].type == TD_ENT_PER) {
		e->next = s->full;
		s->full = (int32_t)G.nents;
	} else if (prev >= 0)
		G.ents[prev].next = (int32_t)G.nents;
	else
		s->full = (int32_t)G.nents;
	G.nents++;
	return 0;
}

/* Languages whose ICU names enter the gazetteer. */
static const char *const icu_langs[] = {
	"ru", "uk", "bg", "pl", "cs", "sk", "sl", "hr", "en", "sr", "mk", "be", "de", "fr",
	"es", "it", "pt", "nl", "ro", "hu", "lt", "lv", "et", "el", "tr", "sv", "da", "no", "fi",
	"bs",
};

uint64_t td__gaz_lang_bit(const char *lang)
{
	if (!lang || !lang[0])
		return 0;
	for (size_t i = 0; i < sizeof(icu_langs) / sizeof(icu_langs[0]); i++)
		if (lang[0] == icu_langs[i][0] && lang[1] == icu_langs[i][1] && !lang[2])
			return 1ull << i;
	return 0;
}

/* UN M.49 regions that news names (continents and large regions). North
 * America is named "Northern America" (021) in some languages, the
 * continent (003) in others ("Северна Америка" is bg 021, "Северная
 * Америка" ru 003): news means one place by both, listed under 021's key. */
static const char *const regions[] = {
	"002", "005", "009", "013", "015", "017", "018", "019", "021", "029", "030", "034",
	"035", "039", "053", "142", "143", "145", "150", "151", "154", "155", "419", "003",
};

static char *u8(const UChar *s, int32_t n, char *out, size_t cap)
{
	UErrorCode e = U_ZERO_ERROR;
	int32_t ol = 0;
	u_strToUTF8(out, (int32_t)cap - 1, &ol, s, n, &e);
	if (U_FAILURE(e) || ol <= 0)
		return NULL;
	out[ol] = 0;
	return out;
}

/* Key strings made at build time stay owned here for the process. */
static char **owned;
static size_t nowned, capowned;

static char *own(char *p)
{
	if (!p)
		return NULL;
	if (nowned == capowned) {
		size_t nc = capowned ? capowned * 2 : 1024;
		char **no = realloc(owned, nc * sizeof(*no));
		if (!no) {
			free(p);
			return NULL;
		}
		owned = no;
		capowned = nc;
	}
	return owned[nowned++] = p;
}

static char *keydup(const char *prefix, const char *code)
{
	char buf[128];
	snprintf(buf, sizeof(buf), "%s%s", prefix, code);
	for (char *p = buf; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p + 32);
	return own(sdup(buf));
}

static int add_countries(void)
{
	const char *const *cc = uloc_getISOCountries();
	size_t ncc = 0;
	while (cc[ncc])
		ncc++;
	char **keys = calloc(ncc + 4, sizeof(char *));
	if (!keys)
		return TD_ERR_NOMEM;
	for (size_t i = 0; i < ncc; i++)
		keys[i] = keydup("gpe:", cc[i]);
	char *rkeys[sizeof(regions) / sizeof(regions[0])];
	for (size_t r = 0; r < sizeof(regions) / sizeof(regions[0]); r++)
		rkeys[r] = keydup("reg:", strcmp(regions[r], "003") ? regions[r] : "021");
	int rc = 0;
	for (size_t l = 0; l < sizeof(icu_langs) / sizeof(icu_langs[0]) && !rc; l++) {
		UChar buf[128];
		char name[512], loc[16];
		for (size_t i = 0; i < ncc && !rc; i++) {
			if (!keys[i])
				return TD_ERR_NOMEM;
			snprintf(loc, sizeof(loc), "und_%s", cc[i]);
			UErrorCode e = U_ZERO_ERROR;
			int32_t n = uloc_getDisplayCountry(loc, icu_langs[l], buf, 128, &e);
			/* ICU falls back to the code itself when it has no name. */
			if (U_SUCCESS(e) && e != U_USING_DEFAULT_WARNING && n > 2 && u8(buf, n, name, sizeof(name))) {
				rc = add(keys[i], TD_ENT_LOC, icu_langs[l], name, name);
				/* A name with another in brackets ("Мьянма (Бирма)",
				 * "Myanmar (Burma)") is written without them. */
				char *br = strstr(name, " (");
				size_t nl = strlen(name);
				if (!rc && br && br > name + 2 && nl && name[nl - 1] == ')') {
					*br = 0; /* (add() copies the name) */
					rc = add(keys[i], TD_ENT_LOC, icu_langs[l], name, name);
				}
			}
		}
		for (size_t r = 0; r < sizeof(regions) / sizeof(regions[0]) && !rc; r++) {
			snprintf(loc, sizeof(loc), "und_%s", regions[r]);
			UErrorCode e = U_ZERO_ERROR;
			int32_t n = uloc_getDisplayCountry(loc, icu_langs[l], buf, 128, &e);
			if (U_SUCCESS(e) && e != U_USING_DEFAULT_WARNING && n > 3 && rkeys[r] &&
			    u8(buf, n, name, sizeof(name)))
				rc = add(rkeys[r], TD_ENT_LOC, icu_langs[l], name, name);
		}
	}
	free(keys); /* the strings stay referenced by entries */
	return rc;
}

/* Time-zone exemplar cities: capitals and large cities, localised. */
static int skip_zone(const char *z)
{
	static const char *const bad[] = {"Antarctica:", "America:Indiana:", "America:Kentucky:",
					  "America:North_Dakota:", "Etc:", "Arctic:", "SystemV:", "meta:"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (!strncmp(z, bad[i], strlen(bad[i])))
			return 1;
	return strchr(z, ':') == NULL;
}

static int add_cities(void)
{
	int rc = 0;
	for (size_t l = 0; l < sizeof(icu_langs) / sizeof(icu_langs[0]) && !rc; l++) {
		UErrorCode e = U_ZERO_ERROR;
		UResourceBundle *b = ures_open(U_ICUDATA_NAME "-zone", icu_langs[l], &e);
		UResourceBundle *zs = ures_getByKey(b, "zoneStrings", NULL, &e);
		if (U_FAILURE(e)) {
			ures_close(zs);
			ures_close(b);
			continue;
		}
		int en = !strcmp(icu_langs[l], "en");
		int32_t nz = ures_getSize(zs);
		for (int32_t i = 0; i < nz && !rc; i++) {
			UErrorCode e2 = U_ZERO_ERROR;
			UResourceBundle *z = ures_getByIndex(zs, i, NULL, &e2);
			const char *zk = ures_getKey(z);
			if (U_FAILURE(e2) || !zk || skip_zone(zk)) {
				ures_close(z);
				continue;
			}
			const char *city = strrchr(zk, ':') + 1;
			char key[96], name[256];
			snprintf(key, sizeof(key), "city:%s", city);
			for (char *p = key; *p; p++)
				*p = *p == '_' ? ' ' : (char)((*p >= 'A' && *p <= 'Z') ? *p + 32 : *p);
			int32_t n = 0;
			const UChar *ec = ures_getStringByKey(z, "ec", &n, &e2);
			int have = 0;
			if (U_SUCCESS(e2) && ec)
				have = u8(ec, n, name, sizeof(name)) != NULL;
			ures_close(z);
			char *k = own(sdup(key));
			if (!k)
				return TD_ERR_NOMEM;
			if (have)
				rc = add(k, TD_ENT_LOC, icu_langs[l], name, name);
			if (!rc && (en || !l)) {
				snprintf(name, sizeof(name), "%s", city);
				for (char *p = name; *p; p++)
					if (*p == '_')
						*p = ' ';
				rc = add(k, TD_ENT_LOC, "en", name, name);
			}
		}
		ures_close(zs);
		ures_close(b);
	}
	return rc;
}

/* Month and weekday names of every language (ICU date symbols). */
static int add_calendar(void)
{
	static const struct {
		UDateFormatSymbolType t;
		uint8_t kind;
	} kinds[] = {{UDAT_MONTHS, 2}, {UDAT_STANDALONE_MONTHS, 2}, {UDAT_SHORT_MONTHS, 2},
		     {UDAT_WEEKDAYS, 1}, {UDAT_STANDALONE_WEEKDAYS, 1}};
	for (size_t l = 0; l < sizeof(icu_langs) / sizeof(icu_langs[0]); l++) {
		UErrorCode e = U_ZERO_ERROR;
		UDateFormat *df = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, icu_langs[l], NULL, 0, NULL, 0, &e);
		if (U_FAILURE(e))
			continue;
		for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
			int32_t n = udat_countSymbols(df, kinds[k].t);
			for (int32_t i = 0; i < n; i++) {
				UChar buf[64];
				char name[256], f[260];
				e = U_ZERO_ERROR;
				int32_t len = udat_getSymbols(df, kinds[k].t, i, buf, 64, &e);
				if (U_FAILURE(e) || len < 3 || !u8(buf, len, name, sizeof(name)))
					continue;
				f[0] = '@';
				size_t fl = td_text_fold(name, strlen(name), f + 1, sizeof(f) - 1);
				if (fl && f[fl] == '.')
					fl--; /* "нояб." */
				slot *sl = put(f, fl + 1);
				if (!sl) {
					udat_close(df);
					return TD_ERR_NOMEM;
				}
				sl->cal = kinds[k].kind;
				unsigned b = (unsigned char)f[1] | (unsigned)(unsigned char)f[2] << 8;
				G.cal_starts[b >> 3] |= (uint8_t)(1u << (b & 7));
			}
		}
		udat_close(df);
	}
	return 0;
}

int td__gaz_calendar(const char *w, size_t n)
{
	char f[260];
	if (!G.tab || n > 200 || n < 2)
		return 0;
	/* The first two bytes of the folded word, through a bitmap; two
	 * ASCII characters fold to their lower case. */
	unsigned b, c0 = (unsigned char)w[0], c1 = (unsigned char)w[1];
	if (c0 < 0x80 && c1 < 0x80)
		b = (c0 - 'A' < 26 ? c0 + 32 : c0) | (c1 - 'A' < 26 ? c1 + 32 : c1) << 8;
	else {
		char h[8];
		size_t hl = td_text_fold(w, n < 4 ? n : 4, h, sizeof(h));
		b = (unsigned char)h[0] | (unsigned)(unsigned char)(hl > 1 ? h[1] : 0) << 8;
	}
	if (!((G.cal_starts[b >> 3] >> (b & 7)) & 1))
		return 0;
	f[0] = '@';
	size_t fl = td_text_fold(w, n, f + 1, sizeof(f) - 1);
	slot *sl = find_slot(f, fl + 1);
	return sl->s ? sl->cal : 0;
}

/* Builds the table from the compiled-in lists and ICU. */
static void build(void)
{
	int rc = 0;
	for (size_t i = 0; i < td__naliases && !rc; i++)
		rc = add(td__aliases[i].key, td__aliases[i].type, td__aliases[i].lang,
			 td__aliases[i].name, td__aliases[i].lemma);
	if (!rc)
		rc = add_countries();
	if (!rc)
		rc = add_cities();
	/* Subdivisions and towns are weak: many share their stems with
	 * persons' names and adjectives ("Хан", "Марке", "Północna"). The
	 * first key of a name is its key: a big city before the
	 * subdivisions, since where one has its name news means the city
	 * (Islamabad, Hamburg, Washington), and the towns after them
	 * (Indiana is the state). */
	adding_weak = 1;
	for (size_t i = 0; i < td__ncities_big && !rc; i++)
		rc = add(td__cities[i].key, td__cities[i].type, td__cities[i].lang, td__cities[i].name,
			 td__cities[i].lemma);
	for (size_t i = 0; i < td__nsubdivs && !rc; i++)
		rc = add(td__subdivs[i].key, td__subdivs[i].type, td__subdivs[i].lang,
			 td__subdivs[i].name, td__subdivs[i].lemma);
	for (size_t i = td__ncities_big; i < td__ncities && !rc; i++)
		rc = add(td__cities[i].key, td__cities[i].type, td__cities[i].lang, td__cities[i].name,
			 td__cities[i].lemma);
	adding_weak = 0;
	if (!rc)
		rc = add_calendar();
	if (!rc) {
		size_t bits = 1 << 16;
		while (bits < G.tused * 8)
			bits *= 2;
		G.filter = calloc(bits / 64, sizeof(uint64_t));
		if (!G.filter)
			rc = TD_ERR_NOMEM;
		G.fmask = bits - 1;
		for (size_t i = 0; G.filter && i < G.tcap; i++)
			if (G.tab[i].s) {
				uint64_t h = hs(G.pool + G.tab[i].s, G.tab[i].len);
				size_t b1 = (size_t)(h >> 20) & G.fmask, b2 = (size_t)(h >> 40) & G.fmask;
				G.filter[b1 >> 6] |= 1ull << (b1 & 63);
				G.filter[b2 >> 6] |= 1ull << (b2 & 63);
			}
	}
	init_rc = rc;
}

/* ---- cities by their names' keys ------------------------------------ */

/* The keys (td__name_key) of the names of every listed city, country
 * subdivision and alias row that names a place, an organisation, an
 * event or a product, each with its row (an index over td__cities, then
 * td__subdivs, then td__aliases; -1 where two entities share one), in an
 * open-addressing table. Built once, or mapped from the generated file. */
typedef struct {
	uint64_t h; /* 0: empty */
	int32_t city; /* the row, or -1 */
	int32_t shadow; /* a row of another entity that shares a name with
			 * this one's entity: the first listed stands for both,
			 * as in the gazetteer ("Punjab" of India and of
			 * Pakistan); -1 when none */
} skel_slot;
static const skel_slot *skel;
static size_t skel_mask;
static pthread_once_t skel_once = PTHREAD_ONCE_INIT;

static uint64_t skel_hash(const char *k, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
	return h ? h : 1;
}

static size_t skel_rows(void)
{
	return td__ncities + td__nsubdivs + td__naliases;
}

/* Row r of the table's index space. */
static const td__alias *skel_row(size_t r)
{
	if (r < td__ncities)
		return &td__cities[r];
	r -= td__ncities;
	if (r < td__nsubdivs)
		return &td__subdivs[r];
	return &td__aliases[r - td__nsubdivs];
}

/* Slots of the table: a power of two, at least twice the names. */
static size_t skel_cap(void)
{
	size_t cap = 1;
	while (cap < skel_rows() * 2)
		cap <<= 1;
	return cap;
}

/* Whether the entity of row r (its key's rows, next to each other in
 * their table) lists name. */
static int entity_has_name(size_t r, const char *name)
{
	const char *key = skel_row(r)->key;
	size_t lo = r < td__ncities ? 0 : r < td__ncities + td__nsubdivs ? td__ncities : td__ncities + td__nsubdivs;
	size_t hi = r < td__ncities ? td__ncities : r < td__ncities + td__nsubdivs ? td__ncities + td__nsubdivs : skel_rows();
	size_t a = r;
	while (a > lo && !strcmp(skel_row(a - 1)->key, key))
		a--;
	for (; a < hi && !strcmp(skel_row(a)->key, key); a++)
		if (!strcmp(skel_row(a)->name, name))
			return 1;
	return 0;
}

/* The table of skel_cap() slots, built; NULL when out of memory. Acronyms
 * (names in capitals) and the nouns of peoples (PER rows) stay out: their
 * keys are short or name no place. */
static skel_slot *make_skel(void)
{
	size_t cap = skel_cap();
	skel_slot *t = calloc(cap, sizeof(*t));
	if (!t)
		return NULL;
	for (size_t i = 0; i < skel_rows(); i++) {
		const td__alias *a = skel_row(i);
		if (a->type == TD__NONE || a->type == TD_ENT_PER || td__all_caps(a->name, strlen(a->name)))
			continue;
		char k[KEY_MEMO_LEN];
		size_t n = name_key(key_lang(a->lang), a->name, strlen(a->name), k, sizeof(k));
		if (n < TD__CITY_KEY_MIN || n + 1 >= sizeof(k))
			continue;
		uint64_t h = skel_hash(k, n);
		size_t j = h & (cap - 1);
		while (t[j].h && t[j].h != h)
			j = (j + 1) & (cap - 1);
		if (!t[j].h) {
			t[j].h = h;
			t[j].city = (int32_t)i;
			t[j].shadow = -1;
			continue;
		}
		if (t[j].city < 0 || !strcmp(skel_row((size_t)t[j].city)->key, a->key))
			continue;
		if (t[j].shadow >= 0 && !strcmp(skel_row((size_t)t[j].shadow)->key, a->key))
			continue; /* the entity the first stands for */
		if (t[j].shadow < 0 && entity_has_name((size_t)t[j].city, a->name))
			t[j].shadow = (int32_t)i; /* one name, two entities: the first */
		else
			t[j].city = -1; /* two entities: no answer */
	}
	return t;
}

static void build_skel(void)
{
	if (skel) /* mapped with the gazetteer */
		return;
	skel_slot *t = make_skel();
	if (t) {
		skel_mask = skel_cap() - 1;
		skel = t;
	}
}

/* ---- the generated file ---------------------------------------------
 * td__gaz_write() stores the table as built (the build runs it, see the
 * Makefile's lexicon target); td__gaz_init() maps it instead of building
 * when it was made from the same lists, the same ICU and the same byte
 * order. Layout: the header, the two start bitmaps, the fingerprints, the
 * slots, the entries (offsets instead of pointers), the filter, the
 * cities' name keys, the string pool; every section 8-byte aligned. */

#define GAZ_MAGIC "TDGAZ02\n"
#define GAZ_FILE "gazetteer.tab"

typedef struct {
	char magic[8];
	uint32_t order; /* 0x01020304 as the writer stored it */
	uint8_t icu[4]; /* u_getVersion() of the writer */
	uint64_t inputs; /* inputs_print() of the writer */
	uint64_t tcap, tused, nents, fwords, poolsz, skcap;
	uint64_t off_bits, off_fps, off_tab, off_ents, off_filter, off_skel, off_pool, size;
} gaz_head;

typedef struct {
	uint32_t key, lemma; /* pool offsets */
	uint64_t langs;
	int32_t next;
	uint8_t type, weak, pad[2];
} gaz_ent;

_Static_assert(sizeof(slot) == 16 && sizeof(gaz_ent) == 24 && sizeof(skel_slot) == 16, "file layout");

static uint64_t mix(uint64_t h, const char *s)
{
	return s ? hs(s, strlen(s)) ^ (h * 0x9E3779B97F4A7C15ull) : h * 31 + 1;
}

/* A fingerprint of the compiled-in lists and of the building code's
 * version: a table made from other lists is not used. */
static uint64_t inputs_print(void)
{
	uint64_t h = 0x67617a3034ull; /* bump when the building code changes */
	for (size_t i = 0; i < td__naliases; i++) {
		const td__alias *a = &td__aliases[i];
		h = mix(mix(mix(mix(h, a->key), a->lang), a->name), a->lemma) + a->type;
	}
	for (size_t i = 0; i < td__nsubdivs; i++) {
		const td__alias *a = &td__subdivs[i];
		h = mix(mix(mix(mix(h, a->key), a->lang), a->name), a->lemma) + a->type;
	}
	for (size_t i = 0; i < td__ncities; i++) {
		const td__alias *a = &td__cities[i];
		h = mix(mix(mix(mix(h, a->key), a->lang), a->name), a->lemma) + a->type;
	}
	return h;
}

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* The sections of a table of the given sizes, laid out in h. */
static void layout(gaz_head *h)
{
	size_t o = align8(sizeof(*h));
	h->off_bits = o;
	o = align8(o + 2 * (65536 / 8));
	h->off_fps = o;
	o = align8(o + h->tcap * sizeof(uint32_t));
	h->off_tab = o;
	o = align8(o + h->tcap * sizeof(slot));
	h->off_ents = o;
	o = align8(o + h->nents * sizeof(gaz_ent));
	h->off_filter = o;
	o = align8(o + h->fwords * sizeof(uint64_t));
	h->off_skel = o;
	o = align8(o + h->skcap * sizeof(skel_slot));
	h->off_pool = o;
	h->size = o + h->poolsz;
}

/* A table mapped from a file; its entries are the only part copied
 * (they hold pointers). */
static int load(table *t, const char *path, gaz_head *ho, void **mapo, const skel_slot **sko)
{
	memset(t, 0, sizeof(*t));
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return TD_ERR_IO;
	struct stat st;
	void *map = MAP_FAILED;
	if (fstat(fd, &st) == 0 && (size_t)st.st_size >= sizeof(gaz_head))
		map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		return TD_ERR_IO;
	const char *base = map;
	gaz_head h;
	memcpy(&h, base, sizeof(h));
	UVersionInfo icu;
	u_getVersion(icu);
	gaz_head want = h;
	int ok = !memcmp(h.magic, GAZ_MAGIC, 8) && h.order == 0x01020304u && !memcmp(h.icu, icu, 4) &&
		 h.tcap && !(h.tcap & (h.tcap - 1)) && h.tcap < (1ull << 32) && h.tused < h.tcap &&
		 h.nents < (1ull << 31) && h.fwords && !(h.fwords & (h.fwords - 1)) && h.fwords < (1ull << 32) &&
		 h.poolsz >= 1 && h.poolsz < (1ull << 32) && h.inputs == inputs_print() && h.skcap == skel_cap();
	if (ok) {
		layout(&want);
		ok = !memcmp(&want, &h, sizeof(h)) && h.size == (uint64_t)st.st_size &&
		     base[h.off_pool + h.poolsz - 1] == 0;
	}
	t->tcap = (size_t)h.tcap;
	t->tused = (size_t)h.tused;
	t->nents = (size_t)h.nents;
	t->fps = (uint32_t *)(void *)(base + h.off_fps);
	t->tab = (slot *)(void *)(base + h.off_tab);
	t->filter = (uint64_t *)(void *)(base + h.off_filter);
	t->fmask = (size_t)h.fwords * 64 - 1;
	t->pool = base + h.off_pool;
	/* Every offset and index inside its section. */
	for (size_t i = 0; ok && i < t->tcap; i++) {
		const slot *sl = &t->tab[i];
		if (!t->fps[i])
			ok = !sl->s;
		else
			ok = sl->s && (uint64_t)sl->s + sl->len < h.poolsz && sl->full >= -1 &&
			     sl->full < (int64_t)h.nents;
	}
	const gaz_ent *fe = (const gaz_ent *)(const void *)(base + h.off_ents);
	if (ok && !(t->ents = malloc((t->nents ? t->nents : 1) * sizeof(td__gaz))))
		ok = 0;
	for (size_t i = 0; ok && i < t->nents; i++) {
		const gaz_ent *f = &fe[i];
		ok = f->key < h.poolsz && f->lemma < h.poolsz && f->next >= -1 && f->next < (int64_t)h.nents;
		t->ents[i] = (td__gaz){t->pool + f->key, t->pool + f->lemma, f->langs, f->type, f->weak, f->next};
	}
	const skel_slot *sk = (const skel_slot *)(const void *)(base + h.off_skel);
	for (size_t i = 0; ok && i < h.skcap; i++)
		ok = !sk[i].h || (sk[i].city >= -1 && sk[i].city < (int64_t)skel_rows());
	if (ok) {
		*sko = sk;
		memcpy(t->lower_starts, base + h.off_bits, sizeof(t->lower_starts));
		memcpy(t->cal_starts, base + h.off_bits + sizeof(t->lower_starts), sizeof(t->cal_starts));
		*ho = h;
		*mapo = map;
		return 0;
	}
	free(t->ents);
	memset(t, 0, sizeof(*t));
	munmap(map, (size_t)st.st_size);
	return TD_ERR_PARSE;
}

static void init_once(void)
{
	const char *dir = getenv("TIDINGS_LEXTAB_DIR");
	if (!dir)
		dir = TD_LEXTAB_DIR;
	if (dir[0] && strcmp(dir, "none")) {
		char path[1100];
		static table t; /* large: not on the stack */
		gaz_head h;
		void *map;
		const skel_slot *sk;
		snprintf(path, sizeof(path), "%s/%s", dir, GAZ_FILE);
		if (load(&t, path, &h, &map, &sk) == 0) {
			G = t;
			skel = sk;
			skel_mask = (size_t)h.skcap - 1;
			init_rc = 0;
			return; /* the mapping stays for the process */
		}
	}
	build();
}

int td__gaz_init(void)
{
	td_text_init();
	pthread_once(&once, init_once);
	return init_rc;
}

/* Interns strings into the file's pool (the slots' pool comes first,
 * unchanged); equal strings share one offset. */
typedef struct {
	char *p;
	size_t len, cap;
	uint32_t *idx; /* offsets, 0 empty */
	size_t icap;
} wpool;

static uint32_t wp_add(wpool *w, const char *s)
{
	size_t n = strlen(s);
	uint64_t h = hs(s, n);
	size_t i = (size_t)h & (w->icap - 1);
	for (; w->idx[i]; i = (i + 1) & (w->icap - 1))
		if (!strcmp(w->p + w->idx[i], s))
			return w->idx[i];
	if (w->len + n + 1 > w->cap) {
		size_t nc = w->cap * 2;
		while (w->len + n + 1 > nc)
			nc *= 2;
		char *np = realloc(w->p, nc);
		if (!np)
			return 0;
		w->p = np;
		w->cap = nc;
	}
	uint32_t off = (uint32_t)w->len;
	memcpy(w->p + w->len, s, n + 1);
	w->len += n + 1;
	w->idx[i] = off;
	return off;
}

int td__gaz_write(const char *path)
{
	int rc = td__gaz_init();
	if (rc < 0)
		return rc;
	size_t plen = 1;
	for (size_t i = 0; i < G.tcap; i++)
		if (G.tab[i].s && G.tab[i].s + G.tab[i].len + 1 > plen)
			plen = G.tab[i].s + G.tab[i].len + 1;
	wpool w = {0};
	w.cap = plen + 4096;
	w.icap = 1;
	while (w.icap < G.nents * 4 + 16)
		w.icap *= 2;
	w.p = malloc(w.cap);
	w.idx = calloc(w.icap, sizeof(uint32_t));
	gaz_ent *fe = calloc(G.nents ? G.nents : 1, sizeof(*fe));
	skel_slot *sk = make_skel();
	rc = w.p && w.idx && fe && sk ? 0 : TD_ERR_NOMEM;
	if (rc == 0) {
		memcpy(w.p, G.pool, plen);
		w.len = plen;
	}
	for (size_t i = 0; rc == 0 && i < G.nents; i++) {
		const td__gaz *e = &G.ents[i];
		fe[i].key = wp_add(&w, e->key);
		fe[i].lemma = wp_add(&w, e->lemma);
		fe[i].langs = e->langs;
		fe[i].next = e->next;
		fe[i].type = e->type;
		fe[i].weak = e->weak;
		if (!fe[i].key || !fe[i].lemma)
			rc = TD_ERR_NOMEM;
	}
	gaz_head h;
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, GAZ_MAGIC, 8);
	h.order = 0x01020304u;
	u_getVersion(h.icu);
	h.inputs = inputs_print();
	h.tcap = G.tcap;
	h.tused = G.tused;
	h.nents = G.nents;
	h.fwords = (G.fmask + 1) / 64;
	h.poolsz = w.len;
	h.skcap = skel_cap();
	layout(&h);
	FILE *f = rc == 0 ? fopen(path, "wb") : NULL;
	if (rc == 0 && !f)
		rc = TD_ERR_IO;
	static const char zeros[8];
	size_t at = 0;
#define PUT(ptr, n)                                                                        \
	do {                                                                               \
		if (rc == 0 && fwrite((ptr), 1, (n), f) != (n))                            \
			rc = TD_ERR_IO;                                                    \
		at += (n);                                                                 \
	} while (0)
#define PAD_TO(off)                                                                        \
	do {                                                                               \
		if (rc == 0 && at < (off))                                                 \
			PUT(zeros, (size_t)(off) - at);                                    \
	} while (0)
	PUT(&h, sizeof(h));
	PAD_TO(h.off_bits);
	PUT(G.lower_starts, sizeof(G.lower_starts));
	PUT(G.cal_starts, sizeof(G.cal_starts));
	PAD_TO(h.off_fps);
	PUT(G.fps, G.tcap * sizeof(uint32_t));
	PAD_TO(h.off_tab);
	PUT(G.tab, G.tcap * sizeof(slot));
	PAD_TO(h.off_ents);
	PUT(fe, G.nents * sizeof(gaz_ent));
	PAD_TO(h.off_filter);
	PUT(G.filter, (size_t)h.fwords * sizeof(uint64_t));
	PAD_TO(h.off_skel);
	PUT(sk, (size_t)h.skcap * sizeof(skel_slot));
	PAD_TO(h.off_pool);
	PUT(w.p, w.len);
#undef PUT
#undef PAD_TO
	if (f && fclose(f) != 0 && rc == 0)
		rc = TD_ERR_IO;
	free(w.p);
	free(w.idx);
	free(fe);
	free(sk);
	return rc;
}

int td__gaz_same_as_file(const char *path)
{
	int rc = td__gaz_init();
	if (rc < 0)
		return rc;
	gaz_head h;
	void *map;
	table *t = malloc(sizeof(table)); /* large: not on the stack */
	if (!t)
		return TD_ERR_NOMEM;
	const skel_slot *sk;
	if ((rc = load(t, path, &h, &map, &sk)) < 0) {
		free(t);
		return rc;
	}
	skel_slot *built = make_skel();
	int same = t->tcap == G.tcap && t->tused == G.tused && t->nents == G.nents && t->fmask == G.fmask &&
		   !memcmp(t->fps, G.fps, G.tcap * sizeof(uint32_t)) &&
		   !memcmp(t->filter, G.filter, (G.fmask + 1) / 8) &&
		   !memcmp(t->lower_starts, G.lower_starts, sizeof(G.lower_starts)) &&
		   !memcmp(t->cal_starts, G.cal_starts, sizeof(G.cal_starts)) && built &&
		   !memcmp(sk, built, skel_cap() * sizeof(*sk));
	free(built);
	for (size_t i = 0; same && i < G.tcap; i++) {
		const slot *a = &t->tab[i], *b = &G.tab[i];
		same = !a->s == !b->s && a->len == b->len && a->full == b->full && a->more == b->more &&
		       a->lower == b->lower && a->cal == b->cal &&
		       (!a->s || !memcmp(t->pool + a->s, G.pool + b->s, a->len));
	}
	for (size_t i = 0; same && i < G.nents; i++) {
		const td__gaz *a = &t->ents[i], *b = &G.ents[i];
		same = !strcmp(a->key, b->key) && !strcmp(a->lemma, b->lemma) && a->langs == b->langs &&
		       a->type == b->type && a->weak == b->weak && a->next == b->next;
	}
	free(t->ents);
	free(t);
	munmap(map, (size_t)h.size);
	return same ? 0 : 1;
}

const td__gaz *td__gaz_find(const char *s, size_t n, int *more, int *lower)
{
	*more = 0;
	*lower = 0;
	if (!G.tab || !G.filter)
		return NULL;
	uint64_t h = hs(s, n);
	if (!filter_may(h))
		return NULL;
	uint32_t fp;
	const slot *sl = &G.tab[find_idx_h(s, n, h, &fp)];
	if (!sl->s)
		return NULL;
	*more = sl->more;
	*lower = sl->lower;
	return sl->full >= 0 ? &G.ents[sl->full] : NULL;
}

const td__gaz *td__gaz_next(const td__gaz *g)
{
	return g && g->next >= 0 ? &G.ents[g->next] : NULL;
}

const td__alias *td__listed_of_key(const char *k, size_t n)
{
	if (n < TD__CITY_KEY_MIN || td__gaz_init() < 0)
		return NULL;
	pthread_once(&skel_once, build_skel);
	if (!skel)
		return NULL;
	uint64_t h = skel_hash(k, n);
	for (size_t j = h & skel_mask; skel[j].h; j = (j + 1) & skel_mask)
		if (skel[j].h == h)
			return skel[j].city >= 0 ? skel_row((size_t)skel[j].city) : NULL;
	return NULL;
}
