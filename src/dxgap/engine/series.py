"""Per target, the observations that enter its analysis, and what they say about it.

Pure Polars, no I/O (docs/methodology.md §1 and §11-14). A measured row enters the analysis of a
target only when it is comparable with it:

- a figure whose `period` is sub-annual (a quarter, a month, a week, a day) stands for its year
  only when the indicator declares `snapshots: true` (§14);
- a rank whose `out_of` differs from the target's `out_of` (both stated) is not comparable (§12);
  a target that states none, in a year ranked out of two numbers of units, reads the ranking of
  its province's map (`map_out_of`), and without one (a unit of both maps) is not comparable;
- of the rows left in a year, the one with the latest `date` is that year's value (undated counts
  as earlier);
- a series starts again at the latest break (the indicator's `breaks`, or a year whose
  `definition` differs from the previous observation's) at or before the latest year that
  leaves something before it: the base is then the first observation since the break (§13);
- a standing or per-year target (`frequency: annual`) is assessed in each observed year of its
  window [`from_year`, `year`] (§11).
"""

from __future__ import annotations

import polars as pl

from dxgap import places
from dxgap.frames import MEASUREMENT_SCHEMA
from dxgap.targets.models import COMPARE

ID = "_tid"
"""The row number each target is given for the analysis (`with_ids`): a whole-number key, faster
to sort and group on than (province, target_id), and unique even when a target is analysed per
area."""

_ISSUE16_COLUMNS = ("out_of", "period", "definition")

_DATES = 2**32
"""More than the distinct dates any data can hold: year · _DATES + date rank orders rows."""

_TARGET_COLUMNS = [
    ID,
    "province",
    "indicator",
    "out_of",
    "map_out_of",
    "snapshots",
    "comparator",
    "target_value",
    "frequency",
    "from_year",
    "target_year",
]


def with_ids(targets: pl.LazyFrame) -> pl.LazyFrame:
    """`targets` with the analysis key `ID` (its row number)."""
    return targets.with_row_index(ID)


def meets(value: pl.Expr, target: pl.Expr) -> pl.Expr:
    """Whether `value` satisfies each row's comparator (the rule validation applies too); null
    when the row has no comparator or either side is null."""
    met: pl.Expr = pl.lit(None, pl.Boolean)
    for sign, compare in COMPARE.items():
        met = pl.when(pl.col("comparator") == sign).then(compare(value, target)).otherwise(met)
    return met


def sub_annual(period: pl.Expr) -> pl.Expr:
    """Whether a `period` cell (`YYYY`, `YYYY-Qn`, `YYYY-MM`, `YYYY-Www`, `YYYY-MM-DD`) names
    less than a whole year; an empty cell is the year."""
    return period.str.len_chars().fill_null(0) > 4


def conform(measurements: pl.LazyFrame) -> pl.LazyFrame:
    """`measurements` with the issue-16 columns (`out_of`, `period`, `definition`) it lacks,
    empty: a frame built before they existed reads as rows of whole years on no stated basis."""
    have = set(measurements.collect_schema().names())
    missing = [
        pl.lit(None, MEASUREMENT_SCHEMA[c]).alias(c) for c in _ISSUE16_COLUMNS if c not in have
    ]
    return measurements.with_columns(missing) if missing else measurements


def target_rows(
    targets: pl.LazyFrame, measurements: pl.LazyFrame, as_of: int
) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """(rows, seen): per target (`ID`, see `with_ids`) the measured rows up to `as_of` that may
    enter its analysis, and per province and indicator how many rows there are up to `as_of`
    (`n_seen`: a target with rows but none it may use is not comparable). A year may hold
    several rows (weekly snapshots): `yearly_values` keeps the latest-dated one.

    `rows`: _tid, year, date, value (the indicator's unit), period, definition, out_of, `met`
    (the value meets the target's comparator and deciding value), `in_window` (the year lies in
    an annual target's window), `_r` (the date's rank, 0 undated) and `_k` (year and date as
    one sortable number). `seen`: province, indicator, n_seen."""
    # the order of rows: by year, then date (undated earlier), as one whole number, `_k`
    date_rank = pl.col("date").rank("dense").fill_null(0).cast(pl.Int64)
    measured = (
        conform(measurements)
        .filter(pl.col("year") <= as_of)
        .with_columns(_r=date_rank)
        .with_columns(_k=pl.col("year").cast(pl.Int64) * _DATES + pl.col("_r"))
    )
    comparable_size = (
        pl.col("out_of").is_null()
        | pl.col("_t_out_of").is_null()
        | (pl.col("out_of") == pl.col("_t_out_of"))
    )
    whole_year = ~sub_annual(pl.col("period")) | pl.col("snapshots").fill_null(False)
    annual = pl.col("frequency") == "annual"
    in_window = (
        annual
        & (pl.col("from_year").is_null() | (pl.col("year") >= pl.col("from_year")))
        & (pl.col("target_year").is_null() | (pl.col("year") <= pl.col("target_year")))
    )
    rows = (
        conform_targets(targets)
        .select(_TARGET_COLUMNS)
        .rename({"out_of": "_t_out_of"})
        .join(measured, on=["province", "indicator"], how="inner")
        .filter(whole_year & comparable_size)
        .with_columns(_two=_two_rankings())
        .filter(_one_ranking(pl.col("_two")))
        .with_columns(met=meets(pl.col("value"), pl.col("target_value")), in_window=in_window)
        .select(ID, "year", "date", "value", "period", "definition", "out_of", "met",
                "in_window", "_r", "_k")
    )  # fmt: skip
    seen = measured.group_by("province", "indicator").agg(n_seen=pl.len())
    # used several times (per_target, series_from): computed once in the query
    return rows.cache(), seen


def conform_targets(targets: pl.LazyFrame) -> pl.LazyFrame:
    """`targets` with `map_out_of` (the number of units of the map the province belongs to),
    empty when the frame lacks it: a frame built before it existed infers no map."""
    if "map_out_of" in targets.collect_schema().names():
        return targets
    return targets.with_columns(map_out_of=pl.lit(None, pl.Int32))


def _two_rankings(*target: str) -> pl.Expr:
    """Whether a row's target (the columns `target`, default `ID`) and year hold ranks out of
    two numbers of units (DTI 2024: of the 63 and of the 34), on rows joined with targets."""
    sizes = pl.col("out_of")
    return (sizes.min() != sizes.max()).over(*(target or (ID,)), "year").fill_null(False)


def _one_ranking(two: pl.Expr) -> pl.Expr:
    """Which rows may enter when a year holds two rankings (docs/methodology.md §12): a target
    that states `out_of` already kept its own; one that states none reads the ranking of its
    province's map (`map_out_of`: 63 for a province of the 63 only, 34 for a unit of the 34
    only), and a target with no map to go by (a unit of both maps, the nation) takes none of
    its rows at all: "top 10" of 63 or of 34 is for the plan to say, not for row order.

    `two` is `_two_rankings()` computed beforehand as a column: a window nested in the window
    over `ID` made Polars recompute it per target (0.48 s of CPU on 315,000 rows, 0.04 s so)."""
    size = pl.col("out_of")
    map_size = pl.col("map_out_of")
    ambiguous = (two & map_size.is_null()).any().over(ID)
    return ~ambiguous & (~two | size.is_null() | (size == map_size))


def yearly_values(rows: pl.LazyFrame) -> pl.LazyFrame:
    """Per target and year of `rows` (see `target_rows`), the row with the latest date (an
    undated row counts as earlier): that year's value. Same columns, one row per (_tid, year)."""
    return rows.group_by(ID, "year").agg(pl.all().exclude(ID, "year").get(pl.col("_r").arg_max()))


def definition_changes(rows: pl.LazyFrame) -> pl.LazyFrame:
    """The years in which a target's series states a definition different from the last one
    stated before it (a row that states none changes nothing; of a year's rows that state one,
    the latest-dated): only such rows are compared, so data without definitions cost nothing.

    Shape: _tid, year."""
    stated = yearly_values(rows.filter(pl.col("definition").is_not_null()))
    before = pl.col("definition").shift(1).over(ID, order_by="year")
    return stated.filter(before.is_not_null() & (pl.col("definition") != before)).select(ID, "year")


def series_from(targets: pl.LazyFrame, rows: pl.LazyFrame) -> pl.LazyFrame:
    """Per target, the year its comparable series starts: the latest break year b (declared by
    the indicator, or a change of definition) with b <= the latest observed year and something
    before b (the baseline or an observation). Targets with no such break have no row.

    Shape: _tid, series_from (Int32)."""
    declared = targets.select(ID, b=pl.col("breaks")).explode("b")
    changed = definition_changes(rows).select(ID, b=pl.col("year"))
    breaks = pl.concat([declared, changed]).drop_nulls("b")
    bounds = (
        rows.join(breaks.select(ID).unique(), on=ID, how="semi")  # targets with a break only
        .group_by(ID)
        .agg(_first=pl.col("year").min(), _latest=pl.col("year").max())
        .join(targets.select(ID, "baseline_year"), on=ID, how="left")
        .select(ID, "_latest", _earliest=pl.min_horizontal("_first", "baseline_year"))
    )
    return (
        breaks.join(bounds, on=ID, how="inner")
        .filter(pl.col("b") <= pl.col("_latest"), pl.col("b") > pl.col("_earliest"))
        .group_by(ID)
        .agg(series_from=pl.col("b").max().cast(pl.Int32))
    )


def per_target(targets: pl.LazyFrame, rows: pl.LazyFrame) -> pl.LazyFrame:
    """Per target with at least one usable observation: the latest (value, year, out_of, and
    period when sub-annual; the latest year, then the latest date), the first observation since
    the series start (`first_year`, `first_value`: that year's latest-dated row), the first
    year of all (`seen_from`), `series_from`, and for annual targets the observed years of the
    window (`years_assessed`), those met (`years_met`) and whether the latest of them met the
    level (`window_met`, null when none lies in the window)."""
    year = pl.col("year")
    since = pl.col("series_from").is_null() | (year >= pl.col("series_from"))
    # the latest row (year, then date; undated earlier), and the first row since the series
    # start (its first year's latest-dated row)
    latest = pl.col("_k").arg_max()
    first_key = year.cast(pl.Int64) * _DATES + (_DATES - 1 - pl.col("_r"))
    first = pl.when(since).then(first_key).arg_min()
    latest_period = pl.col("period").get(latest)
    figures = (
        rows.join(series_from(targets, rows), on=ID, how="left")
        .group_by(ID)
        .agg(
            latest_year=year.max(),
            latest_value=pl.col("value").get(latest),
            latest_out_of=pl.col("out_of").get(latest),
            latest_period=pl.when(sub_annual(latest_period)).then(latest_period),
            first_year=year.get(first),
            first_value=pl.col("value").get(first),
            seen_from=year.min(),
            series_from=pl.col("series_from").first(),
        )
    )
    window = (
        yearly_values(rows.filter(pl.col("in_window")))
        .group_by(ID)
        .agg(
            years_assessed=pl.len().cast(pl.Int32),
            years_met=pl.col("met").sum().cast(pl.Int32),
            window_met=pl.col("met").sort_by("year").last(),
        )
    )
    return figures.join(window, on=ID, how="left")


def ranking_ended(as_of: int, size: str = "_t_out_of") -> pl.Expr:
    """Whether a rank target is out of 63 (it says so in `size`, or its province is of the 63
    only: `map_out_of`), falls due after the last year ranked out of 63
    (`places.LAST_YEAR_OF_PREVIOUS`) and is analysed as it stood after that year (`as_of`): no
    figure of its deadline can ever be published, so unless a figure already meets it, it is not
    comparable (docs/methodology.md §12). As it stood in 2024 or before, it is judged as usual.
    `due` is the deadline, or a standing window's first year; `size` names the target's
    `out_of` column."""
    if as_of <= places.LAST_YEAR_OF_PREVIOUS:
        return pl.lit(False)
    due = (
        pl.when(pl.col("frequency") == "annual")
        .then(pl.coalesce("from_year", "target_year"))
        .otherwise(pl.col("target_year"))
    )
    of_63 = pl.coalesce(size, "map_out_of") == int(places.PREVIOUS)
    ended = (pl.col("unit") == "rank") & of_63 & (due > places.LAST_YEAR_OF_PREVIOUS)
    return ended.fill_null(False)


def set_aside(targets: pl.LazyFrame, measurements: pl.LazyFrame, as_of: int) -> pl.LazyFrame:
    """Per target, the latest measured row up to `as_of` of its province and indicator that may
    not enter its analysis (by year, then date; undated earlier): a rank out of another number
    of units than the target's (`reason` "out_of", §12), or a sub-annual figure of an indicator
    that declares no snapshots (`reason` "period", §14), or a rank of a year ranked out of two
    numbers of units when the target names neither (`reason` "rankings", §12), or any row of a
    rank target out of 63 that falls due after the rankings of 63 ended (`reason` "ended",
    `ranking_ended`) — what a `not_comparable` status is about. Targets whose every row may enter have no row.

    Shape: province, target_id, year, value, out_of, period, reason, sizes (the year's numbers
    of units, smallest first)."""
    other_size = (
        pl.col("out_of").is_not_null()
        & pl.col("_t_out_of").is_not_null()
        & (pl.col("out_of") != pl.col("_t_out_of"))
    )
    part_year = sub_annual(pl.col("period")) & ~pl.col("snapshots").fill_null(False)
    # a year of two rankings, and the target names neither (no out_of, no map): §12
    key = ("province", "target_id")
    rankings = pl.col("_t_out_of").is_null() & pl.col("map_out_of").is_null() & _two_rankings(*key)
    reason = (
        pl.when(other_size)
        .then(pl.lit("out_of"))
        .when(part_year)
        .then(pl.lit("period"))
        .when(rankings)
        .then(pl.lit("rankings"))
        .when(ranking_ended(as_of))
        .then(pl.lit("ended"))
    )
    return (
        conform_targets(targets)
        .select(
            *key,
            *("indicator", "snapshots", "map_out_of", "unit", "frequency"),
            *("from_year", "target_year"),
            _t_out_of="out_of",
        )
        .join(
            conform(measurements).filter(pl.col("year") <= as_of),
            on=["province", "indicator"],
            how="inner",
        )
        .with_columns(
            sizes=pl.col("out_of").drop_nulls().unique().sort().over(
                *key, "year", mapping_strategy="join"
            )
        )
        .with_columns(reason=reason)
        .filter(pl.col("reason").is_not_null())
        .sort(["year", "date"], nulls_last=False)
        .group_by("province", "target_id")
        .agg(pl.col("year", "value", "out_of", "period", "reason", "sizes").last())
    )  # fmt: skip
