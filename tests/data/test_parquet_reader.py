"""The Parquet reader: typed columns as stored, text columns checked as CSV cells, problems
located at the row (row 1 is the first row: Parquet has no header line) and column number."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from tests.data.helpers import check, codes, problems, problems_of, totals, write


def parquet(path: Path, **columns: pl.Series | list[object]) -> Path:
    pl.DataFrame(columns).write_parquet(path)
    return path


def test_typed_columns_need_no_parsing(tmp_path: Path) -> None:
    path = parquet(
        tmp_path / "d.parquet",
        province=["binh-duong", "bac-lieu"],
        indicator=["rate", "rank"],
        year=pl.Series([2024, 2023], dtype=pl.Int64),
        value=pl.Series([76.5, 5.0], dtype=pl.Float64),
    )
    assert totals(path).select("province", "value").rows() == [
        ("bac-lieu", 5.0),
        ("binh-duong", 76.5),
    ]
    assert check(path).exact == frozenset()  # clean: vouched for by the screen


def test_problems_are_located_at_row_and_column(tmp_path: Path) -> None:
    path = parquet(
        tmp_path / "d.parquet",
        province=["binh-duong", "hanoi"],
        indicator=["rate", "rate"],
        year=[2024, 2024],
        value=["76", "x"],
    )
    assert problems(path) == [
        "d.parquet:2:1: province: unknown province 'hanoi'; did you mean ha-noi?",
        "d.parquet:2:4: value: 'x' is not a number",
    ]


def test_a_typed_value_that_is_not_finite(tmp_path: Path) -> None:
    path = parquet(
        tmp_path / "d.parquet",
        province=["binh-duong"],
        indicator=["rate"],
        year=[2024],
        value=pl.Series([float("inf")], dtype=pl.Float64),
    )
    assert problems(path) == ["d.parquet:1:4: value: 'inf' is not a finite number"]


def test_duplicate_rows_are_located_at_their_rows(tmp_path: Path) -> None:
    path = parquet(
        tmp_path / "d.parquet",
        province=["binh-duong"] * 3,
        indicator=["rate"] * 3,
        year=[2023, 2024, 2024],
        value=[1.0, 2.0, 3.0],
    )
    assert problems(path) == [
        "d.parquet:3:1: row: duplicate row: same province, indicator and year (both undated) as "
        "line 2; keep one, or give each row the date of its report"
    ]


def test_a_column_of_another_type_is_refused(tmp_path: Path) -> None:
    path = parquet(
        tmp_path / "d.parquet",
        province=["binh-duong"],
        indicator=["rate"],
        year=[2024],
        value=[[1.0, 2.0]],
    )
    assert problems(path) == [
        "d.parquet:1:4: value: column 'value' holds List(Float64); expected text, numbers, "
        "true/false or dates"
    ]


def test_a_file_that_is_not_parquet_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, b"province,indicator\n", "d.parquet")
    (problem,) = problems_of(path)
    assert (problem.code, problem.line) == ("parquet.unreadable", 1)
    assert codes(problems_of(path)) == ["parquet.unreadable"]
