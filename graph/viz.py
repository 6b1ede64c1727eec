"""Graph -> an interactive HTML explorer that works offline, opened from disk.

The rdflib graph is read into plain dicts (:func:`read_graph`), optionally cut down to
the part a user asked for (:func:`select_subgraph`), laid out in Python
(:func:`layout_positions`) and rendered into one self-contained page
(:func:`render_html`): vis-network's script and style (shipped inside the pyvis package)
and the explorer's own template, script and style (``graph/data/viz/``) are inlined, so
nothing is fetched from the network.

Everything shown comes from untrusted article text. It travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, the page
script writes it with ``textContent`` only, links are kept only for ``http(s)`` URLs,
and a Content-Security-Policy allows no script but the page's own two (by hash).
"""
from __future__ import annotations

import base64
import difflib
import hashlib
import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .errors import ActorgraphError, FocusError
from .model import ACTOR_TYPES, PREDICATES
from .output import write_atomically
from .rdf import AG, WD

LIGHT_KINDS = ("affiliatedWith", "mentions")
KINDS = PREDICATES + LIGHT_KINDS
VIS_DIR = "lib/vis-9.1.2"
ISO_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")
SAFE_URL = re.compile(r"^https?://", re.IGNORECASE)
QID = re.compile(r"^Q\d+$")
SLOT = re.compile(r"\{\{(\w+)\}\}")
PIXELS_PER_ACTOR = 90.0

Data = dict[str, Any]


@dataclass(frozen=True)
class VizSummary:
    """What a written page shows."""

    actors: int
    edges: int
    path: Path


def _local(iri: object) -> str:
    """The last segment of an IRI.

    >>> _local("https://w3id.org/actorgraph/ontology#alleged")
    'alleged'
    """
    return re.split(r"[/#]", str(iri))[-1]


def _actor_type(g: Graph, node: URIRef) -> str:
    types = {_local(t) for t in g.objects(node, RDF.type)}
    return next((t for t in ACTOR_TYPES if t in types), "Actor")


def _read_actor(g: Graph, node: URIRef) -> dict:
    label = g.value(node, RDFS.label)
    qids = sorted(_local(m) for m in g.objects(node, SKOS.exactMatch) if str(m).startswith(str(WD)))
    count = g.value(node, AG.mentionCount)
    if count is None:  # a store keeps the counts per document, on tallies that point at the actor
        count = sum(int(c) for tally in g.subjects(AG.actor, node) for c in g.objects(tally, AG.mentionCount))
    return {"label": str(label) if label is not None else _local(node), "type": _actor_type(g, node),
            "names": sorted({str(n) for n in g.objects(node, SKOS.altLabel)} - {str(label)}),
            "qid": qids[0] if qids else None, "mentions": int(count)}


def _read_document(g: Graph, node: URIRef) -> dict:
    date, url, title = g.value(node, DCTERMS.date), g.value(node, DCTERMS.source), g.value(node, DCTERMS.title)
    day = ISO_DAY.match(str(date)) if date is not None else None
    return {"title": str(title) if title is not None else str(g.value(node, DCTERMS.identifier) or _local(node)),
            "date": str(date) if date is not None else None, "day": day.group(0) if day else None,
            "url": str(url) if url is not None and SAFE_URL.match(str(url)) else None}


def _confidence(g: Graph, node: URIRef) -> float | None:
    value = g.value(node, AG.confidence)
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _statement(g: Graph, node: URIRef, documents: dict, **extra: Any) -> dict:
    doc, sentence = g.value(node, PROV.wasDerivedFrom), g.value(node, AG.sentence)
    if doc is not None and str(doc) not in documents:
        documents[str(doc)] = _read_document(g, doc)
    return {"sentence": str(sentence) if sentence is not None else None,
            "doc": str(doc) if doc is not None else None, **extra}


def read_graph(g: Graph) -> Data:
    """Read actors, relation, affiliation and quote edges with their evidence into plain dicts.

    Returns:
        ``{"actors": {iri: actor}, "edges": {(from_iri, kind, to_iri): [statement, ...]},
        "documents": {iri: document}}``. ``kind`` is ``attacks``, ``backs``, ``pressures``,
        ``affiliatedWith`` or ``mentions`` (a quote by the first actor that names the second).
        A relation statement carries its ``modality`` and ``confidence``; a direct triple without any
        statement gets one statement without a sentence (nor a confidence).
    """
    actors: dict[str, dict] = {}
    for t in ACTOR_TYPES:
        for node in g.subjects(RDF.type, AG[t]):
            actors.setdefault(str(node), _read_actor(g, node))
    edges: dict[tuple[str, str, str], list[dict]] = {}
    documents: dict[str, dict] = {}

    def add(s: object, kind: str, o: object, statement: dict) -> None:
        if s is None or o is None or s == o:
            return
        for node in (s, o):
            if str(node) not in actors:
                actors[str(node)] = _read_actor(g, node)
        edges.setdefault((str(s), kind, str(o)), []).append(statement)

    events = read_events(g)
    for node in g.subjects(RDF.type, AG.RelationStatement):
        kind = _local(g.value(node, RDF.predicate))
        if kind in PREDICATES:
            modality = _local(g.value(node, AG.modality) or AG.asserted)
            add(g.value(node, RDF.subject), kind, g.value(node, RDF.object),
                _statement(g, node, documents, modality=modality, confidence=_confidence(g, node), **_time(g, node)))
    for node in g.subjects(RDF.type, AG.Quote):
        text = g.value(node, AG.text)
        for mentioned in g.objects(node, AG.mentions):
            add(g.value(node, AG.speaker), "mentions", mentioned,
                _statement(g, node, documents, quote=str(text) if text is not None else None))
    for node in g.subjects(RDF.type, AG.Affiliation):
        role = g.value(node, AG.role)
        add(g.value(node, AG.person), "affiliatedWith", g.value(node, AG.organization),
            _statement(g, node, documents, role=str(role) if role is not None else None))
    for kind in PREDICATES + ("affiliatedWith",):
        for s, o in g.subject_objects(AG[kind]):
            if (str(s), kind, str(o)) not in edges:
                add(s, kind, o, {"sentence": None, "doc": None,
                                 **({"modality": "asserted"} if kind in PREDICATES else {})})
    return {"actors": actors, "edges": edges, "documents": documents, "events": events}


def _time(g: Graph, node: URIRef) -> dict:
    """A statement's own time (earliest, latest, precision, words) and the event it reports."""
    precision = g.value(node, AG.datePrecision)
    event = g.value(None, AG.reportedBy, node)
    return {"from": str(g.value(node, AG.earliest) or ""), "to": str(g.value(node, AG.latest) or ""),
            "precision": _local(precision) if precision is not None else None,
            "when": str(g.value(node, AG.timeText) or "") or None, "event": str(event) if event is not None else None}


def read_events(g: Graph) -> dict[str, dict]:
    """Every event: its date at its precision, earliest and latest day, place and number of reports."""
    out = {}
    for node in g.subjects(RDF.type, AG.Event):
        place = g.value(node, AG.place)
        out[str(node)] = {"date": str(g.value(node, AG.eventDate) or ""), "from": str(g.value(node, AG.earliest) or ""),
                          "to": str(g.value(node, AG.latest) or ""),
                          "precision": _local(g.value(node, AG.datePrecision) or AG.day),
                          "place": str(g.value(place, RDFS.label) or _local(place)) if place is not None else None,
                          "reports": int(g.value(node, AG.reportCount) or 0)}
    return out


def _names(actor: dict, iri: str) -> list[str]:
    return [actor["label"], *actor["names"], _local(iri)]


def find_actors(data: Data, name: str) -> list[str]:
    """The IRIs of the actors whose label, other name or id is ``name`` (ignoring case).

    Raises:
        FocusError: no actor has that name; the message names the closest matches.
    """
    wanted = name.casefold().strip()
    found = [iri for iri, a in data["actors"].items() if wanted in {n.casefold() for n in _names(a, iri)}]
    if found:
        return sorted(found)
    raise FocusError(f"no actor named {name!r} in the graph; " + _suggest(data, wanted))


def _suggest(data: Data, wanted: str) -> str:
    by_name: dict[str, str] = {}
    for iri, actor in data["actors"].items():
        for n in _names(actor, iri):
            by_name.setdefault(n.casefold(), actor["label"])
    close = difflib.get_close_matches(wanted, list(by_name), n=8, cutoff=0.6)
    close += sorted(n for n in by_name if wanted and wanted in n)
    labels = list(dict.fromkeys(by_name[n] for n in close))[:5]
    if labels:
        return "closest matches: " + ", ".join(labels)
    return f"the graph has {len(data['actors'])} actors and none is close"


def select_subgraph(data: Data, focus: str | None = None, depth: int = 1, min_statements: int = 1,
                    min_confidence: float = 0.0) -> Data:
    """Cut the graph down to what a user asked for.

    Args:
        data: from :func:`read_graph`.
        focus: an actor's name; keep only the actors within ``depth`` steps of it along any edge.
        depth: how many steps from ``focus`` (0: the actor alone).
        min_statements: drop edges with fewer supporting statements; when above 1, actors left
            without any edge are dropped too.
        min_confidence: drop the relation statements whose confidence is below this, and the edges and
            actors left without any (quotes and affiliations stay); the page's slider starts there.

    Raises:
        FocusError: ``focus`` names no actor.
    """
    edges = confident_edges(data["edges"], min_confidence) if min_confidence > 0 else data["edges"]
    edges = {k: v for k, v in edges.items() if len(v) >= min_statements}
    actors = data["actors"]
    if min_statements > 1 or min_confidence > 0:
        linked = {iri for s, _, o in edges for iri in (s, o)}
        actors = {iri: a for iri, a in actors.items() if iri in linked}
    if focus is not None:
        starts = find_actors({**data, "actors": actors}, focus)
        g = nx.Graph()
        g.add_nodes_from(actors)
        g.add_edges_from((s, o) for s, _, o in edges)
        keep: set[str] = set()
        for start in starts:
            keep |= set(nx.single_source_shortest_path_length(g, start, cutoff=depth))
        actors = {iri: a for iri, a in actors.items() if iri in keep}
    edges = {k: v for k, v in edges.items() if k[0] in actors and k[2] in actors}
    return {**data, "actors": actors, "edges": edges, "minConfidence": min_confidence}


def confident_edges(edges: dict, min_confidence: float) -> dict:
    """The edges with only the relation statements whose confidence is at least ``min_confidence``; a relation
    left without any goes. Quotes and affiliations, whose confidence is no measured precision, stay as they are.

    >>> edge = ("iran", "backs", "hezbollah")
    >>> confident_edges({edge: [{"confidence": 0.9}, {"confidence": 0.6}, {"confidence": None}]}, 0.8)[edge]
    [{'confidence': 0.9}]
    """
    out = {}
    for key, statements in edges.items():
        if key[1] in PREDICATES:
            statements = [s for s in statements if s.get("confidence") is not None and s["confidence"] >= min_confidence]
        if statements:
            out[key] = statements
    return out


def layout_positions(n: int, pairs: list[tuple[int, int]], seed: int = 7) -> np.ndarray:
    """Pixel positions for ``n`` nodes: a force-directed layout of the linked ones, the
    actors without any edge in rows below it. Deterministic.

    >>> layout_positions(4, [(0, 1), (1, 2)]).shape
    (4, 2)
    """
    pos = np.zeros((n, 2))
    edges = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    linked = np.flatnonzero(np.bincount(edges.ravel(), minlength=n))
    if len(linked):
        remap = np.full(n, -1)
        remap[linked] = np.arange(len(linked))
        pos[linked] = force_layout(len(linked), remap[edges], seed) * PIXELS_PER_ACTOR * np.sqrt(len(linked))
    alone = np.setdiff1d(np.arange(n), linked)
    if len(alone):
        left, bottom = (pos[linked, 0].min(), pos[linked, 1].max() + 2 * PIXELS_PER_ACTOR) if len(linked) else (0, 0)
        step = 1.6 * PIXELS_PER_ACTOR
        width = np.ptp(pos[linked, 0]) if len(linked) else 0.0
        per_row = max(int(np.sqrt(len(alone) * 2)), int(width / step) + 1)
        pos[alone, 0] = left + (np.arange(len(alone)) % per_row) * step
        pos[alone, 1] = bottom + (np.arange(len(alone)) // per_row) * step * 0.4
    return pos


def force_layout(n: int, edges: np.ndarray, seed: int = 7, iterations: int = 150) -> np.ndarray:
    """Fruchterman-Reingold positions around 0 in a unit-sized disc, about a second for 5,000 nodes.

    Repulsion between all nodes is computed on a grid with an FFT convolution (O(n) per
    step, not O(n²)), attraction along the ``edges`` (an ``(m, 2)`` array of node indices)
    exactly. Nodes repel in proportion to the square root of their degree, which gives a
    hub's neighbours room.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    if n < 2:
        return pos * 0
    src, dst = edges[:, 0], edges[:, 1]
    mass = 1.0 + np.bincount(edges.ravel(), minlength=n) ** 0.5
    k = np.sqrt(1.0 / n)
    grid = 1 << int(np.clip(np.ceil(np.log2(2 * np.sqrt(n))), 4, 7))
    offsets = np.arange(-grid + 1, grid, dtype=float)
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = np.maximum(dx * dx + dy * dy, 0.25)
    r2[grid - 1, grid - 1] = np.inf
    size = (4 * grid, 4 * grid)
    kernel_x, kernel_y = np.fft.rfft2(dx / r2, size), np.fft.rfft2(dy / r2, size)
    window = slice(grid - 1, 2 * grid - 1)
    for i in range(iterations):
        low = pos.min(0)
        cell = (pos.max(0) - low).max() * (1 + 1e-9) / grid + 1e-12
        cells = np.minimum(((pos - low) / cell).astype(np.int64), grid - 1)
        flat = cells[:, 0] * grid + cells[:, 1]
        density = np.fft.rfft2(np.bincount(flat, mass, grid * grid).reshape(grid, grid), size)
        disp = np.stack([np.fft.irfft2(density * kern, size)[window, window].ravel()[flat]
                         for kern in (kernel_x, kernel_y)], 1) * (k * k / cell) * mass[:, None] / mass.mean()
        d = pos[src] - pos[dst]
        pull = d * np.sqrt((d ** 2).sum(-1))[:, None] / k
        for axis in (0, 1):
            disp[:, axis] += np.bincount(dst, pull[:, axis], n) - np.bincount(src, pull[:, axis], n)
        disp -= (pos - pos.mean(0)) * 4.0
        length = np.maximum(np.sqrt((disp ** 2).sum(-1)), 1e-12)[:, None]
        pos += disp / length * np.minimum(length, 0.1 * (1 - i / iterations))
    return pos - pos.mean(0)


def page_data(data: Data, title: str) -> dict:
    """The JSON the page reads: actors, edges and statements by index, with positions."""
    iris = sorted(data["actors"])
    index = {iri: i for i, iri in enumerate(iris)}
    doc_iris = sorted(data["documents"])
    doc_index = {iri: i for i, iri in enumerate(doc_iris)}
    degree = Counter(iri for s, _, o in data["edges"] for iri in (s, o))
    keys = sorted(data["edges"], key=lambda k: (index[k[0]], KINDS.index(k[1]), index[k[2]]))
    pos = layout_positions(len(iris), [(index[s], index[o]) for s, _, o in keys])
    statements: list[dict] = []
    edges = []
    event_iris = sorted(data.get("events", {}))
    event_index = {iri: i for i, iri in enumerate(event_iris)}
    for s, kind, o in keys:
        first = len(statements)
        statements += [{**st, "doc": doc_index.get(st["doc"]), "event": event_index.get(st.get("event"))}
                       for st in data["edges"][(s, kind, o)]]
        edges.append({"from": index[s], "to": index[o], "kind": kind, "st": list(range(first, len(statements)))})
    actors = [{**data["actors"][iri], "iri": iri, "degree": degree[iri],
               "x": round(float(x), 1), "y": round(float(y), 1)} for iri, (x, y) in zip(iris, pos)]
    return {"title": title, "style": _style(), "minConfidence": data.get("minConfidence", 0.0),
            "actors": actors, "edges": edges, "statements": statements,
            "documents": [data["documents"][d] for d in doc_iris],
            "events": [data["events"][e] for e in event_iris]}


@cache
def _style() -> dict:
    return json.loads(_asset("style.json"))


def _asset(name: str) -> str:
    return resources.files("graph.data").joinpath("viz", name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    """vis-network's script or style as the pyvis package ships it (the explorer is written against 9.1.2)."""
    path = resources.files("pyvis").joinpath(VIS_DIR, name)
    if not path.is_file():
        raise ActorgraphError(f"the installed pyvis does not ship {VIS_DIR}/{name}; the explorer needs pyvis 0.3.2")
    return path.read_text(encoding="utf-8")


def _inline(text: str, tag: str) -> str:
    """Make text safe to place inside a ``<script>`` or ``<style>`` element.

    >>> _inline('a = "</script>"', "script")
    'a = "<\\\\/script>"'
    """
    return re.sub(f"</({tag})", r"<\\/\1", text, flags=re.IGNORECASE)


def json_for_html(value: object) -> str:
    """JSON that cannot end the ``<script>`` block it sits in.

    >>> json_for_html({"label": "</script><b>&"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def _script_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(data: Data, title: str = "actorgraph explorer") -> str:
    """The explorer page for ``data`` (from :func:`read_graph` or :func:`select_subgraph`)."""
    scripts = {"vis_js": _inline(_vis_asset("vis-network.min.js"), "script"),
               "script": _inline(_asset("explorer.js"), "script")}
    csp = ("default-src 'none'; script-src " + " ".join(_script_hash(s) for s in scripts.values()) +
           "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    notice = "" if data["actors"] else "No actors in this graph: there is nothing to draw."
    slots = {**scripts, "title": html.escape(title), "csp": html.escape(csp), "notice": html.escape(notice),
             "vis_css": _inline(_vis_asset("vis-network.css"), "style"),
             "style": _inline(_asset("explorer.css"), "style"),
             "data": json_for_html(page_data(data, title))}
    return SLOT.sub(lambda m: slots[m.group(1)], _asset("explorer.html"))


def write_html(g: Graph, path: Path, focus: str | None = None, depth: int = 1, min_statements: int = 1,
               title: str | None = None, min_confidence: float = 0.0) -> VizSummary:
    """Write the explorer page for ``g`` to ``path`` atomically (see :func:`select_subgraph` for the options).

    Raises:
        FocusError: ``focus`` names no actor in the graph.
        OutputError: The page cannot be written.
    """
    data = select_subgraph(read_graph(g), focus, depth, min_statements, min_confidence)
    page = render_html(data, title or f"actorgraph explorer: {path.stem}")
    write_atomically(path, lambda handle: handle.write(page.encode("utf-8")))
    return VizSummary(len(data["actors"]), len(data["edges"]), path)
