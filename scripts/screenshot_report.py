"""Render an HTML report in headless Chromium and save a full-page PNG, for people to look at.

    python scripts/screenshot_report.py bd.html bd.png

Needs Debian's `chromium` (apt-get install chromium) and `pip install playwright` (no browser
download: the system Chromium is used).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main(html: str, png: str, executable: str = "/usr/bin/chromium") -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(Path(html).resolve().as_uri())
        page.screenshot(path=png, full_page=True)
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
