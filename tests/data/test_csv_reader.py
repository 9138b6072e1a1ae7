"""The CSV reader: headers and encodings as spreadsheets and scripts write them, refusals that
say why, and every problem located at its line and character column."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from tests.data.helpers import FIXTURES, HEADER, codes, problems, problems_of, totals, write

from dxgap.data.csv_reader import CsvLocator, read_csv, separator_of
from dxgap.errors import InputError, Problem
from dxgap.validation import validate
from dxgap.workspace import Workspace


def refused(path: Path) -> Problem:
    with pytest.raises(InputError) as info:
        read_csv(path, path.name)
    (problem,) = info.value.problems
    return problem


@pytest.mark.parametrize(
    ("content", "code", "place"),
    [
        pytest.param(b"", "data.empty_file", (1, 1), id="empty"),
        pytest.param(b"\n\n  \n", "data.empty_file", (1, 1), id="blank-lines"),
        pytest.param(b"province,\x00\x00indicator\n", "data.binary", (1, 1), id="binary"),
        pytest.param(
            "province,indicator,year,value\n".encode("utf-16-le"),
            "data.utf16_no_bom",
            (1, 1),
            id="utf16-without-bom",
        ),
        pytest.param(b"\xff\xfep\x00r\x00o", "data.broken_utf16", (1, 1), id="broken-utf16"),
        pytest.param(b"a" * 70_000, "data.long_first_line", (1, 1), id="long-first-line"),
        pytest.param(b"province,year\rdemo,2022\r", "data.bare_cr", (1, 14), id="bare-cr"),
        pytest.param(b"province,indicator,n\xe4m,value\n", "file.not_utf8", (1, 21), id="header"),
    ],
)
def test_files_that_are_not_csv_text_are_refused(
    tmp_path: Path, content: bytes, code: str, place: tuple[int, int]
) -> None:
    problem = refused(write(tmp_path, content))
    assert (problem.code, problem.line, problem.column) == (code, *place)


def test_the_empty_file_message_names_the_header(tmp_path: Path) -> None:
    assert str(refused(write(tmp_path, b""))) == (
        "d.csv:1:1: file is empty; expected a header line: province,indicator,year,value"
    )


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = "province,indicator,year,value,note\nbinh-duong,rate,2024,76,Bình Dương\n"
    path = write(tmp_path, text.encode("utf-16"))
    assert totals(path)["note"].to_list() == ["Bình Dương"]


def test_utf16_problems_are_located_too(tmp_path: Path) -> None:
    text = "province,indicator,year,value\nbinh-duong,rate,2024,76\nbinh-duong,rate,2025,x\n"
    assert problems(write(tmp_path, text.encode("utf-16"))) == [
        "d.csv:3:22: value: 'x' is not a number"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("binh-duong,rate,2024,5,6\n", "d.csv:2:1: row has 5 fields, the header has 4"),
        ('binh-duong,rate,2024,"5\n', "d.csv:2:22: the quoted cell starting at line 2"),
    ],
)
def test_utf16_records_polars_cannot_parse_are_located(
    tmp_path: Path, body: str, expected: str
) -> None:
    text = f"province,indicator,year,value\n{body}"
    (problem,) = problems(write(tmp_path, text.encode("utf-16")))
    assert problem.startswith(expected)


def test_header_columns_are_located_in_characters(tmp_path: Path) -> None:
    path = write(tmp_path, '"province","ghi chú",indicator,year,value\n')
    (problem,) = problems_of(path)
    assert (problem.code, problem.line, problem.column, problem.location) == (
        "data.unknown_column",
        1,
        12,
        "ghi chú",
    )


def test_cells_are_located_in_characters_not_bytes(tmp_path: Path) -> None:
    row = 'binh-duong,rate,2024,"Bình Dương, phường 1",abc'
    path = write(tmp_path, f"province,indicator,year,source,value\n{row}\n")
    assert problems(path) == [f"d.csv:2:{row.index('abc') + 1}: value: 'abc' is not a number"]


def test_a_cell_on_a_later_line_of_its_record(tmp_path: Path) -> None:
    path = write(tmp_path, 'province,indicator,year,note,value\nbinh-duong,rate,2023,"a\nb",abc\n')
    assert problems(path) == ["d.csv:3:4: value: 'abc' is not a number"]


def test_blank_lines_count_as_lines(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\n\n\nbinh-duong,rate,2024,abc,,,\n")
    assert problems(path) == ["d.csv:4:22: value: 'abc' is not a number"]


def test_tab_separated_text_is_read(tmp_path: Path) -> None:
    path = write(tmp_path, "province\tindicator\tyear\tvalue\nbinh-duong\trate\t2024\t5,5\n")
    assert separator_of("province\tindicator\tyear\tvalue") == "\t"
    assert codes(problems_of(path)) == ["data.vietnamese_style"]  # a comma is text here


def test_a_short_tab_separated_row_is_reported_on_its_own_line(tmp_path: Path) -> None:
    """Line 3 is the row `binh-duong<TAB>rate`: its missing cells are reported there, where
    the row ends."""
    path = write(
        tmp_path,
        "province\tindicator\tyear\tvalue\nbinh-duong\trate\t2024\t5\nbinh-duong\trate\n",
        "y.csv",
    )
    assert problems(path) == [
        "y.csv:3:16: year: year is empty",
        "y.csv:3:16: value: value is empty (give a value, or a numerator and a denominator)",
    ]


def test_a_ragged_tab_separated_row_is_reported_on_line_3(tmp_path: Path) -> None:
    """Commas are text in a tab-separated file: the comma on line 2 is no field separator, and
    the row with one field too many is line 3."""
    path = write(
        tmp_path,
        "province\tindicator\tyear\tvalue\tnote\n"
        "binh-duong\trate\t2023\t5\ta, b\n"
        "binh-duong\trate\t2024\t5\tn\textra\n",
        "y.csv",
    )
    assert problems(path) == [
        "y.csv:3:1: row has 6 fields, the header has 5; quote fields that contain tabs"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            'binh-duong,rate,2024,5,,,"open\nstill open\n',
            "d.csv:2:26: the quoted cell starting at line 2, column 26 is never closed: the file "
            "ends inside it; close the quote where the cell ends (a quote inside a quoted cell is "
            'written twice: "")',
            id="unterminated",
        ),
        pytest.param(
            'binh-duong,rate,2024,5,,"x" y,\n',
            "d.csv:2:27: '\"x\" y,': this quote closes the quoted cell, yet text follows it (the "
            "cell would be read with its quotes dropped); write a quote inside a quoted cell "
            'twice (""), or remove the quotes around the cell',
            id="text-after-a-quote",
        ),
        pytest.param(
            'binh-duong,rate,2023,5,,,\nbinh-duong,rate,2024,5,,a"b,\nbac-lieu,rate,2024,5,,,\n',
            'd.csv:3:1: malformed CSV record starting here: a quote (") inside an unquoted '
            "field; quote the whole field and double the quotes inside it",
            id="quote-inside-a-field",
        ),
        pytest.param(
            'binh-duong,rate,2023,5,,"a\nb",\nbinh-duong,rate,2024,5,,,,\n',
            "d.csv:4:1: row has 8 fields, the header has 7; quote fields that contain commas",
            id="ragged-after-a-multiline-record",
        ),
    ],
)
def test_records_polars_cannot_parse_are_located(tmp_path: Path, body: str, expected: str) -> None:
    assert problems(write(tmp_path, f"{HEADER}\n{body}")) == [expected]


def test_an_unexplained_polars_error_is_shown_as_it_is(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,5,,,\n")
    locator = CsvLocator(path, ",")
    error = pl.exceptions.ComputeError("something new\nand details")
    (problem,) = locator.explain(error, "d.csv", HEADER.split(","))
    assert str(problem) == "d.csv:1:1: cannot parse as CSV: something new"


def test_rows_are_located_without_reading_past_the_last_one(tmp_path: Path) -> None:
    """The scan stops at the last row wanted: bytes after it are never decoded."""
    path = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,5,,,\n".encode() + b'\xff"\n')
    table = read_csv(path, "d.csv")
    assert table.locate([0])[0].cell("value") == (2, 22)


# --- separators --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "separator"),
    [
        ("province,indicator,year,value", ","),
        ("province;indicator;year;value", ";"),
        ("\ufeffprovince;indicator;year;value", ";"),
        ("province\tindicator\tyear\tvalue", "\t"),
        ('province,indicator,year,value,"a; b"', ","),  # a ';' inside a quoted name
        ("province;indicator;year;value;note,more", ";"),
        ("Tỉnh;Chỉ số;Năm;Giá trị", ";"),  # no known name: the most cells
        ("province", ","),
    ],
)
def test_the_separator_is_the_one_the_header_uses(header: str, separator: str) -> None:
    assert separator_of(header) == separator


def test_a_semicolon_separated_file_as_excel_writes_it(tmp_path: Path) -> None:
    """Excel under comma-decimal regional settings: ';' between cells, ',' as decimal mark, a
    BOM and CRLF (the case behind issue 13)."""
    text = "\ufeffprovince;indicator;year;value\r\nbinh-duong;rate;2021;20,5\r\nbinh-duong;rate;2023;50\r\n"
    path = write(tmp_path, text)
    assert totals(path)["value"].to_list() == [20.5, 50.0]


def test_a_semicolon_file_refuses_what_the_two_styles_read_differently(tmp_path: Path) -> None:
    text = (
        "province;indicator;year;value\nbinh-duong;count;2021;1.586\nbinh-duong;count;2022;1,586\n"
    )
    path = write(tmp_path, text)
    found = problems_of(path)
    assert [(p.code, p.line, p.column) for p in found] == [
        ("data.ambiguous_style", 2, 23),
        ("data.ambiguous_style", 3, 23),
    ]
    write(tmp_path, "decimal: comma\n", "d.csv.yaml")  # declared: read as the style says
    assert codes(problems_of(path)) == ["data.ambiguous_comma"]
    write(tmp_path, "decimal: point\n", "d.csv.yaml")  # a count: 1586 far likelier than 1.586
    assert codes(problems_of(path)) == ["data.vietnamese_thousands", "data.ambiguous_point"]


def test_the_command_line_style_applies_to_a_semicolon_file(tmp_path: Path) -> None:
    path = write(tmp_path, "province;indicator;year;value\nbinh-duong;count;2021;1.586\n")
    assert totals(path, decimal="comma")["value"].to_list() == [1586.0]


def test_the_sidecar_declares_the_separator_and_the_style(tmp_path: Path) -> None:
    path = write(tmp_path, "province;indicator;year;value\nbinh-duong;count;2024;1.586\n")
    write(tmp_path, 'separator: ";"\ndecimal: comma\n', "d.csv.yaml")
    assert totals(path)["value"].to_list() == [1586.0]
    write(tmp_path, 'separator: "\\t"\n', "d.csv.yaml")  # declared, though the header says ';'
    assert codes(problems_of(path)) == ["data.header_one_cell"]


def test_a_header_of_one_cell_holding_a_separator_explains_itself(tmp_path: Path) -> None:
    path = write(tmp_path, "province;indicator;year;value\nbinh-duong;rate;2024;5\n")
    write(tmp_path, 'separator: ","\n', "d.csv.yaml")
    assert problems(path) == [
        "d.csv:1:1: the header is a single cell, 'province;indicator;year;value', holding ';': "
        "its columns are read as separated by ','; if ';' separates them, write "
        "'separator: \";\"' in 'd.csv.yaml'"
    ]
    quoted = write(tmp_path, '"province\tindicator\tyear\tvalue"\n', "q.csv")
    (problem,) = problems_of(quoted)
    assert problem.code == "data.header_quoted"
    assert problem.msg.params["found"] == "\\t"
    assert str(problem).endswith("remove the quotes around the header line")


def test_a_separator_in_the_sidecar_of_a_workbook_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, b"", "d.parquet")
    write(tmp_path, 'separator: ";"\n', "d.parquet.yaml")
    assert problems(path) == ["d.parquet.yaml:1:1: 'separator' applies to CSV files only"]


# --- a quote that runs over rows ---------------------------------------------------------------

STRAY = (
    "province,indicator,year,value,note\n"
    "binh-duong,rate,2020,10,Sở TT&TT\n"
    'binh-duong,rate,2022,35,"Báo cáo số 12/BC-STTTT\n'
    "binh-duong,rate,2023,50,Sở TT&TT\n"
    'binh-duong,rate,2024,65,kèm 500 màn hình 24"\n'
)


def test_a_quoted_cell_that_swallows_rows_is_located_at_its_opening_quote(tmp_path: Path) -> None:
    """The case behind issue 13: Polars reads the file, with 2 rows where 4 are written."""
    found = problems_of(write(tmp_path, STRAY))
    assert [(p.code, p.line, p.column, p.location) for p in found] == [
        ("csv.quote_runs_over", 3, 25, "note")
    ]
    assert 'write a quote inside a quoted cell as two ("")' in str(found[0])


@pytest.mark.parametrize(
    "fixed",
    [
        STRAY.replace('"Báo', "Báo").replace('24"', '24""'),  # the stray quotes out
        STRAY.replace("12/BC-STTTT\n", '12/BC-STTTT"\n').replace('24"', "24 inch"),
    ],
    ids=["no-quotes", "closed"],
)
def test_the_same_file_with_its_quote_mended_has_every_row(tmp_path: Path, fixed: str) -> None:
    fixed = fixed.replace('24""', "24 inch")
    result = totals(write(tmp_path, fixed))
    assert result.select("year", "value").rows()[-1] == (2024, 65.0)
    assert result.height == 4


@pytest.mark.parametrize(
    "note",
    [
        '"dòng một\ndòng hai"',
        '"Nguồn: Sở TT&TT, Báo cáo 12, 2023\nxem thêm"',  # a year, but not a row's fields
        '"a\nb,c,2023,d,e,f"',  # a row's year, but one field too many
        '"a\r\nb"',
        '"Sở TT&TT\nBáo cáo, số 12, 2023\nxem thêm"',  # a short line, but no ids before its year
        '"ghi chú\nb,c,2023.5\nd"',  # ids, but no year
    ],
)
def test_multiline_notes_are_fine(tmp_path: Path, note: str) -> None:
    path = write(tmp_path, f"province,indicator,year,value,note\nbinh-duong,rate,2020,10,{note}\n")
    assert totals(path).height == 1


def test_a_swallowed_row_is_found_whatever_the_separator(tmp_path: Path) -> None:
    text = STRAY.replace(",", ";").replace(";Sở", ";Sở")
    found = problems_of(write(tmp_path, text))
    assert [(p.code, p.line) for p in found] == [("csv.quote_runs_over", 3)]
    tab = write(tmp_path, STRAY.replace(",", "\t"), "t.csv")
    assert [(p.code, p.line) for p in problems_of(tab)] == [("csv.quote_runs_over", 3)]
    crlf = write(tmp_path, STRAY.replace("\n", "\r\n"), "c.csv")
    assert [(p.code, p.line) for p in problems_of(crlf)] == [("csv.quote_runs_over", 3)]


@pytest.mark.parametrize(
    ("case", "column"),
    [("csv-stray-quote-float-year", 45), ("csv-stray-quote-short-rows", 43)],
)
def test_every_swallowed_row_the_reader_would_read_is_found(case: str, column: int) -> None:
    """tests/fixtures/cases/csv-stray-quote-float-year: years written `2023.0`, which the
    reader reads as 2023; csv-stray-quote-short-rows: rows shorter than the header (legal), the
    quote closing on a line of text. Both swallowed rows into a note without a word."""
    found = validate([], Workspace(FIXTURES / "cases" / case)).problems
    assert [(p.code, p.where, p.location) for p in found] == [
        ("csv.quote_runs_over", f"data/report.csv:3:{column}", "note")
    ]


@pytest.mark.parametrize(
    "year", ["2023.0", "2023.00", " 2023 ", "+2023", "02023", "2023,0"], ids=repr
)
@pytest.mark.parametrize("separator", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
@pytest.mark.parametrize("short", [False, True], ids=["whole", "short"])
def test_a_swallowed_row_is_found_whatever_its_year_form(
    tmp_path: Path, year: str, separator: str, short: bool
) -> None:
    if year == "2023,0" and separator == ",":
        year = "2023.0"  # a comma would split it into two cells
    note = "" if short else f"{separator}Sở"
    rows = [
        f'binh-duong{separator}rate{separator}2022{separator}35{separator}"Báo cáo',
        f"binh-duong{separator}rate{separator}{year}{separator}50{note}",
        f"binh-duong{separator}rate{separator}2024{separator}65{note}",
        'kèm 24"',
    ]
    header = separator.join(["province", "indicator", "year", "value", "note"])
    path = write(tmp_path, "\n".join([header, *rows]) + "\n")
    assert [(p.code, p.line) for p in problems_of(path)] == [("csv.quote_runs_over", 2)]
    assert totals(write(tmp_path, "\n".join([header, *rows[1:3]]) + "\n")).height == 2


def test_a_swallowed_row_in_a_middle_column_is_found(tmp_path: Path) -> None:
    text = (
        "province,indicator,year,note,value\n"
        'binh-duong,rate,2022,"Báo cáo,35\n'
        "binh-duong,rate,2023,x,50\n"
        'binh-duong,rate,2024,y",65\n'
    )
    found = problems_of(write(tmp_path, text))
    assert [(p.code, p.line, p.location) for p in found] == [("csv.quote_runs_over", 2, "note")]
