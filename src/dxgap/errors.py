"""What goes wrong, as data: messages by code, located problems, and the exceptions dxgap raises.

Nothing here is worded in a language. A `Msg` is a code and its parameters; a `Problem` is a
message located in a file; the text a person reads comes from the catalogues in `dxgap.text`,
rendered in the language of the command (`Msg.render(lang)`), so English and Vietnamese are made
from the same code and parameters and nothing is ever parsed back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


class Msg:
    """A message by code: `Msg("data.not_a_number", cell="8 6.3")`.

    The code names an entry of every language's catalogue; the parameters fill its placeholders.
    A parameter is user text or an identifier (`str`), a count or a year (`int`), a value
    (`float`), a nested message rendered in the same language, or a list of these (see
    `dxgap.text.render` for how each is written).
    """

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: Mapping[str, object] = params

    def render(self, lang: str = "en") -> str:
        """The message in `lang` ("en" or "vi")."""
        from dxgap.text import render

        return render(self, lang)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Msg({self.code!r}{args})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and self.code == other.code and self.params == other.params

    def __hash__(self) -> int:
        return hash(self.code)

    def to_dict(self) -> dict[str, object]:
        """`{"code": …, "params": {…}}`, nested messages included (JSON-ready)."""
        return {"code": self.code, "params": {k: _plain(v) for k, v in self.params.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Msg:
        """The inverse of `to_dict`."""
        params = data.get("params")
        if not isinstance(params, Mapping):
            params = {}
        return cls(str(data["code"]), **{str(k): _unplain(v) for k, v in params.items()})


def _plain(value: object) -> object:
    if isinstance(value, Msg):
        return {"$msg": value.to_dict()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _unplain(value: object) -> object:
    if isinstance(value, Mapping) and "$msg" in value:
        inner = value["$msg"]
        return Msg.from_dict(inner) if isinstance(inner, Mapping) else None
    if isinstance(value, list):
        return [_unplain(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input file, located as precisely as the file format allows.

    `location` is where inside the file, in the file's own terms: a YAML path
    (`targets[2].value`) or a data column (`value`), or `row` for a whole data row.
    """

    path: str
    msg: Msg
    line: int | None = None
    column: int | None = None
    location: str = ""
    severity: Severity = "error"

    @property
    def code(self) -> str:
        """The stable code of what is wrong (`data.not_a_number`), for scripts."""
        return self.msg.code

    def message(self, lang: str = "en") -> str:
        """What is wrong, in `lang`."""
        return self.msg.render(lang)

    def format(self, lang: str = "en") -> str:
        """`path:line:col: location: [warning: ]message`, in `lang`."""
        from dxgap.text import location_label, t

        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        loc = f" {location_label(self.location, lang)}:" if self.location else ""
        tag = t("warning", lang) if self.severity == "warning" else ""
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
        }


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
