"""A year ranked twice — DTI 2024 on the 63 former provinces and on the 34 units — and a rank
target: which ranking is that year's value (docs/methodology.md §12). The answer never depends
on the order of the rows."""

from __future__ import annotations

import polars as pl
import pytest
from tests.engine.helpers import measured, one, target, targets

from dxgap import frames
from dxgap.engine.series import set_aside

RANK = {"unit": "rank", "comparator": "<=", "target_value": 10.0, "target_year": 2025}

# 2022: 12th of 63; 2024: 11th of 63 and 5th of 34, published the same day
OF_63 = [(2022, 12.0, 63), (2024, 11.0, 63)]
OF_34 = [(2024, 5.0, 34)]


def _ranks(rows: list[tuple[int, float, int]]) -> pl.LazyFrame:
    return measured(
        *[{"year": y, "value": v, "out_of": n, "date": "2025-10-21"} for y, v, n in rows]
    )


ORDERS = pytest.mark.parametrize(
    "rows", [OF_63 + OF_34, OF_34 + OF_63], ids=["63-first", "34-first"]
)


@ORDERS
def test_a_province_of_the_63_only_reads_the_ranking_of_63(rows: list) -> None:
    """Bình Phước (merged in 2025) has no place among the 34: its "top 10" is of 63."""
    r = one(targets(target(**RANK, map_out_of=63)), _ranks(rows))
    assert (r["latest_year"], r["latest_value"], r["latest_out_of"]) == (2024, 11.0, 63)
    assert r["gap"] == pytest.approx(1.0)  # -1·(10 - 11)
    assert r["observed_pace"] == pytest.approx(-0.5)  # (11 - 12)/(2024 - 2022)
    assert r["status"] == "acceleration_needed"  # 0.5/(2/3) = 0.75


@ORDERS
def test_a_unit_of_the_34_only_reads_the_ranking_of_34(rows: list) -> None:
    r = one(targets(target(**RANK, map_out_of=34)), _ranks(rows))
    assert (r["latest_value"], r["latest_out_of"], r["status"]) == (5.0, 34, "achieved")


@ORDERS
def test_a_stated_out_of_wins_over_the_map(rows: list) -> None:
    r = one(targets(target(**RANK, out_of=34, map_out_of=63)), _ranks(rows))
    assert (r["latest_value"], r["latest_out_of"]) == (5.0, 34)


@ORDERS
def test_a_unit_of_both_maps_without_out_of_is_not_comparable(rows: list) -> None:
    """Đà Nẵng is a former province and a unit of the 34: 11th of 63 (the former city) or 5th of
    34 (the city with Quảng Nam)? Neither is taken, whatever the order."""
    t = targets(target(**RANK))
    r = one(t, _ranks(rows))
    assert r["status"] == "not_comparable"
    assert (r["latest_value"], r["gap"]) == (None, None)
    aside = set_aside(t, _ranks(rows), 2024).collect().row(0, named=True)
    assert (aside["reason"], aside["year"], aside["sizes"]) == ("rankings", 2024, [34, 63])


def test_before_the_year_of_two_rankings_nothing_is_ambiguous() -> None:
    t = targets(target(**RANK))
    r = one(t, _ranks(OF_63 + OF_34), as_of=2023)
    assert (r["latest_year"], r["latest_value"]) == (2022, 12.0)
    assert set_aside(t, _ranks(OF_63 + OF_34), 2023).collect().height == 0


def test_one_ranking_a_year_is_read_as_before() -> None:
    """A ranking of 193 countries every year (the nation's EGDI): no map, nothing to choose."""
    rows = [(2022, 86.0, 193), (2024, 71.0, 193)]
    r = one(targets(target(**{**RANK, "target_value": 50.0})), _ranks(rows))
    assert (r["latest_value"], r["latest_out_of"]) == (71.0, 193)


@pytest.mark.parametrize(
    ("pid", "merged_into", "size"),
    [
        ("binh-phuoc", None, 63),  # merged into Đồng Nai: a former province only
        ("binh-phuoc", "dong-nai", 63),
        ("da-nang", None, None),  # the former city and the unit of the 34 share the id
        ("ha-noi", None, None),
        ("vietnam", None, None),
    ],
)
def test_the_map_of_a_province(pid: str, merged_into: str | None, size: int | None) -> None:
    assert frames.map_units(pid, merged_into) == size


# --- after the rankings of 63 ended (the 2025 reorganisation) ---------------------------------


@pytest.mark.parametrize(
    ("kw", "as_of", "status"),
    [
        ({"out_of": 63}, 2026, "not_comparable"),  # "top 10 of 63 by 2025": no DTI 2025 of 63
        ({"map_out_of": 63}, 2026, "not_comparable"),  # Bình Phước's "top 10", merged in 2025
        ({"out_of": 63}, 2024, "acceleration_needed"),  # as it stood in 2024: judged as usual
        ({"out_of": 34}, 2026, "achieved"),  # a target of 34 reads the ranking of 34
        ({"out_of": 63, "target_year": 2024}, 2026, "missed"),  # due in a year ranked of 63
        ({"out_of": 63, "target_value": 11.0}, 2026, "achieved"),  # already met stays met
    ],
)
def test_a_rank_of_63_due_after_2024_cannot_be_measured(
    kw: dict[str, object], as_of: int, status: str
) -> None:
    r = one(targets(target(**{**RANK, **kw})), _ranks(OF_63 + OF_34), as_of=as_of)
    assert r["status"] == status


def test_a_standing_window_of_63_from_2025_cannot_be_measured() -> None:
    standing = {"out_of": 63, "frequency": "annual", "from_year": 2025, "target_year": 2030}
    t = targets(target(**{**RANK, **standing}))
    r = one(t, _ranks(OF_63), as_of=2026)
    assert (r["status"], r["latest_value"], r["gap"]) == ("not_comparable", 11.0, 1.0)
    aside = set_aside(t, _ranks(OF_63), 2026).collect().row(0, named=True)
    assert (aside["reason"], aside["year"], aside["value"]) == ("ended", 2024, 11.0)
