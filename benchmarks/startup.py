"""Whole-process start-up time of dxgap commands, next to the imports they cannot avoid.

Targets (issue 20): `dxgap --help` and `dxgap validate targets/` within 1.5× of
`python -c "import typer, pydantic, yaml"`; `dxgap check binh-duong` within 1.5× of
`python -c "import polars, pydantic, yaml, rich, typer"`.

Uses hyperfine when it is installed (`--hyperfine`), else times repeated subprocess runs itself
(median of --runs after --warmup). Run from the repository root (the bundled workspace).

Usage: python benchmarks/startup.py [--runs 20] [--warmup 3] [--hyperfine]
"""

from __future__ import annotations

import argparse
import json
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


def own_timer(cmd: list[str], runs: int, warmup: int) -> float:
    """Median wall time of `runs` runs (after `warmup`), output discarded."""
    times = []
    for i in range(warmup + runs):
        started = time.perf_counter()
        subprocess.run(
            cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
        )
        if i >= warmup:
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def hyperfine_timer(cmd: list[str], runs: int, warmup: int) -> float:
    """Median wall time as hyperfine measures it."""
    import shlex

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
        return float(json.loads(Path(out.name).read_text())["results"][0]["median"])


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
    timer = hyperfine_timer if use_hyperfine else own_timer
    print(
        f"timer: {'hyperfine' if use_hyperfine else 'own (subprocess, median)'}, {args.runs} runs"
    )
    medians: dict[str, float] = {}
    failed = False
    print(f"{'command':<46} {'median ms':>10} {'ratio':>7} {'goal':>6}  ")
    for name, cmd, base, goal in CASES:
        medians[name] = timer(cmd, args.runs, args.warmup)
        ratio = medians[name] / medians[base] if base else None
        ok = ratio is None or goal is None or ratio <= goal
        failed |= not ok
        print(
            f"{name:<46} {1000 * medians[name]:>10.0f} "
            f"{'' if ratio is None else f'{ratio:.2f}':>7} {'' if goal is None else f'≤{goal}':>6}  "
            f"{'' if ratio is None else ('met' if ok else 'NOT MET')}"
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
