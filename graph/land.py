"""Frames of land: who takes, enters or strikes ground, and whose ground it is.

- taking: *captured the town from the rebels* (the one it was taken from is attacked), *seized the capital*
  (a place taken is its state's territory), *fought for independence from X*;
- entering: *Somali forces pushed deep into Ethiopia*, *carried the war into Cambodia*;
- where a strike happened, read as its target only when nothing else is (*a strike near Kharkiv killed two
  people* attacks Ukraine; *jets struck militants in Syria* does not attack Syria);
- losing ground: *the army lost the city to the rebels*, *lost control of the border to X*, *the town fell to X* (X
  attacked the loser).
"""
from __future__ import annotations

from .combat import armed_nouns
from .modality import modality_of


class LandFrames:
    """Mixed into :class:`graph.relations.SentenceReader`; uses its argument readers and ``emit``."""

    def taken_from(self, v) -> list[str]:
        """*seized the airport from the army*, *was captured by Israel from Syria*: who lost it."""
        if v.lemma_.lower() not in self.rules["taking_verbs"]:
            return []
        objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in self.found.actor_at]
        return self.pobj_of(v, ["from"]) or [a for o in objects for a in self.pobj_of(o, ["from"])]

    def advanced_into(self, v) -> None:
        """*Somali forces pushed deep into Ethiopian territory*, *Iraqi columns advanced into Iran*: armed forces
        that advance into a state's land attack that state."""
        forces = armed_nouns()
        # *infiltrated thousands of soldiers into Kashmir*: a verb of stealth moves its own forces
        sent = v.lemma_.lower() == "infiltrate" and any(  # (*thousands of soldiers*)
            c.dep_ == "dobj" and any(t.lemma_.lower() in forces for t in c.subtree) for c in v.children)
        crossed = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in self.rules["crossed_lines"]]
        # *Russian troops entered Georgia*: the land is the object
        entered = [c for c in v.children if c.dep_ == "dobj" and v.lemma_.lower() == "enter" and c not in crossed]
        if any(c.dep_ in ("dobj", "auxpass") for c in v.children if c not in crossed + entered) and not sent:
            return  # *pushed the rebels into the hills* is read by the expulsion frame (*crossed the border into* is not)
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        # *Ukrainian forces, which crossed into Kursk*: the relative pronoun stands for the noun it follows
        subjects = [v.head if s.lower_ in ("which", "that", "who") and v.dep_ == "relcl" else s for s in subjects]
        if not sent and not any(s.lemma_.lower() in forces or self.reg.type_of(a) == "Group" for s in subjects
                                for a in self.np(s)) and \
                not (not subjects and any(self.reg.type_of(a) == "Group" for a in self.subjects(v))):
            return  # (a subject the parse hung elsewhere: *after M23 rebels, ..., advanced on Sake*)
        lands = [p for c in (*v.children, *(k for line in crossed for k in line.children)) if c.dep_ in ("prep", "advmod")
                 for q in (c, *c.children) if q.dep_ == "prep" and q.lower_ == "into" for p in q.children if p.dep_ == "pobj"]
        if v.lemma_.lower() in ("advance", "march"):  # *the rebels advanced on Goma*, *marched on the capital*
            lands += [p for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
        lands += entered
        # an organisation only the text names may be the land's own forces (*the ISF pushed into Mosul*)
        agents = [a for a in self.subjects(v) if a in self.reg.gaz.actors]
        # (*Iraqi security forces pushed into Mosul*: the state named in the subject's own phrase is home)
        own = self.own_side(agents) | {t.ent_id_ for s in subjects for t in s.subtree if t.ent_type_ == "AG_DEMONYM"}
        targets = [s for p in lands for s in (*self.places_in(p), *(a for a in self.np(p) if self.reg.type_of(a) == "State"))]
        targets += [h for p in lands for t in p.subtree if (h := self.controller(t)) is not None]  # *Indian-administered*
        self.emit(agents, "attacks", [t for t in dict.fromkeys(targets) if t not in own], v, "advanced-into", 0.7)

    def war_carried_into(self, n, verb, agents: list[str]) -> list[str]:
        """*carried the war into Iraqi territory*, *took the fight to the Taliban*, *spread the insurgency into
        Niger*: whoever brings a war onto land or an actor attacks it (the state of the land)."""
        if verb.lemma_ not in self.rules["war_carrying_verbs"] or n.lemma_.lower() not in self.rules["war_carried_nouns"] \
                or n.dep_ != "dobj":
            return []
        if any(c.dep_ == "prep" and c.lower_ in ("of", "against", "on") for c in n.children):
            return []  # *extended its bombing of the group into Syria*: the war has its own target; the land is where
        ends = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "to", "onto", "across")
                for p in c.children if p.dep_ == "pobj"]
        found = [a for p in ends for a in (*self.np(p), *self.places_in(p))]
        own = self.own_side(agents)
        return [a for a in dict.fromkeys(found) if a not in own]

    def independence_from(self, v) -> list[str]:
        """*fought for independence from Ethiopia*, *rebelled for secession from Sudan*: a war for a land's
        freedom is fought against the state it would leave."""
        goals = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in self.rules["independence_nouns"]]
        return [a for g in goals for a in self.pobj_of(g, ["from"])]

    def taken_from_phrase(self, v) -> bool:
        """Whether a taking verb says that the thing was taken from someone other than the land's state (*from
        Serb forces*, *from the rebels*; not *from government forces*, nor a time, *from 1976 to 2005*)."""
        if v.lemma_.lower() not in self.rules["taking_verbs"]:
            return False
        objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        preps = [t for t in (*v.children, *(t for o in objects for t in o.subtree)) if t.dep_ == "prep" and t.lower_ == "from"]
        losers = [p for t in preps for p in t.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
                  and p.ent_type_ not in ("DATE", "TIME", "CARDINAL")]
        state_words = {"government", "state", "regime", "junta", *self.lex["state_army_nouns"]}
        return any(not any(t.lemma_.lower() in state_words for t in p.subtree) for p in losers)

    def territory(self, v, agents: list[str]) -> list[str]:
        """The states of the places a taking verb takes (*seized the capital Sanaa*), never the taker's own (the
        caller asks only where no loser is named, see :meth:`taken_from_phrase`)."""
        if v.lemma_.lower() not in self.rules["taking_verbs"]:
            return []
        objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(c.lower_ in ("which", "that") for c in objects) and v.dep_ == "relcl":
            objects = [v.head]
        objects += [p for o in objects if o.lemma_.lower() == "control" and not any(c.dep_ == "prep" for c in o.children)
                    for p in self.controlled(v, o)]  # *took control of Wad Madani*, *of* hung on the verb
        capitals = [self.found.actor_at[t.i] for o in objects for t in o.subtree
                    if t.ent_type_ == "AG_CAPITAL" and t.i in self.found.actor_at]  # *seized Kabul*
        # *the Taliban overran a post in northern Afghanistan*: a group taking ground in a state takes it from the
        # state (a foreign army may hold ground there beside the state's own forces, so not for states)
        insurgent = agents and all(self.reg.type_of(a) == "Group" for a in agents)
        named = [self.found.actor_at[t.i] for o in objects for t in o.subtree
                 if insurgent and t.dep_ == "pobj" and t.head.lower_ in self.lex["locative_preps"]
                 and t.i in self.found.actor_at and self.reg.type_of(self.found.actor_at[t.i]) == "State"]
        states = [s for o in objects for s in self.places_in(o)] + capitals + named
        # where the taking happened counts only for land taken (*seized the town near Kharkiv*), not a ship
        if all(o.lemma_.lower() in self.lex["place_nouns"] or o.i in self.found.place_at or o.text in self.lex["landform_words"]
               for o in objects):  # (*occupied the Badme Triangle in western Ethiopia*: a named piece of land)
            states += self.locative(v)
        return [s for s in dict.fromkeys(states) if s not in self.own_side(agents)]

    def places_taken(self, v) -> list[str]:
        """The names of the places a taking verb takes (*seized Mosul*, *recaptured the city*, *Goma, which the
        rebels captured*), first named first."""
        objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass") or  # (*recaptured Mosul*, read as an adverb)
                   c.dep_ in ("advmod", "npadvmod") and c.i == v.i + 1 and c.i in self.found.place_name_at]
        if any(c.lower_ in ("which", "that") for c in objects) and v.dep_ == "relcl":
            objects = [v.head]
        names = [self.found.place_name_at[t.i] for o in objects for t in o.subtree if t.i in self.found.place_name_at]
        return list(dict.fromkeys(names))

    def held_before(self, v, agents: list[str]) -> list[str]:
        """*IS seized Mosul in 2014 … Iraqi forces recaptured the city*: retaking a place attacks whoever the text
        said took it last (not the retaker's own side)."""
        if v.lemma_.lower() not in self.rules["retaking_verbs"]:
            return []
        own = self.own_side(agents)
        held = [h for name in self.places_taken(v)[:1] for h in self.reg.holders.get(name, ())]
        # *regained the territory it had lost to Armenian forces*, *retook towns seized by the rebels*: the clause says
        for t in (t for o in v.children if o.dep_ == "dobj" for t in o.subtree):
            if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PRON", "ADJ"):
                if t.lemma_.lower() == "lose":
                    held += self.pobj_of(t, ["to"])
                elif t.tag_ == "VBN" and t.lemma_.lower() in self.lex["holding_verbs"] and \
                        t.lemma_.lower() not in ("lose", "abandon", "besiege", "encircle", "surround", "enter"):
                    held += self.pobj_of(t, ["by"])
        return [h for h in dict.fromkeys(held) if h not in own]

    def note_taken(self, v, agents: list[str]) -> None:
        """Remember who took a place, for a later retaking of it."""
        lemma = v.lemma_.lower()  # (a place besieged or surrounded is not yet taken)
        if agents and lemma in self.rules["taking_verbs"] and lemma not in ("besiege", "encircle", "surround") and \
                modality_of(v, self.modal) in ("asserted", "alleged"):
            for name in self.places_taken(v)[:1]:
                self.reg.holders[name] = tuple(agents)

    def owned_things(self, things) -> bool:
        """Whether a thing struck is said to be someone's (*facilities used by X*, *depots belonging to Y*)."""
        owned = set(self.rules["carrying_verbs"]) | set(self.rules["possession_verbs"])
        return any(c.dep_ in ("acl", "relcl") and c.lemma_ in owned for o in things for c in o.children)

    def without_land_crossed(self, head, targets: list[str]) -> list[str]:
        """*strikes into Syria against facilities used by X*: when the thing struck is someone's, the land the
        strike goes into is not its target."""
        if not self.owned_things(self.struck_things(head)):
            return targets
        crossed = self.pobj_of(head, ["into", "in", "inside"])
        return [t for t in targets if t not in crossed]

    def strike_place(self, head, agents: list[str]) -> list[str]:
        """A strike's place as its target, only for striking words whose object (if any) is no military
        objective: *shelling in Donetsk killed three civilians* attacks Ukraine, *struck positions in Syria* not."""
        if head.lemma_.lower() not in self.rules["place_strike_words"]:
            return []
        military = self.rules["military_objectives"]
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] + \
            [p for p in self.struck_things(head) if p.dep_ == "pobj"]
        # *the Taliban killed nine soldiers in southern Afghanistan*: a rebel group's victims in uniform, owned by no
        # one the text names, serve the state they fall in (a state's strike on *soldiers in Syria* stays no attack
        # on Syria)
        uniformed = bool(agents) and all(self.reg.type_of(a) == "Group" for a in agents) and \
            all(self.state_servant(o) for o in objects if o.lemma_.lower() in military or o.lower_ in military)
        fuel = self.rules["fuel_modifiers"]  # *an oil depot in Russia's Bryansk region*: the land's economy, no camp
        if any((o.lemma_.lower() in military or o.lower_ in military) and
               not any(c.dep_ in ("compound", "amod") and c.lower_ in fuel for c in o.children) and not self.civilian_site(o)
               for o in objects) and not uniformed:
            return []
        if self.owned_things(objects):
            return []  # *facilities used by IRGC-backed groups in Syria*: someone's, wherever they stand
        if any(o.lemma_.lower() in self.rules["mission_nouns"] for o in objects):
            return []  # *the bombing of the embassy in Beirut*: a foreign state's mission, not the host's land
        # *hit the Ryazan oil refinery*, *struck Port Sudan airport*: a site named by its place is in that place
        land = [o for o in objects if o.lemma_.lower() in self.lex["place_nouns"] or o.i in self.found.place_at or
                any(c.dep_ == "compound" and c.i in self.found.place_at for c in o.lefts)]
        if head.pos_ == "NOUN":  # *the Mumbai attacks*: the event named by its place
            land += [c for c in head.lefts if c.dep_ == "compound" and c.i in self.found.place_at]
        held = [h for o in land for t in o.subtree if (h := self.controller(t)) is not None]
        if held:  # *bombed rebel-held towns and HTS-controlled villages*
            return list(dict.fromkeys(held))
        if any(self.held_by_unnamed_rebels(o) for o in land):
            return []  # *bombed rebel-held areas of Idlib*: the rebels' ground, not the state's (whoever they are)
        places = [s for o in land for s in self.places_in(o)]
        if places:  # *struck Ukrainian cities*, *shelled villages near Kharkiv*
            return [s for s in dict.fromkeys(places) if s not in self.own_side(agents)]
        places = self.locative(head)
        if not places and head.pos_ in ("VERB", "AUX"):  # *Russia's offensive in Donetsk has killed hundreds*
            places = [p for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and self.is_event(c)
                      for p in self.strike_place(c, agents)]  # (as the event would: not *a strike on militants in X*)
        verb = self.governor(head) if head.pos_ == "NOUN" else None
        if not places and verb is not None and verb.lemma_ in self.rules["light_verbs"]:
            places = self.locative(verb)  # *carried out a bombing in Mogadishu*: the phrase hung on the light verb
        return [] if set(places) & self.own_side(agents) else places

    def victims_named(self, v) -> bool:
        """*hit a car near the border town of Naqoura, killing two Hezbollah members*: the strike's victims, named in
        a clause of harm on it, are its target, so the place is only where."""
        harm = self.lex["harming_verbs"]
        return any(c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in harm and
                   self.objects(c, "attacks") for c in v.children)

    def civilian_site(self, tok) -> bool:
        """*a displacement camp*, *a camp for displaced people*, *a refugee camp*: a camp of civilians, no military
        objective."""
        marks = self.rules["civilian_site_marks"]
        if any(t.i in self.found.place_at and self.reg.known(self.found.place_at[t.i]) in self.lex["people_apart_from_state"]
               for t in tok.subtree):
            return False  # (*raided the Jenin refugee camp*: the camp's people, not the state its land would name)
        if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in marks for c in tok.children):
            return True
        return any(t.lower_ in marks for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                   for p in c.children if p.dep_ == "pobj" for t in (p, *p.children))

    def state_servant(self, tok) -> bool:
        """*soldiers*, *police*, and posts or people named by whom they serve: *army positions*, *a military base*,
        *police stations*, *security personnel* (not *militant positions*, nor what the text gives to a named actor)."""
        servants = self.rules["state_servant_nouns"]
        if tok.lemma_.lower() in servants:
            return True
        marks = [c for c in tok.children if c.dep_ in ("compound", "amod")]
        return any(c.lemma_.lower() in servants or c.lower_ in self.lex["state_army_nouns"] or
                   c.lower_ in self.rules["state_service_marks"] for c in marks) and \
            not any(t.i in self.found.actor_at for t in tok.subtree)

    def held_by_unnamed_rebels(self, tok) -> bool:
        """*rebel-held areas*, *opposition-controlled towns*, *militant-held villages*: ground held by armed
        opponents of the state whom the text does not name (not *government-held areas*, the state's own)."""
        nonstate = {*self.lex["fighter_nouns"], *self.lex["nonstate_people_nouns"], "opposition", "jihadist", "islamist"}
        inside = {t.i for t in tok.subtree}
        return any(mark.i in inside and holder.i not in self.found.actor_at and holder.lemma_.lower() in nonstate
                   for mark, holder in self.control_marks)

    def lost_to(self, v) -> None:
        """*the army lost Mosul to the jihadists*, *lost control of three districts to X*: land lost to X in
        war was taken by force, so X attacks the loser. Only land (a place, a place noun, control, ground)
        counts: *lost the vote to X* is no war."""
        if v.lemma_.lower() not in self.rules["lose_verbs"] or any(c.dep_ == "auxpass" for c in v.children):
            return
        land = set(self.rules["land_lost_nouns"]) | set(self.lex["place_nouns"])
        lost = [c for c in v.children if c.dep_ == "dobj"]
        named = [c for c in v.children if c.dep_ in ("dobj", "advmod", "npadvmod") and c.i in self.found.place_at]
        if not named and not any(o.lemma_.lower() in land or o.ent_type_ in ("GPE", "LOC", "FAC") for o in lost):
            return
        losers, winners = self.subjects(v), self.pobj_of(v, ["to"])
        self.emit(winners, "attacks", [x for x in losers if x not in winners], v, "lost-to", 0.75)

    def fell_to(self, v) -> None:
        """*Kunduz fell to the Taliban*, *the town of Bunagana fell to M23 rebels*: a place that falls to X was
        taken by X, from whoever the text said held it last, else from the state it lies in (never from X's own
        side: *Kidal fell to Malian troops*). Only a place falls so: *power fell to the army* is no war."""
        if v.lemma_.lower() != "fall" or not (winners := self.pobj_of(v, ["to"])):
            return
        land = [c for c in v.children if c.dep_ == "nsubj" and (
            c.i in self.found.place_at or c.ent_type_ == "AG_CAPITAL" or c.lemma_.lower() in self.lex["place_nouns"])]
        if not land:
            return
        names = [self.found.place_name_at[t.i] for o in land for t in o.subtree if t.i in self.found.place_name_at]
        held = [h for name in names[:1] for h in self.reg.holders.get(name, ())]
        capitals = [self.found.actor_at[t.i] for o in land for t in o.subtree
                    if t.ent_type_ == "AG_CAPITAL" and t.i in self.found.actor_at]
        losers = held or [s for o in land for s in self.places_in(o)] + capitals
        own = self.own_side(winners)
        self.emit(winners, "attacks", [x for x in dict.fromkeys(losers) if x not in own], v, "fell-to", 0.75)
        if names and modality_of(v, self.modal) in ("asserted", "alleged"):
            self.reg.holders[names[0]] = tuple(winners)
