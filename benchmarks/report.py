"""Time of the HTML report on the bundled workspace, as a user runs it (whole process).

Target (issue "Reports, charts and tables people want to look at"): one province's report in
about a second on an ordinary machine. Prints, for `dxgap report binh-duong` and
`dxgap report --all`, the median wall and CPU time of --runs runs (after one warm-up that fills
the bytecode and check caches; CPU time is steadier on a busy machine), the number of charts
drawn and the size of the page.

Run from the repository root. Usage: python benchmarks/report.py [--runs 5]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DXGAP = shutil.which("dxgap", path=str(Path(sys.executable).parent)) or "dxgap"
CASES = {"one province (binh-duong)": ["binh-duong"], "every province (--all)": ["--all"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'report':<28} {'wall s':>7} {'CPU s':>6} {'charts':>7} {'page KB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, which in CASES.items():
            out = Path(tmp) / "r.html"
            command = [DXGAP, "report", *which, "-o", str(out)]
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)  # warm-up
            times, cpu = [], []
            for _ in range(args.runs):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
                times.append(time.perf_counter() - start)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            page = out.read_text(encoding="utf-8")
            charts = page.count('<figure class="chart"')
            print(
                f"{name:<28} {statistics.median(times):>7.2f} {statistics.median(cpu):>6.2f} "
                f"{charts:>7} {len(page.encode()) / 1024:>8.0f}"
            )


if __name__ == "__main__":
    main()
