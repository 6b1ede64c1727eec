"""A read-only SPARQL 1.1 endpoint over a store, with a query page.

A threaded HTTP front (the standard library's) speaks the SPARQL 1.1 Protocol at ``/sparql`` (and
``/query``): GET, POST with a URL-encoded form, POST with the query as the body, and the
``default-graph-uri`` and ``named-graph-uri`` parameters. Each query runs in one of a few worker
processes that hold the store open read-only (:func:`graph.query.answer_sparql`, the Oxigraph engine) and serialise
the answer in the format the ``Accept`` header asks for: SPARQL JSON (the default), XML, CSV or TSV
results; Turtle (the default), N-Triples, JSON-LD or RDF/XML graphs. A query that runs past the time
limit is answered with 503 and its worker is ended and replaced, so a runaway query cannot keep a CPU.
SPARQL Update is refused with 403, however it is sent. ``/`` is an offline query page with the named
queries as examples.

What it refuses (:class:`Limits` holds the bounds): a request whose ``Host`` is not the address it
serves (DNS rebinding), a body over ``max_body`` (413) or a malformed ``Content-Length`` (400), a
federated query (``SERVICE``) unless allowed and a query nested deeper than the engine can parse (400,
see :mod:`graph.screen`), more than ``max_connections`` connections at once (503), and a request that
takes longer than ``read_seconds`` to arrive (the connection is closed). An answer holds at most
``max_rows`` solutions or triples (the ``X-Actorgraph-Truncated`` header says when it was cut); a worker
writes it as it reads it, into a file once it outgrows 1 MB, and the front sends it from there, so
neither holds a large answer in memory.

Why not the Oxigraph server (PyPI ``oxigraph``) in read-only mode: measured with 0.5.13 and
``--timeout-s 1``, it stopped a four-way cross product, but a five-way one, an ORDER BY over a cross
product and a FILTER over one were still running 20 s later, and a stopped query's answer was a
200 with a cut-off body. A time limit that holds needs a query to run in a process that can be ended.

While it runs, the endpoint holds the store's shared lock, so no extract or remove can write to it.
"""
from __future__ import annotations

import json
import logging
import multiprocessing
import os
import queue
import shutil
import signal
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO

from .errors import ActorgraphError
from .front import NO_CONTENT_POLICY, TEXT, Answer, Front, Handler, page_policy
from .front import host_allowed as _host_allowed
from .query import answer_sparql
from .sparql import QueryError, example_text, named_queries
from .store import Store, check_store_folder, lock_store, open_store

log = logging.getLogger(__name__)

START_SECONDS = 60.0
RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
               "application/n-triples": "nt", "text/plain": "nt", "application/ld+json": "jsonld",
               "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml"}
SPOOL_BYTES = 1 << 20  # a worker writes a larger answer to a file, which the front sends from there


class ServeError(ActorgraphError):
    """The endpoint could not start."""


@dataclass(frozen=True)
class Limits:
    """What the endpoint accepts and how much it answers.

    Attributes:
        timeout: Seconds a query may run before its worker is ended (the answer is a 503).
        max_body: Bytes of a request body (more: 413).
        max_rows: Solutions or triples in an answer (None: all); a cut answer carries ``X-Actorgraph-Truncated``.
        max_connections: Connections served at once; one more is answered 503 and closed.
        read_seconds: Time for a whole request to arrive (and for an idle connection to send the next one).
    """

    timeout: float = 30
    max_body: int = 1 << 20
    max_rows: int | None = 100_000
    max_connections: int = 64
    read_seconds: float = 30


def negotiate(accept: str | None, offers: dict[str, str], default: str) -> str:
    """The offered format that an ``Accept`` header prefers; wildcards, no header or no match give ``default``.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES, "json")
    'xml'
    >>> negotiate("*/*", GRAPH_TYPES, "turtle")
    'turtle'
    """
    ranked = []
    for position, item in enumerate((accept or "").split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        q = next((p.split("=", 1)[1] for p in params if p.startswith("q=")), "1")
        try:
            ranked.append((-float(q), position, media.lower()))
        except ValueError:
            continue
    for _, _, media in sorted(ranked):
        if media in offers:
            return offers[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


class _Spool:
    """Where a worker writes an answer: memory up to ``SPOOL_BYTES``, then a file only its owner can read."""

    def __init__(self, folder: str) -> None:
        self.folder, self.buffer, self.size = folder, bytearray(), 0
        self.file: IO[bytes] | None = None
        self.path: str | None = None

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.file is not None:
            return self.file.write(data)
        self.buffer += data
        if len(self.buffer) > SPOOL_BYTES:
            self.path = os.path.join(self.folder, f"{os.getpid()}-{uuid.uuid4().hex}")
            self.file = os.fdopen(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")
            self.file.write(self.buffer)
            self.buffer = bytearray()
        return len(data)

    def flush(self) -> None:
        """Nothing to do until :meth:`close` (the serialisers call it)."""

    def close(self, keep: bool = True) -> None:
        if self.file is not None:
            self.file.close()
            if not keep and self.path is not None:
                os.unlink(self.path)


def answer_query(store: Store, request: tuple, spool_dir: str, max_rows: int | None = None,
                 allow_service: bool = False) -> Answer:
    """Run one protocol request (query, accept, default graphs, named graphs) on an open store."""
    text, accept, default_graphs, named_graphs = request
    spool = _Spool(spool_dir)
    try:
        ctype, cut = answer_sparql(store, text, spool, negotiate(accept, RESULT_TYPES, "json"),
                                   negotiate(accept, GRAPH_TYPES, "turtle"), default_graphs, named_graphs,
                                   max_rows, allow_service)
    except ActorgraphError as exc:
        spool.close(keep=False)
        return Answer(400 if isinstance(exc, QueryError) else 500, TEXT, f"{exc}\n".encode())
    spool.close()
    return Answer(200, ctype, bytes(spool.buffer), spool.path, spool.size, max_rows if cut else None)


def _work(conn, store_path: str, spool_dir: str, max_rows: int | None, allow_service: bool) -> None:
    """A worker process: open the store read-only, then answer queries until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        store = open_store(store_path)
    except ActorgraphError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        conn.send(answer_query(store, request, spool_dir, max_rows, allow_service))


class _Worker:
    """One query process and the pipe to it."""

    def __init__(self, ctx, store_path: Path, spool_dir: str, max_rows: int | None, allow_service: bool) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_work, args=(child, str(store_path), spool_dir, max_rows, allow_service),
                                daemon=True, name="actorgraph-sparql")
        self.proc.start()
        child.close()

    def wait_ready(self) -> None:
        if not self.conn.poll(START_SECONDS):
            raise ServeError("a query worker did not start")
        kind, message = self.conn.recv()
        if kind != "ready":
            raise ServeError(f"a query worker cannot open the store: {message}")

    def ask(self, request: tuple, seconds: float) -> Answer | None:
        """The answer, or None when the time ran out."""
        self.conn.send(request)
        return self.conn.recv() if self.conn.poll(seconds) else None

    def stop(self, kill: bool = False) -> None:
        self.tell_stop(kill)
        self.finish()

    def tell_stop(self, kill: bool = False) -> None:
        """Ask an idle worker to end, or kill a busy one; :meth:`finish` waits for it."""
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
        if kill:
            self.proc.kill()

    def finish(self) -> None:
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def query_page() -> bytes:
    """The offline query page with the named queries as examples (no CDN assets)."""
    examples = [{"name": q.name, "description": q.description, "query": example_text(q)}
                for q in named_queries().values()]
    page = resources.files("graph.data").joinpath("query.html").read_text(encoding="utf-8")
    return page.replace("/*EXAMPLES*/[]", json.dumps(examples).replace("</", "<\\/")).encode("utf-8")




class Endpoint:
    """The front and its query workers, started together and stopped together.

    Example::

        with Endpoint("kg/", port=0).start() as endpoint:
            endpoint.serve_in_thread()
            print(endpoint.url)
    """

    def __init__(self, store_path: str | Path, host: str = "127.0.0.1", port: int = 7878, limits: Limits | None = None,
                 workers: int | None = None, allowed_hosts: Iterable[str] = (), allow_service: bool = False) -> None:
        self.store_path = Path(store_path)
        self.host, self.port, self.limits = host, port, limits or Limits()
        self.workers = workers or min(4, max(2, os.cpu_count() or 2))
        self.allowed_hosts, self.allow_service = tuple(allowed_hosts), allow_service
        self.page, self.policy = b"", NO_CONTENT_POLICY
        self.spool_dir = ""
        self._lock: IO[str] | None = None
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._closing = False
        self._starting: list[threading.Thread] = []
        self._front: Front | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The SPARQL endpoint's URL."""
        return f"http://{self.host}:{self.port}/sparql"

    def start(self) -> Endpoint:
        """Lock the store, start the workers and bind the front; raises :class:`ServeError` or a StoreError."""
        check_store_folder(self.store_path)
        self._lock = lock_store(self.store_path, write=False)
        try:
            self.page = query_page()
            self.policy = page_policy(self.page)
            self.spool_dir = tempfile.mkdtemp(prefix="actorgraph-serve-")
            started = [self._spawn() for _ in range(self.workers)]
            for worker in started:
                worker.wait_ready()
                self._idle.put(worker)
            try:
                self._front = Front((self.host, self.port), Handler)
            except OSError as exc:
                raise ServeError(f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}") from None
            self._front.endpoint = self
            self._front.slots = threading.BoundedSemaphore(self.limits.max_connections)
            self.port = self._front.server_address[1]
        except BaseException:
            self.close()
            raise
        return self

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.store_path, self.spool_dir, self.limits.max_rows, self.allow_service)
        self._all.add(worker)
        return worker

    def host_allowed(self, header: str | None) -> bool:
        """Whether a request's ``Host`` header names this endpoint (see :func:`host_allowed`)."""
        return _host_allowed(header, self.host, self.port, self.allowed_hosts)

    def run(self, request: tuple) -> Answer:
        """Answer one protocol request (query, accept, default graphs, named graphs) within the time limit."""
        timeout = self.limits.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return Answer(503, TEXT, b"Busy: every query worker is running a query; try again.\n")
        try:
            answer = worker.ask(request, timeout)
        except (EOFError, OSError):
            self._replace(worker)
            return Answer(500, TEXT, b"The query worker stopped unexpectedly.\n")
        if answer is None:
            self._replace(worker)
            return Answer(503, TEXT, f"Query stopped: it ran past the time limit of {timeout:g} s.\n".encode())
        self._idle.put(worker)
        return answer

    def _replace(self, worker: _Worker) -> None:
        """End a worker (its query with it) and start a fresh one in the background."""
        worker.stop(kill=True)
        self._all.discard(worker)
        for leftover in Path(self.spool_dir).glob(f"{worker.proc.pid}-*"):
            leftover.unlink(missing_ok=True)
        if not self._closing:
            thread = threading.Thread(target=self._add_worker, daemon=True)
            self._starting.append(thread)
            thread.start()

    def _add_worker(self) -> None:
        worker = self._spawn()
        try:
            worker.wait_ready()
        except (ServeError, EOFError, OSError) as exc:
            if not self._closing:
                log.error("%s", exc)
            return
        if self._closing:  # started while the endpoint closed: end it here
            self._all.discard(worker)
            worker.stop()
            return
        self._idle.put(worker)

    def serve_forever(self) -> None:
        """Answer requests until :meth:`close` (from another thread) or Ctrl-C."""
        if self._front is None:
            raise ServeError("the endpoint is not started")
        self._front.serve_forever(poll_interval=0.2)

    def serve_in_thread(self) -> None:
        """Answer requests from a background thread (for tests and notebooks)."""
        self._thread = threading.Thread(target=self.serve_forever, name="actorgraph-serve", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop the front and the workers, and release the store."""
        self._closing = True
        if self._front is not None:
            if self._thread is not None:
                self._front.shutdown()
                self._thread.join()
            self._front.server_close()
            self._front = None
        idle = []
        while not self._idle.empty():
            idle.append(self._idle.get_nowait())
        # every worker is told at once (a starting one is killed, which ends its wait), then all are awaited
        told = list(self._all)
        for worker in told:
            worker.tell_stop(kill=worker not in idle)
        for thread in self._starting:
            thread.join()
        for worker in told:
            worker.finish()
        self._all.clear()
        if self.spool_dir:
            shutil.rmtree(self.spool_dir, ignore_errors=True)
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()



def serve_store(store_path: str | Path, host: str = "127.0.0.1", port: int = 7878, limits: Limits | None = None,
                ready: Callable[[str], None] | None = None, workers: int | None = None,
                allowed_hosts: Iterable[str] = (), allow_service: bool = False) -> None:
    """Serve the store until interrupted (Ctrl-C or SIGTERM); ``ready`` gets the endpoint URL once it answers."""
    with Endpoint(store_path, host, port, limits, workers, allowed_hosts, allow_service).start() as endpoint:
        if ready is not None:
            ready(endpoint.url)
        previous = None
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            endpoint.serve_forever()
        except KeyboardInterrupt:
            log.info("stopping")
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
