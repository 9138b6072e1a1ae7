"""Vietnamese numbers as plans and reports write them (issue 18)."""

from __future__ import annotations

import pytest

from dxgap.extract.numbers import parse_number, quantities


@pytest.mark.parametrize(
    ("written", "value", "doubtful"),
    [
        ("7,5", 7.5, False),  # comma: the Vietnamese decimal mark
        ("250.000", 250000.0, False),  # point: groups of thousands
        ("12.500.000", 12500000.0, False),
        ("1.234,5", 1234.5, False),
        ("86,3", 86.3, False),
        ("65", 65.0, False),
        ("7.5", 7.5, True),  # an English decimal in a Vietnamese text: read, but doubtful
        ("1,586", 1.586, True),  # three digits after a comma: English thousands?
    ],
)
def test_parse_number(written: str, value: float, doubtful: bool) -> None:
    assert parse_number(written) == (value, doubtful)


def _one(text: str) -> tuple[float, float | None, str]:
    (q,) = quantities(text)
    return q.value, q.value_max, q.unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đạt 7,5%/năm", (7.5, None, "percent")),
        ("250.000 doanh nghiệp", (250000.0, None, "count")),
        ("1,2 triệu dân", (1200000.0, None, "count")),
        ("tổng mức đầu tư 333 tỷ đồng", (333.0, None, "vnd_billion")),
        ("1,5 nghìn tỷ đồng", (1500.0, None, "vnd_billion")),  # 1.5 × 10¹² đồng
        ("500 triệu đồng", (0.5, None, "vnd_billion")),
        ("25% – 30%", (25.0, 30.0, "percent")),
        ("từ 25% đến 30%", (25.0, 30.0, "percent")),
        ("khoảng 60 -70%", (60.0, 70.0, "percent")),
        ("10 phần trăm", (10.0, None, "percent")),
        ("nằm trong nhóm 10 tỉnh dẫn đầu", (10.0, None, "rank")),
        ("vào top 20", (20.0, None, "rank")),
        ("trong 15 tỉnh, thành phố dẫn đầu", (15.0, None, "rank")),
        ("cung cấp toàn bộ dịch vụ công", (100.0, None, "percent")),
    ],
)
def test_quantities(text: str, expected: tuple[float, float | None, str]) -> None:
    assert _one(text) == expected


def test_a_rank_out_of_n() -> None:
    (q,) = quantities("năm 2021 xếp thứ 63/63 tỉnh, thành phố")
    assert (q.value, q.unit, q.out_of) == (63.0, "rank", 63)


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định 1489/QĐ-TTg ngày 24/11/2023",  # a document number and a date
        "Nghị quyết số 05-NQ/TU",
        "người từ 15 tuổi trở lên",  # an age
        "mạng 5G và 4G",  # names
        "giai đoạn 2021 – 2025",  # years
        "dịch vụ công trực tuyến mức độ 4",  # an ordinal
        "Sáng 20-3, tại Trung tâm",  # a date
        "cung cấp 1.586/1.887 thủ tục",  # a ratio reported
        "Chỉ thị số 07 về chuyển đổi số",
    ],
)
def test_what_is_no_quantity(text: str) -> None:
    assert quantities(text) == []
