"""The endpoint's query page in a real headless Chromium: it works under its own Content-Security-Policy."""
from __future__ import annotations

import pytest

from graph.serve import Endpoint, Limits

from .endpoints import make_store
from .test_viz_browser import CHROMIUM, FLAGS, sync_api


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("page") / "kg")
    with Endpoint(store, port=0, limits=Limits(max_rows=5), workers=1).start() as served:
        served.serve_in_thread()
        yield served


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(tmp_path_factory.mktemp("profile")), headless=True,
                                                        executable_path=CHROMIUM, args=FLAGS)
        yield context.new_page()
        context.close()


def test_the_query_page_runs_a_query_under_its_policy(endpoint, page):
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(endpoint.url.rsplit("/", 1)[0] + "/")
    page.select_option("#examples", "backers")
    page.click("#run")
    page.wait_for_selector("#status:has-text('rows in')", timeout=30_000)  # no eval: the policy forbids it
    assert "actor:iran" in page.inner_text("#results table")
    page.fill("#query", "SELECT * WHERE { ?s ?p ?o }")
    page.click("#run")
    page.wait_for_selector("#status:has-text('5 rows in')", timeout=30_000)
    assert "5 rows in" in page.inner_text("#status") and "cut at 5 rows" in page.inner_text("#status")
    assert not [line for line in console if "Content Security Policy" in line or "Refused" in line]
