"""Another province's figures in a sentence that names no province but goes on with it (`Đà Nẵng
đặt mục tiêu … . Thành phố cũng phấn đấu …` in a text of Trà Vinh, read with `--province`): the
other province's, left out as the sentence naming it is (issue 18's known gap)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract

_DA_NANG = "Đà Nẵng đặt mục tiêu năm 2025 đạt 98% hồ sơ trực tuyến toàn trình."


@pytest.mark.parametrize(
    "going_on",
    [
        " Thành phố cũng phấn đấu đến năm 2025 có 100% hộ gia đình sử dụng cáp quang.",
        " Đến năm 2030, thành phố phấn đấu kinh tế số chiếm 30% GRDP.",
        " Ngoài ra, thành phố còn phấn đấu 100% trường học dùng học bạ số vào năm 2025.",
        " TP cũng đặt mục tiêu 100% hộ gia đình sử dụng cáp quang vào năm 2025.",
        "\nThành phố này cũng phấn đấu đến năm 2030 kinh tế số chiếm 30% GRDP.",  # next paragraph
        " Nơi đây phấn đấu đến năm 2025 có 100% hộ gia đình sử dụng cáp quang.",
    ],
)
def test_a_sentence_going_on_with_another_province_is_its(matcher: Matcher, going_on: str) -> None:
    text = _DA_NANG + going_on + "\n"
    assert extract(text, matcher, province="tra-vinh") == []
    # without --province nothing is left out, and the province itself keeps them all
    assert len(extract(text, matcher)) == 2
    assert len(extract(text, matcher, province="da-nang")) == 2


def test_a_chain_of_sentences_goes_on_until_the_province_speaks(matcher: Matcher) -> None:
    text = (
        _DA_NANG + " Thành phố cũng phấn đấu hoàn thành số hóa hồ sơ đất đai trước ngày "
        "30/6/2025. Thành phố còn đặt mục tiêu 100% xã có wifi công cộng vào năm 2025.\n"
        "Tỉnh phấn đấu đến năm 2025 đạt 60% hồ sơ trực tuyến toàn trình. Thành phố cũng phấn "
        "đấu đạt 100% vào năm 2025.\n"
    )
    # the yes/no task and the figure of the city go; the province's 60% stays, and after it a
    # bare "Thành phố" has no other province to point back to
    assert triples(extract(text, matcher, province="tra-vinh")) == [
        (60.0, ">=", 2025),
        (100.0, ">=", 2025),
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a bare unit of the province's own kind may be the province itself: kept, and seen
        (_DA_NANG + " Tỉnh phấn đấu đến năm 2025 đạt 80% hồ sơ trực tuyến toàn trình.", 80.0),
        (
            "Bắc Ninh đặt mục tiêu năm 2025 đạt 90%. Tỉnh cũng phấn đấu 100% xã có cáp quang vào "
            "năm 2025.",
            100.0,
        ),
        (_DA_NANG + " Địa phương phấn đấu đến năm 2025 đạt 80% hồ sơ trực tuyến.", 80.0),
        # a sentence with no subject of its own in a new paragraph is the text's own
        (_DA_NANG + "\nĐến năm 2025, 80% hồ sơ được xử lý trực tuyến toàn trình.", 80.0),
        # the province named again
        (_DA_NANG + " Trà Vinh phấn đấu đến năm 2025 đạt 60% hồ sơ trực tuyến.", 60.0),
        # past a `;`, the province as a new subject setting its own goal
        (
            _DA_NANG + " Thành phố cũng phấn đấu 100% hộ có cáp quang vào năm 2025; tỉnh phấn đấu "
            "đạt 60% hồ sơ trực tuyến vào năm 2025.",
            60.0,
        ),
        # a city named with its name is no pointer back
        (_DA_NANG + " Thành phố Trà Vinh phấn đấu đến năm 2025 đạt 70% hồ sơ trực tuyến.", 70.0),
    ],
)
def test_the_provinces_own_sentences_after_another_stay(
    matcher: Matcher, text: str, kept: float
) -> None:
    assert [p.value for p in extract(text + "\n", matcher, province="tra-vinh")] == [kept]


def test_in_a_citys_text_only_a_pointer_back_goes_on_with_another_city(matcher: Matcher) -> None:
    # Cần Thơ is a city too: a bare "Thành phố" may be Cần Thơ, "Thành phố này" is Đà Nẵng.
    text = _DA_NANG + " Thành phố cũng phấn đấu đến năm 2030 đạt 100% hồ sơ trực tuyến.\n"
    found = extract(text, matcher, province="can-tho")
    assert [p.value for p in found] == [100.0]  # the city's own kind: kept, as the text's own
    text = _DA_NANG + " Thành phố này cũng phấn đấu đến năm 2030 đạt 100% hồ sơ trực tuyến.\n"
    assert extract(text, matcher, province="can-tho") == []
