"""A read-only SPARQL 1.1 endpoint over a store: the Oxigraph server behind a small front.

``actorgraph serve`` runs the Oxigraph server (PyPI package ``oxigraph``, the same engine as the
store) in read-only mode on a private port of 127.0.0.1, with its time limit, and a small threaded
HTTP front on the public address that

- hands SPARQL 1.1 Protocol requests at ``/sparql`` and ``/query`` (GET, POST form, POST direct) to
  Oxigraph, which does the content negotiation (SPARQL JSON, XML, CSV and TSV results; Turtle,
  N-Triples and JSON-LD graphs);
- refuses SPARQL Update (``/update``, an ``update`` form field, an ``application/sparql-update`` body,
  or update text sent as a query) with 403 and a message that says the endpoint is read-only;
- answers a query that Oxigraph stopped at the time limit with 503: Oxigraph has sent its status line
  before it stops, so the front buffers each answer (in memory, spilling to disk past 8 MB) and checks
  its end before passing it on;
- serves an offline query page at ``/`` with the named queries as examples.

While it runs, the endpoint holds the store's shared lock, so no extract or remove can write to it.
"""
from __future__ import annotations

import http.client
import json
import logging
import re
import shutil
import signal
import socket
import subprocess
import sysconfig
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import ActorgraphError
from .sparql import example_text, named_queries
from .store import check_store_folder, lock_store

log = logging.getLogger(__name__)

CANCELLED = b"The SPARQL operation has been cancelled"
READ_ONLY = "This SPARQL endpoint is read-only: SPARQL Update is refused.\n"
SPOOL_BYTES = 8 * 1024 * 1024
START_SECONDS = 20.0
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


def find_oxigraph() -> str:
    """The ``oxigraph`` server executable: beside this Python first, then on the PATH."""
    here = Path(sysconfig.get_path("scripts")) / "oxigraph"
    found = str(here) if here.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the Oxigraph server is not installed (pip install oxigraph)")
    return found


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def query_page() -> bytes:
    """The offline query page with the named queries as examples (no CDN assets)."""
    examples = [{"name": q.name, "description": q.description, "query": example_text(q),
                 "params": [p.name for p in q.params]} for q in named_queries().values()]
    page = resources.files("graph.data").joinpath("query.html").read_text(encoding="utf-8")
    return page.replace("/*EXAMPLES*/[]", json.dumps(examples).replace("</", "<\\/")).encode("utf-8")


class Endpoint:
    """The Oxigraph server and the front, started together and stopped together.

    Example:
        >>> with Endpoint("kg/", port=0).start() as ep:  # doctest: +SKIP
        ...     ep.serve_in_thread(); print(ep.url)
    """

    def __init__(self, store_path: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30) -> None:
        self.store_path = Path(store_path)
        self.host, self.port, self.timeout = host, port, int(timeout)
        self.upstream_port = 0
        self._lock = None
        self._proc: subprocess.Popen | None = None
        self._front: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.page = b""

    @property
    def url(self) -> str:
        """The SPARQL endpoint's URL."""
        return f"http://{self.host}:{self.port}/sparql"

    def start(self) -> Endpoint:
        """Lock the store, start Oxigraph on a private port and bind the front; raises :class:`ServeError`."""
        db_dir = check_store_folder(self.store_path)
        self._lock = lock_store(self.store_path, write=False)
        try:
            self.page = query_page()
            self._start_oxigraph(db_dir)
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

    def _start_oxigraph(self, db_dir: Path) -> None:
        binary = find_oxigraph()
        for _ in range(3):
            self.upstream_port = free_port()
            logfile = tempfile.TemporaryFile()
            self._proc = subprocess.Popen(
                [binary, "serve-read-only", "--location", str(db_dir), "--bind", f"127.0.0.1:{self.upstream_port}",
                 "--timeout-s", str(self.timeout)], stdout=logfile, stderr=logfile, stdin=subprocess.DEVNULL)
            if self._wait_for_oxigraph():
                logfile.close()
                return
            logfile.seek(0)
            message = logfile.read().decode("utf-8", "replace").strip()
            logfile.close()
            if "in use" not in message.lower():
                raise ServeError(f"the Oxigraph server did not start: {message or 'no message'}")
        raise ServeError("the Oxigraph server did not start: no free port")

    def _wait_for_oxigraph(self) -> bool:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                return False
            try:
                socket.create_connection(("127.0.0.1", self.upstream_port), timeout=0.5).close()
                return True
            except OSError:
                time.sleep(0.05)
        self._stop_oxigraph()
        raise ServeError(f"the Oxigraph server did not answer within {START_SECONDS:.0f} s")

    def serve_forever(self) -> None:
        """Answer requests until :meth:`close` (from another thread) or Ctrl-C."""
        self._front.serve_forever(poll_interval=0.2)

    def serve_in_thread(self) -> None:
        """Answer requests from a background thread (for tests and notebooks)."""
        self._thread = threading.Thread(target=self.serve_forever, name="actorgraph-serve", daemon=True)
        self._thread.start()

    def _stop_oxigraph(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None

    def close(self) -> None:
        """Stop the front and the Oxigraph server, and release the store."""
        if self._front is not None:
            if self._thread is not None:
                self._front.shutdown()
                self._thread.join()
            self._front.server_close()
            self._front = None
        self._stop_oxigraph()
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
        path = urlsplit(self.path).path.rstrip("/") or "/"
        if path in ("/", "/index.html"):
            return self._send(200, self.server.endpoint.page, "text/html; charset=utf-8")
        if path == "/update":
            return self._send(403, READ_ONLY)
        if path not in ("/sparql", "/query"):
            return self._send(404, "Not found: the SPARQL endpoint is /sparql, the query page /.\n")
        if self._asks_update(body):
            return self._send(403, READ_ONLY)
        if self.command == "GET" and not urlsplit(self.path).query:
            self.send_response(303)
            self.send_header("Location", "/")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        self._forward(body)

    def _asks_update(self, body: bytes) -> bool:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return True
        fields = parse_qs(urlsplit(self.path).query)
        if ctype == "application/x-www-form-urlencoded":
            fields.update(parse_qs(body.decode("utf-8", "replace")))
        if "update" in fields:
            return True
        texts = fields.get("query", []) + ([body.decode("utf-8", "replace")] if ctype == "application/sparql-query" else [])
        return any(is_update(t) for t in texts)

    def _forward(self, body: bytes) -> None:
        endpoint = self.server.endpoint
        query = urlsplit(self.path).query
        headers = {k: v for k, v in (("Accept", self.headers.get("Accept")),
                                     ("Content-Type", self.headers.get("Content-Type"))) if v}
        conn = http.client.HTTPConnection("127.0.0.1", endpoint.upstream_port, timeout=endpoint.timeout + 30)
        try:
            conn.request(self.command, "/query" + (f"?{query}" if query else ""), body=body or None, headers=headers)
            answer = conn.getresponse()
            spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)
            tail = b""
            while chunk := answer.read(65536):
                spool.write(chunk)
                tail = (tail + chunk)[-len(CANCELLED) - 8:]
        except (OSError, http.client.HTTPException) as exc:
            return self._send(502, f"The SPARQL engine did not answer: {exc}\n")
        finally:
            conn.close()
        with spool:
            if CANCELLED in tail:
                return self._send(503, f"Query stopped: it ran past the time limit of {endpoint.timeout} s.\n")
            self.send_response(answer.status, answer.reason)
            self.send_header("Content-Type", answer.getheader("Content-Type", "application/octet-stream"))
            self.send_header("Content-Length", str(spool.tell()))
            self.end_headers()
            spool.seek(0)
            shutil.copyfileobj(spool, self.wfile)

    def _send(self, status: int, content: str | bytes, ctype: str = "text/plain; charset=utf-8") -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def serve_store(store_path: str | Path, host: str = "127.0.0.1", port: int = 7878, timeout: int = 30,
                ready: Callable[[str], None] | None = None) -> None:
    """Serve the store until interrupted (Ctrl-C or SIGTERM); ``ready`` gets the endpoint URL once it answers."""
    with Endpoint(store_path, host, port, timeout).start() as endpoint:
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
