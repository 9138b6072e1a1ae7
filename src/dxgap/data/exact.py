"""The exact checks: a data file's cells typed from their text the way the rules need them, and
the located problems of the rows that fail a rule.

Typing runs as vectorised Polars expressions over every row; the flag of failing rows
(`rules.failing`) costs no message. Messages are made afterwards, in Python, for the first
`MAX_PROBLEMS` failing rows only, each located by the file's own reader.
"""

from __future__ import annotations

from collections.abc import Collection

import polars as pl

from dxgap.data import numbers, rules, tasks
from dxgap.data.numbers import Style
from dxgap.data.rules import CELL_FAULTS, Facts
from dxgap.data.table import COLUMNS, NUMERIC, Table
from dxgap.errors import Problem
from dxgap.targets.models import Unit
from dxgap.targets.rules import THOUSANDS_UNITS
from dxgap.text import EXCERPT, Msg

MAX_PROBLEMS = 200
"""Problems reported per file: enough to fix a file in one go, few enough to read."""

_TYPED_PARAMS = ("_year", "_unit", "_lower", "_upper", "_own", "_num", "_den", "_value")
_PERCENT_CELL = CELL_FAULTS[2]


def clean(col: str) -> pl.Expr:
    """A cell stripped of surrounding spaces, NFC-normalised, and missing when empty. NFC runs
    on the non-ASCII cells only (the others are null for it, which costs nothing)."""
    text = pl.col(col).str.strip_chars()
    non_ascii = pl.when(text.str.len_bytes() != text.str.len_chars()).then(text)
    return pl.coalesce(non_ascii.str.normalize("NFC"), text).replace("", None)


def _number(
    col: str, table: Table, names: Collection[str], style: Style, percent: pl.Expr
) -> tuple[pl.Expr, pl.Expr, pl.Expr]:
    """(number, bad, code of what is wrong) of a numeric column: parsed from its text in the
    file's style, or read as stored (a spreadsheet's number cell, a typed Parquet column)."""
    stored = pl.col(f"_num_{col}")
    if col in table.native:  # a number already, or null
        bad = stored.is_not_null() & ~stored.is_finite()
        return stored, bad, pl.when(bad).then(pl.lit("data.not_finite"))
    number = numbers.value(col, style)
    bad = numbers.invalid(col, style, percent)
    why = numbers.problem(col, style, percent)
    if f"_num_{col}" in names:  # a spreadsheet's number cell needs no parsing
        return (
            pl.coalesce(stored, number),
            stored.is_null() & bad,
            pl.when(stored.is_null()).then(why),
        )
    return number, bad, why


def _thousands(col: str, table: Table, names: Collection[str], style: Style) -> pl.Expr:
    """`_kilo_<col>`: a text cell written like Vietnamese thousands that reads as a decimal here
    (`numbers.thousands`), where thousands are likelier: counts behind a rate, values of a
    count, people, money or rank indicator (`THOUSANDS_UNITS`). A typed column has no text."""
    if col in table.native:
        return pl.lit(False)
    stored = pl.col(f"_num_{col}") if f"_num_{col}" in names else None
    shaped = numbers.thousands(col, style, stored)
    if col != "value":
        return shaped
    return shaped & pl.col("_unit").is_in(sorted(u.value for u in THOUSANDS_UNITS)).fill_null(False)


def _reader_columns(names: Collection[str], percent: pl.Expr) -> list[pl.Expr]:
    """What the file's reader said about its cells (`_fault_<col>`, `_over_<col>`: see
    `rules`), as it said it, except that a percentage cell is right for a percent indicator."""
    if "_fault_value" not in names:
        return []
    fault = pl.col("_fault_value")
    right = (fault == _PERCENT_CELL) & percent.fill_null(True)  # else: an unknown indicator
    return [pl.when(right).then(None).otherwise(fault).alias("_fault_value")]


def _optional(table: Table, tasks_known: pl.DataFrame | None) -> tuple[list[pl.Expr], bool]:
    """The typed columns of the optional columns of task states and ranks: `_state` (the
    English key), `_out_of` (a whole number), and whether to join `_task` (whether the row's
    target takes a state; null: no target of its province); literal nulls for columns the
    table lacks, so that files without them cost nothing more."""
    has = set(table.columns)
    state = tasks.state_key(pl.col("state")) if "state" in has else pl.lit(None, pl.String)
    out_of = numbers.whole("out_of") if "out_of" in has else pl.lit(None, pl.Int32)
    exprs = [state.alias("_state"), out_of.alias("_out_of")]
    join = "target" in has and tasks_known is not None
    if not join:
        exprs.append(pl.lit(None, pl.Boolean).alias("_task"))
    return exprs, join


def typed(
    raw: pl.LazyFrame,
    table: Table,
    style: Style,
    bounds: pl.DataFrame,
    provinces: Collection[str],
    why: bool = False,
    tasks_known: pl.DataFrame | None = None,
) -> pl.LazyFrame:
    """The rows of `raw` (the whole file, or a few of its rows) with every column `RULES`
    reads: the text cells cleaned (absent columns as missing), `_known`, the indicator's
    `_unit`/`_lower`/`_upper`/`_own`, `_year` (Int32), `_given`/`_num`/`_den` (the numbers
    written), `_value` (given, or 100·numerator/denominator), `_decimals` of the value,
    `_bad_<col>` for numeric cells that are not numbers, `_kilo_<col>` for those written like
    Vietnamese thousands where that is likelier than a decimal (counts behind a rate; values of
    a count, people, money or rank indicator), `_fault_<col>`/`_over_<col>` (what the reader
    found, when it found anything), `_state`, `_out_of` and `_task` (see `_optional`;
    `tasks_known` is `tasks.tasks_frame` of the workspace's targets), and with `why` the codes
    saying why (`_why_<col>`). Blank lines are dropped."""
    names = set(raw.collect_schema().names())
    percent = pl.col("_unit") == Unit.PERCENT.value
    boolean = pl.col("_unit") == Unit.BOOLEAN.value
    parsed = {col: _number(col, table, names, style, percent) for col in NUMERIC}
    text = numbers.cells(
        raw.with_columns([clean(c).alias(c) for c in table.columns])
        .filter(~pl.all_horizontal([pl.col(c).is_null() for c in table.columns]))
        .with_columns([pl.lit(None, pl.String).alias(c) for c in COLUMNS if c not in table.columns])
        .join(bounds.lazy(), on="indicator", how="left", maintain_order="left"),
        NUMERIC,
    )
    optional, join = _optional(table, tasks_known)
    if join and tasks_known is not None:
        on = ["province", "target"]
        text = text.join(tasks_known.lazy(), on=on, how="left", maintain_order="left")
    reasons = [parsed[c][2].alias(f"_why_{c}") for c in NUMERIC] if why else []
    if why:
        for c in COLUMNS:
            shown, char = rules.control_shown(pl.col(c))
            reasons += [shown.alias(f"_ctl_{c}"), char.alias(f"_chr_{c}")]
        year_digits = numbers.foreign_digits(pl.col("year"))
        reasons.append(pl.when(year_digits).then(pl.lit("data.foreign_digits")).alias("_why_year"))
        reasons.append(rules.why_date(pl.col("date")).alias("_why_date"))
        reasons.append(tasks.why_state(pl.col("state")).alias("_why_state"))
    counted = pl.col("_num").is_not_null() & pl.col("_den").is_not_null()
    return text.with_columns(
        *_reader_columns(names, percent),
        *optional,
        rules.known(provinces),
        _year=numbers.whole("year"),
        _given=pl.when(boolean).then(numbers.parse_boolean("value")).otherwise(parsed["value"][0]),
        _num=parsed["numerator"][0],
        _den=parsed["denominator"][0],
        _decimals=numbers.decimals("value", style),
        **{f"_bad_{c}": parsed[c][1] for c in NUMERIC},
        **{f"_kilo_{c}": _thousands(c, table, names, style) for c in NUMERIC},
    ).with_columns(
        *reasons,
        _value=pl.when(pl.col("value").is_null() & counted & (pl.col("_den") > 0))
        .then(100.0 * pl.col("_num") / pl.col("_den"))
        .otherwise(pl.col("_given")),
    )


def problems(
    failing: pl.DataFrame,
    table: Table,
    style: Style,
    bounds: pl.DataFrame,
    provinces: Collection[str],
    total: int | None = None,
    tasks_known: pl.DataFrame | None = None,
) -> list[Problem]:
    """Located problems of `failing`, raw rows of `table` (with `_row`) that fail a rule: one
    per row and column, the first rule in `RULES` order winning, at most `MAX_PROBLEMS`; then,
    when `total` rows of the file fail and the problems listed cover fewer, how many more.
    `tasks_known`: see `typed`; the "did you mean" of an unknown target reads it too."""
    few = typed(failing.lazy(), table, style, bounds, provinces, True, tasks_known)
    ruled = rules.applicable(failing.columns)
    found = few.select(
        "_row",
        *[rule.when().fill_null(False).alias(f"_r{i}") for i, rule in ruled],
        *[pl.col(c).str.slice(0, EXCERPT + 1) for c in COLUMNS],
        *_TYPED_PARAMS,
        *sorted({rule.code_from for _, rule in ruled if rule.code_from is not None}),
        *sorted({c for _, rule in ruled for c in rule.extra}),
    ).collect()
    facts = Facts(tuple(sorted(provinces)), _targets_of(tasks_known))
    out: list[tuple[int, str, Msg]] = []
    for row in found.sort("_row").iter_rows(named=True):
        done: set[str] = set()
        for i, rule in ruled:
            if row[f"_r{i}"] and rule.column not in done:
                done.add(rule.column)
                out.append(
                    (row["_row"], rule.column, Msg(rule.code(row), **rule.params(row, facts)))
                )
    out = out[:MAX_PROBLEMS]
    shown = {row for row, _, _ in out}
    places = table.locate(shown)
    listed = [
        Problem(table.display, msg, *places[row].cell(column), column, sheet=table.sheet)
        for row, column, msg in out
    ]
    if total is not None and total > len(shown):
        more = Msg("data.more_rows", count=total - len(shown), limit=MAX_PROBLEMS)
        listed.append(Problem(table.display, more))
    return listed


def _targets_of(tasks_known: pl.DataFrame | None) -> dict[str, tuple[str, ...]]:
    """Each province's target ids, sorted (for "did you mean")."""
    if tasks_known is None or tasks_known.height == 0:
        return {}
    grouped = tasks_known.group_by("province").agg(pl.col("target").sort())
    return {p: tuple(ids) for p, ids in grouped.iter_rows()}
