/* classify.h - news-or-not and category (the Telegram contest's seven) of an article. */
#ifndef TIDINGS_CLASSIFY_H
#define TIDINGS_CLASSIFY_H

#include <stddef.h>

#include "tidings/article.h"

/* What the classifier decided and why. scores are the evidence for each
 * category (index td_category; TD_CAT_NONE unused), news_score the
 * evidence that the text reports news (> 0) rather than advice, adverts,
 * recipes, listicles or evergreen text (< 0). */
typedef struct {
	int is_news;            /* 0 or 1 */
	td_category category;   /* never TD_CAT_NONE */
	float confidence;       /* probability of category among the seven */
	float margin;           /* evidence of category minus the runner-up's */
	float news_score;
	float scores[TD_CAT_COUNT];
	float news_evidence, notnews_evidence; /* the two sides of news_score */
	unsigned tokens;        /* words read */
} td_classify_result;

/* Builds the lexicon index (compiled-in tables, see data/classify/).
 * Idempotent and thread-safe; the classify calls run it on first use.
 * Returns 0 or TD_ERR_NOMEM. */
int td_classify_init(void);

/* Classifies a headline and body (UTF-8, lengths in bytes; either may be
 * empty). lang is an ISO 639-1 code or NULL/"": when it is one of the
 * lexicon's languages (ru uk bg pl cs sk sl hr en de fr es) only that
 * language's words count, otherwise every language's. Reads the body's
 * first 1 KiB, and up to 4 KiB when that leaves the decision open. Allocates nothing; thread-safe. Returns 0 with
 * *out filled, or TD_ERR_NOMEM when the index cannot be built. */
int td_classify_text(const char *title, size_t title_len, const char *body, size_t body_len,
		     const char *lang, td_classify_result *out);

/* Sets a->is_news, a->category and a->category_conf from a->title and
 * a->body (or a->text when the article was not cleaned) and a->lang.
 * Returns 0 or TD_ERR_NOMEM. */
int td_classify_article(td_article *a);

#endif
