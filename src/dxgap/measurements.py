"""Measured data: `data/*.csv` read into the typed frame the engine consumes, every bad cell located.

Checks run as vectorised Polars expressions over all rows at once; only the rows that fail are
located back to their line and column in the file, so a large clean file costs one scan.
"""

from __future__ import annotations

import csv
import difflib
import io
from collections.abc import Collection, Iterable
from pathlib import Path

import polars as pl

from dxgap.checks import bound_owner, fmt_number
from dxgap.errors import InputError, Problem
from dxgap.frames import MEASUREMENT_SCHEMA
from dxgap.loaders import decode, looks_utf16
from dxgap.models import MAX_YEAR, MIN_YEAR, Indicator

REQUIRED = ("province", "indicator", "year", "value")
OPTIONAL = ("date", "source", "note")
COLUMNS = REQUIRED + OPTIONAL

_DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_TRUE = ("true", "yes")
_FALSE = ("false", "no")


def _header(path: Path, display: str) -> tuple[list[str], str]:
    """The header's column names and its raw text (for character columns in messages)."""
    with path.open("rb") as fh:
        head = fh.read(65536)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or looks_utf16(head):
        raise InputError.single(display, "file is UTF-16 encoded; save it as UTF-8 CSV", 1, 1)
    if not head.strip():
        raise InputError.single(
            display, "file is empty; expected a header line: " + ",".join(COLUMNS), 1, 1
        )
    first = head.split(b"\n", 1)[0].removesuffix(b"\r")
    if b"\r" in first:
        raise InputError.single(
            display,
            "lines end with a bare carriage return (old Mac style); save with LF or CRLF endings",
            1,
            first.index(b"\r") + 1,
        )
    text = decode(first, display)
    try:
        return next(csv.reader([text])), text
    except (csv.Error, StopIteration) as e:
        raise InputError.single(display, f"cannot read the header line: {e}", 1, 1) from None


def _check_header(columns: list[str], line: str, display: str) -> None:
    problems = []
    seen: set[str] = set()
    for i, name in enumerate(columns):
        col = _char_column(line, i)
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
                    f"unknown column {name!r}{did}; allowed: {', '.join(COLUMNS)}",
                    1,
                    col,
                    name,
                )
            )
    for name in REQUIRED:
        if name not in seen:
            problems.append(
                Problem(
                    display,
                    f"missing required column {name!r}; the header has: {', '.join(columns)}",
                    1,
                    1,
                )
            )
    if problems:
        raise InputError(problems)


def _scan(path: Path, display: str) -> pl.LazyFrame:
    """All columns as text, plus `_row` (0-based data row); polars reads lazily."""
    return pl.scan_csv(
        path,
        infer_schema=False,
        truncate_ragged_lines=False,
        raise_if_empty=False,
        glob=False,
    ).with_row_index("_row")


def _clean(col: str) -> pl.Expr:
    text = pl.col(col).str.strip_chars().str.normalize("NFC")
    return pl.when(text == "").then(None).otherwise(text)


def read_file(
    path: Path,
    display: str,
    indicators: dict[str, Indicator],
    provinces: Collection[str],
) -> pl.LazyFrame:
    """Read and check one CSV; return it typed (`MEASUREMENT_SCHEMA`) or raise `InputError`."""
    columns, header_line = _header(path, display)
    _check_header(columns, header_line, display)
    bounds = pl.LazyFrame(
        {
            "indicator": list(indicators),
            "_lower": [i.bounds[0] for i in indicators.values()],
            "_upper": [i.bounds[1] for i in indicators.values()],
            "_unit": [i.unit.value for i in indicators.values()],
            "_lower_text": [fmt_number(i.bounds[0]) for i in indicators.values()],
            "_upper_text": [fmt_number(i.bounds[1]) for i in indicators.values()],
            "_owner": [bound_owner(i) for i in indicators.values()],
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
    raw = _scan(path, display)
    text = (
        raw.with_columns([_clean(c).alias(c) for c in columns])
        .filter(~pl.all_horizontal([pl.col(c).is_null() for c in columns]))  # blank lines
        .with_columns([pl.lit(None, pl.String).alias(c) for c in OPTIONAL if c not in columns])
    )
    lowered = pl.col("value").str.to_lowercase()
    numeric = (
        pl.when(lowered.is_in(_TRUE))
        .then(1.0)
        .when(lowered.is_in(_FALSE))
        .then(0.0)
        .otherwise(pl.col("value").cast(pl.Float64, strict=False))
    )
    typed = text.join(bounds, on="indicator", how="left", maintain_order="left").with_columns(
        _year=pl.col("year").cast(pl.Int32, strict=False),
        _value=pl.when(pl.col("_unit") == "boolean")
        .then(numeric)
        .otherwise(pl.col("value").cast(pl.Float64, strict=False)),
    )
    checks: list[tuple[str, pl.Expr, pl.Expr]] = [
        ("province", pl.col("province").is_null(), pl.lit("province is empty")),
        (
            "province",
            pl.col("province").is_not_null() & ~pl.col("province").is_in(list(provinces)),
            pl.format("unknown province '{}'; known: " + ", ".join(sorted(provinces)), "province"),
        ),
        ("indicator", pl.col("indicator").is_null(), pl.lit("indicator is empty")),
        (
            "indicator",
            pl.col("indicator").is_not_null() & pl.col("_unit").is_null(),
            pl.format("unknown indicator '{}' (not in targets/indicators.yaml)", "indicator"),
        ),
        ("year", pl.col("year").is_null(), pl.lit("year is empty")),
        (
            "year",
            pl.col("year").is_not_null() & pl.col("_year").is_null(),
            pl.format("'{}' is not a whole number", "year"),
        ),
        (
            "year",
            (pl.col("_year") < MIN_YEAR) | (pl.col("_year") > MAX_YEAR),
            pl.format(f"year {{}} is outside {MIN_YEAR}..{MAX_YEAR}", "_year"),
        ),
        ("value", pl.col("value").is_null(), pl.lit("value is empty")),
        (
            "value",
            pl.col("value").is_not_null()
            & pl.col("_value").is_null()
            & (pl.col("_unit") == "boolean"),
            pl.format("'{}' is not true/false (the indicator's unit is boolean)", "value"),
        ),
        (
            "value",
            pl.col("value").is_not_null()
            & pl.col("_value").is_null()
            & (pl.col("_unit") != "boolean"),
            pl.format("'{}' is not a number", "value"),
        ),
        (
            "value",
            pl.col("_value").is_nan() | pl.col("_value").is_infinite(),
            pl.format("'{}' is not a finite number", "value"),
        ),
        (
            "value",
            pl.col("_value").is_finite() & (pl.col("_value") < pl.col("_lower")),
            pl.format("{} is below {}, the minimum for {}", "value", "_lower_text", "_owner"),
        ),
        (
            "value",
            pl.col("_value").is_finite() & (pl.col("_value") > pl.col("_upper")),
            pl.format("{} is above {}, the maximum for {}", "value", "_upper_text", "_owner"),
        ),
        (
            "value",
            (pl.col("_unit") == "boolean") & ~pl.col("_value").is_in([0.0, 1.0]),
            pl.format("'{}' is not true/false (the indicator's unit is boolean)", "value"),
        ),
        (
            "date",
            pl.col("date").is_not_null() & ~pl.col("date").str.contains(_DATE),
            pl.format("date '{}' is not YYYY, YYYY-MM or YYYY-MM-DD", "date"),
        ),
    ]
    bad = (
        typed.select(
            "_row",
            *[
                pl.when(cond).then(pl.struct(col=pl.lit(col), msg=msg)).alias(f"_c{i}")
                for i, (col, cond, msg) in enumerate(checks)
            ],
        )
        .unpivot(index="_row", value_name="problem")
        .drop_nulls("problem")
        .unnest("problem")
        .sort("_row")
        .head(200)
    )
    try:
        found = bad.collect()
    except pl.exceptions.PolarsError as e:
        raise _polars_problem(e, path, display) from None
    if found.height:
        raise InputError(_locate(path, display, columns, found.rows(named=True)))
    return typed.select(
        pl.lit(display).alias("_file"),
        pl.col("_row"),
        pl.col("province"),
        pl.col("indicator"),
        pl.col("_year").alias("year"),
        pl.col("_value").alias("value"),
        pl.col("date"),
        pl.col("source"),
        pl.col("note"),
    ).cast(MEASUREMENT_SCHEMA)


def _polars_problem(e: Exception, path: Path, display: str) -> InputError:
    """Polars' own parse errors, made readable; encoding errors located by scanning the bytes."""
    raw = path.read_bytes()
    try:
        decode(raw, display)
    except InputError as enc:
        return enc
    located = _diagnose(decode(raw, display), display)
    if located is not None:
        return InputError([located])
    first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
    return InputError.single(display, f"cannot parse as CSV: {first}", 1, 1)


def _diagnose(text: str, display: str) -> Problem | None:
    """Find the first record the csv module also rejects: a ragged row or an open quote."""
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


def _locate(
    path: Path, display: str, columns: list[str], rows: list[dict[str, object]]
) -> list[Problem]:
    """Map data-row numbers to (line, column) with the csv module; only runs on the error path."""
    starts = _record_lines(path, display, {int(str(r["_row"])) for r in rows})
    problems = []
    for r in rows:
        row = int(str(r["_row"]))
        col = str(r["col"])
        line, raw_line = starts.get(row, (row + 2, ""))
        field = columns.index(col) if col in columns else None
        column = _char_column(raw_line, field) if field is not None else None
        problems.append(Problem(display, str(r["msg"]), line, column, col))
    return problems


def _record_lines(path: Path, display: str, wanted: set[int]) -> dict[int, tuple[int, str]]:
    """For data rows (0-based), the line where each record starts and that line's text."""
    text = decode(path.read_bytes(), display)
    lines = text.splitlines()
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader, None)
    starts: dict[int, tuple[int, str]] = {}
    line_no = reader.line_num + 1
    limit = max(wanted, default=-1)
    for row_index, _record in enumerate(reader):
        if row_index > limit:
            break
        if row_index in wanted:
            starts[row_index] = (line_no, lines[line_no - 1] if line_no - 1 < len(lines) else "")
        line_no = reader.line_num + 1
    return starts


def _char_column(line: str, field: int) -> int:
    """1-based character column where field number `field` starts in a CSV line."""
    index, pos, quoted = 0, 0, False
    while pos < len(line) and index < field:
        ch = line[pos]
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            index += 1
        pos += 1
    return pos + 1


def read_measurements(
    paths: Iterable[Path],
    indicators: dict[str, Indicator],
    provinces: Collection[str],
    display: dict[Path, str] | None = None,
) -> pl.LazyFrame:
    """Read every data file into one frame; raise `InputError` with the problems of all files.

    Two rows for the same province, indicator and date (or year, when undated) are an error even
    when they sit in different files: the engine could not tell which one to believe.
    """
    names = {path: (display or {}).get(path, str(path)) for path in paths}
    frames, problems = [], []
    for path, name in names.items():
        try:
            frames.append(read_file(path, name, indicators, provinces))
        except InputError as e:
            problems.extend(e.problems)
    if problems:
        raise InputError(problems)
    if not frames:
        return pl.LazyFrame(schema=MEASUREMENT_SCHEMA)
    combined = pl.concat(frames).collect()
    dups = _duplicates(combined)
    if dups.height:
        raise InputError(_locate_duplicates(dups, names))
    return combined.drop("_file", "_row").lazy()


def _duplicates(df: pl.DataFrame) -> pl.DataFrame:
    """Rows repeating an earlier row's province + indicator + date (or + year when undated)."""
    when = pl.when(pl.col("date").is_null()).then(pl.col("year").cast(pl.String))
    key = ["province", "indicator", "_when"]
    with_key = df.with_row_index("_seq").with_columns(_when=when.otherwise(pl.col("date")))
    first = with_key.group_by(key).agg(
        pl.col("_seq").min().alias("_first_seq"),
    )
    return (
        with_key.join(first, on=key)
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


def _locate_duplicates(dups: pl.DataFrame, names: dict[Path, str]) -> list[Problem]:
    by_name = {name: path for path, name in names.items()}
    lines: dict[tuple[str, int], int] = {}
    for name in set(dups["_file"].to_list()) | set(dups["_first_file"].to_list()):
        rows = dups.filter(pl.col("_file") == name)["_row"].to_list()
        rows += dups.filter(pl.col("_first_file") == name)["_first_row"].to_list()
        path = by_name[name]
        for row, line in _record_lines(path, name, set(rows)).items():
            lines[(name, row)] = line[0]
    problems = []
    for r in dups.iter_rows(named=True):
        first = f"line {lines[(r['_first_file'], r['_first_row'])]}"
        if r["_first_file"] != r["_file"]:
            first = f"{first} of {r['_first_file']}"
        what = "date" if r["date"] is not None else "year (both undated)"
        problems.append(
            Problem(
                r["_file"],
                f"duplicate row: same province, indicator and {what} as {first}; "
                "keep one, or give each row the date of its report",
                lines[(r["_file"], r["_row"])],
                1,
                "row",
            )
        )
    return problems
