"""Frames of pressure by words that bind: claims on an actor that are acts in themselves.

- a warrant or a reward: *the ICC issued an arrest warrant for X*, *a reward of up to $10 million for information on
  X's financial networks* press the one sought;
- a threat by declaration: *declared U.S. ships legitimate targets*, *will hold Iran accountable for any attack*;
- a deadline: *gave Hamas until Saturday to release the hostages*;
- demands: *told X to stay away*, *said X must …*, *demanded that X …*, *demanded a halt to X's offensive*;
- designations: *X was designated a terrorist organisation by Y*, *Y lists X as a terrorist group*;
- expulsions and other measures that are no force: *ordered the expulsion of the French ambassador*, *sanctions
  targeting X*, *expelled X's ambassador*.
"""
from __future__ import annotations

from .modality import modality_of


class DemandFrames:
    """Mixed into :class:`graph.relations.SentenceReader`; uses its argument readers and ``emit``."""

    def frame_warrant(self, n) -> None:
        """*The ICC issued an arrest warrant for Vladimir Putin*: a warrant presses the one it is for."""
        wanted = self.pobj_of(n, ["for", "against"])
        verb = self.governor(n)
        if not wanted and verb is not None:
            wanted = self.pobj_of(verb, ["for", "against"])
        agents = self.noun_agents(n) or (self.doers(verb) if verb is not None else [])
        self.emit(agents, "pressures", [w for w in wanted if w not in agents], n, "warrant", 0.75)

    def frame_declared_target(self, n) -> None:
        """*The Houthis declared U.S. ships legitimate targets*, *Iran regards American bases as fair targets*: whoever
        declares an actor's people or things a legitimate target threatens it."""
        if not any(c.dep_ == "amod" and c.lower_ in self.rules["target_licences"] for c in n.children):
            return
        if n.dep_ == "pobj" and n.head.lower_ == "as":  # *regards X as legitimate targets*
            verb, named = n.head.head, [c for c in n.head.head.children if c.dep_ == "dobj"]
        elif n.dep_ == "appos" and n.head.dep_ == "dobj":  # the predicate read as the object's apposition
            verb, named = n.head.head, [n.head]
        else:  # *declared X legitimate targets*: a small clause (X its subject, or its adjective's) or an object predicate
            verb = n.head
            named = [c for h in (n, *n.children) for c in h.children if c.dep_ == "nsubj"] or \
                [c for c in verb.children if c.dep_ == "dobj" and c.i != n.i]
        if n.dep_ not in ("ccomp", "oprd", "xcomp", "dobj", "pobj", "attr", "appos") or \
                verb.lemma_.lower() not in self.rules["declaring_verbs"]:
            return
        declarers = self.subjects(verb)
        marked = [a for c in named for a in self.np(c) if a not in declarers]
        self.emit(declarers, "pressures", marked, n, "declared-target", 0.75)

    def frame_reward(self, n) -> None:
        """*offered a reward of up to $10 million for information on Hezbollah's financial networks*, *put a bounty
        on X's head*: a reward for information on (or the capture of) an actor presses it."""
        verb = self.governor(n)
        offerers = self.noun_agents(n) or (self.subjects(verb) if verb is not None else [])
        amounts = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        holders = (*n.children, *(verb.children if verb is not None else ()), *(c for a in amounts for c in a.children))
        # (*a reward of up to $10 million for information on X*: the phrase may hang on the amount)
        sought = [p for c in holders if c.dep_ == "prep" and c.lower_ in ("for", "on") for p in c.children if p.dep_ == "pobj"]
        sought = [p for p in sought if p.lower_ != "information" or any(c.dep_ in ("prep", "acl") for c in p.children)]
        named = [self.found.actor_at[t.i] for p in sought for t in p.subtree
                 if t.i in self.found.actor_at and t.i not in self.found.pronoun_at]
        # (an offer is the act itself here, not a proposal: asserted unless the verb is denied)
        said = "negated" if verb is not None and any(c.dep_ == "neg" for c in verb.children) else "asserted"
        self.emit(offerers, "pressures", [a for a in dict.fromkeys(named) if a not in offerers], n, "reward-offered", 0.7,
                  modality=said)

    def frame_deadline(self, v) -> None:
        """*gave Hamas until Saturday to release the hostages*, *gave Belarus 48 hours to free X*, *gave the junta one
        week to reinstate the president*: a deadline to act presses whoever must act."""
        kids = list(v.children)
        if not any(c.dep_ == "advcl" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in kids):
            return
        span = any(c.ent_type_ in ("DATE", "TIME") and c.dep_ in ("dobj", "npadvmod")
                   and not any(p.dep_ == "prep" for p in c.children) for c in kids) or \
            any(c.dep_ == "prep" and c.lower_ == "until" for c in kids)
        if not span:
            return
        pressed = [a for c in kids if c.dep_ in ("dative", "dobj") and c.ent_type_ not in ("DATE", "TIME")
                   for a in self.np(c)]
        givers = self.subjects(v)
        self.emit(givers, "pressures", [a for a in pressed if a not in givers], v, "deadline", 0.7)

    def frame_held_accountable(self, v) -> None:
        """*Washington will hold Iran accountable for any attack*, *vowed to hold Hamas responsible*: a warning that
        someone will answer for what it does presses it, the warning being made now (only a warning that looks ahead:
        *held Iran responsible for the attack* is blame)."""
        if v.lemma_.lower() != "hold" or any(c.dep_ == "neg" for c in v.children):
            return
        # the object and its predicate, or the small clause the model may make of them (*hold [Iran accountable]*)
        held = [c for c in v.children if c.dep_ == "dobj"]
        words = [c for c in v.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.pos_ == "ADJ"
                 and c.lower_ in ("accountable", "responsible", "liable")]
        held += [s for w in words if w.dep_ == "ccomp" for s in w.children if s.dep_ == "nsubj"]
        # a warning looks ahead: *will hold*, *vowed to hold*; *held Iran responsible for the attack* is blame
        ahead = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "must", "'ll") for c in v.children) or \
            v.dep_ == "xcomp" and v.head.lemma_.lower() in self.rules["predicates"]["pressures"]["threat_verbs"]
        if not words or not ahead:
            return
        warned = [a for h in held for a in self.np(h)]
        holders = self.subjects(v)
        if any(c.dep_ == "auxpass" for c in v.children) and v.dep_ == "ccomp":
            # *Olmert said the Lebanese government would be held responsible*: the speaker warns whom it names
            warned = [a for c in v.children if c.dep_ == "nsubjpass" for a in self.np(c)]
            holders = self.subjects(v.head) if v.head.lemma_.lower() in self.lex["speech_verbs"] else []
        self.emit(holders, "pressures", [a for a in warned if a not in holders], v, "held-accountable", 0.7,
                  modality="asserted")

    def frame_obligation(self, v) -> None:
        """*X said the US must be ready to mediate*, *demanded that Hamas renounce …*: saying what
        another actor must or should do, or demanding it, presses that actor."""
        for clause in v.children:
            if clause.dep_ != "ccomp":
                continue
            modal = any(c.tag_ == "MD" and c.lower_ in ("must", "should") for c in clause.children)
            # *demanded that Hamas renounce …* (a base-form verb); *insisted that Russia was attacking …* only tells
            subjunctive = v.lemma_ in self.rules["demand_that_verbs"] and \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and \
                (clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.lower_ == clause.lemma_.lower())  # *that Iraq comply*
                 or any(c.dep_ == "auxpass" and c.lower_ == "be" for c in clause.children))
            if modal or subjunctive:
                targets = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for a in self.np(c)]
                speaker = self.subjects(v)
                self.emit(speaker, "pressures", [t for t in targets if t not in speaker], v, "obligation", 0.7)

    def frame_demanded_act(self, n) -> None:
        """*demanded the withdrawal of Iraqi forces from Kuwait*, *called for the disarmament of Hezbollah*, *urged
        Russia's pullout*: demanding an act of X's presses X (the one whose withdrawal, surrender or compliance
        it is)."""
        verbs = self.rules["demanding_verbs"]
        if n.dep_ == "dobj":
            verb, prep = n.head, None
        elif n.dep_ == "pobj" and n.head.dep_ == "prep":
            verb, prep = n.head.head, n.head.lower_
        else:
            return
        if verb.pos_ != "VERB" or prep not in verbs.get(verb.lemma_.lower(), ()):
            return
        doers = [a for c in n.children if c.dep_ == "poss" for a in self.np(c)]
        if n.lemma_.lower() in ("release", "return", "handover", "extradition"):
            # *demanded the release of prisoners held by Israel*: whoever holds them must let them go
            doers += [a for p in (p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                                  if p.dep_ == "pobj") for a in self.holders_of(p)]
        else:
            doers += self.pobj_of(n, ["of"])
        # *demanded a halt to the RSF offensive*, *called for an end to Israel's bombardment of Gaza*: who wages it
        # (the *to* phrase may hang on the verb, right after the noun)
        preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ in ("to", "of")] + \
            [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == n.right_edge.i + 1]
        doers += [a for c in preps for p in c.children
                  if p.dep_ == "pobj" and self.is_event(p) for a in self.event_agents(p) if a not in doers]
        speakers = self.subjects(verb)
        self.emit(speakers, "pressures", [d for d in doers if d not in speakers], n, "demanded-act", 0.7,
                  modality=modality_of(verb, self.modal))  # the act is wanted, the demand made

    def frame_protested(self, tok) -> None:
        """*Japan protested to China over ...*, *lodged a diplomatic protest with Beijing*: a state's formal protest
        to another presses it (a crowd's protest *against* something names no one pressed)."""
        if tok.pos_ == "VERB":
            speakers, held = self.subjects(tok), tok
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.rules["lodging_verbs"]:
            speakers, held = self.subjects(tok.head), tok.head
        else:
            return
        told = self.pobj_of(tok, ["to", "with"]) + (self.pobj_of(held, ["to", "with"]) if held is not tok else [])
        self.emit(speakers, "pressures", [t for t in dict.fromkeys(told) if t not in speakers], tok, "protested", 0.7)

    def frame_legal_case(self, n) -> None:
        """*South Africa filed a case against Israel at the International Court of Justice*, *Ukraine brought a
        lawsuit against Russia*: taking a state or group to court presses it."""
        verb = self.governor(n)
        if verb is None or verb.lemma_.lower() not in (*self.rules["lodging_verbs"], "bring", "launch", "initiate", "open"):
            return
        accused = self.pobj_of(n, ["against"]) or self.pobj_of(verb, ["against"])
        plaintiffs = self.subjects(verb)
        self.emit(plaintiffs, "pressures", [a for a in accused if a not in plaintiffs], n, "legal-case", 0.7)

    def frame_taken_to_court(self, v) -> None:
        """*South Africa took Israel to the International Court of Justice*, *Ukraine hauled Russia before a UN court*:
        taking a state or group to court presses it."""
        courts = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "before") for p in c.children
                  if p.dep_ == "pobj" and any(t.lower_ in self.rules["court_words"] for t in p.subtree)]
        if not courts:
            return
        accused = [a for c in v.children if c.dep_ == "dobj" for a in self.np(c)]
        plaintiffs = self.subjects(v)
        self.emit(plaintiffs, "pressures", [a for a in accused if a not in plaintiffs], v, "legal-case", 0.7)

    def holders_of(self, people) -> list[str]:
        """Who holds captives: *prisoners held by Israel*, *diplomats detained in Iran*, *soldiers in Hamas
        custody*, *inmates of Israeli jails*."""
        out = [a for c in people.children if c.dep_ == "acl" and c.lemma_.lower() in self.rules["captor_verbs"]
               for a in self.pobj_of(c, ["by"])]
        places = [p for h in (people, *(c for c in people.children if c.dep_ == "acl"))
                  for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj"]
        out += [a for p in places if p.lemma_.lower() in ("jail", "prison", "custody", "detention", "captivity")
                for c in p.children if c.dep_ in ("poss", "amod", "compound") for a in self.np(c)]
        return list(dict.fromkeys(out))

    def frame_expulsion_noun(self, n) -> None:
        """*ordered the expulsion of the French ambassador*, *Ghana's expulsion of Nigerian diplomats*, *announced
        the expulsion of 20 Russian envoys*: sending a state's envoys or forces home presses that state."""
        sent = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                and p.lemma_.lower() in (*self.rules["envoy_nouns"], *self.rules["personnel_nouns"])]
        targets = [a for p in sent for a in self.np(p) if self.reg.type_of(a) == "State"]
        if not targets:
            return
        agents = self.owner_or_by(n)
        verb = self.governor(n)
        demanded = verb is not None and verb.lemma_.lower() in self.rules["demanding_verbs"]
        if not agents and verb is not None and (verb.lemma_ in self.rules["light_verbs"] or demanded):
            agents = self.subjects(verb)
        extra = {"modality": modality_of(verb, self.modal)} if demanded else {}  # the demand is made, the act wanted
        self.emit(agents, "pressures", [t for t in targets if t not in agents], n, "expulsion-noun", 0.7, **extra)

    def instructed(self, v) -> list[str]:
        """*told the United States to stay away*, *told Netanyahu that Israel should …*: a demand; *ordered France's
        ambassador out of the country*: an order to leave."""
        out = any(c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod") for c in v.children)
        if not out and not any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
                m.tag_ == "MD" and m.lower_ in ("should", "must") for m in c.children)) for c in v.children):
            return []
        return [a for c in v.children if c.dep_ in ("dobj", "dative") for a in self.np(c)]

    def frame_designation(self, v) -> None:
        """*X has been designated a terrorist group by Y and Z*, *Y lists X as a terrorist organisation*:
        the designating states press X. The *by* phrase may hang on the complement noun."""
        lemma = v.lemma_.lower()
        if lemma not in self.rules["designation_verbs"]:
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        second = ("oprd", "attr", "xcomp", "dobj") if passive else ("oprd", "attr", "xcomp")  # *was designated a group*
        complements = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                       if p.dep_ == "pobj"] + [c for c in v.children if c.dep_ in second]
        # *declared the TPLF a terrorist organisation*, read as a verbless clause: the noun and its subject
        small = [c for c in v.children if c.dep_ == "ccomp" and c.pos_ == "NOUN" and not passive
                 and any(s.dep_ == "nsubj" for s in c.children)]
        complements += small
        terror = any(t.lemma_.lower() in self.rules["terror_words"] for c in complements for t in c.subtree)
        if lemma not in self.rules["designation_verbs_alone"] and not terror:
            return
        if passive:
            agents = self.pobj_of(v, ["by"]) or [a for c in complements for a in self.pobj_of(c, ["by"])]
            targets = self.patients(v)
        else:
            agents, targets = self.subjects(v), [a for c in v.children if c.dep_ == "dobj" for a in self.np(c)]
            targets += [a for c in small for s in c.children if s.dep_ == "nsubj" for a in self.np(s)]
        generic = lemma in self.verbs and passive and self.pobj_of(v, ["by"])
        if not generic:  # the verb frame reads the plain cases
            self.emit(agents, "pressures", targets, v, "designation", 0.8)

    def measure_not_force(self, v) -> bool:
        """*sanctions targeting X*, *seized the assets of X*, *expelled X's ambassador*, *hit back with tariffs*: a
        measure, not force."""
        measures = self.rules["measure_nouns"]
        if v.lemma_.lower() in self.rules["expulsion_measure_verbs"] and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in (*self.rules["envoy_nouns"],
                                                                          *self.rules["civilian_people_nouns"])
                for c in v.children):
            return True  # a state sends envoys, leaders or journalists home: a measure, however hostile
        if v.lemma_.lower() in self.rules["expulsion_measure_verbs"] and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.rules["personnel_nouns"]
                and any(self.reg.type_of(a) == "State" for a in self.np(c)) for c in v.children):
            return True  # *the junta expelled French troops*: a state's forces sent home, not driven out in battle
        if v.dep_ in ("acl", "relcl") and v.head.lemma_.lower() in measures:
            return True
        if any(p.lemma_.lower() in measures for c in v.children if c.dep_ == "prep" and c.lower_ == "with"
               for p in c.children if p.dep_ == "pobj"):
            return True  # *China hit back at the United States with tariffs*: the measure is the blow
        if any(c.dep_ in ("nsubj", "csubj") and c.lemma_.lower() in measures for c in v.children):
            return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.rules["financial_nouns"] for c in v.children)
