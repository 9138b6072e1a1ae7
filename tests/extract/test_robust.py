"""Whatever the text, extract raises nothing, quotes are the text's own characters, and the YAML
it writes is a target file `dxgap validate` accepts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from dxgap.cli import app
from dxgap.extract import Matcher, extract

REPO = Path(__file__).resolve().parents[2]
DOCS = sorted((REPO / "tests" / "fixtures" / "extract").glob("[0-9s]*.*[td]")) + sorted(
    p
    for p in (REPO / "tests" / "extract" / "heldout").glob("[0-9]*.*")
    if p.suffix in (".txt", ".md", ".html")
)

FRAGMENTS = [
    "Phấn đấu đến năm 2025", "tối thiểu 80%", "trên 7.000 doanh nghiệp", "đã đạt 76%",
    "giai đoạn 2021 – 2025", "trước năm 2023", "khoảng 25% – 30%", "nhóm 10 tỉnh dẫn đầu",
    "hằng năm", "Quyết định 749/QĐ-TTg", "1,2 triệu dân", "333 tỷ đồng", ";", ":", ",", ".",
    "\n", "Mục tiêu cụ thể:", "- ", "a) ", "(", ")", "2/3 số xã", "không quá 5%", "xếp thứ 12/63",
    "Bộ TTTT sẽ", "đề nghị", "toàn bộ dịch vụ công", "…", "“", "”", "50 – 60%", "năm2025",
    " | ", "\t", "Mục tiêu năm 2025", "KH 2030", "Đơn vị", "%", "Thực hiện năm 2022", "1.000",
    "Nghị quyết 57-NQ/TW đặt mục tiêu", "cả nước", "GRDP", "GDP", "đã có", "Hà Nội, ngày 5/1/2025",
    "Chi tieu nam 2026", "(chỉ tiêu năm 2025 là 100%)", "hằng năm", "Xếp hạng",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=30))
def test_any_text(matcher: Matcher, parts: list[str]) -> None:
    text = " ".join(parts)
    for p in extract(text, matcher, qualitative=True):
        assert text[p.start : p.end] == p.quote
        assert p.quote


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_draft_validates(tmp_path: Path, doc: Path) -> None:
    (tmp_path / "targets").mkdir()
    shutil.copy(REPO / "targets" / "indicators.yaml", tmp_path / "targets")
    out = tmp_path / "targets" / "binh-phuoc.yaml"
    args = ["extract", str(doc), "-p", "binh-phuoc", "--source-id", "doc", "--qualitative"]
    done = CliRunner().invoke(app, [*args, "-w", str(tmp_path), "-o", str(out)])
    assert done.exit_code == 0, done.output
    valid = CliRunner().invoke(app, ["validate", str(out), "-w", str(tmp_path), "--lang", "en"])
    assert valid.exit_code == 0, valid.output


def test_a_long_line_of_figures_takes_linear_time(matcher: Matcher) -> None:
    """No full stop in 20,000 characters and a figure every 20: read in pieces of bounded
    length, so the time grows with the text, not its square (seconds, not minutes)."""
    import time

    text = "80% doanh nghiệp sẽ " * 1000
    began = time.perf_counter()
    found = extract(text, matcher)
    assert len(found) == 1000
    assert time.perf_counter() - began < 30
