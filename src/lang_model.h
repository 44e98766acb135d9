/* lang_model.h - library-internal access to the language model (evaluation of other models). */
#ifndef TIDINGS_LANG_MODEL_H
#define TIDINGS_LANG_MODEL_H

#include <stddef.h>

/* Cost units per nat in the model's quantised penalties (train.py SCALE). */
#define TD__LANG_SCALE 8

/* Replaces the active model with the one in data[0..len) (the format of
 * data/lang/model.bin), which must outlive every later detection and be
 * followed by at least 64 readable bytes (vector loads). Not
 * thread-safe: call before detecting. Returns 0 or TD_ERR_NODATA (the
 * active model is kept). */
int td__lang_load(const void *data, size_t len);

#endif
