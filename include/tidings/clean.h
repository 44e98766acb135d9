/* clean.h - removes page chrome, credits, bylines and datelines; picks the headline. */
#ifndef TIDINGS_CLEAN_H
#define TIDINGS_CLEAN_H

#include "tidings/arena.h"
#include "tidings/article.h"

/* Fills a->title, a->lead, a->body, a->text (title "\n" body, the text
 * every later stage reads), a->dateline_place and a->dateline_agency from
 * the raw fields the reader set. Promo lines ("subscribe...", "read
 * also..."), photo credits, bylines and agency datelines are removed from
 * the body. Strings are allocated in ar. Returns 0 or TD_ERR_NOMEM. */
int td_clean_article(td_article *a, td_arena *ar);

#endif
