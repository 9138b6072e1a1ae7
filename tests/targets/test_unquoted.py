"""A value that starts with a character YAML reserves, written without quotes (`comparator: >=`),
is one located problem that says to quote it, never PyYAML's "expected chomping or indentation
indicators" (issue 13, item 3)."""

from __future__ import annotations

import pytest

from dxgap.errors import Problem
from dxgap.targets.yamlio import parse
from dxgap.targets.yamlsyntax import quoted_fix
from dxgap.text import Msg


def only(text: str) -> Problem:
    _, _, problems = parse(text, "f.yaml")
    assert len(problems) == 1, problems
    return problems[0]


BLOCK = Msg("yaml.indicator.block", char=">")


@pytest.mark.parametrize(
    ("text", "position", "value", "why", "fix"),
    [
        ("comparator: >=\nvalue: 5\n", (1, 13), ">=", BLOCK, 'comparator: ">="'),
        ("comparator: >=   # at least\n", (1, 13), ">=", BLOCK, 'comparator: ">="'),
        ("t:\n  - id: a\n    comparator: >=\n", (3, 17), ">=", BLOCK, 'comparator: ">="'),
        ("- >=\n", (1, 3), ">=", BLOCK, '">="'),
        ("note: |x\n", (1, 7), "|x", Msg("yaml.indicator.block", char="|"), 'note: "|x"'),
        (
            "t: {comparator: >=, value: 5}\n",
            (1, 17),
            ">=",
            Msg("yaml.indicator.reserved", char=">"),
            'comparator: ">="',
        ),
        ("t: [>=, 5]\n", (1, 5), ">=", Msg("yaml.indicator.reserved", char=">"), '">="'),
        (
            "t: {a: 1, b: |}\n",
            (1, 14),
            "|",
            Msg("yaml.indicator.reserved", char="|"),
            'b: "|"',
        ),
        ("name: %x\n", (1, 7), "%x", Msg("yaml.indicator.reserved", char="%"), 'name: "%x"'),
        (
            "name: @home, work\n",
            (1, 7),
            "@home, work",
            Msg("yaml.indicator.reserved", char="@"),
            'name: "@home, work"',
        ),
        (
            "name: `x` y\n",
            (1, 7),
            "`x` y",
            Msg("yaml.indicator.reserved", char="`"),
            'name: "`x` y"',
        ),
        ('q: @"a"\n', (1, 4), '@"a"', Msg("yaml.indicator.reserved", char="@"), 'q: "@\\"a\\""'),
    ],
)
def test_an_unquoted_reserved_character_says_to_quote_the_value(
    text: str, position: tuple[int, int], value: str, why: Msg, fix: str
) -> None:
    p = only(text)

    assert (p.line, p.column) == position
    assert p.msg == Msg("yaml.unquoted_indicator", text=value, why=why, fix=fix)


def test_the_comparator_message_in_both_languages() -> None:
    p = only("comparator: >=\n")

    assert p.message() == (
        "'>=' must be quoted: in YAML, '>' at the start of a value opens a block of text; "
        'write comparator: ">="'
    )
    assert p.message("vi") == (
        "'>=' phải đặt trong dấu nháy: trong YAML, ký tự '>' ở đầu giá trị mở một khối văn bản; "
        "hãy viết 'comparator: \">=\"'"
    )


@pytest.mark.parametrize(
    ("text", "header", "fix"),
    [
        ("comparator: >\nvalue: 5\n", ">", 'comparator: ">"'),
        ("comparator: |\nvalue: 5\n", "|", 'comparator: "|"'),
        ("comparator: >-\n", ">-", 'comparator: ">-"'),
        ("- >\n", ">", '">"'),
    ],
)
def test_an_empty_block_of_text_is_a_comparator_that_lacks_quotes(
    text: str, header: str, fix: str
) -> None:
    """`comparator: >` is valid YAML for an empty text; nobody means that."""
    data, _, problems = parse(text, "f.yaml")

    [p] = problems
    why = Msg("yaml.indicator.block", char=header[0])
    assert p.msg == Msg("yaml.unquoted_indicator", text=header, why=why, fix=fix)
    assert data is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("comparator: <=\n", "<="),  # '<' may start a plain scalar
        ("comparator: <\n", "<"),
        ("t: {comparator: <=}\n", "<="),
        ('comparator: ">="\n', ">="),
        ("comparator: '>'\n", ">"),
        ("note: >\n  folded\n  text\n", "folded text\n"),
        ("note: |\n  literal\n", "literal\n"),
        ("note: a > b\n", "a > b"),
    ],
)
def test_quoted_values_and_real_blocks_are_fine(text: str, value: str) -> None:
    data, _, problems = parse(text, "f.yaml")

    assert problems == []
    assert isinstance(data, dict)
    assert value in data.values() or value in data["t"].values()


@pytest.mark.parametrize(
    "text",
    [
        "a:\n\tb: 1\n",  # a tab: PyYAML's own words
        ">=\n",  # nothing before the value: no key to quote
        "a: 1\n b: 2\n",
        "a: [1, 2\n",
        "a: {b: 1]\n",  # context and problem on one line, neither a block nor a bad character
        "a: &\n",
        "a: 'x' y\n",
    ],
)
def test_other_syntax_errors_keep_their_message(text: str) -> None:
    assert only(text).code == "yaml.syntax"


@pytest.mark.parametrize(
    ("key", "text", "fix"),
    [
        ("comparator", ">=", 'comparator: ">="'),
        (None, ">=", '">="'),
        ("name", 'say "hi"', 'name: "say \\"hi\\""'),
        ("path", "a\\b", 'path: "a\\\\b"'),
    ],
)
def test_quoted_fix(key: str | None, text: str, fix: str) -> None:
    assert quoted_fix(key, text) == fix


def test_crlf_and_other_line_breaks_keep_the_position() -> None:
    p = only("a: 1\r\nb: 2\x85comparator: >=\r\n")

    assert (p.line, p.column, p.msg.params["text"]) == (3, 13, ">=")


@pytest.mark.parametrize(
    ("text", "position", "written", "comparator", "value"),
    [
        ("comparator: >=80\n", (1, 13), ">=80", ">=", "80"),
        ("comparator: > 5\n", (1, 13), "> 5", ">", "5"),
        ("comparator: >2   # two\n", (1, 13), ">2", ">", "2"),  # an empty block of text
        ("t: {comparator: >=80, year: 2025}\n", (1, 17), ">=80", ">=", "80"),
        ("comparator: >=-1.5\n", (1, 13), ">=-1.5", ">=", "-1.5"),
    ],
)
def test_a_comparator_written_with_its_number_is_two_keys(
    text: str, position: tuple[int, int], written: str, comparator: str, value: str
) -> None:
    """`comparator: ">=80"`, the quoted whole, would be no comparator either."""
    _, _, problems = parse(text, "f.yaml")
    [p] = problems
    assert (p.line, p.column) == position
    assert p.msg.code == "yaml.comparator_value"
    assert (p.msg.params["fix"], p.msg.params["value"]) == (f'comparator: "{comparator}"', value)
    assert p.msg.params["text"] == written
