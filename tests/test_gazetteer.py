"""The actor gazetteers (graph/gazetteer.py): the bundled data is consistent, user files
extend it, malformed files fail loudly, and surnames are indexed only when unambiguous."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

import pytest

from graph.errors import DataError
from graph.gazetteer import build_gazetteer, load_gazetteer, read_places, read_records
from graph.model import ACTOR_TYPES, PERSON_TYPES

from .parses import RECORDS, gazetteer

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
REFERENCE_LISTS = ("operates_in", "backed_by", "member_of")


@lru_cache(maxsize=1)
def bundled_lines() -> tuple[tuple[str, int, dict], ...]:
    """Every record line of the package's actor files, unmerged: (file, line number, record)."""
    out = []
    folder = resources.files("graph.data").joinpath("actors")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".jsonl"):
            for number, line in enumerate(entry.read_text("utf-8").splitlines(), 1):
                if line.strip():
                    out.append((entry.name, number, json.loads(line)))
    return tuple(out)


@pytest.fixture(scope="module")
def bundled():
    return load_gazetteer()


def write_jsonl(path, *records) -> str:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return str(path)


# --- the bundled data ------------------------------------------------------------------------------------------
def test_bundled_data_loads(bundled):
    assert len(bundled.actors) == len({rec["id"] for _, _, rec in bundled_lines()})
    assert bundled.names["Iran"] == "iran"
    assert bundled.kind_of("Tehran") == ("iran", "capital")
    assert bundled.kind_of("Iranian") == ("iran", "demonym")


def test_every_record_has_a_label_and_a_valid_type():
    bad = [(f, n, rec.get("type")) for f, n, rec in bundled_lines()
           if rec.get("type") not in ACTOR_TYPES or not rec.get("label")]
    assert bad == []


def test_ids_are_unique_slugs():
    seen: dict[str, str] = {}
    duplicates, not_slugs = [], []
    for f, n, rec in bundled_lines():
        if rec["id"] in seen:
            duplicates.append((rec["id"], seen[rec["id"]], f"{f}:{n}"))
        seen[rec["id"]] = f"{f}:{n}"
        if not SLUG.fullmatch(rec["id"]):
            not_slugs.append(rec["id"])
    assert duplicates == []
    assert not_slugs == []


def test_every_reference_exists():
    records = read_records()
    missing = []
    for rec in records.values():
        refs = ([rec["affiliation"]] if rec.get("affiliation") else []) + \
            [r for key in REFERENCE_LISTS for r in rec.get(key, [])]
        missing += [(rec["id"], ref) for ref in refs if ref not in records]
    assert missing == []


def test_affiliations_point_at_organisations_not_people():
    records = read_records()
    wrong = [rec["id"] for rec in records.values()
             if rec.get("affiliation") and records[rec["affiliation"]]["type"] in PERSON_TYPES]
    assert wrong == []


def test_no_name_maps_to_two_actors():
    owners: dict[str, set[str]] = defaultdict(set)
    for rec in read_records().values():
        names = [rec["label"], *rec.get("aliases", []), *rec.get("demonyms", [])]
        names += [rec["capital"]] if rec.get("capital") else []
        for name in names:
            owners[name].add(rec["id"])
        for ep in rec.get("epithets", []):
            owners[ep.lower()].add(rec["id"])
    assert {name: ids for name, ids in owners.items() if len(ids) > 1} == {}


QID = re.compile(r"Q[1-9][0-9]*")
STATE_FORCES = ("State", "Group", "InternationalOrganization")


def test_qids_are_well_formed_and_name_one_actor_each():
    owners: dict[str, list[str]] = defaultdict(list)
    for rec in read_records().values():
        if "qid" in rec:
            owners[rec["qid"]].append(rec["id"])
    assert [q for q in owners if not QID.fullmatch(q)] == []
    assert {q: ids for q, ids in owners.items() if len(ids) > 1} == {}


def test_references_point_at_actors_of_the_right_type():
    records = read_records()
    kind = {actor_id: rec["type"] for actor_id, rec in records.items()}
    wrong = [(rec["id"], "operates_in", ref) for rec in records.values() for ref in rec.get("operates_in", [])
             if kind[ref] != "State"]
    wrong += [(rec["id"], "member_of", ref) for rec in records.values() for ref in rec.get("member_of", [])
              if kind[ref] not in ("Group", "InternationalOrganization")]
    wrong += [(rec["id"], "backed_by", ref) for rec in records.values() for ref in rec.get("backed_by", [])
              if kind[ref] not in STATE_FORCES]
    wrong += [(rec["id"], "affiliation", rec["affiliation"]) for rec in records.values()
              if rec.get("affiliation") and kind[rec["affiliation"]] not in (*STATE_FORCES, "ThinkTank")]
    assert wrong == []


def test_every_official_has_an_affiliation_and_a_role():
    assert [rec["id"] for rec in read_records().values() if rec["type"] == "Official"
            and not (rec.get("affiliation") and rec.get("role"))] == []


def test_aliases_are_clean_names():
    """No blanks, no duplicates of the label, no leading article (the ruler adds none; names like
    *The Gambia* keep their capital T)."""
    bad = []
    for rec in read_records().values():
        for alias in rec.get("aliases", []):
            if not alias or alias != alias.strip() or alias == rec["label"] or alias.startswith("the "):
                bad.append((rec["id"], alias))
    assert bad == []


def test_epithets_are_lowercase_words():
    """Epithets are matched token by token on the lowercase form: a hyphen or capital would never match."""
    bad = [(rec["id"], ep) for rec in read_records().values() for ep in rec.get("epithets", [])
           if ep != ep.lower() or not all(w.isalpha() for w in ep.split())]
    assert bad == []


def test_no_name_is_a_place(bundled):
    """places.csv lists places, never actors: a name in both would hide the place."""
    assert sorted(set(read_places()) & set(bundled.names)) == []


def test_only_the_known_acronyms_are_english_words(bundled):
    """An all-capitals name that is an English function word (*IS*, *US*) changes how the tokenizer reads
    that word everywhere (see graph.nlp.read_acronyms_as_names): each one is a decision, not an accident."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {n for n in bundled.names if n.isalpha() and n.isupper() and n.lower() in STOP_WORDS}
    assert words == {"IS", "US", "WHO"}


def test_no_surname_is_a_function_word(bundled):
    """A capitalised function word at the start of a sentence (*In*, *On*) would read as a person;
    month names are guarded by the resolver."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from graph.resolve import MONTHS

    assert sorted(s for s in bundled.surnames if s.lower() in STOP_WORDS and s.lower() not in MONTHS) == []


def test_places_belong_to_known_states(bundled):
    places = read_places()
    assert places, "data/places.csv is empty"
    assert {name: state for name, state in places.items() if bundled.actors.get(state) is None
            or bundled.actors[state].actor_type != "State"} == {}
    assert bundled.places["Isfahan"] == "iran"


# --- user files --------------------------------------------------------------------------------------------------
def test_user_file_adds_an_actor_and_extends_one(tmp_path):
    path = write_jsonl(tmp_path / "mine.jsonl",
                       {"id": "northern-shield-brigade", "type": "Group", "label": "Northern Shield Brigade",
                        "aliases": ["NSB"], "backed_by": ["iran"]},
                       {"id": "iran", "aliases": ["Eranshahr"], "demonyms": ["Eranshahrn"]})
    before = load_gazetteer().actors["iran"]
    gaz = load_gazetteer([path])
    assert "northern-shield-brigade" not in load_gazetteer().actors
    new = gaz.actors["northern-shield-brigade"]
    assert (new.actor_type, new.label, new.names, new.backed_by) == (
        "Group", "Northern Shield Brigade", ("NSB",), ("iran",))
    assert gaz.names["NSB"] == gaz.names["Northern Shield Brigade"] == "northern-shield-brigade"
    iran = gaz.actors["iran"]
    assert iran.names == (*before.names, "Eranshahr")
    assert (iran.label, iran.actor_type, iran.iso3) == (before.label, before.actor_type, before.iso3)
    assert gaz.names["Eranshahr"] == "iran"
    assert gaz.demonyms["Eranshahrn"] == "iran" and gaz.demonyms["Iranian"] == "iran"


def test_user_file_merges_aliases_without_duplicates(tmp_path):
    first = write_jsonl(tmp_path / "a.jsonl", {"id": "iran", "aliases": ["Eranshahr", "Iran"]})
    second = write_jsonl(tmp_path / "b.jsonl", {"id": "iran", "aliases": ["Eranshahr", "Pars"], "role": None})
    before = load_gazetteer().actors["iran"].names
    assert "Eranshahr" not in before and "Pars" not in before
    names = load_gazetteer([first, second]).actors["iran"].names
    assert names == (*before, "Eranshahr", "Iran", "Pars")


def test_malformed_user_file_names_the_line(tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl",
                       {"id": "x-group", "type": "Group", "label": "X Group"}, "", '{"id": "y", "type": ')
    with pytest.raises(DataError, match=re.escape(f"{path}:3: malformed JSON")):
        load_gazetteer([path])


@pytest.mark.parametrize(("line", "message"), [
    ('{"type": "Group", "label": "No Id"}', "an actor needs an 'id'"),
    ('["not", "an", "object"]', "an actor needs an 'id'"),
    ('{"id": "no-type", "label": "No Type"}', "needs a 'label' and a 'type'"),
    ('{"id": "odd-type", "type": "Company", "label": "Odd"}', "needs a 'label' and a 'type'"),
    ('{"id": "no-label", "type": "Group"}', "needs a 'label' and a 'type'"),
])
def test_invalid_user_records_are_data_errors(tmp_path, line, message):
    path = write_jsonl(tmp_path / "bad.jsonl", line)
    with pytest.raises(DataError, match=re.escape(message)) as exc:
        load_gazetteer([path])
    assert path in str(exc.value)


def test_unreadable_user_file_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="cannot read actor file"):
        load_gazetteer([tmp_path / "missing.jsonl"])
    latin = tmp_path / "latin1.jsonl"
    latin.write_bytes('{"id": "caf\u00e9", "type": "Group", "label": "Caf\u00e9"}\n'.encode("latin-1"))
    with pytest.raises(DataError, match="cannot read actor file"):
        load_gazetteer([latin])


# --- indexes -------------------------------------------------------------------------------------------------------
def person(actor_id: str, label: str, actor_type: str = "Official", **more) -> dict:
    return {"id": actor_id, "type": actor_type, "label": label, **more}


def test_surnames_are_indexed_only_when_unique():
    gaz = gazetteer(**{
        "john-smith": person("john-smith", "John Smith"),
        "jane-smith": person("jane-smith", "Jane Smith", "Expert"),
        "ali-vaez": person("ali-vaez", "Ali Vaez", "Expert", aliases=["Ali R. Vaez"]),
        "omar-israel": person("omar-israel", "Omar Israel"),
        "kim-iranian": person("kim-iranian", "Kim Iranian"),
        "abu-fadak": person("abu-fadak", "Abu Fadak al-mohammadawi"),
        "popular-front": {"id": "popular-front", "type": "Group", "label": "Popular Front"},
    })
    assert "Smith" not in gaz.surnames            # two people
    assert gaz.surnames["Vaez"] == "ali-vaez"      # one person, two spellings of the full name
    assert "Israel" not in gaz.surnames            # a name of another actor
    assert "Iranian" not in gaz.surnames           # a demonym
    assert "al-mohammadawi" not in gaz.surnames    # not capitalised
    assert "Front" not in gaz.surnames             # groups have no surnames
    assert gaz.surnames["Netanyahu"] == "benjamin-netanyahu"


def test_kind_of_each_table():
    gaz = gazetteer()
    assert gaz.kind_of("Hezbollah") == ("hezbollah", "name")
    assert gaz.kind_of("Israelis") == ("israel", "demonym")
    assert gaz.kind_of("Jerusalem") == ("israel", "capital")
    assert gaz.kind_of("the Jewish State") == ("israel", "epithet")
    assert gaz.kind_of("Narnia") is None


def test_dangling_affiliation_is_dropped_from_the_actor():
    gaz = build_gazetteer({**RECORDS, "x-y": person("x-y", "X Y", affiliation="no-such-actor", role="Envoy")})
    assert gaz.actors["x-y"].affiliation is None
    assert gaz.actors["x-y"].role == "Envoy"
    assert gaz.actors["benjamin-netanyahu"].affiliation == "israel"


def test_extending_an_actor_with_an_invalid_type_is_a_data_error(tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", {"id": "iran", "type": "Country"})
    with pytest.raises(DataError, match=re.escape(f"{path}:1")):
        load_gazetteer([path])


def test_a_list_field_given_as_a_string_is_a_data_error(tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl",
                       {"id": "new-group", "type": "Group", "label": "New Group", "aliases": "NG"})
    with pytest.raises(DataError, match=re.escape(f"{path}:1")):
        load_gazetteer([path])


# --- actors of every conflict, read by the real pipeline ---------------------------------------------------------
@pytest.mark.parametrize(("text", "actors", "relations"), [
    ("JNIM fighters attacked a FAMa base near Gao on Tuesday.",
     {"jnim", "mali"}, {("jnim", "attacks", "mali")}),
    ("The Malian Armed Forces and Africa Corps struck Katiba Macina positions in central Mali.",
     {"mali", "africa-corps", "katiba-macina"}, {("mali", "attacks", "katiba-macina")}),
    ("Burkina Faso's junta armed the Volunteers for the Defence of the Homeland to fight Ansarul Islam.",
     {"burkina-faso", "volunteers-for-the-defence-of-the-homeland", "ansarul-islam"},
     {("burkina-faso", "backs", "volunteers-for-the-defence-of-the-homeland")}),
    ("ISWAP fighters raided a Nigerian Army base in Borno State, the military said.",
     {"islamic-state-west-africa-province", "nigeria"}, {("islamic-state-west-africa-province", "attacks", "nigeria")}),
    ("The Justice and Equality Movement fought alongside the army against the RSF in North Darfur.",
     {"justice-and-equality-movement", "rapid-support-forces"}, set()),
    ("Fano militias attacked ENDF units in the Amhara region.", {"fano", "ethiopia"}, {("fano", "attacks", "ethiopia")}),
    ("Al-Shabaab militants attacked an ATMIS base in Lower Shabelle.",
     {"al-shabab", "atmis"}, {("al-shabab", "attacks", "atmis")}),
    ("The FARDC and Wazalendo fighters clashed with M23 rebels near Goma.",
     {"democratic-republic-of-the-congo", "wazalendo", "m23"}, set()),
    ("Uganda's UPDF launched strikes against the ADF in Ituri.",
     {"uganda", "allied-democratic-forces"}, {("uganda", "attacks", "allied-democratic-forces")}),
    ("The Arakan Army seized the last Tatmadaw headquarters in Rakhine State.",
     {"arakan-army", "myanmar"}, {("arakan-army", "attacks", "myanmar")}),
    ("The Kachin Independence Army attacked junta positions, while the TNLA captured Lashio.",
     {"kachin-independence-army", "tnla"}, set()),
    ("The ELN attacked a Colombian Army base, and Gustavo Petro suspended talks with the group.",
     {"eln", "colombia", "gustavo-petro"}, {("eln", "attacks", "colombia")}),
    ("Viv Ansanm gangs attacked the Haitian National Police in Port-au-Prince.",
     {"viv-ansanm", "haiti"}, {("viv-ansanm", "attacks", "haiti")}),
    ("The Armed Forces of Ukraine struck the Black Sea Fleet in Sevastopol.",
     {"ukraine", "russia"}, {("ukraine", "attacks", "russia")}),
    ("Azerbaijan launched an offensive against Artsakh, and Ilham Aliyev demanded that the Karabakh authorities disarm.",
     {"azerbaijan", "artsakh", "ilham-aliyev"}, {("azerbaijan", "attacks", "artsakh")}),
    ("The People's Liberation Army held drills around Taiwan, and Lai Ching-te urged Beijing to stop.",
     {"china", "taiwan", "lai-ching-te"}, {("lai-ching-te", "pressures", "china")}),
    ("The Korean People's Army fired missiles into the sea, Kim Yo Jong said.", {"north-korea", "kim-yo-jong"}, set()),
    ("The New People's Army ambushed an army patrol, and Ferdinand Marcos Jr. ordered a response.",
     {"new-peoples-army", "ferdinand-marcos-jr"}, set()),
    ("The Soviet Union and Cuba armed the MPLA, while South Africa backed UNITA.",
     {"soviet-union", "cuba", "mpla", "south-africa", "unita"},
     {("soviet-union", "backs", "mpla"), ("cuba", "backs", "mpla"), ("south-africa", "backs", "unita")}),
    ("Tehreek-e-Taliban Pakistan fighters attacked a Pakistan Army post, ISPR said.",
     {"tehreek-e-taliban-pakistan", "pakistan"}, {("tehreek-e-taliban-pakistan", "attacks", "pakistan")}),
    ("The ECOWAS and the Alliance of Sahel States held talks in Lomé; MONUSCO and the AU urged calm.",
     {"ecowas", "alliance-of-sahel-states", "monusco", "african-union"}, set()),
    ("Hemedti said the RSF would keep fighting, while Abdelaziz al-Hilu joined the Tasis alliance.",
     {"mohamed-hamdan-dagalo", "rapid-support-forces", "abdelaziz-al-hilu", "tasis"}, set()),
])
def test_actors_of_every_conflict_are_recognised(extractor, text, actors, relations):
    from graph.ingest import make_document

    [ex] = extractor.extract([make_document(text, "t", doc_id="t")])
    assert actors <= set(ex.actors)
    # no other group, person or organisation is read into the sentence (a state may come from a place)
    assert {a for a, actor in ex.actors.items() if actor.actor_type != "State"} <= actors
    assert relations <= {(r.subject, r.predicate, r.obj) for r in ex.relations if r.modality == "asserted"}
