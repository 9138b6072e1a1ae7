"""Ranks out of N and reference periods in data files: the cell rules of the `out_of` and
`period` columns (`RULES`, part of `rules.RULES`; `definition` is free text, ruled as such).

- `out_of`: how many units a rank is out of (63 provinces, 34 merged units): a whole number
  >= 1 (`63`, and `63.0` as spreadsheets and floating-point columns store whole numbers; not
  `63.5`), only on a row of a `rank` indicator, and no smaller than the rank.
- `period`: the period the figure measures — `YYYY`, `YYYY-Qn` (a quarter, 1–4), `YYYY-MM`,
  `YYYY-Www` (an ISO week, 01–53, week 53 only in the years that have one) or `YYYY-MM-DD`
  (a day of the calendar) — lying in the row's `year` (its first four digits are the year; an
  ISO week belongs to its ISO year: `2025-W01` starts on 2024-12-30 and is a week of 2025).

Both are screened row by row (a period with one cheap test covering its three rules: week 53
and days 29–31 are left to the exact checks), and only on files that have the column.
"""

from __future__ import annotations

import polars as pl

from dxgap.data.rulebase import ByGroup, ByRow, Facts, Row, Rule, cell_param
from dxgap.targets.models import Unit

PERIOD = (
    r"^[0-9]{4}(-(Q[1-4]|0[1-9]|1[0-2]|W(0[1-9]|[1-4][0-9]|5[0-3])"
    r"|(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])))?$"
)
"""YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD (ASCII digits, capital Q and W)."""

PERIOD_FORMS = ("YYYY", "YYYY-Qn", "YYYY-MM", "YYYY-Www", "YYYY-MM-DD")
"""The forms of a period, as messages list them."""

_EVERY_YEAR = (
    r"^[0-9]{4}(-(Q[1-4]|0[1-9]|1[0-2]|W(0[1-9]|[1-4][0-9]|5[0-2])"
    r"|(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])))?$"
)
"""The periods every year has: `PERIOD` but week 53 and days 29–31."""


def _period_doubted() -> pl.Expr:
    """The screen's one test of a period (true on every row a period rule can fail on, and
    cheaper than the three): a period not of `_EVERY_YEAR`'s shape or not of the row's year.
    Week 53 and days 29–31 are left to the exact checks."""
    cell = pl.col("period")
    year = pl.col("_year").cast(pl.String)
    return cell.is_not_null() & ~(cell.str.contains(_EVERY_YEAR) & cell.str.starts_with(year))


def _out_of_bad() -> pl.Expr:
    return pl.col("out_of").is_not_null() & (pl.col("_out_of").is_null() | (pl.col("_out_of") < 1))


def _is_rank() -> pl.Expr:
    return pl.col("_unit") == Unit.RANK.value


def _period_shaped() -> pl.Expr:
    return pl.col("period").str.contains(PERIOD)


def _no_such_period() -> pl.Expr:
    """A period of the right shape the calendar does not have: a day past its month's end
    (2023-02-29), week 53 of a year of 52 ISO weeks (2024-W53)."""
    cell = pl.col("period")
    day = (cell.str.len_bytes() == 10) & cell.str.to_date("%Y-%m-%d", strict=False).is_null()
    year = cell.str.slice(0, 4).cast(pl.Int32, strict=False)
    week_53 = cell.str.ends_with("-W53") & (pl.date(year, 12, 28).dt.week() != 53)
    return _period_shaped() & (day | week_53)


def _period_outside_year() -> pl.Expr:
    year = pl.col("period").str.slice(0, 4).cast(pl.Int32, strict=False)
    return _period_shaped() & pl.col("_year").is_not_null() & (year != pl.col("_year"))


def _bad_period() -> pl.Expr:
    return pl.col("period").is_not_null() & ~_period_shaped()


def _rank_above() -> pl.Expr:
    """A rank beyond a valid `out_of` (an invalid one is refused at its own cell)."""
    return _is_rank() & (pl.col("_out_of") >= 1) & (pl.col("_value") > pl.col("_out_of"))


def _above_params(row: Row, facts: Facts) -> dict[str, object]:
    value = row["value"] if row["value"] is not None else row["_value"]
    return {"value": value, "out_of": row["_out_of"]}


RULES: tuple[Rule, ...] = (
    Rule(
        ("data.out_of_invalid",),
        "out_of",
        _out_of_bad,
        cell_param("out_of"),
        ByRow(_out_of_bad),
        needs=("out_of",),
    ),
    Rule(
        ("data.out_of_not_rank",),
        "out_of",
        lambda: pl.col("out_of").is_not_null() & pl.col("_unit").is_not_null() & ~_is_rank(),
        lambda row, facts: {"indicator": row["indicator"], "unit": row["_unit"]},
        ByGroup(lambda: pl.col("out_of").is_not_null() & ~_is_rank()),
        needs=("out_of",),
    ),
    Rule(
        ("data.bad_period",),
        "period",
        _bad_period,
        lambda row, facts: {"cell": row["period"], "forms": list(PERIOD_FORMS)},
        ByRow(_period_doubted),
        needs=("period",),
    ),
    Rule(
        ("data.no_such_period",),
        "period",
        _no_such_period,
        cell_param("period"),
        ByRow(_period_doubted),
        needs=("period",),
    ),
    Rule(
        ("data.period_outside_year",),
        "period",
        _period_outside_year,
        lambda row, facts: {"cell": row["period"], "year": row["_year"]},
        ByRow(_period_doubted),
        needs=("period",),
    ),
)
"""The rules of `out_of` and `period` cells, in the order their messages win."""

RANK_RULES: tuple[Rule, ...] = (
    Rule(
        ("data.rank_above_out_of",),
        "value",
        _rank_above,
        _above_params,
        ByRow(lambda: pl.col("_value") > pl.col("_out_of")),
        extra=("_out_of",),
        needs=("out_of",),
    ),
)
"""A rank larger than the number of units ranked: on the `value` column, after its bounds."""
