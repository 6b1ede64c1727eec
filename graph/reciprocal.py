"""Frames of fighting that goes both ways.

- reciprocal verbs: *the army clashed with the rebels*, *the two militias fought*, *Hamas and Fatah fought in
  Gaza*: each side attacks the other; *fought alongside X against Y* backs X and attacks Y;
- *each other*, *one another*: *fired on each other*, *launched strikes on each other's bases*;
- clashes told as nouns: *clashes between X and Y*, *killed in clashes with X*, *X pitted against Y*; the parties to a
  truce made after days of fighting fought each other.
"""
from __future__ import annotations

from functools import cached_property

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from .parsefix import tokens_where

MUTUAL_IDS = frozenset({get_string_id("other"), get_string_id("another")})  # *each other*, *one another*


class ReciprocalFrames:
    """Mixed into :class:`graph.relations.SentenceReader`; uses its argument readers and ``emit``."""

    @cached_property
    def mutual_at(self) -> frozenset[int]:
        """The paragraph's *other* of *each other* and *another* of *one another*."""
        doc = self.sdoc
        return frozenset(i for i in tokens_where(doc, LOWER, MUTUAL_IDS) if i > 0 and doc[i - 1].lower_ in ("each", "one"))

    def mutual(self, tok) -> bool:
        """The phrase is or holds *each other* or *one another* (*each other's bases*)."""
        return any(tok.left_edge.i <= i <= tok.right_edge.i for i in self.mutual_at)

    def mutual_noun(self, n) -> bool:
        """*after four days of strikes on each other's military sites*, *attacks against one another*: an attack
        noun aimed at *each other* goes both ways between the subjects of the clause it stands in. True when read."""
        if not self.mutual_at:
            return False
        held = self.governor(n)
        light = [held] if held is not None and held.lemma_ in self.rules["light_verbs"] else []  # *opened fire on ...*
        if not any(p.dep_ == "pobj" and self.mutual(p) for h in (n, *light) for c in h.children if c.dep_ == "prep"
                   and c.lower_ in ("on", "at", "against", "upon") for p in c.children):
            return False
        verb = next((a for a in n.ancestors if a.pos_ in ("VERB", "AUX")), None)
        sides = self.subjects(verb, shared=True) if verb is not None else []
        if len(sides) > 1:
            self.emit(sides, "attacks", sides, n, "noun-reciprocal", 0.75)
        return True

    def reciprocal_verb(self, v, agents: list[str], targets: list[str], passive: bool) -> bool:
        """*X clashed with Y*, *X and Y fought*, *X and Y attacked each other*: both directions. True when the
        frame applied."""
        mutual = [c for c in v.children if c.dep_ == "dobj" and self.mutual(c)] + \
            [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "upon")
             for p in c.children if p.dep_ == "pobj" and self.mutual(p)]  # (*fired on each other*)
        if not passive and len(agents) > 1 and mutual:  # (*shelled each other's positions*)
            self.emit(agents, "attacks", agents, v, "verb-reciprocal", 0.75)
            return True
        if passive or v.lemma_.lower() not in self.rules["reciprocal_attack_verbs"]:
            return False
        if beside := self.pobj_of(v, ["alongside", "beside"]):  # *fought alongside Syrian government forces*
            self.emit(agents, "backs", beside, v, "fought-alongside", 0.75)
            # *fought alongside Ethiopian forces against the TPLF*: the enemy both sides fought, whether the model
            # hangs *against* on the verb or on the partner
            partners = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
                        for p in c.children if p.dep_ == "pobj"]
            enemies = self.pobj_of(v, ["against"]) + [a for p in partners for a in self.pobj_of(p, ["against"])]
            enemies = [e for e in enemies if e not in agents and e not in beside]
            self.emit(agents, "attacks", enemies, v, "fought-alongside-against", 0.8)
            self.emit(beside, "attacks", enemies, v, "fought-alongside-against", 0.8)
        against = self.pobj_of(v, ["against"])
        if targets and not against and v.lemma_.lower() in self.rules["opponent_with_verbs"] + ["fight"]:
            # *Cuban troops fought South African forces*: a fight has two sides
            self.emit(agents, "attacks", targets, v, "verb-reciprocal", 0.8)
            self.emit(targets, "attacks", agents, v, "verb-reciprocal", 0.8)
            return True
        # *fought with X* is as often beside X as against it: only clashing, battling ... *with* is opposing
        opposing = v.lemma_.lower() in self.rules["opponent_with_verbs"]
        partners = self.pobj_of(v, ["with"]) if opposing and not against else []
        if partners:
            self.emit(agents, "attacks", partners, v, "verb-reciprocal", 0.8)
            self.emit(partners, "attacks", agents, v, "verb-reciprocal", 0.8)
            return True
        # *Hamas and Fatah fought in Gaza*; not *Chad and Cameroon sent troops to fight the insurgents*, where the
        # object is someone the text does not name (an object of fighting is an event only: *fought a war*)
        # (*fought a series of wars*; not *sent troops to fight attacks by Boko Haram*, an event with a doer of its own)
        events = [e for c in v.children if c.dep_ in ("dobj", "dative") for e in (c, *(
            p for q in c.children if q.dep_ == "prep" and q.lower_ == "of" for p in q.children if p.dep_ == "pobj"))]
        unnamed = [c for c in v.children if c.dep_ in ("dobj", "dative") and not self.is_event(c) and
                   not any(self.is_event(p) for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                           for p in q.children if p.dep_ == "pobj")]
        unnamed += [e for e in events if self.is_event(e) and (set(self.event_agents(e)) - set(agents) or
                                                                self.pobj_of(v, ["by"]))]  # (*by* read on the verb)
        # (*Britain and France fought a series of wars with Spain*: the war's other side is named, so not each other)
        unnamed += [e for e in events if self.pobj_of(e, ["with", "against"])]
        if any(self.is_event(e) for e in events) and (other := self.pobj_of(v, ["with"])):
            unnamed += other  # (*fought several wars with Spain*, the phrase hung on the verb)
        if not targets and not against and len(agents) > 1 and not unnamed:
            self.emit(agents, "attacks", agents, v, "verb-reciprocal", 0.75)
            return True
        return False

    def opponents_with(self, head) -> list[str]:
        """The other side of *a war with X*, *clashes with X*; not a helper (*a conflict with US backing*)."""
        helps = set(self.rules["predicates"]["backs"]["nouns"]) | set(self.rules["help_nouns"])
        return [a for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() not in helps for a in self.np(p)]

    def named_sides(self, n) -> list[list[str]]:
        """The sides a war's name joins with dashes (*the Iran–Iraq War*, *the Sino-Vietnamese War*, *the
        Ethiopian-Eritrean conflict*), one list per side, or [] when the name does not give two. Only a war the
        clause is about counts: one named for a time or a setting (*during the Iran–Iraq War*, *veterans of the
        Russo-Georgian War*) is background, which writers do not mean as a report of the fighting."""
        if n.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT"):
            return []
        prefixes = self.rules["war_name_prefixes"]
        sides: list[list[str]] = [[]]
        dashes = 0
        for t in self.sdoc[n.left_edge.i: n.i]:
            if t.text in ("-", "–", "—"):
                sides.append([])
                dashes += 1
            elif t.i in self.found.actor_at and self.found.actor_at[t.i] not in sides[-1]:
                sides[-1].append(self.found.actor_at[t.i])
            elif t.text in prefixes and self.sdoc[t.i + 1].text in ("-", "–", "—"):
                sides[-1].append(self.reg.known(prefixes[t.text]))
        sides = [side for side in sides if side]
        return sides if dashes and len(sides) >= 2 else []

    def pitted(self, v) -> None:
        """*The civil war pitted the junta against the TPLF*: a war that pits X against Y is fought both ways."""
        wars = set(self.rules["reciprocal_nouns"])
        if not any(c.dep_ == "nsubj" and (c.lemma_.lower() in wars or c.lower_ == "war") for c in v.children):
            return
        sides = [a for c in v.children if c.dep_ == "dobj" for a in self.np(c)]
        others = self.pobj_of(v, ["against"])
        self.emit(sides, "attacks", others, v, "pitted-against", 0.75)
        self.emit(others, "attacks", sides, v, "pitted-against", 0.75)

    @staticmethod
    def clause_of_fighting(n, preps: tuple[str, ...]):
        """The verb of the clause a fighting noun is hung on by one of ``preps`` (*after days of fighting*, *during
        clashes with X*: through *days of*, *weeks of*), or None."""
        while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "NUM"):
            n = n.head.head  # *days of fighting*, *weeks of clashes*
        if n.dep_ != "pobj" or n.head.lower_ not in preps:
            return None
        verb = n.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def subjects_around(self, n) -> list[str]:
        """The subject of the clause a fighting noun is the time or cause of (*M23 seized the town after days of
        fighting with the army*, *during clashes with X*): that subject fought, as did those killed or wounded in it."""
        verb = self.clause_of_fighting(n, ("after", "during", "amid", "following", "in", "before"))
        if verb is None:
            return []
        if any(c.dep_ == "auxpass" for c in verb.children):  # *two soldiers were killed in clashes with X*
            return [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.np(c)]
        return self.subjects(verb)

    def truce_sides(self, n) -> list[str]:
        """*Thailand and Cambodia agreed to a ceasefire after five days of fighting*: the parties to a truce made
        after or during the fighting fought each other (two or more of them, else nothing)."""
        verb = self.clause_of_fighting(n, ("after", "during", "amid", "following", "to"))
        truce = self.rules["truce_nouns"]
        if verb is None or not any(t.lemma_.lower() in truce for c in verb.children if c.dep_ in ("dobj", "prep")
                                   for t in c.subtree):
            return []
        sides = self.subjects(verb)
        return sides if len(sides) > 1 else []
