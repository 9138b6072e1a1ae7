"""Typer's usage errors told in the language of the run, from the catalogues (`parse.*`).

Typer (≥ 0.26 carries its own copy of click, `typer._click`) raises click's exception classes
when it cannot parse a command line; their attributes say what went wrong (the unknown option
and the options like it, the parameter and its type, the value given). `message` builds our
message from those attributes — never from typer's English text, except for the two fixed
sentences click has no class for (extra arguments, a missing command) and, as a last resort,
an error of a kind not known here (its English text inside the language's frame). `report`
prints it as typer would (usage line, where to find help, the error) and the run exits 2.
"""

from __future__ import annotations

import enum
import re
from typing import Any

from typer._click import exceptions as click

from dxgap.names import fold, suggest
from dxgap.text import Msg, catalogue, t

ClickUsageError = click.UsageError
"""What typer raises for a command line it cannot parse (exit 2)."""


class NoSuchCommand(click.UsageError):
    """A command name the application does not have, with the names most like it."""

    def __init__(self, name: str, possibilities: list[str], ctx: Any) -> None:
        super().__init__(f"No such command {name!r}.", ctx)
        self.name = name
        self.possibilities = possibilities


def is_shown_by_us(error: Exception) -> bool:
    """A usage error this module tells (typer's own help page for no arguments is left to it)."""
    return isinstance(error, click.UsageError) and not isinstance(error, click.NoArgsIsHelpError)


def no_such_command(name: str, known: list[str], ctx: Any) -> NoSuchCommand:
    """The error for an unknown command `name`, with the known commands like it."""
    return NoSuchCommand(name, suggest(name, known, n=3), ctx)


def _hint(possibilities: Any) -> Msg | str:
    names = sorted(possibilities or ())
    return Msg("parse.did_you_mean", names=names) if names else ""


def _name(param: Any, lang: str) -> str:
    """An option by its first (long) name; an argument by its name in the language, as the
    help page shows it (`help.arg.<name>`)."""
    if param.param_type_name == "argument":
        name = str(param.name or "")
        return catalogue(lang).get(f"help.arg.{name}", name)
    return str(max(param.opts, key=len)) if param.opts else str(param.name)


def _bad_value(error: click.BadParameter, lang: str) -> Msg:
    """A value typer could not take: not a whole number, out of range, not one of the
    choices (pydantic's error, the exception's cause, says which)."""
    param = error.param
    option = _name(param, lang) if param is not None else ""
    cause = error.__cause__
    found = cause.errors() if cause is not None and hasattr(cause, "errors") else []
    first: dict[str, Any] = dict(found[0]) if found else {}
    if not first:  # typer's own check (a path that must exist, …): its words as they are
        return Msg("parse.other", detail=error.format_message())
    value = str(first.get("input", ""))
    kind, limits = first.get("type"), first.get("ctx") or {}
    if kind == "int_parsing":
        return Msg("parse.not_integer", option=option, value=value)
    if kind == "float_parsing":
        return Msg("parse.not_number", option=option, value=value)
    if kind == "greater_than_equal" and "ge" in limits:
        return Msg("parse.at_least", option=option, value=value, limit=limits["ge"])
    if kind == "less_than_equal" and "le" in limits:
        return Msg("parse.at_most", option=option, value=value, limit=limits["le"])
    choices = _choices(param)
    if choices:
        close = suggest(fold(value), choices)
        hint = Msg("hint.did_you_mean", name=close[0]) if close else ""
        return Msg("parse.not_a_choice", option=option, value=value, hint=hint, known=choices)
    return Msg("parse.bad_value", option=option, value=value)


def _choices(param: Any) -> list[str]:
    """The values an option of an enumeration takes (`--method`: linear, cagr)."""
    kind = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return [str(member.value) for member in kind]
    return []


def message(error: click.UsageError, lang: str) -> Msg:
    """What went wrong, as a message of the catalogues."""
    if isinstance(error, NoSuchCommand):
        return Msg("parse.no_such_command", name=error.name, hint=_hint(error.possibilities))
    if isinstance(error, click.NoSuchOption):
        return Msg(
            "parse.no_such_option", option=error.option_name, hint=_hint(error.possibilities)
        )
    if isinstance(error, click.MissingParameter) and error.param is not None:
        if error.param.param_type_name == "argument":
            return Msg("parse.missing_argument", name=_name(error.param, lang))
        return Msg("parse.missing_option", option=_name(error.param, lang))
    if isinstance(error, click.BadParameter):
        return _bad_value(error, lang)
    if isinstance(error, click.BadOptionUsage):
        return _option_usage(error)
    return _fixed(error.message)


_EXTRA = "Got unexpected extra argument(s) ("
_UNKNOWN = re.compile(r"No such command '(.*?)'\.")


def _fixed(text: str) -> Msg:
    """The sentences click raises with no class of their own (extra arguments, a missing or
    unknown command of a group other than the application), else typer's text as it is."""
    if text.startswith(_EXTRA):
        return Msg("parse.extra_arguments", args=text.removeprefix(_EXTRA).rstrip(")").split())
    if text == "Missing command.":
        return Msg("parse.missing_command")
    unknown = _UNKNOWN.match(text)
    if unknown:
        return Msg("parse.no_such_command", name=unknown[1], hint="")
    return Msg("parse.other", detail=text)


def _option_usage(error: click.BadOptionUsage) -> Msg:
    """An option given without its value, or a flag given one."""
    ctx = error.ctx
    params = ctx.command.get_params(ctx) if ctx is not None else []
    flag = any(error.option_name in p.opts and getattr(p, "is_flag", False) for p in params)
    return Msg("parse.takes_no_value" if flag else "parse.needs_value", option=error.option_name)


def report(error: click.UsageError, lang: str, console: Any) -> None:
    """The error on `console` (stderr) as typer shows it — the command's usage line, where to
    find its help, the error — in `lang`."""
    ctx = error.ctx
    if ctx is not None:
        from dxgap.cli.helptext import localise

        localise(ctx.find_root().command, ctx.find_root(), lang)  # the usage line in `lang`
        console.print(ctx.get_usage(), markup=False, highlight=False)
        if ctx.command.get_help_option(ctx) is not None:
            command = f"{ctx.command_path} {ctx.help_option_names[0]}"
            console.print(t("help.ui.try_help", lang, value=command), highlight=False)
    console.print(t("error", lang) + message(error, lang).render(lang), markup=False, style="red")
