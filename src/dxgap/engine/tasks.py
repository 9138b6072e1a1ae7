"""Tasks: targets tracked by their completion state, and the tally in the provinces' own report
form ("hoàn thành 23/34; chưa hoàn thành 2; không thực hiện 2; chưa có thông tin 7").

Pure Polars, no I/O (docs/methodology.md §15). A task is a qualitative target, or a yes/no
(boolean) target that has state rows; its state rows come from the data files
(`frames.STATE_SCHEMA`).
"""

from __future__ import annotations

from typing import Literal

import polars as pl

from dxgap.frames import STATE_SCHEMA, TASK_STATES

KEY = ["province", "target_id"]

NO_INFORMATION = "no_information"
"""The tally's column for tasks with no state row up to the as-of year (chưa có thông tin)."""

TallyBy = Literal["state", "pillar", "source"]
"""What the tally groups tasks by: nothing but their state (one row per province), the
pillar, or the source document of the plan."""

TALLY_COUNTS: tuple[str, ...] = ("tasks", *TASK_STATES, NO_INFORMATION)
"""The counts of each tally row, in order: all tasks, then by state (they sum to `tasks`)."""


def _conform(states: pl.LazyFrame | None) -> pl.LazyFrame:
    """`states`, or none; with an empty `note_vi` when a frame built before it lacks one."""
    if states is None:
        return pl.LazyFrame(schema=STATE_SCHEMA)
    if "note_vi" in states.collect_schema().names():
        return states
    return states.with_columns(note_vi=pl.lit(None, pl.String))


def latest_states(states: pl.LazyFrame | None, as_of: int) -> pl.LazyFrame:
    """Per target, its latest state row with year <= `as_of` (by year, then date; an undated
    row counts as earlier in its year).

    Shape: province, target_id, task_state (`frames.TASK_STATES`), state_year, state_date,
    evidence (the row's note), state_source, evidence_vi (the row's note in Vietnamese)."""
    states = _conform(states)
    return (
        states.filter(pl.col("year") <= as_of)
        .sort([*KEY, "year", "date"], nulls_last=False)
        .group_by(KEY, maintain_order=True)
        .agg(
            task_state=pl.col("state").last(),
            state_year=pl.col("year").last(),
            state_date=pl.col("date").last(),
            evidence=pl.col("note").last(),
            state_source=pl.col("source").last(),
            evidence_vi=pl.col("note_vi").last(),
        )
    )


def state_history(states: pl.LazyFrame | None, as_of: int) -> pl.LazyFrame:
    """Every state row of every task with year <= `as_of`, in the order they decide (by year,
    then date; an undated row earlier in its year): what a task's chart draws, its state
    timeline. Shape: province, target_id, year, date, state, source, note, note_vi."""
    states = _conform(states)
    return (
        states.filter(pl.col("year") <= as_of)
        .sort([*KEY, "year", "date"], nulls_last=False)
        .select(*KEY, "year", "date", "state", "source", "note", "note_vi")
    )


def is_task() -> pl.Expr:
    """Whether a gap-table row is a task: it has no comparator (a qualitative target), or it is
    a yes/no target with a state row. Reads only `frames.GAP_KEYS` columns."""
    return pl.col("comparator").is_null() | (
        (pl.col("unit") == "boolean") & pl.col("task_state").is_not_null()
    )


def task_status(as_of: int) -> pl.Expr:
    """A task's status from its latest state and its deadline T (docs/methodology.md §15):
    none → no_data; done → achieved; dropped → missed; in progress or not started: reported
    after T → missed, T before `as_of` and reported in or before T → overdue (a report of the
    deadline year may be from before its end), else pending (no deadline: pending)."""
    state, year, deadline = pl.col("task_state"), pl.col("state_year"), pl.col("target_year")
    return (
        pl.when(state.is_null())
        .then(pl.lit("no_data"))
        .when(state == "done")
        .then(pl.lit("achieved"))
        .when(state == "dropped")
        .then(pl.lit("missed"))
        .when(deadline.is_not_null() & (year > deadline))
        .then(pl.lit("missed"))
        .when(deadline.is_not_null() & (deadline < as_of))
        .then(pl.lit("overdue"))
        .otherwise(pl.lit("pending"))
    )


def tally(analysis: pl.DataFrame | pl.LazyFrame, by: TallyBy = "state") -> pl.DataFrame:
    """The tasks of an analysis counted by state, per province (and per pillar or source
    document with `by`), as provinces report them: "hoàn thành 23/34; … chưa có thông tin 7".

    `analysis`: rows of `engine.analyse` (any frame with province, comparator, unit,
    task_state, and the `by` column). Shape: province, [pillar | source], then `TALLY_COUNTS`
    (UInt32; `tasks` = done + in_progress + not_started + dropped + no_information), sorted by
    province and group; a province without tasks has no row. `ValueError` for another `by`."""
    if by not in ("state", "pillar", "source"):
        raise ValueError(f"tally by {by!r}")
    groups = ["province"] if by == "state" else ["province", by]
    state = pl.col("task_state").fill_null(NO_INFORMATION)
    counts = [(state == s).sum().alias(s) for s in (*TASK_STATES, NO_INFORMATION)]
    return (
        analysis.lazy()
        .filter(is_task())
        .group_by(groups)
        .agg(pl.len().alias("tasks"), *counts)
        .with_columns(pl.col(c).cast(pl.UInt32) for c in TALLY_COUNTS)
        .sort(groups, nulls_last=True)
        .collect()
    )
