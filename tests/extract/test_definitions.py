"""A sentence that says what a thing is or requires is a definition, no target (issue 18's known
gap: `Dịch vụ công trực tuyến toàn trình yêu cầu toàn bộ các bước …`, `toàn bộ` read as 100%);
a ministry's or a committee's `yêu cầu` still states a target."""

from __future__ import annotations

import pytest
from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract
from dxgap.extract.definitions import defining

_GOALS = "Mục tiêu đến năm 2025:\n"
"""A section of targets with a deadline, so that a figure not read as a definition would be
proposed as a target of 2025."""


@pytest.mark.parametrize(
    "sentence",
    [
        # the national report's wording (held-out text 68): what a service wholly online requires
        "Dịch vụ công trực tuyến toàn trình yêu cầu toàn bộ các bước, từ nộp hồ sơ đến nhận kết "
        "quả, đều được thực hiện trực tuyến.",
        "Dịch vụ công trực tuyến toàn trình đòi hỏi tất cả các bước phải thực hiện trên môi "
        "trường mạng.",
        "Dịch vụ công trực tuyến toàn trình là dịch vụ bảo đảm cung cấp toàn bộ thông tin, các "
        "bước đều được thực hiện trên môi trường mạng.",
        "Theo Nghị định 42/2022/NĐ-CP, dịch vụ công trực tuyến toàn trình được hiểu là tất cả các "
        "bước đều thực hiện trên môi trường mạng.",
        "Chuyển đổi số toàn diện có nghĩa là toàn bộ các quy trình nghiệp vụ được số hóa.",
        "Xã thông minh là các xã có 100% hộ gia đình sử dụng internet cáp quang.",
        "Dữ liệu mở bao gồm tất cả dữ liệu do cơ quan nhà nước tạo ra.",
    ],
)
def test_a_definition_states_no_target(matcher: Matcher, sentence: str) -> None:
    # In prose, in a national text, and under a heading of targets: the whole it names is part
    # of a meaning, not a figure to reach.
    assert extract(sentence + "\n", matcher, national=True) == []
    assert extract(_GOALS + sentence + "\n", matcher) == []


def test_a_definition_beside_targets_leaves_them_as_they_are(matcher: Matcher) -> None:
    text = (
        "Kế hoạch chuyển đổi số năm 2025\n"
        "Phấn đấu cung cấp 100% dịch vụ công trực tuyến toàn trình. Dịch vụ công trực tuyến toàn "
        "trình yêu cầu toàn bộ các bước, từ nộp hồ sơ đến nhận kết quả, đều được thực hiện trực "
        "tuyến.\n"
        + _GOALS
        + "- Dịch vụ công trực tuyến toàn trình là dịch vụ bảo đảm các bước đều trực tuyến.\n"
        "- 80% hồ sơ được giải quyết trực tuyến toàn trình.\n"
    )
    found = extract(text, matcher)
    assert triples(found) == [(100.0, ">=", 2025), (80.0, ">=", 2025)]
    assert found[0].quote == "Phấn đấu cung cấp 100% dịch vụ công trực tuyến toàn trình"


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        # someone who can require: a ministry, a committee, an official, a plan; or no subject
        (
            "Bộ Nội vụ yêu cầu các sở, ngành hoàn thành 100% hồ sơ trực tuyến trước ngày "
            "31/12/2025.",
            100.0,
            2025,
        ),
        ("Bộ Y tế yêu cầu 100% bệnh viện triển khai bệnh án điện tử.", 100.0, None),
        ("UBND tỉnh yêu cầu các sở, ngành bảo đảm 100% hồ sơ được số hóa.", 100.0, None),
        ("Chủ tịch UBND tỉnh Nguyễn Văn A yêu cầu toàn bộ các xã hoàn thành số hóa.", 100.0, None),
        ("Kế hoạch yêu cầu 100% cán bộ sử dụng chữ ký số.", 100.0, None),
        ("Yêu cầu 100% các sở, ngành sử dụng chữ ký số.", 100.0, None),
        # `là` before a figure, or a goal's words: a target
        ("Tỷ lệ hồ sơ trực tuyến là 90% vào năm 2025.", 90.0, 2025),
        ("Mục tiêu đến năm 2025 là 100% các xã có điểm phục vụ bưu chính.", 100.0, 2025),
        ("Đến năm 2025, toàn bộ các xã được phủ sóng 5G.", 100.0, 2025),
    ],
)
def test_a_requirement_someone_makes_is_still_a_target(
    matcher: Matcher, text: str, value: float, year: int | None
) -> None:
    (found,) = extract(text + "\n", matcher, national=True)
    assert (found.value, found.unit, found.year) == (value, "percent", year)


def test_a_list_item_that_includes_gives_a_goal_its_reach(matcher: Matcher) -> None:
    # Under a list of goals, `bao gồm` and a task's `gồm` say what the goal covers; and so does
    # `bao gồm` before a figure in digits, in prose too.
    text = _GOALS + "- Hạ tầng số bao gồm toàn bộ các xã có cáp quang.\n"
    text += "- Triển khai các nền tảng số gồm 100% xã, phường.\n"
    text += "Hạ tầng số bao gồm 95% thôn có sóng 4G.\n"
    assert triples(extract(text, matcher)) == [
        (100.0, ">=", 2025),
        (100.0, ">=", 2025),
        (95.0, ">=", 2025),
    ]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Dịch vụ công trực tuyến toàn trình yêu cầu toàn bộ các bước", "yêu cầu"),
        ("Theo Nghị định 42/2022/NĐ-CP, dịch vụ công trực tuyến toàn trình được hiểu là tất cả",
         "được hiểu là"),  # a document's number is no year
        ("Dịch vụ công trực tuyến mức độ 4 là dịch vụ cho phép thực hiện toàn bộ quy trình",
         "là dịch vụ"),  # `mức độ 4` is no figure
        ("Chữ ký số được định nghĩa là toàn bộ dữ liệu", "được định nghĩa là"),
        ("Hồ sơ điện tử, tức là tất cả các giấy tờ", "tức là"),
    ],
)  # fmt: skip
def test_where_a_definition_begins(sentence: str, verb: str) -> None:
    at = defining(sentence)
    assert at is not None
    assert sentence[:at].endswith(verb)


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến năm 2025, dịch vụ công trực tuyến toàn trình là dịch vụ chiếm 80%",  # a deadline
        "Mục tiêu là các xã có 100% hộ dùng cáp quang",  # a goal's words
        "Tỷ lệ 90% hồ sơ gồm toàn bộ thủ tục",  # a figure in the subject: no term
        "Sở Y tế yêu cầu toàn bộ các bệnh viện",
        "Đà Nẵng yêu cầu toàn bộ các xã",  # a name
        "Triển khai các nền tảng số gồm 100% xã",  # a task
        "Tại hội nghị, yêu cầu 100% các sở, ngành dùng chữ ký số",  # a directive, no subject
        "Đạt 100%, tức là toàn bộ các xã",  # a figure restated, no term
    ],
)
def test_what_defines_nothing(sentence: str) -> None:
    assert defining(sentence) is None
