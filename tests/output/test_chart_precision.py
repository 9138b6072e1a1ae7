"""A chart labels a measured point as the tables write it, with the decimals its source gave
(issue 15: Bình Dương's digital-economy share of 2023 was 11,34% in `check` and 11,3% on its
chart)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from tests.conftest import Cli

from dxgap.text.fmt import PUBLISHED_DECIMALS, format_short


def test_a_measured_point_keeps_its_decimals_and_a_computed_one_keeps_one() -> None:
    assert format_short(11.34, "percent", "vi", PUBLISHED_DECIMALS) == "11,34%"
    assert format_short(11.34, "percent", "en", PUBLISHED_DECIMALS) == "11.34%"
    assert format_short(100.0, "percent", "vi", PUBLISHED_DECIMALS) == "100%"  # no ",00"
    assert format_short(15.666, "percent", "vi") == "15,7%"  # an axis tick, a path: one


@pytest.mark.parametrize(("lang", "shown"), [("vi", "11,34%"), ("en", "11.34%")])
def test_the_chart_labels_the_figure_as_check_prints_it(
    cli: Cli, repo_workspace: Path, tmp_path: Path, lang: str, shown: str
) -> None:
    svg = tmp_path / "c.svg"
    args = ["binh-duong", "digital-economy-share-2025", "--lang", lang, "-o", svg]
    code, _, err = cli("plot", *args, "-w", repo_workspace)
    assert code == 0, err
    texts = [html.unescape(x) for x in re.findall(r"<text[^>]*>(.*?)</text>", svg.read_text())]
    assert shown in texts
    code, out, err = cli("check", "binh-duong", "--lang", lang, "-w", repo_workspace)
    assert code == 0, err
    assert shown in out


def test_the_terminal_chart_labels_its_ends_as_the_table_writes_them(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    args = ["binh-duong", "digital-economy-share-2025", "--chart", "--lang", "vi"]
    code, out, err = cli("trajectory", *args, "-w", repo_workspace)
    assert code == 0, err
    assert "11,34% │" in out  # the lowest figure drawn, measured in 2023 (was 11,3%)
