"""What a cell rule is made of: the kinds of screening, the rule itself, what messages know
beyond the row, and the expressions several rule modules share (see `rules` for the table of
rules and how the screen and the exact checks derive from it)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from dxgap.data.table import CONTROL
from dxgap.targets.models import Indicator, Unit

Row = Mapping[str, Any]
"""A failing row: its text cells (cut to a message's excerpt) and typed columns."""


@dataclass(frozen=True)
class Facts:
    """What messages say beyond the row: the provinces known to the workspace, sorted, and each
    province's target ids (for the "did you mean" of an unknown target)."""

    provinces: tuple[str, ...]
    targets: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ByRow:
    """Covered by the screen's row test: true on every row the rule can fail on."""

    test: Callable[[], pl.Expr]


@dataclass(frozen=True)
class ByGroup:
    """Covered by a test on the grouped aggregates: true on every group holding a failing row."""

    test: Callable[[], pl.Expr]


@dataclass(frozen=True)
class Doubt:
    """Not typed by the screen: the cells of `cells` its cast cannot read — or, with `written`
    (a regular expression), the text cells of `cells` written so, whatever the cast reads —
    and the indicators of `units` whatever their cells say, go to the exact checks."""

    cells: tuple[str, ...] = ()
    units: tuple[Unit, ...] = ()
    written: str | None = None


@dataclass(frozen=True)
class Unscreened:
    """Can fail only on what the screen never reads: a workbook's cells (number formats,
    formulas). Workbooks are never screened (`Table.screenable` is false)."""


Screening = ByRow | ByGroup | Doubt | Unscreened


@dataclass(frozen=True)
class Rule:
    """One way a data row can be wrong (see `rules`).

    `needs`: the rule can fail only on a file that has one of these columns (the optional
    columns of task states, ranks, periods and definitions); on any other file neither the
    screen nor the exact checks evaluate it, so such files cost what they cost without it."""

    codes: tuple[str, ...]  # its message's code, or the codes `code_from` chooses among
    column: str
    when: Callable[[], pl.Expr]
    params: Callable[[Row, Facts], dict[str, object]]
    screen: Screening
    code_from: str | None = None  # the failing row's column holding the code (numbers)
    reader: str | None = None  # the column a reader gives it; without, the rule cannot fail
    extra: tuple[str, ...] = ()  # columns of `exact.typed(why=True)` its parameters read
    needs: tuple[str, ...] = ()

    def code(self, row: Row) -> str:
        """The code of this rule's message for a failing row."""
        if self.code_from is None:
            return self.codes[0]
        found = row.get(self.code_from)
        return found if found in self.codes else self.codes[0]

    def needed(self, names: Collection[str]) -> bool:
        """Whether a file with columns `names` has a column the rule `needs` (or it needs none)."""
        return not self.needs or any(name in names for name in self.needs)

    def applies(self, names: Collection[str]) -> bool:
        """Whether the rule can fail on a table of columns `names` (its reader's included)."""
        return (self.reader is None or self.reader in names) and self.needed(names)


def bounds(indicators: Mapping[str, Indicator]) -> pl.DataFrame:
    """One row per indicator: its unit (`_unit`), effective bounds (`_lower`, `_upper`) and
    whether they are the indicator's own (`_own`) or its unit's."""
    values = list(indicators.values())
    return pl.DataFrame(
        {
            "indicator": list(indicators),
            "_unit": [i.unit.value for i in values],
            "_lower": [i.bounds[0] for i in values],
            "_upper": [i.bounds[1] for i in values],
            "_own": [i.min is not None or i.max is not None for i in values],
        },
        schema={
            "indicator": pl.String,
            "_unit": pl.String,
            "_lower": pl.Float64,
            "_upper": pl.Float64,
            "_own": pl.Boolean,
        },
    )


def known(provinces: Collection[str]) -> pl.Expr:
    """`_known`: whether a row's (or group's) province is one of the workspace's (with a target
    file) or any province of the place reference (`dxgap.places`: the 63 before 1/7/2025 and
    the 34 units after), so that a province measured with no plan is data too (issue 21)."""
    from dxgap import places

    ids = set(provinces) | {u.id for u in places.units()}
    return pl.col("province").is_in(sorted(ids)).alias("_known")


def no_params(row: Row, facts: Facts) -> dict[str, object]:
    """A message without parameters."""
    return {}


def cell_param(column: str) -> Callable[[Row, Facts], dict[str, object]]:
    """A message quoting the failing cell of `column` as `cell`."""

    def params(row: Row, facts: Facts) -> dict[str, object]:
        return {"cell": row[column]}

    return params


def holds_control(cell: pl.Expr) -> pl.Expr:
    """Whether a text cell holds a character `table.CONTROL` refuses (a control character, a
    mark that reorders text)."""
    return cell.str.contains(CONTROL).fill_null(False)


def control_shown(cell: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(an excerpt of a cell around its first refused character — up to 10 characters before
    it, after "…" when the cell starts earlier —, that character)."""
    window = cell.str.extract(rf"(?s)(.{{0,10}}?(?:{CONTROL}).{{0,29}})", 1)
    shown = pl.when(cell.str.starts_with(window)).then(window).otherwise(pl.lit("…") + window)
    return shown, cell.str.extract(f"({CONTROL})", 1).str.slice(0, 1)
