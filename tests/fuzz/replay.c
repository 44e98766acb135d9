/* replay.c - plain main that feeds every file of a corpus folder to a
 * libFuzzer target, so the corpus runs in the normal test suite. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
		return 2;
	}
	DIR *d = opendir(argv[1]);
	if (!d) {
		fprintf(stderr, "%s: cannot open %s\n", argv[0], argv[1]);
		return 1;
	}
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", argv[1], e->d_name);
		FILE *f = fopen(path, "rb");
		if (!f)
			continue;
		uint8_t *buf = NULL;
		size_t len = 0, cap = 0, r;
		uint8_t chunk[65536];
		while ((r = fread(chunk, 1, sizeof(chunk), f)) > 0) {
			if (len + r > cap) {
				cap = (len + r) * 2;
				uint8_t *nb = realloc(buf, cap);
				if (!nb)
					abort();
				buf = nb;
			}
			memcpy(buf + len, chunk, r);
			len += r;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(buf ? buf : (const uint8_t *)"", len);
		free(buf);
		n++;
	}
	closedir(d);
	printf("fuzz replay %s: %d inputs, 0 crashes\n", argv[1], n);
	return 0;
}
