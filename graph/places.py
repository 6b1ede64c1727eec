"""Places that a sentence names as where something happened, with the state they lie in.

The places data is ``graph/data/places.csv`` (``name,state,qid``: cities, regions, bases and seas; a sea has
no state) and the states of the gazetteer (their names, capitals and Wikidata items). A place is read where
the text uses it as one: after a locative preposition (*near Isfahan*, *in the Red Sea*, *at Tower 22 in
Jordan*), as a capital the resolver took for a place, or as a name the places data knows.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .gazetteer import PLACE_FILES, place_file_rows
from .model import Actor, Place
from .registry import clean_name, slugify


@lru_cache(maxsize=1)
def event_lexicon() -> dict:
    """The words that situate a statement (``data/events.json``): locative prepositions, reporting verbs."""
    return json.loads(resources.files("graph.data").joinpath("events.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def place_rows() -> dict[str, tuple[str, str]]:
    """Every place of ``data/places.csv`` and ``data/places_geonames.csv`` by name (the hand-made file wins): (state id
    or "", Wikidata QID or "")."""
    return {row["name"]: (row.get("state") or "", row.get("qid") or "") for name in PLACE_FILES
            for row in place_file_rows(name)}


@dataclass
class PlaceTable:
    """Places by name, and the states (actors) they lie in."""

    states: dict[str, Actor]
    labels: dict[str, str]

    def place(self, name: str, state: str | None = None, text: str = "") -> Place | None:
        """The place called ``name``: a row of the places data, a state, or a place the resolver put in ``state``."""
        name = clean_name(name)
        if name in place_rows():
            row_state, qid = place_rows()[name]
            return Place(slugify(name), name, row_state or None, qid or None, None, text, self.label_of(row_state))
        if name in self.labels:
            return self.state_place(self.labels[name], text)
        if state in self.states:
            return Place(slugify(name), name, state, None, None, text, self.label_of(state))
        return None

    def label_of(self, state: str | None) -> str | None:
        actor = self.states.get(state or "")
        return actor.label if actor else None

    def state_place(self, state: str, text: str = "") -> Place | None:
        """A state as a place (*in Jordan*)."""
        actor = self.states.get(state)
        return Place(state, actor.label, state, actor.qid, None, text, actor.label) if actor else None


_TABLES: dict[int, tuple[dict, PlaceTable]] = {}  # id of a gazetteer's actors -> (those actors, their table)


def place_table(actors: dict[str, Actor]) -> PlaceTable:
    """The table for a gazetteer's states, known by their labels and other names (made once per gazetteer, which
    lives as long as its extractor: every document's reader asks for it)."""
    cached = _TABLES.get(id(actors))
    if cached is not None and cached[0] is actors:  # (the entry holds the actors, so their id is not reused)
        return cached[1]
    states = {a: actor for a, actor in actors.items() if actor.actor_type == "State"}
    labels = {name: a for a, actor in states.items() for name in (actor.label, *actor.names)}
    _TABLES[id(actors)] = (actors, table := PlaceTable(states, labels))
    return table


def within(inner: Place | None, outer: Place | None) -> bool:
    """Whether two places can be where one happening took place: the same, or one lies in the other (a state).

    >>> isfahan, iran = Place("isfahan", "Isfahan", "iran"), Place("iran", "Iran", "iran")
    >>> within(isfahan, iran), within(isfahan, Place("natanz", "Natanz", "iran")), within(None, iran)
    (True, False, True)
    """
    if inner is None or outer is None or inner.place_id == outer.place_id:
        return True
    if inner.qid and inner.qid == outer.qid:
        return True
    if outer.place_id == outer.state:
        return inner.state == outer.state
    if inner.place_id == inner.state:
        return outer.state == inner.state
    return False
