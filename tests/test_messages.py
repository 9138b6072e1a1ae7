"""Both languages, everywhere: the message catalogue, the default language, Vietnamese output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dxgap import text
from dxgap.text import fmt
from dxgap.cli import app, default_lang
from dxgap.validation import validate
from dxgap.workspace import Workspace

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures"


def test_every_code_exists_in_both_languages() -> None:
    assert set(text.catalogue("en")) == set(text.catalogue("vi"))
    assert all(v.strip() for v in text.catalogue("vi").values())


def test_placeholders_match_across_languages() -> None:
    vi = text.catalogue("vi")
    for key, english in text.catalogue("en").items():
        assert text.placeholders(english) == text.placeholders(vi[key]), key


def test_status_labels_in_vietnamese() -> None:
    def vi(status: str) -> str:
        return text.status_label(status, "vi")

    assert vi("achieved") == "Đã đạt"
    assert vi("on_track") == "Đúng tiến độ"
    assert vi("acceleration_needed") == "Cần tăng tốc"
    assert vi("limited_progress") == "Tiến triển chậm"
    assert vi("deterioration") == "Đi lùi"
    assert vi("missed") == "Không đạt"
    assert vi("overdue") == "Quá hạn, chưa có số liệu"
    assert vi("no_data") == "Chưa có số liệu"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DXGAP_LANG": "vi"}, "vi"),
        ({"DXGAP_LANG": "en", "LANG": "vi_VN.UTF-8"}, "en"),
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LC_ALL": "vi_VN", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_default_language(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for var in ("DXGAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert default_lang() == expected


def test_vietnamese_numbers() -> None:
    assert fmt.number(1586, 0, "vi") == "1.586"
    assert fmt.number(86.3, 1, "vi") == "86,3"
    assert fmt.number(11340.5, 1, "vi") == "11.340,5"
    assert fmt.number(11340.5, 1, "en") == "11,340.5"


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_check_in_vietnamese_and_english(repo_workspace: Path) -> None:
    _, vi, _ = invoke(
        "check", "binh-duong", "--lang", "vi", "--as-of", "2024", "-w", repo_workspace
    )
    assert "Chỉ tiêu" in vi
    assert "Mục tiêu" in vi
    assert "Đã đạt" in vi
    assert "86,3%" in vi  # Vietnamese number format
    assert "Thành phố Hồ Chí Minh" in vi
    assert "Chính quyền số" in vi
    for english in ("Target", "Goal", "achieved", "as of", "targets:", "pp"):
        assert english not in vi, english
    _, en, _ = invoke(
        "check", "binh-duong", "--lang", "en", "--as-of", "2024", "-w", repo_workspace
    )
    assert "86.3%" in en
    assert "achieved" in en
    assert "Đã đạt" not in en


def test_json_is_the_same_in_both_languages(repo_workspace: Path) -> None:
    outputs = [
        invoke("check", "binh-duong", "--lang", lang, "-f", "json", "-w", repo_workspace)[1]
        for lang in ("vi", "en")
    ]
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])


def test_every_data_problem_of_the_corpus_speaks_vietnamese() -> None:
    ws = Workspace(FIXTURES / "data-ws")
    untranslated = []
    for path in sorted((FIXTURES / "invalid-data").glob("*.csv")):
        for problem in validate([path], ws).problems:
            if problem.code == "legacy.text":
                untranslated.append(f"{path.name}: {problem.message()}")
    assert untranslated == []


def test_validate_in_vietnamese(repo_workspace: Path) -> None:
    path = FIXTURES / "invalid-data" / "value-not-a-number.csv"
    code, out, _ = invoke("validate", path, "--lang", "vi", "-w", FIXTURES / "data-ws")
    assert code == 1
    assert "không phải số" in out
    assert "✗ 1 lỗi, 0 cảnh báo trong 1 tệp" in out


def test_trajectory_and_list_in_vietnamese(repo_workspace: Path) -> None:
    _, out, _ = invoke(
        "trajectory",
        "binh-phuoc",
        "dti-top10-2030",
        "--lang",
        "vi",
        "--as-of",
        "2024",
        "-w",
        repo_workspace,
    )
    assert "Kế hoạch" in out
    assert "hạng 25" in out
    assert "Đúng tiến độ" in out
    _, out, _ = invoke("list", "--lang", "vi", "-w", repo_workspace)
    assert "Sáp nhập" in out
