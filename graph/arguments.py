"""Arguments of a trigger verb: who acts on whom.

Subjects inherited through coordination and control, objects and the predicate's prepositions, passive
patients, doers of participles and gerunds, and the antecedent of a relative clause. Noun phrases are read by
:mod:`graph.phrases`, the roles around event nouns by :mod:`graph.eventroles`.
"""
from __future__ import annotations

from .phrases import RELATIVE, PhraseReader, load_rules

__all__ = ["RELATIVE", "ArgumentReader", "load_rules"]


class ArgumentReader(PhraseReader):
    """Resolves the arguments of triggers in one parsed paragraph to actor ids."""

    def _prep_text(self, prep) -> str:
        nxt = self.sdoc[prep.i + 1] if prep.i + 1 < len(self.sdoc) else None
        if prep.lower_ == "such" and nxt is not None and nxt.lower_ == "as":
            return "such as"
        if prep.lower_ == "as" and prep.i > 0 and self.sdoc[prep.i - 1].lower_ == "such":
            return "such as"
        return prep.lower_

    def doers(self, v) -> list[str]:
        """Who does what a verb says: its *by* phrase when the verb is passive, else its subject."""
        if any(c.dep_ == "auxpass" for c in v.children):
            return self.pobj_of(v, ["by"])
        return self.subjects(v)

    def pobj_of(self, head, preps: list[str]) -> list[str]:
        result = []
        links = []
        for c in head.children:
            links.append(c)
            if c.lower_ in preps or c.lower_ in ("such", "as"):  # (only a preposition asked for is worth its conjuncts)
                # *supported by Belgrade and by the army*: a preposition repeated in a conjunct counts as well
                links += [k for k in c.conjuncts if k.i > c.i and k.lower_ == c.lower_]
        for child in links:
            if child.dep_ in ("prep", "agent", "dative", "conj") and self._prep_text(child) in preps:
                if child.lower_ == "at" and child.i < head.i and head.pos_ in ("VERB", "AUX"):
                    continue  # *At Cuito Cuanavale, X fought Y*: a fronted *at* names where, never a target
                objs = [p for p in child.children if p.dep_ == "pobj"]
                for p in child.children:
                    if p.dep_ == "pobj" and p.i != objs[0].i:
                        continue  # *provision of drones to Russia angered Kyiv*: a second object of one preposition
                        # is a clause whose verb the parse lost
                    if p.dep_ == "pobj" and child.lower_ == "over":
                        # *sanctions over its nuclear programme*, *over Russia's war*: the owner
                        result += [a for c in p.children if c.dep_ == "poss" for a in self.np(c)]
                    elif p.dep_ == "pobj":
                        result += self.np(p)
                    elif p.dep_ == "pcomp" and p.tag_ == "VBG":
                        result += self.objects(p, "attacks")
                    elif p.dep_ == "pcomp" and (named := self.what_was_called(p)) is not None:
                        result += self.np(named)
        return result

    def members_from(self, v) -> list[str]:
        """*attacked Malian soldiers and Russian mercenaries from the Wagner Group*, the *from* phrase hung on the
        verb: a group named right after the object's last word, a word for fighters, is whose fighters they are."""
        out = []
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i < 1:
                continue
            before = prep.doc[prep.i - 1]
            if before.lemma_.lower() not in self.lex["fighter_nouns"] + self.lex["force_nouns"] or \
                    not any(o.left_edge.i <= before.i <= o.right_edge.i for o in v.children if o.dep_ == "dobj"):
                continue
            out += [a for p in prep.children if p.dep_ == "pobj" for a in self.np(p) if self.reg.type_of(a) == "Group"]
        return out

    @staticmethod
    def what_was_called(v):
        """*strikes on what it said were Hezbollah targets*, *struck what Israel described as Hamas
        infrastructure*: the noun the free relative *what* is said to be, or None."""
        if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in v.children):
            # *targeting what it said were hideouts of X*: *what* parsed as the subject of *were*
            return next((a for c in v.children if c.dep_ == "ccomp" and c.lemma_ == "be" and
                         any(w.lower_ == "what" and w.dep_ == "nsubj" for w in c.children)
                         for a in c.children if a.dep_ == "attr"), None)
        for c in v.children:
            if c.dep_ == "ccomp" and c.lemma_ == "be":
                return next((a for a in c.children if a.dep_ == "attr"), None)
            if c.dep_ == "prep" and c.lower_ == "as":
                return next((a for a in c.children if a.dep_ == "pobj"), None)
            if c.dep_ == "oprd":  # *what it called PKK hideouts*
                return c
        return None

    def misread_relative(self, v) -> bool:
        """*Hezbollah, which Iran funds and arms, has fought in Syria*, parsed with *Iran funds* as the subject of
        *fought* and *which* as its object: a relative clause whose object is the relative pronoun and whose subject
        is a noun that is a trigger verb's form (*funds*, *arms*, *backs*) with an actor before it. The clause the
        model lost is read by ``frame_misread_relative``; this verb's subject is the antecedent."""
        if v.dep_ != "relcl":
            return False
        rel = [c for c in v.children if c.dep_ == "dobj" and c.lower_ in RELATIVE and c.i < v.i]
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "NOUN" and rel and c.i > rel[0].i]
        return any(s.lemma_.lower() in self.verbs and any(k.i in self.found.actor_at for k in s.children
                                                          if k.dep_ in ("compound", "amod", "nmod")) for s in subj)

    def subject_candidates(self, v, deps: tuple) -> list:
        """The verb's subject children in order; of two split by *, and* (*Iran armed Hamas, and Hezbollah
        fired*, a misparse of two clauses) only the one nearer the verb."""
        found = [c for c in v.children if c.dep_ in deps]
        if len(found) >= 2:
            b = found[-1]
            before = [t.lower_ for t in self.sdoc[max(b.left_edge.i - 2, 0): b.left_edge.i]]
            if before in ([",", "and"], [",", "but"]):
                return [b]
        return found

    def attributor(self, v):
        """*Iran seized a tanker, the US Fifth Fleet said, calling on Tehran to free it*: a participle of speech right
        after an attribution the model hung beside the main clause is the attributor's (but *…, medics said, killing
        20* stays the event's). Returns the attribution's verb, or None."""
        if v.dep_ != "advcl" or v.lemma_.lower() not in self.lex["speaker_participles"] or v.i < 2 or \
                self.sdoc[v.i - 1].text != ",":
            return None
        said = next((c for c in v.head.children if c.dep_ == "parataxis" and v.i - 2 <= c.right_edge.i < v.i), None)
        if said is None or said.lemma_.lower() not in self.lex["speech_verbs"]:
            return None
        return said if any(c.dep_ == "nsubj" for c in said.children) else None

    def subjects(self, v, depth: int = 0, shared: bool = False) -> list[str]:
        """The agent of an active verb, inherited through conjunction and control.

        A conjoined verb shares its head's subject, a passive one too (*the rebels were engaged in a
        war and attacked a warship*): ``shared`` says the subject is being looked for on such a head.
        """
        if depth > 6:
            return []
        if self.misread_relative(v):
            return self.np(v.head)  # *Hezbollah, which Iran funds and arms, has fought …*: Hezbollah fought
        deps = ("nsubj", "csubj", "nsubjpass") if shared else ("nsubj", "csubj")
        for child in self.subject_candidates(v, deps):
            if child.dep_ in deps:
                if child.lower_ in RELATIVE and v.dep_ == "relcl":
                    ante = self.antecedent(v.head, violent=self.verbs.get(v.lemma_.lower()) == "attacks")
                    found = self.event_agents(ante) if self.is_event(ante) else self.np(ante)
                    if not found and ante.dep_ == "pobj" and ante.head.lower_ == "of" and ante.head.head.dep_ == "attr":
                        ante = ante.head.head  # *X is one of several militias that take orders from Tehran*
                    if not found and ante.dep_ == "attr" and ante.head.lemma_ == "be":
                        found = self.subjects(ante.head, depth + 1)  # *Turkey is the only country that recognizes X*
                elif self.is_event(child) and child.i not in self.found.actor_at:
                    found = self.event_agents(child)
                elif self.nouns.get(child.lemma_.lower()) == "pressures" and child.pos_ == "NOUN":
                    found = self.noun_agents(child)  # *sanctions by the EU forced Belarus to …*
                else:
                    found = self.np(child) or self.launched_by(child) or self.led_by(child)
                if found and v.dep_ == "ROOT":
                    # headline grammar, a comma for *and*: *Egypt, Qatar urge Israel to …*, the first name read as a
                    # modifier or as a second subject (only actors of one type)
                    comma = [t.i for t in (self.sdoc[child.left_edge.i - 1] if child.left_edge.i > 0 else None,
                                           self.sdoc[child.right_edge.i + 1] if child.right_edge.i + 1 < len(self.sdoc)
                                           else None) if t is not None and t.text == ","]
                    lead = [c for c in v.children if c.i != child.i and c.i in self.found.actor_at and c.i < v.i and
                            c.dep_ in ("npadvmod", "nmod", "dep", "appos", "nsubj") and
                            any(c.right_edge.i + 1 == k or c.left_edge.i - 1 == k for k in comma)]
                    kinds = {self.reg.type_of(a) for a in found}
                    found = list(dict.fromkeys([*(a for c in lead for a in self.np(c) if self.reg.type_of(a) in kinds),
                                                *found]))
                if found:
                    return found
        head = v.head
        if v.dep_ == "ROOT" and (lead := [c for c in v.children if c.i < v.i and c.dep_ in ("nmod", "npadvmod", "compound", "dep")
                                         and c.i in self.found.actor_at]):
            return [a for c in lead for a in self.np(c)]  # headline grammar: *US and UK launch strikes on X*
        if v.dep_ == "conj":
            if v.tag_ == "VBN" and head.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in v.children) and \
                    any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children):
                # *is sanctioning the firms for having armed or funded X*: a bare participle joined to a progressive
                # is no verb of its subject (the parse has lost a clause)
                return []
            return self.subjects(head, depth + 1, shared=True)
        if v.dep_ == "advcl" and depth == 0 and (head.lemma_ in self.rules["causative_verbs"] or
                                                  head.lemma_ in self.rules["object_control_verbs"]) and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and any(c.dep_ == "dobj" for c in head.children):
            # *spurred ECOWAS to threaten …*, *pushed Egypt to arm the army*, read as a purpose
            return self.objects(head, "pressures", control=True)
        if v.dep_ == "xcomp":
            if head.lemma_ in self.rules["object_control_verbs"]:
                return self.objects(head, "pressures", control=True)
            if head.lemma_ in self.rules["causative_verbs"]:
                # *the raid prompted Hamas to retaliate with rockets*: Hamas retaliates; but a clause further down
                # (*prompting X to flee, …, launching strikes*) is too far from the cause to borrow its object
                return self.objects(head, "pressures", control=True) if depth == 0 else []
            if any(c.dep_ == "auxpass" for c in head.children):
                if users := self.pobj_of(head, ["by"]):
                    return users  # *drones were used by Russia to attack Ukrainian cities*
                # *Eritrea was reported to be arming X*, *Israel was forced to withdraw*: the passive's subject
                return self.subjects(head, depth + 1, shared=True)
            return self.subjects(head, depth + 1)
        if v.dep_ == "pcomp" and (blamed := self.accused(v)):
            return blamed
        if v.dep_ in ("advcl", "ccomp", "pcomp") and v.tag_ == "VBG":
            if v.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in self.rules["aim_nouns"] and \
                    head.head.dep_ == "pobj" and head.head.head.head.pos_ in ("VERB", "AUX"):
                head = head.head.head  # *invaded Lebanon with the aim of driving the PLO out*: the invader's aim
            if v.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in (*self.rules["means_preps"], "in", "with") and \
                    head.head.pos_ in ("VERB", "AUX"):
                # *the Taliban retaliated by shelling X*, *US and local forces collaborate in combating IS*: the
                # subject of the verb the phrase is on
                head = head.head
            return self.subjects(self.attributor(v) or head, depth + 1)
        if v.dep_ in ("advcl", "xcomp") and v.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            if v.dep_ == "advcl" and any(c.dep_ == "auxpass" for c in head.children):
                # *sanctions were imposed by the EU to punish X*; *fighters were deployed to Syria to defend X*
                return self.pobj_of(head, ["by"]) or self.subjects(head, depth + 1, shared=True)
            return self.subjects(head, depth + 1)  # *sent troops to Angola to support the MPLA*
        if v.dep_ == "acl" and v.tag_ == "VB" and self.is_event(head):
            return self.event_agents(head)  # *Bush ordered an invasion to topple the Taliban*
        if v.dep_ == "advcl" and v.tag_ in ("VBD", "VBN") and depth == 0:
            # *fighting erupted after M23 rebels, ..., advanced on Sake*: the conjunction read as a preposition,
            # its subject as its object
            lost = [p for c in head.children if c.dep_ == "prep" and c.lower_ in self.modal["factive_marks"]
                    and head.i < c.i < v.i for p in c.children if p.dep_ == "pobj" and p.i < v.i]
            if lost:
                return self.np(lost[-1])
        if v.dep_ == "acl" and (v.tag_ in ("VBG", "VBD") or self.misread_participle(v)):
            # *a militia firing rockets*; *sent Tehran a message warning it …*: the sender warns;
            # a finite verb hung on the noun before it (*coalition warplanes carried out strikes*) has it as subject
            if found := self.np(head):
                return found
            if head.dep_ in ("dobj", "dative") and head.head.pos_ == "VERB":
                return self.subjects(head.head, depth + 1)
        return []

    def arms_user(self, thing) -> list[str]:
        """Who uses, fires or deploys the arms a phrase names (*the RSF has used Emirati-supplied drones*, *using
        weapons supplied by Iran, the Houthis ...*): the one they were supplied to."""
        materiel = self.rules["predicates"]["backs"]["materiel"]
        if thing.lemma_.lower() not in materiel:
            return []
        if thing.dep_ == "pobj" and thing.head.lower_ == "on" and thing.head.head.lemma_.lower() in self.rules["reliance_verbs"]:
            return self.subjects(thing.head.head)  # *the Houthis rely on Iranian-supplied missiles*
        if thing.dep_ != "dobj" or thing.head.lemma_.lower() not in (*self.rules["use_verbs"], *self.rules["firing_verbs"]):
            return []
        return self.subjects(thing.head)

    def launched_by(self, n) -> list[str]:
        """*a drone, launched by the Islamic Resistance in Iraq, struck …*, *a car bomb claimed by the Taliban killed
        …*, *a mine laid by the rebels exploded*: a weapon's launcher, whoever set a device, or whoever claimed it, acts."""
        lemma = n.lemma_.lower()
        device = lemma in self.rules["device_nouns"]
        if not device and lemma not in self.rules["predicates"]["attacks"]["projectiles"]:
            return []
        acts = (*self.rules["predicates"]["attacks"]["firing_verbs"], *self.rules["claim_verbs"],
                *(self.rules["placing_verbs"] if device else ()))  # *a roadside bomb planted by ISWAP*
        claimed = [self.found.actor_at[g.i] for c in n.children if c.dep_ == "amod" and c.lower_ == "claimed"
                   for g in c.children if g.i in self.found.actor_at]  # *a Hezbollah-claimed drone*
        return claimed or [a for c in n.children if c.dep_ in ("acl", "relcl") and c.lemma_ in acts
                           for a in self.pobj_of(c, ["by"])]

    def led_by(self, n) -> list[str]:
        """*coalition forces led by the United States*, *a force led by Kenya*: an unnamed armed body acts for the
        one leading it, as in *the U.S.-led coalition*."""
        if n.lemma_.lower() not in (*self.rules["armed_coalition_nouns"], *self.lex["force_nouns"]) or \
                n.i in self.found.actor_at:
            return []
        return [a for c in n.children if c.dep_ == "acl" and c.lemma_ == "lead" and c.tag_ == "VBN"
                for a in self.pobj_of(c, ["by"])]

    @staticmethod
    def misread_participle(v) -> bool:
        """A past participle read as modifying the noun before it, yet with a direct object and no agent:
        a finite verb the parser misread (*coalition warplanes carried out three strikes*)."""
        kids = [c.dep_ for c in v.children]
        return v.tag_ == "VBN" and "dobj" in kids and "agent" not in kids and "auxpass" not in kids

    def antecedent(self, head, violent: bool = False):
        """The noun a relative clause is about; a date it was hung on gives way to the event before it, and so
        does a place when the clause does violence (*the rocket attack in the occupied Golan Heights, which killed
        12 children*: a place kills nobody)."""
        place = head.i in self.found.place_at or (violent and (
            head.ent_type_ in ("GPE", "LOC", "FAC") or head.lemma_.lower() in self.lex["place_nouns"]
            or self.controller(head) is not None))
        if head.ent_type_ in ("DATE", "TIME") or place:
            for tok in reversed(self.sdoc[head.sent.start: head.i]):
                if self.is_event(tok):
                    return tok
        return head

    def objects(self, v, pred: str, control: bool = False) -> list[str]:
        """The target of an active verb: direct object, dative, or the predicate's prepositions."""
        spec = self.rules["predicates"][pred]
        only = spec.get("prep_only_verbs", {}).get(v.lemma_)
        result: list[str] = []
        if only:
            cut = min((c.i for c in v.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > v.i), default=None)
            if cut is not None:  # *called for airstrikes on the Taliban*: the *on* after *for* is the strikes'
                return [a for c in v.children if c.dep_ == "prep" and c.lower_ in only and c.i < cut
                        for p in c.children if p.dep_ == "pobj" for a in self.np(p)]
            return self.pobj_of(v, only)
        misread = self.misread_relative(v)
        for child in v.children:
            if misread and child.lower_ in RELATIVE:
                continue  # (the relative pronoun is the object of the clause the model lost, not of this verb)
            if child.dep_ in ("dobj", "dative", "obj") and not self.is_materiel(child, pred):
                result += self.np(child)
            elif child.dep_ == "npadvmod" and child.i > v.i and child.i in self.found.actor_at:
                result += self.np(child)  # *were attacking Ahrar al-Sham*, the name misread as an adverb
        if not result and v.lemma_ in self.rules["object_control_verbs"]:
            # *pressed Hamas leaders to agree*, parsed with the object as the subject of *agree*
            for clause in v.children:
                if clause.dep_ in ("ccomp", "xcomp") and (v.lemma_ == "help" or any(
                        c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)):  # *helped X retake Y*
                    result += [a for c in clause.children if c.dep_ == "nsubj" for a in self.np(c)]
        if not result:  # *struck what it described as X's facilities*, the free relative read as a clause
            result += [a for c in v.children if c.dep_ == "ccomp" and (named := self.what_was_called(c)) is not None
                       for a in self.np(named)]
        if not control:
            result += self.pobj_of(v, spec["target_preps"])
            # *struck back at Pakistan with missiles*: the phrase hung on the adverb
            result += [a for b in v.children if b.dep_ == "advmod" and b.lower_ == "back"
                       for a in self.pobj_of(b, spec["target_preps"])]
        if pred == "attacks":
            result += self.members_from(v)
        if not result and not control:
            # *seized and held the town*, *destroyed the building and killed two generals*: the later verb's object;
            # but not another kind of act's when this verb has an object of its own (*occupied the north and backed
            # the rebels*)
            own = any(c.dep_ == "dobj" for c in v.children)
            for child in v.children:
                if child.dep_ == "conj" and child.pos_ == "VERB" and child.i > v.i and \
                        not (own and self.verbs.get(child.lemma_) != pred) and \
                        not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                    result = self.objects(child, pred)
                    break
        return result

    def patients(self, v, depth: int = 0) -> list[str]:
        """Who undergoes a passive verb: its subject, the noun a participle or relative clause
        modifies (through an apposition), for a conjoined verb its head's, for a participle clause its
        main clause's subject."""
        for child in v.children:
            if child.dep_ == "nsubjpass":
                if child.lower_ in RELATIVE and v.dep_ == "relcl":
                    return self.np(v.head)
                return self.np(child)
        if v.dep_ == "ccomp" and v.head.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in v.children) and \
                any(c.lower_ in RELATIVE for c in (*v.head.children, *v.children)):
            # *M23 rebels, who the UN says are backed by Rwandan troops,*: the relative pronoun read as the subject
            # of *says*
            return self.np(v.head.head)
        if v.dep_ in ("acl", "relcl"):
            found = self.np(v.head)
            if not found and v.head.dep_ == "appos":
                found = self.np(v.head.head)
            if not found and self.verbs.get(v.lemma_.lower()) == "backs":
                found = self.arms_user(v.head)  # *using weapons supplied by Iran, the Houthis attacked*
            among = v.head.head
            if not found and v.head.lower_ in ("those", "people", "dead", "victims") and among.lower_ == "among" and \
                    among.head.lemma_ == "be":  # *an Iranian general was among those killed in the strike*
                found = [a for c in among.head.children if c.dep_ == "nsubj" for a in self.np(c)]
            return found
        if v.dep_ == "amod" and v.i > v.head.i and v.head.pos_ in ("NOUN", "PROPN"):
            return self.np(v.head)  # *the Houthis, armed and trained by Iran*: a participle read as an adjective after its noun
        if v.dep_ == "conj" and depth < 4:
            if any(c.dep_ == "nsubj" for c in v.head.children):  # *X operated from Zambia and was armed by Y*
                return self.subjects(v.head)
            return self.patients(v.head, depth + 1)
        if v.dep_ == "advcl" and v.tag_ == "VBN" and not any(c.dep_ == "mark" for c in v.children):
            return self.subjects(v.head)  # *Backed by Iran, the Houthis seized Sanaa*: the main clause's subject
        return []
