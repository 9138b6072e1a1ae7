"""`located`: problems at their YAML node, and every pydantic error as a message by code."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from dxgap.targets.located import (
    MAPPED_TYPES,
    Located,
    error_message,
    given,
    kind_of,
    pydantic_problems,
)
from dxgap.targets.models import Catalogue, TargetFile
from dxgap.targets.yamlio import parse
from dxgap.text import Msg

# --- Located -----------------------------------------------------------------------------------

TEXT = "a:\n  b: 1\n  c: [x, y]\n"


def located(text: str = TEXT) -> Located:
    _, marks, problems = parse(text, "f.yaml")
    assert problems == []
    return Located("f.yaml", marks)


def test_a_problem_points_at_its_value() -> None:
    at = located()

    at.add(("a", "c", 1), Msg("yaml.empty"))

    [p] = at.problems
    assert (p.path, p.line, p.column, p.location, p.severity) == (
        "f.yaml",
        3,
        10,
        "a.c[1]",
        "error",
    )
    assert p.msg == Msg("yaml.empty")


def test_a_problem_can_point_at_its_key() -> None:
    at = located()

    at.add(("a", "b"), Msg("yaml.empty"), key=True, severity="warning")

    [p] = at.problems
    assert (p.line, p.column, p.severity) == (2, 3, "warning")


def test_a_missing_node_points_at_its_nearest_ancestor() -> None:
    at = located()

    at.add(("a", "nowhere", 3), Msg("yaml.empty"))

    assert (at.problems[0].line, at.problems[0].column) == (2, 3)


# --- values in messages ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "english", "vietnamese"),
    [
        (None, "nothing (an empty value)", "một giá trị rỗng"),
        ([1], "a list", "một danh sách"),
        ({"a": 1}, "a mapping", "một ánh xạ"),
        (True, "true/false (true)", "giá trị đúng/sai (true)"),
        (False, "true/false (false)", "giá trị đúng/sai (false)"),
        (5, "a number (5)", "một số (5)"),
        (86.3, "a number (86.3)", "một số (86,3)"),
        ("just some text", "text ('just some text')", "văn bản ('just some text')"),
        (dt.date(2021, 5, 19), "a date (2021-05-19)", "một ngày (2021-05-19)"),
    ],
)
def test_kind_of(value: object, english: str, vietnamese: str) -> None:
    msg = kind_of(value)

    assert (msg.render("en"), msg.render("vi")) == (english, vietnamese)


@pytest.mark.parametrize(
    ("value", "english", "vietnamese"),
    [
        ("ninety", "'ninety'", "'ninety'"),
        ("x" * 100, "'" + "x" * 40 + "…'", "'" + "x" * 40 + "…'"),
        (True, "true", "true"),
        (2025, "2025", "2025"),
        (2025.5, "2025.5", "2025,5"),
        (float("nan"), "nan", "nan"),
        (dt.date(2021, 5, 19), "2021-05-19", "2021-05-19"),
        (None, "nothing (an empty value)", "một giá trị rỗng"),
        ([1, 2], "a list", "một danh sách"),
    ],
)
def test_given(value: object, english: str, vietnamese: str) -> None:
    msg = Msg("schema.float", given=given(value))

    assert msg.render("en") == f"expected a valid number, got {english}"
    assert msg.render("vi") == f"{vietnamese} không hợp lệ: phải là một số"


# --- pydantic errors ---------------------------------------------------------------------------


class Colour(Enum):
    RED = "red"
    GREEN = "green"


class Inner(BaseModel):
    model_config = ConfigDict(extra="forbid")
    x: int = 0


class Everything(BaseModel):
    """A field for each pydantic error type our mapping handles."""

    model_config = ConfigDict(extra="forbid")
    strict_int: Annotated[int, Field(strict=True)] = 0
    lax_int: int = 0
    number: float = 0
    finite: Annotated[float, Field(allow_inf_nan=False)] = 0
    flag: bool = False
    text: str = ""
    short: Annotated[str, Field(min_length=1)] = "x"
    three: Annotated[str, Field(min_length=3)] = "xxx"
    long: Annotated[str, Field(max_length=3)] = ""
    kebab: Annotated[str, Field(pattern=r"^[a-z]+$")] = "x"
    choice: Literal["A", "B", "C"] = "A"
    single: Literal["only"] = "only"
    colour: Colour = Colour.RED
    ge: Annotated[int, Field(ge=2000)] = 2000
    le: Annotated[int, Field(le=2100)] = 2100
    gt: Annotated[float, Field(gt=0)] = 1
    lt: Annotated[float, Field(lt=10)] = 1
    inner: Inner = Inner()
    mapping: dict[str, int] = {}
    items: list[int] = []
    ident: uuid.UUID | None = None


CASES: list[tuple[str, object, str, str, str]] = [
    # field, input, pydantic type, English, Vietnamese
    ("strict_int", "5", "int_type", "expected a valid integer, got '5'", "'5' không hợp lệ: phải là một số nguyên"),
    ("lax_int", "five", "int_parsing", "expected a valid integer, unable to parse string as an integer, got 'five'", "'five' không hợp lệ: phải là một số nguyên"),
    ("lax_int", 2.5, "int_from_float", "expected a valid integer, got a number with a fractional part (2.5)", "2,5 không hợp lệ: phải là một số nguyên, không có phần thập phân"),
    ("number", [1], "float_type", "expected a valid number, got a list", "một danh sách không hợp lệ: phải là một số"),
    ("number", "x", "float_parsing", "expected a valid number, unable to parse string as a number, got 'x'", "'x' không hợp lệ: phải là một số"),
    ("finite", float("inf"), "finite_number", "expected a finite number, got inf", "inf không hợp lệ: phải là một số hữu hạn"),
    ("flag", [1], "bool_type", "expected a valid boolean, got a list", "một danh sách không hợp lệ: phải là giá trị đúng/sai (true hoặc false)"),
    ("flag", "maybe", "bool_parsing", "expected a valid boolean, unable to interpret input, got 'maybe'", "'maybe' không hợp lệ: phải là giá trị đúng/sai (true hoặc false)"),
    ("text", 5, "string_type", "expected a valid string, got 5", "5 không hợp lệ: phải là nội dung dạng chữ"),
    ("short", "", "string_too_short", "string should have at least 1 character, got ''", "không được để trống (giá trị đã ghi: '')"),
    ("three", "ab", "string_too_short", "string should have at least 3 characters, got 'ab'", "phải có ít nhất 3 ký tự; 'ab' chưa đủ"),
    ("long", "abcd", "string_too_long", "string should have at most 3 characters, got 'abcd'", "chỉ được ghi tối đa 3 ký tự; 'abcd' dài hơn"),
    ("kebab", "A B", "string_pattern_mismatch", "string should match pattern '^[a-z]+$', got 'A B'", "'A B' không đúng mẫu '^[a-z]+$'"),
    ("choice", "E", "literal_error", "expected 'A', 'B' or 'C', got 'E'", "'E' không hợp lệ: chỉ được ghi một trong các giá trị 'A', 'B' hoặc 'C'"),
    ("single", "other", "literal_error", "expected 'only', got 'other'", "'other' không hợp lệ: chỉ được ghi 'only'"),
    ("colour", "blue", "enum", "expected 'red' or 'green', got 'blue'", "'blue' không hợp lệ: chỉ được ghi một trong các giá trị 'red' hoặc 'green'"),
    ("ge", 1999, "greater_than_equal", "expected greater than or equal to 2000, got 1999", "1999 không hợp lệ: phải lớn hơn hoặc bằng 2000"),
    ("le", 2101, "less_than_equal", "expected less than or equal to 2100, got 2101", "2101 không hợp lệ: phải nhỏ hơn hoặc bằng 2100"),
    ("gt", 0, "greater_than", "expected greater than 0, got 0", "0 không hợp lệ: phải lớn hơn 0"),
    ("lt", 10.5, "less_than", "expected less than 10, got 10.5", "10,5 không hợp lệ: phải nhỏ hơn 10"),
    ("inner", "x", "model_type", "expected a mapping (key: value pairs), got text ('x')", "phải là một ánh xạ (các cặp khóa: giá trị), không phải văn bản ('x')"),
    ("mapping", [1], "dict_type", "expected a mapping (key: value pairs), got a list", "phải là một ánh xạ (các cặp khóa: giá trị), không phải một danh sách"),
    ("items", {"a": 1}, "list_type", "expected a list (lines starting with '- '), got a mapping", "phải là một danh sách (các dòng bắt đầu bằng '- '), không phải một ánh xạ"),
]  # fmt: skip


def error_of(field: str, value: object) -> ErrorDetails:
    with pytest.raises(ValidationError) as exc:
        Everything.model_validate({field: value})
    [err] = exc.value.errors(include_url=False)
    return err


@pytest.mark.parametrize(("field", "value", "kind", "english", "vietnamese"), CASES)
def test_each_pydantic_error_has_its_message(
    field: str,
    value: object,
    kind: str,
    english: str,
    vietnamese: str,
    english_in: Callable[[str], list[str]],
) -> None:
    err = error_of(field, value)

    msg = error_message(err)

    assert err["type"] == kind
    assert kind in MAPPED_TYPES
    assert msg.render("en") == english
    assert msg.render("vi") == vietnamese
    assert english_in(vietnamese) == []


def test_a_key_that_is_not_text() -> None:
    """YAML keys may be numbers; the keys of a model are names."""
    with pytest.raises(ValidationError) as exc:
        Everything.model_validate({1990: None})
    [err] = exc.value.errors(include_url=False)

    msg = error_message(err)

    assert err["type"] == "invalid_key"
    assert msg.render("en") == "keys should be strings, got 1990"
    assert msg.render("vi") == "khóa phải là chữ, không phải 1990"


def test_a_key_that_is_not_text_is_located_at_the_key() -> None:
    assert problems_of("province: {id: p, name: x, name_en: x, 1990: 5}\n") == [
        ("schema.key_type", 1, 40, "province[1990]", "keys should be strings, got 1990")
    ]


def test_the_cases_cover_every_mapped_type() -> None:
    """Every type the mapping names is exercised above (the custom codes in test_models, and
    model_attributes_type only arises when validating objects, which dxgap never does)."""
    covered = {kind for _, _, kind, _, _ in CASES} | {"invalid_key"}
    custom = {"date.format", "date.not_calendar", "source.url", "sidecar.separator"}
    custom |= {"range.not_list", "range.count", "range.text"}

    assert MAPPED_TYPES - covered - custom == {
        "missing",
        "extra_forbidden",
        "model_attributes_type",
    }


def test_an_unexpected_pydantic_error_says_what_was_given(
    english_in: Callable[[str], list[str]],
) -> None:
    err = error_of("ident", "not-a-uuid")
    assert err["type"] not in MAPPED_TYPES

    msg = error_message(err)

    assert msg == Msg("schema.other", given=Msg("given.text", text="not-a-uuid"), check=err["type"])
    assert msg.render("en") == f"'not-a-uuid' is not accepted here (check '{err['type']}')"
    assert msg.render("vi").startswith("không chấp nhận 'not-a-uuid' ở chỗ này")
    assert english_in(msg.render("vi")) == []


@pytest.mark.parametrize("code", ["date.format", "date.not_calendar", "source.url"])
def test_our_own_errors_keep_their_code(code: str) -> None:
    err: ErrorDetails = {
        "type": code,
        "loc": ("x",),
        "msg": "",
        "input": "2021/05",
        "ctx": {"given": "2021/05"},
    }

    msg = error_message(err)

    assert msg == Msg(code, given=Msg("given.text", text="2021/05"))


# --- pydantic_problems -------------------------------------------------------------------------


def problems_of(
    text: str, model: type[BaseModel] = TargetFile
) -> list[tuple[str, int | None, int | None, str, str]]:
    data, marks, problems = parse(text, "f.yaml")
    assert problems == [] or all(p.code.startswith("yaml.") for p in problems)
    at = Located("f.yaml", marks)
    at.problems.extend(problems)
    with pytest.raises(ValidationError) as exc:
        model.model_validate(data)
    pydantic_problems(exc.value, model, at)
    return [(p.code, p.line, p.column, p.location, p.message()) for p in at.problems]


PROVINCE = "province: {id: p, name: x, name_en: x}\n"


def test_a_missing_key_is_reported_on_its_parent() -> None:
    assert problems_of("sources: []\n") == [
        ("schema.missing_key", 1, 1, "", "required key 'province' is missing")
    ]


def test_an_unknown_key_lists_the_allowed_ones_with_a_hint() -> None:
    [(code, line, col, location, message)] = problems_of(
        PROVINCE + "sources:\n  - {id: s, title: t, tittle: u}\n"
    )

    assert (code, line, col, location) == ("schema.unknown_key", 3, 23, "sources[0].tittle")
    assert message.startswith(
        "unknown key 'tittle' (did you mean 'title'?); allowed keys: id, title"
    )


def test_one_problem_for_a_union_of_number_and_true_false() -> None:
    text = PROVINCE + "targets:\n  - {id: a, source: s, quote: q, value: ninety}\n"

    assert problems_of(text) == [
        (
            "schema.not_value",
            3,
            41,
            "targets[0].value",
            "expected a number (or true/false), got 'ninety'",
        )
    ]


def test_a_bad_mapping_key_is_located_at_the_key() -> None:
    text = (
        PROVINCE + "targets:\n  - id: a\n    source: s\n    quote: q\n    milestones: {1990: 5}\n"
    )

    assert problems_of(text) == [
        (
            "schema.at_least",
            6,
            18,
            "targets[0].milestones[1990]",
            "expected greater than or equal to 2000, got 1990",
        )
    ]


def test_a_node_refused_while_parsing_is_not_reported_again() -> None:
    """`!!python/...` was refused by the parser; pydantic's 'expected a list' would echo it."""
    text = PROVINCE + "sources: !!python/object:os.system {}\n"

    assert [p[0] for p in problems_of(text)] == ["yaml.tag"]


def test_catalogue_errors_are_located() -> None:
    text = (
        "indicators:\n  - {id: x, name: {vi: a, en: b}, unit: percents, pillar: digital_economy}\n"
    )

    [(code, line, col, location, _)] = problems_of(text, Catalogue)

    assert (code, line, col, location) == ("schema.choice", 2, 41, "indicators[0].unit")


# --- the fixtures ------------------------------------------------------------------------------


def test_every_error_type_of_the_fixtures_is_mapped(invalid_dir: Path) -> None:
    """The broken files under tests/fixtures/invalid produce only error types with a message of
    their own; none falls back to `schema.other`."""
    seen: set[str] = set()
    for path in sorted(invalid_dir.glob("*.yaml")):
        data, _, _ = parse(path.read_text(encoding="utf-8"), path.name)
        model: Any = Catalogue if path.name == "indicators.yaml" else TargetFile
        try:
            model.model_validate(data)
        except ValidationError as e:
            seen |= {err["type"] for err in e.errors()}

    assert seen - MAPPED_TYPES == set()
    assert len(seen) >= 8  # the fixtures do reach pydantic
