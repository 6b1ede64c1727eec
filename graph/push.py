"""Push a store to a SPARQL 1.1 Graph Store Protocol server, one named graph per article.

For corpora that outgrow one machine: Oxigraph server (``http://host:7878/store``), Apache Jena
Fuseki (``http://host:3030/DATASET/data``), GraphDB (``http://host:7200/repositories/REPO/rdf-graphs/service``),
Virtuoso (``http://host:8890/sparql-graph-crud``), or QLever behind a loader that speaks the protocol.
Each article graph is sent with ``PUT ?graph=IRI``, which replaces that graph on the server, so pushing
again after adding articles is safe and sends the same triples. Credentials may be given in the URL
(``http://user:password@host/...``) and are sent as HTTP Basic authentication.
"""
from __future__ import annotations

import base64
import http.client
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from .errors import ActorgraphError
from .export import named_graph_payloads
from .store import Store, opened

log = logging.getLogger(__name__)


class PushError(ActorgraphError):
    """The server could not be reached or refused a graph."""


@dataclass
class PushReport:
    """What a push sent."""

    graphs: int = 0
    bytes: int = 0


def graph_url(path: str, query: str, graph: str) -> str:
    """The request target for one graph of a Graph Store Protocol endpoint.

    >>> graph_url("/store", "", "https://w3id.org/actorgraph/doc/ab")
    '/store?graph=https%3A%2F%2Fw3id.org%2Factorgraph%2Fdoc%2Fab'
    """
    return f"{path or '/'}?{query + '&' if query else ''}graph={quote(graph, safe='')}"


def push_store(store: Store | str | Path, endpoint: str, timeout: float = 120.0) -> PushReport:
    """PUT every article graph of ``store`` to the Graph Store Protocol ``endpoint`` (as N-Triples).

    Raises:
        PushError: The endpoint is not an http(s) URL, cannot be reached, or answers with an error.
    """
    url = urlsplit(endpoint)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise PushError(f"--endpoint needs an http:// or https:// URL, not {endpoint!r}")
    headers = {"Content-Type": "application/n-triples"}
    if url.username:
        token = base64.b64encode(f"{unquote(url.username)}:{unquote(url.password or '')}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    connection_class = http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    conn = connection_class(url.hostname, url.port, timeout=timeout)
    report = PushReport()
    with opened(store) as kg:
        try:
            for graph, payload in named_graph_payloads(kg):
                _put(conn, graph_url(url.path, url.query, graph), payload, headers, endpoint, graph)
                report.graphs += 1
                report.bytes += len(payload)
                if report.graphs % 500 == 0:
                    log.info("pushed %d article graphs", report.graphs)
        finally:
            conn.close()
    return report


def _put(conn: http.client.HTTPConnection, target: str, payload: bytes, headers: dict[str, str], endpoint: str,
         graph: str) -> None:
    for attempt in (1, 2):  # a server may close an idle keep-alive connection: reconnect once
        try:
            conn.request("PUT", target, body=payload, headers=headers)
            answer = conn.getresponse()
            text = answer.read()
            break
        except (ConnectionError, http.client.HTTPException) as exc:
            conn.close()
            if attempt == 2 or isinstance(exc, ConnectionRefusedError):
                raise PushError(f"cannot reach {endpoint}: {exc}") from None
        except OSError as exc:
            raise PushError(f"cannot reach {endpoint}: {exc}") from None
    if answer.status >= 300:
        detail = " ".join(text.decode("utf-8", "replace").split())[:200]
        raise PushError(f"{endpoint} refused the graph <{graph}>: {answer.status} {answer.reason} {detail}".rstrip())
