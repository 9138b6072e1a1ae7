"""Typer's help renderer (`typer.rich_utils`), imported without the two parts of rich dxgap's help
never uses.

`typer.rich_utils` imports rich's Markdown renderer (markdown-it) for `rich_markup_mode="markdown"`
and rich's traceback renderer (Pygments) for pretty exceptions; dxgap's help is in rich markup
and its exceptions are its own (`App.invoke`), so neither runs, yet importing them cost a third
of `dxgap --help` (issue 20). While `rich_utils` is imported for a help page, each of the two
names stands for a class that imports the real one the first time it is called or asked for an
attribute; afterwards `rich.markdown` and `rich.traceback` import as usual.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

_STAND_INS = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


class _Deferred(type):
    """The class of a stand-in: calling it, or asking it for an attribute, gives the real
    class's answer."""

    _module: str

    def real(cls) -> Any:
        return getattr(importlib.import_module(cls._module), cls.__name__)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls.real()(*args, **kwargs)

    def __getattr__(cls, name: str) -> Any:
        return getattr(cls.real(), name)


def rich_utils() -> Any:
    """`typer.rich_utils`, imported (once) without rich's Markdown and traceback renderers."""
    loaded = sys.modules.get("typer.rich_utils")
    if loaded is not None:
        return loaded
    placed = {}
    for module, name in _STAND_INS.items():
        if module not in sys.modules:
            stand_in = ModuleType(module)
            setattr(stand_in, name, _Deferred(name, (), {"_module": module}))
            placed[module] = stand_in
    sys.modules.update(placed)
    try:
        return importlib.import_module("typer.rich_utils")
    finally:
        for module, stand_in in placed.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]
