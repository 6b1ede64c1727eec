"""Arguments of a trigger: which actors a phrase names, and who acts on whom.

Reads the dependency parse around a trigger word: noun phrases and their conjuncts,
possessors, compounds and demonyms (*Iran's consulate*, *Hezbollah positions*, *Iranian
drones*), members (*allies such as X*), subjects inherited through coordination and control,
objects, passive patients, event agents (*Israel's strike*, *strikes by Israel*, *X claimed
the attack*, *blamed on X*) and locations that stand for a state.
"""
from __future__ import annotations

import json
from functools import cached_property, lru_cache
from importlib import resources

from .registry import DocumentActors, Mentions, load_lexicon, word_lists

RELATIVE = {"which", "that", "who", "whom", "whose"}


@lru_cache(maxsize=1)
def load_rules() -> tuple[dict, dict]:
    """The relation lexicon and the modality lexicon."""
    folder = resources.files("graph.data").joinpath("patterns")
    return (word_lists(json.loads(folder.joinpath("relations.json").read_text("utf-8"))),
            word_lists(json.loads(folder.joinpath("modality.json").read_text("utf-8"))))


class ArgumentReader:
    """Resolves the arguments of triggers in one parsed paragraph to actor ids."""

    def __init__(self, sdoc, found: Mentions, reg: DocumentActors, offset: int) -> None:
        self.sdoc, self.found, self.reg, self.offset = sdoc, found, reg, offset
        self.rules, self.modal = load_rules()
        preds = self.rules["predicates"]
        self.verbs = {lemma: p for p, spec in preds.items() for lemma in spec["verbs"]}
        self.nouns = {lemma: p for p, spec in preds.items() for lemma in spec["nouns"]}
        self.lex = load_lexicon()

    def np(self, tok, seen: frozenset = frozenset()) -> list[str]:
        """Actors a noun phrase denotes, each conjunct included."""
        result: list[str] = []
        conjuncts = (tok, *[c for c in tok.conjuncts if c.i > tok.i], *self.listed_in_apposition(tok),
                     *self.along_with(tok))
        places = [c for c in conjuncts if c.lemma_.lower() in self.lex["place_nouns"] and c.i not in self.found.actor_at
                  and self.controller(c) is None]
        named = [self.found.actor_at[c.i] for c in conjuncts if c.i in self.found.actor_at]
        if places and named and all(self.reg.type_of(a) == "State" for a in named):
            return []  # *Syria and other areas*: states listed among places are places
        for c in conjuncts:
            if c in places:
                # *a FARC camp*, *Hezbollah's strongholds*: a group's place is the group's; a state's city is a place
                result += [a for a in (self.found.actor_at.get(g.i) for g in c.subtree if g.i < c.i and g.dep_ in
                                       ("compound", "poss", "amod"))
                           if a is not None and self.reg.type_of(a) == "Group" and a not in result]  # *a JeM training camp*
                result += [a for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                           if o.dep_ == "pobj" for a in self.np_one(o, seen | {tok.i})
                           if self.reg.type_of(a) == "Group" and a not in result]  # *the bases of Ansar Dine*
                continue
            for a in self.np_one(c, seen | {tok.i}):
                if a not in result:
                    result.append(a)
        return result

    @staticmethod
    def along_with(tok) -> list:
        """*US personnel along with Kenyan troops*, *Russia together with Iran*: the phrase joins another conjunct."""
        out = [p for a in tok.children if a.dep_ in ("prep", "advmod") and a.lower_ in ("along", "together")
               for w in a.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children if p.dep_ == "pobj"]
        return out + [p for w in tok.children if w.dep_ == "prep" and w.lower_ == "with"
                      and any(a.dep_ == "advmod" and a.lower_ in ("along", "together") for a in w.children)
                      for p in w.children if p.dep_ == "pobj"]

    def listed_in_apposition(self, tok) -> list:
        """*by Australia, Canada, the United Kingdom and France*, read by the parser as an apposition:
        actors of one type set beside each other are a list, not one actor described by another."""
        at = self.found.actor_at
        if tok.i not in at:
            return []
        out = []
        for child in tok.children:
            if child.dep_ == "appos" and child.i in at and at[child.i] != at[tok.i] and \
                    self.reg.type_of(at[child.i]) == self.reg.type_of(at[tok.i]):
                out += [child, *[c for c in child.conjuncts if c.i > child.i]]
        return out

    def controller(self, c) -> str | None:
        """*Houthi-controlled areas*, *the Israeli-occupied Golan*, *rebel-held towns*: who holds a place."""
        return self.holders.get(c.i)

    @cached_property
    def holders(self) -> dict[int, str]:
        """Token index -> the actor a hyphenated control participle on it names, for the whole paragraph."""
        out: dict[int, str] = {}
        for tok in self.sdoc:
            if tok.lower_ in self.rules["control_participles"] and tok.i >= 2 and \
                    self.sdoc[tok.i - 1].text in ("-", "‐", "–") and tok.i - 2 in self.found.actor_at:
                out.setdefault(tok.head.i, self.found.actor_at[tok.i - 2])
        return out

    def np_one(self, c, seen: frozenset) -> list[str]:
        at = self.found.actor_at
        if c.i in at:
            for child in c.children:  # *Malian and Wagner forces*, the alias *Wagner forces* taking the shared noun
                if child.dep_ in ("amod", "compound") and child.i in at and at[child.i] != at[c.i] and \
                        any(at.get(x.i) == at[c.i] for x in child.conjuncts):
                    return list(dict.fromkeys([at[child.i], *(at[x.i] for x in child.conjuncts if x.i in at)]))
            return [at[c.i]]
        if (holder := self.controller(c)) is not None:
            return [holder]
        if c.lemma_.lower() in self.rules["military_objectives"]:  # *targets in Houthi-controlled areas*
            held = [h for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "across", "inside", "near")
                    for q in p.children if q.dep_ == "pobj" and (h := self.controller(q)) is not None]
            if held:
                return held
            owners = [a for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                      for a in self.np_one(o, seen | {c.i})]
            if owners:  # *the bases of Ansar Dine*, *positions of the PKK*, *the barracks of the American contingent*
                return owners
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
        if self.others_of_a_kind(c):
            return []
        named = [ch for ch in kids if ch.dep_ in ("compound", "amod", "nmod") and ch.i in at and ch.i not in seen
                 and ch.ent_type_ != "AG_DEMONYM" and self.reg.type_of(at[ch.i]) != "State"]
        if named and any(ch.dep_ == "poss" for ch in kids):  # *bin Laden's al-Qaeda network* is al-Qaeda's
            return list(dict.fromkeys(at[ch.i] for ch in named))
        order: tuple = (("appos",), ("compound",), ("poss",), ("amod", "nmod"))
        if c.lemma_.lower() in self.rules["ally_nouns"] or c.lemma_.lower() in self.rules["backer_nouns"]:
            # *the TFG's Ethiopian allies* are Ethiopia; *Iran's allies* are nobody named (the possessor is the
            # one they are allied with)
            order = (("appos",), ("compound",), ("amod", "nmod"))
        for deps in order:
            for child in kids:
                if child.dep_ in deps and child.i not in seen:
                    if child.i in at or any(x.i in at for x in child.conjuncts):
                        return list(dict.fromkeys(at[x.i] for x in (child, *child.conjuncts) if x.i in at))
                    if deps != ("amod", "nmod") and (inner := self.np_one(child, seen | {c.i})):
                        # *an Islamic State target*, *the Iranian embassy complex*, *Camp Simba, a base used by X*
                        return inner
        for child in kids:
            if child.dep_ == "amod" and child.lower_ == "led":  # *U.S.-led forces*
                if leaders := [at[g.i] for g in child.children if g.i in at]:
                    return leaders
            if child.dep_ == "amod" and child.lower_ == "loyal" and c.lemma_.lower() in self.lex["group_nouns"] + \
                    self.lex["institution_nouns"]:  # *forces loyal to Haftar*, *militants loyal to the Islamic State*
                if masters := self.pobj_of(child, ["to"]):
                    return masters
            if child.dep_ == "acl" and child.lemma_ in self.rules["possession_verbs"]:
                if owners := self.pobj_of(child, ["to", "with"]):
                    return owners
            if child.dep_ == "acl" and child.lemma_ in ("believe", "think", "suspect", "say", "report", "know"):
                # *the militants, believed to be members of the Islamic State*
                if said := [a for t in child.subtree if t.dep_ == "attr" for a in self.np(t, seen | {c.i})]:
                    return said
            if child.dep_ == "relcl" and child.lemma_ == "be":  # *a base, which was home to U.S. troops*
                if hosted := [a for g in child.children if g.dep_ == "attr" and g.lemma_ == "home"
                              for a in self.pobj_of(g, ["to"]) + [x for p in self.along_with(child) for x in self.np(p)]]:
                    return hosted
            if child.dep_ in ("acl", "relcl") and child.lemma_ in self.rules["carrying_verbs"]:
                # *a convoy carrying Malian soldiers*, *a base that houses U.S. troops*, *sites used by X*
                passive = any(g.dep_ in ("agent", "auxpass") for g in child.children) or child.tag_ == "VBN"
                if carried := (self.pobj_of(child, ["by"]) if passive else
                               [a for g in child.children if g.dep_ == "dobj" for a in self.np(g, seen | {c.i})]):
                    return carried
        if c.lemma_.lower() in self.rules["part_nouns"] or c.pos_ in ("NUM",):
            for child in kids:
                if child.dep_ == "prep" and child.lower_ in ("of", "from"):  # *fighters from the RSF*
                    for p in child.children:
                        if p.dep_ == "pobj" and p.i not in seen:
                            return self.np(p, seen | {c.i})
        return []

    def others_of_a_kind(self, c) -> bool:
        """*Hamas and other Palestinian factions*, *the Houthis and other Yemeni forces*: *other* makes the
        demonym's noun more of the kind the list began with (armed groups), not the named country's army."""
        if c.dep_ != "conj" or not any(ch.dep_ == "amod" and ch.lower_ == "other" for ch in c.children):
            return False
        peers = [self.found.actor_at[x.i] for x in c.conjuncts if x.i < c.i and x.i in self.found.actor_at]
        return bool(peers) and all(self.reg.type_of(p) != "State" for p in peers)

    def government_of(self, c) -> str | None:
        """*the Biden administration*, *Netanyahu's government*: the state its leader serves."""
        kids = [*c.children, *(p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                               for p in prep.children if p.dep_ == "pobj")]
        holders = [c, c.head] if c.dep_ == "dobj" else [c]  # *propped up the government in Kabul*, read on the verb
        seat = [p for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "in"
                for p in prep.children if p.dep_ == "pobj" and (p.i in self.found.place_at or p.i in self.found.actor_at)]
        for p in seat:  # *the government in Kabul*, *the Sandinista government in Nicaragua*
            state = self.found.place_at.get(p.i) or self.found.actor_at.get(p.i)
            if state in self.reg.gaz.actors and self.reg.gaz.actors[state].actor_type == "State":
                return self.reg.known(state)
        for child in kids:
            actor_id = self.found.actor_at.get(child.i, "")
            family = self.reg.gaz.family_states.get(child.text) if child.dep_ in ("compound", "poss") else None
            if family is not None and family in self.reg.gaz.actors:
                return self.reg.known(family)  # *the Assad regime*: the family's state
            if child.dep_ not in ("compound", "poss", "pobj") or not actor_id:
                continue
            if self.reg.type_of(actor_id) == "State":
                return actor_id  # *the government of Sudan*, *Somalia's government*
            state = self.served_by(actor_id)
            if state is not None and self.reg.type_of(state) == "State":
                return self.reg.known(state)
        return None

    def own_side(self, agents: list[str]) -> set[str]:
        """The agents and those they serve (*Biden ordered the strikes* the United States carried out; the RSF's
        commander's side is the RSF)."""
        side = set(agents)
        for a in agents:
            actor = self.reg.actors.get(a) or self.reg.gaz.actors.get(a)
            if actor is not None and actor.affiliation:
                side.add(actor.affiliation)
            if (served := self.served_by(a)) is not None:
                side.add(served)
        return side

    def served_by(self, actor_id: str) -> str | None:
        """Whom a person serves: what the text says (*Yemeni President X*), else the reference data."""
        said = [org for person, org in self.reg.affiliations if person == actor_id]
        if said:
            return said[0]
        actor = self.reg.actors.get(actor_id) or self.reg.gaz.actors.get(actor_id)
        return actor.affiliation if actor is not None and actor.affiliation in self.reg.gaz.actors else None

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

    def doers(self, v) -> list[str]:
        """Who does what a verb says: its *by* phrase when the verb is passive, else its subject."""
        if any(c.dep_ == "auxpass" for c in v.children):
            return self.pobj_of(v, ["by"])
        return self.subjects(v)

    def pobj_of(self, head, preps: list[str]) -> list[str]:
        result = []
        for child in head.children:
            if child.dep_ in ("prep", "agent", "dative") and self._prep_text(child) in preps:
                for p in child.children:
                    if p.dep_ == "pobj" and child.lower_ == "over":
                        # *sanctions over its nuclear programme*, *over Russia's war*: the owner
                        result += [a for c in p.children if c.dep_ == "poss" for a in self.np(c)]
                    elif p.dep_ == "pobj":
                        result += self.np(p)
                    elif p.dep_ == "pcomp" and p.tag_ == "VBG":
                        result += self.objects(p, "attacks")
                    elif p.dep_ == "pcomp" and (named := self.what_was_called(p)) is not None:
                        result += self.np(named)
        return result

    @staticmethod
    def what_was_called(v):
        """*strikes on what it said were Hezbollah targets*, *struck what Israel described as Hamas
        infrastructure*: the noun the free relative *what* is said to be, or None."""
        if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in v.children):
            return None
        for c in v.children:
            if c.dep_ == "ccomp" and c.lemma_ == "be":
                return next((a for a in c.children if a.dep_ == "attr"), None)
            if c.dep_ == "prep" and c.lower_ == "as":
                return next((a for a in c.children if a.dep_ == "pobj"), None)
            if c.dep_ == "oprd":  # *what it called PKK hideouts*
                return c
        return None

    def subjects(self, v, depth: int = 0, shared: bool = False) -> list[str]:
        """The agent of an active verb, inherited through conjunction and control.

        A conjoined verb shares its head's subject, a passive one too (*the rebels were engaged in a
        war and attacked a warship*): ``shared`` says the subject is being looked for on such a head.
        """
        if depth > 6:
            return []
        deps = ("nsubj", "csubj", "nsubjpass") if shared else ("nsubj", "csubj")
        for child in v.children:
            if child.dep_ in deps:
                if child.lower_ in RELATIVE and v.dep_ == "relcl":
                    ante = self.antecedent(v.head, violent=self.verbs.get(v.lemma_.lower()) == "attacks")
                    found = self.event_agents(ante) if self.is_event(ante) else self.np(ante)
                elif self.is_event(child) and child.i not in self.found.actor_at:
                    found = self.event_agents(child)
                else:
                    found = self.np(child) or self.launched_by(child)
                if found:
                    return found
        head = v.head
        if v.dep_ == "ROOT" and (lead := [c for c in v.children if c.i < v.i and c.dep_ in ("nmod", "npadvmod", "compound", "dep")
                                         and c.i in self.found.actor_at]):
            return [a for c in lead for a in self.np(c)]  # headline grammar: *US and UK launch strikes on X*
        if v.dep_ == "conj":
            return self.subjects(head, depth + 1, shared=True)
        if v.dep_ == "xcomp":
            if head.lemma_ in self.rules["object_control_verbs"]:
                return self.objects(head, "pressures", control=True)
            if any(c.dep_ == "auxpass" for c in head.children) and (users := self.pobj_of(head, ["by"])):
                return users  # *drones were used by Russia to attack Ukrainian cities*
            return self.subjects(head, depth + 1)
        if v.dep_ == "pcomp" and (blamed := self.accused(v)):
            return blamed
        if v.dep_ in ("advcl", "ccomp", "pcomp") and v.tag_ == "VBG":
            if v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in self.rules["means_preps"] and \
                    head.head.pos_ in ("VERB", "AUX"):
                head = head.head  # *the Taliban retaliated by shelling X*: the subject of the verb the phrase is on
            return self.subjects(head, depth + 1)
        if v.dep_ in ("advcl", "xcomp") and v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return self.subjects(head, depth + 1)  # *sent troops to Angola to support the MPLA*
        if v.dep_ == "acl" and v.tag_ == "VB" and self.is_event(head):
            return self.event_agents(head)  # *Bush ordered an invasion to topple the Taliban*
        if v.dep_ == "acl" and (v.tag_ in ("VBG", "VBD") or self.misread_participle(v)):
            # *a militia firing rockets*; *sent Tehran a message warning it …*: the sender warns;
            # a finite verb hung on the noun before it (*coalition warplanes carried out strikes*) has it as subject
            if found := self.np(head):
                return found
            if head.dep_ in ("dobj", "dative") and head.head.pos_ == "VERB":
                return self.subjects(head.head, depth + 1)
        return []

    def launched_by(self, n) -> list[str]:
        """*a drone, launched by the Islamic Resistance in Iraq, struck …*: a weapon's launcher acts."""
        if n.lemma_.lower() not in self.rules["predicates"]["attacks"]["projectiles"]:
            return []
        return [a for c in n.children if c.dep_ in ("acl", "relcl") and c.lemma_ in self.rules["predicates"]["attacks"]
                ["firing_verbs"] for a in self.pobj_of(c, ["by"])]

    @staticmethod
    def misread_participle(v) -> bool:
        """A past participle read as modifying the noun before it, yet with a direct object and no agent:
        a finite verb the parser misread (*coalition warplanes carried out three strikes*)."""
        kids = [c.dep_ for c in v.children]
        return v.tag_ == "VBN" and "dobj" in kids and "agent" not in kids and "auxpass" not in kids

    def antecedent(self, head, violent: bool = False):
        """The noun a relative clause is about; a date it was hung on gives way to the event before it, and so
        does a place when the clause does violence (*the rocket attack in the occupied Golan Heights, which killed
        12 children*: a place kills nobody)."""
        place = head.i in self.found.place_at or (violent and (
            head.ent_type_ in ("GPE", "LOC", "FAC") or head.lemma_.lower() in self.lex["place_nouns"]
            or self.controller(head) is not None))
        if head.ent_type_ in ("DATE", "TIME") or place:
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
            elif child.dep_ == "npadvmod" and child.i > v.i and child.i in self.found.actor_at:
                result += self.np(child)  # *were attacking Ahrar al-Sham*, the name misread as an adverb
        if not result and v.lemma_ in self.rules["object_control_verbs"]:
            # *pressed Hamas leaders to agree*, parsed with the object as the subject of *agree*
            for clause in v.children:
                if clause.dep_ in ("ccomp", "xcomp") and (v.lemma_ == "help" or any(
                        c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)):  # *helped X retake Y*
                    result += [a for c in clause.children if c.dep_ == "nsubj" for a in self.np(c)]
        if not result:  # *struck what it described as X's facilities*, the free relative read as a clause
            result += [a for c in v.children if c.dep_ == "ccomp" and (named := self.what_was_called(c)) is not None
                       for a in self.np(named)]
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
        """*Washington blames X for the attack*, *accused Iran of arming the Houthis*, *sanctioned X for
        arming Y*: the accused or punished is the agent (a blame verb makes it alleged)."""
        prep = tok.head
        if tok.dep_ == "pobj" and prep.lower_ in ("in", "of") and prep.head.lemma_.lower() in self.rules["trend_nouns"] \
                and prep.head.dep_ == "pobj":
            tok, prep = prep.head, prep.head.head  # *blamed X for a surge in attacks on Y*
        if tok.dep_ not in ("pobj", "pcomp") or prep.lower_ not in ("for", "of", "over"):
            return []
        verb = prep.head
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
        if n.dep_ == "pobj" and head.head.lemma_ in self.rules["light_verbs"] and head.dep_ == "prep" and \
                head.lower_ not in self.modal["factive_marks"] + ["during", "amid", "despite", "over", "for"]:
            # *X is engaged in combat against Y*: the subject of a stative passive acts
            return self.subjects(head.head, shared=head.head.lemma_ in self.rules["stative_light_verbs"])
        if n.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ in self.rules["response_verbs"]:
            return self.subjects(head.head)  # *Washington retaliated with strikes on …*
        return []

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

    def places_in(self, tok) -> list[str]:
        """The states of the places named in a phrase (*Iraqi towns*, *targets in Jericho*)."""
        named, owned = [], []
        for t in tok.subtree:
            if t.i in self.found.place_at:
                named.append(self.reg.known(self.found.place_at[t.i]))
            owned += self.state_of_land(t)
        return list(dict.fromkeys(named + owned))

    def state_of_land(self, tok) -> list[str]:
        """*Nigeria's Borno state*, *Ukraine's Kharkiv region*: the states that own a place noun, or nothing."""
        lemma = tok.lemma_.lower()
        if lemma != "state" and lemma not in self.lex["place_nouns"]:
            return []
        owners = [self.found.actor_at.get(c.i) for c in tok.children if c.dep_ == "poss"]
        return owners if owners and all(o is not None and self.reg.type_of(o) == "State" for o in owners) else []

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

    def struck_things(self, head) -> list:
        """What a strike hits when that is no actor: its object, or the noun after *on* or *against*
        (*a strike on a hospital in Dnipro*)."""
        out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        out += [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        return [c for c in out if c.i not in self.found.actor_at]

    def locative(self, head) -> list[str]:
        """A strike *near the Iranian city of Isfahan* is a strike on Iran."""
        lex = self.lex["locative_preps"]
        objects = self.struck_things(head)
        for child in [*head.children, *(g for o in objects for g in o.children)]:
            if child.dep_ == "prep" and child.lower_ in lex:
                for p in child.children:
                    if p.dep_ != "pobj":
                        continue
                    held = [h for t in p.subtree if (h := self.controller(t)) is not None]
                    if held:  # *in the Israeli-occupied Golan*, *in Houthi-held Hodeidah*: the holder
                        return list(dict.fromkeys(held))
                    for t in p.subtree:
                        if t.i in self.found.place_at:
                            return [self.reg.known(self.found.place_at[t.i])]
                    states = [self.found.actor_at[c.i] for c in (p, *p.conjuncts) if c.i in self.found.actor_at]
                    if states and all(self.reg.type_of(a) == "State" for a in states):
                        return states  # *struck targets in Syria*: the place named is a state
                    if owners := self.state_of_land(p):
                        return owners  # *in Nigeria's Borno state*, *in Ukraine's Kharkiv region*
        return []
