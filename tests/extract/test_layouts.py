"""Layouts a review on held-out texts 30-39 found read wrong (issue 18): a table whose rows are
grouped under rows such as `II  KINH TẾ SỐ`, a PDF's text with its lines broken inside a
sentence, a plan's title broken over lines under its kind (`KẾ HOẠCH`)."""

from __future__ import annotations

from pathlib import Path

from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract
from dxgap.extract.segment import MAX_SENTENCE, paragraphs

REPO = Path(__file__).resolve().parents[2]


def test_a_table_goes_on_under_a_row_naming_a_group(matcher: Matcher) -> None:
    """Columns kept by runs of spaces; `I  CHÍNH QUYỀN SỐ` and `II  KINH TẾ SỐ` name the groups
    of rows, they do not end the table; `Hiện trạng năm 2024` holds results."""
    text = (
        "STT   Chỉ tiêu                         Đơn vị tính   Hiện trạng năm 2024   "
        "Mục tiêu năm 2025   Mục tiêu năm 2030\n"
        "I     CHÍNH QUYỀN SỐ\n"
        "1     Tỷ lệ hồ sơ trực tuyến toàn trình   %             31                    "
        "50                  ≥ 80\n"
        "II    KINH TẾ SỐ\n"
        "2     Xếp hạng chỉ số DTI                 Hạng          38/63                 "
        "Top 30              Top 20\n"
    )
    assert triples(extract(text, matcher)) == [
        (50.0, ">=", 2025),
        (80.0, ">=", 2030),
        (30.0, "<=", 2025),
        (20.0, "<=", 2030),
    ]


def test_a_sentence_after_a_table_ends_it(matcher: Matcher) -> None:
    """A line of prose after the table is read as prose: its figure is no cell of a column."""
    text = (
        "STT | Chỉ tiêu | Đơn vị | Mục tiêu năm 2025\n"
        "1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 50\n"
        "Ghi chú: năm 2023 tỉnh đã đạt 20%.\n"
    )
    assert triples(extract(text, matcher)) == [(50.0, ">=", 2025)]


def test_lines_a_pdf_broke_inside_a_sentence_are_one_paragraph() -> None:
    text = (
        "1. Phấn đấu đến hết năm 2025, tỷ lệ hồ sơ được\n"
        "tiếp nhận trực tuyến đạt tối thiểu 45 % trên tổng\n"
        "số hồ sơ.\n"
        "2. Tỷ lệ hài lòng với thủ tục hành chí-\n"
        "nh đạt trên 90 %.\n"
        "a) Mục tiêu chung:\n"
        "b) bảo đảm an toàn\n"
    )
    lines = [p.of(text) for p in paragraphs(text)]
    assert lines == [
        "1. Phấn đấu đến hết năm 2025, tỷ lệ hồ sơ được\ntiếp nhận trực tuyến đạt tối thiểu 45 % "
        "trên tổng\nsố hồ sơ",
        "2. Tỷ lệ hài lòng với thủ tục hành chí-\nnh đạt trên 90 %",
        "a) Mục tiêu chung",
        "b) bảo đảm an toàn",
    ]


def test_a_target_over_a_broken_line_is_found_with_its_quote(matcher: Matcher) -> None:
    text = (
        "Cà Mau, ngày 06 tháng 01 năm 2025\n"
        "1. Phấn đấu đến hết năm 2025, tỷ lệ hồ sơ thủ tục hành chính được\n"
        "tiếp nhận và giải quyết trực tuyến toàn trình đạt tối thiểu 45 % trên tổng\n"
        "số hồ sơ.\n"
    )
    (p,) = extract(text, matcher)
    assert (p.value, p.comparator, p.year) == (45.0, ">=", 2025)
    assert text[p.start : p.end] == p.quote
    assert "45 %" in p.quote


def test_a_plans_title_broken_over_lines_gives_its_year(matcher: Matcher) -> None:
    """The lines under `KẾ HOẠCH` name the plan: `Cà Mau năm 2025` gives the year of targets
    that state none; a meeting's date under `NGHỊ QUYẾT` does not."""
    plan = (
        "KẾ HOẠCH\n"
        "Phát triển chính quyền số và bảo đảm an toàn thông tin mạng tỉnh\n"
        "Cà Mau năm 2025\n"
        "I. MỤC TIÊU\n"
        "2. 100% cơ quan nhà nước cấp tỉnh được giám sát an toàn thông tin mạng.\n"
    )
    assert triples(extract(plan, matcher)) == [(100.0, ">=", 2025)]
    meeting = (
        "NGHỊ QUYẾT\n"
        "Phiên họp Chính phủ thường kỳ tháng 3 năm 2024\n"
        "1. Cắt giảm tối thiểu 20% thời gian tuân thủ thủ tục hành chính.\n"
    )
    assert triples(extract(meeting, matcher, national=True)) == [(20.0, ">=", None)]


def test_a_range_in_a_tables_cell(matcher: Matcher) -> None:
    text = (
        "STT | Chỉ tiêu | Đơn vị | Mục tiêu năm 2025 | Mục tiêu năm 2030\n"
        "1 | Tỷ lệ dân số trưởng thành có chữ ký số cá nhân | % | 30 | 70-80\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.value_max, p.year) for p in found] == [
        (30.0, None, 2025),
        (70.0, 80.0, 2030),
    ]


def test_a_run_of_unclosed_lines_is_not_joined_without_end() -> None:
    """Lines with no mark to end them (a broken conversion, a hostile input) are joined only up
    to a sentence's longest length, so that reading time grows with the text, not its square."""
    text = "tỷ lệ hồ sơ trực tuyến đạt 80%\n" * 1000
    paras = paragraphs(text)
    assert len(paras) > 1
    assert max(p.end - p.start for p in paras) <= MAX_SENTENCE


def test_short_lower_case_lines_are_read_line_by_line() -> None:
    """A PDF breaks a line at the page's width: a lower-case line goes on a long one before it,
    not on a short one (a list of words, a broken conversion), so a run of short lines is not
    read as one long sentence."""
    text = "danh sách xã\nphường một\nthị trấn hai\n"
    assert [p.of(text) for p in paragraphs(text)] == ["danh sách xã", "phường một", "thị trấn hai"]
