"""Writing a store out: RDF files (the union, or one named graph per article), actor networks, and graphs to push.

Turtle, N-Triples and JSON-LD get the union of the articles; TriG and N-Quads one named graph per article,
which :func:`graph.store.import_dataset` loads again; GraphML, GEXF and CSV the actor network of
:func:`graph.query.to_networkx`.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .output import write_atomically
from .query import to_networkx
from .sparql import PREFIXES
from .store import DATASET_FORMATS, Store, opened, rdf_format_of

EXPORT_FORMATS = ("ttl", "nt", "jsonld", "trig", "nq", "graphml", "gexf", "csv")


def export_store(store: Store | str | Path, output: Path, fmt: str | None = None) -> None:
    """Write the store to a file, atomically.

    Turtle, N-Triples and JSON-LD get the union (the default graph); TriG and N-Quads get one named
    graph per article (re-importable with :func:`import_dataset`); GraphML, GEXF and CSV get the actor
    network of :func:`to_networkx` (CSV: an edge list for Gephi and spreadsheets).
    """
    fmt = (fmt or output.suffix.lstrip(".")).lower()
    with opened(store) as kg:
        if fmt in ("graphml", "gexf", "csv"):
            net = to_networkx(kg)
            return write_atomically(output, lambda handle: write_network(net, handle, fmt))
        rdf_fmt = rdf_format_of(fmt, output)

        def write(handle) -> None:
            if rdf_fmt in DATASET_FORMATS:
                quads = (q for q in kg.db.quads_for_pattern(None, None, None, None)
                         if not isinstance(q.graph_name, ox.DefaultGraph))
                ox.serialize(quads, handle, rdf_fmt, prefixes=_prefixes(rdf_fmt))
            else:
                kg.db.dump(handle, rdf_fmt, from_graph=ox.DefaultGraph(), prefixes=_prefixes(rdf_fmt))

        write_atomically(output, write)


def _prefixes(rdf_fmt: ox.RdfFormat) -> dict[str, str] | None:
    return dict(PREFIXES) if rdf_fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None


def write_network(net, handle, fmt: str) -> None:
    """Write the actor network as GraphML, GEXF, or a CSV edge list (Gephi's Source, Target, Type, Label, Weight)."""
    import networkx as nx

    if fmt == "graphml":
        nx.write_graphml(net, handle)
    elif fmt == "gexf":
        nx.write_gexf(net, handle)
    else:
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(["Source", "Target", "Type", "Label", "Weight", "modality", "articles", "source_label",
                         "target_label"])
        for s, o, data in net.edges(data=True):
            writer.writerow([s, o, "Directed", data["predicate"], data["statements"], data["modality"],
                             data["articles"], net.nodes[s].get("label", s), net.nodes[o].get("label", o)])
        handle.write(text.getvalue().encode("utf-8"))


# -- push to a SPARQL server -------------------------------------------------------------------------

def named_graph_payloads(store: Store) -> Iterable[tuple[str, bytes]]:
    """Each article graph's IRI and its N-Triples, for :mod:`graph.push`.

    Pushing the article graphs, not the derived default graph, lets the server know which triples came from
    which article; most servers can query the union of named graphs (Fuseki's ``unionDefaultGraph``,
    Oxigraph's ``--union-default-graph``, GraphDB and Virtuoso by default).
    """
    for name in sorted(store.db.named_graphs(), key=str):
        yield name.value, store.db.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name) or b""
