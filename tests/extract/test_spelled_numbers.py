"""Small numbers in words where plans and news write them (`nhóm ba địa phương dẫn đầu`, `top
mười`, `gấp hai lần`, `tăng ba bậc`, `một trăm phần trăm`), read as their digits are; and the
same words elsewhere (`một số`, `một cửa`, `năm` the year, `nhóm tư vấn`) no figure (issue 18's
known gap)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract
from dxgap.extract.numbers import quantities
from dxgap.extract.spelled import value


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("ba", 3),
        ("mười", 10),
        ("mười lăm", 15),  # lăm: five after ten
        ("mười một", 11),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),  # mốt: one after a ten
        ("hai mươi tư", 24),  # tư: four after a ten
        ("năm mươi lăm", 55),
        ("một trăm", 100),
        ("Ba", 3),
    ],
)
def test_the_value_of_a_number_in_words(words: str, number: int) -> None:
    assert value(words) == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nằm trong nhóm ba địa phương dẫn đầu", (3.0, "rank")),
        ("thuộc top mười cả nước", (10.0, "rank")),
        ("trong bảy tỉnh dẫn đầu khu vực", (7.0, "rank")),
        ("xếp thứ tư khu vực", (4.0, "rank")),
        ("đứng thứ nhất cả nước", (1.0, "rank")),
        ("gấp hai lần năm 2025", (2.0, "times")),
        ("tăng gấp ba lần", (3.0, "times")),
        ("tăng ba bậc", (3.0, "places")),
        ("cải thiện ít nhất mười bậc", (10.0, "places")),
        ("một trăm phần trăm xã", (100.0, "percent")),
        ("trăm phần trăm hộ", (100.0, "percent")),
        ("hai mươi lăm phần trăm", (25.0, "percent")),
    ],
)
def test_a_number_in_words_where_a_figure_is_expected(
    text: str, expected: tuple[float, str]
) -> None:
    (q,) = quantities(text)
    assert (q.value, q.unit) == expected


@pytest.mark.parametrize(
    "text",
    [
        "một số xã được hỗ trợ",
        "bộ phận một cửa liên thông",
        "thành lập nhóm tư vấn chuyển đổi số",
        "nằm trong nhóm năm 2025",  # a year, not five
        "nhóm một số tỉnh dẫn đầu",  # no group of one
        "trong ba năm tới",
        "họp vào thứ hai hằng tuần",  # a Monday, not a rank
        "mỗi năm phần trăm hộ dùng internet tăng",  # `năm` alone is no five before phần trăm
        "tăng một lần",  # once, no multiple
        "hai bên cùng có lợi, ba trụ cột",
        "mười năm qua",
        "Trong năm tỉnh dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến",  # in the year, or five?
    ],
)
def test_the_same_words_elsewhere_are_no_figure(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đến năm 2025, thành phố phấn đấu nằm trong nhóm ba địa phương dẫn đầu về chỉ số DTI.",
            [(3.0, "<=", 2025)],
        ),
        ("Phấn đấu đến năm 2030 chỉ số DTI của tỉnh thuộc top mười cả nước.", [(10.0, "<=", 2030)]),
        ("Đến năm 2030, doanh thu thương mại điện tử gấp hai lần năm 2025.", [(2.0, ">=", 2030)]),
        ("Đến năm 2025, phấn đấu chỉ số PAPI tăng ít nhất ba bậc.", [(3.0, ">=", 2025)]),
        ("Đến năm 2025, một trăm phần trăm xã có cáp quang.", [(100.0, ">=", 2025)]),
    ],
)
def test_a_target_in_words_is_read_as_in_digits(
    matcher: Matcher, text: str, expected: list[tuple[float, str, int]]
) -> None:
    assert triples(extract(text + "\n", matcher)) == expected
    digits = (
        text.replace("nhóm ba", "nhóm 3")
        .replace("top mười", "top 10")
        .replace("gấp hai", "gấp 2")
        .replace("ít nhất ba", "ít nhất 3")
        .replace("một trăm phần trăm", "100%")
    )
    assert triples(extract(digits + "\n", matcher)) == expected


def test_places_gained_in_words_are_a_result_as_in_digits(matcher: Matcher) -> None:
    # "tăng 3 bậc" reports a ranking's change: so does "tăng ba bậc"
    text = "Kế hoạch chuyển đổi số năm 2025\nNăm 2024, chỉ số DTI của tỉnh tăng {} bậc.\n"
    assert extract(text.format("3"), matcher) == []
    assert extract(text.format("ba"), matcher) == []
