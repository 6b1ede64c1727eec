"""Quotes: who said what, in the usual news patterns.

- “…,” X said. / “…,” said X, a fellow at Y. / “…,” she said.
- X said: “…” / X told reporters: “…”
- a paragraph that is only a quote continues the previous paragraph's speaker;
- reported speech: X said (that) …; according to X, …

Speakers are people (``Official`` or ``Expert``), named or by a pronoun.
"""
from __future__ import annotations

import re

from .model import PERSON_TYPES, Quote
from .resolve import DocumentActors, Mentions, evidence_for, load_lexicon

QUOTE_RE = re.compile(r"“([^”]{2,})”|\"([^\"]{2,})\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted passages in a paragraph (inside the marks).

    >>> quote_spans('“We will respond,” Raisi said.')
    [(1, 17)]
    """
    return [(m.start(1) if m.group(1) else m.start(2), m.end(1) if m.group(1) else m.end(2))
            for m in QUOTE_RE.finditer(text)]


def clean_quote(text: str) -> str:
    """Strip the marks and trailing punctuation of a quoted passage.

    >>> clean_quote(' We will respond, ')
    'We will respond'
    """
    return text.strip().strip("“”\"").strip(",.;: ").strip()


class QuoteReader:
    """Reads the quotes of one parsed paragraph."""

    def __init__(self, sdoc, found: Mentions, reg: DocumentActors, offset: int, state: dict) -> None:
        self.sdoc, self.found, self.reg, self.offset, self.state = sdoc, found, reg, offset, state
        self.speech = set(load_lexicon()["speech_verbs"])

    def speaker_of(self, verb) -> str | None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                actor = self.found.actor_at.get(child.i)
                if actor is None:
                    actor = next((self.found.actor_at[t.i] for t in child.subtree if t.i in self.found.actor_at
                                  and self.reg.type_of(self.found.actor_at[t.i]) in PERSON_TYPES), None)
                if actor and self.reg.type_of(actor) in PERSON_TYPES:
                    return actor
        return None

    def attributed(self, start: int, end: int) -> str | None:
        """The speaker of the quote spanning tokens [start, end): a speech verb after, else before it."""
        sents = {self.sdoc[start].sent.start, self.sdoc[max(end - 1, start)].sent.start}
        after = [t for t in self.sdoc[end:] if t.sent.start in sents or t.i < end + 3]
        before = [t for t in reversed(self.sdoc[:start]) if t.sent.start in sents]
        for tokens in (after, before):
            for tok in tokens:
                if tok.lemma_ in self.speech and tok.pos_ in ("VERB", "AUX"):
                    if speaker := self.speaker_of(tok):
                        return speaker
        return None

    def scare_quote(self, span) -> bool:
        """A few quoted words inside a sentence (*its “axis of resistance”*) name a term; nobody speaks."""
        inside = span.start > span.sent.start + 1 and span.end < span.sent.end - 2
        return len(span) < 6 and inside

    def run(self) -> list[Quote]:
        out: list[Quote] = []
        text = self.sdoc.text
        covered: list[tuple[int, int]] = []
        for cs, ce in quote_spans(text):
            span = self.sdoc.char_span(cs, ce, alignment_mode="expand")
            if span is None or self.scare_quote(span):
                continue
            speaker = self.attributed(span.start, span.end)
            rule = "quote-attributed"
            only_quote = not text[:cs - 1].strip() and len(text[ce + 1:].strip()) <= 1
            if speaker is None and out:
                speaker, rule = out[-1].speaker, "quote-continued"
            elif speaker is None and only_quote and self.state.get("last_para") == self.state.get("para") - 1:
                speaker, rule = self.state.get("speaker"), "quote-continued"
            covered.append((span.start, span.end))
            if speaker:
                self.reg.cue(speaker, "Official", 0.1)
                out.append(self.quote(speaker, span, rule))
        out += self.reported(covered)
        if out:
            self.state["speaker"], self.state["last_para"] = out[-1].speaker, self.state.get("para")
        return out

    def reported(self, covered: list[tuple[int, int]]) -> list[Quote]:
        out = []
        for tok in self.sdoc:
            if any(s <= tok.i < e for s, e in covered):
                continue
            if tok.lemma_ in self.speech and tok.pos_ == "VERB":
                comp = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
                speaker = self.speaker_of(tok)
                if comp and speaker:
                    self.reg.cue(speaker, "Official", 0.1)
                    span = self.sdoc[comp[0].left_edge.i: comp[0].right_edge.i + 1]
                    if not any(s < span.end and span.start < e and (e - s) >= len(span) // 2 for s, e in covered):
                        out.append(self.quote(speaker, span, "reported-speech"))
            if tok.lower_ == "according" and tok.i + 1 < len(self.sdoc) and self.sdoc[tok.i + 1].lower_ == "to":
                pobj = [c for c in self.sdoc[tok.i + 1].children if c.dep_ == "pobj"]
                speaker = self.found.actor_at.get(pobj[0].i) if pobj else None
                if speaker and self.reg.type_of(speaker) in PERSON_TYPES:
                    sent = tok.sent
                    phrase_end = max(t.i for t in self.sdoc[tok.i + 1].subtree) + 1
                    rest = self.sdoc[phrase_end: sent.end] if phrase_end < sent.end else sent
                    out.append(self.quote(speaker, rest, "according-to"))
        return out

    def quote(self, speaker: str, span, rule: str) -> Quote:
        named = tuple(dict.fromkeys(a for i, a in self.found.actor_at.items()
                                    if span.start <= i < span.end and a != speaker))
        ev = evidence_for(span, self.reg.doc_id, self.offset, rule, 0.9 if rule == "quote-attributed" else 0.75)
        return Quote(speaker=speaker, text=clean_quote(span.text), mentions=named, evidence=ev)


def extract_quotes(sdoc, found: Mentions, reg: DocumentActors, offset: int, state: dict) -> list[Quote]:
    """Quotes in one parsed paragraph; ``state`` carries the last speaker across paragraphs."""
    return QuoteReader(sdoc, found, reg, offset, state).run()
