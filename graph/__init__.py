"""actorgraph: news text to a knowledge graph of who does what to whom."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import Graph

    from .pipeline import Extractor

__version__ = "0.1.0"


@lru_cache(maxsize=4)
def _extractor(actor_files: tuple[str, ...], model: str | None, min_confidence: float = 0.0) -> Extractor:
    from .pipeline import Extractor

    return Extractor(actor_files, model, min_confidence)


def extract_text(text: str, *, doc_id: str | None = None, title: str | None = None, date: str | None = None,
                 url: str | None = None, actor_files: tuple[str, ...] = (), model: str | None = None,
                 min_confidence: float = 0.0) -> Graph:
    """Extract one article given as a string into an rdflib Graph.

    The model and the gazetteers are loaded on the first call and reused by later calls with the
    same ``actor_files`` and ``model``, so scoring many short texts in one process is fast.
    The text is read like a plain-text file given to ``actorgraph extract``: its first non-empty
    line doubles as its title unless ``title`` is given.

    Args:
        text: The article.
        doc_id: The document id (the hash of the text by default).
        title, date, url: The article's metadata, as in a JSONL record.
        actor_files: Extra gazetteer files in the format of ``graph/data/actors/README.md``.
        model: A spaCy model name other than the default.
        min_confidence: Leave out the relation statements whose confidence is below this (0 to 1).

    Returns:
        The graph that ``actorgraph extract`` would write for this article.
    """
    from .ingest import make_document
    from .rdf import build_graph

    if title is None:
        title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    doc = make_document(text, doc_id or "text", doc_id=doc_id, title=title, date=date, url=url)
    extractor = _extractor(tuple(str(f) for f in actor_files), model, min_confidence)
    return build_graph(extractor.extract([doc]))
