"""Measured data: `data/*.csv` and `data/*.xlsx` read into typed frames, every bad cell located.

Checks run as vectorised Polars expressions over all rows at once; only the rows that fail are
located back to their line and column, so a large clean file costs one scan. A data file may
declare how it writes numbers in a sidecar `<file>.yaml` (`decimal: comma` for Vietnamese style).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import difflib
import io
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl
from pydantic import ValidationError

from dxgap.data import numbers as numberstyle
from dxgap.data import screen as screening
from dxgap.targets.rules import bound_owner, fmt_number, pydantic_problems
from dxgap.errors import InputError, Problem
from dxgap.frames import DETAIL_SCHEMA
from dxgap.files import decode, looks_utf16
from dxgap.targets.load import parse_yaml
from dxgap.targets.models import MAX_YEAR, MIN_YEAR, DataFileOptions, Indicator
from dxgap.data.numbers import Decimal, shown

REQUIRED = ("province", "indicator", "year")
OPTIONAL = ("value", "date", "source", "note", "area", "breakdown", "numerator", "denominator")
COLUMNS = REQUIRED + OPTIONAL
NUMERIC = ("value", "numerator", "denominator")
SUFFIXES = (".csv", ".xlsx", ".parquet")

MAX_HEADER_BYTES = 65_536


# --- reading a file into text columns ------------------------------------------------------


@dataclass
class RawTable:
    """A data file as text cells, with what is needed to point back into it."""

    display: str
    columns: list[str]
    frame: pl.LazyFrame  # every column as text, `_row` = 0-based data row, `_num_<col>` typed cells
    locate: Callable[[set[int]], dict[int, tuple[int, str]]]  # _row → (line, raw line text)
    spreadsheet: bool = False
    native: frozenset[str] = frozenset()  # numeric columns stored typed (Parquet): `_num_<col>`
    stored: pl.LazyFrame | None = None  # cells in their stored types, with `_row` (Parquet)

    def position(
        self, row: int, column: str, starts: dict[int, tuple[int, str]]
    ) -> tuple[int, int]:
        """(line, column) of a cell: character column in CSV, cell column number in xlsx."""
        line, raw_line = starts.get(row, (row + 2, ""))
        if column not in self.columns:
            return line, 1
        field = self.columns.index(column)
        return line, (field + 1 if self.spreadsheet else _char_column(raw_line, field))


def options_for(path: Path, display: str, default: Decimal) -> DataFileOptions:
    """The sidecar options of a data file (`x.csv.yaml`), else the command line's default."""
    sidecar = path.with_name(path.name + ".yaml")
    if not sidecar.is_file():
        return DataFileOptions(decimal=default)
    parsed = parse_yaml(sidecar, display + ".yaml")
    if parsed.data is None and not parsed.at.problems:
        return DataFileOptions(decimal=default)
    if parsed.at.problems:
        raise InputError(parsed.at.problems)
    try:
        return DataFileOptions.model_validate(parsed.data)
    except ValidationError as e:
        pydantic_problems(e, DataFileOptions, parsed.at)
        raise InputError(parsed.at.problems) from None


def _header_of(text: str, display: str) -> tuple[list[str], str, str]:
    first = text.split("\n", 1)[0].removesuffix("\r")
    if "\r" in first:
        raise InputError.single(
            display,
            "lines end with a bare carriage return (old Mac style); save with LF or CRLF endings",
            1,
            first.index("\r") + 1,
        )
    separator = _separator(first)
    try:
        columns = next(csv.reader([first], delimiter=separator))
    except (csv.Error, StopIteration) as e:
        raise InputError.single(display, f"cannot read the header line: {e}", 1, 1) from None
    return [c.strip() for c in columns], first, separator


def _separator(header: str) -> str:
    """Tab when the header line has tabs and no commas (Excel's "Unicode text"), else comma."""
    return "\t" if "\t" in header and "," not in header else ","


def _read_csv(path: Path, display: str) -> RawTable:
    with path.open("rb") as fh:
        head = fh.read(MAX_HEADER_BYTES + 1)
    if not head.strip(b" \t\r\n\x00"):
        raise InputError.single(
            display, "file is empty; expected a header line: " + ",".join(COLUMNS[:4]), 1, 1
        )
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and b"\x00" in head and not looks_utf16(head):
        raise InputError.single(
            display, "file holds binary data (NUL bytes), not CSV text; expected UTF-8 CSV", 1, 1
        )
    if not utf16 and looks_utf16(head):
        raise InputError.single(
            display, "file looks UTF-16 but has no byte-order mark; save it as UTF-8", 1, 1
        )
    if utf16:
        try:
            text = path.read_bytes().decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError.single(display, f"broken UTF-16: {e.reason}", 1, 1) from None
        text = text.removeprefix("\ufeff")
    else:
        first_line = head.split(b"\n", 1)[0]
        if b"\n" not in head and len(head) > MAX_HEADER_BYTES:
            raise InputError.single(
                display,
                f"the first line is longer than {MAX_HEADER_BYTES:,} bytes; "
                "is this a CSV file with a header?",
                1,
                1,
            )
        text = decode(first_line, display)  # the header only; the body is checked by Polars
    columns, header_line, separator = _header_of(text, display)
    _check_header(columns, header_line, separator, display)
    if utf16:
        frame = pl.read_csv(
            io.BytesIO(text.encode("utf-8")),
            infer_schema=False,
            separator=separator,
            truncate_ragged_lines=False,
            raise_if_empty=False,
        ).lazy()
        body = text
    else:
        frame = pl.scan_csv(
            path,
            infer_schema=False,
            separator=separator,
            truncate_ragged_lines=False,
            raise_if_empty=False,
            glob=False,
        )
        body = None

    def locate(wanted: set[int]) -> dict[int, tuple[int, str]]:
        source = body if body is not None else decode(path.read_bytes(), display)
        return _record_lines(source, wanted, separator)

    frame = frame.rename(dict(zip(frame.collect_schema().names(), columns, strict=False)))
    return RawTable(display, columns, frame.with_row_index("_row"), locate)


def _cell_text(value: Any) -> str | None:
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


def _read_xlsx(path: Path, display: str, sheet: str | None) -> RawTable:
    import zipfile

    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as e:
        raise InputError.single(display, f"not a readable .xlsx workbook: {e}", 1, 1) from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise InputError.single(
                display,
                f"no sheet {sheet!r}; the workbook has: {', '.join(workbook.sheetnames)}",
                1,
                1,
            )
        ws = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        if header is None or all(c is None for c in header):
            raise InputError.single(display, "the sheet is empty; expected a header row", 1, 1)
        while header and header[-1] is None:
            header = header[:-1]
        columns = [str(c).strip() if c is not None else "" for c in header]
        _check_header(columns, "", ",", display, spreadsheet=True)
        text: dict[str, list[str | None]] = {c: [] for c in columns}
        native: dict[str, list[float | None]] = {c: [] for c in NUMERIC if c in columns}
        for row in rows:
            cells = list(row[: len(columns)]) + [None] * (len(columns) - len(row))
            for name, value in zip(columns, cells, strict=True):
                text[name].append(_cell_text(value))
                if name in native:
                    is_number = isinstance(value, int | float) and not isinstance(value, bool)
                    native[name].append(float(value) if is_number else None)
    finally:
        workbook.close()
    frame = pl.LazyFrame(
        {
            **{c: pl.Series(c, v, dtype=pl.String) for c, v in text.items()},
            **{f"_num_{c}": pl.Series(v, dtype=pl.Float64) for c, v in native.items()},
        }
    ).with_row_index("_row")

    def locate(wanted: set[int]) -> dict[int, tuple[int, str]]:
        return {r: (r + 2, "") for r in wanted}

    return RawTable(f"{display}", columns, frame, locate, spreadsheet=True)


def _read_parquet(path: Path, display: str) -> RawTable:
    """A Parquet file, scanned lazily. Text columns are checked like CSV cells; typed number
    columns (year as integers, value/numerator/denominator as numbers) need no parsing."""
    try:
        frame = pl.scan_parquet(path, glob=False)
        schema = frame.collect_schema()
    except (pl.exceptions.PolarsError, OSError) as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputError.single(
            display, f"not a readable Parquet file: {shown_text(first, 120)}", 1, 1
        ) from None
    columns = list(schema.names())
    _check_header(columns, "", ",", display, spreadsheet=True)
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
            raise InputError.single(
                display,
                f"column {name!r} holds {dtype}; expected text, numbers or dates",
                1,
                i + 1,
                name,
            )

    def locate(wanted: set[int]) -> dict[int, tuple[int, str]]:
        return {r: (r + 1, "") for r in wanted}  # Parquet has no header line: row 1 is line 1

    return RawTable(
        display,
        columns,
        frame.select(exprs).with_row_index("_row"),
        locate,
        spreadsheet=True,
        native=frozenset(native),
        stored=frame.with_row_index("_row"),
    )


def _check_header(
    columns: list[str], line: str, separator: str, display: str, spreadsheet: bool = False
) -> None:
    problems = []
    seen: set[str] = set()
    for i, name in enumerate(columns):
        col = i + 1 if spreadsheet else _char_column(line, i, separator)
        if name in seen:
            problems.append(
                Problem(display, f"column {name!r} appears twice in the header", 1, col, name)
            )
        seen.add(name)
        if name not in COLUMNS:
            hint = difflib.get_close_matches(name, COLUMNS, n=1)
            did = f" (did you mean {hint[0]!r}?)" if hint else ""
            problems.append(
                Problem(
                    display,
                    f"unknown column {shown_text(name)!r}{did}; allowed: {', '.join(COLUMNS)}",
                    1,
                    col,
                    shown_text(name),
                )
            )
    missing = [name for name in REQUIRED if name not in seen]
    if "value" not in seen and not {"numerator", "denominator"} <= seen:
        missing.append("value")
    for name in missing:
        problems.append(
            Problem(
                display,
                f"missing required column {name!r}; the header has: "
                + shown_text(", ".join(columns), 200),
                1,
                1,
            )
        )
    if problems:
        raise InputError(problems)


def shown_text(text: str, limit: int = 40) -> str:
    """Quote at most `limit` characters of user text in a message."""
    return text if len(text) <= limit else text[:limit] + "…"


# --- checking and typing -------------------------------------------------------------------


def _clean(col: str) -> pl.Expr:
    """A cell stripped of surrounding spaces, NFC-normalised, and missing when empty. NFC runs
    on the non-ASCII cells only (the others are null for it, which costs nothing)."""
    text = pl.col(col).str.strip_chars()
    non_ascii = pl.when(text.str.len_bytes() != text.str.len_chars()).then(text)
    return pl.coalesce(non_ascii.str.normalize("NFC"), text).replace("", None)


def _bounds(indicators: dict[str, Indicator]) -> pl.LazyFrame:
    values = list(indicators.values())
    return pl.LazyFrame(
        {
            "indicator": list(indicators),
            "_lower": [i.bounds[0] for i in values],
            "_upper": [i.bounds[1] for i in values],
            "_unit": [i.unit.value for i in values],
            "_lower_text": [fmt_number(i.bounds[0]) for i in values],
            "_upper_text": [fmt_number(i.bounds[1]) for i in values],
            "_owner": [bound_owner(i) for i in values],
        },
        schema={
            "indicator": pl.String,
            "_lower": pl.Float64,
            "_upper": pl.Float64,
            "_unit": pl.String,
            "_lower_text": pl.String,
            "_upper_text": pl.String,
            "_owner": pl.String,
        },
    )


def _open(path: Path, display: str, decimal: Decimal) -> tuple[RawTable, Decimal]:
    """A data file's raw text table and number style (its sidecar's, else `decimal`)."""
    options = options_for(path, display, decimal)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path, display, options.sheet), options.decimal
    if options.sheet is not None:
        raise InputError.single(display + ".yaml", "'sheet' applies to .xlsx files only", 1, 1)
    if suffix == ".parquet":
        return _read_parquet(path, display), options.decimal
    return _read_csv(path, display), options.decimal


@dataclass
class _Typed:
    """A raw table's typed rows and the checks that locate every bad cell."""

    frame: pl.LazyFrame  # text columns, typed `_year`/`_value`/`_num`/`_den`, bounds
    checks: list[tuple[str, pl.Expr, pl.Expr]]  # (column, condition, message)
    failing: pl.Expr  # true on rows where any condition holds, built without messages


def _typed(
    raw: pl.LazyFrame,
    table: RawTable,
    style: Decimal,
    indicators: dict[str, Indicator],
    provinces: Collection[str],
) -> _Typed:
    """Type and check the rows of `raw` (the whole file, or a few of its rows)."""
    present = set(table.columns)
    frame_names = set(raw.collect_schema().names())
    text = (
        raw.with_columns([_clean(c).alias(c) for c in table.columns])
        .filter(~pl.all_horizontal([pl.col(c).is_null() for c in table.columns]))  # blank lines
        .with_columns([pl.lit(None, pl.String).alias(c) for c in COLUMNS if c not in present])
        .join(_bounds(indicators), on="indicator", how="left", maintain_order="left")
    )
    percent = pl.col("_unit") == "percent"
    parsed: dict[str, tuple[pl.Expr, pl.Expr]] = {}
    flags: dict[str, pl.Expr] = {}
    for col in NUMERIC:
        typed_cell = f"_num_{col}"
        if col in table.native:  # a typed Parquet column: a number already, or null
            number = pl.col(typed_cell)
            bad = number.is_not_null() & ~number.is_finite()
            parsed[col] = (
                number,
                pl.when(bad).then(pl.format("'{}' is not a finite number", shown(col))),
            )
            flags[col] = bad
            continue
        number, problem = numberstyle.parse(col, style, percent)
        flag = numberstyle.invalid(col, style, percent)
        if typed_cell in frame_names:  # a spreadsheet's number cell needs no parsing
            number = pl.coalesce(pl.col(typed_cell), number)
            problem = pl.when(pl.col(typed_cell).is_null()).then(problem)
            flag = pl.col(typed_cell).is_null() & flag
        parsed[col] = (number, problem)
        flags[col] = flag

    boolean = pl.col("_unit") == "boolean"
    value_from_text = (
        pl.when(boolean).then(numberstyle.parse_boolean("value")).otherwise(parsed["value"][0])
    )
    counted = pl.col("_num").is_not_null() & pl.col("_den").is_not_null()
    rate = 100.0 * pl.col("_num") / pl.col("_den")
    typed = text.with_columns(
        _year=pl.col("year").cast(pl.Int32, strict=False),
        _given=value_from_text,
        _num=parsed["numerator"][0],
        _den=parsed["denominator"][0],
        _decimals=numberstyle.decimals("value", style),
    ).with_columns(
        _value=pl.when(pl.col("value").is_null() & counted & (pl.col("_den") > 0))
        .then(rate)
        .otherwise(pl.col("_given"))
    )
    given = pl.col("value").is_not_null()
    _as_written = pl.coalesce(shown("value"), pl.col("_value").round(2).cast(pl.String))
    tolerance = 0.5 * pl.lit(10.0).pow(-pl.col("_decimals").cast(pl.Float64)) + 1e-9
    checks: list[tuple[str, pl.Expr, pl.Expr]] = [
        ("province", pl.col("province").is_null(), pl.lit("province is empty")),
        (
            "province",
            pl.col("province").is_not_null() & ~pl.col("province").is_in(list(provinces)),
            pl.format(
                "unknown province '{}'; known: " + ", ".join(sorted(provinces)), shown("province")
            ),
        ),
        ("indicator", pl.col("indicator").is_null(), pl.lit("indicator is empty")),
        (
            "indicator",
            pl.col("indicator").is_not_null() & pl.col("_unit").is_null(),
            pl.format(
                "unknown indicator '{}' (not in targets/indicators.yaml)", shown("indicator")
            ),
        ),
        ("year", pl.col("year").is_null(), pl.lit("year is empty")),
        (
            "year",
            pl.col("year").is_not_null() & pl.col("_year").is_null(),
            pl.format("'{}' is not a whole number", shown("year")),
        ),
        (
            "year",
            (pl.col("_year") < MIN_YEAR) | (pl.col("_year") > MAX_YEAR),
            pl.format(f"year {{}} is outside {MIN_YEAR}..{MAX_YEAR}", "_year"),
        ),
        (
            "value",
            ~given & ~(pl.col("numerator").is_not_null() & pl.col("denominator").is_not_null()),
            pl.lit("value is empty (give a value, or a numerator and a denominator)"),
        ),
        (
            "value",
            given & boolean & pl.col("_given").is_null(),
            pl.format("'{}' is not true/false (the indicator's unit is boolean)", shown("value")),
        ),
        ("value", given & ~boolean & parsed["value"][1].is_not_null(), parsed["value"][1]),
        ("numerator", parsed["numerator"][1].is_not_null(), parsed["numerator"][1]),
        ("denominator", parsed["denominator"][1].is_not_null(), parsed["denominator"][1]),
        (
            "numerator",
            (pl.col("numerator").is_null() != pl.col("denominator").is_null()),
            pl.lit("give both numerator and denominator, or neither"),
        ),
        (
            "denominator",
            pl.col("_den") <= 0,
            pl.format("denominator {} must be greater than 0", shown("denominator")),
        ),
        (
            "numerator",
            pl.col("_num") < 0,
            pl.format("numerator {} must not be negative", shown("numerator")),
        ),
        (
            "numerator",
            counted & pl.col("_unit").is_not_null() & ~percent,
            pl.format(
                "numerator/denominator give a rate in percent, but indicator '{}' is in unit '{}'",
                "indicator",
                "_unit",
            ),
        ),
        (
            "value",
            given
            & counted
            & percent
            & (pl.col("_den") > 0)
            & pl.col("_given").is_not_null()
            & ((pl.col("_given") - rate).abs() > tolerance),
            pl.format(
                "{} disagrees with numerator/denominator: {}/{} = {}%",
                shown("value"),
                shown("numerator"),
                shown("denominator"),
                rate.round(2),
            ),
        ),
        (
            "value",
            pl.col("_value").is_finite() & (pl.col("_value") < pl.col("_lower")),
            pl.format("{} is below {}, the minimum for {}", _as_written, "_lower_text", "_owner"),
        ),
        (
            "value",
            pl.col("_value").is_finite() & (pl.col("_value") > pl.col("_upper")),
            pl.format("{} is above {}, the maximum for {}", _as_written, "_upper_text", "_owner"),
        ),
        (
            "value",
            boolean & pl.col("_given").is_not_null() & ~pl.col("_given").is_in([0.0, 1.0]),
            pl.format("'{}' is not true/false (the indicator's unit is boolean)", shown("value")),
        ),
        (
            "date",
            pl.col("date").is_not_null() & ~pl.col("date").str.contains(screening.DATE),
            pl.format("date '{}' is not YYYY, YYYY-MM or YYYY-MM-DD", shown("date")),
        ),
    ]
    cheap = {
        id(parsed["value"][1]): given & ~boolean & flags["value"],
        id(parsed["numerator"][1]): flags["numerator"],
        id(parsed["denominator"][1]): flags["denominator"],
    }
    conditions = []
    for _, cond, msg in checks:
        conditions.append(cheap.get(id(msg), cond).fill_null(False))
    return _Typed(typed, checks, pl.any_horizontal(conditions))


def _problem_rows(typed: _Typed) -> pl.LazyFrame:
    """(row, column, message) of the first 200 problems: the messages of `typed`'s rows."""
    return (
        typed.frame.select(
            "_row",
            *[
                pl.when(cond).then(pl.struct(col=pl.lit(col), msg=msg)).alias(f"_c{i}")
                for i, (col, cond, msg) in enumerate(typed.checks)
            ],
        )
        .unpivot(index="_row", value_name="problem")
        .drop_nulls("problem")
        .unnest("problem")
        .unique(subset=["_row", "col"], keep="first", maintain_order=True)
        .sort("_row")
        .head(MAX_PROBLEMS)
    )


MAX_PROBLEMS = 200
"""Problems reported per file: enough to fix a file in one go, few enough to read."""


@dataclass
class _File:
    """One data file opened for reading: where it is, its raw table and its typed rows."""

    path: Path
    display: str
    table: RawTable
    style: Decimal
    typed: _Typed
    exact: bool = True  # False: typed by the screen, whose flags are doubts, not problems

    def failing_rows(self) -> pl.LazyFrame:
        """The raw cells of the first rows that fail a check (one pass, no messages built)."""
        raw_names = self.table.frame.collect_schema().names()
        return (
            self.typed.frame.filter(self.typed.failing)
            .select(raw_names)
            .bottom_k(MAX_PROBLEMS, by="_row")
            .sort("_row")
        )

    def problems(
        self, failing: pl.DataFrame, indicators: dict[str, Indicator], provinces: Collection[str]
    ) -> list[Problem]:
        """Located messages for the failing rows found by `failing_rows`."""
        few = _typed(failing.lazy(), self.table, self.style, indicators, provinces)
        found = _problem_rows(few).collect()
        starts = self.table.locate(set(found["_row"].to_list()))
        return [
            Problem(
                self.display,
                str(r["msg"]),
                *self.table.position(r["_row"], r["col"], starts),
                r["col"],
            )
            for r in found.iter_rows(named=True)
        ]

    def keys(self) -> pl.LazyFrame:
        """The key columns of every row (province, indicator, area, breakdown, date, year),
        typed; read from those columns alone when the screen vouched for the file."""
        names = ["province", "indicator", "area", "breakdown", "date"]
        if self.exact:
            return self.details(0).select(*names, "year")
        base = self.table.stored if self.table.stored is not None else self.table.frame
        return base.select(
            *[
                pl.col(c) if c in self.table.columns else pl.lit(None, pl.String).alias(c)
                for c in names
            ],
            pl.col("year").cast(pl.Int32, strict=False),
        ).filter(pl.col("province").is_not_null())  # blank lines; any other row has one

    def details(self, number: int, flag: bool = False) -> pl.LazyFrame:
        """The file's rows typed as `DETAIL_SCHEMA`, with `_file`, `_fileno` and `_row` (and
        `_flag`, the rows that fail a check or that the screen cannot vouch for)."""
        flagged = [self.typed.failing.alias("_flag")] if flag else []
        return self.typed.frame.select(
            pl.lit(self.display).alias("_file"),
            pl.lit(number, pl.UInt32).alias("_fileno"),
            pl.col("_row").cast(pl.UInt32),
            pl.col("province"),
            pl.col("indicator"),
            pl.col("_year").alias("year"),
            pl.col("_value").alias("value"),
            pl.col("date"),
            pl.col("source"),
            pl.col("note"),
            pl.col("area"),
            pl.col("breakdown"),
            pl.col("_num").alias("numerator"),
            pl.col("_den").alias("denominator"),
            *flagged,
        ).cast(DETAIL_SCHEMA)


def _open_file(
    path: Path,
    display: str,
    indicators: dict[str, Indicator],
    provinces: Collection[str],
    decimal: Decimal,
    screen: bool = False,
) -> _File:
    """A data file opened for checking: typed by the screen when `screen` and the file suits it
    (point-style numbers, not a spreadsheet), else by the exact checks."""
    table, style = _open(path, display, decimal)
    if screen and style == "point" and path.suffix.lower() != ".xlsx":
        plain = screening.typed(
            table.stored if table.stored is not None else table.frame, table.columns
        )
        if plain is not None:
            return _File(path, display, table, style, _Typed(plain[0], [], plain[1]), exact=False)
    return _File(
        path, display, table, style, _typed(table.frame, table, style, indicators, provinces)
    )


def _collect(files: list[_File], queries: list[pl.LazyFrame]) -> list[pl.DataFrame]:
    """Run queries over the files in one streaming pass; Polars' own parse errors (a ragged
    row, an unclosed quote) are turned into located problems of the file that caused them."""
    try:
        return pl.collect_all(queries, engine="streaming")
    except pl.exceptions.PolarsError as e:
        error = e
    problems = []
    for f in files:  # which file? read each alone
        try:
            f.failing_rows().collect(engine="streaming")
        except pl.exceptions.PolarsError as e:
            problems.extend(_polars_problem(e, f.path, f.display).problems)
    if not problems:
        raise error
    raise InputError(problems)


def _polars_problem(e: Exception, path: Path, display: str) -> InputError:
    """Polars' own parse errors, made readable; encoding errors located by scanning the bytes."""
    raw = path.read_bytes()
    text = decode(raw, display)  # raises the located encoding error, if that is the problem
    located = _diagnose(text, display)
    if located is not None:
        return InputError([located])
    first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return InputError.single(display, f"cannot parse as CSV: {shown_text(first, 120)}", 1, 1)


@contextlib.contextmanager
def _big_fields() -> Iterator[None]:
    """Let the csv module read fields of any size (a 10 MB cell must be located, not crash)."""
    old = csv.field_size_limit()
    csv.field_size_limit(2**31 - 1)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _diagnose(text: str, display: str) -> Problem | None:
    """Find the first record the csv module also rejects: a ragged row or an open quote."""
    with _big_fields():
        return _diagnose_text(text, display)


def _diagnose_text(text: str, display: str) -> Problem | None:
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    width: int | None = None
    start = 1
    try:
        for record in reader:
            if width is None:
                width = len(record)
            elif record and len(record) != width:
                return Problem(
                    display,
                    f"row has {len(record)} fields, the header has {width}; "
                    "quote fields that contain commas",
                    start,
                    1,
                )
            start = reader.line_num + 1
    except csv.Error as e:
        return Problem(display, f"malformed CSV record starting here: {e}", start, 1)
    return None


def _record_lines(text: str, wanted: set[int], separator: str = ",") -> dict[int, tuple[int, str]]:
    """For data rows (0-based), the line where each record starts and that line's text."""
    with _big_fields():
        return _record_lines_text(text, wanted, separator)


def _record_lines_text(text: str, wanted: set[int], separator: str) -> dict[int, tuple[int, str]]:
    lines = text.splitlines()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    next(reader, None)
    starts: dict[int, tuple[int, str]] = {}
    line_no = reader.line_num + 1
    limit = max(wanted, default=-1)
    for row_index, record in enumerate(reader):
        if row_index > limit:
            break
        if not any(field.strip() for field in record):  # blank lines are dropped before _row
            line_no = reader.line_num + 1
            continue
        if row_index in wanted:
            starts[row_index] = (line_no, lines[line_no - 1] if line_no - 1 < len(lines) else "")
        line_no = reader.line_num + 1
    return starts


def _char_column(line: str, field: int, separator: str = ",") -> int:
    """1-based character column where field number `field` starts in a CSV line."""
    index, pos, quoted = 0, 0, False
    while pos < len(line) and index < field:
        ch = line[pos]
        if ch == '"':
            quoted = not quoted
        elif ch == separator and not quoted:
            index += 1
        pos += 1
    return pos + 1


# --- all files together --------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """The data files after every check passed: their rows as a lazy query (read again when
    collected), and the small results of the one grouped pass that checked them."""

    details: pl.LazyFrame  # `DETAIL_SCHEMA` + `_file`, `_fileno`, `_row`
    totals: pl.DataFrame  # `MEASUREMENT_SCHEMA`: province totals (given, or weighted rates)
    groups: pl.DataFrame  # `screening.grouped`: rows counted per file, place, indicator, time
    exact: frozenset[int] = frozenset()  # files (by position) typed by the exact checks


def check_files(
    paths: Iterable[Path],
    indicators: dict[str, Indicator],
    provinces: Collection[str],
    display: dict[Path, str] | None = None,
    decimal: Decimal = "point",
) -> Checked:
    """Check every data file and total it by province, in one streaming pass when the files are
    clean; raise `InputError` listing all problems of all files.

    The pass groups the rows by file, province, indicator and time, keeping counts and sums
    (memory follows the groups, not the rows). Files the screen cannot vouch for are read again
    with the exact checks, which locate their problems. Two rows for the same province,
    indicator, area, breakdown and date (or year, when undated) are an error even in different
    files: the engine could not tell which one to believe.
    """
    names = {path: (display or {}).get(path, str(path)) for path in paths}
    files, problems = [], []
    for path, name in names.items():
        try:
            files.append(_open_file(path, name, indicators, provinces, decimal, screen=True))
        except InputError as e:
            problems.extend(e.problems)
    if not files:
        if problems:
            raise InputError(problems)
        groups = screening.grouped(_no_details().with_columns(_flag=pl.lit(False))).collect()
        return Checked(_no_details(), screening.totals(groups), groups)
    groups = _grouped(files, indicators, provinces, problems)
    combined = pl.concat([f.details(i) for i, f in enumerate(files)])
    found: list[Problem] = []
    if screening.repeated_totals(groups) or _area_keys_repeat(files, groups):
        found += _find_duplicates(combined, names)
    mixed = screening.mixed_groups(groups)
    if mixed.height:
        found += _mixed_area_rows(combined, mixed, names)
    if found:
        raise InputError(found)
    exact = frozenset(i for i, f in enumerate(files) if f.exact)
    return Checked(combined, screening.totals(groups), groups, exact)


def rechecked(
    paths: Iterable[Path],
    indicators: dict[str, Indicator],
    provinces: Collection[str],
    display: dict[Path, str] | None,
    decimal: Decimal,
    groups: pl.DataFrame,
    exact: frozenset[int],
) -> Checked:
    """A `Checked` of files unchanged since they were checked into `groups` (the cache
    decides): their rows typed as they were then, nothing read but their headers."""
    names = {path: (display or {}).get(path, str(path)) for path in paths}
    files = [
        _open_file(path, name, indicators, provinces, decimal, screen=i not in exact)
        for i, (path, name) in enumerate(names.items())
    ]
    details = pl.concat([f.details(i) for i, f in enumerate(files)]) if files else _no_details()
    return Checked(details, screening.totals(groups), groups, exact)


def _no_details() -> pl.LazyFrame:
    return pl.LazyFrame(
        schema={"_file": pl.String, "_fileno": pl.UInt32, "_row": pl.UInt32, **DETAIL_SCHEMA}
    )


def _grouped(
    files: list[_File],
    indicators: dict[str, Indicator],
    provinces: Collection[str],
    problems: list[Problem],
) -> pl.DataFrame:
    """The grouped pass over all files; files the screen doubts are re-read exactly, and the
    problems of every file (with those already in `problems`) raised together."""

    def run(numbers: list[int]) -> pl.DataFrame:
        query = screening.grouped(pl.concat([files[i].details(i, flag=True) for i in numbers]))
        (result,) = _collect([files[i] for i in numbers], [query])
        return result

    try:
        groups = run(list(range(len(files))))
        doubted = set(screening.doubtful_groups(groups, indicators, provinces)["_fileno"])
        redo = sorted(i for i in doubted if not files[i].exact)
        if redo:
            for i in redo:
                files[i] = _reopen(files[i], indicators, provinces)
            groups = pl.concat([groups.filter(~pl.col("_fileno").is_in(redo)), run(redo)])
    except InputError:
        # a file Polars cannot parse: check every file on its own and exactly, so that the
        # problems of the other files are reported too (validate reports all, not the first)
        for f in files:
            exact = f if f.exact else _reopen(f, indicators, provinces)
            try:
                (rows,) = _collect([exact], [exact.failing_rows()])
            except InputError as e:
                problems.extend(e.problems)
                continue
            if rows.height:
                problems.extend(exact.problems(rows, indicators, provinces))
        raise InputError(problems) from None
    bad = sorted(set(groups.filter(pl.col("_flagged") > 0)["_fileno"]))
    if bad:
        found = _collect([files[i] for i in bad], [files[i].failing_rows() for i in bad])
        for i, rows in zip(bad, found, strict=True):
            problems.extend(files[i].problems(rows, indicators, provinces))
    if problems:
        raise InputError(problems)
    return groups


def _reopen(f: _File, indicators: dict[str, Indicator], provinces: Collection[str]) -> _File:
    """A file the screen typed, typed again by the exact checks."""
    return _open_file(f.path, f.display, indicators, provinces, f.style)


KEY_BUDGET = 50_000_000
"""Key hashes held at once by the repeat check (8 bytes each: 400 MB). Repeats can only be
within one province, so beyond this the check runs in passes over groups of provinces."""


def _area_keys_repeat(files: list[_File], groups: pl.DataFrame) -> bool:
    """Whether two area or breakdown rows may share their whole key: the same dated rows under
    two years (seen in the groups), or a repeat among their key hashes, sorted (read from the
    key columns alone, at most `KEY_BUDGET` rows at a time)."""
    areas = groups.filter(pl.col("_area") | pl.col("_breakdown"))
    if not areas.height:
        return False
    dated = areas.filter(pl.col("date").is_not_null())
    by_date = ["province", "indicator", "date", "_area", "_breakdown"]
    if dated.group_by(by_date).agg(pl.col("year").n_unique()).filter(pl.col("year") > 1).height:
        return True
    rows = pl.concat([f.keys() for f in files]).filter(
        pl.col("area").is_not_null() | pl.col("breakdown").is_not_null()
    )
    key = pl.struct("province", "indicator", "area", "breakdown", "date", "year").hash(seed=0)
    batches = _province_batches(areas.group_by("province").agg(pl.col("_rows").sum()))
    for batch in batches:
        part = rows if len(batches) == 1 else rows.filter(pl.col("province").is_in(batch))
        hashes = part.select(key.alias("_key")).collect(engine="streaming")["_key"]
        hashes.sort(in_place=True)
        if hashes.len() > 1 and (hashes.slice(1) == hashes.slice(0, hashes.len() - 1)).any():
            return True
        del hashes
    return False


def _province_batches(counts: pl.DataFrame) -> list[list[str]]:
    """Provinces in batches of at most `KEY_BUDGET` rows (a larger province is a batch alone)."""
    batches: list[list[str]] = [[]]
    size = 0
    for province, n in counts.sort("province").iter_rows():
        if batches[-1] and size + n > KEY_BUDGET:
            batches.append([])
            size = 0
        batches[-1].append(province)
        size += n
    return batches


def _find_duplicates(combined: pl.LazyFrame, names: dict[Path, str]) -> list[Problem]:
    """Located problems for rows repeating an earlier row's key (a pass that runs only when
    the grouped pass found repeats)."""
    hashed = combined.with_columns(_key=_key_hash())
    repeated = (
        hashed.group_by("_key")
        .agg(pl.len())
        .filter(pl.col("len") > 1)
        .select("_key")
        .collect(engine="streaming")
    )
    suspects = (
        hashed.filter(pl.col("_key").is_in(repeated["_key"].implode()))
        .drop("_key")
        .collect(engine="streaming")
        .sort("_fileno", "_row")
    )
    return _locate_duplicates(_duplicates(suspects), names, suspects)


def read_measurements(
    paths: Iterable[Path],
    indicators: dict[str, Indicator],
    provinces: Collection[str],
    display: dict[Path, str] | None = None,
    decimal: Decimal = "point",
) -> pl.LazyFrame:
    """Province-level values for the engine (`MEASUREMENT_SCHEMA`), from every data file."""
    return check_files(paths, indicators, provinces, display, decimal).totals.lazy()


def _key_hash() -> pl.Expr:
    """A 64-bit hash of the duplicate key; equal keys hash equal, so only rows whose hash
    repeats need a closer look (group-by state: 8 bytes a row, not the key's text)."""
    return pl.struct("province", "indicator", "area", "breakdown", screening.when()).hash(seed=0)


def _duplicates(df: pl.DataFrame) -> pl.DataFrame:
    """Rows repeating an earlier row's key: province, indicator, area, breakdown, date/year."""
    key = ["province", "indicator", "area", "breakdown", "_when"]
    with_key = df.with_row_index("_seq").with_columns(_when=screening.when())
    first = with_key.group_by(key).agg(pl.col("_seq").min().alias("_first_seq"))
    return (
        with_key.join(first, on=key, nulls_equal=True)
        .filter(pl.col("_seq") != pl.col("_first_seq"))
        .join(
            with_key.select(
                pl.col("_seq").alias("_first_seq"),
                pl.col("_file").alias("_first_file"),
                pl.col("_row").alias("_first_row"),
            ),
            on="_first_seq",
        )
        .sort("_seq")
        .head(200)
    )


def _lines_of(rows: list[tuple[str, int]], names: dict[Path, str]) -> dict[tuple[str, int], int]:
    by_name = {name: path for path, name in names.items()}
    out: dict[tuple[str, int], int] = {}
    for name in {n for n, _ in rows}:
        path = by_name[name]
        wanted = {r for n, r in rows if n == name}
        if path.suffix.lower() == ".xlsx":
            out.update({(name, r): r + 2 for r in wanted})
            continue
        if path.suffix.lower() == ".parquet":
            out.update({(name, r): r + 1 for r in wanted})
            continue
        raw = path.read_bytes()
        text = (
            raw.decode("utf-16")
            if raw.startswith((b"\xff\xfe", b"\xfe\xff"))
            else decode(raw, name)
        )
        text = text.removeprefix("\ufeff")
        first = text.split("\n", 1)[0]
        separator = _separator(first)
        out.update({(name, r): v[0] for r, v in _record_lines(text, wanted, separator).items()})
    return out


def _locate_duplicates(
    dups: pl.DataFrame, names: dict[Path, str], combined: pl.DataFrame
) -> list[Problem]:
    if dups.height == 0:
        return []
    rows = [(r["_file"], r["_row"]) for r in dups.iter_rows(named=True)]
    rows += [(r["_first_file"], r["_first_row"]) for r in dups.iter_rows(named=True)]
    lines = _lines_of(rows, names)
    problems = []
    for r in dups.iter_rows(named=True):
        first = f"line {lines[(r['_first_file'], r['_first_row'])]}"
        if r["_first_file"] != r["_file"]:
            first = f"{first} of {r['_first_file']}"
        what = "date" if r["date"] is not None else "year (both undated)"
        scope = " (same area)" if r["area"] is not None else ""
        problems.append(
            Problem(
                r["_file"],
                f"duplicate row: same province, indicator and {what}{scope} as {first}; "
                "keep one, or give each row the date of its report",
                lines[(r["_file"], r["_row"])],
                1,
                "row",
            )
        )
    del combined
    return problems


def _mixed_area_rows(
    details: pl.LazyFrame, groups: pl.DataFrame, names: dict[Path, str]
) -> list[Problem]:
    """Area rows of one province total must all carry counts, or the weighted rate would
    silently leave some areas out."""
    mixed = (
        details.filter(
            pl.col("area").is_not_null(),
            pl.col("breakdown").is_null(),
            pl.col("numerator").is_null(),
        )
        .join(groups.lazy(), on=screening.AREA_KEY, how="semi", nulls_equal=True)
        .collect(engine="streaming")
        .sort("_fileno", "_row")
        .head(50)
    )
    lines = _lines_of([(r["_file"], r["_row"]) for r in mixed.iter_rows(named=True)], names)
    return [
        Problem(
            r["_file"],
            "this area row has a value but no numerator/denominator, while other areas of the "
            "same province, indicator and date do: the province's weighted rate needs counts "
            "for every area",
            lines[(r["_file"], r["_row"])],
            1,
            "row",
        )
        for r in mixed.iter_rows(named=True)
    ]


def record_lines_of(
    rows: list[tuple[str, int]], names: dict[Path, str]
) -> dict[tuple[str, int], int]:
    """The line of each (file name, data row): for messages about rows found by a query."""
    return _lines_of(rows, names)
