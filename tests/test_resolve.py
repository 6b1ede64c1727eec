"""The resolver (graph/resolve.py) on hand-built parses, and datelines in graph/ingest.py.

Mentions -> actor ids without a trained model: lone surnames NER missed, surnames inside
longer unknown names, "the Lebanese movement", demonyms that do or don't name their state,
pronouns (clause subject, object control, cataphora) and quoted mentions.
"""
from __future__ import annotations

from graph.ingest import make_document, strip_boilerplate

from .parses import gazetteer, registry, resolved, table

EXTRA: dict[str, dict] = {
    "yoav-gallant": {"id": "yoav-gallant", "type": "Official", "label": "Yoav Gallant", "affiliation": "israel",
                     "role": "Defence Minister"},
    "manmohan-singh": {"id": "manmohan-singh", "type": "Official", "label": "Manmohan Singh",
                       "role": "Prime Minister"},
    "palestine": {"id": "palestine", "type": "State", "label": "Palestine", "demonyms": ["Palestinian"]},
}
GAZ = gazetteer(**EXTRA)


def reg():
    return registry(GAZ)


# --- 15. surnames ---------------------------------------------------------------------------------------
def test_lone_surname_ner_missed_resolves_to_the_gazetteer_person():
    doc = table('''
        Gallant     PROPN NNP  1 nsubj
        threatened  VERB  VBD  1 ROOT   threaten
        Hezbollah   PROPN NNP  1 dobj
        .           PUNCT .    1 punct
    ''', ents=[(2, 3, "AG_NAME", "hezbollah")])
    assert GAZ.surnames["Gallant"] == "yoav-gallant"
    found, r = resolved(doc, reg())
    assert found.actor_at == {0: "yoav-gallant", 2: "hezbollah"}
    assert r.mentions["yoav-gallant"] == 1
    assert r.actors["yoav-gallant"].affiliation == "israel"


def test_surname_inside_a_longer_unknown_name_is_not_the_gazetteer_person():
    r = reg()
    doc = table('''
        Sabrina  PROPN NNP  1 compound
        Singh    PROPN NNP  2 nsubj
        said     VERB  VBD  2 ROOT   say
        Israel   PROPN NNP  4 nsubj
        was      AUX   VBD  2 ccomp  be
        ready    ADJ   JJ   4 acomp
        .        PUNCT .    2 punct
    ''', ents=[(0, 2, "PERSON"), (3, 4, "AG_NAME", "israel")])
    found, _ = resolved(doc, r)
    assert GAZ.surnames["Singh"] == "manmohan-singh"
    assert found.actor_at[0] == found.actor_at[1] == "sabrina-singh"
    assert r.actors["sabrina-singh"].label == "Sabrina Singh"
    assert "manmohan-singh" not in r.actors and "manmohan-singh" not in r.mentions
    # a later lone "Singh" (no entity) is the Singh this document named, not the gazetteer's
    later = table('''
        Singh    PROPN NNP  1 nsubj
        added    VERB  VBD  1 ROOT   add
        .        PUNCT .    1 punct
    ''')
    found, _ = resolved(later, r)
    assert found.actor_at == {0: "sabrina-singh"}
    assert "manmohan-singh" not in r.actors


def test_surname_after_a_proper_noun_is_not_a_lone_surname():
    doc = table('''
        Sabrina  PROPN NNP  1 compound
        Singh    PROPN NNP  2 nsubj
        spoke    VERB  VBD  2 ROOT   speak
        .        PUNCT .    2 punct
    ''')
    found, r = resolved(doc, reg())
    assert found.actor_at == {}
    assert not r.actors


# --- 16. "the Lebanese movement" ------------------------------------------------------------------------
LEBANESE_MOVEMENT = '''
    Hezbollah  PROPN NNP   3 nsubj
    and        CCONJ CC    0 cc
    Hamas      PROPN NNP   0 conj
    fired      VERB  VBD   3 ROOT   fire
    rockets    NOUN  NNS   3 dobj   rocket
    .          PUNCT .     3 punct
    The        DET   DT    8 det
    {adj:<10} ADJ   JJ    8 amod
    movement   NOUN  NN    9 nsubj
    said       VERB  VBD   9 ROOT   say
    it         PRON  PRP  12 nsubj
    would      AUX   MD   12 aux
    continue   VERB  VB    9 ccomp
    .          PUNCT .     9 punct
'''


def test_demonym_group_noun_is_the_last_group_operating_there():
    doc = table(LEBANESE_MOVEMENT.format(adj="Lebanese"),
                ents=[(0, 1, "AG_NAME", "hezbollah"), (2, 3, "AG_NAME", "hamas"), (7, 8, "AG_DEMONYM", "lebanon")])
    assert doc.text.endswith("The Lebanese movement said it would continue.")
    found, r = resolved(doc, reg())
    assert r.actors["hezbollah"].operates_in == ("lebanon",)
    assert found.actor_at[8] == "hezbollah"  # not Hamas, the group named last
    assert 8 in found.pronoun_at
    assert found.actor_at[10] == "hezbollah"  # "it": the subject of the clause it sits in


def test_bare_group_noun_is_the_last_group_named():
    doc = table(LEBANESE_MOVEMENT.format(adj="militant"),
                ents=[(0, 1, "AG_NAME", "hezbollah"), (2, 3, "AG_NAME", "hamas")])
    found, _ = resolved(doc, reg())
    assert found.actor_at[8] == "hamas"


# --- 17. demonyms ---------------------------------------------------------------------------------------
DEMONYMS = '''
    Palestinian  ADJ   JJ   1 amod
    prisoners    NOUN  NNS  5 nsubj  prisoner
    and          CCONJ CC   1 cc
    Iranian      ADJ   JJ   4 amod
    {head:<12} NOUN  NNS  1 conj   {lemma}
    met          VERB  VBD  5 ROOT   meet
    .            PUNCT .    5 punct
'''
DEMONYM_ENTS = [(0, 1, "AG_DEMONYM", "palestine"), (3, 4, "AG_DEMONYM", "iran")]


def test_demonym_of_people_maps_the_token_without_a_mention_of_the_state():
    doc = table(DEMONYMS.format(head="military", lemma="military"), ents=DEMONYM_ENTS)
    found, r = resolved(doc, reg())
    assert found.actor_at == {0: "palestine", 3: "iran"}
    assert r.mentions["palestine"] == 0 and "palestine" not in r.recent
    assert r.mentions["iran"] == 1 and r.recent == ["iran"]


def test_demonym_qualifying_officials_is_a_mention_of_the_state():
    # The lemma is what en_core_web_sm gives for "officials".
    doc = table(DEMONYMS.format(head="officials", lemma="official"), ents=DEMONYM_ENTS)
    found, r = resolved(doc, reg())
    assert found.actor_at == {0: "palestine", 3: "iran"}
    assert r.mentions["palestine"] == 0
    assert r.mentions["iran"] == 1


# --- 18. pronouns ---------------------------------------------------------------------------------------
def test_possessive_pronoun_is_the_clause_subject():
    doc = table('''
        Hamas     PROPN NNP   1 nsubj
        launched  VERB  VBD   1 ROOT   launch
        its       PRON  PRP$  3 poss
        attack    NOUN  NN    1 dobj
        .         PUNCT .     1 punct
    ''', ents=[(0, 1, "AG_NAME", "hamas")])
    found, _ = resolved(doc, reg())
    assert found.actor_at[2] == "hamas"
    assert found.pronoun_at == {2}


def test_clause_subject_beats_the_nearest_actor():
    doc = table('''
        Hamas      PROPN NNP   1 nsubj
        fired      VERB  VBD   1 ROOT   fire
        rockets    NOUN  NNS   1 dobj   rocket
        at         ADP   IN    1 prep
        Israel     PROPN NNP   3 pobj
        from       ADP   IN    1 prep
        its        PRON  PRP$  7 poss
        positions  NOUN  NNS   5 pobj   position
        .          PUNCT .     1 punct
    ''', ents=[(0, 1, "AG_NAME", "hamas"), (4, 5, "AG_NAME", "israel")])
    found, _ = resolved(doc, reg())
    assert found.actor_at[6] == "hamas"


def test_pronoun_under_object_control_is_the_object():
    doc = table('''
        Israel      PROPN NNP   1 nsubj
        forced      VERB  VBD   1 ROOT   force
        Iran        PROPN NNP   1 dobj
        to          PART  TO    4 aux
        reconsider  VERB  VB    1 xcomp
        its         PRON  PRP$  6 poss
        strategy    NOUN  NN    4 dobj
        .           PUNCT .     1 punct
    ''', ents=[(0, 1, "AG_NAME", "israel"), (2, 3, "AG_NAME", "iran")])
    found, _ = resolved(doc, reg())
    assert found.actor_at[5] == "iran"


def test_cataphoric_pronoun_is_the_main_clause_subject():
    doc = table('''
        In           ADP   IN   11 prep
        retaliation  NOUN  NN    0 pobj
        for          ADP   IN    1 prep
        Israel       PROPN NNP   5 poss
        's           PART  POS   3 case
        killing      NOUN  NN    2 pobj
        of           ADP   IN    5 prep
        its          PRON  PRP$  8 poss
        commanders   NOUN  NNS   6 pobj   commander
        ,            PUNCT ,    11 punct
        Hezbollah    PROPN NNP  11 nsubj
        launched     VERB  VBD  11 ROOT   launch
        rockets      NOUN  NNS  11 dobj   rocket
        .            PUNCT .    11 punct
    ''', ents=[(3, 4, "AG_NAME", "israel"), (10, 11, "AG_NAME", "hezbollah")])
    found, _ = resolved(doc, reg())
    assert found.actor_at[7] == "hezbollah"


# --- 19. quotation marks --------------------------------------------------------------------------------
def test_quoted_mentions_are_counted_but_are_no_antecedents():
    r = reg()
    doc = table('''
        A          DET   DT    1 det
        statement  NOUN  NN    4 nsubj
        from       ADP   IN    1 prep
        Hezbollah  PROPN NNP   2 pobj
        read       VERB  VBD   4 ROOT
        :          PUNCT :     4 punct
        “          PUNCT ``    4 punct
        Israel     PROPN NNP   9 nsubj
        has        AUX   VBZ   9 aux    have
        lost       VERB  VBN   4 ccomp  lose
        .          PUNCT .     4 punct
        ”          PUNCT ''    4 punct
    ''', ents=[(3, 4, "AG_NAME", "hezbollah"), (7, 8, "AG_NAME", "israel")])
    assert doc.text == "A statement from Hezbollah read: “Israel has lost.”"
    found, _ = resolved(doc, r)
    assert found.quote_chars == [(doc.text.index("Israel"), len(doc.text) - 1)]
    assert found.actor_at == {3: "hezbollah", 7: "israel"}
    assert r.mentions["israel"] == 1
    assert r.recent == ["hezbollah"] and r.salient == []
    nxt = table('''
        It       PRON  PRP  1 nsubj
        fired    VERB  VBD  1 ROOT   fire
        rockets  NOUN  NNS  1 dobj   rocket
        .        PUNCT .    1 punct
    ''')
    found, _ = resolved(nxt, r)
    assert found.actor_at == {0: "hezbollah"}


# --- 20. datelines --------------------------------------------------------------------------------------
def test_dateline_is_cut_from_the_paragraph_with_offsets_kept():
    text = "BEIRUT — Israel struck."
    clean, paras = strip_boilerplate(text)
    assert clean == text
    assert paras == ((9, 23),)
    assert clean[9:23] == "Israel struck."


def test_dateline_on_a_later_line_keeps_document_offsets():
    text = "Israel and Hezbollah traded fire.\nBEIRUT (Reuters) — Israel struck Hezbollah.\n"
    doc = make_document(text, "t")
    assert doc.text == text
    assert [doc.text[s:e] for s, e in doc.paragraphs] == ["Israel and Hezbollah traded fire.",
                                                          "Israel struck Hezbollah."]


def test_the_government_is_not_the_state_whose_troops_came_to_support_it():
    gaz = gazetteer(**EXTRA, ethiopia={"id": "ethiopia", "type": "State", "label": "Ethiopia"},
                    somalia={"id": "somalia", "type": "State", "label": "Somalia"})
    doc = table('''
        Ethiopia    PROPN NNP  1 nsubj
        entered     VERB  VBD  1 ROOT    enter
        Somalia     PROPN NNP  1 dobj
        to          PART  TO   4 aux
        support     VERB  VB   1 advcl
        the         DET   DT   6 det
        government  NOUN  NN   4 dobj
        .           PUNCT .    1 punct
    ''', ents=[(0, 1, "AG_NAME", "ethiopia"), (2, 3, "AG_NAME", "somalia")])
    found, _ = resolved(doc, registry(gaz))
    assert found.actor_at.get(6) != "ethiopia"
