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
            own = build_runtime_param(self.descriptor)
            param._runtime_param = own
            return own._coerce_value(value, param=param, ctx=ctx)


def install(command: Any, ctx: Any = None) -> None:
    """Defer the coercion of every parameter of `command` and of its subcommands, and of
    `command`'s --help given its context `ctx` (a subcommand's --help is made with its own)."""
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
        install(sub)
