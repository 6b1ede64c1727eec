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
from functools import lru_cache
from importlib import resources

from .model import Relation
from .resolve import DocumentActors, Mentions, evidence_for

RELATIVE = {"which", "that", "who", "whom", "whose"}


@lru_cache(maxsize=1)
def load_rules() -> tuple[dict, dict]:
    """The relation lexicon and the modality lexicon."""
    folder = resources.files("graph.data").joinpath("patterns")
    return (json.loads(folder.joinpath("relations.json").read_text("utf-8")),
            json.loads(folder.joinpath("modality.json").read_text("utf-8")))


class SentenceReader:
    """Reads relations from one parsed paragraph, given the resolved mentions."""

    def __init__(self, sdoc, found: Mentions, reg: DocumentActors, offset: int) -> None:
        self.sdoc, self.found, self.reg, self.offset = sdoc, found, reg, offset
        self.rules, self.modal = load_rules()
        preds = self.rules["predicates"]
        self.verbs = {lemma: p for p, spec in preds.items() for lemma in spec["verbs"]}
        self.nouns = {lemma: p for p, spec in preds.items() for lemma in spec["nouns"]}
        self.out: list[Relation] = []
        from .resolve import load_lexicon
        self.lex = load_lexicon()

    # --- noun phrases ----------------------------------------------------------------------
    def np(self, tok, seen: frozenset = frozenset()) -> list[str]:
        """Actors a noun phrase denotes, each conjunct included."""
        result: list[str] = []
        conjuncts = (tok, *[c for c in tok.conjuncts if c.i > tok.i])
        if any(c.lemma_.lower() in self.lex["place_nouns"] and c.i not in self.found.actor_at for c in conjuncts):
            return []
        for c in conjuncts:
            for a in self.np_one(c, seen | {tok.i}):
                if a not in result:
                    result.append(a)
        return result

    def np_one(self, c, seen: frozenset) -> list[str]:
        at = self.found.actor_at
        if c.i in at:
            return [at[c.i]]
        if c.lower_ in RELATIVE and c.head.dep_ == "relcl" and c.head.head.i not in seen:
            return self.np(c.head.head, seen)
        if c.dep_ in ("compound", "appos") and c.head.i in at and c.head.i not in seen:
            return [at[c.head.i]]
        kids = list(c.children)
        if members := self.members(c, seen):
            return members
        if c.lemma_.lower() in self.lex["group_nouns"] and c.i + 1 < len(self.sdoc) and c.i + 1 in at \
                and c.i + 1 not in seen:
            return [at[c.i + 1]]
        if c.lemma_.lower() in self.lex["state_nouns"] and (state := self.government_of(c)):
            return [state]
        for deps in (("appos",), ("compound",), ("poss",), ("amod", "nmod")):
            for child in kids:
                if child.dep_ in deps and child.i not in seen:
                    if child.i in at:
                        return list(dict.fromkeys(at[x.i] for x in (child, *child.conjuncts) if x.i in at))
                    if deps == ("compound",) and (inner := [at[g.i] for g in child.children
                                                            if g.dep_ == "compound" and g.i in at]):
                        return inner  # *an Islamic State target southwest of …*
                    if deps == ("poss",) and (inner := self.np_one(child, seen | {c.i})):
                        return inner
        for child in kids:
            if child.dep_ == "amod" and child.lower_ == "led":  # *U.S.-led forces*
                if leaders := [at[g.i] for g in child.children if g.i in at]:
                    return leaders
            if child.dep_ == "acl" and child.lemma_ in self.rules["possession_verbs"]:
                if owners := self.pobj_of(child, ["to"]):
                    return owners
        if c.lemma_.lower() in self.rules["part_nouns"] or c.pos_ in ("NUM",):
            for child in kids:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for p in child.children:
                        if p.dep_ == "pobj" and p.i not in seen:
                            return self.np(p, seen | {c.i})
        return []

    def government_of(self, c) -> str | None:
        """*the Biden administration*, *Netanyahu's government*: the state its leader serves."""
        kids = [*c.children, *(p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                               for p in prep.children if p.dep_ == "pobj")]
        for child in kids:
            actor = self.reg.actors.get(self.found.actor_at.get(child.i, ""))
            if child.dep_ in ("compound", "poss", "pobj") and actor is not None and actor.affiliation and \
                    self.reg.gaz.actors.get(actor.affiliation) is not None and \
                    self.reg.gaz.actors[actor.affiliation].actor_type == "State":
                self.reg.known(actor.affiliation)
                return actor.affiliation
        return None

    def members(self, c, seen: frozenset = frozenset()) -> list[str]:
        """*allies such as X and Y*, also when the parser hung *such as* on a nearer noun."""
        preps = self.rules["member_preps"]
        for child in c.children:
            if child.dep_ != "prep":
                continue
            if self._prep_text(child) in preps:
                return [a for p in child.children if p.dep_ == "pobj" for a in self.np(p, seen)]
            for p in child.children:
                for grand in p.children if p.dep_ == "pobj" and p.i not in self.found.actor_at else ():
                    if grand.dep_ == "prep" and self._prep_text(grand) in preps:
                        return [a for q in grand.children if q.dep_ == "pobj" for a in self.np(q, seen)]
        return []

    def _prep_text(self, prep) -> str:
        nxt = self.sdoc[prep.i + 1] if prep.i + 1 < len(self.sdoc) else None
        if prep.lower_ == "such" and nxt is not None and nxt.lower_ == "as":
            return "such as"
        if prep.lower_ == "as" and prep.i > 0 and self.sdoc[prep.i - 1].lower_ == "such":
            return "such as"
        return prep.lower_

    def pobj_of(self, head, preps: list[str]) -> list[str]:
        result = []
        for child in head.children:
            if child.dep_ in ("prep", "agent", "dative") and self._prep_text(child) in preps:
                for p in child.children:
                    if p.dep_ == "pobj":
                        result += self.np(p)
                    elif p.dep_ == "pcomp" and p.tag_ == "VBG":
                        result += self.objects(p, "attacks")
        return result

    # --- arguments of verbs ----------------------------------------------------------------
    def subjects(self, v, depth: int = 0) -> list[str]:
        """The agent of an active verb, inherited through conjunction and control."""
        if depth > 6:
            return []
        for child in v.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in RELATIVE and v.dep_ == "relcl":
                    ante = self.antecedent(v.head)
                    found = self.event_agents(ante) if self.is_event(ante) else self.np(ante)
                elif self.is_event(child) and child.i not in self.found.actor_at:
                    found = self.event_agents(child)
                else:
                    found = self.np(child)
                if found:
                    return found
        head = v.head
        if v.dep_ == "conj":
            return self.subjects(head, depth + 1)
        if v.dep_ == "xcomp":
            if head.lemma_ in self.rules["object_control_verbs"]:
                return self.objects(head, "pressures", control=True)
            return self.subjects(head, depth + 1)
        if v.dep_ == "pcomp" and (blamed := self.accused(v)):
            return blamed
        if v.dep_ in ("advcl", "ccomp", "pcomp") and v.tag_ == "VBG":
            return self.subjects(head, depth + 1)
        if v.dep_ == "acl" and v.tag_ == "VBG":
            # *a militia firing rockets*; *sent Tehran a message warning it …*: the sender warns
            if found := self.np(head):
                return found
            if head.dep_ in ("dobj", "dative") and head.head.pos_ == "VERB":
                return self.subjects(head.head, depth + 1)
        return []

    def antecedent(self, head):
        """The noun a relative clause is about; a date it was hung on gives way to the event before it."""
        if head.ent_type_ in ("DATE", "TIME") or head.i in self.found.place_at:
            for tok in reversed(self.sdoc[head.sent.start: head.i]):
                if self.is_event(tok):
                    return tok
        return head

    def objects(self, v, pred: str, control: bool = False) -> list[str]:
        """The target of an active verb: direct object, dative, or the predicate's prepositions."""
        spec = self.rules["predicates"][pred]
        only = spec.get("prep_only_verbs", {}).get(v.lemma_)
        result: list[str] = []
        if only:
            return self.pobj_of(v, only)
        for child in v.children:
            if child.dep_ in ("dobj", "dative", "obj") and not self.is_materiel(child, pred):
                result += self.np(child)
        if not result and v.lemma_ in self.rules["object_control_verbs"]:
            # *pressed Hamas leaders to agree*, parsed with the object as the subject of *agree*
            for clause in v.children:
                if clause.dep_ in ("ccomp", "xcomp") and any(c.lower_ == "to" and c.dep_ == "aux"
                                                             for c in clause.children):
                    result += [a for c in clause.children if c.dep_ == "nsubj" for a in self.np(c)]
        if not control:
            result += self.pobj_of(v, spec["target_preps"])
        if not result and not control:
            for child in v.children:
                if child.dep_ == "conj" and child.pos_ == "VERB" and child.i > v.i and \
                        not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                    result = self.objects(child, pred)
                    break
        return result

    def is_materiel(self, tok, pred: str) -> bool:
        backs = self.rules["predicates"]["backs"]
        return pred == "backs" and tok.lemma_.lower() in backs["materiel"] and tok.i not in self.found.actor_at

    def is_event(self, tok) -> bool:
        return self.nouns.get(tok.lemma_.lower()) == "attacks" and tok.pos_ in ("NOUN", "PROPN")

    def accused(self, tok) -> list[str]:
        """*Washington blames X for the attack*, *accused Iran of arming the Houthis*: the accused
        is the agent (the blame verb makes it alleged)."""
        prep = tok.head
        if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("for", "of", "over"):
            return []
        verb = prep.head
        if verb.lemma_ not in self.rules["accuse_verbs"]:
            return []
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                    return self.np(verb.head)
                return self.np(child)
        return []

    def event_agents(self, n) -> list[str]:
        """Who carried out an event noun: *Israel's strike*, *strikes by Israel*, *Iranian drone strike*,
        *the attack, which Iran blamed on Israel*, *X claimed the attack*."""
        at = self.found.actor_at
        for child in n.children:
            if child.dep_ == "poss":
                return self.np(child)
            if child.dep_ == "amod" and child.lower_ == "led" and \
                    (leaders := [self.found.actor_at[c.i] for c in child.children if c.i in self.found.actor_at]):
                return leaders  # *the U.S.-led invasion*, *Saudi-led air strikes*
        if agents := self.pobj_of(n, ["by"]):
            return agents
        if n.dep_ == "pobj" and (sib := [c for c in n.head.head.children if c.i > n.i and c.dep_ == "agent"]):
            if agents := [a for c in sib for p in c.children if p.dep_ == "pobj" for a in self.np(p)]:
                return agents
        for child in n.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i in at:
                return [at[child.i]]
            if child.dep_ in ("relcl", "acl") and child.lemma_ in self.rules["blame_verbs"]:
                if agents := self.pobj_of(child, ["on", "to"]):
                    return agents
            if child.dep_ == "acl" and child.lemma_ == "claim":
                if agents := self.pobj_of(child, ["by"]):
                    return agents
        head = n.head
        if blamed := self.accused(n):
            return blamed
        if n.dep_ == "dobj" and head.lemma_ in self.rules["light_verbs"]:
            return self.subjects(head)
        if n.dep_ == "pobj" and head.head.lemma_ in self.rules["light_verbs"] and head.dep_ == "prep":
            return self.subjects(head.head)
        return []

    # --- frames ------------------------------------------------------------------------------
    def run(self) -> list[Relation]:
        for tok in self.sdoc:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") and lemma in self.verbs:
                self.frame_verb(tok, self.verbs[lemma])
            elif tok.pos_ == "VERB" and lemma in self.rules["receive_verbs"]:
                self.frame_received(tok)
            if tok.pos_ == "VERB" and (lemma in self.lex["speech_verbs"] or lemma in self.rules["demand_that_verbs"]):
                self.frame_obligation(tok)
            elif tok.pos_ in ("NOUN", "PROPN") and tok.i not in self.found.actor_at:
                self.frame_nominal(tok, lemma)
            if tok.lower_ in self.rules["compound_participles"]:
                self.frame_compound(tok)
            if tok.i in self.found.actor_at and tok.i not in self.found.pronoun_at:
                self.frame_client(tok)
        return self.out

    def frame_nominal(self, tok, lemma: str) -> None:
        if lemma in self.rules["help_nouns"]:
            self.frame_help(tok)
        if lemma in self.nouns:
            self.frame_noun(tok, self.nouns[lemma])
        elif lemma in self.rules["predicates"]["attacks"]["projectiles"]:
            self.frame_projectile(tok)
        elif lemma in self.rules["ally_nouns"]:
            self.frame_ally(tok)
        elif lemma in self.rules["backer_nouns"]:
            self.frame_backer(tok)

    def frame_verb(self, v, pred: str) -> None:
        has_agent = any(c.dep_ == "agent" for c in v.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or \
            (v.tag_ == "VBN" and v.dep_ in ("acl", "relcl", "conj") and has_agent)
        if passive:
            targets, agents, rule = self.patients(v), self.pobj_of(v, ["by"]), "verb-passive"
            if not agents:
                events = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
                          for p in c.children if p.dep_ == "pobj" and self.is_event(p)]
                agents = [a for e in events for a in self.event_agents(e)]
        else:
            agents, rule = self.subjects(v), "verb-active"
            spec = self.rules["predicates"]["pressures"]
            demand = pred == "pressures" and v.lemma_ in spec["demand_verbs"]
            targets = self.instructed(v) if demand else self.objects(v, pred)
            if demand and targets:
                rule = "verb-demand"
            if pred == "pressures" and not targets and v.lemma_ in spec["threat_verbs"]:
                targets, rule = self.threatened(v), "verb-threat"
        if pred == "attacks" and not targets:
            targets, rule = self.locative(v), "verb-locative"
        self.emit(agents, pred, targets, v, rule, 0.9 if rule.startswith("verb-a") else 0.75)

    def patients(self, v, depth: int = 0) -> list[str]:
        """Who undergoes a passive verb: its subject, the noun a participle or relative clause
        modifies (through an apposition), or, for a conjoined verb, its head's."""
        for child in v.children:
            if child.dep_ == "nsubjpass":
                if child.lower_ in RELATIVE and v.dep_ == "relcl":
                    return self.np(v.head)
                return self.np(child)
        if v.dep_ in ("acl", "relcl"):
            found = self.np(v.head)
            if not found and v.head.dep_ == "appos":
                found = self.np(v.head.head)
            return found
        if v.dep_ == "conj" and depth < 4:
            return self.patients(v.head, depth + 1)
        return []

    def threatened(self, v) -> list[str]:
        """Whom a threat is aimed at: *vowed that Israel would be punished*, *threatened to send
        Lebanon back …*, *warned that if Israel made another mistake, …*, *promised to exact the
        price from Iran*. The speaker's own side is never the target."""
        own = set(self.subjects(v))
        own |= {self.reg.actors[a].affiliation for a in own if a in self.reg.actors}
        for child in v.children:
            if child.dep_ not in ("ccomp", "xcomp"):
                continue
            modal = any(c.tag_ == "MD" for c in child.children)
            ranked: list[tuple[int, list[str]]] = []
            for t in child.subtree:
                if t.dep_ == "nsubj" and t.head.dep_ == "advcl" and \
                        any(m.lower_ == "if" for m in t.head.children if m.dep_ == "mark"):
                    ranked.append((1, self.np(t)))
                elif t.dep_ in ("dobj", "nsubjpass"):
                    ranked.append((0, self.np(t)))
                    ranked.append((2, self.places_in(t)))
                elif t.dep_ == "pobj" and t.head.lower_ in ("from", "on", "against", "at", "to", "with", "in", "into"):
                    ranked.append((2, self.np(t) or self.places_in(t)))
                elif modal and t.dep_ == "nsubj" and t.head.i == child.i:
                    ranked.append((3, self.np(t)))
                elif t.dep_ == "nsubj":  # *promising to make Israel pay*
                    ranked.append((4, self.np(t)))
            for _, found in sorted(ranked, key=lambda x: x[0]):
                if found := [a for a in found if a not in own]:
                    return found
        return []

    def places_in(self, tok) -> list[str]:
        """The states of the places named in a phrase (*Iraqi towns*, *targets in Jericho*)."""
        return list(dict.fromkeys(self.reg.known(self.found.place_at[t.i]) for t in tok.subtree
                                  if t.i in self.found.place_at))

    def frame_obligation(self, v) -> None:
        """*X said the US must be ready to mediate*, *demanded that Hamas renounce …*: saying what
        another actor must or should do, or demanding it, presses that actor."""
        for clause in v.children:
            if clause.dep_ != "ccomp":
                continue
            modal = any(c.tag_ == "MD" and c.lower_ in ("must", "should") for c in clause.children)
            subjunctive = v.lemma_ in self.rules["demand_that_verbs"] and \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            if modal or subjunctive:
                targets = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for a in self.np(c)]
                speaker = self.subjects(v)
                self.emit(speaker, "pressures", [t for t in targets if t not in speaker], v, "obligation", 0.7)

    def instructed(self, v) -> list[str]:
        """*told the United States to stay away*, *told Netanyahu that Israel should …*: a demand."""
        if not any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
                m.tag_ == "MD" and m.lower_ in ("should", "must") for m in c.children)) for c in v.children):
            return []
        return [a for c in v.children if c.dep_ in ("dobj", "dative") for a in self.np(c)]

    def locative(self, head) -> list[str]:
        """A strike *near the Iranian city of Isfahan* is a strike on Iran."""
        lex = self.reg_lex()
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in self.found.actor_at]
        for child in [*head.children, *(g for o in objects for g in o.children)]:
            if child.dep_ == "prep" and child.lower_ in lex:
                for p in child.children:
                    if p.dep_ != "pobj":
                        continue
                    for t in p.subtree:
                        if t.i in self.found.place_at:
                            return [self.reg.known(self.found.place_at[t.i])]
                    states = [self.found.actor_at[c.i] for c in (p, *p.conjuncts) if c.i in self.found.actor_at]
                    if states and all(self.reg.type_of(a) == "State" for a in states):
                        return states  # *struck targets in Syria*: the place named is a state
        return []

    def reg_lex(self) -> list[str]:
        from .resolve import load_lexicon
        return load_lexicon()["locative_preps"]

    def frame_noun(self, n, pred: str) -> None:
        spec = self.rules["predicates"][pred]
        if n.dep_ == "pobj" and n.head.lower_ in ("in", "by") and self.verbs.get(n.head.head.lemma_) == pred:
            return  # *killed in a US drone strike*: the verb's frame reads it
        agents = self.event_agents(n) if pred == "attacks" else self.noun_agents(n)
        targets = self.pobj_of(n, spec["target_preps"])
        loose = n.lemma_.lower() not in spec.get("need_target_prep", [])
        if not targets and pred == "attacks" and loose:
            targets = self.pobj_of(n, ["of"])
        verb = self.governor(n)
        if not targets and verb is not None and verb.lemma_ in self.rules["light_verbs"]:
            targets = self.pobj_of(verb, spec["target_preps"])
        if not targets and loose:
            targets = self.relcl_objects(n)
        rule = "noun"
        if pred == "attacks" and n.lemma_.lower() in self.rules["reciprocal_nouns"]:
            groups = self.between_sides(n)
            if len(groups) >= 2:  # *clashes between Turkey and the PKK*: each side attacks the others
                for i, side in enumerate(groups):
                    others = [a for j, g in enumerate(groups) if j != i for a in g if a not in side]
                    self.emit(side, pred, others, n, "noun-between", 0.75)
                return
            if partners := self.pobj_of(n, ["with"]):  # *its war with rebel groups*
                sides = agents or (self.subjects(verb) if verb is not None else [])
                self.emit(sides, pred, partners, n, "noun-reciprocal", 0.75)
                self.emit(partners, pred, sides, n, "noun-reciprocal", 0.75)
                return
        if pred == "attacks" and verb is not None and verb.lemma_ in self.rules["reciprocal_verbs"]:
            partners = self.pobj_of(n, ["with"]) or self.pobj_of(verb, ["with"])
            sides = agents or self.subjects(verb)
            self.emit(sides, pred, partners, n, "noun-reciprocal", 0.8)
            self.emit(partners, pred, sides, n, "noun-reciprocal", 0.8)
            return
        if not targets and pred == "attacks" and loose:
            targets, rule = self.locative(n) or (self.locative(verb) if verb is not None else []), "noun-locative"
        if not agents and verb is not None and verb.lemma_ in self.rules["light_verbs"]:
            agents = self.subjects(verb)
        if pred == "pressures" and verb is not None and verb.lemma_ in self.rules["undergo_verbs"]:
            # *Obama faces pressure from Congress*: the subject undergoes it
            agents, targets = self.pobj_of(n, ["from", "by"]), self.subjects(verb)
        elif pred != "attacks" and not agents and n.dep_ == "dobj":
            agents = self.subjects(n.head)
        self.emit(agents, pred, targets, n, rule, 0.8 if rule == "noun" else 0.6)

    def between_sides(self, n) -> list[list[str]]:
        """The sides of *between X and Y*, one list per conjunct (*Iranian and Russian forces* is one side)."""
        for child in n.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                for p in child.children:
                    if p.dep_ == "pobj":
                        sides = [self.np_one(c, frozenset()) for c in (p, *[c for c in p.conjuncts if c.i > p.i])]
                        return [side for side in sides if side]
        return []

    def noun_agents(self, n) -> list[str]:
        at = self.found.actor_at
        for child in n.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.i in at):
                return self.np(child)
        return self.pobj_of(n, ["by", "from"])

    def relcl_objects(self, n) -> list[str]:
        """*sanctions that hurt Iran's economy*; not *pressure to help Iran* (the demanded act)."""
        for child in n.children:
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            if child.dep_ in ("relcl", "acl") and not infinitive:
                for c in child.children:
                    if c.dep_ == "dobj" and (found := self.np(c)):
                        return found
        return []

    def governor(self, n):
        """The verb a noun is the object of, climbing *dozens of rockets*."""
        while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "NUM", "PRON"):
            n = n.head.head
        if n.dep_ in ("dobj", "nsubjpass", "obj") and n.head.pos_ in ("VERB", "AUX"):
            return n.head
        return None

    def frame_received(self, v) -> None:
        """*Hamas receives money, weapons and training from Tehran*: the giver backs the receiver."""
        backs = self.rules["predicates"]["backs"]
        goods = [c for c in v.children if c.dep_ == "dobj"]
        goods += [x for g in goods for x in g.conjuncts]
        if any(g.lemma_.lower() in backs["materiel"] for g in goods):
            self.emit(self.pobj_of(v, ["from"]), "backs", self.subjects(v), v, "materiel-received", 0.75)

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
            if verb.lemma_ in spec["firing_verbs"] and targets:
                self.emit(self.subjects(verb), "attacks", targets, n, "projectile-fired", 0.8)
                return
            backs = self.rules["predicates"]["backs"]
            if verb.lemma_ in backs["delivery_verbs"]:
                recipients = self.pobj_of(verb, backs["target_preps"]) + \
                    [a for c in verb.children if c.dep_ == "dative" for a in self.np(c)]
                self.emit(self.subjects(verb), "backs", recipients, n, "materiel-delivered", 0.75)

    def frame_compound(self, tok) -> None:
        """*Iran-backed Houthis*: the actor before the hyphen backs the phrase's head."""
        pred = self.rules["compound_participles"][tok.lower_]
        if tok.i < 2 or self.sdoc[tok.i - 1].text not in ("-", "‐", "–"):
            return
        agent = self.found.actor_at.get(tok.i - 2)
        if agent is None or tok.dep_ not in ("amod", "compound", "acl", "nmod", "ROOT", "conj"):
            return
        head = tok.head if tok.head.i != tok.i else None
        targets = self.np(head, frozenset({tok.i})) if head is not None else []
        self.emit([agent], pred, targets, tok, "compound", 0.85)

    def frame_help(self, n) -> None:
        """*shot down by Israel's air defences with the help of the United States*: helpers back
        the one they help (the clause's agent)."""
        prep = n.head
        if prep.lower_ not in ("with", "by") or n.dep_ != "pobj":
            return
        helpers = self.pobj_of(n, ["of", "from"])
        verb = prep.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        helped = self.pobj_of(verb, ["by"]) if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
            else self.subjects(verb)
        self.emit(helpers, "backs", helped, n, "help-of", 0.7)

    def frame_ally(self, n) -> None:
        """*Iran's allies such as Hezbollah*, *Hezbollah, Iran's closest ally*: patron backs member."""
        patrons = self.noun_agents(n)
        members = []
        members += self.members(n)
        for child in n.children:
            if child.dep_ == "appos":
                members += self.np(child)
        if not members and n.dep_ == "appos":
            members = self.np(n.head)
        if not members and n.dep_ == "attr":
            members = self.subjects(n.head)
        self.emit(patrons, "backs", members, n, "ally-noun", 0.75)

    def frame_backer(self, n) -> None:
        """*Iran, Hezbollah's main backer*: the described actor backs the possessor."""
        clients = [a for c in n.children if c.dep_ == "poss" for a in self.np(c)]
        clients += self.pobj_of(n, ["of"])
        patrons = self.np(n.head) if n.dep_ == "appos" else self.subjects(n.head) if n.dep_ == "attr" else []
        self.emit(patrons, "backs", clients, n, "backer-noun", 0.75)

    def frame_client(self, tok) -> None:
        """A group named with the possessive of a backer the gazetteer lists (*its axis of resistance*)."""
        actor = self.reg.actors.get(self.found.actor_at[tok.i])
        if actor is None or not actor.backed_by or tok.i != self._head_of_mention(tok).i:
            return
        for child in tok.children:
            if child.dep_ == "poss":
                patrons = [a for a in self.np(child) if a in actor.backed_by]
                self.emit(patrons, "backs", [actor.actor_id], tok, "client-possessive", 0.6)

    def _head_of_mention(self, tok):
        at = self.found.actor_at
        while tok.head.i != tok.i and at.get(tok.head.i) == at.get(tok.i):
            tok = tok.head
        return tok

    # --- modality and output ---------------------------------------------------------------
    def modality(self, trigger) -> str:
        """asserted, alleged, hypothetical or negated, from the words above the trigger in the parse."""
        m = self.modal
        marks: set[str] = set()
        node, first, via_conj = trigger, True, False
        while True:
            lemma = node.lemma_.lower()
            if not first and not (via_conj and lemma in m["directives"]):
                if lemma in m["scope_blockers"]:
                    break
                for kind in ("negated", "hypothetical", "alleged"):
                    if lemma in m[kind] and node.pos_ in ("VERB", "NOUN", "ADJ"):
                        marks.add(kind)
            for c in node.children:
                low = c.lower_
                if c.dep_ == "neg" or (c.dep_ in ("preconj", "advmod", "det") and low in ("neither", "never", "no")):
                    marks.add("negated")
                elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" and low in m["hypothetical"]:
                    marks.add("hypothetical")
                elif c.dep_ == "mark" and low in ("if", "unless", "whether"):
                    marks.add("hypothetical")
                elif c.dep_ in ("amod", "advmod") and c.lemma_.lower() in m["alleged"]:
                    marks.add("alleged")
            if node.dep_ in ("relcl", "acl", "appos") and not first:
                break
            if node.dep_ in ("advcl", "pcomp", "pobj") and self._factive(node):
                break
            if node.head.i == node.i:
                break
            if node.dep_ in ("relcl", "acl"):
                head = node.head
                marks.update("alleged" for c in head.children
                             if c.dep_ in ("amod", "advmod") and c.lemma_.lower() in m["alleged"])
                break
            # *called on Hamas … and urged Israel*: a coordinated directive doesn't embed its conjunct
            first, via_conj, node = False, node.dep_ == "conj", node.head
        for kind in ("negated", "hypothetical", "alleged"):
            if kind in marks:
                return kind
        return "asserted"

    def employer(self, actor_id: str) -> str | None:
        """An attack on a commander or official is an attack on the group or state they serve."""
        actor = self.reg.actors.get(actor_id) or self.reg.gaz.actors.get(actor_id)
        if actor is None or actor.actor_type != "Official":
            return None
        return actor.affiliation if actor.affiliation in self.reg.gaz.actors else None

    def _factive(self, node) -> bool:
        """*after Hamas launched its attack*: a temporal or causal clause states a fact."""
        marks = self.modal["factive_marks"]
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        return node.dep_ in ("pcomp", "pobj") and node.head.lower_ in marks

    def emit(self, agents: list[str], pred: str, targets: list[str], trigger, rule: str, conf: float) -> None:
        if not agents or not targets:
            return
        reversed_ = pred == "pressures" and trigger.pos_ == "NOUN" and trigger.head.lemma_ in self.modal["reversals"]
        if pred == "attacks":
            targets = targets + [self.employer(t) for t in targets if self.employer(t) not in (None, *targets)]
        modality = "negated" if reversed_ else self.modality(trigger)
        ev = evidence_for(trigger, self.reg.doc_id, self.offset, f"{pred}/{rule}/{trigger.lemma_.lower()}", conf)
        for a in dict.fromkeys(agents):
            for o in dict.fromkeys(targets):
                if a != o:
                    for actor_id in (a, o):
                        if actor_id not in self.reg.actors and actor_id in self.reg.gaz.actors:
                            self.reg.known(actor_id)
                    self.out.append(Relation(a, pred, o, modality, ev))


def extract_relations(sdoc, found: Mentions, reg: DocumentActors, offset: int) -> list[Relation]:
    """Every relation in one parsed paragraph (offsets into the document text)."""
    return SentenceReader(sdoc, found, reg, offset).run()
