"""Frames of fighting that need more than a subject and an object (ground taken, entered or struck:
:mod:`graph.land`).

- *inflicted heavy losses on the rebels*, *a victory over X*, *at the hands of X*;
- arms used against someone: *used chemical weapons against Iranian troops*, *missiles aimed at X*;
- insurgencies: *an insurgency in Mali* is waged against Mali.

Fighting that goes both ways (clashes, *each other*, truces) is in :mod:`graph.reciprocal`.
"""
from __future__ import annotations

from functools import lru_cache

from .parsefix import verb_above
from .registry import load_lexicon


@lru_cache(maxsize=1)
def armed_nouns() -> frozenset[str]:
    """Words for armed bodies and their people (*forces*, *troops*, *militia*, *army*): who advances or is engaged."""
    lex = load_lexicon()
    return frozenset(lex["group_nouns"]) | frozenset(lex["state_army_nouns"]) | frozenset(lex["force_nouns"])


class CombatFrames:
    """Mixed into :class:`graph.relations.SentenceReader`; uses its argument readers and ``emit``."""

    def used_against(self, v) -> None:
        """*Iraq used chemical weapons against Iranian troops*, *the army employed drones against the rebels*,
        *rockets that the militia used against the base*: using arms or force against someone attacks them."""
        arms = self.arms_words()
        means = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in arms]
        if not means and v.dep_ == "relcl" and v.head.lemma_.lower() in arms and \
                any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in v.children):
            means = [v.head]  # *drones, which Moscow uses against Ukrainian cities*
        if not means:
            return
        users = self.doers(v)
        self.emit(users, "attacks", [t for t in self.used_on(v, means) if t not in users], v, "used-against", 0.8)

    def arms_words(self) -> set[str]:
        """The weapons and projectiles one uses against someone."""
        return set(self.rules["weapon_nouns"]) | set(self.rules["predicates"]["attacks"]["projectiles"])

    def used_on(self, head, means) -> list[str]:
        """Whom arms are used *against* or *on*, the phrase hung on the use or on the arms; else the state of the land
        named so (*against Ukrainian cities*)."""
        heads = (head, *means)
        targets = [a for h in heads for a in self.pobj_of(h, ["against", "on"])]
        if not targets:
            targets = [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                       for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex["place_nouns"]
                       for a in self.places_in(p)]
        return targets

    def frame_use_noun(self, n) -> None:
        """*Iraq's use of chemical weapons against Iranian troops*, *the use of cluster munitions by Russia against
        Ukrainian cities*: the noun of using arms against someone, as :meth:`used_against` reads the verb."""
        if n.lemma_.lower() != "use" or n.pos_ != "NOUN":
            return
        arms = self.arms_words()
        means = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in arms]
        if not means:
            return
        users = self.owner_or_by(n)
        self.emit(users, "attacks", [t for t in self.used_on(n, means) if t not in users], n, "use-against", 0.8)

    def frame_set_fire(self, v) -> None:
        """*set fire to an oil depot in Belgorod*, *set the village ablaze*, *set homes on fire*: burning someone's
        things or land attacks them (not a camp in some state: that is the camp's owner's, if named)."""
        kids = list(v.children)
        fire = [c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() == "fire"]
        if fire:
            things = [p for h in (v, *fire) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                      for p in c.children if p.dep_ == "pobj"]
        elif any(c.lower_ in ("ablaze", "alight") or c.dep_ == "prep" and c.lower_ == "on" and
                 any(p.lemma_.lower() == "fire" for p in c.children) for c in kids):
            things = [c for c in kids if c.dep_ == "dobj"]  # (*set the base ablaze* read as a small clause: its subject)
            things += [s for c in kids if c.lower_ in ("ablaze", "alight") for s in c.children if s.dep_ == "nsubj"]
        else:
            return
        agents = self.doers(v)
        targets = [a for t in things for a in self.np(t)]
        military, fuel = self.rules["military_objectives"], self.rules["fuel_modifiers"]
        camps = any(t.lemma_.lower() in military and not any(c.lower_ in fuel for c in t.children) for t in things)
        if not targets and not camps:
            targets = [s for t in things for s in self.places_in(t)] or (self.locative(v) if things else [])
        own = self.own_side(agents)
        self.emit(agents, "attacks", [t for t in dict.fromkeys(targets) if t not in own], v, "set-fire", 0.75)

    def frame_set_off(self, v) -> None:
        """*set off a bomb in Jerusalem*, *set off explosives at an army checkpoint in Pattani*: detonating a device
        somewhere attacks the land's state, as a bombing there does."""
        if not any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children):
            return
        arms = (*self.rules["device_nouns"], *self.rules["predicates"]["attacks"]["projectiles"])
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in arms for c in v.children):
            return
        agents = self.doers(v)
        own = self.own_side(agents)
        self.emit(agents, "attacks", [t for t in self.locative(v) if t not in own], v, "set-off", 0.7)

    def frame_campaign(self, n) -> None:
        """*Kenya's military campaign against al-Shabaab*, *an air operation against the TTP*: a campaign or
        operation is an attack only when a word of arms says so (not *a pressure campaign against Iran*)."""
        targets = self.pobj_of(n, ["against"])
        military = any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in self.rules["military_modifiers"]
                       for c in n.children)
        # *a coalition against the Islamic State*: a coalition against an armed group is a fighting one
        coalition = n.lemma_.lower() in self.rules["armed_coalition_nouns"]
        if not military and not (coalition and targets and all(self.reg.type_of(t) == "Group" for t in targets)):
            return
        agents = self.event_agents(n)
        verb = self.governor(n)
        if not agents and verb is not None and (verb.lemma_ in self.rules["light_verbs"] or
                                                coalition and verb.lemma_ in self.rules["coalition_building_verbs"]):
            agents = self.subjects(verb)  # *Saudi Arabia led a military coalition against the Houthis*
        self.emit(agents, "attacks", [t for t in targets if t not in agents], n, "military-campaign", 0.75)

    def frame_returned_fire(self, v) -> None:
        """*Armenian forces fired on its positions, and its units returned fire*, *the troops returned fire, killing
        two attackers*: returning fire attacks whoever last attacked the subject's side (or the named target)."""
        if not any(c.dep_ == "dobj" and c.lemma_.lower() == "fire" for c in v.children):
            return
        agents = self.subjects(v)
        own = self.own_side(agents)
        targets = self.pobj_of(v, ["on", "at"]) or self.last_attackers_of(v)
        if not targets:  # *Cambodian soldiers fired first, prompting Thai troops to return fire*: who fired, untargeted
            shooters = [a for t in v.sent if t.i < v.i and t.pos_ == "VERB" and (t.lemma_.lower() in ("fire", "shoot") or
                        t.lemma_.lower() == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in t.children))
                        for a in self.subjects(t) if a not in own]
            self.emit(shooters, "attacks", agents, v, "returned-fire", 0.7)
            targets = shooters
        self.emit(agents, "attacks", [t for t in targets if t not in own], v, "returned-fire", 0.7)

    def frame_resistance(self, n) -> None:
        """*met fierce resistance from Ukrainian forces*, *faced stiff resistance from Hezbollah fighters*: those who
        resist fight the force that met them (an armed word beside it: not *resistance from the opposition* to a law)."""
        verb = self.governor(n)
        if verb is None or verb.lemma_.lower() not in self.rules["undergo_verbs"] + ["meet", "encounter", "run"]:
            return
        resisters = self.pobj_of(n, ["from", "by"]) or self.pobj_of(verb, ["from"])
        met = self.subjects(verb)
        armed = any(t.lemma_.lower() in (*self.lex["force_nouns"], *self.lex["fighter_nouns"], *self.lex["institution_nouns"])
                    or t.i in self.found.actor_at and self.reg.type_of(self.found.actor_at[t.i]) == "Group"
                    for h in (n, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree)
        if armed:
            self.emit(resisters, "attacks", [m for m in met if m not in resisters], n, "resistance-met", 0.7)

    def included(self, v) -> list[str]:
        """*attacked several sites in Goma, including UN and army bases*: the actors an *including* phrase in the
        verb's object or place names, when the object itself names none."""
        phrases = [c for c in v.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in self.lex["locative_preps"])]
        return [a for ph in phrases for t in ph.subtree if t.dep_ == "prep" and t.lower_ == "including"
                for p in t.children if p.dep_ == "pobj" for a in self.np(p)]

    def aimed_at_phrase(self, v) -> list[str]:
        """*launched missiles into Balochistan, stated to be aimed at Jaish al-Adl*, *fired rockets directed at
        Israeli positions*: what a participle of aiming hung on the verb or its object names."""
        heads = [v, *(c for c in v.children if c.dep_ == "dobj")] if v.pos_ in ("VERB", "AUX") else [v]
        clauses = [c for h in heads for c in h.children if c.dep_ in ("acl", "advcl", "dep", "relcl")]
        return [a for cl in clauses for t in cl.subtree if t.lemma_.lower() in ("aim", "direct") and t.tag_ == "VBN"
                for a in self.pobj_of(t, ["at", "against"])]

    def frame_victory(self, n) -> None:
        """*the war ended with Tanzania's victory over Uganda*: a victory over X in arms attacked X. Only where
        the sentence is about fighting (a war noun in it), not an election or a match."""
        losers = [a for c in n.children if c.dep_ == "prep" and c.lower_ == "over"
                  for p in c.children if p.dep_ == "pobj" for a in self.np(p)]  # (pobj_of reads *over* as an issue)
        if not losers or not any(t.lemma_.lower() in self.rules["war_nouns"] for t in n.sent):
            return
        winners = self.event_agents(n)
        self.emit(winners, "attacks", [t for t in losers if t not in winners], n, "victory-over", 0.7)

    def intercepted(self, v, agents: list[str], passive: bool) -> bool:
        """*Saudi air defences intercepted a Houthi missile*, *shot down Iranian drones*: whoever fired the
        projectile attacked the interceptor, not the other way round. True when the frame applied."""
        shot_down = v.lemma_.lower() == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in v.children)
        if v.lemma_.lower() not in self.rules["repel_verbs"] and not shot_down:
            return False
        fired = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        # *intercepted dozens of missiles*, *a barrage of rockets*: what the quantity counts
        fired = [next((p for c in f.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj"), f) if f.lemma_.lower() in self.rules["quantity_nouns"] else f for f in fired]
        fired += [x for f in fired for x in f.conjuncts]
        projectiles = set(self.rules["predicates"]["attacks"]["projectiles"])
        if shot_down and not any(f.tag_ == "NNS" or any(c.dep_ == "nummod" for c in f.children) for f in fired):
            # one drone shot down may be an aircraft on watch (*shot down an Israeli drone over Lebanon*); drones
            # shot down by the dozen were a raid (*said it had shot down 30 Russian drones overnight*)
            projectiles -= {"drone"}
        if not fired or not all(f.lemma_.lower() in projectiles for f in fired):
            # *intercepted an arms shipment*, *intercepted the flotilla*: a stop, not a strike on the sender
            return not shot_down and v.lemma_.lower() == "intercept" and bool(fired)
        defenders = self.pobj_of(v, ["by"]) if passive else agents
        if bound := self.bound_for(v, fired):
            defenders = bound  # *shot down Iranian drones on their way to Israel*: the attack was on Israel
        shooters = [a for f in fired for a in self.np(f)]
        shooters += [a for f in fired for c in f.children if c.dep_ == "acl" for a in self.pobj_of(c, ["by"])]
        self.emit(shooters, "attacks", [d for d in defenders if d not in shooters], v, "intercepted", 0.75)
        return True

    def bound_for(self, v, fired) -> list[str]:
        """Where projectiles shot down were headed: *on their way to Israel*, *heading towards Saudi Arabia*,
        *bound for Israel*, *fired at Israel* (on the projectiles, their clause, or the intercepting verb)."""
        heads = [*fired, *(c for f in fired for c in f.children if c.dep_ in ("acl", "relcl")), v]
        out: list[str] = []
        for h in heads:
            for prep in (c for c in h.children if c.dep_ == "prep"):
                if prep.lower_ in ("toward", "towards") or prep.lower_ == "for" and h.lower_ == "bound" or \
                        prep.lower_ in ("at", "to") and h.lemma_.lower() in ("fire", "launch", "aim", "head", "direct"):
                    out += [a for p in prep.children if p.dep_ == "pobj" for a in self.np(p)]
                elif prep.lower_ == "on":  # *on their way to Israel*
                    out += [a for w in prep.children if w.dep_ == "pobj" and w.lower_ == "way" for a in self.pobj_of(w, ["to"])]
        return list(dict.fromkeys(out))

    def at_hands_of(self, n) -> None:
        """*suffered heavy losses at the hands of Chadian forces*, *was defeated at the hands of X*: X attacks
        whoever suffered."""
        if n.lower_ != "hands" or n.dep_ != "pobj" or n.head.lower_ != "at":
            return
        verb = n.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # *suffered a defeat at the hands of X*, the phrase hung on the noun
        if verb.pos_ not in ("VERB", "AUX"):
            return
        sufferers = self.patients(verb) if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
            else self.subjects(verb)
        if verb.lemma_.lower() not in self.rules["undergo_verbs"] + ["lose", "die", "perish", "kill", "defeat", "rout"]:
            return
        self.emit(self.pobj_of(n, ["of"]), "attacks", sufferers, n, "at-hands-of", 0.75)

    def engaged(self, v) -> None:
        """*Ugandan troops engaged Rwandan forces*: engaging armed forces (not talks or partners) is fighting them."""
        objects = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in armed_nouns()]
        if objects and not any(c.dep_ == "auxpass" for c in v.children):
            self.emit(self.subjects(v), "attacks", [a for o in objects for a in self.np(o)], v, "engaged-forces", 0.75)

    def inflicted(self, v) -> None:
        """*inflicted heavy casualties on the rebels*: the subject attacks whoever suffered them."""
        if v.lemma_.lower() != "inflict":
            return
        goods = [c for c in v.children if c.dep_ == "dobj"]
        if any(g.lemma_.lower() in self.rules["harm_nouns"] for g in goods):
            targets = self.pobj_of(v, ["on", "upon"]) or [a for g in goods for a in self.pobj_of(g, ["on", "upon"])]
            self.emit(self.subjects(v), "attacks", targets, v, "verb-inflict", 0.8)

    def answered_attack(self, n) -> tuple[list[str], list[str]]:
        """*Israel struck Hezbollah in retaliation for the killing of two soldiers*, *Hezbollah targeted an Israeli
        base in response to the killing of its commander*: an attack answered by an attack, whose doer the text does
        not name, was done by whoever the answer strikes. Returns (those doers, the ones answering)."""
        if n.dep_ != "pobj" or n.head.lower_ not in ("for", "to") or n.head.head.lemma_.lower() not in self.lex["reason_nouns"]:
            return [], []
        reason = n.head.head
        if reason.dep_ != "pobj" or reason.head.lower_ not in ("in", "as"):
            return [], []
        verb = verb_above(reason.head.head, 3)  # (the phrase may hang on a noun: *a swarm of drones in retaliation*)
        if verb.pos_ not in ("VERB", "AUX") or self.verbs.get(verb.lemma_.lower()) != "attacks" or \
                any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            return [], []
        answerers = self.subjects(verb)
        answered = [a for a in self.objects(verb, "attacks") if a not in answerers]
        return (answered, answerers) if answerers and answered else ([], [])

    def insurgency_targets(self, n) -> list[str]:
        """*an insurgency in Mali*, *the rebellion against Kabul*: whom an insurgency is waged against."""
        if n.lemma_.lower() not in self.rules["insurgency_nouns"]:
            return []
        verb = self.governor(n)  # *waged an insurgency in Balochistan*, the place hung on the verb
        waged = [verb] if verb is not None and verb.lemma_ in self.rules["light_verbs"] else []
        return self.pobj_of(n, ["against"]) or [s for h in (n, *waged) for s in self.locative(h)
                                                if self.reg.type_of(s) == "State"] or self.scene_of(n)

    def scene_of(self, n) -> list[str]:
        """*Northern Burkina Faso has been the frontline of an insurgency waged by X*, *Mali is the epicentre of
        the rebellion*: the state whose land is said to be the scene of it."""
        if n.dep_ != "pobj" or n.head.lower_ != "of":
            return []
        scene = n.head.head
        if scene.lemma_.lower() not in self.rules["scene_nouns"] or scene.dep_ != "attr" or scene.head.lemma_ != "be":
            return []
        land = [t for c in scene.head.children if c.dep_ == "nsubj" for t in c.subtree]
        states = [self.found.place_at.get(t.i) or self.found.actor_at.get(t.i) for t in land]
        return list(dict.fromkeys(s for s in states if s is not None and self.reg.type_of(s) == "State"))

    def repelled(self, v) -> None:
        """*the army repelled an RSF assault on El Obeid*, *RSF fighters were repulsed by the army*: whoever made
        the assault, or was driven back, attacked the repeller."""
        if v.lemma_.lower() not in self.rules["repel_verbs"]:
            return
        events = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and self.is_event(c)]
        passive = any(c.dep_ == "auxpass" for c in v.children)
        defenders = self.doers(v)
        attackers = [a for e in events for a in self.event_agents(e)]
        if not events and v.lemma_.lower() in self.rules["repel_attacker_verbs"]:
            # *the troops were repelled by the rebels*, *the rebels repulsed government forces*: those driven back
            # had attacked
            attackers = ([a for c in v.children if c.dep_ == "nsubjpass" for a in self.np(c)] or self.subjects(v)) \
                if passive else self.objects(v, "attacks")
        self.emit(attackers, "attacks", [d for d in defenders if d not in attackers], v, "repelled", 0.75)
