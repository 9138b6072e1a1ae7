"""Reading target files: the indicator catalogue and the provinces' plans, parsed safely,
validated into models and checked by the rules.

Every problem is collected, located and worded by code; the single-file loaders return them,
`load_targets` raises them together as an `InputError`. Nothing here prints, and nothing changes
process-wide state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from dxgap.errors import InputError, Problem
from dxgap.files import YAML_SUFFIXES, display, read_text, refusal
from dxgap.targets import fastyaml, rules, yamlio
from dxgap.targets.located import Located, kind_of, pydantic_problems
from dxgap.targets.models import Catalogue, Indicator, Province, TargetFile
from dxgap.text import Msg

MAX_YAML_BYTES = 1_048_576
"""Target files above 1 MiB are refused: a province's plan is a few kB."""

CATALOGUE_NAME = "indicators.yaml"


@dataclass
class Parsed:
    """A YAML file parsed into plain data, with node positions and the problems met so far."""

    path: Path
    data: Any
    at: Located


M = TypeVar("M", bound=BaseModel)


def parse_yaml(path: Path, shown: str | None = None) -> Parsed:
    """Parse one YAML file safely into `Parsed(path, data, at)`.

    `shown` is the name problems give the file (default: the path as given). `data` is a dict,
    or None when the file is unreadable, not YAML, empty or not a mapping; `at` holds those
    problems (encoding, size, syntax, tags, duplicate keys), collected, never raised.
    """
    name = shown or str(path)
    text, refused = _read(path, name)
    if text is None:
        return Parsed(path, None, refused)
    return _parse_text(path, name, text)


def _read(path: Path, name: str) -> tuple[str | None, Located]:
    """The file's text, or None and the reason in a `Located` (encoding, size)."""
    at = Located(name, yamlio.Marks())
    try:
        return read_text(path, name, MAX_YAML_BYTES), at
    except InputError as e:
        at.problems.extend(e.problems)
        return None, at


def _parse_text(path: Path, name: str, text: str) -> Parsed:
    """`parse_yaml` of a file's text: the located path, a position for every node."""
    data, marks, problems = yamlio.parse(text, name)
    at = Located(name, marks)
    at.problems.extend(problems)
    if data is None and not problems:
        at.problems.append(Problem(name, Msg("yaml.empty"), 1, 1))
    elif data is not None and not isinstance(data, dict):
        line, col = marks.locate(())
        msg = Msg("yaml.top_not_mapping", got=kind_of(data))
        at.problems.append(Problem(name, msg, line or 1, col or 1))
        data = None
    return Parsed(path, data, at)


def load_catalogue_file(
    path: Path, shown: str | None = None, *, fast: bool = True
) -> tuple[Catalogue | None, list[Problem]]:
    """Load `indicators.yaml`: (the catalogue, or None when it has errors; every problem,
    warnings included). `shown` as for `parse_yaml`; `fast=False` skips the fast path (for the
    tests that compare both). Raises nothing for bad input."""
    name = shown or str(path)
    text, refused = _read(path, name)
    if text is None:
        return None, refused.problems
    clean = _clean_catalogue(text, name) if fast else None
    if clean is not None:
        return clean, []
    parsed = _parse_text(path, name, text)
    at = parsed.at
    if parsed.data is None:
        return None, at.problems
    try:
        catalogue = Catalogue.model_validate(parsed.data)
    except ValidationError as e:
        pydantic_problems(e, Catalogue, at)
        return None, at.problems
    rules.check_catalogue(at, catalogue)
    ok = not any(p.severity == "error" for p in at.problems)
    return (catalogue if ok else None), at.problems


def _plain_model(text: str, model: type[M]) -> tuple[dict[str, Any], M] | None:
    """A file's plain data (`fastyaml`, no positions) and its model, or None when the fast
    path declines the file or the data does not validate (then it is read with positions)."""
    data = fastyaml.plain_data(text)
    if not isinstance(data, dict):
        return None
    try:
        return data, model.model_validate(data)
    except ValidationError:
        return None


def _clean_catalogue(text: str, name: str) -> Catalogue | None:
    """The catalogue read without positions, when that reading finds no problem at all; None
    when there may be one, to be read with positions (as `_clean_target_file`)."""
    read = _plain_model(text, Catalogue)
    if read is None:
        return None
    catalogue = read[1]
    probe = Located(name, yamlio.Marks())
    rules.check_catalogue(probe, catalogue)
    return None if probe.problems else catalogue


def load_target_file(
    path: Path,
    catalogue: dict[str, Indicator] | None,
    shown: str | None = None,
    *,
    fast: bool = True,
) -> tuple[TargetFile | None, list[Problem]]:
    """Load one province's target file: (the model, or None when it has errors; every problem,
    warnings included).

    `catalogue` is the indicator catalogue by id (None when it is invalid: references to it are
    not checked); `shown` as for `parse_yaml`. A file is read first without positions
    (`fastyaml`); at the first sign of a problem, again with them, and then problems come from
    that reading alone (`fast=False` reads it so directly). Raises nothing for bad input.
    """
    name = shown or str(path)
    text, refused = _read(path, name)
    if text is None:
        return None, refused.problems
    clean = _clean_target_file(text, name, path.stem, catalogue) if fast else None
    if clean is not None:
        return clean, []
    parsed = _parse_text(path, name, text)
    at = parsed.at
    if parsed.data is None:
        return None, at.problems
    model: TargetFile | None = None
    province: Province | None
    try:
        model = TargetFile.model_validate(parsed.data)
        province, sources, targets = (
            model.province,
            list(enumerate(model.sources)),
            list(enumerate(model.targets)),
        )
    except ValidationError as e:
        pydantic_problems(e, TargetFile, at)
        province, sources, targets = rules.partial_target_file(parsed.data)
    written = rules.source_ids(parsed.data) if isinstance(parsed.data, dict) else []
    rules.check_target_file(at, path.stem, province, sources, targets, catalogue, written)
    if any(p.severity == "error" for p in at.problems):
        model = None
    return model, at.problems


def _clean_target_file(
    text: str, name: str, stem: str, catalogue: dict[str, Indicator] | None
) -> TargetFile | None:
    """The model of a target file read without positions, when that reading finds no problem
    at all (no warning either); None when there may be one, to be read with positions."""
    read = _plain_model(text, TargetFile)
    if read is None:
        return None
    data, model = read
    probe = Located(name, yamlio.Marks())  # no positions: any problem sends the file back
    sources, targets = list(enumerate(model.sources)), list(enumerate(model.targets))
    written = rules.source_ids(data)
    rules.check_target_file(probe, stem, model.province, sources, targets, catalogue, written)
    return None if probe.problems else model


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
        if p.suffix in YAML_SUFFIXES and p.name != CATALOGUE_NAME and p.is_file()
    )


def duplicate_provinces(loaded: Sequence[tuple[str, TargetFile]]) -> list[Problem]:
    """A problem for each target file (shown name, model) that declares a province an earlier
    one declares too (`tinh-a.yaml` and `tinh-a.yml`): which of them counts would be a guess."""
    first: dict[str, str] = {}
    problems = []
    for shown, model in loaded:
        pid = model.province.id
        if pid in first:
            msg = Msg("province.declared_twice", province=pid, other=first[pid])
            problems.append(Problem(shown, msg, location="province.id"))
        else:
            first[pid] = shown
    return problems


def load_targets(targets_dir: Path, display_root: Path | None = None) -> Targets:
    """Load and validate a workspace's `targets/` folder: the catalogue and every province file.

    Paths in problems are shown relative to `display_root` when inside it. Returns `Targets`
    with the warnings found; raises `InputError` listing every error (a missing folder or
    catalogue is one).
    """

    def show(p: Path) -> str:
        return display(p, display_root)

    if not targets_dir.is_dir():
        folder = str(targets_dir.parent.resolve())
        raise InputError.single(show(targets_dir), Msg("targets.no_folder", folder=folder))
    cat_path = targets_dir / CATALOGUE_NAME
    if not cat_path.is_file():
        raise InputError.single(show(cat_path), Msg("targets.no_catalogue"))
    root = display_root if display_root is not None else targets_dir.parent
    problems = [Problem(show(p), why) for p in (cat_path,) if (why := refusal(p, root))]
    if problems:
        raise InputError(problems)
    catalogue, problems = load_catalogue_file(cat_path, show(cat_path))
    index = catalogue.by_id() if catalogue else None
    loaded: list[tuple[str, TargetFile]] = []
    for path in target_paths(targets_dir):
        why = refusal(path, root)
        if why is not None:
            problems.append(Problem(show(path), why))
            continue
        model, found = load_target_file(path, index, show(path))
        problems.extend(found)
        if model is not None:
            loaded.append((show(path), model))
    problems += duplicate_provinces(loaded)
    files = {model.province.id: model for _, model in loaded}
    errors = [p for p in problems if p.severity == "error"]
    if errors or catalogue is None:
        raise InputError(errors)
    return Targets(catalogue, files, [p for p in problems if p.severity == "warning"])
