"""Numbers as files store them, read as the user meant them: a Float32 Parquet value is the
decimal it shows (86.3), never its widened binary (86.30000305175781); negative zero, in any
reader and any numeric column, is 0 — so no output ever shows -0.

Cases: tests/fixtures/cases/parquet-float32, tests/fixtures/cases/negative-zero.
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path

import numpy as np
import polars as pl
import pytest
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import FIXTURES, Cli
from tests.data.helpers import check, problems_of, totals, write

from dxgap.data import numbers

CASES = FIXTURES / "cases"


def _shortest(value: float) -> float:
    """The decimal a Float32 shows (numpy's shortest round-trip text), as a Float64."""
    return float(str(np.float32(value))) + 0.0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(width=32, allow_nan=False, allow_infinity=False), min_size=1))
def test_a_float32_reads_as_the_shortest_decimal_that_gives_it_back(values: list[float]) -> None:
    stored = pl.Series(values, dtype=pl.Float32)
    read = pl.select(numbers.stored_number(pl.lit(stored), pl.Float32)).to_series().to_list()
    assert read == [_shortest(v) for v in values]
    assert all(math.copysign(1.0, v) == 1.0 for v in read if v == 0)
    assert [np.float32(v) for v in read] == [np.float32(v) for v in values]  # the same Float32


def test_decimal_and_integer_columns_are_their_digits() -> None:
    frame = pl.DataFrame(
        {
            "d": pl.Series(["86.3", "-0.0", "1586"]).cast(pl.Decimal(20, 4)),
            "i": pl.Series([2**53 + 1, 0, -5], dtype=pl.Int64),
        }
    )
    out = frame.select(
        numbers.stored_number(pl.col("d"), frame.schema["d"]),
        numbers.stored_number(pl.col("i"), frame.schema["i"]),
    )
    assert out["d"].to_list() == [86.3, 0.0, 1586.0]
    assert out["i"].to_list() == [float(2**53 + 1), 0.0, -5.0]


def test_the_float32_case_is_achieved(cli: Cli) -> None:
    """tests/fixtures/cases/parquet-float32: ≤ 86.3 by 2023, 86.3 stored as Float32."""
    code, out, _ = cli("check", "test-province", "-w", CASES / "parquet-float32", "-f", "json")
    assert code == 0
    (row,) = json.loads(out)
    assert (row["latest_value"], row["gap"], row["status"]) == (86.3, 0.0, "achieved")


@pytest.mark.parametrize("doubtful", [False, True], ids=["screened", "exact"])
def test_float32_values_read_alike_by_the_screen_and_the_exact_checks(
    tmp_path: Path, doubtful: bool
) -> None:
    path = tmp_path / "d.parquet"
    pl.DataFrame(
        {
            "province": ["binh-duong", "binh-duong"],
            "indicator": ["rate", "rate"],
            "year": [2021, 2023],
            "value": pl.Series([20.1, 86.3], dtype=pl.Float32),
            "note": [" a note with spaces " if doubtful else "a", "b"],  # spaces: exact checks
        }
    ).write_parquet(path)
    checked = check(path)
    assert checked.exact == (frozenset({0}) if doubtful else frozenset())
    assert checked.totals["value"].to_list() == [20.1, 86.3]


# --- negative zero -------------------------------------------------------------------------


def _no_negative_zero(values: list[float | None]) -> bool:
    return all(math.copysign(1.0, v) == 1.0 for v in values if v == 0)


ROWS: list[list[object]] = [
    ["binh-duong", "score", 2022, "-0", None, None],
    ["binh-duong", "score", 2023, "-0.0", None, None],
    ["binh-duong", "score", 2024, "\u22120", None, None],  # a Unicode minus
    ["binh-duong", "rate", 2023, None, "-0", "10"],
    ["bac-lieu", "rate", 2023, "0", "-0.0", "10"],
]
COLUMNS = ["province", "indicator", "year", "value", "numerator", "denominator"]


def _csv(folder: Path, style: str = "point") -> Path:
    mark = "," if style == "comma" else "."
    cells = [["" if c is None else str(c).replace(".", mark) for c in row] for row in ROWS]
    separator = ";" if style == "comma" else ","
    path = write(folder, "\n".join([separator.join(COLUMNS)] + [separator.join(r) for r in cells]))
    if style == "comma":
        write(folder, "decimal: comma\n", "d.csv.yaml")
    return path


@pytest.mark.parametrize("style", ["point", "comma"])
def test_negative_zero_in_csv_is_zero(tmp_path: Path, style: str) -> None:
    found = check(_csv(tmp_path, style))
    details = found.details.collect()
    assert details["value"].to_list() == [0.0] * 5
    assert _no_negative_zero(details["value"].to_list())
    assert _no_negative_zero(details["numerator"].to_list())
    assert _no_negative_zero(found.totals["value"].to_list())


def test_negative_zero_in_a_workbook_is_zero(tmp_path: Path) -> None:
    path = tmp_path / "d.xlsx"
    with xlsxwriter.Workbook(str(path)) as wb:
        sheet = wb.add_worksheet()
        sheet.write_row(0, 0, COLUMNS)
        sheet.write_row(1, 0, ["binh-duong", "score", 2023])
        sheet.write_number(1, 3, -0.0)  # a number cell
        sheet.write_row(2, 0, ["binh-duong", "score", 2024, "-0"])  # a text cell
        sheet.write_row(3, 0, ["binh-duong", "rate", 2023])
        sheet.write_number(3, 4, -0.0)
        sheet.write_number(3, 5, 10)
        sheet.write_row(4, 0, ["bac-lieu", "rate", 2023])
        sheet.write_number(4, 3, -0.0, wb.add_format({"num_format": "0%"}))  # shown as -0%
    details = check(path).details.collect()
    assert details["value"].to_list() == [0.0] * 4
    assert _no_negative_zero(details["value"].to_list())
    assert _no_negative_zero(details["numerator"].to_list())


@pytest.mark.parametrize("dtype", [pl.Float64, pl.Float32, pl.String])
def test_negative_zero_in_parquet_is_zero(tmp_path: Path, dtype: pl.DataType) -> None:
    path = tmp_path / "d.parquet"
    raw = [-0.0, -0.0, None] if dtype != pl.String else ["-0", "-0.0", None]
    counts = [None, None, -0.0] if dtype != pl.String else [None, None, "-0"]
    pl.DataFrame(
        {
            "province": ["binh-duong", "binh-duong", "bac-lieu"],
            "indicator": ["score", "score", "rate"],
            "year": [2023, 2024, 2023],
            "value": pl.Series(raw, dtype=dtype),
            "numerator": pl.Series(counts, dtype=dtype),
            "denominator": pl.Series([None, None, 10.0 if dtype != pl.String else "10"]),
        }
    ).write_parquet(path)
    found = check(path)
    details = found.details.collect()
    assert details["value"].to_list() == [0.0] * 3
    assert _no_negative_zero(details["value"].to_list())
    assert _no_negative_zero(details["numerator"].to_list())
    assert _no_negative_zero(totals(path)["value"].to_list())


def _negative_zero_workspace(tmp_path: Path, form: str) -> Path:
    """tests/fixtures/cases/negative-zero, its data file as CSV or rewritten as xlsx/Parquet."""
    ws = tmp_path / form
    shutil.copytree(CASES / "negative-zero", ws)
    if form == "csv":
        return ws
    source = ws / "data" / "d.csv"
    frame = pl.read_csv(source, infer_schema=False)
    source.unlink()
    if form == "parquet":
        frame.with_columns(pl.col("year").cast(pl.Int32), pl.col("value").cast(pl.Float64)).drop(
            "numerator", "denominator"
        ).filter(pl.col("value").is_not_null()).write_parquet(ws / "data" / "d.parquet")
        pl.DataFrame(
            {
                "province": ["test-province"],
                "indicator": ["online_dossier_rate"],
                "year": [2023],
                "numerator": pl.Series([-0.0], dtype=pl.Float32),
                "denominator": [10.0],
            }
        ).write_parquet(ws / "data" / "counts.parquet")
        return ws
    with xlsxwriter.Workbook(str(ws / "data" / "d.xlsx")) as wb:
        sheet = wb.add_worksheet()
        sheet.write_row(0, 0, frame.columns)
        for r, row in enumerate(frame.iter_rows(), start=1):
            for c, cell in enumerate(row):
                if c == 2:
                    sheet.write_number(r, c, int(str(cell)))
                elif c >= 3 and cell is not None:
                    sheet.write_number(r, c, float(str(cell)))
                elif cell is not None:
                    sheet.write_string(r, c, str(cell))
    return ws


@pytest.mark.parametrize("form", ["csv", "xlsx", "parquet"])
def test_no_output_shows_negative_zero(cli: Cli, tmp_path: Path, form: str) -> None:
    """tests/fixtures/cases/negative-zero: -0 values and a -0 numerator, in each format."""
    ws = _negative_zero_workspace(tmp_path, form)
    code, out, _ = cli("check", "test-province", "-w", ws, "-f", "json")
    assert code == 0, out
    rows = {row["target_id"]: row for row in json.loads(out)}
    assert repr(rows["index-2025"]["latest_value"]) == "0.0"
    assert repr(rows["online-dossiers-2025"]["latest_value"]) == "0.0"
    assert "-0.0" not in out
    code, out, _ = cli("trajectory", "test-province", "-w", ws, "-f", "json")
    assert code == 0, out
    actual = [p["actual"] for p in json.loads(out) if p.get("actual") is not None]
    assert 0.0 in actual
    assert _no_negative_zero(actual)
    assert "-0.0" not in out
    for table in ("gaps", "observations", "trajectory"):
        code, out, _ = cli("export", "--all", "-w", ws, "-t", table, "-f", "csv")
        assert code == 0, out
        cells = [cell for line in out.splitlines() for cell in line.split(",")]
        assert not {"-0.0", "-0"} & set(cells), (table, out)
    code, out, _ = cli("check", "test-province", "-w", ws)
    assert code == 0
    assert " -0 " not in out
    assert "-0%" not in out


@pytest.mark.parametrize("dtype", [pl.Float64, pl.Float32])
@pytest.mark.parametrize("column", ["value", "numerator", "denominator"])
@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")], ids=str)
def test_no_finite_number_in_a_parquet_float_column_is_read(
    tmp_path: Path, dtype: pl.DataType, column: str, number: float
) -> None:
    """NaN and infinity are no figures: refused at their cell, in any numeric column."""
    cells = {"value": [None], "numerator": [3.0], "denominator": [4.0]}
    cells[column] = [number]
    path = tmp_path / "d.parquet"
    pl.DataFrame(
        {
            "province": ["binh-duong"],
            "indicator": ["rate"],
            "year": [2024],
            **{name: pl.Series(values, dtype=dtype) for name, values in cells.items()},
        }
    ).write_parquet(path)
    found = problems_of(path)
    assert (found[0].code, found[0].location) == ("data.not_finite", column)
