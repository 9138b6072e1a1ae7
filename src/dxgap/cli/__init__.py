"""The `dxgap` command line: a thin layer that parses options, calls one library function
(`dxgap.api`) and renders or writes its result (`dxgap.output`).

One module per group of commands (typer's one-file-per-command layout); `app` holds the
application and the one error boundary, `options` the options every command shares.
"""

from __future__ import annotations

import importlib

from dxgap.cli.app import app, default_lang

# registers, in --help order
for _module in ("init", "validate", "check", "export", "compare", "charts", "extract", "importing"):
    importlib.import_module(f"dxgap.cli.{_module}")

__all__ = ["app", "default_lang", "main"]


def main() -> None:
    """Console-script entry point."""
    app()
