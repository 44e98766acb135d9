/* lang.h - language identification of articles and sentences. */
#ifndef TIDINGS_LANG_H
#define TIDINGS_LANG_H

#include <stddef.h>

/* Result of identification: ISO 639-1 code ("ru", "bg", "en") or "" when
 * the text has no letters, and a confidence in [0, 1]. */
typedef struct {
	char code[4];
	float confidence;
} td_lang_result;

/* Loads the model (compiled in or from the data folder). Idempotent and
 * thread-safe; td_lang_detect calls it on first use. Returns 0 or
 * TD_ERR_NODATA. */
int td_lang_init(void);

/* Identifies the language of len bytes of UTF-8 text. Reads at most a
 * bounded prefix for speed. Thread-safe, allocates nothing. Returns 0
 * (out filled, code "" when undecidable) or a TD_ERR_* code. */
int td_lang_detect(const char *text, size_t len, td_lang_result *out);

#endif
