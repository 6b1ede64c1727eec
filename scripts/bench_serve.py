"""Probe `actorgraph serve` the way a hostile client would and measure what it costs the front process.

Each probe runs against a fresh `actorgraph serve` (so each peak is the probe's own) over a small
synthetic store of about 1,000 triples, whose two-way cross join has about a million rows. The front's
peak resident memory (``VmHWM``), peak address space (``VmPeak``) and thread count come from
``/proc/PID/status``; the workers' peak is the largest of theirs.

- ``idle``: the server just started (the baseline).
- ``post-200mb``: one POST announcing and sending a 200 MB form body.
- ``announce-1gb``: 500 connections that each announce a 1 GB body and send 10 bytes of it.
- ``idle-conns``: 200 connections that send nothing, counted again after ``--idle-wait`` seconds.
- ``cross-join``: ``SELECT * { ?a ?b ?c . ?d ?e ?f } LIMIT 1000000`` as SPARQL JSON, read to the end.
- ``bad-length``: a POST whose ``Content-Length`` is ``abc``.
- ``load``: 20 clients x 50 requests of a small SELECT: errors and the 95th percentile latency.

    python scripts/bench_serve.py                            # this checkout
    python scripts/bench_serve.py --source ../before          # another checkout, e.g. the code before a change
"""
from __future__ import annotations

import argparse
import http.client
import os
import select
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import write_dataset  # noqa: E402 - a sibling script

from graph.store import import_dataset  # noqa: E402

CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 1000000"
SMALL = "PREFIX ag: <https://w3id.org/actorgraph/ontology#> SELECT ?s ?o WHERE { ?s ag:backs ?o } LIMIT 20"
MB = 1024 * 1024


def status_of(pid: int) -> dict[str, int]:
    """VmHWM, VmPeak and VmRSS in MB, and Threads, from /proc/PID/status."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmHWM", "VmPeak", "VmRSS"):
            out[key] = int(value.split()[0]) // 1024
        elif key == "Threads":
            out[key] = int(value)
    return out


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


class Server:
    """`actorgraph serve` from a source folder, on a free port."""

    def __init__(self, source: Path, store: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(source)}
        self.proc = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--store", str(store), "--port", "0",
                                      "--timeout", "120"], cwd=source, env=env, stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        if not line.startswith("SPARQL endpoint:"):
            raise RuntimeError(line + self.proc.stderr.read())
        self.port = int(line.split()[2].split(":")[2].split("/")[0])
        self.workers = children(self.proc.pid)

    def front(self) -> dict[str, int]:
        return status_of(self.proc.pid)

    def worker_peak(self) -> int:
        return max((status_of(pid)["VmHWM"] for pid in children(self.proc.pid)), default=0)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc.stderr.close()


def head(port: int, length: int | str, ctype: str = "application/x-www-form-urlencoded") -> bytes:
    return (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {length}\r\nConnection: close\r\n\r\n").encode()


def read_answer(sock: socket.socket) -> str:
    """The status line and size of the answer on a socket, or what happened instead."""
    try:
        answer = http.client.HTTPResponse(sock)
        answer.begin()
        size = sum(len(chunk) for chunk in iter(lambda: answer.read(1 << 20), b""))
        cut = answer.headers.get("X-Actorgraph-Truncated")
        return f"{answer.status}, {size / MB:,.1f} MB" + (f", cut at {int(cut):,} rows" if cut else "")
    except (OSError, http.client.HTTPException) as exc:
        return f"no answer ({type(exc).__name__})"


def probe_post(port: int) -> str:
    """Announce and send a 200 MB form body; stop sending once the server answers or closes."""
    size = 200 * MB
    chunk = b"query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%201%20%23" + b"x" * (MB - 70)
    with socket.create_connection(("127.0.0.1", port), timeout=120) as sock:
        sock.sendall(head(port, size))
        sent = 0
        try:
            while sent < size:
                piece = chunk[:min(len(chunk), size - sent)]
                sock.sendall(piece)
                sent += len(piece)
                if select.select([sock], [], [], 0)[0]:
                    break  # the server answered (or closed) before the body ended
        except OSError:
            pass
        return f"{read_answer(sock)} after {sent / MB:,.0f} MB sent"


def classify(socks: list[socket.socket]) -> dict[str, int]:
    """How each connection stands: answered with a status (the first bytes), closed, or still open."""
    counts: dict[str, int] = {}
    for sock in socks:
        sock.setblocking(False)
        try:
            first = sock.recv(12)
            kind = f"answered {first[9:12].decode()}" if first.startswith(b"HTTP/") else "closed"
        except BlockingIOError:
            kind = "open"
        except OSError:
            kind = "closed"
        counts[kind] = counts.get(kind, 0) + 1
        sock.close()
    return dict(sorted(counts.items()))


def probe_announce(port: int, server: Server, count: int = 500) -> str:
    """Many connections announcing 1 GB bodies and sending 10 bytes; the front is measured while they hang."""
    socks = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(count)]
    for sock in socks:
        sock.sendall(head(port, 1024 * MB) + b"query=ASK{")
    time.sleep(3)
    threads = server.front()["Threads"]
    return f"after 3 s: {classify(socks)}; {threads} threads"


def probe_idle(port: int, server: Server, wait: float, count: int = 200) -> str:
    socks = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(count)]
    time.sleep(1)
    threads = server.front()["Threads"]
    time.sleep(wait)
    return f"{threads} threads; after {wait:g} s: {classify(socks)}"


def probe_cross(port: int) -> str:
    path = "/sparql?" + urllib.parse.urlencode({"query": CROSS})
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=300) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        return f"{read_answer(sock)} in {time.perf_counter() - started:.1f} s"


def probe_bad_length(port: int) -> str:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head(port, "abc") + b"query=ASK{}")
        return read_answer(sock)


def probe_load(port: int, clients: int = 20, requests: int = 50) -> str:
    path = "/sparql?" + urllib.parse.urlencode({"query": SMALL})

    def client(_: int) -> list[float | None]:
        times: list[float | None] = []
        for _ in range(requests):
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                answer = conn.getresponse()
                answer.read()
                conn.close()
                times.append(time.perf_counter() - started if answer.status == 200 else None)
            except OSError:
                times.append(None)
        return times

    with ThreadPoolExecutor(clients) as pool:
        times = [t for batch in pool.map(client, range(clients)) for t in batch]
    done = sorted(t for t in times if t is not None)
    p95 = statistics.quantiles(done, n=20)[-1] * 1000 if len(done) > 1 else float("nan")
    return f"{len(times) - len(done)} errors of {len(times)}, p95 {p95:.0f} ms"


def make_store(folder: Path) -> Path:
    data = folder / "bench.nq"
    articles, quads = write_dataset(data, 1_000)
    store = folder / "kg"
    import_dataset(store, data)
    print(f"store: {articles} articles, {quads} quads", file=sys.stderr)
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=Path(__file__).resolve().parents[1],
                        help="The checkout whose `graph` package serves (default: this one).")
    parser.add_argument("--idle-wait", type=float, default=35.0, help="Seconds to leave idle connections open.")
    parser.add_argument("--only", nargs="*", default=None, help="Run only these probes.")
    args = parser.parse_args()
    probes = {"idle": lambda port, server: "started",
              "post-200mb": lambda port, server: probe_post(port),
              "announce-1gb": probe_announce,
              "idle-conns": lambda port, server: probe_idle(port, server, args.idle_wait),
              "cross-join": lambda port, server: probe_cross(port),
              "bad-length": lambda port, server: probe_bad_length(port),
              "load": lambda port, server: probe_load(port)}
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(Path(tmp))
        print(f"source: {args.source}\n")
        print("| probe | front peak RSS (MB) | front peak address space (MB) | workers' peak RSS (MB) | result |")
        print("| --- | --- | --- | --- | --- |")
        for name, probe in probes.items():
            if args.only and name not in args.only:
                continue
            server = Server(args.source.resolve(), store)
            try:
                result = probe(server.port, server)
                time.sleep(0.5)
                front = server.front()
                workers = server.worker_peak()
            finally:
                server.stop()
            print(f"| {name} | {front['VmHWM']:,} | {front['VmPeak']:,} | {workers:,} | {result} |", flush=True)


if __name__ == "__main__":
    main()
