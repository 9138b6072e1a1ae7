"""The terminal trajectory chart: years that can be read, the target always drawn."""

from __future__ import annotations

from dxgap.output.termchart import trajectory_chart
from dxgap.results import GapRow, TrajectoryPoint


def _row(**kw: object) -> GapRow:
    base: dict[str, object] = {
        "province": "p", "target_id": "t", "status": "missed", "unit": "percent",
        "comparator": ">=", "target_value": 100.0, "target_year": 2023,
    }  # fmt: skip
    return GapRow(**{**base, **kw})  # type: ignore[arg-type]


def test_two_years_are_two_labels_not_one_number() -> None:
    # ../shared/cases/terminal-chart-year-labels: "20242025"
    row = _row(target_year=2025)
    text = trajectory_chart([TrajectoryPoint("p", "t", 2024, actual=64.0)], row, "en").plain
    assert "20242025" not in text
    axis = next(line for line in text.splitlines() if "2024" in line)
    assert axis.split() == ["2024", "2025"]


def test_the_target_is_drawn_in_a_year_without_other_points() -> None:
    # dossier-digitisation-2023: due 2023, measured 2024 only; its star was missing
    text = trajectory_chart([TrajectoryPoint("p", "t", 2024, actual=64.0)], _row(), "en").plain
    assert "★" in text
    assert "2023" in text


def test_no_plan_path_without_a_stated_base() -> None:
    points = [
        TrajectoryPoint("p", "t", 2022, planned=50.0, actual=40.0),
        TrajectoryPoint("p", "t", 2023, planned=75.0),
    ]
    row = _row(target_year=2024)
    assert "·" not in "".join(trajectory_chart(points, row, "en").plain.splitlines()[:8])
    with_base = _row(target_year=2024, baseline_year=2022, baseline_value=50.0)
    assert "·" in "".join(trajectory_chart(points, with_base, "en").plain.splitlines()[:8])
