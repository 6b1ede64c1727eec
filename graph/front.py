"""The SPARQL endpoint's HTTP front: which requests it takes, how it reads them and how it answers.

It reads the SPARQL 1.1 Protocol's three ways of sending a query (GET, a POSTed form, a POSTed
``application/sparql-query`` body) and hands each query to the endpoint (:class:`graph.serve.Endpoint`),
whose workers run it. Before that it refuses what a hostile client or web page could send: a ``Host``
that is not this endpoint's (DNS rebinding), a body over the limit or with a malformed length, SPARQL
Update, more connections than the bound, a request that arrives too slowly. Every answer forbids framing
and type sniffing; the query page also runs no script but its own.
"""
from __future__ import annotations

import base64
import hashlib
import io
import ipaddress
import logging
import os
import re
import socket
import time
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    import threading

    from .serve import Endpoint

log = logging.getLogger(__name__)

TEXT = "text/plain; charset=utf-8"
READ_ONLY = "This SPARQL endpoint is read-only: SPARQL Update is refused.\n"
UPDATE_TEXT = re.compile(r"^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
                         r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
TRUNCATED = "X-Actorgraph-Truncated"  # the row cap, on an answer that was cut at it
# Sent with every answer: no framing, no type sniffing, no referrer; the page adds its own script policy.
SAFE_HEADERS = {"X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
NO_CONTENT_POLICY = "default-src 'none'; frame-ancestors 'none'"
WILDCARDS = ("", "0.0.0.0", "::")
LENGTH = re.compile(r"[0-9]{1,18}")


class Answer(NamedTuple):
    """A worker's answer: the body itself, or the spool file that holds it (``path``, ``size`` bytes)."""

    status: int
    ctype: str
    body: bytes = b""
    path: str | None = None
    size: int = 0
    truncated: int | None = None




def is_update(text: str) -> bool:
    """Whether SPARQL text is an update rather than a query (comments and prologue skipped).

    >>> is_update("PREFIX ag: <x#>\\n# note\\nINSERT DATA { <a> <b> <c> }"), is_update("SELECT * { ?s ?p ?o }")
    (True, False)
    """
    return UPDATE_TEXT.match(re.sub(r"(?m)^\s*#.*$", "", text)) is not None


def is_loopback(host: str) -> bool:
    """Whether an address to listen on is reachable from this machine only.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0"), is_loopback("example.org")
    (True, True, False, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_allowed(header: str | None, host: str, port: int, names: Iterable[str] = ()) -> bool:
    """Whether a request's ``Host`` header names this endpoint, listening on ``host``:``port``.

    DNS rebinding has a web page send requests to this port under the page's own host name, so any
    other name is refused: the served address, ``localhost`` when that is a loopback address, any IP
    address when it listens on all of them, and the ``names`` given (``name`` for any port, ``name:port``
    for one).

    >>> host_allowed("localhost:7878", "127.0.0.1", 7878), host_allowed("rebind.example:7878", "127.0.0.1", 7878)
    (True, False)
    >>> host_allowed("10.0.0.5:7878", "0.0.0.0", 7878), host_allowed("kg.example", "0.0.0.0", 7878, ["kg.example"])
    (True, True)
    """
    try:
        url = urlsplit(f"//{(header or '').strip()}")
        name, given = url.hostname, url.port or 80
    except ValueError:
        return False
    if not name or url.username is not None or url.path or url.query:
        return False
    if any(n.lower() in (name, f"{name}:{given}") for n in names):
        return True
    if given != port:
        return False
    served = host.lower()
    if served in WILDCARDS:
        return name == "localhost" or _is_address(name)
    return name == served or (is_loopback(served) and is_loopback(name))


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True




def page_policy(page: bytes) -> str:
    """The query page's Content-Security-Policy: its own inline script and style (by hash), requests to itself.

    >>> page_policy(b"<script>run()</script>").split("; ")[1]
    "script-src 'sha256-AvyuiL0SD1mVY3NNxR+V2uo+lhk6RMFrytWmRt6CrJQ='"
    """
    def hashes(tag: str) -> str:
        bodies = re.findall(rb"<%s>(.*?)</%s>" % (tag.encode(), tag.encode()), page, re.DOTALL)
        return " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(b).digest()).decode()}'" for b in bodies)

    return (f"default-src 'none'; script-src {hashes('script')}; style-src {hashes('style')}; connect-src 'self'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")



class Front(ThreadingHTTPServer):
    """The HTTP server: one thread per connection, at most ``slots`` of them; one more is answered 503."""

    daemon_threads = True
    block_on_close = False  # closing does not wait for idle connections
    allow_reuse_address = True
    request_queue_size = 128  # the default listen backlog of 5 resets connections from many clients at once
    endpoint: Endpoint
    slots: threading.BoundedSemaphore

    def process_request(self, request, client_address) -> None:
        if not self.slots.acquire(blocking=False):
            _refuse_connection(request, self.endpoint.limits.max_connections)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request, client_address) -> None:
        log.error("error while answering %s", client_address[0], exc_info=True)


def _refuse_connection(sock: socket.socket, bound: int) -> None:
    """Answer 503 on a connection over the bound without reading it (this runs on the accepting thread)."""
    text = f"Busy: this endpoint serves {bound} connections at once; try again.\n".encode()
    head = (f"HTTP/1.1 503 Service Unavailable\r\nContent-Type: {TEXT}\r\nContent-Length: {len(text)}\r\n"
            "Retry-After: 1\r\nConnection: close\r\n\r\n").encode()
    try:
        sock.setblocking(False)
        try:
            sock.recv(1 << 16)  # what has arrived already, so that closing does not reset the connection
        except (BlockingIOError, InterruptedError):
            pass
        sock.send(head + text)
    except OSError:
        pass


class _DeadlineReader(io.RawIOBase):
    """A connection's reads, each given only the time left until a deadline (slow senders are cut off)."""

    def __init__(self, sock: socket.socket, seconds: float) -> None:
        self.sock, self.seconds, self.deadline = sock, seconds, 0.0

    def restart(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took too long to arrive")
        self.sock.settimeout(left)
        return self.sock.recv_into(buffer)


class Handler(BaseHTTPRequestHandler):
    """One connection: its requests are read against a deadline and routed to the endpoint."""

    server_version = "actorgraph"
    protocol_version = "HTTP/1.1"
    server: Front

    def setup(self) -> None:
        super().setup()
        self.rfile.close()
        self.reader = _DeadlineReader(self.connection, self.server.endpoint.limits.read_seconds)
        self.rfile = io.BufferedReader(self.reader)

    def handle_one_request(self) -> None:
        self.reader.restart()
        super().handle_one_request()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        log.info("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.headers.get("Content-Length") or self.headers.get("Transfer-Encoding"):
            self.close_connection = True  # a body nobody reads must not be taken for the next request
        self._route(b"")

    def do_POST(self) -> None:  # noqa: N802
        body = self._read_body()
        if body is not None:
            self._route(body)

    def _read_body(self) -> bytes | None:
        """The request body, or None once a 4xx answer says what is wrong with it."""
        lengths = self.headers.get_all("Content-Length") or []
        if self.headers.get("Transfer-Encoding") or not lengths:
            return self._refuse(411, "A POST request needs a Content-Length (chunked bodies are not taken).\n")
        if len(set(lengths)) > 1 or LENGTH.fullmatch(lengths[0].strip()) is None:
            shown = ", ".join(lengths)[:40]
            return self._refuse(400, f"Bad Content-Length {shown!r}: it must be one number of bytes.\n")
        length, limit = int(lengths[0]), self.server.endpoint.limits.max_body
        if length > limit:
            return self._refuse(413, f"Request body too large: {length:,} bytes, this endpoint takes at most "
                                     f"{limit:,} (--max-body).\n")
        body = self.rfile.read(length)
        if len(body) < length:
            return self._refuse(400, f"The body ended after {len(body):,} of its {length:,} bytes.\n")
        return body

    def _refuse(self, status: int, text: str) -> None:
        self._send(status, text, close=True)

    def _route(self, body: bytes) -> None:
        endpoint = self.server.endpoint
        hosts = self.headers.get_all("Host") or []
        if len(hosts) != 1 or not endpoint.host_allowed(hosts[0]):
            return self._refuse(400, f"Host {', '.join(hosts)[:80]!r} is not this endpoint's address "
                                     f"({endpoint.host}:{endpoint.port}); --allowed-host NAME accepts another.\n")
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        if path in ("/", "/index.html"):
            return self._send(200, endpoint.page, "text/html; charset=utf-8", policy=endpoint.policy)
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
        self._answer(endpoint.run(request))

    def _redirect(self, where: str) -> None:
        self.send_response(303)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _answer(self, answer: Answer) -> None:
        """Send a worker's answer; one in a spool file is sent from the file, which is then removed."""
        extra = {TRUNCATED: str(answer.truncated)} if answer.truncated is not None else {}
        if answer.path is None:
            return self._send(answer.status, answer.body, answer.ctype, extra=extra)
        try:
            spooled = open(answer.path, "rb")  # noqa: SIM115 - closed below
        finally:
            os.unlink(answer.path)
        with spooled:
            try:
                self._head(answer.status, answer.ctype, answer.size, NO_CONTENT_POLICY, extra)
                self.connection.sendfile(spooled)
            except (BrokenPipeError, ConnectionResetError):
                log.info("the client went away before its answer")

    def _send(self, status: int, content: str | bytes, ctype: str = TEXT, policy: str = NO_CONTENT_POLICY,
              extra: dict[str, str] | None = None, close: bool = False) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            self._head(status, ctype, len(data), policy, extra or {}, close)
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            log.info("the client went away before its answer")

    def _head(self, status: int, ctype: str, length: int, policy: str, extra: dict[str, str],
              close: bool = False) -> None:
        self.connection.settimeout(self.server.endpoint.limits.read_seconds)  # a slow reader is cut off too
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(length))
        self.send_header("Content-Security-Policy", policy)
        for name, value in {**SAFE_HEADERS, **extra}.items():
            self.send_header(name, value)
        if close or self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
