/* numbers.h - quantities an article states: percentages, money, measures, counts. */
#ifndef TIDINGS_NUMBERS_H
#define TIDINGS_NUMBERS_H

#include <stddef.h>

#include "tidings/arena.h"
#include "tidings/article.h"

/* Units are normalised so that the same fact written in two languages
 * compares equal:
 *   "%"  percent, "pp" percentage points;
 *   ISO 4217 codes for money ("USD", "EUR", "RUB", "GBP", ...);
 *   SI base units for measures ("m", "m2", "m3", "kg", "W", "Wh"),
 *   plus "km/h", "bbl", "°C", "lb" (English "pounds" without a magnitude);
 *   a few cross-lingual count nouns ("people", "year", "month", "week",
 *   "day", "hour", "minute", "country", "times");
 *   otherwise the stem of the counted noun ("проект" for "3625
 *   проектов") in the article's language;
 *   "" for a bare magnitude ("3 млн") whose noun is unknown.
 * Values carry their magnitude: "$938 млн" is 938e6 USD, "2,14 млрд
 * рублей" 2.14e9 RUB, "5 km" 5000 m. A range "75-90%" gives two numbers.
 * Years, dates, times, ordinals, phone numbers, list numbering and
 * numbers inside names ("COVID-19", "Nord Stream 2") are not quantities. */

/* Scans text[0..len) written in lang (ISO 639-1, "" when unknown; it
 * picks the decimal mark convention and the stemmer) and stores up to
 * max quantities in out, in text order. Offsets are byte offsets into
 * text; text and unit strings are allocated in ar (units from the
 * built-in tables are static). Returns the number stored, which stops at
 * max, or stops early when ar runs out of memory. Never fails on bad
 * input (invalid UTF-8 is skipped). Thread-safe. */
size_t td_numbers_scan(const char *text, size_t len, const char *lang, td_number *out,
		       size_t max, td_arena *ar);

/* Fills a->numbers and a->nnumbers from a->text in the article's
 * language (a->lang, else the container's hint). Needs td_clean_article
 * first. Allocates in ar. Returns 0 or TD_ERR_NOMEM. */
int td_numbers_article(td_article *a, td_arena *ar);

#endif
