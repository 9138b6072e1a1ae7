"""The `dxgap` application: the typer app, its global options and the one error boundary.

Every command runs inside `App.invoke`, which is where errors become messages and exit codes
(as pre-commit's `error_handler`): 0 success · 1 invalid input or a problem found
(`DxgapError`) · 2 usage error (typer's own, or `UsageError`) · 3 internal error (a bug: one
line, or the traceback with `--debug`) · 130 interrupted (typer maps Ctrl-C). The boundary
covers parsing, the library call, rendering and writing alike.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from dxgap.cli import coercion, parsing
from dxgap.cli.parsing import ClickUsageError
from dxgap.errors import DxgapError, InputError
from dxgap.text import t
from dxgap.version import __version__

if TYPE_CHECKING:
    from rich.console import Console

EXIT_INTERNAL = 3


@dataclass
class Session:
    """What one run of the command line knows beyond a command's own options: whether to show
    tracebacks, and the language to report errors in (set once the command's options are
    parsed). Lives in typer's context object, one per run."""

    debug: bool = False
    lang: str = "en"


def session(ctx: typer.Context) -> Session:
    """The run's `Session` (made on first use)."""
    root = ctx.find_root()
    if not isinstance(root.obj, Session):
        root.obj = Session(lang=default_lang())
    return root.obj


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


def help_lang(args: Sequence[str], default: str) -> str:
    """The language named by `--lang` among `args`, else `default` (read before any option is
    parsed, for errors in parsing the line and for help pages alike)."""
    for i, arg in enumerate(args):
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        if value in ("vi", "en"):
            return value
    return default


MIN_WIDTH = 40
"""Narrowest table drawn: a terminal that reports less (or COLUMNS=0) gets 80 columns."""


def stdout() -> Console:
    """The console for results (never wraps lines it is told not to)."""
    from rich.console import Console

    return _sized(Console(soft_wrap=False, highlight=False, emoji=False))


def stderr() -> Console:
    """The console for messages about the run."""
    from rich.console import Console

    return _sized(Console(stderr=True, highlight=False, soft_wrap=True, emoji=False))


def print_lines(lines: Sequence[tuple[str, str]]) -> None:
    """Each (text, style) on a line of its own on stdout, as rich prints it with soft wrap and
    without markup, highlighting or emoji. Where rich would write the text as it is (no
    terminal, nothing in the environment that makes one, text with no tab or control
    character), it is written without rich, whose import is about 6 % of the instructions of
    `dxgap validate` (issue 20); a terminal gets rich's colours."""
    if not all(text.isprintable() for text, _ in lines) or _may_style(sys.stdout):
        from rich.console import Console

        out = Console(soft_wrap=True, highlight=False, emoji=False)
        for text, style in lines:
            out.print(text, markup=False, style=style)
        return
    for text, _ in lines:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()  # as rich does after each line


def _may_style(stream: Any) -> bool:
    """Whether rich (15) may write styles or change text on `stream`: a terminal, or
    FORCE_COLOR or TTY_COMPATIBLE set, or a notebook or IDLE (rich's own tests, kept
    conservative: anything unsure says yes)."""
    if "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ:
        return True
    if hasattr(builtins, "get_ipython") or "idlelib" in sys.modules:
        return True
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return True


def _sized(console: Console) -> Console:
    if console.width < MIN_WIDTH:
        console.width = 80
    return console


def _tolerant_streams() -> None:
    """Write what the terminal's encoding cannot show as escapes (`\\u1ecb`), never fail on it:
    a Windows code page or PYTHONIOENCODING=ascii must not turn a Vietnamese name into a crash."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


@contextmanager
def progress(quiet: bool, label: str, total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr for people at a terminal; silent for scripts and --quiet."""
    err = stderr()
    if quiet or not err.is_terminal:
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


def report_error(error: DxgapError, lang: str) -> None:
    """An expected failure, told on stderr: every located problem on its own line, or one
    'error: …' line."""
    err = stderr()
    if isinstance(error, InputError):
        for p in error.problems:
            style = "red" if p.severity == "error" else "yellow"
            err.print(p.format(lang), markup=False, style=style)
        return
    err.print(t("error", lang) + "\n".join(error.lines(lang)), markup=False, style="red")


class App(TyperGroup):
    """The command group with the one error boundary around every command's whole run."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Before the application's arguments are parsed: a run that will show help gets it
        in its language, from the catalogues (`helptext`)."""
        if ctx.parent is None:  # errors in parsing the line are told in the language it names
            session(ctx).lang = help_lang(args, session(ctx).lang)
            coercion.install(self, ctx)  # typer's pydantic adapters only for the values given
        if ctx.parent is None and _shows_help(self, ctx, args):
            from dxgap.cli.helptext import localise

            localise(self, ctx, session(ctx).lang)
        try:
            return super().parse_args(ctx, args)
        except ClickUsageError as e:
            _usage_error(ctx, e)
            raise

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """The command named first in `args`; an unknown one is a usage error naming the
        commands most like it."""
        if args and not args[0].startswith("-") and self.get_command(ctx, args[0]) is None:
            raise parsing.no_such_command(args[0], self.list_commands(ctx), ctx)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Any) -> Any:  # typer's Context (its base class is private)
        """Run the command; expected errors exit 1 (2 for usage), anything else 3."""
        _tolerant_streams()
        try:
            return super().invoke(ctx)
        except ClickUsageError as e:  # a command line typer could not parse: told in the language
            _usage_error(ctx, e)
            raise
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise  # typer's own: exits, usage errors (exit 2)
        except KeyboardInterrupt:  # Ctrl-C: said, in the run's language; files are renamed whole
            err = stderr()
            err.print(t("interrupted", session(ctx).lang), markup=False, style="yellow")
            raise typer.Exit(130) from None
        except DxgapError as e:
            report_error(e, session(ctx).lang)
            raise typer.Exit(e.exit_code) from None
        except OSError as e:
            if e.errno == errno.EPIPE:  # `dxgap check … | head`: the reader left; typer exits 1
                raise
            return _internal(ctx, e)
        except Exception as e:
            return _internal(ctx, e)


def _usage_error(ctx: Any, error: Exception) -> None:
    """Tell a usage error typer raised in the language of the run, then exit 2; typer's own
    help page for a group given nothing is left to typer (the caller re-raises it)."""
    if parsing.is_shown_by_us(error):
        assert isinstance(error, ClickUsageError)
        parsing.report(error, session(ctx).lang, stderr())
        raise typer.Exit(error.exit_code) from None


def _shows_help(group: Any, ctx: Any, args: list[str]) -> bool:
    """Whether `args` ask for help: a help option, or nothing after a group's name."""
    if any(arg in ctx.help_option_names for arg in args):
        return True
    command = group
    for arg in args:
        command = getattr(command, "commands", {}).get(arg)
        if command is None:
            return False
    return hasattr(command, "commands")


def _internal(ctx: typer.Context, error: Exception) -> None:
    run = session(ctx)
    if run.debug:
        raise error
    detail = f"{type(error).__name__}: {error}"
    stderr().print(t("internal.error", run.lang, detail=detail), markup=False, style="red")
    raise typer.Exit(EXIT_INTERNAL) from None


app = typer.Typer(
    name="dxgap",
    cls=App,
    help="Line up Vietnamese provinces' digital-transformation targets with measured data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)


class _Lang(StrEnum):
    en = "en"
    vi = "vi"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dxgap {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar="DXGAP_DEBUG", help="Show tracebacks of internal errors."),
    ] = False,
    lang: Annotated[
        _Lang | None,
        typer.Option("--lang", help="vi or en, for every command of the run.", show_default=False),
    ] = None,
) -> None:
    """Line up Vietnamese provinces' digital-transformation targets with measured data.

    A workspace is a folder with targets/ (YAML) and data/ (CSV, xlsx, Parquet); the
    repository is one. Exit codes: 0 ok, 1 invalid input or problems found, 2 usage error,
    3 internal error.
    """
    session(ctx).debug = debug
    if lang is not None:
        session(ctx).lang = lang.value
