"""Whole-process start-up time of dxgap commands, next to the imports they cannot avoid.

Goals (issue 20): `dxgap --help` and `dxgap validate targets/` within 1.5× of
`python -c "import typer, pydantic, yaml"`; `dxgap check binh-duong` within 1.5× of
`python -c "import polars, pydantic, yaml, rich, typer"`.

Each command's CPU time (user + system, of the process) is what the ratios compare: on a shared
machine the wall time says as much about the neighbours as about dxgap. The commands take turns
run by run (each round runs every case once), so a machine growing busier weighs on each alike;
the figures are medians of --runs rounds after --warmup. With `--hyperfine` (when installed)
hyperfine times each command in turn instead (mean user + system time). Run from the repository
root (the bundled workspace).

Usage: python benchmarks/startup.py [--runs 20] [--warmup 3] [--hyperfine]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DXGAP = shutil.which("dxgap", path=str(Path(PY).parent)) or "dxgap"

# (name, command, baseline name, allowed ratio)
CASES: list[tuple[str, list[str], str | None, float | None]] = [
    ("imports: typer, pydantic, yaml", [PY, "-c", "import typer, pydantic, yaml"], None, None),
    (
        "imports: polars, pydantic, yaml, rich, typer",
        [PY, "-c", "import polars, pydantic, yaml, rich, typer"],
        None,
        None,
    ),
    ("dxgap --help", [DXGAP, "--help"], "imports: typer, pydantic, yaml", 1.5),
    (
        "dxgap validate targets/",
        [DXGAP, "validate", "targets/"],
        "imports: typer, pydantic, yaml",
        1.5,
    ),
    (
        "dxgap check binh-duong",
        [DXGAP, "check", "binh-duong"],
        "imports: polars, pydantic, yaml, rich, typer",
        1.5,
    ),
]


def run_once(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one run, output discarded."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{shlex.join(cmd)} failed (exit {os.waitstatus_to_exitcode(status)})")
    return wall, usage.ru_utime + usage.ru_stime


def own_timer(runs: int, warmup: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of each case over `runs` rounds after `warmup`; every round
    runs each case once, in turns."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name, *_ in CASES}
    for i in range(warmup + runs):
        for name, cmd, *_ in CASES:
            measured = run_once(cmd)
            if i >= warmup:
                times[name].append(measured)
    return {
        name: (statistics.median(w for w, _ in done), statistics.median(c for _, c in done))
        for name, done in times.items()
    }


def hyperfine_timer(cmd: list[str], runs: int, warmup: int) -> tuple[float, float]:
    """(median wall time, mean user + system time) as hyperfine measures them."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            [
                "hyperfine",
                "--style",
                "none",
                "-N",
                "--runs",
                str(runs),
                "--warmup",
                str(warmup),
                "--export-json",
                out.name,
                shlex.join(cmd),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        result = json.loads(Path(out.name).read_text())["results"][0]
        return float(result["median"]), float(result["user"]) + float(result["system"])


def _compile_bytecode() -> None:
    """Write dxgap's bytecode caches first, as any installed Python package has them: with
    PYTHONDONTWRITEBYTECODE set (some sandboxes and containers set it) and an editable install,
    every run would otherwise compile dxgap's modules again and the figures would measure
    the compiler."""
    import compileall

    compileall.compile_dir(ROOT / "src" / "dxgap", quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--hyperfine", action="store_true", help="use hyperfine (if installed)")
    args = parser.parse_args()
    use_hyperfine = args.hyperfine and shutil.which("hyperfine") is not None
    _compile_bytecode()
    if use_hyperfine:
        timed = {name: hyperfine_timer(cmd, args.runs, args.warmup) for name, cmd, *_ in CASES}
    else:
        timed = own_timer(args.runs, args.warmup)
    timer = "hyperfine" if use_hyperfine else "own (subprocess, in turns, median)"
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"timer: {timer}, {args.runs} runs; load average {load}")
    columns = f"{'wall ms':>8} {'CPU ms':>7} {'CPU ratio':>9} {'wall ratio':>10} {'goal':>5}"
    print(f"{'command':<46} {columns}")
    failed = False
    for name, _, base, goal in CASES:
        wall, cpu = timed[name]
        ratio = cpu / timed[base][1] if base else None
        wall_ratio = wall / timed[base][0] if base else None
        ok = ratio is None or goal is None or ratio <= goal
        failed |= not ok
        print(
            f"{name:<46} {1000 * wall:>8.0f} {1000 * cpu:>7.0f} "
            f"{'' if ratio is None else f'{ratio:.2f}':>9} "
            f"{'' if wall_ratio is None else f'{wall_ratio:.2f}':>10} "
            f"{'' if goal is None else f'≤{goal}':>5}  "
            f"{'' if ratio is None else ('met' if ok else 'NOT MET')}"
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
