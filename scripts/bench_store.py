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
than rdflib. Issue 13: the statements are dated and placed, and about a third report shared happenings (a few
a day, each reported by several articles), so the load clusters them into events (``import`` rebuilds the
events: the load figure includes it); ``events`` and ``timeline`` answer in under 0.1 s; and the cost of
merging events as articles arrive one batch at a time (as ``extract --store`` writes them) is printed.

    python scripts/bench_store.py                 # about 1M triples
    python scripts/bench_store.py --triples 200000
    python scripts/bench_store.py --events-only    # the load, the event queries and batch merging only
    python scripts/bench_store.py --queries-only   # the load and the named queries (also with minConfidence)
"""
from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import random
import sys
import tempfile
import time
from pathlib import Path

from rdflib import XSD, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery

from graph.export import export_store
from graph.ingest import make_document
from graph.model import Actor, Affiliation, EventTime, Evidence, Extraction, Place, Quote, Relation
from graph.query import find_actor, run_query
from graph.rdf import build_graph, document_iri
from graph.sparql import PREFIXES, named_queries
from graph.store import add_articles, article_nquads, import_dataset, open_store

TYPES = {"State": 80, "Group": 400, "Official": 1500, "Expert": 300, "ThinkTank": 100, "InternationalOrganization": 40}
MODALITIES = ["asserted"] * 12 + ["alleged"] * 3 + ["hypothetical"] * 3 + ["negated"] * 2
# The heaviest parameters: actors that every synthetic article names.
PARAMS = {"backers": {"actor": "hezbollah"}, "backs": {"actor": "iran"}, "backing-chains": {"actor": "iran"},
          "quotes-by": {"actor": "official-7"}, "quotes-naming": {"actor": "iran"},
          "evidence": {"subject": "iran", "relation": "backs", "object": "hezbollah"}}
TRIPLES_PER_ARTICLE = 185
FIRST_DAY = dt.date(2024, 1, 1)
HAPPENINGS_PER_DAY = 4


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


def make_places(actors: dict[str, Actor]) -> list[Place]:
    """Thirty places in ten states (and the states themselves as places)."""
    states = [a for a in actors if a.startswith("state-")][:10]
    return [Place(f"place-{i}", f"Place {i}", states[i % 10], state_label=actors[states[i % 10]].label)
            for i in range(30)] + [Place(st, actors[st].label, st, state_label=actors[st].label) for st in states]


def happening(day: int, k: int, pools: dict[str, list[str]], places: list[Place]) -> tuple[str, str, str, Place]:
    """The k-th real happening of a day: the same for every article that reports it."""
    rng = random.Random(day * 100 + k)
    subject, obj = rng.sample(["iran", "hezbollah"] + pools["State"][:20] + pools["Group"][:40], 2)
    return subject, rng.choice(["attacks", "attacks", "attacks", "pressures", "backs"]), obj, rng.choice(places)


def relation_time(rng: random.Random, today: dt.date) -> EventTime:
    """The time of a statement that reports no shared happening: by its article, durative or a recent day."""
    roll = rng.random()
    if roll < 0.4:
        return EventTime(today.isoformat(), today.isoformat(), "article")
    if roll < 0.7:
        return EventTime(f"{today.year - rng.randint(1, 9)}-01-01", today.isoformat(), "durative", "for years")
    day = today - dt.timedelta(days=rng.randint(0, 6))
    return EventTime(day.isoformat(), day.isoformat(), "day", "on Monday")


def make_article(n: int, rng: random.Random, actors: dict[str, Actor], pools: dict[str, list[str]],
                 places: list[Place] | None = None) -> Extraction:
    places = places or make_places(actors)
    today = FIRST_DAY + dt.timedelta(days=n * 7 % 366)
    cast = ["iran", "hezbollah"] + rng.sample(pools["State"], 3) + rng.sample(pools["Group"], 4) + \
        rng.sample(pools["Official"], 2) + rng.sample(pools["Expert"], 1) + rng.sample(pools["ThinkTank"], 1)
    sentences, relations, quotes, affiliations = [], [], [], []

    def evidence(sentence: str, rule: str) -> Evidence:
        start = sum(len(s) + 1 for s in sentences)
        sentences.append(sentence)
        return Evidence(f"doc-{n}", sentence, start, start + len(sentence), rule, round(rng.uniform(0.5, 1), 2))

    for number in range(6):
        subject, obj = rng.sample(cast[:9], 2)
        predicate = rng.choice(["attacks", "backs", "pressures"])
        time, place = relation_time(rng, today), None
        if number < 2:  # a shared happening of the last few days, reported by this article too
            ago = rng.randint(0, 3)
            subject, predicate, obj, place = happening((today - FIRST_DAY).days - ago, rng.randrange(HAPPENINGS_PER_DAY),
                                                       pools, places)
            day = today - dt.timedelta(days=ago)
            monday = day - dt.timedelta(days=day.weekday())
            time = EventTime(day.isoformat(), day.isoformat(), "day", "on Monday") if rng.random() < 0.8 else \
                EventTime(monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week", "last week")
            place = place if rng.random() < 0.5 else None
            cast += [subject, obj]
        elif rng.random() < 0.3:
            subject, predicate, obj = "iran", "backs", rng.choice(["hezbollah"] + cast[5:9])
        elif rng.random() < 0.2:
            subject, predicate, obj = rng.choice(cast[5:9]), "backs", rng.choice(pools["Group"])
            cast.append(obj)
        ev = evidence(f"{actors[subject].label} {predicate} {actors[obj].label} in report {n}.", f"{predicate}/bench")
        relations.append(Relation(subject, predicate, obj, rng.choice(MODALITIES), ev, time, place))
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
                        date=today.isoformat())
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
    places = make_places(actors)
    quads = articles = 0
    with path.open("w", encoding="utf-8") as out:
        while quads < target:
            ex = make_article(articles, rng, actors, pools, places)
            g = build_graph([ex], mention_tallies=True, events=False)
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
    "events": ("SELECT ?actor (COUNT(*) AS ?n) WHERE { ?e ag:agent ?actor } GROUP BY ?actor", ("actor",)),
    "timeline": ("SELECT ?actor (COUNT(*) AS ?n) WHERE { ?e ag:agent ?actor } GROUP BY ?actor", ("actor",)),
}


def typical_params(store) -> dict[str, dict[str, str]]:
    """For each query in FREQUENCIES, the parameter values of median frequency (ties broken by IRI)."""
    chosen = {}
    for name, (text, keys) in FREQUENCIES.items():
        rows = sorted(run_query(store, text, limit=None).records(), key=lambda r: (r["n"], *(str(r[k]) for k in keys)))
        middle = rows[len(rows) // 2]
        chosen[name] = {**PARAMS.get(name, {}), **{k: str(middle[k]).rsplit("/", 1)[-1] for k in keys}}
    return chosen


def time_store_queries(store_path: Path, typical: bool = False,
                       min_confidence: str | None = None) -> dict[str, tuple[float, int, dict]]:
    """Each named query's best time of 3 and its rows; with ``min_confidence``, only the queries that take it."""
    results = {}
    with open_store(store_path) as store:
        chosen = typical_params(store) if typical else PARAMS
        for name, named in named_queries().items():
            takes = any(p.name == "minConfidence" for p in named.params)
            if (typical and name not in chosen) or (min_confidence is not None and not takes):
                continue
            params = {**chosen.get(name, {}), **({"minConfidence": min_confidence} if min_confidence else {})}
            best, rows = float("inf"), 0
            for _ in range(3):
                start = time.perf_counter()
                result = run_query(store, name, params, limit=None)
                best = min(best, time.perf_counter() - start)
                rows = len(result.rows)
            bound = {k: (find_actor(store, v) if k in ("actor", "subject", "object") else v) for k, v in params.items()}
            results[name] = (best, rows, bound)
    return results


def print_store_times(store_path: Path, min_confidence: str) -> None:
    """The named queries on the store alone: heaviest and typical parameters, without and with a confidence threshold."""
    for typical in (False, True):
        plain = time_store_queries(store_path, typical)
        graded = time_store_queries(store_path, typical, min_confidence)
        print(f"\nwith {'typical' if typical else 'the heaviest'} parameters:")
        print(f"{'named query':<20} {'store s':>9} {'rows':>7} {'minConfidence=' + min_confidence:>20} {'rows':>7}  parameters")
        for name, (seconds, rows, bound) in plain.items():
            shown = " ".join(f"{k}={v.rsplit('/', 1)[-1].rsplit('#', 1)[-1]}" for k, v in bound.items())
            other = f"{graded[name][0]:>20.3f} {graded[name][1]:>7}" if name in graded else f"{'':>20} {'':>7}"
            print(f"{name:<20} {seconds:>9.3f} {rows:>7} {other}  {shown}")


def _rdflib_child(graph: Graph, name: str, bound: dict, conn) -> None:
    named = named_queries()[name]
    kinds = {p.name: p.kind for p in named.params}
    values = {**{p.name: p.default for p in named.params if p.default}, **bound}
    bindings = {}
    for key, value in values.items():
        if kinds.get(key) == "decimal":
            bindings[Variable(key)] = Literal(value, datatype=XSD.decimal)
        elif key in bound and kinds.get(key) != "relation":
            bindings[Variable(key)] = URIRef(value)  # an actor's IRI, found in the store
        else:
            ns = "https://w3id.org/actorgraph/" + ("actor/" if kinds.get(key) == "actor" else "ontology#")
            bindings[Variable(key)] = URIRef(ns + value)
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


def time_event_queries(store_path: Path) -> bool:
    """Time events and timeline (best of 3) without parameters and with an actor and a date range; whether each
    answers in under 0.1 s."""
    ok = True
    with open_store(store_path) as store:
        events = run_query(store, "SELECT (COUNT(*) AS ?n) (SUM(?r) AS ?reports) WHERE { ?e a ag:Event ; "
                                  "ag:reportCount ?r }").records()[0]
        statements = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ag:RelationStatement }").records()[0]["n"]
        print(f"\nevents: {events['n']:,} reported by {events['reports']:,} of the {statements:,} statements")
        for name in ("events", "timeline"):
            for params in ({}, {"actor": "iran"}, {"actor": "hezbollah", "from": "2024-03-01", "to": "2024-05-31"}):
                best, rows = float("inf"), 0
                for _ in range(3):
                    start = time.perf_counter()
                    rows = len(run_query(store, name, params, limit=None).rows)
                    best = min(best, time.perf_counter() - start)
                ok &= best < 0.1
                shown = " ".join(f"{k}={v}" for k, v in params.items()) or "(every event)"
                print(f"{name:<10} {best:>7.3f} s {rows:>6} rows  {'ok' if best < 0.1 else 'MISSED'}  {shown}")
    return ok


def time_incremental(store_path: Path, batches: int = 3, size: int = 32) -> None:
    """Add new articles a batch at a time, as extract --store does, with and without event merging."""
    import graph.store as store_module

    rng = random.Random(99)
    actors = make_actors(random.Random(7))
    pools = {kind: [a for a in actors if actors[a].actor_type == kind and a not in ("iran", "hezbollah")]
             for kind in TYPES}
    places = make_places(actors)
    number = 10_000_000
    timings: dict[str, list[float]] = {"with event merging": [], "without": []}
    relink = store_module.relink_events
    with open_store(store_path, write=True) as store:
        for _ in range(batches):
            for label in timings:
                batch = []
                for _ in range(size):
                    number += 1
                    ex = make_article(number, rng, actors, pools, places)
                    batch.append((ex.document.sha256, article_nquads(ex)[0]))
                store_module.relink_events = relink if label == "with event merging" else (lambda *a, **k: 0)
                start = time.perf_counter()
                add_articles(store, batch)
                timings[label].append(time.perf_counter() - start)
        store_module.relink_events = relink
    print(f"\nadding {size} new articles at a time to the store ({batches} batches each, median):")
    for label, times in timings.items():
        middle = sorted(times)[len(times) // 2]
        print(f"  {label:<20} {middle * 1000:7.1f} ms a batch, {middle / size * 1000:5.1f} ms an article")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-timeout", type=float, default=120.0)
    parser.add_argument("--events-only", action="store_true",
                        help="only the load, the event queries and batch merging (no rdflib comparison)")
    parser.add_argument("--queries-only", action="store_true",
                        help="only the load and the named queries on the store (no rdflib comparison), then the "
                        "queries that take minConfidence again with --min-confidence")
    parser.add_argument("--min-confidence", default="0.8", help="the threshold --queries-only also times (0.8)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "bench.nq"
        start = time.perf_counter()
        articles, quads = write_dataset(data, args.triples)
        print(f"built {articles:,} articles, {quads:,} triples in their named graphs "
              f"({time.perf_counter() - start:.1f} s)")

        import graph.store as store_module

        rebuild = store_module.rebuild_events
        store_module.rebuild_events = lambda db: 0
        start = time.perf_counter()
        import_dataset(folder / "plain", data)
        plain = time.perf_counter() - start
        spent: list[float] = []

        def timed_rebuild(db) -> int:
            begin = time.perf_counter()
            count = rebuild(db)
            spent.append(time.perf_counter() - begin)
            return count

        store_module.rebuild_events = timed_rebuild
        start = time.perf_counter()
        report = import_dataset(folder / "kg", data)
        load = time.perf_counter() - start
        store_module.rebuild_events = rebuild
        print(f"store bulk load without event merging: {report.quads / plain:,.0f} triples/s ({plain:.2f} s); "
              f"with it: {load:.2f} s, of which {spent[0]:.2f} s ({spent[0] / load:.0%}) clustering and writing events")
        with open_store(folder / "kg") as store:
            union = len(store.db) - quads
        print(f"store bulk load: {report.quads:,} triples in {load:.2f} s = {report.quads / load:,.0f} triples/s "
              f"(plus {union:,} in the union default graph)")
        if args.events_only:
            load_ok = report.quads / load >= 100_000
            events_ok = time_event_queries(folder / "kg")
            time_incremental(folder / "kg")
            print(f"\nbulk load with events (>= 100,000 triples/s): {'ok' if load_ok else 'MISSED'}; events and "
                  f"timeline (< 0.1 s): {'ok' if events_ok else 'MISSED'}")
            return 0
        if args.queries_only:
            print_store_times(folder / "kg", args.min_confidence)
            return 0
        store_times = time_store_queries(folder / "kg")
        export_store(folder / "kg", folder / "union.nt")

        start = time.perf_counter()
        graph = Graph().parse(folder / "union.nt", format="nt")
        rdf_load = time.perf_counter() - start
        print(f"rdflib load (union, {len(graph):,} triples): {rdf_load:.2f} s = {len(graph) / rdf_load:,.0f} "
              f"triples/s; store is {rdf_load / load * len(graph) / report.quads:.1f}x faster per triple")

        load_ok = report.quads / load >= 100_000
        print(f"bulk load goal (>= 100,000 triples/s, events merged): {'ok' if load_ok else 'MISSED'}")
        events_ok = time_event_queries(folder / "kg")
        print(f"events and timeline goal (< 0.1 s): {'ok' if events_ok else 'MISSED'}")
        lookup_costs(folder / "kg", graph)
        print("\nwith the heaviest parameters (actors that every article names):")
        heavy_ok = compare(graph, store_times, args.rdflib_timeout)
        print("\nwith typical parameters (median frequency):")
        typical_ok = compare(graph, time_store_queries(folder / "kg", typical=True), args.rdflib_timeout)
        time_incremental(folder / "kg")
        print(f"\nbulk load: {'ok' if load_ok else 'MISSED'}; events and timeline: {'ok' if events_ok else 'MISSED'}; "
              f"named queries, heaviest parameters: "
              f"{'all goals met' if heavy_ok else 'some goals missed'}; typical parameters: "
              f"{'all goals met' if typical_ok else 'some goals missed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
