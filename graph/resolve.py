"""Mentions -> canonical actors, per document.

Gazetteer names come marked by the actor ruler; everything else is resolved here:
people the data files don't know (typed from their titles and roles), surname-only
re-mentions and misspellings of a person named earlier, organisations typed from name cues
and from what the text calls them, acronyms the text defines, and capitals used only as places.
Pronouns and *the group*-style mentions are read by :mod:`graph.anaphora`; the document's
registry of actors is :class:`graph.registry.DocumentActors`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, LOWER, ORTH, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Span

from .anaphora import _anaphor, _half_named, _pronoun, quote_voices, release_voice
from .model import PERSON_TYPES
from .naming import acronym_parts, called_group, called_thing, defined_acronym, group_words, named_before_acronym, strip_titles
from .nlp import KIND_OF_LABEL
from .registry import (
    FUZZY_SURNAME,
    MONTHS,
    NOT_NAMES,
    DocumentActors,
    Mentions,
    clean_name,
    evidence_for,
    load_lexicon,
    paragraph_text,
    similar,
    slugify,
)

__all__ = ["DocumentActors", "Mentions", "clean_name", "evidence_for", "load_lexicon", "resolve_paragraph", "similar",
           "slugify"]


def _is_place_use(span, lex: dict) -> bool:
    """A capital or demonym naming a place, not a government (*killed in Tehran*, *the Iranian city*)."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in lex["locative_preps"]:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in lex["place_nouns"]:
        return True  # *the suburbs of Damascus*, *Christian neighbourhoods of Beirut*
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in lex["place_nouns"]:
        return True
    # *the Damascus headquarters of Islamic Jihad*, *its Doha office*: where the owner's site stands
    return root.dep_ == "compound" and root.head.lower_ in lex["owned_site_nouns"] and \
        any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in root.head.children)


def _mark_place(span, state: str, reg: DocumentActors, found: Mentions) -> None:
    """A place named for where something happens; the last one is what *the city* later means."""
    name = clean_name(span.text)
    for tok in span:
        found.place_at[tok.i] = state
        found.place_name_at[tok.i] = name
    reg.last_place, reg.last_place_name = state, name


def _names_waters(span, lex: dict) -> bool:
    """*the Gulf of Aden*, *the Strait of Hormuz*: a place name inside the name of open water, no state's land."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].text in lex["water_words"]


def _seat_of_the_time(name: str, actor_id: str, reg: DocumentActors, lex: dict) -> str:
    """*Moscow* in a text about the Soviet Union is the Soviet Union, *Hanoi* beside North Vietnam North
    Vietnam: a capital stands for the state the text has named that ruled from it, unless it names today's."""
    former = lex["former_seats"].get(name)
    if former and former in reg.actors and actor_id not in reg.actors:
        return former
    return actor_id


def _ruler_mention(span, reg: DocumentActors, lex: dict, found: Mentions) -> None:
    kind = KIND_OF_LABEL[span.label_]
    actor_id = span.ent_id_ or span.id_  # a span this module made carries its id there
    if kind == "place" and lex["former_seats"].get(span.text) in reg.actors:
        # *Salisbury* beside Rhodesia was its seat, not the English town (whose state the id names)
        kind, actor_id = "capital", lex["former_seats"][span.text]
    if kind == "place":
        if not _names_waters(span, lex):
            _mark_place(span, actor_id, reg, found)
        return
    if kind == "capital":
        actor_id = _seat_of_the_time(span.text, actor_id, reg, lex)
    if kind == "surname":
        actor_id = reg.person(span.text) or actor_id
    elif kind == "capital" and _is_place_use(span, lex):
        _mark_place(span, actor_id, reg, found)
        return
    elif kind == "demonym" and span.root.dep_ in ("amod", "compound") and \
            span.root.head.lemma_.lower() in lex["place_nouns"]:
        for tok in span:
            found.place_at[tok.i] = actor_id
        return
    if kind == "demonym" and _community(span, lex):
        return  # *Bosnian Serb forces*, *Iraqi Kurdish fighters*: a community within the state, not the state
    if kind == "demonym" and _crowd_of_people(span, lex):
        return  # *thousands of Serbians marched*: people of the country, not its government
    if kind == "demonym" and actor_id in lex["people_apart_from_state"] and span.root.tag_ in ("NNS", "NNPS"):
        return  # *killing 12 Palestinians*: the people, whom the state of Palestine does not stand for
    if kind == "demonym" and span.root.dep_ in ("amod", "compound") and \
            any(t.lemma_.lower() in lex["nonstate_people_nouns"] for t in span.doc[span.end: span.root.head.i + 1]
                if not _names_a_craft(t, lex)) and \
            not any(t.text in ("-", "‐", "–") for t in span.doc[span.end: span.root.head.i]):
        # *Armenian separatists*, *Palestinian gunmen*, *Palestinian groups*: people against or beside a state, not it
        # (but *a Russian state-funded group*: the state funds it)
        return
    if kind == "demonym" and not _demonym_acts(span, lex):
        for tok in span:  # *Palestinian prisoners*: usable in a relation, but no mention of the state
            found.actor_at[tok.i] = actor_id
        return
    if kind == "name" and len(span) > 1 and span.start > 0 and any(t.text in lex["state_office_words"] for t in span) and \
            reg.type_of(actor_id) == "State":
        # *the Pakistani Foreign Office*, *Russia's Foreign Ministry*: another state's office of the same name
        doc = span.doc
        before = span.start - 2 if span.start >= 2 and doc[span.start - 1].tag_ == "POS" else span.start - 1
        owner = found.actor_at.get(before)
        if owner is not None and owner != actor_id and reg.type_of(owner) == "State":
            actor_id = owner
    if actor_id not in reg.actors and actor_id in reg.gaz.actors:
        reg.known(actor_id)
    name = clean_name(span.text) if kind != "demonym" else span.text
    if reg.type_of(actor_id) in PERSON_TYPES and kind == "name":
        reg.surnames.setdefault(name.split()[-1], actor_id)
    reg.note(actor_id, name, found.quoted(span))
    body = _state_body_name(span, lex) if reg.type_of(actor_id) == "State" else None
    if body:
        reg.names.setdefault(actor_id, set()).add(body)
        gov = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
        fought = (gov.dep_ == "pobj" and gov.head.lower_ == "against") or gov.dep_ == "dobj"
        words = set(body.lower().split())
        if {"government", "regime", "junta"} & words and fought and not found.quoted(span):
            # *rebelled against the government of Peru*: whose *government forces* are meant later
            reg.called["government"] = actor_id
        if {"government", "regime", "junta", "army", "military"} & words and not found.quoted(span):
            reg.called["government forces"] = actor_id  # *helped the Rwandan army halt the offensive*
    _mark_salient(span, reg, actor_id, found)
    for tok in span:
        found.actor_at[tok.i] = actor_id


def _mark_salient(span, reg: DocumentActors, actor_id: str, found: Mentions) -> None:
    """Subjects of main clauses are what later pronouns most often refer to."""
    root = span.root
    if root.dep_ in ("compound", "amod", "poss") and root.head.dep_ in ("nsubj", "nsubjpass"):
        root = root.head  # *US officials said …*
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # *Hezbollah and Hamas fired …*: each conjunct of the subject
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("ROOT", "conj") and not found.quoted(span):
        reg.salient.append(actor_id)
        if span.root.tag_ in ("NNS", "NNPS") and span.label_ == "AG_DEMONYM":
            reg.plural.add(actor_id)  # *Pakistanis* are people, never *it*
        else:
            reg.plural.discard(actor_id)


def _names_a_craft(tok, lex: dict) -> bool:
    """*fighter jets*, *bomber aircraft*: a word for a fighter on a word for a machine of war names the machine."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in lex["aircraft_nouns"]


def _demonym_acts(span, lex: dict) -> bool:
    """A demonym names its state when it stands alone (*the Israelis*) or qualifies an institution
    or an act of the state (*Iranian officials*, *Israeli jets*, *an Israeli strike*)."""
    root = span.root
    if root.dep_ not in ("amod", "compound", "nmod"):
        return True
    words = {root.head.lemma_.lower(), root.head.lower_}
    return bool(words & (set(lex["institution_nouns"]) | set(lex["act_nouns"])))


def _state_body_name(span, lex: dict) -> str | None:
    """The name of a state's body that the text uses for the state (*the Somali government*,
    *Chad's army*, *the government of Peru*), kept as one more name of the state."""
    root, bodies = span.root, set(lex["state_body_nouns"])
    doc = span.doc
    if root.dep_ in ("amod", "compound", "poss") and root.head.i > root.i and root.head.lemma_.lower() in bodies:
        between = doc[span.end:root.head.i]
        if all(t.dep_ == "case" or (t.dep_ in ("amod", "compound") and t.is_alpha) for t in between):
            return clean_name(doc[span.start:root.head.i + 1].text)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in bodies \
            and root.head.head.i == root.head.i - 1:
        return clean_name(doc[root.head.head.i:span.end].text)
    return None


def _community(span, lex: dict) -> bool:
    """A demonym written next to a word for a people or faith, or to another demonym (*Bosnian Serb*, *Iraqi
    Kurdish*, *Turkish Cypriot*, *Lebanese Shiite*), or after *ethnic* (*ethnic Russian separatists*): together
    they name a community, which no state stands for."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.text in lex["community_words"] and after.dep_ not in ("compound", "amod", "nmod"):
        return False  # *executed 21 Egyptian Christians*: the state's citizens, who stand for it as victims
    if after is not None and (after.text in lex["community_words"] or after.ent_type_ == "AG_DEMONYM"):
        return True
    return before is not None and (before.text in lex["community_words"] or before.ent_type_ == "AG_DEMONYM"
                                   or before.lower_ in lex["ethnicity_words"])  # *ethnic Armenian authorities*


DEMONYM_ENDINGS = ("an", "ese", "i", "ish", "en", "ic", "ite", "ist")


def _take(span, actor_id: str, name: str, reg: DocumentActors, found: Mentions, antecedent: bool = True) -> None:
    """The span names ``actor_id``: count the mention and mark its tokens; ``antecedent`` says whether later
    pronouns and *the group* may mean it (not an organisation the text has not shown to be a group)."""
    reg.note(actor_id, name, found.quoted(span) or not antecedent)
    if antecedent:
        _mark_salient(span, reg, actor_id, found)
    for j in range(span.start, span.end):
        found.actor_at[j] = actor_id


def _fighters_name(span, reg: DocumentActors, found: Mentions) -> None:
    """Register a group the text names only by its fighters (see :func:`_named_by_fighters`)."""
    actor_id = reg.candidate_org(span.text)
    reg.cue(actor_id, "Group", 2.0)
    _take(span, actor_id, span.text, reg, found)


def _named_by_fighters(tok, lex: dict) -> int | None:
    """*Fretilin guerrillas ambushed a patrol*, *the Kamajor militia*: a capitalised name no data file or entity
    rule knows, written right before a word for armed fighters, is a group's name. Returns where the name ends,
    or None. Peoples, faiths and demonyms (*Tamil rebels*, *Chechen fighters*) are not names of groups."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ != "compound" or tok.ent_type_.startswith("AG_"):
        return None
    end = tok.i + 1
    doc = tok.doc
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and not doc[end].ent_type_.startswith("AG_"):
        end += 1
    if end >= len(doc) or doc[end].lemma_.lower() not in lex["fighter_nouns"] or tok.head.i != end:
        return None
    words = [t.text for t in doc[tok.i:end]]
    if any(w in lex["community_words"] or w.lower().endswith(DEMONYM_ENDINGS) for w in words):
        return None
    return end


def _fighters_of(tok, lex: dict) -> int | None:
    """*fighters of the Nduma Defence of Congo-Renové attacked ...*: a capitalised name no data file or entity rule
    knows, after *fighters*, *militants* or *rebels of*, is a group's name (it may hold a known name: *of Congo*).
    Returns where the name ends, or None."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_.startswith("AG_") or tok.ent_type_ in (
            "PERSON", "GPE", "LOC", "NORP", "DATE"):
        return None
    phrase = tok if tok.dep_ == "pobj" else tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else None
    if phrase is None or phrase.dep_ != "pobj" or phrase.head.lower_ != "of" or phrase.left_edge.i not in (tok.i, tok.i - 1):
        return None
    fighters = phrase.head.head
    if fighters.lemma_.lower() not in lex["fighter_nouns"] or fighters.tag_ != "NNS":
        return None
    end = phrase.right_edge.i + 1
    words = tok.doc[tok.i:end]
    if not words[-1].text[:1].isupper() or any(not (t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "-", "the"))
                                               for t in words):
        return None
    if any(t.text in lex["community_words"] or t.lower_.endswith(DEMONYM_ENDINGS) and t.i == tok.i for t in words):
        return None
    return end


def _crowd_of_people(span, lex: dict) -> bool:
    """A counted plural demonym that acts (*thousands of Serbians marched*, *many Kenyans protested*,
    *stormed by dozens of Iraqis*) is a crowd of the country's people, not its government. Counted
    people who suffer an act (*the strike killed two Americans*) still stand for their state."""
    root = span.root
    if root.tag_ != "NNPS" and not root.text.endswith("s"):
        return False
    quantities = set(lex["quantity_words"])
    head, counted = root, any(c.dep_ == "nummod" or c.lower_ in quantities for c in root.children)
    while head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.pos_ == "NUM" or head.head.head.lower_ in quantities):
        head, counted = head.head.head, True
    while head.dep_ in ("quantmod", "nummod", "compound") and head.head.pos_ in ("NUM", "NOUN"):
        head = head.head
    acts = head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")
    return counted and acts


def _org_type(text: str, lex: dict) -> str | None:
    words = text.split()
    if any(cue in text for cue in lex["io_cues"]):
        return "InternationalOrganization"
    if any(cue in words or (" " in cue and cue in text) for cue in lex["think_tank_cues"]):
        return "ThinkTank"
    if any(cue in words for cue in lex["group_cues"]):
        return "Group"
    return None


def _near_lengths(names, text: str) -> list[str]:
    """The names long enough, and short enough, to reach FUZZY_SURNAME against ``text`` (an edit similarity is at
    most twice the shorter length over both lengths), in their order."""
    n = len(text)
    return [s for s in names if 2 * min(len(s), n) >= FUZZY_SURNAME * (len(s) + n)]


def _model_mention(span, reg: DocumentActors, lex: dict, found: Mentions) -> None:
    label, text = span.label_, clean_name(span.text)
    actor_id = None
    if text in reg.gaz.places and label in ("GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"):
        if not _names_waters(span, lex):
            _mark_place(span, reg.gaz.places[text], reg, found)
        return
    if text in reg.gaz.towns and label in ("GPE", "LOC") and text not in reg.surnames:
        _mark_place(span, reg.gaz.towns[text], reg, found)  # *shelling in Kupiansk*: a town the model reads as a place
        return
    if label == "PERSON" and text in lex["community_words"]:
        return  # *8,000 Bosniak men*: a people, read as a person's name by the model
    if text in reg.not_actors or (label in ("PERSON", "ORG") and called_thing(span, lex["thing_nouns"])):
        reg.not_actors.add(text)  # *the cargo ship Galaxy Leader*
        return
    candidate = False
    if text in reg.aliases:
        actor_id = reg.aliases[text]
    elif label == "PERSON":
        name = text.title() if text.isupper() else text  # *PAT RYDER* in a transcript is Pat Ryder
        bare = strip_titles(name, lex["official_titles"])
        before = span.doc[span.start - 1].text if span.start > 0 else ""
        title = name[: len(name) - len(bare)].strip() or (before if before.lower() in lex["official_titles"] else "")
        actor_id = reg.person(bare, title)
        if actor_id in reg.cues and called_group(span, lex["group_nouns"], loose=False):
            reg.cue(actor_id, "Group", 2.0)
    elif label == "ORG" and (owner := _unit_owner(span, reg, found, lex)) is not None:
        actor_id = owner  # (before its type: *the Malian army's 5th Battalion* is Mali, no battalion of its own)
    elif label == "ORG" and (org_type := _org_type(text, lex)):
        actor_id = reg.new_actor(text, org_type)
    elif len(span) == 1 and label not in NOT_NAMES and (text in reg.surnames or text in reg.gaz.surnames):
        actor_id = reg.person(text)
    elif len(span) == 1 and span[0].pos_ == "PROPN" and len(text) >= 5 and (near := _near_lengths(reg.surnames, text)) and \
            similar(best := max(near, key=lambda s: similar(s, text)), text) >= FUZZY_SURNAME:
        actor_id = reg.surnames[best]
    elif label == "ORG" and (state := _governing_state(span, reg, found, lex)) is not None:
        actor_id = state
    elif label == "ORG" and _org_name(span, lex):
        actor_id, candidate = reg.candidate_org(text), True
        if called_group(span, lex["group_nouns"], loose=True):
            reg.cue(actor_id, "Group", 2.0)
            candidate = False
    if actor_id is None:
        return
    # an organisation the text has not shown to be a group is no antecedent of *it* or *the group*
    unshown = candidate and actor_id in reg.org_candidates and not reg.cues.get(actor_id)
    _take(span, actor_id, text, reg, found, antecedent=not unshown)


def _governing_state(span, reg: DocumentActors, found: Mentions, lex: dict) -> str | None:
    """*Somalia's Transitional Federal Government*, *the Malian transitional authorities*: a government or
    state body named by the text is its state, when the text says which."""
    heads = ["authority", "authorities", "ministry", "cabinet", "staff", "office"]
    if span.root.lemma_.lower() not in lex["state_nouns"] + heads and \
            span.text.lower().removeprefix("the ") not in lex["institution_nouns"]:
        return None  # (*China's coast guard*, *Iran's Navy*: a state's service by its common name)
    doc = span.doc
    near = [*range(span.start, span.end)]
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        near.append(span.start - 2)  # *Somalia's …*
    for i in near:
        actor = found.actor_at.get(i)
        if actor and reg.type_of(actor) == "State":
            return actor
    return None


def _unit_owner(span, reg: DocumentActors, found: Mentions, lex: dict) -> str | None:
    """*the Northern Command of the Ethiopian army*, *Russia's Black Sea Fleet*, *the 8th Corps of the Congolese
    army*: a named unit (a command, fleet, corps, brigade) of a state or group the text names is that actor."""
    if span.root.lemma_.lower() not in lex["unit_nouns"]:
        return None
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        army = doc[span.start - 2]  # *the Myanmar military's Western Command*: the army's own name is the state's
        marks = [c for c in army.children if c.dep_ in ("compound", "amod")] if army.lower_ in lex["state_army_nouns"] else []
        owner = found.actor_at.get(army.i) or next((found.actor_at[c.i] for c in marks if c.i in found.actor_at), None)
        return owner if owner and reg.type_of(owner) in ("State", "Group") else None
    of = next((c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > span.root.i), None)
    if of is None:
        return None
    # the names after the unit are not resolved yet: the gazetteer's id on the ruler's span decides
    owners = {t.ent_id_ for p in of.children if p.dep_ == "pobj" for t in p.subtree
              if t.ent_type_ in ("AG_NAME", "AG_DEMONYM", "AG_CAPITAL") and t.ent_id_}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    return reg.known(owner) if owner in reg.gaz.actors and reg.gaz.actors[owner].actor_type in ("State", "Group") else None


def _org_name(span, lex: dict) -> bool:
    """An ORG span that can be an organisation's name: a proper noun, not a word that opens the
    sentence (*Jets struck …*), not a company, outlet or office (``not_actor_cues``)."""
    if not any(t.pos_ == "PROPN" for t in span) or (len(span) == 1 and span[0].is_sent_start):
        return False
    if any(t.tag_ == "POS" for t in span):
        return False  # *Biden's Republican (challenger)*: a possessive phrase, no name
    if span.root.dep_ == "compound" and span.root.head.lemma_.lower() in lex["region_nouns"]:
        return False  # *the Essequibo region*, *the Kurram district*: a place's name
    if len(span) == 1 and span.text.lower().endswith(DEMONYM_ENDINGS) and span.root.dep_ in ("amod", "compound", "nmod") \
            and span.root.head.lemma_.lower() in (*lex["nonstate_people_nouns"], *lex["force_nouns"]):
        return False  # *Kashmiri separatist militants*, *Baluchi rebels*: where the people are from, read as an ORG
    if span[-1].text in lex["landform_words"] and not any(t.lower_ in ("in", "of", "for") for t in span):
        return False  # *the Kagera Salient*, *the Aouzou Strip*: land (not *al-Qaeda in the Arabian Peninsula*)
    return not any(cue in span.text.split() for cue in lex["not_actor_cues"])


def _define_acronym(span, actor_id: str, reg: DocumentActors, found: Mentions) -> None:
    """*the Rapid Support Forces (RSF)*: the acronym names the same actor for the rest of the document."""
    if (defined := defined_acronym(span)) is None:
        return
    acronym, start, end = defined
    if acronym in reg.gaz.names and reg.gaz.names[acronym] != actor_id:
        return  # a known acronym of another actor: the parenthesis is something else
    for part in acronym_parts(acronym):
        if part not in reg.gaz.names:
            reg.aliases.setdefault(part, actor_id)
    reg.names.setdefault(actor_id, set()).add(acronym)
    for i in range(start, end):
        found.actor_at[i] = actor_id


def _named_ships(sdoc, reg: DocumentActors, lex: dict, found: Mentions) -> set[int]:
    """*the USS Eisenhower*, *HMS Sheffield*: a warship named with its navy's prefix is its state's (what strikes
    it attacks the state). Returns the tokens taken, the article before the prefix included."""
    taken: set[int] = set()
    prefixes = lex["ship_prefixes"]
    if not any(word in prefixes for word in paragraph_text(sdoc).split()):
        return taken
    for tok in sdoc:
        state = prefixes.get(tok.text)
        if state is None or state not in reg.gaz.actors:
            continue
        end = tok.i + 1
        while end < len(sdoc) and sdoc[end].text[:1].isupper() and sdoc[end].pos_ == "PROPN":
            end += 1
        if end == tok.i + 1:
            continue
        reg.known(state)
        start = tok.i - 1 if tok.i > 0 and sdoc[tok.i - 1].lower_ == "the" else tok.i
        for i in range(start, end):
            found.actor_at[i] = state
        taken.update(range(start, end))
    return taken


def _unknown_defined_names(sdoc, reg: DocumentActors, lex: dict, found: Mentions) -> set[int]:
    """Names no data file knows, defined with an acronym (*the Coordination of Azawad Movements (CMA)*),
    whatever pieces the NER cut them into: candidate organisations. Returns the tokens taken."""
    taken: set[int] = set()
    if "(" not in paragraph_text(sdoc):
        return taken
    ruled = {i for ent in sdoc.ents if ent.label_ in KIND_OF_LABEL for i in range(ent.start, ent.end)}
    for tok in sdoc:
        if tok.text != "(" or tok.i in ruled:
            continue
        run = named_before_acronym(sdoc, tok.i)
        if run is None or any(i in ruled for i in range(*run)):
            continue
        span = sdoc[run[0]: run[1]]
        if defined_acronym(span) is None or called_thing(span, lex["thing_nouns"]):
            continue
        name = clean_name(span.text)
        if any(cue in name.split() for cue in lex["not_actor_cues"]):
            continue
        if (state := _governing_state(span, reg, found, lex)) is not None:
            for i in range(*run):
                found.actor_at[i] = state
            _define_acronym(span, state, reg, found)
            taken.update(range(run[0], run[1]))
            continue
        if span.root.lemma_.lower() in lex["state_nouns"]:
            continue  # a government the text does not tie to a state is no group
        org_type = _org_type(name, lex)
        actor_id = reg.new_actor(name, org_type) if org_type else reg.candidate_org(name)
        if org_type is None and called_group(span, lex["group_nouns"], loose=True):
            reg.cue(actor_id, "Group", 2.0)
        _take(span, actor_id, name, reg, found, antecedent=bool(org_type or reg.cues.get(actor_id)))
        _define_acronym(span, actor_id, reg, found)
        taken.update(range(run[0], run[1]))
    return taken


def _longer_name_start(ent, reg: DocumentActors, titles: set[str]) -> int | None:
    """*the Popular Resistance Front*: a known group's name (*Resistance Front*) that capitalised words
    before it extend is another, longer name. Returns where that name starts, or None."""
    if KIND_OF_LABEL.get(ent.label_) != "name" or ent.ent_id_ not in reg.gaz.actors \
            or reg.gaz.actors[ent.ent_id_].actor_type != "Group":
        return None
    start = ent.start
    while start > 0:
        prev = ent.doc[start - 1]
        if not (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.dep_ == "compound"
                and (ent.start <= prev.head.i < ent.end or prev.head.i == start)) \
                or prev.ent_type_ in KIND_OF_LABEL and KIND_OF_LABEL[prev.ent_type_] != "name" \
                or prev.lower_ in titles or prev.is_sent_start:
            break
        if prev.ent_type_ in KIND_OF_LABEL:  # another known name before it: two names side by side
            return None
        start -= 1
    return start if start < ent.start else None


# the tokens the last steps of resolve_paragraph can act on (names, pronouns, anaphors): by part of speech, by
# dependency, capitalised, or one of a few words (*the latter*, *federal troops*)
TAIL_POS = frozenset(POS_IDS[p] for p in ("NOUN", "PROPN", "PRON"))
COMPOUND = get_string_id("compound")
TAIL_WORDS = frozenset(get_string_id(w) for w in ("latter", "former", "government", "federal"))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of the lexicon's official titles (*deputy*, *minister*)."""
    return frozenset(w for t in load_lexicon()["official_titles"] for w in t.split())


def _joined_names(sdoc, reg: DocumentActors, lex: dict) -> list:
    """The entities, with names the NER cut in two joined again (*Ahlu Sunna* + *Waljama'a*), and known
    group names that are the end of a longer unknown one made that one (an organisation entity)."""
    titles = _title_words()
    out: list = []
    ents = list(sdoc.ents)
    skip, until = None, 0
    for k, ent in enumerate(ents):
        if ent is skip or ent.start < until:
            continue
        if (end := _named_after_state(ent, reg, lex)) is not None:
            out.append(Span(sdoc, ent.start, end, label="ORG"))  # *the Kosovo Liberation Army*
            until = end
            continue
        if (start := _longer_name_start(ent, reg, titles)) is not None:
            while out and out[-1].end > start:
                out.pop()
            out.append(Span(sdoc, start, ent.end, label="ORG"))
            continue
        if (state := _of_state(ent, ents[k + 1] if k + 1 < len(ents) else None, reg, lex)) is not None:
            out.append(state)  # *the National Patriotic Front of Liberia*; *the Armed Forces of Liberia*, the state
            skip = ents[k + 1]
            continue
        prev = out[-1] if out else None
        if prev is not None and _place_name_ending_in_state(prev, ent, reg, lex):
            out[-1] = Span(sdoc, prev.start, ent.end, label=prev.label_)  # *Puerto Jordan*: no state
            continue
        if prev is not None and prev.end == ent.start and prev.label_ in ("PERSON", "ORG") and \
                ent.label_ in ("PERSON", "ORG") and sdoc[ent.start].pos_ == "PROPN" and sdoc[prev.end - 1].tag_ != "POS":
            out[-1] = Span(sdoc, prev.start, ent.end, label=prev.label_)  # not *Charles Taylor's* + a front
        else:
            out.append(ent)
    return out


def _place_name_ending_in_state(prev, ent, reg: DocumentActors, lex: dict) -> bool:
    """*a base in Puerto Jordan*, *a convoy near Villa Mexico*: a state's name the model reads as the end of a longer
    place's name (capitalised words it tags as a place, hung on the state's name) names no state. Only words the
    model tags count (an untagged capitalised word before a state may be a verb of a title-case headline), and
    never a region of the state (*Southern Lebanon*, *Upper Egypt*)."""
    if prev.end != ent.start or prev.label_ not in ("GPE", "LOC", "FAC") or not _names_state(ent, reg, ("name",)):
        return False
    words = list(prev)
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_start and t.tag_ != "POS" and
               t.lower_ not in lex["region_adjectives"] and
               t.lower_ not in ("north", "south", "east", "west", "central", "upper", "lower", "greater")
               for t in words) and words[-1].dep_ == "compound" and ent.start <= words[-1].head.i < ent.end


def _names_state(ent, reg: DocumentActors, kinds: tuple[str, ...]) -> bool:
    """Whether a ruler entity of one of ``kinds`` names a state of the gazetteer."""
    actor = reg.gaz.actors.get(ent.ent_id_)
    return KIND_OF_LABEL.get(ent.label_) in kinds and actor is not None and actor.actor_type == "State"


def _named_after_state(ent, reg: DocumentActors, lex: dict) -> int | None:
    """Where an organisation's name ends that starts with a state's name or demonym the ruler took (*the Kosovo
    Liberation Army*, *the Chadian National Liberation Front*): capitalised words after it that end with a
    group's word. A state's own forces (*the Afghan National Army*, *Nigerian Armed Forces*, *the Egyptian Third
    Army*, *the Russian Black Sea Fleet*) are the state."""
    if not _names_state(ent, reg, ("name", "demonym")):
        return None
    doc, end, words = ent.doc, ent.end, []
    while end < len(doc) and doc[end].ent_type_ not in KIND_OF_LABEL and (
            (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()) or (words and doc[end].tag_ == "POS")):
        words.append(doc[end].text)
        end += 1
    if not words or words[-1] not in lex["group_cues"] or all(w in lex["state_force_words"] or w in ("'s", "’s")
                                                              or w[:1].isdigit() for w in words):  # *the 4th Division*
        return None
    return end


def _of_state(ent, nxt, reg: DocumentActors, lex: dict):
    """An organisation's name that the NER stopped before the state's name ending it (*the National Patriotic
    Front* + *of Liberia*, *the Islamic Movement* + *of Uzbekistan*), as one ORG span; a state's own forces
    (*the Armed Forces of Liberia*) as one name of the state; else None."""
    if ent.label_ != "ORG" or nxt is None:
        return None
    doc = ent.doc
    if doc[ent.end - 1].lower_ == "of" and nxt.start == ent.end:
        ent = doc[ent.start: ent.end - 1]  # the NER took the *of* and stopped at the known name
    elif nxt.start != ent.end + 1 or doc[ent.end].lower_ != "of":
        return None
    if not _names_state(nxt, reg, ("name",)):
        return None
    words = [t.text for t in ent if t.lower_ != "the"]
    if not words or words[-1] not in lex["group_cues"]:
        return None
    if all(w in lex["state_force_words"] for w in words):
        return Span(doc, ent.start, nxt.end, label=nxt.label_, span_id=nxt.ent_id_)
    return Span(doc, ent.start, nxt.end, label="ORG")


def _alias_at(sdoc, i: int, aliases: dict[str, str], first: str) -> int | None:
    """The end of a document acronym written at token ``i`` (*CSP-DPA* may be three tokens), whose text is ``first``."""
    if not first[:1].isalnum() or not any(alias.startswith(first) for alias in aliases):
        return None
    for end in range(min(len(sdoc), i + 5), i, -1):
        if sdoc[i:end].text.replace(" ", "") in aliases and sdoc[end - 1].text[:1].isalnum():
            return end
    return None


def _lone_surname(tok, reg: DocumentActors) -> bool:
    """A capitalised word NER missed that is the surname of a person known here or in the data
    (*Gallant threatened …*), standing alone rather than inside a longer name."""
    if not tok.text[:1].isupper() or (tok.text not in reg.surnames and tok.text not in reg.gaz.surnames):
        return False
    if tok.ent_type_ in NOT_NAMES or tok.lower_ in MONTHS:
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return not ((before is not None and before.pos_ == "PROPN") or (after is not None and after.pos_ == "PROPN"))


def resolve_paragraph(sdoc, reg: DocumentActors) -> Mentions:
    """Map every token that names an actor (or a place) in one parsed paragraph."""
    from .quotes import quote_spans

    lex = load_lexicon()
    found = Mentions(quote_chars=quote_spans(paragraph_text(sdoc)))
    ents = {ent.start: ent for ent in _joined_names(sdoc, reg, lex)}
    taken = _unknown_defined_names(sdoc, reg, lex, found) | _named_ships(sdoc, reg, lex, found)
    rows = sdoc.to_array([POS, DEP, ORTH, LOWER]).tolist() if len(sdoc) else []
    strings = sdoc.vocab.strings
    i = 0
    while i < len(sdoc):
        if i in taken:
            i += 1
            continue
        if reg.aliases and not (i in ents and ents[i].label_ in KIND_OF_LABEL) and \
                (end := _alias_at(sdoc, i, reg.aliases, strings[rows[i][2]])) is not None:
            span = sdoc[i:end]
            actor_id = reg.note(reg.aliases[span.text.replace(" ", "")], span.text, found.quoted(span))
            if actor_id in reg.cues and called_group(span, lex["group_nouns"], loose=True):
                reg.cue(actor_id, "Group", 2.0)
            for j in range(i, end):
                found.actor_at[j] = actor_id
            i = max(end, ents[i].end if i in ents else end)
            continue
        if i in ents and len(ents[i]) == 1 and ents[i].text in lex["state_office_words"] and \
                ents[i].text.lower() in reg.called:  # *the Department*, once the text named *the State Department*
            found.refer(i, reg.called[ents[i].text.lower()])
            i += 1
            continue
        if i in ents and ents[i].label_ in ("LOC", "GPE", "NORP", "FAC", "PERSON") and \
                _named_by_fighters(sdoc[i], lex) == ents[i].end:
            _fighters_name(ents[i], reg, found)  # *the Kamajor militia*, the name read as a place
            i = ents[i].end
            continue
        if i in ents and ents[i].label_ == "AG_NAME" and ents[i].end < len(sdoc) and ents[i].end not in ents and \
                reg.gaz.actors.get(ents[i].ent_id_) is not None and reg.gaz.actors[ents[i].ent_id_].actor_type == "Group" \
                and (end := _named_by_fighters(sdoc[ents[i].end], lex)) is not None:
            _fighters_name(sdoc[i:end], reg, found)  # *the Mai-Mai Yakutumba militia*: one faction of a known movement
            i = end
            continue
        if i in ents and len(ents[i]) == 1 and _half_named(sdoc[i], reg, found):
            i += 1  # *supplied the North with tanks*, read as a place by the model
            continue
        if i in ents:
            span = ents[i]
            if span.label_ in KIND_OF_LABEL:
                _ruler_mention(span, reg, lex, found)
            else:
                _model_mention(span, reg, lex, found)
            if (actor_id := found.actor_at.get(span.start)) is not None and span.start not in found.pronoun_at:
                _define_acronym(span, actor_id, reg, found)
                if reg.type_of(actor_id) in ("Group", "InternationalOrganization"):
                    for word in group_words(span, lex["group_nouns"]):
                        reg.called[word] = actor_id
                elif reg.type_of(actor_id) == "State":  # *the State Department* ... *the Department*
                    for word in lex["state_office_words"]:
                        if word in span.text.split():
                            reg.called[word.lower()] = actor_id
            i = span.end
            continue
        pos, dep, orth, lower = rows[i]
        if pos not in TAIL_POS and dep != COMPOUND and orth == lower and lower not in TAIL_WORDS:
            i += 1  # nothing below reads a token that is no noun, pronoun, compound or capitalised word
            continue
        tok = sdoc[i]
        if (end := _named_by_fighters(tok, lex)) is not None or (end := _fighters_of(tok, lex)) is not None:
            _fighters_name(sdoc[i:end], reg, found)
            i = end
            continue
        if tok.pos_ == "PRON":
            _pronoun(tok, reg, lex, found)
        elif _lone_surname(tok, reg):
            _model_mention(sdoc[i: i + 1], reg, lex, found)
        else:
            _anaphor(tok, reg, lex, found)
        i += 1
    if found.quote_chars:
        quote_voices(sdoc, reg, lex, found)
    if reg.paragraphs == 0:
        reg.voice = release_voice(sdoc, reg, lex, found)
    reg.paragraphs += 1
    return found
