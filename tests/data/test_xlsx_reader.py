"""The xlsx reader: workbooks as offices save them, numbers as stored or as meant (a percentage
cell), faults of cells as stored (dates where numbers belong, formulas never computed), and
problems located as the spreadsheet names the cell (`Sheet!D3`; row 1 is the header)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from tests.data.helpers import (
    FIXTURES,
    check,
    codes,
    problems,
    problems_of,
    totals,
    write,
)

from dxgap.data.xlsx_reader import as_percent, cell_text, is_percent
from dxgap.text import Msg
from dxgap.validation import validate
from dxgap.workspace import Workspace


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
    assert totals(path).row(0) == (
        *("binh-duong", "rate", 2024, 76.5, "2024-03-20", None, None),
        *(None, None, None, None),  # out_of, period, definition, note_vi: no such columns
    )
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
    assert problems(path) == ["d.xlsx:Sheet!D3: value: 'abc' is not a number"]
    (problem,) = problems_of(path)
    assert (problem.sheet, problem.line, problem.column) == ("Sheet", 3, 4)


def test_a_sheet_name_with_spaces_is_quoted_as_excel_quotes_it(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "d.xlsx", {"Số liệu 2024": [HEADER, ["binh-duong", "rate", 2024, "abc"]]}
    )
    assert problems(path) == ["d.xlsx:'Số liệu 2024'!D2: value: 'abc' is not a number"]


def test_duplicate_rows_are_located_at_their_spreadsheet_rows(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "d.xlsx",
        {"Sheet": [HEADER, ["binh-duong", "rate", 2024, 50], ["binh-duong", "rate", 2024, 51]]},
    )
    (problem,) = problems_of(path)
    assert (problem.code, problem.line, problem.column) == ("data.duplicate_undated", 3, 1)
    assert problem.msg.params["first"] == Msg("data.row", line=2)
    assert str(problem).startswith("d.xlsx:Sheet!A3: row: duplicate row: same province")
    assert "as row 2;" in str(problem)


def test_header_problems_are_located_at_the_cell(tmp_path: Path) -> None:
    path = workbook(tmp_path / "d.xlsx", {"Sheet": [["province", "indicator", "year", "valeu"]]})
    found = problems_of(path)
    assert [(p.code, p.column) for p in found] == [
        ("data.unknown_column", 4),
        ("data.missing_column", 1),
    ]
    assert str(found[0]).startswith("d.xlsx:Sheet!D1: valeu: unknown column 'valeu'")
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
    assert problems(path) == ["d.xlsx:1:1: no sheet 'Số liệu'; the workbook has: 'Notes', 'Data'"]


def test_an_empty_sheet_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "d.xlsx", {"Sheet": []})
    assert problems(path) == ["d.xlsx:Sheet!A1: the sheet is empty; expected a header row"]


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
        (dt.time(8, 30), "08:30:00"),
        ("Bình Dương", "Bình Dương"),
    ],
)
def test_cells_as_text(value: object, text: str | None) -> None:
    assert cell_text(value) == text


# --- cells as meant: percentages, dates, formulas ---------------------------------------------


def formatted(path: Path, rows: list[list[object]], formats: dict[str, str]) -> Path:
    """A one-sheet workbook whose cells (by name, e.g. "D2") have these number formats."""
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    for ref, number_format in formats.items():
        wb.active[ref].number_format = number_format
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("number_format", "percent"),
    [
        *[("0%", True), ("0.0%", True), ("#,##0.00%", True), ("0%;[Red]-0%", True)],
        *[("General", False), ("0.0", False), ('0.0"%"', False), ("0.0\\%", False)],
        *[("[$%-409]0", False), ("yyyy-mm-dd", False)],
    ],
)
def test_percentage_formats(number_format: str, percent: bool) -> None:
    """A `%` that Excel shows as text (quoted, escaped, in brackets) does not scale the number."""
    assert is_percent(number_format) == percent


@pytest.mark.parametrize(
    ("stored", "shown"), [(0.2, 20.0), (0.863, 86.3), (0.07, 7.0), (1, 100.0), (0.0029, 0.29)]
)
def test_a_percentage_is_the_number_shown_exactly(stored: float, shown: float) -> None:
    assert as_percent(stored) == shown


def test_percentage_cells_of_a_percent_indicator_are_the_percentages_shown(
    tmp_path: Path,
) -> None:
    """Excel shows 20% and stores 0.2: the value meant is 20 (the case behind issue 13)."""
    rows: list[list[object]] = [HEADER[:4], ["binh-duong", "rate", 2023, 0.2]]
    rows.append(["binh-duong", "rate", 2024, 0.863])
    path = formatted(tmp_path / "d.xlsx", rows, {"D2": "0%", "D3": "0.0%"})
    assert totals(path)["value"].to_list() == [20.0, 86.3]


def test_a_percentage_cell_of_another_indicator_is_a_located_problem(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER[:4], ["binh-duong", "count", 2024, 0.2]]
    path = formatted(tmp_path / "d.xlsx", rows, {"D2": "0%"})
    assert problems(path) == [
        "d.xlsx:Sheet!D2: value: '20%' is a percentage-formatted cell (Excel stores 20% as 0.2), "
        "which only a value of a percent indicator may be; format the cell as 'General' or "
        "'Number' and type the number in the indicator's unit"
    ]


def test_percentage_formatted_years_and_counts_are_located_problems(tmp_path: Path) -> None:
    header = ["province", "indicator", "year", "numerator", "denominator"]
    rows: list[list[object]] = [header, ["binh-duong", "rate", 2024, 3, 4]]
    path = formatted(tmp_path / "d.xlsx", rows, {"C2": "0%", "E2": "0%"})
    found = problems_of(path)
    assert [(p.code, p.location, str(p).split(": ")[0]) for p in found] == [
        ("xlsx.percent_cell", "year", "d.xlsx:Sheet!C2"),
        ("xlsx.percent_cell", "denominator", "d.xlsx:Sheet!E2"),
    ]


def test_a_percent_sign_typed_as_text_follows_the_file_style(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER[:4], ["binh-duong", "rate", 2024, "86,3%"]]
    path = formatted(tmp_path / "d.xlsx", rows, {"D2": "0%"})  # text: the format changes nothing
    write(tmp_path, "decimal: comma\n", "d.xlsx.yaml")
    assert totals(path)["value"].to_list() == [86.3]


@pytest.mark.parametrize("column", ["year", "value"])
def test_a_date_formatted_number_cell_is_a_located_problem(tmp_path: Path, column: str) -> None:
    """Excel shows 2024 formatted as a date as 1905-07-16; neither is read as a number."""
    rows: list[list[object]] = [HEADER[:4], ["binh-duong", "count", 2024, 2024]]
    ref = "C2" if column == "year" else "D2"
    path = formatted(tmp_path / "d.xlsx", rows, {ref: "yyyy-mm-dd"})
    (problem,) = problems_of(path)
    assert (problem.code, problem.location, problem.where) == (
        "xlsx.date_cell",
        column,
        f"d.xlsx:Sheet!{ref}",
    )
    assert problem.msg.params == {"cell": "1905-07-16"}


def test_a_date_cell_in_the_date_column_is_its_day(tmp_path: Path) -> None:
    rows: list[list[object]] = [HEADER, ["binh-duong", "rate", 2024, 5, dt.date(2024, 2, 29)]]
    assert totals(formatted(tmp_path / "d.xlsx", rows, {}))["date"].to_list() == ["2024-02-29"]


def calculation(path: Path, properties: str) -> Path:
    """The workbook with its calculation properties (`<calcPr …/>` in xl/workbook.xml) replaced
    by `properties` — `<calcPr calcId="191029"/>` as Excel writes them when it saves a workbook
    it calculated; XlsxWriter writes `fullCalcOnLoad="1"` (recalculate all when opened)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    book = parts["xl/workbook.xml"].decode("utf-8")
    parts["xl/workbook.xml"] = re.sub(r"<calcPr[^>]*/>", properties, book).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _formulas(path: Path) -> Path:
    with xlsxwriter.Workbook(str(path)) as wb:
        sheet = wb.add_worksheet()
        sheet.write_row(0, 0, HEADER[:4])
        sheet.write_row(1, 0, ["binh-duong", "rate", 2024])
        sheet.write_formula(1, 3, "=40+6.5", None, 46.5)  # with its result, as Excel saves it
        sheet.write_row(2, 0, ["binh-duong", "rate"])
        sheet.write_formula(2, 2, "=2020+3", None, 2023)
        sheet.write_formula(2, 3, "=0.2", wb.add_format({"num_format": "0%"}), 0.2)
    return path


@pytest.mark.parametrize(
    "properties", ['<calcPr calcId="191029"/>', "", '<calcPr calcId="1" calcCompleted="1"/>']
)
def test_formulas_are_read_as_computed_and_saved(tmp_path: Path, properties: str) -> None:
    """A workbook Excel or LibreOffice saved holds each formula's result: that is the value."""
    path = calculation(_formulas(tmp_path / "d.xlsx"), properties)
    assert totals(path).select("year", "value").rows() == [(2023, 20.0), (2024, 46.5)]


@pytest.mark.parametrize(
    "properties",
    [
        None,  # as XlsxWriter writes it: fullCalcOnLoad="1"
        '<calcPr calcId="191029" fullCalcOnLoad="true"/>',
        '<calcPr calcId="191029" calcCompleted="0"/>',  # saved before it finished
    ],
)
def test_results_a_workbook_asks_to_recalculate_are_no_results(
    tmp_path: Path, properties: str | None
) -> None:
    """A workbook that says its saved results must be recalculated when it is opened holds no
    result: XlsxWriter saves the 46.5 it is given, or 0 when given nothing, as placeholders."""
    path = _formulas(tmp_path / "d.xlsx")
    if properties is not None:
        calculation(path, properties)
    found = problems_of(path)
    assert [(p.code, p.where, p.msg.params) for p in found] == [
        ("xlsx.formula_not_computed", "d.xlsx:Sheet1!D2", {"cell": "=40+6.5"}),
        ("xlsx.formula_not_computed", "d.xlsx:Sheet1!C3", {"cell": "=2020+3"}),
        ("xlsx.formula_not_computed", "d.xlsx:Sheet1!D3", {"cell": "=0.2"}),
    ]


def test_the_uncalculated_case_refuses_formulas_before_counts_disagree() -> None:
    """tests/fixtures/cases/xlsx-formula-uncalculated: XlsxWriter's `=25*2` and `=E4/F4*100`
    with 0 saved, the second beside its counts: each formula is refused at its cell, and no
    "value disagrees with numerator/denominator" is told."""
    ws = FIXTURES / "cases" / "xlsx-formula-uncalculated"
    found = validate([], Workspace(ws)).problems
    assert [(p.code, p.where, p.msg.params) for p in found] == [
        ("xlsx.formula_not_computed", "data/r.xlsx:'Số liệu'!D3", {"cell": "=25*2"}),
        ("xlsx.formula_not_computed", "data/r.xlsx:'Số liệu'!D4", {"cell": "=E4/F4*100"}),
    ]


def test_a_formula_never_computed_is_a_located_problem(tmp_path: Path) -> None:
    """openpyxl saves formulas without results: the cell is not empty, it was never computed."""
    rows: list[list[object]] = [HEADER[:4], ["binh-duong", "rate", 2024, "=B2*2"]]
    rows.append(["=A2", "rate", 2023, 5])
    path = formatted(tmp_path / "d.xlsx", rows, {})
    found = problems_of(path)
    assert [(p.code, p.where, p.msg.params) for p in found] == [
        ("xlsx.formula_not_computed", "d.xlsx:Sheet!D2", {"cell": "=B2*2"}),
        ("xlsx.formula_not_computed", "d.xlsx:Sheet!A3", {"cell": "=A2"}),
    ]
    assert "open and save it in Excel or LibreOffice Calc" in str(found[0])
