"""Benchmark the store against a plain in-memory rdflib Graph on about 1,000,000 triples shaped like ours.

Builds synthetic articles (actors, relation statements with evidence and modality, quotes, affiliations,
mention tallies) with the real RDF builder, writes them as N-Quads (one named graph per article), then
times in one run:

- the store's bulk load (``import_dataset``: the article graphs plus the union default graph) and
  rdflib parsing the union as N-Triples;
- every named query on the store (best of 3) and on rdflib (one run, in a child process that is ended
  after ``--rdflib-timeout`` seconds), with the ratio: first with the heaviest parameters (Iran, Hezbollah and
  an official that every article names, so thousands of rows), then with typical ones (the actor or relation
  of median frequency among those the query has rows for).

Goals (issue 3): bulk load >= 100,000 triples/s; every named query under 0.5 s and at least 10x faster
than rdflib.

    python scripts/bench_store.py                 # about 1M triples
    python scripts/bench_store.py --triples 200000
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import Graph, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery

from graph.export import export_store
from graph.ingest import make_document
from graph.model import Actor, Affiliation, Evidence, Extraction, Quote, Relation
from graph.query import find_actor, run_query
from graph.rdf import build_graph, document_iri
from graph.sparql import PREFIXES, named_queries
from graph.store import import_dataset, open_store

TYPES = {"State": 80, "Group": 400, "Official": 1500, "Expert": 300, "ThinkTank": 100, "InternationalOrganization": 40}
MODALITIES = ["asserted"] * 12 + ["alleged"] * 3 + ["hypothetical"] * 3 + ["negated"] * 2
# The heaviest parameters: actors that every synthetic article names.
PARAMS = {"backers": {"actor": "hezbollah"}, "backs": {"actor": "iran"}, "backing-chains": {"actor": "iran"},
          "quotes-by": {"actor": "official-7"}, "quotes-naming": {"actor": "iran"},
          "evidence": {"subject": "iran", "relation": "backs", "object": "hezbollah"}}
TRIPLES_PER_ARTICLE = 185


def make_actors(rng: random.Random) -> dict[str, Actor]:
    actors = {}
    for kind, count in TYPES.items():
        for i in range(count):
            aid = f"{kind.lower()}-{i}"
            actors[aid] = Actor(aid, kind, f"{kind} {i}", qid=f"Q{1000 + len(actors)}",
                                iso3=f"{chr(65 + i // 676 % 26)}{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}"
                                if kind == "State" else None)
    states = [a for a in actors if a.startswith("state-")]
    for aid in [a for a in actors if a.startswith("group-")]:
        actors[aid] = Actor(aid, "Group", actors[aid].label, operates_in=tuple(rng.sample(states, 2)))
    actors["iran"] = Actor("iran", "State", "Iran", qid="Q794", iso3="IRN")
    actors["hezbollah"] = Actor("hezbollah", "Group", "Hezbollah", qid="Q41053", operates_in=("state-1",))
    return actors


def make_article(n: int, rng: random.Random, actors: dict[str, Actor], pools: dict[str, list[str]]) -> Extraction:
    cast = ["iran", "hezbollah"] + rng.sample(pools["State"], 3) + rng.sample(pools["Group"], 4) + \
        rng.sample(pools["Official"], 2) + rng.sample(pools["Expert"], 1) + rng.sample(pools["ThinkTank"], 1)
    sentences, relations, quotes, affiliations = [], [], [], []

    def evidence(sentence: str, rule: str) -> Evidence:
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(sentence)
        return Evidence(f"doc-{n}", sentence, start, start + len(sentence), rule, round(rng.uniform(0.5, 1), 2))

    for _ in range(6):
        subject, obj = rng.sample(cast[:9], 2)
        predicate = rng.choice(["attacks", "backs", "pressures"])
        if rng.random() < 0.3:
            subject, predicate, obj = "iran", "backs", rng.choice(["hezbollah"] + cast[5:9])
        elif rng.random() < 0.2:
            subject, predicate, obj = rng.choice(cast[5:9]), "backs", rng.choice(pools["Group"])
            cast.append(obj)
        ev = evidence(f"{actors[subject].label} {predicate} {actors[obj].label} in report {n}.", f"{predicate}/bench")
        relations.append(Relation(subject, predicate, obj, rng.choice(MODALITIES), ev))
    speakers = cast[9:12] + ["official-7"]
    for _ in range(3):
        speaker = rng.choice(speakers)
        named = tuple(rng.sample(cast[:9], 2))
        text = f"We will answer {actors[named[0]].label} and {actors[named[1]].label} (quote {n}-{len(quotes)})"
        quotes.append(Quote(speaker, text, named, evidence(f'"{text}," said {actors[speaker].label}.', "quote/bench")))
    for person in cast[9:11]:
        org = rng.choice(cast[:9])
        sentence = f"{actors[person].label}, an adviser to {actors[org].label}, spoke."
        affiliations.append(Affiliation(person, org, "adviser", evidence(sentence, "aff/bench")))
    cast = list(dict.fromkeys(cast + speakers))
    doc = make_document(" ".join(sentences), f"bench-{n}", doc_id=f"bench-{n}", title=f"Report {n}",
                        date=f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}")
    ex = Extraction(document=doc, actors={a: actors[a] for a in cast}, relations=relations, quotes=quotes,
                    affiliations=affiliations)
    ex.names = {a: {actors[a].label, actors[a].label.upper()} for a in cast}
    ex.mentions = {a: rng.randint(1, 9) for a in cast}
    return ex


def write_dataset(path: Path, target: int, seed: int = 7) -> tuple[int, int]:
    """Write about ``target`` triples as N-Quads; return (articles, quads)."""
    rng = random.Random(seed)
    actors = make_actors(rng)
    pools = {kind: [a for a in actors if actors[a].actor_type == kind and a not in ("iran", "hezbollah")]
             for kind in TYPES}
    quads = articles = 0
    with path.open("w", encoding="utf-8") as out:
        while quads < target:
            ex = make_article(articles, rng, actors, pools)
            g = build_graph([ex], mention_tallies=True)
            name = f" <{document_iri(ex.document.sha256)}> .\n"
            lines = g.serialize(format="nt").splitlines()
            out.writelines(line[:-2] + name for line in lines if line.strip())
            quads += len(lines)
            articles += 1
    return articles, quads


# For the typical parameters: how many rows each candidate value gives, to take the median.
FREQUENCIES = {
    "backers": ("SELECT ?actor (COUNT(*) AS ?n) WHERE { ?x ag:backs ?actor } GROUP BY ?actor", ("actor",)),
    "backs": ("SELECT ?actor (COUNT(*) AS ?n) WHERE { ?actor ag:backs ?x } GROUP BY ?actor", ("actor",)),
    "backing-chains": ("SELECT ?actor (COUNT(*) AS ?n) WHERE { ?actor ag:backs ?x } GROUP BY ?actor", ("actor",)),
    "quotes-by": ("SELECT ?actor (COUNT(*) AS ?n) WHERE { ?q ag:speaker ?actor } GROUP BY ?actor", ("actor",)),
    "quotes-naming": ("SELECT ?actor (COUNT(*) AS ?n) WHERE { ?q ag:mentions ?actor } GROUP BY ?actor", ("actor",)),
    "evidence": ("SELECT ?subject ?object (COUNT(*) AS ?n) WHERE { ?st rdf:subject ?subject ; rdf:predicate ag:backs ; "
                 "rdf:object ?object } GROUP BY ?subject ?object", ("subject", "object")),
}


def typical_params(store) -> dict[str, dict[str, str]]:
    """For each query in FREQUENCIES, the parameter values of median frequency (ties broken by IRI)."""
    chosen = {}
    for name, (text, keys) in FREQUENCIES.items():
        rows = sorted(run_query(store, text, limit=None).records(), key=lambda r: (r["n"], *(str(r[k]) for k in keys)))
        middle = rows[len(rows) // 2]
        chosen[name] = {**PARAMS[name], **{k: str(middle[k]).rsplit("/", 1)[-1] for k in keys}}
    return chosen


def time_store_queries(store_path: Path, typical: bool = False) -> dict[str, tuple[float, int, dict]]:
    results = {}
    with open_store(store_path) as store:
        chosen = typical_params(store) if typical else PARAMS
        for name in named_queries():
            if typical and name not in chosen:
                continue
            params = chosen.get(name, {})
            best, rows = float("inf"), 0
            for _ in range(3):
                start = time.perf_counter()
                result = run_query(store, name, params, limit=None)
                best = min(best, time.perf_counter() - start)
                rows = len(result.rows)
            bound = {k: (find_actor(store, v) if k in ("actor", "subject", "object") else v) for k, v in params.items()}
            results[name] = (best, rows, bound)
    return results


def _rdflib_child(graph: Graph, name: str, bound: dict, conn) -> None:
    named = named_queries()[name]
    bindings = {Variable(k): URIRef(v if k != "relation" else f"https://w3id.org/actorgraph/ontology#{v}")
                for k, v in bound.items()}
    for param in named.params:
        if param.default and param.name not in bound:
            ns = "https://w3id.org/actorgraph/" + ("actor/" if param.kind == "actor" else "ontology#")
            bindings[Variable(param.name)] = URIRef(ns + param.default)
    start = time.perf_counter()
    try:
        rows = len(list(graph.query(named.text, initBindings=bindings)))
    except Exception as exc:  # noqa: BLE001 - rdflib's own failures are part of the comparison
        conn.send((None, f"{type(exc).__name__}: {exc}"))
        return
    conn.send((time.perf_counter() - start, rows))


def time_rdflib_query(graph: Graph, name: str, bound: dict, timeout: float) -> tuple[float | None, int | str | None]:
    """rdflib's time and row count (or its error), in a forked child that is ended after ``timeout`` seconds."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_child, args=(graph, name, bound, child))
    proc.start()
    child.close()
    try:
        answer = parent.recv() if parent.poll(timeout) else (None, None)
    except EOFError:
        answer = (None, "the rdflib process died")
    proc.kill()
    proc.join()
    parent.close()
    return answer


def compare(graph: Graph, store_times: dict[str, tuple[float, int, dict]], timeout: float) -> bool:
    """Run each query on rdflib too and print the table; whether every one is under 0.5 s and 10x faster."""
    print(f"{'named query':<20} {'store s':>9} {'rdflib s':>10} {'ratio':>8} {'rows':>7}  check  parameters")
    ok = True
    for name, (seconds, rows, bound) in store_times.items():
        rdf_seconds, rdf_rows = time_rdflib_query(graph, name, bound, timeout)
        if isinstance(rdf_rows, str):
            ratio, shown, good = "-", "error", seconds < 0.5
            print(f"  rdflib could not run {name}: {rdf_rows[:150]}")
        elif rdf_seconds is None:
            ratio, shown = f">{timeout / seconds:,.0f}x", f">{timeout:.0f}"
            good = seconds < 0.5
        else:
            ratio, shown = f"{rdf_seconds / seconds:,.0f}x", f"{rdf_seconds:.3f}"
            good = seconds < 0.5 and rdf_seconds / seconds >= 10
        same = "" if rdf_rows is None or isinstance(rdf_rows, str) or rdf_rows == rows else \
            f" (rdflib: {rdf_rows} rows)"
        ok &= good
        shown_params = " ".join(f"{k}={v.rsplit('/', 1)[-1].rsplit('#', 1)[-1]}" for k, v in bound.items())
        print(f"{name:<20} {seconds:>9.3f} {shown:>10} {ratio:>8} {rows:>7}  {'ok' if good else 'MISSED':<6} "
              f"{shown_params}{same}")
    return ok


# One index lookup per row: the evidence query's first three patterns, then five more properties of each statement.
LOOKUP_BASE = ("SELECT ?statement WHERE { ?statement rdf:object actor:hezbollah ; rdf:subject actor:iran ; "
               "rdf:predicate ag:backs . %s }")
LOOKUP_MORE = "?statement ag:sentence ?o ; ag:modality ?m ; ag:rule ?r ; ag:confidence ?c ; prov:wasDerivedFrom ?d ."


def lookup_costs(store_path: Path, graph: Graph) -> None:
    """Print what one index lookup per row costs on each engine (rdflib's query parsed beforehand).

    Queries whose time is rows times lookups (evidence, quotes with the heaviest parameters) cannot be
    faster than rdflib by more than this ratio, whatever their form.
    """
    texts = [LOOKUP_BASE % "", LOOKUP_BASE % LOOKUP_MORE]

    def best(run) -> tuple[float, int]:
        times, rows = [], 0
        for _ in range(5):
            start = time.perf_counter()
            rows = run()
            times.append(time.perf_counter() - start)
        return min(times), rows

    with open_store(store_path) as store:
        ox_times = [best(lambda text=text: sum(1 for _ in store.db.query(text, prefixes=PREFIXES))) for text in texts]
    header = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    prepared = [prepareQuery(header + text) for text in texts]
    rdf_times = [best(lambda q=q: len(list(graph.query(q)))) for q in prepared]
    rows = ox_times[0][1]
    per_ox = (ox_times[1][0] - ox_times[0][0]) / (5 * rows) * 1e6
    per_rdf = (rdf_times[1][0] - rdf_times[0][0]) / (5 * rows) * 1e6
    print(f"one index lookup per row ({rows:,} rows x 5 properties): store {per_ox:.1f} us, rdflib {per_rdf:.1f} us, "
          f"ratio {per_rdf / per_ox:.1f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-timeout", type=float, default=120.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "bench.nq"
        start = time.perf_counter()
        articles, quads = write_dataset(data, args.triples)
        print(f"built {articles:,} articles, {quads:,} triples in their named graphs "
              f"({time.perf_counter() - start:.1f} s)")

        start = time.perf_counter()
        report = import_dataset(folder / "kg", data)
        load = time.perf_counter() - start
        with open_store(folder / "kg") as store:
            union = len(store.db) - quads
        print(f"store bulk load: {report.quads:,} triples in {load:.2f} s = {report.quads / load:,.0f} triples/s "
              f"(plus {union:,} in the union default graph)")
        store_times = time_store_queries(folder / "kg")
        export_store(folder / "kg", folder / "union.nt")

        start = time.perf_counter()
        graph = Graph().parse(folder / "union.nt", format="nt")
        rdf_load = time.perf_counter() - start
        print(f"rdflib load (union, {len(graph):,} triples): {rdf_load:.2f} s = {len(graph) / rdf_load:,.0f} "
              f"triples/s; store is {rdf_load / load * len(graph) / report.quads:.1f}x faster per triple")

        load_ok = report.quads / load >= 100_000
        print(f"bulk load goal (>= 100,000 triples/s): {'ok' if load_ok else 'MISSED'}")
        lookup_costs(folder / "kg", graph)
        print("\nwith the heaviest parameters (actors that every article names):")
        heavy_ok = compare(graph, store_times, args.rdflib_timeout)
        print("\nwith typical parameters (median frequency):")
        typical_ok = compare(graph, time_store_queries(folder / "kg", typical=True), args.rdflib_timeout)
        print(f"\nbulk load: {'ok' if load_ok else 'MISSED'}; named queries, heaviest parameters: "
              f"{'all goals met' if heavy_ok else 'some goals missed'}; typical parameters: "
              f"{'all goals met' if typical_ok else 'some goals missed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
