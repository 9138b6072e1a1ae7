"""Write synthetic national-scale workspaces for the benchmarks (seeded, clearly synthetic).

Every id says it is synthetic (`synthetic-province-01`, `syn_ind_001`, `syn-commune-0001`); no
figure describes a real province. Each workload is a complete dxgap workspace — `targets/`
(catalogue and one plan per province) and `data/` — written once with CSV data and once with
Parquet data, because dxgap reads every file under `data/` together:

    benchmarks/data/S-1x-csv/{targets,data}      S-1x-parquet/{targets,data}

Sizes (at scale 1):

- S: 63 provinces × 200 indicators × 25 years (2000–2024) of province totals: 315,000 rows and
  12,600 targets. The scale multiplies the number of indicators (20 at 0.1×, 2,000 at 10×).
- L: 3,321 communes in 34 provinces × 50 percent indicators × 10 years × 12 months of
  numerator/denominator rows: 19,926,000 rows and 1,700 targets. The scale multiplies the number of
  communes (10× is 200 million rows, ~14 GB of CSV: generate it only if you mean it).

Usage: python benchmarks/generate.py --size S --scale 1 [--scale 0.1 --scale 10] [--seed 2025]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np
import polars as pl

ROOT = Path(__file__).resolve().parent / "data"
UNITS = ("percent", "count", "index", "rank")
PILLARS = (
    "digital_government",
    "digital_economy",
    "digital_society",
    "infrastructure",
    "human_resources",
)


def _scale_name(scale: float) -> str:
    return f"{scale:g}x"


def workspace_dir(size: str, scale: float, fmt: str) -> Path:
    """Where a generated workspace lives, e.g. benchmarks/data/S-1x-csv."""
    return ROOT / f"{size}-{_scale_name(scale)}-{fmt}"


def _indicator_ids(n: int) -> list[str]:
    width = max(3, len(str(n)))
    return [f"syn_ind_{i:0{width}d}" for i in range(1, n + 1)]


def _province_ids(n: int) -> list[str]:
    return [f"synthetic-province-{i:02d}" for i in range(1, n + 1)]


def _catalogue(ids: list[str], units: list[str]) -> str:
    lines = [
        "# SYNTHETIC benchmark catalogue written by benchmarks/generate.py: not real indicators.",
        "indicators:",
    ]
    for i, (ind, unit) in enumerate(zip(ids, units, strict=True)):
        extra = "\n    max: 63" if unit == "rank" else ""
        lines.append(
            f"  - id: {ind}\n"
            f'    name: {{vi: "Chỉ tiêu giả lập {ind}", en: "Synthetic indicator {ind}"}}\n'
            f"    unit: {unit}\n"
            f"    pillar: {PILLARS[i % len(PILLARS)]}{extra}"
        )
    return "\n".join(lines) + "\n"


def _target_file(province: str, rows: pl.DataFrame) -> str:
    number = province.rsplit("-", 1)[1]
    out = [
        "# SYNTHETIC benchmark plan written by benchmarks/generate.py: not a real province.",
        f'province: {{id: {province}, name: "Tỉnh giả lập {number}", '
        f'name_en: "Synthetic province {number}"}}',
        "sources:",
        "  - id: synthetic-plan",
        '    title: "Synthetic plan generated for benchmarking"',
        "    date: 2021",
        "targets:",
    ]
    for r in rows.iter_rows(named=True):
        out.append(
            f"  - id: {r['target_id']}\n"
            f"    indicator: {r['indicator']}\n"
            f'    comparator: "{r["comparator"]}"\n'
            f"    value: {r['target_value']}\n"
            f"    year: {r['target_year']}"
        )
        if r["baseline_year"] is not None:
            out.append(
                f"    baseline: {{year: {r['baseline_year']}, value: {r['baseline_value']}}}"
            )
        out.append('    source: synthetic-plan\n    quote: "synthetic"')
    return "\n".join(out) + "\n"


def _targets(
    rng: np.random.Generator, provinces: list[str], indicators: list[str], units: list[str]
) -> pl.DataFrame:
    """One target per province and indicator, ahead of the data's general direction."""
    n_p, n_i = len(provinces), len(indicators)
    n = n_p * n_i
    unit = np.tile(np.array(units), n_p)
    rank = unit == "rank"
    target_year = rng.integers(2025, 2031, n)
    has_base = rng.random(n) < 0.5
    base_year = np.where(has_base, rng.integers(2012, 2020, n), 0)
    # targets sit in a band the synthetic series may or may not reach, so statuses vary
    pct_target = np.round(rng.uniform(55, 100, n), 1)
    count_target = np.round(rng.uniform(500, 3000, n)).astype(int).astype(float)
    index_target = np.round(rng.uniform(40, 90, n), 2)
    rank_target = rng.integers(1, 20, n).astype(float)
    value = np.select(
        [unit == "percent", unit == "count", unit == "index"],
        [pct_target, count_target, index_target],
        rank_target,
    )
    base_value = np.select(
        [unit == "percent", unit == "count", unit == "index"],
        [np.round(value * 0.4, 1), np.round(value * 0.3), np.round(value * 0.5, 2)],
        np.minimum(63.0, value + 25),
    )
    return pl.DataFrame(
        {
            "province": np.repeat(np.array(provinces), n_i),
            "indicator": np.tile(np.array(indicators), n_p),
            "comparator": np.where(rank, "<=", ">="),
            "target_value": value,
            "target_year": target_year,
            "baseline_year": pl.Series(base_year).set(pl.Series(~has_base), None),
            "baseline_value": pl.Series(base_value).set(pl.Series(~has_base), None),
        }
    ).with_columns(
        target_id=pl.col("indicator").str.replace_all("_", "-")
        + "-"
        + pl.col("target_year").cast(str)
    )


def _series_s(
    rng: np.random.Generator, provinces: list[str], indicators: list[str], units: list[str]
) -> pl.DataFrame:
    """Province totals, one undated row per province, indicator and year."""
    years = np.arange(2000, 2025)
    n_p, n_i, n_y = len(provinces), len(indicators), len(years)
    unit = np.repeat(np.tile(np.array(units), n_p), n_y)
    start = np.repeat(rng.uniform(0.1, 0.5, n_p * n_i), n_y)
    slope = np.repeat(rng.uniform(-0.005, 0.03, n_p * n_i), n_y)
    t = np.tile(years - 2000, n_p * n_i)
    share = np.clip(start + slope * t + rng.normal(0, 0.01, t.size), 0.0, 1.0)
    value = np.select(
        [unit == "percent", unit == "count", unit == "index"],
        [np.round(100 * share, 2), np.round(3000 * share), np.round(100 * share, 2)],
        np.clip(np.round(63 - 62 * share), 1, 63),
    )
    return pl.DataFrame(
        {
            "province": np.repeat(np.array(provinces), n_i * n_y),
            "indicator": np.tile(np.repeat(np.array(indicators), n_y), n_p),
            "year": np.tile(years, n_p * n_i),
            "value": value,
            "source": "synthetic",
        }
    )


def _series_l(
    rng: np.random.Generator,
    provinces: list[str],
    communes: int,
    indicators: list[str],
    chunk: int = 400,
) -> Iterator[pl.DataFrame]:
    """Monthly numerator/denominator rows per commune (the province total is a weighted rate),
    `chunk` communes at a time so that 10x (200 million rows) is written in bounded memory."""
    n_i = len(indicators)
    months = pl.DataFrame(
        {
            "year": np.repeat(np.arange(2015, 2025), 12).astype(np.int32),
            "month": np.tile(np.arange(1, 13), 10).astype(np.int32),
        }
    ).with_columns(
        date=pl.format("{}-{}", "year", pl.col("month").cast(str).str.zfill(2)),
        t=(pl.col("year") - 2015) * 12 + pl.col("month") - 1,
    )
    for first in range(0, communes, chunk):
        ids = np.arange(first, min(first + chunk, communes))
        series = len(ids) * n_i
        # communes are spread over the provinces in contiguous blocks
        province_of = (ids * len(provinces)) // communes
        base = pl.DataFrame(
            {
                "province": np.repeat(np.array(provinces)[province_of], n_i),
                "area": np.repeat(np.array([f"syn-commune-{c + 1:05d}" for c in ids]), n_i),
                "indicator": np.tile(np.array(indicators), len(ids)),
                "_den": rng.integers(100, 5000, series),
                "_start": rng.uniform(0.05, 0.6, series),
                "_slope": rng.uniform(-0.0005, 0.006, series),
            }
        )
        frame = base.join(months, how="cross")
        noise = pl.Series(rng.normal(0, 0.01, frame.height))
        share = (pl.col("_start") + pl.col("_slope") * pl.col("t") + pl.lit(noise)).clip(0, 1)
        yield frame.select(
            "province",
            "indicator",
            "year",
            "date",
            "area",
            numerator=(pl.col("_den") * share).round().cast(pl.Int64),
            denominator=pl.col("_den").cast(pl.Int64),
        )


def _write(chunks: Iterable[pl.DataFrame], folders: dict[str, Path]) -> int:
    """Append the chunks to data/synthetic.csv and data/synthetic.parquet; return the rows."""
    import pyarrow.parquet as pq

    rows = 0
    writer = None
    csv_file = (folders["csv"] / "synthetic.csv").open("wb") if "csv" in folders else None
    try:
        for frame in chunks:
            if csv_file is not None:
                frame.write_csv(csv_file, include_header=rows == 0)
            if "parquet" in folders:
                table = frame.to_arrow()
                if writer is None:
                    writer = pq.ParquetWriter(
                        folders["parquet"] / "synthetic.parquet", table.schema
                    )
                writer.write_table(table, row_group_size=1_000_000)
            rows += frame.height
    finally:
        if csv_file is not None:
            csv_file.close()
        if writer is not None:
            writer.close()
    return rows


def generate(size: str, scale: float, seed: int, formats: list[str]) -> list[Path]:
    """Write the workspaces of one size and scale; return their folders."""
    rng = np.random.default_rng(seed)
    if size == "S":
        provinces = _province_ids(63)
        indicators = _indicator_ids(max(1, round(200 * scale)))
        units = [UNITS[i % len(UNITS)] for i in range(len(indicators))]
        data: Iterable[pl.DataFrame] = [_series_s(rng, provinces, indicators, units)]
    else:
        provinces = _province_ids(34)
        indicators = _indicator_ids(50)
        units = ["percent"] * len(indicators)
        data = _series_l(rng, provinces, max(len(provinces), round(3321 * scale)), indicators)
    targets = _targets(rng, provinces, indicators, units)
    folders = {}
    for fmt in formats:
        ws = workspace_dir(size, scale, fmt)
        if ws.exists():
            shutil.rmtree(ws)
        (ws / "targets").mkdir(parents=True)
        (ws / "data").mkdir()
        (ws / "targets" / "indicators.yaml").write_text(_catalogue(indicators, units), "utf-8")
        for (province,), rows in targets.group_by("province", maintain_order=True):
            (ws / "targets" / f"{province}.yaml").write_text(
                _target_file(str(province), rows), "utf-8"
            )
        (ws / "README.txt").write_text(
            f"SYNTHETIC benchmark workspace (size {size}, scale {scale:g}, seed {seed}), written by "
            "benchmarks/generate.py. Not real data.\n",
            "utf-8",
        )
        folders[fmt] = ws / "data"
    rows = _write(data, folders)
    written = [folder.parent for folder in folders.values()]
    print(
        f"{size} {scale:g}x: {rows:,} data rows, {targets.height:,} targets → "
        + ", ".join(str(w) for w in written),
        file=sys.stderr,
    )
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", choices=["S", "L"], action="append", required=True)
    parser.add_argument("--scale", type=float, action="append", help="default: 1")
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--format", choices=["csv", "parquet"], action="append", dest="formats")
    args = parser.parse_args(argv)
    for size in args.size:
        for scale in args.scale or [1.0]:
            started = time.perf_counter()
            generate(size, scale, args.seed, args.formats or ["csv", "parquet"])
            print(f"  in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
