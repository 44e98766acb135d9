/* fuzz_jsonl.c - libFuzzer target: the jsonl reader and the article pipeline. */
#define FUZZ_FORMAT TD_FMT_JSONL
#define FUZZ_NAME "fuzz.jsonl"
#include "reader_target.h"
