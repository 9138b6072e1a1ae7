"""CI that explains itself (issue 19, part 4): a job summary under GitHub Actions, and `validate`
on data files alone lists the target-file errors that stop them being checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES, Cli

OPENSDG = FIXTURES / "opensdg"


@pytest.fixture
def canada(cli: Cli, tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    shutil.copytree(OPENSDG / "ws", ws)
    (ws / "data").mkdir()
    args = ("import", "opensdg", OPENSDG / "indicator_17-6-1.csv", "--map", OPENSDG / "map.yaml")
    assert cli(*args, "-o", ws / "data" / "ca.csv")[0] == 0
    return ws


def test_check_writes_the_counts_by_status_to_the_job_summary(
    cli: Cli, canada: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert cli("check", "canada", "--as-of", "2024", "-w", canada)[0] == 0
    # both of Canada's targets are on track (tests/test_opensdg.py computes them by hand)
    assert summary.read_text("utf-8") == (
        "### dxgap check: Canada, as of 2024\n\n"
        "| Status | Targets |\n|---|---:|\n"
        "| on track | 2 |\n"
        "| **Total** | **2** |\n\n"
        "Data coverage: 2 of 2 quantified targets have a measurement.\n\n"
    )
    assert cli("check", "canada", "--as-of", "2024", "-w", canada, "--lang", "vi")[0] == 0
    assert "| Đúng tiến độ | 2 |" in summary.read_text("utf-8")  # appended, in the language


def test_validate_writes_problems_by_file(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(FIXTURES / "opensdg" / "ws", ws)
    plan = ws / "targets" / "ontario.yaml"
    plan.write_text(plan.read_text("utf-8").replace("value: 98", "value: 980"), "utf-8")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = cli("validate", "-w", ws)
    assert code == 1
    assert out.startswith("::error ")  # the annotations stay as they were
    text = summary.read_text("utf-8")
    assert text.startswith("### dxgap validate\n\n✗ 1 error, 0 warnings in 3 files\n\n")
    assert (
        "| File | Errors | Warnings |\n|---|---:|---:|\n| targets/ontario.yaml | 1 | 0 |\n" in text
    )
    assert "- `targets/ontario.yaml:" in text


def test_nothing_is_written_outside_github_actions(
    cli: Cli, canada: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))  # but GITHUB_ACTIONS is not set
    assert cli("check", "canada", "-w", canada)[0] == 0
    assert not summary.exists()


def test_validate_of_a_data_file_lists_the_target_errors_that_block_it(
    cli: Cli, tmp_path: Path
) -> None:
    # ../shared/cases/validate-data-only-hides-target-errors
    ws = tmp_path / "ws"
    shutil.copytree(FIXTURES / "opensdg" / "ws", ws)
    (ws / "data").mkdir()
    (ws / "data" / "d.csv").write_text("province,indicator,year,value\n", "utf-8")
    plan = ws / "targets" / "ontario.yaml"
    plan.write_text(plan.read_text("utf-8").replace('comparator: ">="', "comparator: >="), "utf-8")
    code, out, _ = cli("validate", ws / "data" / "d.csv", "-w", ws)
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("targets/ontario.yaml:8:17: '>=' must be quoted")
    assert (
        lines[1]
        == "targets: note: data files were not checked: the workspace's target files have errors"
    )
    code, out, _ = cli("validate", "-w", ws)  # the whole workspace: said once
    assert sum("'>=' must be quoted" in line for line in out.splitlines()) == 1


def test_the_job_summary_counts_figures_and_tasks_apart(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # verification of issue 16: "13 of 14 quantified targets have a measurement" counted the
    # tasks as quantified targets with a figure. tests/fixtures/tasks-ws as of 2024: one target
    # with a figure to reach (measured) and two tasks (both with a reported state)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    ws = FIXTURES / "tasks-ws"
    assert cli("check", "demo", "--as-of", "2024", "-w", ws)[0] == 0
    text = summary.read_text("utf-8")
    assert "Data coverage: 1 of 1 quantified targets have a measurement.\n\n" in text
    assert "Tasks: 2 of 2 have a reported state.\n" in text
    assert cli("check", "demo", "--as-of", "2024", "-w", ws, "--lang", "vi")[0] == 0
    text = summary.read_text("utf-8")
    assert "Độ phủ số liệu: 1/1 chỉ tiêu định lượng có số liệu." in text
    assert "Nhiệm vụ: 2/2 nhiệm vụ có báo cáo tình trạng." in text
