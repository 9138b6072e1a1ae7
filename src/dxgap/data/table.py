"""A data file as a table of text cells, whatever its format, and how to point back into it.

Every reader (`csv_reader`, `xlsx_reader`, `parquet_reader`) turns its file into a `Table`:
the columns of the header, a lazy frame of text cells, and a `Locator` of its own that knows
where a row and a cell are in that format (a CSV line and character column, a spreadsheet row
and cell column, a Parquet row). Problems found later, by the cell rules or by comparing rows,
are located through the same object. Also here: the columns a data file may have, the header
check, and the sidecar `<file>.yaml` that says how a file writes numbers.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import polars as pl
from pydantic import ValidationError

from dxgap.data.numbers import Style
from dxgap.errors import InputError, Problem
from dxgap.files import sidecar_of
from dxgap.names import did_you_mean
from dxgap.targets.load import parse_yaml
from dxgap.targets.located import pydantic_problems
from dxgap.targets.models import DataFileOptions
from dxgap.text import EXCERPT, Msg, excerpt

COLUMNS = (
    *("province", "indicator", "year", "value", "date", "source", "note", "area", "breakdown"),
    *("numerator", "denominator", "target", "state", "out_of", "period", "definition"),
    "note_vi",
)
"""Every column a data file may have, in the order messages list them."""
REQUIRED = ("province", "year")
"""Columns every data file has; it has `indicator` (figures), `target` (task states) or both."""
OPTIONAL = tuple(c for c in COLUMNS if c not in REQUIRED)
TASK_COLUMNS = ("target", "state")
"""A task state row: a target of the province's file and its state (both, or neither)."""
NEW_COLUMNS = ("target", "state", "out_of", "period", "definition", "note_vi")
"""The optional columns of task states, ranks out of N, reference periods, definitions and the
note in Vietnamese: the rules of their cells are evaluated only on files that have them."""
NUMERIC = ("value", "numerator", "denominator")
FREE_TEXT = ("source", "note", "area", "breakdown", "definition", "note_vi")
"""Columns of free text: a quoted CSV cell that swallowed rows reads without complaint there
(anywhere else the swallowed text is no province, year, number or date)."""

_CONTROL_CHARS = (
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
CONTROL = _CONTROL_CHARS + r"|\r(?:[^\n]|$)"
"""What no cell or column name may hold (a regular expression Polars and Python both read):
C0 control characters but the tab and the line break (`\r` only as part of `\r\n`), DEL, C1
control characters, and the marks that reorder text (left-to-right and right-to-left marks,
bidi embeddings, overrides and isolates). They are not text a report means: they recolour a
terminal, set its title, clear it or show words reversed, and a NUL would reach exports."""

_CONTROL = re.compile(_CONTROL_CHARS + r"|\r(?!\n)")

MAX_HEADER_PROBLEMS = 10
"""Problems listed for a header's columns, then one line of how many more (a header of 30,000
columns named `c`: "… and 29,990 more"); missing required columns are always listed."""


def control_in(text: str) -> str | None:
    """The first character of `text` that `CONTROL` refuses, or None."""
    found = _CONTROL.search(text)
    return found[0][0] if found else None


def codepoint(char: str) -> str:
    """A character as Unicode names it: `U+001B`."""
    return f"U+{ord(char):04X}"


def around(text: str, char: str) -> str:
    """A message's excerpt of `text` showing where `char` first is: up to 10 characters before
    it (after "…" when the cell starts earlier), the character, and what follows, cut to the
    excerpt's length."""
    at = text.index(char)
    start = max(0, at - 10)
    return ("…" if start else "") + excerpt(text[start:], EXCERPT)


class Place(Protocol):
    """Where one data row is in its file."""

    @property
    def line(self) -> int:
        """The line (or spreadsheet row) where the row starts, 1-based."""
        ...

    def cell(self, column: str) -> tuple[int, int]:
        """(line, column) where the row's cell of `column` starts, both 1-based; the row's
        first column when the file has no such column."""
        ...


class Locator(Protocol):
    """A reader's knowledge of its format: where rows are, and what a Polars error means."""

    def locate(self, rows: Collection[int], columns: Sequence[str]) -> dict[int, Place]:
        """The place of each data row in `rows` (0-based, as `_row` numbers them)."""
        ...

    def explain(self, error: Exception, display: str, columns: Sequence[str]) -> list[Problem]:
        """Located problems for an error Polars raised while reading the file."""
        ...

    def scan(self, display: str) -> list[Problem]:
        """Located problems of what Polars reads without an error but not as written (a CSV
        file's text after a closing quote); none for the other formats."""
        ...


@dataclass(frozen=True)
class GridPlace:
    """A row of a grid without text lines (a spreadsheet, a Parquet file): the cell's column is
    its position in the header."""

    line: int
    columns: Sequence[str]

    def cell(self, column: str) -> tuple[int, int]:
        """(row, column number) of a cell."""
        if column not in self.columns:
            return self.line, 1
        return self.line, list(self.columns).index(column) + 1


@dataclass(frozen=True)
class GridLocator:
    """Rows of a grid: data row 0 is line `first`; Polars errors are "unreadable: <reason>"."""

    first: int
    unreadable: str  # the code of the reader's "not a readable file" message

    def locate(self, rows: Collection[int], columns: Sequence[str]) -> dict[int, Place]:
        """Each row's line: its number plus `first`."""
        return {r: GridPlace(r + self.first, columns) for r in rows}

    def explain(self, error: Exception, display: str, columns: Sequence[str]) -> list[Problem]:
        """The error's first line, as the reason the file cannot be read."""
        return [Problem(display, Msg(self.unreadable, reason=first_line(error)), 1, 1)]

    def scan(self, display: str) -> list[Problem]:
        """Nothing: a grid's cells are read as stored."""
        return []


@dataclass
class Table:
    """A data file as text cells, with what is needed to point back into it.

    `frame` has every column as text (`pl.String`), `_row` (the 0-based data row) and
    `_num_<col>` for numeric cells a spreadsheet or Parquet file stores typed (`native`: those
    that need no parsing at all), and what the reader found wrong with cells as stored
    (`_fault_<col>`, `_over_<col>`: see `rules`). `stored` is the file's cells in their stored
    types, with `_row` (Parquet; the screen reads those). `screenable`: the screen may vouch for
    the file. `sheet`: the workbook sheet read (its problems are located as `Sheet!C5`);
    `separator`: a CSV file's; `notes`: warnings the reader has for the user (hidden sheets
    skipped).
    """

    display: str
    columns: list[str]
    frame: pl.LazyFrame
    locator: Locator
    native: frozenset[str] = frozenset()
    stored: pl.LazyFrame | None = None
    screenable: bool = True
    sheet: str | None = None
    separator: str | None = None
    notes: tuple[Problem, ...] = ()
    _places: dict[int, Place] = field(default_factory=dict, init=False, repr=False)

    def locate(self, rows: Iterable[int]) -> dict[int, Place]:
        """The place of each data row (located once, remembered)."""
        missing = set(rows) - set(self._places)
        if missing:
            self._places.update(self.locator.locate(missing, self.columns))
        return self._places

    def explain(self, error: Exception) -> list[Problem]:
        """Located problems for an error Polars raised while reading this file."""
        return self.locator.explain(error, self.display, self.columns)

    def scan(self) -> list[Problem]:
        """Located problems of what Polars read without an error but not as written (see
        `Locator.scan`): one more pass over a CSV file that holds quotes."""
        return self.locator.scan(self.display)


@dataclass(frozen=True)
class Where:
    """Where a data row is: its line (a spreadsheet's row), and the sheet in a workbook."""

    line: int
    sheet: str | None = None


def places_of(
    tables: Sequence[Table], rows: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], Where]:
    """Where each (file number, data row) is, each file's rows located by its reader."""
    by_file: dict[int, set[int]] = {}
    for fileno, row in rows:
        by_file.setdefault(fileno, set()).add(row)
    out: dict[tuple[int, int], Where] = {}
    for fileno, wanted in by_file.items():
        table = tables[fileno]
        places = table.locate(wanted)
        out.update({(fileno, r): Where(places[r].line, table.sheet) for r in wanted})
    return out


def lines_of(
    tables: Sequence[Table], rows: Iterable[tuple[int, int]]
) -> dict[tuple[int, int], int]:
    """The line of each (file number, data row), each file's rows located by its reader."""
    return {key: where.line for key, where in places_of(tables, rows).items()}


def first_line(error: Exception, limit: int = 120) -> str:
    """The first line of an error's text (or its type), cut to `limit` characters."""
    text = str(error).strip()
    return excerpt(text.splitlines()[0] if text else type(error).__name__, limit)


def check_header(
    columns: Sequence[str],
    positions: Sequence[int],
    display: str,
    sheet: str | None = None,
    line: int = 1,
) -> None:
    """Raise `InputError` for repeated, unknown or missing columns and names holding control
    characters; `positions` are the columns' places on the header's `line` (character columns
    in CSV, cell numbers elsewhere; `sheet`: the workbook sheet they are on). At most
    `MAX_HEADER_PROBLEMS` problems of columns are listed, then how many more there are; time
    grows with the columns."""
    problems: list[Problem] = []
    more = 0
    seen: set[str] = set()
    for name, col in zip(columns, positions, strict=True):
        twice = name in seen
        seen.add(name)
        if not twice and name in COLUMNS:  # a known name holds no control character
            continue
        if len(problems) == MAX_HEADER_PROBLEMS:
            more += 1
            continue
        msg = _column_problem(name, twice)
        problems.append(Problem(display, msg, line, col, excerpt(name), sheet=sheet))
    if more:
        msg = Msg("data.more_header_problems", count=more, limit=MAX_HEADER_PROBLEMS)
        problems.append(Problem(display, msg, line, 1, sheet=sheet))
    missing = _missing(seen)
    header = excerpt(", ".join(columns[:20]), EXCERPT)
    for name in missing:
        msg = Msg("data.missing_column", column=name, header=header)
        problems.append(Problem(display, msg, line, 1, sheet=sheet))
    if problems:
        raise InputError(problems)


def _missing(seen: set[str]) -> list[str]:
    """The columns a header lacks: `province` and `year`; `indicator` unless it has `target`
    (a file of task states only); unless it holds task states only, a `value` or both
    `numerator` and `denominator`; `state` with `target`, and `target` with `state`."""
    wanted = ("province", "indicator", "year")
    missing = [n for n in wanted if n not in seen and (n != "indicator" or "target" not in seen)]
    figures = "indicator" in seen or "target" not in seen
    if figures and "value" not in seen and not {"numerator", "denominator"} <= seen:
        missing.append("value")
    for one, other in (TASK_COLUMNS, TASK_COLUMNS[::-1]):
        if one in seen and other not in seen:
            missing.append(other)
    return missing


def _column_problem(name: str, twice: bool) -> Msg:
    """What is wrong with a column name that is unknown or repeated (`twice`)."""
    char = control_in(name)
    if char is not None:
        return Msg("data.control_character", cell=around(name, char), code=codepoint(char))
    if twice:
        return Msg("data.column_twice", column=name)
    hint = did_you_mean(excerpt(name, 100), COLUMNS)
    return Msg("data.unknown_column", column=name, hint=hint, allowed=list(COLUMNS))


def options_for(path: Path, display: str) -> DataFileOptions:
    """The sidecar options of a data file (`x.csv.yaml`; none set when it has none);
    `InputError` for a sidecar that is not valid."""
    sidecar = sidecar_of(path)
    if not sidecar.is_file():
        return DataFileOptions()
    parsed = parse_yaml(sidecar, display + ".yaml")
    if parsed.data is None and not parsed.at.problems:
        return DataFileOptions()
    if parsed.at.problems:
        raise InputError(parsed.at.problems)
    try:
        return DataFileOptions.model_validate(parsed.data)
    except ValidationError as e:
        pydantic_problems(e, DataFileOptions, parsed.at)
        raise InputError(parsed.at.problems) from None


def style_of(options: DataFileOptions, default: Style, separator: str | None) -> Style:
    """How a file writes numbers: as its sidecar declares; else the command line's `default`,
    except that a `;`-separated file (what Excel writes where `,` is the decimal mark) is read
    in `either` style unless the command line says comma."""
    if "decimal" in options.model_fields_set:
        return options.decimal
    if separator == ";" and default == "point":
        return "either"
    return default
