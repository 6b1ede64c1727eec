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
import re
import signal
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import IO
from urllib.parse import parse_qs, urlsplit

from .errors import ActorgraphError
from .query import answer_sparql
from .sparql import QueryError, example_text, named_queries
from .store import Store, check_store_folder, lock_store, open_store

log = logging.getLogger(__name__)

READ_ONLY = "This SPARQL endpoint is read-only: SPARQL Update is refused.\n"
START_SECONDS = 60.0
TEXT = "text/plain; charset=utf-8"
RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
               "application/n-triples": "nt", "text/plain": "nt", "application/ld+json": "jsonld",
               "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml"}
UPDATE_TEXT = re.compile(r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                         r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


class ServeError(ActorgraphError):
    """The endpoint could not start."""


def is_update(text: str) -> bool:
    """Whether SPARQL text is an update rather than a query (comments and prologue skipped).

    >>> is_update("PREFIX ag: <x#>\\n# note\\nINSERT DATA { <a> <b> <c> }"), is_update("SELECT * { ?s ?p ?o }")
    (True, False)
    """
    return UPDATE_TEXT.match(re.sub(r"(?m)^\s*#.*$", "", text)) is not None


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


def answer_query(store: Store, query: str, accept: str | None, default_graphs: list[str],
                 named_graphs: list[str]) -> tuple[int, str, bytes]:
    """Run one protocol request on an open store: (HTTP status, content type, body)."""
    try:
        ctype, body = answer_sparql(store, query, negotiate(accept, RESULT_TYPES, "json"),
                                    negotiate(accept, GRAPH_TYPES, "turtle"), default_graphs, named_graphs)
    except QueryError as exc:
        return 400, TEXT, f"{exc}\n".encode()
    except ActorgraphError as exc:
        return 500, TEXT, f"{exc}\n".encode()
    return 200, ctype, body


def _work(conn, store_path: str) -> None:
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
        conn.send(answer_query(store, *request))


class _Worker:
    """One query process and the pipe to it."""

    def __init__(self, ctx, store_path: Path) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_work, args=(child, str(store_path)), daemon=True, name="actorgraph-sparql")
        self.proc.start()
        child.close()

    def wait_ready(self) -> None:
        if not self.conn.poll(START_SECONDS):
            raise ServeError("a query worker did not start")
        kind, message = self.conn.recv()
        if kind != "ready":
            raise ServeError(f"a query worker cannot open the store: {message}")

    def ask(self, request: tuple, seconds: float) -> tuple[int, str, bytes] | None:
        """The answer, or None when the time ran out."""
        self.conn.send(request)
        return self.conn.recv() if self.conn.poll(seconds) else None

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
        if kill:
            self.proc.kill()
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

    def __init__(self, store_path: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30,
                 workers: int | None = None) -> None:
        self.store_path = Path(store_path)
        self.host, self.port, self.timeout = host, port, timeout
        self.workers = workers or min(4, max(2, os.cpu_count() or 2))
        self.page = b""
        self._lock: IO[str] | None = None
        self._ctx = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._closing = False
        self._starting: list[threading.Thread] = []
        self._front: _Front | None = None
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
            started = [self._spawn() for _ in range(self.workers)]
            for worker in started:
                worker.wait_ready()
                self._idle.put(worker)
            try:
                self._front = _Front((self.host, self.port), _Handler)
            except OSError as exc:
                raise ServeError(f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}") from None
            self._front.endpoint = self
            self.port = self._front.server_address[1]
        except BaseException:
            self.close()
            raise
        return self

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.store_path)
        self._all.add(worker)
        return worker

    def run(self, request: tuple) -> tuple[int, str, bytes]:
        """Answer one protocol request (query, accept, default graphs, named graphs) within the time limit."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return 503, TEXT, b"Busy: every query worker is running a query; try again.\n"
        try:
            answer = worker.ask(request, self.timeout)
        except (EOFError, OSError):
            self._replace(worker)
            return 500, TEXT, b"The query worker stopped unexpectedly.\n"
        if answer is None:
            self._replace(worker)
            return 503, TEXT, f"Query stopped: it ran past the time limit of {self.timeout:g} s.\n".encode()
        self._idle.put(worker)
        return answer

    def _replace(self, worker: _Worker) -> None:
        """End a worker (its query with it) and start a fresh one in the background."""
        worker.stop(kill=True)
        self._all.discard(worker)
        if not self._closing:
            thread = threading.Thread(target=self._add_worker, daemon=True)
            self._starting.append(thread)
            thread.start()

    def _add_worker(self) -> None:
        worker = self._spawn()
        try:
            worker.wait_ready()
        except ServeError as exc:
            log.error("%s", exc)
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
        for thread in self._starting:
            thread.join()
        idle = []
        while not self._idle.empty():
            idle.append(self._idle.get_nowait())
        for worker in list(self._all):
            worker.stop(kill=worker not in idle)
        self._all.clear()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Front(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the default listen backlog of 5 resets connections from many clients at once
    endpoint: Endpoint


class _Handler(BaseHTTPRequestHandler):
    server_version = "actorgraph"
    protocol_version = "HTTP/1.1"
    server: _Front

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        log.info("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._route(b"")

    def do_POST(self) -> None:  # noqa: N802
        length = self.headers.get("Content-Length")
        if length is None:
            return self._send(411, "A POST request needs a Content-Length.\n")
        self._route(self.rfile.read(int(length)))

    def _route(self, body: bytes) -> None:
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        if path in ("/", "/index.html"):
            return self._send(200, self.server.endpoint.page, "text/html; charset=utf-8")
        if path == "/update":
            return self._send(403, READ_ONLY)
        if path not in ("/sparql", "/query"):
            return self._send(404, "Not found: the SPARQL endpoint is /sparql, the query page /.\n")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fields = parse_qs(url.query)
        if self.command == "POST" and ctype == "application/x-www-form-urlencoded":
            fields.update(parse_qs(body.decode("utf-8", "replace")))
        queries = fields.get("query", [])
        if self.command == "POST" and ctype == "application/sparql-query":
            queries = [body.decode("utf-8", "replace")]
        if ctype == "application/sparql-update" or "update" in fields or any(is_update(q) for q in queries):
            return self._send(403, READ_ONLY)
        if not queries:
            if self.command == "GET":
                return self._redirect("/")
            return self._send(400, "No query: send it as the query parameter or as an application/sparql-query body.\n")
        request = (queries[0], self.headers.get("Accept"), fields.get("default-graph-uri", []),
                   fields.get("named-graph-uri", []))
        status, ctype, data = self.server.endpoint.run(request)
        self._send(status, data, ctype)

    def _redirect(self, where: str) -> None:
        self.send_response(303)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, content: str | bytes, ctype: str = TEXT) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            log.info("the client went away before its answer")


def serve_store(store_path: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30,
                ready: Callable[[str], None] | None = None, workers: int | None = None) -> None:
    """Serve the store until interrupted (Ctrl-C or SIGTERM); ``ready`` gets the endpoint URL once it answers."""
    with Endpoint(store_path, host, port, timeout, workers).start() as endpoint:
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
