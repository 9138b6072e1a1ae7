"""`dxgap compare --against P`: the benchmark's target reads as `dxgap check` writes it (a rank
out of N, a standing window), and a gap to it is given only for figures of the ranking it is
set on (docs/methodology.md §12). The bundled workspace, run as a user runs dxgap."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.conftest import Cli

# Bình Phước's dti-top10-2030: "trong giai đoạn 2025–2030 … nhóm 10 tỉnh, thành phố dẫn đầu",
# out of 63, a standing target of every year 2025–2030
ARGS = ("compare", "dti_rank", "--against", "binh-phuoc")


def _row(out: str, name: str) -> str:
    line = next(x for x in out.splitlines() if f" {name} " in x)
    return " ".join(re.sub(r"[│┃]", " ", line).split())


def test_the_benchmark_target_reads_as_check_writes_it(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    code, out, err = cli(*ARGS, "--as-of", "2022", "-w", repo_workspace)
    assert code == 0, err
    # Đà Nẵng, 1st of 63 in 2022: 9 places ahead of the 10th place the benchmark holds to
    assert _row(out, "Đà Nẵng") == (
        "1 Đà Nẵng rank 1 of 63 (2022) – – ≤ rank 10 of 63 every year 2025–2030 9 places beyond"
    )
    _, out, _ = cli(*ARGS, "--as-of", "2022", "--lang", "vi", "-w", repo_workspace)
    assert "≤ hạng 10/63 hằng năm giai đoạn 2025–2030" in _row(out, "Đà Nẵng")
    _, out, _ = cli(*ARGS, "--as-of", "2022", "-f", "json", "-w", repo_workspace)
    row = next(r for r in json.loads(out) if r["province"] == "da-nang")
    assert (row["benchmark_out_of"], row["benchmark_from_year"]) == (63, 2025)
    assert row["benchmark_frequency"] == "annual"
    assert row["gap_to_benchmark"] == -9  # d·(10 − 1), d = −1 for a rank


def test_no_gap_to_a_benchmark_of_another_ranking(cli: Cli, repo_workspace: Path) -> None:
    """As of 2024 the DTI ranked the 34 units too: a 5th of 34 is no closer to a "top 10 of 63"
    than a 12th of 63 is far from it; the gap is for the ranking of 63 only."""
    _, out, _ = cli(*ARGS, "--as-of", "2024", "-f", "json", "-w", repo_workspace)
    rows = json.loads(out)
    of_34 = [r for r in rows if r["out_of"] == 34 and r["latest_value"] is not None]
    of_63 = [r for r in rows if r["out_of"] == 63 and r["latest_value"] is not None]
    assert of_34
    assert of_63
    assert all(r["gap_to_benchmark"] is None for r in of_34)
    assert all(r["gap_to_benchmark"] == -(10 - r["latest_value"]) for r in of_63)
