"""Options shared by the commands, declared once, and the decorator that gives them to a command.

A command written as `def check(province: ..., *, common: Common) -> None` and registered with
`@command(app)` gets `--workspace`, `--decimal` and `--lang` (and, for the commands that compute
figures, `--as-of`, `--method`, `--on-track`, `--acceleration`) appended to its own options;
they reach it bundled as one `Common`: the opened workspace, the language, the analysis options.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from dxgap.cli.app import session

if TYPE_CHECKING:  # imported when a command runs: --help reads no target file's model
    from dxgap.engine import Options
    from dxgap.workspace import Workspace


class DecimalChoice(StrEnum):
    point = "point"
    comma = "comma"


class LangChoice(StrEnum):
    en = "en"
    vi = "vi"


class MethodChoice(StrEnum):
    linear = "linear"
    cagr = "cagr"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ByChoice(StrEnum):
    area = "area"
    breakdown = "breakdown"


Fmt = Annotated[TableFormat, typer.Option("--format", "-f", help="table, json, csv or markdown.")]
Provinces = Annotated[
    list[str] | None, typer.Argument(help="Provinces (ids, names or GSO codes); or --all.")
]
AllProvinces = Annotated[bool, typer.Option("--all", help="Every province of the workspace.")]

_WORKSPACE = Annotated[
    Path,
    typer.Option(
        "--workspace",
        "-w",
        envvar="DXGAP_WORKSPACE",
        help="Folder holding targets/ and data/.",
        show_default="current directory",
    ),
]
_DECIMAL = Annotated[
    DecimalChoice,
    typer.Option(
        "--decimal",
        help="How data files without a sidecar write numbers: point (86.3, 1586) or comma "
        "(Vietnamese: 86,3 and 1.586).",
    ),
]
LANG = Annotated[
    LangChoice | None,
    typer.Option(
        "--lang", help="vi or en (default: DXGAP_LANG, else the locale).", show_default=False
    ),
]
"""The `--lang` option, as every command takes it (help text: `help.opt.lang`)."""
_AS_OF = Annotated[
    int | None,
    typer.Option(
        "--as-of",
        min=2000,
        max=2100,
        help="Analyse as it stood in this year.",
        show_default="this year",
    ),
]
_METHOD = Annotated[
    MethodChoice, typer.Option("--method", "-m", help="linear or cagr (see docs/methodology.md).")
]
_ON_TRACK = Annotated[
    float, typer.Option("--on-track", help="Pace ratio at or above which a target is on track.")
]
_ACCELERATION = Annotated[
    float,
    typer.Option("--acceleration", help="Pace ratio at or above which acceleration is needed."),
]


def _param(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default
    )


_BASE = [
    _param("decimal", _DECIMAL, DecimalChoice.point),
    _param("lang", LANG, None),
    _param("workspace", _WORKSPACE, Path()),
]
_ANALYSIS = [
    _param("as_of", _AS_OF, None),
    _param("method", _METHOD, MethodChoice.linear),
    _param("on_track", _ON_TRACK, 0.95),
    _param("acceleration", _ACCELERATION, 0.6),
]


@dataclass(frozen=True)
class Common:
    """The shared options of one command, resolved: the workspace (checks remembered in its
    `.dxgap_cache/`), the language, and the analysis options (None for commands that compute
    no figures)."""

    ws: Workspace
    lang: str
    analysis: Options | None

    @property
    def options(self) -> Options:
        """The analysis options (the as-of year defaults to the current one)."""
        assert self.analysis is not None, "a command without analysis options asked for them"
        return self.analysis


def _common(ctx: typer.Context, values: dict[str, Any], analysis: bool) -> Common:
    lang = values["lang"].value if values["lang"] is not None else session(ctx).lang
    session(ctx).lang = lang
    from dxgap.workspace import Workspace

    ws = Workspace(values["workspace"], values["decimal"].value, use_cache=True)
    options = None
    if analysis:
        from dxgap.engine import Options

        as_of = values["as_of"] if values["as_of"] is not None else dt.date.today().year
        options = Options(
            as_of=as_of,
            method=values["method"].value,
            on_track=values["on_track"],
            acceleration=values["acceleration"],
        )
    return Common(ws, lang, options)


def command(
    app: typer.Typer, *, analysis: bool = True, name: str | None = None
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a command that takes `common: Common` (keyword-only) as the last parameter; its
    other parameters are its own options. `analysis`: the command computes figures."""
    shared = [*(_ANALYSIS if analysis else []), *_BASE]

    def register(func: Callable[..., None]) -> Callable[..., None]:
        signature = inspect.signature(func, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name != "common"]
        ctx = inspect.Parameter("ctx", inspect.Parameter.KEYWORD_ONLY, annotation=typer.Context)
        params = [*own, *shared, ctx]

        @functools.wraps(func)
        def run(**kwargs: Any) -> None:
            values = {p.name: kwargs.pop(p.name) for p in shared}
            common = _common(kwargs.pop("ctx"), values, analysis)
            func(**kwargs, common=common)

        run.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in params}
        app.command(name=name)(run)
        return run

    return register


def existing(path: Path) -> Path:
    """`path` when it exists; a usage error (exit 2) naming it otherwise: a file named on the
    command line that is not there is a mistyped command, as `validate` treats it."""
    from dxgap.errors import UsageError
    from dxgap.text import Msg

    if str(path) != "-" and not path.exists():
        raise UsageError(Msg("path.no_such", path=str(path)))
    return path
