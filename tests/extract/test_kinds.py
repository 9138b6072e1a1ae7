"""The kinds of failure a review on held-out texts found (issue 18): each instance it reported
is a case here, beside other wordings of the same kind.

1. a national target quoted before the province's own is no target of the province's;
2. a result written with a deadline-like frame (`Đến hết năm 2024 đã có …`) is a result;
3. a yearly target takes no deadline from a heading, only a standing window;
and a table of targets flattened to text, a line typed without diacritics, the held-out set.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest
from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract, read_path
from dxgap.text import Msg

REPO = Path(__file__).resolve().parents[2]


# --- 1. national targets quoted before the province's own ----------------------------------


def test_the_reviews_national_instance(matcher: Matcher) -> None:
    text = (
        "Nghị quyết 57 đặt mục tiêu đến năm 2030 kinh tế số đạt 30% GDP; "
        "tỉnh phấn đấu đạt 20% GRDP.\n"
    )
    (own,) = extract(text, matcher)
    assert (own.value, own.comparator, own.year) == (20.0, ">=", 2030)
    assert own.quote == "tỉnh phấn đấu đạt 20% GRDP"
    assert Msg("extract.check.national", word="GDP") not in own.checks
    # the national draft (--province vietnam) has the nation's
    assert triples(extract(text, matcher, national=True)) == [
        (30.0, ">=", 2030),
        (20.0, ">=", 2030),
    ]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (  # the Government's, then a province named as the subject of its own goal
            "Chính phủ đặt mục tiêu đến năm 2025 có 80% dịch vụ công trực tuyến toàn trình; "
            "Bắc Ninh đặt mục tiêu cao hơn, tối thiểu 90%.\n",
            [(90.0, ">=", 2025)],
        ),
        (  # a resolution of the Party's centre by its number's suffix, the country as subject
            "Theo Nghị quyết số 52-NQ/TW của Bộ Chính trị, đến năm 2025 kinh tế số của cả nước "
            "đạt 20% GDP; Thái Nguyên phấn đấu kinh tế số chiếm tối thiểu 25% GRDP.\n",
            [(25.0, ">=", 2025)],
        ),
        (  # a national strategy, then the province in a sentence of its own
            "Chiến lược quốc gia phát triển kinh tế số đặt mục tiêu kinh tế số chiếm 30% GDP vào "
            "năm 2030. Tỉnh phấn đấu kinh tế số chiếm 20% GRDP vào năm 2030.\n",
            [(20.0, ">=", 2030)],
        ),
        (  # the province after "Theo …" is the province's own
            "Theo Nghị quyết 57-NQ/TW, tỉnh phấn đấu đến năm 2030 có 100% người dân có danh "
            "tính số.\n",
            [(100.0, ">=", 2030)],
        ),
        (  # the province carrying out a national resolution: its own target
            "Thực hiện Nghị quyết 57-NQ/TW, phấn đấu đến năm 2030 có 100% người dân trưởng "
            "thành có danh tính số.\n",
            [(100.0, ">=", 2030)],
        ),
        (
            "Thực hiện chỉ đạo của Thủ tướng Chính phủ, phấn đấu năm 2025 có 80% hồ sơ được số "
            "hóa.\n",
            [(80.0, ">=", 2025)],
        ),
        (  # "Theo …" with no subject of the province's: the resolution's target
            "Theo Nghị quyết 57, đến năm 2030 kinh tế số đạt 30% GDP.\n",
            [],
        ),
        (  # a ministry's requirement quoted, then the province's own
            "Bộ Y tế yêu cầu 100% bệnh viện triển khai bệnh án điện tử trước ngày 30/9/2025; "
            "tỉnh phấn đấu đạt 100% bệnh viện tuyến tỉnh trước ngày 30/6/2025.\n",
            [(100.0, ">=", 2025)],
        ),
        (  # the national goal by name, then the province's own
            "Mục tiêu quốc gia đến năm 2025 là 80% dịch vụ công trực tuyến toàn trình, tỉnh "
            "phấn đấu đạt 90%.\n",
            [(90.0, ">=", 2025)],
        ),
        (  # the country as the subject of its own goal
            "Việt Nam phấn đấu nằm trong nhóm 50 quốc gia dẫn đầu về Chính phủ điện tử vào năm "
            "2025.\n",
            [],
        ),
        (  # the country in a company's name is no actor
            "Phấn đấu đến năm 2025, phối hợp với Tập đoàn Bưu chính Viễn thông Việt Nam phủ sóng "
            "4G đến 100% thôn.\n",
            [(100.0, ">=", 2025)],
        ),
        (  # a legal basis quoted with its target is the nation's
            "Căn cứ Quyết định số 749/QĐ-TTg, với mục tiêu đến năm 2025 có 80% dịch vụ công "
            "trực tuyến mức độ 4;\n",
            [],
        ),
        (  # the national portal named in an indicator is no national actor
            "Tỷ lệ hồ sơ nộp trực tuyến qua Cổng Dịch vụ công quốc gia đạt 70% vào năm 2025.\n",
            [(70.0, ">=", 2025)],
        ),
        (  # "cả nước" after the figure ranks the province among all: its own
            "Phấn đấu đến năm 2025 chỉ số DTI của tỉnh thuộc nhóm 20 tỉnh dẫn đầu cả nước, tỷ "
            "lệ hồ sơ trực tuyến đạt 60%.\n",
            [(20.0, "<=", 2025), (60.0, ">=", 2025)],
        ),
    ],
)
def test_national_targets_are_told_from_the_provinces(
    matcher: Matcher, text: str, facts: list[tuple[object, str, int]]
) -> None:
    assert triples(extract(text, matcher)) == facts


def test_a_list_under_a_national_intro_is_the_nations(matcher: Matcher) -> None:
    text = (
        "Chương trình Chuyển đổi số quốc gia đặt mục tiêu đến năm 2025:\n"
        "- 80% dịch vụ công trực tuyến mức độ 4;\n"
        "- 50% dân số có tài khoản thanh toán điện tử.\n"
        "Tỉnh phấn đấu đến năm 2025:\n"
        "- 85% dịch vụ công trực tuyến mức độ 4.\n"
    )
    assert triples(extract(text, matcher)) == [(85.0, ">=", 2025)]
    assert len(extract(text, matcher, national=True)) == 3


def test_a_share_of_gdp_alone_is_proposed_with_a_note(matcher: Matcher) -> None:
    """Without a national actor, `20% GDP` may be the province's economy loosely named: kept,
    with the note to check."""
    (p,) = extract("Phấn đấu đến năm 2025 kinh tế số chiếm 20% GDP.\n", matcher)
    assert Msg("extract.check.national", word="GDP") in p.checks


# --- 2. results with a deadline-like frame ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đến hết năm 2024 đã có 95% thôn được phủ sóng 4G.\n",
        "tính đến hết năm 2023 tỷ lệ số hóa kết quả giải quyết TTHC đạt 72%.\n",
        "Hà Tĩnh, ngày 12 tháng 12 năm 2025\nNăm 2024 tỷ lệ thanh toán không dùng tiền mặt đạt 80%.\n",
        "Sáng 15/3/2025, UBND tỉnh tổ chức hội nghị sơ kết.\n"
        "Theo báo cáo, năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt 52,3%.\n",
        "Hien nay ty le ho so truc tuyen toan trinh cua tinh dat 48%.\n",
    ],
)
def test_results_with_a_deadline_frame_are_results(matcher: Matcher, text: str) -> None:
    assert extract(text, matcher) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ thanh toán trực tuyến năm 2024 ước đạt 60%.\n",  # an estimate of a result
        "Kết quả năm 2024: tỷ lệ hồ sơ thực hiện đạt 56%.\n",
    ],
)
def test_estimates_and_what_was_carried_out_are_results(matcher: Matcher, text: str) -> None:
    assert extract(text, matcher) == []


def test_two_deadlines_in_a_sentence_worded_as_targets(matcher: Matcher) -> None:
    """The first figure is dated before the second, but its group says `Phấn đấu`: both are
    targets (not `Năm 2023 đạt 85%, kế hoạch năm 2024 là 90%`, where the first is a result)."""
    text = "Phấn đấu đến năm 2025, tỉnh có 80% hộ gia đình dùng cáp quang, đến năm 2030 đạt 100%.\n"
    found = extract(text, matcher)
    assert triples(found) == [(80.0, ">=", 2025), (100.0, ">=", 2030)]
    if found[1].new_indicator:  # a figure with no words of its own is named after the one before
        assert found[1].indicator_name == "Tỷ lệ hộ gia đình dùng cáp quang"


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ tiêu cụ thể:\n"
        "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 80% (năm 2025), 100% (năm 2030).\n",
        "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt từ 80% trở lên vào năm 2025 và 100% vào "
        "năm 2030.\n",
    ],
)
def test_milestones_side_by_side_are_all_targets(matcher: Matcher, text: str) -> None:
    found = extract(text, matcher)
    assert [(p.value, p.year) for p in found] == [(80.0, 2025), (100.0, 2030)]
    assert found[0].indicator == found[1].indicator == "full_process_online_services_rate"


def test_a_past_years_target_worded_as_one_is_kept(matcher: Matcher) -> None:
    """A report of 2025 restating the plan of 2024 (`Kế hoạch năm 2024 đặt mục tiêu …`): the
    wording says target, so the year before the document's does not make it a result."""
    text = (
        "Hà Tĩnh, ngày 12 tháng 01 năm 2025\n"
        "Kế hoạch năm 2024 đặt mục tiêu tỷ lệ thanh toán không dùng tiền mặt đạt 80%.\n"
    )
    assert triples(extract(text, matcher)) == [(80.0, ">=", 2024)]


def test_a_plan_of_the_same_year_keeps_its_targets(matcher: Matcher) -> None:
    text = (
        "Quảng Trị, ngày 20 tháng 01 năm 2025\n"
        "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.\n"
    )
    assert triples(extract(text, matcher)) == [(60.0, ">=", 2025)]


def test_a_report_noun_is_no_result(matcher: Matcher) -> None:
    """`kết quả giải quyết thủ tục` names what is digitised, it reports nothing; the item stays
    a target of the list and the list keeps its year."""
    text = (
        "Các chỉ tiêu năm 2025 như sau:\n"
        "a) Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt trên 85%;\n"
        "b) Tỷ lệ giao dịch không dùng tiền mặt đạt ít nhất 70%.\n"
    )
    assert triples(extract(text, matcher)) == [(85.0, ">", 2025), (70.0, ">=", 2025)]


# --- 3. yearly targets and a heading's year --------------------------------------------------


def test_a_yearly_target_takes_the_deadline_of_its_heading(matcher: Matcher) -> None:
    """Issue 18: a rate a year takes its year as any target does, from the heading that governs
    it (a rate to keep up every year until 2030), with a `# check:` that the year came from afar;
    no window of the plan is stated, so no first year is guessed."""
    text = (
        "2. Mục tiêu cụ thể đến năm 2030\n"
        "- Hằng năm, thu hút ít nhất 50 doanh nghiệp công nghệ số đăng ký thành lập mới.\n"
        "- Mỗi năm có thêm 10 sản phẩm OCOP được đưa lên sàn thương mại điện tử.\n"
        "- Tốc độ tăng trưởng kinh tế số bình quân đạt 15%/năm.\n"
        "- 100% người dân trưởng thành có danh tính số.\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.year, p.annual, p.from_year) for p in found] == [
        (50.0, 2030, True, None),
        (10.0, 2030, True, None),
        (15.0, 2030, True, None),
        (100.0, 2030, False, None),
    ]
    assert all(any(c.code == "extract.check.year_far" for c in p.checks) for p in found)


def test_a_standing_window_gives_a_yearly_target_its_years(matcher: Matcher) -> None:
    text = (
        "3. Chỉ tiêu duy trì trong giai đoạn 2026 – 2030\n"
        "- Hằng năm, tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 80% trở lên.\n"
    )
    (p,) = extract(text, matcher)
    assert (p.value, p.comparator, p.year, p.annual, p.from_year) == (80.0, ">=", 2030, True, 2026)


def test_a_yearly_target_of_its_own_window(matcher: Matcher) -> None:
    text = "Trong giai đoạn 2021 - 2025, hằng năm tỷ lệ hồ sơ quá hạn giải quyết không quá 2%.\n"
    (p,) = extract(text, matcher)
    assert (p.value, p.comparator, p.year, p.annual, p.from_year) == (2.0, "<=", 2025, True, 2021)


# --- a general goal is no yes/no task ---------------------------------------------------------


def test_a_state_described_is_no_task_to_finish(matcher: Matcher) -> None:
    text = (
        "Đến năm 2030, Lào Cai cơ bản trở thành tỉnh số, chính quyền số vận hành thông suốt.\n"
        "Dự kiến đến cuối năm 2025, tỉnh sẽ đưa vào vận hành Trung tâm giám sát an toàn thông tin.\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.year) for p in found] == [(True, 2025)]


# --- tables and lines without diacritics ------------------------------------------------------


def test_a_flattened_table(matcher: Matcher) -> None:
    text = (
        "STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2022 | Mục tiêu năm 2025 | Mục tiêu năm 2030\n"
        "1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 35 | 80 | 100\n"
        "2 | Số doanh nghiệp công nghệ số | Doanh nghiệp | 420 | 600 | 1.000\n"
        "Ghi chú: số liệu của Sở.\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.unit, p.year) for p in found] == [
        (80.0, "percent", 2025),
        (100.0, "percent", 2030),
        (600.0, "count", 2025),
        (1000.0, "count", 2030),
    ]
    assert found[0].quote == "1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 35 | 80 | 100"
    assert found[0].indicator == "full_process_online_services_rate"
    assert all(text[p.start : p.end] == p.quote for p in found)


def test_a_line_typed_without_diacritics(matcher: Matcher) -> None:
    (p,) = extract("Chi tieu nam 2026: ty le doanh nghiep su dung nen tang so dat 50%.\n", matcher)
    assert (p.value, p.comparator, p.year) == (50.0, ">=", 2026)


# --- the held-out set -------------------------------------------------------------------------


def test_the_held_out_set_scores_at_least_90_percent() -> None:
    """The texts written for testing in tests/extract/heldout/ (not real documents) against
    their hand-made keys: precision and recall of 90% or more, as the issue asks."""
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "extract_eval.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    row = next(line for line in done.stdout.splitlines() if line.startswith("overall (held-out)"))
    precision, recall = (int(cell.rstrip("%")) for cell in row.split()[5:7])
    assert precision >= 90, row
    assert recall >= 90, row


# --- 4. proposed names: a clean noun phrase from the quote ------------------------------------


@pytest.mark.parametrize(
    ("statement", "name"),
    [
        # the review's instance: never cut inside "không dùng tiền mặt"
        (
            "Phấn đấu tỷ lệ giao dịch không dùng tiền mặt đạt 50%",
            "Tỷ lệ giao dịch không dùng tiền mặt",
        ),
        (  # a phrase longer than the old 8 syllables is not cut inside "thương mại điện tử"
            "Đến năm 2025 có 60% hợp tác xã ứng dụng thương mại điện tử",
            "Tỷ lệ hợp tác xã ứng dụng thương mại điện tử",
        ),
        ("Mỗi năm đào tạo 500 người", "Số người"),  # not "Số người người"
        ("đào tạo 2.000 doanh nghiệp doanh nghiệp nhỏ và vừa", "Số doanh nghiệp nhỏ và vừa"),
        ("Đến năm 2025 có 3.000 người người dân được đào tạo", "Số người dân được đào tạo"),
        ("100% hộ gia đình được phủ sóng 4G", "Tỷ lệ hộ gia đình được phủ sóng 4G"),
        ("Kinh tế số chiếm 20% GRDP", "Tỷ trọng kinh tế số trong GRDP"),
        (  # the frame names no measure: the figure before in the sentence does
            "Mục tiêu toàn quốc là 50% dân số có chữ ký số; tỉnh đề ra mục tiêu 60%",
            "Tỷ lệ dân số có chữ ký số",
        ),
        ("Chỉ tiêu năm 2024 là 50%", "Tỷ lệ chỉ tiêu mới"),  # nothing to name it: a placeholder
        (  # the second of two milestones is named as the first
            "Tỷ lệ người dân có danh tính số đạt từ 80% trở lên vào năm 2025 và 100% vào năm 2030",
            "Tỷ lệ người dân có danh tính số",
        ),
        (  # a deadline ends the name
            "100% bệnh viện triển khai bệnh án điện tử trước ngày 30/9/2025",
            "Tỷ lệ bệnh viện triển khai bệnh án điện tử",
        ),
        (
            "hỗ trợ 1.000 hộ kinh doanh cá thể tham gia các sàn thương mại điện tử trong nước và "
            "quốc tế đạt hiệu quả",
            "Số hộ kinh doanh cá thể tham gia các sàn thương mại điện tử",
        ),
    ],
)
def test_a_new_indicators_name_is_a_clean_phrase(statement: str, name: str) -> None:
    from dxgap.extract.indicators import proposed, subject
    from dxgap.extract.numbers import quantities

    q = quantities(statement)[-1]
    _, got = proposed(subject(statement, q.start, q.end, statement, q.unit), q.unit)
    assert got == name
    words = got.lower().split()
    assert all(a != b for a, b in itertools.pairwise(words))


def test_a_table_header_with_bare_years(matcher: Matcher) -> None:
    """`Ước TH 2024 | KH 2025`: a bare year in a header names its column; the estimate of a
    result is no target; a rank's unit is `Xếp hạng`."""
    text = (
        "TT\tChỉ tiêu\tĐơn vị\tƯớc TH 2024\tKH 2025\n"
        "1\tChỉ số chuyển đổi số cấp tỉnh (DTI)\tXếp hạng\t3\t1\n"
        "2\tTỷ lệ hồ sơ trực tuyến toàn trình\t%\t55\t70\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.unit, p.comparator, p.year) for p in found] == [
        (1.0, "rank", "<=", 2025),
        (70.0, "percent", ">=", 2025),
    ]


def test_a_target_in_brackets_after_a_result(matcher: Matcher) -> None:
    text = (
        "Năm 2023 đã đạt 100% cơ quan kết nối mạng truyền số liệu chuyên dùng (chỉ tiêu năm 2025 "
        "là 100%).\n"
    )
    (p,) = extract(text, matcher)  # the 2023 result is left out
    assert (p.value, p.year) == (100.0, 2025)


def test_an_html_table_keeps_its_rows(matcher: Matcher) -> None:
    """A table on a web page: a line per row, its cells parted by ` | `, read as a table."""
    from dxgap.extract import from_bytes

    html = (
        "<html><body><h2>Phụ lục chỉ tiêu</h2><table>"
        "<tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Mục tiêu năm 2025</th></tr>"
        "<tr><td>1</td><td>Tỷ lệ dịch vụ công trực tuyến toàn trình</td><td>%</td><td>80</td></tr>"
        "</table></body></html>"
    ).encode()
    doc = from_bytes(html, "plan.html", html=True)
    assert "1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 80" in doc.text
    (p,) = extract(doc.text, matcher)
    assert (p.value, p.unit, p.year) == (80.0, "percent", 2025)


def test_held_out_quotes_are_the_texts_own_and_quick(matcher: Matcher) -> None:
    import time

    held = (REPO / "tests" / "extract" / "heldout").glob("[0-9]*.*")
    for path in sorted(p for p in held if p.suffix in (".txt", ".md", ".html")):
        text = read_path(path).text
        key = path.with_suffix(".yaml").read_text(encoding="utf-8")
        national = "national: true" in key
        began = time.perf_counter()
        found = extract(text, matcher, national=national)
        assert time.perf_counter() - began < 1.0, path.name  # well under a second an article
        assert found or "keys: []" in key, path.name  # a report of results alone has no target
        for p in found:
            assert text[p.start : p.end] == p.quote, (path.name, p.quote)


@pytest.mark.parametrize(
    "text",
    [
        "Đến ngày 31/12/2025, phấn đấu 100% hồ sơ được số hóa.\n",
        "Phấn đấu đến hết quý IV/2025 có 100% hộ gia đình có cáp quang.\n",
        "Chậm nhất trong tháng 6/2025, hoàn thành 100% việc cấp chữ ký số cho cán bộ.\n",
    ],
)
def test_a_deadline_written_as_a_day_or_a_part_of_a_year(matcher: Matcher, text: str) -> None:
    assert triples(extract(text, matcher)) == [(100.0, ">=", 2025)]


def test_as_of_a_day_is_a_result(matcher: Matcher) -> None:
    assert extract("Tính đến ngày 30/11/2024, toàn tỉnh có 95% xã có cáp quang.\n", matcher) == []


def test_a_table_from_a_pdfs_text_with_columns_of_spaces(matcher: Matcher) -> None:
    """Columns kept by runs of spaces; a bare year beside `Mục tiêu 2025` holds a measurement;
    a sentence after the table, with runs of spaces in it too, is read as a sentence."""
    text = (
        "STT   Chỉ tiêu                                   Đơn vị   Năm 2023   Mục tiêu 2025\n"
        "1     Tỷ lệ dịch vụ công trực tuyến toàn trình   %        40         80\n"
        "2     Số doanh nghiệp công nghệ số               DN       300        500\n"
        "Phấn đấu  đến năm 2025  có 80% xã có cáp quang.\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.unit, p.year) for p in found] == [
        (80.0, "percent", 2025),
        (500.0, "count", 2025),
        (80.0, "percent", 2025),
    ]
    assert found[2].quote == "Phấn đấu  đến năm 2025  có 80% xã có cáp quang"


def test_a_sentence_with_a_year_and_runs_of_spaces_is_no_header(matcher: Matcher) -> None:
    text = "Phấn đấu  đến năm 2025  tỷ lệ hồ sơ trực tuyến đạt 80%.\n"
    assert triples(extract(text, matcher)) == [(80.0, ">=", 2025)]


def test_a_yearly_target_holds_over_the_titles_window(matcher: Matcher) -> None:
    """A plan for `giai đoạn 2021 - 2025`: its yearly rates hold every year of the window, even
    under a heading `Mục tiêu đến năm 2025`; a level per person per year is no yearly rate, and
    a figure after a yearly one in its clause is not yearly for it."""
    text = (
        "KẾ HOẠCH PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ GIAI ĐOẠN 2021 - 2025\n"
        "1. Mục tiêu đến năm 2025\n"
        "a) 55% dân số tham gia mua sắm trực tuyến, với giá trị mua sắm đạt 600 USD/người/năm;\n"
        "b) Doanh số thương mại điện tử B2C tăng trưởng 25%/năm, đạt 35 tỷ USD.\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.year, p.annual, p.from_year) for p in found] == [
        (55.0, 2025, False, None),
        (0.0006, 2025, False, None),
        (25.0, 2025, True, 2021),
        (35000.0, 2025, False, None),
    ]


def test_a_report_s_sections_set_the_stance_and_the_year(matcher: Matcher) -> None:
    """`Kết quả giai đoạn trước` and `Tồn tại` hold results; `mới đạt 30% (kế hoạch 40%)`: the
    30% is a result (the bracket's `kế hoạch` speaks for the 40% only); `Phương hướng năm 2025`
    gives its list the year."""
    text = (
        "2. Kết quả giai đoạn trước\n"
        "Năm 2020, doanh số thương mại điện tử B2C đạt 11,8 tỷ USD.\n"
        "3. Tồn tại\n"
        "Tỷ lệ doanh nghiệp sử dụng nền tảng số mới đạt 30% (kế hoạch 40%).\n"
        "4. Phương hướng năm 2025\n"
        "4.1. Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số đạt 45%.\n"
    )
    assert [(p.value, p.year) for p in extract(text, matcher)] == [(40.0, None), (45.0, 2025)]


def test_comparators_typed_without_diacritics(matcher: Matcher) -> None:
    text = (
        "Tinh phan dau den nam 2025 co toi thieu 70% ho so truc tuyen toan trinh; ty le nguoi "
        "dan co tai khoan thanh toan dien tu tren 80%; ty le ho so tre han khong qua 2%.\n"
    )
    assert triples(extract(text, matcher)) == [
        (70.0, ">=", 2025),
        (80.0, ">", 2025),
        (2.0, "<=", 2025),
    ]


def test_a_count_written_with_english_thousands(matcher: Matcher) -> None:
    """`1,200 doanh nghiệp`: no 1.2 of a firm; read as 1200 and marked for checking."""
    (p,) = extract(
        "Năm 2025 tỉnh phấn đấu có thêm 1,200 doanh nghiệp sử dụng nền tảng số.\n", matcher
    )
    assert (p.value, p.unit) == (1200.0, "count")
    assert Msg("extract.check.number", text="1,200") in p.checks


def test_a_task_a_directive_sets(matcher: Matcher) -> None:
    text = (
        "Ban Chỉ đạo yêu cầu các huyện còn lại hoàn thành việc lắp đặt hệ thống họp trực tuyến "
        "đến cấp xã trước ngày 30/9/2024.\n"
    )
    assert [(p.value, p.year) for p in extract(text, matcher)] == [(True, 2024)]
