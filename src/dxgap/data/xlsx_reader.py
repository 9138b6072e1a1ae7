"""Excel workbooks (.xlsx): one sheet read into memory as text cells, numbers kept as stored.
Row 1 is the header, so data row 0 is spreadsheet row 2; a cell is located as Excel names it,
`Sheet!C5`.

A cell is read as it was meant, which is not always as it is stored:

- a percentage-formatted number (Excel shows `20%`, stores 0.2) is the percentage shown, 20:
  the value meant for a percent indicator, and a fault for any other (`xlsx.percent_cell`);
- a date-formatted cell where a number belongs (year, value, numerator, denominator) is a
  fault (`xlsx.date_cell`), never a day count or the date's text;
- a formula is its result as the spreadsheet program computed and saved it; a formula without
  one (a workbook written by a program and never opened in Excel or LibreOffice) is a fault
  (`xlsx.formula_not_computed`), never an empty cell.

Faults are given per cell in `_fault_<col>` and reported by the cell rules (`rules`).
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from dxgap.data.table import COLUMNS, NUMERIC, GridLocator, Table, check_header
from dxgap.errors import InputError, Problem
from dxgap.text import Msg

NUMBER_CELLS = ("year", *NUMERIC)
"""Columns whose cells are numbers: a date or a percentage format there is a fault."""

_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')  # quoted text, escapes, [colours]/[conditions]

Cell = tuple[Any, str, bool]
"""A cell as stored: its value, its number format, whether it is a formula."""


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
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def is_percent(number_format: str) -> bool:
    """Whether a number format shows numbers as percentages (a `%` that is not quoted text,
    escaped or in brackets: `0.0"%"` shows 20 as `20.0%` without scaling it)."""
    return "%" in _LITERALS.sub("", number_format)


def as_percent(value: float) -> float:
    """The percentage a cell shows for the fraction it stores, exactly as decimals write it:
    0.2 → 20 (not 20.000000000000004), 0.863 → 86.3."""
    return float(decimal.Decimal(repr(float(value))).scaleb(2))


def _read(
    value: Any, number_format: str, column: str
) -> tuple[str | None, float | None, str | None]:
    """(text, number as stored or meant, fault) of a cell's value in `column`."""
    if value is None or isinstance(value, str):  # most cells: nothing to convert
        return value, None, None
    number_cell = column in NUMBER_CELLS
    if isinstance(value, dt.date | dt.time | dt.timedelta):  # a date-formatted number
        return cell_text(value), None, "xlsx.date_cell" if number_cell else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return cell_text(value), None, None
    if is_percent(number_format):
        shown = as_percent(value)
        return f"{cell_text(shown)}%", shown, "xlsx.percent_cell" if number_cell else None
    return cell_text(value), float(value), None


def _grid(ws: Any) -> list[list[Cell]]:
    """Every row of a worksheet as stored (formulas as formulas). Number formats are looked up
    where they matter only: for formulas, and for numbers in the number columns."""
    rows = ws.iter_rows()
    header = [(c.value, "General", c.data_type == "f") for c in next(rows, ())]
    names = [str(value).strip() for value, _, _ in header]
    numeric = {i for i, name in enumerate(names) if name in NUMBER_CELLS}
    grid = [header]
    for row in rows:
        cells = []
        for i, c in enumerate(row):
            value, formula = c.value, c.data_type == "f"
            number = i in numeric and isinstance(value, int | float) and not isinstance(value, bool)
            cells.append((value, c.number_format if formula or number else "General", formula))
        grid.append(cells)
    return grid


def _computed(path: Path, sheet: str, wanted: set[tuple[int, int]]) -> dict[tuple[int, int], Any]:
    """The results saved with the formulas at `wanted` (row, column; 0-based) of a sheet."""
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        found = {}
        last = max(r for r, _ in wanted)
        for r, row in enumerate(workbook[sheet].iter_rows(values_only=True)):
            if r > last:
                break
            found.update({(r, c): v for c, v in enumerate(row) if (r, c) in wanted})
        return found
    finally:
        workbook.close()


def _resolved(path: Path, sheet: str, grid: list[list[Cell]]) -> list[list[Cell]]:
    """The grid with each formula's saved result in place of the formula; a formula without
    one stays a formula."""
    wanted = {(r, c) for r, row in enumerate(grid) for c, (_, _, f) in enumerate(row) if f}
    if not wanted:
        return grid
    results = _computed(path, sheet, wanted)
    for r, c in wanted:
        value, number_format, _ = grid[r][c]
        result = results.get((r, c))
        if result is not None:
            grid[r][c] = (result, number_format, False)
        else:
            grid[r][c] = (str(getattr(value, "text", value)), number_format, True)
    return grid


def _columns(grid: list[list[Cell]], display: str, sheet: str) -> list[str]:
    """The header row's column names, checked."""
    header = [cell_text(value) for value, _, _ in grid[0]] if grid else []
    if not header or all(c is None for c in header):
        raise InputError([Problem(display, Msg("xlsx.empty_sheet"), 1, 1, sheet=sheet)])
    while header and header[-1] is None:
        header = header[:-1]
    columns = [c.strip() if c is not None else "" for c in header]
    check_header(columns, range(1, len(columns) + 1), display, sheet)
    return columns


def _frame(grid: Sequence[list[Cell]], columns: list[str]) -> pl.LazyFrame:
    """The data rows as text cells, `_num_<col>` for numeric columns and `_fault_<col>`."""
    text: dict[str, list[str | None]] = {c: [] for c in columns}
    native: dict[str, list[float | None]] = {c: [] for c in NUMERIC if c in columns}
    faults: dict[str, list[str | None]] = {c: [] for c in columns if c in COLUMNS}
    blank: Cell = (None, "General", False)
    for row in grid:
        cells = row[: len(columns)] + [blank] * (len(columns) - len(row))
        for name, (value, number_format, formula) in zip(columns, cells, strict=True):
            shown, number, fault = (
                (value, None, "xlsx.formula_not_computed")
                if formula
                else _read(value, number_format, name)
            )
            text[name].append(shown)
            if name in native:
                native[name].append(number)
            if name in faults:
                faults[name].append(fault)
    return pl.LazyFrame(
        {
            **{c: pl.Series(c, v, dtype=pl.String) for c, v in text.items()},
            **{f"_num_{c}": pl.Series(v, dtype=pl.Float64) for c, v in native.items()},
            **{
                f"_fault_{c}": pl.Series(v, dtype=pl.String)
                for c, v in faults.items()
                if any(f is not None for f in v)
            },
        }
    )


def read_xlsx(path: Path, display: str, sheet: str | None) -> Table:
    """Sheet `sheet` of a workbook (its first sheet when None) as text cells; `InputError` for a
    file that is not a workbook, a missing sheet or a bad header."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise InputError.single(display, Msg("xlsx.unreadable", reason=str(e)), 1, 1) from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            msg = Msg("xlsx.no_sheet", sheet=sheet, sheets=list(workbook.sheetnames))
            raise InputError.single(display, msg, 1, 1)
        ws = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        title = ws.title
        grid = _grid(ws)
    finally:
        workbook.close()
    grid = _resolved(path, title, grid)
    columns = _columns(grid, display, title)
    frame = _frame(grid[1:], columns)
    locator = GridLocator(first=2, unreadable="xlsx.unreadable")
    return Table(
        display, columns, frame.with_row_index("_row"), locator, screenable=False, sheet=title
    )
