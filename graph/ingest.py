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
from .timex import head_date

log = logging.getLogger(__name__)

MAX_CHARS = 2_000_000
PIECE_CHARS = 2_000  # the most characters the parser gets at once: a longer paragraph is cut into pieces
# where a long paragraph is cut: after a sentence end, else at a space (see cut_paragraph)
SURROGATE = re.compile("[\ud800-\udfff]")
# characters an IRI cannot hold (RFC 3987): spaces and controls, <>"{}|\^`, private use and non-characters,
# and a % that starts no escape
IRI_ESCAPE = re.compile('[\\x00-\\x20<>"{}|\\\\^`\\x7f-\\x9f\\ue000-\\uf8ff\\ufdd0-\\ufdef\\ufff0-\\uffff\\U000e0000-\\U000e0fff'
                        + "".join(f"\\U{plane:04x}fffe\\U{plane:04x}ffff" for plane in range(1, 15))
                        + '\\U000f0000-\\U0010ffff]|%(?![0-9A-Fa-f]{2})')
URL = re.compile(r"(https?://)((?:[^@/?#\[\]]*@)?(?:[^:@/?#\[\]%]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]*)?)([/?#].*)?",
                 re.IGNORECASE | re.DOTALL)  # scheme, authority (user, host, port), the rest
BREAKS = (re.compile(r"[.!?…][\"'”’)\]]*(\s+)"), re.compile(r"(\s+)"))
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def text_hash(text: str) -> str:
    """The key of an article: the SHA-256 of its text.

    >>> text_hash("Iran")[:12]
    '18d4e170765c'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[list[re.Pattern[str]], int, re.Pattern[str], re.Pattern[str]]:
    raw = json.loads(resources.files("graph.data").joinpath("boilerplate.json").read_text("utf-8"))
    pats = [re.compile(p, re.IGNORECASE) for p in raw["line_patterns"]]
    inline = re.compile("|".join(raw["inline_patterns"]), re.IGNORECASE)
    return pats, int(raw["repeated_line_min_words"]), re.compile(raw["dateline"]), inline


def strip_boilerplate(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Blank boilerplate lines and return the text and its content paragraphs.

    >>> t, paras = strip_boilerplate("Iran struck.\\nFollow us on Twitter\\n")
    >>> t.rstrip(), paras
    ('Iran struck.', ((0, 12),))
    >>> strip_boilerplate("BEIRUT — Israel struck.")[1]
    ((9, 23),)
    >>> strip_boilerplate("Iran armed the group.[12][a] It grew.")[0]
    'Iran armed the group.        It grew.'
    """
    patterns, min_words, dateline, inline = _boilerplate()
    lines = text.splitlines(keepends=True)
    stripped = [ln.strip() for ln in lines]
    counts = Counter(s for s in stripped if len(s.split()) >= min_words)
    out, paras, pos = [], [], 0
    for line, s in zip(lines, stripped):
        drop = bool(s) and (counts[s] > 1 or any(p.match(s) for p in patterns))
        if drop:
            out.append("".join(" " if ch not in "\r\n" else ch for ch in line))
        else:
            out.append(inline.sub(lambda m: " " * len(m.group()), line))  # offsets stay
            if s:
                lead = len(line) - len(line.lstrip())
                if m := dateline.match(s):  # "BEIRUT — …": the place line is not part of the sentence
                    lead += m.end()
                paras.append((pos + lead, pos + lead + len(s) - (m.end() if m else 0)))
        pos += len(line)
    return "".join(out), tuple(paras)


def cut_paragraph(text: str, start: int, end: int, limit: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """The paragraph ``text[start:end]`` in pieces of at most ``limit`` characters, for the parser.

    Each piece ends at its last sentence end past its first third, else at its last space, else at ``limit``:
    the parser's time and memory then grow with the length of the article, not with the square of a
    paragraph's (spaCy refuses a text of a million characters outright).

    >>> text = "Iran struck. Israel answered at once."
    >>> [text[s:e] for s, e in cut_paragraph(text, 0, len(text), limit=24)]
    ['Iran struck.', 'Israel answered at once.']
    >>> [text[s:e] for s, e in cut_paragraph(text, 0, len(text), limit=16)]
    ['Iran struck.', 'Israel answered', 'at once.']
    """
    while end - start > limit:
        window = text[start:start + limit + 1]  # a space just after the limit is a boundary too
        cut, after = start + limit, start + limit
        for pattern in BREAKS:
            if found := list(pattern.finditer(window, limit // 3)):
                cut, after = start + found[-1].start(1), start + found[-1].end(1)
                break
        yield start, cut
        start = after
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def make_document(text: str, source: str, doc_id: str | None = None, title: str | None = None,
                  date: str | None = None, url: str | None = None) -> Document:
    """Build a Document; the id defaults to the hash of the text. Long paragraphs are cut (:func:`cut_paragraph`)."""
    if len(text) > MAX_CHARS:
        raise InputError(f"{source}: article too large ({len(text):,} characters; the limit is {MAX_CHARS:,})")
    clean, paras = strip_boilerplate(text)
    pieces = tuple(piece for s, e in paras for piece in cut_paragraph(clean, s, e))
    digest = text_hash(text)
    date = date or (found.isoformat() if (found := head_date(text)) else None)  # else the byline's or dateline's
    return Document(doc_id=doc_id or digest[:16], text=clean, source=source, title=title,
                    date=date, url=url, paragraphs=pieces, sha256=digest)


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
                yield make_document(valid_text(record["text"], where, "text"), where, **record_fields(record, where))
            except InputError as exc:
                yield exc


def record_fields(record: dict, where: str) -> dict[str, str | None]:
    """The ``id``, ``title``, ``date`` and ``url`` of a JSONL record, checked and tidied; a field that cannot be
    used is left out with a warning naming the record (see :func:`valid_url`)."""
    fields: dict[str, str | None] = {}
    for key, name in (("id", "doc_id"), ("title", "title"), ("date", "date"), ("url", "url")):
        value = record.get(key)
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str):
            log.warning("%s: '%s' should be a string, not %s: left out", where, key, type(value).__name__)
            value = None
        if value is not None and key == "url":
            value = valid_url(valid_text(value, where, key), where) if value.strip() else None
        elif value is not None:
            value = " ".join(valid_text(value, where, key).split()) or None
        fields[name] = value
    return fields


def valid_text(text: str, where: str, field: str) -> str:
    """``text`` with each lone surrogate (a JSON ``\\ud800`` escape, not a character) as U+FFFD, with a warning.

    >>> valid_text("Iran\\ud800", "memory", "text")
    'Iran\\ufffd'
    """
    if not SURROGATE.search(text):
        return text
    log.warning("%s: '%s' has invalid characters (lone surrogates), replaced with U+FFFD", where, field)
    return SURROGATE.sub("\ufffd", text)


def valid_url(url: str, where: str = "") -> str | None:
    """An absolute http(s) URL as an IRI that RDF tools accept, or None (with a warning naming ``where``).

    What a browser drops or escapes in a link is dropped or percent-encoded: surrounding spaces, tabs and line
    breaks; spaces, angle brackets, quotes and the like inside. A relative URL, another scheme or a malformed
    host is left out.

    >>> valid_url(" https://example.org/a b?q=<x>#top ")
    'https://example.org/a%20b?q=%3Cx%3E#top'
    >>> valid_url("news/2024/article.html") is None
    True
    """
    text = url.strip().replace("\t", "").replace("\n", "").replace("\r", "")
    match = URL.fullmatch(escape_iri(text))
    if match is None:
        log.warning("%s: 'url' %r is not an absolute http(s) URL: left out", where, url[:200])
        return None
    path, hash_, fragment = (match.group(3) or "").partition("#")
    clean = match.group(1) + match.group(2) + escape_iri(path, "[]") + hash_ + escape_iri(fragment, "[]#")
    if clean != url:
        log.warning("%s: 'url' %r holds characters a URL escapes: kept as %s", where, url[:200], clean[:200])
    return clean


def escape_iri(text: str, also: str = "") -> str:
    """Percent-encode what an IRI cannot hold, and the characters in ``also``.

    >>> escape_iri('a b<c>%zz', "#")
    'a%20b%3Cc%3E%25zz'
    """
    def encode(match: re.Match[str]) -> str:
        return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))
    text = IRI_ESCAPE.sub(encode, text)
    return re.sub(f"[{re.escape(also)}]", encode, text) if also else text


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
