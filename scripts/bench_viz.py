"""How fast the explorer page is written and becomes interactive, on synthetic graphs.

For each size, builds a graph of N actors and 3N relation edges (1-3 statements each,
mostly asserted, some alleged or hypothetical, from N/10 dated documents, plus an
affiliation for every official) with the same functions as the pipeline, then times:

- write: ``graph.viz.write_html`` (read the RDF, lay it out, render the page);
- ready: from navigation start to the first drawn frame with every handler attached, in
  Debian's headless Chromium, as the page itself measures it (``performance.now()``);
- search / filter / redraw: a search that selects and centres an actor, unticking an actor
  type, and a plain redraw (what a pan or zoom costs), each until the next frame is drawn.

    python scripts/bench_viz.py                 # 100, 1,000 and 5,000 actors
    python scripts/bench_viz.py --sizes 5000 --keep out/
"""
from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from rdflib import Graph

from graph.ingest import make_document
from graph.model import ACTOR_TYPES, Actor, Affiliation, Evidence, Extraction, Relation
from graph.rdf import build_graph
from graph.viz import read_graph, write_html

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TYPE_WEIGHTS = (30, 20, 30, 10, 5, 5)
MODALITIES = ("asserted",) * 16 + ("alleged",) * 3 + ("hypothetical",)


def synthetic_graph(n: int, seed: int = 1) -> Graph:
    """N actors, 3N distinct relation edges with Zipf-like degrees, N/10 dated documents."""
    rng = random.Random(seed)
    actors = [Actor(f"a{i}", rng.choices(ACTOR_TYPES, TYPE_WEIGHTS)[0], f"Actor {i} {rng.choice('ABCDEFGH')}")
              for i in range(n)]
    weights = [1 / (i + 1) ** 0.8 for i in range(n)]
    extractions = [Extraction(document=make_document(f"Synthetic article {d}.", f"d{d}.txt", doc_id=f"d{d}",
                                                     title=f"Article {d}", date=f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}",
                                                     url=f"https://example.org/{d}"))
                   for d in range(max(1, n // 10))]
    edges: set[tuple[int, str, int]] = set()
    while len(edges) < 3 * n:
        s, o = rng.choices(range(n), weights, k=2)
        if s != o:
            edges.add((s, rng.choice(("attacks", "backs", "pressures")), o))
    for s, p, o in sorted(edges):
        for _ in range(rng.choices((1, 2, 3), (60, 25, 15))[0]):
            ex = rng.choice(extractions)
            sentence = f"{actors[s].label} {p} {actors[o].label}, the article says."
            ev = Evidence(ex.document.doc_id, sentence, 0, len(sentence), "bench", 0.9)
            ex.relations.append(Relation(f"a{s}", p, f"a{o}", rng.choice(MODALITIES), ev))
            ex.actors.update({a.actor_id: a for a in (actors[s], actors[o])})
    for a in actors:
        if a.actor_type == "Official":
            ex = rng.choice(extractions)
            org = actors[rng.randrange(n)]
            ex.actors.update({a.actor_id: a, org.actor_id: org})
            ex.affiliations.append(Affiliation(a.actor_id, org.actor_id, "minister", None))
    for i, a in enumerate(actors):  # every actor is named somewhere, even one in no relation
        extractions[i % len(extractions)].actors[a.actor_id] = a
    for ex in extractions:
        ex.mentions = {a: 1 for a in ex.actors}
    return build_graph(extractions)


def time_browser(path: Path, chromium: str) -> dict[str, float]:
    """Ready, search and filter times in seconds for one page, in a fresh browser profile."""
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="bench-viz-")
    try:
        with sync_playwright() as pw:
            context = pw.chromium.launch_persistent_context(profile, executable_path=chromium, headless=True,
                                                            args=FLAGS, viewport={"width": 1400, "height": 900})
            page = context.new_page()
            outside: list[str] = []
            page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
            page.goto(path.resolve().as_uri(), timeout=120_000)
            page.wait_for_function("window.actorgraph && window.actorgraph.ready", timeout=120_000, polling=50)
            ready = page.evaluate("actorgraph.readyAt") / 1000
            frame = "new Promise((done) => actorgraph.network.once('afterDrawing', done))"
            search = page.evaluate(f"""async () => {{ const t = performance.now(); const drawn = {frame};
                actorgraph.search(actorgraph.data.actors[0].label); await drawn; return performance.now() - t; }}""")
            filtered = page.evaluate(f"""async () => {{ const t = performance.now(); const drawn = {frame};
                document.querySelector('#filter-types input[data-key="Official"]').click(); await drawn;
                return performance.now() - t; }}""")
            redraw = page.evaluate(f"""async () => {{ const t = performance.now(); const drawn = {frame};
                actorgraph.network.redraw(); await drawn; return performance.now() - t; }}""")
            context.close()
            assert not outside, outside
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return {"ready": ready, "search": search / 1000, "filter": filtered / 1000, "redraw": redraw / 1000}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000], help="numbers of actors")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    ap.add_argument("--keep", type=Path, default=None, help="keep the pages in this folder")
    args = ap.parse_args()
    out_dir = args.keep or Path(tempfile.mkdtemp(prefix="bench-viz-pages-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    print("| actors | edges | statements | triples | page MB | read RDF s | write s | ready in Chromium s "
          "| search s | filter s | redraw s |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in args.sizes:
        g = synthetic_graph(n)
        t0 = time.perf_counter()
        data = read_graph(g)
        read_s = time.perf_counter() - t0
        path = out_dir / f"bench-{n}.html"
        t0 = time.perf_counter()
        summary = write_html(g, path)
        write_s = time.perf_counter() - t0
        statements = sum(len(v) for v in data["edges"].values())
        browser = time_browser(path, args.chromium)
        print(f"| {summary.actors:,} | {summary.edges:,} | {statements:,} | {len(g):,} | "
              f"{path.stat().st_size / 1e6:.1f} | {read_s:.2f} | {write_s:.2f} | {browser['ready']:.2f} | "
              f"{browser['search']:.2f} | {browser['filter']:.2f} | {browser['redraw']:.2f} |", flush=True)
    if args.keep is None:
        shutil.rmtree(out_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
