"""Tiny inline frames for the engine's tests: targets and observations with sensible defaults."""

from __future__ import annotations

from typing import Any

import polars as pl

from dxgap import engine
from dxgap.frames import GAP_KEYS, MEASUREMENT_SCHEMA, STATE_SCHEMA, TARGET_SCHEMA

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


def measured(*rows: dict[str, Any], indicator: str = "ind") -> pl.LazyFrame:
    """Measurements given as dicts (year and value, and any of date, out_of, period,
    definition, province), for the issue-16 columns."""
    base = {"province": "p", "indicator": indicator, "date": None, "source": None, "note": None}
    return pl.LazyFrame([{**base, **r} for r in rows], schema=MEASUREMENT_SCHEMA)


def states(*rows: tuple[int, str] | tuple[int, str, str | None, str | None]) -> pl.LazyFrame:
    """Task states of target 't' of 'p': (year, state[, date, note])."""
    out = []
    for r in rows:
        date = r[2] if len(r) > 2 else None
        note = r[3] if len(r) > 3 else None
        out.append(
            {"province": "p", "target_id": "t", "year": r[0], "date": date, "state": r[1],
             "source": "s", "note": note}
        )  # fmt: skip
    return pl.LazyFrame(out, schema=STATE_SCHEMA)


def with_states(t: pl.LazyFrame, m: pl.LazyFrame, s: pl.LazyFrame, **opts: Any) -> dict[str, Any]:
    """The analysis row (every column) of the one target of `t`, with task states `s`."""
    df = engine.analyse(t, m, engine.Options(**{"as_of": 2024, **opts}), s).collect()
    assert df.height == 1
    return df.row(0, named=True)


def task(**kw: Any) -> dict[str, Any]:
    """A qualitative target (a task), due in 2025 unless `kw` say otherwise."""
    return target(**{"qualitative": "Xây dựng kho dữ liệu dùng chung", "comparator": None,
                     "indicator": None, "target_value": None, "unit": None, **kw})  # fmt: skip
