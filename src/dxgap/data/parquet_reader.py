"""Parquet files, scanned lazily. Text columns are checked like CSV cells; typed number columns
(year as integers, value/numerator/denominator as numbers) need no parsing. Parquet has no
header line: data row 0 is row 1, and a cell's column is its number.

What a column's Arrow type becomes:

- text (`String`, and `Categorical`/`Enum`, which are text stored once per distinct value),
  and a column of nulls only (`Null`): text cells;
- numbers (integers, floats, `Decimal`): numbers as stored in the numeric columns, their
  decimal text elsewhere (a year stored as 2024.5 is then no whole number); a `Float32` is the
  shortest decimal that reads back as it (86.3, never 86.30000305175781), negative zero is 0;
- `Boolean`: `true`/`false`; `Date`: the day, ISO; `Datetime`: in the `date` and `period`
  columns the day when its time is midnight (as pandas writes dates), else its full text,
  which no rule reads as a day;
- anything else is refused with the column and its type (`parquet.column_type`): `Time` (a
  time of day) and `Duration` (a length of time) measure no date or value, `Binary` is bytes
  in no known encoding, `List`, `Array` and `Struct` hold several values in one cell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl

from dxgap.data.numbers import stored_number
from dxgap.data.table import NUMERIC, GridLocator, Table, check_header, first_line
from dxgap.errors import InputError, Problem
from dxgap.text import Msg

_TEXT = (pl.String, pl.Categorical, pl.Enum, pl.Null)
"""Types read as text cells."""


def _cells(name: str, dtype: pl.DataType) -> pl.Expr | None:
    """A column as text cells, or None for a type no cell rule reads."""
    column = pl.col(name)
    if dtype == pl.String:
        return column
    if isinstance(dtype, _TEXT) or dtype.is_numeric() or dtype in (pl.Boolean, pl.Date):
        return column.cast(pl.String)
    if isinstance(dtype, pl.Datetime):
        if name not in ("date", "period"):
            return column.cast(pl.String)
        midnight = column.dt.time() == pl.time(0)
        return (
            pl.when(midnight)
            .then(column.dt.date().cast(pl.String))
            .otherwise(column.cast(pl.String))
        )
    return None


def typed_columns(
    schema: pl.Schema, refusal: Callable[[int, str, Msg], Problem]
) -> tuple[list[pl.Expr], set[str]]:
    """The expressions that read columns of typed storage (Parquet, a database's result) as
    text cells, with each numeric value column also as stored (`_num_<column>`), and the names
    of those numeric columns. `InputError` listing every column of a type no cell rule reads,
    each located by `refusal(index, name, msg)`."""
    exprs: list[pl.Expr] = []
    native: set[str] = set()
    refused: list[Problem] = []
    for i, (name, dtype) in enumerate(schema.items()):
        cells = _cells(name, dtype)
        if cells is None:
            refused.append(
                refusal(i, name, Msg("parquet.column_type", column=name, dtype=str(dtype)))
            )
            continue
        exprs.append(cells.alias(name))
        if name in NUMERIC and dtype.is_numeric():
            native.add(name)
            exprs.append(stored_number(pl.col(name), dtype).alias(f"_num_{name}"))
    if refused:
        raise InputError(refused)
    return exprs, native


def read_parquet(path: Path, display: str) -> Table:
    """A Parquet file as text cells (and its numeric columns as stored); `InputError` for a
    file Polars cannot read, a bad header or a column of a type no cell rule reads (see the
    module docstring)."""
    try:
        frame = pl.scan_parquet(path, glob=False)
        schema = frame.collect_schema()
    except (pl.exceptions.PolarsError, OSError) as e:
        msg = Msg("parquet.unreadable", reason=first_line(e))
        raise InputError.single(display, msg, 1, 1) from None
    columns = list(schema.names())
    check_header(columns, range(1, len(columns) + 1), display)
    exprs, native = typed_columns(
        schema, lambda i, name, msg: Problem(display, msg, 1, i + 1, name)
    )
    return Table(
        display,
        columns,
        frame.select(exprs).with_row_index("_row"),
        GridLocator(first=1, unreadable="parquet.unreadable"),
        native=frozenset(native),
        stored=frame.with_row_index("_row"),
    )
