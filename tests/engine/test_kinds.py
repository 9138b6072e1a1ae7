"""The target kinds of issue 16, each with answers computed by hand (docs/methodology.md §10-15):
standing windows, per-year rates, ranks out of N, ranges, no deadline, series breaks, reference
periods, and a base already beyond the target."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.engine.helpers import measured, obs, one, target, targets

from dxgap import engine
from dxgap.engine import comparison

RANK = {"unit": "rank", "comparator": "<=", "target_value": 10.0}

# --- standing windows and per-year rates (§11) ----------------------------------------------


def _standing() -> pl.LazyFrame:
    # "top 10 in every year 2021-2025": rank <= 10, annual, window [2021, 2025]
    return targets(target(**RANK, frequency="annual", from_year=2021, target_year=2025))


def test_standing_window_the_fall_from_9_to_12_is_a_miss() -> None:
    r = one(_standing(), obs((2020, 25.0), (2021, 9.0), (2022, 12.0)))
    # window years observed: 2021 (9 <= 10, met) and 2022 (12 > 10, not met)
    assert (r["years_assessed"], r["years_met"]) == (2, 1)
    assert r["status"] == "missed"  # the latest year of the window, 2022, did not meet it
    assert r["gap"] == pytest.approx(2.0)  # -1·(10 - 12)
    assert r["from_year"] == 2021
    # paces run to the window's first year (2021): base (2020, 25), latest (2022, 12)
    assert r["planned_pace"] == pytest.approx(-15.0)  # (10 - 25)/(2021 - 2020)
    assert r["observed_pace"] == pytest.approx(-6.5)  # (12 - 25)/(2022 - 2020)
    assert r["needed_pace"] is None  # the window has begun: nothing left to reach by 2021
    assert r["projected_value"] is None
    # judged year by year now: a "87% of the way" or a pace ratio would read against "missed"
    assert r["progress_pct"] is None
    assert r["pace_ratio"] is None


def test_standing_window_as_of_its_first_year_is_achieved() -> None:
    r = one(_standing(), obs((2020, 25.0), (2021, 9.0), (2022, 12.0)), as_of=2021)
    assert (r["years_assessed"], r["years_met"], r["status"]) == (1, 1, "achieved")


def test_standing_window_not_begun_uses_its_first_year_as_deadline() -> None:
    # Bình Phước "top 10 in 2025-2030", --as-of 2024: no year of the window observed yet
    t = targets(target(**RANK, frequency="annual", from_year=2025, target_year=2030))
    r = one(t, obs((2020, 25.0), (2021, 9.0), (2022, 12.0)))
    assert (r["years_assessed"], r["years_met"]) == (0, 0)
    assert r["planned_pace"] == pytest.approx(-3.0)  # (10 - 25)/(2025 - 2020)
    assert r["observed_pace"] == pytest.approx(-6.5)  # (12 - 25)/(2022 - 2020)
    assert r["pace_ratio"] == pytest.approx(6.5 / 3.0)  # 2.17
    assert r["needed_pace"] == pytest.approx(-2.0 / 3.0)  # (10 - 12)/(2025 - 2022)
    assert r["projected_value"] == 1.0  # 12 - 6.5·3 = -7.5, clipped to rank 1
    assert r["status"] == "on_track"


def test_standing_window_trajectory_is_a_band_after_the_path() -> None:
    traj = engine.trajectory(
        _standing(), obs((2020, 25.0), (2021, 9.0), (2022, 12.0)), engine.Options(as_of=2024)
    )
    assert traj["year"].to_list() == [2020, 2021, 2022, 2023, 2024, 2025]
    # base 25 (2020) to 10 at the window's first year, then the level 10 every year
    assert traj["planned"].to_list() == [25.0, 10.0, 10.0, 10.0, 10.0, 10.0]
    assert traj["met"].to_list() == [None, True, False, None, None, None]
    assert traj["ahead_by"].to_list()[:3] == [0.0, 1.0, -2.0]  # -1·(9-10), -1·(12-10)
    assert traj["projected"].null_count() == 6  # nothing left to project to 2021


@pytest.mark.parametrize(("as_of", "status"), [(2022, "pending"), (2024, "pending"),
                                              (2025, "pending"), (2026, "overdue")])  # fmt: skip
def test_standing_window_not_begun_without_a_pace_is_not_yet_due(as_of: int, status: str) -> None:
    """Bình Phước's 2025-2030 window on the DTI rank, whose series starts again in 2022: one
    rank (12, 2022) since the break, no pace. Before the window (and in its first year, whose
    ranking is published the year after) the target is not yet due, not short of data."""
    t = targets(target(**RANK, frequency="annual", from_year=2025, target_year=2030,
                       breaks=[2021, 2022]))  # fmt: skip
    r = one(t, obs((2020, 25.0), (2021, 9.0), (2022, 12.0)), as_of=as_of)
    assert (r["latest_value"], r["observed_pace"], r["status"]) == (12.0, None, status)
    assert r["gap"] == pytest.approx(2.0)  # -1·(10 - 12)


def test_a_once_target_without_a_pace_still_lacks_data() -> None:
    t = targets(target(**RANK, target_year=2030, breaks=[2022]))
    assert one(t, obs((2021, 9.0), (2022, 12.0)))["status"] == "insufficient_data"


def test_per_year_rate_counts_the_years_met() -> None:
    # "năng suất lao động tăng bình quân 7%/năm" to 2025: every year <= 2025 is assessed
    t = targets(target(target_value=7.0, frequency="annual", target_year=2025))
    r = one(t, obs((2021, 6.5), (2022, 7.2), (2023, 4.8)))
    assert (r["years_assessed"], r["years_met"]) == (3, 1)  # only 2022: 7.2 >= 7
    assert r["status"] == "missed"  # 2023: 4.8 < 7
    assert r["gap"] == pytest.approx(2.2)  # 7 - 4.8
    # a rate is judged year by year: no progress from a base, no pace, no projection
    for key in ("progress_pct", "observed_pace", "planned_pace", "needed_pace", "pace_ratio"):
        assert r[key] is None, key
    assert r["projected_value"] is None


def test_per_year_rate_met_in_its_latest_year_is_achieved() -> None:
    t = targets(target(target_value=7.0, frequency="annual", target_year=2025))
    r = one(t, obs((2022, 5.0), (2023, 7.5)))
    assert (r["years_assessed"], r["years_met"], r["status"]) == (2, 1, "achieved")


def test_once_targets_have_no_window_counts() -> None:
    r = one(targets(target()), obs((2023, 50.0)))
    assert (r["years_assessed"], r["years_met"], r["from_year"]) == (None, None, None)


# --- ranks out of N (§12) -------------------------------------------------------------------


def _ranks(*rows: tuple[int, float, int, str]) -> pl.LazyFrame:
    return measured(*[{"year": y, "value": v, "out_of": n, "date": d} for y, v, n, d in rows])


def test_a_rank_of_another_ranking_size_is_left_out() -> None:
    # target: top 10 of 63; DTI 2024 was published on 34 units and on 63 provinces
    t = targets(target(**RANK, out_of=63, target_year=2025))
    m = _ranks(
        (2022, 12.0, 63, "2023-07-01"),
        (2023, 14.0, 63, "2024-07-01"),
        (2024, 5.0, 34, "2025-10-21"),  # of 34: not comparable with a target of 63
        (2024, 11.0, 63, "2025-10-20"),
    )
    r = one(t, m)
    assert (r["latest_year"], r["latest_value"], r["latest_out_of"]) == (2024, 11.0, 63)
    assert r["out_of"] == 63
    assert r["gap"] == pytest.approx(1.0)  # -1·(10 - 11)
    assert r["observed_pace"] == pytest.approx(-0.5)  # (11 - 12)/(2024 - 2022)
    assert r["planned_pace"] == pytest.approx(-2.0 / 3.0)  # (10 - 12)/(2025 - 2022)
    assert r["pace_ratio"] == pytest.approx(0.75)  # 0.5/(2/3)
    assert r["status"] == "acceleration_needed"


def test_a_target_of_63_against_a_ranking_of_34_only_is_not_comparable() -> None:
    t = targets(target(**RANK, out_of=63, target_year=2025))
    r = one(t, _ranks((2024, 5.0, 34, "2025-10-21")))
    assert r["status"] == "not_comparable"
    assert (r["latest_value"], r["gap"]) == (None, None)


def test_a_target_of_34_reads_the_ranking_of_34() -> None:
    t = targets(target(**RANK, out_of=34, target_year=2025))
    m = _ranks((2024, 5.0, 34, "2025-10-21"), (2024, 11.0, 63, "2025-10-22"))
    r = one(t, m)
    assert (r["latest_value"], r["latest_out_of"], r["status"]) == (5.0, 34, "achieved")


# --- ranges and no deadline (§10) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("comparator", "deciding"), [(">=", 25.0), ("<=", 30.0)], ids=["at-least", "at-most"]
)
def test_a_range_is_measured_to_its_deciding_end(comparator: str, deciding: float) -> None:
    t = targets(
        target(comparator=comparator, target_value=deciding, target_low=25.0, target_high=30.0,
               target_year=2026)
    )  # fmt: skip
    r = one(t, obs((2022, 15.0), (2024, 21.0)))
    assert (r["target_low"], r["target_high"]) == (25.0, 30.0)
    if comparator == ">=":
        assert r["gap"] == pytest.approx(4.0)  # 25 - 21
        assert r["progress_pct"] == pytest.approx(60.0)  # 100·(21 - 15)/(25 - 15)
        assert r["observed_pace"] == pytest.approx(3.0)  # (21 - 15)/2
        assert r["planned_pace"] == pytest.approx(2.5)  # (25 - 15)/(2026 - 2022)
        assert r["pace_ratio"] == pytest.approx(1.2)
        assert r["projected_value"] == pytest.approx(27.0)  # 21 + 3·2
        assert r["status"] == "on_track"
    else:  # "at most 25-30%": 21 is already <= 30
        assert r["gap"] == pytest.approx(-9.0)  # -1·(30 - 21)
        assert r["status"] == "achieved"


def test_no_deadline_has_a_gap_and_progress_but_no_pace() -> None:
    # "cung cấp 65% dịch vụ công trực tuyến toàn trình" (no year)
    t = targets(target(target_value=65.0, target_year=None))
    r = one(t, obs((2022, 40.0), (2024, 52.0)))
    assert r["gap"] == pytest.approx(13.0)  # 65 - 52
    assert r["progress_pct"] == pytest.approx(48.0)  # 100·(52 - 40)/(65 - 40)
    for key in ("observed_pace", "planned_pace", "needed_pace", "pace_ratio", "projected_value"):
        assert r[key] is None, key
    assert r["status"] == "pending"
    assert one(t, obs((2022, 40.0), (2024, 70.0)))["status"] == "achieved"


# --- series breaks (§13) --------------------------------------------------------------------


def test_a_change_of_definition_starts_a_new_series() -> None:
    # Bình Phước's dossier digitisation: 98% in 2023 on one definition, 75.62% in 2024 on QĐ 766
    t = targets(
        target(target_value=90.0, target_year=2026, baseline_year=2021, baseline_value=60.0)
    )
    m = measured(
        {"year": 2022, "value": 80.0, "definition": "KH 2022"},
        {"year": 2023, "value": 98.0, "definition": "KH 2022"},
        {"year": 2024, "value": 75.62, "definition": "QĐ 766"},
        {"year": 2025, "value": 80.0, "definition": "QĐ 766"},
    )
    r = one(t, m, as_of=2025)
    assert r["series_from"] == 2024
    # base (2024, 75.62): the baseline of 2021 belongs to the old series
    assert r["gap"] == pytest.approx(10.0)  # 90 - 80
    assert r["progress_pct"] == pytest.approx(100 * 4.38 / 14.38)  # 30.46
    assert r["observed_pace"] == pytest.approx(4.38)  # (80 - 75.62)/1
    assert r["planned_pace"] == pytest.approx(7.19)  # (90 - 75.62)/(2026 - 2024)
    assert r["pace_ratio"] == pytest.approx(4.38 / 7.19)  # 0.609
    assert r["projected_value"] == pytest.approx(84.38)  # 80 + 4.38·1
    assert r["status"] == "acceleration_needed"


def test_a_row_without_a_definition_changes_nothing() -> None:
    t = targets(target(target_value=90.0, target_year=2026))
    m = measured(
        {"year": 2022, "value": 80.0, "definition": "QĐ 766"},
        {"year": 2023, "value": 82.0},
        {"year": 2024, "value": 84.0, "definition": "QĐ 766"},
    )
    assert one(t, m)["series_from"] is None


def test_a_declared_break_applies_only_with_something_before_it() -> None:
    t = targets(target(**RANK, target_year=2030, breaks=[2021, 2024]))
    r = one(t, obs((2020, 25.0), (2021, 9.0), (2022, 12.0)))
    # 2024 is after the latest year; 2021 has 2020 before it: the series starts in 2021
    assert r["series_from"] == 2021
    # base (2021, 9) already meets "<= 10": no distance to cover (§3), and 12 is a fall
    assert r["progress_pct"] is None
    assert r["pace_ratio"] is None
    assert r["observed_pace"] == pytest.approx(3.0)  # (12 - 9)/1
    assert r["planned_pace"] == pytest.approx(1.0 / 9.0)  # (10 - 9)/(2030 - 2021)
    assert r["status"] == "deterioration"
    traj = engine.trajectory(t, obs((2020, 25.0), (2021, 9.0), (2022, 12.0)),
                             engine.Options(as_of=2024))  # fmt: skip
    marks = dict(zip(traj["year"].to_list(), traj["series_break"].to_list(), strict=True))
    assert [y for y, b in marks.items() if b] == [2021, 2024]
    # the old series is shown (2020) without a plan; the plan starts at the new base
    assert traj["planned"].to_list()[:2] == [None, 9.0]
    assert traj["actual"].to_list()[:3] == [25.0, 9.0, 12.0]
    assert one(targets(target(**RANK, target_year=2030, breaks=[2020])), obs((2020, 25.0), (2022, 12.0)))["series_from"] is None  # fmt: skip


# --- reference periods (§14) ----------------------------------------------------------------


def _week_and_year(snapshots: bool) -> pl.LazyFrame:
    return targets(target(snapshots=snapshots, target_value=80.0, target_year=2025))


WEEK = {"year": 2024, "value": 61.54, "period": "2024-W03", "date": "2024-01-23"}


def test_a_week_does_not_stand_for_its_year_unless_the_indicator_says_so() -> None:
    m = measured({"year": 2023, "value": 70.0}, {"year": 2024, "value": 72.0}, WEEK)
    r = one(_week_and_year(False), m)
    # the week's row is dated, the year's is not: the week would win the year; it may not
    assert (r["latest_value"], r["latest_period"]) == (72.0, None)
    assert r["observed_pace"] == pytest.approx(2.0)  # (72 - 70)/1
    r = one(_week_and_year(True), m)
    assert (r["latest_value"], r["latest_period"]) == (61.54, "2024-W03")
    assert r["observed_pace"] == pytest.approx(-8.46)  # (61.54 - 70)/1
    assert r["status"] == "deterioration"


def test_a_week_alone_is_not_comparable() -> None:
    r = one(_week_and_year(False), measured(WEEK))
    assert r["status"] == "not_comparable"


def test_compare_flags_mixed_periods() -> None:
    t = targets(
        target(seq=1, province="a", target_id="x"), target(seq=2, province="b", target_id="y")
    )
    m = pl.concat(
        [
            measured({**WEEK, "province": "a"}),
            measured({"year": 2024, "value": 70.0, "province": "b"}),
        ]
    )
    opts = engine.Options(as_of=2024)
    # snapshots asked for: the week is ranked, and flagged
    ranked = engine.compare(engine.analyse(t, m, opts), m, "ind", opts, snapshots=True)
    keys = ["period", "mixed_periods", "source", "out_of"]  # + issue 21
    keys += ["target_out_of", "from_year", "frequency", "target_low", "target_high", "approx"]
    assert ranked.columns[-12:] == [*keys, "definition", "other_definition"]
    periods = dict(zip(ranked["province"], ranked["period"], strict=True))
    assert periods == {"a": "2024-W03", "b": "2024"}
    assert ranked["mixed_periods"].to_list() == [True, True]
    same = engine.compare(
        engine.analyse(t, m, opts), m.filter(pl.col("province") == "b"), "ind", opts
    )
    assert same["mixed_periods"].to_list() == [False, False]


def test_compare_ranks_whole_years_unless_snapshots_are_asked_for() -> None:
    t = targets(
        target(seq=1, province="a", target_id="x"), target(seq=2, province="b", target_id="y")
    )
    m = pl.concat(  # a: 58 for 2023 and a week of 2024 (61.54); b: 70 for 2024
        [
            measured({"year": 2023, "value": 58.0, "province": "a"}, {**WEEK, "province": "a"}),
            measured({"year": 2024, "value": 70.0, "province": "b"}),
        ]
    )
    opts = engine.Options(as_of=2024)
    ranked = engine.compare(engine.analyse(t, m, opts), m, "ind", opts)
    rows = ranked.select("rank", "province", "latest_value", "period", "mixed_periods").rows()
    assert rows == [(1, "b", 70.0, "2024", False), (2, "a", 58.0, "2023", False)]
    left = comparison.snapshots_left_out(m, "ind", 2024)
    assert left.select("province", "value", "period").rows() == [("a", 61.54, "2024-W03")]


def test_compare_marks_a_figure_on_another_definition() -> None:
    # a, b on definition D (the usual one: 2 rows), c on E (marked), d on none (never marked)
    t = targets(target(seq=1, province="a", target_id="x"))
    m = measured(
        {"year": 2022, "value": 66.0, "province": "a", "definition": "D"},
        {"year": 2022, "value": 62.0, "province": "b", "definition": "D"},
        {"year": 2024, "value": 82.0, "province": "c", "definition": "E"},
        {"year": 2024, "value": 50.0, "province": "d"},
    )
    opts = engine.Options(as_of=2024)
    ranked = engine.compare(engine.analyse(t, m, opts), m, "ind", opts)
    marks = ranked.select("province", "definition", "other_definition").rows()
    assert sorted(marks) == [("a", "D", False), ("b", "D", False), ("c", "E", True),
                             ("d", None, False)]  # fmt: skip


# --- a base already beyond the target (../shared/cases/area-achieved-negative-progress) -----


def test_a_base_beyond_the_target_has_no_progress_to_measure() -> None:
    # Nghi Sơn: 300/500 = 60% in 2023, 330/520 = 63.46% in 2024, target >= 50% by 2025
    r = one(targets(target(target_value=50.0)), obs((2023, 60.0), (2024, 330 / 520 * 100)))
    assert r["status"] == "achieved"
    assert r["gap"] == pytest.approx(50 - 330 / 520 * 100)  # -13.46: beyond by 13.46 points
    assert r["progress_pct"] is None  # was 100·(63.46 - 60)/(50 - 60) = -34.6
    assert r["pace_ratio"] is None
    fallen = one(targets(target(target_value=50.0)), obs((2023, 60.0), (2024, 45.0)))
    assert fallen["status"] == "deterioration"  # it met the target and no longer does


@settings(max_examples=60, deadline=None)
@given(
    comparator=st.sampled_from([">=", "<="]),
    level=st.floats(min_value=0, max_value=100, allow_nan=False),
    from_year=st.one_of(st.none(), st.integers(min_value=2018, max_value=2024)),
    points=st.dictionaries(
        st.integers(min_value=2015, max_value=2026),
        st.floats(min_value=0, max_value=100, allow_nan=False),
        min_size=1,
        max_size=8,
    ),
)
def test_window_counts_agree_with_the_trajectory(
    comparator: str, level: float, from_year: int | None, points: dict[int, float]
) -> None:
    t = targets(
        target(comparator=comparator, target_value=level, frequency="annual",
               from_year=from_year, target_year=2025)
    )  # fmt: skip
    m = obs(*points.items())
    r = one(t, m, as_of=2026)
    in_window = [y for y in points if (from_year is None or y >= from_year) and y <= 2025]
    assert r["years_assessed"] == len(in_window)
    assert 0 <= r["years_met"] <= r["years_assessed"]
    if in_window:  # the latest window year decides
        assert r["status"] in ("achieved", "missed")
    traj = engine.trajectory(t, m, engine.Options(as_of=2026))
    assert traj["met"].sum() == r["years_met"]
