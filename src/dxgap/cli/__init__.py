"""The `dxgap` command line: a thin layer that parses arguments, calls the library and renders.

One module per group of commands (typer's one-file-per-command layout); `common` holds the app,
the error boundary and the shared options.
"""

from __future__ import annotations

import importlib

from dxgap.cli.app import State, app, default_lang

for _module in ("validate", "check", "export", "charts"):  # registers the commands, in --help order
    importlib.import_module(f"dxgap.cli.{_module}")

__all__ = ["State", "app", "default_lang", "main"]


def main() -> None:
    """Console-script entry point."""
    app()
