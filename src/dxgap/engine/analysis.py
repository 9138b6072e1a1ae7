"""The gap table: per target, the latest value, gap, progress, paces, projection and status.

Pure functions from the targets frame (`frames.TARGET_SCHEMA`) and the province-level
measurements (`frames.MEASUREMENT_SCHEMA`) to frames; no I/O and no printing. Every target of every
province is computed in one lazy query; the formulas are documented in docs/methodology.md and
mirrored in the comments below.
"""

from __future__ import annotations

import polars as pl

from dxgap.engine.types import Options, Summary
from dxgap.frames import FIGURE_KEYS, GAP_KEYS
from dxgap.targets.models import COMPARE

CAGR_ZERO = 0.001
"""Open SDG / Statistics Canada replace a zero base or target by 0.001 so that growth rates exist."""


KEY = ["province", "target_id"]
"""What identifies a target across provinces."""


def yearly(measurements: pl.LazyFrame, as_of: int) -> pl.LazyFrame:
    """One value per province, indicator and year up to `as_of`: the row with the latest date.

    An undated row counts as earlier than any dated row of the same year.
    """
    return (
        measurements.filter(pl.col("year") <= as_of)
        .sort(["province", "indicator", "year", "date"], nulls_last=False)
        .group_by(["province", "indicator", "year"], maintain_order=True)
        .agg(pl.col("value").last())
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


def _meets(value: pl.Expr, target: pl.Expr) -> pl.Expr:
    """Whether `value` satisfies each row's comparator (the rule validation applies too)."""
    met: pl.Expr = pl.lit(None, pl.Boolean)
    for sign, compare in COMPARE.items():
        met = pl.when(pl.col("comparator") == sign).then(compare(value, target)).otherwise(met)
    return met


def _cagr(end: pl.Expr, start: pl.Expr, years: pl.Expr) -> pl.Expr:
    """Compound annual growth rate; zero replaced by 0.001, undefined for negatives."""

    def nz(e: pl.Expr) -> pl.Expr:
        return pl.when(e == 0).then(pl.lit(CAGR_ZERO)).otherwise(e)

    ok = (end >= 0) & (start >= 0) & (years > 0)
    return pl.when(ok).then((nz(end) / nz(start)).pow(1.0 / years) - 1.0).otherwise(None)


def latest_and_base(targets: pl.LazyFrame, obs: pl.LazyFrame) -> pl.LazyFrame:
    """Attach to each target its latest (y_t, t), earliest observation and base (y0, t0)."""
    per_target = (
        targets.select([*KEY, "indicator"])
        .join(obs, on=["province", "indicator"], how="inner")
        .group_by(KEY)
        .agg(
            pl.col("year").max().alias("latest_year"),
            pl.col("value").sort_by("year").last().alias("latest_value"),
            pl.col("year").min().alias("first_year"),
            pl.col("value").sort_by("year").first().alias("first_value"),
            pl.len().alias("n_obs"),
        )
    )
    has_baseline = pl.col("baseline_year").is_not_null()
    quantified = pl.col("comparator").is_not_null() & pl.col("target_value").is_not_null()
    # qualitative targets keep their latest observation for context, but have no base or pace
    return targets.join(per_target, on=KEY, how="left").with_columns(
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
    )


def no_negative_zero(*columns: str) -> list[pl.Expr]:
    """The columns with -0.0 written as 0.0 (-0.0 == 0 holds): a flat series moved by nothing,
    not by "minus nothing"; no output ever shows -0."""
    return [
        pl.when(pl.col(c) == 0).then(pl.lit(0.0)).otherwise(pl.col(c)).alias(c) for c in columns
    ]


def formulas(lf: pl.LazyFrame, opts: Options) -> pl.LazyFrame:
    """The figures of docs/methodology.md §2 and the status of §3, on targets joined with their
    latest value (y_t, t) and base (y0, t0). Progress and the observed pace exist only when the
    latest value is later than the base (t > t0): one observation says nothing about movement."""
    y_t, t = pl.col("latest_value"), pl.col("latest_year").cast(pl.Float64)
    y0, t0 = pl.col("y0"), pl.col("t0").cast(pl.Float64)
    y_target, big_t = pl.col("target_value"), pl.col("target_year").cast(pl.Float64)
    d = pl.col("d")

    gap = d * (y_target - y_t)
    progress = pl.when((y_target != y0) & (t > t0)).then(100.0 * (y_t - y0) / (y_target - y0))
    if opts.method == "linear":
        observed = pl.when(t > t0).then((y_t - y0) / (t - t0))
        planned = pl.when(big_t > t0).then((y_target - y0) / (big_t - t0))
        needed = pl.when(big_t > t).then((y_target - y_t) / (big_t - t))
        projected = y_t + pl.col("observed_pace") * (big_t - t)
    else:
        observed = pl.when(t > t0).then(100.0 * _cagr(y_t, y0, t - t0))
        planned = pl.when(big_t > t0).then(100.0 * _cagr(y_target, y0, big_t - t0))
        needed = pl.when(big_t > t).then(100.0 * _cagr(y_target, y_t, big_t - t))
        projected = y_t * (1.0 + pl.col("observed_pace") / 100.0).pow(big_t - t)

    pace_ok = pl.col("observed_pace").is_not_null() & pl.col("planned_pace").is_not_null()
    ratio = pl.when(pace_ok & (pl.col("planned_pace") != 0)).then(
        d * pl.col("observed_pace") / pl.col("planned_pace").abs()
    )
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
            projected_value=pl.when(pl.col("observed_pace").is_not_null()).then(clip(projected)),
        )
        .with_columns(no_negative_zero(*FIGURE_KEYS))
        .with_columns(status=_status(opts))
    )


def _status(opts: Options) -> pl.Expr:
    """The first rule that applies (docs/methodology.md, "Status")."""
    latest, year = pl.col("latest_value"), pl.col("latest_year")
    deadline = pl.col("target_year")
    r = pl.col("pace_ratio")
    achieved = _meets(latest, pl.col("target_value"))
    moved_away = pl.col("d") * pl.col("observed_pace") < 0
    return (
        pl.when(pl.col("qualitative").is_not_null() | pl.col("comparator").is_null())
        .then(pl.lit("not_quantified"))
        .when(latest.is_null())
        .then(pl.lit("no_data"))
        .when(achieved)
        .then(pl.lit("achieved"))
        .when(year >= deadline)
        .then(pl.lit("missed"))
        .when((deadline < opts.as_of) & (year < deadline))
        .then(pl.lit("overdue"))
        .when(pl.col("unit") == "boolean")
        .then(pl.lit("pending"))
        .when(pl.col("observed_pace").is_null() | pl.col("planned_pace").is_null())
        .then(pl.lit("insufficient_data"))
        .when(pl.col("planned_pace") == 0)
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


def analyse(targets: pl.LazyFrame, measurements: pl.LazyFrame, opts: Options) -> pl.LazyFrame:
    """The full per-target analysis, still lazy: the documented keys (`frames.GAP_KEYS`) plus the
    target's own columns (`name_vi`, `qualitative`, `kind`, `approx`, `source`, `quote`, …) that
    renderers show. One row per target, in the order of the target files."""
    obs = yearly(measurements, opts.as_of)
    return with_pending_keys(formulas(latest_and_base(targets, obs), opts).sort("seq"))


def gaps(targets: pl.LazyFrame, measurements: pl.LazyFrame, opts: Options) -> pl.DataFrame:
    """The gap table: one row per target with exactly the documented keys (`frames.GAP_KEYS`)."""
    return analyse(targets, measurements, opts).select(GAP_KEYS).collect()


_PENDING_KEYS: dict[str, pl.DataType] = {
    "latest_out_of": pl.Int32(),
    "latest_period": pl.String(),
    "series_from": pl.Int32(),
    "years_met": pl.Int32(),
    "years_assessed": pl.Int32(),
    "task_state": pl.String(),
    "state_year": pl.Int32(),
    "state_date": pl.String(),
    "evidence": pl.String(),
}
"""Issue 16 keys the engine does not compute yet: present and empty (placeholder, to go)."""


def with_pending_keys(lf: pl.LazyFrame) -> pl.LazyFrame:
    """`lf` with every key of `_PENDING_KEYS` it lacks, empty."""
    have = set(lf.collect_schema().names())
    return lf.with_columns(
        [pl.lit(None, dtype).alias(k) for k, dtype in _PENDING_KEYS.items() if k not in have]
    )


def summary(gap_table: pl.DataFrame) -> Summary:
    """The `Summary` of a gap table (any frame with a `status` column)."""
    counts = {str(k): int(v) for k, v in gap_table.group_by("status").len().iter_rows()}
    quantified = gap_table.filter(pl.col("status") != "not_quantified").height
    with_data = gap_table.filter(~pl.col("status").is_in(["not_quantified", "no_data"])).height
    return Summary(gap_table.height, counts, quantified, with_data)
