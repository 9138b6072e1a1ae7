"""The HTML report as a browser shows it: headless Chromium (Debian's package), no network.

Skipped with a visible reason when Chromium or Playwright is missing on a developer's machine;
in CI (CI=true) their absence is a failure, because `.ci/run` installs both.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _require_browser() -> str:
    try:
        import playwright  # noqa: F401
    except ImportError:
        reason = "playwright is not installed (pip install playwright)"
    else:
        if CHROMIUM:
            return CHROMIUM
        reason = "Chromium is not installed (apt-get install chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: CI must run the browser test")
    pytest.skip(reason)


def test_report_renders_in_chromium(bundled_report: dict[str, Path]) -> None:
    executable = _require_browser()
    from playwright.sync_api import sync_playwright

    out = bundled_report["en"]

    errors: list[str] = []
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        page = browser.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(out.resolve().as_uri())
        page.wait_for_load_state("load")
        targets = page.eval_on_selector_all(
            "[data-target]", "els => els.map(e => e.dataset.target)"
        )
        alts = page.eval_on_selector_all(
            "figure.chart", "els => els.map(e => e.getAttribute('aria-label'))"
        )
        sizes = page.eval_on_selector_all(
            "figure.chart svg",
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; })",
        )
        browser.close()

    assert errors == []
    assert requests == [out.resolve().as_uri()]  # the page itself, nothing from the network
    assert len(targets) == 76  # every target of Bình Dương: 33 quantified + 43 tasks
    assert len(sizes) == out.read_text(encoding="utf-8").count('<figure class="chart"') > 0
    assert all(w > 100 and h > 50 for w, h in sizes)
    assert len(alts) == len(sizes)
    assert all(alt and "goal" in alt for alt in alts)  # every chart has its text alternative


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
"""Where the browser tests leave a screenshot and a PDF for people to look at (not in git)."""


def test_the_report_of_every_province_reads_and_prints(tmp_path: Path) -> None:
    # ../shared/cases/report-print-pdf: 11 targets took 10 pages, the source column 10 characters
    executable = _require_browser()
    import json
    import math
    import re

    from playwright.sync_api import sync_playwright
    from tests.conftest import REPO, run_cli

    out = tmp_path / "all.html"
    code, _, err = run_cli(
        "report", "--all", "--as-of", "2024", "--lang", "vi", "-o", out, "-w", REPO
    )
    assert code == 0, err
    _, listing, _ = run_cli("list", "-f", "json", "-w", REPO)
    targets = sum(p["targets"] for p in json.loads(listing))
    ARTIFACTS.mkdir(exist_ok=True)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(out.resolve().as_uri())
        page.wait_for_load_state("load")
        overview = page.eval_on_selector_all("table.overview tbody tr", "els => els.length")
        alts = page.eval_on_selector_all(
            "figure.chart, figure.behind svg", "els => els.map(e => e.getAttribute('aria-label'))"
        )
        page.screenshot(path=str(ARTIFACTS / "report-all.png"), full_page=False)
        pdf = page.pdf(format="A4")
        browser.close()
    (ARTIFACTS / "report-all.pdf").write_bytes(pdf)
    print(f"screenshot and PDF of the report: {ARTIFACTS}")  # shown with -rP, kept for people
    assert errors == []
    planned = [p for p in json.loads(listing) if p["planned"]]  # with a plan (issue 21)
    assert overview == len(planned)  # the overview names every province with targets
    assert alts
    assert all(alts)  # every chart, the "who is behind" one too, has its text alternative
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    charts = len(alts)
    bound = 1 + math.ceil(targets / 5) + math.ceil(charts / 4)  # rows and charts per A4 page
    assert 0 < pages <= bound, (pages, bound)
