"""Shared fixtures: one Extractor (the real model) per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():
    from graph.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def ontology_graphs():
    from rdflib import Graph

    ont = Graph().parse(ROOT / "ontology" / "actorgraph.ttl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    return ont, shapes
