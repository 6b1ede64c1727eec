"""Reading articles (graph/ingest.py): boilerplate, encodings, JSONL, folders and limits."""
from __future__ import annotations

import json
import logging

import pytest

from graph.errors import InputError
from graph.ingest import (
    MAX_CHARS,
    iter_paths,
    load_documents,
    make_document,
    read_jsonl,
    read_text_file,
    strip_boilerplate,
)
from graph.model import Document

ARTICLE = """Iran and Israel trade strikes
Israel struck a base near Isfahan on Friday, officials said.
See also: Hezbollah fires rockets at northern Israel
Photo: smoke rises over the city after the strike
Iran said it had intercepted three small drones.
Smoke rises over Isfahan after the overnight strike
Follow us on Twitter and Facebook
Smoke rises over Isfahan after the overnight strike
"""


def paragraph_texts(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e in doc.paragraphs]


# --- boilerplate ---------------------------------------------------------------------------------------------
def test_boilerplate_lines_are_blanked_with_offsets_kept():
    text, paras = strip_boilerplate(ARTICLE)
    assert len(text) == len(ARTICLE)
    assert text.count("\n") == ARTICLE.count("\n")
    assert [text[s:e] for s, e in paras] == [
        "Iran and Israel trade strikes",
        "Israel struck a base near Isfahan on Friday, officials said.",
        "Iran said it had intercepted three small drones.",
    ]
    # every kept paragraph sits where it was in the original
    assert all(ARTICLE[s:e] == text[s:e] for s, e in paras)
    for gone in ("See also", "Photo:", "Follow us", "Smoke rises"):
        assert gone not in text


def test_a_short_repeated_line_is_kept():
    text, paras = strip_boilerplate("Iran struck.\nNo comment.\nIsrael struck.\nNo comment.\n")
    assert [text[s:e] for s, e in paras] == ["Iran struck.", "No comment.", "Israel struck.", "No comment."]


def test_paragraph_offsets_skip_leading_whitespace():
    text, paras = strip_boilerplate("  Iran struck.\n\n\tIsrael struck.")
    assert paras == ((2, 14), (17, 31))
    assert [text[s:e] for s, e in paras] == ["Iran struck.", "Israel struck."]


def test_make_document_ids_and_hash():
    doc = make_document("Iran struck.\n", "memory")
    assert doc.doc_id == doc.sha256[:16]
    assert len(doc.sha256) == 64
    assert make_document("Iran struck.\n", "memory", doc_id="a1").doc_id == "a1"
    assert doc.word_count == 2


# --- text files ----------------------------------------------------------------------------------------------
def test_text_file_becomes_a_document(tmp_path):
    path = tmp_path / "iran-israel.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = read_text_file(path)
    assert doc.doc_id == "iran-israel"
    assert doc.title == "Iran and Israel trade strikes"
    assert doc.source == str(path)
    assert len(paragraph_texts(doc)) == 3


def test_bom_and_crlf_are_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffIran struck.\r\nIsrael struck.\r\n".encode("utf-8"))
    doc = read_text_file(path)
    assert doc.text == "Iran struck.\nIsrael struck.\n"
    assert paragraph_texts(doc) == ["Iran struck.", "Israel struck."]


def test_empty_file_is_a_document_without_paragraphs(tmp_path, caplog):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="graph.ingest"):
        doc = read_text_file(path)
    assert isinstance(doc, Document)
    assert doc.paragraphs == ()
    assert doc.title is None
    assert "empty file" in caplog.text


def test_binary_file_is_an_input_error_naming_the_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="NUL bytes") as exc:
        read_text_file(path)
    assert str(path) in str(exc.value)
    [err] = list(load_documents([path]))
    assert isinstance(err, InputError) and str(path) in str(err)


def test_non_utf8_file_is_an_input_error_naming_the_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Iran struck the caf\u00e9.".encode("latin-1"))
    with pytest.raises(InputError, match=r"not UTF-8 \(byte 0xe9 at offset 19\)") as exc:
        read_text_file(path)
    assert str(path) in str(exc.value)


def test_over_long_article_is_an_input_error(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("word " * (MAX_CHARS // 5 + 1), encoding="utf-8")
    with pytest.raises(InputError, match="article too large") as exc:
        read_text_file(path)
    assert str(path) in str(exc.value)
    with pytest.raises(InputError, match="article too large"):
        make_document("x" * (MAX_CHARS + 1), "memory")
    assert make_document("x" * MAX_CHARS, "memory").paragraphs[-1][1] == MAX_CHARS  # cut, see test_hostile_input


# --- JSONL ---------------------------------------------------------------------------------------------------
def test_jsonl_lines_become_documents_and_a_bad_line_an_error(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Iran struck.", "title": "Strike", "date": "2024-04-19",
                    "url": "https://example.org/a1"}),
        '{"id": "a2", "text": "broken',
        "",
        json.dumps({"text": "Israel struck."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a5", "text": 5}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_jsonl(path))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document", "InputError", "InputError"]
    first, bad, third, not_object, no_text = items
    assert (first.doc_id, first.title, first.date, first.url, first.text) == (
        "a1", "Strike", "2024-04-19", "https://example.org/a1", "Iran struck.")
    assert first.source == f"{path}:1"
    assert str(bad).startswith(f"{path}:2: malformed JSON")
    assert third.doc_id == third.sha256[:16] and third.title is None
    assert str(not_object).startswith(f"{path}:5:")
    assert str(no_text).startswith(f"{path}:6:")


def test_jsonl_line_that_is_not_utf8_is_an_error_for_that_line_only(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "x", "text": "caf\xe9"}\n' + json.dumps({"id": "ok", "text": "Iran."}).encode() + b"\n")
    err, doc = list(load_documents([path]))
    assert isinstance(err, InputError) and str(err).startswith(f"{path}:1: not UTF-8")
    assert doc.doc_id == "ok"


# --- paths and folders -----------------------------------------------------------------------------------------
def test_missing_path_is_an_input_error(tmp_path):
    missing = tmp_path / "nope.txt"
    [err] = list(load_documents([missing]))
    assert isinstance(err, InputError)
    assert str(err) == f"{missing}: no such file or folder"


def test_folder_is_expanded_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "z.txt").write_text("Zulu.", encoding="utf-8")
    (tmp_path / "a.md").write_text("Alpha.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("Charlie.", encoding="utf-8")
    (tmp_path / "b" / "deep" / "d.jsonl").write_text(json.dumps({"id": "delta", "text": "Delta."}) + "\n",
                                                     encoding="utf-8")
    (tmp_path / "b" / "notes").write_text("No suffix.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    paths = list(iter_paths([tmp_path]))
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "a.md", "b/c.txt", "b/deep/d.jsonl", "b/notes", "z.txt"]
    docs = list(load_documents([tmp_path]))
    assert [d.doc_id for d in docs] == ["a", "c", "delta", "notes", "z"]


def test_paths_keep_the_order_given(tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(name, encoding="utf-8")
    docs = list(load_documents([tmp_path / "two.txt", tmp_path / "missing", str(tmp_path / "one.txt")]))
    assert [d.doc_id if isinstance(d, Document) else "error" for d in docs] == ["two", "error", "one"]


def test_files_inside_hidden_folders_are_skipped(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (tmp_path / "article.txt").write_text("Iran struck.", encoding="utf-8")
    assert [p.name for p in iter_paths([tmp_path])] == ["article.txt"]
