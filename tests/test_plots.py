"""graph.plots: every figure saves to PNG and has a title, labelled axes and a legend (or colour bar)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from graph import plots
from graph.analysis import (
    axis_of_resistance,
    centrality,
    network_from_triples,
    relation_matrix,
    relation_timeline,
)

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def net():
    return network_from_triples(
        [("iran", "backs", "hezbollah", "asserted", "Iran arms Hezbollah."),
         ("hezbollah", "backs", "radwan-force"), ("iran", "backs", "houthis"),
         ("israel", "attacks", "hezbollah"), ("israel", "attacks", "hezbollah"), ("hezbollah", "attacks", "israel"),
         ("houthis", "attacks", "israel"), ("us", "attacks", "houthis"), ("us", "pressures", "iran"),
         ("us", "backs", "israel")],
        types={"iran": "State", "israel": "State", "us": "State", "hezbollah": "Group", "radwan-force": "Group",
               "houthis": "Group"})


def saved(fig: Figure, path: Path) -> Figure:
    fig.savefig(path, dpi=60)
    assert path.read_bytes().startswith(PNG) and path.stat().st_size > 5_000
    return fig


def legend_texts(fig: Figure) -> list[str]:
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend() is not None] + list(fig.legends)
    assert legends, "the figure has no legend"
    return [t.get_text() for legend in legends for t in legend.get_texts()]


def test_network_figure(net, tmp_path):
    fig = saved(plots.plot_network(net, title="Who does what to whom"), tmp_path / "network.png")
    assert fig.axes[0].get_title() == "Who does what to whom"
    assert set(legend_texts(fig)) == {"state", "group", "attacks", "backs", "pressures"}


def test_network_figure_of_some_actors_and_relations(net, tmp_path):
    fig = saved(plots.plot_network(net, nodes=["iran", "hezbollah", "houthis", "israel"], predicates=("backs",)),
                tmp_path / "some.png")
    assert set(legend_texts(fig)) == {"state", "group", "backs"}


def test_axis_figure(net, tmp_path):
    axis = axis_of_resistance(net, listed=["hezbollah", "hamas"])
    fig = saved(plots.plot_axis(net, axis), tmp_path / "axis.png")
    ax = fig.axes[0]
    assert ax.get_title() == "iran and the actors it backs, step by step"
    assert "listed in the gazetteer" in legend_texts(fig)
    assert any("not connected in these articles: hamas" in t.get_text() for t in ax.texts)


def test_matrix_heatmap(net, tmp_path):
    fig = saved(plots.plot_matrix(relation_matrix(net, "attacks"), title="Who attacks whom"), tmp_path / "matrix.png")
    ax, colorbar = fig.axes
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel(), colorbar.get_ylabel()) == (
        "Who attacks whom", "target", "attacker", "statements")
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "israel"
    assert "2" in [t.get_text() for t in ax.texts]


def test_timeline_figure(tmp_path):
    rows = pd.DataFrame({"predicate": ["attacks", "attacks", "pressures"], "modality": ["asserted"] * 3,
                         "date": ["2024-01-14", "2024-04-02", "2024-02-01"]})
    fig = saved(plots.plot_timeline(relation_timeline(rows), title="Attacks and pressure"), tmp_path / "timeline.png")
    ax = fig.axes[0]
    assert (ax.get_title(), ax.get_xlabel(), ax.get_ylabel()) == (
        "Attacks and pressure", "article date (month)", "statements")
    assert legend_texts(fig) == ["attacks", "pressures"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2024-01", "2024-02", "2024-03", "2024-04"]


def test_brokers_figure(net, tmp_path):
    fig = saved(plots.plot_brokers(centrality(net), top=3), tmp_path / "brokers.png")
    ax = fig.axes[0]
    assert ax.get_title() and ax.get_xlabel().startswith("betweenness") and ax.get_ylabel() == "actor"
    assert len(ax.patches) == 3
    assert set(legend_texts(fig)) <= {"state", "group"}
