/* engine.h - the article pipeline and batch processing over a folder. */
#ifndef TIDINGS_ENGINE_H
#define TIDINGS_ENGINE_H

#include <stddef.h>

#include "tidings/arena.h"
#include "tidings/article.h"
#include "tidings/reader.h"
#include "tidings/text.h"

/* Stages, in pipeline order; a run goes up to and including one. */
typedef enum {
	TD_STAGE_READ = 0,
	TD_STAGE_CLEAN,
	TD_STAGE_LANG,
	TD_STAGE_DATES,
	TD_STAGE_EXTRACT,  /* entities and numbers */
	TD_STAGE_CLASSIFY, /* news or not, category */
	TD_STAGE_ALL = TD_STAGE_CLASSIFY
} td_stage;

/* Runs the stages after reading on one article, up to last. Allocates in
 * ar. Returns 0 or a TD_ERR_* code. Thread-safe for distinct articles. */
int td_pipeline_article(td_article *a, td_arena *ar, td_stage last);

/* Flags of td_pipeline_article_ex and td_batch_opts. */
enum {
	TD_PIPE_NO_EXTRACT = 1, /* skip entities and numbers (classification needs neither) */
	TD_PIPE_NO_LEXICON = 2, /* entities without dictionaries (TD_ENT_NO_LEXICON) */
	TD_PIPE_NO_NUMBERS = 4, /* entities but no numbers (clustering without its quantity test) */
	TD_PIPE_KEEP_TOKENS = 8 /* a batch keeps the first tokens of each text (td_batch_tokens) */
};

/* Tokens a batch keeps per article with TD_PIPE_KEEP_TOKENS (at least
 * TD_SKETCH_MAXTOKENS: a sketch needs no tokenizing of its own). */
#define TD_BATCH_TOKENS 256

/* td_pipeline_article with TD_PIPE_* flags (0 is td_pipeline_article). */
int td_pipeline_article_ex(td_article *a, td_arena *ar, td_stage last, unsigned flags);

/* Called for a file or item that cannot be read. */
typedef void (*td_batch_error_fn)(void *ctx, const char *file, int err, const char *detail);

typedef struct {
	int threads;              /* workers; 0 means one per core */
	td_stage last;            /* last stage to run */
	unsigned flags;           /* TD_PIPE_* */
	td_reader_opts reader;
	td_batch_error_fn on_error; /* may be NULL */
	void (*on_progress)(void *ctx, size_t done, size_t total); /* may be NULL */
	void *ctx;
} td_batch_opts;

/* Articles of a folder in file-name order (items of one JSON file in
 * their order). The batch owns every article and string. */
typedef struct td_batch {
	td_article **articles;
	size_t n;
	size_t nfiles, nerrors; /* nerrors: files and items that failed */
	size_t bytes;  /* arena bytes held by the articles */
	void *priv;    /* arenas */
} td_batch;

/* Reads every input file under root (or the file root) and runs the
 * pipeline on each article with opts->threads workers. Files that fail
 * are reported through on_error and skipped. Returns 0 and *out (free
 * with td_batch_free) or a TD_ERR_* code when root cannot be listed. */
int td_batch_load(const char *root, const td_batch_opts *opts, td_batch **out);

/* The first tokens of article i's text as td_tokenize makes them (the
 * entity stage's, kept): min(all, TD_BATCH_TOKENS) of them in *n, or NULL
 * and 0 when the batch ran without TD_PIPE_KEEP_TOKENS or the article
 * went through no entity stage. They live as long as the batch. */
const td_token *td_batch_tokens(const td_batch *b, size_t i, size_t *n);

/* Frees a batch. NULL is a no-op. */
void td_batch_free(td_batch *b);

#endif
