"""Score an extraction against a gold YAML file (the format of tests/gold/), for the golden tests.

Our own compact implementation of the annotation contract: actors are matched to gold
entities by label, then by other names; place and optional entities are neutral.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml
from rdflib import Graph

AG = "https://w3id.org/actorgraph/ontology#"
TYPES = ("State", "Group", "Official", "Expert", "ThinkTank", "InternationalOrganization")


def key(name: str) -> str:
    name = name.replace("’", "'").strip().strip("\"'.,;:").lower()
    return re.sub(r"\s+", " ", re.sub(r"('s$|^the\s+)", "", name))


def load_gold(path: Path) -> dict:
    gold = yaml.safe_load(path.read_text("utf-8"))
    gold["text_path"] = (path.parent / gold["text"]).resolve()
    gold["by_name"] = {key(n): gid for gid, e in gold["entities"].items() for n in e["names"]}
    return gold


def graph_actors(g: Graph) -> dict[str, tuple[str, list[str]]]:
    out = {}
    for t in TYPES:
        rows = g.query(f"""PREFIX ag: <{AG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?a ?l (GROUP_CONCAT(?alt; separator="|") AS ?alts)
            WHERE {{ ?a a ag:{t} ; rdfs:label ?l . OPTIONAL {{ ?a skos:altLabel ?alt }} }} GROUP BY ?a ?l""")
        for a, label, alts in rows:
            out[str(a)] = (t, [str(label)] + [x for x in str(alts or "").split("|") if x])
    return out


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def score(g: Graph, gold: dict) -> dict[str, float]:
    """Typed-entity and relation F1 of a graph against one gold file."""
    ents, names = gold["entities"], gold["by_name"]
    mapping = {}
    for iri, (_, labels) in graph_actors(g).items():
        mapping[iri] = next((names[key(n)] for n in labels if key(n) in names), None)
    neutral = {gid for gid, e in ents.items() if e.get("optional") or e.get("place")}
    tp = fp = 0
    seen = set()
    for iri, gid in mapping.items():
        if gid in neutral:
            continue
        if gid is None or gid in seen or graph_actors(g)[iri][0] != ents[gid]["type"]:
            fp += 1
        else:
            tp += 1
            seen.add(gid)
    required = {g for g in ents if g not in neutral}
    entity_f1 = f1(tp, fp, len(required - seen))
    req = {tuple(r) for r in gold.get("relations", [])}
    opt = {tuple(r) for r in gold.get("optional_relations", [])}
    found = set()
    rfp = 0
    for p in ("attacks", "backs", "pressures"):
        for s, o in g.query(f"SELECT ?s ?o WHERE {{ ?s <{AG}{p}> ?o }}"):
            trip = (mapping.get(str(s)), p, mapping.get(str(o)))
            if trip in opt or ents.get(trip[0], {}).get("optional") or ents.get(trip[2], {}).get("optional"):
                continue
            if trip in req:
                found.add(trip)
            else:
                rfp += 1
    return {"entities": entity_f1, "relations": f1(len(found), rfp, len(req - found))}
