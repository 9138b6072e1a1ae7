"""Every command's output at 80 and 120 columns: nothing cut (no `…` in a value, a label or a
date) and no line wider than the terminal. ../shared/cases/narrow-terminal-truncation."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from tests.conftest import FIXTURES, Cli

COMMANDS = [
    ["check", "binh-phuoc", "--as-of", "2024"],
    ["check", "binh-duong", "-q"],
    ["check", "binh-duong", "--tally"],
    ["check", "vietnam", "--as-of", "2024"],
    ["trajectory", "binh-phuoc", "--as-of", "2024", "--no-chart"],
    ["trajectory", "binh-duong", "--as-of", "2024", "--chart"],
    ["compare", "dti_rank"],
    ["compare", "adult_smartphone_rate", "--against", "vietnam"],
    ["compare", "--summary"],
    ["list"],
]


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_nothing_is_cut(
    cli: Cli,
    repo_workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
    columns: int,
    lang: str,
    args: list[str],
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, err = cli(*args, "--lang", lang, "-w", repo_workspace)
    assert code == 0, err
    assert "…" not in out
    assert [line for line in out.splitlines() if cell_len(line) > columns] == []


@pytest.mark.parametrize("columns", [80, 120])
def test_validate_lines_are_whole(cli: Cli, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    # messages are lines to copy, grep and click: never cut (a terminal wraps them)
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.chdir(FIXTURES / "cases" / "validate-vi-partial" / "ws")
    _, out, _ = cli("validate", "--lang", "vi")
    assert "…" not in out
    assert "targets/thanh-hoa.yaml:18:18: targets[1].milestones[2021]:" in out


def test_a_narrow_list_keeps_the_lineage_under_the_table(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = cli("list", "--lang", "vi", "-w", repo_workspace)
    assert "bac-lieu → Tỉnh Cà Mau (96) từ 01/7/2025, cùng tỉnh Cà Mau (cũ)" in out


def test_a_narrow_summary_is_a_sentence_per_province(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = cli("compare", "--summary", "--lang", "vi", "-w", repo_workspace)
    flat = " ".join(out.split())
    assert "Bình Dương" in flat
    assert "độ phủ số liệu" in flat
