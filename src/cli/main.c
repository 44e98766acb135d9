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
} mode;

static const mode modes[] = {
	{"languages", cmd_languages, 1, "group articles by language (contest format)"},
	{"analyze", cmd_analyze, 1, "one JSON object per article"},
	{"eval-lang", eval_lang, 1, "language accuracy against DIR/labels.tsv [--model F] [--pred F]"},
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
		else if (!o.input && a[0] != '-' && m->needs_input)
			o.input = a;
		else
			rest[nrest++] = argv[i];
	}
	o.argc = nrest;
	o.argv = rest;
	if (m->needs_input && !o.input) {
		fprintf(stderr, "tidings %s: missing <dir|file>\n", m->name);
		free(rest);
		return 2;
	}
	int rc = m->run(&o);
	free(rest);
	return rc;
}
