"""Numbers in target files are read as the person who wrote them means them (issue 13, item 3).

Only plain decimals are numbers; every other form YAML 1.1 turns into a number is a located
problem naming the plain decimal to write; a count written like Vietnamese thousands (`2.000`)
names the number probably meant; text where a number belongs, and a number or true/false where
text belongs, say how to write what was meant. One problem per node: nothing echoes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from dxgap.errors import Problem
from dxgap.targets import load
from dxgap.targets.located import number_hint
from dxgap.targets.yamlio import PLAIN_DECIMAL, parse, plain_number
from dxgap.text import Msg

INT, FLOAT = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"


def read(scalar: str) -> tuple[Any, list[Problem]]:
    data, _, problems = parse(f"a: {scalar}\n", "f.yaml")
    return (data or {}).get("a"), problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


# --- plain decimals are numbers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("scalar", "value"),
    [
        ("10", 10),
        ("0", 0),
        ("-3", -3),
        ("-0", 0),
        ("2.5", 2.5),
        ("0.5", 0.5),
        ("-0.25", -0.25),
        ("100.0", 100.0),
        ("2.000", 2.0),  # a fine decimal: only a count or money makes it suspect (rules)
        ("12345678901234567890", 12345678901234567890),
    ],
)
def test_plain_decimals_are_numbers(scalar: str, value: float) -> None:
    got, problems = read(scalar)

    assert problems == []
    assert got == value
    assert type(got) is type(value)


def test_minus_zero_is_zero() -> None:
    got, _ = read("-0.0")

    assert str(got) == "0.0"


@pytest.mark.parametrize(
    ("text", "tag", "value"),
    [
        ("5", INT, 5),
        ("5", FLOAT, 5.0),  # `!!float 5`
        ("5.5", INT, None),  # `!!int 5.5`: PyYAML's constructor decides (and refuses)
        ("+5", INT, None),
        ("1e3", FLOAT, None),
        ("010", INT, None),
        ("٥", INT, None),  # digits of other scripts are no plain decimal
    ],
)
def test_plain_number(text: str, tag: str, value: float | None) -> None:
    got = plain_number(text, tag)

    assert got == value
    assert type(got) is type(value)


# --- every other number YAML 1.1 reads is a problem ----------------------------------------------


def form(why: Msg, meant: str) -> tuple[Msg, str]:
    return why, meant


@pytest.mark.parametrize(
    ("scalar", "why", "meant"),
    [
        # leading zeros: octal to YAML 1.1 where the digits allow, else text or a decimal
        ("010", Msg("number.octal", read=8), "10"),
        ("040", Msg("number.octal", read=32), "40"),
        ("-010", Msg("number.octal", read=-8), "-10"),
        ("017", Msg("number.octal", read=15), "17"),
        ("02023", Msg("number.octal", read=1043), "2023"),
        ("080", Msg("number.leading_zero"), "80"),  # text to YAML 1.1, a number to a person
        ("09", Msg("number.leading_zero"), "9"),
        ("00", Msg("number.leading_zero"), "0"),
        ("08.5", Msg("number.leading_zero"), "8.5"),
        ("00.5", Msg("number.leading_zero"), "0.5"),
        # other bases
        ("0x1F", Msg("number.base", base=16, read=31), "31"),
        ("0b11", Msg("number.base", base=2, read=3), "3"),
        ("-0x10", Msg("number.base", base=16, read=-16), "-16"),
        # base 60
        ("1:30", Msg("number.sexagesimal", read=90), "90"),
        ("1:30.5", Msg("number.sexagesimal", read=90.5), "90.5"),
        ("190:20:30", Msg("number.sexagesimal", read=685230), "685230"),
        # the rest: written otherwise than as plain digits
        ("1_000", Msg("number.plain"), "1000"),
        ("+5", Msg("number.plain"), "5"),
        ("+0", Msg("number.plain"), "0"),
        ("5.", Msg("number.plain"), "5"),
        (".5", Msg("number.plain"), "0.5"),
        ("1.0e+3", Msg("number.plain"), "1000"),
        ("2.5e-3", Msg("number.plain"), "0.0025"),
    ],
)
def test_other_number_forms_are_refused_with_the_plain_decimal_to_write(
    scalar: str, why: Msg, meant: str
) -> None:
    got, problems = read(scalar)

    p = only(problems)
    assert got is None
    assert (p.line, p.column, p.location, p.severity) == (1, 4, "a", "error")
    assert p.msg == Msg("yaml.number_form", text=scalar, why=why, meant=meant)
    assert f"write {meant}, or quote it if it is text" in p.message()
    assert PLAIN_DECIMAL.fullmatch(meant)


def test_the_octal_message_says_what_yaml_read() -> None:
    _, problems = read("010")

    assert only(problems).message() == (
        "'010' is not a plain decimal number: YAML 1.1 reads a leading 0 as octal, so this is 8; "
        "write 10, or quote it if it is text"
    )
    assert only(problems).message("vi") == (
        "'010' không phải cách viết số thông thường: YAML 1.1 đọc số có chữ số 0 ở đầu theo hệ "
        "bát phân, tức là 8; hãy viết '10', hoặc đặt trong dấu nháy nếu đây là văn bản"
    )


@pytest.mark.parametrize("scalar", [".inf", "-.inf", "+.inf", ".Inf", ".nan", ".NaN", ".NAN"])
def test_infinity_and_not_a_number_are_refused(scalar: str) -> None:
    got, problems = read(scalar)

    p = only(problems)
    assert got is None
    assert p.msg == Msg("yaml.number_special", text=scalar)
    assert p.message().startswith(f"'{scalar}' is not a finite number")


@pytest.mark.parametrize("scalar", ["!!int 010", "!!int 0x1F", "!!float 1_0.5"])
def test_explicit_number_tags_follow_the_same_rule(scalar: str) -> None:
    _, problems = read(scalar)

    assert only(problems).code == "yaml.number_form"


@pytest.mark.parametrize(
    ("scalar", "value"),
    [
        ('"010"', "010"),  # quoted: text, as the hint says
        ("'0x1F'", "0x1F"),
        ("!!str 080", "080"),  # tagged as text
        ("0o17", "0o17"),  # text to YAML 1.1 (PyYAML knows no 0o)
        ("1e3", "1e3"),  # text to YAML 1.1 (no point, no signed exponent)
        ("-.5", "-.5"),
        ("1.200.000", "1.200.000"),
        ("86,3", "86,3"),
        ("0800-123", "0800-123"),
        ("1:30:x", "1:30:x"),
        ("y", "y"),  # PyYAML reads y/n as text, not as YAML 1.1's booleans
        ("n", "n"),
    ],
)
def test_text_stays_text(scalar: str, value: str) -> None:
    got, problems = read(scalar)

    assert problems == []
    assert got == value


# --- wherever a number is read ------------------------------------------------------------------


def test_milestone_values_and_years_are_refused_at_their_node() -> None:
    text = "m: {2022: 040, 02023: 40, 2024: 80}\n"

    data, marks, problems = parse(text, "f.yaml")

    assert [(p.column, p.location, p.msg.params["text"]) for p in problems] == [
        (11, "m[2022]", "040"),
        (16, "m", "02023"),  # a refused key: at the key, in its mapping
    ]
    assert data == {"m": {2022: None, 2024: 80}}  # the refused key's entry is left out
    assert ("m", 2022) in marks.flagged
    assert ("m",) not in marks.flagged  # other problems in the mapping are still reported


@pytest.mark.parametrize("key", ["02023", "0x7E7", "2_023", "+2023", "33:43:00"])
def test_a_refused_key_is_left_out(key: str) -> None:
    data, _, problems = parse(f"m:\n  {key}: 40\n  2024: 50\n", "f.yaml")

    p = only(problems)
    assert (p.line, p.column, p.location, p.code) == (2, 3, "m", "yaml.number_form")
    assert data == {"m": {2024: 50}}


# --- what YAML read as something else than text keeps how it was written -------------------------


@pytest.mark.parametrize(
    ("scalar", "value"),
    [
        ("yes", True),
        ("No", False),
        ("ON", True),
        ("off", False),
        ("True", True),
        ("2.000", 2.0),
        ("80", 80),
        ("2021-05-19", None),  # a date
    ],
)
def test_written_text_is_kept(scalar: str, value: object) -> None:
    data, marks, problems = parse(f"a: {scalar}\nb: text\nc: '5'\nd: ~\n", "f.yaml")

    assert problems == []
    if value is not None:
        assert data["a"] == value
    assert marks.written == {("a",): scalar}  # text and null are not recorded


# --- in a target file: one problem per node -------------------------------------------------------

PLAN = """\
province: {{id: demo, name: "Tỉnh thử", name_en: "Demo"{province}}}
sources:
  - {{id: plan, title: "Kế hoạch"}}
targets:
  - id: t
    indicator: {indicator}
{comparator}    value: {value}
    year: {year}
    source: plan
    quote: "{quote}"
{extra}"""


@pytest.fixture
def problems_in(
    tmp_path: Path, invalid_dir: Path
) -> Callable[..., list[tuple[int | None, int | None, str, str]]]:
    catalogue = load.load_catalogue_file(invalid_dir / "indicators.yaml")[0]
    assert catalogue is not None

    def run(**fields: str) -> list[tuple[int | None, int | None, str, str]]:
        defaults = {
            "province": "",
            "indicator": "online_rate",
            "comparator": '    comparator: ">="\n',
            "value": "80",
            "year": "2025",
            "quote": "q",
            "extra": "",
        }
        path = tmp_path / "demo.yaml"
        path.write_text(PLAN.format(**(defaults | fields)), encoding="utf-8")
        model, problems = load.load_target_file(path, catalogue.by_id(), "demo.yaml")
        assert (model is None) == any(p.severity == "error" for p in problems)
        return [(p.line, p.column, p.location, p.code) for p in problems]

    return run


def test_a_valid_plan(problems_in: Callable[..., list[object]]) -> None:
    assert problems_in() == []


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"value": "010"}, [(8, 12, "targets[0].value", "yaml.number_form")]),
        ({"value": ".nan"}, [(8, 12, "targets[0].value", "yaml.number_special")]),
        ({"year": "02025"}, [(9, 11, "targets[0].year", "yaml.number_form")]),
        ({"year": "2_025"}, [(9, 11, "targets[0].year", "yaml.number_form")]),
        (
            {"extra": "    baseline: {year: 2020, value: 010}\n"},
            [(12, 35, "targets[0].baseline.value", "yaml.number_form")],
        ),
        (
            {"extra": "    baseline: {year: 0x7E4, value: 10}\n"},
            [(12, 22, "targets[0].baseline.year", "yaml.number_form")],
        ),
        (
            {"extra": "    milestones: {2023: 040, 02024: 50}\n"},
            [
                (12, 24, "targets[0].milestones[2023]", "yaml.number_form"),
                (12, 29, "targets[0].milestones", "yaml.number_form"),
            ],
        ),
        ({"province": ", code: 074"}, [(1, 63, "province.code", "yaml.number_form")]),
        ({"province": ", code: 0x4A"}, [(1, 63, "province.code", "yaml.number_form")]),
    ],
)
def test_every_number_of_a_target_file_is_read_the_same_way(
    problems_in: Callable[..., list[object]],
    fields: dict[str, str],
    expected: list[object],
) -> None:
    """No echo: a refused value or year is not also "missing", nor "not a number"."""
    assert problems_in(**fields) == expected


@pytest.mark.parametrize(("code", "stored"), [("74", "74"), ('"07"', "07"), ("7", "07")])
def test_gso_codes_that_are_read(code: str, stored: str) -> None:
    from dxgap.targets.models import Province

    data, _, problems = parse(f"province: {{id: x, name: x, name_en: x, code: {code}}}\n", "f")

    assert problems == []
    assert Province.model_validate(data["province"]).code == stored


def test_catalogue_bounds_are_read_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text(
        "indicators:\n"
        "  - {id: a, name: {vi: a, en: a}, unit: rank, pillar: digital_economy, max: 063}\n"
        '  - {id: b, name: {vi: b, en: b}, unit: rank, pillar: digital_economy, max: "63"}\n',
        encoding="utf-8",
    )

    model, problems = load.load_catalogue_file(path, "indicators.yaml")

    assert model is None
    assert [(p.line, p.location, p.code) for p in problems] == [
        (2, "indicators[0].max", "yaml.number_form"),
        (3, "indicators[1].max", "schema.float_hint"),
    ]
    assert problems[1].message() == (
        "expected a valid number, got '63'; numbers are written without quotes: 63"
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"year": "2025.0"}, (9, 11, "targets[0].year", "expected a whole number, got '2025.0'; write 2025")),
        ({"year": "2025.5"}, (9, 11, "targets[0].year", "expected a valid integer, got 2025.5")),
        (
            {"extra": "    milestones: {2023.0: 50}\n"},
            # pydantic names a float key by its text: the problem is at the mapping's key
            (12, 5, "targets[0].milestones", "expected a whole number, got '2023.0'; write 2023"),
        ),
    ],
)  # fmt: skip
def test_a_year_written_with_decimals_says_which_year(
    tmp_path: Path, invalid_dir: Path, fields: dict[str, str], expected: tuple[object, ...]
) -> None:
    catalogue = load.load_catalogue_file(invalid_dir / "indicators.yaml")[0]
    assert catalogue is not None
    defaults = {"province": "", "indicator": "online_rate", "value": "80", "year": "2025"}
    defaults |= {"comparator": '    comparator: ">="\n', "quote": "q", "extra": ""}
    path = tmp_path / "demo.yaml"
    path.write_text(PLAN.format(**(defaults | fields)), encoding="utf-8")

    [p] = load.load_target_file(path, catalogue.by_id(), "demo.yaml")[1]

    assert (p.line, p.column, p.location, p.message()) == expected


# --- Vietnamese thousands for counts, people, money and ranks -------------------------------------

COUNTS = (
    "  - {id: firms, name: {vi: a, en: a}, unit: count, pillar: digital_economy}\n"
    "  - {id: people, name: {vi: a, en: a}, unit: people, pillar: digital_economy}\n"
    "  - {id: money, name: {vi: a, en: a}, unit: vnd_billion, pillar: digital_economy}\n"
    "  - {id: rank, name: {vi: a, en: a}, unit: rank, pillar: digital_economy}\n"
    "  - {id: share, name: {vi: a, en: a}, unit: percent, pillar: digital_economy}\n"
    "  - {id: score, name: {vi: a, en: a}, unit: index, pillar: digital_economy}\n"
)


@pytest.fixture
def thousands(tmp_path: Path) -> Callable[..., list[Problem]]:
    (tmp_path / "indicators.yaml").write_text("indicators:\n" + COUNTS, encoding="utf-8")
    catalogue = load.load_catalogue_file(tmp_path / "indicators.yaml")[0]
    assert catalogue is not None

    def run(indicator: str, value: str, quote: str = "q", extra: str = "") -> list[Problem]:
        comparator = f'    comparator: "{"<=" if indicator == "rank" else ">="}"\n'
        fields = {"indicator": indicator, "comparator": comparator, "value": value}
        fields |= {"province": "", "year": "2025", "quote": quote, "extra": extra}
        path = tmp_path / "demo.yaml"
        path.write_text(PLAN.format(**fields), encoding="utf-8")
        return load.load_target_file(path, catalogue.by_id(), "demo.yaml")[1]

    return run


@pytest.mark.parametrize("indicator", ["firms", "people", "money", "rank"])
@pytest.mark.parametrize(
    ("value", "meant", "decimal", "read"),
    [
        ("2.000", "2000", "2.0", 2),
        ("1.586", "1586", "1.5860", 1.586),
        ("52.000", "52000", "52.0", 52),
        ("1.500", "1500", "1.5", 1.5),
        ("999.999", "999999", "999.9990", 999.999),
    ],
)
def test_vietnamese_thousands_in_a_count_name_the_number_meant(
    thousands: Callable[..., list[Problem]],
    indicator: str,
    value: str,
    meant: str,
    decimal: str,
    read: float,
) -> None:
    p = only(thousands(indicator, value))

    assert (p.line, p.column, p.location) == (8, 12, "targets[0].value")
    assert p.msg == Msg("target.thousands", text=value, read=read, meant=meant, decimal=decimal)
    assert f"did you mean {meant}? Write {meant}, or {decimal} if you meant" in p.message()


def test_the_thousands_message_in_both_languages(thousands: Callable[..., list[Problem]]) -> None:
    p = only(thousands("firms", "1.586"))

    assert p.message() == (
        "'1.586' is read as 1.586, but it is written like a number in Vietnamese style, with a "
        "point grouping thousands: did you mean 1586? Write 1586, or 1.5860 if you meant 1.586"
    )
    assert p.message("vi") == (
        "'1.586' được đọc thành 1,586, nhưng lại được viết theo kiểu Việt Nam với dấu chấm phân "
        "cách hàng nghìn: có phải định viết 1586? Hãy viết '1586', hoặc '1.5860' nếu đúng là 1,586"
    )


def test_a_quote_writing_the_same_figure_makes_it_certain(
    thousands: Callable[..., list[Problem]],
) -> None:
    p = only(thousands("firms", "2.000", quote="Phấn đấu có 2.000 doanh nghiệp công nghệ số"))

    assert p.msg == Msg("target.thousands_quoted", text="2.000", read=2, meant="2000")
    assert p.message() == (
        "'2.000' is read as 2, but the quote writes 2.000 with a point grouping thousands, "
        "so 2000 is meant; write 2000"
    )


@pytest.mark.parametrize("quote", ["12.000 doanh nghiệp", "2.0001", "2.000,5 tỷ", "2,000"])
def test_a_quote_with_another_figure_proves_nothing(
    thousands: Callable[..., list[Problem]], quote: str
) -> None:
    assert only(thousands("firms", "2.000", quote=quote)).code == "target.thousands"


@pytest.mark.parametrize(
    ("extra", "location"),
    [
        ("    baseline: {year: 2020, value: 1.200}\n", "targets[0].baseline.value"),
        ("    milestones: {2023: 1.500}\n", "targets[0].milestones[2023]"),
    ],
)
def test_baselines_and_milestones_too(
    thousands: Callable[..., list[Problem]], extra: str, location: str
) -> None:
    p = only(thousands("firms", "2500", extra=extra))

    assert (p.location, p.code) == (location, "target.thousands")


@pytest.mark.parametrize(
    ("indicator", "value"),
    [
        ("share", "2.000"),  # a percent or an index may have three decimals
        ("score", "1.586"),
        ("firms", "2000"),
        ("firms", "2.5"),
        ("firms", "2.00"),
        ("firms", "0.500"),  # no thousands start with 0
        ("firms", "1.5000"),
    ],
)
def test_other_values_are_fine(
    thousands: Callable[..., list[Problem]], indicator: str, value: str
) -> None:
    assert thousands(indicator, value) == []


def test_more_groups_are_text_that_names_the_number_meant(
    thousands: Callable[..., list[Problem]],
) -> None:
    p = only(thousands("people", "1.200.000"))

    assert (p.location, p.code) == ("targets[0].value", "schema.not_value_hint")
    assert p.message() == (
        "expected a number (or true/false), got '1.200.000'; "
        "if the points group thousands, write 1200000"
    )


# --- text where a number belongs ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("80", Msg("number_hint.unquote", meant="80")),
        ("2.5", Msg("number_hint.unquote", meant="2.5")),
        (" 80 ", Msg("number_hint.plain", meant="80")),
        ("1.200.000", Msg("number_hint.thousands", meant="1200000")),
        ("1.586,5", Msg("number_hint.thousands", meant="1586.5")),
        ("86,3", Msg("number_hint.decimal_comma", meant="86.3")),
        ("0,25", Msg("number_hint.decimal_comma", meant="0.25")),
        ("80%", Msg("number_hint.plain", meant="80")),
        ("86.3 %", Msg("number_hint.plain", meant="86.3")),
        ("1e3", Msg("number_hint.plain", meant="1000")),
        ("2.5E-1", Msg("number_hint.plain", meant="0.25")),
        ("1 586", Msg("number_hint.plain", meant="1586")),
        ("1\u00a0586", Msg("number_hint.plain", meant="1586")),  # NBSP
        ("12\u202f345\u202f678", Msg("number_hint.plain", meant="12345678")),  # narrow NBSP
        ("\u22125", Msg("number_hint.plain", meant="-5")),  # MINUS SIGN
        ("８０", Msg("number_hint.plain", meant="80")),  # full-width digits
        ("٨٠", Msg("number_hint.plain", meant="80")),  # Arabic-Indic digits
        ("۱۲٫۵", None),  # an Arabic decimal separator: nothing plain to say
        ("yes", Msg("number_hint.boolean")),
        ("x", Msg("number_hint.boolean")),
        ("Có", Msg("number_hint.boolean")),
        ("ninety", None),
        ("1,586", None),  # 1586 or 1.586: nothing to say
        ("12 34 5", None),
        ("", None),
    ],
)
def test_number_hint(text: str, hint: Msg | None) -> None:
    assert number_hint(text) == hint


def test_a_quoted_number_is_text(problems_in: Callable[..., list[object]]) -> None:
    """Strict: `value: "2.000"` must not become 2.0 behind the thousands check."""
    assert problems_in(value='"80"') == [(8, 12, "targets[0].value", "schema.not_value_hint")]
    assert problems_in(value='"yes"', indicator="iod_launched") == [
        (8, 12, "targets[0].value", "schema.not_value_hint")
    ]
    assert problems_in(value="ninety") == [(8, 12, "targets[0].value", "schema.not_value")]


def test_approx_is_true_or_false_not_a_number(problems_in: Callable[..., list[object]]) -> None:
    assert problems_in(extra="    approx: 1\n") == [(12, 13, "targets[0].approx", "schema.bool")]
    assert problems_in(extra="    approx: yes\n") == []


# --- true/false, numbers and dates where text belongs ---------------------------------------------


@pytest.mark.parametrize("value", ["yes", "no", "on", "OFF", "true", "False"])
def test_yaml_11_booleans_are_true_or_false_where_that_is_expected(
    problems_in: Callable[..., list[object]], value: str
) -> None:
    assert problems_in(indicator="iod_launched", comparator="", value=value) == []


@pytest.mark.parametrize(
    ("field", "written", "given_"),
    [
        ("name", "No", "false"),
        ("name", "yes", "true"),
        ("name_en", "On", "true"),
        ("name_en", "2024", "2024"),
        ("name", "2021-05-19", "2021-05-19"),
    ],
)
def test_text_read_as_something_else_says_how_to_quote_it(
    field: str, written: str, given_: str
) -> None:
    from dxgap.targets.located import Located, pydantic_problems
    from dxgap.targets.models import Province

    values = {"id": "p", "name": "x", "name_en": "x"} | {field: written}
    text = "province: {" + ", ".join(f"{k}: {v}" for k, v in values.items()) + "}\n"
    data, marks, problems = parse(text, "f.yaml")
    assert problems == []
    at = Located("f.yaml", marks)
    with pytest.raises(ValidationError) as exc:
        Province.model_validate(data["province"])
    pydantic_problems(exc.value, Province, at, ("province",))

    p = only(at.problems)
    assert (p.location, p.code) == (f"province.{field}", "schema.string_unquoted")
    assert p.message() == (
        f"expected text, but YAML 1.1 reads the unquoted '{written}' as {given_}; "
        f'quote it: {field}: "{written}"'
    )
    assert p.message("vi") == (
        f"cần văn bản, nhưng YAML 1.1 đọc '{written}' (không có dấu nháy) thành {given_}; "
        f"hãy đặt trong dấu nháy: '{field}: \"{written}\"'"
    )


def test_an_id_read_as_true_false_is_refused(problems_in: Callable[..., list[object]]) -> None:
    assert problems_in(indicator="on") == [
        (6, 16, "targets[0].indicator", "schema.string_unquoted")
    ]


# --- PyYAML agrees on every plain decimal; every other number it reads is refused -----------------


@settings(max_examples=400, deadline=None)
@given(
    scalar=st.lists(
        st.sampled_from([*"0123456789", ".", "-", "+", "e", "E", "_", ":", "x", "b", "o"]),
        min_size=1,
        max_size=8,
    ).map("".join)
)
def test_a_scalar_is_pyyamls_plain_number_a_problem_or_text(scalar: str) -> None:
    text = f"a: {scalar}\n"
    try:
        expected = yaml.safe_load(text)["a"]
    except (yaml.YAMLError, ValueError, TypeError):
        return  # PyYAML refuses it: parse reports a problem (tested in test_yamlio)
    got, problems = read(scalar)
    number = isinstance(expected, int | float) and not isinstance(expected, bool)
    if number and PLAIN_DECIMAL.fullmatch(scalar):
        assert problems == []
        assert got == expected
        assert type(got) is type(expected)
    elif number or re.fullmatch(r"[-+]?0[0-9]+", scalar):
        assert [p.code for p in problems] in (["yaml.number_form"], ["yaml.number_special"])
        assert got is None
    else:
        assert problems == []
        assert got == expected
