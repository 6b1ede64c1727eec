"""Networkx and pandas views of a graph, and the measures researchers ask of it.

:func:`load` (from :mod:`graph.network`, like :func:`to_networkx`, :func:`network_from_triples` and
:func:`export_network`) reads a store, a graph file or an rdflib graph into a networkx ``MultiDiGraph``
and pandas DataFrames of actors, relation statements, quotes, affiliations and articles. The measures
take that network, or the relation table, and give plain values or DataFrames:

- who backs an actor and whom it backs, directly or through others: :func:`backers`, :func:`clients`;
- the axis of resistance: the groups and states connected to Iran by ``backs``, each with its path and
  evidence, against the members the gazetteer lists: :func:`axis_of_resistance`;
- who attacks whom, and how often over time: :func:`relation_matrix`, :func:`relation_timeline`;
- the events: each real happening once, with its date, place and reports: :func:`events`;
- brokers and camps: :func:`centrality`, :func:`communities`;
- how two actors are connected, sentence by sentence: :func:`evidence_paths`;
- alliances and oppositions as a signed graph, and its structural balance: :func:`signed_graph`,
  :func:`structural_balance`.

A relation counts where it holds: in asserted and alleged statements. Hypothetical and negated ones stay
on the network, with their modality, for whoever asks for them (``modalities=``). ``load(source,
min_confidence=0.8)`` keeps only the statements whose confidence (the measured precision of their rule) is at
least 0.8, and every measure on what it gives follows.

Example:
    >>> net = network_from_triples([("iran", "backs", "hezbollah"), ("hezbollah", "backs", "radwan-force"),
    ...                             ("israel", "attacks", "hezbollah")])
    >>> backers(net, "radwan-force", transitive=True)
    {'hezbollah': 1, 'iran': 2}
    >>> structural_balance(signed_graph(net)).balanced
    True
"""
from __future__ import annotations

import difflib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import islice, pairwise
from pathlib import Path

import networkx as nx
import pandas as pd

from .model import PREDICATES, Actor
from .network import (
    AnalysisError,
    GraphData,
    confident_statements,
    event_table,
    export_network,
    load,
    network_from_triples,
    reported_events,
    to_networkx,
)
from .rdf import DIRECT

__all__ = ["AnalysisError", "Balance", "GraphData", "axis_of_resistance", "backers", "centrality", "clients",
           "coalition_members", "communities", "confident_statements", "events", "evidence_paths", "export_network",
           "find_actor", "load", "network_from_triples", "relation_matrix", "relation_timeline", "relation_view", "signed_graph",
           "structural_balance", "to_networkx"]

log = logging.getLogger(__name__)

ROLES = {"attacks": ("attacker", "target"), "backs": ("backer", "backed"), "pressures": ("pressuring", "pressured")}


# -- views of the network ----------------------------------------------------------------------------

def relation_view(net: nx.MultiDiGraph, predicates: Iterable[str] = PREDICATES,
                  modalities: Iterable[str] = DIRECT) -> nx.DiGraph:
    """One edge per ordered pair of actors related by one of ``predicates`` in one of ``modalities``.

    Every actor of ``net`` is a node (with its attributes). An edge's ``weight`` is its number of statements
    and ``relations`` its statements per predicate. Nodes and edges are added in sorted order, so that
    traversals are deterministic; an actor's relations with itself are left out.

    >>> view = relation_view(network_from_triples([("a", "backs", "b"), ("a", "attacks", "b"), ("b", "backs", "c")]))
    >>> view.edges["a", "b"]
    {'weight': 2, 'relations': {'attacks': 1, 'backs': 1}}
    """
    predicates, modalities = set(predicates), set(modalities)
    view = nx.DiGraph()
    view.add_nodes_from(sorted(net.nodes(data=True), key=lambda item: str(item[0])))
    for s, o, data in sorted(net.edges(data=True), key=lambda e: (str(e[0]), str(e[1]), e[2]["predicate"])):
        if s == o or data["predicate"] not in predicates or data["modality"] not in modalities:
            continue
        if not view.has_edge(s, o):
            view.add_edge(s, o, weight=0, relations={})
        edge = view.edges[s, o]
        edge["weight"] += data["statements"]
        edge["relations"][data["predicate"]] = edge["relations"].get(data["predicate"], 0) + data["statements"]
    return view


def _undirected(view: nx.DiGraph) -> nx.Graph:
    """The view without direction: one edge per pair, its weight the sum of both directions'."""
    g = nx.Graph()
    g.add_nodes_from(view.nodes(data=True))
    for s, o, data in view.edges(data=True):
        if g.has_edge(s, o):
            g.edges[s, o]["weight"] += data["weight"]
        else:
            g.add_edge(s, o, weight=data["weight"])
    return g


def find_actor(net: nx.MultiDiGraph, name: str) -> str:
    """The id of the actor that ``name`` names: its id, its label or one of its other names, ignoring case.

    >>> find_actor(network_from_triples([("iran", "backs", "hezbollah")]), "HEZBOLLAH")
    'hezbollah'

    Raises:
        AnalysisError: No actor has that name (the message gives the closest), or several do.
    """
    if name in net:
        return name
    wanted = name.casefold().strip()
    found = sorted(node for node, data in net.nodes(data=True)
                   if wanted in {str(node).casefold(), str(data.get("label", node)).casefold(),
                                 *(n.casefold() for n in data.get("names") or ())})
    if len(found) == 1:
        return found[0]
    if found:
        raise AnalysisError(f"{name!r} could be any of {', '.join(found)}; give the id")
    labels = {_label(net, node).casefold(): _label(net, node) for node in net}
    close = [labels[c] for c in difflib.get_close_matches(wanted, list(labels), n=5, cutoff=0.6)]
    raise AnalysisError(f"no actor {name!r} in the graph" + (f"; closest: {', '.join(close)}" if close else ""))


def _label(net: nx.MultiDiGraph, node: str) -> str:
    return str(net.nodes[node].get("label", node)) if node in net else node


# -- backers, clients and the axis of resistance -----------------------------------------------------

def _reach(g: nx.DiGraph, start: str, transitive: bool) -> dict[str, int]:
    hops = nx.single_source_shortest_path_length(g, start, cutoff=None if transitive else 1)
    return dict(sorted(((a, n) for a, n in hops.items() if a != start), key=lambda item: (item[1], item[0])))


def backers(net: nx.MultiDiGraph, actor: str, transitive: bool = False,
            modalities: Iterable[str] = DIRECT) -> dict[str, int]:
    """Who backs ``actor``: each backer's id and how many ``backs`` steps away it is, nearest first.

    Args:
        net: From :func:`load` or :func:`network_from_triples`.
        actor: An id, label or other name.
        transitive: Also the backers of its backers, and so on; else only the direct ones.
        modalities: The statements that count.

    >>> net = network_from_triples([("iran", "backs", "hezbollah"), ("hezbollah", "backs", "radwan-force")])
    >>> backers(net, "radwan-force"), backers(net, "radwan-force", transitive=True)
    ({'hezbollah': 1}, {'hezbollah': 1, 'iran': 2})
    """
    return _reach(relation_view(net, ("backs",), modalities).reverse(copy=False), find_actor(net, actor), transitive)


def clients(net: nx.MultiDiGraph, actor: str, transitive: bool = False,
            modalities: Iterable[str] = DIRECT) -> dict[str, int]:
    """Whom ``actor`` backs: each client's id and how many ``backs`` steps away it is, nearest first.

    >>> net = network_from_triples([("iran", "backs", "hezbollah"), ("hezbollah", "backs", "radwan-force")])
    >>> clients(net, "iran"), clients(net, "iran", transitive=True)
    ({'hezbollah': 1}, {'hezbollah': 1, 'radwan-force': 2})
    """
    return _reach(relation_view(net, ("backs",), modalities), find_actor(net, actor), transitive)


def coalition_members(coalition: str = "axis-of-resistance", actor_files: Iterable[Path] = ()) -> dict[str, Actor]:
    """The actors that the gazetteer (and your ``--actors`` files) list as members of ``coalition``.

    >>> {"hezbollah", "hamas", "houthis"} <= set(coalition_members("axis-of-resistance"))
    True
    """
    from .gazetteer import build_gazetteer, read_records

    actors = build_gazetteer(read_records(actor_files)).actors
    return {aid: actor for aid, actor in sorted(actors.items()) if coalition in actor.member_of}


def _hop_evidence(net: nx.MultiDiGraph, s: str, o: str, modalities: Iterable[str]) -> dict:
    edges = [d for d in net.get_edge_data(s, o, default={}).values()
             if d["predicate"] == "backs" and d["modality"] in set(modalities)]
    return {"subject": _label(net, s), "object": _label(net, o), "statements": sum(d["statements"] for d in edges),
            "sentences": [x for d in edges for x in d.get("sentences", [])],
            "documents": sorted({x for d in edges for x in d.get("documents", [])})}


def axis_of_resistance(net: nx.MultiDiGraph, patron: str = "iran", coalition: str = "axis-of-resistance",
                       listed: Mapping[str, Actor] | Iterable[str] | None = None,
                       member_types: Iterable[str] = ("Group", "State"),
                       modalities: Iterable[str] = DIRECT) -> pd.DataFrame:
    """The groups and states that the patron backs, directly or through others, against a list of members.

    Args:
        net: From :func:`load` or :func:`network_from_triples`.
        patron: The actor at the centre (Iran).
        coalition: The gazetteer id of the coalition: its members are the list to compare with, and the
            coalition's own node is not a member of itself.
        listed: The members to compare with, as ids or as actors by id; by default
            :func:`coalition_members` of ``coalition``.
        member_types: The actor types that can be members.
        modalities: The ``backs`` statements that count.

    Returns:
        One row per actor found or listed: ``actor``, ``label``, ``type``, ``hops`` (``backs`` steps from the
        patron), ``path`` (labels, patron first), ``evidence`` (per step: subject, object, statements,
        sentences, documents), ``found`` (connected in the graph), ``listed``, ``path_ids`` (the path as
        ids) and ``status`` (``both``, ``graph only`` or ``gazetteer only``). Found members come first,
        nearest first.

    >>> net = network_from_triples([("iran", "backs", "hezbollah"), ("hezbollah", "backs", "radwan-force")],
    ...                            types={"iran": "State", "hezbollah": "Group", "radwan-force": "Group"})
    >>> axis = axis_of_resistance(net, listed=["hezbollah", "houthis"])
    >>> axis[["actor", "hops", "path", "status"]].to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'actor': 'hezbollah', 'hops': 1, 'path': ['iran', 'hezbollah'], 'status': 'both'},
     {'actor': 'radwan-force', 'hops': 2, 'path': ['iran', 'hezbollah', 'radwan-force'], 'status': 'graph only'},
     {'actor': 'houthis', 'hops': None, 'path': [], 'status': 'gazetteer only'}]
    """
    patron = find_actor(net, patron)
    listed = coalition_members(coalition) if listed is None else listed
    known = dict(listed) if isinstance(listed, Mapping) else dict.fromkeys(listed)
    paths = nx.single_source_shortest_path(relation_view(net, ("backs",), modalities), patron)
    rows = []
    for member, path in paths.items():
        if member in (patron, coalition) or net.nodes[member].get("type") not in set(member_types):
            continue
        rows.append({"actor": member, "label": _label(net, member), "type": net.nodes[member].get("type"),
                     "hops": len(path) - 1, "path": [_label(net, a) for a in path], "path_ids": path,
                     "evidence": [_hop_evidence(net, s, o, modalities) for s, o in pairwise(path)],
                     "found": True, "listed": member in known})
    found = {row["actor"] for row in rows}
    for member, actor in known.items():
        if member not in found:
            attrs = net.nodes[member] if member in net else {}
            rows.append({"actor": member, "label": attrs.get("label") or (actor.label if actor else member),
                         "type": attrs.get("type") or (actor.actor_type if actor else None), "hops": None,
                         "path": [], "path_ids": [], "evidence": [], "found": False, "listed": True})
    frame = pd.DataFrame(rows, columns=["actor", "label", "type", "hops", "path", "evidence", "found", "listed",
                                        "path_ids"])
    frame["hops"] = frame["hops"].astype("Int64")
    frame["status"] = ["both" if f and li else "graph only" if f else "gazetteer only"
                       for f, li in zip(frame["found"], frame["listed"])]
    return frame.sort_values(["found", "hops", "label"], ascending=[False, True, True], ignore_index=True)


# -- who attacks whom, and when ----------------------------------------------------------------------

def relation_matrix(net: nx.MultiDiGraph, predicate: str = "attacks", modalities: Iterable[str] = DIRECT,
                    top: int | None = None, labels: bool = True) -> pd.DataFrame:
    """Who ``predicate`` whom as a matrix: subjects in rows, objects in columns, statements in the cells.

    Rows and columns are sorted by their totals, largest first. ``top`` keeps the most active subjects and
    the most targeted objects; ``labels`` names actors by label rather than id.

    >>> net = network_from_triples([("israel", "attacks", "hamas"), ("israel", "attacks", "hamas"),
    ...                             ("hamas", "attacks", "israel")])
    >>> relation_matrix(net, labels=False)  # doctest: +NORMALIZE_WHITESPACE
    target    hamas  israel
    attacker
    israel        2       0
    hamas         0       1
    """
    view = relation_view(net, (predicate,), modalities)
    subjects = sorted({s for s, _ in view.edges})
    objects = sorted({o for _, o in view.edges})
    matrix = pd.DataFrame(0, index=pd.Index(subjects, dtype=object), columns=pd.Index(objects, dtype=object))
    for s, o, data in view.edges(data=True):
        matrix.loc[s, o] = data["weight"]
    rows = matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]
    columns = matrix.sum(axis=0).sort_values(ascending=False, kind="stable").index[:top]
    matrix = matrix.loc[rows, columns]
    if labels:
        matrix = matrix.rename(index=lambda a: _label(net, a), columns=lambda a: _label(net, a))
    matrix.index.name, matrix.columns.name = ROLES.get(predicate, ("subject", "object"))
    return matrix


def events(source: GraphData | nx.MultiDiGraph | str | Path | object, min_confidence: float = 0.0) -> pd.DataFrame:
    """The events: one row per real happening, however many statements report it.

    Args:
        source: What :func:`load` gave (its data or its network), or a store, graph file or rdflib graph.
        min_confidence: Only the events reported by a statement at least this confident, with their reports,
            articles and first and last report counted over such statements (as ``load(source, min_confidence)``
            gives them). Not with a network alone, which keeps no statements.

    Returns:
        Columns ``type`` (attacks, backs, pressures), ``agent``, ``target`` (ids), ``date`` (at its precision),
        ``precision`` (day, week, month, year, span), ``place``, ``state`` (of the place), ``reports`` (statements),
        ``articles``, ``first_report`` and ``last_report`` (the dates of the first and last article),
        ``agent_label``, ``target_label``, ``earliest``, ``latest`` and ``event`` (its IRI), by date.
    """
    if isinstance(source, GraphData):
        table = source.events if source.events is not None else event_table(source.network)
        if min_confidence > 0:
            table = reported_events(table, confident_statements(source.relations, min_confidence))
        return table
    if isinstance(source, nx.Graph):
        if "events" not in source.graph:
            raise AnalysisError("this network carries no events: give what analysis.load() returned, or a store")
        if min_confidence > 0:
            raise AnalysisError("a network keeps no statements to filter its events by: give what analysis.load() "
                                "returned, or a store")
        return source.graph["events"]
    return event_table(source, min_confidence)


def relation_timeline(relations: pd.DataFrame, predicates: Iterable[str] = ("attacks", "pressures"),
                      freq: str = "M", modalities: Iterable[str] = DIRECT, by: str = "predicate") -> pd.DataFrame:
    """Statements per period of their article's date, or events per period of their own date (``by="event"``):
    one row per period, one column per value of ``by``.

    Args:
        relations: The ``relations`` table of :func:`load`.
        predicates: The relations to count.
        freq: A pandas period: ``M`` (month), ``W``, ``D``, ``Q``, ``Y``.
        modalities: The statements that count.
        by: The column of ``relations`` whose values become the columns: ``predicate``, or e.g.
            ``subject_label`` for who attacks when; or ``event``: count each event its statements report once,
            in the period of the event's date (when it happened, not when it was reported), one column per
            relation.

    Periods without statements are kept, with zeros; statements from undated articles are left out (the
    count is logged). The date is the article's, unless ``by="event"``.

    >>> rows = pd.DataFrame({"predicate": ["attacks", "attacks", "pressures"], "modality": ["asserted"] * 3,
    ...                      "date": ["2024-01-14", "2024-03-02", "2024-01-30"]})
    >>> relation_timeline(rows)  # doctest: +NORMALIZE_WHITESPACE
             attacks  pressures
    month
    2024-01        1          1
    2024-02        0          0
    2024-03        1          0
    """
    predicates = list(predicates)
    rows = relations[relations["predicate"].isin(predicates) & relations["modality"].isin(list(modalities))]
    dates = "date"
    if by == "event":
        rows, dates, by = rows[rows["event"].notna()].drop_duplicates("event"), "event_date", "predicate"
    when = pd.to_datetime(rows[dates], errors="coerce", utc=True, format="ISO8601").dt.tz_localize(None)
    if when.isna().any():
        log.info("%d statements without a readable article date left out of the timeline", int(when.isna().sum()))
    rows, when = rows[when.notna()], when[when.notna()]
    columns = predicates if by == "predicate" else sorted(rows[by].dropna().unique())
    name = {"M": "month", "W": "week", "D": "day", "Q": "quarter", "Y": "year"}.get(freq, "period")
    if rows.empty:
        return pd.DataFrame(columns=columns, dtype=int).rename_axis(name)
    periods = when.dt.to_period(freq)
    counts = pd.crosstab(periods, rows[by]).reindex(columns=columns, fill_value=0)
    full = pd.period_range(periods.min(), periods.max(), freq=freq)
    counts = counts.reindex(full, fill_value=0).rename_axis(name)
    counts.columns.name = None
    return counts


# -- brokers and camps -------------------------------------------------------------------------------

def communities(net: nx.MultiDiGraph, predicates: Iterable[str] = PREDICATES, modalities: Iterable[str] = DIRECT,
                seed: int = 42, resolution: float = 1.0) -> list[set[str]]:
    """Louvain communities of the actors in relations (direction ignored, weighted by statements).

    Seeded, so the same graph gives the same communities. Largest first.

    >>> net = network_from_triples([("a", "backs", "b"), ("b", "backs", "c"), ("a", "backs", "c"), ("x", "backs", "y"),
    ...                             ("y", "backs", "z"), ("x", "backs", "z"), ("c", "attacks", "x")])
    >>> [sorted(c) for c in communities(net)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    g = _undirected(relation_view(net, predicates, modalities))
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    found = nx.community.louvain_communities(g, weight="weight", resolution=resolution, seed=seed)
    return sorted((set(c) for c in found), key=lambda c: (-len(c), min(c)))


def centrality(net: nx.MultiDiGraph, predicates: Iterable[str] = PREDICATES, modalities: Iterable[str] = DIRECT,
               seed: int = 42) -> pd.DataFrame:
    """Degree and betweenness of every actor in relations, brokers first.

    The graph is the relation graph without direction. ``degree`` counts an actor's partners and
    ``statements`` its statements; ``betweenness`` (normalised, by hops) is the share of shortest paths
    between other actors that pass through it: the brokers between camps score high. ``community`` is the
    actor's index in :func:`communities`, and ``communities_reached`` how many communities its partners are in.

    >>> net = network_from_triples([("a", "backs", "b"), ("b", "attacks", "c")])
    >>> centrality(net)[["actor", "degree", "betweenness"]].to_dict("records")
    [{'actor': 'b', 'degree': 2, 'betweenness': 1.0}, {'actor': 'a', 'degree': 1, 'betweenness': 0.0}, \
{'actor': 'c', 'degree': 1, 'betweenness': 0.0}]
    """
    g = _undirected(relation_view(net, predicates, modalities))
    g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    columns = ["actor", "label", "type", "degree", "statements", "degree_centrality", "betweenness", "community",
               "communities_reached"]
    if not len(g):
        return pd.DataFrame(columns=columns)
    betweenness, degree = nx.betweenness_centrality(g), nx.degree_centrality(g)
    community = {a: i for i, c in enumerate(communities(net, predicates, modalities, seed)) for a in c}
    rows = [{"actor": a, "label": _label(net, a), "type": net.nodes[a].get("type"), "degree": g.degree(a),
             "statements": g.degree(a, weight="weight"), "degree_centrality": degree[a],
             "betweenness": betweenness[a], "community": community[a],
             "communities_reached": len({community[b] for b in g[a]})} for a in g]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(["betweenness", "degree", "actor"], ascending=[False, False, True], ignore_index=True)


def evidence_paths(net: nx.MultiDiGraph, source: str, target: str, predicates: Iterable[str] = PREDICATES,
                   modalities: Iterable[str] = DIRECT, max_paths: int = 5) -> pd.DataFrame:
    """The shortest chains of relations between two actors, whatever their direction, with the evidence.

    Returns:
        One row per relation on each step of each path: ``path``, ``step``, ``subject_label``, ``predicate``,
        ``object_label``, ``modality``, ``statements``, ``sentence`` (the first), ``subject`` and ``object``.
        Empty when the two are not connected. At most ``max_paths`` paths.

    >>> net = network_from_triples([("iran", "backs", "houthis", "asserted", "Iran arms the Houthis."),
    ...                             ("houthis", "attacks", "israel", "asserted", "The Houthis fired at Israel.")])
    >>> evidence_paths(net, "iran", "israel")[["step", "subject", "predicate", "object", "sentence"]]
       step  subject predicate   object                      sentence
    0     1     iran     backs  houthis        Iran arms the Houthis.
    1     2  houthis   attacks   israel  The Houthis fired at Israel.
    """
    source, target = find_actor(net, source), find_actor(net, target)
    predicates, modalities = set(predicates), set(modalities)
    g = _undirected(relation_view(net, predicates, modalities))
    rows = []
    try:
        for number, path in enumerate(islice(nx.all_shortest_paths(g, source, target), max_paths), 1):
            for step, (a, b) in enumerate(pairwise(path), 1):
                for s, o in ((a, b), (b, a)):
                    for data in net.get_edge_data(s, o, default={}).values():
                        if data["predicate"] in predicates and data["modality"] in modalities:
                            sentences = data.get("sentences") or [None]
                            rows.append({"path": number, "step": step, "subject_label": _label(net, s),
                                         "predicate": data["predicate"], "object_label": _label(net, o),
                                         "modality": data["modality"], "statements": data["statements"],
                                         "sentence": sentences[0], "subject": s, "object": o})
    except nx.NetworkXNoPath:
        pass
    columns = ["path", "step", "subject_label", "predicate", "object_label", "modality", "statements", "sentence",
               "subject", "object"]
    return pd.DataFrame(rows, columns=columns)


# -- alliances and oppositions -----------------------------------------------------------------------

def signed_graph(net: nx.MultiDiGraph, positive: Iterable[str] = ("backs",), negative: Iterable[str] = ("attacks",),
                 modalities: Iterable[str] = DIRECT) -> nx.Graph:
    """Alliances and oppositions: an undirected graph whose edges have ``sign`` +1 (backs) or -1 (attacks).

    A pair with both gets the sign of the relation with more statements; a tie gets no edge and is listed
    in the graph's ``ties``. Each edge keeps its ``positive`` and ``negative`` statement counts.

    >>> signed = signed_graph(network_from_triples([("a", "backs", "b"), ("a", "attacks", "c"), ("b", "backs", "a")]))
    >>> sorted((s, o, d["sign"]) for s, o, d in signed.edges(data=True))
    [('a', 'b', 1), ('a', 'c', -1)]
    """
    counts: dict[tuple[str, str], list[int]] = {}
    for index, predicates in enumerate((positive, negative)):
        for s, o, data in relation_view(net, predicates, modalities).edges(data=True):
            counts.setdefault(tuple(sorted((s, o))), [0, 0])[index] += data["weight"]
    signed = nx.Graph(ties=[])
    signed.add_nodes_from((n, {"label": d.get("label", n), "type": d.get("type")}) for n, d in net.nodes(data=True))
    for (s, o), (plus, minus) in sorted(counts.items()):
        if plus == minus:
            signed.graph["ties"].append((s, o))
        else:
            signed.add_edge(s, o, sign=1 if plus > minus else -1, positive=plus, negative=minus)
    signed.remove_nodes_from([n for n in list(signed) if signed.degree(n) == 0])
    return signed


@dataclass(frozen=True)
class Balance:
    """The structural balance of a signed graph (see :func:`structural_balance`)."""

    balanced: bool
    camps: list[tuple[list[str], list[str]]]
    triangles: int
    unbalanced_triangles: list[tuple[str, str, str]]


def structural_balance(signed: nx.Graph) -> Balance:
    """Whether a signed graph is balanced: "the friend of my friend is my friend, the enemy of my enemy too".

    A signed graph is balanced when its actors split into two camps with every positive edge inside a camp
    and every negative one between them (Harary); then ``camps`` gives the two camps of each connected part.
    Every triangle of a balanced graph has an even number of negative edges; ``unbalanced_triangles`` lists
    those that do not (a graph can also be unbalanced through a longer cycle alone).

    >>> balanced = nx.Graph([("a", "b", {"sign": 1}), ("a", "c", {"sign": -1}), ("b", "c", {"sign": -1})])
    >>> structural_balance(balanced)
    Balance(balanced=True, camps=[(['a', 'b'], ['c'])], triangles=1, unbalanced_triangles=[])
    >>> unbalanced = nx.Graph([("a", "b", {"sign": 1}), ("b", "c", {"sign": 1}), ("a", "c", {"sign": -1})])
    >>> structural_balance(unbalanced)
    Balance(balanced=False, camps=[], triangles=1, unbalanced_triangles=[('a', 'b', 'c')])
    """
    triangles, unbalanced = 0, []
    for a in sorted(signed):
        for b in sorted(n for n in signed[a] if n > a):
            for c in sorted(n for n in set(signed[a]) & set(signed[b]) if n > b):
                triangles += 1
                if signed.edges[a, b]["sign"] * signed.edges[b, c]["sign"] * signed.edges[a, c]["sign"] < 0:
                    unbalanced.append((a, b, c))
    camps = _two_camps(signed)
    return Balance(camps is not None, camps or [], triangles, unbalanced)


def _two_camps(signed: nx.Graph) -> list[tuple[list[str], list[str]]] | None:
    """Each connected part's two camps, or None when some part cannot be split (the graph is unbalanced)."""
    camps = []
    for part in sorted(nx.connected_components(signed), key=min):
        side = {min(part): 0}
        queue = [min(part)]
        while queue:
            a = queue.pop(0)
            for b in sorted(signed[a]):
                expected = side[a] if signed.edges[a, b]["sign"] > 0 else 1 - side[a]
                if b not in side:
                    side[b] = expected
                    queue.append(b)
                elif side[b] != expected:
                    return None
        camps.append((sorted(a for a in part if side[a] == 0), sorted(a for a in part if side[a] == 1)))
    return camps
