"""Excel workbooks (.xlsx): one sheet read into memory as text cells, numbers kept as stored.
Row 1 is the header, so data row 0 is spreadsheet row 2; a cell's column is its number."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import polars as pl

from dxgap.data.table import NUMERIC, GridLocator, Table, check_header
from dxgap.errors import InputError
from dxgap.text import Msg


def cell_text(value: Any) -> str | None:
    """A cell as text, as a person reads it in Excel: whole numbers without `.0`, dates ISO."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _number(value: Any) -> float | None:
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if is_number else None


def _rows(ws: Any, display: str) -> tuple[list[str], pl.LazyFrame]:
    """The header and the cells of a worksheet (text, and `_num_<col>` for numeric columns)."""
    rows = ws.iter_rows(values_only=True)
    header = next(rows, None)
    if header is None or all(c is None for c in header):
        raise InputError.single(display, Msg("xlsx.empty_sheet"), 1, 1)
    while header and header[-1] is None:
        header = header[:-1]
    columns = [str(c).strip() if c is not None else "" for c in header]
    check_header(columns, range(1, len(columns) + 1), display)
    text: dict[str, list[str | None]] = {c: [] for c in columns}
    native: dict[str, list[float | None]] = {c: [] for c in NUMERIC if c in columns}
    for row in rows:
        cells = list(row[: len(columns)]) + [None] * (len(columns) - len(row))
        for name, value in zip(columns, cells, strict=True):
            text[name].append(cell_text(value))
            if name in native:
                native[name].append(_number(value))
    frame = pl.LazyFrame(
        {
            **{c: pl.Series(c, v, dtype=pl.String) for c, v in text.items()},
            **{f"_num_{c}": pl.Series(v, dtype=pl.Float64) for c, v in native.items()},
        }
    )
    return columns, frame


def read_xlsx(path: Path, display: str, sheet: str | None) -> Table:
    """Sheet `sheet` of a workbook (its first sheet when None) as text cells; `InputError` for a
    file that is not a workbook, a missing sheet or a bad header."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise InputError.single(display, Msg("xlsx.unreadable", reason=str(e)), 1, 1) from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            msg = Msg("xlsx.no_sheet", sheet=sheet, sheets=list(workbook.sheetnames))
            raise InputError.single(display, msg, 1, 1)
        ws = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        columns, frame = _rows(ws, display)
    finally:
        workbook.close()
    locator = GridLocator(first=2, unreadable="xlsx.unreadable")
    return Table(display, columns, frame.with_row_index("_row"), locator, screenable=False)
