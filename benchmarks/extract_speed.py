"""How long `dxgap extract` takes on long and odd inputs (issue 18: well under a second per
article; a long input in time that grows with its length, not its square).

Cases, each generated here (seeded), none a real document:

- `lines`: 100,000 short lower-case lines with no closing mark (a broken conversion or a list
  of words: a PDF reader joins such lines into sentences), a few with a figure or a year;
- `figures`: one line of 1,000 figures with no full stop;
- `articles`: the slowest and the total of the held-out texts (tests/extract/heldout/).

Times are CPU seconds of the extraction alone (the catalogue is loaded before), the best of
`--repeat` runs, so that a busy machine weighs less.

    python benchmarks/extract_speed.py [--repeat 3] [--lines 100000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dxgap.extract import Matcher, extract, read_path  # noqa: E402
from dxgap.targets.load import load_catalogue_file  # noqa: E402

_WORDS = [
    "tỷ lệ", "hồ sơ", "trực tuyến", "dịch vụ công", "các xã", "phường", "thị trấn",
    "người dân", "doanh nghiệp", "chuyển đổi số", "kinh tế", "hạ tầng", "cáp quang", "thôn bản",
    "hộ gia đình", "cán bộ", "công chức",
]  # fmt: skip


def lines(n: int) -> str:
    """`n` short lower-case lines (under the 2 MiB `dxgap extract` reads), one in ten with a
    number, one in fifty with a year."""
    rng = random.Random(18)
    out = []
    for i in range(n):
        words = rng.sample(_WORDS, rng.randint(1, 2))
        if i % 10 == 3:
            words.append(str(rng.randint(1, 999)))
        if i % 50 == 7:
            words += ["năm", str(rng.randint(2020, 2030))]
        out.append(" ".join(words))
    return "\n".join(out) + "\n"


def _cpu(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.process_time()
        run()
        best = min(best, time.process_time() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--lines", type=int, default=100_000)
    args = parser.parse_args()
    catalogue, _ = load_catalogue_file(ROOT / "targets" / "indicators.yaml")
    assert catalogue is not None, "the bundled catalogue is invalid"
    matcher = Matcher(catalogue.indicators)

    text = lines(args.lines)
    took = _cpu(lambda: extract(text, matcher), args.repeat)
    print(
        f"{args.lines:,} short lower-case lines ({len(text.encode()) / 1e6:.1f} MB): {took:.2f} s"
    )

    line = "80% doanh nghiệp sẽ " * 1000
    took = _cpu(lambda: extract(line, matcher), args.repeat)
    print(f"one line of 1,000 figures, no full stop ({len(line):,} characters): {took:.2f} s")

    heldout = ROOT / "tests" / "extract" / "heldout"
    times = []
    for path in sorted(p for p in heldout.glob("[0-9]*.*") if p.suffix != ".yaml"):
        if path.suffix not in (".txt", ".md", ".html", ".htm"):
            continue
        doc = read_path(path)
        times.append((_cpu(partial(extract, doc.text, matcher), args.repeat), path.name))
    slowest = max(times)
    total = sum(t for t, _ in times)
    print(
        f"held-out articles: {len(times)}, total {total:.2f} s, "
        f"slowest {slowest[0] * 1000:.0f} ms ({slowest[1]})"
    )


if __name__ == "__main__":
    main()
