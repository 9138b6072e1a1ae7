"""The xlsx reader: workbooks as offices save them, numbers as stored, and problems located at
the spreadsheet's row and cell column (row 1 is the header)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from tests.data.helpers import check, codes, problems, problems_of, totals, write

from dxgap.data.xlsx_reader import cell_text


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook with these sheets, in order, each a list of rows."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


HEADER = ["province", "indicator", "year", "value", "date"]


def test_cells_are_read_as_stored(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "d.xlsx",
        {"Sheet": [HEADER, ["binh-duong", "rate", 2024, 76.5, dt.date(2024, 3, 20)]]},
    )
    assert totals(path).row(0) == ("binh-duong", "rate", 2024, 76.5, "2024-03-20", None, None)
    assert check(path).exact == frozenset({0})  # the screen reads text files only


def test_problems_are_located_at_row_and_cell_column(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "d.xlsx",
        {
            "Sheet": [
                HEADER,
                ["binh-duong", "rate", 2023, 50, None],
                ["binh-duong", "rate", 2024, "abc", None],
            ]
        },
    )
    assert problems(path) == ["d.xlsx:3:4: value: 'abc' is not a number"]


def test_duplicate_rows_are_located_at_their_spreadsheet_rows(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "d.xlsx",
        {"Sheet": [HEADER, ["binh-duong", "rate", 2024, 50], ["binh-duong", "rate", 2024, 51]]},
    )
    (problem,) = problems_of(path)
    assert (problem.code, problem.line, problem.column) == ("data.duplicate_undated", 3, 1)
    assert problem.msg.params["first"].params == {"line": 2}  # type: ignore[attr-defined]


def test_header_problems_are_located_at_the_cell(tmp_path: Path) -> None:
    path = workbook(tmp_path / "d.xlsx", {"Sheet": [["province", "indicator", "year", "valeu"]]})
    found = problems_of(path)
    assert [(p.code, p.column) for p in found] == [
        ("data.unknown_column", 4),
        ("data.missing_column", 1),
    ]
    assert "did you mean 'value'?" in str(found[0])


def test_the_sidecar_chooses_the_sheet(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "d.xlsx",
        {"Notes": [["read me"]], "Data": [HEADER, ["bac-lieu", "rank", 2024, 5]]},
    )
    write(tmp_path, "sheet: Data\n", "d.xlsx.yaml")
    assert totals(path)["value"].to_list() == [5.0]


def test_a_missing_sheet_names_the_sheets_there_are(tmp_path: Path) -> None:
    path = workbook(tmp_path / "d.xlsx", {"Notes": [["x"]], "Data": [HEADER]})
    write(tmp_path, "sheet: Số liệu\n", "d.xlsx.yaml")
    assert problems(path) == ["d.xlsx:1:1: no sheet 'Số liệu'; the workbook has: Notes, Data"]


def test_an_empty_sheet_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "d.xlsx", {"Sheet": []})
    assert problems(path) == ["d.xlsx:1:1: the sheet is empty; expected a header row"]


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, b"province,indicator\n", "d.xlsx")
    assert codes(problems_of(path)) == ["xlsx.unreadable"]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, None),
        (True, "true"),
        (2024.0, "2024"),
        (86.3, "86.3"),
        (dt.datetime(2024, 3, 20), "2024-03-20"),
        (dt.datetime(2024, 3, 20, 8, 30), "2024-03-20T08:30:00"),
        (dt.date(2024, 3, 20), "2024-03-20"),
        ("Bình Dương", "Bình Dương"),
    ],
)
def test_cells_as_text(value: object, text: str | None) -> None:
    assert cell_text(value) == text
