"""The newer relation frames (graph/relations.py, graph/arguments.py, graph/modality.py) on hand-built parses.

Each parse is what a good dependency parser gives for the sentence (mostly what
``en_core_web_sm`` gives; where it goes wrong the rows say so); entities are what the
actor ruler (``AG_*``) or the statistical NER would mark. No model is loaded. Every test
asserts the exact set of ``(subject, predicate, object, modality)`` found and, where it
matters, the rule in ``evidence.rule`` (``predicate/frame/lemma``).
"""
from __future__ import annotations

from graph.relations import extract_relations

from .parses import RECORDS, gazetteer, registry, resolved, table

# Records the frames below need, on top of the tiny gazetteer in tests/parses.py.
EXTRA: dict[str, dict] = {
    "united-states": {**RECORDS["united-states"],
                      "aliases": [*RECORDS["united-states"]["aliases"], "Congress"]},
    "united-kingdom": {"id": "united-kingdom", "type": "State", "label": "United Kingdom",
                       "aliases": ["Britain", "UK"], "demonyms": ["British"], "capital": "London"},
    "turkey": {"id": "turkey", "type": "State", "label": "Turkey", "demonyms": ["Turkish"], "capital": "Ankara"},
    "russia": {"id": "russia", "type": "State", "label": "Russia", "demonyms": ["Russian", "Russians"],
               "capital": "Moscow"},
    "saudi-arabia": {"id": "saudi-arabia", "type": "State", "label": "Saudi Arabia",
                     "demonyms": ["Saudi", "Saudis"], "capital": "Riyadh"},
    "pkk": {"id": "pkk", "type": "Group", "label": "Kurdistan Workers' Party", "aliases": ["PKK"],
            "operates_in": ["turkey"]},
    "kataib-hezbollah": {"id": "kataib-hezbollah", "type": "Group", "label": "Kataib Hezbollah",
                         "backed_by": ["iran"], "member_of": ["axis-of-resistance"]},
    "quds-force": {"id": "quds-force", "type": "Group", "label": "Quds Force", "backed_by": ["iran"]},
    "joe-biden": {"id": "joe-biden", "type": "Official", "label": "Joe Biden", "affiliation": "united-states",
                  "role": "President"},
    "barack-obama": {"id": "barack-obama", "type": "Official", "label": "Barack Obama",
                     "affiliation": "united-states", "role": "President"},
    "benny-gantz": {"id": "benny-gantz", "type": "Official", "label": "Benny Gantz", "affiliation": "israel",
                    "role": "Defence Minister"},
    "qasem-soleimani": {"id": "qasem-soleimani", "type": "Official", "label": "Qasem Soleimani",
                        "affiliation": "quds-force", "role": "Quds Force commander"},
}


def gaz():
    g = gazetteer(**EXTRA)
    g.places = {"Isfahan": "iran"}  # what load_gazetteer reads from data/places.csv
    return g


GAZ = gaz()


def relations(doc):
    found, reg = resolved(doc, registry(GAZ))
    return extract_relations(doc, found, reg, 0)


def triples(rels) -> set[tuple[str, str, str, str]]:
    return {(r.subject, r.predicate, r.obj, r.modality) for r in rels}


def rules(rels) -> set[str]:
    return {r.evidence.rule for r in rels}


# --- 1. help-of -------------------------------------------------------------------------------------
def test_help_of_backs_the_clause_subject():
    rels = relations(table('''
        Israel     PROPN NNP   3 poss
        's         PART  POS   0 case
        air        NOUN  NN    3 compound
        defences   NOUN  NNS   4 nsubj    defence
        shot       VERB  VBD   4 ROOT     shoot
        down       ADP   RP    4 prt
        the        DET   DT    7 det
        drones     NOUN  NNS   4 dobj     drone
        with       ADP   IN    4 prep
        the        DET   DT   10 det
        help       NOUN  NN    8 pobj
        of         ADP   IN   10 prep
        the        DET   DT   14 det
        United     PROPN NNP  14 compound
        States     PROPN NNP  11 pobj
        and        CCONJ CC   14 cc
        Britain    PROPN NNP  14 conj
        .          PUNCT .     4 punct
    ''', ents=[(0, 1, "AG_NAME", "israel"), (13, 15, "AG_NAME", "united-states"),
               (16, 17, "AG_NAME", "united-kingdom")]))
    assert triples(rels) == {("united-states", "backs", "israel", "asserted"),
                             ("united-kingdom", "backs", "israel", "asserted")}
    assert rules(rels) == {"backs/help-of/help"}


def test_help_of_backs_the_passive_agent():
    rels = relations(table('''
        The        DET   DT    1 det
        drones     NOUN  NNS   3 nsubjpass drone
        were       AUX   VBD   3 auxpass   be
        shot       VERB  VBN   3 ROOT      shoot
        down       ADP   RP    3 prt
        by         ADP   IN    3 agent
        Israel     PROPN NNP   5 pobj
        with       ADP   IN    3 prep
        the        DET   DT    9 det
        help       NOUN  NN    7 pobj
        of         ADP   IN    9 prep
        the        DET   DT   13 det
        United     PROPN NNP  13 compound
        States     PROPN NNP  10 pobj
        .          PUNCT .     3 punct
    ''', ents=[(6, 7, "AG_NAME", "israel"), (12, 14, "AG_NAME", "united-states")]))
    assert triples(rels) == {("united-states", "backs", "israel", "asserted")}
    assert rules(rels) == {"backs/help-of/help"}


# --- 2. receive-from -----------------------------------------------------------------------------------
def test_materiel_received_from_a_giver():
    rels = relations(table('''
        Hamas      PROPN NNP  1 nsubj
        receives   VERB  VBZ  1 ROOT   receive
        money      NOUN  NN   1 dobj
        and        CCONJ CC   2 cc
        weapons    NOUN  NNS  2 conj   weapon
        from       ADP   IN   1 prep
        Tehran     PROPN NNP  5 pobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "AG_NAME", "hamas"), (6, 7, "AG_CAPITAL", "iran")]))
    assert triples(rels) == {("iran", "backs", "hamas", "asserted")}
    assert rules(rels) == {"backs/materiel-received/receive"}


# --- 3. obligation -------------------------------------------------------------------------------------
def test_said_must_is_an_obligation():
    rels = relations(table('''
        Mubarak    PROPN NNP  1 nsubj
        said       VERB  VBD  1 ROOT   say
        the        DET   DT   3 det
        US         PROPN NNP  5 nsubj
        must       AUX   MD   5 aux
        mediate    VERB  VB   1 ccomp
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "PERSON"), (3, 4, "AG_NAME", "united-states")]))
    assert triples(rels) == {("mubarak", "pressures", "united-states", "asserted")}
    assert rules(rels) == {"pressures/obligation/say"}


def test_demanded_that_is_an_obligation():
    # The small model tags "renounce" a noun here; this is the correct parse.
    rels = relations(table('''
        Washington PROPN NNP  1 nsubj
        demanded   VERB  VBD  1 ROOT   demand
        that       SCONJ IN   4 mark
        Hamas      PROPN NNP  4 nsubj
        renounce   VERB  VB   1 ccomp
        violence   NOUN  NN   4 dobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "AG_CAPITAL", "united-states"), (3, 4, "AG_NAME", "hamas")]))
    assert triples(rels) == {("united-states", "pressures", "hamas", "asserted")}
    assert rules(rels) == {"pressures/obligation/demand"}


def test_said_without_a_modal_is_no_obligation():
    rels = relations(table('''
        Blinken    PROPN NNP  1 nsubj
        said       VERB  VBD  1 ROOT   say
        Israel     PROPN NNP  3 nsubj
        has        VERB  VBZ  1 ccomp  have
        a          DET   DT   5 det
        right      NOUN  NN   3 dobj
        to         PART  TO   7 aux
        defend     VERB  VB   5 acl
        itself     PRON  PRP  7 dobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "PERSON"), (2, 3, "AG_NAME", "israel")]))
    assert triples(rels) == set()


# --- 4. demand verbs -----------------------------------------------------------------------------------
def test_told_someone_that_x_should_is_a_demand():
    # The addressee is pressed (verb-demand) and so is the actor who should act (obligation).
    rels = relations(table('''
        Biden      PROPN NNP  1 nsubj
        told       VERB  VBD  1 ROOT   tell
        Netanyahu  PROPN NNP  1 dobj
        that       SCONJ IN   6 mark
        Israel     PROPN NNP  6 nsubj
        should     AUX   MD   6 aux
        take       VERB  VB   1 ccomp
        the        DET   DT   8 det
        win        NOUN  NN   6 dobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "AG_NAME", "israel")]))
    assert triples(rels) == {("joe-biden", "pressures", "benjamin-netanyahu", "asserted"),
                             ("joe-biden", "pressures", "israel", "asserted")}
    by_object = {r.obj: r.evidence.rule for r in rels}
    assert by_object == {"benjamin-netanyahu": "pressures/verb-demand/tell", "israel": "pressures/obligation/tell"}


def test_told_reporters_without_a_directive_is_nothing():
    rels = relations(table('''
        Kirby      PROPN NNP  1 nsubj
        told       VERB  VBD  1 ROOT   tell
        reporters  NOUN  NNS  1 dobj   reporter
        that       SCONJ IN   6 mark
        Israel     PROPN NNP  6 nsubj
        would      AUX   MD   6 aux
        take       VERB  VB   1 ccomp
        the        DET   DT   8 det
        win        NOUN  NN   6 dobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "PERSON"), (4, 5, "AG_NAME", "israel")]))
    assert triples(rels) == set()


def test_told_to_infinitive_is_a_demand():
    rels = relations(table('''
        Iran       PROPN NNP  1 nsubj
        told       VERB  VBD  1 ROOT   tell
        the        DET   DT   4 det
        United     PROPN NNP  4 compound
        States     PROPN NNP  1 dobj
        to         PART  TO   6 aux
        stay       VERB  VB   1 xcomp
        away       ADV   RB   6 advmod
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "AG_NAME", "iran"), (3, 5, "AG_NAME", "united-states")]))
    assert triples(rels) == {("iran", "pressures", "united-states", "asserted")}
    assert rules(rels) == {"pressures/verb-demand/tell"}


# --- 5. threats ----------------------------------------------------------------------------------------
def test_warned_that_if_x_targets_the_conditional_subject():
    rels = relations(table('''
        Iran       PROPN NNP   1 nsubj
        warned     VERB  VBD   1 ROOT    warn
        that       SCONJ IN   12 mark
        if         SCONJ IN    5 mark
        Israel     PROPN NNP   5 nsubj
        made       VERB  VBD  12 advcl   make
        another    DET   DT    7 det
        mistake    NOUN  NN    5 dobj
        ,          PUNCT ,    12 punct
        its        PRON  PRP$ 10 poss
        response   NOUN  NN   12 nsubj
        would      AUX   MD   12 aux
        be         AUX   VB    1 ccomp
        severe     ADJ   JJ   12 acomp
        .          PUNCT .     1 punct
    ''', ents=[(0, 1, "AG_NAME", "iran"), (4, 5, "AG_NAME", "israel")]))
    assert triples(rels) == {("iran", "pressures", "israel", "asserted")}
    assert rules(rels) == {"pressures/verb-threat/warn"}


def test_threat_never_targets_the_speakers_own_side():
    # Gantz serves Israel: "Israel would exact the price" names his side, the target is Iran.
    rels = relations(table('''
        Gantz      PROPN NNP   1 nsubj
        promised   VERB  VBD   1 ROOT   promise
        that       SCONJ IN    5 mark
        Israel     PROPN NNP   5 nsubj
        would      AUX   MD    5 aux
        exact      VERB  VB    1 ccomp
        the        DET   DT    7 det
        price      NOUN  NN    5 dobj
        from       ADP   IN    5 prep
        Iran       PROPN NNP   8 pobj
        .          PUNCT .     1 punct
    ''', ents=[(0, 1, "PERSON"), (3, 4, "AG_NAME", "israel"), (9, 10, "AG_NAME", "iran")]))
    assert triples(rels) == {("benny-gantz", "pressures", "iran", "asserted")}
    assert rules(rels) == {"pressures/verb-threat/promise"}


# --- 6. reciprocal -------------------------------------------------------------------------------------
def test_clashes_between_two_sides_go_both_ways():
    rels = relations(table('''
        Clashes    NOUN  NNS  6 nsubj  clash
        between    ADP   IN   0 prep
        Turkey     PROPN NNP  1 pobj
        and        CCONJ CC   2 cc
        the        DET   DT   5 det
        PKK        PROPN NNP  2 conj
        continued  VERB  VBD  6 ROOT   continue
        .          PUNCT .    6 punct
    ''', ents=[(2, 3, "AG_NAME", "turkey"), (5, 6, "AG_NAME", "pkk")]))
    assert triples(rels) == {("turkey", "attacks", "pkk", "asserted"), ("pkk", "attacks", "turkey", "asserted")}
    assert rules(rels) == {"attacks/noun-between/clash"}


def test_one_side_of_between_is_not_split_against_itself():
    # "Iranian and Russian forces" is one side: Iran and Russia never attack each other.
    rels = relations(table('''
        Hostilities NOUN  NNS  9 nsubj  hostility
        between     ADP   IN   0 prep
        Israeli     ADJ   JJ   3 amod
        forces      NOUN  NNS  1 pobj   force
        and         CCONJ CC   3 cc
        Iranian     ADJ   JJ   8 amod
        and         CCONJ CC   5 cc
        Russian     ADJ   JJ   5 conj
        forces      NOUN  NNS  3 conj   force
        continued   VERB  VBD  9 ROOT   continue
        .           PUNCT .    9 punct
    ''', ents=[(2, 3, "AG_DEMONYM", "israel"), (5, 6, "AG_DEMONYM", "iran"), (7, 8, "AG_DEMONYM", "russia")]))
    assert triples(rels) == {
        ("israel", "attacks", "iran", "asserted"), ("israel", "attacks", "russia", "asserted"),
        ("iran", "attacks", "israel", "asserted"), ("russia", "attacks", "israel", "asserted"),
    }
    assert rules(rels) == {"attacks/noun-between/hostility"}


def test_traded_fire_with_goes_both_ways():
    rels = relations(table('''
        Hezbollah  PROPN NNP  1 nsubj
        traded     VERB  VBD  1 ROOT   trade
        fire       NOUN  NN   1 dobj
        with       ADP   IN   1 prep
        Israel     PROPN NNP  3 pobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "AG_NAME", "hezbollah"), (4, 5, "AG_NAME", "israel")]))
    assert triples(rels) == {("hezbollah", "attacks", "israel", "asserted"),
                             ("israel", "attacks", "hezbollah", "asserted")}
    assert rules(rels) == {"attacks/noun-reciprocal/fire"}


# --- 7. accused ----------------------------------------------------------------------------------------
def test_blamed_for_an_attack_is_alleged():
    rels = relations(table('''
        Washington PROPN NNP   1 nsubj
        blames     VERB  VBZ   1 ROOT     blame
        Kataib     PROPN NNP   3 compound
        Hezbollah  PROPN NNP   1 dobj
        for        ADP   IN    1 prep
        the        DET   DT    6 det
        attack     NOUN  NN    4 pobj
        on         ADP   IN    6 prep
        its        PRON  PRP$  9 poss
        troops     NOUN  NNS   7 pobj     troop
        .          PUNCT .     1 punct
    ''', ents=[(0, 1, "AG_CAPITAL", "united-states"), (2, 4, "AG_NAME", "kataib-hezbollah")]))
    assert triples(rels) == {("kataib-hezbollah", "attacks", "united-states", "alleged")}
    assert rules(rels) == {"attacks/noun/attack"}


def test_accused_of_arming_is_alleged():
    rels = relations(table('''
        The        DET   DT   2 det
        United     PROPN NNP  2 compound
        States     PROPN NNP  3 nsubj
        accused    VERB  VBD  3 ROOT    accuse
        Iran       PROPN NNP  3 dobj
        of         ADP   IN   3 prep
        arming     VERB  VBG  5 pcomp   arm
        the        DET   DT   8 det
        Houthis    PROPN NNPS 6 dobj
        .          PUNCT .    3 punct
    ''', ents=[(1, 3, "AG_NAME", "united-states"), (4, 5, "AG_NAME", "iran"), (8, 9, "AG_NAME", "houthis")]))
    assert triples(rels) == {("iran", "backs", "houthis", "alleged")}
    assert rules(rels) == {"backs/verb-active/arm"}


# --- 8. X-led ------------------------------------------------------------------------------------------
def test_x_led_strikes_are_x_s_strikes():
    rels = relations(table('''
        The        DET   DT    5 det
        Saudi      PROPN NNP   3 npadvmod
        -          PUNCT HYPH  3 punct
        led        VERB  VBN   5 amod     lead
        air        NOUN  NN    5 compound
        strikes    NOUN  NNS   9 nsubj    strike
        on         ADP   IN    5 prep
        the        DET   DT    8 det
        Houthis    PROPN NNPS  6 pobj
        continued  VERB  VBD   9 ROOT     continue
        .          PUNCT .     9 punct
    ''', ents=[(1, 2, "AG_DEMONYM", "saudi-arabia"), (8, 9, "AG_NAME", "houthis")]))
    assert triples(rels) == {("saudi-arabia", "attacks", "houthis", "asserted")}
    assert rules(rels) == {"attacks/noun/strike"}


# --- 9. possession -------------------------------------------------------------------------------------
def test_targets_belonging_to_an_actor():
    # The small model hangs "belonging" on the verb as a ccomp; this is the correct parse.
    rels = relations(table('''
        Israel     PROPN NNP  1 nsubj
        struck     VERB  VBD  1 ROOT     strike
        rocket     NOUN  NN   3 compound
        launchers  NOUN  NNS  1 dobj     launcher
        belonging  VERB  VBG  3 acl      belong
        to         ADP   IN   4 prep
        Hamas      PROPN NNP  5 pobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "AG_NAME", "israel"), (6, 7, "AG_NAME", "hamas")]))
    assert triples(rels) == {("israel", "attacks", "hamas", "asserted")}
    assert rules(rels) == {"attacks/verb-active/strike"}


# --- 10. government_of ---------------------------------------------------------------------------------
def test_leader_administration_is_the_state():
    rels = relations(table('''
        The             DET   DT   2 det
        Biden           PROPN NNP  2 compound
        administration  NOUN  NN   3 nsubj
        pressed         VERB  VBD  3 ROOT   press
        Israel          PROPN NNP  3 dobj
        .               PUNCT .    3 punct
    ''', ents=[(1, 2, "PERSON"), (4, 5, "AG_NAME", "israel")]))
    assert triples(rels) == {("united-states", "pressures", "israel", "asserted")}
    assert rules(rels) == {"pressures/verb-active/press"}


# --- 11. pressure faced, sanctions lifted --------------------------------------------------------------
def test_faces_pressure_from_reverses_the_roles():
    rels = relations(table('''
        Obama      PROPN NNP  1 nsubj
        faces      VERB  VBZ  1 ROOT   face
        pressure   NOUN  NN   1 dobj
        from       ADP   IN   2 prep
        Congress   PROPN NNP  3 pobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "PERSON"), (4, 5, "AG_NAME", "united-states")]))
    assert triples(rels) == {("united-states", "pressures", "barack-obama", "asserted")}
    assert rules(rels) == {"pressures/noun/pressure"}


def test_lifting_sanctions_is_negated():
    rels = relations(table('''
        Obama      PROPN NNP  1 nsubj
        agreed     VERB  VBD  1 ROOT   agree
        to         PART  TO   3 aux
        lift       VERB  VB   1 xcomp
        the        DET   DT   5 det
        sanctions  NOUN  NNS  3 dobj   sanction
        on         ADP   IN   5 prep
        Iran       PROPN NNP  6 pobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "PERSON"), (7, 8, "AG_NAME", "iran")]))
    assert triples(rels) == {("barack-obama", "pressures", "iran", "negated")}
    assert rules(rels) == {"pressures/noun/sanction"}


# --- 12. locative through a place ----------------------------------------------------------------------
def test_strike_near_a_city_is_a_strike_on_its_state():
    doc = table('''
        Israel     PROPN NNP  1 nsubj
        struck     VERB  VBD  1 ROOT     strike
        an         DET   DT   4 det
        air        NOUN  NN   4 compound
        base       NOUN  NN   1 dobj
        near       ADP   IN   4 prep
        Isfahan    PROPN NNP  5 pobj
        .          PUNCT .    1 punct
    ''', ents=[(0, 1, "AG_NAME", "israel"), (6, 7, "GPE")])
    found, reg = resolved(doc, registry(GAZ))
    assert found.place_at == {6: "iran"}
    rels = extract_relations(doc, found, reg, 0)
    assert triples(rels) == {("israel", "attacks", "iran", "asserted")}
    assert rules(rels) == {"attacks/verb-locative/strike"}


# --- 13. employer metonymy -----------------------------------------------------------------------------
def test_killing_an_official_attacks_his_employer_too():
    # NER marks no entity on "Soleimani": the resolver reads it as a lone gazetteer surname.
    rels = relations(table('''
        Soleimani  PROPN NNP  2 nsubjpass
        was        AUX   VBD  2 auxpass   be
        killed     VERB  VBN  2 ROOT      kill
        in         ADP   IN   2 prep
        a          DET   DT   7 det
        US         PROPN NNP  7 compound
        drone      NOUN  NN   7 compound
        strike     NOUN  NN   3 pobj
        .          PUNCT .    2 punct
    ''', ents=[(5, 6, "AG_NAME", "united-states")]))
    assert triples(rels) == {("united-states", "attacks", "qasem-soleimani", "asserted"),
                             ("united-states", "attacks", "quds-force", "asserted")}
    assert rules(rels) == {"attacks/verb-passive/kill"}


# --- 14. modality scope --------------------------------------------------------------------------------
def test_factive_after_clause_stays_asserted_under_a_modal():
    rels = relations(table('''
        The        DET   DT    1 det
        US         PROPN NNP   4 nsubj
        can        AUX   MD    4 aux
        only       ADV   RB    4 advmod
        limit      VERB  VB    4 ROOT
        the        DET   DT    6 det
        war        NOUN  NN    4 dobj
        after      SCONJ IN    9 mark
        Hamas      PROPN NNP   9 nsubj
        launched   VERB  VBD   4 advcl   launch
        its        PRON  PRP$ 11 poss
        attack     NOUN  NN    9 dobj
        on         ADP   IN   11 prep
        Israel     PROPN NNP  12 pobj
        .          PUNCT .     4 punct
    ''', ents=[(1, 2, "AG_NAME", "united-states"), (8, 9, "AG_NAME", "hamas"), (13, 14, "AG_NAME", "israel")]))
    assert triples(rels) == {("hamas", "attacks", "israel", "asserted")}


def test_coordinated_directives_are_both_asserted():
    # The small model hangs "urged" on "agree"; the correct parse coordinates it with "called".
    rels = relations(table('''
        Blinken    PROPN NNP   1 nsubj
        called     VERB  VBD   1 ROOT   call
        on         ADP   IN    1 prep
        Hamas      PROPN NNP   2 pobj
        to         PART  TO    5 aux
        agree      VERB  VB    1 xcomp
        and        CCONJ CC    1 cc
        urged      VERB  VBD   1 conj   urge
        Israel     PROPN NNP   7 dobj
        to         PART  TO   10 aux
        accept     VERB  VB    7 xcomp
        .          PUNCT .     1 punct
    ''', ents=[(0, 1, "PERSON"), (3, 4, "AG_NAME", "hamas"), (8, 9, "AG_NAME", "israel")]))
    assert triples(rels) == {("antony-blinken", "pressures", "hamas", "asserted"),
                             ("antony-blinken", "pressures", "israel", "asserted")}
    assert rules(rels) == {"pressures/verb-active/call", "pressures/verb-active/urge"}


def test_stop_supplying_ends_the_directive_scope():
    rels = relations(table('''
        Blinken    PROPN NNP   1 nsubj
        called     VERB  VBD   1 ROOT   call
        on         ADP   IN    1 prep
        Iran       PROPN NNP   2 pobj
        to         PART  TO    5 aux
        stop       VERB  VB    1 xcomp
        supplying  VERB  VBG   5 xcomp  supply
        weapons    NOUN  NNS   6 dobj   weapon
        to         ADP   IN    6 prep
        Russia     PROPN NNP   8 pobj
        .          PUNCT .     1 punct
    ''', ents=[(0, 1, "PERSON"), (3, 4, "AG_NAME", "iran"), (9, 10, "AG_NAME", "russia")]))
    assert triples(rels) == {("antony-blinken", "pressures", "iran", "asserted"),
                             ("iran", "backs", "russia", "asserted")}
    assert rules(rels) == {"pressures/verb-active/call", "backs/verb-active/supply"}


def found(doc) -> set[tuple[str, str, str, str, str]]:
    return {(r.subject, r.predicate, r.obj, r.modality, r.evidence.rule) for r in relations(doc)}


def test_delivering_materiel_backs_the_receiver():
    sent = table('''
        Iran       PROPN NNP 1 nsubj
        sent       VERB  VBD 1 ROOT    send
        weapons    NOUN  NNS 1 dobj    weapon
        to         ADP   IN  1 prep
        Hezbollah  PROPN NNP 3 pobj
        .          PUNCT .   1 punct
    ''', ents=[(0, 1, "AG_NAME", "iran"), (4, 5, "AG_NAME", "hezbollah")])
    assert found(sent) == {("iran", "backs", "hezbollah", "asserted", "backs/materiel-delivered/send")}
    provided = table('''
        Iran       PROPN NNP 2 nsubj
        has        AUX   VBZ 2 aux     have
        provided   VERB  VBN 2 ROOT    provide
        the        DET   DT  4 det
        Houthis    PROPN NNPS 2 dobj
        with       ADP   IN  2 prep
        missiles   NOUN  NNS 5 pobj    missile
        .          PUNCT .   2 punct
    ''', ents=[(0, 1, "AG_NAME", "iran"), (4, 5, "AG_NAME", "houthis")])
    assert found(provided) == {("iran", "backs", "houthis", "asserted", "backs/materiel-delivered/provide")}
    sold = table('''
        Iran       PROPN NNP 1 nsubj
        sold       VERB  VBD 1 ROOT    sell
        oil        NOUN  NN  1 dobj
        to         ADP   IN  1 prep
        Lebanon    PROPN NNP 3 pobj
        .          PUNCT .   1 punct
    ''', ents=[(0, 1, "AG_NAME", "iran"), (4, 5, "AG_NAME", "lebanon")])
    assert found(sold) == set()
