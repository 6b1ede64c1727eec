"""The actors of one document as they are found: the registry the resolver fills and the frames read.

Plain helpers for names (slugs, cleaning, similarity), the per-paragraph :class:`Mentions` and the
per-document :class:`DocumentActors` (who is named, how often, in what role, and what the text has said
of them so far), and :func:`evidence_for`. No spaCy pipeline here, only the spans it made.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

from .gazetteer import Gazetteer
from .model import PERSON_TYPES, Actor, Affiliation, Evidence

FUZZY_SURNAME = 0.8
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}  # *in May* is a month
POSSESSIVE = re.compile(r"[’']s?$")


class Words(list):
    """A word list from a data file that answers ``in`` from a set (the rules ask it for every token), and keeps
    its order for the lists that rank."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self._set = frozenset(self)

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._set
        except TypeError:  # an unhashable item is in no word list
            return False


def word_lists(value):
    """``value`` (parsed JSON) with every list of strings made a :class:`Words`."""
    if isinstance(value, dict):
        return {k: word_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [word_lists(v) for v in value]
        return Words(items) if all(isinstance(v, str) for v in items) else items
    return value


@lru_cache(maxsize=1)
def load_lexicon() -> dict:
    """The word classes in ``data/lexicon.json``."""
    return word_lists(json.loads(resources.files("graph.data").joinpath("lexicon.json").read_text("utf-8")))


@lru_cache(maxsize=1)
def load_rules() -> tuple[dict, dict]:
    """The relation lexicon and the modality lexicon (``data/patterns/``)."""
    folder = resources.files("graph.data").joinpath("patterns")
    return (word_lists(json.loads(folder.joinpath("relations.json").read_text("utf-8"))),
            word_lists(json.loads(folder.joinpath("modality.json").read_text("utf-8"))))


def slugify(name: str) -> str:
    """A deterministic id for an actor that no data file knows.

    >>> slugify("Melissa Kurma’s")
    'melissa-kurma'
    >>> slugify("Ali  Vaez")
    'ali-vaez'
    """
    name = POSSESSIVE.sub("", name.strip())
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"


def paragraph_text(sdoc) -> str:
    """A parsed paragraph's text, joined from its tokens once (spaCy joins them at every read of ``Doc.text``)."""
    text = sdoc.user_data.get("actorgraph_text")
    if text is None:
        text = sdoc.user_data["actorgraph_text"] = sdoc.text
    return text


@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """Strip possessives, stray quotes and the article from a mention.

    >>> clean_name("the Houthis’")
    'Houthis'
    >>> clean_name("National Movement for the Liberation of Azawad (MNLA)")
    'National Movement for the Liberation of Azawad'
    """
    text = re.sub(r"\s*\(.*$", "", text.strip())
    text = POSSESSIVE.sub("", text).strip(" \"“”'’,.")
    return re.sub(r"^(the|The)\s+", "", text)


def similar(a: str, b: str) -> float:
    """Edit similarity of two names, case-insensitive.

    >>> round(similar("Watanka", "Vatanka"), 2)
    0.86
    """
    return SequenceMatcher(None, a.lower(), b.lower()).ratio()


@dataclass
class Mentions:
    """What the resolver found in one parsed paragraph."""

    actor_at: dict[int, str] = field(default_factory=dict)
    place_at: dict[int, str] = field(default_factory=dict)
    place_name_at: dict[int, str] = field(default_factory=dict)  # token → the place's name (*Mosul*, or *the city*)
    pronoun_at: set[int] = field(default_factory=set)
    quote_chars: list[tuple[int, int]] = field(default_factory=list)

    def quoted(self, span) -> bool:
        return any(s <= span.start_char < e for s, e in self.quote_chars)

    def refer(self, i: int, actor_id: str) -> None:
        """The token at ``i`` means ``actor_id`` by reference (a pronoun, *the group*, *the Department*), not by
        its name."""
        self.actor_at[i] = actor_id
        self.pronoun_at.add(i)


@dataclass
class DocumentActors:
    """The actors of one document, built up paragraph by paragraph."""

    gaz: Gazetteer
    doc_id: str
    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)
    mentions: Counter = field(default_factory=Counter)
    surnames: dict[str, str] = field(default_factory=dict)
    cues: dict[str, Counter] = field(default_factory=dict)
    affiliations: dict[tuple[str, str], Affiliation] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)
    salient: list[str] = field(default_factory=list)
    plural: set[str] = field(default_factory=set)
    attacks: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)
    memberships: list[tuple[str, str, Evidence]] = field(default_factory=list)  # (coalition, member, where said)
    aliases: dict[str, str] = field(default_factory=dict)
    org_candidates: set[str] = field(default_factory=set)
    not_actors: set[str] = field(default_factory=set)
    called: dict[str, str] = field(default_factory=dict)
    last_place: str | None = None
    last_place_name: str | None = None
    holders: dict[str, tuple[str, ...]] = field(default_factory=dict)  # place name → who last took it
    voice: str | None = None  # whom *we* means outside quotes: the state a release's named author speaks for
    paragraphs: int = 0  # paragraphs resolved so far

    # --- registry -------------------------------------------------------------------------
    def last_salient(self, types: tuple[str, ...], singular: bool = False, barred=frozenset()) -> str | None:
        """The last actor of these types that was the subject of a main clause, else the last named, never one of
        ``barred``. ``singular``: for *it*, not one the text named in the plural (*Pakistanis have fought …*)."""
        for actor_id in reversed(self.salient[-3:]):
            if self.type_of(actor_id) in types and actor_id not in barred and not (singular and actor_id in self.plural):
                return actor_id
        return self.last(types, barred=barred)

    def note(self, actor_id: str, name: str | None, quoted: bool = False) -> str:
        """Count a mention; mentions inside quotation marks don't become antecedents of pronouns."""
        self.mentions[actor_id] += 1
        if name:
            self.names.setdefault(actor_id, set()).add(name)
        if not quoted:
            self.recent.append(actor_id)
        return actor_id

    def known(self, actor_id: str) -> str:
        if actor_id not in self.actors:
            self.actors[actor_id] = self.gaz.actors[actor_id]
        return actor_id

    def new_actor(self, name: str, actor_type: str | None) -> str:
        actor_id = slugify(name)
        if actor_id in self.gaz.actors:
            return self.known(actor_id)
        if actor_id not in self.actors:
            self.actors[actor_id] = Actor(actor_id=actor_id, actor_type=actor_type or "Official", label=name)
            if actor_type is None:
                self.cues.setdefault(actor_id, Counter())
        return actor_id

    def candidate_org(self, name: str) -> str:
        """An organisation named in the text that is an actor only if the text shows it is a group."""
        actor_id = slugify(name)
        if actor_id in self.gaz.actors:
            return self.known(actor_id)
        if actor_id not in self.actors:
            self.actors[actor_id] = Actor(actor_id=actor_id, actor_type="Group", label=name)
            self.cues.setdefault(actor_id, Counter())
            self.org_candidates.add(actor_id)
        return actor_id

    def type_of(self, actor_id: str) -> str:
        actor = self.actors.get(actor_id) or self.gaz.actors[actor_id]
        return actor.actor_type

    def last(self, types: tuple[str, ...], before: int = 0, barred=frozenset()) -> str | None:
        for actor_id in reversed(self.recent[: len(self.recent) - before or None]):
            if self.type_of(actor_id) in types and actor_id not in barred:
                return actor_id
        return None

    def actor(self, actor_id: str) -> Actor | None:
        """The actor of this id, as the text made it or as the data knows it."""
        return self.actors.get(actor_id) or self.gaz.actors.get(actor_id)

    def served_by(self, actor_id: str) -> str | None:
        """Whom a person serves: what the text says (*Yemeni President X*), else the reference data."""
        said = [org for person, org in self.affiliations if person == actor_id]
        if said:
            return said[0]
        actor = self.actor(actor_id)
        return actor.affiliation if actor is not None and actor.affiliation in self.gaz.actors else None

    # --- people -----------------------------------------------------------------------------
    def person(self, text: str, title: str = "") -> str | None:
        """A person by full name, surname or a misspelt surname already seen in the document; a surname several
        known people share by the title written before it (*President Carter*, not the defence secretary)."""
        name = clean_name(text)
        if not name or not name[0].isupper():
            return None
        if name in self.gaz.names and self.gaz.actors[self.gaz.names[name]].actor_type in PERSON_TYPES:
            actor_id = self.known(self.gaz.names[name])
        else:
            parts = name.split()
            actor_id = self.surnames.get(parts[-1]) if len(parts) == 1 else None
            if actor_id is None and len(parts) == 1 and len(name) >= 5:
                best = max(self.surnames, key=lambda s: similar(s, name), default=None)
                if best and similar(best, name) >= FUZZY_SURNAME:
                    actor_id = self.surnames[best]
            if actor_id is None and parts[-1] in self.gaz.surnames and len(parts) == 1:
                actor_id = self.known(self.gaz.surnames[parts[-1]])
            if actor_id is None and title and len(parts) == 1 and parts[-1] in self.gaz.surname_owners:
                fits = [o for o in self.gaz.surname_owners[parts[-1]]
                        if title.lower() in (self.gaz.actors[o].role or "").lower()]
                actor_id = self.known(fits[0]) if len(fits) == 1 else None
            if actor_id is None and len(parts) > 1 and parts[-1] in self.surnames:
                actor_id = self.surnames[parts[-1]]
            if actor_id is None:
                actor_id = self.new_actor(name, None)
        self.surnames.setdefault(name.split()[-1], actor_id)
        return actor_id

    def cue(self, actor_id: str, actor_type: str, weight: float = 1.0) -> None:
        """Evidence for the type of an actor no data file knows (ignored for known ones)."""
        if actor_id in self.cues:
            self.cues[actor_id][actor_type] += weight

    def finish(self) -> dict[str, Actor]:
        """Type the people no data file knows from the cues collected; drop those with none."""
        for actor_id, cue in self.cues.items():
            actor = self.actors[actor_id]
            if not cue:
                del self.actors[actor_id]
                continue
            best = max(("Official", "Expert", "Group"), key=lambda t: cue[t])
            if actor_id in self.org_candidates and best != "Group":
                del self.actors[actor_id]
                continue
            self.actors[actor_id] = Actor(actor_id=actor_id, actor_type=best, label=actor.label)
        return self.actors


def evidence_for(span, doc_id: str, offset: int, rule: str, confidence: float) -> Evidence:
    """Evidence pointing at the sentence of ``span`` (offsets into the document text)."""
    sent = span.sent
    start, end = sent.start_char, sent.end_char  # the text sliced, not joined token by token
    return Evidence(doc_id=doc_id, sentence=paragraph_text(sent.doc)[start:end].strip(), start=offset + start,
                    end=offset + end, rule=rule, confidence=confidence)


# --- spaCy side ---------------------------------------------------------------------------------
