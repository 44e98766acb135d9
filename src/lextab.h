/* lextab.h - read-only word-form tables generated at build time from the
 * hunspell dictionaries (tools/gen_lexicon.c), and the case rules of
 * hunspell that the generator and the reader share. */
#ifndef TIDINGS_LEXTAB_H
#define TIDINGS_LEXTAB_H

#include <stddef.h>
#include <stdint.h>

#define TD__LEXTAB_MAGIC "TDLEXT06"

/* hunspell's capitalisation classes (get_captype). */
enum { TD__CAP_NO, TD__CAP_INIT, TD__CAP_ALL, TD__CAP_HUHINIT, TD__CAP_HUH };

/* Header flags. */
enum {
	TD__LT_LATIN2 = 1,   /* dictionary encoding ISO-8859-2 */
	TD__LT_COMPRULE = 2, /* compounding is possible (words with digits go to hunspell) */
	TD__LT_HYPHEN = 4,   /* BREAK rules the reader does not follow */
	TD__LT_COMPOUNDS = 8, /* the affix file names compounds (TD__LEX spell rule) */
	TD__LT_BREAK1 = 16,   /* BREAK is "-" alone (else hunspell's default) */
	TD__LT_ENDS = 32      /* compounds end with one of endstr (else any word with digits) */
};

/* Payload bits of a key: which spellings of the key exist as forms. */
enum {
	TD__LT_LF = 1,  /* the lower-case spelling itself */
	TD__LT_TF = 2,  /* the capitalised spelling (first letter upper) */
	TD__LT_UF = 4,  /* the all-capitals spelling */
	TD__LT_OF = 8,  /* another mix of case */
	TD__LT_AMB = 16 /* answers stored (several stems or special flags) */
};
#define TD__LT_IDX_SHIFT 5

typedef struct {
	char magic[8];
	uint32_t flags, bbits;  /* bucket bits: 2^bbits buckets */
	uint64_t nent, nroots, namb, blob;
	uint64_t dic_size, dic_mtime, aff_size, aff_mtime;
	uint32_t nfb;           /* code points that send a word to hunspell */
	uint32_t fb[255];
	uint32_t hi[128];       /* ISO-8859-2 bytes 0x80-0xFF as code points */
	uint32_t nconv;         /* hunspell's input conversions of one character */
	uint32_t conv[16][2];   /* to another (ICONV), from and to */
	uint32_t nend;          /* lower-case words that can end a compound (rules) */
	char endstr[32][16];
} td__lextab_hdr;

/* A mapped table: buckets (2^bbits + 1 start indices), entries (fingerprint
 * << 32 | payload, sorted by bucket then fingerprint), root offsets, answer
 * records (TD__LT_REC words: 4 x {flags, lemma offset} for the lower-case,
 * capitalised, all-capitals and mixed-case spelling, then the offset of
 * that mixed-case spelling, the key's only one, or TD__LT_NONE) and the
 * string blob. */
#define TD__LT_REC 9
typedef struct {
	const td__lextab_hdr *h;
	const uint32_t *bucket;
	const uint64_t *ent;
	const uint32_t *root;
	const uint32_t *amb;
	const char *blob;
	size_t size;
} td__lextab;

#define TD__LT_NONE 0xFFFFFFFFu

/* Byte offsets of the arrays after the header. */
void td__lextab_layout(const td__lextab_hdr *h, uint64_t *o_bucket, uint64_t *o_ent,
		       uint64_t *o_root, uint64_t *o_amb, uint64_t *o_blob, uint64_t *total);

/* Maps file path read-only and checks it against the dictionary files'
 * sizes and times. Returns 0 or a negative TD_ERR_*. */
int td__lextab_open(td__lextab *t, const char *path, const char *aff, const char *dic);

/* Hash of a key (the lower-case spelling). */
uint64_t td__lextab_hash(const char *s, size_t n);

/* Payload of a key, or TD__LT_NONE when absent. */
uint32_t td__lextab_find(const td__lextab *t, const char *key, size_t n);

/* hunspell's capitalisation class of a UTF-8 word, its lower-case spelling
 * (character by character) into lower, the capitalised and all-capitals
 * spellings of that into title / upper (each cap bytes). Returns the class
 * or -1 when the word is not valid or too long. */
int td__lextab_case(const char *w, size_t n, char *lower, char *title, char *upper, size_t cap,
		    size_t *ln, size_t *tn, size_t *un);

/* The dictionary files of lexicon li (entities_lex.c). Returns 0 or
 * TD_ERR_NOTFOUND. */
int td__lex_files(int li, char *aff, char *dic, size_t cap);

/* analyse() of a word by hunspell itself, bypassing tables and caches (the
 * generator and tests): flags and the lemma into lemma (cap bytes, "" for
 * none); flags 0 when the dictionary is unavailable. */
void td__lex_hunspell(int li, const char *w, size_t n, uint8_t *flags, char *lemma, size_t cap);

/* analyse() of the words ws (nw of them, lengths wn) that hunspell looks
 * up as the one spelling stemword (a lower-case word whose capitalised and
 * all-capitals spellings are no forms): one stem() call, then each word's
 * flags and lemma (lemmas: nw buffers of cap bytes). Returns 0, or -1 when
 * hunspell has no stems for stemword (nothing written). */
int td__lex_hunspell_shared(int li, const char *stemword, size_t sn, const char *const *ws,
			    const size_t *wn, int nw, uint8_t *flags, char *lemmas, size_t cap);

/* Number of words hunspell itself analysed in this process. */
size_t td__lex_analyses(void);

#endif
