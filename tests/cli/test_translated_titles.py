"""A source written in English keeps its own title, and Vietnamese output names it by the
translation its target file gives (`title_vi`), marked as one (issue 15: the tally by plan
document listed English headlines under `--lang vi`)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from tests.conftest import Cli

from dxgap.targets.models import Source

MIC = "Vietnam aims to become a digital society by 2030"  # english.mic.gov.vn's headline
MIC_VI = "Việt Nam đặt mục tiêu trở thành xã hội số vào năm 2030"


def test_a_translated_title_is_shown_only_in_vietnamese_and_marked() -> None:
    src = Source.model_validate({"id": "mic", "title": MIC, "title_vi": MIC_VI})
    assert src.title_in("en") == MIC
    assert src.title_in("vi") == f"{MIC_VI} (dịch từ tiêu đề tiếng Anh)"
    own = Source.model_validate({"id": "nq", "title": "Nghị quyết 57-NQ/TW"})
    assert own.title_in("vi") == "Nghị quyết 57-NQ/TW"  # a Vietnamese title is the document's


def test_the_tally_by_plan_document_names_an_english_page_in_vietnamese(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # a title on one line
    code, out, err = cli("check", "vietnam", "--tally", "--lang", "vi", "-w", repo_workspace)
    assert code == 0, err
    flat = " ".join(out.replace("│", " ").split())
    assert f"{MIC_VI} (dịch từ tiêu đề tiếng Anh)" in flat
    assert MIC not in flat
    code, out, err = cli("check", "vietnam", "--tally", "--lang", "en", "-w", repo_workspace)
    assert code == 0, err
    assert MIC in " ".join(out.replace("│", " ").split())


def test_a_vietnamese_targets_sheet_names_the_source_in_vietnamese(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "vn.xlsx"
    args = ["vietnam", "-t", "targets", "--lang", "vi", "-o", out, "-w", repo_workspace]
    code, _, err = cli("export", *args)
    assert code == 0, err
    human = openpyxl.load_workbook(out).worksheets[0]
    shown = {c.value for row in human.iter_rows(min_row=2) for c in row}
    assert f"{MIC_VI} (dịch từ tiêu đề tiếng Anh)" in shown
    assert MIC not in shown
