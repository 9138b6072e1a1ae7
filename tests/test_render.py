"""What people read: values in their units, and the gap table's layout (golden strings)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from dxgap.output import tables as render


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (76.0, "percent", "76.0%"),
        (86.3, "percent", "86.3%"),
        (7.0, "rank", "rank 7"),
        (11340.0, "vnd_billion", "11,340 bn VND"),
        (844.0, "vnd_billion", "844 bn VND"),
        (1586.0, "count", "1,586"),
        (1_200_000.0, "people", "1,200,000"),
        (0.7411, "index", "0.7411"),
        (1.0, "boolean", "done"),
        (0.0, "boolean", "not done"),
        (None, "percent", "–"),
    ],
)
def test_values_in_their_units(value: float | None, unit: str, text: str) -> None:
    assert render.fmt_value(value, unit) == text


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (3.7, "percent", "+3.7 pp"),
        (-6.5, "rank", "-6.5 places"),
        (2.0, "rank", "+2 places"),
        (-0.0, "rank", "+0 places"),
        (1100.0, "count", "+1,100"),
    ],
)
def test_differences_in_their_units(value: float, unit: str, text: str) -> None:
    assert render.fmt_delta(value, unit) == text


ROW: dict[str, Any] = {
    "target_id": "dti-top10-2030",
    "name": "DTI rank",
    "pillar": "digital_government",
    "unit": "rank",
    "comparator": "<=",
    "target_value": 10.0,
    "target_year": 2030,
    "latest_value": 12.0,
    "latest_year": 2022,
    "gap": 2.0,
    "progress_pct": 86.67,
    "observed_pace": -6.5,
    "needed_pace": -0.25,
    "projected_value": 1.0,
    "status": "on_track",
    "kind": "commitment",
    "approx": False,
}


def rendered(width: int) -> str:
    console = Console(record=True, width=width, color_system=None, file=io.StringIO())
    console.print(render.gap_table([ROW], "Bình Phước · as of 2024", width=width))
    return console.export_text()


def test_wide_gap_table() -> None:
    # golden file reviewed by hand: columns, units ("rank 12", "+2 places"), two-line cells
    golden = Path(__file__).parent / "golden" / "gap_table_wide.txt"
    assert rendered(120) == golden.read_text(encoding="utf-8")


def test_narrow_gap_table_keeps_the_status_column() -> None:
    text = rendered(80)
    assert "on track" in text
    assert "Projected" not in text
    assert all(len(line) <= 80 for line in text.splitlines())


def test_summary_line() -> None:
    console = Console(record=True, width=200, color_system=None, file=io.StringIO())
    console.print(
        render.summary_line(
            {
                "targets": 5,
                "by_status": {"achieved": 1, "no_data": 3, "not_quantified": 1},
                "quantified": 4,
                "with_data": 1,
                "coverage_pct": 25.0,
            }
        )
    )
    assert console.export_text() == (
        "5 targets: 1 achieved, 3 no data, 1 not quantified · "
        "data coverage 1/4 quantified targets (25%)\n"
    )
