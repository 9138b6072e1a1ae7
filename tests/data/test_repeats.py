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


def _no_disk(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("repeat", [False, True])
@pytest.mark.parametrize("fails", ["tempdir", "sink"])
def test_without_a_disk_to_spill_to_the_repeat_check_reads_batches_of_provinces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repeat: bool, fails: str
) -> None:
    """Beyond `KEY_BUDGET` rows, when no temporary directory can be made or written, repeats
    are looked for one batch of provinces at a time: slower, the same answer, no traceback."""
    monkeypatch.setattr(repeats, "KEY_BUDGET", 2)
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(repeats.tempfile, "tempdir", str(spill))
    if fails == "tempdir":
        monkeypatch.setattr(repeats.tempfile, "TemporaryDirectory", _no_disk)
    else:
        monkeypatch.setattr(pl.LazyFrame, "sink_ipc", _no_disk)
    batches: list[list[list[str]]] = []
    batched = repeats.province_batches
    monkeypatch.setattr(
        repeats, "province_batches", lambda c: batches.append(batched(c)) or batched(c)
    )
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
    else:
        with pytest.raises(InputError) as info:
            check_files([path], INDICATORS, provinces)
        assert [(p.code, p.line) for p in info.value.problems] == [("data.duplicate_dated", 5)]
    assert batches == [[["bac-lieu"], ["binh-duong"], ["binh-phuoc"]]]
    assert not any(spill.iterdir())  # nothing left behind by a failed spill


def _spied(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[list[int], Path]:
    """Spill into `tmp_path/spill`, record the number of hashes of each bucket sorted, and fail
    on the batched fallback: the spilled path must answer alone."""
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(repeats.tempfile, "tempdir", str(spill))
    monkeypatch.setattr(repeats, "province_batches", lambda _: pytest.fail("fell back"))
    sorted_sizes: list[int] = []
    sort = repeats._sorted_repeat
    monkeypatch.setattr(
        repeats, "_sorted_repeat", lambda h, **kw: sorted_sizes.append(h.len()) or sort(h, **kw)
    )
    return sorted_sizes, spill


def _area_rows(provinces: int, areas: int, months: range) -> str:
    """Distinct area rows: `provinces` × `areas` × `months` of 2024."""
    return "".join(
        f"p{p},rate,2024,2024-{m:02},a{a},1,2\n"
        for p in range(provinces)
        for a in range(areas)
        for m in months
    )


@pytest.mark.parametrize("repeat", [False, True])
def test_beyond_the_key_budget_hashes_are_spilled_in_buckets_and_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repeat: bool
) -> None:
    """240 area rows over a budget of 16 hashes: the hashes are written to 32 buckets (2^b ≥
    2 × 240 / 16), each sorted alone within the budget; a row of one file repeated in another
    file still meets it, as equal hashes share their bucket; the spill is removed after."""
    monkeypatch.setattr(repeats, "KEY_BUDGET", 16)
    sorted_sizes, spill = _spied(monkeypatch, tmp_path)
    a = write(tmp_path, AREAS + _area_rows(4, 5, range(1, 7)), "a.csv")
    again = "p3,rate,2024,2024-06,a4,1,2\n" if repeat else ""  # the last row of a.csv
    b = write(tmp_path, AREAS + again + _area_rows(4, 5, range(7, 13)), "b.csv")
    provinces = {f"p{p}" for p in range(4)}
    if repeat:
        with pytest.raises(InputError) as info:
            check_files([a, b], INDICATORS, provinces, {a: "a.csv", b: "b.csv"})
        assert [(p.code, p.where) for p in info.value.problems] == [
            ("data.duplicate_dated", "b.csv:2:1")
        ]
    else:
        checked = check_files([a, b], INDICATORS, provinces)
        assert checked.totals.height == 4 * 12
        assert len(sorted_sizes) > 16
        assert sum(sorted_sizes) == 240  # every bucket, once
    assert sorted_sizes
    assert max(sorted_sizes) <= 16
    assert not any(spill.iterdir())


def test_a_bucket_beyond_the_budget_is_a_possible_repeat_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only repeated keys fill one bucket beyond `KEY_BUDGET` hashes: it is not held, and the
    exact search locates the repeats."""
    monkeypatch.setattr(repeats, "KEY_BUDGET", 4)
    sorted_sizes, spill = _spied(monkeypatch, tmp_path)
    path = write(tmp_path, AREAS + "binh-duong,rate,2024,2024-06,Dĩ An,30,40\n" * 6)
    assert codes(problems_of(path)) == ["data.duplicate_dated"] * 5
    assert sorted_sizes == []
    assert not any(spill.iterdir())


def test_spilled_repeat_finds_one_repeat_among_many_distinct_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(repeats, "KEY_BUDGET", 1000)
    sorted_sizes, spill = _spied(monkeypatch, tmp_path)
    n = 20_000
    rows = pl.LazyFrame(
        {
            "province": ["p"] * n,
            "indicator": ["rate"] * n,
            "area": [f"a{i}" for i in range(n)],
            "breakdown": [None] * n,
            "date": ["2024-06"] * n,
            "year": [2024] * n,
            "out_of": [None] * n,
        },
        schema_overrides={"breakdown": pl.String, "out_of": pl.Int32},
    )
    assert not repeats.spilled_repeat(rows, n)
    assert len(sorted_sizes) == 64  # 2^6 ≥ 2 × 20,000 / 1,000
    assert sum(sorted_sizes) == n
    assert max(sorted_sizes) <= 1000
    repeated = pl.concat([rows, rows.slice(12_345, 1)])
    assert repeats.spilled_repeat(repeated, n + 1)
    assert not any(spill.iterdir())


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
