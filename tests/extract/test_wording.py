"""Comparators and years from the wording (issue 18)."""

from __future__ import annotations

import pytest

from dxgap.extract.wording import annual, comparison, standing, years


@pytest.mark.parametrize(
    ("before", "after", "comparator", "approx"),
    [
        ("đạt trên ", " doanh nghiệp", ">", False),
        ("hơn ", "", ">", False),
        ("vượt ", "", ">", False),
        ("tối thiểu ", " hoạt động", ">=", False),
        ("ít nhất ", "", ">=", False),
        ("giảm ít nhất được ", " chi phí", ">=", False),
        ("không dưới ", "", ">=", False),  # "not below" is no "below"
        ("từ ", " trở lên", ">=", False),
        ("đạt ", "", ">=", False),
        ("không quá ", "", "<=", False),
        ("không vượt quá ", "", "<=", False),  # "not above" is no "above"
        ("tối đa ", "", "<=", False),
        ("dưới ", "", "<", False),
        ("khoảng ", "", None, True),
        ("chiếm khoảng ", " GRDP", None, True),
        ("cung cấp ", " dịch vụ", None, False),
    ],
)
def test_comparator(before: str, after: str, comparator: str | None, approx: bool) -> None:
    found = comparison(before, after)
    assert (found.comparator, found.approx) == (comparator, approx)


@pytest.mark.parametrize(
    ("text", "year", "kind", "first"),
    [
        ("đến năm 2025", 2025, "by", None),
        ("giai đoạn 2021 – 2025", 2025, "period", 2021),
        ("giai đoạn 2021-2025", 2025, "period", 2021),
        ("từ năm 2025 đến năm 2030", 2030, "period", 2025),
        ("trước năm 2023", 2022, "before", None),
        ("chậm nhất năm 2024", 2024, "by", None),
        ("năm 2022", 2022, "in", None),
        ("so với năm 2020", 2020, "base", None),
        ("tính đến năm 2023", 2023, "past", None),
    ],
)
def test_years(text: str, year: int, kind: str, first: int | None) -> None:
    (ref,) = years(text)
    assert (ref.year, ref.kind, ref.first) == (year, kind, first)


@pytest.mark.parametrize(
    "text", ["định kỳ hàng năm", "hằng năm", "mỗi năm", "7%/năm", "tăng trưởng bình quân 10%"]
)
def test_yearly_rates(text: str) -> None:
    assert annual(text) is not None


def test_a_level_by_a_deadline_is_not_yearly() -> None:
    assert annual("đến năm 2025 đạt 80% doanh nghiệp") is None


def test_standing_wording() -> None:
    assert standing("duy trì trong nhóm 10 tỉnh dẫn đầu") is not None
    assert standing("đạt 80% vào năm 2025") is None


def test_a_year_written_against_its_word_is_read() -> None:
    (ref,) = years("phấn đấu đến năm2025 đạt 80%")
    assert (ref.year, ref.kind) == (2025, "by")


def test_years_are_read_where_they_stand_in_a_long_text() -> None:
    """The year patterns are tried only near a year's digits: a year far into a long run of
    words is read with its words, a period's two years as one, and a text with none has none."""
    words = "các xã phường thị trấn " * 200
    text = f"{words}giai đoạn 2026 - 2030, {words}đến hết năm 2025, {words}"
    found = years(text)
    assert [(r.year, r.kind, r.first) for r in found] == [
        (2030, "period", 2026),
        (2025, "by", None),
    ]
    assert text[found[1].start : found[1].end] == "đến hết năm 2025"
    assert years(words) == ()
