"""Events in a store: re-clustered, block by block, whenever articles arrive or leave.

An event is derived from statements that several articles hold, so it belongs to no article: its triples live
in the store's default graph only, beside the union of the article graphs (an export of the article graphs
carries the statements with their times and places, and ``import`` rebuilds the events from them). When an
article arrives or leaves, the blocks its statements belong to (relation, agent and target, forces counted as
their state: :func:`graph.events.block_of`) are clustered again from every statement of those blocks in the
store, and their old events are replaced by the new ones in one update. Clusters depend on the set of
statements alone, and an event's IRI on what identifies it, so the events of a store never depend on the
order in which its articles arrived.
"""
from __future__ import annotations

import csv
import io
import logging
from collections.abc import Iterable

import pyoxigraph as ox

from .events import Report, block_of, cluster_reports, stands_for
from .model import Place
from .rdf import AG, BASE, events_ntriples
from .sparql import PREFIXES

log = logging.getLogger(__name__)

ACTOR = f"{BASE}actor/"
SKOS_MATCH = "http://www.w3.org/2004/02/skos/core#exactMatch"
DCTERMS_DATE = "http://purl.org/dc/terms/date"
PLACE = f"{BASE}place/"
PRECISIONS = {str(AG.day): "day", str(AG.week): "week", str(AG.month): "month", str(AG.year): "year",
              str(AG.span): "span", str(AG.articleDate): "article"}
STATEMENTS_OF = """
SELECT ?st ?p ?s ?o ?g WHERE { GRAPH ?g { ?st a ag:RelationStatement ; rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o } }"""
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
STATEMENT_KEYS = {f"{RDF_NS}predicate": "p", f"{RDF_NS}subject": "s", f"{RDF_NS}object": "o", str(AG.modality): "m",
                  str(AG.earliest): "earliest", str(AG.latest): "latest", str(AG.place): "place",
                  "http://www.w3.org/ns/prov#wasDerivedFrom": "doc", str(AG.startChar): "start"}
HOLD = {str(AG.asserted), str(AG.alleged)}
ALL_FACTS = """SELECT ?st ?precision ?p ?s ?o ?m ?latest ?doc ?start ?earliest ?place WHERE {
  { SELECT ?st ?precision WHERE { ?st ag:datePrecision ?precision FILTER (?precision != ag:durative) } }
  { SELECT ?st ?p WHERE { ?st rdf:predicate ?p } }
  { SELECT ?st ?s WHERE { ?st rdf:subject ?s } }
  { SELECT ?st ?o WHERE { ?st rdf:object ?o } }
  { SELECT ?st ?m WHERE { ?st ag:modality ?m FILTER (?m IN (ag:asserted, ag:alleged)) } }
  { SELECT ?st ?latest WHERE { ?st ag:latest ?latest } }
  { SELECT ?st ?doc WHERE { ?st prov:wasDerivedFrom ?doc } }
  { SELECT ?st ?start WHERE { ?st ag:startChar ?start } }
  OPTIONAL { SELECT ?st ?earliest WHERE { ?st ag:earliest ?earliest } }
  OPTIONAL { SELECT ?st ?place WHERE { ?st ag:place ?place } }
}"""
DEFAULT = ox.DefaultGraph()


def _local(iri: str, prefix: str) -> str:
    return iri[len(prefix):] if iri.startswith(prefix) else iri


def statements_of(db: ox.Store, graphs: Iterable[str]) -> list[tuple[str, str, str, str]]:
    """The relation statements of some article graphs: (statement, predicate, subject id, object id)."""
    names = [ox.NamedNode(g) for g in graphs]
    out = []
    for name in names:
        for row in db.query(STATEMENTS_OF, prefixes=PREFIXES, substitutions={ox.Variable("g"): name}):
            out.append((row["st"].value, row["p"].value.rsplit("#", 1)[-1], _local(row["s"].value, ACTOR),
                        _local(row["o"].value, ACTOR)))
    return out


def read_reports(db: ox.Store, blocks: set[tuple[str, str, str]] | None = None,
                 states: dict[str, str] | None = None) -> list[Report]:
    """The dated statements of the store that hold, as reports; only those of these blocks if given.

    For the whole store, one engine query reads each property in one pass; for some blocks, the statements of
    their agents (and of what stands for them) are looked up by subject, and only those of the blocks read whole.
    """
    facts = _scan(db) if blocks is None else _block_facts(db, blocks, states if states is not None else stands_for())
    places, dates = _places(db), _dates(db, {f.get("doc") for f in facts.values()})
    out = []
    for st, f in facts.items():
        precision = PRECISIONS.get(f.get("precision", ""))
        if precision is None or f.get("m") not in HOLD or "latest" not in f or "doc" not in f:
            continue  # durative, undated, or no relation that holds
        out.append(Report(st, f["p"].rsplit("#", 1)[-1], _local(f["s"], ACTOR), _local(f["o"], ACTOR),
                          f.get("earliest") or f["latest"], f["latest"], precision, places.get(f.get("place", "")),
                          f["doc"], dates.get(f["doc"]), int(f.get("start", 0))))
    return out


def _block_facts(db: ox.Store, blocks: set[tuple[str, str, str]], states: dict[str, str]) -> dict[str, dict[str, str]]:
    """The facts of the statements of some blocks: those whose subject and object are in the blocks (two index
    scans per actor, intersected), kept by their relation, then read whole."""
    def family(ids: set[str]) -> set[str]:
        return ids | {a for a, state in states.items() if state in ids}

    def statements(role: str, ids: set[str]) -> dict[str, str]:
        prop = ox.NamedNode(f"{RDF_NS}{role}")
        return {q.subject.value: actor for actor in sorted(ids)
                for q in db.quads_for_pattern(None, prop, ox.NamedNode(ACTOR + actor), DEFAULT)}

    by_subject = statements("subject", family({b[1] for b in blocks}))
    by_object = statements("object", family({b[2] for b in blocks}))
    predicate_p = ox.NamedNode(f"{RDF_NS}predicate")
    facts = {}
    for st in sorted(by_subject.keys() & by_object.keys()):
        node = ox.NamedNode(st)
        relation = next(db.quads_for_pattern(node, predicate_p, None, DEFAULT), None)
        agent, target = by_subject[st], by_object[st]
        if relation is None or (relation.object.value.rsplit("#", 1)[-1], states.get(agent, agent),
                                states.get(target, target)) not in blocks:
            continue
        found = facts[st] = {"precision": _precision(db, node)}
        for q in db.quads_for_pattern(node, None, None, DEFAULT):
            if q.predicate.value in STATEMENT_KEYS:
                found[STATEMENT_KEYS[q.predicate.value]] = q.object.value
    return facts


def _precision(db: ox.Store, node: ox.NamedNode) -> str:
    found = next(db.quads_for_pattern(node, ox.NamedNode(str(AG.datePrecision)), None, DEFAULT), None)
    return found.object.value if found is not None else ""


def _scan(db: ox.Store) -> dict[str, dict[str, str]]:
    """Every dated statement's facts: one pass over each property, joined by the engine and handed over as CSV
    (far cheaper than a Python object per term)."""
    data = db.query(ALL_FACTS, prefixes=PREFIXES).serialize(format=ox.QueryResultsFormat.CSV) or b""
    rows = csv.reader(io.StringIO(data.decode("utf-8")))
    header = next(rows, [])
    return {row[0]: dict(zip(header[1:], row[1:])) for row in rows if row}


def _places(db: ox.Store) -> dict[str, Place]:
    """Every place of the store, by IRI, with its state and Wikidata item."""
    places = {}
    for quad in db.quads_for_pattern(None, ox.NamedNode(f"{RDF_NS}type"), ox.NamedNode(str(AG.Place)), DEFAULT):
        node = quad.subject
        state = next(db.quads_for_pattern(node, ox.NamedNode(str(AG.inState)), None, DEFAULT), None)
        qid = next(db.quads_for_pattern(node, ox.NamedNode(SKOS_MATCH), None, DEFAULT), None)
        place_id = _local(node.value, PLACE)
        places[node.value] = Place(place_id, place_id, _local(state.object.value, PLACE) if state else None,
                                   qid.object.value.rsplit("/", 1)[-1] if qid else None)
    return places


def _dates(db: ox.Store, docs: set) -> dict[str, str]:
    """The ISO date of each article that has one."""
    out = {}
    for doc in docs:
        if doc:
            found = next(db.quads_for_pattern(ox.NamedNode(doc), ox.NamedNode(DCTERMS_DATE), None, DEFAULT), None)
            if found is not None and _iso(found.object.value[:10]):
                out[doc] = found.object.value[:10]
    return out


def _iso(date: str | None) -> bool:
    return bool(date) and len(date) == 10 and date[4] == "-" and date[7] == "-"  # type: ignore[index]


def relink_events(db: ox.Store, touched: Iterable[tuple[str, str, str, str]], gone: Iterable[str] = ()) -> int:
    """Cluster again the blocks of the ``touched`` statements (statement, predicate, subject, object), and
    replace the events of those blocks and of the ``gone`` statements. Returns the number of events written."""
    states = stands_for()
    touched = list(touched)
    blocks = {block_of(Report(st, p, s, o, "", "", "", None, ""), states) for st, p, s, o in touched}
    if not blocks:
        return 0
    reports = read_reports(db, blocks, states)
    events = cluster_reports(reports, states)
    old = _events_of(db, {r.key for r in reports} | {st for st, *_ in touched} | set(gone))
    _replace(db, old, events_ntriples(events))
    return len(events)


def rebuild_events(db: ox.Store) -> int:
    """Cluster every statement of the store again and replace all its events. Returns their number."""
    events = cluster_reports(read_reports(db))
    db.update("DELETE { ?e ?p ?o } WHERE { ?e a ag:Event ; ?p ?o }", prefixes=PREFIXES)
    db.bulk_load(events_ntriples(events), format=ox.RdfFormat.N_TRIPLES)
    log.info("events rebuilt: %d", len(events))
    return len(events)


def _events_of(db: ox.Store, statements: set[str]) -> set[str]:
    if not statements:
        return set()
    values = " ".join(f"<{s}>" for s in sorted(statements))
    rows = db.query(f"SELECT DISTINCT ?e WHERE {{ VALUES ?st {{ {values} }} ?e ag:reportedBy ?st }}", prefixes=PREFIXES)
    return {row["e"].value for row in rows}


def _replace(db: ox.Store, old: set[str], triples: bytes) -> None:
    """Delete the old events' triples and insert the new ones, in one update (one transaction)."""
    parts = []
    if old:
        values = " ".join(f"<{e}>" for e in sorted(old))
        parts.append(f"DELETE {{ ?e ?p ?o }} WHERE {{ VALUES ?e {{ {values} }} ?e ?p ?o }}")
    if triples:
        parts.append("INSERT DATA { " + triples.decode("utf-8") + " }")
    if parts:
        db.update(" ;\n".join(parts))
