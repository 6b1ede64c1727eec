"""Constructions of English that give (or must not give) a relation, read by the real model.

Each test is one construction, shown by sentences of our own from several conflicts. They run the
whole pipeline (model, resolver, frames) on each sentence, so they also guard against the small
model's parses: ``found`` lists the ``(subject, predicate, object, modality)`` of every statement.
"""
from __future__ import annotations

import pytest

from graph.ingest import make_document


@pytest.fixture(scope="module")
def found(extractor):
    def run(text: str) -> set[tuple[str, str, str, str]]:
        result = next(extractor.extract([make_document(text, "test")]))
        return {(r.subject, r.predicate, r.obj, r.modality) for r in result.relations}
    return run


def holds(found_set: set, s: str, p: str, o: str) -> bool:
    """The relation is in the graph as a direct triple (asserted or alleged)."""
    return (s, p, o, "asserted") in found_set or (s, p, o, "alleged") in found_set


def check(found, text: str, expected: list[tuple[str, str, str]], absent: list[tuple[str, str, str]] = ()):
    rels = found(text)
    for triple in expected:
        assert holds(rels, *triple), (text, triple, rels)
    for triple in absent:
        assert not holds(rels, *triple), (text, triple, rels)


# --- fighting ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, a, b", [
    ("Myanmar's military clashed with the Arakan Army near Sittwe.", "myanmar", "arakan-army"),
    ("Azerbaijani troops skirmished with Armenian forces along the border.", "azerbaijan", "armenia"),
    ("Hamas and Fatah fought in Gaza in 2007.", "hamas", "fatah"),
])
def test_reciprocal_verbs_attack_both_ways(found, text, a, b):
    check(found, text, [(a, "attacks", b), (b, "attacks", a)])


def test_fighting_with_or_alongside_is_no_attack_on_the_partner(found):
    check(found, "The Free Syrian Army fought alongside Turkish forces against the Islamic State.",
          [("free-syrian-army", "attacks", "islamic-state")], [("free-syrian-army", "attacks", "turkey")])
    check(found, "The Free Syrian Army fought with Turkish forces in Syria.", [],
          [("free-syrian-army", "attacks", "turkey"), ("turkey", "attacks", "free-syrian-army")])


@pytest.mark.parametrize("text, expected", [
    ("The Taliban captured the district from the Afghan army.", ("taliban", "attacks", "afghanistan")),
    ("The Golan Heights were captured by Israel from Syria in 1967.", ("israel", "attacks", "syria")),
    ("M23 rebels seized Goma from Congolese troops.", ("m23", "attacks", "democratic-republic-of-the-congo")),
    ("The Houthis seized the capital Sanaa in 2014.", ("houthis", "attacks", "yemen")),
])
def test_taking_territory_attacks_who_held_it(found, text, expected):
    check(found, text, [expected])


def test_a_strike_place_is_a_target_only_without_a_military_objective(found):
    check(found, "A Russian missile strike in Kharkiv killed three civilians.", [("russia", "attacks", "ukraine")])
    check(found, "U.S. forces struck militants in Syria.", [], [("united-states", "attacks", "syria")])
    check(found, "American jets bombed weapons depots in Iraq and Syria.", [],
          [("united-states", "attacks", "iraq"), ("united-states", "attacks", "syria")])
    check(found, "Pakistanis have been fighting in Syria since 2013.", [], [("pakistan", "attacks", "syria")])


@pytest.mark.parametrize("text, expected", [
    ("The Sudanese army inflicted heavy losses on the RSF.", ("sudan", "attacks", "rapid-support-forces")),
    ("Ukrainian forces inflicted heavy casualties on Russian troops near Bakhmut.", ("ukraine", "attacks", "russia")),
    ("Kenyan troops inflicted a heavy blow on al-Shabaab last year.", ("kenya", "attacks", "al-shabab")),
])
def test_inflicting_losses_attacks_who_suffers_them(found, text, expected):
    check(found, text, [expected])


@pytest.mark.parametrize("text, expected", [
    ("JNIM has waged an insurgency in Mali since 2012.", ("jnim", "attacks", "mali")),
    ("The Taliban waged an insurgency against the Afghan government for two decades.",
     ("taliban", "attacks", "afghanistan")),
    ("Boko Haram's insurgency in Nigeria has killed thousands.", ("boko-haram", "attacks", "nigeria")),
])
def test_an_insurgency_is_waged_against_the_state_it_is_in(found, text, expected):
    check(found, text, [expected])


# --- who is behind an attack (wire-copy formulas) -----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab claimed responsibility for an attack on Kenyan troops in Lamu.", ("al-shabab", "attacks", "kenya")),
    ("Responsibility for the attack on the Indian convoy was claimed by Jaish-e-Mohammed.",
     ("jaish-e-mohammed", "attacks", "india")),
    ("The Houthis have claimed responsibility for dozens of attacks targeting commercial ships and American warships.",
     ("houthis", "attacks", "united-states")),
    ("Drones struck oil facilities in eastern Saudi Arabia on Saturday. The Houthis claimed responsibility.",
     ("houthis", "attacks", "saudi-arabia")),
])
def test_claimed_responsibility_makes_the_claimant_the_attacker(found, text, expected):
    check(found, text, [expected])


@pytest.mark.parametrize("text, expected", [
    ("A rocket hit a U.S. base in Iraq on Monday. Officials said Kataib Hezbollah was behind the attack.",
     ("kataib-hezbollah", "attacks", "united-states")),
    ("Gunmen killed twelve Nigerian soldiers in Borno on Sunday. The perpetrators were Boko Haram fighters.",
     ("boko-haram", "attacks", "nigeria")),
    ("A car bomb hit a Somali army base. The government blamed al-Shabaab for the bombing.",
     ("al-shabab", "attacks", "somalia")),
])
def test_behind_perpetrators_and_blame_name_the_attacker_of_an_attack_told_before(found, text, expected):
    check(found, text, [expected])


def test_blame_is_alleged(found):
    rels = found("A car bomb hit a Somali army base. The government blamed al-Shabaab for the bombing.")
    assert ("al-shabab", "attacks", "somalia", "alleged") in rels


def test_ordering_the_strikes_told_before_makes_the_leader_an_attacker(found):
    check(found, "The United States and Britain launched strikes on Houthi targets. President Biden ordered the strikes.",
          [("joe-biden", "attacks", "houthis"), ("united-states", "attacks", "houthis")])


def test_an_attack_recalled_by_its_victim_is_not_turned_on_itself(found):
    check(found, "Israel struck Iranian air defences. Iran said it would respond to the attack.",
          [("israel", "attacks", "iran")], [("iran", "attacks", "iran"), ("iran", "attacks", "israel")])


def test_a_state_and_its_own_forces_never_attack_each_other(found):
    check(found, "The IDF said Israel had carried out the strike on Hezbollah positions.",
          [("israel", "attacks", "hezbollah")], [("israel-defense-forces", "attacks", "israel"),
                                                  ("israel", "attacks", "israel-defense-forces")])
