"""Shared pieces of the command line: the app, the one error boundary, options, helpers.

This is the one place where errors become messages and exit codes:
0 success · 1 invalid input or a problem found · 2 usage error · 3 internal error · 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from dxgap import __version__
from dxgap.errors import DxgapError, InputError, NotFoundError

if TYPE_CHECKING:
    import polars as pl

    from dxgap.targets.load import Targets
    from dxgap.workspace import Workspace as Ws

app = typer.Typer(
    name="dxgap",
    help="Line up Vietnamese provinces' digital-transformation targets with measured data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)

EXIT_INTERNAL = 3


class State:
    """Options given before the command (`dxgap --debug check …`) and the command's language."""

    debug: bool = False
    lang: str = "en"


def _stdout() -> Console:
    return Console(soft_wrap=False, highlight=False)


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def errors() -> Iterator[None]:
    """Turn library errors into messages on stderr and documented exit codes."""
    try:
        yield
    except typer.Exit:
        raise
    except DxgapError as e:
        err = _stderr()
        if isinstance(e, InputError):
            for p in e.problems:
                err.print(
                    p.format(State.lang),
                    markup=False,
                    style="red" if p.severity == "error" else "yellow",
                )
        else:
            err.print("error: " + "\n".join(e.lines(State.lang)), markup=False, style="red")
        raise typer.Exit(e.exit_code) from None
    except Exception as e:
        if State.debug:
            raise
        _stderr().print(
            f"internal error: {type(e).__name__}: {e}\n"
            "This is a bug in dxgap; rerun with --debug for the traceback and report it.",
            markup=False,
            style="red",
        )
        raise typer.Exit(EXIT_INTERNAL) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dxgap {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar="DXGAP_DEBUG", help="Show tracebacks of internal errors."),
    ] = False,
) -> None:
    """Line up Vietnamese provinces' digital-transformation targets with measured data.

    A workspace is a folder with targets/ (YAML) and data/ (CSV); the repository is one.
    Exit codes: 0 ok, 1 invalid input or problems found, 2 usage error, 3 internal error.
    """
    State.debug = debug


Workspace = Annotated[
    Path,
    typer.Option(
        "--workspace",
        "-w",
        envvar="DXGAP_WORKSPACE",
        help="Folder holding targets/ and data/.",
        show_default="current directory",
    ),
]


class DecimalChoice(StrEnum):
    point = "point"
    comma = "comma"


DecimalOpt = Annotated[
    DecimalChoice,
    typer.Option(
        "--decimal",
        help="How data files without a sidecar write numbers: point (86.3, 1586) or comma "
        "(Vietnamese: 86,3 and 1.586).",
    ),
]


class LangChoice(StrEnum):
    en = "en"
    vi = "vi"


def default_lang() -> str:
    """DXGAP_LANG, else the locale (vi_* → Vietnamese), else English."""
    chosen = os.environ.get("DXGAP_LANG")
    if chosen in ("vi", "en"):
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


LangOpt = Annotated[
    LangChoice | None,
    typer.Option(
        "--lang", help="vi or en (default: DXGAP_LANG, else the locale).", show_default=False
    ),
]


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ByChoice(StrEnum):
    area = "area"
    breakdown = "breakdown"


class MethodChoice(StrEnum):
    linear = "linear"
    cagr = "cagr"


class SchemaKind(StrEnum):
    targets = "targets"
    indicators = "indicators"


def _load(workspace: Path, decimal: DecimalChoice) -> tuple[Ws, Targets]:
    from dxgap.workspace import Workspace as Ws

    ws = Ws(workspace, decimal.value)
    return ws, ws.targets()


def _province_index(targets: Targets) -> dict[str, Any]:
    from dxgap.names import Named

    return {
        pid: Named(pid, tf.province.name, tf.province.name_en, tf.province.code)
        for pid, tf in targets.files.items()
    }


def _resolve_province(targets: Targets, query: str) -> str:
    from dxgap.names import resolve

    if not targets.files:
        raise NotFoundError("this workspace has no province target files in targets/")
    return resolve(query, _province_index(targets))


def _chosen_provinces(targets: Targets, provinces: list[str] | None, all_: bool) -> list[str]:
    """The provinces a batch command works on: every one with --all, else those named (each once)."""
    from dxgap.errors import UsageError

    if all_:
        return sorted(targets.files)
    if not provinces:
        raise UsageError("name one or more provinces, or give --all")
    return list(dict.fromkeys(_resolve_province(targets, p) for p in provinces))


def _options(as_of: int | None, method: MethodChoice, on_track: float, acceleration: float) -> Any:
    from dxgap.engine import Options

    kw: dict[str, Any] = {
        "method": method.value,
        "on_track": on_track,
        "acceleration": acceleration,
    }
    if as_of is not None:
        kw["as_of"] = as_of
    return Options(**kw)


def _emit(df: pl.DataFrame, fmt: TableFormat | str) -> None:
    from dxgap.output import export

    sys.stdout.write(export.render_text(df, str(fmt)))
    sys.stdout.flush()


AsOf = Annotated[
    int | None,
    typer.Option(
        "--as-of",
        min=2000,
        max=2100,
        help="Analyse as it stood in this year.",
        show_default="this year",
    ),
]
Method = Annotated[
    MethodChoice, typer.Option("--method", "-m", help="linear or cagr (see docs/methodology.md).")
]
OnTrack = Annotated[
    float, typer.Option("--on-track", help="Pace ratio at or above which a target is on track.")
]
Accel = Annotated[
    float,
    typer.Option("--acceleration", help="Pace ratio at or above which acceleration is needed."),
]
Fmt = Annotated[TableFormat, typer.Option("--format", "-f", help="table, json, csv or markdown.")]


def _lang(lang: LangChoice | None) -> str:
    State.lang = lang.value if lang is not None else default_lang()
    return State.lang


def _local_names(targets: Targets, lang: str) -> dict[str, str]:
    """Indicator names in the chosen language, from the catalogue."""
    return {k: (v.name.vi if lang == "vi" else v.name.en) for k, v in targets.indicators.items()}


def _place(unit_id: str) -> Any:
    from dxgap import places

    return places.get(unit_id)


@contextmanager
def _progress(quiet: bool, label: str, total: int) -> Iterator[Any]:
    """A progress bar on stderr for people at a terminal; silent for scripts and --quiet."""
    err = _stderr()
    if quiet or not err.is_terminal:
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)
