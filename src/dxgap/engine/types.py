"""What the engine is told (`Options`) and the counts it hands back (`Summary`): small types free
of Polars, so that the command line can import them before any data is read."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from dxgap.errors import UsageError
from dxgap.text import Msg

Method = Literal["linear", "cagr"]
"""`linear` (constant absolute pace) or `cagr` (constant growth rate); docs/methodology.md §4."""


@dataclass(frozen=True)
class Options:
    """How the analysis is run: the year it stands in (observations after it are ignored), the
    method, and the pace ratios at or above which a target is on track or needs acceleration
    (docs/methodology.md, §3-4)."""

    as_of: int
    method: Method = "linear"
    on_track: float = 0.95
    acceleration: float = 0.6

    def __post_init__(self) -> None:
        """The thresholds must be finite, not negative, and in order (`UsageError` else): a NaN
        would silently turn every comparison false."""
        ok = all(math.isfinite(v) and v >= 0 for v in (self.on_track, self.acceleration))
        if not ok or self.acceleration > self.on_track:
            raise UsageError(
                Msg(  # as typed on the command line: 0.95, not 0,95
                    "usage.thresholds",
                    on_track=f"{self.on_track:g}",
                    acceleration=f"{self.acceleration:g}",
                )
            )


@dataclass(frozen=True)
class Summary:
    """Targets counted by status, and data coverage: the share of assessed targets that have
    a measurement or, for a task, a state (docs/methodology.md, "Data coverage").

    `quantified`: targets assessed (every target with a status other than `not_quantified`:
    since issue 16 the numeric targets and the tasks); `with_data`: those of them with a figure
    or a state; `tasks`, `tasks_with_state`: the part of both that are tasks."""

    targets: int
    by_status: dict[str, int]
    quantified: int
    with_data: int
    tasks: int = 0
    tasks_with_state: int = 0

    @property
    def coverage_pct(self) -> float | None:
        """100 · with_data / quantified; None when nothing is quantified."""
        return 100.0 * self.with_data / self.quantified if self.quantified else None
