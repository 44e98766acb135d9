#!/usr/bin/env python3
"""check_lexicon.py - checks the seed stems against Hunspell dictionaries.

For every language with a Debian hunspell-<lang> dictionary (ru uk bg pl cs sk
sl hr en), each prefix entry of seeds.txt is matched against the dictionary's
stems: a prefix that matches no word may be misspelt, one that matches very
many words is probably too short to mean one thing. Prints both lists, with
examples, for a person to review. Usage: check_lexicon.py [--max N] [lang...]
"""
import bisect
import os
import re
import sys

DICS = {"ru": "ru_RU", "uk": "uk_UA", "bg": "bg_BG", "pl": "pl_PL", "cs": "cs_CZ",
        "sk": "sk_SK", "sl": "sl_SI", "hr": "hr_HR", "en": "en_US"}


def load_dic(lang):
    path = "/usr/share/hunspell/%s.dic" % DICS[lang]
    enc = "utf-8"
    aff = path[:-4] + ".aff"
    if os.path.exists(aff):
        for line in open(aff, "rb"):
            if line.startswith(b"SET "):
                enc = line.split()[1].decode()
                break
    words = set()
    with open(path, encoding=enc, errors="replace") as f:
        next(f, None)
        for line in f:
            w = line.split("/", 1)[0].strip().lower().replace("ё", "е")
            if w:
                words.add(w)
    return sorted(words)


def main():
    args = sys.argv[1:]
    mx = 300
    if args[:1] == ["--max"]:
        mx = int(args[1])
        args = args[2:]
    langs = args or list(DICS)
    here = os.path.dirname(os.path.abspath(__file__))
    seeds = {}
    sec = None
    for line in open(os.path.join(here, "seeds.txt"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        m = re.match(r"\[(\w\w) (\w+)\]", line)
        if m:
            sec = m.groups()
            continue
        if sec:
            for e in line.split():
                e = e.rsplit(":", 1)[0] if ":" in e[1:] else e
                if e.endswith("*"):
                    seeds.setdefault(sec[0], []).append((e[:-1].lower(), sec[1]))
    for lang in langs:
        if lang not in DICS or not os.path.exists("/usr/share/hunspell/%s.dic" % DICS[lang]):
            continue
        words = load_dic(lang)
        print("== %s: %d dictionary stems, %d prefixes" % (lang, len(words), len(seeds.get(lang, []))))
        for p, cls in seeds.get(lang, []):
            i = bisect.bisect_left(words, p)
            j = bisect.bisect_left(words, p + "\uffff")
            n = j - i
            if n == 0:
                print("  none  %-14s %s" % (p + "*", cls))
            elif n > mx:
                ex = ", ".join(words[i:j:max(1, n // 6)][:6])
                print("  %5d %-14s %-13s e.g. %s" % (n, p + "*", cls, ex))


if __name__ == "__main__":
    main()
