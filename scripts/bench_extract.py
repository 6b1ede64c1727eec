"""Throughput of the full extraction against spaCy's own ``nlp.pipe`` over the same texts, in one run.

Prints words per second for both and their ratio (the goal, issue 12: extraction keeps at
least 85% of spaCy's throughput). Both runs see the same paragraphs in the same batches, and
the model is loaded once. The two are timed in turns (``--rounds``) and each keeps its best
round, so a burst of load from other work on a shared machine does not decide the ratio.

    python scripts/bench_extract.py --repeat 10 --rounds 3
"""
from __future__ import annotations

import argparse
import time

import spacy

from graph.ingest import read_text_file
from graph.nlp import find_model
from graph.pipeline import BATCH_SIZE, Extractor
from graph.rdf import build_graph
from graph.service import example_paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=10, help="copies of the bundled articles to run")
    ap.add_argument("--rounds", type=int, default=3, help="turns of each timing; the best of each counts")
    args = ap.parse_args()
    docs = [read_text_file(p) for p in example_paths()] * args.repeat
    words = sum(d.word_count for d in docs)
    extractor = Extractor()
    plain = spacy.load(find_model(), exclude=["senter"])  # the trained model alone, no actor ruler
    paragraphs = [d.text[s:e] for d in docs for s, e in d.paragraphs]
    for _ in plain.pipe(paragraphs[:50], batch_size=BATCH_SIZE):
        pass  # warm-up
    spacy_s = full_s = float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for _ in plain.pipe(paragraphs, batch_size=BATCH_SIZE):
            pass
        spacy_s = min(spacy_s, time.perf_counter() - t0)
        t0 = time.perf_counter()
        build_graph(extractor.extract(docs))
        full_s = min(full_s, time.perf_counter() - t0)
    spacy_wps, full_wps = words / spacy_s, words / full_s
    print(f"documents {len(docs)}, words {words}")
    print(f"spaCy nlp.pipe      {spacy_wps:10,.0f} words/s")
    print(f"actorgraph extract  {full_wps:10,.0f} words/s")
    print(f"ratio               {full_wps / spacy_wps:10.2f}  (goal >= 0.85)")


if __name__ == "__main__":
    main()
