/* entities_lextab.c - maps the word-form tables generated from the hunspell
 * dictionaries at build time and looks keys up in them (two cache misses:
 * bucket start, then a short sorted run of 64-bit entries). */
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unicode/uchar.h>
#include <xxhash.h>

#include "lextab.h"
#include "tidings/error.h"
#include "tidings/utf8.h"

static uint64_t align8(uint64_t x)
{
	return (x + 7) & ~(uint64_t)7;
}

void td__lextab_layout(const td__lextab_hdr *h, uint64_t *o_bucket, uint64_t *o_ent,
		       uint64_t *o_root, uint64_t *o_amb, uint64_t *o_blob, uint64_t *total)
{
	uint64_t o = align8(sizeof(td__lextab_hdr));
	*o_bucket = o;
	o = align8(o + (((uint64_t)1 << h->bbits) + 1) * 4);
	*o_ent = o;
	o += h->nent * 8;
	*o_root = o;
	o = align8(o + h->nroots * 4);
	*o_amb = o;
	o += h->namb * TD__LT_REC * 4;
	*o_blob = o;
	*total = o + h->blob;
}

int td__lextab_open(td__lextab *t, const char *path, const char *aff, const char *dic)
{
	memset(t, 0, sizeof(*t));
	struct stat sa, sd, st;
	if (stat(aff, &sa) || stat(dic, &sd))
		return TD_ERR_IO;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return TD_ERR_IO;
	if (fstat(fd, &st) || (size_t)st.st_size < sizeof(td__lextab_hdr)) {
		close(fd);
		return TD_ERR_PARSE;
	}
	void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (m == MAP_FAILED)
		return TD_ERR_IO;
	const td__lextab_hdr *h = m;
	uint64_t ob, oe, orr, oa, obl, total;
	int ok = !memcmp(h->magic, TD__LEXTAB_MAGIC, 8) && h->bbits >= 4 && h->bbits <= 30 &&
		 h->nfb <= 255 && h->nconv <= 16 && h->nend <= 32;
	if (ok) {
		td__lextab_layout(h, &ob, &oe, &orr, &oa, &obl, &total);
		ok = total == (uint64_t)st.st_size && h->dic_size == (uint64_t)sd.st_size &&
		     h->aff_size == (uint64_t)sa.st_size &&
		     h->dic_mtime == (uint64_t)sd.st_mtime && h->aff_mtime == (uint64_t)sa.st_mtime;
	}
	if (!ok) {
		munmap(m, (size_t)st.st_size);
		return TD_ERR_PARSE;
	}
	const char *b = m;
	const uint32_t *bk = (const uint32_t *)(const void *)(b + ob);
	if (bk[(size_t)1 << h->bbits] != h->nent) {
		munmap(m, (size_t)st.st_size);
		return TD_ERR_PARSE;
	}
	t->h = h;
	t->bucket = (const uint32_t *)(const void *)(b + ob);
	t->ent = (const uint64_t *)(const void *)(b + oe);
	t->root = (const uint32_t *)(const void *)(b + orr);
	t->amb = (const uint32_t *)(const void *)(b + oa);
	t->blob = b + obl;
	t->size = (size_t)st.st_size;
	return 0;
}

uint64_t td__lextab_hash(const char *s, size_t n)
{
	return XXH3_64bits(s, n);
}

uint32_t td__lextab_find(const td__lextab *t, const char *key, size_t n)
{
	uint64_t h = td__lextab_hash(key, n);
	uint32_t b = (uint32_t)(h >> (64 - t->h->bbits)), fp = (uint32_t)h;
	for (uint32_t i = t->bucket[b], e = t->bucket[b + 1]; i < e; i++) {
		uint32_t f = (uint32_t)(t->ent[i] >> 32);
		if (f == fp)
			return (uint32_t)t->ent[i];
		if (f > fp)
			break;
	}
	return TD__LT_NONE;
}

/* ICU's simple lower and upper case of the characters of one or two
 * bytes (all of Latin, Greek and Cyrillic), built once: the case of a
 * word is asked for every word a table lookup meets first. */
#define CASE_TAB 0x800
static uint16_t lower_tab[CASE_TAB], upper_tab[CASE_TAB];
static pthread_once_t case_once = PTHREAD_ONCE_INIT;

static void build_case(void)
{
	for (UChar32 c = 0; c < CASE_TAB; c++) {
		lower_tab[c] = (uint16_t)u_tolower(c);
		upper_tab[c] = (uint16_t)u_toupper(c);
	}
}

static uint32_t to_lower(uint32_t cp)
{
	return cp < CASE_TAB ? lower_tab[cp] : (uint32_t)u_tolower((UChar32)cp);
}

static uint32_t to_upper(uint32_t cp)
{
	return cp < CASE_TAB ? upper_tab[cp] : (uint32_t)u_toupper((UChar32)cp);
}

int td__lextab_case(const char *w, size_t n, char *lower, char *title, char *upper, size_t cap,
		    size_t *ln, size_t *tn, size_t *un)
{
	pthread_once(&case_once, build_case);
	size_t nc = 0, ncap = 0, nneutral = 0, lo = 0, uo = 0, to = 0;
	int firstcap = 0;
	for (size_t i = 0; i < n;) {
		int l;
		uint32_t cp = td_utf8_decode(w + i, n - i, &l);
		if (cp == 0xFFFD || cp > 0xFFFF)
			return -1;
		i += (size_t)l;
		uint32_t lc = to_lower(cp), uc = to_upper(cp);
		if (lc != cp) {
			ncap++;
			if (nc == 0)
				firstcap = 1;
		}
		if (uc == lc)
			nneutral++;
		if (lo + 4 >= cap || uo + 4 >= cap || to + 4 >= cap)
			return -1;
		lo += (size_t)td_utf8_encode(lc, lower + lo);
		uint32_t ul = to_upper(lc);
		uo += (size_t)td_utf8_encode(ul, upper + uo);
		to += (size_t)td_utf8_encode(nc == 0 ? ul : lc, title + to);
		nc++;
	}
	lower[lo] = upper[uo] = title[to] = 0;
	*ln = lo;
	*un = uo;
	*tn = to;
	if (ncap == 0)
		return TD__CAP_NO;
	if (ncap == 1 && firstcap)
		return TD__CAP_INIT;
	if (ncap == nc || ncap + nneutral == nc)
		return TD__CAP_ALL;
	if (ncap > 1 && firstcap)
		return TD__CAP_HUHINIT;
	return TD__CAP_HUH;
}
