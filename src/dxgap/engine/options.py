"""How an analysis is run (imported by the command line before any data is read, so it stays
free of Polars)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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
