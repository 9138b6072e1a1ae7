"""The filters of `dxgap check` and `dxgap export`: pillars, statuses and task states named as
people type them — by key or by label in either language, with or without diacritics.

Polars is imported on first use (the command line imports this module on every run)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dxgap.errors import UsageError
from dxgap.text import Msg

NO_INFORMATION = "no_information"
"""The `--state` of a task with no state reported up to the as-of year."""


def by_name(queries: Sequence[str], keys: Sequence[str], kind: str) -> list[str]:
    """The keys (`on_track`) that queries name by key or by label in either language
    ("on track", "Đúng tiến độ", "dung tien do"); `UsageError` for one that names none."""
    from dxgap.names import fold, suggest
    from dxgap.text import LANGS, t

    index = {fold(k): k for k in keys}
    index.update({fold(t(f"{kind}.{k}", lang)): k for k in keys for lang in LANGS})
    found = []
    for query in queries:
        key = index.get(fold(query))
        if key is None:  # the labels the reader sees, and the closest of them
            close = suggest(fold(query), index)
            hint = Msg("hint.did_you_mean", name=Msg(f"{kind}.{index[close[0]]}")) if close else ""
            known = [Msg(f"{kind}.{k}") for k in keys]
            raise UsageError(Msg(f"usage.unknown_{kind}", **{kind: query}, hint=hint, known=known))
        found.append(key)
    return found


@dataclass(frozen=True)
class Filter:
    """Pillars, statuses and task states to keep (keys; none named: all)."""

    pillars: list[str]
    statuses: list[str]

    @classmethod
    def named(cls, pillars: Sequence[str], statuses: Sequence[str]) -> Filter:
        """From the names people type (`UsageError` for a name of nothing)."""
        from dxgap.frames import STATUSES
        from dxgap.targets.models import Pillar

        return cls(
            by_name(pillars, [p.value for p in Pillar], "pillar"),
            by_name(statuses, STATUSES, "status"),
        )

    def apply(self, frame: Any) -> Any:
        """A gap frame (lazy or not) kept to the pillars and statuses."""
        import polars as pl

        if self.pillars:
            frame = frame.filter(pl.col("pillar").is_in(self.pillars))
        if self.statuses:
            frame = frame.filter(pl.col("status").is_in(self.statuses))
        return frame
