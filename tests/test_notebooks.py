"""The notebooks run top to bottom in a real Jupyter kernel, say what they should, and are stored without outputs."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
KERNEL = "actorgraph-tests"


def test_notebooks_are_stored_without_outputs():
    found = sorted(NOTEBOOKS.glob("*.ipynb"))
    assert {p.name for p in found} >= {"axis_of_resistance.ipynb", "quickstart.ipynb"}
    for path in found:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        dirty = [i for i, cell in enumerate(nb.cells)
                 if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)]
        assert not dirty, f"{path.name}: cells {dirty} have outputs or execution counts; clear them before committing"


@pytest.fixture
def kernel_env(tmp_path, monkeypatch) -> Path:
    """A kernel spec for this interpreter, a headless matplotlib and a scratch folder for the notebooks."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "actorgraph tests", "language": "python"}), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    monkeypatch.setenv("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    work = tmp_path / "work"
    monkeypatch.setenv("ACTORGRAPH_WORKDIR", str(work))
    return work


def run_notebook(name: str, cwd: Path) -> nbformat.NotebookNode:
    """Execute a notebook in memory (the file is not changed) from ``cwd``."""
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    before = _repo_files()
    NotebookClient(nb, kernel_name=KERNEL, timeout=120, resources={"metadata": {"path": str(cwd)}}).execute()
    assert _repo_files() == before, "the notebook wrote into the repository"
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.output_type != "error", out
            if out.output_type == "stream" and out.name == "stderr":
                assert "Warning" not in out.text, f"{name}: {out.text}"
    return nb


def _repo_files() -> set[str]:
    return {p.name for p in ROOT.iterdir()} | {p.name for p in NOTEBOOKS.iterdir()}


def tagged(nb: nbformat.NotebookNode, tag: str) -> list[nbformat.NotebookNode]:
    return [cell for cell in nb.cells if tag in cell.get("metadata", {}).get("tags", [])]


def text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for out in cell.outputs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif "text/plain" in out.get("data", {}):
            parts.append(out.data["text/plain"])
    return "".join(parts)


def assert_figures(nb: nbformat.NotebookNode, count: int) -> None:
    figures = tagged(nb, "figure")
    assert len(figures) == count
    for cell in figures:
        assert any("image/png" in out.get("data", {}) for out in cell.outputs), cell.source


@pytest.mark.slow
def test_axis_of_resistance_notebook(kernel_env, tmp_path):
    nb = run_notebook("axis_of_resistance.ipynb", tmp_path)
    assert "8 articles read, 0 already stored" in text(tagged(nb, "build")[0])
    assert "Hezbollah" in text(tagged(nb, "axis")[0])
    found = re.search(r"^found and listed: (.*)$", text(tagged(nb, "axis-summary")[0]), re.MULTILINE).group(1)
    assert {"Hezbollah", "Hamas", "Houthis"} <= set(found.split(", "))
    evidence = text(tagged(nb, "axis-evidence")[0])
    for member in ("Hezbollah", "Hamas", "Houthis"):
        block = re.search(rf"^{member} \(Group\): Iran → {member}\n  Iran backs {member}: (\d+) statement\(s\) in "
                          rf"\S.*\n    “(.+)”$", evidence, re.MULTILINE)
        assert block, f"no path with evidence for {member}:\n{evidence}"
        assert int(block.group(1)) >= 1 and len(block.group(2)) > 20
    assert_figures(nb, 5)
    timeline = text(tagged(nb, "timeline")[0])
    assert "2024-01" in timeline and "2024-08" in timeline and "attacks" in timeline
    per_month = text(tagged(nb, "events-per-month")[0])
    assert re.search(r"\d+ relation statements report \d+ events", per_month) and "2024-04" in per_month
    assert "attacks" in text(tagged(nb, "events-most-reported")[0])
    assert "Israel" in text(tagged(nb, "brokers")[0])
    assert re.search(r"balanced: (True|False); \d+ triangles", text(tagged(nb, "balance")[0]))
    named, raw = (text(cell) for cell in tagged(nb, "sparql"))
    assert "Hezbollah" in named and "Houthis" in named
    assert "Hezbollah" in raw and "Hamas" in raw
    for suffix in ("graphml", "gexf", "csv"):
        assert (kernel_env / f"network.{suffix}").stat().st_size > 1000
    assert (kernel_env / "statements.csv").exists()


@pytest.mark.slow
def test_quickstart_notebook(kernel_env, tmp_path):
    nb = run_notebook("quickstart.ipynb", tmp_path)
    assert len(nb.cells) == 10
    assert "8 articles read (0 already stored)" in text(tagged(nb, "extract")[0])
    assert "Iran" in text(tagged(nb, "query")[0])
    assert_figures(nb, 1)
    assert (kernel_env / "explorer.html").stat().st_size > 10_000
