"""The gap engine: pure functions from target and measurement frames to gap and trajectory tables.

No I/O and no printing. Every target of every province is computed in one lazy query; the formulas
are documented in docs/methodology.md and mirrored in the comments below.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

import polars as pl

from dxgap.frames import GAP_KEYS, MEASUREMENT_SCHEMA, STATUSES, TRAJECTORY_KEYS

MEASUREMENT_COLUMNS = tuple(MEASUREMENT_SCHEMA)

Method = Literal["linear", "cagr"]
METHODS: tuple[str, ...] = ("linear", "cagr")

CAGR_ZERO = 0.001
"""Open SDG / Statistics Canada replace a zero base or target by 0.001 so that growth rates exist."""


@dataclass(frozen=True)
class Options:
    """How the analysis is run: the year it stands in, the method and the status thresholds."""

    as_of: int = field(default_factory=lambda: dt.date.today().year)
    method: Method = "linear"
    on_track: float = 0.95
    acceleration: float = 0.6


_KEY = ["province", "target_id"]


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


def _clip(expr: pl.Expr) -> pl.Expr:
    """Keep a projection inside the indicator's bounds (a share cannot pass 100%)."""
    lower = pl.when(pl.col("lower").is_not_null()).then(pl.max_horizontal(expr, pl.col("lower")))
    clipped_low = lower.otherwise(expr)
    return (
        pl.when(pl.col("upper").is_not_null())
        .then(pl.min_horizontal(clipped_low, pl.col("upper")))
        .otherwise(clipped_low)
    )


def _meets(value: pl.Expr, target: pl.Expr) -> pl.Expr:
    c = pl.col("comparator")
    return (
        pl.when(c == ">=")
        .then(value >= target)
        .when(c == ">")
        .then(value > target)
        .when(c == "<=")
        .then(value <= target)
        .when(c == "<")
        .then(value < target)
        .otherwise(None)
    )


def _cagr(end: pl.Expr, start: pl.Expr, years: pl.Expr) -> pl.Expr:
    """Compound annual growth rate; zero replaced by 0.001, undefined for negatives."""

    def nz(e: pl.Expr) -> pl.Expr:
        return pl.when(e == 0).then(pl.lit(CAGR_ZERO)).otherwise(e)

    ok = (end >= 0) & (start >= 0) & (years > 0)
    return pl.when(ok).then((nz(end) / nz(start)).pow(1.0 / years) - 1.0).otherwise(None)


def _latest_and_base(targets: pl.LazyFrame, obs: pl.LazyFrame) -> pl.LazyFrame:
    """Attach to each target its latest (y_t, t), earliest observation and base (y0, t0)."""
    per_target = (
        targets.select([*_KEY, "indicator"])
        .join(obs, on=["province", "indicator"], how="inner")
        .group_by(_KEY)
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
    return targets.join(per_target, on=_KEY, how="left").with_columns(
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


def _formulas(lf: pl.LazyFrame, opts: Options) -> pl.LazyFrame:
    y_t, t = pl.col("latest_value"), pl.col("latest_year").cast(pl.Float64)
    y0, t0 = pl.col("y0"), pl.col("t0").cast(pl.Float64)
    y_target, big_t = pl.col("target_value"), pl.col("target_year").cast(pl.Float64)
    d = pl.col("d")

    gap = d * (y_target - y_t)
    progress = pl.when(y_target != y0).then(100.0 * (y_t - y0) / (y_target - y0))
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
            projected_value=pl.when(pl.col("observed_pace").is_not_null()).then(_clip(projected)),
        )
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


def analyse(
    targets: pl.LazyFrame, measurements: pl.LazyFrame, opts: Options | None = None
) -> pl.LazyFrame:
    """The full per-target analysis, still lazy: the documented keys plus the target's own
    columns (`qualitative`, `kind`, `approx`, `quote`, …) that renderers show."""
    opts = opts or Options()
    obs = yearly(measurements, opts.as_of)
    return _formulas(_latest_and_base(targets, obs), opts).sort("seq")


def gaps(
    targets: pl.LazyFrame, measurements: pl.LazyFrame, opts: Options | None = None
) -> pl.DataFrame:
    """The gap table: one row per target with exactly the documented keys (`frames.GAP_KEYS`)."""
    return analyse(targets, measurements, opts).select(GAP_KEYS).collect()


def trajectory(
    targets: pl.LazyFrame, measurements: pl.LazyFrame, opts: Options | None = None
) -> pl.DataFrame:
    """Planned path, observations and projection per target and year, from t0 to T."""
    opts = opts or Options()
    # The yearly values and the per-target bases are small (grouped) and used several times
    # below: collect them once, or every use would scan and check the data files again.
    obs = yearly(measurements, opts.as_of).collect().lazy()
    base = (
        _formulas(_latest_and_base(targets, obs), opts)
        .filter(
            pl.col("status") != "not_quantified",
            pl.col("t0").is_not_null(),
            pl.col("target_year").is_not_null(),
        )
        .collect()
        .lazy()
    )
    years = (
        base.select(
            [
                *_KEY,
                "seq",
                "indicator",
                "d",
                "lower",
                "upper",
                "latest_year",
                "latest_value",
                "observed_pace",
            ],
            year=pl.int_ranges(pl.col("t0"), pl.max_horizontal("t0", "target_year") + 1),
        )
        .explode("year")
        .with_columns(pl.col("year").cast(pl.Int32))
    )
    knots = _knots(base)
    prev = knots.rename({"k_year": "p_year", "k_value": "p_value"})
    nxt = knots.rename({"k_year": "n_year", "k_value": "n_value"})
    joined = (
        years.sort("year")
        .join_asof(
            prev.sort("p_year"),
            left_on="year",
            right_on="p_year",
            by=_KEY,
            strategy="backward",
            check_sortedness=False,
        )
        .join_asof(
            nxt.sort("n_year"),
            left_on="year",
            right_on="n_year",
            by=_KEY,
            strategy="forward",
            check_sortedness=False,
        )
    )
    span = (pl.col("n_year") - pl.col("p_year")).cast(pl.Float64)
    planned = (
        pl.when(span > 0)
        .then(
            pl.col("p_value")
            + (pl.col("n_value") - pl.col("p_value"))
            * (pl.col("year") - pl.col("p_year")).cast(pl.Float64)
            / span
        )
        .otherwise(pl.col("p_value"))
    )
    ahead = pl.col("year") - pl.col("latest_year")
    if opts.method == "linear":
        proj = pl.col("latest_value") + pl.col("observed_pace") * ahead
    else:
        proj = pl.col("latest_value") * (1.0 + pl.col("observed_pace") / 100.0).pow(ahead)
    projected = pl.when((ahead > 0) & pl.col("observed_pace").is_not_null()).then(_clip(proj))
    return (
        joined.join(
            obs.rename({"value": "actual"}),
            on=["province", "indicator", "year"],
            how="left",
        )
        .with_columns(planned=planned, projected=projected)
        .with_columns(ahead_by=pl.col("d") * (pl.col("actual") - pl.col("planned")))
        .sort(["seq", "year"])
        .select(TRAJECTORY_KEYS)
        .collect()
    )


def _knots(base: pl.LazyFrame) -> pl.LazyFrame:
    """The plan's points: base, milestones strictly inside (t0, T), and the target."""
    start = base.select(*_KEY, k_year=pl.col("t0"), k_value=pl.col("y0"))
    end = base.select(*_KEY, k_year=pl.col("target_year"), k_value=pl.col("target_value"))
    mids = (
        base.select(*_KEY, "t0", "target_year", "milestones")
        .explode("milestones")
        .unnest("milestones")
        .filter(pl.col("year") > pl.col("t0"), pl.col("year") < pl.col("target_year"))
        .select(*_KEY, k_year=pl.col("year"), k_value=pl.col("value"))
    )
    return pl.concat(
        [
            k.with_columns(pl.col("k_year").cast(pl.Int32), pl.col("k_value").cast(pl.Float64))
            for k in (start, mids, end)
        ]
    ).unique(subset=[*_KEY, "k_year"], keep="first", maintain_order=True)


def summary(gap_table: pl.DataFrame) -> dict[str, object]:
    """Targets per status and data coverage (quantified targets with data / quantified targets)."""
    counts = dict(gap_table.group_by("status").len().iter_rows())
    quantified = gap_table.filter(pl.col("status") != "not_quantified").height
    with_data = gap_table.filter(~pl.col("status").is_in(["not_quantified", "no_data"])).height
    return {
        "targets": gap_table.height,
        "by_status": counts,
        "quantified": quantified,
        "with_data": with_data,
        "coverage_pct": (100.0 * with_data / quantified) if quantified else None,
    }


def _pick_target(rows: pl.LazyFrame, as_of: int) -> pl.LazyFrame:
    """Per province, the target that matters now: the nearest deadline not yet passed, else the
    most recent one."""
    passed = pl.col("target_year") < as_of
    order = pl.when(passed).then(-pl.col("target_year")).otherwise(pl.col("target_year"))
    return rows.sort([passed, order, "seq"]).group_by("province", maintain_order=True).first()


def compare(
    analysis: pl.LazyFrame,
    measurements: pl.LazyFrame,
    indicator: str,
    opts: Options | None = None,
    benchmark: str | None = None,
) -> pl.DataFrame:
    """One indicator across provinces: latest value, own target and status, gap to a benchmark
    province's target (e.g. the national programme), ranked in the indicator's good direction."""
    opts = opts or Options()
    quantified = analysis.filter(
        pl.col("indicator") == indicator, pl.col("status") != "not_quantified"
    )
    latest = (
        yearly(measurements, opts.as_of)
        .filter(pl.col("indicator") == indicator)
        .sort("year")
        .group_by("province")
        .agg(
            pl.col("year").last().alias("latest_year"), pl.col("value").last().alias("latest_value")
        )
    )
    own = _pick_target(quantified, opts.as_of).select(
        "province",
        "target_id",
        "target_year",
        "target_value",
        "comparator",
        "status",
        "d",
        "unit",
    )
    rows = latest.join(own, on="province", how="full", coalesce=True)
    if benchmark is not None:
        rows = rows.filter(pl.col("province") != benchmark)
        bench = _pick_target(quantified.filter(pl.col("province") == benchmark), opts.as_of).select(
            benchmark_target_id=pl.col("target_id"),
            benchmark_target_year=pl.col("target_year"),
            benchmark_target_value=pl.col("target_value"),
            _bd=pl.col("d"),
        )
        bench_row = bench.collect()
        if bench_row.height == 0:  # the benchmark sets no target on this indicator
            bench_row = pl.DataFrame(
                {c: [None] for c in bench_row.columns}, schema=bench_row.schema
            )
        rows = rows.join(bench_row.lazy(), how="cross").with_columns(
            gap_to_benchmark=pl.col("_bd")
            * (pl.col("benchmark_target_value") - pl.col("latest_value"))
        )
        direction = pl.coalesce("_bd", "d")
    else:
        direction = pl.col("d")
    df = rows.with_columns(_dir=direction).collect()
    if df.height == 0:
        return df
    good = df.select(pl.col("_dir").drop_nulls().first()).item()
    sign = -1.0 if good == -1.0 else 1.0
    score = pl.col("latest_value") * sign
    df = df.with_columns(
        rank=score.rank("min", descending=True).cast(pl.Int32),
        indicator=pl.lit(indicator),
    ).sort(["rank", "province"], nulls_last=True)
    keep = [
        "rank",
        "province",
        "indicator",
        "latest_year",
        "latest_value",
        "target_id",
        "comparator",
        "target_year",
        "target_value",
        "status",
    ]
    if benchmark is not None:
        keep += [
            "benchmark_target_id",
            "benchmark_target_year",
            "benchmark_target_value",
            "gap_to_benchmark",
        ]
    return df.select(keep)


def status_summary(gap_table: pl.DataFrame) -> pl.DataFrame:
    """Per province: targets by status and data coverage — the "who is behind" table."""
    counts = (
        gap_table.group_by("province", "status")
        .len()
        .pivot(on="status", index="province", values="len")
        .fill_null(0)
    )
    for status in STATUSES:
        if status not in counts.columns:
            counts = counts.with_columns(pl.lit(0, pl.UInt32).alias(status))
    quantified = pl.sum_horizontal([pl.col(s) for s in STATUSES if s != "not_quantified"])
    with_data = quantified - pl.col("no_data")
    behind = pl.sum_horizontal("missed", "overdue", "deterioration", "limited_progress")
    return (
        counts.with_columns(
            targets=pl.sum_horizontal([pl.col(s) for s in STATUSES]),
            quantified=quantified,
            with_data=with_data,
        )
        .with_columns(
            coverage_pct=pl.when(pl.col("quantified") > 0).then(
                100.0 * pl.col("with_data") / pl.col("quantified")
            ),
            behind=behind,
        )
        .sort(["behind", "province"], descending=[True, False])
        .select(
            "province", "targets", "quantified", "with_data", "coverage_pct", "behind", *STATUSES
        )
    )


_SEP = "\x1f"


def gaps_by(
    targets: pl.LazyFrame, details: pl.LazyFrame, by: str, opts: Options | None = None
) -> pl.DataFrame:
    """The gap table per area (or breakdown) inside each province, for the targets whose
    indicator has such rows: which communes pull the province behind.

    Each area is analysed as if it were a province of its own, against the province's target.
    """
    other = "breakdown" if by == "area" else "area"
    wanted = targets.filter(pl.col("qualitative").is_null()).select("province", "indicator")
    # only the rows of the targets' provinces and indicators, read once (the analysis uses
    # them several times; re-reading a national file for each use would cost more)
    rows = (
        details.filter(pl.col(by).is_not_null(), pl.col(other).is_null())
        .join(wanted.unique(), on=["province", "indicator"], how="semi")
        .collect(engine="streaming")
        .lazy()
    )
    groups = rows.select("province", "indicator", by).unique()
    keyed = pl.concat_str("province", by, separator=_SEP)
    scoped_targets = (
        targets.filter(pl.col("qualitative").is_null())
        .join(groups, on=["province", "indicator"])
        .with_columns(province=keyed)
        .drop(by)
    )
    scoped_obs = rows.with_columns(province=keyed).select(list(MEASUREMENT_COLUMNS))
    out = analyse(scoped_targets, scoped_obs, opts).collect()
    parts = pl.col("province").str.split_exact(_SEP, 1)
    return (
        out.with_columns(
            parts.struct.field("field_0").alias("province"), parts.struct.field("field_1").alias(by)
        )
        .sort(["seq", "gap", by], descending=[False, True, False], nulls_last=True)
        .select("province", by, *[k for k in GAP_KEYS if k != "province"])
    )
