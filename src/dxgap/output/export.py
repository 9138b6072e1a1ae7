"""Tables written for machines and spreadsheets: CSV, JSON, NDJSON and Markdown text, Parquet and
xlsx files, one file or one per province.

Files are built in memory and written in one step (`dxgap.files.write_bytes`): an error, a full
disk or Ctrl-C leaves any existing file byte-identical and no temporary file behind. Numbers are never localised in CSV, JSON, NDJSON, Parquet or
xlsx cells; Markdown (for pasting into a report) writes them as people read them, in the
language of the command.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import polars as pl

from dxgap.errors import OutputError, UsageError
from dxgap.files import os_reason, write_bytes
from dxgap.output.sheets import Sheet, human_text, machine_sheet
from dxgap.results import Export
from dxgap.text import UNSAFE_PATTERN, Msg, printable
from dxgap.text.fmt import MEASURED_COLUMNS, compact

FORMATS: tuple[str, ...] = ("csv", "json", "ndjson", "parquet", "xlsx", "opensdg")
"""Every --format of export; opensdg writes a folder (dxgap.opensdg.writer), the others a file."""
TEXT_FORMATS: tuple[str, ...] = ("csv", "json", "ndjson", "markdown")
_SUFFIX = {
    ".csv": "csv",
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".parquet": "parquet",
    ".xlsx": "xlsx",
    ".md": "markdown",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def infer_format(path: str) -> str:
    """The format named by a file's extension (`gaps.parquet` → parquet); `UsageError` if none."""
    fmt = _SUFFIX.get(Path(path).suffix.lower())
    if fmt is None:
        raise UsageError(Msg("usage.format_unknown", path=path, formats=list(FORMATS)))
    return fmt


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


SIGNIFICANT_DIGITS = 15
"""Digits a figure as read keeps in CSV, JSON and NDJSON text (a value, a baseline, a target):
Excel's precision, enough to carry every figure a file can give exactly and few enough to drop
binary noise. Parquet and xlsx cells keep the float as computed."""

DERIVED_DIGITS = 12
"""Digits a figure dxgap computes keeps in the same text (a gap, a progress, a pace, a
projection): the difference of two figures near 100 carries binary noise from the 15th digit
(100 − 98.4 is 1.5999999999999943, written 1.59999999999999 at 15 digits; 50 − 45.8 is
4.200000000000003); at 12 they are 1.6 and 4.2, more digits than any published method reports."""

READ_COLUMNS = MEASURED_COLUMNS | {"numerator", "denominator"}
"""Columns holding a figure as a data or target file gave it (kept to `SIGNIFICANT_DIGITS`):
the formatter's `MEASURED_COLUMNS` and a rate's counts."""


def tidy_floats(df: pl.DataFrame) -> pl.DataFrame:
    """`df` with every float column rounded: a figure as read (`READ_COLUMNS`) to
    `SIGNIFICANT_DIGITS` significant digits, a computed one to `DERIVED_DIGITS`."""
    floats = [c for c, t in df.schema.items() if t.is_float()]
    if not floats:
        return df
    return df.with_columns(
        pl.col(c).round_sig_figs(SIGNIFICANT_DIGITS if c in READ_COLUMNS else DERIVED_DIGITS)
        for c in floats
    )


def _rows(df: pl.DataFrame) -> list[dict[str, Any]]:
    return [{k: _clean(v) for k, v in row.items()} for row in tidy_floats(df).iter_rows(named=True)]


def to_json(df: pl.DataFrame) -> str:
    """A list of objects, one per row, keys in column order; nulls (and NaN) as null; floats
    rounded as `tidy_floats` says."""
    return json.dumps(_rows(df), ensure_ascii=False, indent=2) + "\n"


def to_ndjson(df: pl.DataFrame) -> str:
    """One JSON object per line (for streaming consumers and `jq -c`)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows(df))


def defuse_formulas(df: pl.DataFrame) -> pl.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula (=, +, -, @) with an apostrophe."""

    def defused(name: str) -> pl.Expr:
        col = pl.col(name)
        risky = pl.any_horizontal([col.str.starts_with(c) for c in _FORMULA_START])
        return pl.when(risky).then(pl.lit("'") + col).otherwise(col).alias(name)

    return df.with_columns([defused(c) for c, t in df.schema.items() if t == pl.String])


def to_csv(df: pl.DataFrame, excel_compatible: bool = False) -> str:
    """UTF-8 CSV with a header; nulls as empty cells; floats rounded as `tidy_floats` says.
    Excel mode: BOM, formulas defused."""
    df = tidy_floats(df)
    if excel_compatible:
        return "\ufeff" + defuse_formulas(df).write_csv()
    return df.write_csv()


def to_markdown(df: pl.DataFrame, lang: str) -> str:
    """A GitHub-flavoured Markdown table (for pasting into reports and issues); numbers with
    about four significant digits, written the way `lang` writes them."""

    def cell(v: Any) -> str:
        if v is None:
            return ""
        if isinstance(v, float):
            return compact(v, lang)
        return str(v).replace("|", "\\|").replace("\n", " ")

    header = " | ".join(cell(" ".join(c.split())) for c in df.columns)  # one line, as a row
    lines = ["| " + header + " |", "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in df.iter_rows()]
    return "\n".join(lines) + "\n"


def human_markdown(
    export: Export, lang: str, above: Sequence[str] = (), below: Sequence[str] = ()
) -> str:
    """A table for pasting into a report: `export` as people read it (headers, names, goals,
    figures and statuses in `lang`, `output.sheets.human_text`) as Markdown, with the
    paragraphs `above` it (its title) and `below` it (a summary)."""
    head = "".join(f"{' '.join(line.split())}\n\n" for line in above)
    tail = "".join(f"\n{' '.join(line.split())}\n" for line in below)
    return head + to_markdown(human_text(export, lang), lang) + tail


def render_text(df: pl.DataFrame, fmt: str, lang: str, excel_compatible: bool = False) -> str:
    """A frame in one of the text formats (`TEXT_FORMATS`)."""
    if fmt == "csv":
        return to_csv(df, excel_compatible)
    if fmt == "json":
        return to_json(df)
    if fmt == "ndjson":
        return to_ndjson(df)
    if fmt == "markdown":
        return to_markdown(df, lang)
    raise UsageError(Msg("usage.binary_to_stdout", format=fmt))


XLSX_MAX_ROWS = 1_048_575
"""Data rows a worksheet holds (Excel's 1,048,576 rows, less the header)."""


def _shown(df: pl.DataFrame) -> pl.DataFrame:
    """Text as a person sees it in a spreadsheet: control and bidi characters as escapes
    (`text.printable`); only the columns holding any are touched."""
    unsafe = [
        c
        for c, dtype in df.schema.items()
        if dtype == pl.String and df[c].str.contains(UNSAFE_PATTERN).any()
    ]
    return df.with_columns(
        pl.col(c).map_elements(printable, return_dtype=pl.String) for c in unsafe
    )


def workbook(sheets: Sequence[Sheet]) -> bytes:
    """A workbook of `sheets` in order (the first is the one a spreadsheet opens on), built in
    memory (no temporary files of the writer's own): a bold, frozen header row with a filter,
    columns as wide as their content (up to 60 characters), every number in the format of its
    column and unit (`Sheet.number_format`: years 2025, ranks 12, counts 52,000, percentages
    86.3). Text cells stay text: nothing becomes a formula, a link or a number, nothing is
    prefixed, and control characters are shown as escapes."""
    import xlsxwriter

    for sheet in sheets:
        _fits_a_sheet(sheet.frame)
    options = {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, options) as book:
        for sheet in sheets:
            _write_sheet(book, sheet)
    return buffer.getvalue()


def _fits_a_sheet(frame: pl.DataFrame) -> None:
    """`OutputError` when `frame` has more rows than a worksheet holds (`XLSX_MAX_ROWS`)."""
    if frame.height > XLSX_MAX_ROWS:
        raise OutputError(Msg("output.xlsx_rows", rows=frame.height, limit=XLSX_MAX_ROWS))


_MAX_WIDTH = 60


def _write_sheet(book: Any, sheet: Sheet) -> None:
    frame = _shown(sheet.frame)
    ws = book.add_worksheet(sheet.name)
    header = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    formats: dict[str, Any] = {}

    def number(code: str) -> Any:
        if code not in formats:
            formats[code] = book.add_format({"num_format": code})
        return formats[code]

    widths = [len(str(name)) for name in frame.columns]
    ws.write_row(0, 0, frame.columns, header)
    for r, row in enumerate(frame.iter_rows(), start=1):
        for c, value in enumerate(row):
            if value is None or (isinstance(value, float) and not math.isfinite(value)):
                continue
            if isinstance(value, bool):
                ws.write_boolean(r, c, value)
                shown = 5
            elif isinstance(value, int | float):
                ws.write_number(r, c, value, number(sheet.number_format(c, r - 1)))
                shown = len(f"{value:,.1f}") if isinstance(value, float) else len(f"{value:,}")
            else:
                text = str(value)
                ws.write_string(r, c, text)
                shown = len(text)
            widths[c] = max(widths[c], shown)
    for c, width in enumerate(widths):
        ws.set_column(c, c, min(width, _MAX_WIDTH) + 2)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(frame.height, 1), max(len(frame.columns) - 1, 0))


Sheets = Callable[[pl.DataFrame], list[Sheet]]
"""Makes the sheets of a workbook from (part of) the exported table."""


def encode(
    df: pl.DataFrame,
    fmt: str,
    lang: str,
    excel_compatible: bool = False,
    sheet: str = "data",
    sheets: Sheets | None = None,
) -> bytes:
    """`df` as the bytes of a file in `fmt` (`FORMATS` or markdown), built in memory so that
    writing them is one step that can fail cleanly. A workbook holds the sheets `sheets` makes
    of `df` (by default `df` alone, on the sheet named `sheet`)."""
    if fmt == "parquet":
        buffer = io.BytesIO()
        df.write_parquet(buffer)
        return buffer.getvalue()
    if fmt == "xlsx":
        _fits_a_sheet(df)  # each sheet holds a row per row of `df`: refused before they are made
        return workbook(sheets(df) if sheets is not None else [machine_sheet(df, sheet)])
    return render_text(df, fmt, lang, excel_compatible).encode("utf-8")


def write_frame(
    df: pl.DataFrame,
    path: Path,
    fmt: str,
    lang: str = "en",
    *,
    excel_compatible: bool = False,
    sheet: str = "data",
    sheets: Sheets | None = None,
) -> None:
    """Write `df` to `path` in `fmt` (see `dxgap.files.write_bytes`: never half a file);
    `OutputError` when it cannot be written or does not fit the format."""
    write_bytes(path, encode(df, fmt, lang, excel_compatible, sheet, sheets))


def split_paths(folder: Path, pids: Sequence[str], fmt: str) -> list[Path]:
    """`out/binh-duong.csv`, …: the files `write_split` writes, one per province."""
    return [folder / f"{pid}.{fmt}" for pid in pids]


def write_split(
    df: pl.DataFrame,
    pids: Sequence[str],
    folder: Path,
    fmt: str,
    lang: str = "en",
    *,
    excel_compatible: bool = False,
    sheet: str = "data",
    sheets: Sheets | None = None,
) -> Iterator[Path]:
    """Write one file per province into `folder` (made if its parent exists), yielding each
    path once written (for a progress display)."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(Msg("output.split_not_folder", path=str(folder)))
    if not folder.is_dir():
        if not folder.parent.is_dir():
            raise OutputError(Msg("output.no_folder", path=str(folder), folder=str(folder.parent)))
        try:
            folder.mkdir()
        except OSError as e:
            raise OutputError(
                Msg("output.cannot_write", path=str(folder), reason=os_reason(e))
            ) from e
    for pid, path in zip(pids, split_paths(folder, pids, fmt), strict=True):
        part = df.filter(pl.col("province") == pid)
        write_frame(
            part, path, fmt, lang, excel_compatible=excel_compatible, sheet=sheet, sheets=sheets
        )
        yield path
