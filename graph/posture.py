"""Frames of pressure by posture and by withholding, where no pressing word is used.

- withholding help: *suspended military aid to Niger*, *froze $95 million in aid to Guatemala*, *cut off
  funding for the agency* press the one that loses it (the opposite of a delivery, see :mod:`graph.support`);
- a show of force: *sent warships and jets near Taiwan*, *massed troops along Ukraine's border* press the
  state whose land or waters the forces are put next to;
- diplomatic and trade measures: *cut diplomatic ties with Qatar*, *recalled its ambassador from Somalia*,
  *the African Union suspended Mali*, *banned imports of Russian oil* press the state they are taken against;
- recognition, the diplomatic opposite: *Turkey recognizes the Turkish Republic of Northern Cyprus* backs it.

Pressure by binding words (warrants, rewards, deadlines, declared targets) is in :mod:`graph.demands`.
"""
from __future__ import annotations

BORDERS = ("border", "frontier")  # *massed troops on the border with X*


class PostureFrames:
    """Mixed into :class:`graph.relations.SentenceReader`; uses its argument readers and ``emit``."""

    def frame_withheld(self, v) -> None:
        """*The United States suspended military aid to Niger*: withholding help presses the one denied it."""
        helps = set(self.rules["predicates"]["backs"]["nouns"]) | set(self.rules["money_words"])
        goods = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        goods += [p for g in goods if g.ent_type_ == "MONEY" for prep in g.children
                  if prep.dep_ == "prep" and prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"]
        helped = [g for g in goods if g.lemma_.lower() in helps]
        if not helped:
            return
        denied = [a for g in helped for a in self.pobj_of(g, ["to", "for"])] or self.pobj_of(v, ["to", "for"])
        agents = self.doers(v)
        self.emit(agents, "pressures", [d for d in denied if d not in agents], v, "aid-withheld", 0.75)

    def answered_act(self, head) -> list[str]:
        """Whose act a measure answers: *over Iran's attack on Israel*, *in response to Russia's invasion*, *in
        retaliation for Moscow's war*, *for its support of the M23* (the one doing it, not its victim)."""
        phrases = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("over", "for") for p in c.children
                   if p.dep_ == "pobj"]
        phrases += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for r in c.children
                    if r.dep_ == "pobj" and r.lemma_.lower() in ("response", "retaliation", "reaction", "reprisal")
                    for t in r.children if t.dep_ == "prep" and t.lower_ in ("to", "for") for p in t.children if p.dep_ == "pobj"]
        out: list[str] = []
        for p in phrases:
            owners = [a for c in p.children if c.dep_ == "poss" for a in self.np(c)]
            if not owners and self.is_event(p):
                owners = self.event_agents(p)
            if owners and (self.is_event(p) or p.lemma_.lower() in self.rules["conduct_nouns"]):
                out += owners
        return list(dict.fromkeys(out))

    def helped_through(self, tok) -> list[str]:
        """*sanctioned six companies that procured drone parts for the Houthis*, *designated networks that the Wagner
        Group uses to fund its operations*: a measure on people, firms or networks named by whom they help or who
        runs them presses that actor (the measure's aim). Only a clause on the measured noun counts."""
        clauses = [c for c in tok.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")]
        # *that played a key role in procuring parts for X*, *that helped X evade sanctions*: the act inside
        clauses += [v for c in clauses for v in c.subtree if v.i != c.i and v.pos_ == "VERB" and
                    v.dep_ in ("pcomp", "xcomp", "conj") and any(a.i == c.i for a in list(v.ancestors)[:4])]
        out: list[str] = []
        for clause in clauses:
            lemma = clause.lemma_.lower()
            if lemma in self.rules["owning_verbs"]:  # *networks that X uses*, *firms run by X*
                out += [a for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")
                        for a in self.np(c)] + self.pobj_of(clause, ["by"])
            elif lemma in self.rules["helper_verbs"]:
                out += self.helped_by_clause(clause)
        return list(dict.fromkeys(out))

    def helped_by_clause(self, clause) -> list[str]:
        """Whom a helping clause helps: an actor its object names (*fund Hamas*, *helped the Iranian regime evade
        sanctions*; not goods, *shipped Iranian oil*), its *for*/*to* phrase, or *on behalf of* whom it acts."""
        bodies = {*self.lex["state_nouns"], *self.lex["state_body_nouns"]}

        def named(c) -> bool:
            return c.i in self.found.actor_at or c.lemma_.lower() in bodies
        out = [a for c in clause.children if c.dep_ in ("dobj", "dative") and named(c) for a in self.np(c)]
        out += [a for c in clause.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                if s.dep_ == "nsubj" and named(s) for a in self.np(s)]
        out += [a for c in (clause, *(d for d in clause.children if d.dep_ == "dobj")) for a in self.pobj_of(c, ["for", "to"])]
        out += [a for c in clause.children if c.dep_ == "prep" and c.lower_ == "on" for b in c.children
                if b.lemma_ == "behalf" for a in self.pobj_of(b, ["of"])]
        return out

    def frame_deployed_near(self, v) -> None:
        """*China sent warships near Taiwan*, *Russia massed troops along Ukraine's border*: forces put next to a
        state press it. Forces sent *to* a place, or near a place that is not a state, press nobody."""
        things = [c for c in v.children if c.dep_ == "dobj"]
        if not things:  # *Venezuelan troops massed on the border with Guyana*
            things = [c for c in v.children if c.dep_ == "nsubj"]
        things += [x for t in things for x in t.conjuncts]
        forces = self.rules["show_of_force_things"]
        if not any(t.lemma_.lower() in forces or t.lower_ in forces for t in things):
            return
        if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for h in (v, *things) for c in h.children):
            return  # sent *to* a place: a destination (often a friend's), not a posture against a neighbour
        near = self.rules["near_preps"]
        spots = [p for h in (v, *things) for prep in h.children if prep.dep_ == "prep" and (prep.lower_ in near or (
                 prep.lower_ in ("on", "at") and any(p.lemma_.lower() in BORDERS for p in prep.children)))
                 for p in prep.children if p.dep_ == "pobj"]
        states = []
        for p in spots:
            named = self.np(p) or [a for c in p.children if c.dep_ == "poss" for a in self.np(c)]  # *Ukraine's border*
            if p.lemma_.lower() in BORDERS:
                named += self.pobj_of(p, ["with"])  # *on the border with Guyana*
            states += [a for a in named if self.reg.type_of(a) == "State"]
        agents = self.subjects(v)
        own = self.own_side(agents)
        self.emit(agents, "pressures", [s for s in dict.fromkeys(states) if s not in own], v, "deployed-near", 0.7)

    def frame_ties_cut(self, v) -> None:
        """*Algeria cut diplomatic ties with Morocco*, *suspended a treaty with Pakistan*: ending ties presses the
        other party; *recalled its ambassador from Somalia* presses the state the envoy leaves."""
        things = [c for c in v.children if c.dep_ == "dobj"]
        agents = self.subjects(v)
        if any(t.lemma_.lower() in self.rules["tie_nouns"] for t in things):
            others = [a for t in things for a in self.pobj_of(t, ["with", "between"])] + self.pobj_of(v, ["with"])
            self.emit(agents, "pressures", [o for o in dict.fromkeys(others) if o not in agents], v, "ties-cut", 0.75)
        elif v.lemma_.lower() in self.rules["recall_verbs"] and any(
                t.lemma_.lower() in self.rules["envoy_nouns"] for t in things):
            # (*recalled its ambassadors to Washington and Canberra*: the posts, the phrase hung on the verb; *to Paris
            # for consultations*, the envoy's own capital, is no one pressed)
            left = self.pobj_of(v, ["from", "to"]) + [a for t in things for a in self.pobj_of(t, ["from", "to", "in"])]
            self.emit(agents, "pressures", [x for x in left if x not in agents], v, "envoy-recalled", 0.75)

    def frame_member_suspended(self, v) -> None:
        """*The African Union suspended Mali*, *the Arab League suspended Syria's membership*: a body that shuts a
        state out of it presses that state."""
        agents = self.subjects(v)
        if not agents or any(self.reg.type_of(a) != "InternationalOrganization" for a in agents):
            return
        states = []
        for thing in (c for c in v.children if c.dep_ == "dobj"):
            if thing.lemma_.lower() in ("membership", "participation", "seat"):
                states += [a for c in thing.children if c.dep_ == "poss" for a in self.np(c)]
            else:
                states += self.np(thing)
        self.emit(agents, "pressures", [s for s in states if self.reg.type_of(s) == "State"], v, "member-suspended", 0.75)

    def frame_trade_banned(self, v) -> None:
        """*The EU banned imports of Russian oil*, *Lithuania banned transit of Russian goods*, *cut off oil exports
        to the United States*: stopping a state's trade presses it."""
        flows = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in self.rules["trade_flows"]]
        if not flows:
            return
        goods = [p for f in flows for prep in f.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
                 for p in prep.children if p.dep_ == "pobj"]
        makers = [self.found.actor_at[t.i] for g in goods for t in (g, *g.children) if t.i in self.found.actor_at]
        makers += [a for f in flows for a in self.pobj_of(f, ["from"])]
        # *halted all trade with Israel*: the partner (the phrase on the noun or on the verb)
        partners = [f for f in flows if f.lemma_.lower() in ("trade", "commerce")]
        makers += [a for f in partners for a in self.pobj_of(f, ["with"])] + (self.pobj_of(v, ["with"]) if partners else [])
        # *cut off oil exports to the United States*: a sale stopped presses its buyer
        sold = [f for f in flows if f.lemma_.lower() in ("export", "sale", "shipment")]
        makers += [a for f in sold for a in self.pobj_of(f, ["to"])] + (self.pobj_of(v, ["to"]) if sold else [])
        makers += [self.found.actor_at[c.i] for f in flows for c in f.children
                   if c.dep_ in ("amod", "compound") and c.i in self.found.actor_at]
        agents = self.doers(v)
        states = [m for m in dict.fromkeys(makers) if self.reg.type_of(m) == "State" and m not in agents]
        self.emit(agents, "pressures", states, v, "trade-banned", 0.7)

    def frame_closed_to(self, v) -> None:
        """*Algeria closed its airspace to Malian aircraft*, *shut its ports to Russian ships*, *banned Iranian
        airlines from its airspace*, *closed Russia's consulate in Krakow*: shutting a state's craft, people or mission
        out presses that state."""
        closable = self.rules["closable_nouns"]
        things = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if v.lemma_.lower() in self.rules["closing_verbs"] and any(t.lemma_.lower() in closable for t in things):
            shut = [p for h in (v, *things) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj"]
        elif v.lemma_.lower() in self.rules["closing_verbs"] and \
                any(t.lemma_.lower() in self.rules["mission_nouns"] for t in things):
            shut = [t for t in things if t.lemma_.lower() in self.rules["mission_nouns"]]  # *closed Russia's consulate*
        elif v.lemma_.lower() in self.rules["trade_ban_verbs"] and any(
                p.lemma_.lower() in closable for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                for p in c.children if p.dep_ == "pobj"):
            shut = [t for t in things if t.lemma_.lower() in self.rules["craft_nouns"]]
        else:
            return
        agents = self.doers(v)
        self.emit(agents, "pressures", self.states_shut_out(shut, agents), v, "closed-to", 0.7)

    def states_shut_out(self, shut, agents: list[str]) -> list[str]:
        """The states whose craft, people or missions the phrases name (*Malian aircraft*, *Russia's consulate*)."""
        owners = [a for p in shut for a in self.np(p)] + \
            [self.found.actor_at[c.i] for p in shut for c in p.children if c.dep_ in ("amod", "compound")
             and c.i in self.found.actor_at]
        return [o for o in dict.fromkeys(owners) if self.reg.type_of(o) == "State" and o not in agents]

    def frame_closure(self, n) -> None:
        """*Egypt's closure of the Straits of Tiran to Israeli shipping*, *the closure of its airspace to Russian
        aircraft*: the noun of :meth:`frame_closed_to`."""
        closable = self.rules["closable_nouns"]
        closed = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj" and (p.lemma_.lower() in closable or p.lower_ in closable)]
        if not closed:
            return
        shut = [p for h in (n, *closed) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                for p in c.children if p.dep_ == "pobj"]
        agents = self.owner_or_by(n)
        self.emit(agents, "pressures", self.states_shut_out(shut, agents), n, "closure-to", 0.7)

    def frame_group_banned(self, v) -> None:
        """*Russia banned the Taliban in 2003*, *Kenya banned the Mungiki sect*: banning a group outlaws it, which
        presses it (not *banned imports of Russian oil*: a trade ban, read by :meth:`frame_trade_banned`)."""
        if v.lemma_.lower() not in ("ban", "prohibit") or any(c.dep_ == "auxpass" for c in v.children):
            return
        banned = [a for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() not in self.rules["trade_flows"]
                  and c.lemma_.lower() not in self.rules["craft_nouns"] for a in self.np(c)]
        groups = [g for g in banned if self.reg.type_of(g) == "Group"]
        agents = self.subjects(v)
        self.emit(agents, "pressures", [g for g in groups if g not in agents], v, "group-banned", 0.75)

    def frame_listed(self, v) -> None:
        """*placed Cuba on its list of state sponsors of terrorism*, *added the group to the blacklist*: listing
        someone as an enemy presses them."""
        lists = [p for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "to")
                 for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.rules["list_nouns"]]
        if not lists:
            return
        passive = any(c.dep_ == "auxpass" for c in v.children)
        listed = self.patients(v) if passive else [a for c in v.children if c.dep_ == "dobj" for a in self.np(c)]
        agents = self.doers(v) or [self.found.actor_at[c.i] for p in lists for c in p.children
                                   if c.dep_ in ("compound", "poss", "amod") and c.i in self.found.actor_at]
        self.emit(agents, "pressures", [x for x in listed if x not in agents], v, "listed", 0.75)

    def frame_recognized(self, v) -> None:
        """*Turkey recognizes the Turkish Republic of Northern Cyprus*, *recognised Guaidó as interim president*,
        *recognized the independence of Abkhazia*: recognition backs the recognised (listing as terrorists is a
        designation, read by its own frame)."""
        if v.lemma_.lower() not in ("recognize", "recognise"):
            return
        if any(t.lemma_.lower() in self.rules["terror_words"] for c in v.children if c.dep_ in ("prep", "oprd", "attr")
               for t in c.subtree):
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        objects = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        # *the independence of Kosovo*, *Kosovo's independence*: whose
        objects += [p for o in objects if o.lemma_.lower() in self.rules["recognised_attributes"]
                    for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        objects += [c for o in objects if o.lemma_.lower() in self.rules["recognised_attributes"]
                    for c in o.children if c.dep_ == "poss"]
        recognised = [a for o in objects if o.i in self.found.actor_at or (
            o.lemma_.lower() in self.rules["recognised_attributes"] and o.dep_ != "pobj") for a in self.np(o)]
        givers = self.pobj_of(v, ["by"]) if passive else self.subjects(v)
        self.emit(givers, "backs", [a for a in recognised if a not in givers], v, "recognition", 0.7)

    def frame_recognition_noun(self, n) -> None:
        """*India's recognition of Bangladesh*, *Russia's recognition of Abkhazia's independence*: the noun of
        :meth:`frame_recognized`; only a state or group recognised, never as a terrorist (*its recognition of the
        group as a terrorist organisation*)."""
        if any(t.lemma_.lower() in self.rules["terror_words"] for t in n.subtree):
            return
        objects = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        objects += [p for o in objects if o.lemma_.lower() in self.rules["recognised_attributes"]
                    for c in o.children if c.dep_ in ("prep", "poss") for p in (c.children if c.dep_ == "prep" else (c,))
                    if p.dep_ in ("pobj", "poss")]
        recognised = [self.found.actor_at[o.i] for o in objects if o.i in self.found.actor_at]
        givers = self.owner_or_by(n)
        recognised = [a for a in recognised if a not in givers and self.reg.type_of(a) in ("State", "Group")]
        self.emit(givers, "backs", recognised, n, "recognition-noun", 0.7)
