"""The shape of the code base, as docs/architecture.md draws it: small modules and functions,
data flowing one way through the layers, and no process-wide side effects from the library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "dxgap"
MODULES = sorted(SRC.rglob("*.py"))

MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80

LAYERS = {
    "__main__": 7,
    "cli": 6,
    "output": 5,
    "api": 4,
    "paths": 4,
    "validation": 4,
    "scaffold": 4,
    "opensdg": 4,
    "workspace": 3,
    "cache": 3,
    "engine": 2,
    "data": 2,
    "extract": 2,
    "targets": 1,
    "frames": 1,
    "filters": 2,
    "results": 3,
    "ranked": 3,
    "labels": 3,
    "places": 1,
    "lineage": 1,
    "text": 0,
    "errors": 0,
    "files": 0,
    "names": 0,
    "version": 0,
}
"""Each part of the package and its layer: a module imports only from its own layer or below
(`cli → output → api → workspace → engine/data → targets → text/errors`)."""


def _name(path: Path) -> str:
    return ".".join(path.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__")


def _part(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "dxgap" else None


def _imports(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_modules_are_small(path: Path) -> None:
    lines = len(path.read_text("utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{_name(path)} has {lines} lines"


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_functions_are_short(path: Path) -> None:
    tree = ast.parse(path.read_text("utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"  # type: ignore[operator]
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES  # type: ignore[operator]
    ]
    assert long == []


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_imports_flow_down_the_layers(path: Path) -> None:
    own = _part(_name(path))
    if own is None:  # the package's face (dxgap/__init__, __main__) may hand anything on
        return
    layer = LAYERS[own]
    upward = sorted(
        imported
        for imported in _imports(ast.parse(path.read_text("utf-8")))
        if (part := _part(imported)) in LAYERS and LAYERS[part] > layer
    )
    assert upward == [], f"{_name(path)} (layer {layer}) imports from higher layers"


FORBIDDEN = {
    "gc.disable": "switches the garbage collector off for the whole process",
    "gc.freeze": "changes the garbage collector for the whole process",
    "field_size_limit": "changes the csv module's limit for the whole process",
    "os.umask": "changes the process's file-creation mask",
    "matplotlib.use": "chooses matplotlib's backend for the whole process",
    "pyplot": "keeps figures in matplotlib's global state",
    "rcParams.update": "changes matplotlib's settings for the whole process",
}


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_process_wide_side_effects(path: Path) -> None:
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):  # code only: docstrings and comments may name what is avoided
        body = getattr(node, "body", None)
        if isinstance(body, list):
            node.body = [  # type: ignore[attr-defined]
                s
                for s in body
                if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
            ] or [ast.Pass()]
    source = ast.unparse(tree)
    found = {what: why for what, why in FORBIDDEN.items() if what in source}
    assert found == {}


def test_every_part_of_the_package_has_a_layer() -> None:
    parts = {_part(_name(p)) for p in MODULES} - {None}
    assert parts <= set(LAYERS), parts - set(LAYERS)
