"""Excel workbooks (.xlsx): one sheet read into memory as text cells, numbers kept as stored.
Row 1 is the header, so data row 0 is spreadsheet row 2; a cell is located as Excel names it,
`Sheet!C5`. The sheet is the one the sidecar names, else the first visible worksheet (a warning
names the hidden sheets skipped; chart sheets are never read). A workbook is bounded before it
is read: `MAX_INFLATED` bytes unpacked, `MAX_ROWS` rows; a damaged one (broken XML, a missing
part, a DTD) is "not a readable workbook".

A cell is read as it was meant, which is not always as it is stored:

- a percentage-formatted number (Excel shows `20%`, stores 0.2) is the percentage shown, 20:
  the value meant for a percent indicator, and a fault for any other (`xlsx.percent_cell`);
- a date-formatted cell where a number belongs (year, value, numerator, denominator, out_of)
  is a fault (`xlsx.date_cell`), never a day count or the date's text;
- a date cell in `period` is the day it holds when its format shows the day; else it is a fault
  (`xlsx.period_date_cell`): Excel turns a typed `2024-01` into 1 January 2024 shown `Jan-24`,
  a month that must not become a day;
- a formula is its result as the spreadsheet program computed and saved it; a formula without
  one (a workbook written by a program and never opened in Excel or LibreOffice) is a fault
  (`xlsx.formula_not_computed`), never an empty cell. So is every formula of a workbook that
  says its saved results are no results: `fullCalcOnLoad` (recalculate all when opened — what
  XlsxWriter writes, with 0 saved as every formula's result) or `calcCompleted="0"` (saved
  before the calculation finished).

Faults are given per cell in `_fault_<col>` and reported by the cell rules (`rules`).
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import polars as pl

from dxgap.data.table import COLUMNS, NUMERIC, GridLocator, Table, check_header, first_line
from dxgap.errors import InputError, Problem
from dxgap.text import Msg, excerpt

NUMBER_CELLS = ("year", *NUMERIC, "out_of")
"""Columns whose cells are numbers: a date or a percentage format there is a fault."""

_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')  # quoted text, escapes, [colours]/[conditions]

Cell = tuple[Any, str, bool]
"""A cell as stored: its value, its number format, whether it is a formula."""

MAX_INFLATED = 128 * 2**20
"""Bytes a workbook's parts may unpack to, all together (128 MiB: a sheet of `MAX_ROWS` rows
of every column, text written inline in each cell, takes about 100 MiB). Checked on the sizes
the zip directory declares, before anything is unpacked; Python's zipfile never unpacks a part
past its declared size (more is a broken file). A 2 MB workbook unpacking to 2 GB of spaces
is refused at once instead of holding 4 GB of memory."""

MAX_ROWS = 100_000
"""Rows of a sheet dxgap reads after the header, empty ones included (a sheet's `<dimension>`
and its rows' numbers may claim a million rows that are not there, and a workbook is read
into memory): a workbook of 100,000 rows takes a few seconds; larger data belongs in CSV or
Parquet, which are streamed."""

_UNREADABLE: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    SyntaxError,  # xml.etree's ParseError: broken XML, entities (XXE, billion laughs) refused
    LookupError,  # a part the workbook names is missing
    ValueError,
    TypeError,
    AttributeError,
    RecursionError,
    EOFError,
    OSError,
)
"""What openpyxl raises on a damaged or hostile workbook: "not a readable workbook", never an
internal error."""


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


def _shows_day(number_format: str) -> bool:
    """Whether a date format shows the day of the month (`d`, `dd`, outside quoted text and
    brackets; Excel's built-in date formats, like `General` for a date openpyxl reads, do)."""
    shown = _LITERALS.sub("", number_format).lower()
    return "d" in shown or number_format in ("General", "")


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
        if column == "period" and not _shows_day(number_format):
            return cell_text(value), None, "xlsx.period_date_cell"
        return cell_text(value), None, "xlsx.date_cell" if number_cell else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return cell_text(value), None, None
    if is_percent(number_format):
        shown = as_percent(value) + 0.0  # + 0.0: negative zero is 0
        return f"{cell_text(shown)}%", shown, "xlsx.percent_cell" if number_cell else None
    return cell_text(value), float(value) + 0.0, None


def _unreadable(display: str, error: Exception) -> InputError:
    """A workbook openpyxl could not read, and why: a damaged zip archive, XML that is not
    well-formed (its position), else the first line of the innermost error (openpyxl wraps
    errors in one that names the file's absolute path)."""
    while isinstance(error.__cause__, Exception):
        error = error.__cause__
    reason: Msg | str = first_line(error)
    if isinstance(error, zipfile.BadZipFile | zipfile.LargeZipFile | zlib.error | EOFError):
        reason = Msg("xlsx.broken_zip")
    elif isinstance(error, SyntaxError) and hasattr(error, "position"):  # xml.etree ParseError
        line, column = error.position
        reason = Msg("xlsx.broken_xml", line=line, column=column + 1)
    return InputError.single(display, Msg("xlsx.unreadable", reason=reason), 1, 1)


_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY")
_PROLOG = 65_536
"""Bytes of each XML part searched for a DTD (it must come before the root element)."""


def _check_parts(path: Path, display: str) -> None:
    """Refuse a workbook whose parts unpack to more than `MAX_INFLATED` bytes, before any is
    unpacked; then one whose XML parts declare a DTD (entities: no spreadsheet program writes
    one, and it is how XXE and "billion laughs" attacks begin), before openpyxl parses any."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            size = sum(info.file_size for info in infos)
            if size > MAX_INFLATED:
                msg = Msg("xlsx.too_large", size=size, limit=MAX_INFLATED)
                raise InputError.single(display, msg, 1, 1)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with archive.open(info) as part:
                        if _DTD.search(part.read(_PROLOG)):
                            reason = Msg("xlsx.dtd", part=excerpt(info.filename))
                            msg = Msg("xlsx.unreadable", reason=reason)
                            raise InputError.single(display, msg, 1, 1)
    except _UNREADABLE as e:
        raise _unreadable(display, e) from None


def _skip_chartsheet(sheet: object, rel: object) -> None:
    """Chart sheets hold no data (and openpyxl fails on some): not read."""


_CALC_PROPERTIES = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?calcPr\b[^>]*>")
_STALE = (
    re.compile(rb"\sfullCalcOnLoad\s*=\s*[\"'](?:1|true|on)[\"']"),
    re.compile(rb"\scalcCompleted\s*=\s*[\"'](?:0|false|off)[\"']"),
)


def _results_stale(reader: Any) -> bool:
    """Whether the workbook says the results saved with its formulas are not results: its
    calculation properties ask for a full recalculation when it is opened (`fullCalcOnLoad`:
    XlsxWriter writes it and saves 0 as every formula's result, openpyxl writes it and saves
    none) or say it was saved before the calculation finished (`calcCompleted="0"`). Excel and
    LibreOffice write neither when they save a workbook they calculated. Read from the
    workbook part itself: openpyxl's defaults would claim `fullCalcOnLoad` for any workbook."""
    part = reader.archive.read(reader.parser.workbook_part_name)
    found = _CALC_PROPERTIES.search(part)
    return found is not None and any(stale.search(found[0]) for stale in _STALE)


def _read_workbook(reader: Any, read: Callable[[], None], display: str) -> None:
    """openpyxl's reading of the workbook part, then an `InputError` for a sheet it lists
    without a relationship id (a damaged workbook), which openpyxl would drop with a warning."""
    read()
    nameless = [sheet.name for sheet in reader.parser.sheets if not sheet.id]
    if nameless:
        msg = Msg("xlsx.sheet_missing", sheet=excerpt(str(nameless[0])), part="r:id")
        raise InputError.single(display, msg, 1, 1)


@contextmanager
def _workbook(path: Path, display: str, data_only: bool) -> Iterator[Any]:
    """The workbook, read-only, without its chart sheets and external links; `InputError` when
    a worksheet it lists has no part in the file (openpyxl would skip it silently). The file is
    opened here and closed on leaving, whatever openpyxl left open on an error. The workbook
    carries `results_stale` (`_results_stale`)."""
    from openpyxl.reader.excel import ExcelReader

    with path.open("rb") as source:
        reader = ExcelReader(source, read_only=True, data_only=data_only, keep_links=False)
        reader.read_chartsheet = _skip_chartsheet
        reader.read_workbook = partial(_read_workbook, reader, reader.read_workbook, display)
        reader.read()
        missing = [
            (sheet.name, rel.target)
            for sheet, rel in reader.parser.find_sheets()
            if rel.target not in reader.valid_files and "chartsheet" not in rel.Type
        ]
        if missing:
            name, part = missing[0]
            msg = Msg("xlsx.sheet_missing", sheet=name, part=excerpt(part))
            raise InputError.single(display, msg, 1, 1)
        reader.wb.results_stale = _results_stale(reader)
        try:
            yield reader.wb
        finally:
            reader.wb.close()


def _sheet(workbook: Any, display: str, sheet: str | None) -> tuple[Any, Problem | None]:
    """The worksheet to read: the one named, else the first visible one (a warning names the
    hidden sheets skipped before it)."""
    sheets = workbook.worksheets
    titles = [ws.title for ws in sheets]
    sidecar = display + ".yaml"
    if sheet is not None:
        if sheet not in titles:
            msg = Msg("xlsx.no_sheet", sheet=sheet, sheets=[excerpt(t) for t in titles])
            raise InputError.single(display, msg, 1, 1)
        return sheets[titles.index(sheet)], None
    if not sheets:
        raise InputError.single(display, Msg("xlsx.no_worksheet"), 1, 1)
    visible = [i for i, ws in enumerate(sheets) if ws.sheet_state == "visible"]
    if not visible:
        msg = Msg("xlsx.no_visible_sheet", sheets=[excerpt(t) for t in titles], sidecar=sidecar)
        raise InputError.single(display, msg, 1, 1)
    chosen = sheets[visible[0]]
    if not visible[0]:
        return chosen, None
    hidden = [excerpt(t) for t in titles[: visible[0]]]
    msg = Msg("xlsx.hidden_sheets", sheet=chosen.title, hidden=hidden, sidecar=sidecar)
    return chosen, Problem(display, msg, 1, 1, severity="warning", sheet=excerpt(chosen.title))


def _grid(ws: Any, display: str) -> list[list[Cell]]:
    """Every row of a worksheet as stored (formulas as formulas), as wide as its header row, at
    most `MAX_ROWS` after it. Number formats are looked up where they matter only: for
    formulas, for numbers in the number columns and for dates in `period`."""
    ws.reset_dimensions()  # its <dimension> may claim any size: never pad rows to it
    first = ws.iter_rows(max_row=1)
    header = [(c.value, "General", c.data_type == "f") for c in next(first, ())]
    first.close()
    if all(value is None for value, _, _ in header):
        msg = Msg("xlsx.empty_sheet")
        raise InputError([Problem(display, msg, 1, 1, sheet=excerpt(ws.title))])
    names = [str(value).strip() for value, _, _ in header]
    numeric = {i for i, name in enumerate(names) if name in NUMBER_CELLS}
    periods = {i for i, name in enumerate(names) if name == "period"}
    grid = [header]
    for n, row in enumerate(ws.iter_rows(min_row=2, max_col=len(header)), start=1):
        if n > MAX_ROWS:
            msg = Msg("xlsx.too_many_rows", limit=MAX_ROWS)
            raise InputError([Problem(display, msg, n + 1, 1, sheet=excerpt(ws.title))])
        cells = []
        for i, c in enumerate(row):
            value, formula = c.value, c.data_type == "f"
            number = i in numeric and isinstance(value, int | float) and not isinstance(value, bool)
            day = i in periods and isinstance(value, dt.date)  # does its format show the day?
            shown = formula or number or day
            cells.append((value, c.number_format if shown else "General", formula))
        grid.append(cells)
    return grid


def _computed(
    path: Path, display: str, sheet: str, wanted: set[tuple[int, int]], width: int
) -> dict[tuple[int, int], Any]:
    """The results saved with the formulas at `wanted` (row, column; 0-based) of a sheet."""
    with _workbook(path, display, data_only=True) as workbook:
        ws = workbook[sheet]
        ws.reset_dimensions()
        found = {}
        last = max(r for r, _ in wanted)
        for r, row in enumerate(ws.iter_rows(max_row=last + 1, max_col=width, values_only=True)):
            found.update({(r, c): v for c, v in enumerate(row) if (r, c) in wanted})
        return found


def _resolved(
    path: Path, display: str, sheet: str, grid: list[list[Cell]], stale: bool
) -> list[list[Cell]]:
    """The grid with each formula's saved result in place of the formula; a formula without
    one — every formula, when the workbook says its results are `stale` — stays a formula."""
    wanted = {(r, c) for r, row in enumerate(grid) for c, (_, _, f) in enumerate(row) if f}
    results = _computed(path, display, sheet, wanted, len(grid[0])) if wanted and not stale else {}
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


@contextmanager
def _noting(notes: Sequence[Problem]) -> Iterator[None]:
    """`notes` (warnings) added to any `InputError` raised inside: told with the errors too."""
    try:
        yield
    except InputError as e:
        raise InputError([*e.problems, *notes]) from None


def _read_sheet(
    path: Path, display: str, sheet: str | None, notes: list[Problem]
) -> tuple[str, list[list[Cell]]]:
    """(the title of the sheet read, its rows with formulas resolved), and in `notes` the
    warning about hidden sheets skipped; `InputError` for a workbook openpyxl cannot read, a
    missing sheet, or too many rows."""
    try:
        with _workbook(path, display, data_only=False) as workbook:
            ws, note = _sheet(workbook, display, sheet)
            notes.extend([note] if note is not None else [])
            title, stale = ws.title, workbook.results_stale
            grid = _grid(ws, display)
        return title, _resolved(path, display, title, grid, stale)
    except _UNREADABLE as e:
        raise _unreadable(display, e) from None


def read_xlsx(path: Path, display: str, sheet: str | None) -> Table:
    """Sheet `sheet` of a workbook (its first visible worksheet when None) as text cells;
    `InputError` for a file that is not a readable workbook, is larger than `MAX_INFLATED` or
    `MAX_ROWS` allow, lacks the sheet, or has a bad header (with the warning about hidden
    sheets skipped, if any)."""
    _check_parts(path, display)
    notes: list[Problem] = []
    with _noting(notes):
        title, grid = _read_sheet(path, display, sheet, notes)
        columns = _columns(grid, display, excerpt(title))
    frame = _frame(grid[1:], columns)
    locator = GridLocator(first=2, unreadable="xlsx.unreadable")
    return Table(
        display,
        columns,
        frame.with_row_index("_row"),
        locator,
        screenable=False,
        sheet=excerpt(title),  # where problems are: a sheet's name is quoted as a cell is
        notes=tuple(notes),
    )
