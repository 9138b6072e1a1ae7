"""The trajectory table: per target and year, the planned path through the plan's points, the
measured value, the projection and how far ahead of plan (docs/methodology.md, §5)."""

from __future__ import annotations

import polars as pl

from dxgap.engine.analysis import KEY, clip, formulas, latest_and_base, no_negative_zero, yearly
from dxgap.engine.types import Options
from dxgap.frames import TRAJECTORY_KEYS


def trajectory(targets: pl.LazyFrame, measurements: pl.LazyFrame, opts: Options) -> pl.DataFrame:
    """Planned path, observations and projection per target and year, from the base year t0 to
    the target year T (`frames.TRAJECTORY_KEYS`; docs/methodology.md §5). Qualitative targets
    and targets without a base are left out."""
    # The yearly values and the per-target bases are small (grouped) and used several times
    # below: collect them once, or every use would scan and check the data files again.
    obs = yearly(measurements, opts.as_of).collect().lazy()
    base = (
        formulas(latest_and_base(targets, obs), opts)
        .filter(
            pl.col("status") != "not_quantified",
            pl.col("t0").is_not_null(),
            pl.col("target_year").is_not_null(),
        )
        .collect()
        .lazy()
    )
    return (
        _between_knots(_years(base), _knots(base))
        .join(obs.rename({"value": "actual"}), on=["province", "indicator", "year"], how="left")
        .with_columns(planned=_planned(), projected=_projected(opts))
        .with_columns(ahead_by=pl.col("d") * (pl.col("actual") - pl.col("planned")))
        .with_columns(no_negative_zero("planned", "projected", "ahead_by"))
        .with_columns(  # issue 16 keys the engine does not compute yet (placeholder, to go)
            met=pl.lit(None, pl.Boolean), series_break=pl.lit(None, pl.Boolean)
        )
        .sort(["seq", "year"])
        .select(TRAJECTORY_KEYS)
        .collect()
    )


def _years(base: pl.LazyFrame) -> pl.LazyFrame:
    """One row per target and year from t0 to T, with what the projection needs."""
    kept = [*KEY, "seq", "indicator", "d", "lower", "upper"]
    kept += ["latest_year", "latest_value", "observed_pace"]
    return (
        base.select(
            kept, year=pl.int_ranges(pl.col("t0"), pl.max_horizontal("t0", "target_year") + 1)
        )
        .explode("year")
        .with_columns(pl.col("year").cast(pl.Int32))
    )


def _between_knots(years: pl.LazyFrame, knots: pl.LazyFrame) -> pl.LazyFrame:
    """Each year with the plan's point at or before it (`p_*`) and at or after it (`n_*`)."""
    prev = knots.rename({"k_year": "p_year", "k_value": "p_value"}).sort("p_year")
    nxt = knots.rename({"k_year": "n_year", "k_value": "n_value"}).sort("n_year")
    return (
        years.sort("year")
        .join_asof(prev, left_on="year", right_on="p_year", by=KEY, strategy="backward",
                   check_sortedness=False)
        .join_asof(nxt, left_on="year", right_on="n_year", by=KEY, strategy="forward",
                   check_sortedness=False)
    )  # fmt: skip


def _planned() -> pl.Expr:
    """The planned value: linear between the two plan points around the year."""
    span = (pl.col("n_year") - pl.col("p_year")).cast(pl.Float64)
    step = (pl.col("n_value") - pl.col("p_value")) * (pl.col("year") - pl.col("p_year")).cast(
        pl.Float64
    )
    return pl.when(span > 0).then(pl.col("p_value") + step / span).otherwise(pl.col("p_value"))


def _projected(opts: Options) -> pl.Expr:
    """The latest value carried forward at the observed pace, kept within the bounds."""
    ahead = pl.col("year") - pl.col("latest_year")
    if opts.method == "linear":
        proj = pl.col("latest_value") + pl.col("observed_pace") * ahead
    else:
        proj = pl.col("latest_value") * (1.0 + pl.col("observed_pace") / 100.0).pow(ahead)
    return pl.when((ahead > 0) & pl.col("observed_pace").is_not_null()).then(clip(proj))


def _knots(base: pl.LazyFrame) -> pl.LazyFrame:
    """The plan's points: base, milestones strictly inside (t0, T), and the target."""
    start = base.select(*KEY, k_year=pl.col("t0"), k_value=pl.col("y0"))
    end = base.select(*KEY, k_year=pl.col("target_year"), k_value=pl.col("target_value"))
    mids = (
        base.select(*KEY, "t0", "target_year", "milestones")
        .explode("milestones")
        .unnest("milestones")
        .filter(pl.col("year") > pl.col("t0"), pl.col("year") < pl.col("target_year"))
        .select(*KEY, k_year=pl.col("year"), k_value=pl.col("value"))
    )
    return pl.concat(
        [
            k.with_columns(pl.col("k_year").cast(pl.Int32), pl.col("k_value").cast(pl.Float64))
            for k in (start, mids, end)
        ]
    ).unique(subset=[*KEY, "k_year"], keep="first", maintain_order=True)
