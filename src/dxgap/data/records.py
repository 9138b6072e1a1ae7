"""CSV records as Polars reads them, found again in the file's bytes: where a data row starts,
where one of its cells starts, and which record Polars could not parse.

One small quote-aware scanner replaces the csv module (which knows neither the file's separator
nor Polars' rules, and needs a process-wide field size limit for large cells). It reads the
bytes in blocks of `BLOCK`, so memory stays small on large files, and reads a block of plain
lines (no quote in it) with counts alone (of its newlines, or of each line's separators), so
on the error path it costs less than Polars' own parse; only lines with quotes are walked.

Polars' rules, as checked against it: a record ends at a newline after an even number of
quotes (its splitter counts every quote, so an escaped `""` changes nothing); an empty line is a
row of missing cells; `\\r` is a line end only before `\\n`; a field that starts with a quote
is quoted and must end at a separator or the line's end, while a quote further into a field is
text (but one left open at a line's end splits the record differently, which Polars refuses);
a row may have fewer fields than the header, never more.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, BinaryIO

from dxgap.text import Msg, excerpt

BLOCK = 1 << 23
"""Bytes read at a time (a block grows to hold a longer line)."""

KEEP = 1 << 20
"""Bytes of a located record kept to find its cells (a cell further on points at the record)."""

QUOTE = b'"'


@dataclass(frozen=True)
class Record:
    """One record of a CSV file: the line where it starts and its bytes (up to `KEEP`), without
    the final line end."""

    line: int
    text: bytes


@dataclass(frozen=True)
class Fault:
    """The first record Polars cannot parse: where it starts (or where its bare carriage
    return is), and why."""

    line: int
    msg: Msg
    column: int = 1


_BARE_CR = re.compile(rb"\r(?!\n)")


def _bare_cr(text: bytes, line: int) -> Fault | None:
    """A carriage return not followed by a line feed in `text` (lines starting at `line`):
    Polars ends no line there, so the line after it joins the row (or the cell) before it."""
    found = _BARE_CR.search(text)
    if found is None:
        return None
    at = found.start()
    start = text.rfind(b"\n", 0, at) + 1
    column = len(text[start:at].decode("utf-8", "replace")) + 1
    return Fault(line + text.count(b"\n", 0, at), Msg("data.bare_cr"), column)


def blocks(source: BinaryIO) -> Iterator[bytes]:
    """The bytes of `source` in whole lines, about `BLOCK` at a time (the last may lack `\\n`)."""
    parts: list[bytes] = []
    while chunk := source.read(BLOCK):
        cut = chunk.rfind(b"\n") + 1
        if cut == 0:
            parts.append(chunk)
            continue
        parts.append(chunk[:cut])
        yield b"".join(parts)
        parts = [chunk[cut:]]
    rest = b"".join(parts)
    if rest:
        yield rest


def _lines_in(block: bytes) -> int:
    """Physical lines in a block: each `\\n` ends one; text after the last is one more."""
    return block.count(b"\n") + (0 if block.endswith(b"\n") else 1)


def _pieces(block: bytes) -> Iterator[tuple[bytes, int]]:
    """The lines of a block, without their `\\n`, and where each ends (where its `\\n` is,
    or the block's length for a last line without one)."""
    pos, size = 0, len(block)
    while pos < size:
        end = block.find(b"\n", pos)
        if end < 0:
            end = size
        yield block[pos:end], end
        pos = end + 1


def records_at(source: BinaryIO, separator: str, wanted: Collection[int]) -> dict[int, Record]:
    """The records numbered `wanted` (0 is the header, 1 the first data row), scanning no
    further than the last of them."""
    todo = sorted(set(wanted), reverse=True)  # the next one wanted last
    found: dict[int, Record] = {}
    current, line, quoted = -1, 1, False  # the record being read, the next line's number
    start, size, parts = 0, 0, list[bytes]()
    for block in blocks(source):
        if not todo:
            break
        if not quoted and QUOTE not in block:  # plain lines: one record each
            n = _lines_in(block)
            if current + n < todo[-1]:
                current, line = current + n, line + n
                continue
        for piece, _ in _pieces(block):
            if not quoted:
                current, start, size, parts = current + 1, line, 0, []
            line += 1
            quoted ^= bool(piece.count(QUOTE) & 1)
            if current != todo[-1]:
                continue
            if size < KEEP:
                parts.append(piece)
                size += len(piece) + 1
            if not quoted:
                found[current] = Record(start, b"\n".join(parts)[:KEEP].removesuffix(b"\r"))
                todo.pop()
                if not todo:
                    return found
    if quoted and todo and current == todo[-1]:  # the file ends inside quotes
        found[current] = Record(start, b"\n".join(parts)[:KEEP])
    return found


def _significant(separator: str) -> re.Pattern[bytes]:
    return re.compile(b'["' + re.escape(separator.encode()) + b"]")


def field_starts(text: bytes, separator: str) -> list[int]:
    """Byte offsets where each field of a record starts, read as Polars reads fields: in a field
    that starts with a quote every quote opens or closes quoting (`""` is an escaped quote), in
    any other field quotes are text."""
    sep = separator.encode()
    starts, quoting, inside = [0], False, False
    for m in _significant(separator).finditer(text):
        i = m.start()
        if text[i : i + 1] == sep:
            if not inside:
                starts.append(i + 1)
                quoting = False
        elif i == starts[-1]:
            quoting = inside = True
        elif quoting:
            inside = not inside
    return starts


def fields(text: bytes, separator: str) -> list[tuple[int, bytes]]:
    """A record's fields: (byte offset, value with its quotes undone)."""
    starts = field_starts(text, separator)
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    out = []
    for s, e in zip(starts, ends, strict=True):
        raw = text[s:e]
        if raw.startswith(QUOTE) and raw.endswith(QUOTE) and len(raw) > 1:
            raw = raw[1:-1].replace(b'""', b'"')
        out.append((s, raw))
    return out


def position(record: Record, field: int, separator: str) -> tuple[int, int]:
    """(line, character column) where field number `field` (0-based) of `record` starts; past
    the record's end when it has fewer fields."""
    starts = field_starts(record.text, separator)
    at = starts[field] if field < len(starts) else len(record.text)
    line_start = record.text.rfind(b"\n", 0, at) + 1
    column = len(record.text[line_start:at].decode("utf-8", "replace")) + 1
    return record.line + record.text.count(b"\n", 0, at), column


def _column(piece: bytes, at: int) -> int:
    """The character column (1-based) of byte offset `at` of a line."""
    return len(piece[:at].decode("utf-8", "replace")) + 1


@dataclass
class _Walk:
    """The fault search within a record: Polars' field parser (is a quoted field open?) and
    its record splitter (is the count of quotes odd?), which must agree at every line end."""

    separator: str
    quoted: bool = False  # inside a quoted field
    odd: bool = False  # an odd number of quotes since the record started
    fields: int = 1
    start: int = 1  # the line where the record starts
    opened: tuple[int, bytes, int] = (0, b"", 0)  # the open quote: its line (0: unknown), …
    pattern: re.Pattern[bytes] = field(init=False)

    def __post_init__(self) -> None:
        self.pattern = _significant(self.separator)

    def begin(self, line: int) -> None:
        """A new record starts on `line`."""
        self.start, self.fields, self.odd = line, 1, False

    def line(self, piece: bytes, ended: bool, number: int) -> Fault | None:
        """Read physical line `number`, of the record (`ended`: a newline follows it); the
        fault that makes the record malformed, if there is one: a quote that closes a quoted
        cell followed by text (at the quote), or a quote inside an unquoted field."""
        sep = self.separator.encode()
        at = -1 if self.quoted else 0  # where the current field starts in this line
        skip = -1
        for m in self.pattern.finditer(piece):
            i = m.start()
            if i <= skip:
                continue
            char = piece[i : i + 1]
            if not self.quoted:
                if char == sep:
                    self.fields, at = self.fields + 1, i + 1
                elif i == at:  # a quote opens a quoted field; elsewhere it is text
                    self.quoted, self.opened = True, (number, piece, i)
                continue
            if char != QUOTE:
                continue
            after = piece[i + 1 : i + 2]
            if after == QUOTE:  # an escaped quote
                skip = i + 1
            elif after in (b"", sep) or (after == b"\r" and i + 2 == len(piece)):
                self.quoted = False
            else:
                return self.text_after(piece, at, i, number)
        self.odd ^= bool(piece.count(QUOTE) & 1)
        if ended and self.odd != self.quoted:  # a quote inside an unquoted field
            return Fault(self.start, Msg("csv.malformed", reason=Msg("csv.quote_in_field")))
        return None

    def text_after(self, piece: bytes, at: int, i: int, number: int) -> Fault:
        """The fault of the quote at offset `i` of line `number`, which closes the quoted field
        starting at offset `at` (-1: on an earlier line) and is followed by text."""
        sep = self.separator.encode()
        end = piece.find(QUOTE + sep, i + 1) + 1 or len(piece)  # the cell's end, likely
        cell = excerpt(piece[max(at, 0) : end].decode("utf-8", "replace").rstrip("\r"))
        opened, where, offset = self.opened
        if at >= 0 or opened in (0, number):
            msg = Msg("csv.text_after_quote", cell=cell)
        else:  # the cell opened lines before: say where, as that quote may be the stray one
            column = _column(where, offset)
            msg = Msg("csv.text_after_quote_opened", cell=cell, line=opened, column=column)
        return Fault(number, msg, _column(piece, i))

    def never_closed(self) -> Fault:
        """The fault of a file that ends inside the quoted field opened last."""
        line, piece, at = self.opened
        column = _column(piece, at)
        return Fault(line, Msg("csv.quote_never_closed", line=line, column=column), column)


def first_fault(source: BinaryIO, separator: str, width: int) -> Fault | None:
    """The first record with more fields than `width` (the header's) or with broken quotes, or
    the first bare carriage return before it (which joins lines into one record)."""
    sep = separator.encode()
    ragged = "csv.ragged_row_tab" if separator == "\t" else "csv.ragged_row"
    walk = _Walk(separator)
    line = 1
    for block in blocks(source):
        if not walk.quoted and QUOTE not in block:  # plain lines: fields are separators + 1
            counts = list(map(bytes.count, block.split(b"\n"), repeat(sep)))
            wide = max(counts) >= width
            at = next(i for i, n in enumerate(counts) if n >= width) if wide else len(counts)
            cr = _bare_cr(block, line) if b"\r" in block else None
            if cr is not None and cr.line <= line + at:
                return cr
            if at == len(counts):
                line += _lines_in(block)
                continue
            return Fault(line + at, Msg(ragged, fields=counts[at] + 1, width=width))
        for piece, end in _pieces(block):
            ended = end < len(block)
            if b"\r" in piece and (cr := _bare_cr(piece + b"\n" * ended, line)):
                return cr
            if not walk.quoted:
                walk.begin(line)
            line += 1
            fault = walk.line(piece, ended=ended, number=line - 1)
            if fault is not None:
                return fault
            if not walk.quoted and walk.fields > width:
                return Fault(walk.start, Msg(ragged, fields=walk.fields, width=width))
    return walk.never_closed() if walk.quoted else None


def _line_shapes(separator: str) -> tuple[str, str]:
    """Regular expressions (Polars') of a well-formed line that starts outside a quoted field,
    and of one that starts inside one: fields separated by `separator`, each quoted (`"…"`,
    quotes inside doubled), unquoted (quotes inside are text) or empty, the last perhaps a
    quoted field left open (it goes on on the next line). Text after the quote that closes a
    quoted field fits neither."""
    sep = re.escape(separator) if separator != "\t" else r"\t"
    quoted = r'"(?:[^"]|"")*"'
    opened = r'"(?:[^"]|"")*'
    plain = rf'[^"{sep}][^{sep}]*'
    field = rf"(?:{quoted}|{plain})?"
    outside = rf"^(?:{field}{sep})*(?:{quoted}|{plain}|{opened})?\r?$"
    inside = rf'^(?:[^"]|"")*(?:"(?:{sep}{field})*(?:{sep}{opened})?\r?)?$'
    return outside, inside


def _first_quoted_line(source: BinaryIO) -> tuple[int, int] | None:
    """Where the first line holding a quote begins: its byte offset and its line number; None
    when `source` holds no quote. The quote is looked for first, in `BLOCK`s read as they come
    (a file without one, the common case, is read once and no line is counted: counting the line
    feeds of every block took five times as long as finding no quote in 1.4 GB); the line feeds
    are counted only up to the quote found, from the start again."""
    base = source.tell()
    offset = 0
    while chunk := source.read(BLOCK):
        quote = chunk.find(QUOTE)
        if quote >= 0:
            break
        offset += len(chunk)
    else:
        return None
    found = offset + quote
    source.seek(base)
    line, start, pos = 1, 0, 0
    while pos < found:
        chunk = source.read(min(BLOCK, found - pos))
        end = chunk.rfind(b"\n")
        if end >= 0:
            line += chunk.count(b"\n")
            start = pos + end + 1
        pos += len(chunk)
    return base + start, line


def text_after_quote(source: BinaryIO, separator: str) -> Fault | None:
    """The first quote that closes a quoted field and is followed by text, where Polars reads
    the line without an error (`"Báo cáo "số 12" ngày 5"` is read `Báo cáo số 12 ngày 5`, its
    quotes dropped): a `csv.text_after_quote` at the quote. The file is read as it comes up to
    the line of its first quote (`_first_quoted_line`: a file without one ends there); from it,
    blocks of whole lines without a quote are only counted; the lines of the others are matched against `_line_shapes` by Polars, vectorised,
    each line's start inside or outside a quoted field told by the count of quotes before it
    (Polars' own record splitter), and only the record of a line that fits neither is walked."""
    import polars as pl

    first = _first_quoted_line(source)
    if first is None:
        return None
    start, line = first
    source.seek(start)
    outside, inside = _line_shapes(separator)
    quoted = False
    for block in blocks(source):
        if QUOTE not in block:
            line += _lines_in(block)
            continue
        text = block.decode("utf-8", "replace").removesuffix("\n")
        lines = (
            pl.DataFrame({"text": [text]})
            .select(pl.col("text").str.split("\n"))
            .explode("text")
            .with_row_index("n")
            .with_columns(quotes=pl.col("text").str.count_matches('"', literal=True))
            .with_columns(
                inside=((pl.col("quotes").cum_sum() - pl.col("quotes") + int(quoted)) % 2) == 1
            )
        )
        bad = (
            lines.filter(pl.col("quotes") > 0)
            .filter(  # a line without quotes is fine
                pl.when(pl.col("inside"))
                .then(~pl.col("text").str.contains(inside))
                .otherwise(~pl.col("text").str.contains(outside))
            )
            .head(1)
        )
        if bad.height:
            fault = _walk_record(lines, bad["n"][0], separator, line)
            if fault is not None:
                return fault
        quoted ^= bool(block.count(QUOTE) & 1)
        line += _lines_in(block)
    return None


def _walk_record(lines: Any, n: int, separator: str, first: int) -> Fault | None:
    """The fault of line `n` of a block's `lines` (a frame: `n`, `text`, `inside`; the block's
    first line is line `first` of the file), walked from the start of its record (its first
    line in the block)."""
    import polars as pl

    before = lines.filter((pl.col("n") <= n) & ~pl.col("inside"))
    start = before["n"][-1] if before.height else 0
    rows = lines.filter(pl.col("n").is_between(start, n)).rows(named=True)
    walk = _Walk(separator)
    walk.begin(first + start)
    walk.quoted = walk.odd = rows[0]["inside"]  # a record begun in an earlier block
    for row in rows:
        found = walk.line(row["text"].encode("utf-8"), ended=True, number=first + row["n"])
        if found is not None:
            return found if found.msg.code.startswith("csv.text_after_quote") else None
    return None
