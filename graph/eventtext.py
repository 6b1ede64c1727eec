"""When and where each relation statement happened, read from its parsed sentence.

One :class:`EventReader` per article: it knows the article's date (:func:`graph.timex.article_date`), resolves
the paragraph's time expressions in text order (so *two days after the strike* counts from the last date
named before it) and gives each relation the time and the place nearest to its trigger in the parse.
A time that dates a reporting verb (*officials said on Tuesday that ...*) dates the report, not the
relation, and is passed over. A statement whose sentence gives no time is dated by its article only.
"""
from __future__ import annotations

from dataclasses import replace

from .gazetteer import Gazetteer
from .model import Document, EventTime, Place, Relation
from .places import PlaceTable, event_lexicon, place_rows, place_table
from .timex import Clock, article_date, article_time

TIME_LABELS = ("DATE", "TIME")
DEMONYMS = ("AG_DEMONYM", "NORP")
PLACE_LABELS = ("GPE", "LOC", "FAC", "EVENT", "ORG", "NORP", "PERSON")


def tree_path(a, b) -> list | None:
    """The tokens between two tokens of one parse, along the dependency tree (None: different trees)."""
    up = [a, *a.ancestors]
    index = {tok.i: n for n, tok in enumerate(up)}
    down = []
    for tok in [b, *b.ancestors]:
        if tok.i in index:
            return up[1:index[tok.i] + 1] + down[1:][::-1]
        down.append(tok)
    return None


def tree_distance(a, b) -> int:
    """Edges between two tokens of one parse (a large number when they are in different trees)."""
    path = tree_path(a, b)
    return 99 if path is None else len(path) + (a.i != b.i)


class EventReader:
    """Situates the relations of one article in time and place."""

    def __init__(self, gaz: Gazetteer, doc: Document) -> None:
        self.clock = Clock(article_date(doc.date, doc.text, doc.source), doc.source)
        self.places: PlaceTable = place_table(gaz.actors)
        self.lex = event_lexicon()
        self.ents: list = []  # the entities of the paragraph being read
        self.sentence_words: dict[tuple[int, int], list] = {}  # its sentences' words, see words_of

    @property
    def today(self) -> str | None:
        """The article's date as ISO, if it has one."""
        return self.clock.today.isoformat() if self.clock.today else None

    def read(self, sdoc, found, relations: list[Relation], offset: int) -> list[Relation]:
        """The paragraph's relations, each with its time and place."""
        self.ents = list(sdoc.ents)  # (made once: a span's ents walks all the paragraph's each time)
        self.sentence_words = {}
        times = self.paragraph_times(sdoc)
        out = []
        # what a statement's time and place depend on: its sentence, its two actors and its rule's trigger word
        # (a sentence often yields one statement by several rules, situated once)
        situated: dict[tuple, tuple[EventTime | None, Place | None]] = {}
        for rel in relations:
            key = (rel.evidence.start, rel.evidence.end, rel.subject, rel.obj, rel.evidence.rule.rsplit("/", 1)[-1])
            if key not in situated:
                situated[key] = self.situate(sdoc, rel, found, offset, times)
            time, place = situated[key]
            out.append(replace(rel, time=time or article_time(self.clock.today), place=place))
        return out

    def situate(self, sdoc, rel: Relation, found, offset: int, times: list) -> tuple[EventTime | None, Place | None]:
        """The time (None: the article's) and place of one statement of the paragraph."""
        sent = sdoc.char_span(rel.evidence.start - offset, rel.evidence.end - offset, alignment_mode="expand")
        if sent is None:
            return None, None
        trigger = self.trigger(sent, rel, found)
        return self.time_of(sent, trigger, times), self.place_of(sent, trigger, rel, found)

    def paragraph_times(self, sdoc) -> list[tuple[object, EventTime | None, bool]]:
        """Each DATE or TIME entity of the paragraph with the time it gives (None: none, or a bad one) and
        whether it was a bad one (warned about), in text order."""
        out = []
        for ent in self.ents:
            if ent.label_ not in TIME_LABELS:
                continue
            prev = sdoc[ent.start - 1] if ent.start > 0 else None
            before = prev.text if prev is not None and (prev.pos_ == "ADP" or prev.lower_ in ("since", "for")) else ""
            after = sdoc[ent.end].text if ent.end < len(sdoc) else ""
            time = self.clock.resolve(ent.text, before, after)
            if time is not None or self.clock.refused:
                out.append((ent, time, self.clock.refused))
        return out

    def words_of(self, sent) -> list[tuple[object, str, str]]:
        """The tokens of a sentence with their lemma and form in lower case, made once per sentence."""
        key = (sent.start, sent.end)
        if (words := self.sentence_words.get(key)) is None:
            self.sentence_words[key] = words = [(t, t.lemma_.lower(), t.lower_) for t in sent]
        return words

    def trigger(self, sent, rel: Relation, found):
        """The token the rule fired on (the rule name ends in its lemma), nearest the actors; else the root."""
        lemma = rel.evidence.rule.rsplit("/", 1)[-1].lower()
        words = self.words_of(sent)
        tokens = [t for t, _, _ in words]
        hits = [t for t, t_lemma, t_lower in words if t_lemma == lemma or t_lower == lemma]
        if not hits:
            return sent.root
        if len(hits) == 1:
            return hits[0]
        actor_at = getattr(found, "actor_at", {})
        actors = [t for t in tokens if actor_at.get(t.i) in (rel.subject, rel.obj)]
        return min(hits, key=lambda t: (sum(tree_distance(t, a) for a in actors), t.i))

    def time_of(self, sent, trigger, times: list) -> EventTime | None:
        """The time nearest the trigger in the parse, unless it dates a reporting verb above the trigger
        (None when the nearest is a bad date: the statement is then dated by its article)."""
        best, best_key = None, None
        for ent, time, _refused in times:
            if not (sent.start <= ent.start < sent.end) or self.dates_report(ent.root, trigger) or \
                    self.blocked(ent, trigger):
                continue
            key = (tree_distance(ent.root, trigger), abs(ent.root.i - trigger.i))
            if best_key is None or key < best_key:
                best, best_key = time, key
        return best

    def blocked(self, span, trigger) -> bool:
        """The span belongs to another happening: its path to the trigger passes another event noun, or a
        preposition that links events (*in retaliation for the April 1 strike*, *after the raid*)."""
        meets = {trigger.i} | {t.i for t in trigger.ancestors}
        if span.root.i not in meets and not any(t.i in meets for t in span.root.ancestors):
            return True  # another parse tree
        own = (span.start - 1, span.end)  # *for years*, *two days after the strike*: the time's own preposition
        for tok in span.root.ancestors:  # the span's side of the path, below where it meets the trigger's
            if tok.i in meets:
                break
            if tok.i == trigger.i or span.start <= tok.i < span.end or tok.i in own:
                continue
            if tok.dep_ == "prep" and tok.lower_ in self.lex["linking_preps"] and \
                    any(c.dep_ == "pcomp" for c in tok.children):  # *after killing ...*
                return True
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex["event_nouns"] and tok.lemma_.lower() != \
                    trigger.lemma_.lower():
                return True
        return False

    def dates_report(self, tok, trigger) -> bool:
        """The time hangs on a reporting verb that governs the trigger (*said on Tuesday that Israel struck*)."""
        head = tok.head
        while head.pos_ not in ("VERB", "AUX") and head.head is not head:
            head = head.head
        return (head is not trigger and head.lemma_.lower() in self.lex["reporting_verbs"]
                and head in trigger.ancestors)

    def place_of(self, sent, trigger, rel: Relation, found) -> Place | None:
        """The most specific place the sentence names as where something happened, nearest the trigger."""
        candidates: list[tuple[int, int, Place]] = []
        for start, end, place in self.places_in(sent, rel, found):
            tok = sent.doc[start:end].root
            if self.blocked(sent.doc[start:end], trigger):
                continue
            specific = 0 if place.place_id != place.state else 1
            candidates.append((specific, tree_distance(tok, trigger), place))
        if not candidates:
            return None
        return min(candidates, key=lambda c: (c[0], c[1]))[2]

    def places_in(self, sent, rel: Relation, found) -> list[tuple[int, int, Place]]:
        """Spans of the sentence that name a place, with the place."""
        place_at = getattr(found, "place_at", {})
        actor_at = getattr(found, "actor_at", {})
        out = []
        for ent in self.ents:
            if ent.start < sent.start or ent.end > sent.end:
                continue
            name = ent.text
            if any(t.i in place_at for t in ent):
                state = place_at[next(t.i for t in ent if t.i in place_at)]
                place = self.places.state_place(state, self.words(ent)) if ent.label_ in DEMONYMS else \
                    self.places.place(name, state, self.words(ent))
            elif name.removeprefix("the ") in place_rows() and ent.label_ in PLACE_LABELS:
                place = self.places.place(name.removeprefix("the "), None, self.words(ent))
            elif (state := actor_at.get(ent.root.i)) in self.places.states and state not in (rel.subject, rel.obj) \
                    and self.locative(ent.root):
                place = self.places.state_place(state, self.words(ent))
            else:
                continue
            if place is not None:
                out.append((ent.start, ent.end, place))
        return out

    def locative(self, tok) -> bool:
        """The token is the object of a locative preposition, directly or as an apposition or conjunct."""
        while tok.dep_ in ("appos", "conj", "compound") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in self.lex["locative_preps"]

    def words(self, ent) -> str:
        """The place's words with their preposition (*near Isfahan*)."""
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.lower_ in self.lex["locative_preps"] and head.i == ent.start - 1:
            return f"{head.text} {ent.text}"
        if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" and ent.start > 1:
            prep = ent.doc[ent.start - 2]
            if prep.lower_ in self.lex["locative_preps"]:
                return f"{prep.text} the {ent.text}"
        return ent.text
