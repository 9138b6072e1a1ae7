"""Number styles: cells as reports write them parsed in each style, or refused with the code
that says why — never read as another number; the cheap test agrees with the codes on any
text."""

from __future__ import annotations

import os

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxgap import text
from dxgap.data import numbers
from dxgap.data.numbers import Style

BOUNDED = settings(
    max_examples=int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def read(cells: list[str | None], decimal: Style, percent: bool = True) -> pl.DataFrame:
    """(number, code, invalid) of each cell."""
    is_percent = pl.lit(percent)
    frame = pl.LazyFrame({"c": cells}, schema={"c": pl.String})
    return (
        numbers.cells(frame, ["c"])
        .select(
            number=numbers.value("c", decimal),
            code=numbers.problem("c", decimal, is_percent),
            invalid=numbers.invalid("c", decimal, is_percent),
        )
        .collect()
    )


@pytest.mark.parametrize(
    ("cell", "decimal", "number"),
    [
        ("86.3", "point", 86.3),
        (" 76 % ", "point", 76.0),
        ("1586", "point", 1586.0),
        ("1e2", "point", 100.0),
        (".5", "point", 0.5),
        ("86,3", "comma", 86.3),
        ("1.586", "comma", 1586.0),
        ("1.586,5", "comma", 1586.5),
        ("\u00a086,3\u202f%", "comma", 86.3),
        # thousands grouped by spaces (plain, non-breaking, narrow non-breaking): threes only
        ("1 586", "point", 1586.0),
        ("1\u00a0586", "point", 1586.0),
        ("12\u202f345\u202f678.5", "point", 12345678.5),
        ("1\u00a0586,5", "comma", 1586.5),
        ("1 586 %", "comma", 1586.0),
        # the Unicode minus sign is a minus
        ("\u22125", "point", -5.0),
        ("\u22120,5 %", "comma", -0.5),
        # either style: what both read alike, or only one reads
        ("20,5", "either", 20.5),
        ("86.3", "either", 86.3),
        ("1586", "either", 1586.0),
        ("1.586.000", "either", 1586000.0),
        ("1.586,5", "either", 1586.5),
        ("0.586", "either", 0.586),
        ("1e3", "either", 1000.0),
        ("1 586,5", "either", 1586.5),
    ],
)
def test_numbers_in_each_style(cell: str, decimal: Style, number: float) -> None:
    row = read([cell], decimal).row(0, named=True)
    assert row == {"number": pytest.approx(number), "code": None, "invalid": False}


@pytest.mark.parametrize(
    ("cell", "decimal", "percent", "code"),
    [
        ("1,586", "point", True, "data.ambiguous_point"),
        ("86,3", "point", True, "data.vietnamese_style"),
        ("1.586,5", "point", True, "data.vietnamese_style"),
        ("12,345.6", "point", True, "data.thousands_grouped"),
        ("abc", "point", True, "data.not_a_number"),
        ("٢٠", "point", True, "data.foreign_digits"),
        ("８６．３", "point", True, "data.foreign_digits"),
        ("８６", "comma", True, "data.foreign_digits"),
        ("50%", "point", False, "data.percent_sign"),
        ("1e400", "point", True, "data.not_finite"),
        ("1,586", "comma", True, "data.ambiguous_comma"),
        ("86.3", "comma", True, "data.not_vietnamese_number"),
        ("0.586", "comma", True, "data.not_vietnamese_number"),  # 0 groups no thousands
        ("50%", "comma", False, "data.percent_sign"),
        # spaces inside a number: only between groups of three digits
        ("8 6.3", "point", True, "data.space_in_number"),
        ("12 34 5", "point", True, "data.space_in_number"),
        ("1\u00a05\u00a08\u00a06", "point", True, "data.space_in_number"),
        ("12 3456", "point", True, "data.space_in_number"),
        ("1\t2", "point", True, "data.space_in_number"),
        ("1 5,5", "comma", True, "data.space_in_number"),
        ("- 5", "point", True, "data.space_in_number"),
        ("bảy mươi", "point", True, "data.not_a_number"),  # words, not a spaced number
        # either style: two readings that differ are refused
        ("1.586", "either", True, "data.ambiguous_style"),
        ("12.345", "either", True, "data.ambiguous_style"),
        ("1,586", "either", True, "data.ambiguous_style"),
        ("1,586.5", "either", True, "data.not_a_number"),
        ("٢٠", "either", True, "data.foreign_digits"),
        ("50%", "either", False, "data.percent_sign"),
        ("–5", "point", True, "data.not_a_number"),  # an en dash is no minus
    ],
)
def test_what_is_wrong_is_a_code(cell: str, decimal: Style, percent: bool, code: str) -> None:
    row = read([cell], decimal, percent).row(0, named=True)
    assert (row["code"], row["invalid"]) == (code, True)
    assert code in numbers.CODES


def test_a_missing_cell_is_no_problem() -> None:
    assert read([None], "point").row(0) == (None, None, False)


def test_every_code_is_in_both_catalogues_and_quotes_the_cell() -> None:
    for lang in text.LANGS:
        for code in numbers.CODES:
            assert text.placeholders(text.catalogue(lang)[code]) == {"cell"}, (lang, code)


CELLS = st.lists(
    st.sampled_from(
        [*"0123456789.,%+-eE ", "\u00a0", "\u202f", "\u2212", "\t", "x", "٢", "８", "nan", "inf"]
    ),
    max_size=10,
).map("".join)
STYLES = st.sampled_from(["point", "comma", "either"])


@BOUNDED
@given(cells=st.lists(CELLS, min_size=1, max_size=8), decimal=STYLES)
def test_the_cheap_test_agrees_with_the_codes(cells: list[str], decimal: Style) -> None:
    for percent in (True, False):
        df = read(list(cells), decimal, percent)
        assert df["invalid"].to_list() == df["code"].is_not_null().to_list()
        assert (df.filter(~pl.col("invalid"))["number"].is_finite()).all()


@BOUNDED
@given(cells=st.lists(CELLS, min_size=1, max_size=8))
def test_a_cell_both_styles_read_is_read_alike_or_refused(cells: list[str]) -> None:
    """`either` never reads a number that one of the declared styles reads otherwise."""
    either = read(list(cells), "either")
    point, comma = read(list(cells), "point"), read(list(cells), "comma")
    for row, p, c in zip(either.iter_rows(named=True), point.rows(), comma.rows(), strict=True):
        if row["invalid"]:
            continue
        readings = {r[0] for r in (p, c) if not r[2]}
        assert readings == {row["number"]}, (row, p, c)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("2024", 2024), ("2024.0", 2024), ("2024,00", 2024), ("2024.5", None), ("2.024", None)],
)
def test_whole_numbers_as_spreadsheets_export_them(cell: str, expected: int | None) -> None:
    assert pl.DataFrame({"c": [cell]}).select(numbers.whole("c")).item() == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        *[("true", 1.0), ("Có", 1.0), ("x", 1.0), ("X", 1.0), ("yes", 1.0), ("✓", 1.0)],
        *[("1", 1.0), ("không", 0.0), ("no", 0.0), ("0", 0.0), ("2", None), ("1.0", None)],
    ],
)
def test_true_and_false_as_reports_write_them(cell: str, expected: float | None) -> None:
    df = pl.DataFrame({"c": [cell]}).select(numbers.parse_boolean("c"))
    assert df.item() == expected


@pytest.mark.parametrize(
    ("cell", "decimal", "digits"),
    [
        *[("86.25", "point", 2), ("86", "point", 0), ("86,3 %", "comma", 1)],
        *[("1.586", "comma", 0), ("1 586.25", "point", 2), ("86,25", "either", 2)],
        *[("86.25", "either", 2), ("1.586.000", "either", 0), ("1.586,5", "either", 1)],
    ],
)
def test_decimals_written(cell: str, decimal: Style, digits: int) -> None:
    df = numbers.cells(pl.LazyFrame({"c": [cell]}), ["c"]).select(numbers.decimals("c", decimal))
    assert df.collect().item() == digits
