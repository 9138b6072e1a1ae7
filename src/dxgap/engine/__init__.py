"""The gap engine: pure Polars functions from target and measurement frames to gap, trajectory
and comparison tables. No I/O, no printing; the formulas are in docs/methodology.md."""

from dxgap.engine.gaps import (
    Options,
    analyse,
    compare,
    gaps,
    gaps_by,
    status_summary,
    summary,
    trajectory,
    yearly,
)

__all__ = [
    "Options",
    "analyse",
    "compare",
    "gaps",
    "gaps_by",
    "status_summary",
    "summary",
    "trajectory",
    "yearly",
]
