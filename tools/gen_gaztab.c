/* gen_gaztab.c - writes the gazetteer table at build time (aliases, ICU
 * country, region, city and calendar names, subdivisions and towns, built
 * exactly as the engine builds them), so that a process maps it instead of
 * building it at every start. Usage: gen_gaztab OUT. Exit 0 written, 1
 * error. */
#include <stdio.h>
#include <stdlib.h>

#include "entities_int.h"
#include "tidings/error.h"

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: gen_gaztab OUT\n");
		return 1;
	}
	/* Build from the sources, never from an earlier table. */
	setenv("TIDINGS_LEXTAB_DIR", "none", 1);
	int rc = td__gaz_write(argv[1]);
	if (rc < 0) {
		fprintf(stderr, "gen_gaztab: %s: %s\n", argv[1], td_strerror(rc));
		return 1;
	}
	return 0;
}
