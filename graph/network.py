"""A graph file, an rdflib graph or a store -> a networkx ``MultiDiGraph`` and pandas tables, for analysis.

:func:`load` reads the actor network of :func:`graph.query.to_networkx` and adds every actor's other names,
Wikidata item and ISO code and every edge's articles, dates and evidence sentences; with it come DataFrames
of actors, relation statements, quotes, affiliations and articles. :func:`network_from_triples` builds a
network of the same shape by hand, for examples and tests, and :func:`export_network` writes one for Gephi
and spreadsheets. The measures are in :mod:`graph.analysis`.

Example:
    >>> net = network_from_triples([("iran", "backs", "hezbollah"), ("israel", "attacks", "hezbollah")])
    >>> sorted(net.edges(keys=True))
    [('iran', 'hezbollah', 'backs/asserted'), ('israel', 'hezbollah', 'attacks/asserted')]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
from rdflib import Graph

from .errors import ActorgraphError
from .export import write_network
from .query import run_query
from .query import to_networkx as store_network
from .rdf import BASE, actor_iri
from .store import Store, memory_store, open_store

try:
    import pandas as pd
except ImportError:  # pragma: no cover - the analysis extra is not installed
    raise ImportError("graph.network needs pandas: pip install 'actorgraph[analysis]'") from None

ACTOR_NS = f"{BASE}actor/"
TABLES = ("actors", "names", "statements", "quotes", "affiliations")
NETWORK_FORMATS = ("graphml", "gexf", "csv")

Source = Store | Graph | str | Path


class AnalysisError(ActorgraphError):
    """An actor is not in the graph, or an analysis cannot be done as asked."""


@dataclass
class GraphData:
    """A graph read for analysis: the actor network and its tables (see :func:`load`)."""

    network: nx.MultiDiGraph
    actors: pd.DataFrame
    relations: pd.DataFrame
    quotes: pd.DataFrame
    affiliations: pd.DataFrame
    documents: pd.DataFrame
    events: pd.DataFrame | None = None


# -- reading a graph or a store ----------------------------------------------------------------------

def load(source: Source, min_confidence: float = 0.0) -> GraphData:
    """Read a store, a graph file or an rdflib graph for analysis.

    Args:
        source: A store folder or an open :class:`~graph.store.Store`; an RDF file that actorgraph wrote;
            or an rdflib ``Graph``.
        min_confidence: Keep only the relation statements whose confidence (the measured precision of their
            rule, 0 to 1) is at least this: the edges, their counts and evidence, the ``relations`` table and
            the events (with their reports, articles and first and last report counted over those statements;
            an event without any goes) follow. Quotes and affiliations stay.

    Returns:
        The network and the tables. The network's nodes are actor ids (``iran``) with ``label``, ``type``,
        ``names`` (other names), ``qid``, ``iso3``, ``mentions``, ``articles`` (the number of articles naming
        the actor: None in a single graph file, which does not keep mentions per article) and ``iri``; it has
        one edge per subject, relation, object and modality, keyed ``"backs/asserted"``, with ``predicate``,
        ``modality``, ``statements``, ``articles``, ``documents`` (article ids), ``dates``, ``first_date``,
        ``last_date``, ``sentences`` (the evidence, one per statement) and ``events`` (how many real events its
        statements report). ``relations`` has one row per statement (with its own time and place and the event
        it reports); ``events`` one row per event (see :func:`event_table`).

    Raises:
        StoreError: The folder is not a store, or another process is writing it.
        InputError: The file cannot be read as RDF.
        AnalysisError: ``min_confidence`` is not a number from 0 to 1.
    """
    _check_confidence(min_confidence)
    with _opened(source) as kg:
        raw = {name: _query_frame(kg, _analysis_query(name)) for name in TABLES}
        documents = _query_frame(kg, "documents").rename(columns={"id": "document"})
        events = _events_frame(_query_frame(kg, _analysis_query("events")))
        net = store_network(kg, min_confidence)
    actors = _actors_frame(raw["actors"], raw["names"])
    labels = dict(zip(actors["actor"], actors["label"]))
    relations = _relations_frame(raw["statements"], labels)
    if min_confidence > 0:
        relations = confident_statements(relations, min_confidence)
        events = reported_events(events, relations)
    data = GraphData(net, actors, relations, _quotes_frame(raw["quotes"], labels),
                     _affiliations_frame(raw["affiliations"], labels), documents, events)
    _describe_network(net, actors, relations)
    net.graph["events"] = events
    return data


EVENT_COLUMNS = {"type": "type", "agent": "agent", "target": "target", "date": "date", "precision": "precision",
                 "placeLabel": "place", "state": "state", "reports": "reports", "articles": "articles",
                 "firstReported": "first_report", "lastReported": "last_report", "agentLabel": "agent_label",
                 "targetLabel": "target_label", "earliest": "earliest", "latest": "latest", "event": "event"}


def event_table(source: Source, min_confidence: float = 0.0) -> pd.DataFrame:
    """The events of a store, a graph file or an rdflib graph, one row each; with ``min_confidence``, only those
    reported by a statement at least that confident, counted over such statements (as :func:`load` does)."""
    _check_confidence(min_confidence)
    with _opened(source) as kg:
        events = _events_frame(_query_frame(kg, _analysis_query("events")))
        if min_confidence <= 0:
            return events
        statements = _relations_frame(_query_frame(kg, _analysis_query("statements")), {})
    return reported_events(events, confident_statements(statements, min_confidence))


def confident_statements(relations: pd.DataFrame, min_confidence: float) -> pd.DataFrame:
    """The rows of a ``relations`` table whose confidence is at least ``min_confidence`` (none without one).

    >>> table = pd.DataFrame({"statement": ["s1", "s2", "s3"], "confidence": [0.95, 0.6, None]})
    >>> list(confident_statements(table, 0.8)["statement"])
    ['s1']
    """
    keep = pd.to_numeric(relations["confidence"], errors="coerce") >= min_confidence
    return relations[keep.to_numpy()].reset_index(drop=True)


def reported_events(events: pd.DataFrame, relations: pd.DataFrame) -> pd.DataFrame:
    """The rows of an ``events`` table that the statements of a ``relations`` table report, with their reports,
    articles and first and last report counted over those statements."""
    reports = relations.dropna(subset=["event"]).groupby("event").agg(
        reports=("statement", "nunique"), articles=("doc", "nunique"), first_report=("date", "min"),
        last_report=("date", "max"))
    frame = events[events["event"].isin(reports.index)].copy()
    for column in reports.columns:
        frame[column] = frame["event"].map(reports[column])
    return frame.reset_index(drop=True)


def _check_confidence(min_confidence: float) -> None:
    if not 0 <= min_confidence <= 1:  # also refuses nan
        raise AnalysisError(f"min_confidence is a number from 0 to 1, not {min_confidence!r}")


def _events_frame(raw: pd.DataFrame) -> pd.DataFrame:
    frame = raw.rename(columns=EVENT_COLUMNS)[list(EVENT_COLUMNS.values())].copy()
    for column in ("type", "agent", "target"):
        frame[column] = frame[column].map(_key)
    for column in ("reports", "articles"):
        frame[column] = frame[column].astype(int)
    return frame.sort_values(["earliest", "latest", "type", "agent", "target", "event"], ignore_index=True)


def to_networkx(source: Source, min_confidence: float = 0.0) -> nx.MultiDiGraph:
    """The network of :func:`load` alone (with the relation statements at or above ``min_confidence``)."""
    return load(source, min_confidence).network


@contextmanager
def _opened(source: Source) -> Iterator[Store]:
    from .service import load_graph_file

    if isinstance(source, Store):
        yield source
        return
    if isinstance(source, (str, Path)) and Path(source).is_dir():
        with open_store(Path(source)) as kg:
            yield kg
        return
    g = source if isinstance(source, Graph) else load_graph_file(Path(source))
    with memory_store(g) as kg:
        yield kg


def _analysis_query(name: str) -> str:
    """The text of ``graph/data/analysis/NAME.rq``: the queries that read the tables (not named queries)."""
    return resources.files("graph.data").joinpath("analysis", f"{name}.rq").read_text(encoding="utf-8")


def _query_frame(kg: Store, text: str) -> pd.DataFrame:
    result = run_query(kg, text, limit=None)
    return pd.DataFrame(result.records(), columns=result.variables)


def _key(iri: object) -> object:
    """An actor's id from its IRI; an ontology term's local name; anything else as it is.

    >>> _key("https://w3id.org/actorgraph/actor/iran"), _key("https://w3id.org/actorgraph/ontology#backs")
    ('iran', 'backs')
    """
    if not isinstance(iri, str):
        return iri
    if iri.startswith(ACTOR_NS):
        return iri[len(ACTOR_NS):]
    return iri.rsplit("#", 1)[-1] if iri.startswith(f"{BASE}ontology#") else iri


def _actors_frame(actors: pd.DataFrame, names: pd.DataFrame) -> pd.DataFrame:
    frame = actors.drop_duplicates("actor").rename(columns={"actor": "iri"})
    frame.insert(0, "actor", frame["iri"].map(_key))
    frame["type"] = frame["type"].map(_key)
    frame["qid"] = frame["qid"].map(lambda q: q.rsplit("/", 1)[-1] if isinstance(q, str) else None)
    frame["mentions"] = frame["mentions"].fillna(0).astype(int)
    frame["articles"] = frame["articles"].where(frame["tallies"].fillna(0) > 0).astype("Int64")
    other = names.groupby("actor")["name"].agg(sorted).to_dict() if len(names) else {}
    frame["names"] = [[n for n in other.get(iri, []) if n != label] for iri, label in zip(frame["iri"], frame["label"])]
    columns = ["actor", "label", "type", "qid", "iso3", "names", "mentions", "articles", "iri"]
    return frame[columns].sort_values("actor", ignore_index=True)


def _labelled(frame: pd.DataFrame, labels: dict, *columns: str) -> pd.DataFrame:
    for column in columns:
        frame[column] = frame[column].map(_key)
        frame[f"{column}_label"] = [labels.get(a, a) for a in frame[column]]
    return frame


def _relations_frame(statements: pd.DataFrame, labels: dict) -> pd.DataFrame:
    frame = _labelled(statements.copy(), labels, "subject", "object")
    frame["predicate"], frame["modality"] = frame["predicate"].map(_key), frame["modality"].map(_key)
    frame = frame.rename(columns={"placeLabel": "place", "eventDate": "event_date"})
    columns = ["subject_label", "predicate", "object_label", "modality", "sentence", "document", "date", "title",
               "subject", "object", "rule", "confidence", "statement", "doc", "earliest", "precision", "place", "event",
               "event_date"]
    frame = frame[columns].sort_values(["date", "document", "subject", "predicate", "object", "statement"],
                                       na_position="last", ignore_index=True)
    return frame


def _quotes_frame(quotes: pd.DataFrame, labels: dict) -> pd.DataFrame:
    frame = _labelled(quotes.copy(), labels, "speaker")
    frame["mentions"] = [[_key(iri) for iri in m.split()] if isinstance(m, str) else [] for m in frame["mentions"]]
    columns = ["speaker_label", "text", "mentions", "sentence", "document", "date", "speaker", "quote", "doc"]
    return frame[columns].sort_values(["date", "document", "quote"], na_position="last", ignore_index=True)


def _affiliations_frame(affiliations: pd.DataFrame, labels: dict) -> pd.DataFrame:
    frame = _labelled(affiliations.copy(), labels, "person", "organization")
    columns = ["person_label", "role", "organization_label", "document", "person", "organization", "affiliation"]
    return frame[columns].sort_values(["person", "organization", "document"], na_position="last", ignore_index=True)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _describe_network(net: nx.MultiDiGraph, actors: pd.DataFrame, relations: pd.DataFrame) -> None:
    """Add the names, Wikidata items and evidence that :func:`graph.query.to_networkx` leaves out."""
    for row in actors.itertuples(index=False):
        if row.actor in net:
            net.nodes[row.actor].update(names=row.names, qid=_text(row.qid), iso3=_text(row.iso3),
                                        mentions=int(row.mentions),
                                        articles=None if pd.isna(row.articles) else int(row.articles))
    for node, data in net.nodes(data=True):
        data.setdefault("label", node)
        data.setdefault("type", "Actor")
        data.setdefault("names", [])
    keys = ["subject", "object", "predicate", "modality"]
    for (s, o, p, m), rows in relations.groupby(keys, sort=False):
        if not net.has_edge(s, o, f"{p}/{m}"):
            continue
        dates = sorted({d for d in rows["date"] if isinstance(d, str)})
        net.edges[s, o, f"{p}/{m}"].update(
            documents=sorted({d for d in rows["document"] if isinstance(d, str)}), dates=dates,
            first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
            sentences=[text for text in rows["sentence"] if isinstance(text, str)],
            events=int(rows["event"].dropna().nunique()))


def network_from_triples(triples: Iterable[tuple[str, ...]], types: Mapping[str, str] | None = None
                         ) -> nx.MultiDiGraph:
    """A network in the shape that :func:`load` gives, from hand-written statements: for examples and tests.

    Args:
        triples: One statement each: ``(subject, predicate, object)``, optionally followed by its modality
            (``asserted`` by default) and its evidence sentence.
        types: Actor types by id (``Actor`` for the others). Labels are the ids.

    >>> net = network_from_triples([("iran", "backs", "hezbollah"), ("iran", "backs", "hezbollah", "alleged")])
    >>> sorted(net.edges(keys=True))
    [('iran', 'hezbollah', 'backs/alleged'), ('iran', 'hezbollah', 'backs/asserted')]
    """
    net = nx.MultiDiGraph()
    for statement in triples:
        s, p, o, *rest = statement
        modality, sentence = (rest[0] if rest else "asserted"), (rest[1] if len(rest) > 1 else None)
        for node in (s, o):
            if node not in net:
                net.add_node(node, label=node, type=(types or {}).get(node, "Actor"), names=[], qid=None, iso3=None,
                             mentions=0, articles=0, iri=str(actor_iri(node)))
        key = f"{p}/{modality}"
        if not net.has_edge(s, o, key):
            net.add_edge(s, o, key=key, predicate=p, modality=modality, statements=0, articles=0, documents=[],
                         dates=[], first_date=None, last_date=None, sentences=[])
        edge = net.edges[s, o, key]
        edge["statements"] += 1
        if sentence:
            edge["sentences"].append(sentence)
    return net



# -- exports -----------------------------------------------------------------------------------------

def _flat(value: object) -> object:
    return " | ".join(map(str, value)) if isinstance(value, (list, tuple, set)) else value


def export_network(net: nx.MultiDiGraph, path: Path | str, fmt: str | None = None) -> Path:
    """Write the network for Gephi and spreadsheets: GraphML, GEXF or a CSV edge list (from the suffix by default).

    Lists (names, documents, dates, sentences) are joined with ``" | "``, unset values are left out and each
    edge's ``weight`` is its number of statements. The writers are those of ``actorgraph export``.

    Raises:
        AnalysisError: An unknown format.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in NETWORK_FORMATS:
        raise AnalysisError(f"{path}: the network is written as {', '.join(NETWORK_FORMATS)}, not {fmt or '?'}")
    flat = nx.MultiDiGraph()
    flat.add_nodes_from((n, {k: _flat(v) for k, v in d.items() if v is not None}) for n, d in net.nodes(data=True))
    flat.add_edges_from((s, o, key, {**{k: _flat(v) for k, v in d.items() if v is not None}, "weight": d["statements"]})
                        for s, o, key, d in net.edges(keys=True, data=True))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_network(flat, handle, fmt)
    return path
