"""Actor knowledge from data files: who exists, and every way news names them.

The files are JSONL, one actor a line (see ``graph/data/actors/README.md``). Users add
their own with ``--actors FILE``; a later line with an existing ``id`` extends it.
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import DataError
from .model import ACTOR_TYPES, PERSON_TYPES, Actor

ACTOR_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]*")  # a safe last segment of an IRI path
QID = re.compile(r"Q[1-9][0-9]*")
LIST_FIELDS = ("aliases", "demonyms", "epithets", "operates_in", "backed_by", "member_of")
MIN_FOLDED = 5  # shorter names (IS, US, PKK, Fatah's "Amal"?) match only as written


@lru_cache(maxsize=1 << 16)
def fold_name(text: str) -> str:
    """A spelling-insensitive key for a name: case, accents, apostrophes, hyphens, spaces, a doubled
    letter and the article *the* inside the name don't matter.

    >>> fold_name("Al-Shabaab") == fold_name("al Shabab")
    True
    >>> fold_name("Kata'ib Hizbullah") == fold_name("Kataib Hizbulah")
    True
    >>> fold_name("Al-Qaeda in the Islamic Maghreb") == fold_name("Al-Qaeda in Islamic Maghreb")
    True
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[\s\-‐–]+", ascii_text) if w and w != "the"]
    letters = re.sub(r"[^a-z0-9]", "", "".join(words))
    return re.sub(r"(.)\1+", r"\1", letters)


@dataclass
class Gazetteer:
    """Indexes over the known actors. Built once per process by :func:`load_gazetteer`."""

    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    epithets: dict[str, str] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)
    family_states: dict[str, str] = field(default_factory=dict)  # *Assad*: a ruling family's surname -> its state
    places: dict[str, str] = field(default_factory=dict)
    # towns of the GeoNames list: read as places only where the model calls the name a place (never a person's)
    towns: dict[str, str] = field(default_factory=dict)
    folded: dict[str, str] = field(default_factory=dict)
    folded_capitals: dict[str, str] = field(default_factory=dict)
    surname_owners: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a surname several people share

    def kind_of(self, text: str) -> tuple[str, str] | None:
        """``(actor_id, kind)`` for a name as written, kind being name/demonym/capital/epithet."""
        for kind, table in (("name", self.names), ("demonym", self.demonyms), ("capital", self.capitals)):
            if text in table:
                return table[text], kind
        key = text.lower().removeprefix("the ")
        if key in self.epithets:
            return self.epithets[key], "epithet"
        return None


def _records(lines: Iterable[str], source: str) -> Iterable[tuple[int, dict]]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{source}:{number}: malformed JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or not rec.get("id"):
            raise DataError(f"{source}:{number}: an actor needs an 'id'")
        if not isinstance(rec["id"], str) or not ACTOR_ID.fullmatch(rec["id"]):
            raise DataError(f"{source}:{number}: actor id {rec['id']!r} is not letters, digits and - . _ ~ "
                            "(it ends the actor's IRI)")
        if rec.get("qid") is not None and not (isinstance(rec["qid"], str) and QID.fullmatch(rec["qid"])):
            raise DataError(f"{source}:{number}: 'qid' {rec['qid']!r} is not a Wikidata id such as Q794")
        yield number, rec


def _merge(old: dict | None, new: dict, where: str) -> dict:
    for key in LIST_FIELDS:
        if key in new and not (isinstance(new[key], list) and all(isinstance(v, str) for v in new[key])):
            raise DataError(f"{where}: actor {new['id']!r}: {key!r} must be a list of strings")
    merged = dict(old or {})
    for key, value in new.items():
        merged[key] = list(dict.fromkeys([*merged.get(key, []), *value])) if key in LIST_FIELDS else value
    if merged.get("type") not in ACTOR_TYPES or not isinstance(merged.get("label"), str) or not merged["label"]:
        raise DataError(f"{where}: actor {new['id']!r} needs a 'label' and a 'type' among {ACTOR_TYPES}")
    return merged


def _to_actor(rec: dict) -> Actor:
    return Actor(
        actor_id=rec["id"], actor_type=rec["type"], label=rec["label"],
        names=tuple(rec.get("aliases", [])), qid=rec.get("qid"), iso3=rec.get("iso3"),
        affiliation=rec.get("affiliation"), role=rec.get("role"),
        operates_in=tuple(rec.get("operates_in", [])), backed_by=tuple(rec.get("backed_by", [])),
        member_of=tuple(rec.get("member_of", [])))


def read_records(extra: Iterable[Path] = ()) -> dict[str, dict]:
    """All actor records, the package's data first, then each user file in order."""
    sources: list[tuple[str, str]] = []
    folder = resources.files("graph.data").joinpath("actors")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".jsonl"):
            sources.append((f"actors/{entry.name}", entry.read_text("utf-8")))
    for path in extra:
        try:
            sources.append((str(path), Path(path).read_text("utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            raise DataError(f"{path}: cannot read actor file ({exc})") from None
    records: dict[str, dict] = {}
    for source, text in sources:
        for number, rec in _records(text.splitlines(), source):
            records[rec["id"]] = _merge(records.get(rec["id"]), rec, f"{source}:{number}")
    return records


def build_gazetteer(records: dict[str, dict]) -> Gazetteer:
    """Index records by every name; surnames only where one person has them (a surname that several
    people of one state share names that state in *the X government*)."""
    gaz = Gazetteer()
    surname_owners: dict[str, set[str]] = defaultdict(set)
    for rec in records.values():
        actor = _to_actor(rec)
        gaz.actors[actor.actor_id] = actor
        for name in (actor.label, *actor.names):
            gaz.names.setdefault(name, actor.actor_id)
        for dem in rec.get("demonyms", []):
            gaz.demonyms.setdefault(dem, actor.actor_id)
        if rec.get("capital"):
            gaz.capitals.setdefault(rec["capital"], actor.actor_id)
        for ep in rec.get("epithets", []):
            gaz.epithets.setdefault(ep.lower(), actor.actor_id)
        if actor.actor_type in PERSON_TYPES:
            for name in (actor.label, *actor.names):
                parts = name.split()
                if len(parts) > 1 and parts[-1][:1].isupper():
                    surname_owners[parts[-1]].add(actor.actor_id)
    for name, actor_id in possessive_branch_names(gaz).items():
        gaz.names.setdefault(name, actor_id)
    gaz.folded = folded_names(gaz.names)
    gaz.folded_capitals = {key: actor_id for key, actor_id in folded_names(gaz.capitals).items() if key not in gaz.folded}
    for surname, owners in surname_owners.items():
        if len(owners) == 1 and surname not in gaz.names and surname not in gaz.demonyms:
            gaz.surnames[surname] = next(iter(owners))
        elif len(owners) > 1:
            gaz.surname_owners[surname] = tuple(sorted(owners))
        states = {gaz.actors[o].affiliation for o in owners}
        if len(owners) > 1 and len(states) == 1 and None not in states:
            gaz.family_states[surname] = states.pop()  # several people of one state: *the Assad regime*
    for aid, actor in gaz.actors.items():
        if actor.affiliation and actor.affiliation not in gaz.actors:
            gaz.actors[aid] = replace(actor, affiliation=None)
    return gaz


def possessive_branch_names(gaz: Gazetteer) -> dict[str, str]:
    """*the Islamic State's West Africa Province*: a branch named after its parent (*Islamic State West Africa
    Province*, affiliated to *Islamic State*) is also written with the parent's name in the possessive."""
    out: dict[str, str] = {}
    for actor in gaz.actors.values():
        parent = gaz.actors.get(actor.affiliation or "")
        if actor.actor_type != "Group" or parent is None or parent.actor_type != "Group":
            continue
        for name in (actor.label, *actor.names):
            for pname in (parent.label, *parent.names):
                rest = name[len(pname) + 1:] if name.startswith(pname + " ") else ""
                if rest and rest[:1].isupper() and all(w[:1].isupper() for w in rest.split()):
                    for mark in ("'s", "’s"):
                        out.setdefault(f"{pname}{mark} {rest}", actor.actor_id)
    return out


def folded_names(names: dict[str, str]) -> dict[str, str]:
    """Folded key -> actor id for the names long enough to match loosely; a key two actors share is dropped."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, actor_id in names.items():
        key = fold_name(name)
        if len(key) >= MIN_FOLDED:
            owners[key].add(actor_id)
    return {key: next(iter(ids)) for key, ids in owners.items() if len(ids) == 1}


PLACE_FILES = ("places_geonames.csv", "places.csv")  # the hand-made file last: it wins where both name a place


@lru_cache(maxsize=len(PLACE_FILES))
def place_file_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of one places file of ``graph/data`` (read once per process; none if it is missing)."""
    path = resources.files("graph.data").joinpath(name)
    if not path.is_file():
        return ()
    return tuple(row for row in csv.DictReader(path.read_text("utf-8").splitlines()) if row.get("name"))


def read_places(files: tuple[str, ...] = ("places.csv",)) -> dict[str, str]:
    """Cities and regions -> the state they belong to (``data/places.csv``: name,state; or the towns of
    ``data/places_geonames.csv``, written by ``scripts/grow_places.py``)."""
    return {row["name"]: row["state"] for name in files for row in place_file_rows(name) if row.get("state")}


def load_gazetteer(extra: Iterable[Path] = ()) -> Gazetteer:
    """The package's gazetteers plus the user's ``--actors`` files."""
    gaz = build_gazetteer(read_records(extra))
    gaz.places = {name: state for name, state in read_places().items()
                  if state in gaz.actors and name not in gaz.names}
    gaz.towns = {name: state for name, state in read_places(("places_geonames.csv",)).items()
                 if state in gaz.actors and name not in gaz.names and name not in gaz.places}
    return gaz
