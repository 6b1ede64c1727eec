"""Noun phrases of a paragraph: which actors a phrase names, whose a thing is, and where a place lies.

Reads the dependency parse of a phrase: conjuncts, possessors, compounds and demonyms (*Iran's consulate*,
*Hezbollah positions*, *Iranian drones*), members (*allies such as X*), a state's government or a group's
master (*the Biden administration*, *forces loyal to Haftar*), things held or used by someone (*rebel-held
towns*, *sites used by X*), and the states of the places a phrase names (*Iraqi towns*, *targets in Jericho*).
"""
from __future__ import annotations

from functools import cached_property, lru_cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from .parsefix import tokens_where
from .registry import DocumentActors, Mentions, load_lexicon, load_rules

RELATIVE = {"which", "that", "who", "whom", "whose"}


@lru_cache(maxsize=8)
def participle_ids(words: tuple[str, ...]) -> frozenset[int]:
    """The string ids of some lower-case forms, as ``Doc.to_array(LOWER)`` holds them."""
    return frozenset(get_string_id(w) for w in words)


class PhraseReader:
    """The actors and places of noun phrases in one parsed paragraph (the base of the frame readers, which
    add :class:`graph.arguments.ArgumentReader` and :class:`graph.eventroles.EventRoles`)."""

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
        if tok.i not in self.found.actor_at and (known := self.known_as(tok)):
            return known  # *his movement, by now known as the Houthis*: the name it goes by
        conjuncts = (tok, *[c for c in tok.conjuncts if c.i > tok.i], *self.listed_in_apposition(tok),
                     *self.along_with(tok))
        # *only terrorist camps and no Pakistani military facilities*: a phrase under *no* names nobody it denotes
        conjuncts = tuple(c for c in conjuncts if not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
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

    def known_as(self, tok) -> list[str]:
        """The actor a noun is said to go by: *his movement, known as the Houthis*, *a faction called La Mayiza*."""
        words = [c for c in tok.children if c.dep_ == "acl"]
        if tok.dep_ == "nsubj" and tok.head.i > tok.i:  # *his movement, by now known as the Houthis, overruns*: the
            # phrase the model hangs on the verb between its subject and it
            words += [t for t in tok.doc[tok.i + 1: tok.head.i] if t.dep_ == "pcomp" and t.head.head.i == tok.head.i]
        words = [w for w in words if w.lower_ in ("known", "called", "named")]
        return [self.found.actor_at[p.i] for c in words for a in c.children if a.dep_ == "prep" and a.lower_ == "as"
                for p in a.children if p.dep_ == "pobj" and p.i in self.found.actor_at] + \
            [self.found.actor_at[p.i] for c in words if c.lower_ in ("called", "named")
             for p in c.children if p.dep_ == "oprd" and p.i in self.found.actor_at]

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
    def control_participles(self) -> list:
        """The paragraph's control participles (*held*, *controlled*, *occupied*), found in its array of forms."""
        ids = participle_ids(tuple(sorted(self.rules["control_participles"])))
        return [self.sdoc[i] for i in tokens_where(self.sdoc, LOWER, ids)]

    @cached_property
    def control_marks(self) -> list[tuple[object, object]]:
        """``(participle, holder)`` for every hyphenated control participle of the paragraph (*Houthi-held*,
        *rebel-controlled*): the participle token and the word before its hyphen."""
        return [(tok, self.sdoc[tok.i - 2]) for tok in self.control_participles
                if tok.i >= 2 and self.sdoc[tok.i - 1].text in ("-", "‐", "–")]

    @cached_property
    def holders(self) -> dict[int, str]:
        """Token index -> the actor a hyphenated control participle on it names, for the whole paragraph."""
        out: dict[int, str] = {}
        for tok, holder in self.control_marks:
            if holder.i in self.found.actor_at:
                out.setdefault(tok.head.i, self.found.actor_at[holder.i])
        for tok in self.control_participles:  # *villages held by the KIA*, *areas controlled by Fano militias*
            # (and *the district of Afrin, which was held by the YPG*: a passive relative clause)
            relative = tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in tok.children)
            if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" or relative:
                by = {a for c in tok.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                      for p in c.children if p.dep_ == "pobj" for t in (p, *p.children)
                      if (t is p or t.dep_ in ("compound", "amod")) and (a := self.found.actor_at.get(t.i))}
                if len(by) == 1:
                    out.setdefault(tok.head.i, by.pop())
        return out

    def np_one(self, c, seen: frozenset) -> list[str]:
        at = self.found.actor_at
        if c.i in at:
            for child in c.children:  # *Malian and Wagner forces*, the alias *Wagner forces* taking the shared noun
                if child.dep_ in ("amod", "compound") and child.i in at and at[child.i] != at[c.i] and \
                        any(at.get(x.i) == at[c.i] for x in child.conjuncts):
                    return list(dict.fromkeys([at[child.i], *(at[x.i] for x in child.conjuncts if x.i in at)]))
                if child.lower_ in ("two", "both") and child.i in at and at[child.i] != at[c.i]:
                    return [at[child.i], at[c.i]]  # *the two countries*, *both sides*: the pair named before
            return [at[c.i]]
        if (holder := self.controller(c)) is not None:
            return [holder]
        if c.lemma_.lower() in self.rules["military_objectives"]:  # *targets in Houthi-controlled areas*
            held = [h for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "across", "inside", "near")
                    for q in p.children if q.dep_ == "pobj" and (h := self.controller(q)) is not None]
            if held:
                return held
            owners = [a for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                      for a in self.np(o, seen | {c.i})]  # (each conjunct: *a convoy of Kenyan and Somali troops*)
            if owners:  # *the bases of Ansar Dine*, *positions of the PKK*, *the barracks of the American contingent*
                return owners
        if c.lower_ == "whose" and c.head.dep_ == "appos" and c.head.head.i not in seen:
            return self.np(c.head.head, seen)  # *Assad, whose main backers, Russia and Iran,*: read as an apposition
        if c.lower_ == "whose" and c.head.head.dep_ == "relcl" and c.head.head.head.i not in seen:
            return self.np(c.head.head.head, seen)  # *the Houthis, whose main backer, Iran, denies ...*
        if c.lower_ in RELATIVE:
            clause = c.head
            for _ in range(3):  # *Hezbollah, which Iran helped to found*, *the militia that Iran is said to arm*,
                if clause.dep_ == "xcomp":  # *the RSF, which the UAE is accused of arming*
                    clause = clause.head
                elif clause.dep_ == "pcomp" and clause.head.dep_ == "prep":
                    clause = clause.head.head
                elif clause.dep_ == "ccomp" and clause.head.dep_ == "relcl":  # *fighters, who the UN says are armed*
                    clause = clause.head
            if clause.dep_ == "relcl" and clause.head.i not in seen:
                return self.np(clause.head, seen)
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
        if c.lemma_.lower() in self.rules["opposite_nouns"]:
            return []  # *Eritrea's enemies*, *Hamas's victims*, *Iran's neighbours*: others than the possessor
        if c.lemma_.lower() in ("group", "faction", "organization", "organisation", "movement") and \
                any(ch.ent_type_ == "AG_DEMONYM" for ch in c.children if ch.dep_ in ("amod", "compound")):
            return []  # *various Palestinian groups*, *Syrian opposition factions*: a people's groups, not its state
        named = [ch for ch in kids if ch.dep_ in ("compound", "amod", "nmod") and ch.i in at and ch.i not in seen
                 and ch.ent_type_ != "AG_DEMONYM" and self.reg.type_of(at[ch.i]) != "State"]
        if named and any(ch.dep_ == "poss" for ch in kids):  # *bin Laden's al-Qaeda network* is al-Qaeda's
            return list(dict.fromkeys(at[ch.i] for ch in named))
        order: tuple = (("appos",), ("compound",), ("poss",), ("amod", "nmod"))
        if c.lemma_.lower() in self.rules["ally_nouns"] or c.lemma_.lower() in self.rules["backer_nouns"]:
            # *the TFG's Ethiopian allies* are Ethiopia; *Iran's allies* are nobody named (the possessor is the
            # one they are allied with)
            order = (("appos",), ("compound",), ("amod", "nmod"))
        # *the South African company Executive Outcomes*: a name no data knows is its own, not its describer's
        unknown_name = c.pos_ == "PROPN" and c.text[:1].isupper() and not c.ent_type_.startswith("AG_") and \
            c.ent_type_ != "NORP"  # (*21 Egyptian Christians* are a people of the state, see resolve)
        named_of = any(k.dep_ == "appos" for k in kids) and c.lemma_.lower() in self.rules["part_nouns"] and any(
            p.i in at for prep in kids if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj")
        for deps in order:
            for child in kids:
                if named_of and child.dep_ == "appos" and child.i not in at:
                    continue  # *members of the NPA, the armed wing of the party*: the apposition is the name's
                if unknown_name and child.pos_ != "PROPN" and (child.i < c.i and deps != ("poss",) or (
                        deps == ("appos",) and child.lemma_.lower() in self.rules["firm_nouns"])):
                    continue  # (*Tower 22, a U.S. outpost* is the state's: a place described, not a firm)
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
                # *militants believed to belong to al-Shabaab*, *linked to*, *loyal to*
                if said := [a for t in child.subtree if t.lemma_ in ("belong", "link", "affiliate") and t.dep_ == "xcomp"
                            for a in self.pobj_of(t, ["to", "with"])]:
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
        if c.lemma_.lower() in self.rules["part_nouns"] or c.pos_ in ("NUM",) or \
                c.lemma_.lower() in self.lex["fighter_nouns"] and c.tag_ == "NNS" or \
                c.lower_ in self.lex["territory_shares"] and c.dep_ == "dobj" and c.head.lemma_ in self.lex["holding_verbs"]:
            # *mercenaries from the Wagner Group*; *occupied much of Lebanon*, *seized half of the country*
            for child in kids:
                if child.dep_ == "prep" and child.lower_ in ("of", "from"):  # *fighters from the RSF*
                    for p in child.children:
                        if p.dep_ == "pobj" and p.i not in seen:
                            found = self.np(p, seen | {c.i})
                            if child.lower_ == "from" and c.lemma_.lower() in self.lex["nonstate_people_nouns"] and \
                                    found and all(self.reg.type_of(a) == "State" for a in found):
                                return []  # *four gunmen from Tajikistan*: where they come from, not who sent them
                            return found
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
            state = self.reg.served_by(actor_id)
            if state is not None and self.reg.type_of(state) == "State":
                return self.reg.known(state)
        return None

    def own_side(self, agents: list[str]) -> set[str]:
        """The agents and those they serve (*Biden ordered the strikes* the United States carried out; the RSF's
        commander's side is the RSF)."""
        side = set(agents)
        for a in agents:
            actor = self.reg.actor(a)
            if actor is not None and actor.affiliation:
                side.add(actor.affiliation)
            if (served := self.reg.served_by(a)) is not None:
                side.add(served)
        return side

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

    def places_in(self, tok) -> list[str]:
        """The states of the places named in a phrase (*Iraqi towns*, *targets in Jericho*)."""
        named, owned = [], []
        for t in tok.subtree:
            if self.on_border(t):
                continue
            if t.i in self.found.place_at:
                named.append(self.reg.known(self.found.place_at[t.i]))
            owned += self.state_of_land(t)
        return list(dict.fromkeys(named + owned))

    def on_border(self, tok) -> bool:
        """*near the Somali border*, *along the border with Lebanon*: a border lies between two states, so the one
        it is named by is no target of what happens there."""
        borders = self.lex["border_nouns"]
        if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.head.lemma_.lower() in borders:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ in ("with", "of", "between") and tok.head.head.lemma_.lower() in borders

    def state_of_land(self, tok) -> list[str]:
        """*Nigeria's Borno state*, *Ukraine's Kharkiv region*: the states that own a place noun, or nothing."""
        lemma = tok.lemma_.lower()
        if lemma != "state" and lemma not in self.lex["place_nouns"]:
            return []
        owners = [self.found.actor_at.get(c.i) for c in tok.children if c.dep_ == "poss"]
        return owners if owners and all(o is not None and self.reg.type_of(o) == "State" for o in owners) else []

    def struck_things(self, head) -> list:
        """What a strike hits when that is no actor: its object, or the noun or named place after *on* or *against*
        (*a strike on a hospital in Dnipro*, *the assault on El Fasher*), or the noun after a strike noun's *of* (*the
        bombing of a mosque in Kuwait City*), and a named place after a noun of bombardment (*the shelling of Kherson*; not
        *the invasion of the Gaza Strip*, which the text may give as a reason)."""
        out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        preps = ("on", "against", "of") if head.pos_ == "NOUN" else ("on", "against")  # *the bombing of a mosque*
        out += [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children if p.dep_ == "pobj" and (p.pos_ == "NOUN" or p.i in self.found.place_at and (
                    c.lower_ != "of" or head.lemma_.lower() in self.rules["bombardment_nouns"]))]
        return [c for c in out if c.i not in self.found.actor_at]

    def locative(self, head) -> list[str]:
        """A strike *near the Iranian city of Isfahan* is a strike on Iran."""
        lex = self.lex["locative_preps"]
        objects = self.struck_things(head) + [p for c in head.children if c.dep_ == "prep" and c.lower_ == "at"
                                              for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        # *tens of thousands of children in northern Uganda*: what a number counts
        objects += [p for o in objects if o.ent_type_ == "CARDINAL" or o.lemma_.lower() in self.rules["quantity_nouns"]
                    for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for child in [*head.children, *(g for o in objects for g in o.children)]:
            # (*struck a tanker off Yemen*: off a coast is at sea, no state's ground)
            if child.dep_ == "prep" and child.lower_ in lex and child.lower_ != "off":
                for p in child.children:
                    if p.dep_ != "pobj":
                        continue
                    held = [h for t in p.subtree if (h := self.controller(t)) is not None]
                    if held:  # *in the Israeli-occupied Golan*, *in Houthi-held Hodeidah*: the holder
                        return list(dict.fromkeys(held))
                    if p.lemma_.lower() in self.lex["border_nouns"]:
                        continue  # *ambushed a convoy near the Somali border*: between two states
                    for t in p.subtree:
                        if t.i in self.found.place_at and not self.on_border(t):
                            return [self.reg.known(self.found.place_at[t.i])]
                    states = [self.found.actor_at[c.i] for c in (p, *p.conjuncts) if c.i in self.found.actor_at]
                    if states and all(self.reg.type_of(a) == "State" for a in states):
                        return states  # *struck targets in Syria*: the place named is a state
                    if owners := self.state_of_land(p):
                        return owners  # *in Nigeria's Borno state*, *in Ukraine's Kharkiv region*
        return []
