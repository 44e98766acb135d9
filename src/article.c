/* article.c - article record helpers: initialisation, civil dates, names. */
#include "tidings/article.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

void td_article_init(td_article *a)
{
	memset(a, 0, sizeof(*a));
	a->meta_date = TD_NODATE;
	a->date = TD_NODATE;
	a->is_news = -1;
	a->duplicate_of = -1;
}

/* Civil-from-days and days-from-civil after H. Hinnant's public-domain
 * algorithms (valid for the whole int32 day range we accept). */
td_day td_day_from_ymd(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return TD_NODATE;
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (d > mdays[m - 1])
		return TD_NODATE;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (m == 2 && d == 29 && !leap)
		return TD_NODATE;
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153u * (unsigned)(m + (m > 2 ? -3 : 9)) + 2) / 5 + (unsigned)d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (td_day)(era * 146097 + (int)doe - 719468);
}

void td_day_to_ymd(td_day z0, int *y, int *m, int *d)
{
	int z = z0 + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int yy = (int)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yy + (*m <= 2);
}

void td_day_format(td_day day, char out[11])
{
	if (day == TD_NODATE) {
		out[0] = 0;
		return;
	}
	int y, m, d;
	td_day_to_ymd(day, &y, &m, &d);
	out[0] = (char)('0' + y / 1000 % 10);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = 0;
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

td_day td_day_parse_iso(const char *s, size_t len)
{
	if (len < 10 || s[4] != '-' || s[7] != '-')
		return TD_NODATE;
	int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < 0 || m < 0 || d < 0)
		return TD_NODATE;
	if (len > 10 && s[10] >= '0' && s[10] <= '9')
		return TD_NODATE;
	return td_day_from_ymd(y, m, d);
}

int64_t td_time_parse_iso(const char *s, size_t len)
{
	td_day d = len >= 10 ? td_day_parse_iso(s, 10) : TD_NODATE;
	if (d == TD_NODATE || len < 16 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':')
		return 0;
	int hh = digits(s + 11, 2), mm = digits(s + 14, 2), ss = 0;
	size_t i = 16;
	if (len >= 19 && s[16] == ':') {
		ss = digits(s + 17, 2);
		i = 19;
	}
	if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60)
		return 0;
	while (i < len && (s[i] == '.' || (s[i] >= '0' && s[i] <= '9')))
		i++;
	int64_t off = 0;
	if (i < len && (s[i] == '+' || s[i] == '-') && len - i >= 3) {
		int oh = digits(s + i + 1, 2), om = 0;
		if (len - i >= 6 && s[i + 3] == ':')
			om = digits(s + i + 4, 2);
		else if (len - i >= 5)
			om = digits(s + i + 3, 2);
		if (om < 0)
			om = 0;
		if (oh >= 0 && oh < 15 && om < 60)
			off = (s[i] == '+' ? 1 : -1) * (int64_t)(oh * 3600 + om * 60);
	}
	return (int64_t)d * 86400 + hh * 3600 + mm * 60 + ss - off;
}

static const char *const cat_names[TD_CAT_COUNT] = {
	"", "society", "economy", "technology", "sports", "entertainment",
	"science", "other"
};

const char *td_category_name(td_category c)
{
	return (unsigned)c < TD_CAT_COUNT ? cat_names[c] : "";
}

td_category td_category_from_name(const char *s)
{
	for (int i = 1; i < TD_CAT_COUNT; i++)
		if (strcmp(s, cat_names[i]) == 0)
			return (td_category)i;
	return TD_CAT_NONE;
}

const char *td_entity_type_name(td_entity_type t)
{
	static const char *const n[TD_ENT_NTYPES] = {"PER", "LOC", "ORG", "EVT", "PRO"};
	return (unsigned)t < TD_ENT_NTYPES ? n[t] : "";
}

/* ---- RFC 822 / RFC 2822 dates ------------------------------------- */

static int num(const char **s, int maxdigits)
{
	int v = 0, n = 0;
	while (n < maxdigits && isdigit((unsigned char)**s)) {
		v = v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n ? v : -1;
}

static const struct {
	const char *name;
	int minutes;
} zones[] = {
	{"UT", 0}, {"UTC", 0}, {"GMT", 0}, {"Z", 0}, {"EST", -300}, {"EDT", -240},
	{"CST", -360}, {"CDT", -300}, {"MST", -420}, {"MDT", -360}, {"PST", -480},
	{"PDT", -420}, {"BST", 60}, {"CET", 60}, {"CEST", 120}, {"EET", 120},
	{"EEST", 180}, {"MSK", 180}, {"WET", 0}, {"WEST", 60}, {"IST", 330},
	{"JST", 540}, {"AEST", 600}, {"AEDT", 660},
};

static int64_t rfc822(const char *s)
{
	static const char months[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	while (*s == ' ' || *s == '\t')
		s++;
	if (isalpha((unsigned char)*s)) { /* weekday */
		while (isalpha((unsigned char)*s))
			s++;
		if (*s == ',')
			s++;
		while (*s == ' ')
			s++;
	}
	int day = num(&s, 2);
	if (day < 1)
		return 0;
	while (*s == ' ' || *s == '-')
		s++;
	int mon = 0;
	for (int i = 0; i < 12; i++)
		if (!strncasecmp(s, months + 3 * i, 3))
			mon = i + 1;
	if (!mon)
		return 0;
	while (isalpha((unsigned char)*s) || *s == '.')
		s++;
	while (*s == ' ' || *s == '-')
		s++;
	const char *ys = s;
	int year = num(&s, 4);
	if (year < 0)
		return 0;
	if (s - ys == 2)
		year += year < 50 ? 2000 : 1900;
	td_day d = td_day_from_ymd(year, mon, day);
	if (d == TD_NODATE)
		return 0;
	while (*s == ' ')
		s++;
	int hh = 0, mm = 0, ss = 0;
	if (isdigit((unsigned char)*s)) {
		hh = num(&s, 2);
		if (*s++ != ':')
			return 0;
		mm = num(&s, 2);
		if (*s == ':') {
			s++;
			ss = num(&s, 2);
		}
		if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60)
			return 0;
	}
	while (*s == ' ')
		s++;
	int off = 0;
	if (*s == '+' || *s == '-') {
		int sign = *s == '-' ? -1 : 1;
		s++;
		const char *z = s;
		int v = num(&s, 4);
		if (v >= 0 && s - z == 4 && v % 100 < 60)
			off = sign * ((v / 100) * 60 + v % 100);
		else if (v >= 0 && s - z <= 2 && *s == ':') { /* "+03:00" */
			s++;
			int m2 = num(&s, 2);
			off = sign * (v * 60 + (m2 > 0 ? m2 : 0));
		}
	} else {
		size_t zl = 0;
		while (isalpha((unsigned char)s[zl]))
			zl++;
		for (size_t i = 0; zl && i < sizeof(zones) / sizeof(zones[0]); i++)
			if (strlen(zones[i].name) == zl && !strncasecmp(s, zones[i].name, zl))
				off = zones[i].minutes;
	}
	return (int64_t)d * 86400 + hh * 3600 + mm * 60 + ss - (int64_t)off * 60;
}

int64_t td_time_parse(const char *s)
{
	if (!s)
		return 0;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	size_t n = strlen(s);
	while (n && (unsigned char)s[n - 1] <= ' ')
		n--;
	if (n >= 10 && isdigit((unsigned char)s[0]) && s[4] == '-') {
		int64_t t = td_time_parse_iso(s, n);
		if (t)
			return t;
		td_day d = td_day_parse_iso(s, n);
		return d == TD_NODATE ? 0 : (int64_t)d * 86400;
	}
	return rfc822(s);
}
