"""The trajectory table: per target and year, the planned path through the plan's points, the
measured value, the projection and how far ahead of plan (docs/methodology.md, §5)."""

from __future__ import annotations

import polars as pl

from dxgap.engine.analysis import KEY, clip, no_negative_zero, prepared
from dxgap.engine.series import ID, definition_changes, yearly_values
from dxgap.engine.types import Options
from dxgap.frames import TRAJECTORY_KEYS


def trajectory(targets: pl.LazyFrame, measurements: pl.LazyFrame, opts: Options) -> pl.DataFrame:
    """Planned path, observations and projection per target and year, from the base year t0 to
    the target year T (`frames.TRAJECTORY_KEYS`; docs/methodology.md §5). Values in the
    indicator's unit. A standing or per-year target's `planned` is its level in each year of
    its window (a band), with the path from the base to the window's first year before it
    (§11); `met` says whether that year's value met the target (within the window for annual
    targets); `series_break` marks the years a new series starts (§13), and the years of the
    old series before a break that applies are shown with their values but no plan. Tasks,
    targets without a deadline and targets without a base are left out."""
    # The yearly values and the per-target bases are small (grouped) and used several times
    # below: collect them once, or every use would scan and check the data files again.
    analysis, rows = prepared(targets, measurements, opts, collect_rows=True)
    years = yearly_values(rows.select(ID, "year", "value", "met", "in_window", "_r"))
    base = (
        analysis.filter(
            pl.col("comparator").is_not_null(),
            pl.col("target_value").is_not_null(),
            pl.col("t0").is_not_null(),
            pl.col("target_year").is_not_null(),
        )
        .collect()
        .lazy()
    )
    observed = years.select(ID, "year", actual="value", _met="met", _in="in_window")
    declared = base.select(ID, year=pl.col("breaks")).explode("year").drop_nulls("year")
    marks = (
        pl.concat([declared, definition_changes(rows)]).unique().with_columns(_break=pl.lit(True))
    )
    annual = pl.col("frequency") == "annual"
    return (
        _between_knots(_years(base), _knots(base))
        .join(observed, on=[ID, "year"], how="left")
        .join(marks, on=[ID, "year"], how="left")
        .with_columns(planned=_planned(), projected=_projected(opts))
        .with_columns(
            ahead_by=pl.col("d") * (pl.col("actual") - pl.col("planned")),
            met=pl.when(annual)
            .then(pl.when(pl.col("_in")).then(pl.col("_met")))
            .otherwise(pl.col("_met")),
            series_break=pl.col("_break").fill_null(False),
        )
        .with_columns(no_negative_zero("planned", "projected", "ahead_by"))
        .sort(["seq", "year"])
        .select(TRAJECTORY_KEYS)
        .collect()
    )


def _years(base: pl.LazyFrame) -> pl.LazyFrame:
    """One row per target and year from t0 (or, when a break applies, the first observation of
    the old series) to T, with what the plan and the projection need."""
    kept = [ID, *KEY, "seq", "d", "lower", "upper", "target_value"]
    kept += ["frequency", "from_year", "target_year", "pace_to"]
    kept += ["latest_year", "latest_value", "observed_pace"]
    start = (
        pl.when(pl.col("series_from").is_not_null())
        .then(pl.min_horizontal("t0", "seen_from"))
        .otherwise(pl.col("t0"))
    )
    return (
        base.select(kept, year=pl.int_ranges(start, pl.max_horizontal(start, "target_year") + 1))
        .explode("year")
        .with_columns(pl.col("year").cast(pl.Int32))
    )


def _between_knots(years: pl.LazyFrame, knots: pl.LazyFrame) -> pl.LazyFrame:
    """Each year with the plan's point at or before it (`p_*`) and at or after it (`n_*`)."""
    prev = knots.rename({"k_year": "p_year", "k_value": "p_value"}).sort("p_year")
    nxt = knots.rename({"k_year": "n_year", "k_value": "n_value"}).sort("n_year")
    return (
        years.sort("year")
        .join_asof(prev, left_on="year", right_on="p_year", by=ID, strategy="backward",
                   check_sortedness=False)
        .join_asof(nxt, left_on="year", right_on="n_year", by=ID, strategy="forward",
                   check_sortedness=False)
    )  # fmt: skip


def _planned() -> pl.Expr:
    """The planned value: an annual target's level in the years of its window (the band);
    else linear between the two plan points around the year (none before the base)."""
    span = (pl.col("n_year") - pl.col("p_year")).cast(pl.Float64)
    step = (pl.col("n_value") - pl.col("p_value")) * (pl.col("year") - pl.col("p_year")).cast(
        pl.Float64
    )
    path = pl.when(span > 0).then(pl.col("p_value") + step / span).otherwise(pl.col("p_value"))
    band = (
        (pl.col("frequency") == "annual")
        & (pl.col("from_year").is_null() | (pl.col("year") >= pl.col("from_year")))
        & (pl.col("year") <= pl.col("target_year"))
    )
    return pl.when(band).then(pl.col("target_value")).otherwise(path)


def _projected(opts: Options) -> pl.Expr:
    """The latest value carried forward at the observed pace, kept within the bounds."""
    ahead = pl.col("year") - pl.col("latest_year")
    if opts.method == "linear":
        proj = pl.col("latest_value") + pl.col("observed_pace") * ahead
    else:
        proj = pl.col("latest_value") * (1.0 + pl.col("observed_pace") / 100.0).pow(ahead)
    # an annual target is projected only to the first year of its window (`pace_to`)
    within = (pl.col("frequency") != "annual") | (pl.col("year") <= pl.col("pace_to"))
    return pl.when((ahead > 0) & pl.col("observed_pace").is_not_null() & within).then(clip(proj))


def _knots(base: pl.LazyFrame) -> pl.LazyFrame:
    """The plan's points: base, milestones strictly inside (t0, K), and the target level at K,
    the target year (a standing target's first year)."""
    annual = pl.col("frequency") == "annual"
    until = pl.coalesce(pl.when(annual).then(pl.col("pace_to")), pl.col("target_year"))
    start = base.select(ID, k_year=pl.col("t0"), k_value=pl.col("y0"))
    end = base.select(ID, k_year=until, k_value=pl.col("target_value"))
    mids = (
        base.select(ID, "t0", "milestones", _k=until)
        .explode("milestones")
        .unnest("milestones")
        .filter(pl.col("year") > pl.col("t0"), pl.col("year") < pl.col("_k"))
        .select(ID, k_year=pl.col("year"), k_value=pl.col("value"))
    )
    return pl.concat(
        [
            k.with_columns(pl.col("k_year").cast(pl.Int32), pl.col("k_value").cast(pl.Float64))
            for k in (start, mids, end)
        ]
    ).unique(subset=[ID, "k_year"], keep="first", maintain_order=True)
