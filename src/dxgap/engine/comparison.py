"""Across provinces: one indicator ranked in its good direction, and every province's targets
counted by status ("who is behind")."""

from __future__ import annotations

import polars as pl

from dxgap.engine.series import conform, sub_annual
from dxgap.engine.tasks import is_task
from dxgap.engine.types import Options
from dxgap.frames import STATUSES


def _pick_target(rows: pl.LazyFrame, as_of: int) -> pl.LazyFrame:
    """Per province, the target that matters now: the nearest deadline not yet passed, else the
    most recent one; a target with no deadline only when the province has no other."""
    passed = pl.col("target_year") < as_of
    order = pl.when(passed).then(-pl.col("target_year")).otherwise(pl.col("target_year"))
    return (
        rows.sort([passed, order, "seq"], nulls_last=True)
        .group_by("province", maintain_order=True)
        .first()
    )


COMPARE_KEYS = (
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
)
"""The keys of `dxgap compare --format json`, in order."""

BENCHMARK_KEYS = (
    "benchmark_target_id",
    "benchmark_target_year",
    "benchmark_target_value",
    "gap_to_benchmark",
    "benchmark_comparator",
)
"""Added after `COMPARE_KEYS` when a benchmark province is given (`benchmark_comparator`
appended last: the keys before it keep their places)."""

PERIOD_KEYS = ("period", "mixed_periods")
"""Appended last (issue 16): the period each latest figure measures (`YYYY` for a whole year,
else as the data row states it: `2024-W03`, `2024-Q2`, …), and whether the provinces' latest
figures are of mixed periods (some sub-annual, not all the same), the same on every row."""

GOAL_KEYS = ("target_out_of", "from_year", "frequency", "target_low", "target_high", "approx")
"""Appended after `SOURCE_KEYS` (issue 16): the rest of what the own target promises, so that it
reads as `dxgap check` writes it — a rank out of `target_out_of` units ("≤ hạng 10/63"), a
standing window from `from_year`, a per-year rate, a range, an approximate value."""

BENCHMARK_GOAL_KEYS = (
    "benchmark_out_of",
    "benchmark_from_year",
    "benchmark_frequency",
    "benchmark_target_low",
    "benchmark_target_high",
    "benchmark_approx",
)
"""Appended last when a benchmark province is given: the rest of what the benchmark's target
promises (as `GOAL_KEYS` for the own target), so that it reads as `dxgap check` writes it."""

DEFINITION_KEYS = ("definition", "other_definition")
"""Appended last (issue 16): the definition the latest figure's row states, and whether it
differs from the one most of its ranking's figures that state a definition are on
(docs/methodology.md §14)."""

SOURCE_KEYS = ("source", "out_of")
"""Appended last (issue 21): the data row each latest figure comes from (its `source` cell: an
address or a document's title) and, for a rank, how many units its ranking has (`out_of`; ranks
out of different numbers are ranked apart, never against each other)."""


def _latest(
    measurements: pl.LazyFrame, indicator: str, as_of: int, snapshots: bool = True
) -> pl.LazyFrame:
    """Per province and ranking (a rank's `out_of`), the latest yearly value of `indicator` up
    to `as_of` (as `yearly` picks it: the latest year, its latest-dated row), with that row's
    period, source and definition: a province ranked both among the 63 and among the 34 (DTI
    2024) is in both lists. Figures of part of a year only with `snapshots`."""
    whole = pl.lit(True) if snapshots else ~sub_annual(pl.col("period"))
    return (
        conform(measurements)
        .filter(pl.col("indicator") == indicator, pl.col("year") <= as_of, whole)
        .sort(["province", "year", "date"], nulls_last=False)
        .group_by("province", "out_of")
        .agg(
            pl.col("year").last().alias("latest_year"),
            pl.col("value").last().alias("latest_value"),
            pl.coalesce(pl.col("period"), pl.col("year").cast(pl.String)).last().alias("period"),
            pl.col("source").last(),
            pl.col("definition").last(),
        )
    )


def snapshots_left_out(measurements: pl.LazyFrame, indicator: str, as_of: int) -> pl.DataFrame:
    """The latest figures of `indicator` up to `as_of` (per province and ranking) that are of
    part of a year (a week, a month, a quarter): what `compare` leaves out of a ranking of whole
    years unless snapshots are asked for. Columns: province, year, value, period, out_of."""
    return (
        _latest(measurements, indicator, as_of)
        .filter(sub_annual(pl.col("period")))
        .select("province", "period", "out_of", year="latest_year", value="latest_value")
        .sort("province", "out_of")
        .collect()
    )


def _other_definition(df: pl.DataFrame) -> pl.DataFrame:
    """`df` with `other_definition`: the row's stated definition differs from the one most of
    its ranking's measured rows state (ties: that of the best-ranked); rows that state none are
    never marked — an unstated definition is unknown, not different."""
    group = pl.col("out_of").fill_null(0).alias("_g")
    stated = df.filter(pl.col("latest_value").is_not_null(), pl.col("definition").is_not_null())
    common = (
        stated.group_by(group, "definition")
        .agg(_n=pl.len(), _best=pl.col("rank").min())
        .sort(["_n", "_best"], descending=[True, False])
        .group_by("_g", maintain_order=True)
        .agg(_common=pl.col("definition").first())
    )
    marked = (pl.col("definition") != pl.col("_common")).fill_null(False)
    return (
        df.with_columns(group)
        .join(common, on="_g", how="left")
        .with_columns(other_definition=marked)
    )


def _own_list(rows: pl.LazyFrame) -> pl.LazyFrame:
    """A province in two rankings (out of 63 and out of 34) keeps its own target, set on a
    ranking of one size, in that ranking only: beside the other it would claim a status it was
    not assessed on."""
    sizes = pl.col("out_of").is_not_null() & pl.col("_t_out_of").is_not_null()
    other = sizes & (pl.col("out_of") != pl.col("_t_out_of"))
    elsewhere = (sizes & ~other).any().over("province")
    target = ("target_id", "target_year", "target_value", "comparator", "status", *GOAL_KEYS)
    return rows.with_columns(
        pl.when(other & elsewhere).then(None).otherwise(pl.col(c)).alias(c) for c in target
    ).drop("_t_out_of")


def _benchmark(quantified: pl.LazyFrame, benchmark: str, as_of: int) -> pl.LazyFrame:
    """The benchmark province's target that matters now, as one row (of nulls when it sets
    none on this indicator)."""
    bench = (
        _pick_target(quantified.filter(pl.col("province") == benchmark), as_of)
        .select(
            benchmark_target_id=pl.col("target_id"),
            benchmark_target_year=pl.col("target_year"),
            benchmark_target_value=pl.col("target_value"),
            benchmark_comparator=pl.col("comparator"),
            benchmark_out_of=pl.col("out_of"),
            benchmark_from_year=pl.col("from_year"),
            benchmark_frequency=pl.col("frequency"),
            benchmark_target_low=pl.col("target_low"),
            benchmark_target_high=pl.col("target_high"),
            benchmark_approx=pl.col("approx"),
            _bd=pl.col("d"),
        )
        .collect()
    )
    if bench.height == 0:
        bench = pl.DataFrame({c: [None] for c in bench.columns}, schema=bench.schema)
    return bench.lazy()


def compare(
    analysis: pl.LazyFrame,
    measurements: pl.LazyFrame,
    indicator: str,
    opts: Options,
    benchmark: str | None = None,
    lower_is_better: bool = False,
    snapshots: bool = False,
) -> pl.DataFrame:
    """One indicator across provinces: latest value, own target and status, gap to a benchmark
    province's target (e.g. the national programme), ranked in the indicator's good direction
    (1 = best; ties share a rank: 15, 15, 17). The direction is the targets' (their comparator);
    when no province has a target on the indicator, `lower_is_better` (a rank's unit) decides.
    Ranks out of different numbers of units (`out_of` 63 and 34) are ranked apart. Columns:
    `COMPARE_KEYS` (+ `BENCHMARK_KEYS`) + `PERIOD_KEYS` + `SOURCE_KEYS` + `GOAL_KEYS` +
    `DEFINITION_KEYS` (+ `BENCHMARK_GOAL_KEYS`); no gap to a benchmark target set on a ranking of
    another number of units. The latest figure of each province is its latest year's latest-dated row
    of a whole year; with `snapshots` (the indicator declares them comparable, or the user asks
    for them) whatever period it measures, and `mixed_periods` flags a week's figure ranked
    with years. A row whose definition differs from most of its ranking's is marked
    (docs/methodology.md §14)."""
    quantified = analysis.filter(
        pl.col("indicator") == indicator, pl.col("status") != "not_quantified", ~is_task()
    )
    own = _pick_target(quantified, opts.as_of).select(
        *("province", "target_id", "target_year", "target_value", "comparator", "status", "d"),
        "unit",
        *GOAL_KEYS[1:],
        target_out_of="out_of",
        _t_out_of="out_of",  # the target's ranking size: it stays in that list (`_own_list`)
    )
    rows = _own_list(
        _latest(measurements, indicator, opts.as_of, snapshots).join(
            own, on="province", how="full", coalesce=True
        )
    )
    direction = pl.col("d")
    if benchmark is not None:
        same_ranking = (
            pl.col("out_of").is_null()
            | pl.col("benchmark_out_of").is_null()
            | (pl.col("out_of") == pl.col("benchmark_out_of"))
        )
        rows = (
            rows.filter(pl.col("province") != benchmark)
            .join(_benchmark(quantified, benchmark, opts.as_of), how="cross")
            .with_columns(  # none to a target set on another ranking (of 63, a rank of 34)
                gap_to_benchmark=pl.when(same_ranking).then(
                    pl.col("_bd") * (pl.col("benchmark_target_value") - pl.col("latest_value"))
                )
            )
        )
        direction = pl.coalesce("_bd", "d")
    df = rows.with_columns(_dir=direction).collect()
    if df.height == 0:
        return df
    good = df.select(pl.col("_dir").drop_nulls().first()).item()
    if good is None:
        good = -1.0 if lower_is_better else 1.0
    score = pl.col("latest_value") * (-1.0 if good == -1.0 else 1.0)
    df = df.with_columns(
        rank=score.rank("min", descending=True).over(pl.col("out_of").fill_null(0)).cast(pl.Int32),
        indicator=pl.lit(indicator),
    ).sort(["out_of", "rank", "province"], descending=[True, False, False], nulls_last=True)
    measured = df.filter(pl.col("latest_value").is_not_null())
    mixed = measured.select(
        sub_annual(pl.col("period")).any() & (pl.col("period").n_unique() > 1)
    ).item()
    df = _other_definition(df.with_columns(mixed_periods=pl.lit(bool(mixed))))
    return df.select(
        *COMPARE_KEYS,
        *(BENCHMARK_KEYS if benchmark is not None else ()),
        *PERIOD_KEYS,
        *SOURCE_KEYS,
        *GOAL_KEYS,
        *DEFINITION_KEYS,
        *(BENCHMARK_GOAL_KEYS if benchmark is not None else ()),
    )


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
