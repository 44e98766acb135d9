/* dates_int.h - library-internal date parsing shared with clean (datelines, title stamps). */
#ifndef TIDINGS_DATES_INT_H
#define TIDINGS_DATES_INT_H

#include <stddef.h>

/* Parses a calendar date written at s[0..n): "25 ноя", "26 ноября 2019 г.",
 * "Nov 25, 2019", "15. ledna 2019", "15.01.2019", "2019-01-15". langs is a
 * TD__L_* mask of month tables to use. On success returns the bytes the
 * date spans and sets *m and *d, and *y (0 when no year is written);
 * returns 0 when no date starts at s. */
size_t td__date_parse(const char *s, size_t n, unsigned langs, int *y, int *m, int *d);

/* Length of a clock time at s ("21:40", "9:05:13", "11.30 ч"); 0 if none. */
size_t td__time_parse(const char *s, size_t n);

/* The end of a time zone after a clock time that ends at i ("AM", "p.m.",
 * "PDT", "GMT+05:00", "(GMT+05:00)", "(UTC)"), or i when none. */
size_t td__zone_end(const char *s, size_t i, size_t e);

/* Skips a word that introduces a page's time stamp ("Published:",
 * "Last updated", "Обновлено", "Aktualizováno") at s[b..e), with a colon
 * or "on" after it; returns the new start, b when there is none. */
size_t td__skip_stamp_word(const char *s, size_t b, size_t e);

#endif
