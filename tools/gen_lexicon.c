/* gen_lexicon.c - generates the word-form table of one hunspell dictionary
 * (src/lextab.h) at build time: expands every dictionary word with the
 * affix rules of its .aff file (prefixes, suffixes, cross products,
 * two-level suffixes), keys each form by its lower-case spelling, and
 * stores the stem when a key has a single one; for keys with several stems
 * or special flags it stores the answers libhunspell gives (through the
 * same code the engine runs) for the three spellings the engine can ask.
 * Usage: gen_lexicon LANG OUT. Exit 0 written, 2 dictionary not supported
 * by the expander (the engine keeps asking hunspell), 1 error. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>

#include "entities_int.h"
#include "lextab.h"
#include "tidings/utf8.h"

#define MAXC 128 /* characters of a word */

typedef struct {
	int neg, any;
	uint32_t *set;
	int nset;
} cond;

typedef struct {
	unsigned char flag;
	int pfx, cross;
	uint32_t strip[MAXC], app[MAXC];
	int sl, al;
	unsigned char cont[256];
	int hascont, special;
	cond *c;
	int nc;
} affix;

static affix *affs;
static size_t naffs, capaffs;
static unsigned char fl_forbid, fl_needaffix, fl_onlyin, fl_keepcase, fl_circum;
static int latin2, unsupported, comprule, compounds, breakrules;
static unsigned char endflag[256]; /* last flags of compound rules */
static int endunsafe;              /* a rule ends with an optional part */
static char endstr[32][16];        /* lower-case words that can end a compound */
static uint32_t nend;
static uint32_t fb[255];
static uint32_t nfb;
static uint32_t hi[128];
static uint32_t conv[16][2], nconv;
static int flag_long;            /* FLAG long: two characters a flag */
static char flag_name[256][2];   /* the long flags, by id (from 1) */
static int nflag_ids = 1;
static char **af;                /* AF: flag fields by alias number - 1 */
static int naf, capaf;
static int fullstrip;            /* FULLSTRIP: a suffix may replace a whole word */
static unsigned char compflag[256]; /* flags of words that compound (COMPOUNDFLAG...) */

static void die(const char *m)
{
	fprintf(stderr, "gen_lexicon: %s\n", m);
	exit(1);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p)
		die("out of memory");
	return p;
}

/* Dictionary bytes (UTF-8 or ISO-8859-2) to code points; returns count. */
static int to_cps(const char *s, size_t n, uint32_t *out, int cap)
{
	int k = 0;
	for (size_t i = 0; i < n && k < cap;) {
		if (latin2) {
			unsigned char c = (unsigned char)s[i++];
			out[k++] = c < 0x80 ? c : hi[c - 0x80];
			continue;
		}
		int l;
		out[k++] = td_utf8_decode(s + i, n - i, &l);
		i += (size_t)l;
	}
	return k;
}

static int is_ignored(uint32_t c);
static uint32_t ignore[64];
static int nignore;

static int is_ignored(uint32_t c)
{
	for (int i = 0; i < nignore; i++)
		if (ignore[i] == c)
			return 1;
	return 0;
}

static int strip_ignored(uint32_t *w, int n)
{
	int k = 0;
	for (int i = 0; i < n; i++)
		if (!is_ignored(w[i]))
			w[k++] = w[i];
	return k;
}

static void add_fb(uint32_t c)
{
	for (uint32_t i = 0; i < nfb; i++)
		if (fb[i] == c)
			return;
	if (nfb < 255)
		fb[nfb++] = c;
	else
		unsupported = 1;
}

/* The id of the flag at s: its byte, or with FLAG long a small number
 * for its two characters; 0 when none. */
static unsigned char flag_id(const char *s)
{
	if (!flag_long)
		return (unsigned char)s[0];
	if (!s[0] || !s[1])
		return 0;
	for (int i = 1; i < nflag_ids; i++)
		if (flag_name[i][0] == s[0] && flag_name[i][1] == s[1])
			return (unsigned char)i;
	if (nflag_ids == 256) {
		unsupported = 1;
		return 0;
	}
	flag_name[nflag_ids][0] = s[0];
	flag_name[nflag_ids][1] = s[1];
	return (unsigned char)nflag_ids++;
}

/* Sets fl[id] for every flag of a field of n bytes: flags one after
 * another, or the number of an AF alias. */
static void flags_of(const char *s, size_t n, unsigned char *fl)
{
	size_t d = 0;
	while (d < n && isdigit((unsigned char)s[d]))
		d++;
	if (naf && n && d == n) {
		int k = atoi(s);
		if (k < 1 || k > naf)
			return;
		s = af[k - 1];
		n = strlen(s);
	}
	size_t step = flag_long ? 2 : 1;
	for (size_t i = 0; i + step <= n; i += step) {
		unsigned char id = flag_id(s + i);
		if (id)
			fl[id] = 1;
	}
}

static void parse_cond(affix *a, const char *s)
{
	uint32_t cp[MAXC];
	int n = to_cps(s, strlen(s), cp, MAXC);
	a->c = xrealloc(NULL, sizeof(cond) * (size_t)(n + 1));
	a->nc = 0;
	for (int i = 0; i < n; i++) {
		cond *c = &a->c[a->nc++];
		memset(c, 0, sizeof(*c));
		if (cp[i] == '.') {
			c->any = 1;
			continue;
		}
		if (cp[i] != '[') {
			c->set = xrealloc(NULL, sizeof(uint32_t));
			c->set[0] = cp[i];
			c->nset = 1;
			continue;
		}
		i++;
		if (i < n && cp[i] == '^') {
			c->neg = 1;
			i++;
		}
		c->set = xrealloc(NULL, sizeof(uint32_t) * (size_t)(n + 1));
		while (i < n && cp[i] != ']')
			c->set[c->nset++] = cp[i++];
	}
	if (n == 1 && cp[0] == '.')
		a->nc = 0;
}

static int cond_ok(const cond *c, uint32_t ch)
{
	if (c->any)
		return 1;
	int in = 0;
	for (int k = 0; k < c->nset; k++)
		if (c->set[k] == ch)
			in = 1;
	return c->neg ? !in : in;
}

static void parse_aff(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		die("cannot open the affix file");
	char line[8192];
	int pending = 0; /* rows left in the current affix block */
	while (fgets(line, sizeof(line), f)) {
		char *tok[8];
		int nt = 0;
		for (char *p = strtok(line, " \t\r\n"); p && nt < 8; p = strtok(NULL, " \t\r\n"))
			tok[nt++] = p;
		if (nt == 0)
			continue;
		if (!strcmp(tok[0], "SET") && nt > 1) {
			if (!strcmp(tok[1], "ISO8859-2") || !strcmp(tok[1], "ISO-8859-2")) {
				latin2 = 1;
				UErrorCode e = U_ZERO_ERROR;
				UConverter *cv = ucnv_open("ISO-8859-2", &e);
				if (U_FAILURE(e))
					die("no ISO-8859-2 converter");
				for (int b = 0; b < 128; b++) {
					char c = (char)(b + 128);
					UChar u[2];
					e = U_ZERO_ERROR;
					int32_t n = ucnv_toUChars(cv, u, 2, &c, 1, &e);
					hi[b] = U_SUCCESS(e) && n == 1 ? u[0] : 0xFFFD;
				}
				ucnv_close(cv);
			} else if (strcmp(tok[1], "UTF-8"))
				unsupported = 1;
		} else if (!strcmp(tok[0], "FLAG") && nt > 1 && !strcmp(tok[1], "long"))
			flag_long = 1;
		else if (!strcmp(tok[0], "FULLSTRIP"))
			fullstrip = 1;
		else if (!strcmp(tok[0], "AF") && nt > 1) {
			/* "AF n", then n rows "AF flags": aliases 1..n of flag
			 * fields, written as their number in the dictionary. */
			size_t d = strspn(tok[1], "0123456789");
			if (tok[1][d] == 0 && !af)
				capaf = atoi(tok[1]) > 0 ? atoi(tok[1]) : 1;
			else {
				if (naf == capaf || !capaf)
					capaf = capaf ? capaf * 2 : 64;
				af = xrealloc(af, (size_t)capaf * sizeof(char *));
				af[naf] = xrealloc(NULL, strlen(tok[1]) + 1);
				strcpy(af[naf++], tok[1]);
			}
		} else if (!strcmp(tok[0], "FLAG") || !strcmp(tok[0], "AM") ||
			   !strcmp(tok[0], "COMPLEXPREFIXES") ||
			   !strcmp(tok[0], "CHECKSHARPS") || !strcmp(tok[0], "LEMMA_PRESENT") ||
			   !strcmp(tok[0], "PSEUDOROOT"))
			unsupported = 1;
		/* WARN and SUBSTANDARD flags change warnings and suggestions,
		 * not what a word is. */
		else if (!strncmp(tok[0], "COMPOUND", 8) || !strcmp(tok[0], "ONLYINCOMPOUND")) {
			compounds = 1;
			if (!strcmp(tok[0], "ONLYINCOMPOUND") && nt > 1)
				fl_onlyin = flag_id(tok[1]);
			/* Compounds of any words: the table cannot say a word is
			 * unknown, unless no word carries such a flag (checked
			 * with the dictionary). Compound rules: a compound ends
			 * with a word of a rule's last flag, whose spellings are
			 * recorded. */
			if ((!strcmp(tok[0], "COMPOUNDFLAG") || !strcmp(tok[0], "COMPOUNDBEGIN") ||
			     !strcmp(tok[0], "COMPOUNDMIDDLE") || !strcmp(tok[0], "COMPOUNDEND") ||
			     !strcmp(tok[0], "COMPOUNDLAST")) && nt > 1) {
				unsigned char id = flag_id(tok[1]);
				if (id)
					compflag[id] = 1;
			}
			if (!strcmp(tok[0], "COMPOUNDRULE") && flag_long)
				unsupported = 1;
			if (!strcmp(tok[0], "COMPOUNDRULE") && nt > 1) {
				comprule = 1;
				size_t rl = strlen(tok[1]);
				if (!isdigit((unsigned char)tok[1][0]) || rl > 3) { /* not the count */
					char last = tok[1][rl - 1];
					if (last == '*' || last == '?' || last == ')')
						endunsafe = 1;
					else
						endflag[(unsigned char)last] = 1;
				}
			}
		} else if (!strcmp(tok[0], "FORBIDDENWORD") && nt > 1)
			fl_forbid = flag_id(tok[1]);
		else if ((!strcmp(tok[0], "NEEDAFFIX") || !strcmp(tok[0], "PSEUDOROOT")) && nt > 1)
			fl_needaffix = flag_id(tok[1]);
		else if (!strcmp(tok[0], "KEEPCASE") && nt > 1)
			fl_keepcase = flag_id(tok[1]);
		else if (!strcmp(tok[0], "CIRCUMFIX") && nt > 1)
			fl_circum = flag_id(tok[1]);
		else if (!strcmp(tok[0], "BREAK") && nt > 1) {
			/* "BREAK n" then n rows; only a lone "-" is followed */
			if (isdigit((unsigned char)tok[1][0]))
				breakrules |= atoi(tok[1]) == 1 ? 0 : 2;
			else
				breakrules |= strcmp(tok[1], "-") ? 2 : 1;
		}
		else if ((!strcmp(tok[0], "ICONV") && nt > 2) || (!strcmp(tok[0], "IGNORE") && nt > 1)) {
			uint32_t cp[MAXC];
			int n = to_cps(tok[1], strlen(tok[1]), cp, MAXC);
			if (!strcmp(tok[0], "IGNORE"))
				for (int i = 0; i < n; i++) {
					add_fb(cp[i]);
					if (nignore < 64)
						ignore[nignore++] = cp[i];
				}
			else if (n == 1 && nconv < 16 && strcmp(tok[2], "0") &&
				 to_cps(tok[2], strlen(tok[2]), cp + 1, 1) == 1 &&
				 td_utf8_encode(cp[1], (char[4]){0}) > 0) {
				conv[nconv][0] = cp[0];
				conv[nconv++][1] = cp[1];
			} else if (n > 0)
				add_fb(cp[0]);
		} else if ((!strcmp(tok[0], "PFX") || !strcmp(tok[0], "SFX")) && nt >= 4) {
			if (!pending) {
				pending = atoi(tok[3]);
				/* header: PFX flag cross count; remember cross */
				if (naffs == capaffs) {
					capaffs = capaffs ? capaffs * 2 : 256;
					affs = xrealloc(affs, capaffs * sizeof(affix));
				}
				affix *a = &affs[naffs];
				memset(a, 0, sizeof(*a));
				a->flag = flag_id(tok[1]);
				a->pfx = tok[0][0] == 'P';
				a->cross = tok[2][0] == 'Y';
				a->sl = -1; /* header marker */
				naffs++;
				continue;
			}
			pending--;
			affix *hdr = &affs[naffs - 1];
			int cross = hdr->cross;
			if (hdr->sl == -1)
				naffs--; /* the header slot becomes the first row */
			if (naffs == capaffs) {
				capaffs *= 2;
				affs = xrealloc(affs, capaffs * sizeof(affix));
			}
			affix *a = &affs[naffs++];
			memset(a, 0, sizeof(*a));
			a->flag = flag_id(tok[1]);
			a->pfx = tok[0][0] == 'P';
			a->cross = cross;
			char *app = tok[3], *slash = strchr(app, '/');
			if (slash) {
				*slash = 0;
				flags_of(slash + 1, strlen(slash + 1), a->cont);
				for (int fc = 1; fc < 256; fc++) {
					if (!a->cont[fc])
						continue;
					a->hascont = 1;
					if ((fl_forbid && fc == fl_forbid) || (fl_needaffix && fc == fl_needaffix) ||
					    (fl_onlyin && fc == fl_onlyin) || (fl_keepcase && fc == fl_keepcase) ||
					    (fl_circum && fc == fl_circum))
						a->special = 1;
					if (compflag[fc])
						unsupported = 1;
				}
				if (a->pfx)
					unsupported = 1;
			}
			a->sl = strcmp(tok[2], "0") ? to_cps(tok[2], strlen(tok[2]), a->strip, MAXC) : 0;
			a->al = strcmp(app, "0") ? to_cps(app, strlen(app), a->app, MAXC) : 0;
			a->sl = strip_ignored(a->strip, a->sl);
			a->al = strip_ignored(a->app, a->al);
			parse_cond(a, nt > 4 ? tok[4] : ".");
		}
	}
	fclose(f);
	/* drop header slots left without rows */
	size_t k = 0;
	for (size_t i = 0; i < naffs; i++)
		if (affs[i].sl >= 0)
			affs[k++] = affs[i];
	naffs = k;
}

/* ---- forms ---------------------------------------------------------- */

typedef struct {
	uint64_t h;
	uint32_t root, koff, foff; /* stem, key, form as written (mixed case only) */
	uint8_t bits, special;
} rec;

static FILE *dump; /* GEN_LEXICON_DUMP: every form and its stem */
static rec *recs;
static size_t nrecs, caprecs;
static char *keys;
static size_t nkeys_b, capkeys;
static char *blob;
static size_t nblob, capblob;
static uint32_t *rootoff;
static size_t nroots, caproots;

/* Strings of the blob, each stored once: open addressing over offsets. */
static uint32_t *bset;
static size_t bsetcap, bsetn;

static void bset_put(uint32_t o)
{
	const char *s = blob + o;
	size_t m = bsetcap - 1, i = (size_t)td__lextab_hash(s, strlen(s)) & m;
	while (bset[i] != TD__LT_NONE)
		i = (i + 1) & m;
	bset[i] = o;
	bsetn++;
}

static uint32_t blob_add(const char *s, size_t n)
{
	if ((bsetn + 1) * 2 > bsetcap) {
		uint32_t *old = bset;
		size_t oc = bsetcap;
		bsetcap = bsetcap ? bsetcap * 2 : 1 << 16;
		bset = xrealloc(NULL, bsetcap * sizeof(uint32_t));
		memset(bset, 0xFF, bsetcap * sizeof(uint32_t));
		bsetn = 0;
		for (size_t i = 0; i < oc; i++)
			if (old[i] != TD__LT_NONE)
				bset_put(old[i]);
		free(old);
	}
	size_t m = bsetcap - 1, i = (size_t)td__lextab_hash(s, n) & m;
	for (; bset[i] != TD__LT_NONE; i = (i + 1) & m)
		if (!strncmp(blob + bset[i], s, n) && blob[bset[i] + n] == 0)
			return bset[i];
	if (nblob + n + 1 > capblob) {
		capblob = (nblob + n + 1) * 2;
		blob = xrealloc(blob, capblob);
	}
	memcpy(blob + nblob, s, n);
	blob[nblob + n] = 0;
	uint32_t o = (uint32_t)nblob;
	nblob += n + 1;
	bset[i] = o;
	bsetn++;
	return o;
}

static size_t enc8(const uint32_t *w, int n, char *out, size_t cap)
{
	size_t o = 0;
	for (int i = 0; i < n; i++) {
		if (o + 4 >= cap)
			return 0;
		o += (size_t)td_utf8_encode(w[i], out + o);
	}
	out[o] = 0;
	return o;
}

static void emit(const uint32_t *w, int n, uint32_t root, int special)
{
	char u8[MAXC * 4 + 8], lo[MAXC * 4 + 8], ti[MAXC * 4 + 8], up[MAXC * 4 + 8];
	size_t l = enc8(w, n, u8, sizeof(u8)), ln, tn, un;
	if (!l)
		return;
	int ct = td__lextab_case(u8, l, lo, ti, up, sizeof(lo), &ln, &tn, &un);
	if (ct < 0)
		return;
	uint8_t bits = 0;
	if (ln == l && !memcmp(lo, u8, l))
		bits |= TD__LT_LF;
	if (tn == l && !memcmp(ti, u8, l))
		bits |= TD__LT_TF;
	if (un == l && !memcmp(up, u8, l))
		bits |= TD__LT_UF;
	if (!bits)
		bits = TD__LT_OF;
	if (dump)
		fprintf(dump, "%s\t%s\n", u8, blob + rootoff[root]);
	if (nrecs == caprecs) {
		caprecs = caprecs ? caprecs * 2 : 1 << 20;
		recs = xrealloc(recs, caprecs * sizeof(rec));
	}
	if (nkeys_b + ln + 1 > capkeys) {
		capkeys = capkeys ? capkeys * 2 : 1 << 24;
		keys = xrealloc(keys, capkeys);
	}
	rec *r = &recs[nrecs++];
	r->h = td__lextab_hash(lo, ln);
	r->root = root;
	r->koff = (uint32_t)nkeys_b;
	r->bits = bits;
	r->special = (uint8_t)special;
	memcpy(keys + nkeys_b, lo, ln + 1);
	nkeys_b += ln + 1;
	r->foff = TD__LT_NONE;
	if (bits == TD__LT_OF) {
		if (nkeys_b + l + 1 > capkeys) {
			capkeys *= 2;
			keys = xrealloc(keys, capkeys);
		}
		r->foff = (uint32_t)nkeys_b;
		memcpy(keys + nkeys_b, u8, l + 1);
		nkeys_b += l + 1;
	}
}

static int sfx_applies(const affix *a, const uint32_t *w, int n)
{
	if (n < a->sl || (n == a->sl && !fullstrip) || n < a->nc)
		return 0;
	for (int i = 0; i < a->sl; i++)
		if (w[n - a->sl + i] != a->strip[i])
			return 0;
	for (int i = 0; i < a->nc; i++)
		if (!cond_ok(&a->c[i], w[n - a->nc + i]))
			return 0;
	return n - a->sl + a->al < MAXC;
}

static int pfx_applies(const affix *a, const uint32_t *w, int n)
{
	if (n < a->sl || (n == a->sl && !fullstrip) || n < a->nc)
		return 0;
	for (int i = 0; i < a->sl; i++)
		if (w[i] != a->strip[i])
			return 0;
	for (int i = 0; i < a->nc; i++)
		if (!cond_ok(&a->c[i], w[i]))
			return 0;
	return n - a->sl + a->al < MAXC;
}

static int sfx_apply(const affix *a, const uint32_t *w, int n, uint32_t *out)
{
	memcpy(out, w, sizeof(uint32_t) * (size_t)(n - a->sl));
	memcpy(out + n - a->sl, a->app, sizeof(uint32_t) * (size_t)a->al);
	return n - a->sl + a->al;
}

static int pfx_apply(const affix *a, const uint32_t *w, int n, uint32_t *out)
{
	memcpy(out, a->app, sizeof(uint32_t) * (size_t)a->al);
	memcpy(out + a->al, w + a->sl, sizeof(uint32_t) * (size_t)(n - a->sl));
	return n - a->sl + a->al;
}

/* Affixes by flag: byflag[f] lists indices into affs, -1 ended. */
static int *byflag[256];

static void index_affixes(void)
{
	size_t cnt[256] = {0};
	for (size_t i = 0; i < naffs; i++)
		cnt[affs[i].flag]++;
	for (int f = 0; f < 256; f++) {
		byflag[f] = xrealloc(NULL, (cnt[f] + 1) * sizeof(int));
		cnt[f] = 0;
	}
	for (size_t i = 0; i < naffs; i++)
		byflag[affs[i].flag][cnt[affs[i].flag]++] = (int)i;
	for (int f = 0; f < 256; f++)
		byflag[f][cnt[f]] = -1;
}

static void expand(const uint32_t *r, int rn, const unsigned char *fl, uint32_t root, int special)
{
	uint32_t f1[MAXC], f2[MAXC];
	unsigned char used[256];
	int nused = 0;
	for (int f = 0; f < 256; f++)
		if (fl[f])
			used[nused++] = (unsigned char)f;
	if (!(fl_needaffix && fl[fl_needaffix]))
		emit(r, rn, root, special);
	for (int u = 0; u < nused; u++)
		for (const int *ip = byflag[used[u]]; *ip >= 0; ip++) {
			const affix *s = &affs[*ip];
			if (s->pfx || !sfx_applies(s, r, rn))
				continue;
			int n1 = sfx_apply(s, r, rn, f1);
			emit(f1, n1, root, special || s->special);
			if (s->hascont)
				for (int f = 0; f < 256; f++) {
					if (!s->cont[f])
						continue;
					for (const int *jp = byflag[f]; *jp >= 0; jp++) {
						const affix *s2 = &affs[*jp];
						if (s2->pfx || !sfx_applies(s2, f1, n1))
							continue;
						int n2 = sfx_apply(s2, f1, n1, f2);
						emit(f2, n2, root,
						     special || s->special || s2->special || s2->hascont);
					}
				}
			if (s->cross)
				for (int v = 0; v < nused; v++)
					for (const int *jp = byflag[used[v]]; *jp >= 0; jp++) {
						const affix *p = &affs[*jp];
						if (!p->pfx || !p->cross || !pfx_applies(p, f1, n1))
							continue;
						int n2 = pfx_apply(p, f1, n1, f2);
						emit(f2, n2, root, special || s->special || p->special);
					}
		}
	for (int u = 0; u < nused; u++)
		for (const int *jp = byflag[used[u]]; *jp >= 0; jp++) {
			const affix *p = &affs[*jp];
			if (!p->pfx || !pfx_applies(p, r, rn))
				continue;
			int n1 = pfx_apply(p, r, rn, f1);
			emit(f1, n1, root, special || p->special);
		}
}

static void parse_dic(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		die("cannot open the dictionary");
	char line[8192];
	if (!fgets(line, sizeof(line), f))
		die("empty dictionary");
	while (fgets(line, sizeof(line), f)) {
		size_t n = strcspn(line, "\r\n");
		line[n] = 0;
		/* the word ends at an unescaped '/', a tab, or a space before a
		 * morphological field */
		size_t we = 0;
		char word[4096];
		size_t wl = 0;
		int slash = 0;
		for (we = 0; we < n; we++) {
			if (line[we] == '\\' && we + 1 < n && line[we + 1] == '/') {
				word[wl++] = '/';
				we++;
				continue;
			}
			if (line[we] == '/') {
				slash = 1;
				break;
			}
			if (line[we] == '\t')
				break;
			if (line[we] == ' ' && we + 3 < n && line[we + 3] == ':')
				break;
			if (wl + 1 < sizeof(word))
				word[wl++] = line[we];
		}
		while (wl > 0 && word[wl - 1] == ' ')
			wl--;
		if (!wl)
			continue;
		unsigned char fl[256] = {0};
		int special = 0;
		if (slash) {
			size_t fe = we + 1;
			while (fe < n && line[fe] != ' ' && line[fe] != '\t')
				fe++;
			flags_of(line + we + 1, fe - we - 1, fl);
			for (int k = 1; k < 256; k++)
				if (fl[k] && compflag[k])
					unsupported = 1;
		}
		if ((fl_forbid && fl[fl_forbid]) || (fl_needaffix && fl[fl_needaffix]) ||
		    (fl_onlyin && fl[fl_onlyin]) || (fl_keepcase && fl[fl_keepcase]) ||
		    (fl_circum && fl[fl_circum]))
			special = 1;
		uint32_t r[MAXC];
		int rn = to_cps(word, wl, r, MAXC);
		rn = strip_ignored(r, rn);
		if (rn <= 0 || rn >= MAXC - 1)
			continue;
		char u8[MAXC * 4 + 8], lo[MAXC * 4 + 8], ti[MAXC * 4 + 8], up[MAXC * 4 + 8];
		size_t l = enc8(r, rn, u8, sizeof(u8)), ln, tn, un;
		if (!l)
			continue;
		int ct = td__lextab_case(u8, l, lo, ti, up, sizeof(lo), &ln, &tn, &un);
		/* Mixed-case words, and all-capitals words with affixes, get
		 * hidden capitalised homonyms in hunspell: ask it for them. */
		int hasfl = 0;
		for (int k = 0; k < 256; k++)
			hasfl |= fl[k];
		if (ct < 0 || ct == TD__CAP_HUH || ct == TD__CAP_HUHINIT || (ct == TD__CAP_ALL && hasfl))
			special = 1;
		for (int k = 0; k < 256; k++)
			if (fl[k] && endflag[k] && ct >= 0) {
				if (nend < 32 && ln < 16) {
					memcpy(endstr[nend++], lo, ln + 1);
				} else
					endunsafe = 1;
				break;
			}
		if (nroots == caproots) {
			caproots = caproots ? caproots * 2 : 1 << 16;
			rootoff = xrealloc(rootoff, caproots * sizeof(uint32_t));
		}
		/* the stem hunspell reports: a "st:" field, else the word */
		const char *st = NULL;
		for (size_t k = we; k + 3 < n && !st; k++)
			if ((line[k] == ' ' || line[k] == '\t') && !strncmp(line + k + 1, "st:", 3))
				st = line + k + 4;
		if (st) {
			size_t sl = strcspn(st, " \t");
			uint32_t sc[MAXC];
			int scn = to_cps(st, sl, sc, MAXC);
			char su[MAXC * 4 + 8];
			size_t sul = scn > 0 ? enc8(sc, scn, su, sizeof(su)) : 0;
			rootoff[nroots] = sul ? blob_add(su, sul) : blob_add(u8, l);
		} else
			rootoff[nroots] = blob_add(u8, l);
		expand(r, rn, fl, (uint32_t)nroots, special);
		nroots++;
	}
	fclose(f);
}

static int cmp_rec(const void *a, const void *b)
{
	const rec *x = a, *y = b;
	return x->h < y->h ? -1 : x->h > y->h;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: gen_lexicon LANG OUT\n");
		return 1;
	}
	int li = td__lex_index(argv[1]);
	char aff[512], dic[512];
	if (li < 0 || td__lex_files(li, aff, dic, sizeof(aff)) < 0) {
		fprintf(stderr, "gen_lexicon: no dictionary for %s\n", argv[1]);
		return 2;
	}
	clock_t t0 = clock();
	if (getenv("GEN_LEXICON_DUMP"))
		dump = fopen(getenv("GEN_LEXICON_DUMP"), "w");
	parse_aff(aff);
	if (unsupported) {
		fprintf(stderr, "gen_lexicon: %s: affix features the expander does not cover; "
				"hunspell stays in use\n", argv[1]);
		return 2;
	}
	index_affixes();
	parse_dic(dic);
	if (unsupported) {
		fprintf(stderr, "gen_lexicon: %s: dictionary words the expander does not cover "
				"(compounds); hunspell stays in use\n", argv[1]);
		return 2;
	}
	qsort(recs, nrecs, sizeof(rec), cmp_rec);
	/* keys */
	size_t nk = 0;
	for (size_t i = 0; i < nrecs; i++)
		if (i == 0 || recs[i].h != recs[i - 1].h)
			nk++;
	td__lextab_hdr h;
	memset(&h, 0, sizeof(h));
	memcpy(h.magic, TD__LEXTAB_MAGIC, 8);
	h.bbits = 4;
	while (((uint64_t)1 << h.bbits) * 4 < nk && h.bbits < 30)
		h.bbits++;
	uint64_t *ent = xrealloc(NULL, (nk + 1) * sizeof(uint64_t));
	uint32_t *amb = NULL;
	size_t namb = 0, capamb = 0, nasked = 0;
	size_t e = 0;
	for (size_t i = 0; i < nrecs;) {
		size_t j = i;
		uint8_t bits = 0;
		int multi = 0, special = 0;
		while (j < nrecs && recs[j].h == recs[i].h) {
			bits |= recs[j].bits;
			special |= recs[j].special;
			if (strcmp(blob + rootoff[recs[j].root], blob + rootoff[recs[i].root]))
				multi = 1;
			j++;
		}
		uint32_t pay;
		if (multi || special || (bits & TD__LT_OF)) {
			if (namb == capamb) {
				capamb = capamb ? capamb * 2 : 4096;
				amb = xrealloc(amb, capamb * TD__LT_REC * sizeof(uint32_t));
			}
			/* the key's mixed-case spelling when it has only one */
			const char *mixed = NULL;
			for (size_t k = i; k < j; k++)
				if (recs[k].foff != TD__LT_NONE) {
					const char *f = keys + recs[k].foff;
					if (!mixed)
						mixed = f;
					else if (strcmp(mixed, f)) {
						mixed = NULL;
						break;
					}
				}
			const char *k = keys + recs[i].koff;
			char ti[MAXC * 4 + 8], up[MAXC * 4 + 8], lo[MAXC * 4 + 8];
			size_t ln, tn, un;
			td__lextab_case(k, strlen(k), lo, ti, up, sizeof(lo), &ln, &tn, &un);
			const char *sp[4] = {lo, ti, up, mixed};
			size_t sn[4] = {ln, tn, un, mixed ? strlen(mixed) : 0};
			uint32_t *a = amb + namb * TD__LT_REC;
			uint8_t fl3[3] = {0};
			char lm3[3][512];
			/* Several stems, no special flags: hunspell's stems of the
			 * capitalised and all-capitals spellings are those of the
			 * capitalised one (lower-case, then capitalised forms; no
			 * all-capitals forms), and of all three those of the
			 * lower-case one when only lower-case forms exist; a key
			 * without lower-case forms has no stems in lower case. */
			int shared = 0;
			if (!special && (bits == TD__LT_LF || bits == TD__LT_TF ||
					 bits == (TD__LT_LF | TD__LT_TF))) {
				if (bits == TD__LT_LF)
					shared = td__lex_hunspell_shared(li, lo, ln, sp, sn, 3, fl3, lm3[0],
									 512) == 0;
				else
					shared = td__lex_hunspell_shared(li, ti, tn, sp + 1, sn + 1, 2,
									 fl3 + 1, lm3[1], 512) == 0;
				if (shared)
					nasked++;
				if (shared && bits == TD__LT_TF) {
					fl3[0] = TD__LEX_DICT;
					lm3[0][0] = 0;
				} else if (shared && bits != TD__LT_LF) {
					td__lex_hunspell(li, lo, ln, &fl3[0], lm3[0], 512);
					nasked++;
				}
			}
			for (int v = 0; v < 4; v++) {
				uint8_t flags = 0;
				char lemma[512] = "";
				if (shared && v < 3) {
					flags = fl3[v];
					memcpy(lemma, lm3[v], sizeof(lemma));
				} else if (sp[v]) {
					td__lex_hunspell(li, sp[v], sn[v], &flags, lemma, sizeof(lemma));
					nasked++;
				}
				a[v * 2] = flags;
				a[v * 2 + 1] = lemma[0] ? blob_add(lemma, strlen(lemma)) : TD__LT_NONE;
			}
			a[8] = mixed ? blob_add(mixed, sn[3]) : TD__LT_NONE;
			pay = (uint32_t)bits | TD__LT_AMB | (uint32_t)(namb << TD__LT_IDX_SHIFT);
			namb++;
		} else
			pay = (uint32_t)bits | (recs[i].root << TD__LT_IDX_SHIFT);
		uint64_t hh = recs[i].h;
		/* bucket << 32 | fingerprint, in the slot of an earlier record */
		recs[e].h = (hh >> (64 - h.bbits)) << 32 | (hh & 0xFFFFFFFFu);
		recs[e].root = pay;
		e++;
		i = j;
	}
	/* sort by bucket then fingerprint, carrying the payloads */
	qsort(recs, e, sizeof(rec), cmp_rec);
	uint32_t *bucket = xrealloc(NULL, (((size_t)1 << h.bbits) + 1) * sizeof(uint32_t));
	size_t bi = 0;
	for (size_t i = 0; i < e; i++) {
		uint64_t b = recs[i].h >> 32;
		while (bi <= b)
			bucket[bi++] = (uint32_t)i;
		uint32_t fp = (uint32_t)recs[i].h;
		uint32_t pay = recs[i].root;
		/* two keys with the same bucket and fingerprint: hunspell */
		if ((i + 1 < e && recs[i + 1].h == recs[i].h) || (i > 0 && recs[i - 1].h == recs[i].h))
			pay = TD__LT_NONE - 1;
		ent[i] = (uint64_t)fp << 32 | pay;
	}
	while (bi <= ((size_t)1 << h.bbits))
		bucket[bi++] = (uint32_t)e;
	struct stat sa, sd;
	if (stat(aff, &sa) || stat(dic, &sd))
		die("stat");
	h.flags = (latin2 ? TD__LT_LATIN2 : 0) | (comprule ? TD__LT_COMPRULE : 0) |
		  (breakrules & 2 ? TD__LT_HYPHEN : 0) | (breakrules == 1 ? TD__LT_BREAK1 : 0) |
		  (compounds ? TD__LT_COMPOUNDS : 0);
	h.nent = e;
	h.nroots = nroots;
	h.namb = namb;
	h.blob = nblob;
	h.dic_size = (uint64_t)sd.st_size;
	h.dic_mtime = (uint64_t)sd.st_mtime;
	h.aff_size = (uint64_t)sa.st_size;
	h.aff_mtime = (uint64_t)sa.st_mtime;
	h.nfb = nfb;
	memcpy(h.fb, fb, sizeof(fb));
	memcpy(h.hi, hi, sizeof(hi));
	h.nconv = nconv;
	if (comprule && !endunsafe) {
		h.flags |= TD__LT_ENDS;
		h.nend = nend;
		memcpy(h.endstr, endstr, sizeof(endstr));
	}
	memcpy(h.conv, conv, sizeof(conv));
	uint64_t ob, oe, orr, oa, obl, total;
	td__lextab_layout(&h, &ob, &oe, &orr, &oa, &obl, &total);
	char tmp[600];
	snprintf(tmp, sizeof(tmp), "%s.tmp", argv[2]);
	FILE *o = fopen(tmp, "wb");
	if (!o)
		die("cannot write the table");
	static const char zero[8];
	fwrite(&h, sizeof(h), 1, o);
	fwrite(zero, 1, (size_t)(ob - sizeof(h)), o);
	fwrite(bucket, 4, ((size_t)1 << h.bbits) + 1, o);
	fwrite(zero, 1, (size_t)(oe - ob - (((uint64_t)1 << h.bbits) + 1) * 4), o);
	fwrite(ent, 8, e, o);
	fwrite(rootoff, 4, nroots, o);
	fwrite(zero, 1, (size_t)(oa - orr - nroots * 4), o);
	if (namb)
		fwrite(amb, 4, namb * TD__LT_REC, o);
	fwrite(blob, 1, nblob, o);
	if (fclose(o) || rename(tmp, argv[2]))
		die("cannot write the table");
	fprintf(stderr, "gen_lexicon %s: %zu roots, %zu forms, %zu keys, %zu with several stems "
			"(%zu hunspell analyses), %.1f MB, %.1f s CPU\n",
		argv[1], nroots, nrecs, e, namb, nasked, (double)total / 1e6,
		(double)(clock() - t0) / CLOCKS_PER_SEC);
	return 0;
}
