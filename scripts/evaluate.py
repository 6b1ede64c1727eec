#!/usr/bin/env python3
"""Score the extractor on every gold set at once and print one table (P, R, F1, false finds per 100 cases).

Uses the shared scorer (``../shared/eval/score.py`` beside the project, or ``--shared``) in-process, with
``graph.extract_text`` loaded once. Sets: the dev gold, the two halves of the real-text gold and the
public external sets (relations only).

    python scripts/evaluate.py                      # the table, as Markdown
    python scripts/evaluate.py --errors real-1      # also every miss and false find of one set
    python scripts/evaluate.py --json               # figures only
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# name -> (gold files relative to the shared folder, measures shown)
SETS = {
    "dev": (["gold/dev"], ["relations", "quotes", "entities", "typed_entities", "affiliations"]),
    "real-1": (["gold/real/real-1.yaml"], ["relations", "quotes"]),
    "real-2": (["gold/real/real-2.yaml"], ["relations", "quotes"]),
    "m2e2-voa": (["external/m2e2-voa"], ["relations"]),
    "petrarch2": (["external/petrarch-gsr/cases.yaml"], ["relations"]),
    "plover": (["external/plover-gsr/cases.yaml"], ["relations"]),
}


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("agscore", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["agscore"] = module
    spec.loader.exec_module(module)
    return module


def gold_args(shared: Path, paths: list[str]) -> list[str]:
    args = []
    for rel in paths:
        p = shared / rel
        args += ["--gold-dir", str(p)] if p.is_dir() else ["--gold", str(p)]
    return args


def score_set(scorer, shared: Path, name: str, errors: bool) -> dict:
    """The scorer's JSON for one set, plus the number of cases; errors are printed when asked."""
    paths, _ = SETS[name]
    base = gold_args(shared, paths) + ["--extract-py", "graph:extract_text"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main(base + ["--json"])
    result = json.loads(out.getvalue())
    if errors:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            scorer.main(base + ["--errors"])
        print("\n".join(line for line in out.getvalue().splitlines() if " FP" in line or " FN" in line or "type:" in line))
    result["cases"] = len(result["documents"])
    return result


def table(results: dict) -> str:
    rows = ["| set | cases | measure | P | R | F1 | false finds / 100 cases |", "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, res in results.items():
        for measure in SETS[name][1]:
            f = res["micro"][measure]
            if not f["tp"] + f["fp"] + f["fn"]:
                continue
            per100 = 100 * f["fp"] / res["cases"]
            rows.append(f"| {name} | {res['cases']} | {measure} | {f['precision']:.2f} | {f['recall']:.2f} | "
                        f"{f['f1']:.2f} | {per100:.1f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", help="the sets to score (all by default)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder")
    ap.add_argument("--errors", action="store_true", help="list every miss and false find")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (args.shared / "eval" / "score.py").exists():
        ap.error(f"{args.shared}: no eval/score.py there; give --shared")
    sys.path.insert(0, str(ROOT))
    scorer = load_scorer(args.shared)
    names = args.sets or list(SETS)
    results = {}
    for name in names:
        if args.errors:
            print(f"## {name}")
        results[name] = score_set(scorer, args.shared, name, args.errors)
    if args.json:
        print(json.dumps({n: {"cases": r["cases"], "micro": r["micro"]} for n, r in results.items()}, indent=1))
    else:
        print(f"Measured {dt.date.today().isoformat()} with scripts/evaluate.py\n")
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
