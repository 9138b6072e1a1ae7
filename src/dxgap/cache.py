"""Remembered checks: a workspace's data files, once checked, are not checked again until one
of them (or what the checks depend on) changes.

Checking a national file of 20 million rows takes seconds; the grouped result that the engine
needs is a few hundred thousand rows. Analysts run several commands in a row on the same files,
so `<workspace>/.dxgap_cache/` keeps that result, keyed by everything the checks read: each data
file's and sidecar's path, size and modification time (as make and ruff decide staleness), the
catalogue's units and bounds, the known provinces, the default number style and dxgap's own code.
Any change gives another key, and the files are checked again. `dxgap validate` never uses the
cache. Set DXGAP_NO_CACHE=1 to turn it off; a cache that cannot be read or written (a read-only
workspace, a full disk) is silently skipped — it only ever saves time.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import polars as pl

import dxgap
from dxgap.models import Indicator

DIR_NAME = ".dxgap_cache"
ENV_OFF = "DXGAP_NO_CACHE"
KEEP = 4
"""Entries kept per workspace (the newest): enough to switch between a few data versions."""


@dataclass(frozen=True)
class Entry:
    """What a check of the data files leaves for the next command."""

    totals: pl.DataFrame
    groups: pl.DataFrame
    exact: frozenset[int]  # files (by position) read by the exact checks, not the screen


def enabled() -> bool:
    """Whether the cache is on (DXGAP_NO_CACHE unset, empty or 0)."""
    return os.environ.get(ENV_OFF, "").strip() in ("", "0")


def _stat(path: Path) -> list[object]:
    try:
        st = path.stat()
    except OSError:
        return [str(path), None]
    return [str(path.resolve()), st.st_size, st.st_mtime_ns]


def key(
    paths: Sequence[Path],
    indicators: dict[str, Indicator],
    provinces: Collection[str],
    decimal: str,
) -> str:
    """A digest of everything the data checks read."""
    code = Path(__file__).parent
    parts = {
        "version": dxgap.__version__,
        "code": [_stat(code / m) for m in ("measurements.py", "screening.py", "numberstyle.py")],
        "files": [[_stat(p), _stat(p.with_name(p.name + ".yaml"))] for p in paths],
        "indicators": sorted([i.id, i.unit.value, *i.bounds] for i in indicators.values()),
        "provinces": sorted(provinces),
        "decimal": decimal,
    }
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:32]


def load(root: Path, digest: str) -> Entry | None:
    """The remembered check of these files, if there is a readable one."""
    folder = root / DIR_NAME
    try:
        meta = json.loads((folder / f"{digest}.json").read_text("utf-8"))
        totals = pl.read_parquet(folder / f"{digest}.totals.parquet")
        groups = pl.read_parquet(folder / f"{digest}.groups.parquet")
    except (OSError, ValueError, pl.exceptions.PolarsError):
        return None
    return Entry(totals, groups, frozenset(int(i) for i in meta.get("exact", [])))


def store(root: Path, digest: str, entry: Entry) -> None:
    """Remember a check; each file is written to a temporary name and renamed, the metadata
    last, so a reader sees a whole entry or none. Failures are ignored."""
    folder = root / DIR_NAME
    try:
        folder.mkdir(exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# written by dxgap: a cache, safe to delete\n*\n", "utf-8")
        for name, frame in (("totals", entry.totals), ("groups", entry.groups)):
            tmp = folder / f".{digest}.{name}.tmp"
            frame.write_parquet(tmp)
            tmp.replace(folder / f"{digest}.{name}.parquet")
        tmp = folder / f".{digest}.json.tmp"
        tmp.write_text(json.dumps({"exact": sorted(entry.exact)}), "utf-8")
        tmp.replace(folder / f"{digest}.json")
        _prune(folder)
    except (OSError, pl.exceptions.PolarsError):
        return


def _prune(folder: Path) -> None:
    """Keep the newest `KEEP` entries."""
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[KEEP:]:
        digest = old.name.removesuffix(".json")
        for f in (old, *folder.glob(f"{digest}.*.parquet")):
            f.unlink(missing_ok=True)
