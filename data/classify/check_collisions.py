#!/usr/bin/env python3
"""check_collisions.py - finds seed entries that fire on other languages' news.

When an article's language is unknown every language's entries count, so an
entry of one language that matches frequent words of another ("je" is French
"I" and Slovene "is") adds false evidence. This counts, per 1,000 words of
real news of each other language, how often each entry matches, and prints the
entries above a rate, with the words they matched, for a person to review
(same-meaning matches such as "президент*" are harmless; false friends get a
"!" so they count only when the language is known).

Usage: check_collisions.py LABELS.tsv [RATE]   where LABELS.tsv has the columns
file and lang (paths relative to its folder), e.g. bsnlp-dev/labels.tsv.
"""
import collections
import csv
import os
import re
import sys

WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", re.U)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    labels = sys.argv[1]
    rate_min = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
    root = os.path.dirname(os.path.abspath(labels))
    freq = collections.defaultdict(collections.Counter)
    total = collections.Counter()
    for r in csv.DictReader(open(labels, encoding="utf-8"), delimiter="\t"):
        text = open(os.path.join(root, r["file"]), encoding="utf-8", errors="replace").read(4096)
        for w in WORD.findall(text.lower().replace("ё", "е")):
            freq[r["lang"]][w] += 1
            total[r["lang"]] += 1
    here = os.path.dirname(os.path.abspath(__file__))
    seeds, sec = [], None
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
                if not e.startswith("!"):
                    seeds.append((sec[0], sec[1], e.lower()))
    out = []
    for lang, cls, e in seeds:
        prefix, s = e.endswith("*"), e.rstrip("*~")
        for other in freq:
            if other == lang:
                continue
            hits = collections.Counter({w: c for w, c in freq[other].items()
                                        if w == s or (prefix and w.startswith(s))})
            rate = 1000.0 * sum(hits.values()) / total[other]
            if rate >= rate_min:
                out.append((rate, lang, cls, e, other, ", ".join(w for w, _ in hits.most_common(4))))
    for o in sorted(out, reverse=True):
        print("%6.1f/1000  %s %-13s %-14s in %s: %s" % o)


if __name__ == "__main__":
    main()
