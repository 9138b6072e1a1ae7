"""`--help` in the language of the run, from the catalogues (`help.*` codes).

Typer reads each command's help when the app is built, in English; this module puts the
catalogue's text in its place at the moment help is about to be shown (`App` calls `localise`
when the arguments ask for help, and before the application's own help page), so a run that
shows no help looks nothing up. The language is known from the arguments before any option is
parsed: `--lang vi` (or `--lang=vi`) anywhere on the line, else `default_lang()` (DXGAP_LANG,
then the locale; `app.help_lang`).

Codes: the application's text is `help.app`, a command's `help.cmd.<path>`
(`help.cmd.import.opensdg`); an option's or an argument's is `help.<path>.<name>` (`help.app.<name>`
for the application's own), else the shared `help.opt.<name>`; a default shown in words
is `help.default.<path>.<name>`, else `help.default.<name>`; `help.ui.*` are the words of the
page (usage, panel titles, "[default: …]"); `help.type.*` the words for the kinds of values
(`<văn bản>`, `<đường dẫn>`), `help.type.<path>.<name>` one option's (`export --output`, text
that is a path or `-`); `help.arg.<name>` an argument's name as usage shows it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from rich.markup import escape

from dxgap.text import catalogue, t
from dxgap.text.fmt import shortest


def _page_words(lang: str) -> None:
    """The words typer prints around the help texts (panel titles, "[default: …]")."""
    from dxgap.cli import typerhelp

    rich_utils = typerhelp.rich_utils()  # without the parts of rich that help never uses
    rich_utils.ARGUMENTS_PANEL_TITLE = t("help.ui.arguments", lang)
    rich_utils.OPTIONS_PANEL_TITLE = t("help.ui.options", lang)
    rich_utils.COMMANDS_PANEL_TITLE = t("help.ui.commands", lang)
    rich_utils.DEFAULT_STRING = t("help.ui.default", lang, value="{}")
    rich_utils.ENVVAR_STRING = t("help.ui.env", lang, value="{}")
    rich_utils.REQUIRED_LONG_STRING = t("help.ui.required", lang)
    rich_utils.RICH_HELP = t("help.ui.try_help", lang, value="{command_path} {help_option}")


def localise(command: Any, ctx: Any, lang: str, path: str = "") -> None:
    """Put the catalogue's help of `lang` on `command` (a click command or group, typer's),
    its parameters, its help option, and every subcommand of a group."""
    text: Mapping[str, str] = catalogue(lang)
    _page_words(lang)
    _apply(command, ctx, lang, text, path)


_TYPES = re.compile(r"<(?:list\[)?(str|int|float|path|int range|float range)\]?>", re.I)
"""typer's words for a type: `<str>`, `<int range>`, `<list[str]>`, `<list[Path]>` (any case)."""


def _type_words(param: Any, ctx: Any, text: Mapping[str, str], path: str = "") -> str | None:
    """What the help page shows of a parameter's value: nothing for a flag (typer writes
    `<bool>` beside `--all`, which takes no value), the catalogue's word for a type
    (`help.type.str`: "<văn bản>", "<text>"; `...` after a list), the choices as they are."""
    if getattr(param, "is_flag", False):
        return ""
    shown: str = param.display_type(ctx)
    own = text.get(f"help.type.{path or 'app'}.{param.name}")  # a text that is a path or '-'
    if own is not None:
        return f"<{own}>"
    found = _TYPES.fullmatch(shown)
    if found is None:  # choices (<linear|cagr>) are the values to type: shown as they are
        return None
    kind = found[1].lower().replace(" ", "_")
    word = text.get(f"help.type.{kind}", kind)
    return f"<{word}>" + ("..." if shown.startswith("<list[") else "")


def _number_default(param: Any, lang: str) -> None:
    """A default that is a decimal number shown as the language writes it (`0,95` in
    Vietnamese; typer writes Python's `0.95`)."""
    shown = getattr(param, "show_default", None)
    if isinstance(param.default, float) and shown is not False and not isinstance(shown, str):
        words = shortest(param.default, lang)  # typer asks the parameter for its default's words
        param._extract_default_help_str = lambda ctx, words=words: words


def _apply(command: Any, ctx: Any, lang: str, text: Mapping[str, str], path: str) -> None:
    own = text.get(f"help.cmd.{path}" if path else "help.app")
    if own is not None:
        command.help = escape(own)  # read as rich markup: `dxgap[charts]` would lose `[charts]`
        command.short_help = None
    usage = t("help.ui.usage", lang)
    command.options_metavar = t("help.ui.options_metavar", lang)
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = t("help.ui.command_metavar", lang)

    def format_usage(ctx: Any, formatter: Any) -> None:
        pieces = command.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=usage)

    command.format_usage = format_usage
    option = command.get_help_option(ctx)
    for param in [*command.params, *([option] if option is not None else [])]:
        name = param.name or ""
        if param.param_type_name == "argument":  # its name, in usage and its row
            param.metavar = text.get(f"help.arg.{name}", name)
        words = _type_words(param, ctx, text, path)
        if words is not None:  # typer asks each parameter for the words of its type column
            param.display_type_rich = lambda ctx, words=words: words
        found = text.get(f"help.{path or 'app'}.{name}") or text.get(f"help.opt.{name}")
        if found is not None:
            param.help = escape(found)
        _number_default(param, lang)
        if isinstance(getattr(param, "show_default", None), str):
            shown = text.get(f"help.default.{path}.{name}") or text.get(f"help.default.{name}")
            if shown is not None:
                param.show_default = shown
    for name, sub in getattr(command, "commands", {}).items():
        _apply(sub, ctx, lang, text, f"{path}.{name}" if path else name)
