"""The trajectory table: the planned path through the plan's points, and ahead-of-plan."""

from __future__ import annotations

import polars as pl
from polars.testing import assert_frame_equal
from tests.engine.helpers import obs, target, targets

from dxgap import engine
from dxgap.frames import TRAJECTORY_KEYS


def test_trajectory_planned_path_goes_through_milestones() -> None:
    t = targets(
        target(baseline_year=2022, baseline_value=30.0, milestones=[{"year": 2023, "value": 50.0}])
    )
    traj = engine.trajectory(t, obs((2023, 45.0), (2024, 62.0)), engine.Options(as_of=2024))
    expected = pl.DataFrame(
        {
            "province": ["p"] * 4,
            "target_id": ["t"] * 4,
            "year": [2022, 2023, 2024, 2025],
            "planned": [30.0, 50.0, 65.0, 80.0],
            "actual": [None, 45.0, 62.0, None],
            "projected": [None, None, None, 78.0],  # 62 + 16·1
            "ahead_by": [None, -5.0, -3.0, None],
            "met": [None, False, False, None],  # 45 and 62 are below 80
            "series_break": [False] * 4,  # no break declared, no definition stated
        },
        schema_overrides={"year": pl.Int32},
    )
    assert traj.columns == list(TRAJECTORY_KEYS)
    assert_frame_equal(traj, expected, check_dtypes=False)


def test_trajectory_ahead_by_respects_direction() -> None:
    t = targets(target(unit="rank", comparator="<=", target_value=10.0, target_year=2023))
    traj = engine.trajectory(t, obs((2020, 25.0), (2021, 9.0)), engine.Options(as_of=2024))
    assert traj["planned"].to_list() == [25.0, 20.0, 15.0, 10.0]
    assert traj["ahead_by"].to_list()[:2] == [0.0, 11.0]  # rank 9 is 11 places better than 20
