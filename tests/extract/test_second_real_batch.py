"""The kinds of misreading the second batch of real passages (held-out texts 64–71) showed, each
fixed for the kind, not the text (issue 18)."""

from __future__ import annotations

from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract
from dxgap.text import Msg


def test_a_headline_stating_a_share_with_its_year_is_read(matcher: Matcher) -> None:
    # Text 64: the news item's headline is its first line, and states the plan's target whole.
    text = (
        "Quảng Ngãi đặt mục tiêu kinh tế số chiếm 20% GRDP đến năm 2025\n"
        "Đến cuối năm 2025, tỉnh phấn đấu kinh tế số sẽ chiếm 20% GRDP.\n"
    )
    headline = text.split("\n")[0] + "\n"
    (alone,) = extract(headline, matcher, province="quang-ngai")
    assert (alone.value, alone.comparator, alone.year) == (20.0, ">=", 2025)
    assert alone.quote.startswith("Quảng Ngãi đặt mục tiêu")
    # over a body that says it again, one entry: the body's, noting the headline's line
    (found,) = extract(text, matcher, province="quang-ngai")
    assert (found.value, found.comparator, found.year) == (20.0, ">=", 2025)
    assert found.quote.startswith("Đến cuối năm 2025") or found.quote.startswith("tỉnh phấn đấu")
    assert Msg("extract.check.restated", lines="1") in found.checks


def test_a_headline_without_its_year_still_waits_for_the_text(matcher: Matcher) -> None:
    text = "Tỉnh đặt mục tiêu kinh tế số chiếm 25% GRDP\nĐến năm 2030 kinh tế số chiếm 25% GRDP.\n"
    assert triples(extract(text, matcher)) == [(25.0, ">=", 2030)]


def test_a_rate_per_thousand_people_is_a_quantity(matcher: Matcher) -> None:
    # Text 65: "0,7/1.000 dân" is 0.7 firms per 1,000 people, no fraction and no date.
    text = "Đến cuối năm 2025, phấn đấu đạt tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân.\n"
    (found,) = extract(text, matcher)
    assert (found.value, found.comparator, found.year) == (0.7, ">", 2025)
    assert found.unit == "per_1000_people"
    assert found.quote.endswith("0,7/1.000 dân")


def test_a_count_before_the_names_it_lists_is_read(matcher: Matcher) -> None:
    # Text 67: the figure stands in the intro of a list of the districts it counts.
    text = (
        "Đến năm 2025, hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố: Thành phố Thanh "
        "Hoá, thành phố Sầm Sơn, thị xã Bỉm Sơn; các huyện: Hoằng Hoá, Quảng Xương.\n"
    )
    assert triples(extract(text, matcher)) == [(12.0, ">=", 2025)]


def test_two_counted_lists_in_a_sentence_are_parts_of_one_sum(matcher: Matcher) -> None:
    # Seed 002's key is 5 (3 cities and 2 towns): neither part alone is the target.
    text = (
        "Năm 2022, bước đầu hình thành Trung tâm giám sát, điều hành thông minh của 03 thành phố: "
        "Thủ Dầu Một, Thuận An, Dĩ An và 02 thị xã: Bến Cát, Tân Uyên.\n"
    )
    assert triples(extract(text, matcher)) == []


def test_a_result_beside_its_target_in_brackets_is_no_target(matcher: Matcher) -> None:
    # Text 68: the ministries' and the provinces' shares of 2024 with their targets beside them.
    text = (
        "Trong năm 2024, khối bộ, ngành đạt 63,47% (mục tiêu 70%), còn khối tỉnh, thành đạt "
        "18,54% (mục tiêu 30%).\n"
    )
    found = extract(text, matcher, national=True)
    assert [(p.value, p.year) for p in found] == [(70.0, 2024), (30.0, 2024)]


def test_only_reached_and_leading_with_are_results(matcher: Matcher) -> None:
    # "chỉ đạt" as "mới đạt"; "dẫn đầu với tỷ lệ" reports a ranking: results, in a ministry's text
    # too; the target the same sentence names stays.
    text = (
        "Bộ Công Thương dẫn đầu với tỷ lệ 83,48%.\n"
        "Đến cuối năm 2024, tỷ lệ này chỉ đạt 45,8%, trong khi mục tiêu đề ra là 50%.\n"
    )
    assert triples(extract(text, matcher, national=True)) == [(50.0, ">=", 2024)]
