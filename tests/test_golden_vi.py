"""Golden Vietnamese outputs of the bundled workspace, each reviewed by eye by a reader of
Vietnamese before it was committed: `check`, `trajectory`, `compare`, `list`, `validate`, the
HTML report (its text) and a chart (its text). A change to any of them shows up here as a diff
that a reviewer reads.

After a deliberate change (a wording, a new figure in `data/`), regenerate with
`DXGAP_UPDATE_GOLDEN=1 pytest tests/test_golden_vi.py`, read every changed file, and commit
them with the change.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path

import pytest
from tests.conftest import FIXTURES, REPO, Cli

GOLDEN = Path(__file__).parent / "golden" / "vi"
CASES = FIXTURES / "cases"

COMMANDS = {
    "check-binh-phuoc.txt": ["check", "binh-phuoc", "--as-of", "2024"],
    "check-binh-duong-qualitative.txt": ["check", "binh-duong", "--as-of", "2024", "-q"],
    "trajectory-binh-phuoc-dti.txt": ["trajectory", "binh-phuoc", "dti-top10-2030", "--as-of",
                                      "2024", "--no-chart"],
    "compare-online-dossier-rate.txt": ["compare", "online_dossier_rate", "--as-of", "2024"],
    "compare-summary.txt": ["compare", "--summary", "--as-of", "2024"],
    "list.txt": ["list"],
}  # fmt: skip


def _same_as_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("DXGAP_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}: run with DXGAP_UPDATE_GOLDEN=1 and review it"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its reviewed golden"


@pytest.fixture
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command(cli: Cli, wide: None, name: str) -> None:
    code, out, err = cli(*COMMANDS[name], "--lang", "vi", "-w", REPO)
    assert code == 0, err
    _same_as_golden(name, out + err)


def test_validate_with_problems(cli: Cli, wide: None, monkeypatch: pytest.MonkeyPatch) -> None:
    # ../shared/cases/validate-vi-partial: errors and warnings in a target file
    ws = CASES / "validate-vi-partial" / "ws"
    monkeypatch.chdir(ws)
    code, out, err = cli("validate", "--lang", "vi")
    assert code == 1
    _same_as_golden("validate-problems.txt", out + err)


def test_report_text() -> None:
    from dxgap import Workspace, api
    from dxgap.engine import Options
    from dxgap.output import report

    content = api.report(Workspace(REPO), ["binh-duong"], Options(as_of=2024))
    page = report.render_report(content, "vi", today=dt.date(2026, 12, 1))
    svgs = re.findall(r"<svg.*?</svg>", page, flags=re.S)
    body = re.sub(r"<svg.*?</svg>|<style.*?</style>|<head>.*?</head>", "", page, flags=re.S)
    body = re.sub(r"</(p|h\d|tr|li|summary|blockquote|figure|div)>|<br>", "\n", body)
    body = re.sub(r"</t[dh]>", " | ", body)
    lines = (
        " ".join(line.split()) for line in html.unescape(re.sub(r"<[^>]+>", " ", body)).split("\n")
    )
    _same_as_golden("report-binh-duong.txt", "\n".join(line for line in lines if line) + "\n")
    first = [html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svgs[0], re.S)]
    _same_as_golden("report-chart-first.txt", "\n".join(first) + "\n")
