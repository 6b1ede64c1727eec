"""Alliance: who is named as the ally, patron or client of whom.

- hyphenated participles: *Iran-backed Houthis*, *a Russian state-funded group*;
- allies and backers: *Iran's allies such as Hezbollah*, *Syria, a key ally of Iran*, *Iran, Hezbollah's main
  backer*, *the army and allied Wagner mercenaries*, *fought on the side of X*;
- a group named with the possessive of its known backer (*its axis of resistance*), and coalitions' members.

Acts that take a side without arms (hosting, founding, standing by, vetoing, defence pacts) are in
:mod:`graph.sidetaking`.
"""
from __future__ import annotations

from .modality import modality_of
from .registry import evidence_for


class AllianceFrames:
    """Mixed into :class:`graph.relations.SentenceReader`; uses its argument readers and ``emit``."""

    def frame_membership(self, v) -> None:
        """*The Axis of Resistance includes Hezbollah and the Houthis*: noted for the document, so that whoever
        backs the coalition is read as backing each member (:func:`graph.relations.inherit_backing`)."""
        if any(c.dep_ == "auxpass" for c in v.children) or modality_of(v, self.modal) != "asserted":
            return
        coalitions = [a for a in self.subjects(v) if self.reg.type_of(a) == "Group"]
        members = [a for c in v.children if c.dep_ == "dobj" for a in self.np(c) if self.reg.type_of(a) == "Group"]
        if not coalitions or not members:
            return
        ev = evidence_for(v, self.reg.doc_id, self.offset, f"backs/member-of-backed/{v.lemma_.lower()}", 0.6)
        for whole in coalitions:
            self.reg.memberships += [(whole, m, ev) for m in members if m != whole]

    def patron(self, a: str, b: str) -> str | None:
        """Of two allies, the one that backs the other, where the data says: a state backs a group, and
        a power listed earlier in ``patron_states`` backs one listed later or not at all."""
        ta, tb = self.reg.type_of(a), self.reg.type_of(b)
        if ta == "State" and tb != "State":
            return a
        if tb == "State" and ta != "State":
            return b
        ranks = self.rules["patron_states"]
        ra = ranks.index(a) if a in ranks else len(ranks)
        rb = ranks.index(b) if b in ranks else len(ranks)
        return a if ra < rb else b if rb < ra else None

    def frame_compound(self, tok) -> None:
        """*Iran-backed Houthis*: the actor before the hyphen backs the phrase's head."""
        pred = self.rules["compound_participles"][tok.lower_]
        if tok.i < 2 or self.sdoc[tok.i - 1].text not in ("-", "‐", "–"):
            return
        agent = self.found.actor_at.get(tok.i - 2)
        before = self.sdoc[tok.i - 2]
        if agent is None and before.lemma_.lower() in self.lex["state_nouns"] and tok.i >= 3:
            agent = self.found.actor_at.get(tok.i - 3)  # *a Russian state-funded group*
        if agent is None or tok.dep_ not in ("amod", "compound", "acl", "nmod", "ROOT", "conj"):
            return
        head = tok.head if tok.head.i != tok.i else None
        targets = [t for t in self.np(head, frozenset({tok.i})) if t != agent] if head is not None else []
        if not targets and head is not None:  # *a UN-sanctioned militia* names only the agent
            targets = self.described(head)
        if not targets and head is not None and pred == "backs":
            targets = [t for t in self.arms_user(head) if t != agent]  # *has used Emirati-supplied drones*
        self.emit([agent], pred, targets, tok, "compound", 0.85)

    def described(self, n) -> list[str]:
        """Who a descriptive noun phrase is said to be: *X is an Iran-backed militia*, *X, a coalition of
        Turkish-backed factions,* (a collective noun of such members is the whole), *X is one of the
        Russian-backed groups*."""
        collective = set(self.lex["group_nouns"]) | set(self.rules["collective_nouns"])
        whole = collective | {"one", "part", "member"}  # *X is one of the Iran-backed groups*
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in whole:
            n = n.head.head
        if n.dep_ == "attr" and n.head.lemma_ == "be":
            return self.subjects(n.head)
        if n.dep_ == "appos":
            return self.np(n.head)
        return []

    def allied_pair(self, adj) -> tuple[list[str], list[str]] | None:
        """``(allies, partners)`` of *X and allied Y*, read from the words in order (the parser often makes
        *allied* a verb here): Y are the actors named right after *allied*, X the one right before *and*."""
        at = self.found.actor_at
        if adj.i < 2 or self.sdoc[adj.i - 1].lower_ not in ("and", ",") or adj.i - 2 not in at:
            return None
        allies: list[str] = []
        for tok in self.sdoc[adj.i + 1: adj.sent.end]:
            if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "PUNCT") or tok.text in (",", ";", "(", ")"):
                break
            if tok.i in at and at[tok.i] not in allies:
                allies.append(at[tok.i])
        partner = at[adj.i - 2]
        return ([a for a in allies if a != partner], [partner]) if allies else None

    def frame_allied(self, adj) -> None:
        """*the army and allied Wagner mercenaries*, *the MNLA and allied MAA fighters*: the allies back the other;
        *X is allied with Y*: the stronger backs the other."""
        if (pair := self.allied_pair(adj)) is not None:
            self.emit(pair[0], "backs", pair[1], adj, "allied-conjunct", 0.7, modality="asserted")
            return
        # *the Houthis, who are allied with Iran*, *Hamas is closely allied with Tehran*: as *a key ally of Iran*
        if adj.dep_ == "acomp" and adj.head.lemma_ == "be":
            members = self.subjects(adj.head)
        elif any(c.dep_ == "auxpass" for c in adj.children):  # (read as a passive verb)
            members = self.subjects(adj, shared=True)
        elif adj.dep_ == "acl" and adj.head.pos_ in ("NOUN", "PROPN"):
            # *militias allied with Iran*, *X, a jihadist group allied with the Taliban,*
            # (only a name the noun is: not *forces aligned with X*, whose owner the phrase may not say)
            at = self.found.actor_at
            members = [at[adj.head.i]] if adj.head.i in at else \
                [at[adj.head.head.i]] if adj.head.dep_ == "appos" and adj.head.head.i in at else []
        else:
            return
        for p in self.pobj_of(adj, ["with"]):
            for m in members:
                if m != p:
                    first = self.patron(p, m) or p
                    self.emit([first], "backs", [m if first == p else p], adj, "allied-with", 0.7)

    def frame_ally(self, n) -> None:
        """*Iran's allies such as Hezbollah*, *Hezbollah, Iran's closest ally*: patron backs member."""
        if n.dep_ == "compound" and n.head.lemma_.lower() in ("state", "regime", "government", "force", "militia", "army"):
            n = n.head  # *Egypt became a client state of the Soviet Union*, *a puppet regime of Moscow*
        # *a key ally of Iran*; with both, *of* names the patron: *the Somali affiliate of al-Qaeda* is Somali itself
        patrons = self.pobj_of(n, ["of"]) or self.noun_agents(n)
        members = []
        members += self.members(n)
        for child in n.children:
            if child.dep_ == "appos":
                members += self.np(child)
            if child.dep_ == "amod" and child.ent_type_ == "AG_DEMONYM" and child.i in self.found.actor_at and \
                    any(c.dep_ == "poss" for c in n.children):
                members.append(self.found.actor_at[child.i])  # *the Syrian government and its Russian allies*
        if not members and n.dep_ == "appos":
            members = self.np(n.head)
        if not members:
            members = self.predicated_of(n)
        members = members or self.named_next(n)
        for p in patrons:  # *the United States, Israel's closest ally*: the stronger side backs the other
            for m in members:
                first = self.patron(p, m) or p
                self.emit([first], "backs", [m if first == p else p], n, "ally-noun", 0.75)

    def frame_backer(self, n) -> None:
        """*Iran, Hezbollah's main backer*: the described actor backs the possessor. A source backs only with
        materiel, and backs whom it is for (*Libya was a major source of arms for the IRA*)."""
        goods_first = any(c.dep_ == "prep" and c.lower_ == "of" and any(self.is_materiel_phrase(p) for p in c.children
                                                                           if p.dep_ == "pobj") for c in n.children)
        if n.lemma_.lower() == "source" or (n.lemma_.lower() == "supplier" and goods_first):
            # *a major source of arms for the IRA*, *the biggest supplier of weapons to Israel*
            goods = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            clients = [a for h in (n, *goods) for a in self.pobj_of(h, ["for", "to"])] \
                if any(self.is_materiel_phrase(g) for g in goods) else []  # *for X* may hang on the goods
            clients += [a for c in n.children if c.dep_ == "poss" for a in self.np(c)] if clients or goods_first else []
        else:
            clients = [a for c in n.children if c.dep_ == "poss" for a in self.np(c)]
            clients += self.pobj_of(n, ["of"])
        whose = any(c.lower_ == "whose" for c in n.children)  # *Assad, whose main backers, Russia and Iran,*
        patrons = [] if whose else self.np(n.head) if n.dep_ == "appos" else self.predicated_of(n)
        # *Ukraine's main backer, the United States, …*, *Hezbollah's patron Iran …*
        patrons = patrons or [a for c in n.children if c.dep_ == "appos" for a in self.np(c)] or self.named_next(n)
        # *whose main backers, Russia and Iran,*: the names after the comma, read as a conjunct
        patrons = patrons or [a for c in n.children if c.dep_ == "conj" and c.i == n.i + 2 and self.sdoc[n.i + 1].text == ","
                              for a in self.np(c)]
        self.emit(patrons, "backs", [c for c in clients if c not in patrons], n, "backer-noun", 0.75)

    def predicated_of(self, n) -> list[str]:
        """Whom a copula says the noun describes: *X is Y's ally*, *X has become one of Y's biggest backers*,
        *X remains among Y's closest partners*."""
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lower_ == "one":
            n = n.head.head
        if n.dep_ == "attr":
            return self.subjects(n.head)
        if n.dep_ == "pobj" and n.head.lower_ == "among" and n.head.head.lemma_ in self.rules["copula_verbs"]:
            return self.subjects(n.head.head)
        return []

    def named_next(self, n) -> list[str]:
        """*Russia's ally Belarus hosted …*, *Hezbollah's patron Iran condemned …*, read by the parser as two subjects
        of one verb: the name right after a possessed noun is the one the noun describes."""
        if n.dep_ != "nsubj" or not any(c.dep_ == "poss" for c in n.children) or n.i + 1 not in self.found.actor_at:
            return []
        nxt = self.sdoc[n.i + 1]
        while nxt.head.i != nxt.i and self.found.actor_at.get(nxt.head.i) == self.found.actor_at[n.i + 1]:
            nxt = nxt.head  # (the name's head word)
        return self.np(nxt) if nxt.dep_ == "nsubj" and nxt.head.i == n.head.i else []

    def frame_client(self, tok) -> None:
        """A group named with the possessive of a backer the gazetteer lists (*its axis of resistance*)."""
        actor = self.reg.actors.get(self.found.actor_at[tok.i])
        if actor is None or not actor.backed_by or tok.i != self._head_of_mention(tok).i:
            return
        for child in tok.children:
            if child.dep_ == "poss":
                patrons = [a for a in self.np(child) if a in actor.backed_by]
                self.emit(patrons, "backs", [actor.actor_id], tok, "client-possessive", 0.6)

    def _head_of_mention(self, tok):
        at = self.found.actor_at
        while tok.head.i != tok.i and at.get(tok.head.i) == at.get(tok.i):
            tok = tok.head
        return tok

    def frame_on_side(self, n) -> None:
        """*intervened on the side of the government*, *invaded Angola in support of UNITA*, *fought on behalf
        of X*: the actor of the clause backs X (but not a people named by its demonym: *in support of the
        Palestinians* backs no state)."""
        asked = n.lemma_.lower() in ("request", "invitation", "behest")
        if n.dep_ != "pobj" or n.head.lower_ not in (("at",) if asked else ("in", "on")):
            return
        owners = [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if asked:
            owners += [c for c in n.children if c.dep_ == "poss"]  # *at Baghdad's request*
        beneficiaries = [a for p in owners if p.ent_type_ != "AG_DEMONYM" for a in self.np(p)]
        head = n.head.head
        if asked and head.lemma_.lower() not in self.rules["intervention_words"] and \
                not (head.lemma_.lower() in self.rules["light_verbs"] and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.rules["intervention_words"] for c in head.children)):
            return  # *intervened at the request of Bamako* backs Bamako; *freed the prisoners at France's request* not
        if head.pos_ in ("VERB", "AUX"):
            agents = self.doers(head)
            if not agents and head.dep_ == "acl" and head.tag_ == "VBN":
                agents = self.np(head.head)  # *Wagner fighters, deployed in support of Haftar*: those sent
            served = [a for a in self.pobj_of(head, ["for"]) if a not in beneficiaries]
            if served and n.lower_ == "behalf":
                # *moved money for the group on behalf of Iran's Quds Force*: the doers are go-betweens; the one
                # they act for backs the one the help goes to
                self.emit(beneficiaries, "backs", served, n, "on-behalf-for", 0.7, modality="asserted")
                return
        else:
            agents = self.event_agents(head) or self.noun_agents(head)
        self.emit(agents, "backs", beneficiaries, n, "on-side-of", 0.7, modality="asserted")
