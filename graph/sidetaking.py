"""Taking a side without arms: acts by which one actor backs another.

- havens: *Iraq hosted the MEK*, *Qatar hosts Hamas's political bureau*, *Tunisia let the FLN operate from its soil*;
- founders: *the militia was founded by the Quds Force*, *the Guards helped found Hezbollah*;
- standing by: *China pledged to stand by Pakistan*, *Europe stands with Ukraine*;
- shielding: *China and Russia vetoed a resolution condemning Myanmar's junta*;
- defence pacts: *Russia and North Korea signed a mutual defence pact*.
"""
from __future__ import annotations


class SideTakingFrames:
    """Mixed into :class:`graph.relations.SentenceReader`; uses its argument readers and ``emit``."""

    def frame_pact(self, n) -> None:
        """*Russia and North Korea signed a mutual defence pact*, *Saudi Arabia signed a defence agreement with
        Pakistan*: a pact of defence or security binds each side to back the other (not a trade or peace deal)."""
        if not any(c.dep_ in ("amod", "compound") and c.lower_ in self.rules["defence_pact_words"] for c in n.children):
            return
        verb = self.governor(n)
        if verb is None or verb.lemma_.lower() not in self.rules["pact_verbs"]:
            return
        sides = list(dict.fromkeys([*self.subjects(verb), *self.pobj_of(n, ["with", "between"]),
                                    *self.pobj_of(verb, ["with"])]))
        sides = [s for s in sides if self.reg.type_of(s) in ("State", "Group")]
        if len(sides) > 1:
            self.emit(sides, "backs", sides, n, "defence-pact", 0.7)

    def frame_vetoed(self, v) -> None:
        """*China and Russia vetoed a resolution condemning Myanmar's junta*, *the US blocked a statement against
        Israel*: whoever stops a measure aimed at an actor shields it (backs it politically)."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return
        measures = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in self.rules["censure_documents"]]
        aimed = [a for m in measures for a in self.pobj_of(m, ["against"])]  # (not *on Syria*: a topic)
        aimed += [a for m in measures for c in m.children if c.dep_ in ("acl", "relcl")
                  and c.lemma_.lower() in self.rules["censure_verbs"] for a in self.objects(c, "pressures")]
        # *a resolution that would have imposed sanctions on Mali's junta*: the measure's own target
        aimed += [a for m in measures for c in m.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in
                  self.rules["imposing_verbs"] for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in
                  self.rules["measure_nouns"] for a in self.pobj_of(o, ["on", "against"]) + self.pobj_of(c, ["on", "against"])]
        shielders = self.subjects(v)
        self.emit(shielders, "backs", [a for a in dict.fromkeys(aimed) if a not in shielders], v, "vetoed-measure", 0.7)
        # *Turkey blocked Sweden's bid to join NATO*, *Hungary vetoed Ukraine's accession*: the applicant is pressed
        bids = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in self.rules["bid_nouns"]]
        applicants = [a for b in bids for c in b.children if c.dep_ == "poss" for a in self.np(c)]
        self.emit(shielders, "pressures", [a for a in applicants if a not in shielders], v, "bid-blocked", 0.7)

    def frame_hosted(self, v) -> None:
        """*Tunisia allowed the FLN to operate from its territory*, *Uganda let the rebels recruit and train on its
        soil*: a state that lets an armed group base, recruit or train on its land backs it."""
        for clause in v.children:
            # *Belarus allowed Russian troops to use its territory to invade Ukraine*: lending land, airspace or bases
            # for a war backs whoever wages it, a state too (a base lent with no war said is hosting, not backing)
            lent = clause.lemma_.lower() == "use" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.rules["lent_ground"]
                                                          for c in clause.children) and \
                any(c.dep_ in ("xcomp", "advcl") and self.verbs.get(c.lemma_.lower()) == "attacks" for c in clause.children)
            if clause.dep_ not in ("ccomp", "xcomp") or (clause.lemma_.lower() not in self.rules["hosted_acts"] and not lent):
                continue
            guests = [a for c in (*clause.children, *v.children) if c.dep_ in ("nsubj", "dobj") and c.i > v.i
                      for a in self.np(c)]
            hosts = self.subjects(v)
            self.emit(hosts, "backs", [g for g in guests if g not in hosts and (lent or self.reg.type_of(g) == "Group")], v,
                      "hosted", 0.7)

    def frame_host(self, v) -> None:
        """*Iraq hosted the MEK at Camp Ashraf*, *Qatar hosts Hamas's political bureau*: a state that hosts an armed
        group (not talks, a summit or a leader's visit) backs it."""
        meeting = self.rules["meeting_nouns"]
        heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
        if any(p.lemma_.lower() in meeting or p.lower_ in meeting for h in heads for c in h.children if c.dep_ == "prep"
               for p in c.children):
            return  # *hosted Hamas's leader for talks*: a meeting, not a haven
        at = self.found.actor_at
        if any(c.dep_ in ("auxpass", "agent") for c in v.children):
            guests = [at[c.i] for c in v.children if c.dep_ == "nsubjpass" and c.i in at]
            hosts = self.pobj_of(v, ["by"])
        else:  # the group itself, named as the object (not a leader of it: *hosted Hamas leader X*)
            guests = [at[c.i] for c in v.children if c.dep_ == "dobj" and c.i in at]
            guests += [a for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in self.rules["office_nouns"]
                       for a in self.np(c)]  # *hosts Hamas's political bureau*
            hosts = self.subjects(v)
        hosts = [h for h in hosts if self.reg.type_of(h) == "State"]
        self.emit(hosts, "backs", [g for g in guests if self.reg.type_of(g) == "Group" and g not in hosts], v, "hosted", 0.7)

    def frame_stood_by(self, v) -> None:
        """*China pledged to stand by Pakistan*, *Europe stands with Ukraine*, *stood behind Israel*: standing by
        an actor is backing it."""
        friends = self.pobj_of(v, self.rules["standing_preps"])
        agents = self.subjects(v)
        self.emit(agents, "backs", [f for f in friends if f not in agents], v, "stood-by", 0.7)

    def frame_commitment(self, n) -> None:
        """*reaffirmed the United States' commitment to Israel's security*, *its commitment to Ukraine's defence*:
        a pledge to another's security, defence or sovereignty backs it (not *a commitment to a ceasefire*)."""
        guarded = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                   if p.dep_ == "pobj" and p.lemma_.lower() in self.rules["guarded_nouns"]]
        wards = [a for p in guarded for c in p.children if c.dep_ == "poss" for a in self.np(c)]
        if not wards:
            return
        verb = self.governor(n)
        agents = [a for c in n.children if c.dep_ == "poss" for a in self.np(c)] or \
            (self.subjects(verb) if verb is not None else [])
        self.emit(agents, "backs", [w for w in wards if w not in agents], n, "commitment", 0.7)

    def frame_found_bare(self, v) -> None:
        """The bare form *found* the model lemmatised as *find* (the lemma *found* is read by frame_founded)."""
        if v.lemma_.lower() == "find":
            self.frame_founded(v)

    def frame_founded(self, v) -> None:
        """*the militia was founded by the Quds Force*, *a group set up by Iran*, *the Guards helped found
        Hezbollah*: a state or group that creates an armed group backs it (a person who founds one leads it
        instead). The bare form *found* counts only where it cannot be *find* (*helped found*, *to found*)."""
        bare = v.lower_ == "found" and v.lemma_.lower() == "find"
        helped = any(c.dep_ == "aux" and c.lower_ in ("help", "helps", "helped", "helping", "to") for c in v.children) or \
            (v.dep_ == "xcomp" and v.head.lemma_.lower() == "help")
        if bare and not (v.tag_ in ("VB", "VBP") or helped):
            return
        if v.lemma_.lower() not in self.rules["founding_verbs"] and not bare:
            return
        if any(c.dep_ in ("auxpass", "agent") for c in v.children):
            founders, founded, rule = self.pobj_of(v, ["by"]), self.patients(v), "founded-by"
        else:  # *Iran's Revolutionary Guards helped found Hezbollah*, *Turkey formed the Syrian National Army*
            made = [c for c in v.children if c.dep_ == "dobj"]
            if any(t.lemma_.lower() in self.rules["collective_nouns"] for o in made for t in o.subtree):
                return  # *the rebels created the CMA coalition*: members forming an alliance
            founders = self.subjects(v) or [a for x in v.children if x.dep_ == "aux" for c in x.children
                                            if c.dep_ == "nsubj" for a in self.np(c)]  # subject hung on *helped*
            if not founders and v.dep_ == "xcomp" and v.head.lemma_.lower() == "help":
                founders = self.subjects(v.head)  # *Pakistan helped found the Taliban*
            founded, rule = self.objects(v, "backs"), "founded"
        founders = [a for a in founders if self.reg.type_of(a) in ("State", "Group")]
        self.emit(founders, "backs", [a for a in founded if self.reg.type_of(a) == "Group"], v, rule, 0.7)
