"""The gap table per area (commune, district) or breakdown inside each province."""

from __future__ import annotations

import polars as pl

from dxgap.engine.analysis import analyse
from dxgap.engine.types import Options
from dxgap.frames import GAP_KEYS, MEASUREMENT_SCHEMA

MEASUREMENT_COLUMNS = tuple(MEASUREMENT_SCHEMA)

_SEP = "\x1f"


def gaps_by(targets: pl.LazyFrame, details: pl.LazyFrame, by: str, opts: Options) -> pl.DataFrame:
    """The gap table per area (or breakdown) inside each province, for the targets whose
    indicator has such rows: which communes pull the province behind.

    Each area is analysed as if it were a province of its own, against the province's target.
    """
    other = "breakdown" if by == "area" else "area"
    wanted = targets.filter(pl.col("qualitative").is_null()).select("province", "indicator")
    # only the rows of the targets' provinces and indicators, read once (the analysis uses
    # them several times; re-reading a national file for each use would cost more)
    rows = (
        details.filter(pl.col(by).is_not_null(), pl.col(other).is_null())
        .join(wanted.unique(), on=["province", "indicator"], how="semi")
        .collect(engine="streaming")
        .lazy()
    )
    groups = rows.select("province", "indicator", by).unique()
    keyed = pl.concat_str("province", by, separator=_SEP)
    scoped_targets = (
        targets.filter(pl.col("qualitative").is_null())
        .join(groups, on=["province", "indicator"])
        .with_columns(province=keyed)
        .drop(by)
    )
    scoped_obs = rows.with_columns(province=keyed).select(list(MEASUREMENT_COLUMNS))
    out = analyse(scoped_targets, scoped_obs, opts).collect()
    parts = pl.col("province").str.split_exact(_SEP, 1)
    return (
        out.with_columns(
            parts.struct.field("field_0").alias("province"), parts.struct.field("field_1").alias(by)
        )
        .sort(["seq", "gap", by], descending=[False, True, False], nulls_last=True)
        .select("province", by, *[k for k in GAP_KEYS if k != "province"])
    )
