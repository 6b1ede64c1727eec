"""Frames of pressure by words that bind: claims on an actor that are acts in themselves.

- a warrant or a reward: *the ICC issued an arrest warrant for X*, *a reward of up to $10 million for information on
  X's financial networks* press the one sought;
- a threat by declaration: *declared U.S. ships legitimate targets*, *will hold Iran accountable for any attack*;
- a deadline: *gave Hamas until Saturday to release the hostages*.
"""
from __future__ import annotations


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
        self.emit(holders, "pressures", [a for a in warned if a not in holders], v, "held-accountable", 0.7,
                  modality="asserted")
