"""Typer's coercion of an option's value, built when a value is given rather than for every option.

Typer (0.26 and later) builds a pydantic adapter for a parameter the first time it processes the
parameter, given or not; for a parameter that was not given (its value None) it then returns
None without using the adapter. `dxgap check --help` built one for the application's `--lang`
and so imported pydantic to print a help page (1.2x the instructions of `dxgap --help`, issue
20). Here each parameter's coercion is typer's own, built the first time a value reaches it.

Relies on typer's private `_coercion`; with a typer that has none, nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

try:
    from typer._coercion import RuntimeParam, TypeDescriptor, build_runtime_param
except ImportError:  # pragma: no cover - another typer: its own coercion throughout
    RuntimeParam = None  # type: ignore[assignment,misc]


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class _WhenGiven(RuntimeParam):
        """A parameter's coercion: typer's `coerce` answers None (or `()`) for a value not
        given; any other value goes to typer's own coercion, built then and kept."""

        descriptor: TypeDescriptor

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            plain = _plain(self.descriptor, value)
            if plain is not _NOT_PLAIN:
                return plain
            own = build_runtime_param(self.descriptor)
            param._runtime_param = own
            return own._coerce_value(value, param=param, ctx=ctx)


_NOT_PLAIN = object()
_PATH_FLAGS = (
    "exists", "file_okay", "dir_okay", "writable", "readable", "resolve_path", "allow_dash",
    "path_type", "parser", "click_type",
)  # fmt: skip
"""A path option's settings beyond the path itself; left at typer's own defaults, the option asks
typer for nothing but the path (dxgap checks the files itself: `options.existing`)."""


def _plain(descriptor: Any, value: Any) -> Any:
    """A value typer's adapter would give for the plainest parameters — a path without typer's
    checks (or a list of them), a string, a flag, a number already of its type (a default), an
    enumeration's member named by its value — made
    without pydantic (its adapters cost ~25 ms of start-up to build: issue 20); `_NOT_PLAIN`
    for any other parameter or value, which typer's own coercion then takes (and words the
    error of a bad value as it always does)."""
    info = descriptor.parameter_info
    annotation = descriptor.annotation
    if (annotation is str and isinstance(value, str)) or (
        annotation is bool and isinstance(value, bool)
    ):
        return value
    if annotation in (int, float) and type(value) is annotation:  # a default, within its bounds
        low, high = getattr(info, "min", None), getattr(info, "max", None)
        if (low is None or value >= low) and (high is None or value <= high):
            return value
    if annotation in (Path, list[Path]):
        default = type(info)()  # typer's own settings for a parameter that sets none
        if any(getattr(info, k, None) != getattr(default, k, None) for k in _PATH_FLAGS):
            return _NOT_PLAIN
        if annotation is Path and isinstance(value, (str, Path)):
            return Path(value)
        many = annotation == list[Path] and isinstance(value, (list, tuple))
        if many and all(isinstance(v, (str, Path)) for v in value):
            return [Path(v) for v in value]
        return _NOT_PLAIN
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        if isinstance(value, annotation):
            return value
        if info.case_sensitive is not False and getattr(info, "parser", None) is None:
            return next((m for m in annotation if m.value == value), _NOT_PLAIN)
    return _NOT_PLAIN


def install(command: Any, ctx: Any = None) -> None:
    """Defer the coercion of every parameter of `command` and of its subcommands, and of their
    --help given the application's context `ctx`."""
    if RuntimeParam is None:  # pragma: no cover
        return
    helps = [command.get_help_option(ctx)] if ctx is not None else []
    for param in [*getattr(command, "params", ()), *helps]:
        descriptor = getattr(param, "type_descriptor", None)
        if isinstance(descriptor, TypeDescriptor) and getattr(param, "_runtime_param", 0) is None:
            param._runtime_param = _WhenGiven(
                parameter_info=descriptor.parameter_info,
                annotation=descriptor.annotation,
                descriptor=descriptor,
            )
    for sub in getattr(command, "commands", {}).values():
        install(sub, ctx)  # its --help made now, with the same names, and kept by typer
