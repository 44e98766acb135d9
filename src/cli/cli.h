/* cli.h - shared pieces of the tidings command: options, output, modes. */
#ifndef TIDINGS_CLI_H
#define TIDINGS_CLI_H

#include <stdint.h>
#include <stdio.h>

#include "tidings/cluster.h"
#include "tidings/engine.h"
#include "tidings/jsonw.h"

/* Options common to every mode. */
typedef struct {
	const char *input;   /* folder or file */
	int threads;
	size_t max_bytes;
	int progress;        /* show progress on stderr (a terminal) */
	const char *format;  /* --format value or NULL */
	int argc;            /* remaining mode-specific arguments */
	char **argv;
} cli_opts;

/* Loads the input folder through the pipeline up to last; prints read
 * errors on stderr. Returns NULL (after a message) on a fatal error. */
td_batch *cli_load(const cli_opts *o, td_stage last);

/* cli_load with TD_PIPE_* flags (engine.h). */
td_batch *cli_load_ex(const cli_opts *o, td_stage last, unsigned flags);

/* Writes w's buffer to stdout and empties it, keeping the open JSON
 * containers (a long list goes out in pieces); returns 0 or 1 on a write
 * error. */
int cli_emit(td_jw *w);

/* One JSON object describing an article (the analyze record). */
void cli_article_json(td_jw *w, const td_article *a);

/* Stories of a batch, as the cluster engine made them. members are
 * article indexes in file order; central is the member whose headline
 * names the story. Sets each article's duplicate_of (an index). */
typedef struct {
	uint64_t id;
	size_t *members, n, unique, central;
	td_day first, last;
} cli_story;

typedef struct {
	cli_story *stories;
	size_t n;
	size_t *members;  /* storage of every story's members */
	size_t *story_of; /* article index -> index into stories */
	size_t bytes;     /* memory the engine held */
} cli_stories;

/* Sketches and clusters every article of b (arrival order: publication
 * day, then file order). Returns 0 or a TD_ERR_* code. */
int cli_cluster(const td_batch *b, int threads, cli_stories *out);

/* cli_cluster with the engine's options o (NULL: the defaults; the
 * batch's own settings, counting and stored features, apply either way). */
int cli_cluster_ex(const td_batch *b, int threads, const td_cluster_opts *o, cli_stories *out);

/* TD_PIPE_* flags of a batch that is only clustered (threads, eval
 * threads): entities without dictionaries, and numbers only when the
 * engine's quantity test is on. */
unsigned cli_cluster_flags(void);
void cli_stories_free(cli_stories *s);

int cmd_languages(const cli_opts *o);
int cmd_analyze(const cli_opts *o);
int cmd_threads(const cli_opts *o);
int cmd_top(const cli_opts *o);
int cmd_stories(const cli_opts *o);
int cmd_eval_threads(const cli_opts *o);
int cmd_eval_entities(const cli_opts *o);
int cmd_news(const cli_opts *o);
int cmd_categories(const cli_opts *o);
int cmd_eval_categories(const cli_opts *o);
int cmd_poll(const cli_opts *o);
int cmd_feed(const cli_opts *o);
/* Defined in src/server/. */
int cmd_serve(const cli_opts *o);
int cmd_ingest(const cli_opts *o);
int eval_lang(const cli_opts *o);

#endif
