"""Pressure that is not an attack: threats, demands, designations and coercive aims.

- threats: *threatened to strike X*, *vowed that X would be punished*, *vowed revenge against X*,
  *promised a harsh response to X's attack*, *X will bear the consequences*, *warned that if X …*;
  but *vowed to keep supporting X* and *pledged to help X* promise help, and *warned that it had
  indications that …* only informs;
- coercive aims: *will continue its attacks until X withdraws* presses X.

Demands, designations and expulsions are in :mod:`graph.demands`.
"""
from __future__ import annotations

from .registry import paragraph_text

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
            if child.lemma_ in self.rules["retaliation_verbs"] and not self.pobj_of(child, ["against", "on", "at"]):
                # *vowed to retaliate for the Israeli strike on its consulate in Damascus*, *to respond after Pakistani
                # jets bombed Paktika*: whoever struck, never the place or the victim of what is answered
                answered = [p for c in child.children if c.dep_ == "prep" and c.lower_ in ("for", "to")
                            for p in c.children if p.dep_ == "pobj"]
                if answered:
                    return [a for e in answered for a in (self.event_agents(e) or self.np(e)) if a not in own]
                return self.condemned_attackers(v) or self.last_attackers_of(v)
            modal = any(c.tag_ == "MD" for c in child.children)
            ranked: list[tuple[int, list[str]]] = []
            helped = self.helped_part(child)  # *pledged to send police to help Haiti fight gangs*: a beneficiary
            for t in child.subtree:
                if t.i in helped:
                    continue
                if t.dep_ == "nsubj" and t.head.dep_ == "advcl" and \
                        any(m.lower_ == "if" for m in t.head.children if m.dep_ == "mark"):
                    ranked.append((1, self.np(t)))
                elif t.dep_ == "nsubj" and t.head.i == child.i and self.is_event(t) and (doers := self.event_agents(t)):
                    ranked.append((1, doers))  # *warned that an Israeli offensive on Rafah would lead to a massacre*
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

    def frame_conditional_threat(self, v) -> None:
        """*China said it would take resolute measures against the Philippines if it continued ...*, *Russia said it
        would retaliate against Finland if ...*: a speaker who says it will do harm on a condition threatens. Only
        harm the speaker's own side would do (not *Iran said Israel would strike if ...*, a forecast), and only
        with the condition (a plain *said it would impose sanctions* is a plan)."""
        text = paragraph_text(v.doc)
        if " if " not in text and " unless " not in text:
            return  # (no condition in the paragraph: no word read)
        clauses = [c for c in v.children if c.dep_ == "ccomp" and (any(m.tag_ == "MD" for m in c.children) or
                                                                    self.readiness(c) is not None)]
        if not clauses or not (speakers := self.subjects(v)):
            return
        own = self.own_side(speakers)
        for clause in clauses:
            # *said it would retaliate if …*, *said it was prepared to strike … if …*
            will = any(c.tag_ == "MD" and c.lower_ in ("would", "will", "'ll", "wo") for c in clause.children)
            act = clause if will else self.readiness(clause)
            if act is None or any(c.dep_ == "neg" for c in clause.children):
                continue
            if not any(t.dep_ == "mark" and t.lower_ in ("if", "unless") and t.head.dep_ == "advcl" and
                       t.head.head.i in (clause.i, act.i) for t in clause.subtree):
                continue
            doers = self.subjects(clause)
            if not doers or not set(doers) <= own or not self.harmful(act):
                continue
            clause = act
            acts = [clause, *(t for t in clause.subtree if t.dep_ == "dobj" and
                              t.lemma_.lower() in (*self.rules["measure_nouns"], "measure", "action", "step"))]
            aimed = ["against", "on", "upon", "at"]
            targets = [a for act in acts for a in self.pobj_of(act, aimed) + self.objects(act, "attacks")
                       if a not in own] if clause.pos_ in ("VERB", "AUX") else []
            self.emit(speakers, "pressures", list(dict.fromkeys(targets)), v, "conditional-threat", 0.7)

    def readiness(self, clause):
        """*it was prepared to strike*, *it is ready to use force*: the act a clause of readiness names, or None."""
        if clause.lemma_ != "be":
            return None
        return next((x for a in clause.children if a.dep_ == "acomp" and a.lower_ in self.rules["readiness_words"]
                     for x in a.children if x.dep_ == "xcomp" and x.pos_ == "VERB"), None)

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
        """Who last attacked the side of the verb's subject: an attack the sentence gives as the occasion (*threatened to
        retaliate after Sudanese troops attacked its soldiers*), else the document's memory of attacks."""
        side = self.own_side(self.subjects(v))
        for clause in (c for h in (v, *v.children) for c in (h, *h.children) if c.dep_ == "advcl"):
            if self.verbs.get(clause.lemma_.lower()) == "attacks" and any(
                    m.dep_ == "mark" and m.lower_ in ("after", "since", "because", "when") for m in clause.children):
                if doers := [a for a in self.subjects(clause) if a not in side]:
                    return doers
        for _, agents, targets in reversed(self.reg.attacks):
            if set(targets) & side:
                return [a for a in agents if a not in side]
        return []

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
        return self.condemned_attackers(v) or self.last_attackers_of(v)

    def condemned_attackers(self, v) -> list[str]:
        """*condemned the Israeli bombing of Hodeidah and promised retaliation*: the doers of an attack the same
        subject condemns in a verb joined to this one."""
        own = self.own_side(self.subjects(v))
        verbs = [*v.conjuncts]
        events = [o for x in verbs if x.lemma_.lower() in self.rules["condemning_verbs"]
                  for o in x.children if o.dep_ == "dobj" and self.is_event(o)]
        return [a for e in events for a in self.event_agents(e) if a not in own]

    def frame_show_of_force(self, n) -> None:
        """*deployed warships in a show of force aimed at Maduro's government*, *a display of strength directed at
        Taiwan*: a show of force aimed at someone presses them (one aimed at no one named presses no one)."""
        might = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in self.rules["might_nouns"]]
        if not might:
            return
        targets = [a for h in (n, *might) for a in self.aimed_at_phrase(h)] or self.pobj_of(n, ["against", "toward", "towards"])
        verb = n.head.head if n.dep_ == "pobj" and n.head.lower_ in ("in", "as") else None
        agents = self.subjects(verb) if verb is not None and verb.pos_ in ("VERB", "AUX") else self.noun_agents(n)
        self.emit(agents, "pressures", [t for t in targets if t not in agents], n, "show-of-force", 0.7)

    def frame_consequences(self, v) -> None:
        """*X will bear the consequences*, *X will pay a heavy price*, said or warned by Y: Y presses X; so does *X's
        incursion will not go unanswered* (or *unpunished*), which presses whoever made it."""
        goods = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in self.rules["consequence_nouns"]]
        answered = v.lemma_.lower() == "go" and any(c.dep_ == "neg" for c in v.children) and \
            any(c.dep_ in ("acomp", "oprd") and c.lower_ in ("unanswered", "unpunished", "unavenged") for c in v.children)
        if not (goods or answered) or not any(c.tag_ == "MD" for c in v.children):
            return
        targets = [a for c in v.children if c.dep_ == "nsubj" for a in (
            self.event_agents(c) if answered and self.is_event(c) else [] if answered else self.np(c))]
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
        # (*will not go unanswered* is a threat, not a denial: the speaking verb carries it)
        self.emit(speaker, "pressures", [t for t in targets if t not in speaker], node if answered else v,
                  "verb-consequences", 0.7, modality="asserted")

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
