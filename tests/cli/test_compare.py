"""`dxgap compare`: one indicator ranked across provinces, and who is behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import Cli

PROVINCES = ["bac-lieu", "binh-duong", "binh-phuoc", "vietnam"]


def test_compare_ranks_in_the_good_direction(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli("compare", "dti_rank", "--as-of", "2024", "-f", "json", "-w", repo_workspace)
    assert code == 0
    planned = {"binh-duong", "binh-phuoc", "bac-lieu"}  # others are ranked too (issue 21)
    rows = [r for r in json.loads(out) if r["province"] in planned]
    # lower rank numbers are better: BD 7 (2023), BP 12 (2022), BL 63 (2023)
    assert [(r["province"], r["latest_value"]) for r in rows] == [
        ("binh-duong", 7.0),
        ("binh-phuoc", 12.0),
        ("bac-lieu", 63.0),
    ]
    assert rows[0]["rank"] < rows[1]["rank"] < rows[2]["rank"]


def test_compare_against_the_national_target(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli(
        "compare",
        "digital_economy_share",
        "--against",
        "vietnam",
        "--as-of",
        "2024",
        "-f",
        "json",
        "-w",
        repo_workspace,
    )
    assert code == 0
    rows = {r["province"]: r for r in json.loads(out)}
    assert "vietnam" not in rows
    bd = rows["binh-duong"]
    assert bd["latest_value"] == 11.34
    assert bd["benchmark_target_value"] == 20.0
    assert bd["gap_to_benchmark"] == pytest.approx(8.66)


def test_compare_online_dossier_rate_against_vietnam(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli(
        "compare", "online_dossier_rate", "--against", "vietnam", "-w", repo_workspace
    )
    assert code == 0
    assert out.index("Bình Dương") < out.index("Bình Phước")  # 76% ranks above 57.6%


def test_compare_summary_counts_every_target(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli("compare", "--summary", "-f", "json", "-w", repo_workspace)
    assert code == 0
    rows = {r["province"]: r for r in json.loads(out)}
    assert set(rows) == set(PROVINCES)
    _, check_out, _ = cli("check", "binh-phuoc", "-f", "json", "-w", repo_workspace)
    assert rows["binh-phuoc"]["targets"] == len(json.loads(check_out))


def test_compare_unknown_indicator_suggests(cli: Cli, repo_workspace: Path) -> None:
    code, _, err = cli("compare", "online_dossier", "-w", repo_workspace)
    assert code == 1
    assert "did you mean online_dossier_rate" in err


def test_the_benchmark_columns_show_even_when_the_benchmark_sets_no_target(
    cli: Cli, repo_workspace: Path
) -> None:
    code, out, _ = cli("compare", "dti_rank", "--against", "vietnam", "-w", repo_workspace)
    assert code == 0
    assert "Benchmark target" in out
    assert "Gap to benchmark" in out


def test_the_benchmark_target_keeps_its_comparator(cli: Cli, repo_workspace: Path) -> None:
    args = ["compare", "adult_smartphone_rate", "--against", "vietnam", "-w", repo_workspace]
    _, out, _ = cli(*args, "--lang", "vi")
    assert "≥ 95% đến năm 2030" in " ".join(out.split())
    _, out, _ = cli(*args, "-f", "json")
    assert json.loads(out)[0]["benchmark_comparator"] == ">="
