"""Endpoints for the serve tests: `actorgraph serve` in its own process, raw HTTP exchanges, a recording web server."""
from __future__ import annotations

import http.client
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .storedata import corpus, stored


def make_store(path: Path) -> Path:
    """The three-article test store."""
    return stored(path, corpus())


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@contextmanager
def serving(store_dir: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen, list[str]]]:
    """`actorgraph serve` on a free port: (URL, process, the lines it printed before answering); stopped after."""
    proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", str(store_dir), "--port", "0",
                             *options], stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert line.startswith("SPARQL endpoint: "), line + proc.stderr.read()
        yield line.split()[2], proc, [line]
    finally:
        kids = children(proc.pid)
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)  # generous: a loaded machine may be slow to end the worker processes
        proc.stderr.close()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(alive(kid) for kid in kids):
            time.sleep(0.1)
        assert not [kid for kid in kids if alive(kid)]  # the query workers went with it


def port_of(url: str) -> int:
    return int(url.split(":")[2].split("/")[0])


def exchange(port: int, request: bytes, timeout: float = 10) -> tuple[int, http.client.HTTPMessage, bytes]:
    """Send raw bytes to the endpoint and read one answer: (status, headers, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        answer = http.client.HTTPResponse(sock)
        answer.begin()
        return answer.status, answer.headers, answer.read()


def post(port: int, body: bytes, headers: dict[str, str], host: str | None = None) -> bytes:
    """A raw POST /sparql request with exactly these headers (Host: the endpoint's own unless given)."""
    lines = ["POST /sparql HTTP/1.1", f"Host: {f'127.0.0.1:{port}' if host is None else host}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@contextmanager
def recording_server() -> Iterator[tuple[str, list[str]]]:
    """A web server that records every request it gets and answers with empty SPARQL results."""
    seen: list[str] = []

    class Recorder(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _answer(self) -> None:
            seen.append(f"{self.command} {self.path}")
            body = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer  # noqa: N815 - http.server's naming

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql", seen
    finally:
        server.shutdown()
        server.server_close()
