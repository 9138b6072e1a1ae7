"""A cheap screen that vouches for clean data files, so that only doubtful ones pay for the
exact cell-by-cell checks.

The exact checks (`measurements`) parse every cell as text and can say what is wrong with each
bad one: thorough, and slow on a ministry's millions of rows. Most large files are clean machine
exports. The screen types such a file with plain casts and proves it clean with cheap tests: per
row (numbers parsed and finite, counts paired and in range, text without stray spaces) and per
group of the grouped pass that also yields the province totals (known province and indicator,
valid date, year in range, values within the indicator's bounds). A file the screen cannot vouch
for is checked again the exact way, which locates its problems or types it the slow way.

The screen may refuse a good file; it must never pass a file the exact checks refuse, nor type a
cell differently (tests/test_screening.py compares the two on generated files).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import polars as pl

from dxgap.frames import MEASUREMENT_SCHEMA
from dxgap.targets.models import MAX_YEAR, MIN_YEAR, Indicator, Unit

TEXT = ("province", "indicator", "date", "source", "note", "area", "breakdown")
NUMBERS = ("value", "numerator", "denominator")
DATE = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
"""YYYY, YYYY-MM or YYYY-MM-DD (ASCII digits)."""


def _doubtful_text(col: str) -> pl.Expr:
    """A cell the exact checks would clean (strip spaces, NFC, empty → missing): the screen's
    plain reading would differ from theirs. NFC runs on non-ASCII cells only (the rest are
    null for it, which costs nothing): normalising every ASCII cell would cost more than all
    the other tests together."""
    cell = pl.col(col)
    size = cell.str.len_bytes()
    non_ascii = pl.when(size != cell.str.len_chars()).then(cell)
    return (
        (cell.str.strip_chars().str.len_bytes() != size)
        | (size == 0)
        | (non_ascii.str.normalize("NFC") != non_ascii).fill_null(False)
    ).fill_null(False)


def typed(base: pl.LazyFrame, columns: Sequence[str]) -> tuple[pl.LazyFrame, pl.Expr] | None:
    """The rows of `base` (a file's cells as stored, with `_row`) typed by plain casts, and the
    row flag of what the screen cannot vouch for; None when a column's stored type is one only
    the exact checks handle (so the file goes to them directly)."""
    schema = base.collect_schema()
    present = set(columns)
    exprs: list[pl.Expr] = [pl.col("_row")]
    doubts: list[pl.Expr] = []
    for col in TEXT:
        if col not in present:
            exprs.append(pl.lit(None, pl.String).alias(col))
            continue
        if schema[col] != pl.String:
            return None
        exprs.append(pl.col(col))
        if col not in ("province", "indicator", "date"):  # those are screened per group
            doubts.append(_doubtful_text(col))
    if "year" not in present:
        return None
    year_type = schema["year"]
    if not (year_type == pl.String or year_type.is_integer()):
        return None
    # a cast from text that succeeds read digits only: no spaces or other forms to clean first
    exprs.append(pl.col("year").cast(pl.Int32, strict=False).alias("_year"))
    for col in NUMBERS:
        target = {"value": "_given", "numerator": "_num", "denominator": "_den"}[col]
        if col not in present:
            exprs.append(pl.lit(None, pl.Float64).alias(target))
            continue
        dtype = schema[col]
        if dtype == pl.String:
            number = pl.col(col).cast(pl.Float64, strict=False)  # spaces, %, commas: null
        elif dtype.is_numeric():
            number = pl.col(col).cast(pl.Float64)
        else:
            return None
        exprs.append(number.alias(target))
        doubts.append(pl.col(col).is_not_null() & ~number.is_finite().fill_null(False))
    # a blank line (every cell missing) is dropped, as the exact checks drop it; a cell that is
    # blank but present (spaces, "") is flagged above and left to them
    exprs.append(
        pl.any_horizontal(doubts).alias("_doubt")
        if doubts
        else pl.lit(False, pl.Boolean).alias("_doubt")
    )
    frame = base.filter(~pl.all_horizontal([pl.col(c).is_null() for c in columns])).select(exprs)
    counted = pl.col("_num").is_not_null() & pl.col("_den").is_not_null()
    frame = frame.with_columns(
        _value=pl.when(pl.col("_given").is_null() & counted & (pl.col("_den") > 0))
        .then(100.0 * pl.col("_num") / pl.col("_den"))
        .otherwise(pl.col("_given"))
    )
    checks = [
        pl.col("_doubt"),
        pl.col("_year").is_null(),  # missing, not a whole number, or out of Int32's range
        pl.col("_given").is_null() & ~counted,  # no value, no counts
        pl.col("_num").is_null() != pl.col("_den").is_null(),
        (pl.col("_den") <= 0).fill_null(False),
        (pl.col("_num") < 0).fill_null(False),
        pl.col("_given").is_not_null() & counted,  # agreement within the value's decimals
    ]
    return frame, pl.any_horizontal(checks)


def grouped(details: pl.LazyFrame) -> pl.LazyFrame:
    """One streaming aggregation over typed rows (`DETAIL_SCHEMA`, `_fileno`, `_flag`): what
    the screen, the duplicate and mixed-area checks and the province totals need, and nothing
    proportional to the rows. One group per file, province, indicator, year and date, and
    whether its rows are province totals, area rows or breakdown rows."""
    return details.group_by(
        pl.col("_fileno"),
        pl.col("province"),
        pl.col("indicator"),
        pl.col("year"),
        pl.col("date"),
        _area=pl.col("area").is_not_null(),
        _breakdown=pl.col("breakdown").is_not_null(),
    ).agg(
        _rows=pl.len(),
        _flagged=pl.col("_flag").sum(),
        _counted=pl.col("numerator").is_not_null().sum(),
        _num=pl.col("numerator").sum(),
        _den=pl.col("denominator").sum(),
        _min=pl.col("value").min(),
        _max=pl.col("value").max(),
        value=pl.col("value").first(),
        source=pl.col("source").first(),
        note=pl.col("note").first(),
    )


def doubtful_groups(
    groups: pl.DataFrame, indicators: dict[str, Indicator], provinces: Collection[str]
) -> pl.DataFrame:
    """Groups the screen cannot vouch for: a flagged row, an unknown province or indicator, a
    year or date out of shape, a value outside its bounds, counts for a non-percent or a
    boolean indicator (whose cells only the exact checks read)."""
    bounds = pl.DataFrame(
        {
            "indicator": list(indicators),
            "_lower": [i.bounds[0] for i in indicators.values()],
            "_upper": [i.bounds[1] for i in indicators.values()],
            "_unit": [i.unit.value for i in indicators.values()],
        },
        schema={
            "indicator": pl.String,
            "_lower": pl.Float64,
            "_upper": pl.Float64,
            "_unit": pl.String,
        },
    )
    known = groups.join(bounds, on="indicator", how="left")
    return known.filter(
        (pl.col("_flagged") > 0)
        | pl.col("province").is_null()
        | ~pl.col("province").is_in(list(provinces))
        | pl.col("_unit").is_null()
        | pl.col("year").is_null()
        | (pl.col("year") < MIN_YEAR)
        | (pl.col("year") > MAX_YEAR)
        | (pl.col("date").is_not_null() & ~pl.col("date").str.contains(DATE))
        | (pl.col("_min") < pl.col("_lower")).fill_null(False)
        | (pl.col("_max") > pl.col("_upper")).fill_null(False)
        | (pl.col("_unit") == Unit.BOOLEAN.value)
        | ((pl.col("_counted") > 0) & (pl.col("_unit") != Unit.PERCENT.value))
    )


def when() -> pl.Expr:
    """The time part of a row's key: its date, or its year when undated."""
    return (
        pl.when(pl.col("date").is_null())
        .then(pl.col("year").cast(pl.String))
        .otherwise(pl.col("date"))
    )


def repeated_totals(groups: pl.DataFrame) -> bool:
    """Whether two province-total rows share province, indicator and date (or year when
    undated), in one file or across files."""
    given = groups.filter(~pl.col("_area"), ~pl.col("_breakdown"))
    if given.height == 0:
        return False
    return bool(
        given.group_by("province", "indicator", _when=when())
        .agg(pl.col("_rows").sum())
        .select((pl.col("_rows") > 1).any())
        .item()
    )


AREA_KEY = ["province", "indicator", "year", "date"]


def mixed_groups(groups: pl.DataFrame) -> pl.DataFrame:
    """Province totals whose area rows carry counts in some rows but not in others."""
    areas = groups.filter(pl.col("_area"), ~pl.col("_breakdown"))
    return (
        areas.group_by(AREA_KEY)
        .agg(pl.col("_counted").sum(), pl.col("_rows").sum())
        .filter((pl.col("_counted") > 0) & (pl.col("_counted") < pl.col("_rows")))
        .select(AREA_KEY)
    )


def totals(groups: pl.DataFrame) -> pl.DataFrame:
    """Province totals from the grouped pass: the rows without area or breakdown, plus the
    weighted rate 100·Σnumerator/Σdenominator of the area rows where no total row was given
    (never an average of the areas' percentages)."""
    given = groups.filter(~pl.col("_area"), ~pl.col("_breakdown"))
    from_counts = (
        groups.filter(pl.col("_area"), ~pl.col("_breakdown"), pl.col("_counted") > 0)
        .group_by(AREA_KEY)
        .agg(
            numerator=pl.col("_num").sum(),
            denominator=pl.col("_den").sum(),
            areas=pl.col("_counted").sum(),
        )
        .with_columns(
            value=100.0 * pl.col("numerator") / pl.col("denominator"),
            source=pl.lit(None, pl.String),
            note=pl.format(
                "weighted rate of {} areas: sum of numerators / sum of denominators", "areas"
            ),
        )
        .join(given.select(AREA_KEY), on=AREA_KEY, how="anti", nulls_equal=True)
    )
    columns = list(MEASUREMENT_SCHEMA)
    return (
        pl.concat([given.select(columns), from_counts.select(columns)])
        .cast(MEASUREMENT_SCHEMA)
        .sort(AREA_KEY, nulls_last=False)
    )
