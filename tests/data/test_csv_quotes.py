"""CSV files as Excel and other programs write them, read as meant or refused with a message
that says why: Excel's `sep=;` first line, `|` as a separator, a sidecar's tab written `'\\t'`,
every line quoted whole, text after a closing quote (which Polars reads without an error, its
quotes dropped), a quote never closed.

Cases: tests/fixtures/cases/csv-excel-sep-line, csv-quoted-lines-comma, csv-text-after-quote,
csv-quote-never-closed, csv-sidecar-tab-escape.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.data.helpers import FIXTURES, problems_of, totals, write

from dxgap.validation import validate
from dxgap.workspace import Workspace

CASES = FIXTURES / "cases"
SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}


def _case(name: str) -> list[tuple[str, str, dict[str, object]]]:
    found = validate([], Workspace(CASES / name)).problems
    return [(p.code, p.where, p.msg.params) for p in found]


# --- Excel's sep= line --------------------------------------------------------------------


def test_the_sep_line_case_reads_every_line_where_it_is() -> None:
    """tests/fixtures/cases/csv-excel-sep-line: `sep=;`, CRLF, 20,5 read; `bad` on line 4."""
    assert _case("csv-excel-sep-line") == [
        ("data.not_a_number", "data/d.csv:4:40", {"cell": "bad"})
    ]


@pytest.mark.parametrize("name", list(SEPARATORS))
@pytest.mark.parametrize("bom", [False, True], ids=["", "bom"])
@pytest.mark.parametrize("end", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_a_sep_line_declares_the_separator(tmp_path: Path, name: str, bom: bool, end: str) -> None:
    s = SEPARATORS[name]
    lines = [f"sep={s}", s.join(["province", "indicator", "year", "value", "note"])]
    lines += [s.join(["binh-duong", "rate", "2023", "20.5", "a,b;c"]).replace("a,b;c", '"a,b;c|d"')]
    lines += [s.join(["bac-lieu", "rate", "2024", "x", ""])]
    text = ("\ufeff" if bom else "") + end.join(lines) + end
    (problem,) = problems_of(write(tmp_path, text))
    assert (problem.code, problem.line, problem.column) == ("data.not_a_number", 4, 20)
    fixed = write(tmp_path, text.replace(f"{s}x{s}", f"{s}30{s}"), "fixed.csv")
    assert totals(fixed)["value"].to_list() == [30.0, 20.5]


def test_header_problems_after_a_sep_line_are_on_line_2(tmp_path: Path) -> None:
    path = write(tmp_path, "sep=;\nprovince;indicator;yaer;value\n")
    found = problems_of(path)
    assert [(p.code, p.line, p.column) for p in found] == [
        ("data.unknown_column", 2, 20),
        ("data.missing_column", 2, 1),
    ]


def test_a_utf16_file_may_have_a_sep_line(tmp_path: Path) -> None:
    text = "sep=\t\nprovince\tindicator\tyear\tvalue\nbinh-duong\trate\t2024\t5\n"
    assert totals(write(tmp_path, text.encode("utf-16")))["value"].to_list() == [5.0]


@pytest.mark.parametrize(
    ("first", "found"), [("sep=:", ":"), ("sep=", ""), ("SEP=;;", ";;"), ("sep= ;", " ;")]
)
def test_a_sep_line_of_another_separator_is_refused(tmp_path: Path, first: str, found: str) -> None:
    (problem,) = problems_of(write(tmp_path, f"{first}\nprovince;indicator;year;value\n"))
    assert (problem.code, problem.line, problem.msg.params["found"]) == (
        "data.sep_line",
        1,
        found,
    )


def test_a_sep_line_and_a_sidecar_that_disagree_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "sep=;\nprovince;indicator;year;value\nbinh-duong;rate;2024;5\n")
    write(tmp_path, 'separator: ","\n', "d.csv.yaml")
    (problem,) = problems_of(path)
    assert problem.code == "data.sep_line_conflict"
    assert problem.msg.params == {"found": ";", "separator": ",", "sidecar": "d.csv.yaml"}
    write(tmp_path, 'separator: ";"\n', "d.csv.yaml")  # the same: fine
    assert totals(path)["value"].to_list() == [5.0]


def test_a_sep_line_alone_is_an_empty_file(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, "sep=,\r\n"))
    assert (problem.code, problem.line) == ("data.empty_file", 2)


def test_a_pipe_separated_file_is_read(tmp_path: Path) -> None:
    text = "province|indicator|year|value\nbinh-duong|rate|2024|5\n"
    assert totals(write(tmp_path, text))["value"].to_list() == [5.0]


# --- sidecars ----------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["'\\t'", '"\\t"', '"\t"'], ids=["single", "double", "tab"])
def test_a_sidecar_tab_is_the_tab_however_it_is_quoted(tmp_path: Path, written: str) -> None:
    path = write(tmp_path, "province\tindicator\tyear\tvalue\nbinh-duong\trate\t2024\t20,5\n")
    write(tmp_path, f"separator: {written}\ndecimal: comma\n", "d.csv.yaml")
    assert totals(path)["value"].to_list() == [20.5]


def test_the_sidecar_tab_case_is_valid() -> None:
    """tests/fixtures/cases/csv-sidecar-tab-escape: `separator: '\\t'`."""
    assert _case("csv-sidecar-tab-escape") == []


@pytest.mark.parametrize(("written", "shown"), [("tab", "tab"), ('"\t;"', "\\t;"), ('"::"', "::")])
def test_a_sidecar_separator_dxgap_does_not_read_shows_a_tab_as_written(
    tmp_path: Path, written: str, shown: str
) -> None:
    path = write(tmp_path, "province,indicator,year,value\n")
    write(tmp_path, f"separator: {written}\n", "d.csv.yaml")
    (problem,) = problems_of(path)
    assert (problem.code, problem.msg.params["shown"]) == ("sidecar.separator", shown)
    assert problem.message("en").endswith(
        f"expected ',', ';', '|' or a tab (written \"\\t\"), got '{shown}'"
    )


# --- headers quoted whole ------------------------------------------------------------------


def test_the_quoted_lines_case_explains_itself() -> None:
    """tests/fixtures/cases/csv-quoted-lines-comma: one message, not five."""
    ((code, where, params),) = _case("csv-quoted-lines-comma")
    assert (code, where, params["found"]) == ("data.header_quoted", "data/d.csv:1:1", ",")


@pytest.mark.parametrize("name", list(SEPARATORS))
@pytest.mark.parametrize("declared", [False, True], ids=["detected", "declared"])
def test_a_header_quoted_whole_explains_itself(tmp_path: Path, name: str, declared: bool) -> None:
    s = SEPARATORS[name]
    path = write(
        tmp_path, f'"province{s}indicator{s}year{s}value"\n"binh-duong{s}rate{s}2024{s}5"\n'
    )
    if declared:
        write(tmp_path, f'separator: "{s}"\n'.replace("\t", "\\t"), "d.csv.yaml")
    (problem,) = problems_of(path)
    shown = "\\t" if s == "\t" else s
    assert (problem.code, problem.msg.params["found"]) == ("data.header_quoted", shown)


def test_a_header_of_one_quoted_name_is_no_quoted_line(tmp_path: Path) -> None:
    found = problems_of(write(tmp_path, '"province"\n'))
    assert {p.code for p in found} == {"data.missing_column"}


# --- quotes -----------------------------------------------------------------------------------


def test_the_text_after_a_quote_case_is_refused_at_the_quote() -> None:
    """tests/fixtures/cases/csv-text-after-quote: `"Báo cáo "số 12" ngày 5"`, which Polars
    reads as `Báo cáo số 12 ngày 5`."""
    assert _case("csv-text-after-quote") == [
        ("csv.text_after_quote", "data/r.csv:2:52", {"cell": '"Báo cáo "số 12" ngày 5"'})
    ]


@pytest.mark.parametrize(
    ("cell", "column"),
    [
        ('"Báo cáo "số 12" ngày 5"', 31),
        ('"86"3"', 25),  # a value: read as 863 without a word
        ('"a" "b"', 24),
    ],
)
@pytest.mark.parametrize("column_name", ["value", "note"])
def test_text_after_a_closing_quote_is_refused_wherever_it_is(
    tmp_path: Path, cell: str, column: int, column_name: str
) -> None:
    header = (
        "province,indicator,year,note,value"
        if column_name == "note"
        else "province,indicator,year,value,note"
    )
    text = f"{header}\nbinh-duong,rate,2024,{cell},5\nbac-lieu,rate,2024,5,\n"
    found = problems_of(write(tmp_path, text))
    assert (found[0].code, found[0].line, found[0].column) == ("csv.text_after_quote", 2, column)
    assert 'write a quote inside a quoted cell twice ("")' in str(found[0])


def test_a_quote_closing_a_cell_opened_lines_before_says_where_it_opened(tmp_path: Path) -> None:
    text = (
        "province,indicator,year,value,note\n"
        'binh-duong,rate,2022,35,"Báo cáo số 12\n'
        'binh-duong,rate,2023,50,a\n"b" c,d\n'
    )
    (problem,) = problems_of(write(tmp_path, text))
    assert (problem.code, problem.line, problem.column) == ("csv.text_after_quote_opened", 4, 1)
    assert (problem.msg.params["line"], problem.msg.params["column"]) == (2, 25)


def test_well_quoted_cells_are_read_as_written(tmp_path: Path) -> None:
    text = (
        "province,indicator,year,value,note\n"
        'binh-duong,rate,2022,35,"Báo cáo ""số 12"" ngày 5"\n'
        'binh-duong,rate,2023,36,"a, b\nc"\n'
        'binh-duong,rate,2024,37,x"y"z\n'
    )
    checked = totals(write(tmp_path, text))
    assert checked["note"].to_list() == ['Báo cáo "số 12" ngày 5', "a, b\nc", 'x"y"z']


def test_the_quote_never_closed_case_names_where_it_opens() -> None:
    """tests/fixtures/cases/csv-quote-never-closed."""
    assert _case("csv-quote-never-closed") == [
        ("csv.quote_never_closed", "data/r.csv:4:43", {"line": 4, "column": 43})
    ]
