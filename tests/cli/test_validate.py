"""`dxgap validate` as CI jobs and editors run it: exit codes, formats, languages."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES, Cli, english_words


def test_the_bundled_workspace_is_valid(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli("validate", "-w", repo_workspace)
    assert code == 0, out
    assert out.strip().startswith("✓")


def test_validate_in_vietnamese(cli: Cli) -> None:
    path = FIXTURES / "invalid-data" / "value-not-a-number.csv"
    code, out, _ = cli("validate", path, "--lang", "vi", "-w", FIXTURES / "data-ws")
    assert code == 1
    assert "không phải số" in out
    assert "✗ 1 lỗi, 0 cảnh báo trong 1 tệp" in out


def test_json_carries_a_code_for_every_problem_and_stays_english(cli: Cli) -> None:
    path = FIXTURES / "invalid" / "percent-above-100.yaml"
    outputs = [
        cli("validate", path, "-w", FIXTURES / "invalid", "-f", "json", "--lang", lang)[1]
        for lang in ("en", "vi")
    ]
    assert outputs[0] == outputs[1]
    (error,) = json.loads(outputs[0])["errors"]
    assert error["code"] == "bounds.above"
    assert error["message"] == "120 is above 100, the maximum for unit 'percent'"


def test_github_annotations_follow_the_language(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo_workspace)
    path = FIXTURES / "invalid" / "percent-above-100.yaml"
    _, out, _ = cli("validate", path, "-w", FIXTURES / "invalid", "-f", "github", "--lang", "vi")
    first = out.splitlines()[0]
    assert first.startswith("::error file=tests/fixtures/invalid/percent-above-100.yaml,line=10,")
    assert (
        "120 lớn hơn 100, mức tối đa của đơn vị phần trăm (%25)" in first
    )  # % escaped as GitHub asks


def test_validate_knows_the_units(cli: Cli, tmp_path: Path) -> None:
    fixtures = FIXTURES / "invalid"
    (tmp_path / "indicators.yaml").write_text(
        (fixtures / "indicators.yaml").read_text("utf-8"), "utf-8"
    )
    path = tmp_path / "x.yaml"
    path.write_text(
        'province: {id: x, name: "X", name_en: "X", merged_into: ho-chi-min-city, merged_on: 2025-07-01}\n',
        encoding="utf-8",
    )
    code, out, _ = cli("validate", path, "-w", tmp_path)
    assert code == 1
    assert "x.yaml:1:57: province.merged_into: merged_into 'ho-chi-min-city' is not a known" in out
    assert "did you mean 'ho-chi-minh-city'" in out


def test_figures_dated_after_a_merger_are_a_warning(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws / "targets")
    (ws / "data").mkdir()
    (ws / "data" / "x.csv").write_text(
        "province,indicator,year,value,date\n"
        "binh-duong,household_fibre_rate,2025,90,2025-09-30\n"  # after 2025-07-01
        "binh-duong,household_fibre_rate,2024,86.3,2024-03-20\n"
        "binh-duong,adult_smartphone_rate,2026,93,\n",  # undated, a later year
        encoding="utf-8",
    )
    code, out, _ = cli("validate", "-w", ws)
    assert code == 0  # reports can be late: a warning, not an error
    lines = [line for line in out.splitlines() if line.startswith("data/")]
    assert len(lines) == 2
    assert lines[0].startswith(
        "data/x.csv:2:1: row: warning: Bình Dương was merged into Thành phố Hồ Chí Minh on 2025-07-01, "
        "but this figure is dated 2025-09-30"
    )
    assert lines[1].startswith("data/x.csv:4:1: row: warning:")
    code, out, _ = cli("validate", "--strict", "-w", ws)
    assert code == 1
    _, out, _ = cli("validate", "--lang", "vi", "-w", ws)
    assert (
        "cảnh báo: Bình Dương đã được sắp xếp vào Thành phố Hồ Chí Minh (chính quyền địa phương mới hoạt động từ 01/7/2025), nhưng số liệu này ghi thời điểm 30/9/2025"
        in " ".join(out.split())
    )


def _every_fixture() -> list[tuple[Path, Path]]:
    """(file, its workspace) for every file under tests/fixtures/ that validate reads."""
    found = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix not in (".yaml", ".yml", ".csv", ".xlsx", ".parquet"):
            continue
        folder = path.relative_to(FIXTURES).parts[0]
        ws = FIXTURES / ("invalid" if folder == "invalid" else "data-ws")  # data files: data-ws
        found.append((path, ws))
    return found


@pytest.mark.parametrize(
    ("path", "ws"), _every_fixture(), ids=lambda p: str(p.relative_to(FIXTURES))
)
def test_every_problem_of_every_fixture_reads_in_vietnamese(cli: Cli, path: Path, ws: Path) -> None:
    _, out, _ = cli("validate", path, "-w", ws, "--lang", "vi")
    lines = out.strip().splitlines()
    assert lines[-1].startswith(("✓", "✗"))
    assert "tệp" in lines[-1]
    for line in lines[:-1]:
        # path:line:col: [location:] message — locations (YAML paths, column names) are the
        # file's own words, not translated
        message = re.sub(r"^(?:'[^']*'|\S)+?(:\d+)*: (\S+: )?", "", line)
        assert english_words(message) == [], line


GH_REPO = FIXTURES / "cases" / "gh-annotation-paths" / "repo"


@pytest.mark.parametrize("cwd", [GH_REPO, GH_REPO / "provinces"])
def test_github_annotations_name_files_from_the_repository_root(
    cli: Cli, cwd: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ../shared/cases/gh-annotation-paths: a workspace nested in the repository
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(GH_REPO))
    _, out, _ = cli("validate", "--workspace", GH_REPO / "provinces", "--format", "github")
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    files = [m.group(1) for line in annotations if (m := re.search(r"file=([^,]+)", line))]
    assert files == ["provinces/targets/test-province.yaml"]
    assert all((GH_REPO / f).is_file() for f in files)
    assert any("file=" not in line for line in annotations)  # the folder-level problem


def test_without_github_workspace_annotations_are_relative_to_the_current_folder(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(GH_REPO)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    _, out, _ = cli("validate", "-w", "provinces", "-f", "github")
    assert "file=provinces/targets/test-province.yaml," in out


def test_files_that_lead_outside_the_workspace_are_not_read(
    cli: Cli, repo_workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ../shared/cases/hostile-v-symlink-out: a pull request links data/notes.csv to a file of
    # the machine, and CI used to print its first line in five annotations
    ws = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws / "targets")
    (ws / "data").mkdir()
    secret = tmp_path / "git-credentials"
    secret.write_text("https://user:FAKE-TOKEN-FOR-THE-TEST@example.invalid\n")
    (ws / "data" / "notes.csv").symlink_to(secret)
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli("validate", "-w", ws, "--format", "github")
    assert code == 1
    assert "FAKE-TOKEN" not in out
    assert "::error file=ws/data/notes.csv,title=dxgap validate::leads outside the workspace" in out
    code, _, err = cli("check", "binh-duong", "-w", ws)
    assert (code, "FAKE-TOKEN" in err) == (1, False)
    assert err.startswith("data/notes.csv: leads outside the workspace")


def test_pipes_and_devices_given_as_paths_are_refused_at_once(cli: Cli, tmp_path: Path) -> None:
    # ../shared/cases/hostile-v-special-files: a pipe hung validate, /dev/zero filled the memory
    ws = FIXTURES / "data-ws"
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero, Path("/dev/zero")):
        code, out, _ = cli("validate", path, "-w", ws)
        assert code == 1
        assert "is not a regular file (a pipe, a device or a socket); not read" in out


def test_hidden_sheets_are_a_warning_of_validate(cli: Cli) -> None:
    # ../shared/cases/hostile-x-hidden: the sheet read is the first visible one; say so
    ws = FIXTURES / "cases" / "hostile-x-hidden" / "ws"
    code, out, _ = cli("validate", "-w", ws)
    assert code == 0
    assert "warning: sheet 'Số liệu' is read, the first visible one" in out
    assert out.splitlines()[-1] == "✓ 4 files valid (1 warning)"


def test_data_files_left_unchecked_is_a_notice_not_an_error(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two errors in the target files are two errors, not three
    monkeypatch.chdir(FIXTURES / "cases" / "validate-vi-partial" / "ws")
    code, out, _ = cli("validate")
    assert code == 1
    assert "targets: note: data files were not checked" in out
    assert out.splitlines()[-1] == "✗ 2 errors, 4 warnings in 3 files"
    _, out, _ = cli("validate", "-f", "json")
    severities = [p["severity"] for p in json.loads(out)["errors"]]
    assert severities.count("error") == 2
    assert severities.count("notice") == 1


def test_github_annotations_of_a_workbook_name_the_sheet_and_cell(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    # line= and col= cannot say which sheet: the message says it, as validate's lines do
    monkeypatch.chdir(FIXTURES / "cases")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(FIXTURES / "cases"))
    _, out, _ = cli("validate", "-w", "xlsx-formula-uncalculated", "-f", "github", "--lang", "vi")
    first = out.splitlines()[0]
    assert first.startswith(
        "::error file=xlsx-formula-uncalculated/data/r.xlsx,line=3,col=4,title=dxgap validate::"
        "'Số liệu'!D3: value: '=25*2': sổ tính không lưu kết quả đã tính"
    )


def test_a_workspace_outside_github_workspace_is_annotated_on_the_run(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # file=../other/… is no file GitHub can attach: the run carries the annotation, and its
    # message says where the problem is
    shutil.copytree(GH_REPO, tmp_path / "other")
    (tmp_path / "repo").mkdir()
    monkeypatch.chdir(tmp_path / "repo")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "repo"))
    _, out, _ = cli("validate", "--workspace", "../other/provinces", "--format", "github")
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    assert all("file=" not in line for line in annotations)
    assert annotations[0] == (
        "::error title=dxgap validate::../other/provinces/targets/test-province.yaml:10:12: "
        "targets[0].value: 180 is above 100, the maximum for unit 'percent'"
    )
    assert annotations[1].startswith(
        "::notice title=dxgap validate::../other/provinces/targets: data files were not checked"
    )


def test_a_problem_on_line_100_is_printed_as_written(cli: Cli, tmp_path: Path) -> None:
    """`x.yaml:100:11:` holds ':100:', which the terminal library would turn into an emoji."""
    fixtures = FIXTURES / "invalid"
    shutil.copy(fixtures / "indicators.yaml", tmp_path / "indicators.yaml")
    text = (fixtures / "percent-above-100.yaml").read_text("utf-8")
    lines = text.splitlines()  # the value 120 is on line 10: 90 comment lines above it
    path = tmp_path / "percent-above-100.yaml"
    path.write_text("\n".join([lines[0], *["#"] * 90, *lines[1:]]) + "\n", encoding="utf-8")
    for lang in ("en", "vi"):
        code, out, _ = cli("validate", path, "-w", tmp_path, "--lang", lang)
        assert code == 1
        assert "percent-above-100.yaml:100:12: targets[0].value: 120 " in out, out


def test_without_a_valid_catalogue_a_yes_no_target_is_not_said_to_lack_a_comparator(
    cli: Cli, tmp_path: Path
) -> None:
    """The unit of its indicator is unknown, so its missing comparator is no error (the
    catalogue's problem is said, and that indicators were not checked)."""
    (tmp_path / "indicators.yaml").write_text(
        "indicators:\n  - id: portal_live\n    name: {vi: Cổng, en: Portal}\n"
        "    unit: yesno\n    pillar: digital_government\n",
        encoding="utf-8",
    )
    (tmp_path / "t.yaml").write_text(
        'province: {id: t, name: "Tỉnh thử", name_en: "Test"}\n'
        "sources:\n  - id: s\n    title: Kế hoạch\n"
        "targets:\n  - id: portal-2025\n    indicator: portal_live\n    value: true\n"
        "    year: 2025\n    source: s\n    quote: Cổng hoạt động\n",
        encoding="utf-8",
    )
    code, out, _ = cli("validate", tmp_path, "-w", tmp_path)
    assert code == 1
    assert "indicators.yaml:4:11: indicators[0].unit:" in out, out
    assert "comparator" not in out, out


def test_validate_outside_a_workspace_says_how_to_start_one(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a new user in an empty folder: "targets: no such file or folder" said nothing of `init`
    monkeypatch.chdir(tmp_path)
    code, _, err = cli("validate")
    assert code == 2
    assert "targets: no such folder" in err
    assert "dxgap init" in err
