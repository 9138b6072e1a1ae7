"""A workspace is a folder holding `targets/` and `data/`; this module finds and loads one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dxgap.loaders import Targets, load_targets

if TYPE_CHECKING:
    import polars as pl

ENV_VAR = "DXGAP_WORKSPACE"
DATA_SUFFIXES = (".csv",)


def resolve(path: Path | str | None = None) -> Path:
    """The workspace folder: the given path, else $DXGAP_WORKSPACE, else the current directory."""
    if path is None:
        path = os.environ.get(ENV_VAR) or "."
    return Path(path)


@dataclass
class Workspace:
    """Lazily loaded targets and measurements of one workspace folder."""

    root: Path
    _targets: Targets | None = None

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
            self._targets = load_targets(self.targets_dir, display_root=self.root)
        return self._targets

    def data_paths(self) -> list[Path]:
        """The measured-data files, sorted (an absent data/ folder means no data yet)."""
        if not self.data_dir.is_dir():
            return []
        return sorted(
            p for p in self.data_dir.rglob("*") if p.suffix in DATA_SUFFIXES and p.is_file()
        )

    def measurements(self) -> pl.LazyFrame:
        """Every data file, checked against the catalogue and the provinces; typed and lazy."""
        from dxgap.measurements import read_measurements

        targets = self.targets()
        paths = self.data_paths()
        return read_measurements(
            paths,
            targets.indicators,
            set(targets.files),
            {p: self.display(p) for p in paths},
        )
