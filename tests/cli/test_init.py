"""`dxgap init` as a new user runs it (issue 19): a workspace that validates, then checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import Cli

SOURCE = """sources:
  - id: kh-2024
    title: "Kế hoạch chuyển đổi số năm 2024 (ví dụ kiểm thử)"
    date: 2024-01-15
"""
TARGET = """targets:
  - id: online-dossiers-2025
    indicator: online_dossier_rate
    comparator: ">="
    value: 80
    year: 2025
    source: kh-2024
    quote: "80% hồ sơ trực tuyến (ví dụ kiểm thử)"
"""


def test_init_validate_then_check_from_the_new_folder(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the acceptance of issue 19: dxgap init ../w --province "Thanh Hóa" && cd ../w && validate
    monkeypatch.chdir(tmp_path)
    code, _, err = cli("init", "w", "--province", "Thanh Hóa")
    assert code == 0, err
    assert "targets/thanh-hoa.yaml" in err
    assert "data/thanh-hoa.csv" in err
    monkeypatch.chdir(tmp_path / "w")
    code, out, _ = cli("validate")
    assert code == 0, out
    # one target and measured rows added as the files' comments say
    plan = Path("targets/thanh-hoa.yaml")
    text = plan.read_text("utf-8").replace("sources: []\n", SOURCE)
    plan.write_text(text.replace("targets: []\n", TARGET), "utf-8")
    with Path("data/thanh-hoa.csv").open("a", encoding="utf-8") as f:
        f.write("thanh-hoa,online_dossier_rate,2022,60,,test row,\n")
        f.write("thanh-hoa,online_dossier_rate,2024,70,,test row,\n")
    code, out, _ = cli("validate")
    assert code == 0, out
    code, out, err = cli("check", "thanh-hoa", "--as-of", "2024", "--format", "json")
    assert code == 0, err
    (row,) = json.loads(out)
    # by hand (docs/methodology.md): base 60 (2022, the earliest observation), latest 70
    # (2024), target 80 by 2025: gap 80 − 70 = 10; progress (70 − 60)/(80 − 60) = 50%;
    # observed pace (70 − 60)/2 = 5 a year; planned (80 − 60)/(2025 − 2022) = 20/3 a year;
    # needed (80 − 70)/(2025 − 2024) = 10 a year; pace ratio 5/(20/3) = 0.75, in [0.6, 0.95):
    # acceleration needed; projection 70 + 5 = 75
    assert row["gap"] == pytest.approx(10)
    assert row["progress_pct"] == pytest.approx(50)
    assert row["observed_pace"] == pytest.approx(5)
    assert row["planned_pace"] == pytest.approx(20 / 3)
    assert row["needed_pace"] == pytest.approx(10)
    assert row["pace_ratio"] == pytest.approx(0.75)
    assert row["projected_value"] == pytest.approx(75)
    assert row["status"] == "acceleration_needed"
    code, out, _ = cli("check", "Thanh Hoa", "--as-of", "2024")  # the table, by name
    assert code == 0
    assert "online-dossiers-2025" in out


def test_init_refuses_to_overwrite_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    ws = tmp_path / "w"
    (ws / "data").mkdir(parents=True)
    (ws / "data" / "README.md").write_text("my notes\n", "utf-8")
    code, _, err = cli("init", ws, "--province", "38")
    assert code == 1
    assert "'data/README.md'" in err
    assert "nothing was written" in err
    assert (ws / "data" / "README.md").read_text("utf-8") == "my notes\n"
    assert sorted(p.name for p in ws.rglob("*")) == ["README.md", "data"]


def test_init_in_vietnamese(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("init", tmp_path / "w", "--province", "thanh hoa", "--lang", "vi")
    assert code == 0
    assert "Đã tạo thư mục làm việc cho tỉnh Thanh Hóa" in err  # lower case mid-sentence
    plan = (tmp_path / "w" / "targets" / "thanh-hoa.yaml").read_text("utf-8")
    assert "# Chỉ tiêu của tỉnh Thanh Hóa (mã đơn vị hành chính 38" in plan
    code, _, err = cli("init", tmp_path / "w", "--lang", "vi")
    assert code == 1
    assert "đã có và được giữ nguyên; chưa ghi tệp nào" in err


def test_the_global_lang_option_reaches_init(cli: Cli, tmp_path: Path) -> None:
    # `dxgap --lang vi init …` (the option before the command, as `--help` says it applies to
    # every command of the run) wrote English before
    code, _, err = cli("--lang", "vi", "init", tmp_path / "w", "--province", "thanh hoa")
    assert code == 0
    assert "Đã tạo thư mục làm việc cho tỉnh Thanh Hóa" in err
    plan = (tmp_path / "w" / "targets" / "thanh-hoa.yaml").read_text("utf-8")
    assert "# Chỉ tiêu của tỉnh Thanh Hóa" in plan


def test_an_unknown_province_is_named_with_the_closest(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("init", tmp_path / "w", "--province", "Thanh Hao")
    assert code == 1
    assert "unknown province 'Thanh Hao'" in err
    assert "thanh-hoa" in err
    assert not (tmp_path / "w").exists()


def test_a_workspace_without_a_catalogue_names_dxgap_init(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "targets").mkdir()
    code, _, err = cli("check", "thanh-hoa", "-w", tmp_path)
    assert code == 1
    assert "the indicator catalogue is missing" in err
    assert "dxgap init" in err
