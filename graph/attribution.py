"""Who is said to be behind an attack told of elsewhere: the formulas of wire copy.

- *X claimed responsibility for the attack*, *responsibility was claimed by X*, *X said it was responsible*;
- *X was behind the strike*, *X bears responsibility for it*, *the perpetrators were X*;
- *blamed X for carrying out the bombing*, *accused X of orchestrating the attack*;
- *X carried out / ordered / resumed the strikes* where *the strikes* were told of before.

An attack noun with its own target (*the attack on the embassy*) gives that target; a definite one
without (*the attack*, *it*) takes the targets of the last attack the document told of, kept per
document in :attr:`graph.resolve.DocumentActors.attacks`.
"""
from __future__ import annotations

from .phrases import RELATIVE

EVENT_PRONOUNS = {"it", "this", "that", "which"}


class AttributionFrames:
    """Mixed into :class:`graph.relations.SentenceReader`."""

    # --- the document's memory of attacks -----------------------------------------------------
    def remember_attack(self, agents: list[str], targets: list[str], trigger) -> None:
        if targets:
            self.reg.attacks.append((self.event_kind(trigger), tuple(agents), tuple(targets)))

    def event_kind(self, tok) -> str:
        """*the bombing* recalls a bombing before a strike: the kind of an attack word (``event_kinds``)."""
        lemma = tok.lemma_.lower()
        return self.rules["event_kinds"].get(lemma, lemma)

    def last_attack(self, kind: str | None):
        """The last attack told of whose kind is ``kind`` as ``(kind, agents, targets)``, or None."""
        return next((m for m in reversed(self.reg.attacks) if m[0] == kind), None)

    def recalled_agents(self, noun) -> list[str]:
        """Who carried out the attack *the strike* recalls: the agents of the last one of its kind told of
        (*Israel struck the consulate. Sixteen people were killed in the strike, including IRGC officers*)."""
        if not self.reg.attacks or not self.definite(noun):
            return []
        last = self.last_attack(self.event_kind(noun))
        return list(last[1]) if last is not None else []

    def recalled_targets(self, agents: list[str], explicit: bool, noun=None) -> list[str]:
        """The targets of the last attack told of (the last of the same kind as ``noun``, if any). Unless
        the new agents are named as the culprits (``explicit``), it must have had no agent or the same ones."""
        if not self.reg.attacks:
            return []
        kind = self.event_kind(noun) if noun is not None else None
        _, before, targets = self.last_attack(kind) or self.reg.attacks[-1]
        if before and not explicit and not all(a in self.own_side(list(before)) or self.own_side([a]) & set(before)
                                               for a in agents):
            return []  # every new agent must be (or serve) one of the attack's agents
        return [t for t in targets if t not in agents]

    def definite(self, n) -> bool:
        """*the attack*, *these strikes*, *its attack*, *it*: an attack told of before."""
        if n.lower_ in EVENT_PRONOUNS:
            return True
        return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
                   for c in n.children)

    def event_targets(self, n, agents: list[str], explicit: bool) -> list[str]:
        """Whom the attack named by ``n`` hit: its own target phrase, else the last attack told of."""
        spec = self.rules["predicates"]["attacks"]
        if self.is_event(n) or n.lemma_.lower() in spec["projectiles"]:
            own = self.pobj_of(n, spec["target_preps"]) + self.targeted_by_participle(n)
            loose = n.lemma_.lower() not in spec["need_target_prep"]
            own = own or (self.pobj_of(n, ["of"]) if loose else []) or self.relcl_objects(n) or self.strike_place(n, agents)
            if own:
                return own
        if self.definite(n) and (self.is_event(n) or n.lower_ in EVENT_PRONOUNS):
            return self.recalled_targets(agents, explicit, n if self.is_event(n) else None)
        return []

    def targeted_by_participle(self, n) -> list[str]:
        """*attacks targeting Iranian forces*, *strikes aimed at the group*."""
        out: list[str] = []
        for child in n.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_ in ("target", "aim", "direct"):
                out += self.objects(child, "attacks") + self.pobj_of(child, ["at", "against"])
        return out

    # --- frames -----------------------------------------------------------------------------------
    def frame_responsibility(self, n) -> None:
        """*X claimed (or bears) responsibility for E*, *responsibility was claimed by X*, *X is responsible for E*."""
        head = n.head
        if n.dep_ == "dobj" and head.lemma_ in self.rules["responsibility_verbs"]:
            agents = self.subjects(head)
        elif n.dep_ == "nsubjpass" and head.lemma_ in self.rules["responsibility_verbs"]:
            agents = self.pobj_of(head, ["by"])
        elif n.lemma_ == "responsible" and head.lemma_ == "be":
            agents = [a for c in head.children if c.dep_ == "nsubj" for a in self.np(c)]
        else:
            return
        events = [p for prep in (*n.children, *head.children) if prep.dep_ == "prep" and prep.lower_ == "for"
                  for p in prep.children if p.dep_ in ("pobj", "pcomp")]
        events = [self.event_of(e) for e in events]
        targets = [t for e in events if e is not None for t in self.event_targets(e, agents, explicit=True)]
        if not events and n.lemma_ == "responsibility":  # *the group claimed responsibility* for the last attack
            targets = self.recalled_targets(agents, explicit=True)
        self.emit(agents, "attacks", targets, n, "claimed-responsibility", 0.8)

    def event_of(self, tok):
        """The attack noun of *for the attack* or *for carrying out the attack*."""
        if tok.pos_ == "VERB":
            tok = next((c for c in tok.children if c.dep_ == "dobj"), None)
        while tok is not None and not self.is_event(tok) and (tok.lemma_.lower() in self.rules["quantity_nouns"]
                                                               or tok.lemma_.lower() in self.rules["trend_nouns"]):
            tok = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")  # *dozens of attacks*
                        for p in c.children if p.dep_ == "pobj"), None)  # *a surge in attacks*
        return tok

    def frame_behind(self, prep) -> None:
        """*Iran was behind the attack*, *the group behind the bombing*."""
        events = [p for p in prep.children if p.dep_ == "pobj"]
        head = prep.head
        if head.lemma_ == "be":
            agents = [a for c in head.children if c.dep_ == "nsubj" for a in self.np(c)]
        elif head.pos_ in ("NOUN", "PROPN"):
            agents = self.np(head)
        else:
            return
        targets = [t for e in events for t in self.event_targets(e, agents, explicit=True)]
        self.emit(agents, "attacks", targets, prep, "behind", 0.75)

    def frame_perpetrator(self, n) -> None:
        """*The perpetrators were al-Shabaab*, *X, the perpetrator of the bombing*."""
        agents: list[str] = []
        if n.dep_ == "nsubj" and n.head.lemma_ == "be":
            agents = [a for c in n.head.children if c.dep_ == "attr" for a in self.np(c)]
        elif n.dep_ == "attr":
            agents = self.subjects(n.head)
        elif n.dep_ == "appos":
            agents = self.np(n.head)
        events = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        targets = [t for e in events for t in self.event_targets(e, agents, explicit=True)]
        if not events and n.lemma_ in self.rules["perpetrator_nouns"] and any(c.lower_ == "the" for c in n.children):
            targets = self.recalled_targets(agents, explicit=True)
        self.emit(agents, "attacks", targets, n, "perpetrator", 0.75)

    def accuser_as_target(self, v, accused: list[str], events: list) -> None:
        """*Venezuela accused the United States of aggression*, *Ukraine accused Russia of shelling*: a state that
        accuses another of an attack aimed at no one named, nor told of before, accuses it of attacking itself."""
        acts = [e for e in events if not self.definite(e)] + \
            [p for prep in v.children if prep.dep_ == "prep" and prep.lower_ in ("of", "for") for p in prep.children
             if p.dep_ in ("pcomp", "pobj") and p.tag_ == "VBG" and self.verbs.get(p.lemma_) == "attacks"]

        def aims(c) -> bool:  # (*an act of aggression*: the *of* names the act, not its target)
            return c.dep_ in ("dobj", "nsubjpass") or c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "upon") or \
                c.dep_ == "prep" and c.lower_ == "of" and not any(self.is_event(p) for p in c.children)
        aimed = [a for a in acts if any(aims(c) for c in a.children)]
        accusers = self.subjects(v)
        if not acts or aimed or not accusers or any(self.reg.type_of(a) != "State" for a in accusers):
            return
        self.emit(accused, "attacks", [a for a in accusers if a not in accused], v, "accuser-attacked", 0.65,
                  modality="alleged")

    def blamed_event(self, v) -> None:
        """*blamed X for (carrying out) the attack*, *accused X of orchestrating the bombing*: X, alleged."""
        if v.lemma_ not in self.rules["accuse_verbs"]:
            return
        accused = [a for c in v.children if c.dep_ in ("dobj", "nsubjpass") for a in
                   (self.np(v.head) if c.lower_ in RELATIVE and v.dep_ == "relcl" else self.np(c))]
        events = [self.event_of(p) for prep in v.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "over")
                  for p in prep.children if p.dep_ in ("pobj", "pcomp")]
        events = [e for e in events if e is not None and (self.is_event(e) or e.lower_ in EVENT_PRONOUNS
                                                           or e.lemma_.lower() in self.rules["weapon_events"])]
        # an attack with its own target is read by the noun's frame (graph.eventroles.EventRoles.accused)
        spec = self.rules["predicates"]["attacks"]
        events = [e for e in events if not self.pobj_of(e, spec["target_preps"])]
        targets = [t for e in events for t in self.event_targets(e, accused, explicit=True)]
        self.emit(accused, "attacks", targets, v, "blamed-for", 0.7, modality="alleged")
        if not targets and accused:
            self.accuser_as_target(v, accused, events)
        has_reason = any(c.dep_ == "prep" and c.lower_ in ("for", "of", "over") for c in v.children)
        if v.lemma_ == "blame" and not has_reason and accused and self.reg.attacks and not self.reg.attacks[-1][1]:
            # *Rockets hit a village near Kharkiv. Kyiv blamed Russia.*: the attack just told of, with no agent
            told = self.reg.attacks[-1][2]
            self.emit(accused, "attacks", [t for t in told if t not in accused], v, "blamed", 0.65, modality="alleged")
