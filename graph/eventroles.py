"""Roles around event nouns: who carried out an attack told as a noun (*Israel's strike*, *strikes by Israel*,
*X claimed the attack*, *blamed on X*), who is accused of it, the sides of a clash, the verb a noun is the object
of, and whether a word names an event or materiel.
"""
from __future__ import annotations

from functools import cached_property

from .phrases import RELATIVE


class EventRoles:
    """Mixed into :class:`graph.relations.SentenceReader` (uses its phrase and clause readers)."""

    def is_materiel(self, tok, pred: str) -> bool:
        backs = self.rules["predicates"]["backs"]
        return pred == "backs" and tok.lemma_.lower() in backs["materiel"] and tok.i not in self.found.actor_at

    def is_event(self, tok) -> bool:
        return self.nouns.get(tok.lemma_.lower()) == "attacks" and tok.pos_ in ("NOUN", "PROPN")

    def accused(self, tok) -> list[str]:
        """*Washington blames X for the attack*, *accused Iran of arming the Houthis*, *sanctioned X for
        arming Y*: the accused or punished is the agent (a blame verb makes it alleged)."""
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ in ("in", "of") and prep.head.lemma_.lower() in self.rules["trend_nouns"] \
                and prep.head.dep_ == "pobj":
            tok, prep = prep.head, prep.head.head  # *blamed X for a surge in attacks on Y*
        if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("for", "of", "over"):
            return []
        verb = prep.head
        if verb.dep_ == "dobj" and verb.head.lemma_ in self.rules["accuse_verbs"]:
            verb = verb.head  # *accused the former of arming X*, the phrase hung on the accused
        if verb.dep_ == "pobj" and verb.head.dep_ == "agent" and verb.head.head.lemma_ in self.rules["accuse_verbs"]:
            verb = verb.head.head  # *was accused by UN experts of arming X*, the phrase hung on the experts
        punished = prep.lower_ == "for" and tok.dep_ == "pcomp" and verb.lemma_ in self.rules["punish_verbs"]
        if verb.lemma_ not in self.rules["accuse_verbs"] and not punished:
            return []  # *sanctioned two firms for supplying drones to Russia*: the firms supplied them
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                    return self.np(verb.head)
                return self.np(child)
        return []

    def fired_from(self, head) -> list[str]:
        """*fire from an Israeli tank*, *was hit by fire from Pakistani troops* (the phrase on the verb): whose weapon or
        force it came from (a common noun; a named land it came from is only where: *rockets fired from Lebanon*)."""
        return [a for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() in self.weapon_or_force for a in self.np(p)]

    @cached_property
    def weapon_or_force(self) -> frozenset[str]:
        return frozenset({*self.lex["force_nouns"], *self.lex["fighter_nouns"], *self.rules["weapon_nouns"],
                          *self.rules["predicates"]["attacks"]["projectiles"], "warship", "gunboat"})

    def pinned_on(self, n) -> list[str]:
        """*the attack on Israel was blamed on Hamas*, *the killing was attributed to Israel*, *India blamed the Mumbai
        attacks on Lashkar-e-Taiba* (the last phrase hung on the noun when the verb has none): whom an event is
        pinned on."""
        head = n.head
        if n.dep_ not in ("nsubjpass", "dobj") or head.lemma_.lower() not in self.rules["blame_verbs"]:
            return []
        phrases = [c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "to") and c.i > n.i]
        if not phrases and n.dep_ == "dobj":  # the last *on* hung on the noun, or on its own *on* phrase's object
            phrases = [c for c in n.children if c.dep_ == "prep" and c.lower_ == "on"][-1:]
            while phrases and (deeper := [c for p in phrases[0].children if p.dep_ == "pobj" for c in p.children
                                          if c.dep_ == "prep" and c.lower_ == "on"]):
                phrases = deeper[-1:]  # (*blamed the strikes on Saudi oil sites on Iran*)
        return [a for c in phrases for p in c.children if p.dep_ == "pobj" for a in self.np(p)]

    def event_agents(self, n) -> list[str]:
        """Who carried out an event noun: *Israel's strike*, *strikes by Israel*, *Iranian drone strike*,
        *the attack, which Iran blamed on Israel*, *X claimed the attack*."""
        at = self.found.actor_at
        for child in n.children:
            if child.dep_ == "poss" and (owners := self.np(child)):
                return owners  # (not *last night's Israeli strikes*: a time's possessive names no one)
            if child.dep_ == "amod" and child.lower_ in ("led", "claimed") and \
                    (leaders := [self.found.actor_at[c.i] for c in child.children if c.i in self.found.actor_at]):
                return leaders  # *the U.S.-led invasion*, *Saudi-led air strikes*, *the JNIM-claimed assault*
        if agents := self.pobj_of(n, ["by"]):
            return agents
        if agents := self.fired_from(n):
            return agents
        for child in n.children:  # *an insurgency waged by JNIM*, *strikes carried out by the coalition*
            if child.dep_ == "acl" and child.tag_ == "VBN" and (agents := self.pobj_of(child, ["by"])):
                return agents
        if n.dep_ == "pobj" and (sib := [c for c in n.head.head.children if c.i > n.i and c.dep_ == "agent"]):
            if agents := [a for c in sib for p in c.children if p.dep_ == "pobj" for a in self.np(p)]:
                return agents
        for child in n.children:
            if child.dep_ in ("compound", "amod", "nmod") and child.i in at:
                if at[child.i] in self.reg.org_candidates and not self.reg.cues.get(at[child.i]):
                    continue  # *the Radisson Blu attack*: a name the text has not shown to be a group is where
                if child.ent_type_ == "AG_DEMONYM" and n.lemma_.lower() in self.rules["reciprocal_nouns"]:
                    continue  # *the Syrian civil war* is fought in Syria, not by it
                # *the American and British strikes*: each qualifier joined to the first
                return list(dict.fromkeys([at[child.i], *(at[c.i] for c in child.conjuncts if c.i in at)]))
            if child.dep_ in ("compound", "nmod") and child.i not in at and child.i < n.i:
                # *a Russian missile strike*, *Israeli drone attacks*, *Israeli air and drone strikes*: the qualifier
                # the model hangs on the weapon
                owners = [at[g.i] for g in child.children if g.dep_ in ("amod", "compound") and g.i in at
                          and at[g.i] not in self.reg.org_candidates]
                if owners and n.lemma_.lower() not in self.rules["reciprocal_nouns"]:
                    return owners[:1]
            if child.dep_ in ("relcl", "acl") and child.lemma_ in self.rules["blame_verbs"]:
                if agents := self.pobj_of(child, ["on", "to"]):
                    return agents
            if child.dep_ == "acl" and child.lemma_ == "claim":
                if agents := self.pobj_of(child, ["by"]):
                    return agents
        head = n.head
        if blamed := self.accused(n):
            return blamed
        if pinned := self.pinned_on(n):
            return pinned
        if n.dep_ == "dobj" and head.lemma_ in self.rules["light_verbs"]:
            return self.subjects(head)
        counted = self.quantified(n)  # *carried out hundreds of attacks*, *launched a series of strikes*
        if counted.i != n.i and counted.dep_ == "dobj" and counted.head.lemma_ in self.rules["light_verbs"]:
            return self.subjects(counted.head)
        if n.dep_ == "pobj" and head.head.lemma_ in self.rules["light_verbs"] and head.dep_ == "prep" and \
                head.lower_ not in self.modal["factive_marks"] + ["during", "amid", "despite", "over", "for"]:
            # *X is engaged in combat against Y*: the subject of a stative passive acts
            return self.subjects(head.head, shared=head.head.lemma_ in self.rules["stative_light_verbs"])
        if n.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ in self.rules["response_verbs"]:
            return self.subjects(head.head)  # *Washington retaliated with strikes on …*
        return []

    def owner_or_by(self, n) -> list[str]:
        """Whose act a noun is, as its possessor or its *by* phrase says (*Egypt's closure of the straits*, *the
        expulsion of envoys by Ghana*); no qualifier (unlike :meth:`noun_agents`)."""
        return [a for c in n.children if c.dep_ == "poss" for a in self.np(c)] or self.pobj_of(n, ["by"])

    def noun_agents(self, n) -> list[str]:
        at = self.found.actor_at
        for child in n.children:
            if child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and child.i in at):
                return self.np(child)
        if n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lemma_ in self.rules["response_verbs"]:
            return self.subjects(n.head.head)  # *the EU responded with sanctions on Belarus*
        return self.pobj_of(n, ["by", "from"])

    def between_sides(self, n) -> list[list[str]]:
        """The sides of *between X and Y*, one list per conjunct (*Iranian and Russian forces* is one side), also
        through a participle (*a war fought between X and Y*)."""
        told = [c for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for child in (*n.children, *(g for c in told for g in c.children)):
            if child.dep_ == "prep" and child.lower_ == "between":
                for p in child.children:
                    if p.dep_ == "pobj":
                        sides = [self.np_one(c, frozenset()) for c in (p, *[c for c in p.conjuncts if c.i > p.i])]
                        sides = [side for side in sides if side]
                        if len(sides) == 1 and len(sides[0]) > 1:  # *between Indian and Chinese troops*
                            sides = [[a] for a in sides[0]]
                        return sides
        return []

    def relcl_objects(self, n) -> list[str]:
        """*sanctions that hurt Iran's economy*; not *pressure to help Iran* (the demanded act)."""
        for child in n.children:
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            if child.dep_ in ("relcl", "acl") and not infinitive:
                for c in child.children:
                    if c.dep_ == "dobj" and (found := self.np(c)):
                        return found
        return []

    def quantified(self, n):
        """The phrase a noun is counted in: *a series of airstrikes*, *dozens of rockets* -> *series*, *dozens*."""
        for _ in range(4):
            if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "NUM", "PRON") and \
                    n.head.head.lemma_.lower() in self.rules["quantity_nouns"]:
                n = n.head.head
            else:
                break
        return n

    def governor(self, n):
        """The verb a noun is the object of, climbing *dozens of rockets*, *missile and air strikes* and
        *$2 billion in aid*."""
        for _ in range(6):
            if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "NUM", "PRON"):
                n = n.head.head
            elif n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN") and n.head.i not in self.found.actor_at:
                n = n.head
            elif n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.ent_type_ == "MONEY":
                n = n.head.head  # *announced $2 billion in military aid*: the sum stands for the aid
            else:
                break
        if n.dep_ in ("dobj", "nsubjpass", "obj") and n.head.pos_ in ("VERB", "AUX"):
            return n.head
        verb = n.head.head
        if n.dep_ == "pobj" and n.head.lower_ == "in" and verb.pos_ == "VERB" and \
                any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in verb.children):
            return verb  # *provided $5 billion in aid*, the phrase hung on the verb
        return None
