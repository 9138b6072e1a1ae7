"""Targets told from results, years from the governing text, exact quotes, the JSON keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.extract.helpers import triples

from dxgap.extract import JSON_KEYS, Matcher, extract, read_path
from dxgap.extract.render import to_json
from dxgap.text import Msg

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "tests" / "fixtures" / "extract").glob("*.txt"))


def test_a_target_is_kept_and_a_result_left_out(matcher: Matcher) -> None:
    text = (
        "Tính đến nay, tỷ lệ hồ sơ trực tuyến đã đạt 76%. "
        "Phấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.\n"
    )
    assert triples(extract(text, matcher)) == [(80.0, ">=", 2025)]


@pytest.mark.parametrize(
    "result",
    [
        "Tỉnh hiện có 100% xã có cáp quang.\n",
        "Năm 2023, tỷ lệ hồ sơ trực tuyến đã đạt 76%.\n",
        "Tỉnh có khoảng 65.000 doanh nghiệp, trong đó có trên 45.000 doanh nghiệp sử dụng nền tảng số.\n",
        "Chỉ số DTI năm 2021 xếp thứ 63/63 tỉnh, thành phố.\n",
        "Từ năm 2019 đến nay, tỉnh đã phân bổ hơn 844 tỷ đồng cho các dự án.\n",
    ],
)
def test_results_are_no_targets(matcher: Matcher, result: str) -> None:
    assert extract(result, matcher) == []


def test_a_list_under_its_intro_takes_the_intros_year(matcher: Matcher) -> None:
    text = (
        "Mục tiêu cụ thể đến năm 2025: 100% hồ sơ công việc cấp tỉnh được xử lý trên môi "
        "trường mạng; tối thiểu 50% hoạt động kiểm tra được thực hiện qua môi trường số.\n"
    )
    assert triples(extract(text, matcher)) == [(100.0, ">=", 2025), (50.0, ">=", 2025)]


def test_before_a_year_is_the_year_before(matcher: Matcher) -> None:
    found = extract("Trước năm 2023, hình thành Trung tâm điều hành đô thị thông minh.\n", matcher)
    assert triples(found) == [(True, None, 2022)]


def test_a_period_gives_its_last_year_and_a_standing_window(matcher: Matcher) -> None:
    text = "Trong giai đoạn 2025 – 2030, tỉnh phấn đấu duy trì trong nhóm 10 tỉnh dẫn đầu về chỉ số chuyển đổi số.\n"
    (p,) = extract(text, matcher)
    assert (p.value, p.unit, p.comparator, p.year, p.annual, p.from_year) == (
        10.0, "rank", "<=", 2030, True, 2025,
    )  # fmt: skip
    assert p.indicator == "dti_rank"


def test_yearly_rate(matcher: Matcher) -> None:
    (p,) = extract("Phấn đấu mỗi năm chuyển đổi số 20% khối lượng thủ tục hành chính.\n", matcher)
    assert (p.value, p.annual, p.year) == (20.0, True, None)


def test_a_range_and_approximate_wording(matcher: Matcher) -> None:
    (p,) = extract("Đến năm 2030, kinh tế số chiếm khoảng 25% – 30% GRDP.\n", matcher)
    assert (p.value, p.value_max, p.approx, p.year) == (25.0, 30.0, True, 2030)


def test_no_year_stated_is_null(matcher: Matcher) -> None:
    (p,) = extract(
        "Trong thời gian tới, tỉnh sẽ cung cấp 65% dịch vụ công trực tuyến toàn trình.\n", matcher
    )
    assert (p.value, p.year, p.indicator) == (65.0, None, "full_process_online_services_rate")


def test_an_unknown_indicator_is_proposed_new(matcher: Matcher) -> None:
    (p,) = extract(
        "Đến năm 2025, phấn đấu 90% hợp tác xã nông nghiệp bán hàng qua mạng.\n", matcher
    )
    assert p.new_indicator
    assert p.indicator
    assert p.indicator.endswith("_rate")
    assert p.indicator_name
    assert p.indicator_name.startswith("Tỷ lệ")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_quotes_are_exact_substrings(matcher: Matcher, path: Path) -> None:
    doc = read_path(path)
    for p in extract(doc.text, matcher, qualitative=True):
        assert doc.text[p.start : p.end] == p.quote
        assert p.quote.strip() == p.quote
        assert p.quote


def test_json_has_exactly_the_keys_of_the_issue(matcher: Matcher) -> None:
    doc = read_path(SEEDS[2])
    rows = json.loads(to_json(extract(doc.text, matcher)))
    assert rows
    expected = "quote value value_max unit comparator approx year annual indicator indicator_score start end"
    assert all(list(row) == expected.split() for row in rows)
    assert list(JSON_KEYS) == expected.split()
    assert rows[0]["value"] == 38
    assert rows[1]["value"] == 7000


@pytest.mark.parametrize(
    "not_a_target",
    [
        "Năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%, vượt chỉ tiêu đề ra.\n",
        "Theo Nghị quyết số 12-NQ/TU về chuyển đổi số đến năm 2025, tỉnh đã đạt 60% chỉ tiêu.\n",
        "Tỉnh đề nghị Bộ Thông tin và Truyền thông hỗ trợ 20 tỷ đồng xây dựng trung tâm dữ liệu.\n",
        "Bộ TTTT sẽ ban hành hướng dẫn cho 63 tỉnh, thành phố trước năm 2024.\n",
        "Chuyển đổi số giúp doanh nghiệp giảm 30% chi phí.\n",
    ],
)
def test_results_requests_and_effects_are_no_targets(matcher: Matcher, not_a_target: str) -> None:
    assert extract(not_a_target, matcher) == []


def test_a_numbered_plan_keeps_its_sections_year(matcher: Matcher) -> None:
    text = (
        "2. Mục tiêu cụ thể đến năm 2025\n"
        "a) Phát triển chính quyền số\n"
        "- 90% hồ sơ công việc tại cấp tỉnh, 80% hồ sơ công việc tại cấp huyện và 60% hồ sơ "
        "công việc tại cấp xã được xử lý trên môi trường mạng;\n"
        "3. Định hướng đến năm 2030\n"
        "- Kinh tế số chiếm 30% GRDP.\n"
    )
    found = extract(text, matcher)
    assert triples(found) == [
        (90.0, ">=", 2025), (80.0, ">=", 2025), (60.0, ">=", 2025), (30.0, ">=", 2030),
    ]  # fmt: skip
    assert found[2].quote.startswith("60% hồ sơ")  # the list's "và" is no part of the quote
    assert [p.indicator for p in found[1:3]] == [
        "work_records_online_rate_district_level",
        "work_records_online_rate_commune_level",
    ]


def test_a_change_in_percentage_points_is_no_level(matcher: Matcher) -> None:
    (p,) = extract("Hằng năm, tỷ trọng kinh tế số tăng bình quân 1,5 điểm phần trăm.\n", matcher)
    assert (p.value, p.unit, p.annual, p.new_indicator) == (1.5, "percent_points", True, True)


def test_a_report_section_is_read_as_results(matcher: Matcher) -> None:
    text = (
        "II. Tình hình thực hiện năm 2024\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 55,3%, thấp hơn mục tiêu 60% đề ra.\n"
    )
    assert extract(text, matcher) == []


def test_a_national_target_is_left_out_and_the_province_follows_it(matcher: Matcher) -> None:
    """A province's draft holds the province's targets: the nation's, quoted first, is left out
    (the national draft, --province vietnam, has it); the province's own borrows its year and
    its indicator."""
    text = (
        "Theo Quyết định 749/QĐ-TTg, đến năm 2025 cả nước có 80% dịch vụ công trực tuyến mức "
        "độ 4. Tỉnh phấn đấu đạt 85%.\n"
    )
    (own,) = extract(text, matcher)
    assert (own.value, own.year, own.indicator) == (85.0, 2025, "procedures_online_level4_rate")
    nation, _ = extract(text, matcher, national=True)
    assert (nation.value, nation.year, nation.indicator) == (
        80.0, 2025, "procedures_online_level4_rate",
    )  # fmt: skip


def test_a_fraction_is_a_share_and_a_date_is_not(matcher: Matcher) -> None:
    (p,) = extract(
        "Đến năm 2025, có ít nhất 2/3 số doanh nghiệp nhỏ và vừa sử dụng nền tảng số.\n", matcher
    )
    assert (p.value, p.unit, p.comparator) == (66.7, "percent", ">=")
    assert extract("Ngày 2/3 tỉnh sẽ tổ chức hội nghị.\n", matcher) == []


def test_the_ministrys_promise_is_the_nations_target_not_the_provinces(matcher: Matcher) -> None:
    text = "Bộ Thông tin và Truyền thông sẽ phấn đấu đến năm 2025 có 80% dịch vụ công trực tuyến toàn trình.\n"
    assert extract(text, matcher) == []
    (p,) = extract(text, matcher, national=True)
    assert (p.value, p.year, p.checks) == (80.0, 2025, (Msg("extract.check.comparator"),))


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 85%; phấn đấu năm 2025 đạt 90%.\n",
        "Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 85%, kế hoạch năm 2025 là 90%.\n",
    ],
)
def test_the_figure_before_the_deadline_is_where_things_stand(matcher: Matcher, text: str) -> None:
    assert triples(extract(text, matcher)) == [(90.0, ">=", 2025)]


def test_a_change_is_marked(matcher: Matcher) -> None:
    (p,) = extract("Phấn đấu đến năm 2025, năng suất lao động tăng 20% so với năm 2020.\n", matcher)
    assert (p.value, p.year) == (20.0, 2025)
    assert Msg("extract.check.change") in p.checks


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Tỷ lệ hồ sơ trực tuyến đạt 80% vào năm 2025.\n", [(80.0, ">=", 2025)]),
        ("Đến cuối năm 2025, 100% xã có cáp quang.\n", [(100.0, ">=", 2025)]),
        ("Tính đến hết năm 2023, 95% xã có cáp quang.\n", []),
        ("Vào năm 2021, tỉnh đã đạt 50%.\n", []),
    ],
)
def test_deadline_wording_against_reporting_wording(
    matcher: Matcher, text: str, facts: list[tuple[float, str, int]]
) -> None:
    assert triples(extract(text, matcher)) == facts
