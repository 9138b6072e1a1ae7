"""The exceptions dxgap raises for expected failures; the CLI turns them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file, located as precisely as the file format allows."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    location: str = ""
    severity: Severity = "error"
    lang: str = "en"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        loc = f" {self.location}:" if self.location else ""
        tag = ""
        if self.severity == "warning":
            from dxgap.messages import t

            tag = t("warning", self.lang)
        return f"{where}:{loc} {tag}{self.message}"

    def in_language(self, lang: str) -> Problem:
        """The same problem with its message in `lang` (see `messages.translate`)."""
        from dxgap.messages import translate

        return replace(self, message=translate(self.message, lang), lang=lang)

    def to_dict(self) -> dict[str, object]:
        """The stable JSON shape documented for `dxgap validate --format json`."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "location": self.location,
            "message": self.message,
            "severity": self.severity,
        }


class DxgapError(Exception):
    """Base class: an expected failure with a message fit for the user (exit code 1)."""

    exit_code = 1


class InputError(DxgapError):
    """One or more input files (targets, catalogue, data) are invalid; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def single(
        cls,
        path: str | Path,
        message: str,
        line: int | None = None,
        column: int | None = None,
        location: str = "",
    ) -> InputError:
        """Build the error for one located problem."""
        return cls([Problem(str(path), message, line, column, location)])


class NotFoundError(DxgapError):
    """A province, target, indicator or file named by the user does not exist."""


class UsageError(DxgapError):
    """The command line is inconsistent in a way typer cannot see (exit code 2)."""

    exit_code = 2


class OutputError(DxgapError):
    """An output file could not be written; any existing file was left untouched."""
