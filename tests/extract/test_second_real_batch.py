"""The kinds of misreading the second batch of real passages (held-out texts 64–71) showed, each
fixed for the kind, not the text (issue 18)."""

from __future__ import annotations

from dxgap.extract import Matcher, extract


def test_a_rate_per_thousand_people_is_a_quantity(matcher: Matcher) -> None:
    # Text 65: "0,7/1.000 dân" is 0.7 firms per 1,000 people, no fraction and no date.
    text = "Đến cuối năm 2025, phấn đấu đạt tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân.\n"
    (found,) = extract(text, matcher)
    assert (found.value, found.comparator, found.year) == (0.7, ">", 2025)
    assert found.unit == "per_1000_people"
    assert found.quote.endswith("0,7/1.000 dân")
