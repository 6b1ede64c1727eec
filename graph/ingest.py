"""Files, folders and JSONL -> :class:`~graph.model.Document`.

Boilerplate lines (see-also links, share/follow footers, captions repeated from the
page) are blanked with spaces, so every character offset into ``Document.text`` is
an offset into the original article.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import InputError
from .model import Document

log = logging.getLogger(__name__)

MAX_CHARS = 2_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def text_hash(text: str) -> str:
    """The key of an article: the SHA-256 of its text.

    >>> text_hash("Iran")[:12]
    '18d4e170765c'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[list[re.Pattern[str]], int, re.Pattern[str]]:
    raw = json.loads(resources.files("graph.data").joinpath("boilerplate.json").read_text("utf-8"))
    pats = [re.compile(p, re.IGNORECASE) for p in raw["line_patterns"]]
    return pats, int(raw["repeated_line_min_words"]), re.compile(raw["dateline"])


def strip_boilerplate(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Blank boilerplate lines and return the text and its content paragraphs.

    >>> t, paras = strip_boilerplate("Iran struck.\\nFollow us on Twitter\\n")
    >>> t.rstrip(), paras
    ('Iran struck.', ((0, 12),))
    >>> strip_boilerplate("BEIRUT — Israel struck.")[1]
    ((9, 23),)
    """
    patterns, min_words, dateline = _boilerplate()
    lines = text.splitlines(keepends=True)
    stripped = [ln.strip() for ln in lines]
    counts = Counter(s for s in stripped if len(s.split()) >= min_words)
    out, paras, pos = [], [], 0
    for line, s in zip(lines, stripped):
        drop = bool(s) and (counts[s] > 1 or any(p.match(s) for p in patterns))
        if drop:
            out.append("".join(" " if ch not in "\r\n" else ch for ch in line))
        else:
            out.append(line)
            if s:
                lead = len(line) - len(line.lstrip())
                if m := dateline.match(s):  # "BEIRUT — …": the place line is not part of the sentence
                    lead += m.end()
                paras.append((pos + lead, pos + lead + len(s) - (m.end() if m else 0)))
        pos += len(line)
    return "".join(out), tuple(paras)


def make_document(text: str, source: str, doc_id: str | None = None, title: str | None = None,
                  date: str | None = None, url: str | None = None) -> Document:
    """Build a Document; the id defaults to the hash of the text."""
    if len(text) > MAX_CHARS:
        raise InputError(f"{source}: article too large ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    clean, paras = strip_boilerplate(text)
    digest = text_hash(text)
    return Document(doc_id=doc_id or digest[:16], text=clean, source=source, title=title,
                    date=date, url=url, paragraphs=paras, sha256=digest)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode UTF-8 text, refusing binary data with a message naming the source."""
    if b"\x00" in data[:65536]:
        raise InputError(f"{source}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return text.replace("\r\n", "\n")


def read_text_file(path: Path) -> Document:
    """One plain-text article; the first line doubles as its title."""
    if path.stat().st_size > MAX_CHARS * 4:
        raise InputError(f"{path}: file too large ({path.stat().st_size:,} bytes)")
    text = decode_bytes(path.read_bytes(), str(path))
    if not text.strip():
        log.warning("%s: empty file, nothing to extract", path)
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    return make_document(text, str(path), doc_id=path.stem, title=first)


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    """One article per line: ``id``, ``text`` and optionally ``title``, ``date``, ``url``."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(decode_bytes(raw, where))
            except json.JSONDecodeError as exc:
                yield InputError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})")
                continue
            except InputError as exc:
                yield exc
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield InputError(f"{where}: a JSONL line needs an object with a string 'text'")
                continue
            try:
                yield make_document(record["text"], where, doc_id=str(record.get("id") or "") or None,
                                    title=record.get("title"), date=record.get("date"), url=record.get("url"))
            except InputError as exc:
                yield exc


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand folders (recursively, sorted) into files; missing paths become errors."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()
                            and not any(part.startswith(".") for part in x.relative_to(p).parts)):
                if f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    yield f
        elif p.is_file():
            yield p
        else:
            yield InputError(f"{p}: no such file or folder")


def load_documents(paths: Iterable[str | Path]) -> Iterator[Document | InputError]:
    """Every article under ``paths``, in order; unreadable inputs are yielded as errors."""
    for item in iter_paths(paths):
        if isinstance(item, InputError):
            yield item
        elif item.suffix.lower() in JSONL_SUFFIXES:
            yield from read_jsonl(item)
        else:
            try:
                yield read_text_file(item)
            except (InputError, OSError) as exc:
                yield exc if isinstance(exc, InputError) else InputError(f"{item}: {exc.strerror}")


def readable_documents(paths: Iterable[str | Path], on_error: Callable[[InputError], None]) -> Iterator[Document]:
    """The articles of :func:`load_documents` that could be read; each unreadable input goes to ``on_error``."""
    for item in load_documents(paths):
        if isinstance(item, InputError):
            on_error(item)
            continue
        if not item.paragraphs:
            log.warning("%s: no article text, the graph gets only the document", item.source)
        yield item
