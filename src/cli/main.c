/* main.c - the tidings command: argument parsing and mode dispatch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "tidings/error.h"

#define TIDINGS_VERSION "0.1.0"

typedef struct {
	const char *name;
	int (*run)(const cli_opts *o);
	int needs_input;
	const char *help;
	int own_options; /* the mode reads arguments of its own (o.argv) */
} mode;

static const mode modes[] = {
	{"languages", cmd_languages, 1, "group articles by language (contest format)", 0},
	{"analyze", cmd_analyze, 1, "one JSON object per article", 0},
	{"threads", cmd_threads, 1, "group articles into stories (contest format)", 0},
	{"top", cmd_top, 1, "stories by importance, overall and per category (contest format)", 0},
	{"stories", cmd_stories, 1, "one rich JSON object per story", 0},
	{"eval-threads", cmd_eval_threads, 1, "score stories against DIR/labels.tsv and pairs.tsv", 1},
	{"eval-entities", cmd_eval_entities, 1, "entity scores on a labelled folder", 1},
	{"news", cmd_news, 1, "the articles that are news (contest format)", 0},
	{"categories", cmd_categories, 1, "news articles by category (contest format)", 0},
	{"eval-categories", cmd_eval_categories, 1, "accuracy of news/category on labelled TSV files", 1},
	{"poll", cmd_poll, 1, "poll a feed list once: poll FILE [--state F] [--out DIR | --db PATH] (docs/feeds.md)", 1},
	{"feed", cmd_feed, 1, "the items of an RSS/Atom file as JSON lines", 1},
	{"serve", cmd_serve, 0, "HTTP API and web page (tidings serve --help)", 1},
	{"ingest", cmd_ingest, 0, "store a folder's articles in a database (DIR --db PATH)", 1},
	{"eval-lang", eval_lang, 1, "language accuracy against DIR/labels.tsv [--model F] [--pred F]", 1},
};

static void usage(FILE *f)
{
	fprintf(f, "usage: tidings <mode> <dir|file> [options]\n\nmodes:\n");
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		fprintf(f, "  %-12s %s\n", modes[i].name, modes[i].help);
	fprintf(f, "\noptions:\n"
		   "  --threads N     worker threads (default: one per core)\n"
		   "  --max-bytes N   size limit per file or JSON line (default 8 MiB)\n"
		   "  --format F      output format where a mode offers several\n"
		   "  --no-progress   never show a progress line\n"
		   "  --version       print the version\n");
}

int main(int argc, char **argv)
{
	if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") ||
	    !strcmp(argv[1], "help")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("tidings %s\n", TIDINGS_VERSION);
		return 0;
	}
	/* "tidings eval X DIR" runs the evaluator mode "eval-X". */
	char evalname[64];
	if (!strcmp(argv[1], "eval")) {
		if (argc < 3) {
			fprintf(stderr, "usage: tidings eval <lang|entities|threads|categories> <dir>\n");
			return 2;
		}
		snprintf(evalname, sizeof(evalname), "eval-%s", argv[2]);
		argv[2] = evalname;
		argv++;
		argc--;
	}
	const mode *m = NULL;
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++)
		if (!strcmp(argv[1], modes[i].name))
			m = &modes[i];
	if (!m) {
		fprintf(stderr, "tidings: unknown mode '%s'\n", argv[1]);
		usage(stderr);
		return 2;
	}
	cli_opts o = {0};
	o.progress = isatty(2);
	char **rest = calloc((size_t)argc, sizeof(char *));
	if (!rest)
		return 1;
	int nrest = 0;
	for (int i = 2; i < argc; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--threads") && i + 1 < argc)
			o.threads = atoi(argv[++i]);
		else if (!strcmp(a, "--max-bytes") && i + 1 < argc) {
			char *end;
			unsigned long long v = strtoull(argv[++i], &end, 10);
			if (*end || v == 0) {
				fprintf(stderr, "tidings: --max-bytes needs a positive number\n");
				free(rest);
				return 2;
			}
			o.max_bytes = (size_t)v;
		} else if (!strcmp(a, "--format") && i + 1 < argc)
			o.format = argv[++i];
		else if (!strcmp(a, "--no-progress"))
			o.progress = 0;
		else if (!strcmp(a, "--progress"))
			o.progress = 1;
		else if (!o.input && !strcmp(a, "-") && m->needs_input)
			o.input = "/dev/stdin"; /* a pipe: `... | tidings analyze -` */
		else if (!o.input && a[0] != '-' && m->needs_input)
			o.input = a;
		else
			rest[nrest++] = argv[i];
	}
	o.argc = nrest;
	o.argv = rest;
	if (nrest && !m->own_options) {
		/* A second folder or a mistyped option would otherwise be
		 * ignored without a word. */
		fprintf(stderr, "tidings %s: unexpected argument '%s' (one <dir|file>; see tidings --help)\n",
			m->name, rest[0]);
		free(rest);
		return 2;
	}
	if (m->needs_input && !o.input) {
		fprintf(stderr, "tidings %s: missing <dir|file>\n", m->name);
		free(rest);
		return 2;
	}
	int rc = m->run(&o);
	free(rest);
	return rc;
}
