"""Vietnamese thousands in a point-style data file: `2.000` for a count reads as 2 there, but
the report almost surely means 2000. As in target files (`target.thousands`), such a cell of a
count, people, money or rank value — and any count behind a rate — is refused at its cell,
never read as the decimal; percent and index values keep their decimals (86.300 is 86.3).

Case: tests/fixtures/cases/csv-vn-thousands-count.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import xlsxwriter
from tests.data.helpers import FIXTURES, PROVINCES, indicator, write

from dxgap.data.check import Checked, check_files
from dxgap.errors import InputError, Problem
from dxgap.targets.models import Unit
from dxgap.validation import validate
from dxgap.workspace import Workspace

UNITS = {unit.value: indicator(unit.value, unit) for unit in Unit if unit is not Unit.BOOLEAN}
HEADER = "province,indicator,year,value,numerator,denominator"


def _check(path: Path) -> Checked:
    return check_files([path], UNITS, PROVINCES, {path: path.name})


def _problems(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as info:
        _check(path)
    return info.value.problems


def test_the_case_is_refused_at_its_cell() -> None:
    """tests/fixtures/cases/csv-vn-thousands-count: `2.000` beside "2.000 doanh nghiệp"."""
    (problem,) = validate([], Workspace(FIXTURES / "cases" / "csv-vn-thousands-count")).problems
    assert (problem.code, problem.where, problem.location) == (
        "data.vietnamese_thousands",
        "data/r.csv:3:46",
        "value",
    )
    assert problem.msg.params == {"cell": "2.000", "read": 2, "meant": "2000", "decimal": "2.0"}
    assert "reads as 2" in problem.message("en")
    assert "write 2000" in problem.message("en")
    assert "declare decimal: comma" in problem.message("en")
    assert "hãy viết '2000'" in problem.message("vi")


@pytest.mark.parametrize("unit", ["count", "people", "vnd_billion", "rank"])
@pytest.mark.parametrize(
    ("cell", "meant", "decimal"),
    [("2.000", "2000", "2.0"), ("1.586", "1586", "1.5860"), (" 52.000 ", "52000", "52.0")],
)
def test_thousands_of_things_and_money_are_refused(
    tmp_path: Path, unit: str, cell: str, meant: str, decimal: str
) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,{unit},2023,{cell},,\n")
    (problem,) = _problems(path)
    column = len(f"binh-duong,{unit},2023,") + 1
    assert (problem.code, problem.line, problem.column) == ("data.vietnamese_thousands", 2, column)
    assert (problem.msg.params["meant"], problem.msg.params["decimal"]) == (meant, decimal)


@pytest.mark.parametrize("unit", ["percent", "index"])
def test_percent_and_index_values_keep_their_decimals(tmp_path: Path, unit: str) -> None:
    path = write(
        tmp_path, f"{HEADER}\nbinh-duong,{unit},2023,86.300,,\nbac-lieu,{unit},2023,1.586,,\n"
    )
    assert sorted(_check(path).totals["value"].to_list()) == [1.586, 86.3]


def test_counts_behind_a_rate_are_counts(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,percent,2023,,1.586,2.000\n")
    found = _problems(path)
    assert [(p.code, p.location) for p in found] == [
        ("data.vietnamese_thousands", "numerator"),
        ("data.vietnamese_thousands", "denominator"),
    ]


def test_points_grouping_thousands_twice_are_no_decimal(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,percent,2023,12.500.000,,\n")
    (problem,) = _problems(path)
    assert problem.code == "data.points_grouped"
    assert "without the points" in problem.message("en")


@pytest.mark.parametrize("declared", ["sidecar", "command line"])
def test_a_file_that_declares_vietnamese_style_reads_thousands(
    tmp_path: Path, declared: str
) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,count,2023,2.000,,\n")
    if declared == "sidecar":
        write(tmp_path, "decimal: comma\n", "d.csv.yaml")
        found = _check(path)
    else:
        found = check_files([path], UNITS, PROVINCES, {path: path.name}, "comma")
    assert found.totals["value"].to_list() == [2000.0]


def test_an_undeclared_semicolon_file_asks_which_style(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER.replace(',', ';')}\nbinh-duong;count;2023;2.000;;\n")
    assert [p.code for p in _problems(path)] == ["data.ambiguous_style"]


def test_a_workbook_text_cell_is_refused_and_a_number_cell_read(tmp_path: Path) -> None:
    path = tmp_path / "d.xlsx"
    with xlsxwriter.Workbook(str(path)) as wb:
        sheet = wb.add_worksheet("Số liệu")
        sheet.write_row(0, 0, HEADER.split(","))
        sheet.write_row(1, 0, ["binh-duong", "count", 2023])
        sheet.write_string(1, 3, "2.000")  # typed as text: '2.000
        sheet.write_row(2, 0, ["bac-lieu", "count", 2023])
        sheet.write_number(2, 3, 2.0, wb.add_format({"num_format": "0.000"}))  # shows 2.000
    (problem,) = _problems(path)
    assert (problem.code, problem.where) == ("data.vietnamese_thousands", "d.xlsx:'Số liệu'!D2")


def test_a_parquet_text_column_is_refused_and_a_number_column_read(tmp_path: Path) -> None:
    text = tmp_path / "t.parquet"
    base = {"province": ["binh-duong"], "indicator": ["count"], "year": [2023]}
    pl.DataFrame({**base, "value": ["2.000"]}).write_parquet(text)
    (problem,) = _problems(text)
    assert (problem.code, problem.where) == ("data.vietnamese_thousands", "t.parquet:1:4")
    number = tmp_path / "n.parquet"
    pl.DataFrame({**base, "value": [2.0]}).write_parquet(number)
    assert _check(number).totals["value"].to_list() == [2.0]


def test_the_screen_never_passes_such_a_file(tmp_path: Path) -> None:
    """A clean machine export is vouched for by the screen; one such cell sends it to the
    exact checks, which refuse it."""
    rows = [f"binh-duong,count,{year},{year - 1000},," for year in range(2000, 2100)]
    clean = write(tmp_path, "\n".join([HEADER, *rows]) + "\n", "clean.csv")
    assert _check(clean).exact == frozenset()
    rows[50] = "binh-duong,count,2050,1.050,,"
    assert [p.code for p in _problems(write(tmp_path, "\n".join([HEADER, *rows]) + "\n"))] == [
        "data.vietnamese_thousands"
    ]
