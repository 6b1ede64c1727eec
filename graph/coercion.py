"""Pressure that is not an attack: threats, demands, designations and coercive aims.

- threats: *threatened to strike X*, *vowed that X would be punished*, *vowed revenge against X*,
  *promised a harsh response to X's attack*, *X will bear the consequences*, *warned that if X …*;
  but *vowed to keep supporting X* and *pledged to help X* promise help, and *warned that it had
  indications that …* only informs;
- demands: *told X to stay away*, *said X must …*, *demanded that X …*;
- designations: *X was designated a terrorist organisation by Y*, *Y lists X as a terrorist group*;
- coercive aims: *will continue its attacks until X withdraws* presses X.
"""
from __future__ import annotations

from .modality import modality_of

SETTING_PREPS = ("despite", "amid", "after", "following", "since", "during")


class CoercionFrames:
    """Mixed into :class:`graph.relations.SentenceReader`."""

    def threatened(self, v) -> list[str]:
        """Whom a threat is aimed at: *vowed that Israel would be punished*, *threatened to send
        Lebanon back …*, *warned that if Israel made another mistake, …*, *promised to exact the
        price from Iran*. The speaker's own side is never the target."""
        own = set(self.subjects(v))
        own |= {self.reg.actors[a].affiliation for a in own if a in self.reg.actors}
        for child in v.children:
            if child.dep_ not in ("ccomp", "xcomp"):
                continue
            if v.lemma_ != "threaten" and not self.harmful(child):
                continue  # *vowed to keep supporting X*
            if v.lemma_ == "warn" and not self.foretold(child):
                continue  # *warned that it had indications that …* informs
            if child.lemma_.lower() == "avenge":  # *vowed to avenge him*: whom is avenged is the victim
                if avenged := self.avenged(child, own):
                    return avenged
                continue
            modal = any(c.tag_ == "MD" for c in child.children)
            ranked: list[tuple[int, list[str]]] = []
            helped = self.helped_part(child)  # *pledged to send police to help Haiti fight gangs*: a beneficiary
            for t in child.subtree:
                if t.i in helped:
                    continue
                if t.dep_ == "nsubj" and t.head.dep_ == "advcl" and \
                        any(m.lower_ == "if" for m in t.head.children if m.dep_ == "mark"):
                    ranked.append((1, self.np(t)))
                elif t.dep_ in ("dobj", "nsubjpass"):
                    ranked.append((0, self.np(t)))
                    ranked.append((2, self.places_in(t)))
                elif t.dep_ == "pobj" and t.head.lower_ in ("from", "on", "against", "at", "to", "with", "in", "into"):
                    ranked.append((2, self.np(t) or self.places_in(t)))
                elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.lex["place_nouns"]:
                    ranked.append((2, [a for a in self.np(t) if self.reg.type_of(a) == "State"]))  # *the region of Guyana*
                elif modal and t.dep_ == "nsubj" and t.head.i == child.i:
                    ranked.append((3, self.np(t)))
                elif t.dep_ == "nsubj":  # *promising to make Israel pay*
                    ranked.append((4, self.np(t)))
            for _, found in sorted(ranked, key=lambda x: x[0]):
                if found := [a for a in found if a not in own]:
                    return found
            if child.lemma_ in self.rules["retaliation_verbs"]:
                return self.last_attackers_of(v)  # *the group vowed to retaliate*: against whoever struck it
        if v.lemma_ == "threaten":  # *threatened military action against Iran*, *threatened intervention in Niger*
            aimed = ["against", "on", "at", "upon"]
            for thing in (c for c in v.children if c.dep_ == "dobj"):
                armed = thing.lemma_.lower() == "action" and any(
                    c.dep_ == "amod" and c.lower_ in self.rules["military_modifiers"] for c in thing.children)
                # (*threatened tariffs on Colombia*, *threatened sanctions against Iran*: a measure threatened)
                if self.is_event(thing) or armed or thing.lemma_.lower() in self.rules["consequence_nouns"] or \
                        thing.lemma_.lower() in self.rules["measure_nouns"]:
                    # *an offensive against the YPG in northern Syria*: *in* names the target only when nothing is aimed at
                    found = self.pobj_of(thing, aimed) or self.pobj_of(v, aimed) or \
                        self.pobj_of(thing, ["in"]) or self.pobj_of(v, ["in"])
                    if found := [a for a in found if a not in own]:
                        return found
        return []

    def avenged(self, v, own: set[str]) -> list[str]:
        """*vowed to avenge him*, *to avenge the killing of its commander*: the last attackers the text named of the
        one avenged (of anyone, when the avenged is no actor), not the avenger's side."""
        victims = [a for c in v.children if c.dep_ == "dobj" for a in self.np(c)]
        side = self.own_side(victims)
        for _, agents, targets in reversed(self.reg.attacks):
            if (not victims or set(targets) & side) and not set(agents) & own:
                return list(agents)
        return []

    def last_attackers_of(self, v) -> list[str]:
        """Who last attacked the side of the verb's subject, in the document's memory of attacks."""
        side = self.own_side(self.subjects(v))
        for _, agents, targets in reversed(self.reg.attacks):
            if set(targets) & side:
                return [a for a in agents if a not in side]
        return []

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
        doers = [a for c in n.children if c.dep_ == "poss" for a in self.np(c)] + self.pobj_of(n, ["of"])
        # *demanded a halt to the RSF offensive*, *called for an end to Israel's bombardment of Gaza*: who wages it
        # (the *to* phrase may hang on the verb, right after the noun)
        preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ in ("to", "of")] + \
            [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == n.right_edge.i + 1]
        doers += [a for c in preps for p in c.children
                  if p.dep_ == "pobj" and self.is_event(p) for a in self.event_agents(p) if a not in doers]
        speakers = self.subjects(verb)
        self.emit(speakers, "pressures", [d for d in doers if d not in speakers], n, "demanded-act", 0.7,
                  modality=modality_of(verb, self.modal))  # the act is wanted, the demand made

    def frame_expulsion_noun(self, n) -> None:
        """*ordered the expulsion of the French ambassador*, *Ghana's expulsion of Nigerian diplomats*, *announced
        the expulsion of 20 Russian envoys*: sending a state's envoys or forces home presses that state."""
        sent = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
                and p.lemma_.lower() in (*self.rules["envoy_nouns"], *self.rules["personnel_nouns"])]
        targets = [a for p in sent for a in self.np(p) if self.reg.type_of(a) == "State"]
        if not targets:
            return
        agents = [a for c in n.children if c.dep_ == "poss" for a in self.np(c)] or self.pobj_of(n, ["by"])
        verb = self.governor(n)
        demanded = verb is not None and verb.lemma_.lower() in self.rules["demanding_verbs"]
        if not agents and verb is not None and (verb.lemma_ in self.rules["light_verbs"] or demanded):
            agents = self.subjects(verb)
        extra = {"modality": modality_of(verb, self.modal)} if demanded else {}  # the demand is made, the act wanted
        self.emit(agents, "pressures", [t for t in targets if t not in agents], n, "expulsion-noun", 0.7, **extra)

    def instructed(self, v) -> list[str]:
        """*told the United States to stay away*, *told Netanyahu that Israel should …*: a demand."""
        if not any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and any(
                m.tag_ == "MD" and m.lower_ in ("should", "must") for m in c.children)) for c in v.children):
            return []
        return [a for c in v.children if c.dep_ in ("dobj", "dative") for a in self.np(c)]


    def harmful(self, clause) -> bool:
        """A clause that promises harm: force, punishment, a price to pay, or a condition (*if X …*)."""
        words = self.rules["harm_words"]
        # *vowed to keep supporting X despite the U.S. strikes*: harm named as the setting is not what is promised
        setting = {t.i for p in clause.subtree if p.dep_ == "prep" and p.lower_ in SETTING_PREPS and p.i > clause.i
                   for t in p.subtree}
        for t in clause.subtree:
            if t.i in setting:
                continue
            lemma = t.lemma_.lower()
            if lemma in words or self.verbs.get(lemma) == "attacks" or self.nouns.get(lemma) == "attacks":
                return True
            if t.dep_ == "mark" and t.lower_ in ("if", "unless"):
                return True
        return False

    def helped_part(self, clause) -> set[int]:
        """The tokens of a clause that tell whom it helps (*to help Niger defeat the insurgents*): the one helped
        is no target of the promise, nor is whoever that help is meant to fight."""
        return {s.i for t in clause.subtree if self.verbs.get(t.lemma_.lower()) == "backs" for s in t.subtree}

    @staticmethod
    def foretold(clause) -> bool:
        """A warning threatens when it foretells (*will pay*, *would be punished*) or sets a condition (*if …*)."""
        return any(c.tag_ == "MD" for c in clause.children) or \
            any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in clause.subtree)

    def vowed_against(self, v) -> list[str]:
        """*vowed revenge against X*, *promised a harsh response to X's attack*, *promised retaliation*
        (for the last attack on the speaker's side): whom the vowed retaliation is aimed at."""
        goods = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in self.rules["retaliation_nouns"]]
        if not goods:
            return []
        aimed = [a for g in goods for a in self.pobj_of(g, ["against", "on", "at", "upon"])]
        if aimed:
            return aimed
        events = [p for g in (*goods, v) for c in g.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                  for p in c.children if p.dep_ == "pobj"]
        culprits = [a for e in events for a in (self.event_agents(e) or self.np(e))]  # *a response to X's attack*
        if culprits or events:
            return culprits
        return self.last_attackers_of(v)

    def frame_consequences(self, v) -> None:
        """*X will bear the consequences*, *X will pay a heavy price*, said or warned by Y: Y presses X."""
        goods = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in self.rules["consequence_nouns"]]
        if not goods or not any(c.tag_ == "MD" for c in v.children):
            return
        targets = [a for c in v.children if c.dep_ == "nsubj" for a in self.np(c)]
        speaker, node = [], v
        for _ in range(6):
            if node.head.i == node.i:
                break
            node = node.head
            if node.pos_ == "VERB" and (node.lemma_ in self.lex["speech_verbs"] or node.lemma_ in ("make", "threaten")):
                speaker = self.subjects(node)
                told = self.pobj_of(node, ["to"]) + [a for c in node.children if c.dep_ in ("dobj", "dative")
                                                     for a in self.np(c)]
                told += [a for c in node.children if c.dep_ in ("acomp", "oprd") for a in self.pobj_of(c, ["to"])]
                pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in v.children)
                if pronoun and told and not [t for t in targets if t not in speaker]:
                    # *made clear to Tehran that it would pay a price*: the one told, not the one telling
                    targets = told
                break
        self.emit(speaker, "pressures", [t for t in targets if t not in speaker], v, "verb-consequences", 0.7,
                  modality="asserted")

    def frame_until(self, mark) -> None:
        """*will continue its attacks until Israel halts its offensive*: a coercive aim presses whoever must stop."""
        clause = mark.head
        if mark.dep_ == "mark" and clause.dep_ == "advcl":
            main = clause.head
        elif mark.dep_ == "prep":
            clause = next((c for c in mark.children if c.dep_ == "pcomp"), None)
            main = mark.head
        else:
            return
        if clause is not None and clause.lemma_.lower() in self.rules["cessation_verbs"]:
            targets = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for a in self.np(c)]
        else:
            targets = self.stopping_in_order(mark)  # the parser often reads *until Israel halts …* as nouns
        agents = self.subjects(main) if main.pos_ in ("VERB", "AUX") else self.np(main)
        targets = [t for t in targets if t not in self.own_side(agents)]
        self.emit(agents, "pressures", targets, main, "until-demand", 0.7, modality="asserted")
        spec = self.rules["predicates"]["attacks"]
        for fight in (c for c in main.children if c.dep_ == "dobj" and self.is_event(c)):
            if not self.pobj_of(fight, spec["target_preps"]):  # *will continue its fight until Israel leaves*
                self.emit(agents, "attacks", targets, fight, "until-fight", 0.7, modality="asserted")

    def stopping_in_order(self, mark) -> list[str]:
        """*until Israel halts …*, *until all Israeli troops leave …*, read in word order: the first actor
        after *until*, followed within three words by a verb of stopping."""
        at, cessation = self.found.actor_at, self.rules["cessation_verbs"]
        window = self.sdoc[mark.i + 1: min(mark.sent.end, mark.i + 6)]
        first = next((t for t in window if t.i in at), None)
        if first is None:
            return []
        after = self.sdoc[first.i + 1: min(mark.sent.end, first.i + 4)]
        stops = any(t.lemma_.lower() in cessation or t.lower_.removesuffix("s") in cessation for t in after)
        return [at[first.i]] if stops else []

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
        """*sanctions targeting X*, *seized the assets of X*, *expelled X's ambassador*: a measure, not force."""
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
        if any(c.dep_ in ("nsubj", "csubj") and c.lemma_.lower() in measures for c in v.children):
            return True
        return any(c.dep_ == "dobj" and c.lemma_.lower() in self.rules["financial_nouns"] for c in v.children)
