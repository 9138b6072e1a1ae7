"""The cell rules of data files, in one table: what makes a row wrong, how the message says it,
and how the cheap screen knows a file has no such row.

Each `Rule` has the code of its message, the column it is reported on, its exact condition
(a Polars expression over the columns `exact.typed` makes), the message's parameters taken from
the failing row, and its screening: how `screen` vouches that no row of a file fails it.

- `ByRow`: a test over the screen's plainly typed row (`_year`, `_given`, `_num`, `_den`) that
  holds on every row the rule can fail on;
- `ByGroup`: a test over the grouped aggregates of `screen.grouped` (joined with `bounds` and
  `_known`) that holds on every group holding such a row;
- `Doubt`: the screen cannot type what the rule reads — cells of `cells` that its plain cast
  cannot read doubt their row, indicators of `units` doubt their groups — and the file goes to
  the exact checks;
- `Unscreened`: the rule reads what only a workbook has (a cell's number format, a formula), and
  workbooks always take the exact checks.

The exact checks (`exact`) and the screen (`screen`) are both derived from `RULES`; a rule is
written once. Rules are listed in the order their messages win: one problem per row and column.
What a rule is made of lives in `rulebase`; the rules of task rows (`target`, `state`) in
`tasks`, those of ranks out of N and reference periods (`out_of`, `period`) in `periods`. A rule
of an optional column (`Rule.needs`) is evaluated only on files that have the column.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import polars as pl

from dxgap.data import numbers, periods, tasks
from dxgap.data.rulebase import (
    ByGroup,
    ByRow,
    Doubt,
    Facts,
    Row,
    Rule,
    Screening,
    Unscreened,
    bounds,
    cell_param,
    control_shown,
    holds_control,
    known,
    no_params,
)
from dxgap.data.table import COLUMNS, FREE_TEXT, NEW_COLUMNS, NUMERIC, codepoint
from dxgap.lineage import unknown_hint
from dxgap.targets.models import MAX_YEAR, MIN_YEAR, Unit
from dxgap.text import Msg, excerpt

__all__ = [
    "CELL_FAULTS",
    "DATE",
    "RULES",
    "ByGroup",
    "ByRow",
    "Doubt",
    "Facts",
    "Row",
    "Rule",
    "Screening",
    "Unscreened",
    "applicable",
    "bad_date",
    "bounds",
    "control_shown",
    "failing",
    "holds_control",
    "known",
    "why_date",
]

DATE = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"
"""YYYY, YYYY-MM or YYYY-MM-DD (ASCII digits)."""

CELL_FAULTS = (
    *("xlsx.formula_not_computed", "xlsx.date_cell", "xlsx.percent_cell"),
    "xlsx.period_date_cell",
)
"""What a reader may say is wrong with a cell as stored (`_fault_<column>`), before its text is
read: a formula without a computed result, a date or a percentage where a number belongs, a
date that shows no day where a period belongs."""


# --- conditions and parameters shared by several rules --------------------------------------


def _given() -> pl.Expr:
    return pl.col("value").is_not_null()


def _unit_is(unit: Unit) -> pl.Expr:
    return pl.col("_unit") == unit.value


def _counted() -> pl.Expr:
    return pl.col("_num").is_not_null() & pl.col("_den").is_not_null()


def _as_written(row: Row) -> object:
    """The value as the file wrote it (cut as a quoted cell is), or as computed from counts
    (rounded)."""
    return excerpt(row["value"]) if row["value"] is not None else round(row["_value"], 2)


def _owner(row: Row) -> Msg:
    if row["_own"]:
        return Msg("owner.indicator", indicator=row["indicator"])
    return Msg("owner.unit", unit=row["_unit"])


def _bound(side: str) -> Callable[[Row, Facts], dict[str, object]]:
    def params(row: Row, facts: Facts) -> dict[str, object]:
        return {"value": _as_written(row), "limit": row[side], "owner": _owner(row)}

    return params


def _number_rule(column: str, when: Callable[[], pl.Expr]) -> Rule:
    """A cell that is not a number in the file's style (the code says how)."""
    return Rule(
        numbers.CODES,
        column,
        when,
        cell_param(column),
        Doubt(cells=(column,)),
        code_from=f"_why_{column}",
    )


def _thousands_params(column: str) -> Callable[[Row, Facts], dict[str, object]]:
    def params(row: Row, facts: Facts) -> dict[str, object]:
        text = row[f"_txt_{column}"]
        read = float(text)
        decimal = repr(read)  # 2.0, 1.5; 1.586 still looks grouped, so 1.5860
        if len(decimal.partition(".")[2]) == 3:
            decimal += "0"
        return {
            "cell": row[column],
            "read": int(read) if read.is_integer() else read,
            "meant": text.lstrip("+").replace(".", ""),
            "decimal": decimal,
        }

    return params


def _thousands_rule(column: str) -> Rule:
    """A number written like Vietnamese thousands (`2.000`) in a point-style file, where
    thousands are likelier than the decimal it reads as (`_kilo_<column>`: see `exact.typed`).
    The screen reads such cells as the decimal: it doubts their rows."""
    return Rule(
        ("data.vietnamese_thousands",),
        column,
        lambda: pl.col(f"_kilo_{column}"),
        _thousands_params(column),
        Doubt(cells=(column,), written=numbers.THOUSANDS),
        extra=(f"_txt_{column}",),
    )


def _fault_rule(column: str) -> Rule:
    """A cell its reader says is wrong as stored (one of `CELL_FAULTS`, in `_fault_<column>`)."""
    return Rule(
        CELL_FAULTS,
        column,
        lambda: pl.col(f"_fault_{column}").is_not_null(),
        cell_param(column),
        Unscreened(),
        code_from=f"_fault_{column}",
        reader=f"_fault_{column}",
    )


def _swallowing_rule(column: str) -> Rule:
    """A quoted cell running over lines that look like data rows (`_over_<column>`, made by the
    CSV reader): a quote left open, or a stray one, has joined rows into one cell. Only a cell
    holding a line break can: the screen doubts those."""
    return Rule(
        ("csv.quote_runs_over",),
        column,
        lambda: pl.col(f"_over_{column}").fill_null(False),
        no_params,
        ByRow(lambda: pl.col(column).str.contains("\n", literal=True).fill_null(False)),
        reader=f"_over_{column}",
    )


def _control_screening(column: str) -> Screening:
    """How the screen knows no cell of `column` holds a control character: the province,
    indicator and date are grouped on, so per group; free text per row; a year, a value or a
    count holding one is no number its plain cast reads; a task row is never vouched for (see
    `tasks`), a state or a period is tested per row, an `out_of` holding one is no whole
    number the cast reads."""
    if column in (*FREE_TEXT, "state", "period"):
        return ByRow(lambda: holds_control(pl.col(column)))
    if column == "year":
        return ByRow(lambda: pl.col("_year").is_null())
    if column == "target":
        return ByRow(lambda: pl.col("target").is_not_null())
    if column == "out_of":
        return ByRow(lambda: pl.col("out_of").is_not_null() & pl.col("_out_of").is_null())
    if column in NUMERIC:
        return Doubt(cells=(column,))
    return ByGroup(lambda: holds_control(pl.col(column)))


def _control_rule(column: str) -> Rule:
    """A cell holding a control character (a NUL, an escape that recolours a terminal) or a
    mark that reorders text: text no report means, refused wherever it is."""

    def params(row: Row, facts: Facts) -> dict[str, object]:
        return {"cell": row[f"_ctl_{column}"], "code": codepoint(row[f"_chr_{column}"])}

    return Rule(
        ("data.control_character",),
        column,
        lambda: holds_control(pl.col(column)),
        params,
        _control_screening(column),
        extra=(f"_ctl_{column}", f"_chr_{column}"),
        needs=(column,) if column in NEW_COLUMNS else (),
    )


def bad_date(cell: pl.Expr) -> pl.Expr:
    """A date cell that is not YYYY, YYYY-MM or YYYY-MM-DD, or no day of the calendar."""
    full = cell.str.len_bytes() == 10
    no_day = full & cell.str.to_date("%Y-%m-%d", strict=False).is_null()
    return cell.is_not_null() & (~cell.str.contains(DATE) | no_day)


def why_date(cell: pl.Expr) -> pl.Expr:
    """Why a bad date is bad, when it is not its shape (the code; null: its shape)."""
    return (
        pl.when(numbers.foreign_digits(cell))
        .then(pl.lit("data.foreign_digits"))
        .when(cell.str.contains(DATE))
        .then(pl.lit("data.no_such_date"))
    )


def _disagreement(row: Row, facts: Facts) -> dict[str, object]:
    return {
        "value": row["value"],
        "numerator": row["numerator"],
        "denominator": row["denominator"],
        "rate": round(100.0 * row["_num"] / row["_den"], 2),
    }


def _disagrees() -> pl.Expr:
    rate = 100.0 * pl.col("_num") / pl.col("_den")
    tolerance = 0.5 * pl.lit(10.0).pow(-pl.col("_decimals").cast(pl.Float64)) + 1e-9
    return (
        _given()
        & _counted()
        & _unit_is(Unit.PERCENT)
        & (pl.col("_den") > 0)
        & pl.col("_given").is_not_null()
        & ((pl.col("_given") - rate).abs() > tolerance)
    )


RULES: tuple[Rule, ...] = (
    *[_fault_rule(column) for column in COLUMNS],
    *[_control_rule(column) for column in COLUMNS],
    *[_swallowing_rule(column) for column in FREE_TEXT],
    Rule(
        ("data.province_empty",),
        "province",
        lambda: pl.col("province").is_null(),
        no_params,
        ByGroup(lambda: pl.col("province").is_null()),
    ),
    Rule(
        ("data.unknown_province",),
        "province",
        lambda: pl.col("province").is_not_null() & ~pl.col("_known"),
        lambda row, facts: {
            "province": row["province"],
            "hint": unknown_hint(row["province"], facts.provinces),  # the closest of both maps
        },
        ByGroup(lambda: ~pl.col("_known")),
    ),
    Rule(
        ("data.indicator_empty",),
        "indicator",
        lambda: pl.col("indicator").is_null() & pl.col("target").is_null(),
        no_params,
        ByGroup(lambda: pl.col("indicator").is_null() & pl.col("target").is_null()),
    ),
    Rule(
        ("data.unknown_indicator",),
        "indicator",
        lambda: pl.col("indicator").is_not_null() & pl.col("_unit").is_null(),
        lambda row, facts: {"indicator": row["indicator"]},
        ByGroup(lambda: pl.col("indicator").is_not_null() & pl.col("_unit").is_null()),
    ),
    *tasks.RULES,
    Rule(
        ("data.year_empty",),
        "year",
        lambda: pl.col("year").is_null(),
        no_params,
        ByRow(lambda: pl.col("_year").is_null()),
    ),
    Rule(
        ("data.not_whole_number", "data.foreign_digits"),
        "year",
        lambda: pl.col("year").is_not_null() & pl.col("_year").is_null(),
        cell_param("year"),
        ByRow(lambda: pl.col("_year").is_null()),  # the plain cast reads digits only
        code_from="_why_year",
    ),
    Rule(
        ("data.year_out_of_range",),
        "year",
        lambda: (pl.col("_year") < MIN_YEAR) | (pl.col("_year") > MAX_YEAR),
        lambda row, facts: {"year": row["_year"], "min": MIN_YEAR, "max": MAX_YEAR},
        ByGroup(lambda: (pl.col("year") < MIN_YEAR) | (pl.col("year") > MAX_YEAR)),
    ),
    Rule(
        ("data.value_empty",),
        "value",
        lambda: (
            ~_given()
            & ~(pl.col("numerator").is_not_null() & pl.col("denominator").is_not_null())
            & pl.col("target").is_null()
        ),
        no_params,
        ByRow(lambda: pl.col("_given").is_null() & ~_counted()),
    ),
    Rule(
        ("data.not_boolean",),
        "value",
        lambda: _given() & _unit_is(Unit.BOOLEAN) & pl.col("_given").is_null(),
        cell_param("value"),
        Doubt(units=(Unit.BOOLEAN,)),
    ),
    _number_rule("value", lambda: _given() & ~_unit_is(Unit.BOOLEAN) & pl.col("_bad_value")),
    _number_rule("numerator", lambda: pl.col("_bad_numerator")),
    _number_rule("denominator", lambda: pl.col("_bad_denominator")),
    *[_thousands_rule(column) for column in NUMERIC],
    Rule(
        ("data.counts_unpaired",),
        "numerator",
        lambda: pl.col("numerator").is_null() != pl.col("denominator").is_null(),
        no_params,
        ByRow(lambda: pl.col("_num").is_null() != pl.col("_den").is_null()),
    ),
    Rule(
        ("data.denominator_not_positive",),
        "denominator",
        lambda: pl.col("_den") <= 0,
        cell_param("denominator"),
        ByRow(lambda: pl.col("_den") <= 0),
    ),
    Rule(
        ("data.numerator_negative",),
        "numerator",
        lambda: pl.col("_num") < 0,
        cell_param("numerator"),
        ByRow(lambda: pl.col("_num") < 0),
    ),
    Rule(
        ("data.counts_not_percent",),
        "numerator",
        lambda: _counted() & pl.col("_unit").is_not_null() & ~_unit_is(Unit.PERCENT),
        lambda row, facts: {"indicator": row["indicator"], "unit": row["_unit"]},
        ByGroup(lambda: (pl.col("_counted") > 0) & ~_unit_is(Unit.PERCENT)),
    ),
    Rule(
        ("data.counts_disagree",),
        "value",
        _disagrees,
        _disagreement,
        ByRow(lambda: pl.col("_given").is_not_null() & _counted()),  # agree within decimals?
    ),
    Rule(
        ("bounds.below",),
        "value",
        lambda: pl.col("_value").is_finite() & (pl.col("_value") < pl.col("_lower")),
        _bound("_lower"),
        ByGroup(lambda: pl.col("_min") < pl.col("_lower")),
    ),
    Rule(
        ("bounds.above",),
        "value",
        lambda: pl.col("_value").is_finite() & (pl.col("_value") > pl.col("_upper")),
        _bound("_upper"),
        ByGroup(lambda: pl.col("_max") > pl.col("_upper")),
    ),
    *periods.RANK_RULES,
    Rule(
        ("data.bad_date", "data.no_such_date", "data.foreign_digits"),
        "date",
        lambda: bad_date(pl.col("date")),
        cell_param("date"),
        ByGroup(lambda: bad_date(pl.col("date"))),
        code_from="_why_date",
    ),
    *periods.RULES,
)
"""Every cell rule, in the order their messages win (one problem per row and column)."""


def applicable(names: Collection[str]) -> list[tuple[int, Rule]]:
    """The rules (with their places in `RULES`) that can fail on a table of these columns:
    those a reader gives a column to only where it gave it, those of optional columns only
    where the table has them (`Rule.needs`)."""
    return [(i, r) for i, r in enumerate(RULES) if r.applies(names)]


def failing(names: Collection[str]) -> pl.Expr:
    """True on rows of `exact.typed` (of a table of columns `names`) that fail any rule."""
    return pl.any_horizontal([rule.when().fill_null(False) for _, rule in applicable(names)])
