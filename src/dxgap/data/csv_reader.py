"""CSV files separated by commas, semicolons (Excel under comma-decimal regional settings), tabs
(Excel's "Unicode text") or `|`: the header read and checked here, the body scanned lazily by
Polars. A first line `sep=;` (as Excel writes and reads it) declares the separator and is
skipped. A row is located at the line where its record starts, a cell at its line and
character column, by the quote-aware scanner of `records`, which also finds the quotes Polars
reads without an error but not as written (text after a closing quote).
"""

from __future__ import annotations

import io
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import polars as pl

from dxgap.data import records
from dxgap.data.records import Record
from dxgap.data.table import (
    COLUMNS,
    FREE_TEXT,
    GridPlace,
    Place,
    Table,
    check_header,
    first_line,
)
from dxgap.errors import InputError, Problem
from dxgap.files import decode, looks_utf16
from dxgap.targets import models
from dxgap.text import Msg

MAX_HEADER_BYTES = 65_536
"""A first line longer than this is not a CSV header."""

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class CsvPlace:
    """A data row of a CSV file: the record it is, the header it is read with."""

    record: Record
    columns: Sequence[str]
    separator: str

    @property
    def line(self) -> int:
        """The line where the record starts."""
        return self.record.line

    def cell(self, column: str) -> tuple[int, int]:
        """(line, character column) where the cell starts (after the record's end when the
        row has fewer fields); the record's start for a column the file does not have."""
        if column not in self.columns:
            return self.record.line, 1
        return records.position(self.record, list(self.columns).index(column), self.separator)


@dataclass(frozen=True)
class CsvLocator:
    """Where rows of one CSV file are, and what a Polars error in it means."""

    path: Path
    separator: str
    body: bytes | None = None  # the file as UTF-8, when it had to be re-encoded (UTF-16)
    skip: int = 0  # lines before the header (a `sep=;` line)

    def _source(self) -> BinaryIO:
        return io.BytesIO(self.body) if self.body is not None else self.path.open("rb")

    def locate(self, rows: Collection[int], columns: Sequence[str]) -> dict[int, Place]:
        """Each row's record, found by scanning the file up to the last row wanted (a row not
        found, in a file changed meanwhile, is placed as if every record were one line)."""
        first = 1 + self.skip  # the record of data row 0
        with self._source() as fh:
            found = records.records_at(fh, self.separator, [r + first for r in rows])
        places: dict[int, Place] = {}
        for r in rows:
            record = found.get(r + first)
            places[r] = (
                CsvPlace(record, columns, self.separator)
                if record is not None
                else GridPlace(r + first + 1, columns)
            )
        return places

    def scan(self, display: str) -> list[Problem]:
        """The quote Polars reads without an error but not as written: text after the quote
        that closes a quoted field (`records.text_after_quote`), located at the quote."""
        with self._source() as fh:
            fault = records.text_after_quote(fh, self.separator)
        return [] if fault is None else [Problem(display, fault.msg, fault.line, fault.column)]

    def explain(self, error: Exception, display: str, columns: Sequence[str]) -> list[Problem]:
        """The located reason Polars could not parse the file: a byte that is not UTF-8, a row
        wider than the header, a broken quote; else Polars' own first line."""
        if self.body is None:
            raw = self.path.read_bytes()
            try:
                decode(raw, display)
            except InputError as e:
                return e.problems
        else:
            raw = self.body
        fault = records.first_fault(io.BytesIO(raw), self.separator, len(columns))
        if fault is not None:
            return [Problem(display, fault.msg, fault.line, fault.column)]
        return [Problem(display, Msg("csv.unparsable", reason=first_line(error)), 1, 1)]


SEPARATORS = models.SEPARATORS
"""The separators a CSV file may use, the first preferred when the header does not tell."""

_REGEX = {",": ",", ";": ";", "\t": r"\t", "|": r"\|"}

_SEP_LINE = b"sep="
"""How Excel's first line declaring the separator starts (`sep=;`)."""


def shown(separator: str) -> str:
    """A separator as a message shows it (and YAML's double quotes read it): tab as `\\t`."""
    return "\\t" if separator == "\t" else separator


def _names(line: bytes, separator: str) -> list[str]:
    return [v.decode("utf-8", "replace").strip() for _, v in records.fields(line, separator)]


def separator_of(header: str) -> str:
    """The separator of a header line: of comma, semicolon, tab and `|`, the one that splits it
    into the most known column names, then into the most cells; a comma when none splits it."""
    line = header.encode("utf-8")

    def score(separator: str) -> tuple[int, int]:
        names = _names(line, separator)
        return sum(name in COLUMNS for name in names), len(names)

    return max(SEPARATORS, key=score)  # the first of equals: comma, then semicolon


def _row_shape(separator: str) -> tuple[str, str, str, str]:
    """Regular expressions (Polars') of the parts of a line that looks like a data row of the
    file: (any field, a year as the reader reads one, a province or indicator id, the
    separator). A year: four digits, perhaps `+`, leading zeros or a fraction of zeros (`2023`,
    `2023.0`, `2023,00` where `,` is no separator), spaces around."""
    sep = _REGEX[separator]
    space = r"[\s&&[^\r\n\t]]*" if separator == "\t" else r"[\s&&[^\r\n]]*"
    zeros = r"\.0+" if separator == "," else r"[.,]0+"
    year = rf"{space}\+?0*[0-9]{{4}}(?:{zeros})?{space}"
    ident = rf"{space}[a-z0-9][a-z0-9_-]*{space}"
    return rf"[^{sep}\r\n]*", year, ident, sep


def swallowed(column: str, columns: Sequence[str], separator: str) -> pl.Expr:
    """Whether a cell of `column` holds a line that looks like a data row of the file: after a
    line break, a year where the year column is, and as many fields as the header — or, the
    cell's last line, up to the cell's column; or fewer fields (a short row, as the file may
    have), its province and indicator written as ids. A quote left open, or a stray one, has
    then joined rows into the cell."""
    field, year, ident, sep = _row_shape(separator)
    width, at = len(columns), columns.index(column)
    year_at = columns.index("year")
    ids = {columns.index(c) for c in ("province", "indicator") if c in columns}

    def line(fields: int, short: bool) -> str:
        parts = [
            year if i == year_at else ident if short and i in ids else field for i in range(fields)
        ]
        return sep.join(parts)

    shapes = [line(width, short=False) + r"\r?\n"]  # a whole row, more lines after it
    if at >= year_at:  # the cell's last line: the row whose cell closes the quote
        shapes.append(line(at + 1, short=False) + "$")
    shortest = max([year_at, *ids]) + 1
    shapes += [line(n, short=True) + r"\r?\n" for n in range(shortest, width)]
    return pl.col(column).str.contains(rf"\n(?:{'|'.join(shapes)})").fill_null(False)


def _refuse(display: str, msg: Msg, column: int = 1, line: int = 1) -> InputError:
    return InputError.single(display, msg, line, column)


def _head(path: Path, display: str) -> tuple[bytes, bytes | None]:
    """(the file's first `MAX_HEADER_BYTES` and one, the whole file as UTF-8 when it is UTF-16,
    else None); an `InputError` for a file that is empty, binary or not UTF-8/UTF-16 text."""
    with path.open("rb") as fh:
        head = fh.read(MAX_HEADER_BYTES + 1)
    if not head.strip(b" \t\r\n\x00"):
        raise _refuse(display, Msg("data.empty_file", header=",".join(COLUMNS[:4])))
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    # a NUL in the header line: no CSV text (a NUL further on is located in its cell)
    if not utf16 and b"\x00" in head.split(b"\n", 1)[0] and not looks_utf16(head):
        raise _refuse(display, Msg("data.binary"))
    if not utf16 and looks_utf16(head):
        raise _refuse(display, Msg("data.utf16_no_bom"))
    if utf16:
        try:
            text = path.read_bytes().decode("utf-16")
        except UnicodeDecodeError as e:
            raise _refuse(display, Msg("data.broken_utf16", reason=e.reason)) from None
        body = text.removeprefix("\ufeff").encode("utf-8")
        return body[: MAX_HEADER_BYTES + 1], body
    return head, None


def _header_line(head: bytes, display: str) -> tuple[bytes, int, str | None]:
    """(the header line, how many lines come before it, the separator a first line `sep=X`
    declares) of a file's first bytes. Excel writes and reads such a line (`sep=;`): it is
    skipped; one declaring a separator dxgap does not read is refused."""
    full = len(head) > MAX_HEADER_BYTES  # the file goes on past the bytes read
    first, _, rest = head.partition(b"\n")
    line = first.removeprefix(_BOM).removesuffix(b"\r")
    declared: str | None = None
    skip = 0
    if line[: len(_SEP_LINE)].lower() == _SEP_LINE:
        found = line[len(_SEP_LINE) :].decode("utf-8", "replace")
        if found not in SEPARATORS:
            msg = Msg("data.sep_line", line=line.decode("utf-8", "replace"), found=shown(found))
            raise _refuse(display, msg)
        if not rest.strip(b" \t\r\n\x00"):
            raise _refuse(display, Msg("data.empty_file", header=",".join(COLUMNS[:4])), 1, 2)
        declared, skip, first = found, 1, rest.partition(b"\n")[0]
        head = rest
    if b"\n" not in head and full:
        raise _refuse(display, Msg("data.long_first_line", limit=MAX_HEADER_BYTES), 1, 1 + skip)
    return first, skip, declared


def _one_cell(
    names: Sequence[str], line: bytes, separator: str, declared: bool, display: str, at: int
) -> None:
    """Refuse a header (on line `at`) that is one cell holding a separator: the whole header
    line is quoted, so no separator in it separates anything (`"province,indicator,…"`); or
    the file is read with another separator than its own, as its sidecar declares."""
    if len(names) != 1:
        return
    inside = [s for s in SEPARATORS if s in names[0]]
    others = [s for s in SEPARATORS if s != separator and s.encode() in line]
    text = line.strip()
    if inside and len(text) > 1 and text.startswith(b'"') and text.endswith(b'"'):
        found = separator_of(names[0]) if separator_of(names[0]) in inside else inside[0]
        msg = Msg("data.header_quoted", header=names[0], found=shown(found))
    elif declared and others:
        msg = Msg(
            "data.header_one_cell",
            header=names[0],
            found=shown(others[0]),
            separator=shown(separator),
            sidecar=display + ".yaml",
        )
    else:
        return
    raise _refuse(display, msg, 1, at)


def _header(
    line: bytes, display: str, declared: str | None, at: int
) -> tuple[list[str], list[int], str]:
    """(column names, their character columns on line `at`, the separator) of a header line:
    the `declared` separator, else the one the header uses."""
    decode(line, display)  # the header only; Polars checks the body
    line = line.removeprefix(_BOM).removesuffix(b"\r")
    if b"\r" in line:
        column = len(line[: line.index(b"\r")].decode("utf-8")) + 1
        raise _refuse(display, Msg("data.bare_cr"), column, at)
    separator = declared or separator_of(line.decode("utf-8"))
    found = records.fields(line, separator)
    names = [value.decode("utf-8").strip() for _, value in found]
    _one_cell(names, line, separator, declared is not None, display, at)
    return names, _columns_at(line, [start for start, _ in found]), separator


def _columns_at(line: bytes, starts: Sequence[int]) -> list[int]:
    """The character columns (1-based) of byte offsets `starts` (ascending) of a UTF-8 line,
    counted in one pass (a header may have tens of thousands of cells)."""
    columns, chars, previous = [], 0, 0
    for start in starts:
        chars += len(line[previous:start].decode("utf-8"))
        columns.append(chars + 1)
        previous = start
    return columns


def _separator(by_line: str | None, declared: str | None, display: str) -> str | None:
    """The separator declared, by a first line `sep=X` or by the sidecar; refused when both
    declare one and they differ."""
    if by_line is not None and declared is not None and by_line != declared:
        msg = Msg(
            "data.sep_line_conflict",
            found=shown(by_line),
            separator=shown(declared),
            sidecar=display + ".yaml",
        )
        raise _refuse(display, msg)
    return by_line or declared


def read_csv(path: Path, display: str, separator: str | None = None) -> Table:
    """A CSV file as text cells, scanned lazily (a UTF-16 file is read into memory, as UTF-8);
    the header checked (`InputError` listing its problems). `separator`: the one its sidecar
    declares (else the one a first line `sep=X` declares, else the header's)."""
    head, body = _head(path, display)
    header, skip, by_line = _header_line(head, display)
    declared = _separator(by_line, separator, display)
    columns, positions, separator = _header(header, display, declared, 1 + skip)
    check_header(columns, positions, display, line=1 + skip)
    frame = pl.scan_csv(
        io.BytesIO(body) if body is not None else path,
        infer_schema=False,
        separator=separator,
        skip_lines=skip,
        truncate_ragged_lines=False,
        raise_if_empty=False,
        glob=False,
    )
    frame = frame.rename(dict(zip(frame.collect_schema().names(), columns, strict=False)))
    over = [swallowed(c, columns, separator).alias(f"_over_{c}") for c in FREE_TEXT if c in columns]
    locator = CsvLocator(path, separator, body, skip)
    return Table(
        display,
        columns,
        frame.with_columns(over).with_row_index("_row"),
        locator,
        separator=separator,
    )
