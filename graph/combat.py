"""Frames of fighting that need more than a subject and an object (ground taken, entered or struck:
:mod:`graph.land`).

- reciprocal verbs: *the army clashed with the rebels*, *the two militias fought*, *attacked each other*: each
  side attacks the other;
- *inflicted heavy losses on the rebels*, *a victory over X*, *at the hands of X*, *pitted X against Y*;
- arms used against someone: *used chemical weapons against Iranian troops*, *missiles aimed at X*;
- insurgencies: *an insurgency in Mali* is waged against Mali.
"""
from __future__ import annotations

from functools import cached_property, lru_cache

from spacy.attrs import LOWER
from spacy.strings import get_string_id

from .parsefix import tokens_where
from .registry import load_lexicon

MUTUAL_IDS = frozenset({get_string_id("other"), get_string_id("another")})  # *each other*, *one another*


@lru_cache(maxsize=1)
def armed_nouns() -> frozenset[str]:
    """Words for armed bodies and their people (*forces*, *troops*, *militia*, *army*): who advances or is engaged."""
    lex = load_lexicon()
    return frozenset(lex["group_nouns"]) | frozenset(lex["state_army_nouns"]) | frozenset(lex["force_nouns"])


class CombatFrames:
    """Mixed into :class:`graph.relations.SentenceReader`; uses its argument readers and ``emit``."""

    @cached_property
    def mutual_at(self) -> frozenset[int]:
        """The paragraph's *other* of *each other* and *another* of *one another*."""
        doc = self.sdoc
        return frozenset(i for i in tokens_where(doc, LOWER, MUTUAL_IDS) if i > 0 and doc[i - 1].lower_ in ("each", "one"))

    def mutual(self, tok) -> bool:
        """The phrase is or holds *each other* or *one another* (*each other's bases*)."""
        return any(tok.left_edge.i <= i <= tok.right_edge.i for i in self.mutual_at)

    def mutual_noun(self, n) -> bool:
        """*after four days of strikes on each other's military sites*, *attacks against one another*: an attack
        noun aimed at *each other* goes both ways between the subjects of the clause it stands in. True when read."""
        if not self.mutual_at:
            return False
        held = self.governor(n)
        light = [held] if held is not None and held.lemma_ in self.rules["light_verbs"] else []  # *opened fire on ...*
        if not any(p.dep_ == "pobj" and self.mutual(p) for h in (n, *light) for c in h.children if c.dep_ == "prep"
                   and c.lower_ in ("on", "at", "against", "upon") for p in c.children):
            return False
        verb = next((a for a in n.ancestors if a.pos_ in ("VERB", "AUX")), None)
        sides = self.subjects(verb, shared=True) if verb is not None else []
        if len(sides) > 1:
            self.emit(sides, "attacks", sides, n, "noun-reciprocal", 0.75)
        return True

    def reciprocal_verb(self, v, agents: list[str], targets: list[str], passive: bool) -> bool:
        """*X clashed with Y*, *X and Y fought*, *X and Y attacked each other*: both directions. True when the
        frame applied."""
        mutual = [c for c in v.children if c.dep_ == "dobj" and self.mutual(c)] + \
            [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "against", "upon")
             for p in c.children if p.dep_ == "pobj" and self.mutual(p)]  # (*fired on each other*)
        if not passive and len(agents) > 1 and mutual:  # (*shelled each other's positions*)
            self.emit(agents, "attacks", agents, v, "verb-reciprocal", 0.75)
            return True
        if passive or v.lemma_.lower() not in self.rules["reciprocal_attack_verbs"]:
            return False
        if beside := self.pobj_of(v, ["alongside", "beside"]):  # *fought alongside Syrian government forces*
            self.emit(agents, "backs", beside, v, "fought-alongside", 0.75)
            # *fought alongside Ethiopian forces against the TPLF*: the enemy both sides fought, whether the model
            # hangs *against* on the verb or on the partner
            partners = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("alongside", "beside")
                        for p in c.children if p.dep_ == "pobj"]
            enemies = self.pobj_of(v, ["against"]) + [a for p in partners for a in self.pobj_of(p, ["against"])]
            enemies = [e for e in enemies if e not in agents and e not in beside]
            self.emit(agents, "attacks", enemies, v, "fought-alongside-against", 0.8)
            self.emit(beside, "attacks", enemies, v, "fought-alongside-against", 0.8)
        against = self.pobj_of(v, ["against"])
        if targets and not against and v.lemma_.lower() in self.rules["opponent_with_verbs"] + ["fight"]:
            # *Cuban troops fought South African forces*: a fight has two sides
            self.emit(agents, "attacks", targets, v, "verb-reciprocal", 0.8)
            self.emit(targets, "attacks", agents, v, "verb-reciprocal", 0.8)
            return True
        # *fought with X* is as often beside X as against it: only clashing, battling ... *with* is opposing
        opposing = v.lemma_.lower() in self.rules["opponent_with_verbs"]
        partners = self.pobj_of(v, ["with"]) if opposing and not against else []
        if partners:
            self.emit(agents, "attacks", partners, v, "verb-reciprocal", 0.8)
            self.emit(partners, "attacks", agents, v, "verb-reciprocal", 0.8)
            return True
        # *Hamas and Fatah fought in Gaza*; not *Chad and Cameroon sent troops to fight the insurgents*, where the
        # object is someone the text does not name (an object of fighting is an event only: *fought a war*)
        unnamed = [c for c in v.children if c.dep_ in ("dobj", "dative") and not self.is_event(c)]
        if not targets and not against and len(agents) > 1 and not unnamed:
            self.emit(agents, "attacks", agents, v, "verb-reciprocal", 0.75)
            return True
        return False

    def used_against(self, v) -> None:
        """*Iraq used chemical weapons against Iranian troops*, *the army employed drones against the rebels*:
        using arms or force against someone attacks them."""
        arms = set(self.rules["weapon_nouns"]) | set(self.rules["predicates"]["attacks"]["projectiles"])
        means = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in arms]
        if not means:
            return
        users = self.doers(v)
        targets = self.pobj_of(v, ["against", "on"]) + [a for m in means for a in self.pobj_of(m, ["against", "on"])]
        self.emit(users, "attacks", [t for t in targets if t not in users], v, "used-against", 0.8)

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

    def opponents_with(self, head) -> list[str]:
        """The other side of *a war with X*, *clashes with X*; not a helper (*a conflict with US backing*)."""
        helps = set(self.rules["predicates"]["backs"]["nouns"]) | set(self.rules["help_nouns"])
        return [a for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() not in helps for a in self.np(p)]

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
        shooters = [a for f in fired for a in self.np(f)]
        shooters += [a for f in fired for c in f.children if c.dep_ == "acl" for a in self.pobj_of(c, ["by"])]
        self.emit(shooters, "attacks", [d for d in defenders if d not in shooters], v, "intercepted", 0.75)
        return True

    def named_sides(self, n) -> list[list[str]]:
        """The sides a war's name joins with dashes (*the Iran–Iraq War*, *the Sino-Vietnamese War*, *the
        Ethiopian-Eritrean conflict*), one list per side, or [] when the name does not give two. Only a war the
        clause is about counts: one named for a time or a setting (*during the Iran–Iraq War*, *veterans of the
        Russo-Georgian War*) is background, which writers do not mean as a report of the fighting."""
        if n.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT"):
            return []
        prefixes = self.rules["war_name_prefixes"]
        sides: list[list[str]] = [[]]
        dashes = 0
        for t in self.sdoc[n.left_edge.i: n.i]:
            if t.text in ("-", "–", "—"):
                sides.append([])
                dashes += 1
            elif t.i in self.found.actor_at and self.found.actor_at[t.i] not in sides[-1]:
                sides[-1].append(self.found.actor_at[t.i])
            elif t.text in prefixes and self.sdoc[t.i + 1].text in ("-", "–", "—"):
                sides[-1].append(self.reg.known(prefixes[t.text]))
        sides = [side for side in sides if side]
        return sides if dashes and len(sides) >= 2 else []

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

    def pitted(self, v) -> None:
        """*The civil war pitted the junta against the TPLF*: a war that pits X against Y is fought both ways."""
        wars = set(self.rules["reciprocal_nouns"])
        if not any(c.dep_ == "nsubj" and (c.lemma_.lower() in wars or c.lower_ == "war") for c in v.children):
            return
        sides = [a for c in v.children if c.dep_ == "dobj" for a in self.np(c)]
        others = self.pobj_of(v, ["against"])
        self.emit(sides, "attacks", others, v, "pitted-against", 0.75)
        self.emit(others, "attacks", sides, v, "pitted-against", 0.75)

    @staticmethod
    def clause_of_fighting(n, preps: tuple[str, ...]):
        """The verb of the clause a fighting noun is hung on by one of ``preps`` (*after days of fighting*, *during
        clashes with X*: through *days of*, *weeks of*), or None."""
        while n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "NUM"):
            n = n.head.head  # *days of fighting*, *weeks of clashes*
        if n.dep_ != "pobj" or n.head.lower_ not in preps:
            return None
        verb = n.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None

    def subjects_around(self, n) -> list[str]:
        """The subject of the clause a fighting noun is the time or cause of (*M23 seized the town after days of
        fighting with the army*, *during clashes with X*): that subject fought, as did those killed or wounded in it."""
        verb = self.clause_of_fighting(n, ("after", "during", "amid", "following", "in", "before"))
        if verb is None:
            return []
        if any(c.dep_ == "auxpass" for c in verb.children):  # *two soldiers were killed in clashes with X*
            return [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.np(c)]
        return self.subjects(verb)

    def truce_sides(self, n) -> list[str]:
        """*Thailand and Cambodia agreed to a ceasefire after five days of fighting*: the parties to a truce made
        after or during the fighting fought each other (two or more of them, else nothing)."""
        verb = self.clause_of_fighting(n, ("after", "during", "amid", "following", "to"))
        truce = self.rules["truce_nouns"]
        if verb is None or not any(t.lemma_.lower() in truce for c in verb.children if c.dep_ in ("dobj", "prep")
                                   for t in c.subtree):
            return []
        sides = self.subjects(verb)
        return sides if len(sides) > 1 else []

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
