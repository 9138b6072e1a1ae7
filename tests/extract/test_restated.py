"""A target stated again (a news article's lead printed twice, its headline over the body) is
one entry (`dxgap.extract.restated`, issue 18); two targets of one figure stay two."""

from __future__ import annotations

from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract
from dxgap.text import Msg


def test_a_lead_printed_twice_is_one_target(matcher: Matcher) -> None:
    lead = (
        "Thành phố đặt mục tiêu kinh tế số đạt chỉ tiêu đã đề ra là 30% GRDP vào năm 2025, đồng "
        "thời trở thành động lực tăng trưởng mới."
    )
    text = f"Kinh tế số là động lực mới\n\n{lead}\n\nẢnh minh họa.\n\n{lead.replace(', đồng', ' đồng')}\n"
    found = extract(text, matcher)
    assert triples(found) == [(30.0, ">=", 2025)]
    assert found[0].start == text.rindex(lead[:40])  # the body's statement, not the lead's
    assert Msg("extract.check.restated", lines="3") in found[0].checks


def test_a_headline_restating_a_target_keeps_the_body_s_statement(matcher: Matcher) -> None:
    text = (
        "Tỉnh phấn đấu đến năm 2030, kinh tế số chiếm tối thiểu 30% GRDP\n\n"
        "Theo nghị quyết vừa ban hành, tỉnh đặt mục tiêu đến năm 2030, kinh tế số chiếm tối "
        "thiểu 30% GRDP; tỷ trọng kinh tế số trong từng ngành đạt tối thiểu 15%.\n"
    )
    found = extract(text, matcher)
    assert triples(found) == [(30.0, ">=", 2030), (15.0, ">=", 2030)]
    assert found[0].start > text.index("\n")  # the body's words, not the headline's
    assert found[0].quote in text
    assert Msg("extract.check.restated", lines="1") in found[0].checks


def test_two_targets_of_one_figure_stay_two(matcher: Matcher) -> None:
    text = (
        "Đến năm 2025, 80% hồ sơ công việc tại cấp huyện, 80% hồ sơ công việc tại cấp xã được "
        "xử lý trên môi trường mạng.\n"
        "Đến năm 2025, 80% hồ sơ công việc tại cấp huyện được số hóa.\n"
    )
    assert triples(extract(text, matcher)) == [(80.0, ">=", 2025)] * 3
