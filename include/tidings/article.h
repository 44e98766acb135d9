/* article.h - the article record every pipeline stage reads and fills. */
#ifndef TIDINGS_ARTICLE_H
#define TIDINGS_ARTICLE_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/arena.h"

/* Days since 1970-01-01 (proleptic Gregorian); TD_NODATE when unknown. */
typedef int32_t td_day;
#define TD_NODATE INT32_MIN

/* Where the publication date was found. */
typedef enum {
	TD_DATE_NONE = 0,
	TD_DATE_PREFIX,   /* the " date YYYY-MM-DD" prefix of a .txt file */
	TD_DATE_META,     /* HTML meta / <time> or a JSON field */
	TD_DATE_DATELINE, /* an agency dateline ("25 ноя - РИА Новости") */
	TD_DATE_TEXT      /* a date written in the headline or body */
} td_date_source;

/* A date mentioned in the text, normalised against the publication date.
 * A range ("25-27 ноября") has first < last; a month ("в декабре") spans
 * the month. start/end are byte offsets into td_article.text. */
typedef struct {
	td_day first, last;
	uint32_t start, end;
	uint8_t granularity; /* 0 day, 1 month, 2 year */
	uint8_t relative;    /* resolved from the publication date ("вчера") */
	uint8_t yearless;    /* a day written without its year ("8 ноября") in an
			      * article of unknown date: first/last hold it in
			      * TD_YEARLESS, a leap year; it names no real day */
} td_date_mention;

/* The year that holds the days of yearless date mentions. */
#define TD_YEARLESS 2000

typedef enum {
	TD_ENT_PER = 0, TD_ENT_LOC, TD_ENT_ORG, TD_ENT_EVT, TD_ENT_PRO, TD_ENT_NTYPES
} td_entity_type;

/* A named-entity mention. text is the surface form, lemma its nominative
 * base form, key the cross-lingual key ("putin", "gpe:kg"). */
typedef struct {
	const char *text, *lemma, *key;
	uint32_t start, end; /* byte offsets into td_article.text */
	uint8_t type;        /* td_entity_type */
	/* 1: the place or agency of the article's dateline ("КИЇВ. 5 липня.
	 * УНН."), which cleaning takes out of text: text is as written there,
	 * start = end = 0. */
	uint8_t dateline;
} td_entity;

/* A quantity: value with a normalised unit ("%", "USD", "RUB", "people"). */
typedef struct {
	const char *text, *unit;
	double value;
	uint32_t start, end;
} td_number;

typedef enum {
	TD_CAT_NONE = 0, TD_CAT_SOCIETY, TD_CAT_ECONOMY, TD_CAT_TECHNOLOGY,
	TD_CAT_SPORTS, TD_CAT_ENTERTAINMENT, TD_CAT_SCIENCE, TD_CAT_OTHER,
	TD_CAT_COUNT
} td_category;

/* One article. All pointers point into the arena given to the reader
 * and live as long as it. Fields are filled stage by stage: the reader
 * sets the raw fields, clean sets title/lead/body/text, lang, dates and
 * extract their own parts. NULL means unknown or absent. */
typedef struct td_article {
	uint64_t id;          /* stable: hash of the file name or the JSON id */
	const char *file;     /* name relative to the input root */
	const char *url, *outlet, *source_id;
	const char *lang_hint;  /* language the container declared, if any */

	/* From the container, before cleaning. */
	const char *raw_title;   /* og:title, JSON title, or NULL */
	const char *first_line;  /* .txt: the first line after the date prefix */
	const char *raw_lead;    /* og:description */
	const char *raw_body;    /* body text, paragraphs separated by '\n' */
	size_t raw_body_len;
	td_day meta_date;        /* date the container declared */
	td_date_source meta_date_source;

	/* After cleaning. text = title "\n" body; offsets of extracted items
	 * point into text. */
	const char *title, *lead, *body, *text;
	size_t body_len, text_len;
	const char *dateline_place, *dateline_agency;
	const char *dateline_date; /* the dateline's date as written ("25 ноя"), or NULL */

	/* Language: ISO 639-1 code ("ru") or "" when unknown. */
	char lang[4];
	float lang_conf;

	td_day date;
	td_date_source date_source;
	td_date_mention *dates;
	size_t ndates;

	td_entity *entities;
	size_t nentities;
	td_number *numbers;
	size_t nnumbers;

	int is_news;       /* -1 unknown, 0 no, 1 yes */
	td_category category;
	float category_conf;

	int64_t duplicate_of; /* index of the article this copies, or -1 */

	/* Publication time in seconds since the epoch when the container
	 * gave a time of day (HTML meta, JSON); 0 when only a day is known. */
	int64_t published_at;

	/* The feed the article came from (its URL), or NULL. */
	const char *feed;
} td_article;

/* Initialises a to an empty article with unknown fields. */
void td_article_init(td_article *a);

/* Writes "YYYY-MM-DD" (11 bytes with NUL) for d; "" when TD_NODATE. */
void td_day_format(td_day d, char out[11]);

/* Converts a civil date to days; TD_NODATE when out of range. */
td_day td_day_from_ymd(int y, int m, int d);

/* Splits a day into year, month (1-12), day (1-31). */
void td_day_to_ymd(td_day d, int *y, int *m, int *dd);

/* Parses "YYYY-MM-DD" (optionally followed by a time) at s; returns
 * TD_NODATE when s does not start with a valid date. */
td_day td_day_parse_iso(const char *s, size_t len);

/* Parses an ISO 8601 date-time ("2025-11-26T08:00:00Z", "+03:00" offsets,
 * fractional seconds ignored) into seconds since the epoch (UTC); 0 when
 * s has no time of day. */
int64_t td_time_parse_iso(const char *s, size_t len);

/* Parses an RFC 822 / RFC 2822 date ("Tue, 25 Nov 2025 08:30:00 +0300",
 * named zones, two-digit years, no weekday or seconds), an RFC 3339 /
 * ISO 8601 date-time or a bare ISO date (midnight UTC) at NUL-terminated
 * s into seconds since the epoch (UTC). Returns 0 when s is not a date. */
int64_t td_time_parse(const char *s);

/* Names of categories and entity types as used in the JSON output. */
const char *td_category_name(td_category c);
td_category td_category_from_name(const char *s);
const char *td_entity_type_name(td_entity_type t);

#endif
