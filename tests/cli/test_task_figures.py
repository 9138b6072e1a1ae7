"""A task that names an indicator prints no figure beside its status (docs/methodology.md §15):
Bạc Liêu's "địa phương có kết quả chuyển đổi số khá trong khu vực" (by 2030) names the DTI rank,
measured 60 (2022) and 63 (2023) of 63, and has no reported state. It showed "rank 63 of 63
(2023)" beside "no data" in `check --format json|csv|markdown` and the workbook: a figure that
did not count. Real files in a temporary workspace, run as a user runs dxgap."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
from tests.conftest import FIXTURES, Cli

CATALOGUE = (FIXTURES / "tasks-ws" / "targets" / "indicators.yaml").read_text("utf-8")

PLAN = """\
province: {id: demo, name: "Tỉnh mẫu", name_en: "Demo province"}
sources: [{id: plan, title: "Chỉ thị về chuyển đổi số"}]
targets:
  - {id: good-in-region-2030, indicator: dti_rank, year: 2030, source: plan,
     qualitative: "Trở thành địa phương có kết quả chuyển đổi số khá trong khu vực",
     quote: "địa phương có kết quả chuyển đổi số khá trong khu vực"}
  - {id: dti-top30-2025, indicator: dti_rank, comparator: "<=", value: 30, year: 2025,
     source: plan, quote: "nằm trong nhóm 30 tỉnh dẫn đầu"}
"""

RANKS = "province,indicator,year,value,out_of\ndemo,dti_rank,2022,60,63\ndemo,dti_rank,2023,63,63\n"

FIGURES = ("latest_year", "latest_value", "gap", "latest_out_of", "series_from")


def _workspace(root: Path) -> Path:
    (root / "targets").mkdir()
    (root / "data").mkdir()
    (root / "targets" / "indicators.yaml").write_text(CATALOGUE, encoding="utf-8")
    (root / "targets" / "demo.yaml").write_text(PLAN, encoding="utf-8")
    (root / "data" / "dti.csv").write_text(RANKS, encoding="utf-8")
    return root


def test_json_and_csv_give_the_task_no_figure_and_the_rank_target_its_own(
    cli: Cli, tmp_path: Path
) -> None:
    ws = _workspace(tmp_path)
    args = ("check", "demo", "--as-of", "2024", "-w", ws)
    code, out, err = cli(*args, "-f", "json")
    assert code == 0, err
    rows = {r["target_id"]: r for r in json.loads(out)}
    task = rows["good-in-region-2030"]
    assert (task["status"], task["indicator"], task["task_state"]) == ("no_data", "dti_rank", None)
    assert [task[k] for k in FIGURES] == [None] * len(FIGURES)
    # the numeric target on the same indicator is judged by the 2023 rank: 63 of 63, 33 to go
    rank = rows["dti-top30-2025"]
    assert [rank[k] for k in FIGURES[:4]] == [2023, 63.0, 33.0, 63]
    _, out, _ = cli(*args, "-f", "csv")
    by_id = {r["target_id"]: r["latest_value"] for r in csv.DictReader(io.StringIO(out))}
    assert (by_id["good-in-region-2030"], by_id["dti-top30-2025"]) == ("", "63.0")


def test_markdown_and_the_workbook_show_no_rank_beside_the_task(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "ws").mkdir()
    ws = _workspace(tmp_path / "ws")
    code, out, err = cli("check", "demo", "--as-of", "2024", "-q", "-f", "markdown", "-w", ws)
    assert code == 0, err
    (task_line,) = [line for line in out.splitlines() if "good-in-region-2030" in line]
    assert "63" not in task_line
    book = tmp_path / "gaps.xlsx"
    args = ("export", "demo", "--as-of", "2024", "-f", "xlsx", "-o", book, "--quiet", "-w", ws)
    code, _, err = cli(*args)
    assert code == 0, err
    for sheet in openpyxl.load_workbook(book).worksheets[:2]:
        (task_row,) = [r for r in sheet.iter_rows(values_only=True) if "good-in-region-2030" in r]
        assert 63 not in task_row, sheet.title
        assert 2023 not in task_row, sheet.title
