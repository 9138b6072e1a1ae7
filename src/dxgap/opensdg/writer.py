"""dxgap's observations and gaps in Open SDG's layout (`dxgap export --format opensdg -o DIR`).

A folder an Open SDG data repository can take in:

- `data/indicator_<id>.csv` per indicator with observations: `Year`, then `Geography` and
  `GeoCode` when several provinces are exported (one province's figures are the file's
  headline), `Area` and `Breakdown` when any row has one (blank: the total), `Value` last — one
  value per year and disaggregation, the one dxgap uses (the latest dated row of the year);
- `meta/indicator_<id>.yml`: the indicator's name and unit, `auto_progress_calculation: false`
  and, for one province, the `progress_status` of its current target (`PROGRESS_STATUS`), with
  every target's gap and status under `dxgap_targets`;
- `dxgap-map.yaml`: the import map that reads `data/` back into a dxgap data file.

Progress statuses are Open SDG's (docs/progress.md of open-sdg; sdg-build's ProgressMeasure):
dxgap's thresholds on the pace ratio are the same as sdg-build's defaults for a target value
(0.95 and 0.6), so `on_track` is `substantial_progress` and `acceleration_needed` is
`moderate_progress`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from dxgap.errors import OutputError
from dxgap.files import write_tree
from dxgap.text import Msg

if TYPE_CHECKING:
    import polars as pl

    from dxgap.engine import Options
    from dxgap.results import Labels
    from dxgap.workspace import Workspace

PROGRESS_STATUS = {
    "achieved": "target_achieved",
    "on_track": "substantial_progress",
    "acceleration_needed": "moderate_progress",
    "limited_progress": "limited_progress",
    "deterioration": "deterioration",
}
"""dxgap's status → Open SDG's progress status; every other status (pending, overdue, missed,
no data, insufficient data, …) is `not_available`, as Open SDG has no value for it."""

MAP_NAME = "dxgap-map.yaml"


def progress_status(status: str) -> str:
    """The Open SDG progress status of a dxgap status (`not_available` when none fits)."""
    return PROGRESS_STATUS.get(status, "not_available")


def file_id(indicator: str) -> str:
    """`online_dossier_rate` → `indicator_online-dossier-rate` (Open SDG's ids use dashes)."""
    return "indicator_" + indicator.replace("_", "-")


def _number(value: float) -> str:
    """A value as its shortest decimal (`84.3`, a count `9917750`), never localised."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


@dataclass(frozen=True)
class Site:
    """The files of an export, relative path → text, in the order written."""

    files: dict[Path, str]


def _observations(frame: pl.DataFrame) -> pl.DataFrame:
    """One value per province, indicator, area, breakdown and year: the latest dated row of
    the year (an undated row counts as earlier), as the engine takes it."""
    import polars as pl

    keys = ["province", "indicator", "area", "breakdown", "year"]
    rows = frame.filter(pl.col("indicator").is_not_null(), pl.col("value").is_not_null())
    rows = rows.with_columns(pl.col("area").fill_null(""), pl.col("breakdown").fill_null(""))
    return (
        rows.sort([*keys[:-1], "year", "date"], nulls_last=False)
        .group_by(keys, maintain_order=True)
        .agg(pl.col("value").last())
        .sort(keys)
    )


def _data_file(rows: pl.DataFrame, places: dict[str, tuple[str, str]], several: bool) -> str:
    import csv
    import io

    header = ["Year"]
    if several:
        header += ["Geography"]
    area, breakdown = any(rows["area"]), any(rows["breakdown"])
    header += ["Area"] * area + ["Breakdown"] * breakdown
    header += ["GeoCode"] * several + ["Value"]
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\n")
    out.writerow(header)
    for r in rows.iter_rows(named=True):
        name, code = places[r["province"]]
        cells = [str(r["year"]), *([name] if several else [])]
        cells += [r["area"]] * area + [r["breakdown"]] * breakdown
        cells += [code] * several + [_number(r["value"])]
        out.writerow(cells)
    return buffer.getvalue()


def _current(rows: list[dict[str, Any]], as_of: int) -> dict[str, Any]:
    """The target an indicator page shows: the first deadline not before the as-of year, else
    the latest deadline (a target without one last)."""
    running = [r for r in rows if r["target_year"] is not None and r["target_year"] >= as_of]
    if running:
        return min(running, key=lambda r: r["target_year"])
    dated = [r for r in rows if r["target_year"] is not None]
    return max(dated, key=lambda r: r["target_year"]) if dated else rows[0]


def _meta(indicator: str, labels: Labels, gaps: list[dict[str, Any]], one: bool, lang: str) -> str:
    names = labels.indicators.get(indicator, (indicator, indicator))
    meta: dict[str, Any] = {
        "indicator_name": names[1] if lang == "vi" else names[0],
        "computation_units": labels.units.get(indicator),
        "reporting_status": "complete",
        "auto_progress_calculation": False,
    }
    if one and gaps:
        meta["progress_status"] = progress_status(_current(gaps, gaps[0]["_as_of"])["status"])
    keys: tuple[str, ...] = ("province", "target_id", "comparator", "target_value", "target_year")
    keys += ("latest_year", "latest_value", "gap", "pace_ratio", "status")
    meta["dxgap_targets"] = [
        {**{k: g[k] for k in keys}, "progress_status": progress_status(g["status"])} for g in gaps
    ]
    return yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)


def _map(files: dict[str, str], places: dict[str, tuple[str, str]], several: bool) -> str:
    mapping: dict[str, Any] = {
        "series": [{"indicator": ind, "file": f"{name}.csv"} for ind, name in files.items()],
        "province": (
            {"column": "Geography", "values": {n: pid for pid, (n, _) in places.items()}}
            if several
            else next(iter(places))
        ),
        "breakdown": ["Breakdown"],
        "area": ["Area"],
    }
    head = "# dxgap import opensdg data --map dxgap-map.yaml -o data/NAME.csv reads data/ back\n"
    return head + yaml.safe_dump(mapping, allow_unicode=True, sort_keys=False)


def site(ws: Workspace, provinces: Sequence[str], options: Options, lang: str = "en") -> Site:
    """The Open SDG files of `provinces` (ids or names) as of `options.as_of`: see the module's
    documentation. `NotFoundError` for an unknown province, `InputError` for invalid files."""
    from dxgap import api

    pids = api.choose_provinces(ws, provinces, every=False)
    labels = api.labels(ws, pids)
    targets = ws.targets().files
    places = {p: (labels.province(p, lang), targets[p].province.code or "") for p in pids}
    several = len(pids) > 1
    observed = _observations(api.export_table(ws, pids, "observations", options))
    gaps = [
        {**g, "_as_of": options.as_of}
        for g in api.export_table(ws, pids, "gaps", options).iter_rows(named=True)
        if g["indicator"] is not None
    ]
    indicators = sorted(set(observed["indicator"]) | {g["indicator"] for g in gaps})
    files: dict[Path, str] = {}
    written: dict[str, str] = {}
    for ind in indicators:
        rows = observed.filter(observed["indicator"] == ind)
        if rows.height:
            files[Path("data") / f"{file_id(ind)}.csv"] = _data_file(rows, places, several)
            written[ind] = file_id(ind)
        mine = [g for g in gaps if g["indicator"] == ind]
        files[Path("meta") / f"{file_id(ind)}.yml"] = _meta(ind, labels, mine, not several, lang)
    files[Path(MAP_NAME)] = _map(written, places, several)
    return Site(files)


def write_site(made: Site, folder: str | os.PathLike[str]) -> list[Path]:
    """Write `made` into `folder` (made if its parent exists; files replaced atomically, others
    left alone); the paths written. `OutputError` when the folder cannot be made or written."""
    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise OutputError(Msg("output.split_not_folder", path=str(root)))
    if not root.parent.is_dir():
        raise OutputError(Msg("output.no_folder", path=str(root), folder=str(root.parent)))
    return write_tree(root, made.files)


def export_site(
    ws: Workspace,
    provinces: Sequence[str],
    options: Options,
    folder: str | os.PathLike[str],
    lang: str = "en",
) -> list[Path]:
    """`site` written into `folder` (`write_site`); the paths written."""
    return write_site(site(ws, provinces, options, lang), folder)


__all__ = ["MAP_NAME", "PROGRESS_STATUS", "Site", "export_site", "progress_status", "site"]
