"""The filters of `dxgap check` and `dxgap export`: pillars, statuses and task states named as
people type them — by key or by label in either language, with or without diacritics.

Polars is imported on first use (the command line imports this module on every run)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from dxgap.errors import UsageError
from dxgap.text import Msg

NO_INFORMATION = "no_information"
"""The `--state` of a task with no state reported up to the as-of year."""


STATE_ALIASES = {"no data": NO_INFORMATION, "no_data": NO_INFORMATION}
"""Other words for a state: "no data" for a task with no state reported."""


def by_name(
    queries: Sequence[str], keys: Sequence[str], kind: str, aliases: Mapping[str, str] = {}
) -> list[str]:
    """The keys (`on_track`) that queries name by key or by label in either language
    ("on track", "Đúng tiến độ", "dung tien do"), or by one of `aliases`; `UsageError` for one
    that names none."""
    from dxgap.names import fold, suggest
    from dxgap.text import LANGS, t

    index = {fold(k): k for k in keys}
    index.update({fold(t(f"{kind}.{k}", lang)): k for k in keys for lang in LANGS})
    index.update({fold(a): k for a, k in aliases.items()})
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
    """Pillars, statuses and task states to keep (keys; none named: all). A state keeps only
    tasks: those whose latest reported state is one of them (`no_information`: none reported
    up to the as-of year)."""

    pillars: list[str]
    statuses: list[str]
    states: list[str] = field(default_factory=list)

    @classmethod
    def named(
        cls, pillars: Sequence[str], statuses: Sequence[str], states: Sequence[str] = ()
    ) -> Filter:
        """From the names people type (`UsageError` for a name of nothing, and for the status
        of qualitative targets, which are tasks with a state now)."""
        from dxgap.frames import STATUSES, TASK_STATES
        from dxgap.targets.models import Pillar

        found = by_name(statuses, STATUSES, "status")
        if "not_quantified" in found:  # "Định tính": no target has this status any more
            asked = statuses[found.index("not_quantified")]
            every = [Msg(f"state.{k}") for k in (*TASK_STATES, NO_INFORMATION)]
            raise UsageError(Msg("usage.status_qualitative", status=asked, states=every))
        return cls(
            by_name(pillars, [p.value for p in Pillar], "pillar"),
            found,
            by_name(states, [*TASK_STATES, NO_INFORMATION], "state", STATE_ALIASES),
        )

    def apply(self, frame: Any) -> Any:
        """A gap frame (lazy or not) kept to the pillars, statuses and task states."""
        import polars as pl

        from dxgap.engine.tasks import is_task

        if self.pillars:
            frame = frame.filter(pl.col("pillar").is_in(self.pillars))
        if self.statuses:
            frame = frame.filter(pl.col("status").is_in(self.statuses))
        if self.states and "task_state" not in frame.collect_schema().names():
            return frame.filter(pl.lit(False))  # rows per area are figures, never tasks
        if self.states:
            state = pl.col("task_state").fill_null(NO_INFORMATION)
            frame = frame.filter(is_task() & state.is_in(self.states))
        return frame
