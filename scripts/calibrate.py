#!/usr/bin/env python3
"""Measure how often each relation rule is right, and write it as the confidence the pipeline states.

For every asserted or alleged relation statement the extractor makes on the development gold
(``gold/real/real-1.yaml`` of the shared folder: real text, not the constructed dev cases), the statement is right when its
``subject predicate object`` is a required or optional relation of the gold, wrong when it is neither;
statements about actors the gold marks optional are not counted. A rule family is the rule without its
trigger word (``attacks/verb-active``). Its confidence is the share of right statements, smoothed
towards the precision of all rules (a Beta prior worth ``--prior`` statements), so that a rare rule is
neither 0 nor 1. The table goes to ``graph/data/confidence.json``, which the pipeline reads.

Then the calibration is checked on the passages kept apart for measuring (``gold/real/real-2.yaml``):
statements are binned by stated confidence and the measured precision of each bin printed, and drawn
into ``docs/calibration.png`` with ``--plot``.

    python scripts/calibrate.py                  # recompute the table and show the check
    python scripts/calibrate.py --check-only     # only the check, with the table in use
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from evaluate import load_scorer  # the sibling script: the shared scorer, loaded as a module

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "graph" / "data" / "confidence.json"
FIT = ["gold/real/real-1.yaml"]
CHECK = ["gold/real/real-2.yaml"]
STATEMENTS = """PREFIX ag: <https://w3id.org/actorgraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o ?rule ?conf WHERE {
  ?st a ag:RelationStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ag:rule ?rule ;
      ag:confidence ?conf ; ag:modality ?m .
  FILTER(?m IN (ag:asserted, ag:alleged))
}"""


def family(rule: str) -> str:
    """``attacks/verb-active/strike`` -> ``attacks/verb-active``.

    >>> family("backs/compound/back")
    'backs/compound'
    """
    return "/".join(rule.split("/")[:2])


def judged_statements(scorer, shared: Path, sets: list[str]) -> list[tuple[str, float, bool]]:
    """``(rule family, stated confidence, right)`` for each statement on the gold of ``sets``."""
    from graph import extract_text

    out = []
    for rel in sets:
        path = shared / rel
        files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        for gold in (g for f in files for g in scorer.load_golds(f)):
            if "relations" not in gold.get("only", ["relations"]):
                continue
            text = gold["text_path"].read_text("utf-8") if "text_path" in gold else gold["text"]
            g = extract_text(text)
            mapping = scorer.map_actors(scorer.system_actors(g), gold)
            ents = gold["entities"]
            truth = {tuple(x) for x in gold.get("relations", []) + gold.get("optional_relations", [])}
            for s, p, o, rule, conf in g.query(STATEMENTS):
                gs, go = mapping.get(str(s)), mapping.get(str(o))
                if (gs and ents[gs].get("optional")) or (go and ents[go].get("optional")):
                    continue
                pred = str(p).rsplit("#", 1)[-1]
                if pred not in gold.get("predicates", ["attacks", "backs", "pressures"]):
                    continue
                out.append((family(str(rule)), float(conf), (gs, pred, go) in truth))
    return out


def fit_table(judged: list[tuple[str, float, bool]], prior: float) -> dict[str, float]:
    """Smoothed precision of each rule family: (right + prior * p0) / (n + prior)."""
    overall = sum(r for _, _, r in judged) / max(1, len(judged))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for fam, _, right in judged:
        counts[fam][0] += right
        counts[fam][1] += 1
    table = {fam: round((right + prior * overall) / (n + prior), 3) for fam, (right, n) in sorted(counts.items())}
    table["*"] = round(overall, 3)
    return table


def bins(judged: list[tuple[str, float, bool]], edges=(0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)) -> list[tuple]:
    """``(low, high, statements, mean stated confidence, measured precision)`` per confidence bin."""
    rows = []
    for low, high in zip(edges, edges[1:]):
        inside = [(c, r) for _, c, r in judged if low <= c < high]
        if inside:
            rows.append((low, min(high, 1.0), len(inside), sum(c for c, _ in inside) / len(inside),
                         sum(r for _, r in inside) / len(inside)))
    return rows


def plot(rows: list[tuple], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.6, 4.2), dpi=120)
    ax.plot([0, 1], [0, 1], color="#999", lw=1, ls="--", label="perfect calibration")
    ax.plot([r[3] for r in rows], [r[4] for r in rows], marker="o", color="#b03a2e", label="real-2 (never fitted)")
    for r in rows:
        ax.annotate(str(r[2]), (r[3], r[4]), textcoords="offset points", xytext=(5, -12), fontsize=8)
    ax.set_xlim(0.3, 1.0)
    ax.set_ylim(0.0, 1.05)
    ax.set_xlabel("stated confidence (bin mean)")
    ax.set_ylabel("measured precision")
    ax.set_title("Relation confidence, calibrated on real-1", fontsize=9)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--prior", type=float, default=4.0, help="weight of the overall precision, in statements")
    ap.add_argument("--check-only", action="store_true", help="keep the table, only measure it on the check set")
    ap.add_argument("--plot", type=Path, nargs="?", const=ROOT / "docs" / "calibration.png",
                    help="draw the check into a PNG (docs/calibration.png by default)")
    args = ap.parse_args(argv)
    if not (args.shared / "eval" / "score.py").exists():
        ap.error(f"{args.shared}: no eval/score.py there; give --shared")
    sys.path.insert(0, str(ROOT))
    scorer = load_scorer(args.shared)
    if not args.check_only:
        from graph.relations import load_confidence

        fitted = judged_statements(scorer, args.shared, FIT)
        table = fit_table(fitted, args.prior)
        TABLE.write_text(json.dumps({"comment": "Measured precision of each relation rule family on the real development "
                                     "passages (real-1), smoothed; written by scripts/calibrate.py "
                                     f"on {date.today().isoformat()}. '*' is the precision of all rules.",
                                     "families": table}, indent=1) + "\n", "utf-8")
        load_confidence.cache_clear()
        print(f"fitted on {len(fitted)} statements, {len(table) - 1} rule families -> {TABLE.relative_to(ROOT)}")
    checked = judged_statements(scorer, args.shared, CHECK)
    rows = bins(checked)
    print("| stated confidence | statements | mean stated | measured precision |")
    print("| --- | --- | --- | --- |")
    for low, high, n, stated, measured in rows:
        print(f"| {low:.1f}-{high:.1f} | {n} | {stated:.2f} | {measured:.2f} |")
    if args.plot:
        plot(rows, args.plot)
        print(f"plot -> {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
