"""A published figure prints with the precision its source gave, up to two decimals: the
government's monitoring system gave the ministries' fully-online rate of 2024 as 63,47%
(`data/vietnam.csv`), and `check` printed 63.5%. Computed figures (gaps, paths) keep one."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import Cli

from dxgap.text.fmt import format_latest, format_value


@pytest.mark.parametrize(
    ("value", "en", "vi"),
    [
        (63.47, "63.47% (2024)", "63,47% (2024)"),
        (86.3, "86.3% (2024)", "86,3% (2024)"),  # no zero added
        (76.0, "76% (2024)", "76% (2024)"),
        (75.6251, "75.63% (2024)", "75,63% (2024)"),  # at most two decimals
    ],
)
def test_a_measured_percent_keeps_its_decimals(value: float, en: str, vi: str) -> None:
    assert format_latest(value, 2024, "percent", "en") == en
    assert format_latest(value, 2024, "percent", "vi") == vi


def test_a_computed_value_keeps_one_decimal() -> None:
    assert format_value(91.3333, "percent", "en") == "91.3%"


def test_check_prints_the_ministries_rate_as_published(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    args = ("check", "vietnam", "--as-of", "2024", "-w", repo_workspace)
    _, out, _ = cli(*args)
    line = next(x for x in out.splitlines() if "ministries-70-2024" in x)
    assert "63.47%" in line
    assert "+6.5 pp" in line  # the gap 70 − 63.47 = 6.53, computed: one decimal
    _, out, _ = cli(*args, "--lang", "vi")
    assert "63,47%" in out
    assert "18,54%" in out  # the provinces' 18,54% of 2024
