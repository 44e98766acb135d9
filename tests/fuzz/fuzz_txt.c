/* fuzz_txt.c - libFuzzer target: the txt reader and the article pipeline. */
#define FUZZ_FORMAT TD_FMT_TXT
#define FUZZ_NAME "fuzz.txt"
#include "reader_target.h"
