"""Reading the workspace: target YAML into models, measured CSV into typed Polars frames.

The only module that opens input files. Every failure becomes an `InputError` carrying located
problems; nothing here prints. Polars is imported only by the functions that read data, so that
`dxgap validate targets/` and `dxgap --help` stay fast.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from pydantic import ValidationError

from dxgap.targets import rules as checks
from dxgap.targets import yamlio
from dxgap.errors import InputError, Problem
from dxgap.files import read_text
from dxgap.targets.models import Catalogue, Indicator, TargetFile

MAX_YAML_BYTES = 1_048_576
"""Target files above 1 MiB are refused: a province's plan is a few kB."""

CATALOGUE_NAME = "indicators.yaml"


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _gc_paused(load: Callable[_P, _R]) -> Callable[_P, _R]:
    """Pause the cyclic garbage collector while a file is loaded. Parsing makes hundreds of
    thousands of small objects without cycles (freed by reference counting), and each of them
    counts towards a full collection that walks every object alive: with a national plan of
    12,600 targets, a third of the loading time went to collections that freed nothing."""

    @functools.wraps(load)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if not gc.isenabled():
            return load(*args, **kwargs)
        gc.disable()
        try:
            return load(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@dataclass
class Parsed:
    """A YAML file parsed into plain data, with node positions and the problems met so far."""

    path: Path
    data: Any
    at: checks.Located


def parse_yaml(path: Path, display: str | None = None) -> Parsed:
    """Parse one YAML file safely; syntax and encoding problems are collected, not raised."""
    name = display or str(path)
    try:
        text = read_text(path, name, MAX_YAML_BYTES)
    except InputError as e:
        at = checks.Located(name, yamlio.Marks())
        at.problems.extend(e.problems)
        return Parsed(path, None, at)
    data, marks, problems = yamlio.parse(text, name)
    at = checks.Located(name, marks)
    at.problems.extend(problems)
    if data is None and not problems:
        at.problems.append(Problem(name, "file is empty; expected a YAML mapping", 1, 1))
    elif data is not None and not isinstance(data, dict):
        line, col = marks.locate(())
        at.problems.append(
            Problem(
                name,
                f"expected a mapping at the top level, got {checks.kind_of(data)}",
                line or 1,
                col or 1,
            )
        )
        data = None
    return Parsed(path, data, at)


@_gc_paused
def load_catalogue_file(
    path: Path, display: str | None = None
) -> tuple[Catalogue | None, list[Problem]]:
    """Load `indicators.yaml`; return the catalogue (None if invalid) and every problem."""
    parsed = parse_yaml(path, display)
    at = parsed.at
    if parsed.data is None:
        return None, at.problems
    try:
        catalogue = Catalogue.model_validate(parsed.data)
    except ValidationError as e:
        checks.pydantic_problems(e, Catalogue, at)
        return None, at.problems
    checks.check_catalogue(at, catalogue)
    ok = not any(p.severity == "error" for p in at.problems)
    return (catalogue if ok else None), at.problems


@_gc_paused
def load_target_file(
    path: Path, catalogue: dict[str, Indicator] | None, display: str | None = None
) -> tuple[TargetFile | None, list[Problem]]:
    """Load one province's target file; return the model (None if invalid) and every problem."""
    parsed = parse_yaml(path, display)
    at = parsed.at
    if parsed.data is None:
        return None, at.problems
    model: TargetFile | None = None
    try:
        model = TargetFile.model_validate(parsed.data)
        province, sources, targets = (
            model.province,
            list(enumerate(model.sources)),
            list(enumerate(model.targets)),
        )
    except ValidationError as e:
        checks.pydantic_problems(e, TargetFile, at)
        province, sources, targets = checks.partial_target_file(parsed.data, at)
    checks.check_target_file(at, path.stem, province, sources, targets, catalogue)
    if any(p.severity == "error" for p in at.problems):
        model = None
    return model, at.problems


@dataclass
class Targets:
    """Every target file of a workspace, validated together with the catalogue."""

    catalogue: Catalogue
    files: dict[str, TargetFile] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def indicators(self) -> dict[str, Indicator]:
        """The catalogue by indicator id."""
        return self.catalogue.by_id()


def target_paths(targets_dir: Path) -> list[Path]:
    """The province files of a targets folder (every *.yaml/*.yml except the catalogue)."""
    return sorted(
        p
        for p in targets_dir.iterdir()
        if p.suffix in (".yaml", ".yml") and p.name != CATALOGUE_NAME and p.is_file()
    )


@_gc_paused
def load_targets(targets_dir: Path, display_root: Path | None = None) -> Targets:
    """Load and validate a workspace's `targets/` folder; raise `InputError` listing all problems."""

    def show(p: Path) -> str:
        return _display(p, display_root)

    if not targets_dir.is_dir():
        raise InputError.single(
            show(targets_dir),
            f"no targets folder in {targets_dir.parent.resolve()}: run dxgap inside a workspace "
            "(a folder with targets/ and data/) or give --workspace DIR",
        )
    cat_path = targets_dir / CATALOGUE_NAME
    if not cat_path.is_file():
        raise InputError.single(
            show(cat_path), "the indicator catalogue is missing; every workspace needs one"
        )
    catalogue, problems = load_catalogue_file(cat_path, show(cat_path))
    files: dict[str, TargetFile] = {}
    index = catalogue.by_id() if catalogue else None
    for path in target_paths(targets_dir):
        model, found = load_target_file(path, index, show(path))
        problems.extend(found)
        if model is not None:
            files[model.province.id] = model
    errors = [p for p in problems if p.severity == "error"]
    if errors or catalogue is None:
        raise InputError(errors)
    return Targets(catalogue, files, [p for p in problems if p.severity == "warning"])


def _display(path: Path, root: Path | None) -> str:
    """Show paths relative to the workspace when possible, as users typed them."""
    if root is not None:
        try:
            return str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            pass
    return str(path)
