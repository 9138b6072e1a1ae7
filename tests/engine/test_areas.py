"""The gap table per area: each commune against its province's target."""

from __future__ import annotations

import polars as pl
from tests.engine.helpers import target, targets

from dxgap import engine
from dxgap.frames import DETAIL_SCHEMA


def test_areas_furthest_behind_come_first() -> None:
    rows = [
        {"province": "p", "indicator": "ind", "year": 2024, "value": v, "area": area}
        for area, v in (("Phường 1", 70.0), ("Xã A", 30.0), ("Xã B", 85.0))
    ]
    details = pl.LazyFrame(rows, schema=DETAIL_SCHEMA)
    table = engine.gaps_by(targets(target()), details, "area", engine.Options(as_of=2024))
    assert table["area"].to_list() == ["Xã A", "Phường 1", "Xã B"]
    assert table["gap"].to_list() == [50.0, 10.0, -5.0]
    assert table["status"].to_list()[-1] == "achieved"
    assert table.columns[:3] == ["province", "area", "target_id"]
