"""People's affiliations and roles (graph/affiliations.py) on hand-built parses, and the typing
of people no data file knows (``DocumentActors.finish``)."""
from __future__ import annotations

from graph.affiliations import extract_affiliations

from .parses import resolved, table


def affiliations(doc):
    found, reg = resolved(doc)
    return extract_affiliations(doc, found, reg, 0), reg


def test_demonym_and_title_before_the_name():
    doc = table('''
        Israeli    ADJ   JJ  2 amod
        Prime      PROPN NNP 2 compound
        Minister   PROPN NNP 4 compound
        Benjamin   PROPN NNP 4 compound
        Netanyahu  PROPN NNP 5 nsubj
        met        VERB  VBD 5 ROOT    meet
        Blinken    PROPN NNP 5 dobj
        .          PUNCT .   5 punct
    ''', ents=[(0, 1, "AG_DEMONYM", "israel"), (3, 5, "AG_NAME", "benjamin-netanyahu"),
               (6, 7, "AG_SURNAME", "antony-blinken")])
    [aff], reg = affiliations(doc)
    assert (aff.person, aff.organization, aff.role) == ("benjamin-netanyahu", "israel", "Prime Minister")
    assert aff.evidence.rule == "affiliation/title"
    assert aff.evidence.sentence == "Israeli Prime Minister Benjamin Netanyahu met Blinken."


def test_group_and_title_before_an_unknown_name_types_an_official():
    doc = table('''
        Hezbollah  PROPN NNP 1 compound
        leader     NOUN  NN  3 compound
        Hassan     PROPN NNP 3 compound
        Nasrallah  PROPN NNP 4 nsubj
        spoke      VERB  VBD 4 ROOT    speak
        .          PUNCT .   4 punct
    ''', ents=[(0, 1, "AG_NAME", "hezbollah"), (2, 4, "PERSON")])
    [aff], reg = affiliations(doc)
    assert (aff.person, aff.organization, aff.role) == ("hassan-nasrallah", "hezbollah", "leader")
    assert reg.finish()["hassan-nasrallah"].actor_type == "Official"


def test_apposition_with_a_think_tank_types_an_expert():
    doc = table('''
        Barbara    PROPN NNP  1 compound
        Slavin     PROPN NNP 10 nsubj
        ,          PUNCT ,    1 punct
        a          DET   DT   4 det
        fellow     NOUN  NN   1 appos
        at         ADP   IN   4 prep
        the        DET   DT   8 det
        Stimson    PROPN NNP  8 compound
        Center     PROPN NNP  5 pobj
        ,          PUNCT ,    1 punct
        disagreed  VERB  VBD 10 ROOT   disagree
        .          PUNCT .   10 punct
    ''', ents=[(0, 2, "PERSON"), (7, 9, "AG_NAME", "stimson-center")])
    [aff], reg = affiliations(doc)
    assert (aff.person, aff.organization, aff.role) == (
        "barbara-slavin", "stimson-center", "fellow at the Stimson Center")
    assert aff.evidence.rule == "affiliation/apposition"
    actors = reg.finish()
    assert actors["barbara-slavin"].actor_type == "Expert"
    assert actors["barbara-slavin"].label == "Barbara Slavin"


def test_of_the_institute_after_the_name():
    doc = table('''
        Emile          PROPN NNP   1 compound
        Hokayem        PROPN NNP   9 nsubj
        of             ADP   IN    1 prep
        the            DET   DT    5 det
        International  PROPN NNP   5 compound
        Institute      PROPN NNP   2 pobj
        for            ADP   IN    5 prep
        Strategic      PROPN NNP   8 compound
        Studies        PROPN NNPS  6 pobj
        said           VERB  VBD   9 ROOT    say
        Iran           PROPN NNP  12 nsubj
        would          AUX   MD   12 aux
        respond        VERB  VB    9 ccomp
        .              PUNCT .     9 punct
    ''', ents=[(0, 2, "PERSON"), (3, 9, "ORG"), (10, 11, "AG_NAME", "iran")])
    [aff], reg = affiliations(doc)
    iiss = "international-institute-for-strategic-studies"
    assert (aff.person, aff.organization, aff.role) == ("emile-hokayem", iiss, None)
    assert aff.evidence.rule == "affiliation/preposition"
    actors = reg.finish()
    assert actors[iiss].actor_type == "ThinkTank"
    assert actors[iiss].label == "International Institute for Strategic Studies"
    assert actors["emile-hokayem"].actor_type == "Expert"


def test_title_without_an_organisation_types_but_affiliates_nothing():
    doc = table('''
        President  PROPN NNP 2 compound
        Joe        PROPN NNP 2 compound
        Biden      PROPN NNP 3 nsubj
        spoke      VERB  VBD 3 ROOT   speak
        .          PUNCT .   3 punct
    ''', ents=[(1, 3, "PERSON")])
    got, reg = affiliations(doc)
    assert got == []
    assert reg.finish()["joe-biden"].actor_type == "Official"


def test_apposition_with_a_group_noun_types_a_group():
    # The NER took a militia's name for a person; the apposition says what it is.
    doc = table('''
        Harakat   PROPN NNP 2 compound
        al        PROPN NNP 2 compound
        Nujaba    PROPN NNP 7 nsubj
        ,         PUNCT ,   2 punct
        a         DET   DT  5 det
        militia   NOUN  NN  2 appos
        ,         PUNCT ,   2 punct
        vowed     VERB  VBD 7 ROOT   vow
        revenge   NOUN  NN  7 dobj
        .         PUNCT .   7 punct
    ''', ents=[(0, 3, "PERSON")])
    got, reg = affiliations(doc)
    assert got == []
    assert reg.finish()["harakat-al-nujaba"].actor_type == "Group"


def test_an_unknown_person_with_no_cue_is_dropped():
    doc = table('''
        John   PROPN NNP 1 compound
        Smith  PROPN NNP 2 nsubj
        left   VERB  VBD 2 ROOT   leave
        .      PUNCT .   2 punct
    ''', ents=[(0, 2, "PERSON")])
    got, reg = affiliations(doc)
    assert got == []
    assert "john-smith" in reg.actors
    assert "john-smith" not in reg.finish()


def test_one_affiliation_per_person_and_organisation_in_a_document(extractor):
    from graph.ingest import make_document
    from graph.rdf import build_graph

    text = ("Hezbollah leader Naim Qassem spoke on Sunday. Later, Hezbollah's leader Naim Qassem warned Israel "
            "against a new offensive.")
    result = next(extractor.extract([make_document(text, "test")]))
    pairs = [(a.person, a.organization) for a in result.affiliations]
    assert pairs.count(("naim-qassem", "hezbollah")) == 1, result.affiliations
    assert result.affiliations[0].evidence.sentence.startswith("Hezbollah leader Naim Qassem spoke")
    g = build_graph([result])  # one node, so one sentence on it (the shapes allow no more)
    assert len(list(g.query("SELECT ?s WHERE { ?a a <https://w3id.org/actorgraph/ontology#Affiliation> ; "
                            "<https://w3id.org/actorgraph/ontology#sentence> ?s }"))) == 1
