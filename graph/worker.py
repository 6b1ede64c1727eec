"""What runs in a worker process: one Extractor per process, loaded on first use, and a chunk of articles -> results.

A worker is this process, a local process of :mod:`graph.batch`'s pool, or a Dask worker: all of them import
this module and call :func:`extract_chunk`. The results are plain values (strings and bytes), cheap to send
back: each article as the N-Quads the store loads, or the reason it failed.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model import Document
from .pipeline import Extractor
from .store import article_nquads

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker needs to build its Extractor: the user's actor files (with their size and time, so that
    a changed file gives a new Extractor), the model and the confidence below which relation statements are
    left out."""

    actor_files: tuple[str, ...] = ()
    model: str | None = None
    stamps: tuple[tuple[int, int], ...] = ()
    min_confidence: float = 0.0

    @classmethod
    def of(cls, actor_files: Iterable[str | Path] = (), model: str | None = None,
           min_confidence: float = 0.0) -> WorkerSettings:
        """Settings for these actor files (made absolute), model and confidence threshold."""
        paths = tuple(str(Path(p).resolve()) for p in actor_files)
        return cls(paths, model, tuple(_stamp(p) for p in paths), min_confidence)


def _stamp(path: str) -> tuple[int, int]:
    try:
        info = os.stat(path)
    except OSError:
        return (0, 0)  # reading the gazetteer will say what is wrong with it
    return (info.st_mtime_ns, info.st_size)


@dataclass(frozen=True)
class Extracted:
    """An article extracted: its text hash, where it came from, its words, and its graph as N-Quads."""

    sha256: str
    source: str
    words: int
    nquads: bytes
    triples: int


@dataclass(frozen=True)
class Failed:
    """An article that could not be extracted, and why."""

    sha256: str
    source: str
    reason: str


@lru_cache(maxsize=1)
def cached_extractor(settings: WorkerSettings) -> tuple[Extractor, threading.RLock]:
    """This process's Extractor for ``settings`` (loaded once), and a lock for threads sharing it."""
    return Extractor([Path(p) for p in settings.actor_files], settings.model, settings.min_confidence), threading.RLock()


def extract_chunk(docs: list[Document], settings: WorkerSettings) -> list[Extracted | Failed]:
    """Extract a few articles, parsing their paragraphs together; an article that fails is reported, not raised."""
    extractor, lock = cached_extractor(settings)
    with lock:
        try:
            return extract_in_zone(extractor, docs)
        except Exception as exc:  # noqa: BLE001 - a crash in the parser must not take the other articles down
            if len(docs) == 1:
                return [failure(docs[0], "parsing", exc)]
        return [result for doc in docs for result in extract_chunk([doc], settings)]  # find the one that crashes


def extract_in_zone(extractor: Extractor, docs: list[Document]) -> list[Extracted | Failed]:
    """Parse and read the articles in a spaCy memory zone: the strings and lexemes of these articles are freed
    afterwards, so a long-running worker does not grow with the vocabulary of the corpus.

    Raises:
        Exception: whatever the parser raised.
    """
    with extractor.nlp.memory_zone():
        parsed = extractor.parse(docs)
        return [read_article(extractor, doc, paragraphs) for doc, paragraphs in zip(docs, parsed)]


def read_article(extractor: Extractor, doc: Document, paragraphs: list[tuple]) -> Extracted | Failed:
    """Run the rules over one parsed article and build its graph."""
    try:
        nquads, triples = article_nquads(extractor.read_document(doc, paragraphs))
    except Exception as exc:  # noqa: BLE001 - a crash in a rule fails this article only
        return failure(doc, "extraction", exc)
    return Extracted(doc.sha256, doc.source, doc.word_count, nquads, triples)


def failure(doc: Document, stage: str, exc: BaseException) -> Failed:
    """A failed article, with the error in one line."""
    message = " ".join(str(exc).split())[:300]
    log.debug("%s: %s failed", doc.source, stage, exc_info=exc)
    return Failed(doc.sha256, doc.source, f"{doc.source}: {stage} failed ({type(exc).__name__}: {message})")


def init_pool_worker() -> None:
    """Set up a local pool process: Ctrl-C is the client's to handle, and the process ends with its client."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), name="exit-with-client", daemon=True).start()


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(1)  # the client was killed: nobody is left to take the results
