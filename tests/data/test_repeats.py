"""Rows against rows: the same figure given twice (in one file, across files, for one area) and
area rows of which only some carry counts, each located at its row by the file's reader."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from tests.data.helpers import (
    HEADER,
    INDICATORS,
    check,
    codes,
    problems,
    problems_of,
    totals,
    write,
)

from dxgap.data import check as check_module
from dxgap.data import repeats
from dxgap.data.check import check_files
from dxgap.errors import InputError
from dxgap.text import Msg

AREAS = "province,indicator,year,date,area,numerator,denominator\n"


def test_a_repeated_area_row_is_located(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        AREAS + "binh-duong,rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-duong,rate,2024,2024-06,Thủ Dầu Một,10,60\n"
        "binh-duong,rate,2024,2024-06,Dĩ An,31,40\n",
    )
    assert problems(path) == [
        "d.csv:4:1: row: duplicate row: same province, indicator and date (same area) as line 2; "
        "keep one, or give each row the date of its report"
    ]


def test_a_key_hash_collision_costs_time_not_a_false_repeat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast check only proves distinct keys by distinct hashes: when every row's hash
    collides (forced here), the exact search decides, and finds no repeat in distinct rows."""
    monkeypatch.setattr(repeats, "_row_key", lambda *columns: pl.lit(7, pl.UInt64))
    path = write(
        tmp_path,
        AREAS + "binh-duong,rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-duong,rate,2024,2024-06,Thủ Dầu Một,10,60\n",
    )
    assert totals(path)["value"].to_list() == [40.0]  # 100 × (30 + 10) / (40 + 60)


def test_a_dated_area_row_repeated_under_another_year_is_located(tmp_path: Path) -> None:
    """A date names its time whatever the year column says, so these two rows collide."""
    path = write(
        tmp_path,
        AREAS
        + "binh-duong,rate,2024,2024-06,Dĩ An,30,40\nbinh-duong,rate,2025,2024-06,Dĩ An,31,40\n",
    )
    (problem,) = problems_of(path)
    assert (problem.code, problem.line) == ("data.duplicate_dated", 3)


def test_the_same_area_at_other_dates_is_no_repeat(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        AREAS + "binh-duong,rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-duong,rate,2024,2024-12,Dĩ An,31,40\n"
        "binh-duong,rate,2025,2025-06,Dĩ An,32,40\n",
    )
    assert totals(path).height == 3


def test_a_repeat_is_located_at_the_start_of_its_record(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f'{HEADER}\nbinh-duong,rate,2024,5,,,"a\nb"\nbac-lieu,rate,2024,5,,,\n'
        'binh-duong,rate,2024,6,,"c\nd",\n',
    )
    (problem,) = problems_of(path)
    assert (problem.line, problem.msg.params["first"]) == (5, Msg("data.line", line=2))


def test_mixed_area_rows_are_located(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "province,indicator,year,date,area,value,numerator,denominator\n"
        "binh-duong,rate,2024,2024-06,Dĩ An,,30,40\n"
        "binh-duong,rate,2024,2024-06,Thủ Dầu Một,60,,\n",
    )
    assert problems(path) == [
        "d.csv:3:1: row: this area row has a value but no numerator/denominator, while other "
        "areas of the same province, indicator and date do: the province's weighted rate needs "
        "counts for every area"
    ]


def test_repeats_are_found_after_the_cell_checks_pass(tmp_path: Path) -> None:
    """A file with bad cells is not compared with others: its rows are not known yet."""
    a = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,5,,,\n", "a.csv")
    b = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,5,,,\nbac-lieu,rate,2024,x,,,\n", "b.csv")
    assert codes(problems_of(a, b)) == ["data.not_a_number"]


def test_provinces_are_batched_within_the_key_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repeats, "KEY_BUDGET", 10)
    counts = pl.DataFrame({"province": ["c", "a", "b", "d"], "_rows": [4, 6, 4, 30]})
    assert repeats.province_batches(counts) == [["a", "b"], ["c"], ["d"]]


@pytest.mark.parametrize("repeat", [False, True])
def test_the_repeat_check_in_batches_of_provinces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repeat: bool
) -> None:
    """Beyond `KEY_BUDGET` rows, repeats are looked for one batch of provinces at a time."""
    monkeypatch.setattr(repeats, "KEY_BUDGET", 2)
    last = "Dĩ An" if repeat else "Bến Cát"
    path = write(
        tmp_path,
        AREAS + "binh-duong,rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-phuoc,rate,2024,2024-06,Dĩ An,30,40\n"  # same name, other province
        "bac-lieu,rate,2024,2024-06,Giá Rai,30,40\n"
        f"binh-duong,rate,2024,2024-06,{last},31,40\n",
    )
    provinces = {"binh-duong", "binh-phuoc", "bac-lieu"}
    if not repeat:
        assert check_files([path], INDICATORS, provinces).totals.height == 3
        return
    with pytest.raises(InputError) as info:
        check_files([path], INDICATORS, provinces)
    assert [(p.code, p.line) for p in info.value.problems] == [("data.duplicate_dated", 5)]


@pytest.mark.parametrize("repeat", [False, True])
def test_csv_files_are_parsed_once_for_the_repeat_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repeat: bool
) -> None:
    """Text files' area keys are hashed as the grouped pass reads them, across files too: their
    key columns are not read again (a second parse of a CSV file)."""
    monkeypatch.setattr(check_module._File, "keys", lambda _: pytest.fail("keys read again"))
    last = "Dĩ An" if repeat else "Bến Cát"
    a = write(tmp_path, AREAS + "binh-duong,rate,2024,2024-06,Dĩ An,30,40\n", "a.csv")
    b = write(
        tmp_path,
        AREAS + "binh-duong,rate,2024,2024-12,Dĩ An,30,40\n"
        f"binh-duong,rate,2024,2024-06,{last},31,40\n",
        "b.csv",
    )
    if not repeat:
        assert totals(a, b)["value"].to_list() == [61 / 80 * 100, 75.0]
        return
    assert problems(a, b) == [
        "b.csv:3:1: row: duplicate row: same province, indicator and date (same area) as line 2 "
        "of a.csv; keep one, or give each row the date of its report"
    ]


def test_hashes_missing_from_the_pass_send_the_check_back_to_the_key_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fewer hashes taken than area rows counted (a batch Polars did not hand over): the key
    columns are read again rather than a repeat missed."""
    monkeypatch.setattr(repeats.KeyHashes, "_take", lambda _, batch: batch.is_not_null())
    path = write(
        tmp_path,
        AREAS + "binh-duong,rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-duong,rate,2024,2024-06,Dĩ An,31,40\n",
    )
    assert [(p.code, p.line) for p in problems_of(path)] == [("data.duplicate_dated", 3)]


def test_duplicates_name_the_earlier_row() -> None:
    rows = pl.DataFrame(
        {
            "_file": ["a.csv", "a.csv", "b.csv"],
            "_fileno": [0, 0, 1],
            "_row": [0, 1, 0],
            "province": ["p", "p", "p"],
            "indicator": ["i", "i", "i"],
            "target": [None, None, None],
            "area": [None, None, None],
            "breakdown": [None, None, None],
            "out_of": [None, None, None],
            "date": ["2024-01", "2024-02", "2024-01"],
            "year": [2024, 2024, 2025],
        }
    )
    found = repeats.duplicates(rows)
    assert found.select("_file", "_row", "_first_file", "_first_fileno", "_first_row").rows() == [
        ("b.csv", 0, "a.csv", 0, 0)
    ]


RANKS = "province,indicator,year,value,out_of\n"


def test_ranks_of_one_year_out_of_different_numbers_of_units_are_no_repeat(
    tmp_path: Path,
) -> None:
    """DTI 2024 ranked Bình Dương on the 63 provinces and on the 34 merged units: two figures,
    both kept, each with its number of units, though neither row is dated."""
    path = write(tmp_path, RANKS + "binh-duong,rank,2024,5,63\nbinh-duong,rank,2024,3,34\n")
    assert totals(path).select("year", "value", "out_of").sort("out_of").rows() == [
        (2024, 3.0, 34),
        (2024, 5.0, 63),
    ]


@pytest.mark.parametrize("rows", [("5,63", "3,34"), ("3,34", "5,63")])
def test_the_two_rankings_of_a_year_come_out_in_one_order_whatever_the_file_order(
    tmp_path: Path, rows: tuple[str, str]
) -> None:
    """Province totals are in a total order (the ranking's number of units breaks the tie of
    province, indicator, year and date): an export or a cache written twice is the same file."""
    body = "".join(f"binh-duong,rank,2024,{r}\n" for r in rows)
    path = write(tmp_path, RANKS + body)
    for _ in range(5):  # a hash-grouped pass gives its groups in no fixed order
        assert totals(path).select("value", "out_of").rows() == [(3.0, 34), (5.0, 63)]


@pytest.mark.parametrize(("first", "second"), [("63", "63"), ("", "")])
def test_ranks_out_of_the_same_number_of_units_are_a_repeat(
    tmp_path: Path, first: str, second: str
) -> None:
    """The same number of units, or none given in either row, is still the same figure twice."""
    path = write(
        tmp_path, RANKS + f"binh-duong,rank,2024,5,{first}\nbinh-duong,rank,2024,6,{second}\n"
    )
    (problem,) = problems_of(path)
    assert (problem.code, problem.line) == ("data.duplicate_undated", 3)


def test_a_rank_with_its_units_and_one_without_are_no_repeat(tmp_path: Path) -> None:
    path = write(tmp_path, RANKS + "binh-duong,rank,2024,5,63\nbinh-duong,rank,2024,5,\n")
    assert sorted(totals(path)["out_of"].to_list(), key=str) == [63, None]


def test_ranks_out_of_different_numbers_across_files_are_no_repeat(tmp_path: Path) -> None:
    old = write(tmp_path, RANKS + "binh-duong,rank,2024,5,63\n", "old.csv")
    new = write(tmp_path, RANKS + "binh-duong,rank,2024,3,34.0\n", "new.csv")
    assert sorted(totals(old, new)["out_of"].to_list()) == [34, 63]
    again = write(tmp_path, RANKS + "binh-duong,rank,2024,4,63\n", "again.csv")
    (problem,) = problems_of(old, again)
    assert (problem.code, problem.where) == ("data.duplicate_undated", "again.csv:2:1")


@pytest.mark.parametrize(("units", "repeat"), [(("63", "34"), False), (("63", "63"), True)])
def test_area_ranks_are_told_apart_by_their_number_of_units(
    tmp_path: Path, units: tuple[str, str], repeat: bool
) -> None:
    """Area rows take the sorted-hash path of the repeat check: the units are in its key too."""
    a, b = units
    path = write(
        tmp_path,
        "province,indicator,year,date,area,value,out_of\n"
        f"binh-duong,rank,2024,2024-06,Dĩ An,2,{a}\n"
        f"binh-duong,rank,2024,2024-06,Dĩ An,1,{b}\n",
    )
    if repeat:
        assert codes(problems_of(path)) == ["data.duplicate_dated"]
    else:
        check(path)  # raises nothing


def test_ranks_beside_a_file_re_read_exactly_without_the_units_column(tmp_path: Path) -> None:
    """A file the screen doubts (a padded value) is grouped again on its own, without the
    optional columns, and joined to the groups of the others, ranks' units kept."""
    ranks = write(tmp_path, RANKS + "binh-duong,rank,2024,5,63\n", "ranks.csv")
    padded = write(tmp_path, f"{HEADER}\nbac-lieu,rate,2024, 7 ,,,\n", "padded.csv")
    checked = check(ranks, padded)
    assert checked.exact == frozenset({1})
    assert checked.totals.select("province", "value", "out_of").rows() == [
        ("bac-lieu", 7.0, None),
        ("binh-duong", 5.0, 63),
    ]
