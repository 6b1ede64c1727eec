"""Events: clustering reports (no model), and events kept in a store as articles come and go."""
from __future__ import annotations

import random
from dataclasses import replace

import pytest
from rdflib import RDF

from graph.events import Report, cluster_reports
from graph.model import EventTime, Place
from graph.query import query, run_query
from graph.rdf import AG, build_graph
from graph.store import add_extraction, open_store, remove_documents

from .storedata import article

ISFAHAN, NATANZ = Place("isfahan", "Isfahan", "iran", state_label="Iran"), Place("natanz", "Natanz", "iran", state_label="Iran")
IRAN = Place("iran", "Iran", "iran", "Q794", state_label="Iran")
STATES = {"irgc": "iran"}


def report(key, when, precision="day", place=None, doc="d1", subject="israel", obj="iran", published="2024-04-21",
           position=0, predicate="attacks"):
    first, _, last = when.partition("/")
    return Report(key, predicate, subject, obj, first, last or first, precision, place, doc, published, position)


def clusters(reports):
    return sorted(sorted(r.key for r in e.reports) for e in cluster_reports(reports, STATES))


def test_reports_of_one_day_in_different_articles_are_one_event():
    assert clusters([report("a", "2024-04-19", doc="d1"), report("b", "2024-04-19", doc="d2", place=ISFAHAN),
                     report("c", "2024-04-15/2024-04-21", "week", doc="d3", place=IRAN)]) == [["a", "b", "c"]]


def test_two_days_are_two_events_and_a_vague_report_joins_only_one():
    found = clusters([report("a", "2024-09-17"), report("b", "2024-09-18", doc="d2"),
                      report("c", "2024-09-01/2024-09-30", "month", doc="d2")])
    assert found == [["a"], ["b", "c"]]  # the month report joins the day its own article reports


def test_places_that_differ_keep_events_apart():
    assert clusters([report("a", "2024-04-19", place=ISFAHAN), report("b", "2024-04-19", doc="d2", place=NATANZ),
                     report("c", "2024-04-19", doc="d3")]) == [["a", "c"], ["b"]]


def test_forces_stand_for_their_state_and_directions_stay_apart():
    events = cluster_reports([report("a", "2024-04-13", subject="iran", obj="israel"),
                              report("b", "2024-04-13", subject="irgc", obj="israel", doc="d2"),
                              report("c", "2024-04-13", subject="israel", obj="iran", doc="d3")], STATES)
    assert sorted((e.agent, e.target, e.report_count) for e in events) == [("iran", "israel", 2), ("israel", "iran", 1)]


def test_durative_and_undated_relations_are_no_events_unless_an_undated_attack_has_one_near():
    found = clusters([report("a", "2024-04-13", doc="d1", position=50),
                      report("b", "2024-04-21", "article", doc="d1", position=10),  # its article dates the attack
                      report("c", "2012-01-01/2024-04-21", "durative", doc="d2"),
                      report("d", "2024-04-18", "article", doc="d3", published="2024-04-18"),  # the only one that week
                      report("e", "2024-04-21", "article", doc="d4", predicate="backs")])
    assert found == [["a", "b", "d"]]


def test_clusters_and_their_names_do_not_depend_on_the_order_of_reports():
    reports = [report(str(n), f"2024-04-{10 + n % 5:02d}", doc=f"d{n}", place=[None, ISFAHAN, IRAN][n % 3])
               for n in range(30)] + [report("w", "2024-04-08/2024-04-14", "week", doc="d99")]
    names = {e.identity for e in cluster_reports(reports, STATES)}
    for seed in range(5):
        random.Random(seed).shuffle(reports)
        assert {e.identity for e in cluster_reports(reports, STATES)} == names


def test_the_best_time_and_the_most_specific_place_name_the_event():
    event, = cluster_reports([report("a", "2024-04-15/2024-04-21", "week", place=IRAN),
                              report("b", "2024-04-19", doc="d2", place=ISFAHAN)], STATES)
    assert (event.earliest, event.precision, event.place.place_id) == ("2024-04-19", "day", "isfahan")


# -- in a store ---------------------------------------------------------------------------------------

DAY = EventTime("2024-04-19", "2024-04-19", "day", "on Friday")


def dated(ex, time=DAY, place=ISFAHAN):
    ex.relations = [replace(r, time=time, place=place) for r in ex.relations]
    return ex


def strike(doc_id, date, time=DAY, place=ISFAHAN, text="Israel struck Iran near Isfahan on Friday."):
    return dated(article(doc_id, text, date, ["israel", "iran"],
                         [("israel", "attacks", "iran", "asserted", text)]), time, place)


def events_in(path):
    return sorted((r["date"], r["reports"], r["placeLabel"]) for r in query(path, "events"))


def test_a_store_links_reports_across_runs_and_unlinks_them_on_removal(tmp_path):
    kg = tmp_path / "kg"
    with open_store(kg, write=True, create=True) as store:
        add_extraction(store, strike("s1", "2024-04-20"))
    with open_store(kg, write=True) as store:
        add_extraction(store, strike("s2", "2024-04-22", EventTime("2024-04-15", "2024-04-21", "week", "last week"),
                                     IRAN, "Israel attacked Iran last week."))
        add_extraction(store, strike("s3", "2024-04-14", EventTime("2024-04-13", "2024-04-13", "day"), None,
                                     "Israel struck Iran on Saturday."))
    assert events_in(kg) == [("2024-04-13", 1, None), ("2024-04-19", 2, "Isfahan")]
    remove_documents(kg, ["s1"])  # the week report stays, now an event of its own at its own precision
    assert events_in(kg) == [("2024-04-13", 1, None), ("2024-04-15/2024-04-21", 1, "Iran")]
    remove_documents(kg, ["s2", "s3"])
    assert events_in(kg) == []
    with open_store(kg) as store:
        assert run_query(store, "ASK { ?e a ag:Event }").boolean is False


def test_the_store_holds_the_events_of_one_graph_of_the_same_articles(tmp_path):
    articles = [strike("s1", "2024-04-20"), strike("s2", "2024-04-21", text="Israel hit Iran near Isfahan on Friday."),
                strike("s3", "2024-04-22", EventTime("2024-04-18", "2024-04-18", "day"), None,
                       "Israel struck Iran on Thursday.")]
    expected = {s for s in build_graph(articles).subjects(RDF.type, AG.Event)}
    for order in ([0, 1, 2], [2, 1, 0]):
        path = tmp_path / f"kg{order[0]}"
        with open_store(path, write=True, create=True) as store:
            for i in order:
                add_extraction(store, articles[i])
        with open_store(path) as store:
            rows = run_query(store, "SELECT ?e WHERE { ?e a ag:Event }").rows
        assert {r[0].value for r in rows} == {str(e) for e in expected}


def test_events_and_timeline_queries_filter_by_actor_type_date_and_place(tmp_path):
    kg = tmp_path / "kg"
    with open_store(kg, write=True, create=True) as store:
        add_extraction(store, strike("s1", "2024-04-20"))
        add_extraction(store, strike("s2", "2024-02-03", EventTime("2024-02-02", "2024-02-02", "day"), None,
                                     "Israel struck Iran on Friday."))
        add_extraction(store, dated(article("s3", "Iran urged Hezbollah to stop on Friday.", "2024-04-20",
                                            ["iran", "hezbollah"], [("iran", "pressures", "hezbollah", "asserted",
                                                                     "Iran urged Hezbollah to stop on Friday.")]),
                                    place=None))
    assert len(query(kg, "events")) == 3
    assert [r["date"] for r in query(kg, "events", {"actor": "Hezbollah"})] == ["2024-04-19"]
    assert [r["date"] for r in query(kg, "events", {"type": "attacks", "from": "2024-03-01"})] == ["2024-04-19"]
    assert [r["date"] for r in query(kg, "events", {"to": "2024-03-01"})] == ["2024-02-02"]
    assert [r["placeLabel"] for r in query(kg, "events", {"place": "iran"})] == ["Isfahan"]  # in the state
    assert query(kg, "events", {"place": "Natanz"}) == []
    row, = query(kg, "events", {"actor": "israel", "from": "2024-04-01"})
    assert (row["precision"], row["reports"], row["placeLabel"], row["state"]) == ("day", 1, "Isfahan", "Iran")
    months = {(r["month"], r["type"].rsplit("#")[-1]): r["events"] for r in query(kg, "timeline")}
    assert months == {("2024-02", "attacks"): 1, ("2024-04", "attacks"): 1, ("2024-04", "pressures"): 1}
    assert [r["month"] for r in query(kg, "timeline", {"actor": "iran", "type": "pressures"})] == ["2024-04"]


def test_events_and_timeline_count_only_the_reports_at_or_above_min_confidence(tmp_path):
    def graded(ex, confidence):
        ex.relations = [replace(r, evidence=replace(r.evidence, confidence=confidence)) for r in ex.relations]
        return ex

    kg = tmp_path / "kg"
    with open_store(kg, write=True, create=True) as store:
        add_extraction(store, graded(strike("s1", "2024-04-20"), 0.95))
        add_extraction(store, graded(strike("s2", "2024-04-21", text="Israel hit Iran near Isfahan on Friday."), 0.6))
        add_extraction(store, graded(strike("s3", "2024-02-03", EventTime("2024-02-02", "2024-02-02", "day"), None,
                                            "Israel struck Iran on Friday."), 0.6))
    assert events_in(kg) == [("2024-02-02", 1, None), ("2024-04-19", 2, "Isfahan")]
    confident = sorted((r["date"], r["reports"], r["minConfidence"]) for r in query(kg, "events", {"minConfidence": "0.8"}))
    assert confident == [("2024-04-19", 1, 0.8)]  # the February event has no report that confident
    months = {r["month"]: (r["events"], r["statements"]) for r in query(kg, "timeline", {"minConfidence": "0.8"})}
    assert months == {"2024-04": (1, 1)}
    assert query(kg, "events", {"minConfidence": "0.96"}) == []


@pytest.mark.parametrize("bad", ["next Tuesday", "2024-02-30"])
def test_an_unreadable_article_date_warns_and_dates_nothing_relative(bad, caplog):
    from graph.eventtext import EventReader
    from graph.gazetteer import load_gazetteer
    from graph.ingest import make_document

    doc = make_document("Israel struck Iran on Friday.", "odd.jsonl:7", date=bad)
    reader = EventReader(load_gazetteer(), doc)
    assert reader.today is None
    assert "odd.jsonl:7: unreadable article date" in caplog.text


def test_an_export_imported_elsewhere_has_the_same_events(tmp_path):
    from graph.export import export_store
    from graph.store import import_dataset

    kg = tmp_path / "kg"
    with open_store(kg, write=True, create=True) as store:
        add_extraction(store, strike("s1", "2024-04-20"))
        add_extraction(store, strike("s2", "2024-04-21", text="Israel struck Iran near Isfahan on Friday, officials said."))
    export_store(kg, tmp_path / "kg.trig")  # the article graphs: statements with their times, no events
    import_dataset(tmp_path / "copy", tmp_path / "kg.trig")
    assert events_in(tmp_path / "copy") == events_in(kg) == [("2024-04-19", 2, "Isfahan")]
