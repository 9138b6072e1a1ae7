"""A cheap screen that vouches for clean data files, so that only doubtful ones pay for the
exact cell-by-cell checks.

The exact checks (`exact`) parse every cell as text and can say what is wrong with each bad
one: thorough, and slow on a ministry's millions of rows. Most large files are clean machine
exports. The screen types such a file with plain casts and proves it clean with the tests the
cell rules (`rules.RULES`) declare: per row (numbers the cast can read, counts paired and in
range, text without stray spaces) and per group of the grouped pass that also yields the
province totals (known province and indicator, valid date, year in range, values within the
indicator's bounds). A file the screen cannot vouch for is checked again the exact way, which
locates its problems or types it the slow way.

The screen may refuse a good file; it must never pass a file the exact checks refuse, nor type
a cell differently (tests/data/test_screen.py compares the two on generated files).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import polars as pl

from dxgap.data.numbers import no_negative_zero, stored_number
from dxgap.data.rules import RULES, ByGroup, ByRow, Doubt, bounds, known
from dxgap.frames import MEASUREMENT_SCHEMA, STATE_SCHEMA
from dxgap.targets.models import Indicator

TEXT = (
    *("province", "indicator", "date", "source", "note", "area", "breakdown"),
    *("target", "state", "period", "definition", "note_vi"),
)
NUMBERS = {"value": "_given", "numerator": "_num", "denominator": "_den"}
"""The numeric columns and the names of their plainly typed cells."""

AREA_KEY = ["province", "indicator", "year", "date"]
"""One province total: the rows of its areas are summed into it."""

_GROUPED_TEXT = ("province", "indicator", "date", "target")  # screened per group, as written


def _row_tests(present: Collection[str]) -> list[pl.Expr]:
    """The row tests of the rules that can fail on a file of columns `present`."""
    return [
        rule.screen.test()
        for rule in RULES
        if isinstance(rule.screen, ByRow) and rule.needed(present)
    ]


def _group_tests() -> list[pl.Expr]:
    tests = [rule.screen.test() for rule in RULES if isinstance(rule.screen, ByGroup)]
    units = sorted({u.value for r in RULES if isinstance(r.screen, Doubt) for u in r.screen.units})
    return [*tests, pl.col("_unit").is_in(units)]


def _doubted_cells() -> set[str]:
    return {
        c
        for r in RULES
        if isinstance(r.screen, Doubt) and r.screen.written is None
        for c in r.screen.cells
    }


def _doubted_shapes() -> dict[str, list[str]]:
    """The regular expressions of text cells the screen doubts, by column."""
    shapes: dict[str, list[str]] = {}
    for rule in RULES:
        if isinstance(rule.screen, Doubt) and rule.screen.written is not None:
            for col in rule.screen.cells:
                shapes.setdefault(col, []).append(rule.screen.written)
    return shapes


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


def _text(
    schema: Mapping[str, pl.DataType], present: Collection[str]
) -> tuple[list[pl.Expr], list[pl.Expr]] | None:
    """(`_row` and the text columns as written, the doubts of those not grouped on), or None
    when one is stored as another type than text."""
    exprs: list[pl.Expr] = [pl.col("_row")]
    doubts: list[pl.Expr] = []
    for col in TEXT:
        if col not in present:
            exprs.append(pl.lit(None, pl.String).alias(col))
            continue
        if schema[col] != pl.String:
            return None
        exprs.append(pl.col(col))
        if col not in _GROUPED_TEXT:
            doubts.append(_doubtful_text(col))
    return exprs, doubts


def _plain(
    schema: Mapping[str, pl.DataType], present: Collection[str]
) -> tuple[list[pl.Expr], list[pl.Expr]] | None:
    """(the plain typing of each column, the doubts it leaves), or None when a column's stored
    type is one only the exact checks read."""
    text, out_of = _text(schema, present), _out_of(schema, present)
    if text is None or out_of is None:
        return None
    if "year" not in present or not (schema["year"] == pl.String or schema["year"].is_integer()):
        return None
    exprs, doubts = text
    exprs += out_of
    # a cast from text that succeeds read digits only: no spaces or other forms to clean first
    exprs.append(pl.col("year").cast(pl.Int32, strict=False).alias("_year"))
    doubted, shapes = _doubted_cells(), _doubted_shapes()
    for col, target in NUMBERS.items():
        if col not in present:
            exprs.append(pl.lit(None, pl.Float64).alias(target))
            continue
        dtype = schema[col]
        if dtype == pl.String:  # spaces, %, commas: null
            number = no_negative_zero(pl.col(col).cast(pl.Float64, strict=False))
        elif dtype.is_numeric():
            number = stored_number(pl.col(col), dtype)
        else:
            return None
        exprs.append(number.alias(target))
        if col in doubted:  # a cell the cast cannot read
            doubts.append(pl.col(col).is_not_null() & ~number.is_finite().fill_null(False))
        if dtype == pl.String:  # a cell it reads, but perhaps not as meant (2.000)
            doubts += [
                pl.col(col).str.contains(shape).fill_null(False) for shape in shapes.get(col, [])
            ]
    return exprs, doubts


def _out_of(schema: Mapping[str, pl.DataType], present: Collection[str]) -> list[pl.Expr] | None:
    """`out_of` as stored and `_out_of`, the whole number a plain cast reads of it — text of
    digits, an integer, a float holding a whole number; null for anything else, which the row
    tests then doubt —; None for a type only the exact checks read."""
    if "out_of" not in present:
        return [pl.lit(None, pl.Int32).alias(c) for c in ("out_of", "_out_of")]
    cell, dtype = pl.col("out_of"), schema["out_of"]
    if dtype == pl.String or dtype.is_integer():
        whole = cell.cast(pl.Int32, strict=False)
    elif dtype.is_float():
        whole = pl.when(cell.round(0) == cell).then(cell.cast(pl.Int32, strict=False))
    else:
        return None
    return [cell, whole.alias("_out_of")]


def _by_value(
    tests: list[pl.Expr], present: Collection[str], into: dict[str, list[pl.Expr]]
) -> list[pl.Expr]:
    """The tests of `tests` that read one text column of the file (`present`) not grouped on (a
    cell's own text: its spaces, its control characters), moved into `into` by column; the
    others, returned."""
    kept = []
    for test in tests:
        roots = set(test.meta.root_names())
        column = roots.pop() if len(roots) == 1 else None
        if column in present and column in TEXT and column not in _GROUPED_TEXT:
            into.setdefault(column, []).append(test)
        else:
            kept.append(test)
    return kept


def doubtful_values(base: pl.LazyFrame, tests: Mapping[str, list[pl.Expr]]) -> pl.LazyFrame:
    """One row, `_doubt`: whether a distinct value of a column of `tests` fails one of its
    tests. A test of a cell's own text holds on a row exactly when it holds on the row's value,
    so each distinct value is tested once, not each of the millions of rows repeating it (a
    commune's name)."""
    parts = [
        base.select(pl.col(column).unique()).select(
            pl.any_horizontal([t.fill_null(False) for t in found]).any().alias("_doubt")
        )
        for column, found in tests.items()
    ]
    if not parts:
        return pl.LazyFrame({"_doubt": [False]})
    return pl.concat(parts).select(pl.col("_doubt").any())


def typed(
    base: pl.LazyFrame, columns: Sequence[str], by_value: bool = False
) -> tuple[pl.LazyFrame, pl.Expr, pl.LazyFrame | None] | None:
    """The rows of `base` (a file's cells as stored, with `_row`) typed by plain casts, the row
    flag of what the screen cannot vouch for, and — with `by_value` (a columnar file, whose
    columns are read alone cheaply) — the query of `doubtful_values` that tests the free text
    columns once per distinct value, their tests then left out of the row flag (else None);
    None when a column's stored type is one only the exact checks handle (so the file goes to
    them directly)."""
    plain = _plain(base.collect_schema(), set(columns))
    if plain is None:
        return None
    exprs, doubts = plain
    tests = _row_tests(columns)
    values: dict[str, list[pl.Expr]] = {}
    if by_value:
        present = set(columns)
        doubts, tests = _by_value(doubts, present, values), _by_value(tests, present, values)
    exprs.append(pl.any_horizontal(doubts or [pl.lit(False)]).alias("_doubt"))
    # a blank line (every cell missing) is dropped, as the exact checks drop it; a cell that is
    # blank but present (spaces, "") is doubted above and left to them
    frame = base.filter(~pl.all_horizontal([pl.col(c).is_null() for c in columns])).select(exprs)
    counted = pl.col("_num").is_not_null() & pl.col("_den").is_not_null()
    frame = frame.with_columns(
        _value=pl.when(pl.col("_given").is_null() & counted & (pl.col("_den") > 0))
        .then(100.0 * pl.col("_num") / pl.col("_den"))
        .otherwise(pl.col("_given")),
        _state=pl.col("state"),  # only the English keys pass the row tests
    )
    flag = pl.any_horizontal([pl.col("_doubt"), *[t.fill_null(False) for t in tests]])
    return frame, flag, (doubtful_values(base, values) if by_value else None)


OPTIONAL_GROUPED = {
    "target": pl.String,
    "state": pl.String,
    "out_of": pl.Int32,
    "period": pl.String,
    "definition": pl.String,
}
"""What the grouped pass keeps of the optional columns of issue 16 (see `grouped`)."""


def grouped(
    details: pl.LazyFrame,
    optional: bool = True,
    more: Sequence[pl.Expr] = (),
    present: Collection[str] | None = None,
    fileno: int | None = None,
) -> pl.LazyFrame:
    """One streaming aggregation over typed rows (`DETAIL_SCHEMA`, `_fileno`, `_flag`): what
    the screen, the duplicate and mixed-area checks and the province totals need, and nothing
    proportional to the rows. One group per file, province, indicator (or task target), year
    and date, and whether its rows are province totals, area rows or breakdown rows; a task's
    state, a figure's period and definition (null when the group's rows differ: a province
    total's group is one row, or a duplicate; the areas of a weighted rate must agree); a
    rank's `out_of` is a key, as a rank of 63 units and one of 34 are two figures. Without
    `optional` (no file has a column of `OPTIONAL_GROUPED`) those are not grouped on, only
    added as nulls to the result: files without them cost what they cost before them. `more`:
    further aggregations, run in the same pass (`repeats.KeyHashes`).

    Likewise what every row shares is added to the result, not grouped on or aggregated (the
    result is the same, with less work per row: L Parquet's pass 2.5 -> 2.0 s of CPU): the file
    number when the rows are of one file (`fileno`), and what `present`, the columns of the
    files read (default: every column), lacks — null in every row (`_area`, `_breakdown`
    false; `source`, `note`, `note_vi`, `period`, `definition` null)."""
    has = set(DETAIL_COLUMNS if present is None else present)
    shared: dict[str, pl.Expr] = {}  # added to the result after the pass
    keys = [pl.col("province"), pl.col("indicator"), pl.col("year"), pl.col("date")]
    if fileno is None:
        keys.insert(0, pl.col("_fileno"))
    else:
        shared["_fileno"] = pl.lit(fileno, pl.UInt32)
    for name, column in (("_area", "area"), ("_breakdown", "breakdown")):
        if column in has:
            keys.append(pl.col(column).is_not_null().alias(name))
        else:
            shared[name] = pl.lit(False)
    aggs = [
        pl.len().alias("_rows"),
        pl.col("_flag").sum().alias("_flagged"),
        pl.col("numerator").is_not_null().sum().alias("_counted"),
        pl.col("numerator").sum().alias("_num"),
        pl.col("denominator").sum().alias("_den"),
        pl.col("value").min().alias("_min"),
        pl.col("value").max().alias("_max"),
        pl.col("value").first(),
        *[_first(c) if c in has else _null(c) for c in ("source", "note", "note_vi")],
        *more,
    ]
    if optional:
        keys += [pl.col("target"), pl.col("out_of")]
        aggs.append(pl.col("state").first())
        aggs += [_alike(c) if c in has else _null(c) for c in ("period", "definition")]
    result = details.group_by(*keys).agg(aggs)
    if not optional:
        shared |= {c: pl.lit(None, dtype) for c, dtype in OPTIONAL_GROUPED.items()}
    if shared:
        result = result.with_columns(expr.alias(c) for c, expr in shared.items())
    order = ["_fileno", "province", "indicator", "target", "out_of", "year", "date"]
    order += ["_area", "_breakdown"]
    return result.select(*order, pl.exclude(order))


DETAIL_COLUMNS = ("area", "breakdown", "source", "note", "note_vi", "period", "definition")
"""The columns `grouped` leaves out of the pass when no file read has them."""


def _first(column: str) -> pl.Expr:
    return pl.col(column).first()


def _null(column: str) -> pl.Expr:
    """A column no file has, in the grouped result: null (text) in every group."""
    return pl.lit(None, pl.String).alias(column)


def doubtful_groups(
    groups: pl.DataFrame, indicators: Mapping[str, Indicator], provinces: Collection[str]
) -> pl.DataFrame:
    """Groups the screen cannot vouch for: a flagged row, or a group test of a rule that holds
    (an unknown province or indicator, a year or date out of shape, a value outside its bounds,
    counts for a non-percent indicator), or an indicator whose cells only the exact checks
    read (boolean)."""
    joined = (
        groups.lazy()  # lazily: Polars plans it as one query, three times faster than eagerly
        .join(bounds(indicators).lazy(), on="indicator", how="left")
        .with_columns(known(provinces))
    )
    tests = [t.fill_null(False) for t in _group_tests()]
    return joined.filter(pl.any_horizontal([pl.col("_flagged") > 0, *tests])).collect()


def _alike(column: str) -> pl.Expr:
    """`_agreed` of a group's rows, streamed: its value when the rows give one and the same
    (least and greatest equal, none missing), else null."""
    cell = pl.col(column)
    same = (cell.min() == cell.max()) & (cell.null_count() == 0)
    return pl.when(same).then(cell.min()).alias(column)


def _agreed(column: str) -> pl.Expr:
    """The one value a column takes in the rows (or groups) aggregated, or null when they
    differ (a missing value differs from any other)."""
    return pl.when(pl.col(column).n_unique() == 1).then(pl.col(column).first()).alias(column)


def totals(groups: pl.DataFrame) -> pl.DataFrame:
    """Province totals from the grouped pass: the rows without area or breakdown, plus the
    weighted rate 100·Σnumerator/Σdenominator of the area rows where no total row was given
    (never an average of the areas' percentages), with the period and definition the areas'
    rows give (null when they differ). Task rows are not measurements (see `states`)."""
    figures = groups.lazy().filter(pl.col("target").is_null())  # one query: 3x the eager speed
    given = figures.filter(~pl.col("_area"), ~pl.col("_breakdown"))
    from_counts = (
        figures.filter(pl.col("_area"), ~pl.col("_breakdown"), pl.col("_counted") > 0)
        .group_by(AREA_KEY)
        .agg(
            numerator=pl.col("_num").sum(),
            denominator=pl.col("_den").sum(),
            areas=pl.col("_counted").sum(),
            period=_agreed("period"),
            definition=_agreed("definition"),
        )
        .with_columns(
            value=100.0 * pl.col("numerator") / pl.col("denominator"),
            source=pl.lit(None, pl.String),
            note=pl.format(
                "weighted rate of {} areas: sum of numerators / sum of denominators", "areas"
            ),
            note_vi=pl.lit(None, pl.String),  # dxgap's words, not the file's: no translation
        )
        .join(given.select(AREA_KEY), on=AREA_KEY, how="anti", nulls_equal=True)
    )
    columns = list(MEASUREMENT_SCHEMA)
    from_counts = from_counts.with_columns(out_of=pl.lit(None, pl.Int32))
    parts = [given.select(columns)]
    counted = pl.col("_area") & ~pl.col("_breakdown") & (pl.col("_counted") > 0)
    if groups.select(counted.any()).item():  # else nothing to weigh: no join over every total
        parts.append(from_counts.select(columns))
    return (
        pl.concat(parts)
        .cast(MEASUREMENT_SCHEMA)
        # a total order: one key may hold a rank out of 63 and one out of 34 (two figures)
        .sort([*AREA_KEY, "out_of", "value"], nulls_last=False)
        .collect()
    )


def states(groups: pl.DataFrame) -> pl.DataFrame:
    """Task states from the grouped pass (`frames.STATE_SCHEMA`): one row per report of a
    task's state — province, target, year, date, the state as its English key, source, and the
    note as the evidence (`note_vi`: the note in Vietnamese, when the file gives one) — sorted
    by province, target, year and date (undated first)."""
    return (
        groups.filter(pl.col("target").is_not_null())
        .select(
            "province",
            pl.col("target").alias("target_id"),
            "year",
            "date",
            "state",
            "source",
            "note",
            "note_vi",
        )
        .cast(STATE_SCHEMA)
        .sort("province", "target_id", "year", "date", nulls_last=False)
    )
