/* story.h - what a reader gets from a story: title, summary, key facts,
 * timeline, entities, sources, languages, coverage and importance. */
#ifndef TIDINGS_STORY_H
#define TIDINGS_STORY_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/jsonw.h"

/* A headline chosen for one language of the story. */
typedef struct {
	char lang[4];
	const char *title;
	size_t article; /* index into td_story.articles */
} td_story_title;

/* A summary sentence, attributed to the article (and outlet) it is from. */
typedef struct {
	const char *text;
	size_t article;
} td_story_sentence;

/* The summary of the members in one language. */
typedef struct {
	char lang[4];
	td_story_sentence *sentences;
	size_t n;
} td_story_summary;

/* A numeric fact: one value with one unit, and how many independent
 * sources (agency copies count once) state it. disputed is set when
 * other sources give a different value for the same unit. */
typedef struct {
	const char *text;   /* as first written ("$938 млн") */
	const char *unit;
	double value;
	const char *context; /* the sentence it is from, trimmed */
	size_t article;
	int sources;
	int disputed;
} td_story_fact;

/* A dated event: the sentence that mentions the date, with sources. */
typedef struct {
	td_day first, last;
	const char *text;
	size_t article;
	int sources;
} td_story_event;

/* An entity of the story: one per cross-lingual key, with a display name
 * per language and a weight (independent articles mentioning it). */
typedef struct {
	const char *key;
	uint8_t type;
	double weight;
	size_t nnames;
	struct {
		char lang[4];
		const char *name;
	} names[8];
} td_story_entity;

typedef struct {
	const char *name;
	int articles;
} td_story_count;

/* Articles per hour (or per day when no times are known). */
typedef struct {
	int64_t start; /* bucket start, seconds since the epoch */
	int count;
} td_story_bucket;

typedef struct td_story {
	uint64_t id;
	td_article **articles;  /* members, in the caller's order */
	size_t narticles;
	size_t nunique;         /* members that are not copies of another */
	char lang[4];           /* main language (most unique members) */
	const char *title;      /* in the main language */
	td_story_title *titles; size_t ntitles;
	td_story_count *languages; size_t nlanguages;
	td_story_count *outlets; size_t noutlets;
	int nsources;           /* independent sources */
	td_day first_seen, last_seen;
	td_story_sentence *summary; size_t nsummary; /* in the main language */
	td_story_summary *summaries; size_t nsummaries; /* per language, main first */
	td_story_fact *facts; size_t nfacts;
	td_story_event *timeline; size_t ntimeline;
	td_story_entity *entities; size_t nentities;
	td_story_bucket *coverage; size_t ncoverage;
	int coverage_hourly;    /* 1: buckets are hours, 0: days */
	td_category category;
	double importance;
} td_story;

/* Builds the readable content of a story from its n member articles
 * (run through the pipeline; duplicate_of, when >= 0, is an index into
 * members). now is the reference day for freshness (TD_NODATE: the
 * newest member date). Everything is allocated in ar; members must
 * outlive the story. Returns 0 or TD_ERR_NOMEM / TD_ERR_INVAL (n == 0). */
int td_story_build(td_story *s, td_article **members, size_t n, td_day now, td_arena *ar);

/* td_story_build with its working memory (word hashes, sentences,
 * frequency tables: most of what a build allocates) in tmp, which the
 * caller may reset once the story is built; the story itself is in ar. */
int td_story_build_ex(td_story *s, td_article **members, size_t n, td_day now, td_arena *ar,
		      td_arena *tmp);

/* Writes the story as one JSON object: id, title, titles, lang,
 * languages, category, importance, articles, sources, outlets,
 * first_seen, last_seen, summary, summaries (per language), facts,
 * timeline, entities, coverage. */
void td_story_json(td_jw *w, const td_story *s);

/* Writes the story as plain text for a terminal reader into w's buffer. */
void td_story_text(td_jw *w, const td_story *s);

#endif
