"""The 2025 map: 63 units before, 34 after, GSO codes stored with their scheme, and lineage."""

from __future__ import annotations

from dxgap import places


def test_both_schemes_are_complete() -> None:
    old = [u for u in places.units() if u.scheme == "63"]
    new = [u for u in places.units() if u.scheme == "34"]
    assert len(old) == 63
    assert len(new) == 34
    assert len({u.code for u in old}) == 63
    assert len({u.code for u in new}) == 34


def test_codes_are_ambiguous_across_schemes_so_the_scheme_decides() -> None:
    assert places.by_code("15", "63").short == "Yên Bái"
    assert places.by_code("15", "34").short == "Lào Cai"


def test_every_old_unit_has_exactly_one_successor_and_the_new_units_partition_the_old() -> None:
    old = {u.code for u in places.units() if u.scheme == "63"}
    absorbed = [c for u in places.units() if u.scheme == "34" for c in u.predecessors]
    assert sorted(absorbed) == sorted(old)
    for u in places.units():
        if u.scheme == "63":
            assert places.by_code(u.successor or "", "34") is not None, u
    unchanged = [u for u in places.units() if u.scheme == "34" and len(u.predecessors) == 1]
    assert len(unchanged) == 11  # "11 tỉnh, thành phố không thực hiện sắp xếp"


def test_the_three_focus_provinces() -> None:
    assert places.successor("binh-duong").name == "Thành phố Hồ Chí Minh"
    assert places.successor("binh-phuoc").name == "Tỉnh Đồng Nai"
    assert places.successor("bac-lieu").name == "Tỉnh Cà Mau"
    assert [u.short for u in places.predecessors("ho-chi-minh-city")] == [
        "Bình Dương",
        "Bà Rịa - Vũng Tàu",
        "Hồ Chí Minh",
    ]
