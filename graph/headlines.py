"""Headline grammar read from the words, where the small model's parse of a headline has lost its verb.

A headline (*Sudan's RSF shells El Fasher as famine spreads*, *Pakistan, Afghanistan trade fire at border
crossing*, *Houthis fire missiles at US warship*) is a short line in the present tense with no final stop; the
model often tags its verb as a plural noun and hangs everything on another word. When the parse gives the line no
verb with a subject, the reader looks for a verb of force by its form right after the first name and takes the
names before it as agents and the first name (or place) after it as the target.
"""
from __future__ import annotations

from .parsefix import verb_stems

MAX_WORDS = 16
CLAUSE_BREAKS = ("after", "as", "amid", "over", "despite", "while", "following", "since", "before", ",", ";", ":")


class HeadlineFrames:
    """Mixed into :class:`graph.relations.SentenceReader`."""

    def read_headline(self, sent) -> None:
        if len(sent) > MAX_WORDS or sent[-1].text in (".", "!", "?", ":", '"', "”") or \
                any(t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and
                    self.verbs.get(t.head.lemma_.lower()) is not None for t in sent):
            return
        at = self.found.actor_at
        first = next((t for t in sent if t.i in at), None)
        if first is None:
            return
        verb = next((t for t in sent if t.i > first.i and t.i not in at and self.force_verb(t)), None)
        if verb is None or sent.doc[verb.i - 1].lower_ in ("to", "will", "may", "could", "would", "not"):
            return  # *Kenya to send police to Haiti*: a plan
        before = sent.doc[verb.i - 1]
        if before.i not in at and not (before.lemma_.lower() in self.lex["institution_nouns"] and before.i - 1 in at):
            return  # the verb follows its subject's name (*Israel strikes*, *Nigerian troops kill*), not *Red Sea attacks*
        doc = sent.doc  # (*Sudan's RSF*: the possessor only qualifies the name after it)
        agents = list(dict.fromkeys(at[t.i] for t in sent if t.i < verb.i and t.i in at and not (
            t.i + 2 < verb.i and doc[t.i + 1].tag_ == "POS" and doc[t.i + 2].i in at)))
        if any(t.i in self.found.place_at for t in sent if t.i < verb.i and t.i not in at):
            return  # a place before the verb: no headline of this shape
        if verb.lower_ in ("trade", "exchange") and len(agents) > 1:  # *Pakistan, Afghanistan trade fire*
            self.emit(agents, "attacks", agents, verb, "headline-reciprocal", 0.7, modality="asserted")
            return
        targets: list[str] = []
        aimed = {*self.rules["predicates"]["attacks"]["projectiles"], *self.rules["weapon_nouns"],
                 *self.rules["military_objectives"], *self.rules["part_nouns"], *self.lex["place_nouns"]}
        for t in sent.doc[verb.i + 1: sent.end]:
            if t.lower_ in CLAUSE_BREAKS or t.pos_ == "ADP" and t.lower_ not in ("at", "on", "against", "into", "in"):
                break
            if t.pos_ == "NOUN" and t.i not in at and t.i not in self.found.place_at and t.lemma_.lower() not in aimed:
                return  # *Turkey strikes deal with Russia*: the verb's object is no target of force
            if t.i in at and at[t.i] not in agents:
                targets.append(at[t.i])
            elif t.i in self.found.place_at and not targets:
                targets += [s for s in self.places_in(t) if s not in self.own_side(agents)]
            if targets and t.dep_ not in ("compound", "amod", "poss", "case") and t.pos_ not in ("CCONJ", "PUNCT"):
                break
        self.emit(agents, "attacks", list(dict.fromkeys(targets)), verb, "headline", 0.7, modality="asserted")

    def force_verb(self, tok) -> bool:
        """Whether a word is a present-tense verb of force by its form (*shells*, *strikes*, *fire*, *trade fire*),
        whatever tag the model gave it."""
        low = tok.lower_
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if low in ("trade", "exchange") and after is not None and after.lower_ == "fire":
            return True
        if tok.tag_ not in ("NNS", "NN", "VBZ", "VBP", "VB") or after is None or after.pos_ == "ADP":
            return False  # (*Israeli strikes on Gaza*: a noun with its phrase)
        return any(self.verbs.get(stem) == "attacks" for stem in (low, *verb_stems(low)))
