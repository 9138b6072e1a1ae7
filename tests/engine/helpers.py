"""Tiny inline frames for the engine's tests: targets and observations with sensible defaults."""

from __future__ import annotations

from typing import Any

import polars as pl

from dxgap import engine
from dxgap.frames import GAP_KEYS, MEASUREMENT_SCHEMA, TARGET_SCHEMA

BOUNDS = {"percent": (0.0, 100.0), "rank": (1.0, None), "count": (0.0, None), "boolean": (0.0, 1.0)}


def target(**kw: Any) -> dict[str, Any]:
    """A target row with sensible defaults (a percent target of 'p', >= 80 by 2025)."""
    unit = kw.get("unit", "percent")
    lower, upper = BOUNDS.get(unit, (None, None))
    row: dict[str, Any] = {
        "seq": 1,
        "province": "p",
        "target_id": "t",
        "indicator": "ind",
        "name": "Indicator",
        "name_vi": "Chỉ tiêu",
        "pillar": "digital_government",
        "unit": unit,
        "comparator": ">=",
        "baseline_year": None,
        "baseline_value": None,
        "target_year": 2025,
        "target_value": 80.0,
        "milestones": [],
        "lower": lower,
        "upper": upper,
        "qualitative": None,
        "kind": "commitment",
        "frequency": "once",
        "approx": False,
        "source": "s",
        "quote": "q",
    }
    row.update(kw)
    return row


def targets(*rows: dict[str, Any]) -> pl.LazyFrame:
    """A targets frame (`frames.TARGET_SCHEMA`) of `target(...)` rows."""
    return pl.LazyFrame(list(rows), schema=TARGET_SCHEMA)


def obs(
    *points: tuple[int, float] | tuple[int, float, str | None], indicator: str = "ind"
) -> pl.LazyFrame:
    rows = []
    for p in points:
        year, value = p[0], p[1]
        date = p[2] if len(p) > 2 else None
        rows.append(
            {
                "province": "p",
                "indicator": indicator,
                "year": year,
                "value": value,
                "date": date,
                "source": None,
                "note": None,
            }
        )
    return pl.LazyFrame(rows, schema=MEASUREMENT_SCHEMA)


def one(t: pl.LazyFrame, m: pl.LazyFrame, **opts: Any) -> dict[str, Any]:
    """The gap row of the one target of `t` (as of 2024 unless `opts` say otherwise)."""
    df = engine.gaps(t, m, engine.Options(**{"as_of": 2024, **opts}))
    assert df.columns == list(GAP_KEYS)
    assert df.height == 1
    return df.row(0, named=True)
