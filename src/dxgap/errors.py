"""What goes wrong, as data: located problems and the exceptions dxgap raises.

Nothing here is worded in a language. A `Problem` is a message by code (`dxgap.text.Msg`) located
in a file; an exception carries a message or, for invalid input, every problem found. The text
a person reads comes from the catalogues, rendered in the language of the command, so English
and Vietnamese are made from the same code and parameters and nothing is ever parsed back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from dxgap.text import Msg, location_label, printable, t

Severity = Literal["error", "warning", "notice"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file, located as precisely as the file format allows.

    `line` and `column` are 1-based: a line and a character column in text files, a row and a
    column number in a workbook's `sheet` (then shown as `path:Sheet!C5`, as spreadsheets name
    cells). `location` is where inside the file, in the file's own terms: a YAML path
    (`targets[2].value`) or a data column (`value`), or `row` for a whole data row. `record`:
    the key of a row of a database query's result, which has no lines (`province=binh-duong,
    year=2024`); `line` is then the row's number in the result, and the place is shown as
    `path: row 12 (province=binh-duong, year=2024)`.
    """

    path: str
    msg: Msg
    line: int | None = None
    column: int | None = None
    location: str = ""
    severity: Severity = "error"
    sheet: str | None = None
    record: str | None = None

    @property
    def code(self) -> str:
        """The stable code of what is wrong (`data.not_a_number`), for scripts."""
        return self.msg.code

    def message(self, lang: str = "en") -> str:
        """What is wrong, in `lang`."""
        return self.msg.render(lang)

    @property
    def where(self) -> str:
        """`path:line:col`, `path:Sheet!C5` in a workbook, `path: row 12 (key)` in a query's
        result (see `place`)."""
        return self.place("en")

    def place(self, lang: str = "en") -> str:
        """`where`, in `lang` (a query result's row is named in words)."""
        if self.record is not None and self.line is not None:
            return f"{self.path}: {t('location.record', lang, row=self.line, key=self.record)}"
        if self.sheet is not None and self.line is not None:
            return f"{self.path}:{sheet_ref(self.sheet)}!{cell_ref(self.line, self.column or 1)}"
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def format(self, lang: str = "en") -> str:
        """`path:line:col: location: [warning: ]message`, in `lang`."""
        where = printable(self.place(lang))  # a file's name may hold anything
        loc = f" {printable(location_label(self.location, lang))}:" if self.location else ""
        tag = t(self.severity, lang) if self.severity != "error" else ""
        return f"{where}:{loc} {tag}{self.message(lang)}"

    def __str__(self) -> str:
        return self.format("en")

    def to_dict(self, lang: str = "en") -> dict[str, object]:
        """The stable JSON shape documented for `dxgap validate --format json`."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "location": self.location,
            "message": self.message(lang),
            "severity": self.severity,
            "code": self.code,
            "sheet": self.sheet,
            "record": self.record,
        }


def cell_ref(row: int, column: int) -> str:
    """A spreadsheet's name for a cell: (5, 3) → `C5`, (1, 28) → `AB1`."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row}"


def sheet_ref(sheet: str) -> str:
    """A sheet's name as a spreadsheet writes it before `!`: quoted when it is not one word
    (`'Số liệu 2024'`, quotes inside doubled)."""
    if sheet.replace("_", "").isalnum():
        return sheet
    return "'" + sheet.replace("'", "''") + "'"


class DxgapError(Exception):
    """Base class: an expected failure with a message fit for the user (exit code 1)."""

    exit_code = 1

    def __init__(self, msg: Msg) -> None:
        self.msg = msg
        super().__init__(msg.code)

    def lines(self, lang: str = "en") -> list[str]:
        """What to tell the user, one line each, in `lang`."""
        return [self.msg.render(lang)]

    def __str__(self) -> str:
        return "\n".join(self.lines("en"))


class InputError(DxgapError):
    """One or more input files (targets, catalogue, data) are invalid; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(Msg("input.invalid", count=len(self.problems)))

    def lines(self, lang: str = "en") -> list[str]:
        """Every problem, located."""
        return [p.format(lang) for p in self.problems]

    @classmethod
    def single(
        cls,
        path: str | Path,
        msg: Msg,
        line: int | None = None,
        column: int | None = None,
        location: str = "",
    ) -> InputError:
        """The error for one located problem."""
        return cls([Problem(str(path), msg, line, column, location)])


class NotFoundError(DxgapError):
    """A province, target, indicator or file named by the user does not exist."""


class UsageError(DxgapError):
    """The command line is inconsistent in a way typer cannot see (exit code 2)."""

    exit_code = 2


class OutputError(DxgapError):
    """An output file could not be written; any existing file was left untouched."""
