"""Every command's output at 80 and 120 columns: nothing cut (no `…` in a value, a label or a
date), no id broken inside (an id that cannot fit whole breaks only after one of its hyphens)
and no line wider than the terminal. ../shared/cases/narrow-terminal-truncation."""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from tests.conftest import FIXTURES, Cli

from dxgap.output.fit import Heading, break_id


@functools.cache
def bundled_ids(root: Path) -> frozenset[str]:
    """Every id a user may type from the bundled workspace: targets, provinces, indicators."""
    from dxgap.workspace import Workspace

    targets = Workspace(root).targets()
    ids = {t.id for f in targets.files.values() for t in f.targets}
    ids |= {f.province.id for f in targets.files.values()} | set(targets.indicators)
    return frozenset(ids)


_BORDERS = re.compile("[│┃║]")
_PUNCTUATION = "()[]{},.;:'\"·"


def _cells(line: str) -> dict[int, list[str]]:
    """A line's cells by the column where each starts, as words (the table's borders split the
    line; a line outside a table is one cell)."""
    edges = [0, *(m.end() for m in _BORDERS.finditer(line))]
    ends = [*(m.start() for m in _BORDERS.finditer(line)), len(line)]
    return {a: line[a:b].split() for a, b in zip(edges, ends, strict=True)}


def split_ids(out: str, ids: frozenset[str]) -> list[str]:
    """The ids shown broken inside: an id that starts at the end of a cell's line and runs on
    at the start of the same cell's next lines, broken anywhere but just after a hyphen
    (`work-records-online-20` / `25`; `party-orgs-interlinked` / `-2025`); `work-records-` /
    `online-2025` is allowed."""
    lines = [_cells(line) for line in out.splitlines()]
    found = []
    for i, cells in enumerate(lines):
        for col, words in cells.items():
            head = words[-1].lstrip(_PUNCTUATION) if words else ""
            for ident in ids:
                if head and len(head) < len(ident) and ident.startswith(head):
                    breaks = _breaks(ident, len(head), lines[i + 1 :], col)
                    if breaks and any(ident[b - 1] != "-" for b in breaks):
                        found.append(ident)
    return sorted(found)


def _breaks(ident: str, done: int, below: list[dict[int, list[str]]], col: int) -> list[int]:
    """Where `ident`, of which `done` characters end a line, breaks as it runs down column
    `col`; empty when the lines below do not carry it on."""
    breaks = [done]
    for cells in below:
        words = cells.get(col, [])
        piece = words[0].rstrip(_PUNCTUATION) if words else ""
        rest = ident[done:]
        if piece and rest == piece:
            return breaks
        if not piece or len(words) > 1 or not rest.startswith(piece):
            return []
        done += len(piece)
        breaks.append(done)
    return []


def test_the_split_id_finder_tells_a_hyphen_from_the_middle() -> None:
    ids = frozenset({"work-records-online-2025", "party-orgs-interlinked-2025", "a-b"})
    torn = "│ work-records-online-20 │ 100% │\n│ 25                     │      │\n"
    assert split_ids(torn, ids) == ["work-records-online-2025"]
    party = "party-orgs-interlinked-2025"
    assert split_ids("│ Tỷ lệ party   │\n│ -orgs-interlinked-2025 │", ids) == [party]
    assert split_ids("│ party-orgs-interlinked │\n│ -2025 │", ids) == [party]
    three = "│ party-orgs- │ 1 │\n│ interlinke │   │\n│ d-2025 │   │\n"
    assert split_ids(three, ids) == [party]
    assert split_ids("│ party-orgs- │ 1 │\n│ interlinked- │   │\n│ 2025 │ a │\n", ids) == []
    hyphen = "│ work-records-      │ 100% │\n│ online-2025        │      │\n"
    assert split_ids(hyphen, ids) == []
    whole = "│ work-records-online-2025 │\n│ (party-orgs-interlinked-2025) a-b │\n"
    assert split_ids(whole, ids) == []


COMMANDS = [
    ["check", "binh-phuoc", "--as-of", "2024"],
    ["check", "binh-duong", "-q"],
    ["check", "binh-duong"],
    ["check", "binh-duong", "--qualitative"],
    ["check", "vietnam"],
    ["check", "binh-duong", "--tally"],
    ["check", "vietnam", "--as-of", "2024"],
    ["trajectory", "binh-phuoc", "--as-of", "2024", "--no-chart"],
    ["trajectory", "binh-duong", "--as-of", "2024", "--chart"],
    ["trajectory", "vietnam", "--as-of", "2024", "--no-chart"],
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
    assert split_ids(out, bundled_ids(repo_workspace)) == []


def test_an_id_breaks_only_after_a_hyphen_and_only_when_it_must() -> None:
    assert break_id("work-records-online-2025", 24) == "work-records-online-2025"
    assert break_id("work-records-online-2025", 20) == "work-records-online-\n2025"
    assert break_id("eligible-procedures-full-process-2023", 26) == (
        "eligible-procedures-full-\nprocess-2023"
    )
    assert break_id("a-verylongword-b", 5) == "a-\nverylongword-\nb"  # a word stays whole


def test_a_heading_folds_between_words_only_when_its_column_is_narrow() -> None:
    from rich.console import Console
    from rich.table import Table

    def drawn(width: int) -> list[str]:
        table = Table(box=None, show_edge=False, pad_edge=False)
        table.add_column(Heading("Ước tính\ntheo\nxu hướng"), justify="right")
        table.add_row("63,5%")
        console = Console(width=width, file=io.StringIO())
        with console.capture() as capture:
            console.print(table)
        return [line.strip() for line in capture.get().splitlines() if line.strip()]

    # room for the whole heading: one line, the catalogue's stacking undone
    assert drawn(40)[0] == "Ước tính theo xu hướng"
    # a narrow column: two lines split at the space nearest the middle, never 'theo xu' / 'hướng'
    assert drawn(16)[:2] == ["Ước tính theo", "xu hướng"]
    assert Heading("Projected").lines == ["Projected"]


def test_at_80_columns_ids_that_fit_are_whole(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ../shared/cases/narrow-terminal-truncation: these were "work-records-online-20" / "25"
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = cli("check", "binh-duong", "--lang", "vi", "-w", repo_workspace)
    lines = [" ".join(line.strip("│ ").split()) for line in out.splitlines()]
    for ident in ("work-records-online-2025", "party-orgs-interlinked-2025"):
        assert ident in lines


@pytest.mark.parametrize("columns", [80, 120])
def test_validate_lines_are_whole(cli: Cli, monkeypatch: pytest.MonkeyPatch, columns: int) -> None:
    # messages are lines to copy, grep and click: never cut (a terminal wraps them)
    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.chdir(FIXTURES / "cases" / "validate-vi-partial" / "ws")
    _, out, _ = cli("validate", "--lang", "vi")
    assert "…" not in out
    assert "targets/thanh-hoa.yaml:18:18: targets[1].milestones[2021]:" in out
    written = " ".join(p.read_text("utf-8") for p in Path("targets").glob("*.yaml"))
    ids = frozenset(re.findall(r"\bid: *\"?([\w-]+)", written))  # the files may not load
    assert "thanh-hoa" in ids
    assert split_ids(out, ids) == []


def test_a_narrow_list_keeps_the_lineage_under_the_table(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = cli("list", "--lang", "vi", "-w", repo_workspace)
    assert "Bạc Liêu → tỉnh Cà Mau (mã 96) từ 01/7/2025, cùng tỉnh Cà Mau (cũ)" in out


def test_a_narrow_summary_is_a_sentence_per_province(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = cli("compare", "--summary", "--lang", "vi", "-w", repo_workspace)
    flat = " ".join(out.split())
    assert "Bình Dương" in flat
    assert "độ phủ số liệu" in flat
