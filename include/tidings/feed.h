/* feed.h - parses RSS 2.0, RSS 1.0 (RDF) and Atom feeds into items. */
#ifndef TIDINGS_FEED_H
#define TIDINGS_FEED_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/arena.h"

typedef enum {
	TD_FEED_RSS = 1, /* RSS 0.9x / 2.0: <rss><channel><item> */
	TD_FEED_RDF,     /* RSS 1.0: <rdf:RDF> with RSS 1.0 items */
	TD_FEED_ATOM     /* Atom 1.0 (and the Atom 0.3 draft) */
} td_feed_kind;

/* One entry of a feed. Strings are UTF-8, NUL-terminated and live in the
 * arena given to td_feed_parse; NULL means absent. Links are absolute
 * (resolved against xml:base and the feed URL). summary and content are
 * HTML fragments (plain-text constructs are escaped into HTML). */
typedef struct {
	const char *id;      /* guid / atom:id */
	const char *link;    /* the article page */
	const char *title;   /* plain text, whitespace collapsed */
	const char *author;
	const char *summary; /* description / atom:summary */
	const char *content; /* content:encoded / atom:content */
	const char *lang;    /* xml:lang of the entry, else the feed's language */
	const char **categories;
	size_t ncategories;
	int64_t published;   /* seconds since the epoch (UTC), 0 when unknown */
	int64_t updated;     /* 0 when unknown */
	/* The longer of content and summary, and what it holds: visible
	 * characters (code points), paragraphs of 40 or more characters, and
	 * whether it looks like the whole article rather than a teaser. */
	const char *body;
	size_t body_chars, body_paragraphs;
	int full_text;
} td_feed_item;

/* A parsed feed. */
typedef struct {
	td_feed_kind kind;
	const char *title;       /* channel / feed title, plain text */
	const char *site;        /* the site's home page (channel link) */
	const char *description;
	const char *lang;        /* <language> or xml:lang on the root */
	int64_t updated;         /* lastBuildDate / atom:updated; 0 unknown */
	int ttl_minutes;         /* RSS <ttl>; 0 when absent */
	td_feed_item *items;
	size_t nitems;
} td_feed;

typedef struct {
	size_t max_bytes; /* refuse larger documents (TD_ERR_TOOBIG); 0: 8 MiB */
	size_t max_items; /* keep the first N items; 0: 1000 */
	const char *charset; /* from the HTTP Content-Type; used only when the
				document declares no encoding and has no BOM */
} td_feed_opts;

#define TD_FEED_DEFAULT_MAX_BYTES (8u << 20)
#define TD_FEED_DEFAULT_MAX_ITEMS 1000

/* Parses the feed document data[0..len). url, when not NULL, is where it
 * came from and the base for relative links. The parser never touches
 * the network, never loads a DTD and refuses documents that declare
 * entities (no entity expansion, so no "billion laughs"). Everything is
 * allocated in ar. Returns 0 and fills *out, or TD_ERR_TOOBIG,
 * TD_ERR_EMPTY, TD_ERR_PARSE (malformed XML), TD_ERR_FORMAT (well-formed
 * XML that is no RSS/Atom feed) or TD_ERR_NOMEM; on an error a one-line
 * explanation ("line 3: Opening and ending tag mismatch: ...") is written
 * to detail when detail is not NULL. */
int td_feed_parse(const char *data, size_t len, const char *url, const td_feed_opts *opts,
		  td_arena *ar, td_feed *out, char *detail, size_t detail_len);

/* td_time_parse() (article.h), under the feed's name: an RFC 822 / RFC
 * 2822 or ISO 8601 date into seconds since the epoch; 0 when none. */
int64_t td_feed_parse_date(const char *s);

/* Measures an HTML fragment (or plain text): visible characters (code
 * points, whitespace collapsed, tags, scripts and styles skipped) and
 * paragraphs (blocks of 40 or more characters). Sets *truncated when the
 * text ends in a teaser mark ("...", "[…]", "Read more", "Читать далее").
 * Never allocates. */
void td_feed_text_stats(const char *html, size_t *chars, size_t *paragraphs, int *truncated);

/* Whether a body with these figures is the full article: 1500 or more
 * characters, or 600 or more in 3 or more paragraphs, and not cut off
 * with a teaser mark (unless 3000 or more characters). */
int td_feed_is_full_text(size_t chars, size_t paragraphs, int truncated);

/* Plain text of an HTML fragment on one line: tags dropped, common
 * character references decoded, white space collapsed. Returns a copy in
 * ar (NULL when out of memory or when html is NULL). */
char *td_feed_plain_text(td_arena *ar, const char *html);

/* Name of a feed kind: "rss", "rdf", "atom". */
const char *td_feed_kind_name(td_feed_kind k);

#endif
