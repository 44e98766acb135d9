/* clean.c - headline choice, body cleaning (chrome, promo lines, credits, bylines) and datelines.
 * One pass over the body's lines; short lines are folded on the stack for phrase tests, long
 * lines are only scanned for inline markers (':', '©', "Fot."). Memory: the cleaned body and
 * text (about twice the body) plus a few short strings, all in the arena. */
#include "tidings/clean.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "dates_int.h"
#include "lex.h"
#include "swar.h"
#include "tidings/error.h"

#define FOLD_MAX 512   /* lines up to this size are folded for phrase tests */
#define TITLE_MAX 200  /* a longer headline is cut at a sentence or a word */
#define LEAD_MAX 320

typedef struct {
	size_t b, e;
} span;

/* ---- phrase lists (folded, matched at a line start or before ':') ------ */

/* Promotion of other pages, subscriptions, adverts. */
static const char *const k_promo[] = {
	"читайте также", "читайте нас", "читайте", "читать также", "читать далее", "смотрите также",
	"смотреть сюжет", "смотрите", "новости по теме", "по теме", "подписывайтесь", "подпишитесь",
	"реклама", "читайте також", "читати також", "дивіться також", "по темі", "підписуйтесь",
	"прочетете още", "прочетете също", "още по темата", "вижте още", "вижте също", "четете още",
	"последвайте ни", "абонирайте се", "czytaj też", "czytaj także", "czytaj więcej",
	"czytaj również", "zobacz też", "zobacz także", "zobacz również", "zobacz wideo",
	"przeczytaj też", "przeczytaj także", "przeczytaj również", "polecamy", "reklama",
	"obserwuj nas", "subskrybuj", "čtěte také", "čtěte též", "přečtěte si také",
	"přečtěte si též", "přečtěte si", "související", "sledujte nás", "mohlo by vás zajímat",
	"čítajte tiež", "čítajte aj", "prečítajte si tiež", "prečítajte si", "súvisiace",
	"preberite tudi", "preberite še", "preberite več", "več o tem", "oglas", "naročite se",
	"pročitajte i", "pročitajte još", "pročitajte više", "vezane vijesti", "povezano",
	"pratite nas", "pretplatite se", "read also", "read more", "see also", "related articles",
	"related", "advertisement", "subscribe", "sign up", "follow us", "share this article",
	"click here", "recommended", "lesen sie auch", "lesen sie mehr", "mehr zum thema",
	"weiterlesen", "anzeige", "werbung", "abonnieren sie", "folgen sie uns", "auch interessant",
	"lire aussi", "à lire aussi", "lire la suite", "voir aussi", "publicité", "abonnez-vous",
	"suivez-nous", "sur le même sujet", "lea también", "lee también", "leer más", "ver también",
	"publicidad", "suscríbete", "síguenos", "te puede interesar",
	/* Page furniture: reading time, listening. */
	"reading time", "время чтения", "время прочтения", "час читання", "час прочитання",
	"време за четене", "czas czytania", "čas čtení", "doba čtení", "čas čítania", "čas branja",
	"vrijeme čitanja", "lesezeit", "temps de lecture", "tiempo de lectura", "listen to this article",
	"слушать статью", "прослушать статью", "послухати статтю", NULL};

/* Bylines, sources and tag lists: dropped when they make a short line. */
static const char *const k_byline[] = {
	"автор", "авторы", "текст", "редактор", "превод и редакция", "превод", "источник", "джерело",
	"източник", "теги", "тэги", "ключевые слова", "ключові слова", "етикети", "автори",
	"author", "authors", "autor", "autorka", "autorzy", "autoři", "written by", "reporter",
	"źródło", "zdroj", "izvor", "vir", "source", "quelle", "fuente", "tags", "tagi", "štítky",
	"značky", "oznake", "schlagwörter", "etiquetas", "mots-clés", "keywords", "piše", "пише",
	"opracowanie", "oprac", "редакция", NULL};

/* Copyright, reuse terms, cookie notices and newsletters, found anywhere
 * in a short line. */
static const char *const k_footer[] = {
	"все права защищены", "всички права запазени", "усі права захищено", "всі права захищені",
	"all rights reserved", "wszelkie prawa zastrzeżone", "všechna práva vyhrazena",
	"všetky práva vyhradené", "vse pravice pridržane", "sva prava pridržana",
	"alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
	"использование материалов", "використання матеріалів", "при цитировании",
	"при використанні", "при перепечатке", "позоваването на", "забранява се възпроизвеждането",
	"cookie", "бисквитк", "ciasteczk", "piškotk", "kolačić", "newsletter", "рассылк", "розсилк",
	"бюлетин", NULL};

/* ---- small helpers ----------------------------------------------------- */

static int is_sp(char c)
{
	return c == ' ' || c == '\t';
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static span trim(const char *s, size_t b, size_t e)
{
	for (;;) {
		if (b < e && ((unsigned char)s[b] <= ' '))
			b++;
		else if (b + 1 < e && (unsigned char)s[b] == 0xC2 && (unsigned char)s[b + 1] == 0xA0)
			b += 2;
		else
			break;
	}
	for (;;) {
		if (e > b && (unsigned char)s[e - 1] <= ' ')
			e--;
		else if (e >= b + 2 && (unsigned char)s[e - 2] == 0xC2 && (unsigned char)s[e - 1] == 0xA0)
			e -= 2;
		else
			break;
	}
	return (span){b, e};
}

/* Does folded text f (length fl) start with phrase p followed by a
 * non-letter? Returns the phrase length or 0. */
static size_t starts_phrase(const char *f, size_t fl, const char *p)
{
	if (!fl || p[0] != f[0])
		return 0;
	size_t l = strlen(p);
	if (l > fl || memcmp(f, p, l) != 0)
		return 0;
	if (l < fl && td__is_letter_at(f, l, fl))
		return 0;
	return l;
}

static size_t match_list(const char *f, size_t fl, const char *const *list)
{
	for (int k = 0; list[k]; k++) {
		size_t l = starts_phrase(f, fl, list[k]);
		if (l)
			return l;
	}
	return 0;
}

/* The footer phrases by their first two bytes: a bit per pair, so that
 * one pass over a line finds where a phrase may start (a memmem per
 * phrase scanned a line some thirty times). */
#define N_FOOTER (sizeof(k_footer) / sizeof(k_footer[0]) - 1)
static uint8_t footer_pairs[65536 / 8];
static uint16_t footer_key[N_FOOTER];
static uint8_t footer_len[N_FOOTER];
static pthread_once_t footer_once = PTHREAD_ONCE_INIT;

static unsigned pair_key(const char *s)
{
	return (unsigned)(unsigned char)s[0] << 8 | (unsigned char)s[1];
}

static void build_footer(void)
{
	for (size_t k = 0; k < N_FOOTER; k++) {
		size_t l = strlen(k_footer[k]);
		/* Every phrase has two bytes at least. */
		footer_key[k] = (uint16_t)pair_key(k_footer[k]);
		footer_len[k] = (uint8_t)(l < 255 ? l : 255);
		footer_pairs[footer_key[k] >> 3] |= (uint8_t)(1u << (footer_key[k] & 7));
	}
}

/* Whether folded f contains one of the footer phrases. */
static int contains_footer(const char *f, size_t fl)
{
	pthread_once(&footer_once, build_footer);
	for (size_t i = 0; i + 1 < fl; i++) {
		unsigned key = pair_key(f + i);
		if (!((footer_pairs[key >> 3] >> (key & 7)) & 1))
			continue;
		for (size_t k = 0; k < N_FOOTER; k++)
			if (footer_key[k] == key && footer_len[k] <= fl - i &&
			    !memcmp(f + i, k_footer[k], footer_len[k]))
				return 1;
	}
	return 0;
}

/* Folds s[b..e) into buf; returns the folded length (0 if too long). */
static size_t fold_span(const char *s, size_t b, size_t e, char *buf, size_t cap)
{
	return e - b <= cap / 2 ? td__fold(s + b, e - b, buf, cap) : 0;
}

static int word_count(const char *s, size_t b, size_t e)
{
	int n = 0, in = 0;
	for (size_t i = b; i < e; i++) {
		if (is_sp(s[i]))
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

static int has_letter(const char *s, size_t b, size_t e)
{
	for (size_t i = b; i < e; i++)
		if ((unsigned char)s[i] >= 0xC0 || ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
			if (td__is_letter_at(s, i, e))
				return 1;
	return 0;
}

/* All letters of the word s[b..e) are upper case and there are two or more. */
static int all_caps(const char *s, size_t b, size_t e)
{
	int letters = 0;
	for (size_t i = b; i < e; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((c & 0xC0) == 0x80)
			continue;
		if (c < 0x80 && !(((c | 32) >= 'a' && (c | 32) <= 'z')))
			continue;
		if (!td__is_letter_at(s, i, e))
			continue;
		if (!td__is_upper_at(s, i, e))
			return 0;
		letters++;
	}
	return letters >= 2;
}

static int word_kind(const char *s, size_t b, size_t e, int kind)
{
	const td__cue *h[8];
	size_t we = td__word_end(s, b, e);
	if (we == b)
		return 0;
	int n = td__cue_lookup_word(s + b, we - b, h, 8);
	for (int k = 0; k < n; k++)
		if (h[k]->kind == kind)
			return 1;
	return 0;
}

/* A news or photo agency name ("Reuters", "ТАСС"). */
static int is_agency(const char *s, size_t b, size_t e)
{
	return word_kind(s, b, e, TD__K_AGENCY);
}

/* A domain name ("aksam.com.tr", "Novinky.cz"). */
static int domain_like(const char *s, size_t b, size_t e)
{
	while (e > b && (s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == ')'))
		e--;
	size_t dot = 0;
	for (size_t i = b; i < e; i++) {
		if (s[i] == '.')
			dot = i;
		else if (is_sp(s[i]))
			return 0;
	}
	if (!dot || dot == b || e - dot - 1 < 2 || e - dot - 1 > 6)
		return 0;
	for (size_t i = dot + 1; i < e; i++)
		if (!((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z'))
			return 0;
	return 1;
}

/* ---- stamps: dates and times at the start of a line ------------------- */

/* A word joining a date and its time ("March 14, 2013 at 11:51"). */
static size_t time_link(const char *s, size_t j, size_t e)
{
	static const char *const links[] = {"at ", "@ ", "à ", "um ", "в ", "о ", "o ", "u ", "v ", "w ", "ob "};
	for (size_t k = 0; k < sizeof(links) / sizeof(links[0]); k++) {
		size_t l = strlen(links[k]);
		if (j + l < e && !memcmp(s + j, links[k], l) && td__time_parse(s + j + l, e - j - l))
			return l;
	}
	return 0;
}

/* Skips dates and clock times at s[b..e) ("19.03.2018 11:33 :", "20:47",
 * "05 ноября 2020 21:40"). A date written with a month name counts only
 * when a time or a separator follows it, so "15 ноября 2018 года в
 * Москве..." keeps its date. Returns the new start. */
static size_t skip_stamps(const char *s, size_t b, size_t e)
{
	size_t i = b;
	for (int guard = 0; guard < 6; guard++) {
		size_t j = i;
		while (j < e && (is_sp(s[j]) || s[j] == '|' || s[j] == ',' || s[j] == ':'))
			j++;
		if (j >= e)
			return e;
		if (i > b)
			j += time_link(s, j, e);
		int y, m, d;
		size_t t = td__time_parse(s + j, e - j);
		if (!t && s[j] == 'T' && j + 1 < e && (t = td__time_parse(s + j + 1, e - j - 1)))
			t++; /* the time part of an ISO stamp */
		if (t) {
			i = j + t;
			if (i < e && s[i] == 'Z')
				i++;
			else if (i + 5 < e && (s[i] == '+' || s[i] == '-') && td__time_parse(s + i + 1, e - i - 1))
				i += 1 + td__time_parse(s + i + 1, e - i - 1);
			i = td__zone_end(s, i, e);
			continue;
		}
		/* A date with a year, by numbers or with a month's name first
		 * ("March 14, 2013"). */
		size_t l = is_digit(s[j]) || td__is_upper_at(s, j, e)
				   ? td__date_parse(s + j, e - j, TD__L_ALL, &y, &m, &d)
				   : 0;
		if (!l || !y)
			break;
		size_t k = j + l;
		while (k < e && (is_sp(s[k]) || s[k] == ','))
			k++;
		int numeric = !td__is_letter_at(s, j + 2 < e ? j + 2 : j, e) &&
			      (s[j + 1] == '.' || s[j + 2] == '.' || s[j + 4] == '-');
		if (!(numeric || k >= e || td__time_parse(s + k, e - k) || s[k] == '|' || s[k] == ':' ||
		      td__dash_len(s, k, e) || time_link(s, k, e) || td__skip_stamp_word(s, k, e) > k))
			break;
		i = j + l;
	}
	while (i < e && (is_sp(s[i]) || s[i] == '|' || s[i] == ':' || s[i] == ',' || s[i] == '.'))
		i++;
	size_t dl = td__dash_len(s, i, e);
	if (dl && i > b && i + dl < e && is_sp(s[i + dl]))
		i += dl;
	while (i < e && is_sp(s[i]))
		i++;
	return i;
}

/* Drops a date or clock time ending a headline ("... brexit 10.05.2018"). */
static size_t strip_tail_stamp(const char *s, size_t b, size_t e)
{
	/* Word by word from the end: a zone or AM/PM after a time, the
	 * time, a date ("11/27/2005 7:21 AM"); a zone only with a date
	 * ("Talks resume at 10:00 GMT" keeps its time). */
	size_t orig = e;
	int zone = 0, date = 0;
	for (int guard = 0; guard < 4; guard++) {
		size_t k = e;
		while (k > b && !is_sp(s[k - 1]))
			k--;
		if (k <= b)
			break;
		int y, m, d;
		int stamp = 0;
		if (is_digit(s[k])) {
			size_t l = td__date_parse(s + k, e - k, TD__L_ALL, &y, &m, &d);
			stamp = (l == e - k && y) || td__time_parse(s + k, e - k) == e - k;
			date |= l == e - k && y;
		} else if (guard == 0 && td__zone_end(s, k, e) == e) {
			/* Only before a time. */
			size_t t = k;
			while (t > b && is_sp(s[t - 1]))
				t--;
			size_t ts = t;
			while (ts > b && !is_sp(s[ts - 1]))
				ts--;
			stamp = zone = ts < t && is_digit(s[ts]) && td__time_parse(s + ts, t - ts) == t - ts;
		}
		if (!stamp)
			break;
		while (k > b && (is_sp(s[k - 1]) || s[k - 1] == '|' || s[k - 1] == ','))
			k--;
		e = k;
	}
	return zone && !date ? orig : e;
}

/* A name alone: one to four words, each capitalised, no sentence
 * punctuation ("Иван Петров", "Deница КИТАНОВА"). */
static int name_like(const char *s, size_t b, size_t e)
{
	if (e <= b || e - b > 60)
		return 0;
	int words = 0;
	size_t i = b;
	while (i < e) {
		while (i < e && is_sp(s[i]))
			i++;
		if (i >= e)
			break;
		if (!td__is_letter_at(s, i, e) || !td__is_upper_at(s, i, e))
			return 0;
		size_t we = td__word_end(s, i, e);
		if (we < e && s[we] == '.')
			we++;
		if (we < e && !is_sp(s[we]))
			return 0;
		words++;
		i = we;
	}
	return words >= 1 && words <= 4;
}

/* ---- credits ----------------------------------------------------------- */

/* The credit after a photo marker: agency names, tokens with '/', all-caps
 * words, domains, and capitalised names that lead to one of these
 * ("Gleb Garanich/Reuters", "EPA/PAUL MCERLANE/PAP", "flickr.com, CC BY").
 * Returns the end of the credit, at most 160 bytes on. */
static size_t credit_end(const char *s, size_t i, size_t e)
{
	size_t end = i, lim = i + 160 < e ? i + 160 : e;
	size_t p = i;
	int pending = 0; /* capitalised words waiting for a credit token */
	while (p < lim) {
		while (p < lim && is_sp(s[p]))
			p++;
		if (p >= lim)
			break;
		size_t q = p;
		while (q < lim && !is_sp(s[q]))
			q++;
		int stop_after = q > p && s[q - 1] == '.' && q - p > 1 && !domain_like(s, p, q);
		int credit = 0;
		if (s[p] == '|' || s[p] == '/' || s[p] == ',' || s[p] == '&')
			credit = 1;
		else if (memchr(s + p, '/', q - p) || all_caps(s, p, q) || domain_like(s, p, q) ||
			 is_agency(s, p, q) || word_kind(s, p, q, TD__K_CREDIT))
			credit = 1;
		if (credit) {
			end = q;
			pending = 0;
			if (stop_after)
				break;
			/* "PAP/Jacek Turczyk": a first name after the slash takes
			 * its surname along. */
			size_t sl = q;
			while (sl > p && s[sl - 1] != '/')
				sl--;
			if (sl > p && sl < q && td__is_upper_at(s, sl, q) && !all_caps(s, sl, q) &&
			    !is_agency(s, sl, q)) {
				size_t r = q;
				while (r < lim && is_sp(s[r]))
					r++;
				if (r < lim && td__is_upper_at(s, r, lim)) {
					size_t r2 = r;
					while (r2 < lim && !is_sp(s[r2]))
						r2++;
					end = r2;
					if (s[r2 - 1] == '.')
						break;
					q = r2;
				}
			}
			p = q;
			continue;
		}
		if (td__is_letter_at(s, p, lim) && td__is_upper_at(s, p, lim) && pending < 3 &&
		    !stop_after) {
			pending++;
			if (s[q - 1] == ',' || s[q - 1] == ')') {
				end = q; /* "Adrees Latif,", "(Fot: Dan Kitwood)" */
				pending = 0;
				if (s[q - 1] == ')')
					break;
			}
			p = q;
			continue;
		}
		break;
	}
	/* Names that end the line are the credit: "Фото: Иван Иванов". */
	if (pending && p >= e)
		end = e;
	return end;
}

/* Is the folded word before position p (s[b..p), p at ':' or '.')
 * a photo marker? Returns its start or (size_t)-1. */
static size_t credit_marker_before(const char *s, size_t b, size_t p)
{
	size_t q = p;
	while (q > b && is_sp(s[q - 1]))
		q--;
	size_t w = q;
	while (w > b && !is_sp(s[w - 1]) && s[w - 1] != '|')
		w--;
	if (w == q || q - w > 24)
		return (size_t)-1;
	const td__cue *h[8];
	int n = td__cue_lookup_word(s + w, q - w, h, 8);
	for (int k = 0; k < n; k++)
		if (h[k]->kind == TD__K_CREDIT)
			return w;
	return (size_t)-1;
}

/* ---- promo markers before ':' ----------------------------------------- */

/* The promo phrase ending at q (before ':'), as its start, or (size_t)-1. */
static size_t promo_before(const char *s, size_t b, size_t q)
{
	while (q > b && is_sp(s[q - 1]))
		q--;
	/* Up to four words back. */
	size_t starts[4];
	int ns = 0;
	size_t w = q;
	while (ns < 4 && w > b) {
		size_t x = w;
		while (x > b && is_sp(s[x - 1]))
			x--;
		size_t y = x;
		while (y > b && !is_sp(s[y - 1]))
			y--;
		if (y == x)
			break;
		starts[ns++] = y;
		w = y;
	}
	for (int k = 0; k < ns; k++) {
		char buf[128];
		size_t fl = fold_span(s, starts[k], q, buf, sizeof(buf));
		if (!fl)
			continue;
		for (int t = 0; k_promo[t]; t++)
			if (k_promo[t][0] == buf[0] && strlen(k_promo[t]) == fl &&
			    memcmp(buf, k_promo[t], fl) == 0)
				return starts[k];
	}
	return (size_t)-1;
}

/* End of a linked headline after a promo marker: the next sentence end
 * (". X") within 200 bytes, else the line end when it is near, else
 * nothing but the marker. */
static size_t linked_end(const char *s, size_t i, size_t e)
{
	size_t lim = i + 200;
	for (size_t p = i; p < e && p < lim; p++) {
		if ((s[p] == '.' || s[p] == '!' || s[p] == '?') && p + 1 < e && is_sp(s[p + 1]))
			return p + 1;
	}
	return e <= lim ? e : i;
}

/* ---- datelines --------------------------------------------------------- */

typedef struct {
	span place, agency, date;
	size_t end; /* where the text resumes */
} dateline;

/* An agency at s[i..e): "(Reuters)", "/ТАСС/", "[AP]", or up to four
 * capitalised words closed by '.' or a dash ("РИА Новости.", "УНН.",
 * "INTERFAX.RU -"). Sets *a to the name and returns the end past the
 * closing mark, or 0. */
static size_t agency_at(const char *s, size_t i, size_t e, span *a)
{
	if (i >= e)
		return 0;
	char open = s[i];
	if (open == '(' || open == '/' || open == '[') {
		char close = open == '(' ? ')' : open == '[' ? ']' : '/';
		size_t lim = i + 48 < e ? i + 48 : e;
		for (size_t p = i + 1; p < lim; p++)
			if (s[p] == close) {
				if (p == i + 1 || !(td__is_upper_at(s, i + 1, e) || is_agency(s, i + 1, p)))
					return 0;
				*a = (span){i + 1, p};
				return p + 1;
			}
		return 0;
	}
	size_t p = i;
	int words = 0;
	while (p < e && words < 4) {
		if (!td__is_letter_at(s, p, e) || !td__is_upper_at(s, p, e))
			return 0;
		size_t q = p;
		while (q < e && !is_sp(s[q]))
			q++;
		size_t we = q;
		while (we > p && (s[we - 1] == '.' || s[we - 1] == ','))
			we--;
		words++;
		if (q > p && s[q - 1] == '.' && q < e) {
			*a = (span){i, we};
			return q;
		}
		size_t r = q;
		while (r < e && is_sp(s[r]))
			r++;
		size_t dl = td__dash_len(s, r, e);
		if (dl && r > q) {
			*a = (span){i, q};
			return r + dl;
		}
		p = r;
	}
	return 0;
}

/* An opening quote at s[i]: " « „ “. */
static int opening_quote(const char *s, size_t i, size_t e)
{
	const unsigned char *u = (const unsigned char *)s;
	if (s[i] == '"')
		return 1;
	if (i + 1 < e && u[i] == 0xC2 && u[i + 1] == 0xAB)
		return 1;
	return i + 2 < e && u[i] == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0x9E || u[i + 2] == 0x9C);
}

/* A date word ("Вчера", "Monday", "March"): not a place. */
static int date_word(const char *s, size_t b, size_t e)
{
	const td__cue *h[8];
	int n = td__cue_lookup_word(s + b, e - b, h, 8);
	for (int k = 0; k < n; k++)
		if (h[k]->kind == TD__K_REL || h[k]->kind == TD__K_WDAY || h[k]->kind == TD__K_MONTH)
			return 1;
	return 0;
}

/* After a dateline's place and its comma, the region and the agency as
 * American wires write them: one to three capitalised words (an
 * abbreviation's full stop allowed: "Calif.") and the agency in
 * brackets ("KYIV, Ukraine (AP) —", "CUPERTINO, Calif. (Reuters) -").
 * Sets *a and returns the end past the agency, or 0. */
static size_t region_agency(const char *s, size_t j, size_t e, span *a)
{
	for (int words = 0; words < 3 && j < e && td__is_letter_at(s, j, e) && td__is_upper_at(s, j, e);
	     words++) {
		size_t we = td__word_end(s, j, e);
		if (we < e && s[we] == '.')
			we++;
		if (!(we + 1 < e && s[we] == ' '))
			return 0;
		if (s[we + 1] == '(' || s[we + 1] == '[') {
			/* A known agency, or a dash after it ("Hello, World
			 * (Remastered) is a song" is no dateline). */
			size_t ae = agency_at(s, we + 1, e, a), k = ae;
			while (k && k < e && is_sp(s[k]))
				k++;
			if (!ae || !(is_agency(s, a->b, a->e) || td__dash_len(s, k, e))) {
				*a = (span){0, 0};
				return 0;
			}
			return ae;
		}
		j = we + 1;
	}
	return 0;
}

/* Reads a dateline at the start of s[b..e). Returns 1 and fills dl. */
static int parse_dateline(const char *s, size_t b, size_t e, dateline *dl)
{
	memset(dl, 0, sizeof(*dl));
	size_t i = b;
	/* The place: one to three capitalised words. */
	int words = 0, caps = 1;
	size_t pe = b;
	while (words < 3 && i < e && td__is_letter_at(s, i, e) && td__is_upper_at(s, i, e)) {
		size_t we = td__word_end(s, i, e);
		if (we - i > 40 || date_word(s, i, we))
			return 0;
		if (!all_caps(s, i, we))
			caps = 0;
		words++;
		pe = we;
		if (we < e && s[we] == ' ' && we + 1 < e && td__is_letter_at(s, we + 1, e) &&
		    td__is_upper_at(s, we + 1, e) && !is_agency(s, we + 1, e) &&
		    !(we + 2 < e && s[we + 1] != '(' && all_caps(s, we + 1, td__word_end(s, we + 1, e)) &&
		      !caps)) {
			i = we + 1;
			continue;
		}
		break;
	}
	if (!words)
		return 0;
	if (words == 1 && is_agency(s, b, pe) && (caps || pe - b <= 12)) {
		/* An agency without a place: "REGNUM Власти...", "УНН. Посол..." */
		size_t k = pe;
		if (k < e && (s[k] == '.' || s[k] == ':'))
			k++;
		if (!(k < e && is_sp(s[k])))
			return 0;
		while (k < e && is_sp(s[k]))
			k++;
		size_t dsh = td__dash_len(s, k, e);
		if (dsh)
			k += dsh;
		while (k < e && is_sp(s[k]))
			k++;
		if (!(k < e && (td__is_upper_at(s, k, e) || opening_quote(s, k, e))))
			return 0;
		dl->agency = (span){b, pe};
		dl->end = k;
		return 1;
	}
	dl->place = (span){b, pe};
	i = pe;
	size_t j, ra;
	int y, m, d;
	/* "МОСКВА, 25 ноя", "КИЕВ. 8 ноября.", "KYIV, Nov 25" */
	if (i + 1 < e && (s[i] == ',' || s[i] == '.') && is_sp(s[i + 1])) {
		j = i + 2;
		size_t l = td__date_parse(s + j, e - j, TD__L_ALL, &y, &m, &d);
		if (l) {
			dl->date = (span){j, j + l};
			j += l;
			while (j < e && (s[j] == ',' || is_sp(s[j])))
				j++;
			size_t t = td__time_parse(s + j, e - j);
			if (t)
				j += t;
			size_t k = j;
			while (k < e && is_sp(s[k]))
				k++;
			size_t dsh = td__dash_len(s, k, e);
			if (dsh) {
				k += dsh;
				while (k < e && is_sp(s[k]))
					k++;
				size_t ae = agency_at(s, k, e, &dl->agency);
				dl->end = ae ? ae : k;
			} else if (k < e && s[k] == '.') {
				k++;
				while (k < e && is_sp(s[k]))
					k++;
				size_t ae = agency_at(s, k, e, &dl->agency);
				dl->end = ae ? ae : k;
			} else if (k < e && (s[k] == '(' || s[k] == '/' || s[k] == '[')) {
				size_t ae = agency_at(s, k, e, &dl->agency);
				if (!ae)
					return 0;
				dl->end = ae;
			} else if (k > j || k == j) {
				/* "МОСКВА, 30 июл ПРАЙМ. ", "Лондон, 8 февруари Джордж" */
				size_t ae = k < e && td__is_upper_at(s, k, e) ? agency_at(s, k, e, &dl->agency)
									     : 0;
				if (ae && dl->agency.e - dl->agency.b <= 24 && word_count(s, dl->agency.b, dl->agency.e) <= 2)
					dl->end = ae;
				else if (k < e && (td__is_upper_at(s, k, e) || opening_quote(s, k, e))) {
					dl->agency = (span){0, 0};
					dl->end = k;
				} else
					return 0;
			}
		} else if ((ra = region_agency(s, j, e, &dl->agency)) != 0) {
			/* "KYIV, Ukraine (AP) —", "CUPERTINO, Calif. (Reuters) -" */
			dl->end = ra;
		} else if (caps && words <= 3 && pe - b >= 6) {
			/* "ЛОНДОН. Премьер..." */
			if (!(j < e && td__is_upper_at(s, j, e)))
				return 0;
			dl->end = j;
		} else
			return 0;
	} else if (i + 1 < e && is_sp(s[i]) && (s[i + 1] == '(' || s[i + 1] == '/' || s[i + 1] == '[')) {
		/* "LONDON (Reuters) -", "Berlin (dpa) -"; not "Хайко Мас
		 * (Heiko Maas) отверг". */
		size_t ae = agency_at(s, i + 1, e, &dl->agency);
		if (!ae)
			return 0;
		size_t k = ae;
		while (k < e && is_sp(s[k]))
			k++;
		if (!is_agency(s, dl->agency.b, dl->agency.e) && !td__dash_len(s, k, e) &&
		    !(caps && all_caps(s, dl->agency.b, td__word_end(s, dl->agency.b, dl->agency.e))))
			return 0;
		dl->end = ae;
	} else if (i + 1 < e && is_sp(s[i]) && td__dash_len(s, i + 1, e) && (caps || words == 1)) {
		/* "WASHINGTON — ", ČTK's "Praha - " */
		size_t k = i + 1 + td__dash_len(s, i + 1, e);
		if (!(k < e && is_sp(s[k])))
			return 0;
		while (k < e && is_sp(s[k]))
			k++;
		if (!(k < e && (td__is_upper_at(s, k, e) || opening_quote(s, k, e))))
			return 0;
		dl->end = k;
	} else if (caps && i + 1 < e && is_sp(s[i]) && is_agency(s, i + 1, e)) {
		/* "PRAHA Reuters Americká..." */
		size_t we = td__word_end(s, i + 1, e);
		dl->agency = (span){i + 1, we};
		dl->end = we;
	} else
		return 0;
	/* Separators after the dateline. */
	size_t k = dl->end;
	for (;;) {
		while (k < e && (is_sp(s[k]) || s[k] == '.' || s[k] == ':' || s[k] == ','))
			k++;
		size_t dsh = td__dash_len(s, k, e);
		if (dsh && k + dsh < e && is_sp(s[k + dsh]))
			k += dsh;
		else
			break;
	}
	if (k >= e)
		return 0;
	dl->end = k;
	return 1;
}

/* ---- headline ---------------------------------------------------------- */

/* Removes a site name after " | ", " :: " or a domain after a dash;
 * returns the kept span. */
static span strip_site(const char *s, span t, const char *outlet)
{
	/* '|' and '::' separate the headline from the site name and
	 * section: keep the first part unless it is one word or less than
	 * half the longest part. */
	size_t best_b = t.b, best_e = t.e, seg = t.b;
	size_t first_b = 0, first_e = 0;
	int parts = 0;
	for (size_t i = t.b; i <= t.e; i++) {
		int sep = 0;
		if (i == t.e)
			sep = 1;
		else if (i + 2 < t.e && s[i] == ' ' && s[i + 1] == '|' && s[i + 2] == ' ')
			sep = 3;
		else if (i + 3 < t.e && s[i] == ' ' && s[i + 1] == ':' && s[i + 2] == ':' && s[i + 3] == ' ')
			sep = 4;
		if (!sep)
			continue;
		span p = trim(s, seg, i);
		if (!parts) {
			first_b = p.b;
			first_e = p.e;
		}
		if (!parts || p.e - p.b > best_e - best_b) {
			best_b = p.b;
			best_e = p.e;
		}
		parts++;
		seg = i + (size_t)sep;
		if (i == t.e)
			break;
		i += (size_t)sep - 1;
	}
	if (parts > 1 && word_count(s, first_b, first_e) >= 2) {
		best_b = first_b;
		best_e = first_e;
	}
	t = (span){best_b, best_e};
	/* "Headline - 112.ua", "Headline — Outlet" */
	for (size_t i = t.e; i > t.b + 1; i--) {
		size_t dl = td__dash_len(s, i, t.e);
		if (!dl || !is_sp(s[i - 1]) || i + dl >= t.e || !is_sp(s[i + dl]))
			continue;
		span tail = trim(s, i + dl, t.e);
		int drop = domain_like(s, tail.b, tail.e);
		if (!drop && outlet) {
			size_t ol = strlen(outlet);
			drop = ol == tail.e - tail.b && strncasecmp(outlet, s + tail.b, ol) == 0;
		}
		if (drop)
			t = trim(s, t.b, i);
		break;
	}
	return t;
}

/* Drops separators left at the end: "Headline - ", "Headline |". */
static span trim_seps(const char *s, span t)
{
	for (;;) {
		while (t.e > t.b && (is_sp(s[t.e - 1]) || s[t.e - 1] == '|' || s[t.e - 1] == '-' ||
				     s[t.e - 1] == ':'))
			t.e--;
		if (t.e >= t.b + 3 && (unsigned char)s[t.e - 3] == 0xE2 && (unsigned char)s[t.e - 2] == 0x80 &&
		    ((unsigned char)s[t.e - 1] == 0x93 || (unsigned char)s[t.e - 1] == 0x94))
			t.e -= 3;
		else
			return t;
	}
}

/* A tag in brackets at either end of a headline, in capitals: an
 * outlet's code or the kind of page ("(OF) Тереза Мей ...", "... (ВИДЕО)",
 * "(SNÍMKY)"). At most 16 bytes inside. */
static span strip_tags(const char *s, span t)
{
	if (t.e - t.b > 4 && s[t.b] == '(') {
		const char *q = memchr(s + t.b, ')', t.e - t.b);
		size_t c = q ? (size_t)(q - s) : t.e;
		if (q && c - t.b - 1 <= 16 && c > t.b + 1 && all_caps(s, t.b + 1, c) && c + 1 < t.e &&
		    s[c + 1] == ' ')
			t.b = c + 2;
	}
	if (t.e - t.b > 4 && s[t.e - 1] == ')') {
		size_t o = t.e - 1;
		while (o > t.b && s[o] != '(')
			o--;
		if (s[o] == '(' && o > t.b && s[o - 1] == ' ' && t.e - o - 2 <= 16 && t.e - o > 2 &&
		    all_caps(s, o + 1, t.e - 1))
			t.e = o - 1;
	}
	return t;
}

/* Cleans a headline candidate; returns an empty span when it is chrome: a
 * bare date, a byline ("05 ноября 2020 21:40 Name Surname"), a breadcrumb
 * ("Home > News > World"), a site name or a domain. */
static span clean_title(const char *s, size_t n, const char *outlet, int declared)
{
	span t = trim(s, 0, n);
	size_t st = skip_stamps(s, t.b, t.e);
	/* "Published: April 23, 2013 9:39 AM", "Posted: ... ET Last
	 * Updated: ...": a stamp's word counts only with the stamp. */
	for (int r = 0; r < 4; r++) {
		size_t w = td__skip_stamp_word(s, st, t.e);
		size_t x = w > st ? skip_stamps(s, w, t.e) : w;
		if (x == w)
			break;
		st = x;
	}
	int stamped = st > t.b;
	t.b = st;
	t = strip_site(s, t, outlet);
	t.b = skip_stamps(s, t.b, t.e);
	t.e = strip_tail_stamp(s, t.b, t.e);
	t = trim_seps(s, strip_tags(s, t));
	span none = {0, 0};
	if (t.e <= t.b || !has_letter(s, t.b, t.e))
		return none;
	/* Breadcrumbs: " > ", " » ", " › ", " / ", " // " between parts. */
	int crumbs = 0;
	for (size_t i = t.b + 1; i + 2 < t.e; i++) {
		if (s[i - 1] != ' ')
			continue;
		size_t l = 0;
		if (s[i] == '>' || s[i] == '/')
			l = (s[i] == '/' && s[i + 1] == '/') ? 2 : 1;
		else if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xBB)
			l = 2;
		else if ((unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
			 (unsigned char)s[i + 2] == 0xBA)
			l = 3;
		if (l && i + l < t.e && s[i + l] == ' ')
			crumbs++;
	}
	if (crumbs >= 2) {
		/* The last part of a breadcrumb can be the headline. */
		size_t k = t.e;
		while (k > t.b && !((s[k - 1] == '>' || s[k - 1] == '/' || (unsigned char)s[k - 1] == 0xBB ||
				     (unsigned char)s[k - 1] == 0xBA) && k < t.e && s[k] == ' '))
			k--;
		span last = trim(s, k, t.e);
		if (k == t.b || word_count(s, last.b, last.e) < 3)
			return none;
		t = last;
	}
	/* One word is a site name on a first line; a declared title of one
	 * word stands unless it is a domain or the outlet's name. */
	if (word_count(s, t.b, t.e) < 2) {
		if (!declared || domain_like(s, t.b, t.e))
			return none;
		if (outlet && strlen(outlet) == t.e - t.b && strncasecmp(outlet, s + t.b, t.e - t.b) == 0)
			return none;
	}
	if (stamped && name_like(s, t.b, t.e))
		return none;
	char buf[FOLD_MAX];
	size_t fl = fold_span(s, t.b, t.e, buf, sizeof(buf));
	if (fl && t.e - t.b < 80) {
		size_t l = match_list(buf, fl, k_byline);
		if (l && l < fl && (buf[l] == ':' || buf[l] == ' '))
			return none;
		if ((starts_phrase(buf, fl, "by") || starts_phrase(buf, fl, "von")) &&
		    name_like(s, t.b + 3, t.e))
			return none;
	}
	/* A first line of promotion or notices ("Subscribe to our
	 * newsletter...", "Читайте также: ...", "We use cookies"), as the
	 * body's chrome lines are. */
	if (!declared && fl && (match_list(buf, fl, k_promo) || contains_footer(buf, fl)))
		return none;
	return t;
}

/* A line that can stand as a headline on its own: short, of three words
 * at least, not ending as a sentence or an introduction does. */
static int headline_line(const char *s, size_t l)
{
	return l >= 15 && l <= TITLE_MAX && word_count(s, 0, l) >= 3 && s[l - 1] != ':' && s[l - 1] != '.';
}

/* Length of the lines at the head of a body that the headline test
 * rejects and that carry a digit ("September 15, 2013", "Posted
 * 11/27/2005 7:21 AM"), when a line that can stand as the headline
 * follows them; else 0. At most three such lines. */
static size_t stamp_lines(const char *s, size_t n, const char *outlet)
{
	size_t i = 0;
	for (int k = 0; k < 3; k++) {
		const char *nl = memchr(s + i, '\n', n - i);
		if (!nl)
			return 0;
		size_t l = (size_t)(nl - (s + i));
		int digit = 0;
		for (size_t j = 0; j < l && !digit; j++)
			digit = is_digit(s[i + j]);
		span t = l <= TITLE_MAX ? clean_title(s + i, l, outlet, 0) : (span){1, 2};
		if (!digit || t.e > t.b)
			break;
		i += l + 1;
	}
	if (!i)
		return 0;
	const char *nl = memchr(s + i, '\n', n - i);
	return nl && headline_line(s + i, (size_t)(nl - (s + i))) ? i : 0;
}

/* Text tokenised as corpora store it ("September 15 , 2013 11 : 26 pm")
 * written as news writes it, into out (at most cap - 1 bytes and a NUL):
 * no space before , . : ; ! ? ) and after (, none around ':' between
 * digits. Returns the length, or 0 when s holds no such spacing or out is
 * too small. */
static size_t untokenize(const char *s, size_t n, char *out, size_t cap)
{
	if (n >= cap || (!memmem(s, n, " , ", 3) && !memmem(s, n, " : ", 3)))
		return 0;
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ' && i + 1 < n && strchr(",.:;!?)", s[i + 1]))
			continue;
		if (s[i] == ' ' && o > 0 && out[o - 1] == '(')
			continue;
		if (s[i] == ' ' && o > 0 && out[o - 1] == ':' && o > 1 && is_digit(out[o - 2]) && i + 1 < n &&
		    is_digit(s[i + 1]))
			continue;
		out[o++] = s[i];
	}
	out[o] = 0;
	return o;
}

/* Whether the full stop at s[i] ends an abbreviation, no sentence: a
 * short word before it ("ws.", "Ok.", "r.", "ул.", "В.В."), not a
 * number; "... 2019 г. Next": a year's abbreviation ends the sentence
 * (*year set). */
static int abbreviation_dot(const char *s, size_t b, size_t i, int *year)
{
	*year = 0;
	if (s[i] != '.')
		return 0;
	size_t w = i;
	while (w > b && !is_sp(s[w - 1]))
		w--;
	size_t chars = 0, dots = 0;
	for (size_t k = w; k < i; k++) {
		chars += ((unsigned char)s[k] & 0xC0) != 0x80;
		dots += s[k] == '.';
	}
	/* Three letters in Latin script ("ws.", "Gen."), two in others
	 * ("ул.", "г."; "дом." ends a sentence), or initials ("В.В."). */
	int ascii = chars == i - w;
	int abbr = i > w && (dots || chars <= (ascii ? 3u : 2u));
	/* An acronym ends a sentence ("do USA.", "в ЕС."); an initial
	 * does not. */
	if (abbr && !dots && chars >= 2) {
		int upper = 1;
		for (size_t k = w; k < i && upper; k++)
			if (((unsigned char)s[k] & 0xC0) != 0x80)
				upper = td__is_upper_at(s, k, i);
		abbr = !upper;
	}
	for (size_t k = w; k < i && abbr; k++)
		if (is_digit(s[k]) || s[k] == '-')
			abbr = 0;
	*year = abbr && w >= b + 2 && is_digit(s[w - 2]) && word_kind(s, w, i, TD__K_YEARN);
	return abbr && !*year;
}

/* Shortens a long headline to its first sentence or a word boundary. */
static span cap_title(const char *s, span t)
{
	if (t.e - t.b <= TITLE_MAX)
		return t;
	for (size_t i = t.b + 20; i < t.b + TITLE_MAX; i++) {
		if (!((s[i] == '.' || s[i] == '!' || s[i] == '?') && is_sp(s[i + 1])))
			continue;
		int year_abbr = 0;
		if (abbreviation_dot(s, t.b, i, &year_abbr))
			continue;
		return (span){t.b, s[i] == '.' && !year_abbr ? i : i + 1};
	}
	size_t e = t.b + TITLE_MAX;
	while (e > t.b + 40 && !is_sp(s[e]))
		e--;
	/* Not after the first words of a name the cut would halve ("...
	 * Европейската комисия Урсула фон | дер Лайен"): back over
	 * capitalised words and the short particles between them ("фон",
	 * "von", "de"), up to five, to a word in lower case. */
	size_t keep = e;
	for (int k = 0; k < 5; k++) {
		size_t w = e;
		while (w > t.b && is_sp(s[w - 1]))
			w--;
		size_t p = w;
		while (p > t.b && !is_sp(s[p - 1]))
			p--;
		if (p <= t.b + 40 || !td__is_letter_at(s, p, w))
			break;
		e = p;
		if (td__is_upper_at(s, p, w))
			keep = e;
		else if (w - p > 6)
			break;
	}
	return trim(s, t.b, keep);
}

/* ---- body -------------------------------------------------------------- */

typedef struct {
	const char *s;
	char *out;
	size_t olen;
	size_t body_len;
	int content_lines;   /* lines kept so far */
	int stop;            /* a footer was met: drop the rest */
	const char *title;   /* for dropping a repeated headline */
	size_t title_len;
	dateline dl;
	int have_dl;
} body_ctx;

/* Whole-line chrome: promotion, credits, bylines, share buttons, footers,
 * cookie notices, bare stamps and names at the edges of the body. */
static int chrome_line(body_ctx *c, size_t b, size_t e, int edge)
{
	const char *s = c->s;
	size_t len = e - b;
	/* Every phrase test below concerns lines under 250 bytes; the
	 * footer and headline tests, lines under 200 bytes, which are folded
	 * whole; of longer ones only the start is needed. */
	char buf[FOLD_MAX * 2];
	size_t fl = 0;
	if (len < 200)
		fl = td__fold(s + b, len, buf, sizeof(buf));
	else if (len < 250) {
		size_t k = 64;
		while (k > 0 && ((unsigned char)s[b + k] & 0xC0) == 0x80)
			k--;
		fl = td__fold(s + b, k, buf, sizeof(buf));
	}
	if (len >= 2 && len < 300 && (unsigned char)s[b] == 0xC2 && (unsigned char)s[b + 1] == 0xA9)
		return 1; /* "© 2018 ..." */
	if (fl) {
		size_t l = match_list(buf, fl, k_promo);
		if (l && len < 250)
			return 1;
		l = match_list(buf, fl, k_byline);
		if (l && len < 120 && l < fl && buf[l] == ':')
			return 1;
		if (l && l < fl && buf[l] == ' ' && name_like(s, b + l + 1, e))
			return 1;
		if (len < 200 && contains_footer(buf, fl))
			return 1;
		if (len < 80 && (starts_phrase(buf, fl, "by") || starts_phrase(buf, fl, "von") ||
				 starts_phrase(buf, fl, "par") || starts_phrase(buf, fl, "por")) &&
		    name_like(s, b + 3, e))
			return 1;
		if (c->title_len && len < 200 && fl == c->title_len) {
			char tb[FOLD_MAX * 2];
			size_t tl = td__fold(c->title, c->title_len, tb, sizeof(tb));
			if (tl == fl && memcmp(tb, buf, fl) == 0)
				return 1;
		}
	}
	/* A photo marker starting a short line. */
	if (len < 160) {
		size_t we = td__word_end(s, b, e);
		if (we > b) {
			const td__cue *h[8];
			int n = td__cue_lookup_word(s + b, we - b, h, 8);
			for (int k = 0; k < n; k++)
				if (h[k]->kind == TD__K_CREDIT &&
				    (we >= e || s[we] == ':' || s[we] == '.' ||
				     (s[we] == ' ' && credit_end(s, we, e) == e)))
					return 1;
		}
	}
	/* Share buttons: every word a share word. */
	if (len < 120) {
		size_t i = b;
		int words = 0, share = 1;
		while (i < e && share) {
			while (i < e && !td__is_letter_at(s, i, e))
				i += ((unsigned char)s[i] >= 0xC0) ? 2 : 1;
			if (i >= e)
				break;
			size_t we = td__word_end(s, i, e);
			const td__cue *h[8];
			int n = td__cue_lookup_word(s + i, we - i, h, 8);
			int ok = 0;
			for (int k = 0; k < n; k++)
				ok |= h[k]->kind == TD__K_SHARE;
			share = ok;
			words++;
			i = we;
		}
		if (share && words >= 1)
			return 1;
	}
	/* Stamps alone, or a stamp and a name: a byline. */
	size_t st = skip_stamps(s, b, e);
	if (st >= e)
		return 1;
	if (st > b && name_like(s, st, e))
		return 1;
	if (edge && len <= 40 && name_like(s, b, e) && word_count(s, b, e) >= 2)
		return 1;
	return 0;
}

/* Appends s[b..e) to the output. */
static void put(body_ctx *c, size_t b, size_t e)
{
	if (e > b) {
		memcpy(c->out + c->olen, c->s + b, e - b);
		c->olen += e - b;
	}
}

/* Whether a copyright notice follows the "©" at p ("© 2018 Всички
 * права запазени", "© Reuters. All rights reserved"). */
static int notice_after(const char *s, size_t p, size_t e)
{
	size_t end = e - p > 120 ? p + 120 : e;
	while (end > p && end < e && ((unsigned char)s[end] & 0xC0) == 0x80)
		end--;
	char buf[FOLD_MAX * 2];
	size_t fl = td__fold(s + p, end - p, buf, sizeof(buf));
	return fl && contains_footer(buf, fl);
}

/* Copies the line s[b..e) without its inline chrome: promo markers with
 * their linked headline, photo credits (and a caption before them at the
 * line start), and a copyright footer. */
static void put_inline(body_ctx *c, size_t b, size_t e)
{
	const char *s = c->s;
	size_t from = b; /* next byte to copy */
	size_t out0 = c->olen;
	/* Triggers: ':' (promo and credit markers), "ot. " ("Fot. ") and
	 * "©"; found with memchr/memmem rather than byte by byte. */
	size_t nc = b, nf = b, nk = b;
	int have_c = 0, have_f = 0, have_k = 0;
	for (size_t p = b; p < e; p++) {
		/* Each trigger position is the next one at or after p. */
		if (!have_c || nc < p) {
			const char *q = memchr(s + p, ':', e - p);
			nc = q ? (size_t)(q - s) : e;
			have_c = 1;
		}
		if (!have_f || nf < p) {
			size_t from_f = p;
			nf = e;
			for (;;) {
				/* "Fot. ": find the dot of "ot. " */
				const char *q = from_f + 3 < e ? memchr(s + from_f + 3, '.', e - from_f - 3) : NULL;
				if (!q)
					break;
				size_t d = (size_t)(q - s);
				if (d + 1 < e && s[d + 1] == ' ' && s[d - 1] == 't' && s[d - 2] == 'o' &&
				    (s[d - 3] == 'F' || s[d - 3] == 'f')) {
					nf = d - 3;
					break;
				}
				from_f = d - 2;
			}
			have_f = 1;
		}
		if (!have_k || nk < p) {
			size_t from_k = p;
			nk = e;
			for (;;) {
				const char *q = from_k + 1 < e ? memchr(s + from_k + 1, 0xA9, e - from_k - 1) : NULL;
				if (!q)
					break;
				size_t d = (size_t)(q - s);
				if ((unsigned char)s[d - 1] == 0xC2) {
					nk = d - 1;
					break;
				}
				from_k = d;
			}
			have_k = 1;
		}
		p = nc < nf ? nc : nf;
		if (nk < p)
			p = nk;
		if (p >= e)
			break;
		unsigned char ch = (unsigned char)s[p];
		if (ch != ':' && ch != 'F' && ch != 'f' && ch != 0xC2)
			continue;
		size_t cut_b = (size_t)-1, cut_e = 0;
		if (ch == ':') {
			size_t w = promo_before(s, from, p);
			if (w != (size_t)-1) {
				size_t le = linked_end(s, p + 1, e);
				cut_b = w;
				cut_e = le > p + 1 ? le : p + 1;
			} else if ((w = credit_marker_before(s, from, p)) != (size_t)-1) {
				cut_b = w;
				cut_e = credit_end(s, p + 1, e);
			}
		} else if ((ch == 'F' || ch == 'f') && p + 4 < e && memcmp(s + p + 1, "ot. ", 4) == 0 &&
			   (p == b || is_sp(s[p - 1]))) {
			cut_b = p;
			cut_e = credit_end(s, p + 4, e);
			if (cut_e == p + 4)
				cut_b = (size_t)-1;
		} else if (ch == 0xC2 && p + 1 < e && (unsigned char)s[p + 1] == 0xA9) {
			/* "©": a footer near the end of the body drops the rest;
			 * a copyright notice ("© 2018 Всички права запазени")
			 * the rest of its paragraph; elsewhere just the credit
			 * after it. */
			int end = p * 10 >= c->body_len * 6;
			if (end || notice_after(s, p, e)) {
				size_t q = p;
				/* Keep no "Превод и редакция: Name" before it. */
				size_t lim = p > b + 120 ? p - 120 : b;
				for (size_t r = lim; r < p; r++) {
					char tb[64];
					size_t fl = td__fold(s + r, p - r < 30 ? p - r : 30, tb, sizeof(tb));
					if (fl && (r == b || is_sp(s[r - 1])) &&
					    match_list(tb, fl, k_byline)) {
						q = r;
						break;
					}
				}
				if (q >= from) {
					put(c, from, q);
					from = e;
				}
				c->stop = end;
				break;
			}
			cut_b = p;
			cut_e = credit_end(s, p + 2, e);
		}
		if (cut_b == (size_t)-1 || cut_b < from)
			continue;
		/* A caption before a credit at the start of a line goes too. */
		if (ch != ':' || promo_before(s, from, p) == (size_t)-1) {
			if (cut_b > b && cut_b - b <= 100 && from == b) {
				int sentence = 0;
				for (size_t r = b; r < cut_b; r++)
					if ((s[r] == '.' || s[r] == '!' || s[r] == '?') && r + 1 < cut_b &&
					    is_sp(s[r + 1]))
						sentence = 1;
				if (!sentence)
					cut_b = b;
			}
		}
		/* Drop a " |" just before the cut. */
		size_t q = cut_b;
		while (q > from && is_sp(s[q - 1]))
			q--;
		if (q > from && s[q - 1] == '|')
			cut_b = q - 1;
		put(c, from, cut_b);
		if (c->olen > out0 && c->out[c->olen - 1] != ' ')
			c->out[c->olen++] = ' ';
		from = cut_e;
		while (from < e && is_sp(s[from]))
			from++;
		p = from > 0 ? from - 1 : 0;
	}
	put(c, from, e);
	/* Trim what the cuts left at the ends. */
	while (c->olen > out0 && (c->out[c->olen - 1] == ' ' || c->out[c->olen - 1] == '|'))
		c->olen--;
	size_t k = out0;
	while (k < c->olen && (c->out[k] == ' ' || c->out[k] == '|'))
		k++;
	if (k > out0) {
		memmove(c->out + out0, c->out + k, c->olen - k);
		c->olen -= k - out0;
	}
}

/* Where lit (l bytes) first occurs in s[0..n), found through its byte at
 * (a byte rarer than the first one), or NULL. */
static const char *find_by(const char *s, size_t n, const char *lit, size_t l, size_t at)
{
	if (n < l)
		return NULL;
	/* Where the byte may stand: at .. n - l + at. */
	const char *p = s + at, *end = s + (n - l) + at + 1;
	while (p < end && (p = memchr(p, (unsigned char)lit[at], (size_t)(end - p)))) {
		if (!memcmp(p - at, lit, l))
			return p - at;
		p++;
	}
	return NULL;
}

/* Photo markers written inline without a colon, as BBC pages in every
 * language carry them: "Image copyright Getty Images Image caption",
 * "Правообладатель иллюстрации EPA Image caption". A copyright marker and
 * the credit after it go, up to and with a following "Image caption"
 * (within 120 bytes) or to the credit's end; a caption marker alone goes
 * too. The caption's own words stay: nothing marks where they end. Works
 * on the line just written, c->out[out0..olen). */
static void drop_photo_markers(body_ctx *c, size_t out0)
{
	static const char *const copyright[] = {"Image copyright", "Правообладатель иллюстрации"};
	static const char caption[] = "Image caption";
	const size_t capl = sizeof(caption) - 1;
	char *o = c->out;
	/* Most lines have none: two scans for a byte tell ("П" is rare in
	 * any text, "I" in Cyrillic text). */
	if (!find_by(o + out0, c->olen - out0, "Image c", 7, 0) &&
	    !find_by(o + out0, c->olen - out0, copyright[1], strlen(copyright[1]), 1))
		return;
	for (size_t p = out0; p < c->olen;) {
		size_t b = (size_t)-1, e = 0, ml = 0;
		for (size_t k = 0; k < sizeof(copyright) / sizeof(copyright[0]); k++) {
			size_t l = strlen(copyright[k]);
			const char *q = memmem(o + p, c->olen - p, copyright[k], l);
			if (q && (size_t)(q - o) < b) {
				b = (size_t)(q - o);
				ml = l;
			}
		}
		const char *cq = memmem(o + p, c->olen - p, caption, capl);
		size_t cb = cq ? (size_t)(cq - o) : (size_t)-1;
		if (b == (size_t)-1 && cb == (size_t)-1)
			break;
		if (b != (size_t)-1 && b < cb) {
			/* The credit runs to the caption marker, or is read as a
			 * credit is. */
			e = cb != (size_t)-1 && cb - b <= 120 ? cb + capl : credit_end(o, b + ml, c->olen);
		} else {
			b = cb;
			e = cb + capl;
		}
		while (e < c->olen && o[e] == ' ')
			e++;
		memmove(o + b, o + e, c->olen - e);
		c->olen -= e - b;
		p = b;
	}
}

static void clean_body(body_ctx *c, const char *s, size_t n)
{
	size_t i = 0;
	/* Lines: the last two are "edges" as well as the first two. */
	size_t nlines = 1;
	for (const char *q = s; (q = memchr(q, '\n', (size_t)(s + n - q))); q++)
		nlines++;
	size_t li = 0;
	while (i < n && !c->stop) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t le = nl ? (size_t)(nl - s) : n;
		span t = trim(s, i, le);
		size_t next = nl ? le + 1 : n;
		/* Crawl debris at a line start: ". ", ", 13:54 ". */
		while (t.b < t.e && (s[t.b] == '.' || s[t.b] == ',' || s[t.b] == ';' || s[t.b] == '|') &&
		       t.b + 1 < t.e && is_sp(s[t.b + 1]))
			t = trim(s, t.b + 1, t.e);
		int edge = c->content_lines < 2 || li + 2 >= nlines;
		li++;
		if (t.e <= t.b || chrome_line(c, t.b, t.e, edge)) {
			i = next;
			continue;
		}
		if (c->content_lines == 0) {
			size_t st = skip_stamps(s, t.b, t.e);
			if (st > t.b && st < t.e && (td__is_upper_at(s, st, t.e) || !td__is_letter_at(s, st, t.e)))
				t.b = st;
		}
		if (c->content_lines < 2 && !c->have_dl && parse_dateline(s, t.b, t.e, &c->dl)) {
			c->have_dl = 1;
			t.b = c->dl.end;
		}
		size_t before = c->olen;
		put_inline(c, t.b, t.e);
		drop_photo_markers(c, before);
		if (c->olen > before) {
			c->out[c->olen++] = '\n';
			c->content_lines++;
		}
		i = next;
	}
	while (c->olen && c->out[c->olen - 1] == '\n')
		c->olen--;
	c->out[c->olen] = 0;
}

/* ---- the article --------------------------------------------------------- */

static const char *dup_span(td_arena *ar, const char *s, span t)
{
	return td_arena_strndup(ar, s + t.b, t.e - t.b);
}

/* The lead: up to LEAD_MAX bytes of s, cut after a sentence when one ends
 * past 60 bytes, else at a word. */
static span lead_span(const char *s, size_t n)
{
	span t = trim(s, 0, n);
	if (t.e - t.b <= LEAD_MAX)
		return t;
	size_t cut = 0;
	for (size_t i = t.b + 60; i < t.b + LEAD_MAX; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && is_sp(s[i + 1]))
			cut = i + 1;
	if (!cut) {
		cut = t.b + LEAD_MAX;
		while (cut > t.b + 60 && !is_sp(s[cut]))
			cut--;
	}
	return trim(s, t.b, cut);
}

/* The length of the invisible character at s[i] (n bytes in all): the
 * zero-width space U+200B, the word joiner U+2060, the byte-order mark
 * U+FEFF and the soft hyphen U+00AD, which web pages put inside words
 * and names ("Тереза \u200bМей", "Ни\u00adколай") and which break them
 * into tokens; 0 when none is there. */
static size_t invisible_at(const char *s, size_t i, size_t n)
{
	const unsigned char *u = (const unsigned char *)s + i;
	if (u[0] == 0xC2)
		return i + 1 < n && u[1] == 0xAD ? 2 : 0;
	if (i + 2 >= n)
		return 0;
	if (u[0] == 0xE2)
		return (u[1] == 0x80 && u[2] == 0x8B) || (u[1] == 0x81 && u[2] == 0xA0) ? 3 : 0;
	return u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF ? 3 : 0;
}

/* Where the next byte from i on that can open an invisible character
 * ("\xC2", "\xE2", "\xEF") is in s[0..n), or n: eight bytes at a time
 * (most text has none of them; Cyrillic has its letters' lead bytes
 * "\xD0", "\xD1" throughout). */
static size_t next_invisible_lead(const char *s, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull;
	while (i + 8 <= n) {
		uint64_t w = td__load64(s + i);
		if (td__has_zero_byte(w ^ (ones * 0xC2)) || td__has_zero_byte(w ^ (ones * 0xE2)) ||
		    td__has_zero_byte(w ^ (ones * 0xEF)))
			break;
		i += 8;
	}
	for (; i < n; i++) {
		unsigned char b = (unsigned char)s[i];
		if (b == 0xC2 || b == 0xE2 || b == 0xEF)
			return i;
	}
	return n;
}

static int invisible_in(const char *s, size_t n)
{
	for (size_t i = next_invisible_lead(s, 0, n); i < n; i = next_invisible_lead(s, i + 1, n))
		if (invisible_at(s, i, n))
			return 1;
	return 0;
}

/* Removes the invisible characters of s[0..n) in place; returns the new
 * length. The runs between them move at once. */
static size_t strip_invisible(char *s, size_t n)
{
	size_t o = 0, i = 0;
	for (;;) {
		size_t k = next_invisible_lead(s, i, n);
		if (o != i)
			memmove(s + o, s + i, k - i);
		o += k - i;
		if (k >= n)
			return o;
		size_t l = invisible_at(s, k, n);
		if (!l)
			s[o++] = s[k++];
		i = k + l;
	}
}

int td_clean_article(td_article *a, td_arena *ar)
{
	const char *raw = a->raw_body ? a->raw_body : "";
	size_t rlen = a->raw_body ? a->raw_body_len : 0;
	a->dateline_place = a->dateline_agency = a->dateline_date = NULL;
	/* Stamps and datelines are read with the dates' month names. */
	td__cue_init();

	/* Headline: the container's title, else the first line. */
	const char *title = NULL;
	span tt = {0, 0};
	const char *cands[2] = {a->raw_title, a->first_line};
	/* A first line longer than a headline is a lead: what the headline
	 * leaves of it opens the body, so that the text holds all of it,
	 * once. */
	const char *rest = NULL;
	size_t rest_len = 0;
	for (int k = 0; k < 2 && !title; k++) {
		if (!cands[k] || (k == 1 && cands[0] && strcmp(cands[0], cands[1]) == 0))
			continue;
		tt = clean_title(cands[k], strlen(cands[k]), a->outlet, k == 0);
		if (tt.e > tt.b && k == 1) {
			/* A stamp as a corpus tokenises it is a stamp too. */
			char u[TITLE_MAX + 64];
			size_t ul = untokenize(cands[k], strlen(cands[k]), u, sizeof(u));
			span ut = ul ? clean_title(u, ul, a->outlet, 0) : (span){0, 1};
			if (ut.e <= ut.b)
				tt.e = tt.b;
		}
		if (tt.e > tt.b) {
			span cap = cap_title(cands[k], tt);
			if (k == 1 && cap.e < tt.e) {
				size_t r = cap.e;
				while (r < tt.e && (cands[k][r] == '.' || cands[k][r] == '!' || cands[k][r] == '?' ||
						    is_sp(cands[k][r])))
					r++;
				rest = cands[k] + r;
				rest_len = tt.e - r;
			}
			tt = trim_seps(cands[k], cap);
			title = cands[k];
		}
	}
	if (rest_len) {
		char *joined = td_arena_alloc(ar, rest_len + 1 + rlen + 1);
		if (!joined)
			return TD_ERR_NOMEM;
		memcpy(joined, rest, rest_len);
		joined[rest_len] = '\n';
		if (rlen)
			memcpy(joined + rest_len + 1, raw, rlen);
		rlen += rest_len + 1;
		joined[rlen] = 0;
		raw = joined;
	}

	body_ctx c;
	memset(&c, 0, sizeof(c));
	c.s = raw;
	c.body_len = rlen;
	c.out = td_arena_alloc(ar, rlen + 2);
	if (!c.out)
		return TD_ERR_NOMEM;
	if (title) {
		c.title = title + tt.b;
		c.title_len = tt.e - tt.b;
	}
	clean_body(&c, raw, rlen);
	char *body = c.out;
	size_t blen = strip_invisible(c.out, c.olen);
	body[blen] = 0;

	const char *tstr = NULL;
	size_t tlen = 0;
	span lead_from_body = {0, 0};
	{
		const char *nl = memchr(body, '\n', blen);
		lead_from_body = lead_span(body, nl ? (size_t)(nl - body) : blen);
	}
	const char *lead_base = body;
	if (title) {
		tstr = title + tt.b;
		tlen = tt.e - tt.b;
	} else if (blen) {
		/* No headline: the first short line of the body, taken out of
		 * it, else the first sentence of the first paragraph (taken
		 * out too, so that text holds it once). Stamp lines before a
		 * short line stay at the head of the body: the line after them
		 * is the headline. */
		size_t pre = stamp_lines(body, blen, a->outlet);
		const char *nl = memchr(body + pre, '\n', blen - pre);
		size_t l1 = nl ? (size_t)(nl - (body + pre)) : blen - pre;
		if (nl && headline_line(body + pre, l1)) {
			if (pre) {
				/* The stamps move over the headline, next to the
				 * rest of the body. */
				char *h = td_arena_strndup(ar, body + pre, l1);
				if (!h)
					return TD_ERR_NOMEM;
				memmove(body + l1 + 1, body, pre);
				tstr = h;
			} else
				tstr = body;
			tlen = l1;
			body += l1 + 1;
			blen -= l1 + 1;
			nl = memchr(body + pre, '\n', blen - pre);
			lead_from_body = lead_span(body + pre, nl ? (size_t)(nl - (body + pre)) : blen - pre);
			lead_base = body + pre;
		} else {
			size_t se = 0;
			int year_abbr;
			for (size_t i = 15; i + 2 < l1 && i < TITLE_MAX; i++)
				if ((body[i] == '.' || body[i] == '!' || body[i] == '?') && body[i + 1] == ' ' &&
				    (td__is_upper_at(body, i + 2, l1) || !td__is_letter_at(body, i + 2, l1)) &&
				    word_count(body, 0, i) >= 3 && !abbreviation_dot(body, 0, i, &year_abbr)) {
					se = i;
					break;
				}
			if (se) {
				tstr = body;
				tlen = body[se] == '.' ? se : se + 1;
				size_t skip = se + 2;
				body += skip;
				blen -= skip;
			} else if (l1 <= TITLE_MAX) {
				/* One sentence: the whole paragraph; the lead is
				 * the next one (not the headline again). */
				tstr = body;
				tlen = l1 && body[l1 - 1] == '.' ? l1 - 1 : l1;
				body += nl ? l1 + 1 : l1;
				blen -= nl ? l1 + 1 : l1;
				const char *n2 = memchr(body, '\n', blen);
				lead_from_body = lead_span(body, n2 ? (size_t)(n2 - body) : blen);
				lead_base = body;
			} else {
				span f = cap_title(body, trim(body, 0, l1));
				tstr = body + f.b;
				tlen = f.e - f.b;
			}
		}
	}

	if (tlen && invisible_in(tstr, tlen)) {
		char *h = td_arena_strndup(ar, tstr, tlen);
		if (!h)
			return TD_ERR_NOMEM;
		tlen = strip_invisible(h, tlen);
		tstr = h;
	}
	/* text = title "\n" body; body points into it. */
	char *text = td_arena_alloc(ar, tlen + 1 + blen + 1);
	if (!text)
		return TD_ERR_NOMEM;
	if (tlen)
		memcpy(text, tstr, tlen);
	text[tlen] = '\n';
	if (blen)
		memcpy(text + tlen + 1, body, blen);
	text[tlen + 1 + blen] = 0;
	char *ts = td_arena_strndup(ar, tstr ? tstr : "", tlen);
	if (!ts)
		return TD_ERR_NOMEM;
	a->title = ts;
	a->text = text;
	a->text_len = tlen + 1 + blen;
	a->body = text + tlen + 1;
	a->body_len = blen;

	if (c.have_dl) {
		span p = c.dl.place;
		while (p.e > p.b && (raw[p.e - 1] == '.' || raw[p.e - 1] == ','))
			p.e--;
		a->dateline_place = dup_span(ar, raw, p);
		if (c.dl.agency.e > c.dl.agency.b)
			a->dateline_agency = dup_span(ar, raw, c.dl.agency);
		if (c.dl.date.e > c.dl.date.b)
			a->dateline_date = dup_span(ar, raw, c.dl.date);
	}

	/* Lead: the page's description when it has one, else the first
	 * paragraph. */
	a->lead = NULL;
	if (a->raw_lead && strlen(a->raw_lead) >= 20) {
		const char *rl = a->raw_lead;
		size_t ll = strlen(rl);
		dateline d;
		size_t b0 = parse_dateline(rl, 0, ll, &d) ? d.end : 0;
		span l = lead_span(rl + b0, ll - b0);
		a->lead = td_arena_strndup(ar, rl + b0 + l.b, l.e - l.b);
	} else if (lead_from_body.e > lead_from_body.b) {
		a->lead = td_arena_strndup(ar, lead_base + lead_from_body.b,
					   lead_from_body.e - lead_from_body.b);
	}
	return 0;
}
