"""Time dxgap against pandas and DuckDB on the same synthetic files, and check they agree.

Each tool runs as its own process (start-up and imports included) and computes the gap table of
every target of every province, `--as-of 2025`, method linear:

1. dxgap: `dxgap export --all --as-of 2025 --format csv --output …` (validates every row first),
   with no check cache (`.dxgap_cache/` is removed before each run);
   "cached": the same command again, the check remembered from a previous run (what an analyst
   gets from the second command on unchanged files);
2. pandas: benchmarks/baselines.py pandas (read everything, group, merge, numpy formulas);
3. DuckDB: benchmarks/baselines.py duckdb (one SQL query over the files).

The three outputs must agree (same targets, statuses, and numbers within 1e-9), then a table
prints wall time, peak RSS (of the process, from wait4), input rows per second and the time ratios
dxgap/pandas and dxgap/DuckDB (below 1: dxgap is faster). Workspaces come from
benchmarks/generate.py and are generated when missing.

Usage: python benchmarks/run.py --size S [--size L] [--scale 0.1 --scale 1 --scale 10]
       [--format csv|parquet] [--repeat 3]
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from baselines import KEYS  # noqa: E402
from generate import generate, workspace_dir  # noqa: E402

AS_OF = 2025


@dataclass
class Timing:
    tool: str
    seconds: float
    peak_mb: float
    output: Path
    cpu: float = 0.0  # user + system seconds of the process: steadier than wall on a busy machine


def _dxgap() -> list[str]:
    exe = shutil.which("dxgap", path=str(Path(sys.executable).parent)) or shutil.which("dxgap")
    return [exe] if exe else [sys.executable, "-m", "dxgap"]


def command(tool: str, workspace: Path, output: Path) -> list[str]:
    """The command line that computes the gap table with one tool."""
    if tool in ("dxgap", "cached"):
        return [
            *_dxgap(),
            "export",
            "--all",
            "--as-of",
            str(AS_OF),
            "--format",
            "csv",
            "--quiet",
            "--output",
            str(output),
            "--workspace",
            str(workspace),
        ]
    script = str(HERE / "baselines.py")
    return [sys.executable, script, tool, str(workspace), str(output), "--as-of", str(AS_OF)]


def _hwm_kb(pid: int) -> int:
    """The process's own peak resident set (VmHWM), 0 when unavailable (not Linux)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_once(tool: str, workspace: Path, output: Path) -> Timing:
    """Wall time and peak resident memory of one run.

    Peak RSS is the child's VmHWM, sampled every 5 ms until it exits: `ru_maxrss` from wait4
    would also count this harness's own memory, which a forked child inherits on Linux.
    """
    cache = workspace / ".dxgap_cache"
    if tool == "dxgap":
        shutil.rmtree(cache, ignore_errors=True)
    elif tool == "cached" and not cache.is_dir():  # fill the cache, untimed
        subprocess.run(command(tool, workspace, output), check=True, stderr=subprocess.DEVNULL)
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command(tool, workspace, output), stderr=err)
        peak = 0
        while True:
            peak = max(peak, _hwm_kb(proc.pid))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.005)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            text = err.read().decode(errors="replace")
            raise SystemExit(f"{tool} failed on {workspace} (exit {proc.returncode}):\n{text}")
    cpu = usage.ru_utime + usage.ru_stime
    return Timing(tool, seconds, (peak or usage.ru_maxrss) / 1024, output, cpu)


def input_rows(workspace: Path) -> int:
    """Data rows of a workspace (counted from Parquet/CSV metadata and a fast scan)."""
    total = 0
    for f in sorted((workspace / "data").iterdir()):
        if f.suffix == ".parquet":
            total += pl.scan_parquet(f).select(pl.len()).collect().item()
        elif f.suffix == ".csv":
            total += pl.scan_csv(f, infer_schema=False).select(pl.len()).collect().item()
    return total


def read_result(path: Path) -> pl.DataFrame:
    """A tool's gap table, reduced to the keys every tool computes, typed the same way."""
    df = pl.read_csv(path, infer_schema_length=None).select(KEYS)
    floats = [k for k in KEYS if k not in ("province", "target_id", "latest_year", "status")]
    return df.with_columns(
        pl.col("latest_year").cast(pl.Int64),
        *[pl.col(c).cast(pl.Float64) for c in floats],
    )


def check_agree(timings: list[Timing]) -> None:
    """Every tool produced the same table (statuses exactly, numbers within 1e-9)."""
    reference = read_result(timings[0].output)
    for t in timings[1:]:
        assert_frame_equal(
            reference, read_result(t.output), check_dtypes=False, rel_tol=1e-9, abs_tol=1e-9
        )


def machine() -> str:
    """One line describing where the figures were measured."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024**2:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import duckdb
    import pandas

    return (
        f"{os.cpu_count()} CPUs ({cpu}){mem}, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, Polars {pl.__version__}, "
        f"pandas {pandas.__version__}, DuckDB {duckdb.__version__}"
    )


def measure(ws: Path, tools: list[str], repeat: int, tmp: Path) -> list[Timing]:
    """Each tool on one workspace: the median time (wall and CPU) and the peak memory of
    `repeat` runs. The tools take turns (dxgap, cached, pandas, DuckDB, then again), so that a
    machine growing busier or quieter during the runs weighs on every tool alike."""
    runs: dict[str, list[Timing]] = {tool: [] for tool in tools}
    for _ in range(repeat):
        for tool in tools:
            runs[tool].append(run_once(tool, ws, tmp / f"{tool}.csv"))
    best = [
        Timing(
            tool,
            statistics.median(r.seconds for r in done),
            max(r.peak_mb for r in done),
            done[0].output,
            statistics.median(r.cpu for r in done),
        )
        for tool, done in runs.items()
    ]
    if len(best) > 1:
        check_agree(best)
    return best


def print_rows(name: str, best: list[Timing], rows: int) -> None:
    """One line per tool, with dxgap's ratios to the baselines."""
    by_tool = {t.tool: t for t in best}
    for t in best:
        ratio_p = ratio_d = ""
        if t.tool in ("dxgap", "cached") and "pandas" in by_tool:
            ratio_p = f"{t.seconds / by_tool['pandas'].seconds:.2f}"
        if t.tool in ("dxgap", "cached") and "duckdb" in by_tool:
            ratio_d = f"{t.seconds / by_tool['duckdb'].seconds:.2f}"
        print(
            f"{name:<16} {t.tool:<7} {t.seconds:>8.2f} {t.cpu:>7.2f} {t.peak_mb:>12.0f} "
            f"{rows / t.seconds:>12,.0f} {ratio_p:>13} {ratio_d:>13}",
            flush=True,
        )


GOAL_DUCKDB = 1.5
"""Issue 20: a first run within 1.5x DuckDB's time (2x at 10x the L workload)."""
GOAL_PANDAS = 0.5
"""Issue 20: a first run at least 2x faster than pandas."""
GOAL_PEAK_MB = 2048
"""Issue 20: peak memory on L under 2 GB."""


def goals(name: str, size: str, scale: float, best: list[Timing]) -> list[str]:
    """Issue 20's goals for one workload, each met or not (first runs, ratios within this run)."""
    by_tool = {t.tool: t for t in best}
    dx = by_tool.get("dxgap")
    if dx is None:
        return []
    lines = []
    if "duckdb" in by_tool:
        limit = 2.0 if scale >= 10 else GOAL_DUCKDB
        ratio = dx.seconds / by_tool["duckdb"].seconds
        cpu = dx.cpu / by_tool["duckdb"].cpu if by_tool["duckdb"].cpu else float("nan")
        verdict = _verdict(ratio <= limit)
        lines.append(f"dxgap/DuckDB {ratio:.2f} (goal <= {limit:g}): {verdict}; CPU {cpu:.2f}")
    if "pandas" in by_tool:
        ratio = dx.seconds / by_tool["pandas"].seconds
        cpu = dx.cpu / by_tool["pandas"].cpu if by_tool["pandas"].cpu else float("nan")
        verdict = _verdict(ratio <= GOAL_PANDAS)
        lines.append(
            f"dxgap/pandas {ratio:.2f} (goal <= {GOAL_PANDAS:g}, 2x faster): {verdict}; "
            f"CPU {cpu:.2f}"
        )
    if size == "L":
        peak = dx.peak_mb
        lines.append(f"peak RSS {peak:.0f} MB (goal < {GOAL_PEAK_MB} MB): {_verdict(peak < 2048)}")
    return [f"goal {name:<16} {line}" for line in lines]


def _verdict(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", choices=["S", "L"], action="append", required=True)
    parser.add_argument("--scale", type=float, action="append", help="default: 1")
    parser.add_argument("--format", choices=["csv", "parquet"], action="append", dest="formats")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool; the median counts")
    parser.add_argument("--tools", default="dxgap,cached,pandas,duckdb")
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    tools = args.tools.split(",")
    formats = args.formats or ["csv", "parquet"]
    print(machine())
    header = (
        f"{'workload':<16} {'tool':<7} {'wall s':>8} {'cpu s':>7} {'peak RSS MB':>12} {'rows/s':>12} "
        f"{'dxgap/pandas':>13} {'dxgap/DuckDB':>13}"
    )
    print(header)
    print("-" * len(header))
    dxgap_times: dict[tuple[str, str], dict[float, float]] = {}
    verdicts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="dxgap-bench-") as tmp:
        for size in args.size:
            for scale in args.scale or [1.0]:
                for fmt in formats:
                    ws = workspace_dir(size, scale, fmt)
                    if not (ws / "targets").is_dir():
                        generate(size, scale, args.seed, [fmt])
                    best = measure(ws, tools, args.repeat, Path(tmp))
                    print_rows(f"{size} {scale:g}x {fmt}", best, input_rows(ws))
                    verdicts += goals(f"{size} {scale:g}x {fmt}", size, scale, best)
                    dx = next((t for t in best if t.tool == "dxgap"), None)
                    if dx is not None:
                        dxgap_times.setdefault((size, fmt), {})[scale] = dx.seconds
    print(f"outputs agree: {'yes' if len(tools) > 1 else 'not checked (one tool)'}")
    print("\n".join(verdicts))
    for (size, fmt), by_scale in dxgap_times.items():
        scales = sorted(by_scale)
        for a, b in itertools.pairwise(scales):
            print(
                f"growth {size} {fmt}: {b / a:g}x data → {by_scale[b] / by_scale[a]:.2f}x dxgap time"
            )


if __name__ == "__main__":
    main()
