/* fuzz_json.c - libFuzzer target: the json reader and the article pipeline. */
#define FUZZ_FORMAT TD_FMT_JSON
#define FUZZ_NAME "fuzz.json"
#include "reader_target.h"
