"""Parsed sentences -> attacks / backs / pressures relations with their modality.

The trigger words and frames live in ``data/patterns/relations.json``; this module
reads the dependency parse to find each trigger's agent and target:

- ``verb``: *Israel struck Hezbollah*, passive *Hezbollah was struck by Israel*,
  participles *a militia backed by Iran*, relative clauses *which is supported by Tehran*,
  conjoined and control verbs (*has armed, funded and trained*; *urged X to …*);
- ``noun``: *Iran's strike on Israel*, *attacks against Israel by Y*, *the destruction of
  Y's consulate*, light verbs (*launched an attack on*, *imposed sanctions on*), weapons
  fired at or delivered to an actor;
- ``compound``: *Iran-backed Houthis*;
- ``ally``/``backer``: *Iran's allies such as Hezbollah*, *Iran, Hezbollah's main backer*;
- ``client``: a group named with the possessive of its known backer (*its axis of resistance*).
"""
from __future__ import annotations

import json
from dataclasses import replace
from functools import cached_property, lru_cache
from importlib import resources

from spacy.attrs import LEMMA, LOWER

from .alliance import AllianceFrames
from .arguments import ArgumentReader, load_rules
from .attribution import AttributionFrames
from .coercion import CoercionFrames
from .combat import CombatFrames
from .demands import DemandFrames
from .eventroles import EventRoles
from .headlines import HeadlineFrames
from .land import LandFrames
from .modality import denied_tails, modality_of
from .model import PERSON_TYPES, Relation
from .posture import PostureFrames
from .reciprocal import ReciprocalFrames
from .registry import DocumentActors, Mentions, evidence_for, load_lexicon
from .sidetaking import SideTakingFrames
from .support import SupportFrames

__all__ = ["SentenceReader", "extract_relations", "load_confidence", "load_rules"]

FRAMES_OF: dict[tuple[int, int], tuple] = {}  # (lemma id, lower-case form id) -> the frames the word triggers


@lru_cache(maxsize=1)
def load_confidence() -> dict[str, float]:
    """Measured precision of each rule family (``data/confidence.json``, written by ``scripts/calibrate.py``)."""
    path = resources.files("graph.data").joinpath("confidence.json")
    return json.loads(path.read_text("utf-8"))["families"] if path.is_file() else {}


def rule_confidence(family: str, default: float) -> float:
    """What a rule family's statements proved to be worth (its measured precision), else ``default``."""
    measured = load_confidence()
    return measured.get(family, measured.get("*", default))


class SentenceReader(ArgumentReader, EventRoles, CombatFrames, ReciprocalFrames, LandFrames, AttributionFrames,
                     CoercionFrames, SupportFrames, AllianceFrames, SideTakingFrames, PostureFrames, DemandFrames,
                     HeadlineFrames):
    """Reads relations from one parsed paragraph, given the resolved mentions."""

    def __init__(self, sdoc, found: Mentions, reg: DocumentActors, offset: int) -> None:
        super().__init__(sdoc, found, reg, offset)
        self.out: list[Relation] = []

    # --- frames ------------------------------------------------------------------------------
    def run(self) -> list[Relation]:
        by_lemma, by_form = dispatch_table()
        at, pronouns = self.found.actor_at, self.found.pronoun_at
        sdoc, strings = self.sdoc, self.sdoc.vocab.strings
        rows = sdoc.to_array([LEMMA, LOWER]).tolist() if len(sdoc) else []
        for i, (lemma_id, lower_id) in enumerate(rows):  # a token object only for a trigger word or an actor
            if (frames := FRAMES_OF.get((lemma_id, lower_id))) is None:
                FRAMES_OF[lemma_id, lower_id] = frames = (*by_lemma.get(strings[lemma_id].lower(), ()),
                                                          *by_form.get(strings[lower_id], ()))
            if frames:
                tok = sdoc[i]
                for pos, name in frames:
                    if pos is None or tok.pos_ in pos:
                        getattr(self, name)(tok)
            if i in at and i not in pronouns:
                self.frame_client(sdoc[i])
        for sent in sdoc.sents:
            self.read_headline(sent)
        return self.out

    # --- triggers: each frame's words, as :func:`dispatch_table` lists them ----------------------------------
    def trigger_verb(self, tok) -> None:
        self.frame_verb(tok, self.verbs[tok.lemma_.lower()])

    def trigger_took(self, tok) -> None:
        """*took Goma from the army*: a general verb read as an attack only when what it takes is ground (a verb
        of no predicate, so that *took part in the invasion* stays the invasion's)."""
        if self.takes_land(tok):
            self.frame_verb(tok, "attacks")

    def trigger_blown_up(self, tok) -> None:
        """*blew up a bridge*, *a bomber blew himself up at a market in Maiduguri*: only with its particle."""
        if any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
            self.frame_verb(tok, "attacks")

    def trigger_misread(self, tok) -> None:
        self.frame_misread_relative(tok, self.verbs[tok.lemma_.lower()])

    @staticmethod
    def driven_out(tok) -> bool:
        """*drove X out*, *pushed the rebels back*, *forced them away*, *drove the Khmer Rouge from Phnom Penh*,
        *drove the UN forces south* (not *forced him from office*)."""
        forced = tok.lemma_ in ("drive", "push", "chase")
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in ("out", "back", "away") or
                   (c.dep_ == "prep" and c.lower_ == "from" and forced) or
                   (c.dep_ == "advmod" and c.lower_ in DIRECTIONS and forced) or  # *drove the UN forces south*
                   # *drove the Somali army back across the border*: *back* hung on the phrase
                   (c.dep_ == "prep" and any(g.dep_ == "advmod" and g.lower_ in ("out", "back", "away") for g in c.children))
                   for c in tok.children)

    def trigger_expelled(self, tok) -> None:
        if self.driven_out(tok):
            self.frame_verb(tok, "attacks")  # *drove the Islamic State out of Raqqa*, *pushed the rebels back*
            if self.aimed_at(tok):  # *seeking to drive US forces out of Iraq*: a coercive aim, stated
                agents = self.subjects(tok)
                if not agents and tok.head.dep_ == "pobj":  # *waged a campaign in an attempt to drive X out*
                    agents = self.subjects(tok.head.head.head)
                self.emit(agents, "pressures", self.objects(tok, "attacks"), tok, "coercive-aim", 0.7, modality="asserted")

    def aimed_at(self, v) -> bool:
        """Whether an infinitive states what its subject seeks (*seeking to …*, *in an effort to …*)."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) or v.dep_ not in ("xcomp", "acl", "advcl"):
            return False
        return v.head.lemma_.lower() in self.rules["aim_words"]

    def trigger_noun(self, tok) -> None:
        if tok.i not in self.found.actor_at:
            self.frame_noun(tok, self.nouns[tok.lemma_.lower()])

    def trigger_nominal(self, tok) -> None:
        """Nouns of projectiles, allies and backers, read only where no event noun of the same word is."""
        if tok.i in self.found.actor_at or tok.lemma_.lower() in self.nouns:
            return
        lemma = tok.lemma_.lower()
        if lemma in self.rules["predicates"]["attacks"]["projectiles"]:
            self.frame_projectile(tok)
        elif lemma in self.rules["ally_nouns"]:
            self.frame_ally(tok)
        elif lemma in self.rules["backer_nouns"]:
            self.frame_backer(tok)

    def trigger_cover(self, tok) -> None:
        """*offered Iran diplomatic cover*, *provided air cover for the rebels*: cover of a kind that takes a side
        backs (not *took cover*, *under cover of darkness*)."""
        if any(c.dep_ in ("amod", "compound") and c.lower_ in self.rules["cover_kinds"] for c in tok.children):
            self.frame_noun(tok, "backs")

    def trigger_help(self, tok) -> None:
        if tok.i not in self.found.actor_at:
            self.frame_help(tok)

    def frame_misread_relative(self, tok, pred: str) -> None:
        """*Hezbollah, which Iran arms and funds*, where the parser read *arms* as a noun: in word order,
        a relative pronoun after an actor, then another actor, then the verb."""
        at, i = self.found.actor_at, tok.i
        if i < 3 or i - 1 not in at:
            return
        start = i - 1  # the actor's first word (*which the United States funds*), then an article
        while start - 1 in at and at[start - 1] == at[i - 1]:
            start -= 1
        if self.sdoc[start - 1].lower_ == "the" and start - 1 not in at:
            start -= 1
        if start < 2 or self.sdoc[start - 1].lower_ not in ("which", "that", "whom"):
            return
        before = start - 3 if self.sdoc[start - 2].text == "," else start - 2
        if before >= 0 and before in at and at[before] != at[i - 1]:
            self.emit([at[i - 1]], pred, [at[before]], tok, "relative-misread", 0.7)

    def frame_verb(self, v, pred: str) -> None:
        if v.lower_ in self.rules["allied_adjectives"] and (v.dep_ == "amod" or self.allied_pair(v) is not None):
            return  # *and allied fighters*: an adjective (even where the parser made it a verb), see frame_allied
        if v.lemma_.lower() in self.rules["expulsion_measure_verbs"] and any(
                t.lemma_.lower() in self.rules["migrant_nouns"] for c in v.children if c.dep_ in ("dobj", "nsubjpass")
                for t in (c, *(p for q in c.children if q.dep_ == "prep" and q.lower_ == "of" for p in q.children))):
            return  # *expelled hundreds of thousands of Afghan refugees*: people sent away, no side attacked or pressed
        measured = pred == "attacks" and self.measure_not_force(v)
        if measured:
            pred = "pressures"
        if pred == "pressures" and v.lemma_ in self.rules["light_verbs"] and any(
                c.dep_ == "dobj" and self.nouns.get(c.lemma_.lower()) == "attacks" for c in v.children):
            return  # *pressed its offensive against X*, *pushed its attack on Y*: the noun's frame reads the attack
        if pred == "pressures" and v.lemma_.lower() in self.modal["naming_verbs"] and any(c.dep_ == "oprd" for c in v.children):
            return  # *Tehran called the American strike an act of aggression*: a name given, no call on anyone
        if pred == "pressures" and v.lemma_ in self.rules["expulsion_verbs"] and self.driven_out(v):
            return  # *pushed back the rebels* is force, read by trigger_expelled, not pressure
        if pred == "pressures" and v.lemma_ in self.rules["leaning_verbs"] and \
                any(c.dep_ == "prep" and c.lower_ == "as" for c in v.children):
            return  # *leaned on the militia as its ground force* relies on it; *leaned on Egypt to open X* presses
        if pred == "pressures" and v.lemma_ in self.rules["clause_only_verbs"] and \
                not any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in v.children):
            return  # *appealed to Argentina to withdraw* presses; *appealed to the UN for help* asks
        has_agent = any(c.dep_ == "agent" for c in v.children)
        # (a participle on a noun is passive with or without its agent: *Hezbollah fighters killed in Israeli strikes*)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or \
            (v.tag_ == "VBN" and (v.dep_ == "acl" or v.dep_ in ("relcl", "conj", "advcl") and has_agent))
        if passive:
            targets, agents, rule = self.patients(v), self.pobj_of(v, ["by"]), "verb-passive"
            if (only := self.rules["predicates"][pred].get("prep_only_verbs", {}).get(v.lemma_)) is not None:
                targets = self.pobj_of(v, only)  # *Mosul was liberated from IS*: Mosul is no target
            if not agents:  # *funded, trained and guided by X*: the last conjunct's agent is everyone's
                agents = [a for c in v.conjuncts if c.i > v.i for a in self.pobj_of(c, ["by"])]
            if not agents and pred == "attacks":
                agents = self.claimants(v)
            if not agents and pred == "attacks":  # *was hit by fire from an Israeli tank*, the phrase on the verb
                agents = self.fired_from(v)
            if not agents:
                events = [p for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by")
                          for p in c.children if p.dep_ == "pobj" and self.is_event(p)]
                agents = [a for e in events for a in self.event_agents(e)] or \
                    [a for e in events for a in self.recalled_agents(e)]  # *killed in the strike* told of before
        else:
            agents, rule = self.subjects(v), "verb-active"
            if v.lemma_ in self.rules["weapon_subject_verbs"]:  # *a bomb planted by X exploded*, not *X's depot exploded*
                agents = [a for c in v.children if c.dep_ == "nsubj" for a in self.launched_by(c)]
                if not agents:
                    return
            spec = self.rules["predicates"]["pressures"]
            demand = pred == "pressures" and v.lemma_ in spec["demand_verbs"]
            # (a verb of force dealt with a measure keeps its own target: *struck back at Pakistan with visa bans*)
            targets = self.instructed(v) if demand else self.objects(v, "attacks" if measured else pred)
            bystanders = self.rules["bystander_nouns"]
            if pred == "pressures" and any(c.dep_ == "dobj" and c.lemma_.lower() in bystanders for c in v.children):
                targets = []  # *forcing its crew to abandon ship*, *forced civilians to flee*: people, not a side pressed
            if demand and targets:
                rule = "verb-demand"
            if pred == "pressures" and not targets and v.lemma_ in spec["threat_verbs"]:
                targets, rule = self.vowed_against(v) or self.threatened(v), "verb-threat"
            if pred == "pressures" and not targets and v.lemma_ in self.rules["punish_verbs"]:
                # *is sanctioning six firms that procured parts for the Houthis*: whom the measured help
                targets, rule = [a for c in v.children if c.dep_ == "dobj" for x in (c, *c.conjuncts)
                                 for a in self.helped_through(x)], "measure-on-helpers"
                if not targets:  # *sanctioned six officials in response to Russia's invasion*
                    targets, rule = self.answered_act(v), "measure-answering"
        if pred == "attacks":
            if v.lemma_ in self.rules["armed_only_verbs"] and not self.armed_contest(v, agents + targets):
                return  # *Lula defeated Bolsonaro*: an election, not a battle
            if v.lemma_ in self.rules["figurative_fight_verbs"] and not self.armed_contest(v, agents + targets) and \
                    not self.armed_scene(v.sent, v):
                return  # *Egypt and Ethiopia have sparred over the dam*, *battled for market share*: no arms in it
            if v.lemma_.lower() in self.rules["retort_verbs"] and any(c.dep_ in ("advmod", "prt") and c.lower_ == "back"
                                                                    for c in v.children) and not self.armed_scene(v.sent, v):
                return  # *China hit back at Washington over its criticism*, *hit back with a 3-0 win*: a retort
            if self.reciprocal_verb(v, agents, targets, passive) or self.intercepted(v, agents, passive):
                return
            lost = self.taken_from(v) or self.held_before(v, agents)
            self.note_taken(v, agents)
            named_loser = self.taken_from_phrase(v)
            if named_loser:  # *retook western Bosnia from Serb forces*: the land is no target
                targets = [t for t in targets if t in lost or self.reg.type_of(t) != "State"]
            targets = [*targets, *(t for t in lost if t not in targets)]
            targets += [a for a in self.aimed_at_phrase(v) if a not in targets]
            if not targets:
                targets = self.independence_from(v) or self.included(v)
            # a general verb (*took the capital*) says a group took it from its own state only with *from*: rebels
            # taking their own country's capital may be a revolution, not an attack on the state
            # (*took control of Goma* says as much as *seized control of Goma*; but control of the country or its
            # capital is power, which rebels may take without the text calling it an attack)
            general = v.lemma_ in self.rules["land_only_verbs"] and any(self.reg.type_of(a) != "State" for a in agents) \
                and not self.took_a_town(v)
            if general:
                targets = [t for t in targets if t in lost]
            if not targets and not named_loser and not general:
                targets, rule = self.territory(v, agents), "verb-territory"
            if not targets and not self.victims_named(v):
                targets, rule = self.strike_place(v, agents), "verb-locative"
        # *sought to isolate Cuba*, *tried to persuade Castro*: an attempt to press is pressure already
        tried = pred == "pressures" and v.dep_ == "xcomp" and v.head.lemma_ in self.rules["conative_verbs"] and \
            modality_of(v.head, self.modal) == "asserted"
        self.emit(agents, pred, targets, v, rule, 0.9 if rule.startswith("verb-a") else 0.75,
                  modality="asserted" if tried else None)

    def participation(self, n):
        """The verb by which someone joins an event: *took part in*, *participated in*, *was involved in*, *joined*
        the offensive; else None."""
        head = n.head
        if n.dep_ == "dobj" and head.lemma_ == "join":
            return head
        if n.dep_ != "pobj" or head.lower_ != "in":
            return None
        verb = head.head
        if verb.lemma_ in self.rules["participation_verbs"]:
            return verb
        if verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
            return verb
        if head.head.lower_ == "part" and head.head.head.lemma_ == "take":
            return head.head.head  # *took part in*, the phrase hung on *part*
        return None

    @staticmethod
    def controlled(v, control) -> list:
        """What *control of* is of: the *of* phrase on the noun, or on the verb right after it (as the model may
        hang it: *took control of Wad Madani*)."""
        preps = [q for q in control.children if q.dep_ == "prep" and q.lower_ == "of"] or \
            [q for q in v.children if q.dep_ == "prep" and q.lower_ == "of" and q.i == control.i + 1]
        return [p for q in preps for p in q.children if p.dep_ == "pobj"]

    def took_a_town(self, v) -> bool:
        """*took control of Goma*, *of the town of Kolofata*: control of a named place other than a capital."""
        held = [p for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"
                for p in self.controlled(v, c)]
        return any(t.i in self.found.place_at and t.ent_type_ != "AG_CAPITAL" for p in held for t in p.subtree)

    def takes_land(self, v) -> bool:
        """Whether a general verb's object is ground: a named place or capital, a place noun, or control of one
        (*took Goma*, *took the town*, *took control of three districts*), or *it* left unresolved as land."""
        for o in (c for c in v.children if c.dep_ in ("dobj", "nsubjpass")):
            if o.lemma_.lower() == "control":
                o = next(iter(self.controlled(v, o)), o)
            if o.i in self.found.place_at or o.ent_type_ == "AG_CAPITAL" or o.lemma_.lower() in self.lex["place_nouns"]:
                return True
            if o.lower_ == "it" and o.i not in self.found.actor_at and self.pobj_of(v, ["from"]):
                return True  # *reached Kherson and took it from Russia*: the pronoun left for the land
        return False

    def armed_contest(self, v, sides: list[str]) -> bool:
        """Whether a contest verb (*defeated*, *routed*) tells of a battle: a finite verb, where an armed group takes
        part or the subject or object is a force (*the army defeated the rebels*, *troops routed the insurgents*)."""
        helped = v.tag_ == "VB" and v.dep_ in ("xcomp", "ccomp") and v.head.lemma_ == "help" and \
            v.head.tag_ in ("VBD", "VBN", "VBZ")  # *helped Azerbaijan defeat Armenian forces*: the help, so the win, happened
        if v.tag_ not in ("VBD", "VBN", "VBZ") and not helped:
            return False  # *takes on defeating the group*, *vowed to defeat X*: a goal talked of, not a battle
        if any(self.reg.type_of(a) == "Group" for a in sides):
            return True
        forces = set(self.lex["group_nouns"]) | set(self.lex["state_army_nouns"]) | {"troop", "soldier"}
        return any(t.lemma_.lower() in forces for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent")
                   for t in c.subtree)

    def armed_scene(self, sent, verb) -> bool:
        """Whether a sentence tells of arms beside its verb: a word of war, of armed forces or of weapons, or a killing."""
        words = {*self.rules["war_nouns"], *self.lex["force_nouns"], *self.lex["fighter_nouns"],
                 *self.rules["predicates"]["attacks"]["projectiles"], *self.rules["predicates"]["attacks"]["nouns"],
                 "insurgency", "kill", "killed", "dead", "wounded", "casualty"}
        return any(t.lemma_.lower() in words or t.lower_ in words for t in sent if t.i != verb.i)

    def frame_noun(self, n, pred: str) -> None:
        if n.dep_ == "compound" and n.head.pos_ == "PROPN" and n.i < n.head.i:
            n = n.head  # *launched Operation Olive Branch against the YPG*: the named operation
        spec = self.rules["predicates"][pred]
        if pred == "attacks" and n.dep_ == "pobj" and n.head.lower_ == "of" and \
                n.head.head.lemma_.lower() in self.rules["reciprocal_nouns"]:
            n = n.head.head  # *an exchange of fire with Pakistani troops*: the exchange is the event
        if n.dep_ == "pobj" and n.head.lower_ in ("in", "by") and self.verbs.get(n.head.head.lemma_) == pred and \
                not (pred == "attacks" and n.lemma_.lower() in self.rules["reciprocal_nouns"] and self.opponents_with(n)) \
                and (self.objects(n.head.head, pred) or not self.pobj_of(n, spec["target_preps"])):
            # *killed in a US drone strike*: the verb's frame reads it (not *killed six in an operation against X*, nor
            # *killed in clashes with X*, which the reciprocal reading below takes)
            return
        if n.dep_ in ("nsubj", "csubj") and self.verbs.get(n.head.lemma_) == pred and \
                self.objects(n.head, pred) and not self.pobj_of(n, [*spec["target_preps"], "of"]):
            return  # *Israeli strikes in Beirut killed a Hezbollah commander*: the verb's frame reads it
        if pred == "backs" and any(c.dep_ in ("amod", "compound") and c.lower_ in self.rules["humanitarian_words"]
                                   for c in n.children):
            return  # *humanitarian aid to Gaza*, *food assistance for Sudan*: relief takes no side
        if pred == "backs" and n.dep_ in ("dobj", "nsubjpass") and n.head.lemma_.lower() in self.lex["withholding_verbs"]:
            return  # *froze aid to Ethiopia*, *military aid was suspended*: help stopped is pressure, read elsewhere
        if pred == "attacks" and self.mutual_noun(n):
            return
        agents = self.event_agents(n) if pred == "attacks" else self.noun_agents(n)
        preps = spec["target_preps"]
        if pred == "attacks" and any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
            preps = [p for p in preps if p != "into"]  # *its bombing of the group into Syria*: the land is where
        targets = self.pobj_of(n, preps)
        pinned = self.pinned_on(n) if pred == "attacks" else []
        targets = [t for t in targets if t not in pinned]  # *blamed the attacks on X*: X is blamed, not hit
        if not targets and pred == "attacks" and n.lemma_.lower() in self.rules["siege_nouns"]:
            # *laid siege to El Fasher*: the besieged after *to*, on the noun or on the verb
            tos = [p for h in (n, self.governor(n)) if h is not None for c in h.children
                   if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                   for p in c.children if p.dep_ == "pobj"]
            targets = [a for p in tos for a in self.np(p) or self.places_in(p) if a not in agents]
        if pred == "attacks" and not agents and (answered := self.answered_attack(n))[0]:
            agents = answered[0]  # (whom it struck, only as the text says: *retaliation for a chemical attack* may
            targets = [t for t in targets if t not in agents]  # answer an attack on others)
        if not targets and n.dep_ == "dobj" and pred == "attacks" and self.verbs.get(n.head.lemma_) is None:
            # *condemned the Israeli strike on its consulate*: the target phrase hung on the verb right after the noun
            targets = [a for c in n.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                       and c.i == n.right_edge.i + 1 for p in c.children if p.dep_ == "pobj" for a in self.np(p)]
        if pred == "attacks":
            targets = self.without_land_crossed(n, targets)
        if (by := self.pobj_of(n, ["by"])) and (owners := [a for c in n.children if c.dep_ == "poss" for a in self.np(c)]):
            agents, targets = by, targets or owners  # *its defeat by the army*: the possessor undergoes it
        if pred == "pressures" and n.lemma_.lower() in spec["around_nouns"]:
            # *military drills around Taiwan*: exercises near a state (not a place) press it
            near = ["around", "near", "off", "encircling", "surrounding"]
            held = self.governor(n)
            near_by = self.pobj_of(n, near) + (self.pobj_of(held, near) if held is not None else [])
            # *drills in the vicinity of Taiwan*: a preposition made of a noun
            near_by += [a for h in (n, held) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                        for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ("vicinity", "proximity")
                        for a in self.pobj_of(p, ["of", "to"])]
            targets = [a for a in near_by if self.reg.type_of(a) == "State"]
        if pred == "pressures" and n.lemma_.lower() in spec["to_target_nouns"]:
            targets += self.pobj_of(n, ["to"])  # *a warning to Pakistan*
            # *its demand that Israel ease the restrictions* (the clause may hang on the verb): whoever must act
            held = self.governor(n)
            clauses = [*n.children, *(held.children if held is not None and held.lemma_ in self.rules["light_verbs"] else ())]
            targets += [a for c in clauses if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark"
                        for m in c.children) for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in self.np(s)]
            targets += self.targeted_by_participle(n)  # *sanctions aimed at X's network*
            if n.lemma_.lower() in self.rules["threat_nouns"]:  # *Iranian threats to target US troops*
                targets += [a for c in n.children if c.dep_ in ("acl", "relcl") and self.verbs.get(c.lemma_) == "attacks"
                            and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
                            for a in self.objects(c, "attacks")]
        loose = n.lemma_.lower() not in spec.get("need_target_prep", [])
        if not targets and pred == "attacks" and loose:
            targets = self.pobj_of(n, ["of"])
        # *Russia's annexation of Crimea*, *the occupation of the Golan Heights*, *Ukraine's incursion into Russia's Kursk
        # region*: the land's state
        land_preps = [*(["of"] if n.lemma_.lower() in self.rules["land_taking_nouns"] else []),
                      *(["into"] if n.lemma_.lower() in self.rules["entry_nouns"] else [])]
        if not targets and pred == "attacks" and land_preps:
            lands = [p for c in n.children if c.dep_ == "prep" and c.lower_ in land_preps for p in c.children
                     if p.dep_ == "pobj"]
            own = self.own_side(agents)
            targets = [s for p in lands for s in self.places_in(p) if s not in own]
        verb = self.governor(n)
        if not targets and verb is not None and verb.lemma_ in self.rules["light_verbs"]:
            targets = self.pobj_of(verb, preps)
            if pred == "attacks":
                targets = self.without_land_crossed(verb, targets)
            # *launched strikes, codenamed Operation X, against Y*: the phrase hangs on the naming verb
            targets = targets or [a for c in verb.children if c.dep_ == "conj" and c.lemma_ in self.rules["naming_verbs"]
                                  for a in self.pobj_of(c, spec["target_preps"])]
            if pred == "pressures" and n.lemma_.lower() in spec["to_target_nouns"]:
                targets += self.pobj_of(verb, ["to"])
            if not targets and pred == "attacks" and n.lemma_.lower() in self.rules["land_taking_nouns"]:
                # *laid siege to El Fasher*: the land's state
                own = self.own_side(agents or self.subjects(verb))
                targets = [s for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                           if p.dep_ == "pobj" for s in self.places_in(p) if s not in own]
        if targets and pred == "attacks" and verb is not None and verb.lemma_ in self.rules["light_verbs"]:
            # *carried out strikes against the Islamic State as well as against rebel groups*: the second phrase,
            # coordinated after the noun, the model hangs on the light verb
            targets += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" and c.i > n.i and
                        any(t.dep_ == "cc" for t in n.doc[n.i + 1:c.i])
                        for p in c.children if p.dep_ == "pobj" for a in self.np(p) if a not in targets]
        if pred == "pressures" and n.lemma_.lower() in self.rules["measure_nouns"] and not targets:
            # *the sanctions imposed on Russia by the EU*, *sanctions it had imposed on Syria*: the phrase on the verb
            # of imposing that qualifies the noun
            # of imposing that qualifies the noun (which tells that they were imposed, whatever befell them later:
            # *lifted the embargo it had imposed on Eritrea*)
            for c in n.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.rules["imposing_verbs"] and \
                        (imposed_on := self.pobj_of(c, ["on", "against"])):
                    imposers = agents or self.pobj_of(c, ["by"]) or (self.subjects(c) if c.dep_ == "relcl" else [])
                    if not imposers and verb is not None and verb.lemma_.lower() in self.rules["imposing_verbs"]:
                        imposers = self.subjects(verb)  # *renewed the sanctions imposed on Russia*
                    self.emit(imposers, pred, imposed_on, c, "noun-imposed", 0.75)
                    return
        if pred == "pressures" and n.lemma_.lower() in self.rules["measure_nouns"]:
            # *sanctions on four men who funded Hamas's armed wing*: whom the measured help, too
            measured = [p for h in (n, *([] if verb is None else [verb])) for c in h.children
                        if c.dep_ == "prep" and c.lower_ in ("on", "against") for p in c.children if p.dep_ == "pobj"]
            targets = [*targets, *(a for p in measured for x in (p, *p.conjuncts) for a in self.helped_through(x)
                                   if a not in targets)]
            if not targets:  # *sanctions on 16 people in response to Iran's attack on Israel*: whose act they answer
                targets = [a for h in (n, *([] if verb is None else [verb]), *(x for p in measured for x in (p, *p.conjuncts)))
                           for a in self.answered_act(h)]
        if not targets and pred == "attacks" and n.dep_ == "pobj" and n.head.lower_ == "against" and \
                n.head.head.lemma_.lower() in self.rules["defence_nouns"] and n.head.head.tag_ == "NN":
            # (not *its defences against Chinese aggression*: defences are built against an attack feared)
            # *Ukraine's defence against Russian aggression*, *appealed for help against Azerbaijani aggression*:
            # who defends is whom the attack is on
            shield = n.head.head
            held = self.governor(shield)
            targets = [a for c in shield.children if c.dep_ == "poss" for a in self.np(c)] or \
                (self.subjects(held) if held is not None else [])
            targets = [t for t in targets if t not in agents]
        if not targets and loose:
            targets = self.relcl_objects(n)
        rule = "noun"
        if not targets and pred == "attacks" and verb is not None:
            targets = self.war_carried_into(n, verb, agents or self.subjects(verb))
        if pred == "attacks" and n.lemma_.lower() in self.rules["reciprocal_nouns"]:
            groups = self.between_sides(n)
            if len(groups) < 2 and n.dep_ in ("nsubj", "nsubjpass", "dobj"):
                groups = self.between_sides(n.head)  # *fighting broke out between X and Y*
            if len(groups) < 2:
                groups = self.named_sides(n)  # *the Iran–Iraq War*
            if len(groups) >= 2:  # *clashes between Turkey and the PKK*: each side attacks the others
                for i, side in enumerate(groups):
                    others = [a for j, g in enumerate(groups) if j != i for a in g if a not in side]
                    self.emit(side, pred, others, n, "noun-between", 0.75)
                return
            # *Thai and Cambodian forces were locked in border clashes*, *engaged in fighting*: the two sides in it
            held = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "in" else None
            if held is not None and held.lemma_.lower() in self.rules["embroiled_verbs"] and \
                    not self.opponents_with(n) and len(sides := self.subjects(held) or self.patients(held)) > 1:
                self.emit(sides, pred, sides, n, "noun-reciprocal", 0.75)
                return
            # *Ethiopia was at war with Eritrea*, *Pakistan went to war with India*
            state = n.head.head if n.dep_ == "pobj" and (n.head.lower_ in ("at", "to") or held is not None and
                                                         held.lemma_.lower() in self.rules["embroiled_verbs"]) and \
                n.head.head.pos_ in ("VERB", "AUX") else None  # (*locked in a war with Israel*)
            if len(sides := self.truce_sides(n)) > 1:
                self.emit(sides, pred, sides, n, "noun-reciprocal", 0.75)
                return
            if partners := self.opponents_with(n) or (self.opponents_with(state) if state is not None else []):
                # (*China sent advisers to Hanoi during the war with the United States*: a time named by a war
                # does not make the clause's subject its side)
                # (but *fired rockets amid clashes with Israel*: who strikes in it is a side)
                during = n.dep_ == "pobj" and n.head.lower_ in ("during", "throughout", "amid", "until", "since", "before") \
                    and self.verbs.get(n.head.head.lemma_.lower()) != "attacks"
                sides = agents or ([] if during else (self.subjects(verb) if verb is not None else []) or
                                   (self.subjects(state) if state is not None else []) or
                                   self.subjects_around(n))  # *its war with rebel groups*, *after days of fighting with Y*
                self.emit(sides, pred, partners, n, "noun-reciprocal", 0.75)
                self.emit(partners, pred, sides, n, "noun-reciprocal", 0.75)
                return
            if state is not None and state.lemma_.lower() in ("go", "be") and not targets and \
                    not any(c.dep_ == "prep" and c.lower_ in ("against", "on", "with") for c in (*n.children, *state.children)) \
                    and len(sides := self.subjects(state)) > 1:  # *Britain and Argentina went to war*, *were at war*
                self.emit(sides, pred, sides, n, "noun-reciprocal", 0.75)
                return
        if pred == "attacks" and verb is not None and verb.lemma_ in self.rules["reciprocal_verbs"]:
            partners = self.opponents_with(n) or self.opponents_with(verb)
            sides = agents or self.subjects(verb)
            if not partners and len(sides) > 1:  # *Azerbaijan and Armenia exchanged fire*
                self.emit(sides, pred, sides, n, "noun-reciprocal", 0.8)
                return
            self.emit(sides, pred, partners, n, "noun-reciprocal", 0.8)
            self.emit(partners, pred, sides, n, "noun-reciprocal", 0.8)
            return
        if not targets and pred == "attacks":
            targets = self.aimed_at_phrase(n)  # *strikes in Syria aimed at Iranian arms shipments*
        if not targets and pred == "attacks":
            targets, rule = self.insurgency_targets(n), "noun-insurgency"
        repelled = n.dep_ in ("dobj", "nsubjpass") and n.head.lemma_.lower() in self.rules["repel_verbs"] and \
            not (agents and set(agents) <= set(self.subjects(n.head)))  # (not *the RSF must halt its assault*)
        if not targets and pred == "attacks" and loose and not repelled and not self.targeting_clause(verb):
            # (a repelled assault's target is who repelled it; *carried out strikes in Syria, targeting Iranian depots*:
            # the participle says what was struck, and the place is only where)
            places = self.strike_place(n, agents) or (self.strike_place(verb, agents) if verb is not None else [])
            targets, rule = self.answered_there(places, n.head.head if n.dep_ == "pobj" else verb) or places, "noun-locative"
        if not agents and n.dep_ == "pobj" and n.head.lower_ in ("in", "during", "with") and \
                self.verbs.get(n.head.head.lemma_) == "attacks":
            agents = self.subjects(n.head.head)  # *the army killed six militants in an operation against the TTP*
        if not agents and pred == "attacks" and (joined := self.participation(n)) is not None:
            agents = self.subjects(joined, shared=True)  # *Turkey took part in the offensive against X*
        light = verb is not None and verb.lemma_ in self.rules["light_verbs"]
        if not agents and light:
            passive = any(c.dep_ == "auxpass" for c in verb.children) and verb.lemma_ not in self.rules["stative_light_verbs"]
            agents = self.pobj_of(verb, ["by"]) if passive else self.subjects(verb, shared=True)
        elif agents and pred == "pressures" and light and verb.lemma_.lower() in self.rules["imposing_verbs"] and \
                not any(c.dep_ == "auxpass" for c in verb.children):
            # *Britain, France and Germany moved to restore UN sanctions on Iran*: who imposes them presses too
            agents = [*agents, *(a for a in self.subjects(verb, shared=True) if a not in agents)]
        attributed = any(c.dep_ in ("acl", "relcl") and c.lemma_ in ("claim", *self.rules["blame_verbs"]) for c in n.children)
        if not targets and pred == "attacks" and (light or (agents and attributed)) and self.definite(n):
            # *Biden ordered the strikes*, *the attacks were resumed by Trump*, *the insider attack, claimed
            # by the Taliban*: the attack told of before
            targets, rule = self.recalled_targets(agents, explicit=False, noun=n), "noun-recalled"
        site = self.quantified(n)
        if pred == "attacks" and site.dep_ == "pobj" and site.head.lower_ == "under" and site.head.head.lemma_ in \
                self.rules["undergo_verbs"] + ["come"]:
            # *PKK bases came under a series of Turkish airstrikes*, *the convoy came under fire from the RSF*
            agents = agents or self.pobj_of(n, ["from", "by"]) or self.pobj_of(site, ["from", "by"]) or \
                self.pobj_of(site.head.head, ["from"])  # *came under fire from X*, the phrase hung on the verb
            targets, rule = self.subjects(site.head.head), "noun-undergone"
        if pred == "attacks" and not targets and site.dep_ == "dobj" and \
                site.head.lemma_.lower() in self.rules["attack_suffering_verbs"]:
            # *Burkina Faso has suffered hundreds of attacks by Ansarul Islam*: the subject is the target
            agents = agents or self.pobj_of(n, ["by", "from"]) or self.pobj_of(site, ["by", "from"]) or \
                self.pobj_of(site.head, ["by"])  # (the phrase hung on the verb)
            targets, rule = self.subjects(site.head), "noun-undergone"
        if pred == "backs" and not targets and any(c.dep_ == "poss" for c in n.children):
            targets = self.pobj_of(n, ["of"])  # *Moscow's backing of Assad*
        if pred == "backs" and n.dep_ == "dobj" and n.head.lemma_ in self.rules["enjoy_verbs"] and not targets:
            # *the Polisario enjoyed the backing of Algeria*, *Hezbollah enjoys strong Iranian support*: the holder is backed
            agents = agents or self.pobj_of(n, ["of", "from"])
            targets = self.subjects(n.head)
        if pred == "pressures" and not targets and verb is not None and verb.lemma_ in self.rules["light_verbs"]:
            targets = [a for c in verb.children if c.dep_ == "dative" for a in self.np(c)]  # *gave X an ultimatum*
        if pred == "pressures" and n.dep_ == "pobj" and n.head.lower_ == "under":
            # *Iran has been under U.S. sanctions*: whoever is under them is pressed
            agents, targets = self.noun_agents(n), self.subjects(n.head.head) if n.head.head.pos_ in ("VERB", "AUX") else []
        if pred == "pressures" and verb is not None and verb.lemma_ in self.rules["undergo_verbs"]:
            # *Obama faces pressure from Congress*: the subject undergoes it
            # (*faces U.S. pressure*, *ignored Egypt's demand*: the noun's own agent)
            agents, targets = self.pobj_of(n, ["from", "by"]) or agents, self.subjects(verb)
        elif pred == "pressures" and not targets and n.dep_ == "dobj" and n.head.lemma_.lower() in self.modal["rebuffs"]:
            # *Israel rejected Washington's call for a ceasefire*, *rejected calls from the US to join talks*: who
            # turns a demand down is who it pressed
            agents, targets = agents or self.pobj_of(n, ["from", "by"]), self.subjects(n.head)
        elif pred != "attacks" and not agents and n.dep_ == "dobj":
            agents = self.subjects(n.head)
        elif pred == "backs" and not agents and (shown := self.shown_in(n)) is not None:
            agents = self.subjects(shown)  # *sent a carrier to the bay in a show of support for Pakistan*
        # (an act pinned on someone is theirs as the blamer says: alleged)
        self.emit(agents, pred, targets, n, rule, 0.8 if rule == "noun" else 0.6,
                  modality="alleged" if pinned and set(agents) <= set(pinned) else None)

    def shown_in(self, n):
        """The verb a *show/sign/gesture of* phrase around a support noun hangs on (*deployed troops as a sign of
        solidarity with Doha*), or None."""
        head = n.head
        if n.dep_ != "pobj" or head.lower_ != "of" or head.head.lemma_.lower() not in self.rules["display_nouns"]:
            return None
        show = head.head
        if show.dep_ == "pobj" and show.head.lower_ in ("in", "as") and show.head.head.pos_ in ("VERB", "AUX"):
            return show.head.head
        return None

    def frame_projectile(self, n) -> None:
        spec = self.rules["predicates"]["attacks"]
        verb = self.governor(n)
        targets = self.pobj_of(n, spec["target_preps"])
        if verb is not None:
            targets = targets or self.pobj_of(verb, spec["target_preps"])
            if verb.lemma_ in spec["firing_verbs"] and not targets:
                aims = [p for c in [*n.children, *verb.children] if c.dep_ == "prep" and c.lower_ in
                        spec["target_preps"] for p in c.children if p.dep_ == "pobj"]
                targets = [a for p in aims for a in self.places_in(p)]
            if verb.lemma_ in spec["firing_verbs"]:
                targets += [a for a in self.aimed_at_phrase(verb) if a not in targets]
            if verb.lemma_ in spec["firing_verbs"] and targets:
                # (*missiles were fired at Tel Aviv by the Houthis*: a passive's agent follows *by*)
                passive = n.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in verb.children)
                agents = (self.pobj_of(verb, ["by"]) or self.claimants(verb)) if passive else self.subjects(verb)
                self.emit(agents, "attacks", targets, n, "projectile-fired", 0.8)

    def claimants(self, v) -> list[str]:
        """*the Houthis claimed a missile was fired at Tel Aviv*: who claims an attack told in the passive without its
        agent carried it out (a spokesman claims for whom he speaks)."""
        if v.dep_ != "ccomp" or v.head.lemma_.lower() not in self.rules["claim_verbs"]:
            return []
        if v.lemma_.lower() in self.lex["interception_verbs"] and any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in self.lex["downed_things"] for c in v.children):
            return []  # *Russia claims 112 Ukrainian drones were destroyed*: a defence, no attack on the drones' side
        return list(dict.fromkeys(self.employer(a) or a for a in self.subjects(v.head)))

    # --- modality and output ---------------------------------------------------------------
    def employer(self, actor_id: str) -> str | None:
        """An attack on a commander or official is an attack on the group or state they serve."""
        actor = self.reg.actor(actor_id)
        if actor is None or actor.actor_type != "Official":
            return None
        return self.reg.served_by(actor_id)  # the text's word first (*Iranian General Qasem Soleimani*)

    def same_side(self, a: str, o: str) -> bool:
        """An actor and a force or official of its own (the IDF and Israel) never attack each other."""
        def served(x: str) -> str | None:  # (for a person, the text's word first: *Israeli Prime Minister X*)
            actor = self.reg.actor(x)
            if actor is None:
                return None
            return (self.reg.served_by(x) or actor.affiliation) if actor.actor_type in PERSON_TYPES else actor.affiliation
        return served(a) == o or served(o) == a or (served(a) is not None and served(a) == served(o))

    def emit(self, agents: list[str], pred: str, targets: list[str], trigger, rule: str, conf: float,
             modality: str | None = None) -> None:
        reversed_ = pred == "pressures" and trigger.pos_ == "NOUN" and trigger.head.lemma_ in self.modal["reversals"]
        if pred == "attacks":
            self.remember_attack(agents, targets, trigger)
        if not agents or not targets:
            return
        # an organisation of the text that attacks, or that a hyphenated backer backs, is a group
        shown = [*(agents if pred == "attacks" else []), *(targets if rule in ("compound", "noun-between") else [])]
        for actor_id in shown:
            if actor_id in self.reg.org_candidates:
                self.reg.cue(actor_id, "Group")
        if pred == "attacks":
            targets = targets + [self.employer(t) for t in targets if self.employer(t) not in (None, *targets)]
            # *Saudi Arabia, the UAE and Bahrain bombed their positions*: in one act, co-agents are no targets
            if "reciprocal" not in rule:  # (*Hamas and Fatah fought*: each is the other's target)
                targets = [t for t in targets if t not in agents]
        # *the Taliban rejected Pakistan's demand*: a demand turned down was made; only the rebuff's own hedging counts
        # (*reportedly rejected* is alleged)
        rebuffed = pred == "pressures" and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and \
            trigger.head.lemma_.lower() in self.modal["rebuffs"]
        read = modality_of(trigger.head if rebuffed else trigger, self.modal)
        if rebuffed and read == "negated":
            read = "asserted"
        modality = "negated" if reversed_ or read == "negated" else read if modality is None else modality
        conf = rule_confidence(f"{pred}/{rule}", conf)
        ev = evidence_for(trigger, self.reg.doc_id, self.offset, f"{pred}/{rule}/{trigger.lemma_.lower()}", conf)
        if pred == "backs":  # *Colombia accused Venezuela of sheltering its commanders*: no one accuses another of
            # backing the accuser, so the pronoun was misread
            targets = [t for t in targets if t not in self.accusers(trigger)]
        commands = pred == "pressures" and trigger.lemma_.lower() in self.rules["command_verbs"]
        denied = [who for comma, who, clause in self.denied_tails.get(trigger.sent.start, ())
                  if trigger.i < comma and (trigger.i == clause or any(a.i == clause for a in trigger.ancestors))]
        for a in dict.fromkeys(agents):
            for o in dict.fromkeys(targets):
                # (an order to one's own side, *Olmert ordered the Israeli army to ...*, presses no one)
                if a != o and not ((pred == "attacks" or commands) and self.same_side(a, o)):
                    for actor_id in (a, o):
                        if actor_id not in self.reg.actors and actor_id in self.reg.gaz.actors:
                            self.reg.known(actor_id)
                    # *..., a charge Islamabad rejects*: what the denier is charged with is denied
                    said = "negated" if a in denied and modality in ("asserted", "alleged") else modality
                    self.out.append(Relation(a, pred, o, said, ev))

    def answered_there(self, places: list[str], verb) -> list[str]:
        """*The Houthis fired a missile at Tel Aviv, and Israel responded with strikes on Hodeidah*: a response
        struck at a place strikes the group that attacked, when that group operates in the place's state."""
        if not places or verb is None or verb.lemma_.lower() not in self.rules["response_verbs"]:
            return []
        return [a for a in self.last_attackers_of(verb) if self.reg.type_of(a) == "Group" and
                set(places) & set(getattr(self.reg.actor(a), "operates_in", ()) or ())]

    def targeting_clause(self, verb) -> bool:
        """Whether a participle clause of the verb names what its act struck (*..., targeting militant hideouts*)."""
        return verb is not None and any(
            c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in ("target", "hit", "strike") and
            any(o.dep_ in ("dobj", "ccomp") for o in c.children) for c in verb.children)

    def accusers(self, trigger) -> list[str]:
        """Who accuses, blames or charges the one a trigger below the accusing verb is said to do."""
        verbs = [a for a in trigger.ancestors if a.lemma_.lower() in self.lex["accusing_verbs"] and a.pos_ == "VERB"]
        return [x for v in verbs[:1] for x in self.subjects(v)]

    @cached_property
    def denied_tails(self) -> dict[int, list[tuple[int, str, int]]]:
        return denied_tails(self.sdoc, self.found.actor_at, self.modal)


VERB, NOUN, NOMINAL = frozenset({"VERB"}), frozenset({"NOUN"}), frozenset({"NOUN", "PROPN"})
DIRECTIONS = frozenset({f"{w}{end}" for w in ("north", "south", "east", "west") for end in ("", "ward", "wards")})


@lru_cache(maxsize=1)
def dispatch_table() -> tuple[dict[str, tuple], dict[str, tuple]]:
    """Which frames a word triggers: ``(by lemma, by lower-case form)``, each word mapped to
    ``(parts of speech or None, SentenceReader method)`` pairs, built once from the pattern files."""
    rules, _ = load_rules()
    lex = load_lexicon()
    preds = rules["predicates"]
    verbs = {lemma for spec in preds.values() for lemma in spec["verbs"]}
    nouns = {lemma for spec in preds.values() for lemma in spec["nouns"]}
    lemma_rows: list[tuple[object, frozenset | None, str]] = [
        (verbs, frozenset({"VERB", "AUX"}), "trigger_verb"),
        # a word that is a relation verb of its own is read by that frame only (*supplied weapons to X*)
        (set(rules["receive_verbs"]) - verbs, VERB, "frame_received"),
        # (a verb of another predicate is read by both: *pledged aid to Kyiv* backs, *pledged revenge on X* presses)
        (set(preds["backs"]["delivery_verbs"]) - set(preds["backs"]["verbs"]) - set(rules["receive_verbs"]), VERB,
         "frame_delivered"),
        (["inflict"], VERB, "inflicted"),
        (rules["land_only_verbs"], VERB, "trigger_took"),
        (["blow"], VERB, "trigger_blown_up"),
        (["set"], VERB, "frame_set_fire"),
        (["set"], VERB, "frame_set_off"),
        (rules["engage_verbs"], VERB, "engaged"),
        (rules["advance_verbs"], VERB, "advanced_into"),
        (rules["hosting_verbs"], VERB, "frame_hosted"),
        (["host"], VERB, "frame_host"),
        (["stand"], VERB, "frame_stood_by"),
        (["pit"], VERB, "pitted"),
        (rules["demanded_act_nouns"], NOUN, "frame_demanded_act"),
        (rules["expulsion_nouns"], NOUN, "frame_expulsion_noun"),
        (["hand"], NOUN, "at_hands_of"),
        (set(rules["reliance_verbs"]) - verbs | set(rules["turning_verbs"]), VERB, "frame_rely"),
        (rules["repel_verbs"], VERB, "repelled"),
        (rules["lose_verbs"], VERB, "lost_to"),
        (["fall"], VERB, "fell_to"),
        (rules["campaign_nouns"], NOUN, "frame_campaign"),
        (["resistance"], NOUN, "frame_resistance"),
        (["return"], VERB, "frame_returned_fire"),
        (["commitment"], NOUN, "frame_commitment"),
        (["thank"], VERB, "frame_thanked"),
        (["protest"], frozenset({"VERB", "NOUN"}), "frame_protested"),
        (["case", "lawsuit", "suit", "complaint", "proceedings"], NOUN, "frame_legal_case"),
        (rules["victory_nouns"], NOUN, "frame_victory"),
        (rules["membership_verbs"], VERB, "frame_membership"),
        (rules["use_verbs"], VERB, "used_against"),
        (rules["delivery_nouns"], NOUN, "frame_delivery_noun"),
        ([*rules["stop_verbs"], "withhold", "withdraw"], VERB, "frame_withheld"),
        (rules["deploy_verbs"], VERB, "frame_deployed_near"),
        ([*rules["sever_verbs"], *rules["recall_verbs"]], VERB, "frame_ties_cut"),
        (rules["exclusion_verbs"], VERB, "frame_member_suspended"),
        (rules["trade_ban_verbs"], VERB, "frame_trade_banned"),
        ([*rules["closing_verbs"], *rules["trade_ban_verbs"]], VERB, "frame_closed_to"),
        (["ban", "prohibit"], VERB, "frame_group_banned"),
        (rules["pact_nouns"], NOUN, "frame_pact"),
        (rules["listing_verbs"], VERB, "frame_listed"),
        (["warrant"], NOUN, "frame_warrant"),
        (rules["founding_verbs"], VERB, "frame_founded"),
        (rules["veto_verbs"], VERB, "frame_vetoed"),
        (["target"], NOUN, "frame_declared_target"),
        (["reward", "bounty"], NOUN, "frame_reward"),
        (["give"], VERB, "frame_deadline"),
        (["recognize", "recognise"], VERB, "frame_recognized"),
        (["hold"], VERB, "frame_held_accountable"),
        ([*rules["concert_nouns"], *rules["joint_act_nouns"]], NOUN, "frame_in_concert"),
        (rules["court_verbs"], VERB, "frame_taken_to_court"),
        (verbs, frozenset({"NOUN", "PROPN", "ADJ", "ADV", "ADP"}), "trigger_misread"),
        (rules["side_nouns"], NOUN, "frame_on_side"),
        (rules["expulsion_verbs"], VERB, "trigger_expelled"),
        (rules["consequence_verbs"], VERB, "frame_consequences"),
        (rules["designation_verbs"], VERB, "frame_designation"),
        (set(lex["speech_verbs"]) | set(rules["demand_that_verbs"]), VERB, "frame_obligation"),
        (rules["help_nouns"], NOMINAL, "trigger_help"),
        (["cover"], NOUN, "trigger_cover"),
        (rules["rescue_nouns"], NOUN, "frame_came_to_aid"),
        (["keep", "rescue", "save"], VERB, "frame_kept_in_power"),
        (["owe"], VERB, "frame_owed"),
        (rules["command_control_verbs"], VERB, "frame_commanded"),
        (["use"], NOUN, "frame_use_noun"),
        (["recognition"], NOUN, "frame_recognition_noun"),
        (["closure", "closing"], NOUN, "frame_closure"),
        (rules["display_nouns"], NOUN, "frame_show_of_force"),
        (nouns, NOMINAL, "trigger_noun"),
        (set(preds["attacks"]["projectiles"]) | set(rules["ally_nouns"]) | set(rules["backer_nouns"]), NOMINAL,
         "trigger_nominal"),
        (["responsibility", "responsible"], None, "frame_responsibility"),
        (rules["perpetrator_nouns"], NOUN, "frame_perpetrator"),
        (rules["accuse_verbs"], VERB, "blamed_event"),
        (rules["conditional_threat_verbs"], VERB, "frame_conditional_threat"),
    ]
    form_rows: list[tuple[object, frozenset | None, str]] = [
        (["until"], None, "frame_until"),
        (["behind"], frozenset({"ADP"}), "frame_behind"),
        (rules["compound_participles"], None, "frame_compound"),
        (rules["allied_adjectives"], None, "frame_allied"),
        (["found"], VERB, "frame_found_bare"),  # *helped found*, *to found*: the model reads the bare form as *find*
    ]

    def table(rows):
        out: dict[str, list] = {}
        for words, pos, name in rows:
            for word in words:
                out.setdefault(word, []).append((pos, name))
        return {word: tuple(pairs) for word, pairs in out.items()}

    return table(lemma_rows), table(form_rows)


def extract_relations(sdoc, found: Mentions, reg: DocumentActors, offset: int) -> list[Relation]:
    """Every relation in one parsed paragraph (offsets into the document text)."""
    return SentenceReader(sdoc, found, reg, offset).run()


def cue_armed_parties(relations: list[Relation], reg: DocumentActors) -> None:
    """An organisation the text names without calling it a group is one when it fights: the agent of an
    attack, or a side of a battle, a clash or a defeat (*the Courts Union, defeated by Ethiopian troops*); and
    when a state arms, trains or equips it (*ZIPRA was armed by the Soviet Union*).
    The target of a strike alone is not enough (*missiles hit the offices of the power company*)."""
    rules = load_rules()[0]
    combat, armed = set(rules["armed_party_triggers"]), set(rules["armed_client_triggers"])
    for r in relations:
        if r.predicate == "backs" and r.modality in ("asserted", "alleged") and r.obj in reg.org_candidates and \
                r.evidence.rule.rsplit("/", 1)[-1] in armed and reg.type_of(r.subject) == "State":
            reg.cue(r.obj, "Group")
        if r.predicate != "attacks" or r.modality not in ("asserted", "alleged"):
            continue
        if r.subject in reg.org_candidates:
            reg.cue(r.subject, "Group")
        if r.obj in reg.org_candidates and r.evidence.rule.rsplit("/", 1)[-1] in combat:
            reg.cue(r.obj, "Group")


def cue_measured_people(relations: list[Relation], reg: DocumentActors) -> None:
    """A person the text names only as the one a state sanctions, designates or indicts (*Treasury designated
    Ali Hassan for financing the group*) is a party of the conflict: typed an official of whatever they serve,
    unless the text gives a better cue."""
    rules = load_rules()[0]
    measures = set(rules["punish_verbs"]) | set(rules["designation_verbs_alone"])
    for r in relations:
        if r.predicate == "pressures" and r.modality in ("asserted", "alleged") and r.obj in reg.cues and \
                r.evidence.rule.rsplit("/", 1)[-1] in measures and reg.type_of(r.subject) == "State":
            reg.cue(r.obj, "Official", 0.5)


def drop_allied_advances(relations: list[Relation], reg: DocumentActors) -> list[Relation]:
    """The relations without the advances into a land that the document does not make an attack on its state:
    where the advancing side backs the land's state or its leader, or is backed by them (*Chinese troops crossed
    the Yalu into North Korea to support Kim Il Sung's forces*), or where the same sentence names someone else
    the advancing side attacked there (*crossed into Congo and attacked FDLR camps*): entering a land on the way
    to another enemy, or an ally's, is no attack on its state."""
    def side(actor_id: str) -> str:
        actor = reg.gaz.actors.get(actor_id)
        return actor.affiliation if actor is not None and actor.actor_type in PERSON_TYPES and actor.affiliation \
            else actor_id
    allied = {frozenset((side(r.subject), side(r.obj))) for r in relations
              if r.predicate == "backs" and r.modality == "asserted"}
    struck: dict[tuple[str, int], set[str]] = {}  # (attacker, sentence) -> whom it attacked there
    for r in relations:
        if r.predicate == "attacks" and not r.evidence.rule.startswith("attacks/advanced-into/"):
            struck.setdefault((r.subject, r.evidence.start), set()).add(r.obj)

    def kept(r: Relation) -> bool:
        if not r.evidence.rule.startswith("attacks/advanced-into/"):
            return True
        elsewhere = struck.get((r.subject, r.evidence.start), set()) - {r.obj}
        return frozenset((r.subject, r.obj)) not in allied and not elsewhere
    return [r for r in relations if kept(r)]


def inherit_backing(relations: list[Relation], reg: DocumentActors) -> list[Relation]:
    """Whoever the document says backs a coalition backs each member the document lists for it (*Iran's axis
    of resistance … It includes Hezbollah and the Houthis*); the statements point at the sentence that lists
    the members."""
    patrons: dict[str, list[str]] = {}
    for r in relations:
        if r.predicate == "backs" and r.modality == "asserted":
            patrons.setdefault(r.obj, []).append(r.subject)
    have = {(r.subject, r.predicate, r.obj) for r in relations}
    conf = rule_confidence("backs/member-of-backed", 0.6)
    out = []
    for whole, member, ev in reg.memberships:
        for patron in dict.fromkeys(patrons.get(whole, ())):
            if patron != member and (patron, "backs", member) not in have:
                have.add((patron, "backs", member))
                out.append(Relation(patron, "backs", member, "asserted", replace(ev, confidence=conf)))
    return out

