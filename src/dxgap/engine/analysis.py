"""The gap table: per target, the latest value, gap, progress, paces, projection and status.

Pure functions from the targets frame (`frames.TARGET_SCHEMA`) and the province-level
measurements (`frames.MEASUREMENT_SCHEMA`) to frames; no I/O and no printing. Every target of every
province is computed in one lazy query; the formulas are documented in docs/methodology.md and
mirrored in the comments below.
"""

from __future__ import annotations

import polars as pl

from dxgap.engine import series, tasks
from dxgap.engine.types import Options, Summary
from dxgap.frames import FIGURE_KEYS, GAP_KEYS

CAGR_ZERO = 0.001
"""Open SDG / Statistics Canada replace a zero base or target by 0.001 so that growth rates exist."""


KEY = ["province", "target_id"]
"""What identifies a target across provinces."""


def yearly(measurements: pl.LazyFrame, as_of: int) -> pl.LazyFrame:
    """One value per province, indicator and year up to `as_of`: the row with the latest date
    (an undated row counts as earlier than any dated row of the same year), whatever period
    it measures. Shape: province, indicator, year, value, period (null = the whole year)."""
    return (
        series.conform(measurements)
        .filter(pl.col("year") <= as_of)
        .sort(["province", "indicator", "year", "date"], nulls_last=False)
        .group_by(["province", "indicator", "year"], maintain_order=True)
        .agg(pl.col("value", "period").last())
    )


def clip(expr: pl.Expr) -> pl.Expr:
    """Keep a projection inside the indicator's bounds (a share cannot pass 100%)."""
    lower = pl.when(pl.col("lower").is_not_null()).then(pl.max_horizontal(expr, pl.col("lower")))
    clipped_low = lower.otherwise(expr)
    return (
        pl.when(pl.col("upper").is_not_null())
        .then(pl.min_horizontal(clipped_low, pl.col("upper")))
        .otherwise(clipped_low)
    )


def _cagr(end: pl.Expr, start: pl.Expr, years: pl.Expr) -> pl.Expr:
    """Compound annual growth rate; zero replaced by 0.001, undefined for negatives."""

    def nz(e: pl.Expr) -> pl.Expr:
        return pl.when(e == 0).then(pl.lit(CAGR_ZERO)).otherwise(e)

    ok = (end >= 0) & (start >= 0) & (years > 0)
    return pl.when(ok).then((nz(end) / nz(start)).pow(1.0 / years) - 1.0).otherwise(None)


def latest_and_base(
    targets: pl.LazyFrame,
    rows: pl.LazyFrame,
    seen: pl.LazyFrame,
    states: pl.LazyFrame,
) -> pl.LazyFrame:
    """Attach to each target its latest (y_t, t), base (y0, t0), the deadlines (`due` for the
    status rules, `pace_to` for paces and projections), its series start, window counts and
    latest task state (`series.target_rows`, `series.per_target`, `tasks.latest_states`)."""
    series_start = pl.col("series_from")
    has_baseline = pl.col("baseline_year").is_not_null() & (
        series_start.is_null() | (pl.col("baseline_year") >= series_start)
    )  # a baseline before a break belongs to the old series (docs/methodology.md §13)
    quantified = pl.col("comparator").is_not_null() & pl.col("target_value").is_not_null()
    annual = pl.col("frequency") == "annual"
    # qualitative targets have no base or pace; a task's figures are emptied in `formulas` (§15)
    return (
        targets.join(series.per_target(targets, rows), on=series.ID, how="left")
        .join(seen, on=["province", "indicator"], how="left")
        .join(states, on=KEY, how="left")
        .with_columns(
            t0=pl.when(~quantified)
            .then(None)
            .when(has_baseline)
            .then(pl.col("baseline_year"))
            .otherwise(pl.col("first_year")),
            y0=pl.when(~quantified)
            .then(None)
            .when(has_baseline)
            .then(pl.col("baseline_value"))
            .otherwise(pl.col("first_value")),
            d=pl.when(pl.col("comparator").is_in([">=", ">"])).then(1.0).otherwise(-1.0),
            # standing: reach the level by the window's first year; per-year rate: no path
            due=pl.when(annual)
            .then(pl.coalesce("from_year", "target_year"))
            .otherwise(pl.col("target_year")),
            pace_to=pl.when(annual).then(pl.col("from_year")).otherwise(pl.col("target_year")),
            years_met=pl.when(annual).then(pl.col("years_met").fill_null(0)),
            years_assessed=pl.when(annual).then(pl.col("years_assessed").fill_null(0)),
        )
    )


def no_negative_zero(*columns: str) -> list[pl.Expr]:
    """The columns with -0.0 written as 0.0 (-0.0 == 0 holds): a flat series moved by nothing,
    not by "minus nothing"; no output ever shows -0."""
    return [
        pl.when(pl.col(c) == 0).then(pl.lit(0.0)).otherwise(pl.col(c)).alias(c) for c in columns
    ]


def formulas(lf: pl.LazyFrame, opts: Options) -> pl.LazyFrame:
    """The figures of docs/methodology.md §2 and the status of §3, on targets joined with their
    latest value (y_t, t) and base (y0, t0) by `latest_and_base`. Progress and the observed
    pace exist only when the latest value is later than the base (t > t0): one observation
    says nothing about movement. Paces and projections run to `pace_to` (the target year, or a
    standing target's first year): none without one (no deadline, a per-year rate, §10-11).
    A base that already meets the target leaves no distance to cover: no progress and no pace
    ratio (§3, "A base beyond the target")."""
    y_t, t = pl.col("latest_value"), pl.col("latest_year").cast(pl.Float64)
    y0, t0 = pl.col("y0"), pl.col("t0").cast(pl.Float64)
    y_target, big_t = pl.col("target_value"), pl.col("pace_to").cast(pl.Float64)
    d = pl.col("d")
    annual = pl.col("frequency") == "annual"
    rate = annual & pl.col("from_year").is_null()  # judged year by year: no path, no progress
    base_meets = series.meets(y0, y_target).fill_null(False)
    # a standing window that has begun is judged year by year (§11): no share of a distance
    # covered and no pace ratio, which would read against its met / not met verdict
    begun = (annual & pl.col("from_year").is_not_null() & (t >= big_t)).fill_null(False)

    gap = d * (y_target - y_t)
    progress = pl.when((y_target != y0) & (t > t0) & ~base_meets & ~rate & ~begun).then(
        100.0 * (y_t - y0) / (y_target - y0)
    )
    if opts.method == "linear":
        observed = pl.when((t > t0) & big_t.is_not_null()).then((y_t - y0) / (t - t0))
        planned = pl.when(big_t > t0).then((y_target - y0) / (big_t - t0))
        needed = pl.when(big_t > t).then((y_target - y_t) / (big_t - t))
        projected = y_t + pl.col("observed_pace") * (big_t - t)
    else:
        observed = pl.when((t > t0) & big_t.is_not_null()).then(100.0 * _cagr(y_t, y0, t - t0))
        planned = pl.when(big_t > t0).then(100.0 * _cagr(y_target, y0, big_t - t0))
        needed = pl.when(big_t > t).then(100.0 * _cagr(y_target, y_t, big_t - t))
        projected = y_t * (1.0 + pl.col("observed_pace") / 100.0).pow(big_t - t)

    pace_ok = pl.col("observed_pace").is_not_null() & pl.col("planned_pace").is_not_null()
    ratio = pl.when(pace_ok & (pl.col("planned_pace") != 0) & ~base_meets & ~begun).then(
        d * pl.col("observed_pace") / pl.col("planned_pace").abs()
    )
    project = pl.col("observed_pace").is_not_null() & (~annual | (big_t > t))
    return (
        lf.with_columns(
            gap=gap,
            progress_pct=progress,
            observed_pace=observed,
            planned_pace=planned,
            needed_pace=needed,
        )
        .with_columns(
            pace_ratio=ratio,
            projected_value=pl.when(project).then(clip(projected)),
        )
        .with_columns(no_negative_zero(*FIGURE_KEYS))
        .with_columns(status=_status(opts, base_meets))
        .with_columns(no_figures_for_tasks())
    )


TASK_BLANK = (
    "latest_year",
    "latest_value",
    *FIGURE_KEYS,
    "latest_out_of",
    "latest_period",
    "series_from",
    "years_met",
    "years_assessed",
)
"""The gap-table keys a task leaves empty: it is judged by its reported state, not by figures
(docs/methodology.md §15)."""


def no_figures_for_tasks() -> list[pl.Expr]:
    """`TASK_BLANK` emptied on the rows of tasks: a qualitative target may name an indicator
    (Bạc Liêu's "kết quả chuyển đổi số khá trong khu vực" names the DTI rank), and a yes/no
    target with a state row may have measured values, but neither figure judges the task, so
    none is printed beside its status: a rank 63 of 63 beside "no data" read as a figure that
    counted (§15)."""
    task = tasks.is_task()
    return [pl.when(~task).then(pl.col(c)).alias(c) for c in TASK_BLANK]


def _status(opts: Options, base_meets: pl.Expr) -> pl.Expr:
    """The first rule that applies (docs/methodology.md §3): tasks by their state (§15); then
    observations that exist but are not comparable (§12, §14); a standing target by the latest
    year of its window, and before it, with no pace, as not yet due (§11); the rest against the
    deadline `due` and the pace ratio."""
    latest, year = pl.col("latest_value"), pl.col("latest_year")
    deadline = pl.col("due")
    r = pl.col("pace_ratio")
    achieved = series.meets(latest, pl.col("target_value"))
    moved_away = pl.col("d") * pl.col("observed_pace") < 0
    # a standing window not yet begun (or in its first year, whose figure is not in): without a
    # pace to judge the approach by, it is not yet due — a wait, not a gap in the data (§11)
    no_pace = pl.col("observed_pace").is_null() | pl.col("planned_pace").is_null()
    standing = (pl.col("frequency") == "annual") & pl.col("from_year").is_not_null()
    not_begun = standing & (pl.col("from_year") >= opts.as_of) & no_pace
    return (
        pl.when(tasks.is_task())
        .then(tasks.task_status(opts.as_of))
        .when(latest.is_null() & (pl.col("n_seen") > 0))
        .then(pl.lit("not_comparable"))
        .when(latest.is_null())
        .then(pl.lit("no_data"))
        .when(pl.col("window_met").is_not_null())
        .then(pl.when(pl.col("window_met")).then(pl.lit("achieved")).otherwise(pl.lit("missed")))
        .when(achieved)
        .then(pl.lit("achieved"))
        .when(series.ranking_ended(opts.as_of, "out_of"))  # a rank of 63 due after 2024
        .then(pl.lit("not_comparable"))
        .when(deadline.is_null())
        .then(pl.lit("pending"))
        .when(year >= deadline)
        .then(pl.lit("missed"))
        .when((deadline < opts.as_of) & (year < deadline))
        .then(pl.lit("overdue"))
        .when((pl.col("unit") == "boolean") | not_begun)
        .then(pl.lit("pending"))
        .when(pl.col("observed_pace").is_null() | pl.col("planned_pace").is_null())
        .then(pl.lit("insufficient_data"))
        .when((pl.col("planned_pace") == 0) | base_meets)
        .then(
            pl.when(moved_away).then(pl.lit("deterioration")).otherwise(pl.lit("limited_progress"))
        )
        .when(r >= opts.on_track)
        .then(pl.lit("on_track"))
        .when(r >= opts.acceleration)
        .then(pl.lit("acceleration_needed"))
        .when(r >= 0)
        .then(pl.lit("limited_progress"))
        .otherwise(pl.lit("deterioration"))
    )


def prepared(
    targets: pl.LazyFrame,
    measurements: pl.LazyFrame,
    opts: Options,
    states: pl.LazyFrame | None = None,
    *,
    collect_rows: bool = False,
) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """(analysis, rows): the analysis of `analyse`, unsorted, and the per-target observation
    rows it rests on (`series.target_rows`), for the trajectory to reuse; with `collect_rows`
    the rows are computed once, now, and both read them."""
    targets = series.with_ids(series.conform_targets(targets))
    rows, seen = series.target_rows(targets, measurements, opts.as_of)
    if collect_rows:
        rows = rows.collect().lazy()
    states_now = tasks.latest_states(states, opts.as_of)
    return formulas(latest_and_base(targets, rows, seen, states_now), opts), rows


def analyse(
    targets: pl.LazyFrame,
    measurements: pl.LazyFrame,
    opts: Options,
    states: pl.LazyFrame | None = None,
) -> pl.LazyFrame:
    """The full per-target analysis, still lazy: the documented keys (`frames.GAP_KEYS`) plus the
    target's own columns (`name_vi`, `qualitative`, `kind`, `approx`, `source`, `quote`, …) and
    `state_source` that renderers show. One row per target, in the order of the target files.

    `targets`: `frames.TARGET_SCHEMA`; `measurements`: `frames.MEASUREMENT_SCHEMA`; `states`:
    `frames.STATE_SCHEMA` (none: no task has a state). Values in the indicator's unit, paces per
    year; the formulas and rules are docs/methodology.md §2-3 and §10-15."""
    analysis, _ = prepared(targets, measurements, opts, states)
    return analysis.sort("seq").drop(series.ID)


def gaps(
    targets: pl.LazyFrame,
    measurements: pl.LazyFrame,
    opts: Options,
    states: pl.LazyFrame | None = None,
) -> pl.DataFrame:
    """The gap table: one row per target with exactly the documented keys (`frames.GAP_KEYS`)."""
    return analyse(targets, measurements, opts, states).select(GAP_KEYS).collect()


def summary(gap_table: pl.DataFrame) -> Summary:
    """The `Summary` of a gap table (a frame with `status`, and `comparator`, `unit` and
    `task_state` to count tasks apart): every target with a status other than `not_quantified`
    is assessed, and one with a figure or a state (status other than `no_data`) has data."""
    counts = {str(k): int(v) for k, v in gap_table.group_by("status").len().iter_rows()}
    assessed = gap_table.filter(pl.col("status") != "not_quantified")
    with_data = assessed.filter(pl.col("status") != "no_data")
    task_cols = {"comparator", "unit", "task_state"}
    if task_cols <= set(gap_table.columns):
        n_tasks = assessed.filter(tasks.is_task()).height
        tasks_with_state = with_data.filter(tasks.is_task()).height
    else:
        n_tasks = tasks_with_state = 0
    return Summary(
        gap_table.height, counts, assessed.height, with_data.height, n_tasks, tasks_with_state
    )
