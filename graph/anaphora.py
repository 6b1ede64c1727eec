"""Pronouns and *the group*-style mentions: which actor of the document each one means.

A possessive pronoun in a conjunct takes the conjunct's possessor; a pronoun inside a clause takes the
clause's subject (or, under an object-control verb, its object); a main clause's subject pronoun continues
the topic (the last subject of a main clause, of the right type and number); a cataphor (*In retaliation for
the killing of its commanders, Hezbollah …*) only where nothing nearer fits; *the group*, *the rebels*,
*the coalition* take the actor the text called so, else the group the text is about; *the city* the place
named last.
"""
from __future__ import annotations

from .model import PERSON_TYPES
from .parsefix import verb_above
from .registry import DocumentActors, Mentions, clean_name

RELATIVES = {"which", "that", "who"}
UNNAMED = ""  # a pronoun bound to a group the text does not name


def _pronoun(tok, reg: DocumentActors, lex: dict, found: Mentions) -> None:
    low = tok.lower_
    if low in lex["voice_pronouns"]:
        # *We will continue to make clear to the Houthis …* in a statement by a state's official, or in a transcript
        # turn (*GEN. X: … we will …*): that state
        voice = _turn_voice(tok, reg, found) or reg.voice
        target = voice if voice and not found.quoted(tok.doc[tok.i: tok.i + 1]) else None
    elif low in lex["person_pronouns"]:
        # *X took over the Quds Force … he organised the defence of Assad's government. He was killed …*: the subject
        # of a main clause continues the person the text has been about, not the last one named in passing
        main = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ROOT", "conj")
        target = reg.last_salient(PERSON_TYPES) if main else reg.last(PERSON_TYPES)
        if main and target and not found.quoted(tok.doc[tok.i: tok.i + 1]):
            reg.salient.append(target)
    elif low in lex["group_pronouns"] and tok.tag_ in ("PRP$", "PRP"):
        types = ("Group",) if _called_a_group(tok, lex) else ("Group", "State", "InternationalOrganization")
        sibling = _conjunct_possessor(tok)
        if sibling is not None:  # *the army's troops and their allies*: the possessor just before
            target = found.actor_at.get(sibling.i)
        else:
            main_subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
            # *Like other brigades in Syria, it is funded …*: a main clause's subject pronoun continues the topic
            # *Algeria hosts the front and has armed it*: an object pronoun is not its own verb's subject
            barred = _coarguments(tok, found, lex)
            # *Cuba, East Germany and Bulgaria trained its fighters*: not one of the list's (unless *its* is inside it)
            if low == "its" and not any(a.dep_ in ("nsubj", "nsubjpass") for a in tok.ancestors
                                        if a.pos_ not in ("VERB", "AUX")) and len(agents := _clause_agents(tok, found)) > 1:
                barred |= agents
            if _land_taken(tok, lex, found, barred):
                return  # *reached Kidal and recaptured it*: it is the town
            if _thing_downed(tok, lex, found, barred):
                return  # *a drone flew toward the base, and a patrol shot it down*: it is the drone
            if (owner := _forces_owner(tok, lex, found)) is not None:
                found.refer(tok.i, owner)  # *experts documented Rwanda's deployment of troops, where they fought*
                return
            nearby = None if main_subject and reg.salient else _same_sentence(tok, reg, found, types, barred, lex)
            clause = _clause_antecedent(tok, reg, lex, found, types, barred)
            if clause == UNNAMED:
                return  # *The militia, which has ties to Iran, said it fired*: the militia, whoever that is
            if clause in barred:
                clause = None
            # (*Hamas runs Gaza from Qatar. Britain listed it as ...*: past a barred subject, the subject before it)
            last = reg.last_salient(types, singular=low in ("it", "its"), barred=barred)
            if nearby == UNNAMED and not clause:
                return
            target = _cataphor(tok, found) or clause or nearby or last
    else:
        return
    if target:
        found.refer(tok.i, target)


def _pair(tok, reg: DocumentActors, lex: dict, found: Mentions) -> bool:
    """*India and Pakistan ... the two countries exchanged fire*, *both sides*: the last two actors of the kind
    named, one on the number word and one on the noun. True when it applied, or when the words count two and no
    pair is found (then they name no one)."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in lex["pair_nouns"]:
        return False
    count = next((c for c in tok.children if c.dep_ in ("nummod", "det", "predet") and c.lower_ in ("two", "both")), None)
    if count is None:
        return False
    types = ("State",) if tok.lemma_.lower() in lex["state_anaphors"] else ("State", "Group")
    # the last two names the paragraph joined with *and* before it (*India and Pakistan ...*), of the kind
    pair: list[str] = []
    verb = verb_above(tok.head, len(tok.doc))
    # (*Egypt and Qatar have been pushing both sides to agree*: the ones pushing are not the sides pushed)
    doers = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for t in reversed(tok.doc[:tok.i]):
        if t.i in doers:
            continue
        other = found.actor_at.get(t.head.i)
        if t.dep_ == "conj" and t.i in found.actor_at and other is not None and other != found.actor_at[t.i] and \
                t.i not in found.pronoun_at and reg.type_of(other) in types and reg.type_of(found.actor_at[t.i]) in types:
            pair = [found.actor_at[t.i], other]
            break
    if len(pair) < 2:
        return True  # *urged the two countries*, with no pair to be found: two, so no single last name either
    found.refer(count.i, pair[1])
    found.refer(tok.i, pair[0])
    return True


def _aside(clause) -> bool:
    """A relative clause set off by a comma (*the coalition, which is al-Qaeda's branch,*) describes the noun; it
    does not pick out another one, as *the group that attacked the base* may."""
    return clause.dep_ == "relcl" and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == "," and \
        clause.left_edge.lower_ in ("which", "who", "whose", "whom")


def _called_a_group(tok, lex: dict) -> bool:
    """*designated it a terrorist organisation*, *listed them as a terrorist group*: the object complement says
    the pronoun means a group."""
    if tok.dep_ != "dobj":
        return False
    verb = tok.head
    complements = [c for c in verb.children if c.i > tok.i and c.dep_ in ("dobj", "oprd", "attr", "xcomp")]
    complements += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    return any(c.lemma_.lower() in lex["group_nouns"] or c.lemma_.lower() in ("entity", "outfit") for c in complements)


def _land_taken(tok, lex: dict, found: Mentions, barred: set) -> bool:
    """Whether *it* is the object of a verb that takes or holds ground and the nearest thing named before it in
    the sentence, other than the verb's own subject, is a place."""
    if tok.lower_ != "it" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in lex["holding_verbs"]:
        return False
    for t in reversed(tok.doc[tok.sent.start: tok.i]):
        if t.i in found.place_at or (t.lemma_.lower() in lex["place_nouns"] and t.pos_ == "NOUN"):
            return True
        if t.i in found.actor_at and found.actor_at[t.i] not in barred:
            return False
    return False


def _thing_downed(tok, lex: dict, found: Mentions, barred: set) -> bool:
    """Whether *it* or *them* is the object of a verb that stops a weapon in flight (*shot it down*, *intercepted
    them*) and the nearest thing named before it in the sentence, other than the verb's own subject, is such a
    weapon or craft."""
    if tok.lower_ not in ("it", "them") or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in lex["interception_verbs"]:
        return False
    for t in reversed(tok.doc[tok.sent.start: tok.i]):
        if t.lemma_.lower() in lex["downed_things"] and t.pos_ == "NOUN":
            return True
        if t.i in found.actor_at and found.actor_at[t.i] not in barred and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return False
    return False


def _forces_owner(tok, lex: dict, found: Mentions) -> str | None:
    """*UN experts documented Rwanda's deployment of 3,000 troops in North Kivu, where they fought …*: a subject
    *they* after a plural noun of forces in its sentence, nearer than any name, stands for those forces: their
    owner, the name on them (*Rwandan troops*) or on the noun they are *of* (*Rwanda's deployment of troops*)."""
    if tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    forces = set(lex["force_nouns"]) | set(lex["fighter_nouns"])
    for t in reversed(tok.doc[tok.sent.start: tok.i]):
        if t.i in found.actor_at and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
                not (t.dep_ == "pobj" and t.head.lower_ in lex["locative_preps"] + ["to", "into", "from"]):
            return None  # a name nearer than the forces (not a land they went to: *troops to Belarus, where they*)
        if t.tag_ != "NNS" or t.lemma_.lower() not in forces:
            continue
        owners = [c for c in t.children if c.dep_ in ("poss", "amod", "compound") and c.i in found.actor_at]
        if not owners and t.dep_ == "pobj" and t.head.lower_ == "of":
            owners = [c for c in t.head.head.children if c.dep_ == "poss" and c.i in found.actor_at]
        return found.actor_at[owners[0].i] if owners else None
    return None


def _conjunct_possessor(tok):
    """The possessor of the conjunct before the one a possessive pronoun qualifies (*Kenya's troops and their
    allies*, *the government's forces and its militias*), or None."""
    if tok.dep_ != "poss" or tok.head.dep_ != "conj":
        return None
    first = tok.head.head
    return next((c for c in first.children if c.dep_ == "poss" and c.i < tok.i), None)


def _clause_antecedent(tok, reg: DocumentActors, lex: dict, found: Mentions, types: tuple,
                       barred: frozenset | set = frozenset()) -> str | None:
    """*Hamas launched its attack*, *forced Iran to reconsider its strategy*: the subject (or, under
    an object-control verb, the object) of a clause the pronoun sits in, named before it; the subject of a
    *where* clause that the pronoun cannot mean (``barred``: *where the government protects it*) gives way to the
    clause above."""
    node = tok
    for _ in range(10):
        if node.head.i == node.i:
            return None
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return None  # *sanctioned Russia after it annexed Crimea*: the nearest fitting name, not the main subject
        below, node = node, node.head
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.lemma_ in lex["object_control_verbs"] and below.dep_ in ("xcomp", "ccomp", "advcl") and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
            # *called on Russia to halt its attacks*: the one called on controls the clause
            called = [p for c in node.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < tok.i
                      for p in c.children if p.dep_ == "pobj"]
            if called and (actor := _named_by(called[0], reg, found, types)) is not None:
                return actor
        if (held := _held_to_account(tok, node, lex, found, reg, types)) is not None:
            return held  # *sanctioned Belarus over its support for …*: its = Belarus
        deps = ("dobj", "nsubj") if node.lemma_ in lex["object_control_verbs"] else ("nsubj", "nsubjpass")
        if node.lemma_ in lex["helping_verbs"] and tok.dep_ == "poss" and _under_prep(tok, node, ("in", "with")):
            deps = ("dobj", "nsubj")  # *Iran supported the Houthis in their war*: the one helped
        for dep in deps:
            for child in node.children:
                if child.dep_ != dep or child.i >= tok.i:
                    continue
                if child.lower_ in RELATIVES and node.dep_ == "relcl":
                    # *the Courts Union, which splintered after its defeat*: the clause's subject is what the
                    # relative pronoun stands for
                    actor = found.actor_at.get(node.head.i)
                    if actor and reg.type_of(actor) in types:
                        return actor
                    return None
                if tok.lower_ in ("it", "its") and child.conjuncts and not child.left_edge.i <= tok.i <= child.right_edge.i:
                    return None  # *Cuba and Bulgaria trained its fighters*: no list's (the nearest fitting name)
                if tok.lower_ in ("it", "its") and child.tag_ == "NNS":
                    continue  # *Armenian forces fired on its positions*: *its* is no plural's (the clause above, then)
                if tok.lower_ in ("them", "their", "they") and (child.lower_ in ("it", "its") or child.tag_ == "NN"):
                    continue  # *the army said it had repelled an attack by X fighters, killing dozens of them*: no singular
                # the subject itself, or the actor qualifying it (*the G7 leaders*, *Iran's mission*)
                if (actor := _named_by(child, reg, found, types)) is not None and not (
                        actor in barred and node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children)):
                    return actor
                if _unnamed_group(child, tok, lex, found):
                    return UNNAMED
    return None


def _held_to_account(tok, verb, lex: dict, found: Mentions, reg: DocumentActors, types: tuple) -> str | None:
    """*The EU sanctioned Belarus over its support for …*, *Israel struck Hamas in response to its rocket fire*,
    *Kenya praised Uganda for its troops' role*: a possessive in the reason a verb of blame, punishment or praise
    gives (*over*, *for*, *in response to*, *in retaliation for*) means the one held to account, the verb's
    object (or the object of its *on* / *against*: *imposed sanctions on Belarus over its …*), not its subject."""
    if tok.dep_ != "poss" or verb.lemma_.lower() not in lex["reason_object_verbs"] or \
            any(c.lower_ == "own" for c in tok.head.children):
        return None  # *for its own security*: the subject's
    phrase = tok.head
    if phrase.dep_ != "pobj":
        return None
    prep = phrase.head
    if prep.lower_ in ("to", "for") and prep.head.lemma_.lower() in lex["reason_nouns"] and prep.head.dep_ == "pobj":
        prep = prep.head.head  # *in response to its …*: the phrase of *in*
    elif prep.lower_ not in ("over", "for"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if prep.head.i not in (verb.i, *(o.i for o in objects)):
        return None
    # (*froze aid to Rwanda over its support for …*: whom the aid stopped went to)
    withheld = verb.lemma_.lower() in lex["withholding_verbs"]
    held = [*objects, *(p for head in (verb, *objects) for c in head.children if c.dep_ == "prep"
                        and (c.lower_ in ("on", "against") or withheld and c.lower_ == "to") and c.i < prep.i
                        for p in c.children if p.dep_ == "pobj")]
    return next((actor for obj in held if (actor := _named_by(obj, reg, found, types)) is not None), None)


def _named_by(head, reg: DocumentActors, found: Mentions, types: tuple) -> str | None:
    """The actor of these types a noun phrase's head names, itself or by the word qualifying it (*the G7
    leaders*, *Iran's mission*, *Hamas targets*), or None."""
    for cand in (head, *(c for c in head.children if c.dep_ in ("compound", "poss", "amod"))):
        actor = found.actor_at.get(cand.i)
        if actor and reg.type_of(actor) in types:
            return actor
    return None


def _under_prep(tok, verb, preps: tuple) -> bool:
    """Whether ``tok`` sits in a phrase of one of ``preps`` hung on ``verb`` (or on its object)."""
    node = tok
    while node.head.i != node.i and node.head.i != verb.i:
        if node.dep_ == "pobj" and node.head.lower_ in preps and (node.head.head.i == verb.i or node.head.head.head.i == verb.i):
            return True
        node = node.head
    return False


def _unnamed_group(subject, tok, lex: dict, found: Mentions) -> bool:
    """Whether a clause's subject is a group the text names nowhere (*the militia*, *a rebel faction*, *gunmen*)
    that the pronoun agrees with: the pronoun then means it, not some actor nearby."""
    if subject.pos_ != "NOUN" or subject.i in found.actor_at or subject.lemma_.lower() not in lex["group_nouns"]:
        return False
    if any(c.dep_ in ("compound", "amod", "poss", "nmod") and c.i in found.actor_at for c in subject.children):
        return False  # *Hezbollah fighters*, *the group's fighters*: named after all
    return subject.tag_ == "NN" if tok.lower_ in ("it", "its") else True


def _same_sentence(tok, reg: DocumentActors, found: Mentions, types: tuple, barred: set, lex: dict) -> str | None:
    """The nearest actor of these types named earlier in the pronoun's sentence, passing over a state named as
    land (*held much of northern Mali until troops drove it out*: it is not Mali). A country or government the
    text leaves unnamed in between is nearer (*Rwanda occupied the east of the country, while Angola sent troops
    to defend it*: it is the country, not Rwanda), so then the pronoun is bound to no name (UNNAMED)."""
    plural = tok.lower_ in ("they", "them", "their", "theirs")
    above = {a.i for a in tok.ancestors}
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        actor = found.actor_at.get(i)
        word = tok.doc[i]
        if i in above:
            continue  # *killing dozens of them*: the phrase the pronoun is in names no one else
        if actor and plural and (reg.type_of(actor) == "State" and word.tag_ == "NNP" and word.ent_type_ != "AG_DEMONYM"
                                 or word.lower_ in ("it", "its", "itself")):
            continue  # *Turkey deployed troops in Libya and armed them*: a state's name, or *it*, is singular
        if actor and word.dep_ in ("compound", "amod", "nmod") and word.head.pos_ == "NOUN" and \
                word.head.i not in found.actor_at and word.head.lemma_.lower() in lex["finding_nouns"]:
            continue  # *a UN panel found that Rwanda supported it*: the panel's name, no antecedent
        if actor and reg.type_of(actor) in types and actor not in barred and not _as_land(word, lex, found):
            return actor
        if actor is None and word.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj") and (
                tok.lower_ in ("it", "its") and word.tag_ == "NN" and word.lemma_ in lex["state_nouns"]
                or tok.lower_ in ("them", "their") and word.tag_ == "NNS"
                and not any(c.i in found.actor_at for c in word.children)):
            return UNNAMED  # (*deployed troops in Libya and armed them*: them are the troops, whoever's they are)
    return None


def _as_land(name, lex: dict, found: Mentions) -> bool:
    """*northern Mali*, *much of Somalia*, *held Kabul*: a name used for the ground it covers; and a
    name inside another's apposition (*the Taliban, the Pakistani ally of al-Qaeda,*), which only describes it."""
    if any(c.dep_ == "amod" and c.lower_ in lex["region_adjectives"] for c in name.children):
        return True
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in lex["territory_shares"]:
        return True
    if name.dep_ == "dobj" and name.head.lemma_.lower() in lex["holding_verbs"]:
        return True  # *ruled Kabul until troops drove it out*
    if name.dep_ == "pobj" and name.head.lower_ in ("in", "inside", "across", "throughout", "off", "near", "around"):
        return True  # *Iran armed Hezbollah in Lebanon and trained it*, *struck a ship off Yemen, forcing its crew*: where
    node = name
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        if node.dep_ == "appos" and node.head.i in found.actor_at:
            return True
    return False


def _coarguments(tok, found: Mentions, lex: dict | None = None) -> set[str]:
    """The subjects of the verb an object pronoun belongs to (*it* in *supplied it with arms*, *them* in *gave
    them money*, *armed and trained them*), including a subject shared with an earlier conjunct verb: a plain
    pronoun there cannot mean its own clause's subject (that would be *itself*). So for the owner of what a verb
    of force hits (*militants ambushed their convoy*, *shelled its positions*): nobody strikes their own; nor kills
    their own fighters (*an Iraqi strike killed two of its commanders*: not Iraq's)."""
    if tok.tag_ == "PRP$" and tok.dep_ == "poss" and lex is not None and (struck := _struck_in_answer(tok, found, lex)):
        return struck  # *targeted an Israeli base in retaliation for the killing of its commanders*: not the base's
    if tok.tag_ == "PRP$" and tok.dep_ == "poss" and lex is not None:
        owned = tok.head
        if any(c.lower_ == "own" for c in owned.children):
            return set()  # *shelled its own positions*: the text says whose
        if owned.dep_ == "pobj" and owned.head.lower_ in ("on", "at", "against"):
            owned = owned.head
        member = owned.lemma_.lower() in (*lex["member_nouns"], *lex["force_nouns"], *lex["fighter_nouns"])
        while owned.dep_ == "pobj" and owned.head.lower_ == "of" and _portion(owned.head.head, lex):
            owned = owned.head.head  # *killed one of its commanders*, *wounded dozens of their fighters*
        verb = owned.head  # (the subjects of the verb, as for an object pronoun)
        # (a verb of harm only for the people of a side: *the junta killed its critics* may be its own)
        harms = verb.lemma_.lower() in lex["striking_verbs"] or member and verb.lemma_.lower() in lex["harming_verbs"]
        if owned.dep_ not in ("dobj", "prep") or not harms:
            return set()
    elif tok.tag_ == "PRP":
        verb = tok.head if tok.dep_ in ("dobj", "dative", "iobj") else None
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "with", "against", "for"):
            verb = tok.head.head
    else:
        return set()
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return set()
    barred: set[str] = set()
    for _ in range(4):
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):  # *African Union troops drove it out*: the troops' actor too
                # *Angola, Zimbabwe and Namibia sent troops to defend it*: every conjunct of the subject
                for head in (c, *c.conjuncts):
                    barred |= {found.actor_at[t.i] for t in (head, *head.children)
                               if t.i in found.actor_at and (t.i == head.i or t.dep_ in ("compound", "amod", "poss"))}
        if verb.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES for c in verb.children):
            head = verb.head  # *the front, which armed it*: the front; *an Israeli strike that killed its commander*
            barred |= {found.actor_at[t.i] for t in (head, *head.children)
                       if t.i in found.actor_at and (t.i == head.i or t.dep_ in ("compound", "amod", "poss"))}
        if verb.dep_ == "relcl" and verb.head.i in found.actor_at and \
                any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
            barred.add(found.actor_at[verb.head.i])  # *Afghanistan, where the Taliban shelter it*: where, not whom
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        # a conjunct verb shares its subject; so does an infinitive of purpose or control (*sent troops to
        # defend it*, *agreed to arm them*)
        infinitive = verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ != "conj" and not infinitive:
            break
        verb = verb.head
    return barred


def _struck_in_answer(tok, found: Mentions, lex: dict) -> set[str]:
    """The actors a strike hits, for a pronoun in the reason it answers (*struck X in retaliation for the killing
    of its commanders*): what was done to *its* side is answered by striking another. Not for the doer of what is
    answered (*in response to its rocket fire*)."""
    if tok.head.dep_ == "pobj" and tok.head.head.head.lemma_.lower() in lex["reason_nouns"]:
        return set()  # *struck Hamas in response to its rocket fire*: the doer of what is answered, who is struck
    for node in tok.ancestors:
        if node.lemma_.lower() in lex["reason_nouns"] and node.dep_ == "pobj" and node.head.lower_ in ("in", "as"):
            verb = verb_above(node.head.head, 3)
            if verb.lemma_.lower() not in (*lex["striking_verbs"], *lex["harming_verbs"]):
                return set()
            return {found.actor_at[t.i] for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i in found.actor_at}
    return set()


def _portion(tok, lex: dict) -> bool:
    """*one*, *two*, *dozens*, *members*: a word that counts out part of what its *of* names."""
    return tok.like_num or tok.lower_ in ("one", "members", "member") or tok.lemma_.lower() in lex["quantity_words"]


def _cataphor(tok, found: Mentions) -> str | None:
    """*In retaliation for Israel's killing of its commanders, Hezbollah launched …*: its = Hezbollah."""
    root = tok.sent.root
    if tok.i > root.i:
        return None
    if any(a.i != root.i and a.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i
                                                              for c in a.children) for a in tok.ancestors):
        return None  # *The ELN operates from Venezuela, where …protects it, Colombia says*: a clause with its own subject
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i > tok.i and child.ent_id_:
            return child.ent_id_
    return None


def _government_forces(tok, lex: dict) -> bool:
    """*government troops*, *government forces* (not *pro-government militias*, nor *the Somali government forces*,
    whose state is named)."""
    if tok.lower_ not in ("government", "federal") or tok.dep_ not in ("compound", "amod") \
            or tok.head.lemma_.lower() not in lex["force_nouns"]:
        return False  # (*federal troops*, *federal forces* too)
    return not any(c.dep_ in ("amod", "compound", "poss") for c in (*tok.children, *tok.head.children) if c.i != tok.i)


def _other_arguments(tok, found: Mentions) -> set[str]:
    """The actors named as the other subject or objects of the nearest verb above ``tok`` (*Federal troops
    invaded Biafra*: Biafra; *Britain and the Soviet Union armed the federal government*: both suppliers), the
    subject a subjectless verb shares with the one above it included."""
    node, path, described = tok, {tok.i}, set()
    for _ in range(8):
        if node.head.i == node.i:
            return set()
        if node.dep_ == "appos" and node.head.i in found.actor_at:
            described.add(found.actor_at[node.head.i])  # *China, the junta's main supplier*: the junta is not China
        node = node.head
        path.add(node.i)
        if node.pos_ in ("VERB", "AUX"):
            break
    else:
        return described
    args = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and c.i not in path]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.dep_ in ("xcomp", "advcl", "conj"):
        # *Ethiopian troops entered Somalia to prop up the government*: the subject the verb shares is an argument
        args += [c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    args += [p for c in node.children if c.dep_ in ("prep", "agent") and c.i not in path for p in c.children if p.dep_ == "pobj"]
    # names after ``tok`` are not resolved yet: the ruler's entity id stands for them
    return described | {found.actor_at.get(t.i) or t.ent_id_ for a in args for t in a.subtree
                        if t.i in found.actor_at or (t.ent_type_.startswith("AG_") and t.ent_type_ != "AG_PLACE" and t.ent_id_)}


def _state_outside(tok, reg: DocumentActors, found: Mentions, preferred: list) -> str | None:
    """The first of ``preferred``, then of the last main-clause subjects, that is a state and not another
    argument of its clause, else None (*Britain armed the federal government*: not Britain, and no guess beyond
    the states the text is about)."""
    others = _other_arguments(tok, found)
    for state in (*preferred, *reversed(reg.salient[-3:])):
        if state and state not in others and reg.type_of(state) == "State":
            return state
    return None


def _verb_above(tok):
    """The nearest verb above ``tok`` in the parse (within eight steps), or None."""
    node = tok
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _clause_subject(tok, found: Mentions) -> str | None:
    """The actor that is the subject of the nearest verb above ``tok``, if one is named before it."""
    verb = _verb_above(tok)
    return None if verb is None else next((found.actor_at[c.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                                           and c.i < tok.i and c.i in found.actor_at), None)


def _clause_agents(tok, found: Mentions) -> set[str]:
    """Every actor named in the subject of the nearest verb above ``tok`` (*Malian troops and Wagner fighters
    attacked the rebels*: Mali and Wagner), before it."""
    verb = _verb_above(tok)
    return set() if verb is None else {found.actor_at[t.i] for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                                       and c.i < tok.i for t in c.subtree if t.i in found.actor_at}


def _home_state(tok, reg: DocumentActors) -> str | None:
    """*Fighting between the army and the RSF*, with no state named yet: the one state where every armed group the
    text has named, or names in this sentence, operates (the RSF's Sudan), else None."""
    groups = [a for a in reg.recent if reg.type_of(a) == "Group"]
    groups += [e.ent_id_ for e in tok.sent.ents if e.start > tok.i and e.ent_id_ in reg.gaz.actors
               and reg.gaz.actors[e.ent_id_].actor_type == "Group"]
    lands = [set((reg.actors.get(g) or reg.gaz.actors[g]).operates_in) for g in dict.fromkeys(groups)]
    common = set.intersection(*lands) if lands else set()
    if len(common) != 1 or not all(lands):
        return None
    state = common.pop()
    return reg.known(state) if state in reg.gaz.actors else None


def _backers(tok, found: Mentions) -> set[str]:
    """The actors named in a hyphenated participle before the noun (*the Vietnamese-backed government*,
    *a Saudi-funded militia*): whoever backs, funds or sanctions it, which it is not."""
    return {found.actor_at[t.i] for c in tok.children if c.dep_ in ("amod", "compound") and c.tag_ == "VBN"
            for t in c.subtree if t.i in found.actor_at and t.i < c.i}


def _seated(tok) -> bool:
    """*the government in Kabul*: a state word followed by *in* and a name."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "in" and doc[tok.i + 2].text[:1].isupper()


def _former_latter(tok, reg: DocumentActors, found: Mentions) -> bool:
    """*Iraq attacked Iran, and the latter responded*: *the latter* is the last of the two actors named before it,
    *the former* the one before that. True when ``tok`` is one of them."""
    if tok.lower_ not in ("latter", "former") or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return False
    if tok.dep_ in ("amod", "compound") or (tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")):
        return False  # *the former president*: an adjective
    named = []
    for actor_id in reversed(reg.recent):
        if actor_id not in named:
            named.append(actor_id)
        if len(named) == 2:
            break
    if len(named) == 2:
        found.refer(tok.i, named[0] if tok.lower_ == "latter" else named[1])
    return True


def _half_named(tok, reg: DocumentActors, found: Mentions) -> bool:
    """*North Korea invaded the South*: *the North* or *the South* alone is the state of a divided country whose
    full name the text has used (North Vietnam, South Yemen, South Sudan). True when ``tok`` is one."""
    if tok.text not in ("North", "South") or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and (after.text[:1].isupper() or after.text in ("-", "–")):
        return False  # *the North Atlantic*, *the South China Sea*: part of a longer name
    halves = [a for a in dict.fromkeys(reversed(reg.recent))
              if reg.type_of(a) == "State" and reg.actors[a].label.startswith(tok.text + " ")]
    if halves:
        found.refer(tok.i, halves[0])
    return bool(halves)


def _where(prep, reg: DocumentActors, found: Mentions) -> bool:
    """*in southern Lebanon*, *near Goma*: a phrase that says where, hung on a noun (*its offensive against the group
    in southern Lebanon*), which leaves the noun an anaphor; *the group of experts* does not."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "near", "across", "inside", "around", "throughout", "along"):
        return False
    def place(p) -> bool:  # (the names after the anaphor are not resolved yet)
        if p.i in found.place_at or p.ent_type_ in ("AG_PLACE", "AG_CAPITAL", "GPE", "LOC"):
            return True
        ent = next((e for e in p.doc.ents if e.start <= p.i < e.end), None) if p.ent_type_ == "AG_NAME" else None
        state = reg.gaz.names.get(clean_name(ent.text)) if ent is not None else None
        return state is not None and state in reg.gaz.actors and reg.gaz.actors[state].actor_type == "State"

    return any(place(p) for p in prep.children if p.dep_ == "pobj")


def _refer(tok, reg: DocumentActors, found: Mentions, actor_id: str) -> None:
    """Resolve a description (*the junta*, *the group*) and, as the subject of a main clause, make its actor the one
    later pronouns most likely mean (*The junta in Burkina Faso expelled French troops. It then turned to Russia*)."""
    found.refer(tok.i, actor_id)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ in ("ROOT", "conj") and not found.quoted(tok.doc[tok.i: tok.i + 1]):
        reg.salient.append(actor_id)
        reg.plural.discard(actor_id)


def _reported_forces(tok, reg: DocumentActors, lex: dict, found: Mentions) -> str | None:
    """*Nigeria's army said troops killed 30 Boko Haram fighters*, *the Israeli military said soldiers raided …*:
    unnamed troops in what a state or its forces report are that state's, or None."""
    if tok.lemma_.lower() not in lex["reported_force_nouns"] or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ in ("poss", "nmod", "prep", "acl", "relcl", "appos") or
           c.dep_ in ("amod", "compound") and c.lower_ not in lex["force_descriptors"] for c in tok.children):
        return None  # *Kenyan troops*, *rebel forces*, *soldiers from Uganda*: named or someone else's
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lex["speech_verbs"]:
        return None
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    state = next((a for s in speakers if (a := _named_by(s, reg, found, ("State",))) is not None), None)
    if state is None:  # *Troops killed 30 fighters, the Nigerian army said*: the speaker, not resolved yet, by its name
        named = {t.ent_id_ for s in speakers for t in (s, *s.children) if t.ent_id_ and t.ent_type_.startswith("AG_")
                 and t.dep_ in ("nsubj", "poss", "amod", "compound")}
        states = [a for a in named if a in reg.gaz.actors and reg.gaz.actors[a].actor_type == "State"]
        state = reg.known(states[0]) if len(states) == 1 else None
    return state


def _anaphor(tok, reg: DocumentActors, lex: dict, found: Mentions) -> None:
    """*the group*, *the militia*, *the country*: the last actor of that kind."""
    if _former_latter(tok, reg, found) or _half_named(tok, reg, found) or _pair(tok, reg, lex, found):
        return
    if (state := _reported_forces(tok, reg, lex, found)) is not None:
        found.refer(tok.i, state)
        return
    # *Coalition forces*, *coalition airstrikes*: a group noun the text has named an actor by, used as a name
    named_so = (tok.text[:1].isupper() or tok.dep_ == "compound") and tok.lemma_.lower() in reg.called
    if _government_forces(tok, lex):
        # *government troops*, *government forces*: the armed forces of the state the text is about
        # the state whose government the text's rebels fight, else whose army or government it named last,
        # else the one it is about
        state = _state_outside(tok, reg, found, [reg.called.get("government"), reg.called.get("government forces"),
                                                  reg.last_salient(("State",))])
        if state is not None:
            _refer(tok, reg, found, state)
        return
    if not named_so and (tok.pos_ != "NOUN" or not any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)):
        return
    lemma = tok.lemma_.lower()
    types = ("Group",) if lemma in lex["group_nouns"] else ("State",) if lemma in lex["state_anaphors"] else ()
    if types == ("State",) and _seated(tok):
        # *fought the government in Mogadishu*: the seat names the state (the phrase may hang on the verb), and
        # *the government* later in the text means it too
        seat = tok.doc[tok.i + 2].ent_id_
        if seat in reg.gaz.actors and reg.gaz.actors[seat].actor_type == "State":
            reg.called[lemma] = state = reg.known(seat)
            _refer(tok, reg, found, state)
        return
    accused = tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex["accusing_verbs"]
    if any(c.dep_ in ("poss", "prep", "relcl", "acl") and not _where(c, reg, found) and not _aside(c) and
           not (accused and c.dep_ == "prep" and c.lower_ in ("of", "for", "over")) or
           (c.dep_ == "compound" and c.lower_ not in lex["anaphor_descriptors"]) for c in tok.children):
        return  # *the rebel group* is still the group; *the Wagner group*, *the group's leader* are not
    if lemma in lex["place_anaphors"] and reg.last_place and not any(c.dep_ in ("amod", "nummod") for c in tok.children):
        found.place_at[tok.i] = reg.last_place  # *shelled the city*: the place named last
        if reg.last_place_name:
            found.place_name_at[tok.i] = reg.last_place_name
        return
    if lemma in lex["state_army_nouns"] and not tok.text[:1].isupper():
        # *the army*, *the military*: a state's forces (a rebel army is named, or called *the group*)
        if not any(c.dep_ == "amod" for c in tok.children) and \
                (state := reg.last_salient(("State",)) or _home_state(tok, reg)):
            _refer(tok, reg, found, state)
        return
    if named_so:
        _refer(tok, reg, found, reg.called[lemma])
        return
    states = [found.actor_at[c.i] for c in tok.children if c.dep_ == "amod" and c.i in found.actor_at]
    if states and lemma in lex["institution_nouns"]:
        return  # *the Afghan army* is the state's, named by its demonym
    if any(c.dep_ == "amod" and c.i not in found.actor_at and c.pos_ == "ADJ" and c.lower_ not in lex["anaphor_descriptors"]
           for c in tok.children):
        return
    target = None
    if types == ("Group",) and states:
        # *the Lebanese movement*: the last group named that operates in Lebanon
        target = next((a for a in reversed(reg.recent) if reg.type_of(a) == "Group"
                       and set(states) & set(reg.actors[a].operates_in)), None)
    elif types == ("Group",) and lemma in reg.called:
        target = reg.called[lemma]  # *CSP rebels* … *the rebels*; *X is a coalition* … *the coalition*
    elif types == ("State",) and lemma in reg.called:
        target = reg.called[lemma]  # *the government in Kabul* … *the government*
    elif types == ("State",) and lemma != "country":
        # *the government*, *the regime*: the state the text is about, not one its clause names beside it; with no
        # state named yet, the one state where every armed group named operates (*the junta ... the Arakan Army*)
        known = reg.last_salient(types)
        target = _state_outside(tok, reg, found, [known]) if known is not None else _home_state(tok, reg)
    elif types == ("Group",):
        # *the group*: the group the text is about, before one just named; never one its own clause's subject names
        # (*Malian troops and Wagner fighters attacked the rebels*)
        target = reg.last_salient(types)
        if target is not None and target in (agents := _clause_agents(tok, found)):
            target = reg.last(("Group",), barred=agents)
    elif types:
        # *Moscow launched attacks on the country's grid*: the country is not the one its own clause is about; but
        # one defends, rules or rebuilds one's own (*Russia helped Niger defend the country*)
        subject = _clause_subject(tok, found)
        own = tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex["own_country_verbs"] and subject is not None and \
            reg.type_of(subject) in types
        target = subject if own else reg.last(types, barred={subject})
    if target and target not in _backers(tok, found):  # *the Vietnamese-backed government* is not Vietnam's
        _refer(tok, reg, found, target)


def _served_state(actor_id: str, reg: DocumentActors) -> str | None:
    """The state a person serves (the text's word first, else the reference data), or the actor when a state."""
    if reg.type_of(actor_id) == "State":
        return actor_id
    served = reg.served_by(actor_id)
    return served if served and reg.type_of(served) == "State" else None


def _turn_voice(tok, reg: DocumentActors, found: Mentions) -> str | None:
    """*BRIG. GEN. X: … we will …*: in a transcript turn, the state of the speaker its label names."""
    doc = tok.doc
    colon = next((t for t in doc[: min(tok.i, 10)] if t.text == ":"), None)
    if colon is None or not all(t.is_upper or t.is_punct for t in doc[: colon.i] if t.is_alpha or t.is_punct):
        return None
    speakers = [found.actor_at[t.i] for t in doc[: colon.i] if t.i in found.actor_at]
    return _served_state(speakers[-1], reg) if speakers else None


def quote_voices(sdoc, reg: DocumentActors, lex: dict, found: Mentions) -> None:
    """*Nasrallah said: "Our fighters have struck Israeli positions"*, *"We are surging aid to Israel," Biden said*:
    in a quotation, *we*, *us* and *our* stand for the side its speaker speaks for (a state or group, or the one a
    person serves), and *I* for the speaker; the speaker is the subject of a verb of speech outside the quotation
    in the same sentence, else in the sentence before it (*X said:*) or after it."""
    firsts = {"i"}  # (only as the one who acts: *my house was hit* makes no victim of the speaker)
    for tok in sdoc:
        low = tok.lower_
        if tok.pos_ != "PRON" or (low not in lex["voice_pronouns"] and low not in firsts) or tok.i in found.actor_at or \
                not found.quoted(sdoc[tok.i: tok.i + 1]):
            continue
        speaker = _quote_speaker(tok, lex, found)
        if speaker is None:
            continue
        if low in firsts:
            target = speaker if reg.type_of(speaker) in PERSON_TYPES else None
        elif reg.type_of(speaker) in ("State", "Group"):
            target = speaker
        else:
            served = reg.served_by(speaker)
            target = served if served and reg.type_of(served) in ("State", "Group") else None
        if target:
            found.refer(tok.i, target)


def _quote_speaker(tok, lex: dict, found: Mentions) -> str | None:
    sent = tok.sent
    doc = tok.doc
    near = [sent]
    if sent.start > 0:
        near.append(doc[sent.start - 1].sent)
    if sent.end < len(doc):
        near.append(doc[sent.end].sent)
    for s in near:
        for v in s:
            if v.pos_ != "VERB" or v.lemma_.lower() not in lex["speech_verbs"] or found.quoted(doc[v.i: v.i + 1]):
                continue
            for subject in (c for c in v.children if c.dep_ == "nsubj"):
                if subject.i in found.actor_at and not found.quoted(doc[subject.i: subject.i + 1]):
                    return found.actor_at[subject.i]
    return None


def release_voice(sdoc, reg: DocumentActors, lex: dict, found: Mentions) -> str | None:
    """Whom a government release speaks for, from its opening line (*Statement by Secretary of Defense X on …*,
    *Readout of the Secretary's call*): the state the first actor named after *by*, *from* or *of* serves (the
    text's word first, else the reference data), or that actor when it is a state or organisation; else None."""
    first = sdoc.text.lstrip().lower()
    if not any(first.startswith(w + " ") for w in lex["release_openings"]):
        return None
    by = next((t for t in sdoc if t.lower_ in ("by", "from", "of") and t.i < 12), None)
    if by is None:
        return None
    for t in sdoc[by.i + 1: by.i + 30]:
        if t.i in found.actor_at and t.i not in found.pronoun_at:
            actor_id = found.actor_at[t.i]
            if reg.type_of(actor_id) in ("State", "InternationalOrganization"):
                return actor_id
            if served := _served_state(actor_id, reg):
                return served  # (else the next name: *Secretary of Defense* may be read as a name of its own)
        if "\n" in t.text:
            break  # (the opening line only)
    return None
