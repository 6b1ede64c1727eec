"""The spaCy pipeline's own adjustments (graph/nlp.py), with the real model."""
from __future__ import annotations

import pytest

from graph.ingest import make_document
from graph.nlp import acronym_norms


def tokens(extractor, text: str) -> list[str]:
    return [t.text for t in extractor.nlp.tokenizer(text)]


def found(extractor, text: str) -> set[tuple[str, str, str]]:
    [ex] = extractor.extract([make_document(text, "t", doc_id="t")])
    return {(r.subject, r.predicate, r.obj) for r in ex.relations if r.modality == "asserted"}


def test_a_hyphen_after_an_abbreviation_is_split(extractor):
    assert tokens(extractor, "the U.S.-led coalition and U.N.-backed talks") == [
        "the", "U.S.", "-", "led", "coalition", "and", "U.N.", "-", "backed", "talks"]
    assert tokens(extractor, "a well-known e.g. case") == ["a", "well", "-", "known", "e.g.", "case"]


def test_acronyms_that_are_words_read_as_their_actor(extractor):
    norms = acronym_norms(extractor.gaz, extractor.nlp.Defaults.stop_words)
    assert norms["IS"] in ("isis", "isil") and norms["US"] == "usa"
    doc = extractor.nlp("Jordanian jets bombed IS hideouts near Raqqa.")
    assert [t.pos_ for t in doc if t.text == "IS"] == ["PROPN"]
    assert [t.lower_ for t in extractor.nlp("It is late.") if t.norm_ == "is"] == ["is"]


@pytest.mark.parametrize("text,relation", [
    ("Jordanian jets bombed IS hideouts near Raqqa on Friday.", ("jordan", "attacks", "islamic-state")),
    ("Analysts still debate the U.S.-led invasion of Iraq in 2003.", ("united-states", "attacks", "iraq")),
    ("The Soviet Union invaded Afghanistan in December 1979.", ("soviet-union", "attacks", "afghanistan")),
])
def test_constructions_end_to_end(extractor, text, relation):
    assert relation in found(extractor, text)


def test_the_indexed_attribute_rules_find_exactly_what_the_matcher_finds():
    """graph.attrules stands in for the attribute ruler's matcher: on text with the ruler's special words
    (contractions, *there is*, spaces, auxiliaries), it must find the same matches in the same order."""
    import spacy

    from graph.attrules import index_rules
    from graph.nlp import find_model

    nlp = spacy.load(find_model(), exclude=["senter"])
    ruler = nlp.get_pipe("attribute_ruler")
    lookup = index_rules(ruler)
    assert lookup is not None
    texts = [
        "There is no sign that the rebels ain't gonna return; y'all know they got ta move, let's say.",
        "The ministry said it had been warned.  Nothin' was done, and there were    no arrests.",
        "C'mon, Kyiv's forces aren't retreating: they're shelling the Russian lines near Bakhmut.",
        "Hezbollah's fighters, who'd crossed into Israel, were killed by an Israeli strike on Monday.",
        "Is it true? Yes - the U.S.-backed SDF doesn't deny it, nor does Turkey.\n\nIt's over.",
    ]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(texts))
    for doc in docs:
        assert lookup(doc) == ruler.match(doc), doc.text
    assert sum(len(lookup(doc)) for doc in docs) > sum(len(doc) for doc in docs)  # most tokens meet a rule


@pytest.mark.parametrize("text, first", [
    ("Egypt, the UAE and Bahrain cut ties with Qatar.", "Egypt"),
    ("Saudi Arabia, the UAE and Bahrain bombed the port.", "Saudi Arabia"),
    ("Al-Shabab, the Somali group, attacked a base.", "Al-Shabab"),
])
def test_a_name_never_runs_on_past_a_comma_into_an_article(extractor, text, first):
    assert extractor.nlp(text).ents[0].text == first
