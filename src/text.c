/* text.c - tokens, case folding and transliteration caches (classes and
 * folding from ICU at first use, ASCII spellings generated from ICU's
 * transliterator), Snowball stems, sentence splitting.
 * Memory: about 430 KiB of static tables (pair-indexed, mostly never
 * touched); nothing per call. */
#include "tidings/text.h"

#include <libstemmer.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "swar.h"
#include "tidings/error.h"
#include "tidings/utf8.h"

/* Code points below CACHE_MAX get cached class, folding and ASCII
 * transliteration; this covers Latin, Greek, Cyrillic and their
 * extensions. Others ask ICU directly (folding, classes) or are dropped
 * from transliterations. */
#define CACHE_MAX 0x0530

enum { C_LETTER = 1, C_UPPER = 2, C_DIGIT = 4, C_MARK = 8 };

static uint8_t cls[CACHE_MAX];
static uint16_t fold_tab[CACHE_MAX];
/* Two-byte characters (all of them, U+0080..U+07FF) whose folded form is
 * two bytes too: those bytes (as stored in memory), else 0. */
static uint16_t fold2[0x800];
/* The same by the bytes, 0 for invalid pairs. Only the rows of lead
 * bytes C2..DF are ever written or read (16 KiB). */
static uint16_t fold2p[0x100][0x100];
static char tr_tab[CACHE_MAX][4]; /* NUL-padded ASCII, up to 4 bytes */
/* tr_tab by the bytes of two-byte characters, row by the first byte
 * less 0x80, column by the second: the spelling as stored in memory, and
 * its length plus one (0 for an invalid pair; characters from CACHE_MAX
 * up have the empty spelling). Only the 64 columns of continuation bytes
 * of the rows of lead bytes C2..DF are ever written, or read in practice
 * (8 KiB). */
static uint32_t tr2p[0x80][0x100];
static uint8_t tr2p_len[0x80][0x100];
/* The characters td_tokenize passes over fast inside a word, by their
 * bytes: ASCII by its byte (run1), two-byte characters below CACHE_MAX
 * by their two bytes as a little-endian 16-bit number (run2; invalid
 * pairs are 0). R_LETTER, R_UPPER (an upper-case letter), R_DIGIT; 0 for
 * a character that ends the fast scan (no letter or digit, a mark). */
enum { R_LETTER = 1, R_UPPER = 2, R_DIGIT = 4 };
static uint8_t run1[0x80], run2[0x10000];
/* Both in one table for the word scan of td_tokenize, by the next two
 * bytes as a little-endian 16-bit number: run1 of the first byte when
 * it is ASCII (whatever the second), else run2 of the pair with R_TWO
 * (a two-byte character) when it is not 0. */
enum { R_TWO = 8 };
static uint8_t run12[0x10000];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_int built; /* the tables are ready: the hot paths skip pthread_once */

/* The ASCII spellings of U+0080..U+052F, generated from ICU's
 * transliterator (data/translit/README.md). */
#include "translit_tab.inc"

static void build(void)
{
	for (UChar32 c = 0; c < CACHE_MAX; c++) {
		uint8_t k = 0;
		if (u_isalpha(c))
			k |= C_LETTER;
		if (u_isupper(c) || u_istitle(c))
			k |= C_UPPER;
		if (u_isdigit(c))
			k |= C_DIGIT;
		int8_t ct = u_charType(c);
		if (ct == U_NON_SPACING_MARK || ct == U_COMBINING_SPACING_MARK || ct == U_ENCLOSING_MARK)
			k |= C_MARK;
		cls[c] = k;
		UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
		fold_tab[c] = f < 0x10000 ? (uint16_t)f : (uint16_t)c;
		if (c >= 0x80 && fold_tab[c] >= 0x80 && fold_tab[c] < 0x800) {
			unsigned char b2[2] = {(unsigned char)(0xC0 | (fold_tab[c] >> 6)),
					       (unsigned char)(0x80 | (fold_tab[c] & 0x3F))};
			memcpy(&fold2[c], b2, 2);
		}
		if (c < 0x80)
			tr_tab[c][0] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
		else if (k & (C_LETTER | C_DIGIT))
			memcpy(tr_tab[c], translit_tab[c], 4);
	}
	for (uint32_t c = 0; c < CACHE_MAX; c++) {
		uint8_t k = cls[c], r = 0;
		if (!(k & C_MARK) && (k & C_LETTER))
			r = (uint8_t)(R_LETTER | ((k & C_UPPER) ? R_UPPER : 0));
		else if (!(k & C_MARK) && (k & C_DIGIT))
			r = R_DIGIT;
		if (c < 0x80)
			run1[c] = r;
		else
			run2[(0xC0 | (c >> 6)) | (unsigned)(0x80 | (c & 0x3F)) << 8] = r;
	}
	for (unsigned b0 = 0xC2; b0 < 0xE0; b0++)
		for (unsigned b1 = 0x80; b1 < 0xC0; b1++) {
			uint32_t c = ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
			fold2p[b0][b1] = fold2[c];
			if (c < CACHE_MAX) {
				memcpy(&tr2p[b0 - 0x80][b1], tr_tab[c], 4);
				tr2p_len[b0 - 0x80][b1] = (uint8_t)(strnlen(tr_tab[c], 4) + 1);
			} else
				tr2p_len[b0 - 0x80][b1] = 1;
		}
	/* run12: by rows of the second byte, run1 of an ASCII first byte
	 * (whatever the second), then the two-byte characters that are
	 * letters or digits; the rest stays 0. */
	for (unsigned b1 = 0; b1 < 0x100; b1++)
		memcpy(run12 + (b1 << 8), run1, sizeof(run1));
	for (uint32_t c = 0x80; c < CACHE_MAX; c++) {
		unsigned v = (0xC0 | (c >> 6)) | (unsigned)(0x80 | (c & 0x3F)) << 8;
		if (run2[v])
			run12[v] = (uint8_t)(run2[v] | R_TWO);
	}
	atomic_store_explicit(&built, 1, memory_order_release);
}

int td_text_init(void)
{
	pthread_once(&once, build);
	return 0;
}

static inline void ready(void)
{
	if (!atomic_load_explicit(&built, memory_order_acquire))
		td_text_init();
}

static inline uint8_t class_of(uint32_t cp)
{
	if (cp < CACHE_MAX)
		return cls[cp];
	uint8_t k = 0;
	if (u_isalpha((UChar32)cp))
		k |= C_LETTER;
	if (u_isupper((UChar32)cp) || u_istitle((UChar32)cp))
		k |= C_UPPER;
	if (u_isdigit((UChar32)cp))
		k |= C_DIGIT;
	int8_t ct = u_charType((UChar32)cp);
	if (ct == U_NON_SPACING_MARK || ct == U_COMBINING_SPACING_MARK || ct == U_ENCLOSING_MARK)
		k |= C_MARK;
	return k;
}

/* ASCII and two-byte characters (Latin, Greek, Cyrillic: nearly all of
 * news text in those scripts) inline; the rest through td_utf8_decode. */
static inline uint32_t decode(const char *s, size_t len, int *n)
{
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80) {
		*n = 1;
		return c;
	}
	unsigned char c1 = len >= 2 ? (unsigned char)s[1] : 0;
	if (c >= 0xC2 && c <= 0xDF && (c1 & 0xC0) == 0x80) {
		*n = 2;
		return ((uint32_t)(c & 0x1F) << 6) | (c1 & 0x3F);
	}
	return td_utf8_decode(s, len, n);
}

/* A character: code point and byte length. */
typedef struct {
	uint32_t cp, len;
} uchar_t;

static inline uchar_t next_char(const char *s, size_t len)
{
	int l;
	uint32_t cp = decode(s, len, &l);
	return (uchar_t){cp, (uint32_t)l};
}

static int is_quote(uint32_t cp)
{
	return cp == '"' || cp == 0xAB || cp == 0x201C || cp == 0x201E || cp == 0x2018 ||
	       cp == 0x201A || cp == '\'' || cp == 0x2039;
}

static int is_joiner(uint32_t cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == '.' || cp == 0x02BC;
}

int td_text_apostrophe_endings(const char *lang)
{
	return lang && (!strcmp(lang, "tr") || !strcmp(lang, "az"));
}

size_t td_text_cut_ending(const char *w, size_t n)
{
	ready();
	size_t i = 0;
	int l;
	uint32_t cp = td_utf8_decode(w, n, &l);
	if (l <= 0 || !(class_of(cp) & C_UPPER))
		return n;
	/* The last apostrophe, then lower-case letters only. */
	size_t ap = 0, al = 0;
	for (i = (size_t)l; i < n;) {
		cp = td_utf8_decode(w + i, n - i, &l);
		if (l <= 0)
			return n;
		if (cp == '\'' || cp == 0x2019) {
			ap = i;
			al = (size_t)l;
		}
		i += (size_t)l;
	}
	if (!ap)
		return n;
	size_t letters = 0;
	for (i = ap + al; i < n; letters++) {
		cp = td_utf8_decode(w + i, n - i, &l);
		uint8_t k = class_of(cp);
		if (l <= 0 || !(k & C_LETTER) || (k & C_UPPER))
			return n;
		i += (size_t)l;
	}
	return letters >= 1 && letters <= 6 ? ap : n;
}

/* A capitalised article or preposition that French and Italian elide
 * before a vowel ("L'", "Dell'", "All'"), given its n ASCII letters. */
static int elided_article(const char *w, size_t n)
{
	static const char *const a[] = {"l", "dell", "all", "nell", "sull", "dall", "coll", "un"};
	for (size_t k = 0; k < sizeof(a) / sizeof(a[0]); k++)
		if (strlen(a[k]) == n && strncasecmp(a[k], w, n) == 0)
			return 1;
	return 0;
}

/* A token that is a plain word at u[i]: a letter, then letters and
 * digits of one or two bytes below CACHE_MAX (no marks), ending at the
 * end of the text or at an ASCII character that is no word character
 * and joins nothing ("'", "-" or "." before a character that is no
 * letter or digit join nothing either). Stores it in *t with the flags
 * pend and returns its end; returns 0 for anything else (td_tokenize's
 * general code takes it, from the start). */
static inline size_t plain_word(const unsigned char *u, size_t i, size_t len, td_token *t, unsigned pend)
{
	/* By a character's run12 class: its letters, upper-case letters
	 * and digits in fields of 21 bits (a word shorter than 2^21 bytes
	 * cannot overflow them), and its bytes. */
	static const uint64_t add[16] = {
		0, 1, 0, 1 | 1ull << 21, 1ull << 42, 1, 0, 1 | 1ull << 21,
		0, 1, 0, 1 | 1ull << 21, 1ull << 42, 1, 0, 1 | 1ull << 21};
	static const uint8_t step[16] = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2};
	const unsigned char *p = u + i, *last = u + len - 1;
	unsigned r = p < last ? run12[p[0] | (unsigned)p[1] << 8] : *p < 0x80 ? run1[*p] : 0;
	if (!(r & R_LETTER))
		return 0;
	unsigned flags = TD_TOK_ALPHA | ((r & R_UPPER) ? TD_TOK_UPPER : 0) | pend;
	uint64_t cnt = 0;
	while (p < last) {
		if (!(r = run12[p[0] | (unsigned)p[1] << 8]))
			break;
		cnt += add[r];
		p += step[r];
	}
	/* the last byte of the text */
	if (p == last && *p < 0x80 && (r = run1[*p])) {
		cnt += add[r];
		p++;
	}
	size_t e = (size_t)(p - u);
	if (e - i >= (size_t)1 << 21)
		return 0;
	if (e < len) {
		/* An ASCII character here is no letter or digit (the loop
		 * would have taken it). */
		unsigned b = u[e];
		if (b >= 0x80)
			return 0;
		if ((b == '\'' || b == '-' || b == '.') && e + 1 < len && (u[e + 1] >= 0x80 || run1[u[e + 1]]))
			return 0;
	}
	unsigned letters = (unsigned)cnt & 0x1FFFFF, uppers = (unsigned)(cnt >> 21) & 0x1FFFFF;
	if (cnt >> 42)
		flags |= TD_TOK_DIGIT;
	if (letters >= 2 && uppers == letters)
		flags |= TD_TOK_ALLCAPS;
	t->start = (uint32_t)i;
	t->end = (uint32_t)e;
	t->flags = (uint8_t)flags;
	return e;
}

/* Whether the token t, right before a full stop, is an English title
 * abbreviated before a name ("Gov. John Bel Edwards", "Sen. Ted Cruz"),
 * whose full stop ends no sentence. */
static int title_abbrev(const char *text, const td_token *t)
{
	static const char *const ab[] = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Gov",
					 "Sen", "Rep", "Capt", "Adm", "Maj", "Rev", "Supt", "Insp", "Det"};
	size_t n = t->end - t->start;
	if (n < 2 || n > 4 || !(t->flags & TD_TOK_UPPER))
		return 0;
	for (size_t k = 0; k < sizeof(ab) / sizeof(ab[0]); k++)
		if (strlen(ab[k]) == n && !memcmp(ab[k], text + t->start, n))
			return 1;
	return 0;
}

size_t td_tokenize(const char *text, size_t len, td_token *out, size_t max)
{
	ready();
	const unsigned char *u = (const unsigned char *)text;
	size_t n = 0, i = 0;
	/* TD_TOK_SENT_START and TD_TOK_QUOTED for the next token */
	unsigned pend = TD_TOK_SENT_START;
	while (i < len && n < max) {
		if (text[i] == ' ') {
			/* The commonest separator: it changes no state. */
			i++;
			continue;
		}
		/* Most tokens are words of letters of one or two bytes (no
		 * marks) that end at an ASCII character joining nothing;
		 * plain_word() takes them, the code below the rest. */
		size_t end = plain_word(u, i, len, &out[n], pend);
		if (end) {
			n++;
			pend = 0;
			/* the space after the word changes no state */
			i = end < len && u[end] == ' ' ? end + 1 : end;
			continue;
		}
		uchar_t c = next_char(text + i, len - i);
		uint8_t k = class_of(c.cp);
		if (!(k & (C_LETTER | C_DIGIT))) {
			if ((c.cp == '.' && !(n && out[n - 1].end == i && title_abbrev(text, &out[n - 1]))) ||
			    c.cp == '!' || c.cp == '?' || c.cp == '\n' || c.cp == 0x2026)
				pend |= TD_TOK_SENT_START;
			pend = (pend & ~(unsigned)TD_TOK_QUOTED) | (is_quote(c.cp) ? TD_TOK_QUOTED : 0);
			i += c.len;
			continue;
		}
		size_t start = i;
		/* TD_TOK_UPPER: the first letter (no TD_TOK_ALPHA yet) is upper case. */
		unsigned flags = 0, letters = 0, uppers = 0;
		for (;;) {
			if (k & C_LETTER) {
				if (k & C_UPPER) {
					uppers++;
					if (!(flags & TD_TOK_ALPHA))
						flags |= TD_TOK_UPPER;
				}
				flags |= TD_TOK_ALPHA;
				letters++;
			} else if (k & C_DIGIT)
				flags |= TD_TOK_DIGIT;
			i += c.len;
			/* The rest of a word is mostly letters of one or two bytes
			 * (no marks, no joiners): a tight loop over them, by
			 * table. After a first letter only the counts change. */
			if (flags & TD_TOK_ALPHA) {
				/* Letters in the low half of n2, upper-case ones in
				 * the high half. */
				static const uint64_t add[8] = {0, 1, 0, 1 | 1ull << 32, 0, 1, 0, 1 | 1ull << 32};
				const unsigned char *p = u + i, *e = u + len;
				unsigned any = 0;
				uint64_t n2 = 0;
				for (;;) {
					unsigned r;
					if (p < e && *p < 0x80) {
						if (!(r = run1[*p]))
							break;
						p++;
					} else if (p + 1 < e) {
						if (!(r = run2[p[0] | (unsigned)p[1] << 8]))
							break;
						p += 2;
					} else
						break;
					any |= r;
					n2 += add[r];
				}
				i = (size_t)(p - u);
				letters += (unsigned)n2;
				uppers += (unsigned)(n2 >> 32);
				if (any & R_DIGIT)
					flags |= TD_TOK_DIGIT;
			} else {
				/* A word that starts with a digit: its first letter
				 * sets TD_TOK_UPPER. */
				while (i < len) {
					unsigned b = u[i];
					uint32_t cp;
					size_t l;
					if (b < 0x80) {
						cp = b;
						l = 1;
					} else if (b >= 0xC2 && b <= 0xDF && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) {
						cp = ((b & 0x1Fu) << 6) | (u[i + 1] & 0x3Fu);
						l = 2;
						if (cp >= CACHE_MAX)
							break;
					} else
						break;
					uint8_t kk = cls[cp];
					if ((kk & C_MARK) || !(kk & (C_LETTER | C_DIGIT)))
						break;
					if (kk & C_LETTER) {
						if ((kk & C_UPPER) && !(flags & TD_TOK_ALPHA))
							flags |= TD_TOK_UPPER;
						flags |= TD_TOK_ALPHA;
						letters++;
						uppers += (kk & C_UPPER) != 0;
					} else
						flags |= TD_TOK_DIGIT;
					i += l;
				}
			}
			/* Most words end at a space or a punctuation mark that
			 * joins nothing. */
			if (i >= len || (u[i] < 0x80 && !run1[u[i]] && u[i] != '\'' && u[i] != '-' && u[i] != '.'))
				break;
			c = next_char(text + i, len - i);
			k = class_of(c.cp);
			if (k & (C_LETTER | C_DIGIT | C_MARK)) {
				if (k & C_MARK) {
					i += c.len;
					if (i >= len)
						break;
					c = next_char(text + i, len - i);
					k = class_of(c.cp);
					if (!(k & (C_LETTER | C_DIGIT)))
						break;
				}
				continue;
			}
			/* Joiners stay inside a word only between two word characters;
			 * a dot only between letters ("U.S") or digits ("3.5"). */
			if (is_joiner(c.cp) && i + c.len < len) {
				uchar_t nx = next_char(text + i + c.len, len - i - c.len);
				uint8_t k2 = class_of(nx.cp);
				/* An elided article or preposition before a name is
				 * no part of it: "l'Ukraine", "d'Israël", "dell'Onu"
				 * give the name alone. Only lower-case Latin letters
				 * before the apostrophe ("O'Brien", "D'Alema", "L'Aquila"
				 * stay whole), or at a sentence's start the capitalised
				 * article ("L'Allemagne a...", "Nell'Ue"). */
				if ((c.cp == '\'' || c.cp == 0x2019) && (k2 & C_UPPER) && letters >= 1 && letters <= 5 &&
				    i - start == letters && !(flags & TD_TOK_DIGIT) &&
				    (!uppers || ((pend & TD_TOK_SENT_START) && uppers == 1 && (flags & TD_TOK_UPPER) &&
						 elided_article(text + start, letters)))) {
					i += c.len;
					start = i;
					flags = letters = uppers = 0;
					c = nx;
					k = k2;
					continue;
				}
				int ok = (k2 & (C_LETTER | C_DIGIT)) != 0;
				if (c.cp == '.')
					ok = ((k2 & C_LETTER) && (flags & TD_TOK_ALPHA) && !(flags & TD_TOK_DIGIT) &&
					      letters <= 3 && uppers == letters) ||
					     ((k2 & C_DIGIT) && (flags & TD_TOK_DIGIT) && !(flags & TD_TOK_ALPHA));
				if (ok) {
					i += c.len;
					c = nx;
					k = k2;
					continue;
				}
			}
			break;
		}
		if (letters >= 2 && uppers == letters)
			flags |= TD_TOK_ALLCAPS;
		out[n].start = (uint32_t)start;
		out[n].end = (uint32_t)i;
		out[n].flags = (uint8_t)(flags | pend);
		n++;
		pend = 0;
	}
	return n;
}

/* td_text_fold from s[i], out[i] on (the characters before fold to as
 * many bytes): checks the room for each character. Kept out of line so
 * that td_text_fold's fast path needs no stack frame. */
static __attribute__((noinline)) size_t fold_rest(const char *s, size_t n, char *out, size_t cap, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t o = i;
	while (i < n) {
		unsigned char b = u[i];
		if (b < 0x80) {
			if (o + 2 > cap)
				break;
			out[o++] = (char)fold_tab[b];
			i++;
			continue;
		}
		/* Latin, Greek, Cyrillic: two bytes to two bytes by table. */
		if ((unsigned)(b - 0xC2) <= 0xDF - 0xC2 && i + 1 < n && (unsigned)(u[i + 1] ^ 0x80) < 0x40) {
			uint16_t f2 = fold2[((b & 0x1Fu) << 6) | (u[i + 1] & 0x3Fu)];
			if (f2) {
				if (o + 3 > cap)
					break;
				memcpy(out + o, &f2, 2);
				o += 2;
				i += 2;
				continue;
			}
		}
		uchar_t c = next_char(s + i, n - i);
		uint32_t f = c.cp < CACHE_MAX ? fold_tab[c.cp] : (uint32_t)u_foldCase((UChar32)c.cp, U_FOLD_CASE_DEFAULT);
		if (f < 0x800 && f >= 0x80) {
			if (o + 3 > cap)
				break;
			out[o] = (char)(0xC0 | (f >> 6));
			out[o + 1] = (char)(0x80 | (f & 0x3F));
			o += 2;
		} else {
			/* Room for the character and the terminator. */
			char buf[4];
			int bl = td_utf8_encode(f, buf);
			if (o + (size_t)bl + 1 > cap)
				break;
			memcpy(out + o, buf, (size_t)bl);
			o += (size_t)bl;
		}
		i += c.len;
	}
	out[o] = 0;
	return o;
}

/* The simple case folding of ASCII bytes (each below 0x80): A-Z to a-z,
 * eight at a time. A byte plus 0x3F reaches bit 7 from 'A' up, plus
 * 0x25 from '[' up; bit 5 set makes upper case lower. */
static inline uint64_t ascii_lower(uint64_t w)
{
	uint64_t upper = (w + 0x3F3F3F3F3F3F3F3Full) & ~(w + 0x2525252525252525ull) & 0x8080808080808080ull;
	return w | upper >> 2;
}

/* td_text_fold on first use: builds the tables first. */
static __attribute__((noinline)) size_t fold_first(const char *s, size_t n, char *out, size_t cap)
{
	td_text_init();
	return td_text_fold(s, n, out, cap);
}

size_t td_text_fold(const char *s, size_t n, char *out, size_t cap)
{
	/* tail calls only: the common case needs no stack frame */
	if (!atomic_load_explicit(&built, memory_order_acquire))
		return fold_first(s, n, out, cap);
	size_t i = 0;
	if (cap == 0)
		return 0;
	if (n == 0) {
		out[0] = 0;
		return 0;
	}
	const unsigned char *u = (const unsigned char *)s;
	/* With room for the whole word, ASCII and two-byte characters that
	 * fold to two bytes (nearly all of them) need no check per
	 * character, and they fold to as many bytes: out[i] for s[i]. */
	if (n < cap / 2) {
		/* Whole words of ASCII eight or four bytes at a time. */
		uint64_t w;
		while (i + 8 <= n) {
			memcpy(&w, u + i, 8);
			if (w & 0x8080808080808080ull)
				break;
			w = ascii_lower(w);
			memcpy(out + i, &w, 8);
			i += 8;
		}
		if (i + 4 <= n) {
			uint32_t w4;
			memcpy(&w4, u + i, 4);
			if (!(w4 & 0x80808080u)) {
				w4 = (uint32_t)ascii_lower(w4);
				memcpy(out + i, &w4, 4);
				i += 4;
			}
		}
		size_t n1 = n - 1; /* n > 0 */
		while (i < n1) {
			unsigned b = u[i];
			if (b < 0x80) {
				out[i] = (char)fold_tab[b];
				i++;
				continue;
			}
			uint16_t f2 = fold2p[b][u[i + 1]];
			if (!f2)
				break;
			memcpy(out + i, &f2, 2);
			i += 2;
		}
		if (i == n1 && u[i] < 0x80) {
			out[i] = (char)fold_tab[u[i]];
			i++;
		}
		if (i == n) {
			out[n] = 0;
			return n;
		}
	}
	return fold_rest(s, n, out, cap, i);
}

/* td_text_translit from s[i], out[o] on: checks the room for each byte.
 * Kept out of line so that td_text_translit's fast path needs no stack
 * frame. */
static __attribute__((noinline)) size_t translit_rest(const char *s, size_t n, char *out, size_t cap, size_t i,
						       size_t o)
{
	while (i < n) {
		int l;
		uint32_t cp = decode(s + i, n - i, &l);
		i += (size_t)l;
		if (cp >= CACHE_MAX)
			continue;
		const char *t = tr_tab[cp];
		for (int k = 0; k < 4 && t[k]; k++) {
			if (o + 2 > cap)
				goto done;
			out[o++] = t[k];
		}
	}
done:
	out[o] = 0;
	return o;
}

/* td_text_translit on first use: builds the tables first. */
static __attribute__((noinline)) size_t translit_first(const char *s, size_t n, char *out, size_t cap)
{
	td_text_init();
	return td_text_translit(s, n, out, cap);
}

size_t td_text_translit(const char *s, size_t n, char *out, size_t cap)
{
	/* the first use builds the tables, out of line */
	if (!atomic_load_explicit(&built, memory_order_acquire))
		return translit_first(s, n, out, cap);
	if (cap == 0)
		return 0;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0;
	/* An ASCII byte gives one byte at most, a two-byte character four:
	 * with room for twice the input and two bytes more, ASCII and
	 * two-byte characters (nearly all words) need no check of the room,
	 * and each spelling is stored as four bytes (its NUL padding
	 * overwritten by what follows). */
	if (n < cap / 2) {
		/* A word's leading ASCII eight bytes at a time: lower case,
		 * unless a NUL (which gives nothing) is among them. */
		uint64_t w;
		while (i + 8 <= n) {
			memcpy(&w, u + i, 8);
			if ((w & 0x8080808080808080ull) || td__has_zero_byte(w))
				break;
			w = ascii_lower(w);
			memcpy(out + i, &w, 8);
			i += 8;
		}
		o = i;
		/* Up to the last byte, which starts no two-byte character. */
		while (i + 1 < n) {
			unsigned b = u[i];
			if (b < 0x80) {
				out[o] = tr_tab[b][0];
				o += b != 0;
				i++;
				continue;
			}
			unsigned l = tr2p_len[b - 0x80][u[i + 1]];
			if (!l)
				break;
			memcpy(out + o, &tr2p[b - 0x80][u[i + 1]], 4);
			o += l - 1;
			i += 2;
		}
		if (i + 1 == n && u[i] < 0x80) {
			out[o] = tr_tab[u[i]][0];
			o += u[i] != 0;
			i++;
		}
		if (i == n) {
			out[o] = 0;
			return o;
		}
	}
	return translit_rest(s, n, out, cap, i, o);
}

int td_text_is_upper_initial(const char *s, size_t n)
{
	ready();
	if (n == 0)
		return 0;
	int l;
	uint32_t cp = decode(s, n, &l);
	return (class_of(cp) & (C_LETTER | C_UPPER)) == (C_LETTER | C_UPPER);
}

/* ---- stems --------------------------------------------------------- */

static const struct {
	const char *lang, *algo;
} snowball[] = {
	{"en", "english"}, {"ru", "russian"}, {"de", "german"}, {"fr", "french"},
	{"es", "spanish"}, {"it", "italian"}, {"pt", "portuguese"}, {"nl", "dutch"},
	{"sv", "swedish"}, {"da", "danish"}, {"no", "norwegian"}, {"fi", "finnish"},
	{"hu", "hungarian"}, {"ro", "romanian"}, {"tr", "turkish"}, {"sr", "serbian"},
	{"hr", "serbian"}, {"bs", "serbian"}, {"lt", "lithuanian"}, {"el", "greek"},
	{"ca", "catalan"}, {"ar", "arabic"}, {"id", "indonesian"}, {"hy", "armenian"},
	{"eu", "basque"}, {"ga", "irish"}, {"hi", "hindi"}, {"ne", "nepali"}, {"ta", "tamil"},
};
#define NSNOW (sizeof(snowball) / sizeof(snowball[0]))

struct td_stemmer {
	struct sb_stemmer *sb[NSNOW];
	uint8_t tried[NSNOW];
	char last[8]; /* the language of the last call ... */
	int last_i;   /* ... and its Snowball entry, or -1 */
};

/* The Snowball entry for lang, or -1; the last answer is kept, since
 * calls come in runs of one language. */
static int snow_index(td_stemmer *st, const char *lang)
{
	/* A language code is two or three letters: compared inline, not
	 * by a call of strcmp. st->last is NUL-terminated within its size,
	 * and lang is not read past its NUL. */
	if (st->last[0])
		for (size_t k = 0; k < sizeof(st->last) && st->last[k] == lang[k]; k++)
			if (!lang[k])
				return st->last_i;
	int found = -1;
	for (size_t i = 0; i < NSNOW; i++)
		if (!strcmp(snowball[i].lang, lang)) {
			found = (int)i;
			break;
		}
	if (strlen(lang) < sizeof(st->last)) {
		strcpy(st->last, lang);
		st->last_i = found;
	}
	return found;
}

td_stemmer *td_stemmer_create(void)
{
	return calloc(1, sizeof(td_stemmer));
}

void td_stemmer_destroy(td_stemmer *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < NSNOW; i++)
		if (st->sb[i])
			sb_stemmer_delete(st->sb[i]);
	free(st);
}

/* Keeps the first k characters of a UTF-8 word. */
static size_t truncate_chars(const char *w, size_t n, size_t k)
{
	/* A character's bytes by the high four bits of its first byte:
	 * 1 below 0x80, 2 below 0xE0, 3 below 0xF0, else 4. */
	static const uint8_t step[16] = {1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 4};
	size_t i = 0, c = 0;
	for (; i < n && c < k; c++)
		i += step[(unsigned char)w[i] >> 4];
	return i > n ? n : i;
}

size_t td_stem(td_stemmer *st, const char *lang, const char *word, size_t n, char *out,
	       size_t cap)
{
	size_t len = n;
	const char *src = word;
	int i = lang && st ? snow_index(st, lang) : -1;
	if (i >= 0) {
		if (!st->tried[i]) {
			st->tried[i] = 1;
			st->sb[i] = sb_stemmer_new(snowball[i].algo, "UTF_8");
		}
		if (st->sb[i] && n < 256) {
			const sb_symbol *r = sb_stemmer_stem(st->sb[i], (const sb_symbol *)word, (int)n);
			if (r) {
				src = (const char *)r;
				len = (size_t)sb_stemmer_length(st->sb[i]);
			}
			goto copy;
		}
	}
	/* No Snowball stemmer: a 6-character prefix, which works well for
	 * the richly inflected Slavic languages. */
	len = truncate_chars(word, n, 6);
copy:
	if (len + 1 > cap)
		len = cap ? cap - 1 : 0;
	if (cap) {
		memcpy(out, src, len);
		out[len] = 0;
	}
	return len;
}

/* ---- sentences ----------------------------------------------------- */

static int is_abbrev(const char *text, size_t wstart, size_t wend)
{
	static const char *const ab[] = {
		"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co",
		"gen", "col", "lt", "sgt", "gov", "sen", "rep", "no", "nr", "art", "ul", "pl", "str",
		"tzv", "tj", "np", "itd", "ok", "mln", "mld", "tys", "г", "гг", "ул", "им", "т", "д",
		"др", "пр", "тыс", "млн", "млрд", "руб", "долл", "см", "ст", "проф", "акад", "в", "с",
		"напр", "т.е", "т.к", "сл", "ж", "обл", "р", "гр", "пл", "бул", "сп", NULL};
	size_t n = wend - wstart;
	char buf[32];
	if (n == 0 || n >= sizeof(buf))
		return 0;
	size_t fl = td_text_fold(text + wstart, n, buf, sizeof(buf));
	for (const char *const *a = ab; *a; a++)
		if ((*a)[0] == buf[0] && strlen(*a) == fl && memcmp(*a, buf, fl) == 0)
			return 1;
	/* A single letter: an initial ("A. Merkel"). */
	int l;
	td_utf8_decode(text + wstart, n, &l);
	return (size_t)l == n;
}

/* Whether the full stop at i (no space after it) ends a sentence glued
 * to the next: four lower-case letters before it (not part of an
 * address), one upper-case letter and then a lower-case one after it. */
static int glued_sentence(const char *text, size_t start, size_t i, size_t len)
{
	size_t p = i, nlow = 0;
	while (p > start && nlow < 4) {
		size_t q = p - 1;
		while (q > start && ((unsigned char)text[q] & 0xC0) == 0x80)
			q--;
		int l;
		uint8_t k = class_of(decode(text + q, p - q, &l));
		if (!(k & C_LETTER) || (k & C_UPPER))
			return 0;
		nlow++;
		p = q;
	}
	if (nlow < 4 || i + 1 >= len || (p > start && strchr("./@:", text[p - 1])))
		return 0;
	int l1, l2;
	uint8_t k1 = class_of(decode(text + i + 1, len - i - 1, &l1));
	if (!(k1 & C_LETTER) || !(k1 & C_UPPER) || i + 1 + (size_t)l1 >= len)
		return 0;
	uint8_t k2 = class_of(decode(text + i + 1 + l1, len - i - 1 - (size_t)l1, &l2));
	return (k2 & C_LETTER) && !(k2 & C_UPPER);
}

/* Bytes that may start a character ending a sentence. */
static const uint8_t sent_byte[256] = {['\n'] = 1, ['!'] = 1, ['?'] = 1, ['.'] = 1, [0xE2] = 1};

size_t td_sentences(const char *text, size_t len, td_span *out, size_t max)
{
	size_t n = 0, start = 0, i = 0;
	while (start < len && (unsigned char)text[start] <= ' ')
		start++;
	i = start;
	while (i < len && n < max) {
		/* Only a line break, ".", "!", "?" or a character starting with
		 * byte E2 ("…") can end a sentence; the bytes of the others,
		 * continuation bytes included, are passed over one by one. */
		while (i < len && !sent_byte[(unsigned char)text[i]])
			i++;
		if (i >= len)
			break;
		int l;
		uint32_t cp = decode(text + i, len - i, &l);
		int brk = 0;
		size_t end = i + (size_t)l;
		if (cp == '\n')
			brk = 1, end = i;
		else if (cp == '!' || cp == '?' || cp == 0x2026 || cp == '.') {
			/* Absorb repeated marks and closing quotes or brackets. */
			while (end < len && strchr(".!?\"')]\xC2\xBB", text[end]) && text[end])
				end++;
			if (end < len && (unsigned char)text[end] == 0xE2 && end + 2 < len &&
			    (unsigned char)text[end + 1] == 0x80 &&
			    ((unsigned char)text[end + 2] == 0x9D || (unsigned char)text[end + 2] == 0x99))
				end += 3;
			/* A full stop that lost its space between two words
			 * of letters ("в секунду.Температура"), crawled text's
			 * glitch: a word in lower case before, a capital after
			 * (not "U.S.", "т.е.", "www.Site"; glued_sentence()). */
			if (cp == '.' && end == i + 1 && end < len && text[end] != ' ' && glued_sentence(text, start, i, len))
				brk = 1, end = i + 1;
			else if (end >= len || text[end] == ' ' || text[end] == '\n' || text[end] == '\t') {
				brk = 1;
				if (cp == '.') {
					size_t ws = i;
					while (ws > start) {
						size_t p = ws - 1;
						while (p > start && ((unsigned char)text[p] & 0xC0) == 0x80)
							p--;
						int l2;
						uint32_t pc = td_utf8_decode(text + p, len - p, &l2);
						if (!(class_of(pc) & (C_LETTER | C_DIGIT)))
							break;
						ws = p;
					}
					if (ws < i && is_abbrev(text, ws, i))
						brk = 0;
				}
				/* After a full stop or an ellipsis, a next word in
				 * lower case goes on; after an ellipsis a number or a
				 * sign too: a range ("-18… -15°"), a pause ("и вот…
				 * они пришли"). */
				if (cp == '.' || cp == 0x2026) {
					size_t q = end;
					while (q < len && text[q] == ' ')
						q++;
					if (q < len && cp == 0x2026 &&
					    (text[q] == '-' || text[q] == '+' || (text[q] >= '0' && text[q] <= '9')))
						brk = 0;
					else if (q < len) {
						int l3;
						uint8_t k = class_of(decode(text + q, len - q, &l3));
						if ((k & C_LETTER) && !(k & C_UPPER))
							brk = 0;
					}
				}
			}
		}
		if (brk) {
			size_t e = end;
			while (e > start && (unsigned char)text[e - 1] <= ' ')
				e--;
			if (e > start) {
				out[n].start = (uint32_t)start;
				out[n].end = (uint32_t)e;
				n++;
			}
			i = cp == '\n' ? i + 1 : end;
			while (i < len && (unsigned char)text[i] <= ' ')
				i++;
			start = i;
			continue;
		}
		i += (size_t)l;
	}
	if (n < max && start < len) {
		size_t e = len;
		while (e > start && (unsigned char)text[e - 1] <= ' ')
			e--;
		if (e > start) {
			out[n].start = (uint32_t)start;
			out[n].end = (uint32_t)e;
			n++;
		}
	}
	return n;
}
