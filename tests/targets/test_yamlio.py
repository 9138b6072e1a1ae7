"""`yamlio.parse`: safe YAML that keeps every node's position and turns hostile input into problems,
each by code."""

from __future__ import annotations

import re
import unicodedata

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from dxgap.errors import Problem
from dxgap.targets.yamlio import MAX_DEPTH, MAX_NODES, PLAIN_DECIMAL, Marks, format_path, parse
from dxgap.text import Msg

NESTED = """\
a:
  b: [1, {c: x}]
  d:
    - e: 1
      f: 2
    - plain
"""


def parse_ok(text: str) -> tuple[object, Marks]:
    data, marks, problems = parse(text, "f.yaml")
    assert problems == []
    return data, marks


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


# --- marks -----------------------------------------------------------------------------------


def test_nested_data() -> None:
    data, _ = parse_ok(NESTED)

    assert data == {"a": {"b": [1, {"c": "x"}], "d": [{"e": 1, "f": 2}, "plain"]}}


@pytest.mark.parametrize(
    ("path", "position"),
    [
        ((), (1, 1)),
        (("a",), (2, 3)),  # the nested mapping starts at "b"
        (("a", "b"), (2, 6)),  # the flow sequence's "["
        (("a", "b", 0), (2, 7)),
        (("a", "b", 1), (2, 10)),  # the flow mapping's "{"
        (("a", "b", 1, "c"), (2, 14)),
        (("a", "d"), (4, 5)),  # the block sequence's first "-"
        (("a", "d", 0), (4, 7)),
        (("a", "d", 0, "e"), (4, 10)),
        (("a", "d", 0, "f"), (5, 10)),
        (("a", "d", 1), (6, 7)),
    ],
)
def test_value_marks(path: tuple[str | int, ...], position: tuple[int, int]) -> None:
    _, marks = parse_ok(NESTED)

    assert marks.values[path] == position


@pytest.mark.parametrize(
    ("path", "position"),
    [
        (("a",), (1, 1)),
        (("a", "b"), (2, 3)),
        (("a", "b", 1, "c"), (2, 11)),
        (("a", "d"), (3, 3)),
        (("a", "d", 0, "e"), (4, 7)),
        (("a", "d", 0, "f"), (5, 7)),
    ],
)
def test_key_marks(path: tuple[str | int, ...], position: tuple[int, int]) -> None:
    _, marks = parse_ok(NESTED)

    assert marks.keys[path] == position


def test_only_mapping_keys_have_key_marks() -> None:
    _, marks = parse_ok(NESTED)

    assert ("a", "d", 0) not in marks.keys
    assert () not in marks.keys


def test_columns_count_characters_not_bytes() -> None:
    _, marks = parse_ok('p: {name: "Tỉnh Bình Dương", id: x}\n')

    assert marks.keys[("p", "id")] == (1, 30)
    assert marks.values[("p", "id")] == (1, 34)


def test_crlf_line_endings() -> None:
    _, marks = parse_ok("a: 1\r\nb:\r\n  c: 2\r\n")

    assert marks.values[("b", "c")] == (3, 6)


def test_locate_prefers_the_key_when_asked() -> None:
    _, marks = parse_ok(NESTED)

    assert marks.locate(("a", "d", 0, "e"), key=True) == (4, 7)
    assert marks.locate(("a", "d", 0, "e")) == (4, 10)


def test_locate_falls_back_to_the_nearest_ancestor() -> None:
    _, marks = parse_ok(NESTED)

    assert marks.locate(("a", "b", 1, "missing")) == (2, 10)
    assert marks.locate(("a", "d", 0, "missing"), key=True) == (4, 7)
    assert marks.locate(("nowhere", 3)) == (1, 1)


def test_locate_without_marks() -> None:
    assert Marks().locate(("a", 1)) == (None, None)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ((), ""),
        (("targets",), "targets"),
        (("targets", 2, "value"), "targets[2].value"),
        (("targets", 0, "milestones", 2023), "targets[0].milestones[2023]"),
        ((0, "a"), "[0].a"),
    ],
)
def test_format_path(path: tuple[str | int, ...], text: str) -> None:
    assert format_path(path) == text


# --- duplicate keys --------------------------------------------------------------------------


def test_duplicate_key_in_block_mapping() -> None:
    data, marks, problems = parse("a: 1\nb: 2\na: 3\n", "f.yaml")

    p = only(problems)
    assert (p.path, p.line, p.column, p.location) == ("f.yaml", 3, 1, "a")
    assert p.msg == Msg("yaml.duplicate_key", key="a", line=1)
    assert p.message() == (
        "duplicate key 'a' (first defined on line 1); YAML would silently keep only the last one"
    )
    assert data == {"a": 1, "b": 2}  # the first one counts, and is where marks point
    assert marks.keys[("a",)] == (1, 1)


def test_duplicate_key_in_flow_mapping() -> None:
    data, _, problems = parse("x: {a: 1, a: 2}\n", "f.yaml")

    p = only(problems)
    assert (p.line, p.column, p.location) == (1, 11, "x.a")
    assert data == {"x": {"a": 1}}


def test_duplicate_nested_key_reports_its_path() -> None:
    _, _, problems = parse("t:\n  - id: a\n    v: 1\n    v: 2\n", "f.yaml")

    p = only(problems)
    assert (p.line, p.column, p.location) == (4, 5, "t[0].v")


def test_same_key_in_different_mappings_is_fine() -> None:
    data, _ = parse_ok("- a: 1\n- a: 2\n")

    assert data == [{"a": 1}, {"a": 2}]


def test_keys_of_different_types_are_different() -> None:
    data, _ = parse_ok('1: x\n"1": y\n')

    assert data == {1: "x", "1": "y"}


def test_keys_equal_after_nfc_are_duplicates() -> None:
    _, _, problems = parse("B\u00ecnh: 1\nBi\u0300nh: 2\n", "f.yaml")

    assert only(problems).line == 2


def test_a_duplicate_number_key_is_named() -> None:
    _, _, problems = parse("m:\n  2023: 1\n  2023: 2\n", "f.yaml")

    p = only(problems)
    assert (p.code, p.location) == ("yaml.duplicate_key", "m[2023]")
    assert p.message() == (
        "duplicate key '2023' (first defined on line 2); YAML would silently keep only the last one"
    )


# --- tags ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tag", "position"),
    [
        ('a: !!python/object/apply:os.system ["echo hi"]\n', "!!python/object/apply:os.system", 4),
        ("a: !!python/name:os.system ''\n", "!!python/name:os.system", 4),
        (
            "a: !!python/object:collections.OrderedDict {}\n",
            "!!python/object:collections.OrderedDict",
            4,
        ),
        ("a: !!binary aGVsbG8=\n", "!!binary", 4),
        ("a: !!set {x}\n", "!!set", 4),
        ("a: !!omap [x: 1]\n", "!!omap", 4),
        ("a: !vi text\n", "!vi", 4),
        ("a: !<tag:example.com,2000:x> [1]\n", "tag:example.com,2000:x", 4),
    ],
)
def test_foreign_tags_are_refused(text: str, tag: str, position: int) -> None:
    data, _, problems = parse(text, "f.yaml")

    p = only(problems)
    assert (p.line, p.column, p.location) == (1, position, "a")
    assert p.msg == Msg("yaml.tag", tag=tag)
    assert (
        p.message() == f"YAML tag {tag} is not allowed: target files hold plain data, never objects"
    )
    assert data == {"a": None}


def test_tag_on_the_root() -> None:
    data, _, problems = parse("!!python/object:os.system {}\n", "f.yaml")

    assert only(problems).line == 1
    assert data is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a: !!str 5\n", "5"),
        ("a: !!int '5'\n", 5),
        ("a: !!float 1\n", 1.0),
        ("a: !!bool 'true'\n", True),
        ("a: !!null ''\n", None),
        ("a: !!map {b: 1}\n", {"b": 1}),
        ("a: !!seq [1]\n", [1]),
    ],
)
def test_standard_tags_are_plain_data(text: str, value: object) -> None:
    data, _ = parse_ok(text)

    assert data == {"a": value}


def test_merge_keys_are_refused() -> None:
    data, _, problems = parse("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n", "f.yaml")

    p = only(problems)
    assert (p.line, p.column, p.location) == (3, 3, "other")
    assert p.code == "yaml.merge_key"
    assert p.message() == "merge keys ('<<') are not supported; write keys out"
    assert data == {"base": {"x": 1}, "other": {"y": 2}}


def test_non_scalar_keys_are_refused() -> None:
    data, _, problems = parse("? [a, b]\n: c\nd: 1\n", "f.yaml")

    p = only(problems)
    assert (p.line, p.column) == (1, 3)
    assert p.code == "yaml.key_not_scalar"
    assert p.message() == "mapping keys must be plain scalars"
    assert data == {"d": 1}


# --- aliases ---------------------------------------------------------------------------------


def test_small_aliases_are_expanded() -> None:
    data, marks = parse_ok("base: &b {k: 1}\ncopy: *b\n")

    assert data == {"base": {"k": 1}, "copy": {"k": 1}}
    assert marks.keys[("copy",)] == (2, 1)
    assert marks.values[("copy", "k")] == (1, 14)  # an alias's content lives at its anchor


def nested_aliases(width: int, depth: int) -> str:
    """An anchor list of `width` strings, then `depth` levels of `width` aliases each."""
    lines = ["l0: &l0 [" + ", ".join(["lol"] * width) + "]"]
    for i in range(1, depth + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def test_aliases_within_the_bound_are_allowed() -> None:
    data, _ = parse_ok(nested_aliases(width=10, depth=3))  # about 11,000 nodes

    assert isinstance(data, dict)
    assert len(data["l3"][9][9]) == 10


@pytest.mark.parametrize(("width", "depth"), [(10, 5), (9, 9), (100, 8)])
def test_alias_bomb_is_bounded(width: int, depth: int) -> None:
    """10**9 strings once expanded: refused after MAX_NODES of them (nothing else would end)."""
    data, _, problems = parse(nested_aliases(width, depth), "f.yaml")

    assert data is None
    p = only(problems)
    assert p.msg == Msg("yaml.too_many_nodes", limit=MAX_NODES)
    assert p.message() == (
        f"the document expands to more than {MAX_NODES:,} nodes "
        "(aliases referring to aliases?); refusing to expand it"
    )
    assert p.line is not None


def test_a_long_plain_list_counts_against_the_bound_too() -> None:
    text = "a: [" + ", ".join(["1"] * (MAX_NODES + 10)) + "]\n"

    _, _, problems = parse(text, "f.yaml")

    assert only(problems).code == "yaml.too_many_nodes"


def test_the_node_bound_is_in_the_readers_language() -> None:
    _, _, problems = parse(nested_aliases(width=10, depth=5), "f.yaml")

    assert only(problems).message("vi").startswith("tài liệu bung ra hơn 50.000 nút")


# --- text ------------------------------------------------------------------------------------


def test_decomposed_vietnamese_is_normalised_to_nfc() -> None:
    decomposed = "Bi\u0300nh Du\u031bo\u031bng"
    data, _ = parse_ok(f'name: "{decomposed}"\n{decomposed}: plain\n')

    precomposed = "B\u00ecnh D\u01b0\u01a1ng"
    assert precomposed == unicodedata.normalize("NFC", decomposed)
    assert data == {"name": precomposed, precomposed: "plain"}


def test_empty_document() -> None:
    assert parse("", "f.yaml") == (None, Marks(), [])
    assert parse("# only a comment\n", "f.yaml")[2] == []


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("a: [1, 2\n", 2, 1, "flow sequence"),
        ("a: 1\n b: 2\n", 2, 3, "mapping values are not allowed"),
        ("a: 1\n---\nb: 2\n", 2, 1, "single document"),
        ('a: "open\n', 2, 1, "quoted scalar"),
        ("a: *nowhere\n", 1, 4, "undefined alias"),
    ],
)
def test_syntax_errors_are_located(text: str, line: int, column: int, words: str) -> None:
    data, _, problems = parse(text, "f.yaml")

    p = only(problems)
    assert data is None
    assert (p.line, p.column) == (line, column)
    assert p.code == "yaml.syntax"
    assert p.message().startswith("YAML syntax error: ")
    assert words in p.message()


def test_control_character_is_located() -> None:
    _, _, problems = parse("a: 1\nb: x\x07y\n", "f.yaml")

    p = only(problems)
    assert (p.line, p.column) == (2, 5)
    assert p.msg == Msg("yaml.control_character", code="U+0007")
    assert p.message() == (
        "character U+0007 is not allowed in YAML (control characters are not text)"
    )


@pytest.mark.parametrize(
    ("scalar", "reason", "english"),
    [
        ("2020-02-30", "scalar.day", "day is out of range for month"),
        ("2021-13-01", "scalar.month", "month must be in 1..12"),
        ("0000-01-01", "scalar.date", "not a valid date"),
        ("2020-01-01 25:00:00", "scalar.time", "not a valid time of day"),
        ("!!timestamp someday", "scalar.date", "not a valid date"),
        ("0b_", "scalar.int", "not a valid integer"),
        ("!!int five", "scalar.int", "not a valid integer"),
        ("!!float five", "scalar.float", "not a valid number"),
        ("!!bool maybe", "scalar.bool", "not true/false"),
    ],
)
def test_unreadable_scalar_is_a_problem(scalar: str, reason: str, english: str) -> None:
    """PyYAML's own errors (some of them a KeyError or an AttributeError) become one problem
    that says why, in words of the catalogue."""
    data, _, problems = parse(f"d: {scalar}\n", "f.yaml")

    p = only(problems)
    assert (p.line, p.column, p.location) == (1, 4, "d")
    text = scalar.split()[-1] if scalar.startswith("!!") else scalar
    assert p.msg == Msg("yaml.scalar", text=text, reason=Msg(reason))
    assert p.message() == f"cannot read scalar '{text}': {english}"
    assert data == {"d": None}


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    data, _, problems = parse("[" * 5000 + "]" * 5000, "f.yaml")

    assert data is None
    p = only(problems)
    assert p.msg == Msg("yaml.too_deep_brackets", limit=MAX_DEPTH)
    assert p.message() == f"YAML nesting is too deep (more than {MAX_DEPTH} levels of brackets)"
    assert (p.line, p.column) == (1, MAX_DEPTH + 1)


def test_brackets_in_quotes_and_comments_do_not_nest() -> None:
    quoted = "a: '" + "[" * (MAX_DEPTH + 5) + "'\n"
    commented = "# " + "{" * (MAX_DEPTH + 5) + "\nb: 1\n"

    assert parse(quoted, "f.yaml")[2] == []
    assert parse(commented, "f.yaml")[2] == []


def test_nesting_is_located_on_its_line() -> None:
    text = "a: 1\nb: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n"

    p = only(parse(text, "f.yaml")[2])
    assert (p.code, p.line, p.column) == ("yaml.too_deep_brackets", 2, 4 + MAX_DEPTH)


def test_deep_block_nesting_is_a_problem_not_a_crash() -> None:
    """Indentation nests without brackets; Python's recursion limit ends it, as a problem."""
    text = "".join(" " * i + "- \n" for i in range(0, 4000, 2)) + " " * 4000 + "x\n"

    data, _, problems = parse(text, "f.yaml")

    assert data is None
    p = only(problems)
    assert (p.msg, p.line, p.column) == (Msg("yaml.too_deep"), 1, 1)
    assert p.message() == "YAML nesting is too deep"


@settings(max_examples=300, deadline=None)
@given(
    scalar=st.lists(
        st.sampled_from([*"0123456789", ".", "-", "+", "e", "E", "_", ":", "x", "o", "inf", "nan"]),
        min_size=1,
        max_size=8,
    ).map("".join)
)
def test_scalars_read_as_pyyaml_reads_them(scalar: str) -> None:
    """The shortcuts for plain numbers give what PyYAML's safe loader gives, every time; other
    number forms are refused (tests/targets/test_numbers.py)."""
    text = f"a: {scalar}\n"
    try:
        expected = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError):
        return  # PyYAML refuses it: parse reports a problem (tested elsewhere)
    number = isinstance(expected["a"], int | float) and not isinstance(expected["a"], bool)
    if (number and not PLAIN_DECIMAL.fullmatch(scalar)) or re.fullmatch(r"[-+]?0[0-9]+", scalar):
        return  # not a plain decimal: refused
    data, _, problems = parse(text, "x.yaml")
    assert problems == []
    assert data == expected
    assert type(data["a"]) is type(expected["a"])


@pytest.mark.parametrize(
    "escape", ["\\e[31m", "\\x9b", "\\0", "\\u202E", "\\u2066", "\\u061C", "\\a", "\\x7f"]
)
def test_control_and_reordering_characters_written_as_escapes_are_refused(escape: str) -> None:
    # ../shared/cases/hostile-y-ansi: "Tỉnh A\e]0;PWNED\a" passed validate and set the title
    data, _, problems = parse(f'name: "Tỉnh A{escape}"\nquote: "x"\n', "t.yaml")
    (problem,) = problems
    assert (problem.code, problem.line, problem.column) == ("yaml.control_escaped", 1, 7)
    assert data["quote"] == "x"  # the rest of the file is read as written


def test_tabs_and_line_breaks_are_text() -> None:
    data, _, problems = parse('quote: "a\\tb"\nnote: |\n  one\n  two\n', "t.yaml")
    assert problems == []
    assert (data["quote"], data["note"]) == ("a\tb", "one\ntwo\n")


def test_one_text_written_plain_quoted_and_as_a_key_reads_as_each_says() -> None:
    """Each distinct scalar's tag is resolved once per file (issue 20): the same text, plain,
    quoted or as a key, still reads as what its own form says."""
    data, marks = parse_ok('1: 1\nb: "1"\nc: [1, "1", yes, "yes"]\nd: 1\n')
    assert data == {1: 1, "b": "1", "c": [1, "1", True, "yes"], "d": 1}
    assert marks.values[("c", 3)] == (3, 18)  # the quoted "yes"
    assert marks.keys[("d",)] == (4, 1)
