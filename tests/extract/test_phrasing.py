"""Wordings a review on held-out texts 30-39 found read wrong (issue 18): a bound under a
negation (`không để … quá 2%`, `Không có đơn vị … dưới 80%`), multiples (`gấp 2,5 lần`, `gấp
đôi`), places gained in a ranking (`tăng ít nhất 5 bậc`), a growth `so với` a base under a
section of targets, a deadline typed without diacritics (`truoc ngay 31/12/2025`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract
from dxgap.extract.numbers import quantities
from dxgap.extract.wording import comparison, years

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Các sở, ngành không để tình trạng hồ sơ trễ hạn quá ", "<="),
        ("khong de ty le ho so tre han vuot qua ", "<="),
        ("Không có đơn vị cấp huyện xếp loại chỉ số cải cách hành chính dưới ", ">="),
        ("không cho phép tỷ lệ hồ sơ quá hạn trên ", "<="),
        ("tỷ lệ hồ sơ không quá ", "<="),  # the phrase itself, as before
        ("tỷ lệ hồ sơ xử lý không giấy trên ", ">"),  # paperless: no negation of the bound
        ("tỷ lệ thanh toán không dùng tiền mặt dưới ", "<"),
    ],
)
def test_a_negation_turns_the_bound_after_it(before: str, expected: str) -> None:
    assert comparison(before, "%.").comparator == expected


def test_multiples_and_places_are_quantities() -> None:
    facts = [
        (q.value, q.unit)
        for text in (
            "Doanh thu thương mại điện tử gấp 2,5 lần so với năm 2025.",
            "Số doanh nghiệp công nghệ số tăng gấp đôi so với năm 2025.",
            "Chỉ số DTI của tỉnh cải thiện tối thiểu 10 bậc so với năm 2023.",
            "Chỉ số PAR INDEX: phấn đấu tăng ít nhất 5 bậc.",
        )
        for q in quantities(text)
    ]
    assert facts == [(2.5, "times"), (2.0, "times"), (10.0, "places"), (5.0, "places")]


def test_a_growth_on_a_base_under_a_section_of_targets(matcher: Matcher) -> None:
    """Under `1. Đến năm 2025`, `tăng 15% so với năm 2023` is the target (its base year is no
    deadline); beside a target it restates (`đạt 85%, tăng 15% so với năm 2024`) it is none;
    in a section of results it is a result."""
    plan = (
        "ĐỀ ÁN\nPhát triển kinh tế số tỉnh Bà Rịa - Vũng Tàu đến năm 2030\n"
        "1. Đến năm 2025\n"
        "a) Doanh thu thương mại điện tử tăng 15% so với năm 2023.\n"
        "2. Đến năm 2030\n"
        "a) Doanh thu thương mại điện tử gấp 2,5 lần so với năm 2025.\n"
        "b) Tỷ lệ dịch vụ công trực tuyến toàn trình đạt 85%, tăng 15% so với năm 2024.\n"
    )
    assert triples(extract(plan, matcher)) == [
        (15.0, ">=", 2025),
        (2.5, ">=", 2030),
        (85.0, ">=", 2030),
    ]
    report = (
        "Hậu Giang, ngày 18 tháng 12 năm 2024\nBÁO CÁO\nI. KẾT QUẢ THỰC HIỆN\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 ước đạt 41,2%, tăng 15% so với năm 2023.\n"
    )
    assert extract(report, matcher) == []


def test_places_gained_in_a_plan_and_in_a_report(matcher: Matcher) -> None:
    text = (
        "Năm 2024, tỉnh xếp hạng 25/63 về chỉ số DTI, tăng 9 bậc so với năm 2023.\n"
        "II. MỤC TIÊU NĂM 2025\n"
        "1. Chỉ số PAR INDEX: phấn đấu tăng ít nhất 5 bậc, nằm trong top 30 của cả nước.\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.unit, p.comparator, p.year) for p in found] == [
        (5.0, "places", ">=", 2025),
        (30.0, "rank", "<=", 2025),
    ]


def test_a_deadline_typed_without_diacritics() -> None:
    (ref,) = years("hoan thanh viec so hoa ho so ho tich truoc ngay 31/12/2025")
    assert (ref.year, ref.kind) == (2025, "before")


def test_a_ceiling_in_a_line_without_diacritics(matcher: Matcher) -> None:
    text = (
        "Ngày 25/02/2025, Ban Chỉ đạo tổ chức hội nghị.\n"
        "Phat bieu ket luan, Pho Chu tich UBND tinh yeu cau cac dia phuong hoan thanh viec so hoa "
        "ho so ho tich truoc ngay 31/12/2025 va khong de ty le ho so tre han vuot qua 1%.\n"
    )
    assert (1.0, "<=", 2025) in triples(extract(text, matcher))


def test_a_section_of_results_holds_against_weak_words(matcher: Matcher) -> None:
    """Under `I. KẾT QUẢ THỰC HIỆN` a sentence with a weak word of plans (`đưa sản phẩm lên
    sàn`, `ban hành kế hoạch`) or a deadline's frame (`đến năm 2023 đạt`) reports; a sentence
    that commits in strong words (`đặt mục tiêu`) still states a target, and a list's intro
    (`Nhiệm vụ năm 2025:`) opens one."""
    text = (
        "Hậu Giang, ngày 18 tháng 12 năm 2024\n"
        "I. KẾT QUẢ THỰC HIỆN\n"
        "1. Kinh tế số\n"
        "Toàn tỉnh có 2.150 doanh nghiệp dùng hóa đơn điện tử, 35 hợp tác xã đưa sản phẩm lên sàn.\n"
        "2. Xã hội số\n"
        "Có 87% hộ gia đình có đường Internet cáp quang.\n"
        "Doanh thu năm 2020 đạt 3.200 tỷ đồng; đến năm 2023 đạt 5.100 tỷ đồng. Có 780.000 thuê "
        "bao điện thoại thông minh.\n"
        "Năm 2024, cả nước có 63/63 tỉnh đã ban hành kế hoạch chuyển đổi số; tỷ lệ hồ sơ trực "
        "tuyến toàn trình đạt 35,5%.\n"
        "Kế hoạch năm 2024 đặt mục tiêu 60% hồ sơ trực tuyến toàn trình.\n"
        "Nhiệm vụ năm 2025:\n"
        "- Tỷ lệ hộ gia đình có đường Internet cáp quang đạt 90%.\n"
    )
    assert triples(extract(text, matcher)) == [(60.0, ">=", 2024), (90.0, ">=", 2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age that qualifies the people counted, typed without diacritics
        ("100% nguoi dan tu du 14 tuoi tro len duoc cap tai khoan", [(100.0, "percent")]),
        # a model's name
        ("100% cơ quan được giám sát an toàn thông tin theo mô hình 4 lớp", [(100.0, "percent")]),
        # a duration in working days is a quantity; a date's day is not
        ("xuống còn không quá 03 ngày làm việc đối với thủ tục đơn giản", [(3.0, "count")]),
        ("họp vào 15 ngày cuối quý", []),
    ],
)
def test_numbers_that_are_and_are_not_quantities(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == expected


def test_milestones_after_the_documents_date_are_targets(matcher: Matcher) -> None:
    """In a resolution of 2025, `năm 2026 đạt 9%; năm 2028 đạt 12%; năm 2030 đạt tối thiểu
    15%` are three targets, not two standings and a target."""
    text = (
        "Phú Yên, ngày 10 tháng 7 năm 2025\n"
        "2. Tỷ trọng kinh tế số trong GRDP: năm 2026 đạt 9%; năm 2028 đạt 12%; năm 2030 đạt tối "
        "thiểu 15%.\n"
    )
    assert triples(extract(text, matcher)) == [
        (9.0, ">=", 2026),
        (12.0, ">=", 2028),
        (15.0, ">=", 2030),
    ]


def test_a_target_named_in_a_result(matcher: Matcher) -> None:
    """`chưa đạt chỉ tiêu 50% của năm 2024`: the 41,2% is a result, the 50% the target of 2024;
    `vượt kế hoạch 8%` is an excess, and `Chỉ tiêu 6` an item's number."""
    text = (
        "Hậu Giang, ngày 18 tháng 12 năm 2024\n"
        "4. Tồn tại, hạn chế\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 41,2%, chưa đạt chỉ tiêu 50% của năm 2024.\n"
        "Doanh thu thương mại điện tử năm 2024 vượt kế hoạch 8%.\n"
        "Ghi chú: Chỉ tiêu 6 xếp hạng theo kết quả công bố hằng năm.\n"
    )
    assert triples(extract(text, matcher)) == [(50.0, ">=", 2024)]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Tỷ lệ hồ sơ giải quyết quá hạn ≤ ", "<="),
        ("toàn trình ≥ ", ">="),
        ("toàn trình >= ", ">="),
    ],
)
def test_a_comparators_sign(before: str, expected: str) -> None:
    assert comparison(before, "%.").comparator == expected


def test_a_province_s_share_of_grdp_beside_the_nation_s(matcher: Matcher) -> None:
    """`trong khi cả nước … 20% GDP … thì mục tiêu của Hà Giang là 5% GRDP`: the GRDP figure is
    the province's own, the GDP one the nation's; `gấp 3 lần năm 2024` compares the figure
    before it; a request to the province (`Đề nghị UBND tỉnh bố trí …`) is no commitment."""
    text = (
        "Ngày 10/4/2025, đại diện Sở Tài chính cho biết trong khi cả nước phấn đấu kinh tế số đạt "
        "20% GDP vào năm 2025 thì mục tiêu của Hà Giang là 5% GRDP.\n"
        "Tỉnh đặt mục tiêu năm 2025 có 30 hợp tác xã đưa sản phẩm lên sàn, gấp 3 lần năm 2024.\n"
        "Đề nghị UBND tỉnh bố trí kinh phí 1,5 tỷ đồng năm 2025 để nâng cấp hạ tầng mạng.\n"
    )
    assert triples(extract(text, matcher)) == [(5.0, ">=", 2025), (30.0, ">=", 2025)]


def test_a_figure_naming_who_must_act_is_no_target(matcher: Matcher) -> None:
    text = (
        "Hòa Bình, ngày 21 tháng 3 năm 2025\n"
        "II. MỤC TIÊU NĂM 2025\n"
        "1. Các sở, ngành có chỉ số thành phần đạt thấp hơn 70% phải xây dựng kế hoạch khắc phục.\n"
        "2. Những xã có tỷ lệ hồ sơ trực tuyến dưới 30% sẽ bị phê bình.\n"
        "3. Các cơ quan nhà nước phải đạt 100% văn bản điện tử.\n"
    )
    assert triples(extract(text, matcher)) == [(100.0, ">=", 2025)]


def test_a_task_joined_to_a_figure_by_va(matcher: Matcher) -> None:
    """`… hoàn thành … trước ngày 31/12/2025 và không để … quá 1%`: a yes/no target and a
    ceiling, in a line typed with or without diacritics; a task with no deadline of its own
    before `và` is none."""
    plain = (
        "Ngày 25/02/2025, Ban Chỉ đạo tổ chức hội nghị.\n"
        "Phat bieu ket luan, Pho Chu tich UBND tinh yeu cau cac dia phuong hoan thanh viec so hoa "
        "ho so ho tich truoc ngay 31/12/2025 va khong de ty le ho so tre han vuot qua 1%.\n"
    )
    assert triples(extract(plain, matcher)) == [(True, None, 2025), (1.0, "<=", 2025)]
    marked = (
        "Tỉnh sẽ hoàn thành Trung tâm dữ liệu trước ngày 30/6/2025 và đưa 100% hồ sơ lên môi "
        "trường mạng.\n"
        "Tỉnh sẽ hoàn thành số hóa và đạt 90% hồ sơ trực tuyến vào năm 2025.\n"
    )
    assert triples(extract(marked, matcher)) == [
        (True, None, 2025),
        (100.0, ">=", 2025),
        (90.0, ">=", 2025),
    ]


def test_a_quarter_a_review_heading_and_a_striven_task(matcher: Matcher) -> None:
    """`Nhiệm vụ quý II/2025` gives its list 2025; `I. ĐÁNH GIÁ NĂM HỌC 2024 - 2025` heads
    results; `Sở phấn đấu hoàn thành trước ngày 31/12/2025` is a yes/no target."""
    text = (
        "Bến Tre, ngày 15 tháng 8 năm 2025\n"
        "I. ĐÁNH GIÁ NĂM HỌC 2024 - 2025\n"
        "Toàn ngành có 98% trường học sử dụng phần mềm quản lý trường học.\n"
        "II. Nhiệm vụ quý II/2025\n"
        "- Cấp mới tối thiểu 20.000 chữ ký số cá nhân trong quý II.\n"
        "- Sở phấn đấu hoàn thành kết nối dữ liệu với Cơ sở dữ liệu ngành trước ngày 31/12/2025.\n"
    )
    assert triples(extract(text, matcher)) == [(20000.0, ">=", 2025), (True, None, 2025)]


def test_a_range_of_counts_a_district_told_to_report_and_a_directive_to_several(
    matcher: Matcher,
) -> None:
    """`từ 3 đến 5 doanh nghiệp` is one range; `cấp huyện có tỷ lệ dưới 80% phải báo cáo` names
    who must act; `yêu cầu các sở, ngành hoàn thành … trước ngày 30/9/2025` is a yes/no target."""
    text = (
        "Yên Bái, ngày 25 tháng 02 năm 2025\n"
        "KẾ HOẠCH\nChuyển đổi số năm 2025\n"
        "1. Có thêm từ 3 đến 5 doanh nghiệp công nghệ số được thành lập mới.\n"
        "2. Các huyện hoàn thành làm sạch dữ liệu; cấp huyện có tỷ lệ dưới 80% phải báo cáo.\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành hoàn thành số hóa kết quả giải quyết thủ tục "
        "hành chính trước ngày 30/9/2025.\n"
    )
    found = extract(text, matcher)
    assert [(p.value, p.value_max, p.year) for p in found] == [(3.0, 5.0, 2025), (True, None, 2025)]


def test_a_circulars_requirements(matcher: Matcher) -> None:
    """`không quá 3 giây` is a bounded duration; `được trả kết quả điện tử` names no result;
    `kể từ ngày 01/01/2026` gives the requirement its year."""
    text = (
        "Hà Nội, ngày 20 tháng 5 năm 2025\n"
        "Điều 2. Chỉ tiêu chất lượng\n"
        "1. Thời gian phản hồi trung bình của hệ thống không quá 3 giây.\n"
        "2. Tỷ lệ hồ sơ được trả kết quả điện tử đạt 100% kể từ ngày 01/01/2026.\n"
        "Hội nghị khai mạc lúc 8 giờ 30 phút.\n"
    )
    assert triples(extract(text, matcher, national=True)) == [
        (3.0, "<=", None),
        (100.0, ">=", 2026),
    ]


def test_points_and_places_gained_are_two_targets(matcher: Matcher) -> None:
    """`đạt trên 90 điểm, tăng ít nhất 2 bậc so với năm 2024`: the places gained are a target
    of their own; `đạt 50%, tăng 10 điểm phần trăm so với năm 2024` restates the 50%."""
    text = (
        "KẾ HOẠCH\nCải thiện các chỉ số năm 2025\n"
        "1. Chỉ số PAR INDEX đạt trên 90 điểm, tăng ít nhất 2 bậc so với năm 2024.\n"
        "2. Tỷ lệ thanh toán trực tuyến đạt 50%, tăng 10 điểm phần trăm so với năm 2024.\n"
    )
    assert triples(extract(text, matcher)) == [
        (90.0, ">", 2025),
        (2.0, ">=", 2025),
        (50.0, ">=", 2025),
    ]
