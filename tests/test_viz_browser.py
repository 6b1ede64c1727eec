"""The explorer page in a real headless Chromium (Debian's, driven by Playwright).

Each page is opened from disk with every request recorded: the page itself is the only
file it may load (vis-network's style may use ``data:`` images).
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from graph.viz import write_html
from tests.vizgraphs import IMG, SCRIPT, graded_graph, sample_graph, xss_graph

CHROMIUM = os.environ.get("ACTORGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AG = "https://w3id.org/actorgraph/ontology#"

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"CI must run the browser tests, but there is no Chromium at {CHROMIUM}")
    pytest.skip("Chromium is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]' brings playwright")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 1400, "height": 900})
        yield context
        context.close()


class Page:
    """An open explorer page and everything it requested."""

    def __init__(self, context, path: Path) -> None:
        self.page = context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.actorgraph && window.actorgraph.ready", timeout=30_000)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn(self) -> dict:
        return self.js("actorgraph.drawnCounts()")

    def actor_index(self, label: str) -> int:
        return self.js("(l) => actorgraph.data.actors.findIndex((a) => a.label === l)", label)

    def edge_index(self, source: str, kind: str, target: str) -> int:
        return self.js("""([s, k, t]) => { const A = actorgraph.data.actors;
            return actorgraph.data.edges.findIndex((e) => A[e.from].label === s && e.kind === k && A[e.to].label === t); }""",
                       [source, kind, target])

    def click_canvas(self, point: dict) -> None:
        box = self.page.locator("#graph canvas").bounding_box()
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def click_node(self, label: str) -> None:
        i = self.actor_index(label)
        self.click_canvas(self.js("(i) => { const n = actorgraph.network; return n.canvasToDOM(n.getPositions([i])[i]); }", i))

    def click_edge(self, source: str, kind: str, target: str) -> None:
        j = self.edge_index(source, kind, target)
        assert j >= 0
        self.click_canvas(self.js(
            "(j) => { const n = actorgraph.network; return n.canvasToDOM(n.body.edges[j].edgeType.getPoint(0.5)); }", j))

    def info(self) -> str:
        return self.page.inner_text("#info")

    def outside_requests(self) -> list[str]:
        return [u for u in self.requests if u != self.url and not u.startswith("data:")]

    def close(self) -> None:
        assert self.outside_requests() == [], self.outside_requests()
        assert self.errors == [], self.errors
        self.page.close()


@pytest.fixture(scope="module")
def sample_page_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "sample.html"
    write_html(sample_graph(), path)
    return path


@pytest.fixture
def sample_page(browser, sample_page_path):
    page = Page(browser, sample_page_path)
    yield page
    page.close()


def expected_counts(g: Graph) -> tuple[int, int]:
    """Actors, and edges drawn by default (asserted and alleged relations, affiliations, quotes), by SPARQL."""
    actors = g.query(f"""SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{
        VALUES ?t {{ <{AG}State> <{AG}Group> <{AG}Official> <{AG}Expert> <{AG}ThinkTank>
                    <{AG}InternationalOrganization> }} ?a a ?t }}""")
    edges = g.query(f"""SELECT (COUNT(*) AS ?n) WHERE {{ {{
            SELECT DISTINCT ?s ?p ?o WHERE {{
              {{ VALUES ?p {{ <{AG}attacks> <{AG}backs> <{AG}pressures> <{AG}affiliatedWith> }} ?s ?p ?o }}
              UNION {{ ?q a <{AG}Quote> ; <{AG}speaker> ?s ; <{AG}mentions> ?o . BIND("quote" AS ?p)
                       FILTER(?s != ?o) }} }} }} }}""")
    return int(next(iter(actors))[0]), int(next(iter(edges))[0])


def test_draws_every_actor_and_edge_with_a_legend(sample_page):
    assert sample_page.drawn() == dict(zip(("nodes", "edges"), expected_counts(sample_graph()))) == \
        {"nodes": 9, "edges": 7}
    legend = sample_page.page.inner_text("#legend")
    for entry in ("state", "group", "official", "expert", "think tank", "international organisation",
                  "attacks", "backs", "pressures", "affiliated with", "only alleged"):
        assert entry in legend
    assert sample_page.page.locator("#legend svg").count() >= 11
    assert "showing 9 of 9 actors, 7 of 9 edges" in sample_page.page.inner_text("#counts")


@pytest.mark.parametrize("query", ["Iran", "tehran"])
def test_search_finds_and_focuses_iran(sample_page, query):
    sample_page.page.fill("#search", query)
    sample_page.page.press("#search", "Enter")
    sample_page.page.wait_for_timeout(400)  # the focus animation
    iran = sample_page.actor_index("Iran")
    assert sample_page.js("actorgraph.network.getSelectedNodes()") == [iran]
    info = sample_page.info()
    assert info.startswith("Iran") and "Type: state" in info and "Tehran" in info
    assert sample_page.page.locator('#info a[href="https://www.wikidata.org/wiki/Q794"]').count() == 1
    centre = sample_page.js("actorgraph.network.getViewPosition()")
    node = sample_page.js(f"actorgraph.network.getPositions([{iran}])[{iran}]")
    assert abs(centre["x"] - node["x"]) < 1 and abs(centre["y"] - node["y"]) < 1


def test_search_reports_no_match(sample_page):
    sample_page.page.fill("#search", "Atlantis")
    sample_page.page.press("#search", "Enter")
    assert "no actor matches" in sample_page.page.inner_text("#search-status")


def test_filters_hide_what_they_should(sample_page):
    page = sample_page.page
    page.uncheck('#filter-types input[data-key="Group"]')
    # Hezbollah and the Houthis go, with the four edges that touch them
    assert sample_page.drawn() == {"nodes": 7, "edges": 3}
    page.check('#filter-types input[data-key="Group"]')
    page.uncheck('#filter-kinds input[data-key="attacks"]')
    assert sample_page.drawn() == {"nodes": 9, "edges": 5}
    page.check('#filter-kinds input[data-key="attacks"]')
    page.check('#filter-modalities input[data-key="hypothetical"]')
    page.check('#filter-modalities input[data-key="negated"]')
    assert sample_page.drawn() == {"nodes": 9, "edges": 9}
    page.fill("#min-statements", "2")
    assert sample_page.drawn() == {"nodes": 9, "edges": 2}
    page.fill("#min-statements", "1")
    page.uncheck('#filter-modalities input[data-key="asserted"]')
    # left: the alleged backing of the Houthis, the hypothetical and the negated attack, quote and affiliation
    assert sample_page.drawn() == {"nodes": 9, "edges": 5}
    iran = sample_page.actor_index("Iran")
    by_degree = sample_page.js(f"actorgraph.nodes.get({iran}).value")
    page.select_option("#size-by", "mentions")
    assert sample_page.js(f"actorgraph.nodes.get({iran}).value") == 5 != by_degree
    assert "mentions" in page.inner_text("#legend")
    page.check("#physics")
    page.wait_for_timeout(300)
    assert sample_page.js("actorgraph.network.physics.options.enabled") is True
    page.uncheck("#physics")


def test_date_range_hides_edges_from_other_documents(sample_page):
    page = sample_page.page
    assert page.is_visible("#dates")
    page.fill("#date-from", "2024-02-01")
    page.dispatch_event("#date-from", "change")
    # only the second document's evidence: Iran backs Hezbollah and the Houthis, Israel attacks Hezbollah,
    # the Houthis attack Israel; the quote and the affiliation come from the first document
    assert sample_page.drawn() == {"nodes": 9, "edges": 4}


def test_clicking_an_edge_shows_its_evidence(sample_page):
    sample_page.click_edge("Israel", "attacks", "Hezbollah")
    info = sample_page.info()
    assert info.startswith("Israel attacks Hezbollah")
    assert "3 statements" in info
    for sentence in ("Israel struck Hezbollah positions on Monday.", "Israeli jets hit Hezbollah depots again.",
                     "Israel bombed a Hezbollah commander's car."):
        assert sentence in info
    assert "Hezbollah and Israel trade fire — 2024-01-14" in info and "Red Sea attacks continue — 2024-03-02" in info
    assert info.count("asserted") == 3
    links = sample_page.page.locator("#info a").evaluate_all("(as) => as.map((a) => a.href)")
    assert sorted(set(links)) == ["https://example.org/one", "https://example.org/two"]


def test_clicking_an_alleged_edge_and_a_node(sample_page):
    sample_page.click_edge("Iran", "backs", "Houthis")
    info = sample_page.info()
    assert info.startswith("Iran backs Houthis") and "alleged" in info
    j = sample_page.edge_index("Iran", "backs", "Houthis")
    assert sample_page.js(f"actorgraph.edges.get({j}).dashes") is True
    sample_page.click_node("Antony Blinken")
    info = sample_page.info()
    assert info.startswith("Antony Blinken") and "Type: official" in info
    assert "affiliated with" in info and "United States" in info and "quoted on" in info


def test_xss_article_runs_nothing(browser, tmp_path):
    path = tmp_path / "xss.html"
    write_html(xss_graph(), path, title=f"{SCRIPT}{IMG}")
    page = Page(browser, path)
    try:
        page.page.fill("#search", "evil")
        page.page.press("#search", "Enter")
        page.page.wait_for_timeout(400)
        assert SCRIPT in page.info() and IMG in page.info()  # shown as text
        page.click_edge(f"Evil {SCRIPT}", "attacks", "Iran")
        info = page.info()
        assert "Evil attacked Iran" in info and SCRIPT in info and IMG in info
        page.page.uncheck('#filter-kinds input[data-key="attacks"]')
        page.click_edge(f"Evil {SCRIPT}", "mentions", "Iran")
        assert f"{SCRIPT} we will strike" in page.info()
        assert page.js("window.__xss") is None
        assert page.dialogs == []
        assert page.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert page.js("document.querySelectorAll('script').length") == 3  # data, vis-network, explorer
        assert page.js("[...document.querySelectorAll('a')].filter((a) => !/^https:/.test(a.href)).length") == 0
        assert page.page.title() == f"{SCRIPT}{IMG}"
    finally:
        page.close()


def test_empty_graph_says_no_actors(browser, tmp_path):
    path = tmp_path / "empty.html"
    write_html(Graph(), path)
    page = Page(browser, path)
    try:
        assert "No actors in this graph" in page.page.inner_text("#notice")
        page.page.fill("#search", "Iran")
        page.page.press("#search", "Enter")
        assert "no actor matches" in page.page.inner_text("#search-status")
    finally:
        page.close()


@pytest.mark.slow
def test_demo_page_draws_the_demo_graph(browser, tmp_path):
    from graph.service import run_demo

    run_demo(tmp_path)
    g = Graph().parse(tmp_path / "graph.ttl")
    page = Page(browser, tmp_path / "graph.html")
    try:
        nodes, edges = expected_counts(g)
        assert page.drawn() == {"nodes": nodes, "edges": edges}
        assert nodes > 50 and edges > 50
        page.page.fill("#search", "Iran")
        page.page.press("#search", "Enter")
        assert page.info().startswith("Iran")
    finally:
        page.close()


def test_an_edge_lists_its_events_with_their_reports_and_dates_filter_by_event(browser, tmp_path):
    from tests.vizgraphs import event_graph

    path = tmp_path / "events.html"
    write_html(event_graph(), path)
    page = Page(browser, path)
    try:
        page.click_edge("Israel", "attacks", "Hezbollah")
        info = page.info()
        assert "2 events, each with its reports" in info
        first, second = info.index("2024-09-17\n\ndated"), info.index("2024-09-18\n\ndated")
        assert first < info.index("pagers") < second < info.index("radios")
        assert "dated to the day; 2 reports in all" in info and "when: on Wednesday" in info
        page.page.fill("#date-from", "2024-09-18")
        page.page.dispatch_event("#date-from", "change")
        # the article of 19 September reports both days: only the Wednesday's event is left
        shown = page.js("actorgraph.data.statements.map((s, i) => actorgraph.statementShown(i) ? s.sentence : null)"
                        ".filter(Boolean)")
        assert "Israel attacked Hezbollah on Wednesday with radios." in shown
        assert "Israel attacked Hezbollah on Tuesday with pagers." not in shown
        assert "Iran has armed Hezbollah for years." in shown  # it lasts up to its article's date
        page.click_edge("Iran", "backs", "Hezbollah")
        assert "event" not in page.info().lower().split("statements")[0]
    finally:
        page.close()


def edge_widths(page: Page, *edges: tuple[str, str, str]) -> list[float]:
    return [page.js(f"actorgraph.edges.get({page.edge_index(*edge)}).width") for edge in edges]


def test_the_confidence_slider_draws_edges_from_the_statements_at_or_above_it(browser, tmp_path):
    path = tmp_path / "graded.html"
    write_html(graded_graph(), path)
    page = Page(browser, path)
    try:
        assert page.page.is_visible("#min-confidence") and page.js("document.getElementById('min-confidence').value") == "0"
        assert page.drawn() == {"nodes": 9, "edges": 7}
        strikes, backing = ("Israel", "attacks", "Hezbollah"), ("Iran", "backs", "Hezbollah")
        widths = edge_widths(page, strikes, backing)  # 3 and 2 statements
        page.page.fill("#min-confidence", "0.8")
        # left: Iran backs Hezbollah (0.95) and the Houthis (0.8), Israel attacks Hezbollah twice (0.93, 0.85), the
        # pressure (0.92), the quote and the affiliation; the three actors without any edge hide
        assert page.drawn() == {"nodes": 6, "edges": 6}
        assert page.page.inner_text("#min-confidence-value") == "0.8"
        narrower = edge_widths(page, strikes, backing)
        assert narrower[0] < widths[0] and narrower[1] < widths[1]
        page.page.fill("#min-confidence", "0.9")
        assert page.drawn() == {"nodes": 5, "edges": 5}  # the Houthis go: their edges are at 0.8 and 0.65
        assert "showing 5 of 9 actors, 5 of 9 edges" in page.page.inner_text("#counts")
        page.click_edge(*strikes)
        info = page.info()
        assert "3 statements (greyed ones are hidden by the filters)" in info and "confidence 0.93" in info
        assert "No evidence sentence recorded" not in info  # every statement here has its sentence
        shown = page.js("actorgraph.data.statements.map((s, i) => actorgraph.statementShown(i) ? s.sentence : null)"
                        ".filter(Boolean)")
        assert "Israel struck Hezbollah positions on Monday." in shown
        assert "Israel bombed a Hezbollah commander's car." not in shown
        page.page.fill("#min-confidence", "0.96")
        assert page.drawn() == {"nodes": 3, "edges": 2}  # the quote and the affiliation are not filtered
        page.page.fill("#min-confidence", "0")
        assert page.drawn() == {"nodes": 9, "edges": 7} and edge_widths(page, strikes, backing) == widths
    finally:
        page.close()


def test_a_page_written_with_min_confidence_starts_its_slider_there(browser, tmp_path):
    path = tmp_path / "confident.html"
    write_html(graded_graph(), path, min_confidence=0.9)
    page = Page(browser, path)
    try:
        assert page.js("[...['value', 'min']].map((k) => document.getElementById('min-confidence')[k])") == ["0.9", "0.9"]
        assert page.page.inner_text("#min-confidence-value") == "0.9"
        assert page.drawn() == {"nodes": 5, "edges": 5}
        page.page.fill("#min-confidence", "1")
        assert page.drawn() == {"nodes": 3, "edges": 2}
    finally:
        page.close()


def test_a_graph_without_confidences_has_no_slider(sample_page, tmp_path):
    assert sample_page.page.is_visible("#min-confidence")  # the sample states 0.9 for every statement
    g = Graph()
    g.parse(data="""@prefix ag: <https://w3id.org/actorgraph/ontology#> .
        @prefix actor: <https://w3id.org/actorgraph/actor/> .
        actor:a a ag:State . actor:b a ag:Group . actor:a ag:attacks actor:b .""", format="turtle")
    path = tmp_path / "bare.html"
    write_html(g, path)
    page = Page(sample_page.page.context, path)
    try:
        assert not page.page.is_visible("#min-confidence") and page.drawn() == {"nodes": 2, "edges": 1}
    finally:
        page.close()
