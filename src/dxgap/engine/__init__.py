"""The gap engine: pure Polars functions from target and measurement frames to gap, trajectory
and comparison tables. No I/O, no printing; the formulas are in docs/methodology.md.

Inputs: targets as `frames.TARGET_SCHEMA` (from `frames.targets_frame`), province-level
measurements as `frames.MEASUREMENT_SCHEMA` (from `Workspace.measurements()`), task states as
`frames.STATE_SCHEMA` (from `Workspace.states()`), and `Options`
(the as-of year is always explicit). The functions are imported on first use, so that commands
which compute nothing (`--help`, `validate`) never import Polars.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from dxgap.engine.types import Method, Options, Summary

if TYPE_CHECKING:
    from dxgap.engine.analysis import analyse, gaps, summary, yearly
    from dxgap.engine.areas import gaps_by
    from dxgap.engine.comparison import compare, status_summary
    from dxgap.engine.tasks import tally
    from dxgap.engine.trajectories import trajectory

_HOME = {
    "analyse": "analysis",
    "gaps": "analysis",
    "summary": "analysis",
    "yearly": "analysis",
    "trajectory": "trajectories",
    "compare": "comparison",
    "status_summary": "comparison",
    "gaps_by": "areas",
    "tally": "tasks",
}


def __getattr__(name: str) -> Any:
    """`engine.analyse` and the other functions, from their modules on first use (PEP 562)."""
    if name in _HOME:
        return getattr(importlib.import_module(f"dxgap.engine.{_HOME[name]}"), name)
    raise AttributeError(f"module 'dxgap.engine' has no attribute {name!r}")


__all__ = [
    "Method",
    "Options",
    "Summary",
    "analyse",
    "compare",
    "gaps",
    "gaps_by",
    "status_summary",
    "summary",
    "tally",
    "trajectory",
    "yearly",
]
