"""Across provinces: one indicator ranked in its good direction, and targets counted by status."""

from __future__ import annotations

import polars as pl
import pytest
from tests.engine.helpers import measured, obs, target, targets

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


def test_a_province_ranked_among_63_and_among_34_is_in_both_lists() -> None:
    """DTI 2024 ranks the 63 old provinces and the 34 merged units: a province has a figure in
    each, each ranked in its own list; its target of 63 (top 10) stays in the list of 63."""
    t = targets(
        target(province="a", unit="rank", comparator="<=", target_value=10.0, out_of=63,
               target_year=2030)
    )  # fmt: skip
    m = measured(
        {"province": "a", "year": 2022, "value": 12.0, "out_of": 63, "date": "2023-07-12"},
        {"province": "a", "year": 2024, "value": 5.0, "out_of": 34, "date": "2025-10-21"},
        {"province": "b", "year": 2024, "value": 20.0, "out_of": 63, "date": "2025-10-21"},
        {"province": "b", "year": 2024, "value": 3.0, "out_of": 34, "date": "2025-10-21"},
    )
    opts = engine.Options(as_of=2024)
    ranked = engine.compare(engine.analyse(t, m, opts), m, "ind", opts, lower_is_better=True)
    rows = ranked.select("out_of", "rank", "province", "latest_value", "target_id").rows()
    assert rows == [
        (63, 1, "a", 12.0, "t"),  # 12th of 63 before 20th of 63
        (63, 2, "b", 20.0, None),
        (34, 1, "b", 3.0, None),  # 3rd of 34 before 5th of 34: never 5 against 12
        (34, 2, "a", 5.0, None),  # the target of 63 is not shown beside a rank of 34
    ]


def test_a_rank_target_of_63_stays_beside_a_province_ranked_only_among_34() -> None:
    """With no figure in its own list, the target is still the province's: shown beside the
    other list's figure, with the status the engine gives it (not comparable)."""
    t = targets(
        target(province="a", unit="rank", comparator="<=", target_value=10.0, out_of=63,
               target_year=2030)
    )  # fmt: skip
    m = measured({"province": "a", "year": 2024, "value": 5.0, "out_of": 34})
    opts = engine.Options(as_of=2024)
    row = engine.compare(engine.analyse(t, m, opts), m, "ind", opts).row(0, named=True)
    assert (row["out_of"], row["target_id"], row["status"]) == (34, "t", "not_comparable")
