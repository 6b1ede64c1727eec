"""Regenerate the README's screenshot of the demo's explorer page (docs/explorer.png).

Runs the demo into a temporary folder, opens its graph.html in Debian's headless Chromium,
selects the edge "Iran backs Hezbollah" so the evidence panel is filled, and saves a PNG.

    python scripts/screenshot_viz.py [-o docs/explorer.png]
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from graph.service import run_demo

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EDGE = ("Iran", "backs", "Hezbollah")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "explorer.png")
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        run_demo(Path(tmp))
        browser = pw.chromium.launch(executable_path=args.chromium, args=FLAGS)
        page = browser.new_page(viewport={"width": 1500, "height": 900})
        page.goto((Path(tmp) / "graph.html").as_uri())
        page.wait_for_function("window.actorgraph && window.actorgraph.ready")
        page.evaluate("""([s, k, t]) => { const A = actorgraph.data.actors;
            const j = actorgraph.data.edges.findIndex((e) => A[e.from].label === s && e.kind === k && A[e.to].label === t);
            if (j >= 0) { actorgraph.network.selectEdges([j]); actorgraph.showEdge(j); } }""", list(EDGE))
        page.wait_for_timeout(300)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output))
        browser.close()
    print(args.output)


if __name__ == "__main__":
    main()
