"""Number styles: cells as reports write them parsed in each style, or refused with the code
that says why; the cheap test agrees with the codes on any text."""

from __future__ import annotations

import os

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxgap import text
from dxgap.data import numbers
from dxgap.data.numbers import Decimal

BOUNDED = settings(
    max_examples=int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def read(cells: list[str | None], decimal: Decimal, percent: bool = True) -> pl.DataFrame:
    """(number, code, invalid) of each cell."""
    is_percent = pl.lit(percent)
    return pl.DataFrame({"c": cells}, schema={"c": pl.String}).select(
        number=numbers.value("c", decimal),
        code=numbers.problem("c", decimal, is_percent),
        invalid=numbers.invalid("c", decimal, is_percent),
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
    ],
)
def test_numbers_in_each_style(cell: str, decimal: Decimal, number: float) -> None:
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
        ("٢٠", "point", True, "data.not_a_number"),
        ("50%", "point", False, "data.percent_sign"),
        ("1e400", "point", True, "data.not_finite"),
        ("1,586", "comma", True, "data.ambiguous_comma"),
        ("86.3", "comma", True, "data.not_vietnamese_number"),
        ("50%", "comma", False, "data.percent_sign"),
    ],
)
def test_what_is_wrong_is_a_code(cell: str, decimal: Decimal, percent: bool, code: str) -> None:
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
    st.sampled_from([*"0123456789.,%+-eE ", "\u00a0", "x", "٢", "nan", "inf"]), max_size=10
).map("".join)


@BOUNDED
@given(cells=st.lists(CELLS, min_size=1, max_size=8), decimal=st.sampled_from(["point", "comma"]))
def test_the_cheap_test_agrees_with_the_codes(cells: list[str], decimal: Decimal) -> None:
    for percent in (True, False):
        df = read(list(cells), decimal, percent)
        assert df["invalid"].to_list() == df["code"].is_not_null().to_list()
        assert (df.filter(~pl.col("invalid"))["number"].is_finite()).all()


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("true", 1.0), ("Có", 1.0), ("x", 1.0), ("1", 1.0), ("không", 0.0), ("0", 0.0), ("2", None)],
)
def test_true_and_false_as_reports_write_them(cell: str, expected: float | None) -> None:
    df = pl.DataFrame({"c": [cell]}).select(numbers.parse_boolean("c"))
    assert df.item() == expected


@pytest.mark.parametrize(
    ("cell", "decimal", "digits"),
    [("86.25", "point", 2), ("86", "point", 0), ("86,3 %", "comma", 1), ("1.586", "comma", 0)],
)
def test_decimals_written(cell: str, decimal: Decimal, digits: int) -> None:
    df = pl.DataFrame({"c": [cell]}).select(numbers.decimals("c", decimal))
    assert df.item() == digits
