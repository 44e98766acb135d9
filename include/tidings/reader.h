/* reader.h - reads article containers: plain text, HTML pages, JSON. */
#ifndef TIDINGS_READER_H
#define TIDINGS_READER_H

#include <stddef.h>

#include "tidings/arena.h"
#include "tidings/article.h"

typedef enum {
	TD_FMT_AUTO = 0, /* by file name, then by sniffing the content */
	TD_FMT_TXT,      /* optional " date YYYY-MM-DD " prefix, first line, body */
	TD_FMT_HTML,     /* HTML5 page with og:/article: meta tags */
	TD_FMT_JSON,     /* one JSON object or an array of objects */
	TD_FMT_JSONL     /* one JSON object per line */
} td_format;

typedef struct {
	size_t max_bytes; /* per file or per JSON line; 0 means the default */
} td_reader_opts;

#define TD_READER_DEFAULT_MAX (8u << 20)

/* Called once per article read. The article and its strings live in the
 * arena passed to the reader. Return non-zero to stop reading. */
typedef int (*td_article_fn)(void *ctx, td_article *a);

/* Called for an item that cannot be read (one bad line of a JSON-lines
 * file); detail says where. The rest of the file is still read. */
typedef void (*td_item_error_fn)(void *ctx, const char *file, int err, const char *detail);

/* Format implied by a file name's extension; TD_FMT_AUTO when unknown. */
td_format td_format_from_name(const char *name);

/* Reads the articles in data[0..len) (name is used for ids and messages).
 * Validates size, NUL bytes and UTF-8 first: a bad buffer yields no
 * article and a negative TD_ERR_* code. Returns the number of articles
 * delivered (>= 0) or a TD_ERR_* code. Allocates only in arena. */
int td_read_buffer(const char *name, const char *data, size_t len, td_format fmt,
		   const td_reader_opts *opts, td_arena *arena, td_article_fn fn,
		   td_item_error_fn efn, void *ctx);

/* Reads the file at path (name is its name relative to the input root)
 * like td_read_buffer. Refuses files over the size limit before reading. */
int td_read_file(const char *path, const char *name, td_format fmt,
		 const td_reader_opts *opts, td_arena *arena, td_article_fn fn,
		 td_item_error_fn efn, void *ctx);

/* Lists the input files (.txt, .html, .htm, .json, .jsonl, .ndjson) under
 * root recursively, as names relative to root, sorted bytewise. When root
 * is a file, lists just it (its name is the base name). The caller frees
 * the list with td_list_free. Returns 0 or a TD_ERR_* code. */
int td_list_inputs(const char *root, char ***names, size_t *n);
void td_list_free(char **names, size_t n);

#endif
