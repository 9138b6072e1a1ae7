"""A workspace is a folder holding `targets/` and `data/`; this module finds and loads one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dxgap.targets.load import Targets, load_targets

if TYPE_CHECKING:
    import polars as pl

    from dxgap.data.check import Checked
    from dxgap.data.numbers import Decimal

ENV_VAR = "DXGAP_WORKSPACE"
DATA_SUFFIXES = (".csv", ".xlsx", ".parquet")


def is_data_file(path: Path) -> bool:
    """A CSV, xlsx or Parquet file (not Excel's `~$` lock file)."""
    return (
        path.suffix.lower() in DATA_SUFFIXES and path.is_file() and not path.name.startswith("~$")
    )


def is_sidecar(path: Path) -> bool:
    """`x.csv.yaml`: the reading options of data file `x.csv`."""
    inner = Path(path.stem)
    return path.suffix in (".yaml", ".yml") and inner.suffix.lower() in DATA_SUFFIXES


def resolve(path: Path | str | None = None) -> Path:
    """The workspace folder: the given path, else $DXGAP_WORKSPACE, else the current directory."""
    if path is None:
        path = os.environ.get(ENV_VAR) or "."
    return Path(path)


@dataclass
class Workspace:
    """Lazily loaded targets and measurements of one workspace folder.

    `decimal` is how data files without a sidecar (`<file>.yaml`) write numbers. `use_cache`
    remembers successful checks in `.dxgap_cache/` (see `dxgap.cache`; DXGAP_NO_CACHE=1 also
    turns it off).
    """

    root: Path
    decimal: Decimal = "point"
    use_cache: bool = True
    _targets: Targets | None = None
    _checked: Checked | None = None
    _details: pl.DataFrame | None = None

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
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)

    def targets(self) -> Targets:
        """Every target file, validated (raises `InputError` listing all problems)."""
        if self._targets is None:
            if not (self.use_cache and self.targets_dir.is_dir()):
                self._targets = load_targets(self.targets_dir, display_root=self.root)
                return self._targets
            from dxgap import cache

            if not cache.enabled():
                self._targets = load_targets(self.targets_dir, display_root=self.root)
                return self._targets
            files = sorted(p for p in self.targets_dir.iterdir() if p.suffix in (".yaml", ".yml"))
            digest = cache.targets_key(files, self.root)
            self._targets = cache.load_targets(self.root, digest)
            if self._targets is None:
                self._targets = load_targets(self.targets_dir, display_root=self.root)
                cache.store_targets(self.root, digest, self._targets)
        return self._targets

    def data_paths(self) -> list[Path]:
        """The measured-data files, sorted (an absent data/ folder means no data yet)."""
        if not self.data_dir.is_dir():
            return []
        return sorted(p for p in self.data_dir.rglob("*") if is_data_file(p))

    def checked(self) -> Checked:
        """The data files, checked in one streaming pass that keeps grouped counts, not rows
        (raises `InputError` listing every problem). The result is remembered in
        `.dxgap_cache/` until a file changes (see `dxgap.cache`)."""
        if self._checked is None:
            from dxgap import cache
            from dxgap.data.check import check_files, rechecked

            targets = self.targets()
            paths = self.data_paths()
            args = (
                paths,
                targets.indicators,
                set(targets.files),
                {p: self.display(p) for p in paths},
                self.decimal,
            )
            digest = None
            if paths and self.use_cache and cache.enabled():
                digest = cache.key(paths, targets.indicators, set(targets.files), self.decimal)
                entry = cache.load(self.root, digest)
                if entry is not None:
                    self._checked = rechecked(*args, entry.groups, entry.exact)
                    return self._checked
            self._checked = check_files(*args)
            if digest is not None:
                checked = self._checked
                cache.store(self.root, digest, cache.Entry(checked.groups, checked.exact))
        return self._checked

    def scan_details(self) -> pl.LazyFrame:
        """Every data row, typed, as a lazy query over the files (`DETAIL_SCHEMA` plus `_file`,
        `_fileno`, `_row`); the files are read again when it is collected."""
        return self.checked().details

    def details(self) -> pl.DataFrame:
        """Every data row in memory, typed, with area/breakdown/count columns and `_file`,
        `_row` (for exports of observations; prefer `scan_details` for computing)."""
        if self._details is None:
            frame = self.scan_details().collect(engine="streaming")
            self._details = frame.sort("_fileno", "_row").drop("_fileno")
        return self._details

    def measurements(self) -> pl.LazyFrame:
        """Province-level values for the engine: given totals plus weighted rates of areas,
        computed by the checking pass (small: one row per province, indicator and date)."""
        return self.checked().totals.lazy()
