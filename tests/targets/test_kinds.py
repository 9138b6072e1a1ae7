"""The target kinds of issue 16 in target files: ranges, standing windows, ranks out of N, targets
with no deadline, and the catalogue's series breaks — each rule a message by code at its node,
and the YAML number rules guarding a range's ends as they guard a value."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from dxgap.errors import Problem
from dxgap.targets import kinds, rules
from dxgap.targets.load import load_catalogue_file, load_target_file
from dxgap.targets.located import Located, range_hint
from dxgap.targets.models import Catalogue, Indicator, Names, Pillar, Source, Target, Unit
from dxgap.targets.yamlio import Marks
from dxgap.text import Msg


def indicator(id_: str, unit: Unit, **fields: Any) -> Indicator:
    return Indicator(
        id=id_, name=Names(vi=id_, en=id_), unit=unit, pillar=Pillar.digital_government, **fields
    )


CATALOGUE = {
    i.id: i
    for i in (
        indicator("online_rate", Unit.PERCENT),
        indicator("dti_rank", Unit.RANK),
        indicator("data_centres", Unit.COUNT),
        indicator("ioc_launched", Unit.BOOLEAN),
        indicator("growth", Unit.INDEX),
    )
}
SOURCES = {"plan": Source(id="plan", title="Kế hoạch")}


def target(**fields: Any) -> Target:
    base: dict[str, Any] = {"id": "t", "source": "plan", "quote": "q", "indicator": "online_rate"}
    return Target.model_validate(base | fields)


def check(t: Target) -> list[Problem]:
    at = Located("f.yaml", Marks())
    rules.check_target(at, ("targets", 0), t, CATALOGUE, SOURCES)
    return at.problems


def found(t: Target) -> list[tuple[str, Msg, str]]:
    return [(p.location or "", p.msg, p.severity) for p in check(t)]


# --- what decides a target -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("comparator", "decides"), [(None, 25.0), (">=", 25.0), (">", 25.0), ("<=", 30.0), ("<", 30.0)]
)
def test_a_range_is_decided_by_the_end_its_comparator_looks_at(
    comparator: str | None, decides: float
) -> None:
    t = target(range=[25, 30], comparator=comparator)

    assert kinds.deciding_value(t) == decides
    assert kinds.comparator_of(t) == (comparator or ">=")


def test_a_value_decides_a_target_without_a_range() -> None:
    assert kinds.deciding_value(target(comparator="<=", value=10)) == 10
    assert kinds.comparator_of(target(value=True)) is None


# --- the shape of a range (the model) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "code", "params"),
    [
        ([25], "range.count", {"count": 1}),
        ([25, 30, 35], "range.count", {"count": 3}),
        ([], "range.count", {"count": 0}),
        ("25% – 30%", "range.text", {"low": "25", "high": "30"}),
        ("25-30", "range.text", {"low": "25", "high": "30"}),
        ("7 đến 7,5", "range.text", {"low": "7", "high": "7.5"}),
        ("about thirty", "range.not_list", {}),
        (25, "range.not_list", {}),
        ({"low": 25}, "range.not_list", {}),
    ],
)
def test_a_range_that_is_not_two_items_says_what_to_write(
    given: object, code: str, params: dict[str, object]
) -> None:
    with pytest.raises(ValidationError) as exc:
        target(range=given)

    [err] = exc.value.errors(include_url=False)
    assert err["type"] == code
    assert err["loc"] == ("range",)
    assert err.get("ctx", {}) == params


@pytest.mark.parametrize("end", ["25", True, None])
def test_each_end_of_a_range_is_a_number(end: object) -> None:
    with pytest.raises(ValidationError) as exc:
        target(range=[end, 30])

    [err] = exc.value.errors(include_url=False)
    assert err["loc"] == ("range", 0)


@pytest.mark.parametrize(
    ("given", "low", "high"),
    [
        ([25, 30], "25", "30"),
        ([7, 7.5], "7", "7.5"),
        ("25% – 30%", "25", "30"),
        ("7,5-8", "7.5", "8"),
    ],
)
def test_a_range_written_as_the_value_names_the_range_to_write(
    given: object, low: str, high: str
) -> None:
    assert range_hint(given) == Msg("number_hint.range", low=low, high=high)


@pytest.mark.parametrize("given", [[25], [25, 30, 35], ["a", 3], [True, 1], "ninety", 25, None])
def test_other_values_are_no_range(given: object) -> None:
    assert range_hint(given) is None


def test_a_range_is_stored_as_two_floats() -> None:
    assert target(range=[25, 30.5]).range == (25.0, 30.5)


# --- ranges (the rules) -----------------------------------------------------------------------


def test_a_range_with_or_without_a_comparator_is_complete() -> None:
    assert check(target(range=[25, 30], year=2030)) == []
    assert check(target(range=[25, 30], comparator="<=", year=2030)) == []


def test_value_and_range_together() -> None:
    assert found(target(comparator=">=", value=25, range=[25, 30])) == [
        ("targets[0].range", Msg("target.value_and_range"), "error")
    ]


@pytest.mark.parametrize(
    ("ends", "msg", "where"),
    [
        ([30, 25], Msg("target.range_order", low=30, high=25, fix="[25, 30]"), "range"),
        ([30.5, 25], Msg("target.range_order", low=30.5, high=25, fix="[25, 30.5]"), "range"),
        ([30, 30], Msg("target.range_equal", value=30, fix="30"), "range"),
        (
            [-5, 30],
            Msg("bounds.below", value=-5, limit=0, owner=Msg("owner.unit", unit="percent")),
            "range[0]",
        ),
        (
            [90, 120],
            Msg("bounds.above", value=120, limit=100, owner=Msg("owner.unit", unit="percent")),
            "range[1]",
        ),
    ],
)
def test_a_range_runs_from_low_to_high_within_the_units_bounds(
    ends: list[float], msg: Msg, where: str
) -> None:
    assert found(target(range=ends)) == [(f"targets[0].{where}", msg, "error")]


def test_out_of_bounds_ends_are_told_without_an_order_error() -> None:
    assert [p.location for p in check(target(range=[130, -1]))] == [
        "targets[0].range[0]",
        "targets[0].range[1]",
    ]


def test_a_boolean_target_has_no_range() -> None:
    assert found(target(indicator="ioc_launched", range=[0, 1])) == [
        ("targets[0].range", Msg("target.boolean_range"), "error")
    ]


def test_a_rank_range_without_a_comparator_is_a_warning() -> None:
    assert found(target(indicator="dti_rank", range=[5, 10])) == [
        ("targets[0].range", Msg("target.rank_range_comparator", low=5, high=10), "warning")
    ]
    assert check(target(indicator="dti_rank", comparator="<=", range=[5, 10])) == []


def test_a_range_with_a_negative_low_end_on_an_unbounded_index() -> None:
    assert check(target(indicator="growth", range=[-2.5, 3], year=2030)) == []


def test_the_baseline_meets_warning_looks_at_the_deciding_end() -> None:
    """Range [25, 30] with '>=': met from 25 on; with '<=': met up to 30."""
    meets_low = target(range=[25, 30], baseline={"year": 2020, "value": 27}, year=2030)
    below_high = target(
        range=[25, 30], comparator="<=", baseline={"year": 2020, "value": 40}, year=2030
    )

    assert found(meets_low) == [
        (
            "targets[0].baseline.value",
            Msg("target.baseline_meets", baseline=27, comparator=">=", value=25),
            "warning",
        )
    ]
    assert check(below_high) == []


# --- no deadline ------------------------------------------------------------------------------


def test_a_quantified_target_may_have_no_year() -> None:
    assert check(target(comparator=">=", value=65)) == []
    assert check(target(comparator=">=", value=65, baseline={"year": 2023, "value": 36.82})) == []
    assert check(target(indicator="ioc_launched", value=True)) == []


def test_milestones_need_a_year() -> None:
    assert found(target(comparator=">=", value=65, milestones={2024: 50})) == [
        ("targets[0].milestones", Msg("target.milestones_need_year"), "error")
    ]


def test_a_target_with_neither_value_nor_range_lacks_its_value() -> None:
    [(where, msg, _)] = found(target(comparator=">=", year=2025))

    assert (where, msg) == (
        "targets[0]",
        Msg("target.quantified_incomplete", missing=[Msg("ident", name="value")]),
    )


# --- standing windows -------------------------------------------------------------------------


def window(**fields: Any) -> Target:
    base = {
        "indicator": "dti_rank",
        "comparator": "<=",
        "value": 10,
        "frequency": "annual",
        "from_year": 2025,
        "year": 2030,
    }
    return target(**(base | fields))


def test_a_standing_window_is_valid() -> None:
    assert check(window()) == []
    assert check(window(from_year=2030)) == []  # a window of one year
    assert check(window(baseline={"year": 2020, "value": 25}, milestones={2023: 15})) == []
    assert check(window(baseline={"year": 2025, "value": 12})) == []  # based in its first year


@pytest.mark.parametrize(
    ("fields", "where", "msg"),
    [
        (
            {"frequency": "once"},
            "from_year",
            Msg("target.from_year_not_annual", from_year=2025),
        ),
        (
            {"from_year": 2031},
            "from_year",
            Msg("target.from_year_order", from_year=2031, year=2030),
        ),
        ({"year": None}, "from_year", Msg("target.from_year_needs_year", from_year=2025)),
        (
            {"baseline": {"year": 2027, "value": 25}},
            "baseline.year",
            Msg("target.from_year_baseline", baseline=2027, from_year=2025),
        ),
        (
            {"baseline": {"year": 2020, "value": 25}, "milestones": {2025: 10}},
            "milestones[2025]",
            Msg("target.milestone_in_window", milestone=2025, from_year=2025, year=2030),
        ),
        (
            {"from_year": None, "year": None},
            "frequency",
            Msg("target.annual_needs_year"),
        ),
    ],
)
def test_window_rules(fields: dict[str, Any], where: str, msg: Msg) -> None:
    assert found(window(**fields)) == [(f"targets[0].{where}", msg, "error")]


def test_a_baseline_after_the_target_year_is_told_once() -> None:
    """Baseline 2031 is after 2030 and after 2025: the target year's rule says it."""
    [(where, msg, _)] = found(window(baseline={"year": 2031, "value": 25}))

    assert (where, msg.code) == ("targets[0].baseline.year", "target.baseline_year")


def test_an_annual_target_whose_base_already_meets_its_level_is_no_warning() -> None:
    """'duy trì' (keep) a level already held is what a standing target says."""
    assert check(window(out_of=63, baseline={"year": 2024, "value": 9})) == []


def test_from_year_without_frequency_and_year_is_told_both_ways() -> None:
    assert [p.code for p in check(window(frequency="once", year=None))] == [
        "target.from_year_not_annual",
        "target.from_year_needs_year",
    ]


# --- ranks out of N ---------------------------------------------------------------------------


def test_out_of_belongs_to_rank_targets() -> None:
    assert found(target(comparator=">=", value=80, year=2025, out_of=63)) == [
        ("targets[0].out_of", Msg("target.out_of_not_rank", unit="percent"), "error")
    ]


@pytest.mark.parametrize(
    ("fields", "where", "rank"),
    [
        ({"value": 40}, "value", 40),
        ({"value": None, "range": [30, 40]}, "range[1]", 40),
        ({"baseline": {"year": 2020, "value": 50}}, "baseline.value", 50),
        ({"milestones": {2023: 35}}, "milestones[2023]", 35),
    ],
)
def test_no_rank_beyond_the_number_of_ranked_units(
    fields: dict[str, Any], where: str, rank: int
) -> None:
    t = target(**({"indicator": "dti_rank", "comparator": "<=", "value": 10, "year": 2025,
                   "out_of": 34} | fields))  # fmt: skip

    assert found(t) == [
        (f"targets[0].{where}", Msg("target.rank_beyond_out_of", rank=rank, out_of=34), "error")
    ]


def test_a_rank_equal_to_out_of_is_within_the_ranking() -> None:
    t = target(indicator="dti_rank", comparator="<=", value=34, year=2025, out_of=34)

    assert check(t) == []


@pytest.mark.parametrize(
    ("quote", "warned"),
    [
        ("nằm trong nhóm 10 trong 63 tỉnh, thành phố", True),
        ("xếp hạng 12/63", True),
        ("đứng thứ 12/ 63 địa phương", True),
        ("nhóm 10 tỉnh, thành phố dẫn đầu", False),  # the top ten, not the ranking's size
        ("nhóm 10 trong 34 tỉnh, thành phố", False),
        ("xếp hạng 12/63 năm 2022, 8/34 năm 2025", False),  # names 34 too
        ("ngày 20/3/2024", False),
    ],
)
def test_a_quote_naming_another_ranking_than_out_of_is_a_warning(quote: str, warned: bool) -> None:
    t = target(indicator="dti_rank", comparator="<=", value=10, year=2030, out_of=34, quote=quote)

    expected = [("targets[0].out_of", Msg("target.out_of_quote", out_of=34, quoted=63), "warning")]
    assert found(t) == (expected if warned else [])


@pytest.mark.parametrize("out_of", [0, -1, 63.0, "63", True])
def test_out_of_is_a_whole_number_of_at_least_one(out_of: object) -> None:
    with pytest.raises(ValidationError):
        target(out_of=out_of)


# --- qualitative targets ----------------------------------------------------------------------


@pytest.mark.parametrize(("key", "value"), [("range", [1, 2]), ("from_year", 2025), ("out_of", 63)])
def test_a_qualitative_target_has_no_range_window_or_ranking(key: str, value: object) -> None:
    t = Target.model_validate(
        {"id": "t", "source": "plan", "quote": "q", "qualitative": "Chính quyền số", key: value}
    )

    assert found(t) == [(f"targets[0].{key}", Msg("target.qualitative_with", key=key), "error")]


# --- the catalogue's breaks -------------------------------------------------------------------


def catalogue_problems(*breaks: list[int]) -> list[tuple[str, Msg]]:
    cat = Catalogue(
        indicators=[indicator(f"i{n}", Unit.RANK, breaks=b) for n, b in enumerate(breaks)]
    )
    at = Located("indicators.yaml", Marks())
    rules.check_catalogue(at, cat)
    return [(p.location or "", p.msg) for p in at.problems]


def test_breaks_in_increasing_order_once_each() -> None:
    fix = "[2021, 2024, 2025]"

    assert catalogue_problems([2021, 2024, 2025], [], [2021]) == []
    assert catalogue_problems([2024, 2021, 2025, 2021]) == [
        (
            "indicators[0].breaks[1]",
            Msg("catalogue.breaks_order", year=2021, previous=2024, fix=fix),
        ),
        ("indicators[0].breaks[3]", Msg("catalogue.breaks_repeated", year=2021, fix=fix)),
    ]


@pytest.mark.parametrize("year", [1999, 2101])
def test_break_years_are_years_of_2000_to_2100(year: int) -> None:
    with pytest.raises(ValidationError):
        indicator("x", Unit.RANK, breaks=[year])


def test_snapshots_is_true_or_false() -> None:
    assert indicator("x", Unit.INDEX, snapshots=True).snapshots is True
    assert indicator("x", Unit.INDEX).snapshots is False
    with pytest.raises(ValidationError):
        indicator("x", Unit.INDEX, snapshots="yes")


# --- a range's ends in YAML: the number rules of a value, at the list item ---------------------

HEAD = """province: {id: f, name: "Tỉnh", name_en: "Province"}
sources: [{id: plan, title: "Kế hoạch"}]
targets:
  - id: t
    indicator: %s
    year: 2025
    source: plan
    quote: "%s"
"""


Located_ = tuple[int | None, int | None, str | None, str]


def yaml_problems(
    tmp_path: Path, range_text: str, unit: str = "online_rate", quote: str = "q"
) -> list[Located_]:
    path = tmp_path / "f.yaml"
    path.write_text(HEAD % (unit, quote) + range_text, encoding="utf-8")
    _, problems = load_target_file(path, CATALOGUE, "f.yaml")
    return [(p.line, p.column, p.location, p.code) for p in problems]


@pytest.mark.parametrize(
    ("written", "column", "code"),
    [
        ("010", 13, "yaml.number_form"),
        ("0x1F", 13, "yaml.number_form"),
        ("1_0", 13, "yaml.number_form"),
        ("1e1", 13, "schema.float_hint"),
        ("+10", 13, "yaml.number_form"),
        (".inf", 13, "yaml.number_special"),
        ('"10"', 13, "schema.float_hint"),
        ("10,5", 13, None),  # flow list: 10 and 5, then a third item
    ],
)
def test_a_range_end_is_refused_as_a_value_would_be(
    tmp_path: Path, written: str, column: int, code: str | None
) -> None:
    problems = yaml_problems(tmp_path, f"    range: [{written}, 30]\n")

    if code is None:
        assert [c for *_, c in problems] == ["range.count"]
    else:
        assert problems == [(9, column, "targets[0].range[0]", code)]


def test_vietnamese_thousands_in_a_count_range_at_each_end(tmp_path: Path) -> None:
    problems = yaml_problems(tmp_path, "    range: [1.500, 2.000]\n", unit="data_centres")

    assert problems == [
        (9, 13, "targets[0].range[0]", "target.thousands"),
        (9, 20, "targets[0].range[1]", "target.thousands"),
    ]


def test_thousands_written_in_the_quote_are_certain(tmp_path: Path) -> None:
    quote = "từ 1.500 đến 2.000 trung tâm"
    problems = yaml_problems(
        tmp_path, "    range: [1.500, 2.000]\n", unit="data_centres", quote=quote
    )

    assert [c for *_, c in problems] == ["target.thousands_quoted", "target.thousands_quoted"]


def test_a_percent_range_reads_points_as_decimals(tmp_path: Path) -> None:
    assert yaml_problems(tmp_path, "    range: [2.500, 3.000]\n") == []


def test_a_block_list_range_is_located_at_its_item(tmp_path: Path) -> None:
    problems = yaml_problems(tmp_path, "    range:\n      - 25\n      - 010\n")

    assert problems == [(11, 9, "targets[0].range[1]", "yaml.number_form")]


# --- the worked examples of docs/formats.md -----------------------------------------------------

DOCS = Path(__file__).resolve().parents[2] / "docs" / "formats.md"
VALID = Path(__file__).resolve().parents[1] / "fixtures" / "valid-targets"


def documented_targets() -> str:
    """The YAML blocks of the section "Kinds of targets", each a list of targets."""
    page = DOCS.read_text(encoding="utf-8")
    section = page.split("### Kinds of targets", 1)[1].split("\n### ", 1)[0]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert len(blocks) >= 6
    return "".join(blocks)


def test_every_worked_example_of_the_kinds_of_targets_is_valid(tmp_path: Path) -> None:
    targets = documented_targets()
    sources = sorted(set(re.findall(r"source: (\S+)", targets)))
    (tmp_path / "docs.yaml").write_text(
        'province: {id: docs, name: "Tỉnh", name_en: "Province"}\n'
        "sources:\n"
        + "".join(f'  - {{id: {s}, title: "x"}}\n' for s in sources)
        + "targets:\n"
        + targets,
        encoding="utf-8",
    )
    catalogue = load_catalogue_file(VALID / "indicators.yaml")[0]
    assert catalogue is not None

    model, problems = load_target_file(tmp_path / "docs.yaml", catalogue.by_id())

    assert [p.format() for p in problems] == []
    assert model is not None
    kinds_written = {
        (t.frequency, t.from_year is not None, t.range is not None) for t in model.targets
    }
    assert ("annual", True, False) in kinds_written  # the standing window
    assert ("once", False, True) in kinds_written  # the range
    assert any(t.year is None and t.is_quantified for t in model.targets)  # no deadline
