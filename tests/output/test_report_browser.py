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
    assert len(targets) == 75  # every target of Bình Dương: 31 quantified + 44 qualitative
    assert len(sizes) == out.read_text(encoding="utf-8").count('<figure class="chart"') > 0
    assert all(w > 100 and h > 50 for w, h in sizes)
    assert len(alts) == len(sizes)
    assert all(alt and "goal" in alt for alt in alts)  # every chart has its text alternative
