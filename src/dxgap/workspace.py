"""A workspace is a folder holding `targets/` (YAML) and `data/` (CSV, xlsx, Parquet); this module
finds its files and loads them, once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dxgap.errors import InputError, Problem
from dxgap.files import (
    YAML_SUFFIXES,
    display,
    is_data_file,
    is_source,
    linked_folders,
    refusal,
)
from dxgap.targets.load import Targets, load_targets

if TYPE_CHECKING:
    import polars as pl

    from dxgap.data.check import Checked
    from dxgap.data.numbers import Decimal


@dataclass
class Workspace:
    """The targets and measurements of one workspace folder, loaded on first use.

    `root` is the folder (a `Path` or a string). `decimal` is how data files without a sidecar
    (`<file>.yaml`) write numbers ("point": 86.3, "comma": 86,3). `use_cache` remembers
    successful checks in `<root>/.dxgap_cache/` so that the next command on unchanged files
    skips them (see `dxgap.cache`); it is off unless asked for — the command line asks — and
    DXGAP_NO_CACHE=1 turns it off regardless. Loading raises `InputError` listing every
    problem of every file.
    """

    root: Path
    decimal: Decimal = "point"
    use_cache: bool = False
    _targets: Targets | None = field(default=None, init=False, repr=False)
    _checked: Checked | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.root = Path(self.root)

    @property
    def targets_dir(self) -> Path:
        """`targets/` inside the workspace."""
        return self.root / "targets"

    @property
    def data_dir(self) -> Path:
        """`data/` inside the workspace."""
        return self.root / "data"

    def display(self, path: Path) -> str:
        """A path as shown in messages: relative to the workspace when inside it."""
        return display(path, self.root)

    def _caching(self) -> bool:
        from dxgap import cache

        return self.use_cache and cache.enabled()

    def targets(self) -> Targets:
        """Every target file and the indicator catalogue, validated."""
        if self._targets is None:
            self._targets = self._load_targets()
        return self._targets

    def _load_targets(self) -> Targets:
        if not (self._caching() and self.targets_dir.is_dir()):
            return load_targets(self.targets_dir, display_root=self.root)
        from dxgap import cache

        files = sorted(p for p in self.targets_dir.iterdir() if p.suffix in YAML_SUFFIXES)
        digest = cache.targets_key(files, self.root)
        found = cache.load_targets(self.root, digest)
        if found is None:
            found = load_targets(self.targets_dir, display_root=self.root)
            cache.store_targets(self.root, digest, found)
        return found

    def data_paths(self) -> list[Path]:
        """The measured-data files and database sources (`<name>.source.yaml`), sorted (an
        absent data/ folder means no data yet);
        `InputError` for data files that lead outside the workspace (see `files.refusal`)."""
        if not self.data_dir.is_dir():
            return []
        found = sorted(p for p in self.data_dir.rglob("*") if is_data_file(p))
        candidates = [*found, *linked_folders(self.data_dir)]
        refused = [(p, why) for p in candidates if (why := refusal(p, self.root)) is not None]
        if refused:
            raise InputError([Problem(self.display(p), why) for p, why in refused])
        return found

    def checked(self) -> Checked:
        """The data files, checked in one streaming pass that keeps grouped counts, not rows
        (see `dxgap.data.check.check_files`)."""
        if self._checked is None:
            self._checked = self._check_data()
        return self._checked

    def _check_data(self) -> Checked:
        from dxgap import cache
        from dxgap.data.check import check_files, rechecked
        from dxgap.data.tasks import task_targets

        targets = self.targets()
        paths = self.data_paths()
        tasks = task_targets(targets)
        args = (
            paths,
            targets.indicators,
            set(targets.files),
            {p: self.display(p) for p in paths},
            self.decimal,
        )
        if not (paths and self._caching()) or any(is_source(p) for p in paths):
            return check_files(*args, tasks)  # a database changes unseen: never remembered
        digest = cache.key(paths, targets.indicators, set(targets.files), self.decimal, tasks)
        entry = cache.load(self.root, digest, targets.indicators)
        if entry is not None:
            return rechecked(*args, entry.groups, entry.exact, tasks)
        checked = check_files(*args, tasks)
        cache.store(self.root, digest, cache.Entry(checked.groups, checked.exact))
        return checked

    def details(self) -> pl.LazyFrame:
        """Every data row, typed, as a lazy query over the files (`frames.DETAIL_SCHEMA` plus
        `_file`, `_fileno`, `_row`); the files are read again when it is collected."""
        return self.checked().details

    def measurements(self) -> pl.LazyFrame:
        """Province-level values for the engine (`frames.MEASUREMENT_SCHEMA`): given totals plus
        weighted rates of areas, computed by the checking pass (one row per province,
        indicator and date), each with its rank's `out_of`, its `period` and its `definition`
        as the file gives them (null when not given). Task state rows are not among them
        (see `states`)."""
        return self.checked().totals.lazy()

    def states(self) -> pl.LazyFrame:
        """Task states for the engine (`frames.STATE_SCHEMA`): one row per report of the state
        of a target (a qualitative or yes/no one) in the data files — province, target_id,
        year, date, state (`done`, `in_progress`, `not_started`, `dropped`, whatever language
        the file wrote it in), source, and note (the evidence) — from the checking pass,
        sorted by province, target, year and date (undated first)."""
        return self.checked().states.lazy()
