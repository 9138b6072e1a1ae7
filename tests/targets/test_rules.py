"""`rules`: checks across fields and files, each problem a message by code at its node."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dxgap.errors import Problem
from dxgap.targets import rules
from dxgap.targets.located import Located
from dxgap.targets.models import (
    COMPARE,
    Catalogue,
    Indicator,
    Names,
    Pillar,
    Province,
    Source,
    Target,
    Unit,
)
from dxgap.targets.yamlio import Marks
from dxgap.text import Msg


def indicator(id_: str, unit: Unit, **fields: Any) -> Indicator:
    return Indicator(
        id=id_,
        name=Names(vi=id_, en=id_),
        unit=unit,
        pillar=Pillar.digital_government,
        **fields,
    )


CATALOGUE = {
    i.id: i
    for i in (
        indicator("online_rate", Unit.PERCENT),
        indicator("dti_rank", Unit.RANK),
        indicator("data_centres", Unit.COUNT),
        indicator("iod_launched", Unit.BOOLEAN),
        indicator("share_capped", Unit.PERCENT, max=50),
    )
}
SOURCES = {"plan": Source(id="plan", title="Kế hoạch")}


def target(**fields: Any) -> Target:
    base: dict[str, Any] = {"id": "t", "source": "plan", "quote": "q"}
    return Target.model_validate(base | fields)


def quantified(**fields: Any) -> Target:
    base = {"indicator": "online_rate", "comparator": ">=", "value": 80, "year": 2025}
    return target(**(base | fields))


def check(t: Target, sources: dict[str, Source] | None = None) -> list[Problem]:
    at = Located("f.yaml", Marks())
    rules.check_target(at, ("targets", 0), t, CATALOGUE, SOURCES if sources is None else sources)
    return at.problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [p.format() for p in problems]
    return problems[0]


# --- comparators and bounds --------------------------------------------------------------------


@given(
    value=st.floats(allow_nan=False),
    goal=st.floats(allow_nan=False),
    comparator=st.sampled_from(sorted(COMPARE)),
)
def test_meets_is_the_comparator_table(value: float, goal: float, comparator: str) -> None:
    assert rules.meets(value, comparator, goal) is COMPARE[comparator](value, goal)


def test_meets_refuses_an_unknown_comparator() -> None:
    with pytest.raises(KeyError):
        rules.meets(1, "==", 1)


def test_owner_of_names_the_unit_or_the_indicator() -> None:
    assert rules.owner_of(CATALOGUE["online_rate"]) == Msg("owner.unit", unit="percent")
    assert rules.owner_of(CATALOGUE["share_capped"]) == Msg(
        "owner.indicator", indicator="share_capped"
    )


@pytest.mark.parametrize(
    ("fields", "msg"),
    [
        (
            {"value": 120},
            Msg("bounds.above", value=120, limit=100, owner=Msg("owner.unit", unit="percent")),
        ),
        (
            {"value": -0.5},
            Msg("bounds.below", value=-0.5, limit=0, owner=Msg("owner.unit", unit="percent")),
        ),
        (
            {"indicator": "share_capped", "value": 60},
            Msg(
                "bounds.above",
                value=60,
                limit=50,
                owner=Msg("owner.indicator", indicator="share_capped"),
            ),
        ),
        (
            {"indicator": "dti_rank", "comparator": "<=", "value": 0},
            Msg("bounds.below", value=0, limit=1, owner=Msg("owner.unit", unit="rank")),
        ),
        (
            {"value": True},
            Msg("target.not_number", what=Msg("what.value"), value="true", unit="percent"),
        ),
        (
            {"indicator": "iod_launched", "comparator": None, "value": 1},
            Msg("target.not_boolean", what=Msg("what.value"), value=1),
        ),
        (
            {"value": math.inf},
            Msg("target.not_finite", what=Msg("what.value"), value="inf"),
        ),
    ],
)
def test_values_suit_their_indicator(fields: dict[str, Any], msg: Msg) -> None:
    p = only(check(quantified(**fields)))

    assert (p.msg, p.location) == (msg, "targets[0].value")


def test_numbers_in_messages_are_written_in_the_readers_language() -> None:
    p = only(check(quantified(value=100.5)))

    assert p.message() == "100.5 is above 100, the maximum for unit 'percent'"
    assert p.message("vi") == "100,5 lớn hơn 100, mức tối đa của đơn vị phần trăm (%)"


def test_milestone_values_are_checked_and_named() -> None:
    p = only(check(quantified(milestones={2023: 101})))

    assert p.location == "targets[0].milestones[2023]"
    assert p.code == "bounds.above"
    p = only(
        check(
            quantified(indicator="iod_launched", comparator=None, value=True, milestones={2023: 5})
        )
    )
    assert p.message() == "milestone 5 is not true/false, as unit 'boolean' requires"


# --- quantified and qualitative ----------------------------------------------------------------


@pytest.mark.parametrize("key", ["comparator", "value", "baseline", "milestones"])
def test_a_qualitative_target_states_no_number(key: str) -> None:
    values = {
        "comparator": ">=",
        "value": 5,
        "baseline": {"year": 2020, "value": 1},
        "milestones": {2023: 1},
    }
    p = only(check(target(qualitative="Chính quyền số", **{key: values[key]})))

    assert (p.msg, p.location) == (Msg("target.qualitative_with", key=key), f"targets[0].{key}")
    assert p.message() == (
        f"a qualitative target has no {key}; drop '{key}' or the 'qualitative' text"
    )


def test_a_qualitative_target_may_name_a_known_indicator_only() -> None:
    assert check(target(qualitative="x", indicator="online_rate")) == []
    assert only(check(target(qualitative="x", indicator="online"))).code == (
        "target.unknown_indicator"
    )


@pytest.mark.parametrize(
    ("drop", "missing"),
    [
        (["comparator"], ["comparator"]),
        (["value"], ["value"]),
        (["comparator", "value", "year"], ["comparator", "value"]),
    ],
)
def test_a_quantified_target_names_what_it_lacks(drop: list[str], missing: list[str]) -> None:
    p = only(check(quantified(**dict.fromkeys(drop))))

    assert p.msg == Msg(
        "target.quantified_incomplete", missing=[Msg("ident", name=k) for k in missing]
    )
    assert f"missing: {', '.join(missing)} (" in p.message()
    assert "'" + "', '".join(missing) + "'" in p.message("vi")


def test_a_quantified_target_needs_an_indicator() -> None:
    p = only(check(quantified(indicator=None)))

    assert (p.code, p.location) == ("target.needs_indicator", "targets[0]")


def test_an_unknown_indicator_suggests_a_known_one() -> None:
    p = only(check(quantified(indicator="online_rates")))

    assert p.msg == Msg(
        "target.unknown_indicator",
        indicator="online_rates",
        hint=Msg("hint.did_you_mean", name="online_rate"),
    )
    assert p.message("vi").endswith("(có phải là 'online_rate'?)")


def test_a_boolean_target_takes_no_comparator() -> None:
    boolean = quantified(indicator="iod_launched", comparator=None, value=True)

    assert check(boolean) == []
    p = only(check(quantified(indicator="iod_launched", comparator=">=", value=True)))
    assert (p.code, p.location) == ("target.boolean_comparator", "targets[0].comparator")


# --- years -------------------------------------------------------------------------------------


def test_the_baseline_comes_before_the_target_year() -> None:
    p = only(check(quantified(baseline={"year": 2025, "value": 10})))

    assert p.msg == Msg("target.baseline_year", baseline=2025, year=2025)
    assert p.location == "targets[0].baseline.year"


@pytest.mark.parametrize("year", [2021, 2019, 2025, 2026])
def test_milestones_lie_strictly_between_baseline_and_target(year: int) -> None:
    p = only(check(quantified(baseline={"year": 2021, "value": 10}, milestones={year: 50})))

    assert p.msg == Msg("target.milestone_between", milestone=year, low=2021, year=2025)
    assert p.message() == f"milestone year {year} must lie strictly between 2021 and 2025"


@pytest.mark.parametrize("year", [2025, 2030])
def test_without_baseline_milestones_come_before_the_target_year(year: int) -> None:
    p = only(check(quantified(milestones={year: 50})))

    assert p.msg == Msg("target.milestone_before", milestone=year, year=2025)
    assert p.message() == f"milestone year {year} must be before the target year 2025"
    assert p.message("vi") == (
        f"mốc năm {year} nằm ngoài lộ trình: các mốc phải trước năm mục tiêu 2025"
    )


def test_milestones_inside_the_span_are_fine() -> None:
    assert check(quantified(baseline={"year": 2021, "value": 10}, milestones={2023: 50})) == []
    assert check(quantified(milestones={2000: 50})) == []


# --- warnings ----------------------------------------------------------------------------------


def test_a_baseline_that_already_meets_the_target_is_a_warning() -> None:
    p = only(check(quantified(baseline={"year": 2021, "value": 95}, value=90)))

    assert p.severity == "warning"
    assert p.msg == Msg("target.baseline_meets", baseline=95, comparator=">=", value=90)
    assert p.message() == "the baseline 95 already meets the target ≥ 90"


def test_an_out_of_bounds_baseline_is_one_error_not_also_a_warning() -> None:
    p = only(check(quantified(baseline={"year": 2021, "value": 140}, value=90)))

    assert (p.code, p.severity) == ("bounds.above", "error")


def test_a_rank_compared_upwards_is_a_warning() -> None:
    p = only(check(quantified(indicator="dti_rank", comparator=">=", value=10)))

    assert (p.code, p.severity, p.location) == (
        "target.rank_comparator",
        "warning",
        "targets[0].comparator",
    )


@pytest.mark.parametrize(
    ("grade", "warned"), [("A", False), ("B", False), ("C", True), ("D", True)]
)
def test_a_weak_source_needs_a_note(grade: str, warned: bool) -> None:
    sources = {"plan": Source(id="plan", title="x", reliability=grade)}  # type: ignore[arg-type]

    problems = check(quantified(), sources)

    assert [p.msg for p in problems] == (
        [Msg("target.weak_source", source="plan", grade=grade)] if warned else []
    )
    assert check(quantified(note="từ báo cáo tổng hợp, cần kiểm chứng"), sources) == []


# --- references --------------------------------------------------------------------------------


def test_an_unknown_source_lists_the_files_sources() -> None:
    p = only(check(quantified(source="plam")))

    assert p.msg == Msg(
        "target.unknown_source",
        source="plam",
        known=[Msg("ident", name="plan")],
        hint=Msg("hint.did_you_mean", name="plan"),
    )
    assert p.message() == (
        "source 'plam' is not in this file's sources (plan) (did you mean 'plan'?)"
    )


def test_an_unknown_source_in_a_file_without_sources() -> None:
    p = only(check(quantified(), sources={}))

    assert p.message() == "source 'plan' is not in this file's sources (none defined)"
    assert p.message("vi") == (
        "nguồn 'plan' không có trong danh sách nguồn của tệp (tệp chưa khai báo nguồn nào)"
    )


def test_an_unknown_baseline_source() -> None:
    p = only(check(quantified(baseline={"year": 2021, "value": 10, "source": "report"})))

    assert (p.msg, p.location) == (
        Msg("target.unknown_baseline_source", source="report"),
        "targets[0].baseline.source",
    )


# --- files -------------------------------------------------------------------------------------


def check_file(province: Province | None, stem: str = "binh-duong", **parts: Any) -> list[Msg]:
    at = Located("f.yaml", Marks())
    rules.check_target_file(
        at,
        stem,
        province,
        parts.get("sources", []),
        parts.get("targets", []),
        CATALOGUE,
    )
    return [p.msg for p in at.problems]


def province(**fields: Any) -> Province:
    base = {"id": "binh-duong", "name": "Bình Dương", "name_en": "Binh Duong"}
    return Province.model_validate(base | fields)


def test_the_file_is_named_after_the_province() -> None:
    assert check_file(province(), stem="binh-duong") == []
    assert check_file(province(), stem="binhduong") == [
        Msg("province.file_name", id="binh-duong", stem="binhduong")
    ]


@pytest.mark.parametrize(
    ("fields", "msgs"),
    [
        ({"merged_into": "ho-chi-minh-city", "merged_on": "2025-07-01"}, []),
        ({"merged_on": "2025-07-01"}, [Msg("province.merged_on_alone")]),
        ({"merged_into": "binh-duong"}, [Msg("province.merged_into_itself")]),
        (
            {"merged_into": "ha-nol"},
            [
                Msg(
                    "province.merged_into_unknown",
                    id="ha-nol",
                    hint=Msg("hint.did_you_mean", name="ha-noi"),
                )
            ],
        ),
        (
            {"merged_into": "atlantis"},
            [Msg("province.merged_into_unknown", id="atlantis", hint=None)],
        ),
    ],
)
def test_mergers(fields: dict[str, Any], msgs: list[Msg]) -> None:
    assert check_file(province(**fields)) == msgs


def test_an_unknown_successor_without_a_close_name_has_no_hint() -> None:
    [msg] = check_file(province(merged_into="atlantis"))

    assert msg.render("en") == (
        "merged_into 'atlantis' is not a known provincial unit of the 34-unit scheme"
    )


def test_ids_are_unique_in_their_section() -> None:
    plan = Source(id="plan", title="x")
    t = quantified()

    msgs = check_file(province(), sources=[(0, plan), (2, plan)], targets=[(0, t), (1, t), (3, t)])

    assert msgs == [
        Msg("source.duplicate_id", id="plan", first="sources[0]"),
        Msg("target.duplicate_id", id="t", first="targets[0]"),
        Msg("target.duplicate_id", id="t", first="targets[0]"),
    ]


def test_targets_are_checked_at_their_index_in_the_file() -> None:
    at = Located("f.yaml", Marks())

    rules.check_target_file(
        at, "binh-duong", None, [(0, SOURCES["plan"])], [(4, quantified(value=120))], CATALOGUE
    )

    assert [p.location for p in at.problems] == ["targets[4].value"]


def test_catalogue_rules() -> None:
    catalogue = Catalogue(
        indicators=[
            indicator("a", Unit.PERCENT, min=50, max=50),
            indicator("a", Unit.INDEX),
            indicator("b", Unit.BOOLEAN, max=1),
        ]
    )
    at = Located("indicators.yaml", Marks())

    rules.check_catalogue(at, catalogue)

    assert [(p.location, p.msg) for p in at.problems] == [
        ("indicators[1].id", Msg("indicator.duplicate_id", id="a", first="indicators[0]")),
        ("indicators[0].max", Msg("catalogue.bounds_order", max=50, min=50)),
        ("indicators[2].unit", Msg("catalogue.boolean_bounds")),
    ]
    assert at.problems[1].message() == "max 50 must be greater than min 50"


# --- partial files -----------------------------------------------------------------------------


def test_partial_target_file_keeps_the_parts_that_validate() -> None:
    data = {
        "province": {"id": "p", "name": "x", "name_en": "x"},
        "sources": [{"id": "plan", "title": "x"}, {"id": "bad"}],
        "targets": [
            {"id": "a", "source": "plan", "quote": "q", "notes": "a typo: dropped, rest kept"},
            {"id": "b", "source": "plan", "quote": "q", "year": "2025"},
            "not a mapping",
            {"id": "c", "source": "plan", "quote": "q"},
        ],
    }

    province_, sources, targets = rules.partial_target_file(data)

    assert province_ is not None
    assert province_.id == "p"
    assert [(i, s.id) for i, s in sources] == [(0, "plan")]
    assert [(i, t.id) for i, t in targets] == [(0, "a"), (3, "c")]


def test_partial_target_file_without_a_valid_province() -> None:
    province_, sources, targets = rules.partial_target_file({"province": "x", "targets": {}})

    assert (province_, sources, targets) == (None, [], [])
