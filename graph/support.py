"""Backing by materiel: who arms, funds or supplies whom (alliances, havens and founders: :mod:`graph.alliance`).

- delivery and receipt of materiel: *Iran sent drones to Russia*, *provided the Houthis with missiles*,
  *Hamas receives money and weapons from Tehran*, *relies on Iran for weapons*, *an airlift of arms to Israel*;
- help: *with the help of the United States*; relief that takes no side (*humanitarian aid to Gaza*).
"""
from __future__ import annotations

from .modality import modality_of
from .parsefix import verb_above

SHARE_WORDS = ("some", "all", "bulk", "majority", "lot")  # (beside the shares of land and the counting words)


class SupportFrames:
    """Mixed into :class:`graph.relations.SentenceReader`."""

    def frame_received(self, v) -> None:
        """*Hamas receives money, weapons and training from Tehran*: the giver backs the receiver."""
        backs = self.rules["predicates"]["backs"]
        goods = [self.share_of(c) for c in v.children if c.dep_ == "dobj"]
        goods += [x for g in goods for x in g.conjuncts]
        # (*receives backing from the UAE*, *took orders from Tehran*: support or command received)
        if any(g.lemma_.lower() in (*backs["materiel"], *self.rules["help_nouns"], *self.rules["command_nouns"])
               for g in goods):
            # *received arms from France and later from the United States*: each *from*, on the verb or the goods
            givers = list(dict.fromkeys(self.pobj_of(v, ["from"]) + [a for g in goods for a in self.pobj_of(g, ["from"])]))
            if not givers:  # *Syria received Soviet weapons*: the state named on the goods (not *Russian-made*)
                givers = [self.found.actor_at[c.i] for g in goods for c in g.children if c.dep_ in ("amod", "compound")
                          and c.i in self.found.actor_at and c.i + 1 == g.i]
            self.emit(givers, "backs", self.subjects(v), v, "materiel-received", 0.75)

    def frame_delivery_noun(self, n) -> None:
        """*Iran's drone deliveries to Russia*, *Emirati arms shipments to the RSF*, *an arms package for Taiwan*,
        *facilitated the transfer of millions of dollars to the Houthis*: whoever sends materiel or money to an actor
        backs it. Sales and exports of ordinary goods are trade, and a delivery that is stopped or blocked is none."""
        holders = [n] + ([n.head] if n.dep_ == "dobj" else [])  # *documented arms shipments to the RSF*
        # *the transfer by Iran of missile parts to X*: the *of* phrase (and the *to* phrase) hung on the sender's name
        sent_goods = [p for c in n.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"
                      for b in c.children if b.dep_ == "pobj" for o in b.children if o.dep_ == "prep" and o.lower_ == "of"
                      for p in o.children if p.dep_ == "pobj"]
        recipients = [a for h in (*holders[:2], *sent_goods) for prep in h.children
                      if prep.dep_ == "prep" and prep.lower_ in ("to", "for")
                      for p in [p for p in prep.children if p.dep_ == "pobj"][:1] for c in (p, *p.conjuncts)
                      for a in self.np_one(c, frozenset())]
        if not recipients:
            return
        backs = self.rules["predicates"]["backs"]
        goods = [c for c in n.children if c.dep_ in ("compound", "amod", "nmod") and c.i not in self.found.actor_at]
        goods += [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        goods += sent_goods
        commercial = n.lemma_.lower() in self.rules["trade_nouns"]
        wanted = set(backs["materiel"]) | set(self.rules["money_words"])
        if commercial:
            wanted -= set(backs["commercial_goods"])
        if not any(t.lemma_.lower() in wanted or t.lower_ in wanted or t.text in ("$", "€", "£")  # (*arms* read as *arm*)
                   for g in goods for t in g.subtree):
            return
        if any(self.relief(g) for g in goods):
            return  # *a package of emergency food assistance for Yemen*: relief takes no side
        verb = self.governor(n)
        if verb is not None and verb.lemma_.lower() in self.rules["stop_verbs"] and \
                modality_of(verb, self.modal) in ("asserted", "alleged"):
            return  # *halted weapons exports to Turkey* (not *must stop its arms deliveries to X*: they go on)
        agents = self.noun_agents(n)
        if not agents:  # *a shipment of Iranian weapons*: the goods' maker sends them
            agents = [a for g in goods for c in g.children if c.dep_ in ("amod", "compound") and c.i in self.found.actor_at
                      for a in self.np(c) if a not in self.reg.org_candidates]  # (not *Leopard tanks*, a model's name)
        if not agents and verb is not None and verb.lemma_.lower() in self.rules["arranging_verbs"]:
            agents = self.subjects(verb)  # *facilitated the transfer of funds to X*; not who intercepted it
        self.emit(agents, "backs", [r for r in recipients if r not in agents], n, "delivery-noun", 0.75)

    def frame_rely(self, v) -> None:
        """*the Contras relied on the United States for weapons*, *Assad depends on Russia*, *the junta turned to
        Moscow for military help*: X backs the subject."""
        turned = v.lemma_ in self.rules["turning_verbs"]
        if v.lemma_ not in self.rules["reliance_verbs"] and not turned:
            return
        needs = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        if needs and not any(self.is_materiel_phrase(p) or p.lemma_.lower() in self.rules["help_nouns"] for p in needs) \
                or turned and not needs and not self.sent_to_help(v):
            return  # *relied on Qatar for mediation* is no backing; nor is *turned to the press* (but *turned to
            # Russia to help it fight the jihadists* is)
        providers = self.pobj_of(v, ["to"] if turned else ["on", "upon"])
        if not providers:  # *relies on Russian mercenaries from the Africa Corps*: who sends them
            ons = [p for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for p in c.children
                   if p.dep_ == "pobj"]
            providers = self.pobj_of(v, ["from"]) + [a for o in ons for a in self.pobj_of(o, ["from"])]
        self.emit(providers, "backs", self.subjects(v), v, "reliance", 0.7)

    def frame_thanked(self, v) -> None:
        """*Ethiopia's prime minister thanked the UAE for its military assistance*, *Zelensky thanked Germany for the
        air defence systems*: whom one thanks for help or arms backs one (not *for hosting the talks*)."""
        given = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
        if not any(p.lemma_.lower() in self.rules["help_nouns"] or self.is_materiel_phrase(p) for p in given):
            return
        helpers = [a for c in v.children if c.dep_ == "dobj" for a in self.np(c)]
        helped = self.subjects(v)
        self.emit(helpers, "backs", [h for h in helped if h not in helpers], v, "thanked-for-help", 0.7)

    def share_of(self, tok):
        """*most of their weapons*, *the bulk of its arms*, *dozens of drones*: what the share or count is of."""
        if any(w in self.lex["territory_shares"] or w in self.rules["quantity_nouns"] or w in SHARE_WORDS
               for w in (tok.lower_, tok.lemma_.lower())):
            return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj"), tok)
        return tok

    def is_materiel_phrase(self, tok) -> bool:
        """Materiel or money anywhere in a phrase (*billions of dollars in military aid*, *$3.8 billion*), not
        relief (*$50 million in humanitarian aid*, *food aid*)."""
        words = self.rules["predicates"]["backs"]["materiel"] + self.rules["money_words"]
        if self.relief(tok):
            return False
        return any(t.lemma_.lower() in words or t.text in ("$", "€", "£") for t in tok.subtree)

    def relief(self, tok) -> bool:
        """Whether a phrase is relief for people (*humanitarian aid*, *food and medicine*), which takes no side;
        not when arms come with it (*weapons and food*)."""
        words = {t.lemma_.lower() for t in tok.subtree}
        relief, arms = self.rules["humanitarian_words"], self.rules["arms_words"]
        return any(w in relief for w in words) and not any(w in arms for w in words)

    def frame_delivered(self, v) -> None:
        """*Iran sent weapons to Hezbollah*, *provided the Houthis with missiles*, *gave Hezbollah money*,
        *drones were shipped to Russia by Iran*: whoever delivers materiel backs whoever gets it."""
        backs = self.rules["predicates"]["backs"]
        commercial = v.lemma_.lower() in backs["commercial_verbs"]

        def materiel(toks) -> bool:
            if any(self.relief(t) for t in toks):
                return False  # *sent humanitarian aid to Sudan*
            goods = [g for t in toks for g in (t, *t.conjuncts) if self.is_materiel(g, "backs")]
            if not goods and not commercial:  # *billions of dollars in military aid*
                return any(self.is_materiel_phrase(t) for t in toks)
            return any(not (commercial and g.lemma_.lower() in backs["commercial_goods"]) for g in goods)

        kids = list(v.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids)
        objects = [c for c in kids if c.dep_ in ("dobj", "obj", "nsubjpass")]
        withs = [p for c in kids if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        if materiel(objects):
            recipients = self.pobj_of(v, ["to", "for"]) + [a for c in kids if c.dep_ == "dative" for a in self.np(c)]
            # *poured money and rockets into Hezbollah*: what goes into a party goes to it (not *into its oil industry*)
            # (the phrase may hang on the last of the goods: *poured money, rockets and training into the group*)
            holders = [v, *(g for o in objects for g in (o, *o.conjuncts))]
            recipients += [self.found.actor_at[p.i] for h in holders for c in h.children
                           if c.dep_ == "prep" and c.lower_ == "into"
                           for p in c.children if p.dep_ == "pobj" and p.i in self.found.actor_at]
            if not recipients:  # *gave Hezbollah money*, with the receiver read as a compound of the goods
                recipients = [self.found.actor_at[c.i] for o in objects for c in o.children
                              if c.dep_ == "compound" and c.i in self.found.actor_at and o.dep_ != "nsubjpass"]
            if not recipients:  # *pledged 500 million euros in military aid to Kyiv*, *to* hung inside the goods
                recipients = [a for o in objects for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"
                              and t.head.dep_ == "prep" for a in self.np(t)]
        elif withs and materiel(withs):  # *provided the Houthis with missiles*
            recipients = [a for c in kids if c.dep_ in ("dobj", "obj") for a in self.np(c)]
        elif any(o.lemma_.lower() in self.rules["personnel_nouns"] for o in objects) and not passive:
            # *Eritrea sent fighters to al-Shabaab*: forces sent to a group join it (sent to a state, they may invade,
            # unless the text says they came to help: *sent troops to Mozambique to help fight the insurgents*)
            # (*sent military instructors to Mali*: trainers come to help, never to invade)
            trainers = any(o.lemma_.lower() in self.rules["trainer_nouns"] for o in objects)
            recipients = [a for a in self.pobj_of(v, ["to"]) if self.reg.type_of(a) == "Group"
                          or (self.reg.type_of(a) == "State" and (trainers or self.sent_to_help(v)))]
        else:
            return
        givers = self.pobj_of(v, ["by"]) if passive else self.subjects(v)
        self.emit(givers, "backs", recipients, v, "materiel-delivered", 0.75)

    def sent_to_help(self, v) -> bool:
        """Whether forces were sent to help where they went: a purpose clause of helping (*to support the
        government*, *to help fight the insurgents*, *to bolster its defences*) or a request (*at the request of
        Bamako*, *at the invitation of the government*)."""
        helping = set(self.lex["helping_verbs"]) | set(self.rules["defending_verbs"])
        for c in (*v.children, *(g for d in v.children if d.dep_ == "dobj" for g in d.children)):
            if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() in helping and \
                    any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return True
            if c.dep_ == "prep" and c.lower_ == "at" and any(p.lemma_.lower() in ("request", "invitation")
                                                             for p in c.children if p.dep_ == "pobj"):
                return True
        return False

    def frame_help(self, n) -> None:
        """*shot down by Israel's air defences with the help of the United States*: helpers back
        the one they help (the clause's agent)."""
        first = n
        while first.dep_ == "conj" and first.head.pos_ == "NOUN":
            first = first.head  # *with Turkish drones and support*: the help is the list's
        prep = first.head
        if prep.lower_ not in ("with", "by") or first.dep_ != "pobj":
            return
        # *with Iran's support*, *with Iranian backing*, *with Turkish drones and support*
        helpers = self.pobj_of(n, ["of", "from"]) or self.noun_agents(n) or (self.noun_agents(first) if first is not n else [])
        verb = verb_above(prep.head, 4)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in verb.children):
            helped = self.np(verb.head)  # *Hezbollah, founded with Iranian help in 1982*
        else:
            helped = self.pobj_of(verb, ["by"]) if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
                else self.subjects(verb)
        self.emit(helpers, "backs", helped, n, "help-of", 0.7)

    def frame_owed(self, v) -> None:
        """*Assad's government owed its survival to the intervention of Russia and Iran*, *the junta owes its grip on
        power to Chinese arms*: whoever a regime owes its survival or power to backs it."""
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in self.rules["owed_goods"] for c in v.children):
            return
        causes = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        causes += [c for p in causes for c in p.conjuncts]
        helpers = [a for p in causes for a in (self.event_agents(p) if self.is_event(p) else []) or self.np(p)
                   or self.noun_agents(p)]  # (*to Cuban intelligence and Russian loans*)
        if not helpers:  # *the intervention of X*
            helpers = [a for p in causes for a in self.pobj_of(p, ["of", "from"])]
        owners = self.subjects(v)
        self.emit(helpers, "backs", [o for o in owners if o not in helpers], v, "owed-survival", 0.7)

    def frame_commanded(self, v) -> None:
        """*Rwanda commands and controls the operations of M23*, *the M23, which is commanded by Rwandan officers*: a
        state that commands an armed group (or whose officers do) backs it. Only a state over a group: *the army
        controls the town*, *Iran runs the ministry* are no backing."""
        if v.lemma_.lower() not in self.rules["command_control_verbs"]:
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        objects = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if passive and not objects and v.dep_ == "relcl":
            objects = [v.head]  # *the M23, which is commanded by ...*
        armed = {"operation", "operations", *self.lex["fighter_nouns"], *self.lex["force_nouns"]}
        objects += [p for o in objects if o.lemma_.lower() in armed
                    for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        # the group itself or its fighters (*controls the M23 rebels*), not a thing of it (*controls Hamas's movements*)
        objects = [o for o in objects if o.i in self.found.actor_at or o.lemma_.lower() in armed
                   or o.lower_ in ("which", "that", "who")]  # (*the Africa Corps, which is controlled by ...*)
        groups = [a for o in objects for a in self.np(o) if self.reg.type_of(a) == "Group"]
        masters = self.pobj_of(v, ["by"]) if passive else self.subjects(v)
        if passive and not masters:  # *commanded by Rwandan officers*: the officers' state
            agents = [b for b in v.children if b.dep_ == "agent" or (b.dep_ == "prep" and b.lower_ == "by")]
            masters = [self.found.actor_at[c.i] for b in agents for p in b.children if p.dep_ == "pobj" for c in p.children
                       if c.dep_ in ("amod", "compound") and c.i in self.found.actor_at]
        masters = [m for m in masters if self.reg.type_of(m) == "State"]
        self.emit(masters, "backs", [g for g in groups if g not in masters], v, "commands-group", 0.7)

    def frame_came_to_aid(self, n) -> None:
        """*the United States came to South Korea's defence*, *Russia rushed to the aid of its ally*: whoever comes to
        someone's aid, defence or rescue backs them."""
        if n.dep_ != "pobj" or n.head.lower_ != "to" or n.head.head.lemma_.lower() not in self.rules["rescue_verbs"] or \
                n.head.head.pos_ not in ("VERB", "AUX"):
            return
        helped = [a for c in n.children if c.dep_ == "poss" for a in self.np(c)] or self.pobj_of(n, ["of"])
        helpers = self.subjects(n.head.head)
        self.emit(helpers, "backs", [h for h in helped if h not in helpers], n, "came-to-aid", 0.75)

    def frame_kept_in_power(self, v) -> None:
        """*Iran spent billions keeping Assad in power*, *Russia's air force rescued Assad in 2015*, *Chinese loans
        kept the junta afloat*: whoever keeps a ruler or a side in power, or rescues or saves it, backs it (the side
        named as the object itself, or its regime: not *rescued the crew of a Greek ship*)."""
        lemma = v.lemma_.lower()
        kids = list(v.children)
        near = [*kids, *(g for c in kids if c.dep_ in ("dobj", "oprd") for g in c.children)]
        if lemma == "keep" and not any(
                (c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "power" for p in c.children)) or
                (c.dep_ in ("acomp", "advmod", "oprd", "ccomp", "xcomp") and c.lower_ in self.rules["kept_states"])
                for c in near):
            return
        # (*keeping Bashar al-Assad in power*: the model may split the name into an object and a predicate)
        kept = [c for c in kids if c.dep_ == "dobj" or c.dep_ == "oprd" and c.i in self.found.actor_at]
        if lemma == "keep" and not kept:  # *kept Assad in power*, parsed with the name as the subject of *in power*
            kept = [g for c in kids if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
        helped = [self.found.actor_at[o.i] for o in kept if o.i in self.found.actor_at] + \
            [a for o in kept if o.lemma_.lower() in self.rules["regime_nouns"] for a in self.np(o)]
        helpers = self.subjects(v) if not any(c.dep_ in ("nsubjpass", "auxpass") for c in kids) else self.pobj_of(v, ["by"])
        self.emit(helpers, "backs", [h for h in helped if h not in helpers], v, "kept-in-power", 0.75)

    def frame_in_concert(self, n) -> None:
        """*U.S. forces conducted an airstrike against al-Shabaab in coordination with the Federal Government of
        Somalia*, *Iraqi forces raided the hideout in cooperation with the coalition*, *killed an ADF commander in a joint
        operation with Congolese troops*: whoever strikes in concert with
        a partner backs it (only for an attack; talks held in coordination with X take no side)."""
        if n.dep_ != "pobj" or n.head.lower_ != "in" or n.head.dep_ != "prep":
            return
        if n.lemma_.lower() not in self.rules["concert_nouns"] and not any(c.dep_ == "amod" and c.lower_ in ("joint", "combined")
                                                                           for c in n.children):
            return  # *killed the commander in a joint operation with Congolese troops*, not *in an operation with drones*
        partners = self.pobj_of(n, ["with"])
        host = n.head.head
        lemma = host.lemma_.lower()
        # the phrase hangs on an attack verb or noun, or on a light verb whose noun is one (*carried out a strike*)
        attack = self.verbs.get(lemma) == "attacks" or self.nouns.get(lemma) == "attacks" or (
            host.pos_ == "VERB" and lemma in self.rules["light_verbs"] and any(
                c.dep_ in ("dobj", "nsubjpass") and self.nouns.get(c.lemma_.lower()) == "attacks" for c in host.children))
        if not partners or not attack:
            return
        agents = self.event_agents(host) if host.pos_ == "NOUN" else \
            self.pobj_of(host, ["by"]) if any(c.dep_ == "auxpass" for c in host.children) else self.subjects(host)
        self.emit(agents, "backs", [p for p in partners if p not in agents], n, "in-concert", 0.7)
