"""The gap table's formulas and status rules, on tiny inline frames with hand-computed answers."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.engine.helpers import obs, one, target, targets

from dxgap import engine

# --- formulas (hand-computed) ---------------------------------------------------------------


def test_linear_formulas_with_baseline() -> None:
    # base (2022, 30) → target 80 in 2025; observed 50 in 2023 and 62 in 2024
    r = one(
        targets(target(baseline_year=2022, baseline_value=30.0)),
        obs((2023, 50.0), (2024, 62.0)),
    )
    assert r["latest_year"] == 2024
    assert r["latest_value"] == 62.0
    assert r["gap"] == pytest.approx(18.0)  # 80 - 62
    assert r["progress_pct"] == pytest.approx(64.0)  # 100·(62-30)/(80-30)
    assert r["observed_pace"] == pytest.approx(16.0)  # (62-30)/(2024-2022)
    assert r["planned_pace"] == pytest.approx(50.0 / 3)  # (80-30)/(2025-2022)
    assert r["needed_pace"] == pytest.approx(18.0)  # (80-62)/(2025-2024)
    assert r["pace_ratio"] == pytest.approx(16.0 / (50.0 / 3))  # 0.96
    assert r["projected_value"] == pytest.approx(78.0)  # 62 + 16·1
    assert r["status"] == "on_track"


def test_earliest_observation_is_the_base_without_baseline() -> None:
    # Bình Phước DTI rank, target top-10 by 2030 (docs/methodology.md worked example)
    r = one(
        targets(target(unit="rank", comparator="<=", target_value=10.0, target_year=2030)),
        obs((2020, 25.0), (2021, 9.0), (2022, 12.0)),
    )
    assert r["gap"] == pytest.approx(2.0)  # -1·(10-12)
    assert r["progress_pct"] == pytest.approx(100 * 13 / 15)
    assert r["observed_pace"] == pytest.approx(-6.5)
    assert r["planned_pace"] == pytest.approx(-1.5)
    assert r["needed_pace"] == pytest.approx(-0.25)
    assert r["pace_ratio"] == pytest.approx(6.5 / 1.5)
    assert r["projected_value"] == 1.0  # 12 - 6.5·8 = -40, clipped to rank >= 1
    assert r["status"] == "on_track"


def test_as_of_ignores_later_observations() -> None:
    t = targets(target(unit="rank", comparator="<=", target_value=10.0, target_year=2030))
    r = one(t, obs((2020, 25.0), (2021, 9.0), (2022, 12.0)), as_of=2021)
    assert (r["latest_year"], r["latest_value"], r["gap"]) == (2021, 9.0, -1.0)
    assert r["status"] == "achieved"


def test_latest_date_wins_within_a_year_and_undated_counts_as_earlier() -> None:
    m = obs((2024, 61.54, "2024-01-23"), (2024, 76.0, "2024-03-20"), (2024, 70.0, None))
    r = one(targets(target()), m)
    assert r["latest_value"] == 76.0


def test_upper_bound_clips_projection() -> None:
    r = one(targets(target(target_value=99.0, target_year=2030)), obs((2022, 60.0), (2024, 90.0)))
    assert r["projected_value"] == 100.0  # 90 + 15·6 = 180, clipped


def test_equal_base_and_target_gives_null_progress() -> None:
    r = one(
        targets(target(baseline_year=2022, baseline_value=80.0, comparator=">")),
        obs((2024, 79.0)),
    )
    assert r["progress_pct"] is None
    assert r["planned_pace"] == 0.0
    assert r["pace_ratio"] is None
    assert r["status"] == "deterioration"  # planned pace 0 and the value moved away


@pytest.mark.parametrize(
    ("baseline", "points"),
    [
        ({}, [(2023, 35.0)]),  # one observation, no baseline: the base is that observation
        ({"baseline_year": 2023, "baseline_value": 30.0}, [(2023, 35.0)]),  # base in that year
        ({"baseline_year": 2024, "baseline_value": 30.0}, [(2023, 35.0)]),  # measured before it
    ],
    ids=["single-observation", "baseline-same-year", "observation-before-baseline"],
)
def test_nothing_has_moved_yet_so_progress_is_unknown(
    baseline: dict[str, Any], points: list[tuple[int, float]]
) -> None:
    r = one(targets(target(**baseline)), obs(*points))
    assert r["latest_value"] == 35.0
    assert r["progress_pct"] is None
    assert r["observed_pace"] is None


def test_a_flat_series_moved_by_zero_not_minus_zero() -> None:
    import math

    r = one(
        targets(target(unit="rank", comparator="<=", target_value=10.0)),
        obs((2020, 20.0), (2023, 20.0)),
    )
    assert r["progress_pct"] == 0.0
    assert math.copysign(1.0, r["progress_pct"]) == 1.0
    assert math.copysign(1.0, r["pace_ratio"]) == 1.0


def test_cagr_method() -> None:
    r = one(
        targets(
            target(
                unit="count",
                target_value=1000.0,
                target_year=2026,
                baseline_year=2020,
                baseline_value=100.0,
            )
        ),
        obs((2022, 200.0)),
        method="cagr",
    )
    obs_rate = (200 / 100) ** (1 / 2) - 1
    req_rate = (1000 / 100) ** (1 / 6) - 1
    assert r["observed_pace"] == pytest.approx(100 * obs_rate)
    assert r["planned_pace"] == pytest.approx(100 * req_rate)
    assert r["needed_pace"] == pytest.approx(100 * ((1000 / 200) ** (1 / 4) - 1))
    assert r["pace_ratio"] == pytest.approx(obs_rate / req_rate)
    assert r["projected_value"] == pytest.approx(200 * (1 + obs_rate) ** 4)
    assert r["status"] == "acceleration_needed"  # 41.4%/yr observed vs 46.8%/yr required: 0.89


def test_cagr_replaces_zero_base_by_0_001() -> None:
    r = one(
        targets(target(unit="count", target_value=10.0, baseline_year=2020, baseline_value=0.0)),
        obs((2022, 4.0)),
        method="cagr",
    )
    assert r["observed_pace"] == pytest.approx(100 * ((4 / 0.001) ** 0.5 - 1))


# --- status rules, in order -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "points", "as_of", "expected"),
    [
        pytest.param(
            {"qualitative": "text", "comparator": None, "indicator": None},
            [],
            2024,
            "no_data",
            id="qualitative-task-without-state",
        ),
        pytest.param({}, [], 2024, "no_data", id="no-observation"),
        pytest.param({}, [(2026, 90.0)], 2024, "no_data", id="only-after-as-of"),
        pytest.param({}, [(2023, 85.0)], 2024, "achieved", id="achieved-before-deadline"),
        pytest.param(
            {"comparator": ">", "target_value": 85.0},
            [(2023, 85.0)],
            2024,
            "insufficient_data",
            id="strict-comparator-not-met",
        ),
        pytest.param(
            {"target_year": 2023},
            [(2021, 40.0), (2023, 70.0)],
            2024,
            "missed",
            id="measured-at-deadline",
        ),
        pytest.param(
            {"target_year": 2023},
            [(2021, 40.0), (2022, 70.0)],
            2024,
            "overdue",
            id="deadline-passed-unmeasured",
        ),
        pytest.param({}, [(2023, 40.0)], 2024, "insufficient_data", id="single-observation"),
        pytest.param(
            {"baseline_year": 2021, "baseline_value": 20.0},
            [(2023, 35.0)],
            2024,
            "limited_progress",
            id="ratio-0.5",
        ),
        pytest.param(
            {"baseline_year": 2021, "baseline_value": 20.0},
            [(2023, 42.5)],
            2024,
            "acceleration_needed",
            id="ratio-0.75",
        ),
        pytest.param(
            {"baseline_year": 2021, "baseline_value": 20.0},
            [(2023, 50.0)],
            2024,
            "on_track",
            id="ratio-1.0",
        ),
        pytest.param(
            {"baseline_year": 2021, "baseline_value": 20.0},
            [(2023, 10.0)],
            2024,
            "deterioration",
            id="moving-away",
        ),
        pytest.param(
            {"unit": "rank", "comparator": "<=", "target_value": 5.0, "target_year": 2030},
            [(2020, 20.0), (2022, 30.0)],
            2024,
            "deterioration",
            id="rank-getting-worse",
        ),
        pytest.param(
            {"unit": "boolean", "target_value": 1.0, "target_year": 2025},
            [(2023, 0.0)],
            2024,
            "pending",
            id="boolean-pending",
        ),
        pytest.param(
            {"unit": "boolean", "target_value": 1.0, "target_year": 2025},
            [(2023, 0.0), (2024, 1.0)],
            2024,
            "achieved",
            id="boolean-done",
        ),
        pytest.param(
            {"unit": "boolean", "target_value": 1.0, "target_year": 2023},
            [(2022, 0.0)],
            2024,
            "overdue",
            id="boolean-overdue",
        ),
    ],
)
def test_status_rules(
    row: dict[str, Any], points: list[tuple[int, float]], as_of: int, expected: str
) -> None:
    # ratio cases: base 20 (2021) → 80 (2025): planned 15/yr; observed (v-20)/2 per year
    assert one(targets(target(**row)), obs(*points), as_of=as_of)["status"] == expected


def test_thresholds_are_configurable() -> None:
    t = targets(target(baseline_year=2021, baseline_value=20.0))
    m = obs((2023, 42.5))  # observed 11.25/yr vs planned 15/yr: ratio 0.75
    assert one(t, m)["status"] == "acceleration_needed"
    assert one(t, m, on_track=0.7)["status"] == "on_track"
    assert one(t, m, acceleration=0.8)["status"] == "limited_progress"


def test_overdue_still_reports_pace_and_projection() -> None:
    r = one(targets(target(target_year=2023)), obs((2020, 40.0), (2022, 60.0)))
    assert r["status"] == "overdue"
    assert r["observed_pace"] == pytest.approx(10.0)
    assert r["projected_value"] == pytest.approx(70.0)


def test_all_provinces_in_one_pass_keep_target_order() -> None:
    t = targets(
        target(seq=1, province="a", target_id="x"),
        target(seq=2, province="b", target_id="y", target_value=50.0),
    )
    m = pl.concat(
        [
            obs((2024, 85.0)).with_columns(province=pl.lit("a")),
            obs((2024, 40.0)).with_columns(province=pl.lit("b")),
        ]
    )
    df = engine.gaps(t, m, engine.Options(as_of=2024))
    assert df.select("province", "target_id", "status").rows() == [
        ("a", "x", "achieved"),
        ("b", "y", "insufficient_data"),
    ]


def test_summary_counts_and_coverage() -> None:
    t = targets(
        target(seq=1, target_id="a"),
        target(seq=2, target_id="b", indicator="other"),
        target(seq=3, target_id="c", qualitative="text", comparator=None, indicator=None),
    )
    s = engine.summary(engine.gaps(t, obs((2024, 85.0)), engine.Options(as_of=2024)))
    # the qualitative target is a task with no state: no_data, and counted in the coverage
    assert s.by_status == {"achieved": 1, "no_data": 2}
    assert (s.quantified, s.with_data) == (3, 1)
    assert s.coverage_pct == pytest.approx(100 / 3)
    assert (s.tasks, s.tasks_with_state) == (1, 0)


# --- invariants -----------------------------------------------------------------------------

values = st.floats(min_value=0, max_value=100, allow_nan=False)
years = st.integers(min_value=2015, max_value=2030)


@settings(max_examples=150, deadline=None)
@given(
    comparator=st.sampled_from([">=", ">", "<=", "<"]),
    target_value=values,
    target_year=st.integers(min_value=2020, max_value=2035),
    points=st.dictionaries(years, values, min_size=1, max_size=6),
    method=st.sampled_from(["linear", "cagr"]),
)
def test_invariants(
    comparator: str, target_value: float, target_year: int, points: dict[int, float], method: str
) -> None:
    t = targets(target(comparator=comparator, target_value=target_value, target_year=target_year))
    r = one(t, obs(*points.items()), as_of=2030, method=method)
    latest_year = max(points)
    latest = points[latest_year]
    meets = {
        ">=": latest >= target_value,
        ">": latest > target_value,
        "<=": latest <= target_value,
        "<": latest < target_value,
    }[comparator]
    # achieved ⇔ the latest value meets the comparator; gap ≤ 0 whenever achieved
    assert (r["status"] == "achieved") == meets
    if meets:
        assert r["gap"] <= 0
    if r["gap"] < 0:
        assert r["status"] == "achieved"
    # projections stay inside the unit's bounds
    if r["projected_value"] is not None:
        assert 0.0 <= r["projected_value"] <= 100.0
    # a pace ratio exists only with an observed and a non-zero planned pace
    if r["pace_ratio"] is not None:
        assert r["observed_pace"] is not None
        assert r["planned_pace"] not in (None, 0.0)
