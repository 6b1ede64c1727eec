"""Frames of pressure by posture and by withholding, where no pressing word is used.

- withholding help: *suspended military aid to Niger*, *froze $95 million in aid to Guatemala*, *cut off
  funding for the agency* press the one that loses it (the opposite of a delivery, see :mod:`graph.support`);
- a show of force: *sent warships and jets near Taiwan*, *massed troops along Ukraine's border* press the
  state whose land or waters the forces are put next to.
"""
from __future__ import annotations


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

    def frame_deployed_near(self, v) -> None:
        """*China sent warships near Taiwan*, *Russia massed troops along Ukraine's border*: forces put next to a
        state press it. Forces sent *to* a place, or near a place that is not a state, press nobody."""
        things = [c for c in v.children if c.dep_ == "dobj"]
        things += [x for t in things for x in t.conjuncts]
        forces = self.rules["show_of_force_things"]
        if not any(t.lemma_.lower() in forces or t.lower_ in forces for t in things):
            return
        if any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "into") for h in (v, *things) for c in h.children):
            return  # sent *to* a place: a destination (often a friend's), not a posture against a neighbour
        near = self.rules["near_preps"]
        spots = [p for h in (v, *things) for prep in h.children if prep.dep_ == "prep" and prep.lower_ in near
                 for p in prep.children if p.dep_ == "pobj"]
        states = []
        for p in spots:
            named = self.np(p) or [a for c in p.children if c.dep_ == "poss" for a in self.np(c)]  # *Ukraine's border*
            states += [a for a in named if self.reg.type_of(a) == "State"]
        agents = self.subjects(v)
        own = self.own_side(agents)
        self.emit(agents, "pressures", [s for s in dict.fromkeys(states) if s not in own], v, "deployed-near", 0.7)
