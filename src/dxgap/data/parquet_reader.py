"""Parquet files, scanned lazily. Text columns are checked like CSV cells; typed number columns
(year as integers, value/numerator/denominator as numbers) need no parsing. Parquet has no
header line: data row 0 is row 1, and a cell's column is its number."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from dxgap.data.table import NUMERIC, GridLocator, Table, check_header, first_line
from dxgap.errors import InputError
from dxgap.text import Msg


def read_parquet(path: Path, display: str) -> Table:
    """A Parquet file as text cells (and its numeric columns as stored); `InputError` for a
    file Polars cannot read, a bad header or a column of another type (lists, structs)."""
    try:
        frame = pl.scan_parquet(path, glob=False)
        schema = frame.collect_schema()
    except (pl.exceptions.PolarsError, OSError) as e:
        msg = Msg("parquet.unreadable", reason=first_line(e))
        raise InputError.single(display, msg, 1, 1) from None
    columns = list(schema.names())
    check_header(columns, range(1, len(columns) + 1), display)
    exprs: list[pl.Expr] = []
    native: set[str] = set()
    for i, (name, dtype) in enumerate(schema.items()):
        if dtype == pl.String:
            exprs.append(pl.col(name))
        elif dtype.is_numeric() or dtype == pl.Boolean or dtype.is_temporal():
            exprs.append(pl.col(name).cast(pl.String))
            if name in NUMERIC and dtype.is_numeric():
                native.add(name)
                exprs.append(pl.col(name).cast(pl.Float64).alias(f"_num_{name}"))
        else:
            msg = Msg("parquet.column_type", column=name, dtype=str(dtype))
            raise InputError.single(display, msg, 1, i + 1, name)
    return Table(
        display,
        columns,
        frame.select(exprs).with_row_index("_row"),
        GridLocator(first=1, unreadable="parquet.unreadable"),
        native=frozenset(native),
        stored=frame.with_row_index("_row"),
    )
