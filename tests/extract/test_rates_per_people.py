"""A rate per so many people, written with its noun before the slash (`25 bác sĩ/10.000 dân`,
`35 giường bệnh/vạn dân`, `3 thuê bao/100 dân`) as plans write health and telecoms targets, or
without one (`0,7/1.000 dân`): one quantity, in a unit per so many people (issue 18's known gap)."""

from __future__ import annotations

import pytest
from tests.extract.helpers import triples

from dxgap.extract import Matcher, extract
from dxgap.extract.numbers import quantities


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("25 bác sĩ/10.000 dân", 25.0, "per_10000_people"),
        ("35 giường bệnh/vạn dân", 35.0, "per_10000_people"),  # vạn: ten thousand
        ("50 bác sĩ/1 vạn dân", 50.0, "per_10000_people"),
        ("35 giường/vạn người dân", 35.0, "per_10000_people"),
        ("3 thuê bao/100 dân", 3.0, "per_100_people"),
        ("80 thuê bao băng rộng di động/100 người dân", 80.0, "per_100_people"),
        ("2 doanh nghiệp công nghệ số/1.000 dân", 2.0, "per_1000_people"),
        ("1,5 dược sĩ/nghìn dân", 1.5, "per_1000_people"),
        ("0,7/1.000 dân", 0.7, "per_1000_people"),  # no noun: read so before
    ],
)
def test_a_rate_per_people_is_one_quantity(text: str, value: float, unit: str) -> None:
    (q,) = quantities(text)
    assert (q.value, q.unit) == (value, unit)
    assert text[q.start : q.end] == text  # the whole rate, noun and base with it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đến năm 2025, phấn đấu đạt 25 bác sĩ/10.000 dân.", [(25.0, ">=", 2025)]),
        ("Đến năm 2030, đạt 35 giường bệnh/vạn dân.", [(35.0, ">=", 2030)]),
        ("Phấn đấu đến năm 2025 có trên 3 thuê bao/100 dân.", [(3.0, ">", 2025)]),
        (
            "Đến năm 2030 có ít nhất 19 bác sĩ/vạn dân và 35 giường bệnh/vạn dân.",
            [(19.0, ">=", 2030), (35.0, ">=", 2030)],
        ),
    ],
)
def test_a_rate_per_people_is_a_target_with_its_comparator(
    matcher: Matcher, text: str, expected: list[tuple[float, str, int]]
) -> None:
    found = extract(text + "\n", matcher)
    assert triples(found) == expected
    assert all(p.unit.startswith("per_") and p.unit.endswith("_people") for p in found)
    assert found[0].new_indicator  # no catalogue indicator is measured per people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before the rate's name is no rate: the value comes after it
        ("đến năm 2025 bác sĩ/vạn dân đạt 12 bác sĩ", [(12.0, "count")]),
        # a fraction, a date, a document's number, a count per commune stay as they were
        ("2/3 số doanh nghiệp", [(66.7, "percent")]),
        ("xây dựng 5 trạm/xã", [(5.0, "count")]),
        ("Quyết định 25/2020 hỗ trợ 100 dân", [(100.0, "count")]),
        ("ngày 25/10 có 100 người dân tham gia", [(100.0, "count")]),
    ],
)
def test_nearby_readings_hold(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.unit) for q in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đến năm 2025, phấn đấu đạt 25 bác sĩ/10.000 dân.", "Số bác sĩ trên 10.000 dân"),
        ("Đến năm 2025, phấn đấu có 3 thuê bao/100 dân và 90% hộ dùng cáp quang.",
         "Số thuê bao trên 100 dân"),  # not the words after it
        ("Đến năm 2025, tỷ lệ doanh nghiệp công nghệ số đạt 0,7/1.000 dân.",
         "Số doanh nghiệp công nghệ số trên 1.000 dân"),  # no noun in it: the words before
    ],
)  # fmt: skip
def test_a_new_indicator_is_named_as_plans_name_a_rate(
    matcher: Matcher, text: str, name: str
) -> None:
    found = extract(text + "\n", matcher)[0]
    assert found.new_indicator
    assert found.indicator_name == name
