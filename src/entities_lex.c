/* entities_lex.c - hunspell dictionaries per language, loaded lazily, with
 * a shared insert-only cache of looked-up words so the hot path takes no
 * lock once a word has been seen.
 * Memory: one hunspell object per used language (1-30 MiB each) and one
 * cache entry per distinct looked-up word (about 64 bytes), at most
 * CACHE_SLOTS entries, and 256 KiB of recent answers per thread. */
#include <hunspell/hunspell.h>
#include <pthread.h>
#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include "entities_int.h"
#include "lextab.h"
#include "tblock.h"
#include "tidings/error.h"
#include "tidings/text.h"
#include "tidings/utf8.h"

#ifndef TD_LEXTAB_DIR
#define TD_LEXTAB_DIR ""
#endif

#define CACHE_SLOTS (1u << 20)
#define MAXW 96

typedef struct {
	const char *lang, *file;
	pthread_mutex_t mu;
	atomic_int state; /* 0 not tried, 1 loaded, -1 unavailable */
	Hunhandle *h;
	int latin2;            /* dictionary encoding is ISO-8859-2 */
	int compounds;         /* the affix file allows compound words */
	uint32_t hi[128];      /* ISO-8859-2 bytes 0x80-0xFF as code points */
	atomic_int tstate;     /* word-form table: 0 not tried, 1 mapped, -1 none */
	td__lextab tab;
} dict;

static dict dicts[] = {
	{"ru", "ru_RU", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"uk", "uk_UA", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"bg", "bg_BG", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"pl", "pl_PL", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"cs", "cs_CZ", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"sk", "sk_SK", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"sl", "sl_SI", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"hr", "hr_HR", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"en", "en_US", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"de", "de_DE", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"fr", "fr_FR", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"es", "es_ES", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"it", "it_IT", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"pt", "pt_PT", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"nl", "nl_NL", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
	{"be", "be_BY", PTHREAD_MUTEX_INITIALIZER, 0, NULL, 0, 0, {0}, 0, {0}},
};
#define NDICTS (sizeof(dicts) / sizeof(dicts[0]))

static const char *const dirs[] = {"/usr/share/hunspell", "/usr/share/myspell/dicts",
				   "/usr/share/myspell"};

typedef struct {
	uint64_t hash;
	const char *lemma;
	uint16_t li, wlen;
	uint8_t flags;
	char word[];
} entry;

static _Atomic(entry *) cache[CACHE_SLOTS];
static atomic_size_t cache_used;

/* A small direct-mapped copy of recent answers per thread, with the word
 * inline: a hit stays in the thread's cache lines instead of reading a
 * shared slot and its entry from memory. */
#define FRONT_SLOTS 4096
#define FRONT_WORD 40
typedef struct {
	uint64_t hash;
	const char *lemma;
	uint16_t li, wlen; /* wlen 0: empty */
	uint8_t flags;
	char word[FRONT_WORD];
} front;

static td__tblock fcache_block = TD__TBLOCK(sizeof(front) * FRONT_SLOTS);
static _Thread_local front *fcache; /* FRONT_SLOTS records (fcache_block) */

static void remember(front *f, uint64_t h, int li, const char *w, size_t n, const td__lexinfo *out)
{
	if (n >= FRONT_WORD)
		return;
	f->hash = h;
	f->li = (uint16_t)li;
	f->wlen = (uint16_t)n;
	f->flags = out->flags;
	f->lemma = out->lemma;
	memcpy(f->word, w, n);
}

int td__lex_index(const char *lang)
{
	if (!lang)
		return -1;
	for (size_t i = 0; i < NDICTS; i++)
		if (!strcmp(dicts[i].lang, lang))
			return (int)i;
	return -1;
}

int td__lex_files(int li, char *aff, char *dic, size_t cap)
{
	if (li < 0 || (size_t)li >= NDICTS)
		return TD_ERR_INVAL;
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		snprintf(aff, cap, "%s/%s.aff", dirs[i], dicts[li].file);
		snprintf(dic, cap, "%s/%s.dic", dirs[i], dicts[li].file);
		if (!access(aff, R_OK) && !access(dic, R_OK))
			return 0;
	}
	return TD_ERR_NOTFOUND;
}

static void load(dict *d)
{
	char aff[512], dic[512];
	if (!td__lex_files((int)(d - dicts), aff, dic, sizeof(aff))) {
		FILE *f = fopen(aff, "rb");
		if (f) {
			char line[256];
			while (fgets(line, sizeof(line), f))
				if (!strncmp(line, "COMPOUND", 8) || !strncmp(line, "ONLYINCOMPOUND", 14))
					d->compounds = 1;
			fclose(f);
			d->h = Hunspell_create(aff, dic);
		}
	}
	if (!d->h) {
		atomic_store(&d->state, -1);
		return;
	}
	const char *enc = Hunspell_get_dic_encoding(d->h);
	if (enc && (!strcmp(enc, "ISO8859-2") || !strcmp(enc, "ISO-8859-2"))) {
		UErrorCode e = U_ZERO_ERROR;
		UConverter *cv = ucnv_open("ISO-8859-2", &e);
		if (U_FAILURE(e)) {
			Hunspell_destroy(d->h);
			d->h = NULL;
			atomic_store(&d->state, -1);
			return;
		}
		for (int b = 0; b < 128; b++) {
			char c = (char)(b + 128);
			UChar u[2];
			e = U_ZERO_ERROR;
			int32_t n = ucnv_toUChars(cv, u, 2, &c, 1, &e);
			d->hi[b] = U_SUCCESS(e) && n == 1 ? u[0] : 0xFFFD;
		}
		ucnv_close(cv);
		d->latin2 = 1;
	}
	atomic_store(&d->state, 1);
}

static dict *get(int li)
{
	if (li < 0 || (size_t)li >= NDICTS)
		return NULL;
	dict *d = &dicts[li];
	int st = atomic_load(&d->state);
	if (st == 0) {
		pthread_mutex_lock(&d->mu);
		if (atomic_load(&d->state) == 0)
			load(d);
		pthread_mutex_unlock(&d->mu);
		st = atomic_load(&d->state);
	}
	return st == 1 ? d : NULL;
}

/* UTF-8 to the dictionary's encoding; returns 0 when not representable. */
static int to_dict(const dict *d, const char *w, size_t n, char *out, size_t cap)
{
	if (!d->latin2) {
		if (n + 1 > cap)
			return 0;
		memcpy(out, w, n);
		out[n] = 0;
		return 1;
	}
	size_t o = 0;
	for (size_t i = 0; i < n;) {
		int l;
		uint32_t cp = td_utf8_decode(w + i, n - i, &l);
		i += (size_t)l;
		if (o + 2 > cap)
			return 0;
		if (cp < 0x80) {
			out[o++] = (char)cp;
			continue;
		}
		int b = 0;
		while (b < 128 && d->hi[b] != cp)
			b++;
		if (b == 128)
			return 0;
		out[o++] = (char)(b + 128);
	}
	out[o] = 0;
	return 1;
}

static void from_dict(const dict *d, const char *s, char *out, size_t cap)
{
	if (!d->latin2) {
		snprintf(out, cap, "%s", s);
		return;
	}
	size_t o = 0;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		char buf[4];
		int bl = c < 0x80 ? (buf[0] = (char)c, 1) : td_utf8_encode(d->hi[c - 128], buf);
		if (o + (size_t)bl + 1 > cap)
			break;
		memcpy(out + o, buf, (size_t)bl);
		o += (size_t)bl;
	}
	out[o] = 0;
}

static uint64_t hash(int li, const char *w, size_t n)
{
	uint64_t h = 1469598103934665603ull ^ (uint64_t)li;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)w[i];
		h *= 1099511628211ull;
	}
	return h ^ (h >> 29);
}

/* Upper-cases the first letter of s in place into out. */
static void capitalise(const char *s, char *out, size_t cap)
{
	size_t n = strlen(s);
	int l;
	uint32_t cp = td_utf8_decode(s, n, &l);
	char buf[4];
	int bl = td_utf8_encode((uint32_t)u_totitle((UChar32)cp), buf);
	if ((size_t)bl + n - (size_t)l + 1 > cap) {
		snprintf(out, cap, "%s", s);
		return;
	}
	memcpy(out, buf, (size_t)bl);
	memcpy(out + bl, s + l, n - (size_t)l + 1);
}

/* Whether root fr (a bytes, case-folded) is word fw (b bytes, folded)
 * with at most its last three characters changed and at least its first
 * half kept: the word's own root, not one a prefix rule reaches. */
static int begins_folded(const char *fr, size_t a, const char *fw, size_t b)
{
	size_t k = 0;
	while (k < a && k < b && fr[k] == fw[k])
		k++;
	while (k > 0 && (fr[k] & 0xC0) == 0x80)
		k--;
	int rest = 0;
	for (size_t i = k; i < a; i++)
		rest += (fr[i] & 0xC0) != 0x80;
	return rest <= 3 && 2 * k >= a;
}

/* begins_folded() of root r (rn bytes) and word w (n bytes) as written. */
static int begins(const char *r, size_t rn, const char *w, size_t n)
{
	char fr[MAXW * 4], fw[MAXW * 4];
	size_t a = td_text_fold(r, rn, fr, sizeof(fr)), b = td_text_fold(w, n, fw, sizeof(fw));
	return begins_folded(fr, a, fw, b);
}

/* Whether root r (rn bytes) is, case folded, the first letters of word w
 * (n bytes) and shorter than it. */
static int prefix_of(const char *r, size_t rn, const char *w, size_t n)
{
	char fr[MAXW * 4], fw[MAXW * 4];
	size_t a = td_text_fold(r, rn, fr, sizeof(fr)), b = td_text_fold(w, n, fw, sizeof(fw));
	return a < b && !memcmp(fr, fw, a);
}

/* Whether s (n bytes) ends in a letter that is no vowel. */
static int consonant_end(const char *s, size_t n)
{
	if (!n)
		return 0;
	size_t b = n - 1;
	while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
		b--;
	int l;
	uint32_t cp = td_utf8_decode(s + b, n - b, &l);
	static const uint32_t v[] = {'a', 'e', 'i', 'o', 'u', 'y', 0xE1, 0xE9, 0x11B, 0xED, 0xF3, 0xFA, 0x16F, 0xFD, 0x105, 0x119};
	if (!u_isalpha((UChar32)cp))
		return 0;
	for (size_t k = 0; k < sizeof(v) / sizeof(v[0]); k++)
		if (cp == v[k])
			return 0;
	return 1;
}

/* Flags and lemma of word w from its ns stems (dictionary encoding). */
static void score(const dict *d, char **list, int ns, const char *w, size_t n, uint8_t *flags,
		  char *lemma, size_t cap)
{
	int best = -1, bscore = 0;
	size_t blen = 0;
	char tmp[MAXW * 4], bstem[MAXW * 4];
	for (int i = 0; i < ns; i++) {
		from_dict(d, list[i], tmp, sizeof(tmp));
		size_t tl = strlen(tmp);
		int cap1 = td_text_is_upper_initial(tmp, tl);
		int same = tl == n && !memcmp(tmp, w, n);
		int sc = cap1 ? (same ? 2 : 3) : 1;
		if (cap1)
			*flags |= TD__LEX_PROPER;
		else if (!td__all_caps(tmp, tl))
			*flags |= TD__LEX_LOWER;
		if (cap1 && same)
			*flags |= TD__LEX_SELF;
		/* The Slovene dictionary stores many words under two roots, the
		 * base form and a made-up one ("Kovačič" and "Kovačiče",
		 * "slovenski" and "slovenskega", "Viktor" and "Viktorje"),
		 * beside roots that a prefix rule reaches ("godb" for
		 * "pogodbe"): of the roots the word begins with, the shortest. */
		int pick = sc > bscore;
		if (sc == bscore && best >= 0 && !strcmp(d->lang, "sl")) {
			int inw = begins(tmp, tl, w, n), inb = begins(bstem, blen, w, n);
			pick = inw > inb || (inw == inb && tl < blen);
		} else if (sc == bscore && best >= 0 &&
			   (!strcmp(d->lang, "uk") || !strcmp(d->lang, "ru") || !strcmp(d->lang, "bg")))
			/* In the Cyrillic dictionaries, of two roots the one the
			 * word begins with whole, the root and an ending
			 * ("судом": "суд", not "судома", whose genitive plural it
			 * also is; "Лейбъристката": "лейбъристка"). The Latin
			 * ones list feminine forms under their masculine root
			 * ("Mayové": "Mayová", not "May"). */
			pick = prefix_of(tmp, tl, w, n) > prefix_of(bstem, blen, w, n);
		else if (sc == bscore && sc > 1 && best >= 0 &&
			 (!strcmp(d->lang, "cs") || !strcmp(d->lang, "sk") || !strcmp(d->lang, "pl") ||
			  !strcmp(d->lang, "hr")))
			/* The Latin ones list foreign and made-up names in "-o",
			 * "-e" beside the native one ("Petrem": "Petro", "Petr";
			 * "Pavlem": "Pavle", "Pavlo", "Pavel"): of equal names
			 * the first that ends in a consonant, as men's names do,
			 * before one in "-o" or "-e", or a possessive adjective in
			 * "-owy" ("Donaldowi": "Donaldowy", "Donald"); not before
			 * one in "-a" ("Clintonové" is "Clintonová"'s). */
			pick = consonant_end(tmp, tl) && blen &&
			       (bstem[blen - 1] == 'o' || bstem[blen - 1] == 'e' ||
				(blen > 3 && !memcmp(bstem + blen - 3, "owy", 3)));
		/* The Latin ones also list some inflected forms as words of
		 * their own beside the root that inflects to them
		 * ("konferencji" beside "konferencja"): of a common word's
		 * two roots, a feminine one in "-a" whose case in "-i" the
		 * word is, over the word itself. */
		if (!pick && sc == 1 && bscore == 1 && best >= 0 && blen == n && tl == n && n >= 5 &&
		    tmp[tl - 1] == 'a' && w[n - 1] == 'i' &&
		    (!strcmp(d->lang, "cs") || !strcmp(d->lang, "sk") || !strcmp(d->lang, "pl") ||
		     !strcmp(d->lang, "hr"))) {
			char fb[MAXW * 4], fw[MAXW * 4], ft[MAXW * 4];
			size_t bl2 = td_text_fold(bstem, blen, fb, sizeof(fb));
			size_t wl2 = td_text_fold(w, n, fw, sizeof(fw));
			size_t tl2 = td_text_fold(tmp, tl, ft, sizeof(ft));
			pick = bl2 == wl2 && tl2 == wl2 && !memcmp(fb, fw, wl2) && !memcmp(ft, fw, wl2 - 1);
		}
		if (pick) {
			bscore = sc;
			best = i;
			blen = tl < sizeof(bstem) ? tl : sizeof(bstem) - 1;
			memcpy(bstem, tmp, blen);
		}
	}
	if (best >= 0) {
		from_dict(d, list[best], tmp, sizeof(tmp));
		if (bscore == 1)
			capitalise(tmp, lemma, cap);
		else
			snprintf(lemma, cap, "%s", tmp);
	}
}

static atomic_size_t analyses; /* hunspell analyses so far */

size_t td__lex_analyses(void)
{
	return atomic_load(&analyses);
}

/* German writes every noun with a capital and its dictionary stores nouns
 * as capitalised stems, as it does names. A capitalised stem is a name
 * only when the English dictionary, which lists international names, has
 * it as a name and not also as a common word ("Friedrich", "Angela"; not
 * "Regierung", "Opposition"); otherwise the word is a common noun. Places
 * and organisations come from the gazetteer, and a surname the dictionary
 * knows ("Merkel") is found after a first name. A word accepted only
 * as a compound of known words ("Heizungsgesetz") is a common noun too.
 * d->mu is held; the English dictionary never asks this one, so the two
 * locks are always taken in this order. */
static void german_nouns(dict *d, const char *w, size_t n, const char *enc, int ns, uint8_t *flags)
{
	if (ns == 0) {
		if (d->compounds && Hunspell_spell(d->h, enc))
			*flags |= TD__LEX_LOWER;
		return;
	}
	if (!(*flags & TD__LEX_PROPER))
		return;
	td__lexinfo E;
	td__lex_lookup(td__lex_index("en"), w, n, &E);
	if (!(E.flags & TD__LEX_PROPER) || (E.flags & TD__LEX_LOWER))
		*flags = (uint8_t)((*flags & ~(TD__LEX_PROPER | TD__LEX_SELF)) | TD__LEX_LOWER);
}

/* Asks hunspell; d->mu is held. */
static void analyse(dict *d, const char *w, size_t n, uint8_t *flags, char *lemma, size_t cap)
{
	/* Hunspell's Dutch dictionary reads before a buffer of its own on
	 * some compounds of 16 bytes or more ("EU-burgemeestersverkiezing",
	 * "Huisstatistiekmaand", found by fuzzing under AddressSanitizer).
	 * A hyphenated Dutch compound takes the sense of its last part,
	 * which is asked alone; a longer word that the word-form tables do
	 * not hold is taken for a compound (a common word), not asked. */
	if (!strcmp(d->lang, "nl")) {
		const char *h = memrchr(w, '-', n);
		if (h && h > w && (size_t)(h - w) + 1 < n) {
			size_t pre = (size_t)(h - w) + 1;
			analyse(d, h + 1, n - pre, flags, lemma, cap);
			size_t ll = strlen(lemma);
			if (ll && pre + ll < cap) {
				memmove(lemma + pre, lemma, ll + 1);
				memcpy(lemma, w, pre);
			} else
				lemma[0] = 0;
			return;
		}
		if (n >= 16) {
			*flags = TD__LEX_DICT | TD__LEX_LOWER;
			lemma[0] = 0;
			return;
		}
	}
	atomic_fetch_add(&analyses, 1);
	char enc[MAXW * 2], lower[MAXW * 2], lenc[MAXW * 2];
	*flags = TD__LEX_DICT;
	lemma[0] = 0;
	if (!to_dict(d, w, n, enc, sizeof(enc)))
		return;
	/* Stems exist only for accepted words, and those of a capitalised
	 * word include the lower-case readings: a lower-case stem means the
	 * word is also a common word. spell() is asked only without stems
	 * (compounds, words without affix rules), and only for the
	 * lower-case form: whether the word as written is accepted without
	 * stems matters nowhere, and spell() of an unknown word costs as
	 * much as stem() of a known one. */
	char **list = NULL;
	int ns = Hunspell_stem(d->h, &list, enc);
	if (ns > 0)
		*flags |= TD__LEX_KNOWN;
	size_t ln = td_text_fold(w, n, lower, sizeof(lower));
	if (ns == 0 && (ln != n || memcmp(lower, w, n)) && to_dict(d, lower, ln, lenc, sizeof(lenc))) {
		/* Whether the lower-case form is accepted. stem() of a
		 * capitalised or all-capitals word already covers the
		 * lower-case readings, so without stems only spell() can
		 * still accept it (compounds, hyphenated words of known
		 * parts); other mixes of case ("BoJ") ask stem() of the
		 * lower-case form, which costs a third of spell() for an
		 * unknown word. */
		int l1;
		td_utf8_decode(w, n, &l1);
		int covered = td__all_caps(w, n) ||
			      (ln >= n - (size_t)l1 && !memcmp(lower + ln - (n - (size_t)l1), w + l1, n - (size_t)l1));
		int nl = 0;
		if (!covered) {
			char **ll = NULL;
			nl = Hunspell_stem(d->h, &ll, lenc);
			if (ll)
				Hunspell_free_list(d->h, &ll, nl);
		}
		if (nl > 0 || ((d->compounds || memchr(lower, '-', ln)) && Hunspell_spell(d->h, lenc)))
			*flags |= TD__LEX_LOWER;
	}
	score(d, list, ns, w, n, flags, lemma, cap);
	if (list)
		Hunspell_free_list(d->h, &list, ns);
	if (!strcmp(d->lang, "de"))
		german_nouns(d, w, n, enc, ns, flags);
}

void td__lex_hunspell(int li, const char *w, size_t n, uint8_t *flags, char *lemma, size_t cap)
{
	*flags = 0;
	lemma[0] = 0;
	dict *d = n > 0 && n < MAXW ? get(li) : NULL;
	if (!d)
		return;
	pthread_mutex_lock(&d->mu);
	analyse(d, w, n, flags, lemma, cap);
	pthread_mutex_unlock(&d->mu);
}

int td__lex_hunspell_shared(int li, const char *stemword, size_t sn, const char *const *ws,
			    const size_t *wn, int nw, uint8_t *flags, char *lemmas, size_t cap)
{
	char enc[MAXW * 2];
	dict *d = sn > 0 && sn < MAXW ? get(li) : NULL;
	if (!d || !to_dict(d, stemword, sn, enc, sizeof(enc)))
		return -1;
	pthread_mutex_lock(&d->mu);
	atomic_fetch_add(&analyses, 1);
	char **list = NULL;
	int ns = Hunspell_stem(d->h, &list, enc);
	if (ns > 0)
		for (int i = 0; i < nw; i++) {
			flags[i] = TD__LEX_DICT | TD__LEX_KNOWN;
			lemmas[(size_t)i * cap] = 0;
			score(d, list, ns, ws[i], wn[i], &flags[i], lemmas + (size_t)i * cap, cap);
		}
	if (list)
		Hunspell_free_list(d->h, &list, ns);
	pthread_mutex_unlock(&d->mu);
	return ns > 0 ? 0 : -1;
}

/* ---- answers from the generated word-form table ---------------------
 * The same answers as analyse() without hunspell: hunspell's stems of a
 * word are those of its spellings it looks up (analyze(): the word for
 * lower-case and mixed-case words; lower-case then capitalised for a
 * capitalised word; as written, lower-case, capitalised for all
 * capitals), and the table says which spellings of a key are forms and
 * their stem when there is one; keys with several stems carry hunspell's
 * answers. Whatever the table cannot decide returns -1 (ask hunspell). */

static const td__lextab *table(dict *d)
{
	int st = atomic_load(&d->tstate);
	if (st == 0) {
		pthread_mutex_lock(&d->mu);
		if (atomic_load(&d->tstate) == 0) {
			int ok = -1;
			const char *dir = getenv("TIDINGS_LEXTAB_DIR");
			char aff[512], dic[512], path[1100];
			if (!dir)
				dir = TD_LEXTAB_DIR;
			if (dir[0] && strcmp(dir, "none") &&
			    !td__lex_files((int)(d - dicts), aff, dic, sizeof(aff))) {
				snprintf(path, sizeof(path), "%s/%s.lextab", dir, d->lang);
				if (!td__lextab_open(&d->tab, path, aff, dic))
					ok = 1;
			}
			atomic_store(&d->tstate, ok);
		}
		pthread_mutex_unlock(&d->mu);
		st = atomic_load(&d->tstate);
	}
	return st == 1 ? &d->tab : NULL;
}

/* Whether the dictionary's encoding can write s (to_dict()). */
static int representable(const td__lextab *t, const char *s, size_t n)
{
	if (!(t->h->flags & TD__LT_LATIN2))
		return 1;
	for (size_t i = 0; i < n;) {
		int l;
		uint32_t cp = td_utf8_decode(s + i, n - i, &l);
		i += (size_t)l;
		if (cp < 0x80)
			continue;
		int b = 0;
		while (b < 128 && t->h->hi[b] != cp)
			b++;
		if (b == 128)
			return 0;
	}
	return 1;
}

/* Whether the table can speak for s: no characters that hunspell converts
 * or ignores, no trailing dot (abbreviations), no digits where compounds
 * exist. */
static int askable(const td__lextab *t, const char *s, size_t n)
{
	if (s[n - 1] == '.' || s[0] == ' ')
		return 0;
	for (size_t i = 0; i < n;) {
		int l;
		uint32_t cp = td_utf8_decode(s + i, n - i, &l);
		i += (size_t)l;
		if (cp == 0xFFFD || (cp >= '0' && cp <= '9' &&
				     (t->h->flags & (TD__LT_COMPRULE | TD__LT_ENDS)) == TD__LT_COMPRULE))
			return 0;
		for (uint32_t k = 0; k < t->h->nfb; k++)
			if (t->h->fb[k] == cp)
				return 0;
	}
	return 1;
}

/* Whether hunspell's input conversion changes s. */
static int converted(const td__lextab *t, const char *s, size_t n)
{
	for (size_t i = 0; i < n && t->h->nconv;) {
		int l;
		uint32_t cp = td_utf8_decode(s + i, n - i, &l);
		i += (size_t)l;
		for (uint32_t k = 0; k < t->h->nconv; k++)
			if (t->h->conv[k][0] == cp && t->h->conv[k][1] != cp)
				return 1;
	}
	return 0;
}

/* hunspell's stems of s: -1 ask hunspell, 0 none, 1 one stem (*root), 2
 * stored answer (*rec: flags, lemma offset). */
static int tab_stems(const td__lextab *t, const char *s, size_t n, const char **root,
		     const uint32_t **rec)
{
	char lo[MAXW * 2], ti[MAXW * 2], up[MAXW * 2], cv[MAXW * 2];
	size_t ln, tn, un;
	if (t->h->nconv) {
		/* hunspell's input conversion (ICONV) of single characters */
		size_t o = 0;
		for (size_t i = 0; i < n;) {
			int l;
			uint32_t cp = td_utf8_decode(s + i, n - i, &l);
			i += (size_t)l;
			for (uint32_t k = 0; k < t->h->nconv; k++)
				if (t->h->conv[k][0] == cp) {
					cp = t->h->conv[k][1];
					break;
				}
			if (o + 5 > sizeof(cv))
				return -1;
			o += (size_t)td_utf8_encode(cp, cv + o);
		}
		s = cv;
		n = o;
	}
	if (!askable(t, s, n))
		return -1;
	int ct = td__lextab_case(s, n, lo, ti, up, sizeof(lo), &ln, &tn, &un);
	if (ct < 0)
		return -1;
	if (t->h->flags & TD__LT_ENDS)
		/* maybe a compound of the rules (English ordinals): hunspell */
		for (uint32_t k = 0; k < t->h->nend; k++) {
			size_t el = strnlen(t->h->endstr[k], 16);
			if (el <= ln && !memcmp(lo + ln - el, t->h->endstr[k], el))
				return -1;
		}
	uint32_t p = td__lextab_find(t, lo, ln);
	if (p == TD__LT_NONE - 1)
		return -1;
	uint32_t bits = p == TD__LT_NONE ? 0 : p & 15;
	const uint32_t *a = p != TD__LT_NONE && (p & TD__LT_AMB)
				    ? t->amb + (size_t)(p >> TD__LT_IDX_SHIFT) * TD__LT_REC
				    : NULL;
	if (ct == TD__CAP_HUH || ct == TD__CAP_HUHINIT) {
		/* Looked up as written: the key's one mixed-case form or none. */
		if (!(bits & TD__LT_OF))
			return 0;
		if (!a || a[8] == TD__LT_NONE)
			return -1;
		if (strlen(t->blob + a[8]) != n || memcmp(t->blob + a[8], s, n))
			return 0;
		*rec = a + 6;
		return 2;
	}
	if (ct == TD__CAP_ALL && (un != n || memcmp(up, s, n)))
		return -1;
	if (a) {
		int v = ct == TD__CAP_NO ? 0 : ct == TD__CAP_INIT ? 1 : 2;
		if (v == 1 && (tn != n || memcmp(ti, s, n)))
			return -1;
		*rec = a + v * 2;
		return 2;
	}
	uint32_t need = ct == TD__CAP_NO ? TD__LT_LF
		      : ct == TD__CAP_INIT ? TD__LT_LF | TD__LT_TF
					  : TD__LT_LF | TD__LT_TF | TD__LT_UF;
	if (!(bits & need))
		return 0;
	*root = t->blob + t->root[p >> TD__LT_IDX_SHIFT];
	return 1;
}

/* Whether hunspell has stems for s: 1, 0, or -1 ask hunspell. */
static int tab_known(const td__lextab *t, const char *s, size_t n)
{
	const char *root;
	const uint32_t *rec;
	int r = tab_stems(t, s, n, &root, &rec);
	if (r == 2)
		return (rec[0] & TD__LEX_KNOWN) != 0;
	return r < 0 ? -1 : r;
}

/* hunspell's number rule in spell(): digits with single separators. */
static int number(const char *s, size_t n)
{
	int st = 0; /* 0 begin, 1 digit, 2 separator */
	size_t i;
	for (i = 0; i < n; i++) {
		char c = s[i];
		if (c >= '0' && c <= '9')
			st = 1;
		else if (c == ',' || c == '.' || c == '-') {
			if (st == 2 || i == 0)
				break;
			st = 2;
		} else
			break;
	}
	return i == n && st == 1;
}

/* spell() of a word: 1, 0, or -1 ask hunspell. A word that is no form
 * is accepted when hunspell's break rules (the default "-", "^-", "-$", or
 * "-" alone) split it into accepted words, tried in hunspell's order. */
static int tab_spell(const td__lextab *t, const char *s, size_t n, int depth)
{
	if (n == 0 || depth > 12)
		return n == 0 ? 0 : -1;
	if (number(s, n))
		return 1;
	int k = tab_known(t, s, n);
	if (k != 0)
		return k;
	/* Break rules the reader does not follow split at more than
	 * hyphens (hr_HR: "^'", "'$", "."): hunspell's. */
	if ((t->h->flags & TD__LT_HYPHEN) && (memchr(s, '\'', n) || memchr(s, '.', n)))
		return -1;
	if (!memchr(s, '-', n))
		return 0;
	if ((t->h->flags & TD__LT_HYPHEN) || memchr(s, '^', n) || memchr(s, '$', n))
		return -1;
	size_t nbr = 0;
	for (size_t i = 0; i < n; i++)
		nbr += s[i] == '-';
	if (nbr >= 10)
		return 0;
	int r;
	if (!(t->h->flags & TD__LT_BREAK1)) {
		/* "^-" and "-$" */
		if (n >= 2 && s[0] == '-' && (r = tab_spell(t, s + 1, n - 1, depth + 1)) != 0)
			return r;
		if (n >= 2 && s[n - 1] == '-' && (r = tab_spell(t, s, n - 1, depth + 1)) != 0)
			return r;
	}
	/* "-": at the second hyphen when there is one, then at the first */
	const char *f = memchr(s, '-', n);
	size_t found = (size_t)(f - s);
	if (found > 0 && found < n - 1) {
		for (int pass = 0; pass < 2; pass++) {
			size_t at = found;
			if (pass == 0) {
				const char *f2 = memchr(s + found + 1, '-', n - found - 1);
				if (f2 && (size_t)(f2 - s) < n - 1)
					at = (size_t)(f2 - s);
			}
			r = tab_spell(t, s + at + 1, n - at - 1, depth + 1);
			if (r < 0)
				return -1;
			if (!r)
				continue;
			r = tab_spell(t, s, at, depth + 1);
			if (r != 0)
				return r;
		}
	}
	return 0;
}

/* analyse() from the table: 1 answered, 0 ask hunspell. */
static int tab_answer(const td__lextab *t, const char *w, size_t n, uint8_t *flags, char *lemma,
		      size_t cap)
{
	*flags = TD__LEX_DICT;
	lemma[0] = 0;
	if (!representable(t, w, n))
		return 1;
	const char *root = NULL;
	const uint32_t *rec = NULL;
	int r = tab_stems(t, w, n, &root, &rec);
	if (r < 0)
		return 0;
	if (r == 2) {
		/* A stored answer compares the stems with the spelling hunspell
		 * saw: after an input conversion that changed the word it holds
		 * unless a stem was that spelling itself. */
		if ((rec[0] & TD__LEX_SELF) && converted(t, w, n))
			return 0;
		*flags = (uint8_t)rec[0];
		if (rec[1] != TD__LT_NONE)
			snprintf(lemma, cap, "%s", t->blob + rec[1]);
		return 1;
	}
	if (r == 1) {
		size_t tl = strlen(root);
		int cap1 = td_text_is_upper_initial(root, tl);
		int same = tl == n && !memcmp(root, w, n);
		*flags |= TD__LEX_KNOWN;
		if (cap1)
			*flags |= TD__LEX_PROPER;
		else if (!td__all_caps(root, tl))
			*flags |= TD__LEX_LOWER;
		if (cap1 && same)
			*flags |= TD__LEX_SELF;
		if (cap1)
			snprintf(lemma, cap, "%s", root);
		else
			capitalise(root, lemma, cap);
		return 1;
	}
	/* No stems: the lower-case form, as analyse() asks it. */
	char lower[MAXW * 2];
	size_t ln = td_text_fold(w, n, lower, sizeof(lower));
	if ((ln != n || memcmp(lower, w, n)) && ln + 1 < sizeof(lower) && representable(t, lower, ln)) {
		int l1;
		td_utf8_decode(w, n, &l1);
		int covered = td__all_caps(w, n) ||
			      (ln >= n - (size_t)l1 && !memcmp(lower + ln - (n - (size_t)l1), w + l1, n - (size_t)l1));
		int nl = 0;
		if (!covered && (nl = tab_known(t, lower, ln)) < 0)
			return 0;
		int sp = 0;
		if (nl == 0 && ((t->h->flags & TD__LT_COMPOUNDS) || memchr(lower, '-', ln)) &&
		    (sp = tab_spell(t, lower, ln, 0)) < 0)
			return 0;
		if (nl > 0 || sp > 0)
			*flags |= TD__LEX_LOWER;
	}
	return 1;
}

/* Flags and lemma of w from the table, else from hunspell, uncached;
 * -1 when the dictionary cannot be loaded. */
static int answer(dict *d, const char *w, size_t n, uint8_t *flags, char *lemma, size_t cap)
{
	const td__lextab *t = table(d);
	if (t && tab_answer(t, w, n, flags, lemma, cap))
		return 0;
	if (!get((int)(d - dicts)))
		return -1;
	pthread_mutex_lock(&d->mu);
	analyse(d, w, n, flags, lemma, cap);
	pthread_mutex_unlock(&d->mu);
	return 0;
}

/* Whether w (n bytes, folded) with the case of the lemma (upper: its
 * first letter capitalised) is a form of the dictionary whose root, folded,
 * is root (rn bytes): 1; another word's form: 2; no word: 0. */
static int form_of(dict *d, const char *w, size_t n, int upper, const char *root, size_t rn)
{
	char cw[MAXW * 4], l[MAXW * 4], g[MAXW * 4];
	uint8_t f;
	if (n + 1 > sizeof(cw))
		return 0;
	if (upper)
		capitalise(w, cw, sizeof(cw));
	else
		memcpy(cw, w, n + 1);
	if (answer(d, cw, strlen(cw), &f, l, sizeof(l)) < 0 || !(f & TD__LEX_KNOWN))
		return 0;
	size_t gl = td_text_fold(l, strlen(l), g, sizeof(g));
	/* a prefix's root ("godb" of "pogodba") too */
	return gl >= 3 && gl <= rn && !memcmp(g, root + rn - gl, gl) ? 1 : 2;
}

/* Whether Slovene stem fl (a bytes, folded, room for three more) with
 * each ending of ends is a word, one of them at least a form of root (rn
 * bytes), and with each of nots no word. */
static int sl_paradigm(dict *d, char *fl, size_t a, int upper, const char *root, size_t rn,
		       const char *const *ends, size_t ne, const char *const *nots, size_t nn)
{
	int ok = 1, own = 0;
	/* The words that must not exist first: most roots fail there. */
	for (size_t k = 0; ok && k < nn + ne; k++) {
		const char *e = k < nn ? nots[k] : ends[k - nn];
		size_t el = strlen(e);
		memcpy(fl + a, e, el + 1);
		int r = form_of(d, fl, a + el, upper, root, rn);
		ok = k < nn ? r == 0 : r != 0;
		own |= k >= nn && r == 1;
	}
	fl[a] = 0;
	return ok && own;
}

/* hunspell's root is not always a base form. A root that a prefix rule
 * reached ("godb" for "pogodbe", "vod" for "zavoda") gets the word's
 * prefix back. The Slovene dictionary stores nouns of the a-declension
 * without their ending ("strank", "držav", "fakultet", "Amerik", "Marij":
 * "stranka", "država", "fakulteta", "Amerika", "Marija"), and some in
 * the dative ("Rusiji", "Sloveniji": "Rusija", "Slovenija"). A root that
 * ends in a consonant is such a noun when root + "a" is one of its forms
 * and root + "u", which every masculine noun has ("zavodu",
 * "parlamentu"), is no word, or when root + "a" and root + "o" (the
 * accusative and instrumental) are its forms and the masculine
 * instrumentals root + "om", root + "em" no words ("Mariju" is a word of
 * another root); never when root + "ega" is a word (an adjective's,
 * "Johnsonova" is "Johnsonov"'s). A root in "-i" that the word differs
 * from in its last letter at most is a dative when its stem + "a", "-o"
 * and "-e" are words and stem + "ega" (an adjective's, "slovenskega") is
 * none. Forms are asked with the lemma's case ("Amerika" is no common
 * word). */
static void base_form(dict *d, const char *w, size_t n, char *lemma, size_t cap)
{
	char fl[MAXW * 4], fw[MAXW * 4], buf[MAXW * 4];
	size_t ll = strlen(lemma);
	if (ll < 3 || ll >= MAXW)
		return;
	int upper = td_text_is_upper_initial(lemma, ll);
	size_t a = td_text_fold(lemma, ll, fl, sizeof(fl)), b = td_text_fold(w, n, fw, sizeof(fw));
	if (a < 3 || b < a)
		return;
	int sl = !strcmp(d->lang, "sl"), changed = 0;
	if (begins_folded(fl, a, fw, b)) {
		if (!sl)
			return;
	} else {
		/* A prefix of one to four characters. */
		for (size_t p = 1, ch = 0; p + a <= b && ch < 4; p++) {
			if ((fw[p] & 0xC0) == 0x80)
				continue;
			ch++;
			if (!memcmp(fw + p, fl, a)) {
				memcpy(buf, fw, p);
				memcpy(buf + p, fl, a);
				buf[p + a] = 0;
				a += p;
				memcpy(fl, buf, a + 1);
				changed = 1;
				break;
			}
		}
	}
	if (sl && a + 4 < sizeof(fl)) {
		static const char *const a_u[] = {"a"}, *const no_u[] = {"u", "ega"};
		static const char *const a_o[] = {"a", "o"}, *const no_om[] = {"om", "em", "ega"};
		static const char *const a_o_e[] = {"a", "o", "e"}, *const no_ega[] = {"ega"};
		char root[MAXW * 4];
		memcpy(root, fl, a + 1);
		if (!strchr("aeiou", fl[a - 1]) && (a != b || memcmp(fl, fw, a))) {
			if (sl_paradigm(d, fl, a, upper, root, a, a_u, 1, no_u, 2) ||
			    sl_paradigm(d, fl, a, upper, root, a, a_o, 2, no_om, 3)) {
				fl[a++] = 'a';
				changed = 1;
			}
		} else if (fl[a - 1] == 'i' && a >= 4 && a == b && !memcmp(fl, fw, a - 1) &&
			   sl_paradigm(d, fl, a - 1, upper, root, a, a_o_e, 3, no_ega, 1)) {
			fl[a - 1] = 'a';
			changed = 1;
		}
	}
	if (!changed)
		return;
	fl[a] = 0;
	if (upper)
		capitalise(fl, lemma, cap);
	else
		snprintf(lemma, cap, "%s", fl);
}

void td__lex_base_form(int li, const char *w, size_t n, char *lemma, size_t cap)
{
	if (li >= 0 && (size_t)li < NDICTS && n > 0 && n < MAXW)
		base_form(&dicts[li], w, n, lemma, cap);
}

/* Croatian men's names in "-e" ("Ante Gotovina", "Stipe Mesić", "Jure
 * Radić"), which the Croatian dictionary lists only as oblique cases of
 * rarer names in "-o" (Anto, Stipo): the listed one as written, or NULL.
 * Names whose "-e" form is more often another name's case ("Ive" of Ivo)
 * or a word ("Rade", "Bože") are left to the dictionary. */
static const char *hr_name_in_e(const dict *d, const char *w, size_t n)
{
	static const char *const names[] = {"Ante", "Stipe", "Mate", "Jure", "Frane", "Šime", "Duje", "Joze"};
	if (n < 4 || n > 6 || w[n - 1] != 'e' || strcmp(d->lang, "hr"))
		return NULL;
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		if (strlen(names[i]) == n && !memcmp(names[i], w, n))
			return names[i];
	return NULL;
}

static void lex_lookup(int li, const char *w, size_t n, td__lexinfo *out);

void td__lex_lookup(int li, const char *w, size_t n, td__lexinfo *out)
{
	out->flags = 0;
	out->lemma = NULL;
	if (n == 0 || n >= MAXW || li < 0 || (size_t)li >= NDICTS)
		return;
	const dict *d = &dicts[li];
	const char *own = hr_name_in_e(d, w, n);
	if (own) {
		out->flags = TD__LEX_KNOWN | TD__LEX_PROPER | TD__LEX_DICT | TD__LEX_SELF;
		out->lemma = own;
		return;
	}
	lex_lookup(li, w, n, out);
	/* Their cases ("Antu", "Antom") are theirs too, not Anto's. */
	if (!out->lemma || strcmp(d->lang, "hr"))
		return;
	size_t ll = strlen(out->lemma);
	char e[8];
	if (ll >= 4 && ll < sizeof(e) && out->lemma[ll - 1] == 'o') {
		memcpy(e, out->lemma, ll - 1);
		e[ll - 1] = 'e';
		if ((own = hr_name_in_e(d, e, ll)))
			out->lemma = own;
	}
}

static void lex_lookup(int li, const char *w, size_t n, td__lexinfo *out)
{
	dict *d = &dicts[li];
	const td__lextab *t = table(d);
	if (!t && !get(li))
		return;
	uint64_t h = hash(li, w, n);
	/* Without its block, a record of its own that nothing finds. */
	front spare = {0, NULL, 0, 0, 0, {0}};
	front *f = td__tblock_of(&fcache_block, (void **)&fcache) ? &fcache[(h >> 20) & (FRONT_SLOTS - 1)] : &spare;
	if (f->hash == h && f->li == li && f->wlen == n && !memcmp(f->word, w, n)) {
		out->flags = f->flags;
		out->lemma = f->lemma;
		return;
	}
	size_t mask = CACHE_SLOTS - 1, slot = (size_t)h & mask;
	for (size_t probe = 0; probe < 64; probe++, slot = (slot + 1) & mask) {
		entry *e = atomic_load_explicit(&cache[slot], memory_order_acquire);
		if (!e)
			break;
		if (e->hash == h && e->li == li && e->wlen == n && !memcmp(e->word, w, n)) {
			out->flags = e->flags;
			out->lemma = e->lemma;
			remember(f, h, li, w, n, out);
			return;
		}
	}
	uint8_t flags;
	char lemma[MAXW * 4];
	if (answer(d, w, n, &flags, lemma, sizeof(lemma)) < 0)
		return;
	base_form(d, w, n, lemma, sizeof(lemma));
	size_t ll = strlen(lemma);
	entry *e = atomic_load(&cache_used) < CACHE_SLOTS / 2 ? malloc(sizeof(entry) + n + 1 + ll + 1)
								: NULL;
	if (!e) {
		/* Cache full or no memory: answer without caching the lemma. */
		out->flags = flags;
		return;
	}
	e->hash = h;
	e->li = (uint16_t)li;
	e->wlen = (uint16_t)n;
	e->flags = flags;
	memcpy(e->word, w, n);
	e->word[n] = 0;
	char *lm = e->word + n + 1;
	memcpy(lm, lemma, ll + 1);
	e->lemma = ll ? lm : NULL;
	slot = (size_t)h & mask;
	for (size_t probe = 0; probe < 64; probe++, slot = (slot + 1) & mask) {
		entry *expect = NULL;
		if (atomic_compare_exchange_strong(&cache[slot], &expect, e)) {
			atomic_fetch_add(&cache_used, 1);
			out->flags = e->flags;
			out->lemma = e->lemma;
			remember(f, h, li, w, n, out);
			return;
		}
		if (expect->hash == h && expect->li == li && expect->wlen == n &&
		    !memcmp(expect->word, w, n)) {
			free(e); /* another thread stored it first */
			out->flags = expect->flags;
			out->lemma = expect->lemma;
			remember(f, h, li, w, n, out);
			return;
		}
	}
	out->flags = flags;
	free(e);
}
