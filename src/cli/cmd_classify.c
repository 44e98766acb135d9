/* cmd_classify.c - the news and categories modes, and their evaluation on labelled TSV files. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "tidings/arena.h"
#include "tidings/classify.h"
#include "tidings/error.h"

static int finish(td_jw *w, td_batch *b)
{
	td_jw_raw(w, "\n", 1);
	int rc = cli_emit(w);
	td_jw_free(w);
	rc = rc ? rc : b->nerrors ? 1 : 0;
	td_batch_free(b);
	return rc;
}

int cmd_news(const cli_opts *o)
{
	td_batch *b = cli_load_ex(o, TD_STAGE_CLASSIFY, TD_PIPE_NO_EXTRACT);
	if (!b)
		return 1;
	td_jw w;
	td_jw_init(&w);
	td_jw_obj(&w);
	td_jw_key(&w, "articles");
	td_jw_arr(&w);
	for (size_t i = 0; i < b->n; i++)
		if (b->articles[i]->is_news == 1)
			td_jw_str(&w, b->articles[i]->file);
	td_jw_arr_end(&w);
	td_jw_obj_end(&w);
	return finish(&w, b);
}

int cmd_categories(const cli_opts *o)
{
	td_batch *b = cli_load_ex(o, TD_STAGE_CLASSIFY, TD_PIPE_NO_EXTRACT);
	if (!b)
		return 1;
	td_jw w;
	td_jw_init(&w);
	td_jw_arr(&w);
	for (int c = TD_CAT_SOCIETY; c < TD_CAT_COUNT; c++) {
		td_jw_obj(&w);
		td_jw_key(&w, "category");
		td_jw_str(&w, td_category_name((td_category)c));
		td_jw_key(&w, "articles");
		td_jw_arr(&w);
		for (size_t i = 0; i < b->n; i++) {
			const td_article *a = b->articles[i];
			if (a->is_news == 1 && (int)a->category == c)
				td_jw_str(&w, a->file);
		}
		td_jw_arr_end(&w);
		td_jw_obj_end(&w);
	}
	td_jw_arr_end(&w);
	return finish(&w, b);
}

/* ---- eval-categories --------------------------------------------------- */

/* Labels of the evaluation: not_news, then the seven categories. */
#define NLAB TD_CAT_COUNT
static const char *lab_name(int l)
{
	return l == 0 ? "not_news" : td_category_name((td_category)l);
}

static int lab_from_name(const char *s)
{
	if (!strcmp(s, "not_news"))
		return 0;
	td_category c = td_category_from_name(s);
	return c == TD_CAT_NONE ? -1 : (int)c;
}

typedef struct {
	unsigned n, ok, news_ok;
	unsigned conf[NLAB][NLAB]; /* [gold][predicted] */
} tally;

static void tally_add(tally *t, int gold, int pred)
{
	t->n++;
	t->ok += gold == pred;
	t->news_ok += (gold == 0) == (pred == 0);
	t->conf[gold][pred]++;
}

static void tally_merge(tally *into, const tally *t)
{
	into->n += t->n;
	into->ok += t->ok;
	into->news_ok += t->news_ok;
	for (int g = 0; g < NLAB; g++)
		for (int p = 0; p < NLAB; p++)
			into->conf[g][p] += t->conf[g][p];
}

static void tally_line(const char *name, const tally *t)
{
	printf("%-44s %4u  %.3f  %.3f\n", name, t->n, t->n ? (double)t->ok / t->n : 0.0,
	       t->n ? (double)t->news_ok / t->n : 0.0);
}

static void confusion(const char *title, const tally *t)
{
	printf("\n%s (rows gold, columns predicted)\n%-14s", title, "");
	for (int p = 0; p < NLAB; p++)
		printf(" %6.6s", lab_name(p));
	printf("  recall\n");
	for (int g = 0; g < NLAB; g++) {
		unsigned row = 0;
		printf("%-14s", lab_name(g));
		for (int p = 0; p < NLAB; p++) {
			printf(" %6u", t->conf[g][p]);
			row += t->conf[g][p];
		}
		if (row)
			printf("  %.2f\n", (double)t->conf[g][g] / row);
		else
			printf("     -\n");
	}
}

/* Splits a TSV line in place into at most max fields. */
static int split_tab(char *line, char **f, int max)
{
	int n = 0;
	size_t l = strlen(line);
	while (l && (line[l - 1] == '\n' || line[l - 1] == '\r'))
		line[--l] = 0;
	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = 0;
			f[n++] = p + 1;
		}
	return n;
}

static int col(char **f, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(f[i], name))
			return i;
	return -1;
}

typedef struct {
	int errors;  /* print misclassified rows */
	int rows;    /* print every row */
	int no_lang; /* do not tell the classifier the language */
} eval_opts;

/* Prints a misclassified row with the evidence the classifier saw. */
static void explain(const td_article *a, const char *name, unsigned lineno, int pass, int gold,
		    int pred)
{
	td_classify_result r;
	const char *t = a->title ? a->title : "";
	if (td_classify_text(t, strlen(t), a->body, a->body_len, a->lang, &r) < 0)
		return;
	size_t tl = strlen(t);
	if (tl > 70) {
		tl = 70;
		while (tl && ((unsigned char)t[tl] & 0xC0) == 0x80)
			tl--;
	}
	printf("  %s:%u%s gold %s got %s | news %.1f - not %.1f = %.1f |", name, lineno,
	       pass ? "t" : "", lab_name(gold), lab_name(pred), r.news_evidence,
	       r.notnews_evidence, r.news_score);
	for (int c = 1; c < TD_CAT_COUNT; c++)
		printf(" %.4s %.1f", td_category_name((td_category)c), r.scores[c]);
	printf(" | %.*s\n", (int)tl, t);
}

/* Evaluates one TSV file, once on INPUT:title/text and, when the file has
 * them, once on INPUT:trans_title/trans_text. */
static int eval_file(const char *path, const char *name, const eval_opts *eo, tally *all,
		     tally *exam)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "tidings: %s: %s\n", path, td_strerror(TD_ERR_IO));
		return 1;
	}
	char *line = NULL;
	size_t cap = 0;
	char *h[32];
	int nh = 0, rc = 0;
	if (getline(&line, &cap, f) > 0)
		nh = split_tab(line, h, 32);
	char *hdr[32];
	char *hcopy = NULL;
	if (nh) {
		size_t tot = 0;
		for (int i = 0; i < nh; i++)
			tot += strlen(h[i]) + 1;
		hcopy = malloc(tot);
		char *p = hcopy;
		for (int i = 0; hcopy && i < nh; i++) {
			size_t l = strlen(h[i]) + 1;
			memcpy(p, h[i], l);
			hdr[i] = p;
			p += l;
		}
	}
	int ct = hcopy ? col(hdr, nh, "INPUT:title") : -1, cx = hcopy ? col(hdr, nh, "INPUT:text") : -1;
	int cg = hcopy ? col(hdr, nh, "GOLDEN:res") : -1;
	int ctt = hcopy ? col(hdr, nh, "INPUT:trans_title") : -1;
	int ctx = hcopy ? col(hdr, nh, "INPUT:trans_text") : -1;
	if (ct < 0 || cx < 0 || cg < 0) {
		fprintf(stderr, "tidings: %s: needs columns INPUT:title, INPUT:text, GOLDEN:res\n", path);
		rc = 1;
		goto out;
	}
	/* File names start with the language of INPUT:text ("en_cat_exam.tsv");
	 * the translations are Russian. */
	char lang[3] = {0};
	if (name[0] && name[1] && name[2] == '_')
		memcpy(lang, name, 2);
	int is_exam = strstr(name, "exam") != NULL;
	td_arena *ar = td_arena_create();
	if (!ar) {
		rc = 1;
		goto out;
	}
	tally t[2];
	memset(t, 0, sizeof(t));
	int passes = ctt >= 0 && ctx >= 0 ? 2 : 1;
	unsigned lineno = 1;
	while (getline(&line, &cap, f) > 0) {
		lineno++;
		char *fl[32];
		int n = split_tab(line, fl, 32);
		if (n <= cg || n <= cx || n <= ct)
			continue;
		int gold = lab_from_name(fl[cg]);
		if (gold < 0) {
			fprintf(stderr, "tidings: %s:%u: unknown label '%s'\n", path, lineno, fl[cg]);
			continue;
		}
		for (int pass = 0; pass < passes; pass++) {
			if (pass == 1 && (n <= ctt || n <= ctx))
				continue;
			td_arena_reset(ar);
			td_article a;
			td_article_init(&a);
			a.file = name;
			a.first_line = pass ? fl[ctt] : fl[ct];
			a.raw_body = pass ? fl[ctx] : fl[cx];
			a.raw_body_len = strlen(a.raw_body);
			a.lang_hint = eo->no_lang ? NULL : pass ? "ru" : lang[0] ? lang : NULL;
			if (td_pipeline_article(&a, ar, TD_STAGE_CLASSIFY) < 0) {
				rc = 1;
				continue;
			}
			int pred = a.is_news == 1 ? (int)a.category : 0;
			tally_add(&t[pass], gold, pred);
			if ((eo->errors && pred != gold) || eo->rows)
				explain(&a, name, lineno, pass, gold, pred);
		}
	}
	td_arena_destroy(ar);
	for (int pass = 0; pass < passes; pass++) {
		char label[256];
		snprintf(label, sizeof(label), "%s%s", name,
			 passes == 1 ? "" : pass ? " (ru translation)" : " (original)");
		tally_line(label, &t[pass]);
		tally_merge(all, &t[pass]);
		if (is_exam)
			tally_merge(exam, &t[pass]);
	}
out:
	free(hcopy);
	free(line);
	fclose(f);
	return rc;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int cmd_eval_categories(const cli_opts *o)
{
	eval_opts eo = {0};
	for (int i = 0; i < o->argc; i++) {
		if (!strcmp(o->argv[i], "--errors"))
			eo.errors = 1;
		else if (!strcmp(o->argv[i], "--rows"))
			eo.rows = 1;
		else if (!strcmp(o->argv[i], "--no-lang"))
			eo.no_lang = 1;
		else {
			fprintf(stderr, "tidings eval-categories: unknown option '%s'\n", o->argv[i]);
			return 2;
		}
	}
	char *names[256];
	size_t nn = 0;
	struct stat st;
	const char *dir = o->input;
	if (stat(o->input, &st) == 0 && S_ISREG(st.st_mode)) {
		const char *sl = strrchr(o->input, '/');
		names[nn++] = strdup(sl ? sl + 1 : o->input);
		dir = NULL;
	} else {
		DIR *d = opendir(o->input);
		if (!d) {
			fprintf(stderr, "tidings: %s: %s\n", o->input, td_strerror(TD_ERR_IO));
			return 1;
		}
		struct dirent *e;
		while ((e = readdir(d)) && nn < 256) {
			size_t l = strlen(e->d_name);
			if (l > 4 && !strcmp(e->d_name + l - 4, ".tsv"))
				names[nn++] = strdup(e->d_name);
		}
		closedir(d);
		qsort(names, nn, sizeof(*names), name_cmp);
	}
	if (!nn) {
		fprintf(stderr, "tidings: %s: no .tsv files\n", o->input);
		return 1;
	}
	tally all, exam;
	memset(&all, 0, sizeof(all));
	memset(&exam, 0, sizeof(exam));
	int rc = 0;
	printf("%-44s %4s  %-5s  %s\n", "file", "n", "acc", "news-acc");
	for (size_t i = 0; i < nn; i++) {
		char path[4096];
		if (!names[i]) {
			rc = 1;
			continue;
		}
		if (dir)
			snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		else
			snprintf(path, sizeof(path), "%s", o->input);
		rc |= eval_file(path, names[i], &eo, &all, &exam);
		free(names[i]);
	}
	tally_line("all", &all);
	if (exam.n)
		tally_line("exam files", &exam);
	confusion("confusion, all files", &all);
	if (exam.n)
		confusion("confusion, exam files", &exam);
	return rc;
}
