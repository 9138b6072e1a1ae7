"""`dxgap import opensdg` as a user runs it: the vendored real file in, a checked workspace out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import FIXTURES, Cli

OPENSDG = FIXTURES / "opensdg"


def test_import_then_validate_and_check(cli: Cli, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(OPENSDG / "ws", ws)
    (ws / "data").mkdir()
    out = ws / "data" / "ca-17-6-1.csv"
    args = ("import", "opensdg", OPENSDG / "indicator_17-6-1.csv", "--map", OPENSDG / "map.yaml")
    code, _, err = cli(*args, "-o", out)
    assert code == 0, err
    assert err.splitlines() == [
        f"wrote 43 rows from 1 file to {out}",
        "skipped 5 rows with an empty value (no figure)",
        "skipped 7 rows of places the map's province values do not name: 'Nunavut'",
    ]
    assert cli("validate", "-w", ws)[0] == 0
    code, stdout, _ = cli("check", "canada", "--as-of", "2024", "-f", "json", "-w", ws)
    assert code == 0
    first = json.loads(stdout)[0]
    assert first["gap"] == 1.6  # 98 − 96.4, written without floating-point noise
    assert first["status"] == "on_track"


def test_import_in_vietnamese(cli: Cli, tmp_path: Path) -> None:
    args = ("import", "opensdg", OPENSDG / "indicator_17-6-1.csv", "--map", OPENSDG / "map.yaml")
    code, _, err = cli(*args, "-o", tmp_path / "x.csv", "--lang", "vi")
    assert code == 0
    assert "bỏ qua 5 dòng có giá trị trống (không có số liệu)" in err


def test_a_bad_map_exits_1_with_located_problems(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "map.yaml"
    bad.write_text("series: []\nprovince: Canada\n", encoding="utf-8")
    code, _, err = cli(
        "import",
        "opensdg",
        OPENSDG / "indicator_17-6-1.csv",
        "--map",
        bad,
        "-o",
        tmp_path / "x.csv",
    )
    assert code == 1
    assert f"{bad}:1:9: series:" in err
    assert f"{bad}:2:11: province:" in err
    assert not (tmp_path / "x.csv").exists()


def test_import_and_init_are_documented(cli: Cli, repo_workspace: Path) -> None:
    readme = (repo_workspace / "README.md").read_text("utf-8")
    for command in (("init",), ("import", "opensdg")):
        code, out, _ = cli(*command, "--help")
        assert code == 0
        assert "Example: dxgap " in out
        assert f"dxgap {' '.join(command)}" in readme


def test_export_opensdg_then_import_it_back(cli: Cli, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(OPENSDG / "ws", ws)
    (ws / "data").mkdir()
    args = ("import", "opensdg", OPENSDG / "indicator_17-6-1.csv", "--map", OPENSDG / "map.yaml")
    assert cli(*args, "-o", ws / "data" / "ca.csv")[0] == 0
    site = tmp_path / "site"
    code, _, err = cli(
        "export", "canada", "--format", "opensdg", "-o", site, "--as-of", "2024", "-w", ws
    )
    assert code == 0, err
    assert f"wrote 5 Open SDG files for Canada to {site}" in err  # 2 data, 2 meta, the map
    back = ws / "data" / "back.csv"
    code, _, err = cli(
        "import", "opensdg", site / "data", "--map", site / "dxgap-map.yaml", "-o", back
    )
    assert code == 0, err
    assert err.splitlines() == [f"wrote 27 rows from 2 files to {back}"]  # 9 + 9 + 9 of Canada
    assert "opensdg" in cli("export", "--help")[1]


def test_a_missing_file_named_on_the_command_line_is_a_usage_error(
    cli: Cli, tmp_path: Path
) -> None:
    # as `validate nofile.csv` is (exit 2), whichever of the two files is missing
    real_csv, real_map = OPENSDG / "indicator_17-6-1.csv", OPENSDG / "map.yaml"
    for source, map_file, gone in (
        (tmp_path / "gone.csv", real_map, tmp_path / "gone.csv"),
        (real_csv, tmp_path / "gone.yaml", tmp_path / "gone.yaml"),
    ):
        code, _, err = cli("import", "opensdg", source, "--map", map_file, "-o", tmp_path / "x.csv")
        assert code == 2
        assert err == f"error: {gone}: no such file or folder\n"
    assert not (tmp_path / "x.csv").exists()
