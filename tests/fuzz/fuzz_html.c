/* fuzz_html.c - libFuzzer target: the html reader and the article pipeline. */
#define FUZZ_FORMAT TD_FMT_HTML
#define FUZZ_NAME "fuzz.html"
#include "reader_target.h"
