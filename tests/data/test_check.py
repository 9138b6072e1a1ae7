"""Checking data files as a whole: typed province totals from well-formed files in their
real-world variants, every problem of every file at once, the cache's re-check, and the rows
located through each file's reader."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal
from tests.data.helpers import (
    HEADER,
    INDICATORS,
    PROVINCES,
    REPO,
    check,
    codes,
    indicator,
    problems,
    problems_of,
    totals,
    write,
)

from dxgap.data import check as checking
from dxgap.data.check import check_files, rechecked
from dxgap.frames import DETAIL_SCHEMA, MEASUREMENT_SCHEMA
from dxgap.targets.models import Unit
from dxgap.text import Msg
from dxgap.workspace import Workspace


def test_rows_are_typed(tmp_path: Path) -> None:
    df = totals(write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024, 76 ,2024-03-20,seed 003,\n"))
    assert df.schema == MEASUREMENT_SCHEMA
    assert df.row(0) == (
        *("binh-duong", "rate", 2024, 76.0, "2024-03-20", "seed 003", None),
        *(None, None, None, None),  # out_of, period, definition, note_vi: not given
    )


def test_optional_columns_may_be_absent_and_in_any_order(tmp_path: Path) -> None:
    df = totals(write(tmp_path, "value,year,indicator,province\n0.74,2023,score,bac-lieu\n"))
    assert df.row(0) == ("bac-lieu", "score", 2023, 0.74, *[None] * 7)


def test_bom_crlf_quoted_fields_and_trailing_blank_lines(tmp_path: Path) -> None:
    text = (
        "\ufeff" + HEADER + "\r\n"
        'binh-duong,rate,2023,61.54,2024-01-23,"Cổng TTĐT, tuần 3","dòng 1\r\ndòng 2"\r\n'
        "binh-duong,rate,2024,76,2024-03-20,,\r\n\r\n"
    )
    df = totals(write(tmp_path, text))
    assert df["value"].to_list() == [61.54, 76.0]
    assert df["source"][0] == "Cổng TTĐT, tuần 3"


def test_decomposed_vietnamese_is_normalised_to_nfc(tmp_path: Path) -> None:
    note = unicodedata.normalize("NFD", "Bình Dương")
    df = totals(write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,,,{note}\n"))
    assert df["note"][0] == "Bình Dương"
    assert unicodedata.is_normalized("NFC", df["note"][0])


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        *[("true", 1.0), ("false", 0.0), ("1", 1.0), ("0", 0.0), ("yes", 1.0), ("No", 0.0)],
        *[("x", 1.0), ("X", 1.0), ("✓", 1.0), ("có", 1.0), ("CÓ", 1.0), (" không ", 0.0)],
        *[(unicodedata.normalize("NFD", "Có"), 1.0), ("đúng", 1.0), ("sai", 0.0)],
    ],
)
def test_boolean_values(tmp_path: Path, cell: str, value: float) -> None:
    df = totals(write(tmp_path, f"{HEADER}\nbac-lieu,done,2024,{cell},,,\n"))
    assert df["value"][0] == value


@pytest.mark.parametrize("cell", ["1.0", "0.5", "2", "ok", "-"])
def test_other_booleans_are_refused(tmp_path: Path, cell: str) -> None:
    path = write(tmp_path, f"{HEADER}\nbac-lieu,done,2024,{cell},,,\n")
    assert codes(problems_of(path)) == ["data.not_boolean"]


@pytest.mark.parametrize(
    ("year", "read"), [("2024", 2024), ("2024.0", 2024), ("2024,00", 2024), (" 2024 ", 2024)]
)
def test_years_as_spreadsheets_export_them(tmp_path: Path, year: str, read: int) -> None:
    """A whole year written with a fraction of zeros (a float column exported as text) is that
    year; 2024.5 is no year."""
    assert totals(write(tmp_path, f'{HEADER}\nbac-lieu,rate,"{year}",5,,,\n'))["year"][0] == read
    path = write(tmp_path, f"{HEADER}\nbac-lieu,rate,2024.5,5,,,\n", "e.csv")
    assert codes(problems_of(path)) == ["data.not_whole_number"]


def test_a_float_year_column_of_parquet_is_read_when_whole(tmp_path: Path) -> None:
    path = tmp_path / "d.parquet"
    pl.DataFrame(
        {"province": ["bac-lieu"] * 2, "indicator": ["rate"] * 2, "year": [2023.0, 2024.0]}
    ).with_columns(value=pl.lit(5.0)).write_parquet(path)
    assert totals(path)["year"].to_list() == [2023, 2024]


@pytest.mark.parametrize(
    ("cell", "read"),
    [("\u22125", -5.0), ("1\u00a0586", 1586.0), ("1\u202f586", 1586.0), ("1 586.5", 1586.5)],
)
def test_minus_signs_and_grouped_thousands(tmp_path: Path, cell: str, read: float) -> None:
    path = write(tmp_path, f'province,indicator,year,value\nbinh-duong,balance,2024,"{cell}"\n')
    indicators = {**INDICATORS, "balance": indicator("balance", Unit.INDEX)}
    assert check_files([path], indicators, PROVINCES).totals["value"].to_list() == [read]


def test_vietnamese_style_from_the_sidecar(tmp_path: Path) -> None:
    path = write(tmp_path, "province,indicator,year,value\nbinh-duong,count,2024,1.586\n")
    write(tmp_path, "decimal: comma\n", "d.csv.yaml")
    assert totals(path)["value"].to_list() == [1586.0]
    assert check(path).exact == frozenset({0})  # the screen reads point style only


def test_vietnamese_style_from_the_command_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'province,indicator,year,value\nbinh-duong,rate,2024,"86,3"\n')
    assert check(path, decimal="comma").totals["value"].to_list() == [86.3]
    assert codes(problems_of(path)) == ["data.vietnamese_style"]


def test_index_bounds_come_from_the_catalogue(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbac-lieu,score,2023,52.08,,,\n")
    assert problems(path) == [
        "d.csv:2:21: value: 52.08 is above 1, the maximum for indicator 'score'"
    ]


def test_line_numbers_count_multiline_quoted_fields(tmp_path: Path) -> None:
    text = f'{HEADER}\nbinh-duong,rate,2023,50,,,"a\nb\nc"\nbinh-duong,rate,2024,abc,,,\n'
    assert problems(write(tmp_path, text)) == ["d.csv:5:22: value: 'abc' is not a number"]


def test_all_problems_of_all_files_are_reported(tmp_path: Path) -> None:
    a = write(tmp_path, f"{HEADER}\nhanoi,rate,2024,50,,,\nbinh-duong,rate,20x4,50,,,\n", "a.csv")
    b = write(tmp_path, f"{HEADER}\nbinh-duong,rates,2024,50,,,\n", "b.csv")
    c = write(tmp_path, "province,indicator,yeer,value\n", "c.csv")
    assert problems(a, b, c) == [
        "c.csv:1:20: yeer: unknown column 'yeer' (did you mean 'year'?); allowed: province, "
        "indicator, year, value, date, source, note, area, breakdown, numerator, denominator, "
        "target, state, out_of, period, definition, note_vi",
        "c.csv:1:1: missing required column 'year'; the header has: province, indicator, yeer, "
        "value",
        "a.csv:2:1: province: unknown province 'hanoi'; did you mean ha-noi?",
        "a.csv:3:17: year: '20x4' is not a whole number",
        "b.csv:2:12: indicator: unknown indicator 'rates' (not in targets/indicators.yaml)",
    ]


def test_a_file_polars_cannot_parse_does_not_hide_the_others(tmp_path: Path) -> None:
    a = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,50,,,,extra\n", "a.csv")
    b = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,fifty,,,\n", "b.csv")
    assert problems(a, b) == [
        "a.csv:2:1: row has 8 fields, the header has 7; quote fields that contain commas",
        "b.csv:2:22: value: 'fifty' is not a number",
    ]


def test_at_most_200_cell_problems_per_file(tmp_path: Path) -> None:
    body = "".join(f"binh-duong,rate,{2000 + i % 100},x{i},,,\n" for i in range(300))
    found = problems_of(write(tmp_path, f"{HEADER}\n{body}"))
    assert len(found) == 201
    assert [p.line for p in found[:200]] == list(range(2, 202))
    assert found[200].msg == Msg("data.more_rows", count=100, limit=200)
    assert str(found[200]) == (
        "d.csv: … and 100 more rows with problems (at most 200 problems are listed per file); "
        "fix these and check again"
    )


def test_one_problem_per_cell_the_first_rule_winning(tmp_path: Path) -> None:
    """An empty value with one count is both "value is empty" and "give both"; an unknown
    boolean cell is reported once."""
    path = write(
        tmp_path,
        "province,indicator,year,value,numerator,denominator\n"
        "binh-duong,rate,2024,,3,\n"
        "bac-lieu,done,2024,maybe,,\n",
    )
    assert [(p.line, p.location, p.code) for p in problems_of(path)] == [
        (2, "value", "data.value_empty"),
        (2, "numerator", "data.counts_unpaired"),
        (3, "value", "data.not_boolean"),
    ]


def test_duplicates_across_files_name_both_places(tmp_path: Path) -> None:
    a = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,2024-03-20,,\n", "a.csv")
    b = write(
        tmp_path,
        f"{HEADER}\nbac-lieu,rate,2024,1,,,\nbinh-duong,rate,2024,77,2024-03-20,,\n",
        "b.csv",
    )
    assert problems(a, b) == [
        "b.csv:3:1: row: duplicate row: same province, indicator and date as line 2 of a.csv; "
        "keep one, or give each row the date of its report"
    ]


def test_two_dates_in_one_year_are_not_duplicates(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{HEADER}\nbinh-duong,rate,2024,61.54,2024-01-23,,\nbinh-duong,rate,2024,76,2024-03-20,,\n",
    )
    assert totals(path).height == 2


def test_a_sidecar_sheet_applies_to_workbooks_only(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,,,\n")
    write(tmp_path, "sheet: Data\n", "d.csv.yaml")
    assert problems(path) == ["d.csv.yaml:1:1: 'sheet' applies to .xlsx files only"]


def test_an_invalid_sidecar_is_located(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,,,\n")
    write(tmp_path, "decimal: dot\n", "d.csv.yaml")
    (problem,) = problems_of(path)
    assert (problem.path, problem.line, problem.location) == ("d.csv.yaml", 1, "decimal")


def test_no_files_give_empty_frames() -> None:
    checked = check_files([], INDICATORS, PROVINCES)
    assert checked.totals.height == 0
    assert checked.totals.schema == MEASUREMENT_SCHEMA
    assert checked.details.collect().height == 0
    assert checked.tables == ()


def test_details_are_every_row_typed(tmp_path: Path) -> None:
    a = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,,,\n\nbac-lieu,rank,2023,5,,,\n")
    details = check(a).details.collect().sort("_row")
    assert details.select(list(DETAIL_SCHEMA)).schema == pl.Schema(DETAIL_SCHEMA)
    assert details.select("_file", "_fileno", "_row", "province", "value").rows() == [
        ("d.csv", 0, 0, "binh-duong", 76.0),
        ("d.csv", 0, 2, "bac-lieu", 5.0),  # row 1, the blank line, is no row of data
    ]


def test_checked_locates_rows_through_each_files_reader(tmp_path: Path) -> None:
    text = f'{HEADER}\nbinh-duong,rate,2023,50,,,"a\nb"\nbac-lieu,rate,2024,7,,,\n'
    a = write(tmp_path, text, "a.csv")
    b = tmp_path / "b.parquet"
    pl.DataFrame(
        {
            "province": ["bac-lieu"] * 2,
            "indicator": ["rank"] * 2,
            "year": [2022, 2024],
            "value": [3, 4],
        }
    ).write_parquet(b)
    checked = check(a, b)
    assert checked.lines([(0, 0), (0, 1), (1, 1)]) == {(0, 0): 2, (0, 1): 4, (1, 1): 2}


def test_rechecked_types_rows_as_the_check_did(tmp_path: Path) -> None:
    clean = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,,,\n", "a.csv")
    spaced = write(tmp_path, f"{HEADER}\nbac-lieu,rate,2024, 7 ,,,\n", "b.csv")
    first = check(clean, spaced)
    assert first.exact == frozenset({1})  # the screen doubts " 7 "; the exact checks read it
    again = rechecked(
        [clean, spaced], INDICATORS, PROVINCES, None, "point", first.groups, first.exact
    )
    key = ["_fileno", "_row"]
    assert_frame_equal(
        again.details.collect().sort(key).drop("_file"),
        first.details.collect().sort(key).drop("_file"),
    )
    assert_frame_equal(again.totals, first.totals)
    assert again.lines([(1, 0)]) == {(1, 0): 2}


def test_a_large_clean_file_is_vouched_for_by_the_screen(tmp_path: Path) -> None:
    """Clean machine exports take the one fast pass; the exact checks never run."""
    body = "".join(
        f"binh-duong,rate,{2000 + i // 12},{i % 100},{2000 + i // 12}-{i % 12 + 1:02d},x,\n"
        for i in range(1000)
    )
    path = write(tmp_path, f"province,indicator,year,value,date,source,note\n{body}")
    assert check(path).exact == frozenset()


def test_the_bundled_workspace_checks() -> None:
    ws = Workspace(REPO)
    checked = ws.checked()
    assert checked.totals.height > 0
    assert checked.details.collect().height >= checked.totals.height


def test_area_counts_total_as_a_weighted_rate(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "province,indicator,year,date,area,numerator,denominator\n"
        "binh-duong,rate,2024,2024-06,Thủ Dầu Một,30,40\n"
        "binh-duong,rate,2024,2024-06,Dĩ An,10,60\n"
        "binh-duong,rate,2024,2024-12,Thủ Dầu Một,35,40\n",
    )
    june = totals(path).filter(pl.col("date") == "2024-06")
    assert june["value"].to_list() == [pytest.approx(100 * 40 / 100)]
    assert june["note"].to_list() == [
        "weighted rate of 2 areas: sum of numerators / sum of denominators"
    ]


def test_bundled_totals_equal_the_totals_of_the_rows(tmp_path: Path) -> None:
    """The grouped pass against the plain way, row by row: given totals, plus weighted rates of
    area counts where no total was given."""
    shutil.copytree(REPO / "targets", tmp_path / "targets")
    shutil.copytree(REPO / "data", tmp_path / "data")
    (tmp_path / "data" / "areas.csv").write_text(
        "province,indicator,year,date,area,numerator,denominator\n"
        "binh-duong,online_dossier_rate,2024,2024-06,Thủ Dầu Một,30,40\n"
        "binh-duong,online_dossier_rate,2024,2024-06,Dĩ An,10,60\n",
        encoding="utf-8",
    )
    ws = Workspace(tmp_path)
    rows = ws.checked().details.collect()
    key = ["province", "indicator", "year", "date"]
    figures = rows.filter(pl.col("target").is_null())  # task states are no measurements
    given = figures.filter(pl.col("area").is_null(), pl.col("breakdown").is_null())
    weighted = (
        figures.filter(pl.col("area").is_not_null(), pl.col("breakdown").is_null())
        .group_by(key)
        .agg(
            pl.col("numerator").sum(),
            pl.col("denominator").sum(),
            pl.len().alias("n"),
            pl.col("period").unique().alias("periods"),
            pl.col("definition").unique().alias("definitions"),
        )
        .join(given.select(key), on=key, how="anti", nulls_equal=True)
        .select(
            *key,
            value=100.0 * pl.col("numerator") / pl.col("denominator"),
            source=pl.lit(None, pl.String),
            note=pl.format(
                "weighted rate of {} areas: sum of numerators / sum of denominators", "n"
            ),
            out_of=pl.lit(None, pl.Int32),
            period=pl.when(pl.col("periods").list.len() == 1).then(pl.col("periods").list.first()),
            definition=pl.when(pl.col("definitions").list.len() == 1).then(
                pl.col("definitions").list.first()
            ),
            note_vi=pl.lit(None, pl.String),  # dxgap's own note: none in Vietnamese
        )
    )
    expected = pl.concat(
        [given.select(list(MEASUREMENT_SCHEMA)), weighted.select(list(MEASUREMENT_SCHEMA))]
    )
    by = [*key, "out_of"]  # a rank out of 63 and one out of 34 share the rest (DTI 2024)
    assert_frame_equal(
        ws.checked().totals.sort(by, nulls_last=False),
        expected.cast(MEASUREMENT_SCHEMA).sort(by, nulls_last=False),
    )


def test_an_unexpected_polars_error_is_not_swallowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error the files do not explain is a bug to report, not a problem of the input."""
    path = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,,,\n")

    def broken(*args: object, **kwargs: object) -> None:
        raise pl.exceptions.ComputeError("boom")

    monkeypatch.setattr(checking.pl, "collect_all", broken)
    with pytest.raises(pl.exceptions.ComputeError):
        check(path)


def test_a_file_that_cannot_be_opened_is_a_located_problem(tmp_path: Path) -> None:
    """A file removed or made a folder between listing and reading is an input problem."""
    folder = tmp_path / "x.csv"
    folder.mkdir()
    assert problems(tmp_path / "gone.csv", folder) == [
        "gone.csv: no such file",
        "x.csv: is a directory, expected a file",
    ]
