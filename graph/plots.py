"""Matplotlib figures of the analyses in :mod:`graph.analysis`: networks, a relation matrix, a timeline, brokers.

Every function returns a new :class:`matplotlib.figure.Figure` (no pyplot state, no window), with a
title, labelled axes and a legend or colour bar; a notebook shows it, ``fig.savefig("x.png")`` saves it.
Actor types and relations have the colours of the HTML explorer (``graph/data/viz/style.json``).

Example:
    >>> from graph.analysis import network_from_triples
    >>> fig = plot_network(network_from_triples([("iran", "backs", "hezbollah"), ("israel", "attacks", "hezbollah")]))
    >>> fig.axes[0].get_title()
    'Relations between actors'
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import cache
from importlib import resources

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

from .analysis import relation_view
from .model import PREDICATES
from .rdf import DIRECT

FALLBACK_COLOUR = "#9c9c9c"


@cache
def _style() -> dict:
    return json.loads(resources.files("graph.data").joinpath("viz", "style.json").read_text(encoding="utf-8"))


def type_colour(actor_type: str | None) -> str:
    """The explorer's colour for an actor type.

    >>> type_colour("State")
    '#4e79a7'
    """
    return _style()["types"].get(actor_type or "Actor", _style()["types"]["Actor"])["color"]


def relation_colour(predicate: str) -> str:
    """The explorer's colour for a relation.

    >>> relation_colour("backs")
    '#2c9f2c'
    """
    return _style()["kinds"].get(predicate, {}).get("color", FALLBACK_COLOUR)


def _type_handles(types: Iterable[str]) -> list[Line2D]:
    labels = _style()["types"]
    return [Line2D([], [], marker="o", linestyle="", markersize=9, color=type_colour(t),
                   label=labels.get(t, labels["Actor"])["label"]) for t in sorted(set(types))]


def _relation_handles(predicates: Iterable[str]) -> list[Line2D]:
    return [Line2D([], [], color=relation_colour(p), linewidth=2, label=p) for p in predicates]


def plot_network(net: nx.MultiDiGraph, nodes: Iterable[str] | None = None, predicates: Iterable[str] = PREDICATES,
                 modalities: Iterable[str] = DIRECT, title: str = "Relations between actors", seed: int = 7,
                 pos: dict | None = None, size: tuple[float, float] = (11, 8)) -> Figure:
    """The relations among ``nodes`` (every actor in a relation by default): one arrow per relation.

    Nodes are coloured by type and sized by their number of partners; arrows are coloured by relation and
    as wide as their number of statements. The layout is seeded (or give ``pos``).
    """
    predicates = [p for p in PREDICATES if p in set(predicates)] + [p for p in predicates if p not in PREDICATES]
    view = relation_view(net, predicates, modalities)
    if nodes is not None:
        view = view.subgraph(nodes).copy()
    view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0 and nodes is None])
    fig = Figure(figsize=size, layout="constrained")
    ax = fig.add_subplot()
    pos = pos or nx.spring_layout(view.to_undirected(), seed=seed, k=1.6 / math.sqrt(max(len(view), 1)))
    _draw(ax, net, view, pos, predicates)
    fig.legend(handles=_type_handles(net.nodes[n].get("type") for n in view) + _relation_handles(
        p for p in predicates if any(p in d["relations"] for _, _, d in view.edges(data=True))),
        loc="outside right upper", title="actors and relations", frameon=False)
    ax.set_title(title)
    ax.set_axis_off()
    return fig


def _draw(ax: object, net: nx.MultiDiGraph, view: nx.DiGraph, pos: dict, predicates: list[str],
          rings: dict | None = None) -> None:
    """Draw ``view``: nodes by type (with the outline colours of ``rings``), one curved arrow per relation."""
    nodes = list(view)
    degree = dict(view.to_undirected().degree())
    nx.draw_networkx_nodes(view, pos, ax=ax, nodelist=nodes, node_color=[type_colour(net.nodes[n].get("type"))
                                                                          for n in nodes],
                           node_size=[250 + 120 * degree.get(n, 0) for n in nodes],
                           edgecolors=[(rings or {}).get(n, "white") for n in nodes], linewidths=2)
    for index, predicate in enumerate(predicates):
        edges = [(s, o) for s, o, d in view.edges(data=True) if predicate in d["relations"]]
        if edges:
            nx.draw_networkx_edges(view, pos, ax=ax, edgelist=edges, edge_color=relation_colour(predicate),
                                   width=[0.8 + 0.7 * math.sqrt(view.edges[e]["relations"][predicate]) for e in edges],
                                   arrowsize=14, node_size=[250 + 120 * degree.get(n, 0) for n in nodes],
                                   nodelist=nodes, connectionstyle=f"arc3,rad={0.08 + 0.12 * index}")
    heights = [y for _, y in pos.values()] or [0.0]
    below = 0.045 * ((max(heights) - min(heights)) or 1.0)
    nx.draw_networkx_labels(view, {n: (pos[n][0], pos[n][1] - below) for n in nodes}, ax=ax, font_size=8,
                            labels={n: net.nodes[n].get("label", n) for n in nodes}, verticalalignment="top",
                            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.6})


def plot_axis(net: nx.MultiDiGraph, axis: pd.DataFrame, patron: str = "iran", title: str | None = None,
              size: tuple[float, float] = (11, 8)) -> Figure:
    """The axis of :func:`graph.analysis.axis_of_resistance`: the patron in the centre, a ring per ``backs`` step.

    Members that the gazetteer lists have a black outline; the listed members the graph does not connect are
    named below the plot.
    """
    rings: list[list[str]] = [[patron]]
    for path in axis.loc[axis["found"], "path_ids"]:
        for hop, node in enumerate(path):
            if hop >= len(rings):
                rings.append([])
            if all(node not in ring for ring in rings):
                rings[hop].append(node)
    view = relation_view(net, ("backs",)).subgraph([n for ring in rings for n in ring]).copy()
    pos = nx.shell_layout(view, nlist=[sorted(ring) for ring in rings if ring]) if len(view) > 1 else {patron: (0, 0)}
    fig = Figure(figsize=size, layout="constrained")
    ax = fig.add_subplot()
    listed = set(axis.loc[axis["listed"], "actor"])
    _draw(ax, net, view, pos, ["backs"], rings={n: "black" if n in listed else "white" for n in view})
    missing = axis.loc[~axis["found"], "label"].tolist()
    handles = _type_handles(net.nodes[n].get("type") for n in view) + _relation_handles(["backs"]) + [
        Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor="white", markeredgecolor="black",
               markeredgewidth=2, label="listed in the gazetteer")]
    fig.legend(handles=handles, loc="outside right upper", frameon=False, title="actors and relations")
    ax.set_title(title or f"{net.nodes[patron].get('label', patron)} and the actors it backs, step by step")
    if missing:
        ax.text(0.5, -0.02, "Listed in the gazetteer, not connected in these articles: " + ", ".join(missing),
                transform=ax.transAxes, ha="center", va="top", fontsize=8, wrap=True)
    ax.set_axis_off()
    return fig


def plot_matrix(matrix: pd.DataFrame, title: str | None = None, colormap: str = "Reds",
                size: tuple[float, float] | None = None) -> Figure:
    """A relation matrix (:func:`graph.analysis.relation_matrix`) as a heatmap with the counts in the cells.

    >>> fig = plot_matrix(pd.DataFrame([[2, 0], [0, 1]], index=pd.Index(["Israel", "Hamas"], name="attacker"),
    ...                                columns=pd.Index(["Hamas", "Israel"], name="target")))
    >>> fig.axes[0].get_xlabel(), fig.axes[0].get_ylabel(), fig.axes[1].get_ylabel()
    ('target', 'attacker', 'statements')
    """
    rows, columns = matrix.shape
    fig = Figure(figsize=size or (max(5.0, 1.2 + 0.55 * columns), max(3.5, 1.8 + 0.4 * rows)), layout="constrained")
    ax = fig.add_subplot()
    values = matrix.to_numpy(dtype=float)
    image = ax.imshow(values, cmap=colormap, aspect="auto", vmin=0, vmax=max(values.max(initial=0), 1))
    ax.set_xticks(np.arange(columns), labels=[str(c) for c in matrix.columns], rotation=45, ha="right",
                  rotation_mode="anchor")
    ax.set_yticks(np.arange(rows), labels=[str(i) for i in matrix.index])
    for (i, j), value in np.ndenumerate(values):
        if value:
            ax.text(j, i, f"{value:g}", ha="center", va="center", fontsize=8,
                    color="white" if value > 0.6 * values.max() else "black")
    fig.colorbar(image, ax=ax, label="statements")
    ax.set_xlabel(matrix.columns.name or "object")
    ax.set_ylabel(matrix.index.name or "subject")
    ax.set_title(title or f"Who {matrix.index.name or 'subject'} → {matrix.columns.name or 'object'}: statements")
    return fig


def plot_timeline(timeline: pd.DataFrame, title: str = "Statements over time",
                  size: tuple[float, float] = (9, 4.5)) -> Figure:
    """A timeline (:func:`graph.analysis.relation_timeline`) as bars: a group per period, a bar per column.

    >>> timeline = pd.DataFrame({"attacks": [3, 0, 2]}, index=pd.period_range("2024-01", periods=3, freq="M"))
    >>> fig = plot_timeline(timeline.rename_axis("month"))
    >>> fig.axes[0].get_xlabel(), fig.axes[0].get_legend().get_texts()[0].get_text()
    ('article date (month)', 'attacks')
    """
    fig = Figure(figsize=size, layout="constrained")
    ax = fig.add_subplot()
    width = 0.8 / max(len(timeline.columns), 1)
    where = np.arange(len(timeline))
    for number, column in enumerate(timeline.columns):
        colour = relation_colour(column) if column in PREDICATES else None
        ax.bar(where + (number - (len(timeline.columns) - 1) / 2) * width, timeline[column].to_numpy(), width,
               label=str(column), color=colour)
    ax.set_xticks(where, labels=[str(p) for p in timeline.index], rotation=45 if len(timeline) > 12 else 0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(f"article date ({timeline.index.name or 'period'})")
    ax.set_ylabel("statements")
    ax.set_title(title)
    ax.legend(title="relation" if set(timeline.columns) <= set(PREDICATES) else None)
    ax.grid(axis="y", alpha=0.3)
    return fig


def plot_brokers(centrality: pd.DataFrame, top: int = 10, title: str = "Top brokers: betweenness centrality",
                 size: tuple[float, float] = (8, 4.5)) -> Figure:
    """The ``top`` actors of :func:`graph.analysis.centrality` by betweenness, as bars coloured by type.

    >>> fig = plot_brokers(pd.DataFrame({"label": ["Israel", "Iran"], "type": ["State", "State"],
    ...                                  "betweenness": [0.5, 0.3]}))
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Israel', 'Iran']
    """
    rows = centrality.sort_values("betweenness", ascending=False, kind="stable").head(top)
    fig = Figure(figsize=size, layout="constrained")
    ax = fig.add_subplot()
    ax.barh(np.arange(len(rows)), rows["betweenness"], color=[type_colour(t) for t in rows["type"]])
    ax.set_yticks(np.arange(len(rows)), labels=rows["label"].tolist())
    ax.invert_yaxis()
    ax.set_xlabel("betweenness centrality (share of shortest paths through the actor)")
    ax.set_ylabel("actor")
    ax.set_title(title)
    ax.legend(handles=_type_handles(rows["type"]), title="actor type", loc="lower right")
    return fig
