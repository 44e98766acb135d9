/* dates.h - publication date and the dates an article mentions. */
#ifndef TIDINGS_DATES_H
#define TIDINGS_DATES_H

#include "tidings/arena.h"
#include "tidings/article.h"

/* Sets a->date and a->date_source (container metadata first, then an
 * agency dateline, then a date written in the text) and fills a->dates
 * with every date mentioned in a->text, normalised against the
 * publication date. Needs td_clean_article and the language first.
 * Allocates in ar. Returns 0 or TD_ERR_NOMEM. */
int td_dates_article(td_article *a, td_arena *ar);

/* Name of a date source as printed in JSON ("prefix", "meta", ...). */
const char *td_date_source_name(td_date_source s);

#endif
