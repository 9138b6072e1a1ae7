"""Remembered checks: a workspace's files, once checked, are not checked again until one of
them (or what the checks depend on) changes.

Checking a national data file of 20 million rows takes seconds, and reading a national plan of
12,600 targets from YAML most of a second; what the engine needs from them is far smaller.
Analysts run several commands in a row on the same files, so `<workspace>/.dxgap_cache/` keeps
the validated targets (as JSON) and the grouped result of the data checks (as Parquet: the
province totals and the task states both derive from it), keyed by everything the checks read:
each file's path, size and modification time (as make and ruff decide staleness), for data also
the catalogue's units and bounds, the known provinces, their target ids (which a task state row
names) and the default number style, and dxgap's own code. Any change gives another key, and the files are
checked again. No pickles: a cache folder shipped inside a repository cannot run code. Each
entry carries a digest of its own bytes, so an entry edited by hand or cut short is ignored; a
remembered data check is also ignored when a value falls outside its indicator's bounds, as a
fresh check would refuse it.
The library uses the cache only when asked (`Workspace(use_cache=True)`; the command line
asks); `dxgap validate` never uses it. Set DXGAP_NO_CACHE=1 to turn it off; a cache that cannot
be read or written (a read-only workspace, a full disk) is silently skipped — it only ever
saves time.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dxgap.errors import OutputError, Problem
from dxgap.files import sidecar_of, write_bytes
from dxgap.targets.models import Catalogue, Indicator, TargetFile
from dxgap.text import Msg
from dxgap.version import __version__

if TYPE_CHECKING:
    import polars as pl

    from dxgap.targets.load import Targets

DIR_NAME = ".dxgap_cache"
ENV_OFF = "DXGAP_NO_CACHE"
KEEP = 4
"""Entries of each kind kept per workspace (the newest): enough to switch between a few versions
of the data or the plans."""


@dataclass(frozen=True)
class Entry:
    """What a check of the data files leaves for the next command."""

    groups: pl.DataFrame  # `data.screen.grouped`: the totals, the task states and every later
    # check derive from it
    exact: frozenset[int]  # files (by position) read by the exact checks, not the screen


def enabled() -> bool:
    """Whether the cache is on (DXGAP_NO_CACHE unset, empty or 0)."""
    return os.environ.get(ENV_OFF, "").strip() in ("", "0")


def _stat(path: Path) -> list[object]:
    try:
        st = path.stat()
    except OSError:
        return [str(path), None]
    # ctime and inode too: unlike mtime, no tool sets them back, and an editor that replaces the
    # file gives a new inode
    return [str(path.resolve()), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


_HERE = Path(__file__).parent

_SHARED = ("errors.py", "files.py", "names.py", "places.py", "frames.py")
"""Modules both loaders rely on (decoding, names, schemas)."""


def _code(package: str) -> list[list[object]]:
    """The state of dxgap's own code a loader runs: every module of `package` (a folder of
    `dxgap`) and the shared ones, so that an upgrade or an edit gives another key."""
    modules = sorted((_HERE / package).glob("*.py")) + [_HERE / m for m in _SHARED]
    return [_stat(m) for m in modules]


def targets_key(paths: Sequence[Path], display_root: Path | None) -> str:
    """A digest of everything loading a targets folder reads: the YAML files, the bundled
    places and dxgap's code that reads them."""
    parts = {
        "version": __version__,
        "code": _code("targets"),
        "places": _stat(_HERE / "resources" / "places.yaml"),
        "files": [_stat(p) for p in paths],
        "root": str(display_root),
    }
    return "targets-" + _digest(parts)


def _digest(parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:32]


def _sealed(body: bytes) -> str:
    """The digest an entry carries of its own bytes: a file edited by hand (or cut short) no
    longer matches it, and the entry is ignored."""
    return hashlib.sha256(body).hexdigest()


def _read_sealed(path: Path, seal: object) -> bytes | None:
    body = path.read_bytes()
    return body if isinstance(seal, str) and _sealed(body) == seal else None


def load_targets(root: Path, digest: str) -> Targets | None:
    """Validated targets remembered under `digest`, if there are readable, untouched ones."""
    from pydantic import ValidationError

    from dxgap.targets.load import Targets

    try:
        folder = root / DIR_NAME
        seal = json.loads((folder / f"{digest}.json").read_text("utf-8")).get("sha256")
        body = _read_sealed(folder / f"{digest}.targets.json", seal)
        if body is None:
            return None
        saved = json.loads(body)
        return Targets(
            Catalogue.model_validate_json(saved["catalogue"]),
            {pid: TargetFile.model_validate_json(text) for pid, text in saved["files"].items()},
            [_problem(w) for w in saved["warnings"]],
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ValidationError):
        return None


def _problem(saved: dict[str, Any]) -> Problem:
    return Problem(
        saved["path"],
        Msg.from_dict(saved["msg"]),
        saved["line"],
        saved["column"],
        saved["location"],
        saved["severity"],
    )


def store_targets(root: Path, digest: str, targets: Targets) -> None:
    """Remember validated targets (written to a temporary name, then renamed)."""
    saved = {
        "catalogue": targets.catalogue.model_dump_json(),
        "files": {pid: tf.model_dump_json() for pid, tf in targets.files.items()},
        "warnings": [
            {**p.to_dict(), "msg": p.msg.to_dict(), "message": None} for p in targets.warnings
        ],
    }
    try:
        folder = _folder(root)
        body = json.dumps(saved, ensure_ascii=False).encode("utf-8")
        write_bytes(folder / f"{digest}.targets.json", body)
        write_bytes(folder / f"{digest}.json", json.dumps({"sha256": _sealed(body)}).encode())
        _prune(folder)
    except (OSError, OutputError):
        return


def _folder(root: Path) -> Path:
    folder = root / DIR_NAME
    folder.mkdir(exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# written by dxgap: a cache, safe to delete\n*\n", "utf-8")
    return folder


def key(
    paths: Sequence[Path],
    indicators: Mapping[str, Indicator],
    provinces: Collection[str],
    decimal: str,
    targets: Mapping[str, Mapping[str, bool]] | None = None,
) -> str:
    """A digest of everything the data checks read: the data files and their sidecars, the
    catalogue's units and bounds, the known provinces, their target ids and which of them take
    a task state (`data.tasks.task_targets`), the default number style and dxgap's code that
    checks them."""
    parts = {
        "version": __version__,
        "code": _code("data"),
        "files": [[_stat(p), _stat(sidecar_of(p))] for p in paths],
        "indicators": sorted([i.id, i.unit.value, *i.bounds] for i in indicators.values()),
        "provinces": sorted(provinces),
        "decimal": decimal,
        "targets": sorted(
            [p, t, task] for p, ids in (targets or {}).items() for t, task in ids.items()
        ),
    }
    return "data-" + _digest(parts)


def load(root: Path, digest: str, indicators: Mapping[str, Indicator]) -> Entry | None:
    """The remembered check of these files, if there is a readable, untouched one whose values
    still lie within the catalogue's bounds (anything else is ignored, and the files are checked
    again)."""
    import polars as pl

    folder = root / DIR_NAME
    try:
        meta = json.loads((folder / f"{digest}.json").read_text("utf-8"))
        exact = meta["exact"]
        if not (isinstance(exact, list) and all(type(i) is int for i in exact)):
            return None
        body = _read_sealed(folder / f"{digest}.groups.parquet", meta.get("sha256"))
        if body is None:
            return None
        groups = pl.read_parquet(io.BytesIO(body))
        if not _within_bounds(groups, indicators):
            return None
    except (OSError, ValueError, TypeError, KeyError, AttributeError, pl.exceptions.PolarsError):
        return None
    return Entry(groups, frozenset(exact))


def _within_bounds(groups: pl.DataFrame, indicators: Mapping[str, Indicator]) -> bool:
    """Whether every remembered value is a finite number within its indicator's bounds, as a
    fresh check would require (a second guard beside the seal)."""
    import polars as pl

    bounds = pl.DataFrame(
        {
            "indicator": list(indicators),
            "_lo": [i.bounds[0] for i in indicators.values()],
            "_hi": [i.bounds[1] for i in indicators.values()],
        },
        schema={"indicator": pl.String, "_lo": pl.Float64, "_hi": pl.Float64},
    )
    values = groups.join(bounds, on="indicator", how="left").select(
        pl.concat_list("value", "_min", "_max").alias("_v"), "_lo", "_hi"
    )
    values = values.explode("_v").drop_nulls("_v")
    bad = (
        ~pl.col("_v").is_finite()
        | (pl.col("_v") < pl.col("_lo")).fill_null(False)
        | (pl.col("_v") > pl.col("_hi")).fill_null(False)
    )
    return values.filter(bad).height == 0


def store(root: Path, digest: str, entry: Entry) -> None:
    """Remember a check; each file is written to a temporary name and renamed, the metadata
    last, so a reader sees a whole entry or none. Failures are ignored."""
    import polars as pl

    try:
        folder = _folder(root)
        # lz4: written and read fast; the metadata last, as the sign of a whole entry
        buffer = io.BytesIO()
        entry.groups.write_parquet(buffer, compression="lz4")
        body = buffer.getvalue()
        write_bytes(folder / f"{digest}.groups.parquet", body)
        meta = json.dumps({"exact": sorted(entry.exact), "sha256": _sealed(body)})
        write_bytes(folder / f"{digest}.json", meta.encode("utf-8"))
        _prune(folder)
    except (OSError, OutputError, pl.exceptions.PolarsError):
        return


def _prune(folder: Path) -> None:
    """Keep the newest `KEEP` entries of each kind."""
    for kind in ("data", "targets"):
        metas = [p for p in folder.glob(f"{kind}-*.json") if p.suffixes == [".json"]]
        entries = sorted(metas, key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            digest = old.name.removesuffix(".json")
            for f in (old, *folder.glob(f"{digest}.*")):
                f.unlink(missing_ok=True)
