"""Quote attribution (graph/quotes.py) on hand-built parses."""
from __future__ import annotations

import pytest

from graph.quotes import clean_quote, extract_quotes, quote_spans

from .parses import registry, resolved, table


def quotes(doc, reg=None, state=None, offset: int = 0):
    found, reg = resolved(doc, reg)
    return extract_quotes(doc, found, reg, offset, {"para": 0} if state is None else state)


def said_after():
    """“We will respond to any attack,” Netanyahu said."""
    return table('''
        “          PUNCT ``  10 punct
        We         PRON  PRP  3 nsubj   we
        will       AUX   MD   3 aux
        respond    VERB  VB  10 ccomp
        to         ADP   IN   3 prep
        any        DET   DT   6 det
        attack     NOUN  NN   4 pobj
        ,          PUNCT ,   10 punct
        ”          PUNCT ''  10 punct
        Netanyahu  PROPN NNP 10 nsubj
        said       VERB  VBD 10 ROOT    say
        .          PUNCT .   10 punct
    ''', ents=[(9, 10, "AG_SURNAME", "benjamin-netanyahu")])


def slavin_paragraph():
    """“Iran does not want a wider war,” said Barbara Slavin, a fellow at the Stimson Center.
    “But Hezbollah might.” (one paragraph, two sentences)"""
    return table('''
        “          PUNCT ``  10 punct
        Iran       PROPN NNP  4 nsubj
        does       AUX   VBZ  4 aux     do
        not        PART  RB   4 neg
        want       VERB  VB  10 ccomp
        a          DET   DT   7 det
        wider      ADJ   JJR  7 amod    wide
        war        NOUN  NN   4 dobj
        ,          PUNCT ,   10 punct
        ”          PUNCT ''  10 punct
        said       VERB  VBD 10 ROOT    say
        Barbara    PROPN NNP 12 compound
        Slavin     PROPN NNP 10 nsubj
        ,          PUNCT ,   12 punct
        a          DET   DT  15 det
        fellow     NOUN  NN  12 appos
        at         ADP   IN  15 prep
        the        DET   DT  19 det
        Stimson    PROPN NNP 19 compound
        Center     PROPN NNP 16 pobj
        .          PUNCT .   10 punct
        “          PUNCT ``  24 punct
        But        CCONJ CC  24 cc
        Hezbollah  PROPN NNP 24 nsubj
        might      AUX   MD  24 ROOT
        .          PUNCT .   24 punct
        ”          PUNCT ''  24 punct
    ''', ents=[(1, 2, "AG_NAME", "iran"), (11, 13, "PERSON"), (18, 20, "AG_NAME", "stimson-center"),
               (23, 24, "AG_NAME", "hezbollah")])


def only_a_quote():
    """“Hezbollah will not stop.” (a paragraph that is nothing but a quote)"""
    return table('''
        “          PUNCT ``  4 punct
        Hezbollah  PROPN NNP 4 nsubj
        will       AUX   MD  4 aux
        not        PART  RB  4 neg
        stop       VERB  VB  4 ROOT
        .          PUNCT .   4 punct
        ”          PUNCT ''  4 punct
    ''', ents=[(1, 2, "AG_NAME", "hezbollah")])


# --- character spans ------------------------------------------------------------------------------------
def test_quote_spans_curly_and_straight_marks():
    text = '“We will respond,” Raisi said. "Not now," he added.'
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["We will respond,", "Not now,"]


def test_quote_spans_ignore_one_character_quotes_and_unbalanced_marks():
    assert quote_spans('the letter "a" and “x”') == []
    assert quote_spans("“We will respond, Raisi said.") == []


@pytest.mark.parametrize(("raw", "clean"), [
    (" We will respond, ", "We will respond"),
    ("“Enough.”", "Enough"),
    ('"Not now;"', "Not now"),
    ("It is over: ", "It is over"),
])
def test_clean_quote(raw, clean):
    assert clean_quote(raw) == clean


# --- attributed quotes --------------------------------------------------------------------------------------
def test_quote_then_name_said():
    doc = said_after()
    [q] = quotes(doc, offset=40)
    assert (q.speaker, q.text, q.mentions) == ("benjamin-netanyahu", "We will respond to any attack", ())
    assert q.evidence.rule == "quote-attributed"
    assert q.evidence.confidence == 0.9
    assert q.evidence.sentence == doc.text
    assert (q.evidence.start, q.evidence.end) == (40, 40 + len(doc.text))


def test_name_said_colon_then_quote():
    doc = table('''
        Netanyahu  PROPN NNP 1 nsubj
        said       VERB  VBD 1 ROOT    say
        :          PUNCT :   1 punct
        “          PUNCT ``  1 punct
        Israel     PROPN NNP 6 nsubj
        will       AUX   MD  6 aux
        respond    VERB  VB  1 ccomp
        .          PUNCT .   1 punct
        ”          PUNCT ''  1 punct
    ''', ents=[(0, 1, "AG_SURNAME", "benjamin-netanyahu"), (4, 5, "AG_NAME", "israel")])
    assert doc.text == "Netanyahu said: “Israel will respond.”"
    [q] = quotes(doc)
    assert (q.speaker, q.text, q.mentions, q.evidence.rule) == (
        "benjamin-netanyahu", "Israel will respond", ("israel",), "quote-attributed")


def test_said_name_with_apposition_and_a_continuation_in_the_same_paragraph():
    doc = slavin_paragraph()
    reg = registry()
    got = quotes(doc, reg)
    assert [(q.speaker, q.text, q.mentions, q.evidence.rule) for q in got] == [
        ("barbara-slavin", "Iran does not want a wider war", ("iran",), "quote-attributed"),
        ("barbara-slavin", "But Hezbollah might", ("hezbollah",), "quote-continued"),
    ]
    assert got[1].evidence.sentence == "“But Hezbollah might.”"


def test_a_paragraph_that_is_only_a_quote_continues_the_previous_speaker():
    reg = registry()
    state = {"para": 0}
    first = quotes(said_after(), reg, state)
    state["para"] = 1
    [q] = quotes(only_a_quote(), reg, state)
    assert first[0].speaker == "benjamin-netanyahu"
    assert (q.speaker, q.text, q.mentions, q.evidence.rule) == (
        "benjamin-netanyahu", "Hezbollah will not stop", ("hezbollah",), "quote-continued")


def test_a_lone_quote_after_a_gap_has_no_speaker():
    reg = registry()
    state = {"para": 0}
    quotes(said_after(), reg, state)
    state["para"] = 2
    assert quotes(only_a_quote(), reg, state) == []


def test_pronoun_speaker_is_the_last_person_named_outside_quotes():
    # Netanyahu is named later, but inside the quotation marks: "she" is Slavin.
    doc = table('''
        Barbara    PROPN NNP  1 compound
        Slavin     PROPN NNP  2 nsubj
        spoke      VERB  VBD  2 ROOT    speak
        to         ADP   IN   2 prep
        reporters  NOUN  NNS  3 pobj    reporter
        .          PUNCT .    2 punct
        “          PUNCT ``  15 punct
        Netanyahu  PROPN NNP  8 nsubj
        wants      VERB  VBZ 15 ccomp   want
        a          DET   DT  11 det
        wider      ADJ   JJR 11 amod    wide
        war        NOUN  NN   8 dobj
        ,          PUNCT ,   15 punct
        ”          PUNCT ''  15 punct
        she        PRON  PRP 15 nsubj
        said       VERB  VBD 15 ROOT    say
        .          PUNCT .   15 punct
    ''', ents=[(0, 2, "PERSON"), (7, 8, "AG_SURNAME", "benjamin-netanyahu")])
    found, reg = resolved(doc)
    assert found.actor_at[14] == "barbara-slavin"
    assert 14 in found.pronoun_at
    [q] = extract_quotes(doc, found, reg, 0, {"para": 0})
    assert (q.speaker, q.text, q.mentions) == ("barbara-slavin", "Netanyahu wants a wider war", ("benjamin-netanyahu",))


def test_a_state_is_not_a_speaker():
    doc = table('''
        “          PUNCT ``  5 punct
        Enough     ADJ   JJ  5 ccomp
        ,          PUNCT ,   5 punct
        ”          PUNCT ''  5 punct
        Iran       PROPN NNP 5 nsubj
        said       VERB  VBD 5 ROOT   say
        .          PUNCT .   5 punct
    ''', ents=[(4, 5, "AG_NAME", "iran")])
    assert quotes(doc) == []


# --- reported speech ----------------------------------------------------------------------------------------
def test_reported_speech_without_that():
    doc = table('''
        Blinken  PROPN NNP   1 nsubj
        said     VERB  VBD   1 ROOT    say
        Israel   PROPN NNP   3 nsubj
        had      VERB  VBD   1 ccomp   have
        a        DET   DT    5 det
        right    NOUN  NN    3 dobj
        to       PART  TO    7 aux
        defend   VERB  VB    5 acl
        itself   PRON  PRP   7 dobj
        .        PUNCT .     1 punct
    ''', ents=[(0, 1, "AG_SURNAME", "antony-blinken"), (2, 3, "AG_NAME", "israel")])
    assert doc.text == "Blinken said Israel had a right to defend itself."
    [q] = quotes(doc)
    assert (q.speaker, q.text, q.mentions, q.evidence.rule) == (
        "antony-blinken", "Israel had a right to defend itself", ("israel",), "reported-speech")
    assert q.evidence.confidence == 0.75


def test_reported_speech_with_that():
    doc = table('''
        Blinken  PROPN NNP   1 nsubj
        said     VERB  VBD   1 ROOT    say
        that     SCONJ IN    4 mark
        Israel   PROPN NNP   4 nsubj
        had      VERB  VBD   1 ccomp   have
        a        DET   DT    6 det
        right    NOUN  NN    4 dobj
        to       PART  TO    8 aux
        defend   VERB  VB    6 acl
        itself   PRON  PRP   8 dobj
        .        PUNCT .     1 punct
    ''', ents=[(0, 1, "AG_SURNAME", "antony-blinken"), (3, 4, "AG_NAME", "israel")])
    assert doc.text == "Blinken said that Israel had a right to defend itself."
    [q] = quotes(doc)
    assert (q.speaker, q.mentions, q.evidence.rule) == ("antony-blinken", ("israel",), "reported-speech")
    # The complementizer stays in the reported text.
    assert q.text == "that Israel had a right to defend itself"


def according_to_doc():
    """According to Blinken, the talks were stalled."""
    return table('''
        According  VERB  VBG  7 prep      accord
        to         ADP   IN   0 prep
        Blinken    PROPN NNP  1 pobj
        ,          PUNCT ,    7 punct
        the        DET   DT   5 det
        talks      NOUN  NNS  7 nsubjpass talk
        were       AUX   VBD  7 auxpass   be
        stalled    VERB  VBN  7 ROOT      stall
        .          PUNCT .    7 punct
    ''', ents=[(2, 3, "AG_SURNAME", "antony-blinken")])


def test_according_to_speaker():
    [q] = quotes(according_to_doc())
    assert (q.speaker, q.mentions, q.evidence.rule) == ("antony-blinken", (), "according-to")
    assert q.text.endswith("the talks were stalled")


def test_according_to_text_has_no_leading_comma():
    [q] = quotes(according_to_doc())
    assert q.text == "the talks were stalled"
