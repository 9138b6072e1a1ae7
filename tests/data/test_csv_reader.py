"""The CSV reader: headers and encodings as spreadsheets and scripts write them, refusals that
say why, and every problem located at its line and character column."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from tests.data.helpers import HEADER, codes, problems, problems_of, totals, write

from dxgap.data.csv_reader import CsvLocator, read_csv, separator_of
from dxgap.errors import InputError, Problem


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
        ('binh-duong,rate,2024,"5\n', "d.csv:2:1: malformed CSV record starting here"),
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
            "d.csv:2:1: malformed CSV record starting here: unexpected end of data",
            id="unterminated",
        ),
        pytest.param(
            'binh-duong,rate,2024,5,,"x" y,\n',
            "d.csv:2:1: malformed CSV record starting here: ',' expected after '\"'",
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
