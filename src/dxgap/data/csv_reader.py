"""CSV files, comma- or tab-separated (Excel's "Unicode text"): the header read and checked
here, the body scanned lazily by Polars. A row is located at the line where its record starts,
a cell at its line and character column, by the quote-aware scanner of `records`.
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
from dxgap.data.table import COLUMNS, GridPlace, Place, Table, check_header, first_line
from dxgap.errors import InputError, Problem
from dxgap.files import decode, looks_utf16
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

    def _source(self) -> BinaryIO:
        return io.BytesIO(self.body) if self.body is not None else self.path.open("rb")

    def locate(self, rows: Collection[int], columns: Sequence[str]) -> dict[int, Place]:
        """Each row's record, found by scanning the file up to the last row wanted (a row not
        found, in a file changed meanwhile, is placed as if every record were one line)."""
        with self._source() as fh:
            found = records.records_at(fh, self.separator, [r + 1 for r in rows])
        places: dict[int, Place] = {}
        for r in rows:
            record = found.get(r + 1)
            places[r] = (
                CsvPlace(record, columns, self.separator)
                if record is not None
                else GridPlace(r + 2, columns)
            )
        return places

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
            return [Problem(display, fault.msg, fault.line, 1)]
        return [Problem(display, Msg("csv.unparsable", reason=first_line(error)), 1, 1)]


def separator_of(header: str) -> str:
    """Tab when the header line has tabs and no commas (Excel's "Unicode text"), else comma."""
    return "\t" if "\t" in header and "," not in header else ","


def _refuse(display: str, msg: Msg, column: int = 1) -> InputError:
    return InputError.single(display, msg, 1, column)


def _head(path: Path, display: str) -> tuple[bytes, bytes | None]:
    """(the header line's bytes, the whole file as UTF-8 when it is UTF-16, else None); an
    `InputError` for a file that is empty, binary or not UTF-8/UTF-16 text."""
    with path.open("rb") as fh:
        head = fh.read(MAX_HEADER_BYTES + 1)
    if not head.strip(b" \t\r\n\x00"):
        raise _refuse(display, Msg("data.empty_file", header=",".join(COLUMNS[:4])))
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and b"\x00" in head and not looks_utf16(head):
        raise _refuse(display, Msg("data.binary"))
    if not utf16 and looks_utf16(head):
        raise _refuse(display, Msg("data.utf16_no_bom"))
    if utf16:
        try:
            text = path.read_bytes().decode("utf-16")
        except UnicodeDecodeError as e:
            raise _refuse(display, Msg("data.broken_utf16", reason=e.reason)) from None
        body = text.removeprefix("\ufeff").encode("utf-8")
        return body.split(b"\n", 1)[0], body
    if b"\n" not in head and len(head) > MAX_HEADER_BYTES:
        raise _refuse(display, Msg("data.long_first_line", limit=MAX_HEADER_BYTES))
    return head.split(b"\n", 1)[0], None


def _header(line: bytes, display: str) -> tuple[list[str], list[int], str]:
    """(column names, their character columns on line 1, the separator) of a header line."""
    decode(line, display)  # the header only; Polars checks the body
    line = line.removeprefix(_BOM).removesuffix(b"\r")
    if b"\r" in line:
        at = len(line[: line.index(b"\r")].decode("utf-8")) + 1
        raise _refuse(display, Msg("data.bare_cr"), at)
    separator = separator_of(line.decode("utf-8"))
    found = records.fields(line, separator)
    names = [value.decode("utf-8").strip() for _, value in found]
    positions = [len(line[:start].decode("utf-8")) + 1 for start, _ in found]
    return names, positions, separator


def read_csv(path: Path, display: str) -> Table:
    """A CSV file as text cells, scanned lazily (a UTF-16 file is read into memory, as UTF-8);
    the header checked (`InputError` listing its problems)."""
    header, body = _head(path, display)
    columns, positions, separator = _header(header, display)
    check_header(columns, positions, display)
    frame = pl.scan_csv(
        io.BytesIO(body) if body is not None else path,
        infer_schema=False,
        separator=separator,
        truncate_ragged_lines=False,
        raise_if_empty=False,
        glob=False,
    )
    frame = frame.rename(dict(zip(frame.collect_schema().names(), columns, strict=False)))
    locator = CsvLocator(path, separator, body)
    return Table(display, columns, frame.with_row_index("_row"), locator)
