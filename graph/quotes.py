"""Quotes: who said what, in the usual news patterns.

- “…,” X said. / “…,” said X, a fellow at Y. / “…,” she said.
- X said: “…” / X told reporters: “…”
- a paragraph that is only a quote continues the previous paragraph's speaker;
- reported speech: X said (that) …; according to X, …

Speakers are people (``Official`` or ``Expert``), named or by a pronoun.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id

from .model import PERSON_TYPES, Quote
from .registry import DocumentActors, Mentions, evidence_for, load_lexicon, paragraph_text

QUOTE_RE = re.compile(r"“([^”]{2,})”|\"([^\"]{2,})\"")
# *BRIG. GEN. PAT RYDER: Good afternoon …*, *SECRETARY BLINKEN: …*; not a lone *Q:*
TRANSCRIPT_LABEL = re.compile(r"^([A-Z][A-Z.'’ -]{3,60}[A-Z.]):\s+")
# *Statement by Secretary of Defense Lloyd J. Austin III on …*
STATEMENT_HEADER = re.compile(r"^(?:Press )?(?:Statement|Remarks|Readout|Message)s? (?:by|from|of) ", re.IGNORECASE)


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


@lru_cache(maxsize=1)
def _word_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Speech verbs, speech-act verbs, both, and the titles a speaker's name may carry."""
    lex = load_lexicon()
    speech, acts = frozenset(lex["speech_verbs"]), frozenset(lex["speech_act_verbs"])
    titles = frozenset(lex["official_titles"]) | {"mr", "ms", "mrs", "dr", "brig", "gen", "maj", "lt", "col", "adm"}
    return speech, acts, speech | acts, titles


@lru_cache(maxsize=1)
def _cue_ids() -> tuple[frozenset[int], int]:
    """The string ids of the speech and speech-act verbs, and of *according*."""
    return frozenset(get_string_id(w) for w in _word_classes()[2]), get_string_id("according")


class QuoteReader:
    """Reads the quotes of one parsed paragraph."""

    def __init__(self, sdoc, found: Mentions, reg: DocumentActors, offset: int, state: dict) -> None:
        self.sdoc, self.found, self.reg, self.offset, self.state = sdoc, found, reg, offset, state
        self.text = paragraph_text(sdoc)
        self.speech, self.acts, self.cues, self.titles = _word_classes()
        self._sentence_starts: list[int] | None = None

    @property
    def sentence_starts(self) -> list[int]:
        """The index of the first token of each token's sentence (worked out once, not token by token)."""
        if self._sentence_starts is None:
            starts = [0] * len(self.sdoc)
            for sent in self.sdoc.sents:
                starts[sent.start: sent.end] = [sent.start] * len(sent)
            self._sentence_starts = starts
        return self._sentence_starts

    def speaker_of(self, verb) -> str | None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                actor = self.found.actor_at.get(child.i)
                if actor is None:  # *the ministry's spokesman, Ahmed Said,*: the named one, never the possessor
                    actor = next((self.found.actor_at[t.i] for t in child.subtree if t.i in self.found.actor_at
                                  and self.names_subject(t, child)
                                  and self.reg.type_of(self.found.actor_at[t.i]) in PERSON_TYPES), None)
                if actor and self.reg.type_of(actor) in PERSON_TYPES:
                    return actor
        return None

    @staticmethod
    def names_subject(tok, subject) -> bool:
        """Whether ``tok`` is part of the name of the subject phrase's head or of its apposition (*the
        spokesman, Maria Zakharova*), not a word that only qualifies it (*a Biden administration official*,
        *an aide to Netanyahu*, *Haftar's spokesman*)."""
        while tok.i != subject.i:
            if not (tok.dep_ == "appos" or (tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN")):
                return False
            tok = tok.head
        return True

    def attributed(self, start: int, end: int) -> str | None:
        """The speaker of the quote spanning tokens [start, end): a speech verb after, else before it."""
        sent_at = self.sentence_starts
        sents = {sent_at[start], sent_at[max(end - 1, start)]}
        after = [self.sdoc[i] for i in range(end, len(self.sdoc)) if sent_at[i] in sents or i < end + 3]
        before = [self.sdoc[i] for i in range(start - 1, -1, -1) if sent_at[i] in sents]
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

    def speaker_named(self, span) -> str | None:
        """The person a transcript label or a statement's byline names (*BRIG. GEN. PAT RYDER:*)."""
        topic = next((t.i for t in span if t.lower_ in ("on", "at", "regarding", "about", "following")), span.end)
        span = self.sdoc[span.start: topic]  # *STATEMENT BY SECRETARY POMPEO on President Trump's decision*
        for tok in span:
            actor = self.found.actor_at.get(tok.i)
            if actor and self.reg.type_of(actor) in PERSON_TYPES:
                self.reg.cue(actor, "Official", 0.5)
                return actor
        words = [w for w in span.text.replace(".", ". ").split() if w.strip(".").lower() not in self.titles]
        words = words[:next((i for i, w in enumerate(words) if w.lower() in ("on", "at", "regarding", "about")),
                            len(words))]  # *… MNUCHIN ON IRAN*: the name ends before the topic
        name = " ".join(w.capitalize() if w.isupper() else w for w in words).strip(" :")
        known = name in self.reg.surnames or name in self.reg.gaz.surnames
        if not name or (len(name.split()) < 2 and not known):
            return None
        actor = self.reg.person(name)
        if actor is not None:
            self.reg.cue(actor, "Official", 1.0)
            self.reg.note(actor, name)
        return actor

    def document_voice(self) -> list[Quote]:
        """Transcripts (*NAME: …* paragraphs) and statements (*Statement by X on …*): their paragraphs are
        the words of the person who speaks or signs them, until another label takes over."""
        text = self.text
        if (m := TRANSCRIPT_LABEL.match(text)) is not None:
            label = self.sdoc.char_span(0, m.end(1), alignment_mode="expand")
            self.state["voice"] = self.speaker_named(label) if label is not None else None
            body = self.sdoc.char_span(m.end(), len(text.rstrip()), alignment_mode="expand")
            if self.state["voice"] and body is not None and len(body) > 3:
                return [self.quote(self.state["voice"], body, "transcript")]
            return []
        if (m := STATEMENT_HEADER.match(text)) is not None and len(text) < 200:
            byline = self.sdoc.char_span(m.end(), len(text.rstrip()), alignment_mode="expand")
            self.state["voice"] = self.speaker_named(byline) if byline is not None else None
            self.state["statement"] = True
            return []
        voice = self.state.get("voice")
        if voice and not quote_spans(text) and self.prose():
            return [self.quote(voice, self.sdoc[:], "statement" if self.state.get("statement") else "transcript")]
        return []

    def prose(self) -> bool:
        """A paragraph of sentences, not a banner or heading (*U.S. DEPARTMENT OF STATE*, *Office of the Spokesperson*)."""
        words = [t for t in self.sdoc if t.is_alpha]
        if len(words) < 6 or not any(t.pos_ in ("VERB", "AUX") for t in self.sdoc):
            return False
        capitals = sum(t.text[0].isupper() for t in words)
        return capitals / len(words) < 0.6

    def run(self) -> list[Quote]:
        if voiced := self.document_voice():
            self.state["speaker"], self.state["last_para"] = voiced[-1].speaker, self.state.get("para")
            return voiced
        out: list[Quote] = []
        text = self.text
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

    def cue_tokens(self) -> list:
        """The tokens whose lemma is a speech or speech-act verb, and every *according*, in order (read from the
        document's arrays, so no object is made for the other tokens)."""
        lemma_ids, according = _cue_ids()
        rows = self.sdoc.to_array([LEMMA, LOWER]).tolist() if len(self.sdoc) else []
        return [self.sdoc[i] for i, (lemma, lower) in enumerate(rows) if lemma in lemma_ids or lower == according]

    def reported(self, covered: list[tuple[int, int]]) -> list[Quote]:
        out = []
        inside = {i for s, e in covered for i in range(s, e)}
        for tok in self.cue_tokens():
            if tok.i in inside:
                continue
            if tok.lemma_ in self.acts and tok.pos_ == "VERB" and not any(c.dep_ == "ccomp" for c in tok.children):
                out += self.speech_act(tok, covered)
            if tok.lemma_ in self.speech and tok.pos_ == "VERB":
                comp = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
                if not comp and tok.dep_ == "ROOT":  # *The strikes will go on, Netanyahu said.*: the clause first
                    comp = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i
                            and c.left_edge.i == tok.sent.start and self.sdoc[c.right_edge.i + 1].text == ","]
                speaker = self.speaker_of(tok) or self.participle_speaker(tok)
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

    def participle_speaker(self, verb) -> str | None:
        """*Guaidó rejected the charge, saying that …*: a speech participle speaks for its clause's subject."""
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            return self.speaker_of(verb.head)
        as_ = verb.head
        if verb.dep_ not in ("pcomp", "pobj") or as_.lower_ != "as":
            return None
        cited = as_.head if as_.head.lemma_ in ("quote", "cite") else as_.head.head
        if cited.lemma_ not in ("quote", "cite") or cited.pos_ != "VERB":
            return None
        if any(c.dep_ == "auxpass" for c in cited.children):
            return self.speaker_of(cited)  # *the minister was quoted as saying that …*
        for obj in (c for c in cited.children if c.dep_ == "dobj"):  # *the paper quoted the minister as saying*
            actor = self.found.actor_at.get(obj.i)
            if actor and self.reg.type_of(actor) in PERSON_TYPES:
                return actor
        return None

    def speech_act(self, verb, covered: list[tuple[int, int]]) -> list[Quote]:
        """*Biden condemned the attack as despicable and pledged retaliation*, *X called him a dictator*,
        *X instructed members to use pagers*: a person's speech act, quoted as its verb phrase."""
        if verb.dep_ not in ("ROOT", "conj", "ccomp") or not any(c.dep_ in ("dobj", "oprd", "xcomp", "prep")
                                                                   for c in verb.children):
            return []
        if verb.dep_ == "conj" and verb.head.lemma_ in self.acts:
            return []  # the first verb's phrase holds it
        if verb.lemma_ == "call" and (not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children) or
                                      any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for") for c in verb.children)):
            return []  # *called on X to …*, *called for restraint* demand; *called him a dictator* speaks
        speakers = self.speakers_of(verb)
        end = verb.right_edge.i + 1
        while end > verb.i + 1 and self.sdoc[end - 1].is_punct:
            end -= 1
        span = self.sdoc[verb.i: end]
        if not speakers or len(span) < 3 or any(s < span.end and span.start < e for s, e in covered):
            return []
        return [self.quote(speaker, span, "speech-act") for speaker in speakers]

    def speakers_of(self, verb) -> list[str]:
        """The people a verb's subject names, each of a list (*Bolton, Trudeau and Bolsonaro called him …*)."""
        out = []
        for child in verb.children:
            if child.dep_ == "nsubj":
                for tok in (child, *child.conjuncts):
                    actor = self.found.actor_at.get(tok.i)
                    if actor and self.reg.type_of(actor) in PERSON_TYPES and actor not in out:
                        out.append(actor)  # the subject itself: *Maduro's government accused …* is no quote of Maduro
        return out

    def quote(self, speaker: str, span, rule: str) -> Quote:
        # (not the speaker's own side as *we* and *our*: the voice, not an actor the quote is about)
        voice = {*load_lexicon()["voice_pronouns"], "i"}
        named = tuple(dict.fromkeys(a for i, a in self.found.actor_at.items()
                                    if span.start <= i < span.end and a != speaker and span.doc[i].lower_ not in voice))
        ev = evidence_for(span, self.reg.doc_id, self.offset, rule, 0.9 if rule == "quote-attributed" else 0.75)
        return Quote(speaker=speaker, text=clean_quote(span.text), mentions=named, evidence=ev)


def extract_quotes(sdoc, found: Mentions, reg: DocumentActors, offset: int, state: dict) -> list[Quote]:
    """Quotes in one parsed paragraph; ``state`` carries the last speaker across paragraphs."""
    return QuoteReader(sdoc, found, reg, offset, state).run()
