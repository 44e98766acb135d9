/* jsonw.h - streaming JSON writer into a growable buffer. */
#ifndef TIDINGS_JSONW_H
#define TIDINGS_JSONW_H

#include <stddef.h>
#include <stdint.h>

/* A writer appends JSON text to buf. Commas between members and items
 * are inserted automatically. On allocation failure err is set, further
 * calls do nothing, and the caller sees it in td_jw_finish. Nesting depth
 * is limited to 64. */
typedef struct {
	char *buf;
	size_t len, cap;
	int err;
	int depth;
	uint8_t first[64]; /* 1 when the open container has no item yet */
	int after_key;
} td_jw;

void td_jw_init(td_jw *w);
void td_jw_free(td_jw *w);
/* Empties the buffer but keeps its memory; a new document starts. */
void td_jw_reset(td_jw *w);
/* Empties the buffer (its text has been written out) but keeps the open
 * containers: what follows continues the same document, commas included. */
void td_jw_drain(td_jw *w);
void td_jw_obj(td_jw *w);
void td_jw_obj_end(td_jw *w);
void td_jw_arr(td_jw *w);
void td_jw_arr_end(td_jw *w);
/* Writes a member name; the next value call is its value. */
void td_jw_key(td_jw *w, const char *k);
/* A string value; NULL writes null. Invalid UTF-8 becomes U+FFFD. */
void td_jw_str(td_jw *w, const char *s);
void td_jw_strn(td_jw *w, const char *s, size_t n);
void td_jw_int(td_jw *w, long long v);
void td_jw_num(td_jw *w, double v);
void td_jw_bool(td_jw *w, int v);
void td_jw_null(td_jw *w);
/* A member: name k and its value (td_jw_key followed by the value call). */
void td_jw_kstr(td_jw *w, const char *k, const char *s);
void td_jw_kint(td_jw *w, const char *k, long long v);
void td_jw_knum(td_jw *w, const char *k, double v);
void td_jw_kbool(td_jw *w, const char *k, int v);
/* A day (days since 1970-01-01) as "YYYY-MM-DD"; null for INT32_MIN
 * (TD_NODATE of article.h). */
void td_jw_day(td_jw *w, int32_t day);
/* Appends raw text (a newline between JSON lines, for instance). */
void td_jw_raw(td_jw *w, const char *s, size_t n);
/* Returns 0 or TD_ERR_NOMEM. */
int td_jw_finish(td_jw *w);

#endif
