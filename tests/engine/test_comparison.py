"""Across provinces: one indicator ranked in its good direction, and targets counted by status."""

from __future__ import annotations

import polars as pl
import pytest
from tests.engine.helpers import obs, target, targets

from dxgap import engine


def _three_provinces(unit: str, comparator: str, values: dict[str, float]) -> pl.LazyFrame:
    return pl.concat([obs((2023, v)).with_columns(province=pl.lit(p)) for p, v in values.items()])


@pytest.mark.parametrize(
    ("unit", "comparator", "order"),
    [("percent", ">=", ["c", "a", "b"]), ("rank", "<=", ["b", "a", "c"])],
)
def test_ranks_follow_the_good_direction(unit: str, comparator: str, order: list[str]) -> None:
    values = {"a": 40.0, "b": 20.0, "c": 60.0}
    t = targets(
        *[
            target(seq=i, province=p, target_id=f"t{i}", unit=unit, comparator=comparator,
                   target_value=10.0 if unit == "rank" else 80.0)
            for i, p in enumerate(values, 1)
        ]
    )  # fmt: skip
    m = _three_provinces(unit, comparator, values)
    opts = engine.Options(as_of=2024)
    ranked = engine.compare(engine.analyse(t, m, opts), m, "ind", opts)
    assert ranked["province"].to_list() == order
    assert ranked["rank"].to_list() == [1, 2, 3]


def test_gap_to_a_benchmark_target() -> None:
    t = targets(
        target(seq=1, province="a", target_id="own", target_value=70.0),
        target(seq=2, province="nation", target_id="national", target_value=80.0, target_year=2025),
    )
    m = _three_provinces("percent", ">=", {"a": 50.0, "nation": 60.0})
    opts = engine.Options(as_of=2024)
    ranked = engine.compare(engine.analyse(t, m, opts), m, "ind", opts, benchmark="nation")
    row = ranked.row(0, named=True)
    assert (row["province"], row["benchmark_target_value"], row["gap_to_benchmark"]) == (
        "a",
        80.0,
        30.0,
    )
    assert "nation" not in ranked["province"].to_list()


def test_status_summary_counts_every_target_and_the_behind_first() -> None:
    gap_table = pl.DataFrame(
        {
            "province": ["a", "a", "a", "b", "b"],
            "status": ["missed", "no_data", "not_quantified", "achieved", "on_track"],
        }
    )
    counts = engine.status_summary(gap_table)
    assert counts["province"].to_list() == ["a", "b"]
    a = counts.row(0, named=True)
    assert (a["targets"], a["quantified"], a["with_data"], a["behind"]) == (3, 2, 1, 1)
    assert a["coverage_pct"] == 50.0


def test_compare_picks_a_dated_target_before_one_with_no_deadline() -> None:
    t = targets(
        target(seq=1, province="a", target_id="whenever", target_year=None, target_value=65.0),
        target(seq=2, province="a", target_id="by-2026", target_year=2026, target_value=70.0),
    )
    m = obs((2024, 50.0)).with_columns(province=pl.lit("a"))
    opts = engine.Options(as_of=2024)
    row = engine.compare(engine.analyse(t, m, opts), m, "ind", opts).row(0, named=True)
    assert (row["target_id"], row["period"], row["mixed_periods"]) == ("by-2026", "2024", False)
