/* eval_lang.c - the eval-lang mode: language identification accuracy against DIR/labels.tsv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "lang_model.h"
#include "tidings/error.h"
#include "tidings/lang.h"

typedef struct {
	char *file;
	char gold[8];
} gold_row;

typedef struct {
	char code[8];
	size_t n, ok;
} lang_stat;

typedef struct {
	char gold[8], pred[8];
	size_t n;
} confusion;

/* Reads labels.tsv: a header, then file TAB doc_id TAB lang TAB ... */
static gold_row *read_labels(const char *path, size_t *n)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return NULL;
	gold_row *v = NULL;
	size_t len = 0, cap = 0;
	char line[8192];
	int first = 1;
	while (fgets(line, sizeof(line), f)) {
		if (first) {
			first = 0;
			continue;
		}
		char *t1 = strchr(line, '\t');
		char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t2)
			continue;
		char *t3 = t2 + 1 + strcspn(t2 + 1, "\t\r\n");
		*t1 = 0;
		*t3 = 0;
		if (len == cap) {
			cap = cap ? cap * 2 : 1024;
			gold_row *nv = realloc(v, cap * sizeof(*v));
			if (!nv)
				break;
			v = nv;
		}
		v[len].file = strdup(line);
		snprintf(v[len].gold, sizeof(v[len].gold), "%s", t2 + 1);
		if (v[len].file)
			len++;
	}
	fclose(f);
	*n = len;
	return v;
}

static int cmp_row(const void *a, const void *b)
{
	return strcmp(((const gold_row *)a)->file, ((const gold_row *)b)->file);
}

static void *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	for (;;) {
		if (cap - n < 65536) {
			cap = cap ? cap * 2 : 1 << 20;
			char *nb = realloc(buf, cap);
			if (!nb) {
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		size_t r = fread(buf + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	fclose(f);
	*len = n;
	return buf;
}

/* tidings eval-lang DIR [--model FILE] [--pred FILE]: identifies every
 * article under DIR with the analyze pipeline and scores it against the
 * gold language of DIR/labels.tsv. */
int eval_lang(const cli_opts *o)
{
	const char *model_path = NULL, *pred_path = NULL;
	for (int i = 0; i < o->argc; i++) {
		if (!strcmp(o->argv[i], "--model") && i + 1 < o->argc)
			model_path = o->argv[++i];
		else if (!strcmp(o->argv[i], "--pred") && i + 1 < o->argc)
			pred_path = o->argv[++i];
		else {
			fprintf(stderr, "tidings eval-lang: unknown argument '%s'\n", o->argv[i]);
			return 2;
		}
	}
	char path[4096];
	snprintf(path, sizeof(path), "%s/labels.tsv", o->input);
	size_t ngold = 0;
	gold_row *gold = read_labels(path, &ngold);
	if (!gold) {
		fprintf(stderr, "tidings eval-lang: cannot read %s\n", path);
		return 1;
	}
	qsort(gold, ngold, sizeof(*gold), cmp_row);
	void *model = NULL;
	int rc = td_lang_init();
	if (rc < 0)
		fprintf(stderr, "tidings eval-lang: built-in model: %s\n", td_strerror(rc));
	if (model_path) {
		size_t mlen = 0;
		model = read_file(model_path, &mlen);
		if (!model || td__lang_load(model, mlen) < 0) {
			fprintf(stderr, "tidings eval-lang: %s: not a language model\n", model_path);
			free(model);
			for (size_t i = 0; i < ngold; i++)
				free(gold[i].file);
			free(gold);
			return 1;
		}
	}
	td_batch *b = cli_load(o, TD_STAGE_LANG);
	if (!b) {
		rc = 1;
		goto out;
	}
	FILE *pred = pred_path ? fopen(pred_path, "w") : NULL;
	if (pred_path && !pred)
		fprintf(stderr, "tidings eval-lang: cannot write %s\n", pred_path);
	lang_stat st[64];
	size_t nst = 0, total = 0, ok = 0, missing = 0;
	confusion cf[256];
	size_t ncf = 0;
	for (size_t i = 0; i < b->n; i++) {
		const td_article *a = b->articles[i];
		gold_row key = {.file = (char *)a->file};
		gold_row *g = bsearch(&key, gold, ngold, sizeof(*gold), cmp_row);
		const char *p = a->lang[0] ? a->lang : "und";
		if (pred)
			fprintf(pred, "%s\t%s\n", a->file, p);
		if (!g)
			continue;
		size_t k = 0;
		while (k < nst && strcmp(st[k].code, g->gold))
			k++;
		if (k == nst && nst < 64) {
			memset(&st[nst], 0, sizeof(st[nst]));
			snprintf(st[nst].code, sizeof(st[nst].code), "%s", g->gold);
			nst++;
		}
		total++;
		int hit = !strcmp(p, g->gold);
		ok += (size_t)hit;
		if (k < nst) {
			st[k].n++;
			st[k].ok += (size_t)hit;
		}
		if (!hit) {
			size_t c = 0;
			while (c < ncf && (strcmp(cf[c].gold, g->gold) || strcmp(cf[c].pred, p)))
				c++;
			if (c == ncf && ncf < 256) {
				snprintf(cf[c].gold, sizeof(cf[c].gold), "%s", g->gold);
				snprintf(cf[c].pred, sizeof(cf[c].pred), "%s", p);
				cf[c].n = 0;
				ncf++;
			}
			if (c < ncf)
				cf[c].n++;
		}
	}
	if (pred)
		fclose(pred);
	missing = ngold > total ? ngold - total : 0;
	for (size_t i = 1; i < nst; i++)
		for (size_t j = i; j > 0 && strcmp(st[j].code, st[j - 1].code) < 0; j--) {
			lang_stat t = st[j];
			st[j] = st[j - 1];
			st[j - 1] = t;
		}
	printf("%-6s %7s %7s %8s\n", "lang", "n", "correct", "accuracy");
	for (size_t k = 0; k < nst; k++)
		printf("%-6s %7zu %7zu %7.2f%%\n", st[k].code, st[k].n, st[k].ok,
		       100.0 * (double)st[k].ok / (double)st[k].n);
	printf("%-6s %7zu %7zu %7.2f%%\n", "all", total, ok,
	       total ? 100.0 * (double)ok / (double)total : 0.0);
	if (missing)
		printf("not read: %zu of %zu labelled files\n", missing, ngold);
	if (ncf) {
		for (size_t i = 1; i < ncf; i++)
			for (size_t j = i; j > 0 && cf[j].n > cf[j - 1].n; j--) {
				confusion t = cf[j];
				cf[j] = cf[j - 1];
				cf[j - 1] = t;
			}
		printf("confusions:");
		for (size_t c = 0; c < ncf && c < 12; c++)
			printf(" %s->%s:%zu", cf[c].gold, cf[c].pred, cf[c].n);
		printf("\n");
	}
	rc = b->nerrors ? 1 : 0;
	td_batch_free(b);
out:
	for (size_t i = 0; i < ngold; i++)
		free(gold[i].file);
	free(gold);
	/* the loaded model stays referenced by the library until exit */
	(void)model;
	return rc;
}
