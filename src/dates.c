/* dates.c - publication date and the dates an article mentions, resolved against it.
 * One pass over a->text; words are folded on the stack and looked up in the cue table
 * (lex.c). Memory: the mention array in the arena (16 bytes a mention). */
#include "tidings/dates.h"

#include <string.h>
#include <time.h>

#include "dates_int.h"
#include "lex.h"
#include "tidings/error.h"
#include "tidings/text.h"

#define MAX_WORD 48
#define EN (1u << TD__L_EN)
#define HU (1u << TD__L_HU)
#define MAX_HITS 8

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* ---- small lexical helpers ------------------------------------------- */

/* Skips spaces, tabs and no-break spaces (not newlines). */
static size_t skip_sp(const char *s, size_t i, size_t n)
{
	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		else if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
			i += 2;
		else if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
			 ((unsigned char)s[i + 2] == 0xAF || (unsigned char)s[i + 2] == 0x89))
			i += 3; /* narrow no-break and thin space */
		else
			return i;
	}
}

/* Reads up to maxd digits at s[i]; returns the count (0 when none or
 * when more digits follow) and the value in *v. */
static int num_at(const char *s, size_t i, size_t n, int maxd, int *v)
{
	int k = 0, x = 0;
	while (i + (size_t)k < n && is_digit(s[i + (size_t)k])) {
		if (k == maxd)
			return 0;
		x = x * 10 + (s[i + (size_t)k] - '0');
		k++;
	}
	*v = x;
	return k;
}

static int alnum_before(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	unsigned char c = (unsigned char)s[i - 1];
	if (is_digit((char)c) || ((c | 32) >= 'a' && (c | 32) <= 'z'))
		return 1;
	if (c >= 0x80) {
		size_t b = i - 1;
		while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80 && i - b < 4)
			b--;
		return td__is_letter_at(s, b, i);
	}
	return 0;
}

typedef struct {
	const td__cue *buf[MAX_HITS];
	const td__cue *const *hit; /* n entries: buf, or the table's list */
	int n;
	size_t end;
	int cap; /* the word starts with a capital */
} word;

/* Looks the word at s[i] up, when the prefix filter (td__word_skip)
 * let it through; the returned word has n == 0 when it is not a cue.
 * French and Italian elisions ("l'année") are looked up without their
 * article. ws is what td__next_cue or td__word_skip learned of the word:
 * a short word is looked up by its key. */
static void lookup_word(const char *s, size_t i, size_t n, const td__wskip *ws, word *w)
{
	if ((w->n = td__cue_lookup_key(ws, &w->hit)) >= 0) {
		if (w->n > MAX_HITS)
			w->n = MAX_HITS;
		w->end = ws->end;
		w->cap = w->n ? td__is_upper_at(s, i, n) : 0;
		return;
	}
	w->hit = w->buf;
	char buf[MAX_WORD * 2];
	size_t fl;
	uint32_t h;
	w->n = 0;
	w->cap = 0;
	w->end = td__word_fold(s, i, n, buf, sizeof(buf), &fl, &h);
	if (!fl)
		return;
	if (fl > 2 && (buf[0] == 'l' || buf[0] == 'd') && buf[1] == '\'')
		w->n = td__cue_lookup(buf + 2, fl - 2, w->buf, MAX_HITS);
	else if (fl > 3 && buf[fl - 2] == '\'' && buf[fl - 1] == 's') {
		/* English possessive: "Friday's" */
		w->n = td__cue_lookup(buf, fl - 2, w->buf, MAX_HITS);
		if (w->n)
			w->end -= s[w->end - 2] == '\'' ? 2 : 4;
	} else
		w->n = td__cue_lookup_h(buf, fl, h, w->buf, MAX_HITS);
	w->cap = w->n ? td__is_upper_at(s, i, n) : 0;
}

/* Looks the word at s[i] up; the returned word has n == 0 when it is not
 * a cue. */
static void word_at(const char *s, size_t i, size_t n, word *w)
{
	int maybe;
	td__wskip ws;
	w->end = td__word_skip(s, i, n, &ws, &maybe);
	if (maybe) {
		lookup_word(s, i, n, &ws, w);
		return;
	}
	w->hit = w->buf;
	w->n = 0;
	w->cap = 0;
}

/* First entry of the given kind whose languages meet langs. */
static const td__cue *pick(const word *w, int kind, unsigned langs)
{
	for (int k = 0; k < w->n; k++)
		if (w->hit[k]->kind == kind && (w->hit[k]->langs & langs))
			return w->hit[k];
	return NULL;
}

/* A month word at s[i]: returns its entry (and the end past an
 * abbreviation's dot) or NULL. Abbreviations count only when allow_abbr. */
static const td__cue *month_at(const char *s, size_t i, size_t n, unsigned langs, int allow_abbr,
			       size_t *end)
{
	if (i >= n || (!td__is_letter_at(s, i, n)))
		return NULL;
	word w;
	word_at(s, i, n, &w);
	const td__cue *best = NULL;
	for (int k = 0; k < w.n; k++) {
		const td__cue *c = w.hit[k];
		if (c->kind != TD__K_MONTH || !(c->langs & langs))
			continue;
		if ((c->flags & TD__F_ABBR) && !allow_abbr)
			continue;
		if ((c->flags & TD__F_CAP) && !w.cap)
			continue;
		best = c;
		break;
	}
	if (!best)
		return NULL;
	*end = w.end;
	if ((best->flags & TD__F_ABBR) && w.end < n && s[w.end] == '.')
		*end = w.end + 1;
	return best;
}

static int valid_ymd(int y, int m, int d)
{
	return td_day_from_ymd(y ? y : 2000, m, d) != TD_NODATE;
}

/* A year (1000..2999) at s[i] not glued to more digits. */
static int year_at(const char *s, size_t i, size_t n, int *y)
{
	int v;
	if (num_at(s, i, n, 4, &v) != 4 || v < 1000 || v > 2999)
		return 0;
	if (i + 4 < n && (s[i + 4] == '%' || ((s[i + 4] == '.' || s[i + 4] == ',') && i + 5 < n &&
						is_digit(s[i + 5]))))
		return 0;
	*y = v;
	return 1;
}

/* Skips a year suffix ("г.", "года", "r.", "roku") after a year. */
static size_t year_suffix(const char *s, size_t i, size_t n, unsigned langs)
{
	/* Croatian writes the year as an ordinal: "2019. godine". */
	size_t j = skip_sp(s, i < n && s[i] == '.' ? i + 1 : i, n);
	if (j < n && td__is_letter_at(s, j, n)) {
		word w;
		word_at(s, j, n, &w);
		if (pick(&w, TD__K_YEARN, langs)) {
			size_t e = w.end;
			if (e < n && s[e] == '.' && e - j <= 3)
				e++;
			return e;
		}
	}
	return i;
}

/* ---- date expressions -------------------------------------------------- */

typedef struct {
	size_t end;
	int y1, m1, d1, y2, m2, d2; /* y 0: not written; d 0: month granularity */
} expr;

/* Ordinal suffixes after a day number: "25-го", "1st", "1er", "15.". */
static size_t day_suffix(const char *s, size_t j, size_t n)
{
	if (j < n && s[j] == '.')
		return j + 1;
	static const char *const suf[] = {"-го", "-е", "-ого", "st", "nd", "rd", "th", "er", "-ti", NULL};
	for (int k = 0; suf[k]; k++) {
		if (j >= n || s[j] != suf[k][0])
			continue; /* most numbers have none: no strlen, no memcmp */
		size_t l = strlen(suf[k]);
		if (j + l <= n && memcmp(s + j, suf[k], l) == 0 &&
		    (j + l == n || !td__is_letter_at(s, j + l, n)))
			return j + l;
	}
	return j;
}

/* Skips the little words between a day and a month ("de", "of"). */
static size_t link_word(const char *s, size_t j, size_t n)
{
	if (j + 3 <= n && (memcmp(s + j, "de ", 3) == 0))
		return skip_sp(s, j + 3, n);
	if (j + 3 <= n && (memcmp(s + j, "of ", 3) == 0))
		return skip_sp(s, j + 3, n);
	return j;
}

/* Optional year after a month: ", 2019", " 2019 г.", " de 2019". */
static size_t opt_year(const char *s, size_t j, size_t n, unsigned langs, int *y)
{
	size_t k = j;
	if (k < n && s[k] == ',')
		k++;
	k = skip_sp(s, k, n);
	k = link_word(s, k, n);
	int v;
	if (k < n && year_at(s, k, n, &v) && !(k + 4 < n && s[k + 4] == ':')) {
		*y = v;
		return year_suffix(s, k + 4, n, langs);
	}
	return j;
}

/* A day number (1-31, 1-2 digits) at s[i], with its suffix; returns the
 * end or 0. */
static size_t day_at_(const char *s, size_t i, size_t n, int *d, int ordinal_dot);

static size_t day_at(const char *s, size_t i, size_t n, int *d)
{
	return day_at_(s, i, n, d, 1);
}

/* ordinal_dot: a dot after the number is the ordinal mark ("15. ledna"),
 * not a full stop. */
static size_t day_at_(const char *s, size_t i, size_t n, int *d, int ordinal_dot)
{
	int v;
	int k = num_at(s, i, n, 2, &v);
	if (!k || v < 1 || v > 31)
		return 0;
	size_t j = i + (size_t)k;
	if (j < n && (s[j] == ':' || (s[j] == ',' && j + 1 < n && is_digit(s[j + 1]))))
		return 0;
	if (j + 1 < n && s[j] == '.' && is_digit(s[j + 1]))
		return 0;
	*d = v;
	if (!ordinal_dot && j < n && s[j] == '.')
		return j;
	return day_suffix(s, j, n);
}

/* Numeric dates: 2019-01-15, 15.01.2019, 15. 1. 2019, 15/01/2019. */
static int numeric_date(const char *s, size_t i, size_t n, int us, expr *e)
{
	int a, b, c;
	int ka = num_at(s, i, n, 4, &a);
	if (ka == 4 && i + 10 <= n && s[i + 4] == '-' && num_at(s, i + 5, n, 2, &b) == 2 &&
	    s[i + 7] == '-' && num_at(s, i + 8, n, 2, &c) == 2) {
		if (!valid_ymd(a, b, c) || a < 1000)
			return 0;
		e->y1 = a, e->m1 = b, e->d1 = c;
		e->end = i + 10;
		return 1;
	}
	if (ka < 1 || ka > 2)
		return 0;
	size_t j = i + (size_t)ka;
	char sep = j < n ? s[j] : 0;
	if (sep != '.' && sep != '/')
		return 0;
	j++;
	if (sep == '.')
		j = skip_sp(s, j, n);
	int kb = num_at(s, j, n, 2, &b);
	if (!kb)
		return 0;
	j += (size_t)kb;
	if (j >= n || s[j] != sep)
		return 0;
	j++;
	if (sep == '.')
		j = skip_sp(s, j, n);
	if (num_at(s, j, n, 4, &c) != 4 || c < 1000)
		return 0;
	j += 4;
	if (j + 1 < n && (s[j] == '.' || s[j] == '/') && is_digit(s[j + 1]))
		return 0;
	int d = a, m = b;
	/* Month first in English, and wherever the second number cannot be
	 * a month ("11/27/2005"). */
	if (sep == '/' && (us || b > 12) && b <= 31 && a <= 12)
		d = b, m = a;
	if (!valid_ymd(c, m, d))
		return 0;
	e->y1 = c, e->m1 = m, e->d1 = d;
	e->end = year_suffix(s, j, n, TD__L_ALL);
	return 1;
}

/* A word joining the two days of a range ("с 25 по 27 ноября", "vom 26.
 * bis 29. November", "from 5 to 7 May"); returns its length with the
 * space after it, or 0. */
static size_t range_word(const char *s, size_t i, size_t n)
{
	static const char *const w[] = {"до ", "по ", "bis ", "do ", "to ", "till ", "until ",
					"through ", "au ", "al ", NULL};
	for (int k = 0; w[k]; k++) {
		if (i >= n || s[i] != w[k][0])
			continue;
		size_t l = strlen(w[k]);
		if (i + l < n && memcmp(s + i, w[k], l) == 0 && is_digit(s[skip_sp(s, i + l, n)]))
			return l;
	}
	return 0;
}

/* "25 ноября", "25-27 ноября 2019", "30 ноября – 2 декабря", "15. ledna". */
static int day_month(const char *s, size_t i, size_t n, unsigned langs, expr *e)
{
	int d1, d2 = 0;
	size_t j = day_at(s, i, n, &d1);
	if (!j)
		return 0;
	size_t k = skip_sp(s, j, n);
	size_t dl = td__dash_len(s, k, n);
	if (!dl)
		dl = range_word(s, k, n);
	if (dl) {
		size_t k2 = skip_sp(s, k + dl, n);
		size_t j2 = day_at(s, k2, n, &d2);
		if (j2 && d2 > d1) {
			j = j2;
			k = skip_sp(s, j, n);
		} else
			d2 = 0;
	}
	if (k == j && !(j > i && s[j - 1] == '.'))
		return 0; /* "25ноября" is not written; "15.ledna" is */
	k = link_word(s, k, n);
	size_t me;
	const td__cue *m = month_at(s, k, n, langs, 1, &me);
	if (!m)
		return 0;
	if (!valid_ymd(0, m->val, d1) || (d2 && !valid_ymd(0, m->val, d2)))
		return 0;
	e->d1 = d1, e->m1 = m->val, e->y1 = 0;
	e->d2 = d2, e->m2 = d2 ? m->val : 0, e->y2 = 0;
	int y = 0;
	size_t end = opt_year(s, me, n, langs, &y);
	if (y) {
		e->y1 = y;
		if (d2)
			e->y2 = y;
		e->end = end;
		return 1;
	}
	e->end = me;
	if (d2)
		return 1;
	/* "30 ноября – 2 декабря [2019]" */
	size_t q = skip_sp(s, me, n);
	dl = td__dash_len(s, q, n);
	if (dl) {
		q = skip_sp(s, q + dl, n);
		int dd;
		size_t j3 = day_at(s, q, n, &dd);
		if (j3) {
			size_t q2 = link_word(s, skip_sp(s, j3, n), n);
			size_t me2;
			const td__cue *m2 = month_at(s, q2, n, langs, 1, &me2);
			if (m2 && valid_ymd(0, m2->val, dd)) {
				e->d2 = dd, e->m2 = m2->val;
				e->end = opt_year(s, me2, n, langs, &y);
				if (y) {
					e->y2 = y;
					e->y1 = m2->val >= e->m1 ? y : y - 1;
				}
			}
		}
	}
	return 1;
}

/* "January 15, 2019", "Nov 25", "December 2019" at a month word. With
 * need_day the month must be followed by a day. */
static int month_first(const char *s, size_t i, size_t n, unsigned langs, int need_day, expr *e)
{
	size_t me;
	const td__cue *m = month_at(s, i, n, langs, 1, &me);
	if (!m)
		return 0;
	size_t k = skip_sp(s, me, n);
	int d;
	/* The day after the month is English order ("November 25, 2019"). */
	size_t me_en;
	const td__cue *m_en = (langs & (EN | HU)) ? month_at(s, i, n, langs & (EN | HU), 1, &me_en) : NULL;
	size_t j = k > me && k < n && is_digit(s[k]) && m_en ? day_at_(s, k, n, &d, 0) : 0;
	if (j)
		m = m_en;
	if (j && valid_ymd(0, m->val, d)) {
		int y = 0;
		size_t end = opt_year(s, j, n, langs, &y);
		e->m1 = m->val, e->d1 = d, e->y1 = y;
		e->end = end;
		return 1;
	}
	if (need_day || (m->flags & TD__F_ABBR))
		return 0;
	int y;
	if (k > me && year_at(s, k, n, &y)) {
		e->m1 = m->val, e->d1 = 0, e->y1 = y;
		e->end = year_suffix(s, k + 4, n, langs);
		return 1;
	}
	return 0;
}

size_t td__date_parse(const char *s, size_t n, unsigned langs, int *y, int *m, int *d)
{
	expr e;
	memset(&e, 0, sizeof(e));
	if (n == 0)
		return 0;
	if (is_digit(s[0])) {
		if (!numeric_date(s, 0, n, 0, &e) && !day_month(s, 0, n, langs, &e))
			return 0;
	} else if (!month_first(s, 0, n, langs, 1, &e))
		return 0;
	*y = e.y1, *m = e.m1, *d = e.d1;
	return e.end;
}

size_t td__time_parse(const char *s, size_t n)
{
	int h, mi;
	int k = num_at(s, 0, n, 2, &h);
	if (!k || (size_t)k >= n || (s[k] != ':' && s[k] != '.') || h > 23)
		return 0;
	size_t j = (size_t)k + 1;
	if (num_at(s, j, n, 2, &mi) != 2 || mi > 59)
		return 0;
	j += 2;
	if (j + 2 < n && s[j] == ':' && num_at(s, j + 1, n, 2, &mi) == 2)
		j += 3;
	if (j < n && is_digit(s[j]))
		return 0;
	if (s[k] == '.') {
		/* "11.30" is a time only when marked as one ("11.30 ч", "h"). */
		size_t q = skip_sp(s, j, n);
		if (q + 1 < n && (s[q] == 'h' || memcmp(s + q, "ч", 2) == 0))
			return q + (s[q] == 'h' ? 1 : 2);
		return 0;
	}
	return j;
}

/* ---- resolution ---------------------------------------------------------- */

/* Year of month m (day d, 0 for the whole month) closest to pub. */
static int nearest_year(td_day pub, int m, int d)
{
	int py, pm, pd;
	td_day_to_ymd(pub, &py, &pm, &pd);
	int best = py;
	long bestdist = -1;
	for (int y = py - 1; y <= py + 1; y++) {
		td_day a = td_day_from_ymd(y, m, d ? d : 1);
		if (a == TD_NODATE)
			continue;
		long dist;
		if (d)
			dist = a > pub ? a - pub : pub - a;
		else {
			td_day b = td_day_from_ymd(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
			dist = pub < a ? a - pub : pub > b ? pub - b : 0;
		}
		if (bestdist < 0 || dist < bestdist) {
			bestdist = dist;
			best = y;
		}
	}
	return best;
}

static td_day month_last(int y, int m)
{
	return td_day_from_ymd(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - 1;
}

/* ---- the scanner ------------------------------------------------------- */

typedef struct {
	const char *s;
	size_t n;
	unsigned langs;
	int us; /* m/d/y order for slashed dates */
	td_day pub;
	td_arena *ar;
	td_date_mention *v;
	size_t nv, cap;
	int oom;
	/* The previous cue word, when only spaces separate it from here. */
	int prev_kind;
	size_t prev_start, prev_end;
	size_t prev2_start; /* start of the cue before it ("в прошлом") */
	int prev2_kind;
} scan;

static void add(scan *sc, size_t start, size_t end, td_day first, td_day last, int gran, int rel)
{
	if (first == TD_NODATE || last == TD_NODATE || last < first)
		return;
	if (sc->nv == sc->cap) {
		size_t nc = sc->cap ? sc->cap * 2 : 8;
		td_date_mention *nv = td_arena_alloc(sc->ar, nc * sizeof(*nv));
		if (!nv) {
			sc->oom = 1;
			return;
		}
		if (sc->nv)
			memcpy(nv, sc->v, sc->nv * sizeof(*nv));
		sc->v = nv;
		sc->cap = nc;
	}
	td_date_mention *m = &sc->v[sc->nv++];
	m->first = first;
	m->last = last;
	m->start = (uint32_t)start;
	m->end = (uint32_t)end;
	m->granularity = (uint8_t)gran;
	m->relative = (uint8_t)rel;
	m->yearless = 0;
}

/* Emits a parsed expression; yearless ones take the year nearest to the
 * publication date. When that is unknown a yearless day is kept as such
 * (in TD_YEARLESS: two reports that name different days of the year are
 * of different days), a yearless month is dropped. */
static void emit_expr(scan *sc, size_t start, const expr *e)
{
	int y1 = e->y1, y2 = e->y2;
	if (!y1) {
		if (sc->pub == TD_NODATE) {
			if (!e->d1 || (e->d2 && e->m2 < e->m1))
				return;
			size_t n0 = sc->nv;
			add(sc, start, e->end, td_day_from_ymd(TD_YEARLESS, e->m1, e->d1),
			    td_day_from_ymd(TD_YEARLESS, e->d2 ? e->m2 : e->m1, e->d2 ? e->d2 : e->d1), 0, 0);
			if (sc->nv > n0)
				sc->v[n0].yearless = 1;
			return;
		}
		y1 = nearest_year(sc->pub, e->m1, e->d1);
	}
	if (e->d1 == 0) {
		td_day a = td_day_from_ymd(y1, e->m1, 1);
		add(sc, start, e->end, a, month_last(y1, e->m1), 1, 0);
		return;
	}
	td_day a = td_day_from_ymd(y1, e->m1, e->d1), b = a;
	if (e->d2) {
		if (!y2)
			y2 = e->m2 < e->m1 ? y1 + 1 : y1;
		b = td_day_from_ymd(y2, e->m2, e->d2);
	}
	add(sc, start, e->end, a, b, 0, 0);
}

static void emit_year(scan *sc, size_t start, size_t end, int y1, int y2, int rel)
{
	add(sc, start, end, td_day_from_ymd(y1, 1, 1), td_day_from_ymd(y2, 12, 31), 2, rel);
}

/* Digits at s[i]: numeric dates, day-month dates, years. Returns the
 * position to continue from. */
static size_t at_digits(scan *sc, size_t i)
{
	const char *s = sc->s;
	size_t n = sc->n;
	expr e;
	memset(&e, 0, sizeof(e));
	int prev_cue = sc->prev_kind == TD__K_CUE && skip_sp(s, sc->prev_end, n) == i;
	size_t start = i;
	/* English month names are read in any language ("on 15 May"). */
	if (numeric_date(s, i, n, sc->us, &e) || day_month(s, i, n, sc->langs | EN, &e)) {
		emit_expr(sc, start, &e);
		return e.end;
	}
	int y;
	/* Hungarian writes the year first: "2025. március 12." */
	if ((sc->langs & HU) && year_at(s, i, n, &y) && i + 5 < n && s[i + 4] == '.') {
		size_t k = skip_sp(s, i + 5, n), me, j;
		const td__cue *m = k > i + 5 ? month_at(s, k, n, HU, 1, &me) : NULL;
		int d;
		if (m && (j = day_at_(s, skip_sp(s, me, n), n, &d, 1)) && skip_sp(s, me, n) > me &&
		    valid_ymd(y, m->val, d)) {
			e.y1 = y, e.m1 = m->val, e.d1 = d;
			e.end = j;
			emit_expr(sc, start, &e);
			return j;
		}
		if (m) {
			e.y1 = y, e.m1 = m->val;
			e.end = me;
			emit_expr(sc, start, &e);
			return me;
		}
	}
	if (year_at(s, i, n, &y) && y >= 1900 && y <= 2100) {
		size_t j = i + 4;
		int y2 = y;
		size_t dl = td__dash_len(s, j, n);
		int y2v;
		if (dl && year_at(s, j + dl, n, &y2v) && y2v > y && y2v <= 2100) {
			y2 = y2v;
			j += dl + 4;
		} else if (dl && j + dl + 2 <= n && num_at(s, j + dl, n, 2, &y2v) == 2 &&
			   y2v > y % 100) {
			y2 = y - y % 100 + y2v; /* "2018-19" */
			j += dl + 2;
		}
		size_t suf = year_suffix(s, j, n, sc->langs);
		int paren = i > 0 && s[i - 1] == '(' && j < n && s[j] == ')';
		if (prev_cue || suf > j || paren) {
			emit_year(sc, i, suf, y, y2, 0);
			return suf;
		}
	}
	/* Skip the whole numeric token so "1.15.2019x" is not re-read. */
	size_t j = i;
	while (j < n && (is_digit(s[j]) || ((s[j] == '.' || s[j] == ',' || s[j] == ':' || s[j] == '/') &&
					     j + 1 < n && is_digit(s[j + 1]))))
		j++;
	return j;
}

static td_day weekday_day(td_day pub, int wd, int kind)
{
	/* 1970-01-01 was a Thursday (index 3 with Monday 0). */
	int pw = (int)(((pub % 7) + 7 + 3) % 7);
	int back = (pw - wd + 7) % 7; /* days since the last such weekday */
	if (kind == TD__K_LAST)
		return pub - (back ? back : 7);
	if (kind == TD__K_NEXT) {
		int fwd = (wd - pw + 7) % 7;
		return pub + (fwd ? fwd : 7);
	}
	if (kind == TD__K_THIS) {
		int fwd = (wd - pw + 7) % 7;
		return pub + fwd;
	}
	return pub - back;
}

/* A qualifier written after its noun ("lundi dernier", "el año pasado"). */
static int post_qualifier(scan *sc, size_t j, size_t *end)
{
	size_t k = skip_sp(sc->s, j, sc->n);
	if (k == j || k >= sc->n || !td__is_letter_at(sc->s, k, sc->n))
		return 0;
	word w;
	word_at(sc->s, k, sc->n, &w);
	for (int t = 0; t < w.n; t++) {
		const td__cue *c = w.hit[t];
		if ((c->flags & TD__F_POST) && (c->langs & sc->langs)) {
			*end = w.end;
			return c->kind;
		}
	}
	return 0;
}

/* Non-zero when the word before s[i] is "la", "esta", "por" or "de"
 * ("por la mañana" is the morning, not tomorrow). */
static int after_article(const char *s, size_t i)
{
	static const char *const w[] = {"la ", "esta ", "por ", "de ", "La ", "Esta ", NULL};
	for (int k = 0; w[k]; k++) {
		size_t l = strlen(w[k]);
		if (i >= l && memcmp(s + i - l, w[k], l) == 0 && (i == l || !td__is_letter_at(s, i - l - 1, i)))
			return 1;
	}
	return 0;
}

/* A word at s[i] that td__next_cue stopped at (ws); returns where to
 * continue. */
static size_t at_word(scan *sc, size_t i, const td__wskip *ws)
{
	const char *s = sc->s;
	size_t n = sc->n;
	word w;
	lookup_word(s, i, n, ws, &w);
	size_t next = w.end > i ? w.end : i + 1;
	int adjacent = sc->prev_kind && skip_sp(s, sc->prev_end, n) == i;
	int pk = adjacent ? sc->prev_kind : 0;
	size_t pstart = sc->prev_start;
	if (!w.n) {
		sc->prev_kind = 0;
		return next;
	}
	const td__cue *c;
	td_day pub = sc->pub;
	/* The kinds the word has in the article's languages (and English),
	 * so that most words, prepositions, are not searched for each kind;
	 * and the kind to remember when it is a preposition or a qualifier
	 * for the next word. */
	unsigned kinds = 0;
	int kind = 0;
	for (int k = 0; k < w.n; k++) {
		const td__cue *h = w.hit[k];
		if (h->langs & (sc->langs | EN))
			kinds |= 1u << h->kind;
		if (!kind && (h->langs & sc->langs) &&
		    (h->kind == TD__K_CUE || ((h->kind == TD__K_LAST || h->kind == TD__K_NEXT ||
					       h->kind == TD__K_THIS) && !(h->flags & TD__F_POST))))
			kind = h->kind;
	}
#define HAS(kind) (kinds & (1u << (kind)))
	/* Months: "January 15, 2019", "December 2019", "в декабре". */
	if (HAS(TD__K_MONTH) && (c = pick(&w, TD__K_MONTH, sc->langs | EN))) {
		expr e;
		memset(&e, 0, sizeof(e));
		if (month_first(s, i, n, sc->langs | EN, 0, &e)) {
			emit_expr(sc, i, &e);
			sc->prev_kind = 0;
			return e.end;
		}
		const td__cue *full = NULL;
		for (int k = 0; k < w.n; k++)
			if (w.hit[k]->kind == TD__K_MONTH && (w.hit[k]->langs & sc->langs) &&
			    !(w.hit[k]->flags & TD__F_ABBR) && (!(w.hit[k]->flags & TD__F_CAP) || w.cap)) {
				full = w.hit[k];
				break;
			}
		/* A month alone needs a preposition, and a capital letter in a
		 * language that writes months in lower case is a name ("Мая"). */
		int lower_lang = !(full && (full->langs & ((1u << TD__L_EN) | (1u << TD__L_DE) |
							   (1u << TD__L_TR) | (1u << TD__L_EL))));
		if (full && (pk == TD__K_CUE || pk == TD__K_LAST || pk == TD__K_NEXT || pk == TD__K_THIS) &&
		    !(w.cap && lower_lang) && pub != TD_NODATE) {
			int y, pm, pd;
			td_day_to_ymd(pub, &y, &pm, &pd);
			size_t st = i;
			if (pk == TD__K_LAST || pk == TD__K_NEXT || pk == TD__K_THIS) {
				st = pstart;
				if (pk == TD__K_LAST)
					y = full->val < pm ? y : y - 1;
				else if (pk == TD__K_NEXT)
					y = full->val > pm ? y : y + 1;
			} else
				y = nearest_year(pub, full->val, 0);
			add(sc, st, w.end, td_day_from_ymd(y, full->val, 1), month_last(y, full->val), 1,
			    pk != TD__K_CUE);
			sc->prev_kind = 0;
			return w.end;
		}
	}
	if (HAS(TD__K_WDAY) && (c = pick(&w, TD__K_WDAY, sc->langs)) && pub != TD_NODATE) {
		unsigned free_langs = (1u << TD__L_EN) | (1u << TD__L_DE) | (1u << TD__L_FR) |
				      (1u << TD__L_ES) | (1u << TD__L_IT) | (1u << TD__L_PT) |
				      (1u << TD__L_NL) | HU;
		size_t pe;
		int post = post_qualifier(sc, w.end, &pe);
		int qual = post ? post : (pk == TD__K_LAST || pk == TD__K_NEXT || pk == TD__K_THIS) ? pk : 0;
		/* "the Sunday Times": a bare weekday before a capitalised word
		 * is part of a name. */
		int name = 0;
		if (!qual && pk != TD__K_CUE) {
			size_t k = skip_sp(s, w.end, n);
			name = k > w.end && k < n && td__is_upper_at(s, k, n);
		}
		if (!name && (qual || pk == TD__K_CUE || (c->langs & free_langs))) {
			if (c->langs & ((1u << TD__L_EN) | (1u << TD__L_DE)) && !w.cap) {
				sc->prev_kind = 0;
				return next;
			}
			td_day d = weekday_day(pub, c->val, qual);
			size_t st = qual && !post ? pstart : i;
			size_t en = post ? pe : w.end;
			add(sc, st, en, d, d, 0, 1);
			sc->prev_kind = 0;
			return en;
		}
	}
	if (HAS(TD__K_REL) && (c = pick(&w, TD__K_REL, sc->langs)) && pub != TD_NODATE) {
		int skip = 0;
		/* "Morgen" is the morning, "la mañana" too. */
		if ((c->langs & (1u << TD__L_DE)) && w.cap)
			skip = 1;
		if ((c->langs & (1u << TD__L_ES)) && c->val == 9 && after_article(s, i))
			skip = 1;
		if (!skip) {
			td_day d = pub + (c->val - 8);
			add(sc, i, w.end, d, d, 0, 1);
			sc->prev_kind = 0;
			return w.end;
		}
	}
	if (HAS(TD__K_RELYEAR) && (c = pick(&w, TD__K_RELYEAR, sc->langs)) && pub != TD_NODATE) {
		int y, pm, pd;
		td_day_to_ymd(pub, &y, &pm, &pd);
		emit_year(sc, i, w.end, y + c->val - 8, y + c->val - 8, 1);
		sc->prev_kind = 0;
		return w.end;
	}
	if ((HAS(TD__K_YEARN) || HAS(TD__K_MONTHN)) &&
	    (pick(&w, TD__K_YEARN, sc->langs) || pick(&w, TD__K_MONTHN, sc->langs)) && pub != TD_NODATE) {
		size_t pe = w.end;
		int post = post_qualifier(sc, w.end, &pe);
		int qual = post ? post : (pk == TD__K_LAST || pk == TD__K_NEXT || pk == TD__K_THIS) ? pk : 0;
		if (qual) {
			int y, pm, pd;
			td_day_to_ymd(pub, &y, &pm, &pd);
			int off = qual == TD__K_LAST ? -1 : qual == TD__K_NEXT ? 1 : 0;
			size_t st = post ? i : pstart;
			if (pick(&w, TD__K_YEARN, sc->langs))
				emit_year(sc, st, pe, y + off, y + off, 1);
			else {
				int m = pm + off, yy = y;
				if (m < 1)
					m = 12, yy--;
				if (m > 12)
					m = 1, yy++;
				add(sc, st, pe, td_day_from_ymd(yy, m, 1), month_last(yy, m), 1, 1);
			}
			sc->prev_kind = 0;
			return pe;
		}
	}
	/* Remember prepositions and qualifiers for the next word. */
	if (kind) {
		/* "в прошлом году": the qualifier's own start is kept, a
		 * preposition before it is not part of the mention. */
		sc->prev_kind = kind;
		sc->prev_start = i;
		sc->prev_end = w.end;
	} else
		sc->prev_kind = 0;
	return next;
}
#undef HAS

static void run_scan(scan *sc)
{
	const char *s = sc->s;
	size_t n = sc->n, i = 0;
	for (;;) {
		/* Most words are no cue: td__next_cue skips them without
		 * folding. */
		td__wskip ws;
		int broke = 0;
		i = td__next_cue(s, i, n, &ws, &broke);
		if (broke)
			sc->prev_kind = 0;
		if (i >= n)
			break;
		if (!is_digit(s[i])) {
			i = at_word(sc, i, &ws);
			continue;
		}
		if (alnum_before(s, i)) {
			while (i < n && is_digit(s[i]))
				i++;
			continue;
		}
		i = at_digits(sc, i);
		sc->prev_kind = 0;
	}
}

/* ---- publication date -------------------------------------------------- */

/* A time zone after a clock time: "AM", "p.m.", "PDT", "GMT+05:00",
 * "(GMT+05:00)", "(UTC)": its end, or i. */
size_t td__zone_end(const char *s, size_t i, size_t e)
{
	for (int part = 0; part < 3; part++) {
		size_t j = i;
		while (j < e && s[j] == ' ')
			j++;
		int paren = j < e && s[j] == '(';
		size_t k = j + paren;
		if (k + 3 < e && ((s[k] | 32) == 'a' || (s[k] | 32) == 'p') && s[k + 1] == '.' &&
		    (s[k + 2] | 32) == 'm' && s[k + 3] == '.')
			k += 4; /* "a.m." */
		else {
			/* AM, PM and the zones news write, not any capitals
			 * ("20:05 HRT:" names a broadcaster). */
			static const char *const zones[] = {
				"AM", "PM", "GMT", "UTC", "CET", "CEST", "EET", "EEST", "WET", "WEST", "BST",
				"MSK", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "HST",
				"AEST", "AEDT", "JST", "KST", "SGT", "HKT", "IST", "ET", "PT", "CT", "MT"};
			size_t u = k;
			while (u < e && s[u] >= 'A' && s[u] <= 'Z')
				u++;
			if (u < e && ((s[u] | 32) >= 'a' && (s[u] | 32) <= 'z'))
				break;
			size_t z = 0;
			while (z < sizeof(zones) / sizeof(zones[0]) &&
			       !(strlen(zones[z]) == u - k && !memcmp(zones[z], s + k, u - k)))
				z++;
			if (z == sizeof(zones) / sizeof(zones[0]))
				break;
			k = u;
			/* "+05:00", "-3" */
			if (k + 1 < e && (s[k] == '+' || s[k] == '-') && is_digit(s[k + 1])) {
				k++;
				while (k < e && (is_digit(s[k]) || s[k] == ':'))
					k++;
			}
		}
		if (paren) {
			if (k >= e || s[k] != ')')
				break;
			k++;
		}
		i = k;
	}
	return i;
}

static int stamp_sp(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Words that introduce a page's time stamp ("Published: ...",
 * "Обновлено ..."), folded. */
static const char *const k_stamp_words[] = {
	"last updated", "last modified", "posted", "published", "updated", "modified", "опубликовано",
	"обновлено", "дата публикации", "опубліковано", "оновлено", "публикувано", "обновено",
	"publikováno", "aktualizováno", "publikované", "aktualizované", "opublikowano", "zaktualizowano",
	"aktualizacja", "objavljeno", "ažurirano", "posodobljeno", "veröffentlicht", "aktualisiert",
	"publié le", "publié", "mis à jour le", "mis à jour", "publicado", "actualizado", "pubblicato",
	"aggiornato", "gepubliceerd", "bijgewerkt", NULL};

size_t td__skip_stamp_word(const char *s, size_t b, size_t e)
{
	size_t i = b;
	while (i < e && (stamp_sp(s[i]) || s[i] == '|' || s[i] == ',' || s[i] == '-'))
		i++;
	char f[64];
	for (int k = 0; k_stamp_words[k]; k++) {
		size_t l = strlen(k_stamp_words[k]);
		if (i + l > e || (i + l < e && !stamp_sp(s[i + l]) && s[i + l] != ':'))
			continue;
		if (td__fold(s + i, l, f, sizeof(f)) != l || memcmp(f, k_stamp_words[k], l))
			continue;
		size_t j = i + l;
		while (j < e && (stamp_sp(s[j]) || s[j] == ':'))
			j++;
		if (j + 3 <= e && (!memcmp(s + j, "on ", 3) || !memcmp(s + j, "at ", 3)))
			j += 3; /* "Posted on ...", "Last updated at 11:11 GMT" */
		return j;
	}
	return b;
}

/* A full date (with a year) at the start of s, after clock times and
 * separators: "19.03.2018 11:33 : ...", "05 ноября 2020 21:40 ...". */
static td_day stamp_date(const char *s, size_t n, int us)
{
	size_t i = 0;
	for (int guard = 0; guard < 6 && i < n; guard++) {
		while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '|' || s[i] == ':' || s[i] == '-'))
			i++;
		/* "Published: April 23, 2013", "Last updated 16 September 2013" */
		i = td__skip_stamp_word(s, i, n);
		if (i >= n || !(is_digit(s[i]) || td__is_letter_at(s, i, n)))
			break;
		int y, m, d;
		size_t l = td__date_parse(s + i, n - i, TD__L_ALL, &y, &m, &d);
		/* "8/2/2013" in English is August 2. */
		if (l && y && us && is_digit(s[i]) && memchr(s + i, '/', l) && d <= 12) {
			int t = m;
			m = d;
			d = t;
		}
		if (l && y)
			return td_day_from_ymd(y, m, d);
		size_t t = td__time_parse(s + i, n - i);
		if (!t)
			break;
		i = td__zone_end(s, i + t, n);
	}
	return TD_NODATE;
}

/* Year of a dateline without one ("Москва. 11 ноября."), in an article
 * with no publication date: only a day-precise date written in full in
 * the text with the same month and day gives it (the dateline's day
 * named again with its year). Any other year of the text (a plan for
 * "январе 2020 года", a recalled "2019 году") says nothing of the year
 * the dateline was written in, so the year stays unknown: 0. */
static int dateline_year(const scan *sc, int m, int d)
{
	int found = 0;
	for (size_t k = 0; k < sc->nv; k++) {
		const td_date_mention *v = &sc->v[k];
		if (v->relative || v->yearless || v->granularity != 0 || v->first != v->last)
			continue;
		int y, mm, dd;
		td_day_to_ymd(v->first, &y, &mm, &dd);
		if (mm != m || dd != d)
			continue;
		if (found && found != y)
			return 0;
		found = y;
	}
	return found;
}

/* Whether d can be the day an article was published: not after
 * tomorrow (UTC; zones run up to 14 hours ahead), not before 1900, and
 * none of the days a zero stands for: 1970-01-01 (a zero Unix time),
 * 1900-01-01 (spreadsheets' and SQL Server's zero). A feed that stamps
 * an item 9999-12-31 or 0001-01-01 (.NET's extremes) or a year that is
 * a typo (2052 for 2025) would otherwise make every other report of
 * the batch look old, and its story lie outside every other's time. */
static td_day credible(td_day d, td_day tomorrow)
{
	return d != TD_NODATE && d > -25567 && d != 0 && d <= tomorrow ? d : TD_NODATE;
}

/* Whether the words just before text offset at say the date that follows
 * is a birth or a founding ("Donald Trump se narodil 14. června 1946",
 * "(* 14. jún 1946", "powstała 1 lipca 1967"): a profile's date, not the
 * day the page was written. The verbs' stems in the languages the month
 * tables cover, matched in the folded text. */
static int birth_before(const char *text, size_t at)
{
	static const char *const cue[] = {
	    "born",   "founded", "родил",  "основан", "народив", "заснован", "роден",   "urodzi",
	    "powsta", "założon", "rodil",  "rojen",   "založen", "ustanov",  "rođen",   "osnovan",
	    "geboren", "gegründet", "né le", "née le", "fondé",  "nacid",    "fundad",  "nato il",
	    "nata il", "fondat",  "nascid",
	};
	size_t from = at > 48 ? at - 48 : 0;
	while (from < at && ((unsigned char)text[from] & 0xC0) == 0x80)
		from++;
	char low[160];
	size_t n = td_text_fold(text + from, at - from, low, sizeof(low) - 1);
	low[n] = 0;
	/* Only the last few words count: "born" a sentence earlier does not. */
	const char *tail = low;
	for (size_t i = 0, w = 0; i < n; i++)
		if (low[n - 1 - i] == ' ' && ++w == 4) {
			tail = low + n - i;
			break;
		}
	if (strchr(tail, '*'))
		return 1;
	for (size_t k = 0; k < sizeof(cue) / sizeof(*cue); k++)
		if (strstr(tail, cue[k]))
			return 1;
	return 0;
}

int td_dates_article(td_article *a, td_arena *ar)
{
	time_t now = time(NULL);
	td_day tomorrow = (td_day)(now / 86400) + 1;
	a->date = credible(a->meta_date, tomorrow);
	a->date_source = a->date != TD_NODATE ? a->meta_date_source : TD_DATE_NONE;
	a->dates = NULL;
	a->ndates = 0;
	td__cue_init();
	unsigned lb = td__lang_bit(a->lang);
	scan sc;
	memset(&sc, 0, sizeof(sc));
	sc.s = a->text ? a->text : "";
	sc.n = a->text ? a->text_len : 0;
	sc.langs = lb ? lb : TD__L_ALL;
	if (lb & ((1u << TD__L_EN)))
		sc.us = 1;
	sc.ar = ar;
	sc.pub = a->date;
	if (sc.pub == TD_NODATE) {
		/* Absolute dates first, then the dateline or a stamp in the
		 * headline, then a date near the start of the text. */
		run_scan(&sc);
		if (sc.oom)
			return TD_ERR_NOMEM;
		td_day pub = TD_NODATE;
		td_date_source src = TD_DATE_NONE;
		int dl_day = 0; /* the dateline names a day, perhaps without a year */
		if (a->dateline_date) {
			int y, m, d;
			size_t dl = strlen(a->dateline_date);
			if (td__date_parse(a->dateline_date, dl, TD__L_ALL, &y, &m, &d)) {
				dl_day = 1;
				if (!y)
					y = dateline_year(&sc, m, d);
				if (y && (pub = credible(td_day_from_ymd(y, m, d), tomorrow)) != TD_NODATE)
					src = TD_DATE_DATELINE;
			}
		}
		const char *heads[2] = {a->raw_title, a->first_line};
		for (int h = 0; h < 2 && pub == TD_NODATE; h++)
			if (heads[h] &&
			    (pub = credible(stamp_date(heads[h], strlen(heads[h]), sc.us), tomorrow)) != TD_NODATE)
				src = TD_DATE_TEXT;
		if (pub == TD_NODATE && a->raw_body &&
		    (pub = credible(stamp_date(a->raw_body, a->raw_body_len < 200 ? a->raw_body_len : 200, sc.us),
				    tomorrow)) != TD_NODATE)
			src = TD_DATE_TEXT;
		/* A day the text names near its start stands in for the date,
		 * unless the dateline names another day ("MADRID, 12 mar
		 * (EFE) ... empezarán el 1 de junio de 2024"). */
		for (size_t k = 0; k < sc.nv && pub == TD_NODATE && !dl_day; k++)
			if (sc.v[k].start < 400 && sc.v[k].granularity == 0 && !sc.v[k].yearless &&
			    sc.v[k].first == sc.v[k].last && credible(sc.v[k].first, tomorrow) != TD_NODATE &&
			    !birth_before(sc.s, sc.v[k].start)) {
				pub = sc.v[k].first;
				src = TD_DATE_TEXT;
			}
		if (pub == TD_NODATE) {
			a->dates = sc.v;
			a->ndates = sc.nv;
			return 0;
		}
		a->date = pub;
		a->date_source = src;
		sc.nv = 0;
		sc.prev_kind = 0;
		sc.pub = pub;
	}
	run_scan(&sc);
	if (sc.oom)
		return TD_ERR_NOMEM;
	a->dates = sc.v;
	a->ndates = sc.nv;
	return 0;
}

const char *td_date_source_name(td_date_source s)
{
	switch (s) {
	case TD_DATE_PREFIX: return "prefix";
	case TD_DATE_META: return "meta";
	case TD_DATE_DATELINE: return "dateline";
	case TD_DATE_TEXT: return "text";
	default: return "none";
	}
}
