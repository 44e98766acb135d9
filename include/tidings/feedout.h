/* feedout.h - stories out as feeds: Atom 1.0 and JSON Feed 1.1. */
#ifndef TIDINGS_FEEDOUT_H
#define TIDINGS_FEEDOUT_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/jsonw.h"
#include "tidings/story.h"

/* Describes the feed as a whole. Every field may be NULL / 0. */
typedef struct {
	const char *title;      /* NULL: "tidings stories" */
	const char *id;         /* the feed's permanent IRI; NULL: "urn:tidings:stories" */
	const char *self_url;   /* where this feed is served */
	const char *home_url;   /* the HTML page the feed mirrors */
	const char *story_url;  /* prefix of a story's page: story_url + 16 hex digits
				   of the id makes the entry's alternate link */
	int64_t updated;        /* seconds since the epoch; 0: the newest story */
	size_t max_sources;     /* source links per entry; 0: 30 */
} td_feedout_meta;

/* Appends an Atom 1.0 document (RFC 4287) with one entry per story to
 * w's buffer: id "urn:tidings:story:<16 hex digits>", the title, updated
 * and published times in RFC 3339 (UTC) from the members' publication
 * times (or days), the summary sentences as <summary>, an HTML
 * <content> with the summary and the list of sources, a "related" link
 * per member article URL (duplicates skipped) and the category. Text is
 * escaped for XML; characters XML 1.0 forbids are dropped and invalid
 * UTF-8 becomes U+FFFD, so the output is always well-formed. Returns 0
 * or TD_ERR_NOMEM (from w). */
int td_feedout_atom(td_jw *w, const td_story *const *stories, size_t n,
		    const td_feedout_meta *m);

/* Appends a JSON Feed 1.1 document with the same content: per item id,
 * url (with story_url), title, summary, content_text, content_html,
 * date_published, date_modified, language, tags and an "_tidings"
 * extension listing the sources (url, outlet, title, language). Returns
 * 0 or TD_ERR_NOMEM (from w). */
int td_feedout_jsonfeed(td_jw *w, const td_story *const *stories, size_t n,
			const td_feedout_meta *m);

#endif
