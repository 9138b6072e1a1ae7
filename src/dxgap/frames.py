"""Column names, Polars schemas and the conversion of target models into frames.

The documented output keys live here so that the engine, the renderers and the exporters agree
on names and order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import polars as pl

from dxgap.targets.models import TargetFile, Unit

if TYPE_CHECKING:
    from dxgap.targets.load import Targets

_PLAN_KEYS: tuple[str, ...] = (
    "province",
    "target_id",
    "indicator",
    "name",
    "pillar",
    "unit",
    "comparator",
    "baseline_year",
    "baseline_value",
    "target_year",
    "target_value",
)
"""What a target promised: the first keys of both the gap table and the targets export."""

FIGURE_KEYS: tuple[str, ...] = (
    "gap",
    "progress_pct",
    "observed_pace",
    "planned_pace",
    "needed_pace",
    "pace_ratio",
    "projected_value",
)
"""The figures the engine computes for each target (docs/methodology.md §2)."""

GAP_KEYS: tuple[str, ...] = (
    *_PLAN_KEYS,
    "latest_year",
    "latest_value",
    *FIGURE_KEYS,
    "status",
    "target_low",
    "target_high",
    "from_year",
    "out_of",
    "latest_out_of",
    "latest_period",
    "series_from",
    "years_met",
    "years_assessed",
    "task_state",
    "state_year",
    "state_date",
    "evidence",
    "state_source",
    "approx",
    "evidence_vi",
    "qualitative",
)
"""The keys of `dxgap check --format json|csv`, in order (the user-facing contract; keys are only
ever appended). `evidence` is the note of a task's latest state row, `evidence_vi` its note in
Vietnamese (the row's `note_vi`), which Vietnamese output shows in its place; `qualitative` is a
task's own words (the target file's `qualitative`), a task's only name where `name` is null."""

TASK_STATES: tuple[str, ...] = ("done", "in_progress", "not_started", "dropped")
"""The states a task (a qualitative or yes/no target) is reported in, in the provinces' order."""

TRAJECTORY_KEYS: tuple[str, ...] = (
    "province",
    "target_id",
    "year",
    "planned",
    "actual",
    "projected",
    "ahead_by",
    "met",
    "series_break",
)
"""The keys of the engine's trajectory table (`engine.trajectory`), in order."""

TASK_REPORT_KEYS: tuple[str, ...] = (
    "task_state",
    "state_date",
    "evidence",
    "state_source",
    "evidence_vi",
)
"""Appended to `TRAJECTORY_KEYS` in `dxgap trajectory --format json|csv`: a task has no path,
so its rows are its reports up to the as-of year (`year` the report's), each with its state,
date, evidence (the row's note), source and evidence in Vietnamese (its `note_vi`), as the gap
table names them; empty on the rows of a quantified target."""

TARGET_KEYS: tuple[str, ...] = (
    *_PLAN_KEYS,
    "qualitative",
    "kind",
    "frequency",
    "approx",
    "source",
    "quote",
)
"""Columns of `dxgap export --table targets`: the plans themselves, flattened."""

STATUSES: tuple[str, ...] = (
    "achieved",
    "on_track",
    "acceleration_needed",
    "limited_progress",
    "deterioration",
    "pending",
    "insufficient_data",
    "overdue",
    "missed",
    "no_data",
    "not_quantified",
    "not_comparable",
)
"""Every status the engine can assign, in the order summaries list them."""

MEASUREMENT_SCHEMA = pl.Schema(
    {
        "province": pl.String,
        "indicator": pl.String,
        "year": pl.Int32,
        "value": pl.Float64,
        "date": pl.String,
        "source": pl.String,
        "note": pl.String,
        "out_of": pl.Int32,
        "period": pl.String,
        "definition": pl.String,
        "note_vi": pl.String,
    }
)
"""Typed measured data the engine reads: one province-level value per row (`note_vi`: the
row's note in Vietnamese, when its file gives one; Vietnamese output shows it, never `note`)."""

STATE_SCHEMA = pl.Schema(
    {
        "province": pl.String,
        "target_id": pl.String,
        "year": pl.Int32,
        "date": pl.String,
        "state": pl.String,
        "source": pl.String,
        "note": pl.String,
        "note_vi": pl.String,
    }
)
"""Task states read from data files (rows with `target` and `state`): one report of one task."""

DETAIL_SCHEMA = pl.Schema(
    {  # type: ignore[arg-type]  # mixed dtype classes and instances
        **{c: dtype for c, dtype in MEASUREMENT_SCHEMA.items() if c != "note_vi"},
        "area": pl.String,
        "breakdown": pl.String,
        "numerator": pl.Float64,
        "denominator": pl.Float64,
        "target": pl.String,
        "state": pl.String,
        "note_vi": pl.String,
    }
)
"""Every row of the data files, typed, including sub-province (`area`) and `breakdown` rows
(the columns of `dxgap export --table observations`; `note_vi`, added last, keeps the others'
places)."""

_MILESTONE = pl.Struct({"year": pl.Int32, "value": pl.Float64})

TARGET_SCHEMA = pl.Schema(
    {  # type: ignore[arg-type]  # mixed dtype classes and instances
        "seq": pl.Int32,
        "province": pl.String,
        "target_id": pl.String,
        "indicator": pl.String,
        "name": pl.String,
        "name_vi": pl.String,
        "pillar": pl.String,
        "unit": pl.String,
        "comparator": pl.String,
        "baseline_year": pl.Int32,
        "baseline_value": pl.Float64,
        "target_year": pl.Int32,
        "target_value": pl.Float64,
        "target_low": pl.Float64,
        "target_high": pl.Float64,
        "from_year": pl.Int32,
        "out_of": pl.Int32,
        "map_out_of": pl.Int32,
        "breaks": pl.List(pl.Int32),
        "snapshots": pl.Boolean,
        "milestones": pl.List(_MILESTONE),
        "lower": pl.Float64,
        "upper": pl.Float64,
        "qualitative": pl.String,
        "kind": pl.String,
        "frequency": pl.String,
        "approx": pl.Boolean,
        "source": pl.String,
        "quote": pl.String,
    }
)
"""One row per target of every province; boolean targets become `>= 1` (true) or `<= 0`."""


def _num(value: bool | float | None) -> float | None:
    if value is None:
        return None
    return float(value)


def map_units(province_id: str, merged_into: str | None = None) -> int | None:
    """The number of units of the one map a province belongs to: 63 for a province of the 63
    that is not a unit of the 34 (Bình Phước), or one a target file says was merged; 34 for a
    unit of the 34 only. None for a unit of both maps (Đà Nẵng, Hà Nội: every unit of the 34
    kept a former province's id) and for the nation: which ranking a rank target without
    `out_of` means is then for its plan to say (docs/methodology.md §12)."""
    from dxgap import places

    old = places.get(province_id, places.PREVIOUS) is not None
    new = places.get(province_id, places.CURRENT) is not None
    if old and (merged_into or not new):
        return int(places.PREVIOUS)
    if new and not old:
        return int(places.CURRENT)
    return None


def target_rows(files: dict[str, TargetFile], targets: Targets) -> list[dict[str, object]]:
    """Flatten target models into rows of `TARGET_SCHEMA`."""
    indicators = targets.indicators
    rows: list[dict[str, object]] = []
    seq = 0
    for province_id in sorted(files):
        tf = files[province_id]
        map_size = map_units(province_id, tf.province.merged_into)
        for t in tf.targets:
            ind = indicators.get(t.indicator) if t.indicator else None
            comparator = t.comparator
            if ind is not None and ind.unit is Unit.BOOLEAN and t.is_quantified:
                comparator = ">=" if t.value else "<="
            low, high = t.range if t.range else (None, None)
            value = _num(t.value)
            if t.range and t.is_quantified:
                comparator = comparator or ">="
                value = low if comparator in (">=", ">") else high
            lower, upper = ind.bounds if ind else (None, None)
            title = None
            if ind is not None:
                title = ind.name
            seq += 1
            rows.append(
                {
                    "seq": seq,
                    "province": province_id,
                    "target_id": t.id,
                    "indicator": t.indicator,
                    "name": title.en if title else None,
                    "name_vi": title.vi if title else None,
                    "pillar": (t.pillar or (ind.pillar if ind else None)),
                    "unit": ind.unit.value if ind else None,
                    "comparator": comparator if t.is_quantified else None,
                    "baseline_year": t.baseline.year if t.baseline else None,
                    "baseline_value": _num(t.baseline.value) if t.baseline else None,
                    "target_year": t.year,
                    "target_value": value,
                    "target_low": low,
                    "target_high": high,
                    "from_year": t.from_year,
                    "out_of": t.out_of,
                    "map_out_of": map_size,
                    "breaks": list(ind.breaks or []) if ind else [],
                    "snapshots": ind.snapshots if ind else False,
                    "milestones": [
                        {"year": y, "value": _num(v)}
                        for y, v in sorted((t.milestones or {}).items())
                    ],
                    "lower": lower,
                    "upper": upper,
                    "qualitative": t.qualitative,
                    "kind": t.kind,
                    "frequency": t.frequency,
                    "approx": t.approx,
                    "source": t.source,
                    "quote": t.quote,
                }
            )
    return rows


def targets_frame(targets: Targets, provinces: Sequence[str] | None = None) -> pl.LazyFrame:
    """All targets (or those of `provinces`: ids, names with or without diacritics, GSO codes,
    as the command line takes them; `NotFoundError` for an unknown one) as a typed LazyFrame
    (`TARGET_SCHEMA`)."""
    files = targets.files
    if provinces is not None:
        from dxgap.names import Named, resolve

        index = {
            p: Named(p, f.province.name, f.province.name_en, f.province.code)
            for p, f in files.items()
        }
        files = {p: files[p] for p in dict.fromkeys(resolve(q, index) for q in provinces)}
    rows = target_rows(files, targets)
    return pl.LazyFrame(rows, schema=TARGET_SCHEMA)
