"""Extract a corpus into a store at scale: streamed, in chunks, in local worker processes or on a Dask cluster.

The client reads the inputs as a stream and skips the articles the store already has (by the hash of their
text) before sending anything out. It cuts the rest into chunks of a few articles and keeps only a few chunks
in flight, so memory stays flat however large the corpus. Workers (this process, a pool of local processes,
or the workers of a Dask cluster; see :mod:`graph.worker`) load the model once and send back each article as
N-Quads, or the reason it failed. The client writes the articles into the store in batches, each batch one
transaction: a run can be killed at any moment, every article is then in the store whole or not at all, and
running the same command again does what is left.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, BrokenExecutor, CancelledError, ProcessPoolExecutor, wait
from contextlib import ExitStack, closing, contextmanager
from itertools import chain, islice
from pathlib import Path

from .errors import ActorgraphError, InputError
from .gazetteer import load_gazetteer
from .ingest import JSONL_SUFFIXES, iter_paths, readable_documents
from .model import Document
from .nlp import find_model
from .progress import Progress, Reporter, SilentReporter
from .store import ArticleError, Store, add_articles, has_document, open_store
from .worker import Extracted, Failed, WorkerSettings, extract_chunk, init_pool_worker

log = logging.getLogger(__name__)

CHUNK_DOCS = 8  # articles per task: about a second of work, and a few batches of paragraphs for nlp.pipe
IN_FLIGHT = 2  # chunks in flight per worker: one running, one waiting
WRITE_DOCS = 32  # write when this many articles wait ...
WRITE_SECONDS = 1.0  # ... or when the last write is this old
FLUSH_DOCS = 100  # move the database's memory to disk after this many articles (else it grows with the store)

Results = list[Extracted | Failed]


class BatchError(ActorgraphError):
    """The run cannot go on: a worker process died, the cluster went away, or Dask is missing."""


def extract_corpus(inputs: Iterable[str | Path], store_path: str | Path, *, workers: int | None = None,
                   dask: str | None = None, actor_files: Iterable[str | Path] = (), model: str | None = None,
                   replace: bool = False, reporter: Reporter | None = None, chunk_docs: int = CHUNK_DOCS,
                   min_confidence: float = 0.0) -> Progress:
    """Extract files, folders and JSONL into a store (created if absent), one named graph per article.

    Args:
        inputs: Text files, folders of them, JSONL files (streamed, never held whole).
        store_path: The store folder.
        workers: Local worker processes (default 1: this process); with ``dask="local"``, the number of Dask
            workers (default: one per CPU).
        dask: The address of a Dask scheduler (``tcp://host:8786``), or ``"local"`` for a local cluster.
        actor_files: The user's own gazetteers (with a remote cluster, at the same path on every worker).
        model: The spaCy model package.
        replace: Re-extract articles already stored, replacing them.
        reporter: Told the progress after each step (see :mod:`graph.progress`).
        chunk_docs: Articles per task.
        min_confidence: Leave out the relation statements whose confidence is below this (0 keeps them all).

    Returns:
        The counts, and one line per failed input or article in ``errors``.

    Raises:
        BatchError: A worker process died, the Dask cluster cannot be reached or went away, or Dask is missing.
        StoreError: The store cannot be opened for writing.
    """
    inputs = list(inputs)  # read twice: counted first, for the progress
    settings = WorkerSettings.of(actor_files, model, min_confidence)
    progress = Progress(total=count_documents(inputs))
    reporter = reporter or SilentReporter()
    with open_store(store_path, write=True, create=True) as store:
        writer = ArticleWriter(store, replace, progress, reporter)
        chunks = _chunked(writer.fresh(read_documents(inputs, progress, reporter)), chunk_docs)
        first = next(chunks, None)
        if first is not None:
            if dask is not None or (workers or 1) > 1:  # raise a bad setting here, not once per chunk in the workers
                find_model(model)
                load_gazetteer([Path(p) for p in settings.actor_files])
            try:
                with closing(run_chunks(chain([first], chunks), settings, workers, dask)) as results:
                    for chunk_results in results:
                        writer.take(chunk_results)
            finally:
                writer.flush()  # keep what is finished, also when interrupted
    progress.finished = time.monotonic()
    reporter.close(progress)
    return progress


def count_documents(inputs: Iterable[str | Path]) -> int:
    """How many articles the inputs hold (a JSONL line is one), without reading them as articles."""
    total = 0
    for item in iter_paths(inputs):
        if isinstance(item, Path) and item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with item.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def read_documents(inputs: Iterable[str | Path], progress: Progress, reporter: Reporter) -> Iterator[Document]:
    """The readable articles; each unreadable input is counted as failed, with its reason."""
    def failed(error: InputError) -> None:
        progress.failed += 1
        progress.errors.append(str(error))
        log.info("%s", error)
        reporter.update(progress)

    for doc in readable_documents(inputs, failed):
        progress.documents += 1
        yield doc


class ArticleWriter:
    """Skips what the store has, writes finished articles into it in batches, and keeps the counts."""

    def __init__(self, store: Store, replace: bool, progress: Progress, reporter: Reporter) -> None:
        self.store = store
        self.replace = replace
        self.progress = progress
        self.reporter = reporter
        self.in_flight: set[str] = set()  # hashes sent out and not yet written: a copy of one of them is skipped
        self.replaced: set[str] = set()  # with replace: hashes written by this run
        self.waiting: list[Extracted] = []
        self.last_write = time.monotonic()
        self.unflushed = 0

    def fresh(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The articles to extract: not in the store (or, with replace, not yet done by this run), nor in flight."""
        for doc in docs:
            done = doc.sha256 in self.replaced if self.replace else has_document(self.store, doc.sha256)
            if done or doc.sha256 in self.in_flight:
                self.progress.skipped += 1
                log.debug("%s: already in the store, skipped", doc.source)
                self.reporter.update(self.progress)
                continue
            self.in_flight.add(doc.sha256)
            yield doc

    def take(self, results: Results) -> None:
        """Count a chunk's results and queue its articles; write when enough wait or the last write is old."""
        for result in results:
            if isinstance(result, Failed):
                self.in_flight.discard(result.sha256)
                self.progress.failed += 1
                self.progress.errors.append(result.reason)
                log.info("%s", result.reason)
            else:
                self.progress.extracted += 1
                self.progress.words += result.words
                self.waiting.append(result)
        if len(self.waiting) >= WRITE_DOCS or time.monotonic() - self.last_write >= WRITE_SECONDS:
            self.flush()
        self.reporter.update(self.progress)

    def flush(self) -> None:
        """Write the waiting articles in one transaction."""
        if self.waiting:
            added = self.write_waiting()
            for result in self.waiting:
                self.in_flight.discard(result.sha256)
                if result.sha256 in added:
                    self.progress.added += 1
                    self.progress.triples += result.triples
            if self.replace:
                self.replaced |= added
            log.info("stored %d articles (%s)", len(added), self.progress.describe())
            self.waiting.clear()
            self.unflushed += len(added)
            if self.unflushed >= FLUSH_DOCS:
                self.store.flush()
                self.unflushed = 0
        self.last_write = time.monotonic()

    def write_waiting(self) -> set[str]:
        """Write the waiting articles; one the store refuses is counted failed, with its source, and left out."""
        while True:
            try:
                return set(add_articles(self.store, [(r.sha256, r.nquads) for r in self.waiting], self.replace))
            except ArticleError as exc:
                refused = next(r for r in self.waiting if r.sha256 == exc.sha256)
                self.waiting.remove(refused)
                self.in_flight.discard(refused.sha256)
                self.progress.extracted -= 1
                self.progress.words -= refused.words
                self.progress.failed += 1
                self.progress.errors.append(f"{refused.source}: not stored: {exc}")
                log.info("%s: not stored: %s", refused.source, exc)


def _chunked(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def run_chunks(chunks: Iterable[list[Document]], settings: WorkerSettings, workers: int | None,
               dask: str | None) -> Iterator[Results]:
    """Each chunk's results, as they finish: on a Dask cluster, in a pool of local processes, or here."""
    if dask is not None:
        return run_on_dask(chunks, settings, dask, workers)
    if workers is not None and workers > 1:
        return run_in_pool(chunks, settings, workers)
    return (extract_chunk(chunk, settings) for chunk in chunks)


def run_in_pool(chunks: Iterable[list[Document]], settings: WorkerSettings, workers: int) -> Iterator[Results]:
    """Run the chunks in ``workers`` local processes (each loads the model once)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if context.get_start_method() == "forkserver":
        context.set_forkserver_preload(["graph.worker"])  # import spaCy once, in the server the workers fork from
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=init_pool_worker)
    try:
        yield from in_flight(chunks, lambda chunk: pool.submit(extract_chunk, chunk, settings),
                             lambda futures: wait(futures, return_when=FIRST_COMPLETED).done, workers * IN_FLIGHT)
    except BrokenExecutor:
        raise BatchError("a worker process died (out of memory?); what was stored is kept: "
                         "run the same command again to go on") from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def run_on_dask(chunks: Iterable[list[Document]], settings: WorkerSettings, address: str,
                workers: int | None) -> Iterator[Results]:
    """Run the chunks on a Dask cluster: the scheduler at ``address``, or a local cluster for ``"local"``."""
    try:
        import dask
        from dask.distributed import Client, LocalCluster
        from dask.distributed import wait as dask_wait
    except ImportError:
        raise BatchError("--dask needs dask.distributed: pip install 'actorgraph[dask]'") from None
    if not log.isEnabledFor(logging.DEBUG):  # a local cluster's scheduler, in this process, logs every step
        logging.getLogger("distributed").setLevel(logging.WARNING)
    with ExitStack() as stack:
        # Dask keeps the last 1,000 messages of each connection for debugging, and every task message carries its
        # chunk of articles: in the client (and a local scheduler) that kept thousands of articles' text alive.
        stack.enter_context(dask.config.set({"distributed.admin.low-level-log-length": 16}))
        try:
            if address == "local":
                # Dask limits each worker's BLAS to one thread; spaCy's model does a little better with the default
                # (measured: 5% more with two local workers on two cores).
                stack.enter_context(dask.config.set({"distributed.nanny.pre-spawn-environ": {
                    "MALLOC_TRIM_THRESHOLD_": 65536}}))
                with sigint_ignored():  # the workers inherit it: Ctrl-C is the client's to handle
                    cluster = stack.enter_context(LocalCluster(
                        n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                        dashboard_address=None))
                client = stack.enter_context(Client(cluster))
            else:
                client = stack.enter_context(Client(address, timeout=30))
        except (OSError, TimeoutError) as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        threads = sum(client.nthreads().values()) or 1
        log.info("Dask cluster %s: %d worker threads", address, threads)
        yield from in_flight(chunks, lambda chunk: client.submit(extract_chunk, chunk, settings, pure=False),
                             lambda futures: dask_wait(futures, return_when="FIRST_COMPLETED").done,
                             threads * IN_FLIGHT)


@contextmanager
def sigint_ignored() -> Iterator[None]:
    """Ignore Ctrl-C while processes are started, so that they ignore it too (in the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def in_flight(chunks: Iterable[list[Document]], submit: Callable, wait_any: Callable[[list], Collection],
              limit: int) -> Iterator[Results]:
    """Submit chunks, keeping at most ``limit`` in flight, and yield each one's results as it finishes.

    A chunk whose task failed as a whole (say its worker died) gives a failure for each of its articles; a
    cancelled task (the cluster went away) ends the run.
    """
    pending: dict = {}

    def finished() -> Iterator[Results]:
        for future in wait_any(list(pending)):
            chunk = pending.pop(future)
            try:
                yield future.result()
            except (BrokenExecutor, CancelledError):
                raise
            except Exception as exc:  # noqa: BLE001 - whatever killed the task, the run goes on without it
                why = " ".join(str(exc).split())[:300] or type(exc).__name__
                yield [Failed(doc.sha256, doc.source, f"{doc.source}: its worker failed ({why})") for doc in chunk]

    try:
        for chunk in chunks:
            pending[submit(chunk)] = chunk
            while len(pending) >= limit:
                yield from finished()
        while pending:
            yield from finished()
    except CancelledError:
        raise BatchError("the workers went away before the run was finished; what was stored is kept: "
                         "run the same command again to go on") from None
    finally:
        for future in pending:
            future.cancel()
