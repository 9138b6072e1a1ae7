"""The gap table computed without dxgap: a straightforward pandas version and DuckDB SQL.

Both implement docs/methodology.md (method `linear`) for what the synthetic workspaces hold —
quantified numeric targets with an optional baseline, province-total rows and commune rows with
numerator/denominator — and read the same files dxgap reads (targets/*.yaml, data/*.csv or
data/*.parquet). They do not validate the data; dxgap does.

Usage: python benchmarks/baselines.py pandas|duckdb WORKSPACE OUTPUT.csv [--as-of 2025]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
from pathlib import Path
from typing import Any

import yaml

KEYS = [
    "province",
    "target_id",
    "latest_year",
    "latest_value",
    "gap",
    "progress_pct",
    "observed_pace",
    "planned_pace",
    "needed_pace",
    "pace_ratio",
    "projected_value",
    "status",
]
BOUNDS = {"percent": (0.0, 100.0), "rank": (1.0, None), "count": (0.0, None), "index": (None, None)}
TARGET_COLUMNS = [
    "seq",
    "province",
    "target_id",
    "indicator",
    "comparator",
    "target_value",
    "target_year",
    "baseline_year",
    "baseline_value",
    "lower",
    "upper",
]


def load_targets(workspace: Path) -> list[dict[str, Any]]:
    """Every target of every province, in dxgap's order (provinces by id, file order)."""
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    folder = workspace / "targets"
    catalogue = yaml.load((folder / "indicators.yaml").read_text("utf-8"), Loader=loader)
    bounds = {}
    for ind in catalogue["indicators"]:
        lo, hi = BOUNDS[ind["unit"]]
        bounds[ind["id"]] = (ind.get("min", lo), ind.get("max", hi))
    files = {}
    for path in folder.glob("*.yaml"):
        if path.name != "indicators.yaml":
            doc = yaml.load(path.read_text("utf-8"), Loader=loader)
            files[doc["province"]["id"]] = doc
    rows = []
    for pid in sorted(files):
        for t in files[pid]["targets"]:
            base = t.get("baseline") or {}
            lo, hi = bounds[t["indicator"]]
            rows.append(
                {
                    "seq": len(rows) + 1,
                    "province": pid,
                    "target_id": t["id"],
                    "indicator": t["indicator"],
                    "comparator": t["comparator"],
                    "target_value": float(t["value"]),
                    "target_year": int(t["year"]),
                    "baseline_year": base.get("year"),
                    "baseline_value": None if not base else float(base["value"]),
                    "lower": lo,
                    "upper": hi,
                }
            )
    return rows


def data_files(workspace: Path) -> tuple[list[Path], str]:
    """The data files and their format (one format per synthetic workspace)."""
    files = sorted((workspace / "data").glob("*.parquet"))
    if files:
        return files, "parquet"
    return sorted((workspace / "data").glob("*.csv")), "csv"


# --- pandas ----------------------------------------------------------------------------------


def run_pandas(workspace: Path, output: Path, as_of: int) -> None:
    """Read everything into memory, then group, join and compute column by column."""
    import numpy as np
    import pandas as pd

    targets = pd.DataFrame(load_targets(workspace), columns=TARGET_COLUMNS)
    files, fmt = data_files(workspace)
    text = dict.fromkeys(("province", "indicator", "date", "area", "breakdown"), "string")
    frames = [pd.read_parquet(f) if fmt == "parquet" else pd.read_csv(f, dtype=text) for f in files]
    df = pd.concat(frames, ignore_index=True)
    for col in ("value", "date", "area", "breakdown", "numerator", "denominator"):
        if col not in df:
            df[col] = np.nan if col in ("value", "numerator", "denominator") else pd.NA
    total = df["area"].isna() & df["breakdown"].isna()
    key = ["province", "indicator", "year", "date"]
    given = df.loc[total, [*key, "value"]]
    areas = df[df["area"].notna() & df["breakdown"].isna() & df["numerator"].notna()]
    counts = areas.groupby(key, dropna=False)[["numerator", "denominator"]].sum().reset_index()
    counts["value"] = 100.0 * counts["numerator"] / counts["denominator"]
    merged = counts.merge(given[key], on=key, how="left", indicator=True)
    counts = merged[merged["_merge"] == "left_only"][[*key, "value"]]
    obs = pd.concat([given, counts], ignore_index=True)
    obs = obs[obs["year"] <= as_of]
    # one value per year: the latest date (undated first)
    obs = obs.sort_values([*key], na_position="first", kind="stable")
    yearly = obs.groupby(["province", "indicator", "year"], sort=False).tail(1)
    yearly = yearly.sort_values(["province", "indicator", "year"], kind="stable")
    g = yearly.groupby(["province", "indicator"], sort=False)
    per = pd.DataFrame(
        {
            "latest_year": g["year"].last(),
            "latest_value": g["value"].last(),
            "first_year": g["year"].first(),
            "first_value": g["value"].first(),
        }
    ).reset_index()
    t = targets.merge(per, on=["province", "indicator"], how="left").sort_values("seq")
    has_base = t["baseline_year"].notna()
    t0 = np.where(has_base, t["baseline_year"], t["first_year"]).astype(float)
    y0 = np.where(has_base, t["baseline_value"], t["first_value"]).astype(float)
    d = np.where(t["comparator"].isin([">=", ">"]), 1.0, -1.0)
    yt, tt = t["latest_value"].to_numpy(float), t["latest_year"].to_numpy(float)
    y_target, big_t = t["target_value"].to_numpy(float), t["target_year"].to_numpy(float)
    cmp = t["comparator"].to_numpy()
    # a base already beyond the target: no progress, no ratio (docs/methodology.md §3)
    base_meets = np.select(
        [cmp == ">=", cmp == ">", cmp == "<=", cmp == "<"],
        [y0 >= y_target, y0 > y_target, y0 <= y_target, y0 < y_target],
        False,
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = d * (y_target - yt)
        progress = np.where(
            (y_target != y0) & ~base_meets, 100.0 * (yt - y0) / (y_target - y0), np.nan
        )
        observed = np.where(tt > t0, (yt - y0) / (tt - t0), np.nan)
        planned = np.where(big_t > t0, (y_target - y0) / (big_t - t0), np.nan)
        needed = np.where(big_t > tt, (y_target - yt) / (big_t - tt), np.nan)
        ratio = np.where((planned != 0) & ~base_meets, d * observed / np.abs(planned), np.nan)
        projected = yt + observed * (big_t - tt)
    lower = t["lower"].to_numpy(float)
    upper = t["upper"].to_numpy(float)
    projected = np.where(np.isnan(lower), projected, np.fmax(projected, lower))
    projected = np.where(np.isnan(upper), projected, np.fmin(projected, upper))
    achieved = np.select(
        [cmp == ">=", cmp == ">", cmp == "<=", cmp == "<"],
        [yt >= y_target, yt > y_target, yt <= y_target, yt < y_target],
        False,
    )
    status = np.select(
        [
            np.isnan(yt),
            achieved,
            tt >= big_t,
            (big_t < as_of) & (tt < big_t),
            np.isnan(observed) | np.isnan(planned),
            (planned == 0) | base_meets,
            ratio >= 0.95,
            ratio >= 0.6,
            ratio >= 0,
        ],
        [
            "no_data",
            "achieved",
            "missed",
            "overdue",
            "insufficient_data",
            np.where(d * observed < 0, "deterioration", "limited_progress"),
            "on_track",
            "acceleration_needed",
            "limited_progress",
        ],
        "deterioration",
    )
    out = pd.DataFrame(
        {
            "province": t["province"],
            "target_id": t["target_id"],
            "latest_year": t["latest_year"].astype("Int64"),
            "latest_value": yt,
            "gap": gap,
            "progress_pct": progress,
            "observed_pace": observed,
            "planned_pace": planned,
            "needed_pace": needed,
            "pace_ratio": ratio,
            "projected_value": np.where(np.isnan(observed), np.nan, projected),
            "status": status,
        }
    )
    out.to_csv(output, index=False, float_format="%.17g")


# --- DuckDB ----------------------------------------------------------------------------------

_SQL = """
WITH raw AS (SELECT * FROM {source}),
given AS (
  SELECT province, indicator, year, date, value FROM raw
  WHERE area IS NULL AND breakdown IS NULL),
counted AS (
  SELECT province, indicator, year, date, 100.0 * sum(numerator) / sum(denominator) AS value
  FROM raw WHERE area IS NOT NULL AND breakdown IS NULL AND numerator IS NOT NULL
  GROUP BY ALL),
obs AS (
  SELECT * FROM given
  UNION ALL
  SELECT c.* FROM counted c ANTI JOIN given g
    ON c.province = g.province AND c.indicator = g.indicator AND c.year = g.year
   AND c.date IS NOT DISTINCT FROM g.date),
yearly AS (
  SELECT province, indicator, year,
         arg_max(value, coalesce(date, '')) AS value  -- latest date; undated counts as earliest
  FROM obs WHERE year <= {as_of} GROUP BY ALL),
per AS (
  SELECT province, indicator, max(year) AS latest_year, arg_max(value, year) AS latest_value,
         min(year) AS first_year, arg_min(value, year) AS first_value
  FROM yearly GROUP BY ALL),
base AS (
  SELECT t.*, p.latest_year, p.latest_value,
    CASE WHEN t.baseline_year IS NOT NULL THEN t.baseline_year ELSE p.first_year END::DOUBLE AS t0,
    CASE WHEN t.baseline_year IS NOT NULL THEN t.baseline_value ELSE p.first_value END AS y0,
    CASE WHEN t.comparator IN ('>=', '>') THEN 1.0 ELSE -1.0 END AS d
  FROM targets t LEFT JOIN per p USING (province, indicator)),
based AS (  -- a base already beyond the target: no progress, no ratio (methodology §3)
  SELECT *, coalesce((comparator = '>=' AND y0 >= target_value) OR (comparator = '>' AND y0 > target_value)
      OR (comparator = '<=' AND y0 <= target_value) OR (comparator = '<' AND y0 < target_value), false)
      AS base_meets
  FROM base),
f1 AS (
  SELECT *,
    d * (target_value - latest_value) AS gap,
    CASE WHEN target_value <> y0 AND NOT base_meets THEN 100.0 * (latest_value - y0) / (target_value - y0) END AS progress_pct,
    CASE WHEN latest_year > t0 THEN (latest_value - y0) / (latest_year - t0) END AS observed_pace,
    CASE WHEN target_year > t0 THEN (target_value - y0) / (target_year - t0) END AS planned_pace,
    CASE WHEN target_year > latest_year THEN (target_value - latest_value) / (target_year - latest_year) END AS needed_pace
  FROM based),
f2 AS (
  SELECT *,
    CASE WHEN planned_pace <> 0 AND NOT base_meets THEN d * observed_pace / abs(planned_pace) END AS pace_ratio,
    latest_value + observed_pace * (target_year - latest_year) AS proj
  FROM f1)
SELECT province, target_id, latest_year, latest_value, gap, progress_pct, observed_pace,
  planned_pace, needed_pace, pace_ratio,
  CASE WHEN observed_pace IS NOT NULL THEN
    CASE WHEN upper IS NOT NULL THEN least(greatest(proj, coalesce(lower, proj)), upper)
         ELSE greatest(proj, coalesce(lower, proj)) END END AS projected_value,
  CASE
    WHEN latest_value IS NULL THEN 'no_data'
    WHEN (comparator = '>=' AND latest_value >= target_value) OR (comparator = '>' AND latest_value > target_value)
      OR (comparator = '<=' AND latest_value <= target_value) OR (comparator = '<' AND latest_value < target_value)
      THEN 'achieved'
    WHEN latest_year >= target_year THEN 'missed'
    WHEN target_year < {as_of} AND latest_year < target_year THEN 'overdue'
    WHEN observed_pace IS NULL OR planned_pace IS NULL THEN 'insufficient_data'
    WHEN planned_pace = 0 OR base_meets THEN CASE WHEN d * observed_pace < 0 THEN 'deterioration' ELSE 'limited_progress' END
    WHEN pace_ratio >= 0.95 THEN 'on_track'
    WHEN pace_ratio >= 0.6 THEN 'acceleration_needed'
    WHEN pace_ratio >= 0 THEN 'limited_progress'
    ELSE 'deterioration'
  END AS status
FROM f2 ORDER BY seq
"""


def run_duckdb(workspace: Path, output: Path, as_of: int) -> None:
    """One SQL query over the files; targets go in through a temporary CSV."""
    import duckdb

    con = duckdb.connect()
    with tempfile.TemporaryDirectory() as tmp:
        tpath = Path(tmp) / "targets.csv"
        with tpath.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, TARGET_COLUMNS)
            writer.writeheader()
            writer.writerows(load_targets(workspace))
        types = {
            "baseline_year": "INTEGER",
            "baseline_value": "DOUBLE",
            "lower": "DOUBLE",
            "upper": "DOUBLE",
            "target_value": "DOUBLE",
        }
        con.execute(
            f"CREATE TABLE targets AS SELECT * FROM read_csv('{tpath}', header=true, types={types})"
        )
    files, fmt = data_files(workspace)
    listing = "[" + ", ".join(f"'{f}'" for f in files) + "]"
    if fmt == "parquet":
        raw = f"read_parquet({listing}, union_by_name=true)"
    else:
        raw = f"read_csv({listing}, header=true, union_by_name=true)"
    columns = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM {raw}").fetchall()}
    if fmt == "csv" and "date" in columns:  # '2015-01' must stay text, not become a date
        raw = raw[:-1] + ", types={'date': 'VARCHAR'})"
    extra = [
        f"NULL::{kind} AS {col}"
        for col, kind in (
            ("value", "DOUBLE"),
            ("date", "VARCHAR"),
            ("area", "VARCHAR"),
            ("breakdown", "VARCHAR"),
            ("numerator", "DOUBLE"),
            ("denominator", "DOUBLE"),
        )
        if col not in columns
    ]
    source = f"(SELECT *{', ' if extra else ''}{', '.join(extra)} FROM {raw})"
    query = _SQL.format(source=source, as_of=as_of)
    con.execute(f"COPY ({query}) TO '{output}' (HEADER, DELIMITER ',')")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("engine", choices=["pandas", "duckdb"])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--as-of", type=int, default=2025)
    args = parser.parse_args()
    run = run_pandas if args.engine == "pandas" else run_duckdb
    run(args.workspace, args.output, args.as_of)


if __name__ == "__main__":
    main()
