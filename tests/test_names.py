"""Names as people type them, and the one "did you mean"."""

from __future__ import annotations

import pytest

from dxgap.errors import NotFoundError
from dxgap.names import Named, did_you_mean, fold, resolve, suggest

KNOWN = {
    "binh-duong": Named("binh-duong", "Bình Dương", "Binh Duong", "74"),
    "binh-phuoc": Named("binh-phuoc", "Bình Phước", "Binh Phuoc", "70"),
    "ho-chi-minh-city": Named(
        "ho-chi-minh-city", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "79"
    ),
}


@pytest.mark.parametrize(
    "query",
    ["binh-duong", "Bình Dương", "binh_duong", "BINH DUONG", "74", "tỉnh Bình Dương", "Binh Duong"],
)
def test_a_province_by_any_of_its_names(query: str) -> None:
    assert resolve(query, KNOWN) == "binh-duong"


def test_a_city_with_its_title() -> None:
    assert resolve("thành phố Hồ Chí Minh", KNOWN) == "ho-chi-minh-city"


@pytest.mark.parametrize(
    "query", ["Hồ Chí Minh", "ho chi minh", "TP. Hồ Chí Minh", "TP Hồ Chí Minh"]
)
def test_a_city_without_its_title_or_with_the_short_one(query: str) -> None:
    # verification of issue 19: only "Thành phố Hồ Chí Minh" or 79 named the city
    assert resolve(query, KNOWN) == "ho-chi-minh-city"


def test_fold_takes_off_diacritics_and_d_stroke() -> None:
    assert fold("Đồng Nai") == "dong-nai"
    assert fold("  Bà Rịa - Vũng Tàu ") == "ba-ria-vung-tau"


def test_unknown_names_suggest_the_closest_or_list_the_known() -> None:
    with pytest.raises(NotFoundError) as info:
        resolve("binh-dong", KNOWN)
    assert str(info.value) == "unknown province 'binh-dong'; did you mean binh-duong, binh-phuoc?"
    with pytest.raises(NotFoundError) as info:
        resolve("hanoi", KNOWN)
    assert str(info.value) == (
        "unknown province 'hanoi'; known: binh-duong, binh-phuoc, ho-chi-minh-city"
    )


def test_one_cutoff_for_every_suggestion() -> None:
    assert suggest("valeu", ["value", "year", "quote"]) == ["value"]
    assert suggest("zzz", ["value", "year"]) == []
    hint = did_you_mean("indicatr", ["indicator", "id"])
    assert hint is not None
    assert hint.render("en") == " (did you mean 'indicator'?)"
    assert did_you_mean("qqq", ["indicator"]) is None
