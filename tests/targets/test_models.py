"""`models`: the contract of target files; single-field rules raise errors by code."""

from __future__ import annotations

import datetime as dt
import operator
from typing import Any

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from dxgap.targets.models import (
    COMPARE,
    CUSTOM_CODES,
    Catalogue,
    Indicator,
    Names,
    Pillar,
    Province,
    Source,
    Target,
    Unit,
)


def only_error(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, Any]:
    errors = exc.value.errors(include_url=False)
    assert len(errors) == 1, errors
    return dict(errors[0])


# --- comparators -------------------------------------------------------------------------------


def test_the_comparators_are_the_four_of_the_schema() -> None:
    assert {">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt} == COMPARE


@given(
    value=st.floats(-1e6, 1e6, allow_nan=False),
    target=st.floats(-1e6, 1e6, allow_nan=False),
    comparator=st.sampled_from(sorted(COMPARE)),
)
def test_comparators_mean_the_same_on_floats_and_polars(
    value: float, target: float, comparator: str
) -> None:
    """One table for the validator (floats) and the engine (Polars expressions)."""
    rule = COMPARE[comparator]
    frame = pl.DataFrame({"v": [value], "t": [target]})

    on_polars = frame.select(rule(pl.col("v"), pl.col("t"))).item()

    assert on_polars is rule(value, target)


@pytest.mark.parametrize(
    ("comparator", "value", "target", "met"),
    [
        (">=", 80.0, 80.0, True),
        (">", 80.0, 80.0, False),
        ("<=", 10.0, 10.0, True),
        ("<", 10.0, 10.0, False),
        (">=", 79.9, 80.0, False),
        ("<", 9.0, 10.0, True),
    ],
)
def test_comparator_meanings(comparator: str, value: float, target: float, met: bool) -> None:
    assert COMPARE[comparator](value, target) is met


# --- source addresses --------------------------------------------------------------------------


def source(**fields: object) -> Source:
    return Source.model_validate({"id": "plan", "title": "Kế hoạch", **fields})


@pytest.mark.parametrize(
    "url",
    [
        "https://binhduong.gov.vn/van-ban/ke-hoach-123.html",
        "http://baobaclieu.vn/chuyen-doi-so?id=5#muc-2",
        "HTTPS://EXAMPLE.COM",
        "https://vi.wikipedia.org/wiki/Bình_Dương",
        "https://example.com:8443/x",
        "  https://example.com/padded  ",
    ],
)
def test_web_addresses_are_accepted(url: str) -> None:
    assert source(url=url).url == url.strip()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "file:///etc/passwd",
        "ftp://example.com/plan.pdf",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "//example.com/no-scheme",
        "example.com",
        "https://",
        "https:///path-only",
        "http:/example.com",
        "https://exa mple.com",
        "https://example.com/a b",
        " javascript:alert(1)",
        "https\n://example.com",
    ],
)
def test_other_addresses_are_refused_by_code(url: str) -> None:
    with pytest.raises(ValidationError) as exc:
        source(url=url)

    err = only_error(exc)
    assert err["type"] == "source.url"
    assert err["loc"] == ("url",)
    assert err["ctx"] == {"given": url.strip()}


def test_a_source_without_address_is_fine() -> None:
    assert source().url is None
    assert source(url=None).url is None


# --- dates and codes ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given_", "stored"),
    [
        (2021, "2021"),
        ("2021-05", "2021-05"),
        ("2021-05-19", "2021-05-19"),
        (dt.date(2021, 5, 19), "2021-05-19"),
        (dt.datetime(2021, 5, 19, 8, 30), "2021-05-19"),
        (" 2021 ", "2021"),
    ],
)
def test_partial_dates_are_stored_as_iso_text(given_: object, stored: str) -> None:
    assert source(date=given_).date == stored


@pytest.mark.parametrize(
    ("given_", "code"),
    [
        ("2021/05", "date.format"),
        ("19-05-2021", "date.format"),
        ("May 2021", "date.format"),
        (-5, "date.format"),
        ("2021-13", "date.not_calendar"),
        ("2021-02-30", "date.not_calendar"),
    ],
)
def test_bad_dates_are_refused_by_code(given_: object, code: str) -> None:
    with pytest.raises(ValidationError) as exc:
        source(date=given_)

    err = only_error(exc)
    assert (err["type"], err["loc"]) == (code, ("date",))
    assert err["ctx"] == {"given": given_}


def test_the_custom_codes_are_the_ones_raised() -> None:
    assert {
        "date.format",
        "date.not_calendar",
        "source.url",
        "sidecar.separator",
        "range.not_list",
        "range.count",
        "range.text",
    } == CUSTOM_CODES


def province(**fields: object) -> Province:
    return Province.model_validate(
        {"id": "binh-duong", "name": "Bình Dương", "name_en": "x", **fields}
    )


@pytest.mark.parametrize(("code", "stored"), [(74, "74"), (1, "01"), ("08", "08")])
def test_gso_codes_are_two_digit_text(code: object, stored: str) -> None:
    assert province(code=code).code == stored


@pytest.mark.parametrize("code", ["7", 123, "ab", True])
def test_other_gso_codes_are_refused(code: object) -> None:
    with pytest.raises(ValidationError):
        province(code=code)


# --- indicators and targets --------------------------------------------------------------------


def indicator(unit: Unit, **fields: object) -> Indicator:
    return Indicator(
        id="x", name=Names(vi="x", en="x"), unit=unit, pillar=Pillar.digital_economy, **fields
    )


@pytest.mark.parametrize(
    ("unit", "bounds"),
    [
        (Unit.PERCENT, (0.0, 100.0)),
        (Unit.RANK, (1.0, None)),
        (Unit.COUNT, (0.0, None)),
        (Unit.INDEX, (None, None)),
        (Unit.BOOLEAN, (0.0, 1.0)),
    ],
)
def test_bounds_default_to_the_units(unit: Unit, bounds: tuple[float | None, ...]) -> None:
    assert indicator(unit).bounds == bounds


def test_an_entrys_own_bounds_override_the_units() -> None:
    assert indicator(Unit.PERCENT, max=50).bounds == (0.0, 50.0)
    assert indicator(Unit.INDEX, min=-1).bounds == (-1.0, None)


def test_catalogue_by_id() -> None:
    catalogue = Catalogue(indicators=[indicator(Unit.PERCENT)])

    assert list(catalogue.by_id()) == ["x"]


@pytest.mark.parametrize(("year", "ok"), [(2000, True), (2100, True), (1999, False), (2101, False)])
def test_years_are_bounded(year: int, ok: bool) -> None:
    data = {"id": "a", "source": "s", "quote": "q", "year": year}

    if ok:
        assert Target.model_validate(data).year == year
    else:
        with pytest.raises(ValidationError):
            Target.model_validate(data)


def test_years_are_never_text() -> None:
    with pytest.raises(ValidationError) as exc:
        Target.model_validate({"id": "a", "source": "s", "quote": "q", "year": "2025"})

    assert only_error(exc)["type"] == "int_type"


def test_a_target_with_qualitative_text_is_not_quantified() -> None:
    qualitative = Target(id="a", source="s", quote="q", qualitative="Chính quyền số")
    quantified = Target(id="b", source="s", quote="q", indicator="x", value=5, year=2025)

    assert not qualitative.is_quantified
    assert quantified.is_quantified


def test_models_are_frozen_and_closed() -> None:
    with pytest.raises(ValidationError) as exc:
        Target.model_validate({"id": "a", "source": "s", "quote": "q", "notes": "x"})

    assert only_error(exc)["type"] == "extra_forbidden"
    target = Target(id="a", source="s", quote="q")
    with pytest.raises(ValidationError):
        target.id = "b"  # type: ignore[misc]


# --- names shown in titles and messages ----------------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda name: Province(id="x", name=name, name_en="X"),
        lambda name: Province(id="x", name="X", name_en=name),
        lambda name: Names(vi=name, en="x"),
        lambda name: source(title=name * 3),
    ],
)
def test_names_that_would_print_over_pages_are_refused(build: Any) -> None:
    # ../shared/cases/hostile-*: a 300,000-character province name was printed in full by
    # check (905 KB) and in every "wrote … for <name>" line
    with pytest.raises(ValidationError) as exc:
        build("Bình Dương " * 30_000)
    assert only_error(exc)["type"] == "string_too_long"


def test_official_names_and_titles_fit() -> None:
    title = (
        "Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Bình Phước "
        "giai đoạn 2021–2025, định hướng đến năm 2030, kèm theo Kế hoạch thực hiện và danh mục "
        "các chỉ tiêu chủ yếu của các sở, ban, ngành"
    )
    assert len(title) > 200
    assert source(title=title).title == title
    assert Province(id="x", name="Thành phố Hồ Chí Minh", name_en="Ho Chi Minh City").name
