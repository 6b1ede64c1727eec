#!/usr/bin/env python3
"""Probe the extractor with sentences of our own: how many of the wanted relations it finds, and which
unwanted ones it gives.

Each line of a probe file is ``text ||| s p o; s p o ||| s p o`` (the relations wanted, then the ones that must
not appear as asserted or alleged triples); ``#`` starts a comment. The files in ``scripts/probes/`` are
sentences written for the project, in many conflicts and styles; they are a development aid, not the gold.

    python scripts/probe.py scripts/probes/*.txt        # misses and unwanted finds, then the totals
    python scripts/probe.py -v scripts/probes/p1.txt    # every case with what was found
"""
from __future__ import annotations

import argparse

from graph.ingest import make_document
from graph.pipeline import Extractor


def read_cases(paths: list[str]) -> list[tuple[str, list[tuple[str, ...]], list[tuple[str, ...]]]]:
    cases = []
    for path in paths:
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split("|||")] + ["", ""]
            cases.append((parts[0], [tuple(t.split()) for t in parts[1].split(";") if t.strip()],
                          [tuple(t.split()) for t in parts[2].split(";") if t.strip()]))
    return cases


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true", help="show every case, not only the failing ones")
    args = ap.parse_args()
    cases = read_cases(args.files)
    docs = [make_document(text, "probe", doc_id=f"p{i}") for i, (text, _, _) in enumerate(cases)]
    found = wanted = unwanted = 0
    for (text, want, avoid), result in zip(cases, Extractor().extract(docs)):
        got = {(r.subject, r.predicate, r.obj): r for r in result.relations if r.modality in ("asserted", "alleged")}
        miss = [w for w in want if w not in got]
        bad = [u for u in avoid if u in got]
        found, wanted, unwanted = found + len(want) - len(miss), wanted + len(want), unwanted + len(bad)
        if miss or bad or args.verbose:
            print(text)
            for m in miss:
                print("   MISS", " ".join(m))
            for b in bad:
                print("   UNWANTED", " ".join(b))
            for key, r in got.items():
                print("     got", *key, r.modality, r.evidence.rule)
    print(f"found {found}/{wanted}, unwanted {unwanted}")


if __name__ == "__main__":
    main()
