"""Ranks out of N, reference periods and definitions in data files (issue 16): each read as
written into the measurements, or refused at its cell; the screen reads them as the exact checks
do, and files without these columns are checked as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from tests.data.helpers import check, codes, problems, problems_of, totals, write

from dxgap.data import rules

HEADER = "province,indicator,year,value,date,out_of,period,definition"


def row(**cells: str) -> str:
    """A file of `HEADER` with one row: Bình Dương's rate of 5 in 2024, some cells changed."""
    base = dict.fromkeys(HEADER.split(","), "")
    base.update(province="binh-duong", indicator="rate", year="2024", value="5")
    return HEADER + "\n" + ",".join({**base, **cells}.values()) + "\n"


@pytest.mark.parametrize(
    "period",
    ["2024", "2024-Q1", "2024-Q4", "2024-01", "2024-12", "2024-W01", "2024-W52", "2024-02-29"],
)
def test_a_period_in_the_row_s_year_is_kept_as_written(tmp_path: Path, period: str) -> None:
    assert totals(write(tmp_path, row(period=period)))["period"].to_list() == [period]


@pytest.mark.parametrize(
    ("year", "weeks"),
    [("2015", 53), ("2020", 53), ("2026", 53), ("2021", 52), ("2024", 52), ("2025", 52)],
)
def test_week_53_exists_in_the_iso_years_that_have_it(
    tmp_path: Path, year: str, weeks: int
) -> None:
    """ISO years with 53 weeks start on a Thursday, or are leap years starting on a Wednesday
    (2015: Thursday; 2020: leap, Wednesday; 2026: Thursday; 2024: Monday)."""
    path = write(tmp_path, row(year=year, period=f"{year}-W53"))
    if weeks == 53:
        assert totals(path)["period"].to_list() == [f"{year}-W53"]
    else:
        assert codes(problems_of(path)) == ["data.no_such_period"]


@pytest.mark.parametrize(
    ("period", "code"),
    [
        *[("2024-Q0", "data.bad_period"), ("2024-Q5", "data.bad_period")],
        *[("2024-q1", "data.bad_period"), ("2024-W00", "data.bad_period")],
        *[("2024-W54", "data.bad_period"), ("2024-W3", "data.bad_period")],
        *[("2024-1", "data.bad_period"), ("2024-13", "data.bad_period")],
        *[("2024/01", "data.bad_period"), ("24", "data.bad_period"), ("Q1", "data.bad_period")],
        *[("２０２４", "data.bad_period"), ("2024-02-30", "data.no_such_period")],
        *[("2023-Q4", "data.period_outside_year"), ("2025-01-01", "data.period_outside_year")],
    ],
)
def test_a_period_out_of_shape_calendar_or_year_is_refused(
    tmp_path: Path, period: str, code: str
) -> None:
    found = problems_of(write(tmp_path, row(period=period)))
    assert [(p.code, p.location) for p in found] == [(code, "period")]


def test_a_period_outside_its_year_says_which_year(tmp_path: Path) -> None:
    (problem,) = problems_of(write(tmp_path, row(period="2023-Q4")))
    assert (
        str(problem) == "d.csv:2:26: period: period '2023-Q4' does not lie in the row's year 2024"
    )
    assert problem.message("vi") == "kỳ số liệu '2023-Q4' không thuộc năm 2024 của dòng"


@pytest.mark.parametrize(("cell", "read"), [("63", 63), ("63.0", 63), ("+34", 34), ("1", 1)])
def test_out_of_is_a_whole_number(tmp_path: Path, cell: str, read: int) -> None:
    path = write(tmp_path, row(indicator="rank", value="1", out_of=cell))
    assert totals(path)["out_of"].to_list() == [read]


@pytest.mark.parametrize("cell", ["63.5", "0", "-63", "abc", "6 3", "٦٣", "99999999999"])
def test_out_of_that_is_no_whole_number_of_at_least_one_is_refused(
    tmp_path: Path, cell: str
) -> None:
    found = problems_of(write(tmp_path, row(indicator="rank", value="1", out_of=cell)))
    assert [(p.code, p.location) for p in found] == [("data.out_of_invalid", "out_of")]


def test_a_rank_is_no_larger_than_the_units_ranked(tmp_path: Path) -> None:
    ok = write(tmp_path, row(indicator="rank", value="34", out_of="34"), "ok.csv")
    assert totals(ok).select("value", "out_of").rows() == [(34.0, 34)]
    bad = write(tmp_path, row(indicator="rank", value="35", out_of="34"))
    assert problems(bad) == [
        "d.csv:2:22: value: rank 35 is beyond the 34 units the ranking has ('out_of')"
    ]


def test_out_of_is_for_ranks_only(tmp_path: Path) -> None:
    assert problems(write(tmp_path, row(out_of="63"))) == [
        "d.csv:2:25: out_of: 'out_of' is for ranks only, but indicator 'rate' is in unit 'percent'"
    ]


def test_a_definition_is_free_text(tmp_path: Path) -> None:
    path = write(tmp_path, row(definition='"QĐ 766, tuần 3"'))
    assert totals(path)["definition"].to_list() == ["QĐ 766, tuần 3"]
    bad = write(tmp_path, row(definition="QĐ\x1b[31m766"), "bad.csv")
    assert codes(problems_of(bad)) == ["data.control_character"]


def test_a_dti_rank_out_of_63_and_out_of_34_in_one_year(tmp_path: Path) -> None:
    """DTI 2024 was published on the 63 provinces and on the 34 merged units: two figures of
    one year, told apart by the dates of their reports."""
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "binh-duong,rank,2024,5,2025-05,63,,DTI 2024\n"
        "binh-duong,rank,2024,3,2025-09,34,,DTI 2024\n",
    )
    assert totals(path).select("date", "value", "out_of").rows() == [
        ("2025-05", 5.0, 63),
        ("2025-09", 3.0, 34),
    ]


def test_figures_of_different_periods_are_told_apart_by_their_dates(tmp_path: Path) -> None:
    dated = write(
        tmp_path,
        f"{HEADER}\n"
        "binh-duong,rate,2024,64,2024-01-23,,2024-W03,QĐ 766\n"
        "binh-duong,rate,2024,75.62,2024-12-31,,2024,QĐ 766\n",
        "dated.csv",
    )
    assert totals(dated)["period"].to_list() == ["2024-W03", "2024"]
    undated = write(
        tmp_path,
        f"{HEADER}\nbinh-duong,rate,2024,61,,,2024-01,\nbinh-duong,rate,2024,62,,,2024-02,\n",
    )
    assert codes(problems_of(undated)) == ["data.duplicate_undated"]


def test_a_weighted_rate_of_areas_keeps_the_period_they_agree_on(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "province,indicator,year,date,area,numerator,denominator,period,definition\n"
        "binh-duong,rate,2024,2024-06,a,30,40,2024-Q2,QĐ 766\n"
        "binh-duong,rate,2024,2024-06,b,10,60,2024-Q2,QĐ 766\n"
        "binh-duong,rate,2024,2024-12,a,35,40,2024-Q4,QĐ 766\n"
        "binh-duong,rate,2024,2024-12,b,20,60,2024-12,\n",
    )
    assert totals(path).select("date", "value", "period", "definition").rows() == [
        ("2024-06", 40.0, "2024-Q2", "QĐ 766"),  # 100·40/100
        ("2024-12", 55.0, None, None),  # 100·55/100; the areas disagree
    ]


def test_the_screen_vouches_for_clean_ranks_periods_and_definitions(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "binh-duong,rank,2022,12,,63,,DTI 2022\n"
        "binh-duong,rate,2024,64,2024-01-23,,2024-W03,QĐ 766\n",
    )
    checked = check(path)
    assert checked.exact == frozenset()  # one streaming pass, no exact re-read
    assert checked.totals.select("out_of", "period", "definition").rows() == [
        (63, None, "DTI 2022"),
        (None, "2024-W03", "QĐ 766"),
    ]


def test_files_without_the_new_columns_evaluate_none_of_their_rules() -> None:
    plain = {rule.codes[0] for _, rule in rules.applicable(["province", "indicator", "year"])}
    new = {"data.out_of_invalid", "data.bad_period", "data.unknown_state", "data.task_cell"}
    assert not plain & new
    with_period = {rule.codes[0] for _, rule in rules.applicable(["year", "period"])}
    assert "data.bad_period" in with_period
    assert "data.out_of_invalid" not in with_period


def test_ranks_out_of_n_in_a_workbook(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for cells in [
        HEADER.split(","),
        ["binh-duong", "rank", 2022, 12, None, 63.0, None, "DTI 2022"],
        ["binh-duong", "rank", 2023, 9, None, 63.5, "2023", None],
    ]:
        wb.active.append(cells)
    wb.save(tmp_path / "r.xlsx")
    found = problems_of(tmp_path / "r.xlsx")
    assert [(p.code, p.where) for p in found] == [("data.out_of_invalid", "r.xlsx:Sheet!F3")]
    wb.active.delete_rows(3)
    wb.save(tmp_path / "r.xlsx")
    assert totals(tmp_path / "r.xlsx").select("out_of", "definition").rows() == [(63, "DTI 2022")]


def test_a_date_cell_is_no_out_of(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(HEADER.split(","))
    wb.active.append(["binh-duong", "rank", 2022, 12, None, 63, None, None])
    wb.active["F2"].number_format = "yyyy-mm-dd"
    wb.save(tmp_path / "r.xlsx")
    assert codes(problems_of(tmp_path / "r.xlsx")) == ["xlsx.date_cell"]


@pytest.mark.parametrize(
    ("dtype", "cells", "read"),
    [
        (pl.Int64, [63, 34], [63, 34]),
        (pl.Float64, [63.0, 34.0], [63, 34]),
        (pl.Float32, [63.0, None], [63, None]),
        (pl.String, ["63", "34"], [63, 34]),
    ],
)
def test_out_of_in_parquet(
    tmp_path: Path, dtype: pl.DataType, cells: list[object], read: list[int | None]
) -> None:
    path = tmp_path / "r.parquet"
    pl.DataFrame(
        {
            "province": ["binh-duong", "bac-lieu"],
            "indicator": ["rank", "rank"],
            "year": [2024, 2024],
            "value": [3.0, 12.0],
            "out_of": pl.Series(cells, dtype=dtype),
            "period": ["2024", None],
        }
    ).write_parquet(path)
    checked = check(path)
    assert checked.totals.sort("province", descending=True)["out_of"].to_list() == read
    assert checked.exact == frozenset()  # the screen read them


@pytest.mark.parametrize("cell", [63.5, 0.0, float("nan")])
def test_out_of_in_parquet_that_is_no_whole_number_is_refused(tmp_path: Path, cell: float) -> None:
    path = tmp_path / "r.parquet"
    pl.DataFrame(
        {
            "province": ["binh-duong"],
            "indicator": ["rank"],
            "year": [2024],
            "value": [3.0],
            "out_of": [cell],
        }
    ).write_parquet(path)
    found = problems_of(path)
    assert [(p.code, p.where) for p in found] == [("data.out_of_invalid", "r.parquet:1:5")]


@pytest.mark.parametrize(
    ("number_format", "read"), [("yyyy-mm-dd", "2024-01-23"), ("dd/mm/yyyy", "2024-01-23")]
)
def test_a_date_cell_showing_its_day_is_a_day_s_period(
    tmp_path: Path, number_format: str, read: str
) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(HEADER.split(","))
    wb.active.append(["binh-duong", "rate", 2024, 64, None, None, dt.date(2024, 1, 23), None])
    wb.active["G2"].number_format = number_format
    wb.save(tmp_path / "p.xlsx")
    assert totals(tmp_path / "p.xlsx")["period"].to_list() == [read]


@pytest.mark.parametrize("number_format", ["mmm-yy", "yyyy-mm", "mm/yyyy"])
def test_a_date_cell_showing_no_day_is_no_period(tmp_path: Path, number_format: str) -> None:
    """Excel turns a typed 2024-01 into 1 January 2024 shown as Jan-24: a month that must not
    become a day."""
    wb = openpyxl.Workbook()
    wb.active.append(HEADER.split(","))
    wb.active.append(["binh-duong", "rate", 2024, 64, None, None, dt.date(2024, 1, 1), None])
    wb.active["G2"].number_format = number_format
    wb.save(tmp_path / "p.xlsx")
    (problem,) = problems_of(tmp_path / "p.xlsx")
    assert (problem.code, problem.where) == ("xlsx.period_date_cell", "p.xlsx:Sheet!G2")


def test_a_parquet_day_or_midnight_is_a_day_s_period(tmp_path: Path) -> None:
    path = tmp_path / "p.parquet"
    pl.DataFrame(
        {
            "province": ["binh-duong", "bac-lieu", "binh-duong"],
            "indicator": ["rate", "rate", "count"],
            "year": [2024, 2024, 2024],
            "value": [64.0, 50.0, 3.0],
            "period": pl.Series(
                [dt.datetime(2024, 1, 23), dt.datetime(2024, 6, 30), dt.datetime(2024, 1, 23, 9)]
            ),
        }
    ).write_parquet(path)
    found = problems_of(path)  # a time of day is no period
    assert [(p.code, p.where) for p in found] == [("data.bad_period", "p.parquet:3:5")]
    pl.read_parquet(path).head(2).write_parquet(path)
    assert totals(path).sort("province", descending=True)["period"].to_list() == [
        "2024-01-23",
        "2024-06-30",
    ]
