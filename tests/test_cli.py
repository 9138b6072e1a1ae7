"""The CLI on the real bundled workspace, as users and CI jobs run it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from dxgap.cli import app
from dxgap.frames import GAP_KEYS, TRAJECTORY_KEYS

runner = CliRunner()


def run(*args: str, workspace: Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--workspace", str(workspace)])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("province", ["binh-duong", "binh-phuoc", "bac-lieu", "vietnam"])
def test_check_prints_a_gap_table_for_every_bundled_province(
    repo_workspace: Path, province: str
) -> None:
    code, out, err = run("check", province, workspace=repo_workspace)
    assert code == 0, err
    assert "as of" in out
    assert "data coverage" in out
    assert "targets:" in out


def test_check_json_has_exactly_the_documented_keys(repo_workspace: Path) -> None:
    code, out, _ = run(
        "check", "binh-duong", "--as-of", "2024", "--format", "json", workspace=repo_workspace
    )
    assert code == 0
    rows = json.loads(out)
    assert rows
    assert all(list(r) == list(GAP_KEYS) for r in rows)
    assert {r["province"] for r in rows} == {"binh-duong"}


def test_check_json_values_match_hand_computed_formulas(repo_workspace: Path) -> None:
    # Bình Phước, "top 10 in the DTI by 2030" (docs/methodology.md §6.1): ranks 25 (2020),
    # 9 (2021), 12 (2022) in data/binh-phuoc.csv; no baseline, so the base is (2020, 25).
    code, out, _ = run(
        "check", "binh-phuoc", "--as-of", "2024", "-f", "json", workspace=repo_workspace
    )
    assert code == 0
    row = next(r for r in json.loads(out) if r["target_id"] == "dti-top10-2030")
    assert (row["comparator"], row["target_value"], row["target_year"]) == ("<=", 10.0, 2030)
    assert (row["latest_year"], row["latest_value"]) == (2022, 12.0)
    assert row["gap"] == pytest.approx(2.0)
    assert row["progress_pct"] == pytest.approx(86.67, abs=0.01)
    assert row["observed_pace"] == pytest.approx(-6.5)
    assert row["planned_pace"] == pytest.approx(-1.5)
    assert row["needed_pace"] == pytest.approx(-0.25)
    assert row["pace_ratio"] == pytest.approx(4.33, abs=0.01)
    assert row["projected_value"] == 1.0
    assert row["status"] == "on_track"


def test_as_of_changes_the_picture(repo_workspace: Path) -> None:
    # Bình Dương households with fibre: > 90% by 2025; 86.3% measured in 2024 (seed 003).
    def status(as_of: str) -> dict[str, object]:
        _, out, _ = run(
            "check", "binh-duong", "--as-of", as_of, "-f", "json", workspace=repo_workspace
        )
        return next(r for r in json.loads(out) if r["target_id"] == "household-fibre-2025")

    in_2024 = status("2024")
    assert in_2024["latest_value"] == 86.3
    assert in_2024["gap"] == pytest.approx(3.7)
    assert in_2024["status"] == "insufficient_data"  # one observation, no baseline
    assert status("2026")["status"] == "overdue"  # deadline passed, nothing measured for 2025
    assert status("2023")["status"] == "no_data"


def test_check_csv_matches_json(repo_workspace: Path) -> None:
    _, as_json, _ = run(
        "check", "binh-phuoc", "--as-of", "2024", "-f", "json", workspace=repo_workspace
    )
    _, as_csv, _ = run(
        "check", "binh-phuoc", "--as-of", "2024", "-f", "csv", workspace=repo_workspace
    )
    from_csv = pl.read_csv(as_csv.encode(), infer_schema_length=None)
    from_json = pl.DataFrame(json.loads(as_json), infer_schema_length=None)
    assert from_csv.columns == list(GAP_KEYS)
    assert from_csv["target_id"].to_list() == from_json["target_id"].to_list()
    assert from_csv["gap"].to_list() == from_json["gap"].to_list()


def test_check_filters_by_status_and_pillar(repo_workspace: Path) -> None:
    _, out, _ = run(
        "check",
        "binh-phuoc",
        "--as-of",
        "2024",
        "-s",
        "on_track",
        "-p",
        "digital_government",
        "-f",
        "json",
        workspace=repo_workspace,
    )
    rows = json.loads(out)
    assert rows
    assert {(r["status"], r["pillar"]) for r in rows} == {("on_track", "digital_government")}


def test_unknown_status_is_a_usage_error(repo_workspace: Path) -> None:
    code, _, err = run("check", "binh-phuoc", "-s", "great", workspace=repo_workspace)
    assert code == 2
    assert "unknown status 'great'" in err


@pytest.mark.parametrize("name", ["Bình Dương", "binh_duong", "binh duong", "BINH DUONG", "74"])
def test_provinces_resolve_as_people_type_them(repo_workspace: Path, name: str) -> None:
    code, out, _ = run("check", name, "-f", "json", workspace=repo_workspace)
    assert code == 0
    assert json.loads(out)[0]["province"] == "binh-duong"


def test_unknown_province_is_one_line_with_suggestions(repo_workspace: Path) -> None:
    code, out, err = run("check", "binh-dong", workspace=repo_workspace)
    assert code == 1
    assert out == ""
    assert (
        err.strip() == "error: unknown province 'binh-dong'; did you mean binh-duong, binh-phuoc?"
    )


def test_merged_province_names_its_successor(repo_workspace: Path) -> None:
    _, out, _ = run("check", "binh-duong", workspace=repo_workspace)
    assert "merged into" in out
    assert "ho-chi-minh-city" in out


def test_trajectory_shows_planned_actual_projected(repo_workspace: Path) -> None:
    code, out, _ = run(
        "trajectory",
        "binh-phuoc",
        "dti-top10-2030",
        "--as-of",
        "2024",
        "-f",
        "json",
        workspace=repo_workspace,
    )
    assert code == 0
    rows = json.loads(out)
    assert all(list(r) == list(TRAJECTORY_KEYS) for r in rows)
    assert [r["year"] for r in rows] == list(range(2020, 2031))
    by_year = {r["year"]: r for r in rows}
    assert by_year[2021]["actual"] == 9.0
    assert by_year[2021]["planned"] == 23.5
    assert by_year[2021]["ahead_by"] == 14.5
    assert by_year[2023]["projected"] == 5.5  # 12 − 6.5·1
    assert by_year[2030]["planned"] == 10.0


def test_trajectory_table(repo_workspace: Path) -> None:
    code, out, _ = run("trajectory", "binh-phuoc", "--as-of", "2024", workspace=repo_workspace)
    assert code == 0
    assert "dti-top10-2030" in out
    assert "Planned" in out
    assert "Projected" in out


def test_list_shows_provinces_with_counts(repo_workspace: Path) -> None:
    code, out, _ = run("list", "-f", "json", workspace=repo_workspace)
    assert code == 0
    rows = {r["province"]: r for r in json.loads(out)}
    assert set(rows) >= {"binh-duong", "binh-phuoc", "bac-lieu", "vietnam"}
    assert rows["binh-duong"]["merged_into"] == "ho-chi-minh-city"
    assert all(r["observations"] > 0 and r["targets"] > 0 for r in rows.values())


def test_bundled_workspace_is_valid(repo_workspace: Path) -> None:
    code, out, _ = run("validate", workspace=repo_workspace)
    assert code == 0, out
    assert out.strip().startswith("✓")


def test_malformed_data_file_gives_located_error(repo_workspace: Path, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws / "targets")
    (ws / "data").mkdir()
    (ws / "data" / "bad.csv").write_text(
        "province,indicator,year,value\nbinh-duong,online_dossier_rate,2024,bảy mươi\n",
        encoding="utf-8",
    )
    code, out, err = run("check", "binh-duong", workspace=ws)
    assert code == 1
    assert out == ""
    assert err.strip() == "data/bad.csv:2:37: value: 'bảy mươi' is not a number"


def test_invalid_targets_stop_check_with_located_errors(
    repo_workspace: Path, tmp_path: Path
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws / "targets")
    bad = ws / "targets" / "binh-duong.yaml"
    bad.write_text(
        bad.read_text(encoding="utf-8").replace("value: 80\n", "value: 180\n", 1), encoding="utf-8"
    )
    code, _, err = run("check", "binh-duong", workspace=ws)
    assert code == 1
    assert "targets/binh-duong.yaml:" in err
    assert "180 is above 100" in err


def test_workspace_from_environment(repo_workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DXGAP_WORKSPACE", str(repo_workspace))
    result = runner.invoke(app, ["list", "-f", "json"])
    assert result.exit_code == 0
    assert "binh-duong" in result.stdout


def test_internal_errors_are_one_line_and_exit_3(
    repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dxgap import engine

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(engine, "analyse", boom)
    code, _, err = run("check", "binh-duong", workspace=repo_workspace)
    assert code == 3
    assert "internal error: RuntimeError: kaboom" in err
    assert "--debug" in err


def test_python_dash_m_and_help(repo_workspace: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dxgap", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=repo_workspace,
    )
    assert done.returncode == 0
    for command in ("validate", "schema", "check", "trajectory", "list"):
        assert command in done.stdout


@pytest.mark.parametrize(
    "command",
    ["validate", "schema", "check", "trajectory", "list", "export", "compare", "plot", "report"],
)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(
    repo_workspace: Path, command: str
) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: dxgap " in result.stdout
    readme = (repo_workspace / "README.md").read_text(encoding="utf-8")
    assert f"dxgap {command}" in readme
