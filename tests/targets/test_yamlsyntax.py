"""`yamlsyntax`: PyYAML's English syntax errors as messages by code, in both languages."""

from __future__ import annotations

import ast
import inspect
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
import yaml.composer
import yaml.parser
import yaml.scanner

from dxgap import text
from dxgap.targets.yamlio import parse
from dxgap.targets.yamlsyntax import PHRASES, TOKENS, phrase, syntax_message
from dxgap.text import Msg

_ERRORS = ("ScannerError", "ParserError", "ComposerError")
_SAMPLES = {
    "%r": ["'x'"],
    "%d": ["4"],
    "%s": ["anchor", "alias", "tag", "directive", "block", "flow"],
}


def _format_strings(node: ast.expr) -> Iterator[str]:
    """The literal phrase of an argument: a string, or the string on the left of `%`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        yield from _format_strings(node.left)


def pyyaml_phrases() -> list[str]:
    """Every context and problem phrase PyYAML's scanner, parser and composer raise, with
    its `%r`/`%s`/`%d` left in (read from PyYAML's own source)."""
    found: list[str] = []
    for module in (yaml.scanner, yaml.parser, yaml.composer):
        tree = ast.parse(inspect.getsource(module))
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in _ERRORS
            ):
                for arg in call.args:
                    found.extend(_format_strings(arg))
    return sorted(set(found))


def examples(phrase_format: str) -> list[str]:
    """The phrase with each `%` conversion filled in every plausible way."""
    slots = re.findall(r"%[rsd]", phrase_format)
    pieces = re.split(r"%[rsd]", phrase_format)
    return [
        "".join(piece + value for piece, value in zip(pieces, [*combo, ""], strict=True))
        for combo in itertools.product(*(_SAMPLES[slot] for slot in slots))
    ]


def test_pyyaml_has_phrases_to_read() -> None:
    phrases = pyyaml_phrases()

    assert len(phrases) > 30
    assert "mapping values are not allowed here" in phrases
    assert "found character %r that cannot start any token" in phrases


@pytest.mark.parametrize("pyyaml_phrase", pyyaml_phrases())
def test_every_phrase_of_pyyaml_has_a_code(pyyaml_phrase: str) -> None:
    """A newer PyYAML with new wording fails here, not silently in a user's terminal."""
    codes = {phrase(example).code for example in examples(pyyaml_phrase)}

    assert codes - {"yaml.phrase.other"}, pyyaml_phrase


@pytest.mark.parametrize(("words", "code"), PHRASES.items())
def test_the_english_template_is_pyyamls_phrase(words: str, code: str) -> None:
    """English output is PyYAML's own wording, word for word."""
    assert text.catalogue("en")[code] == words


@pytest.mark.parametrize(("words", "code"), PHRASES.items())
def test_every_phrase_reads_back_as_its_code(words: str, code: str) -> None:
    sample = re.sub(r"\{(\w+)\}", lambda m: "4" if m.group(1) == "count" else "'x'", words)

    msg = phrase(sample.replace("}}", "}"))

    assert msg.code == code
    assert msg.render("en") == sample.replace("}}", "}")


@pytest.mark.parametrize("code", sorted({*PHRASES.values(), *TOKENS.values()}))
def test_every_phrase_is_vietnamese(code: str, english_in: Callable[[str], list[str]]) -> None:
    params = {"char": "'\\t'", "token": Msg("yaml.token.scalar"), "count": 4}
    params |= {"anchor": "'x'", "alias": "'x'", "handle": "'!x!'"}
    names = text.placeholders(text.catalogue("vi")[code])

    vi = Msg(code, **{k: v for k, v in params.items() if k in names}).render("vi")

    assert english_in(vi) == []


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        ("'<scalar>'", Msg("yaml.token.scalar")),
        ("'<block mapping start>'", Msg("yaml.token.block_mapping")),
        ("','", "','"),
    ],
)
def test_tokens_are_named_in_words(found: str, expected: object) -> None:
    msg = phrase(f"expected ',' or ']', but got {found}")

    assert msg == Msg("yaml.problem.flow_sequence", token=expected)


def test_an_unknown_phrase_is_quoted_in_a_vietnamese_sentence(
    english_in: Callable[[str], list[str]],
) -> None:
    msg = phrase("found something new in PyYAML 7")

    assert msg == Msg("yaml.phrase.other", text="found something new in PyYAML 7")
    assert msg.render("en") == "found something new in PyYAML 7"
    vi = msg.render("vi")
    assert "'found something new in PyYAML 7'" in vi
    assert english_in(vi) == []


def _error(text_: str) -> yaml.MarkedYAMLError:
    try:
        yaml.compose(text_, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        return e
    raise AssertionError(f"{text_!r} is valid YAML")


def test_a_context_opened_elsewhere_says_where() -> None:
    msg = syntax_message(_error("a: {b: 1\nc: 2\n"))

    detail = msg.params["detail"]
    assert isinstance(detail, Msg)
    assert detail.code == "yaml.syntax.opened"
    assert (detail.params["line"], detail.params["column"]) == (1, 4)
    assert msg.render("en") == (
        "YAML syntax error: while parsing a flow mapping (opened at line 1, column 4): "
        "expected ',' or '}', but got ':'"
    )
    assert msg.render("vi") == (
        "lỗi cú pháp YAML: khi phân tích một ánh xạ trong ngoặc nhọn { } (bắt đầu ở dòng 1, "
        "cột 4): cần ',' hoặc '}', nhưng gặp ':'"
    )


def test_a_context_at_the_problem_is_not_repeated() -> None:
    msg = syntax_message(_error("a: 1\n\tb: 2\n"))

    assert msg.render("en") == (
        "YAML syntax error: while scanning for the next token: "
        "found character '\\t' that cannot start any token"
    )


def test_a_problem_without_context() -> None:
    msg = syntax_message(_error("a: 1\n b: 2\n"))

    assert msg == Msg("yaml.syntax", detail=Msg("yaml.problem.value_here"))


def test_an_error_without_words() -> None:
    error = yaml.MarkedYAMLError()

    assert syntax_message(error).render("en") == "YAML syntax error: invalid YAML"


def test_a_context_without_problem() -> None:
    mark = yaml.Mark("f", 0, 2, 4, None, None)
    error = yaml.MarkedYAMLError("while parsing a block mapping", mark)

    assert syntax_message(error).render("en") == (
        "YAML syntax error: while parsing a block mapping (opened at line 3, column 5)"
    )


FULLY_VIETNAMESE = {
    "syntax-error.yaml": (
        "lỗi cú pháp YAML: khi phân tích một ánh xạ trong ngoặc nhọn { } (bắt đầu ở dòng 2, "
        "cột 11): cần ',' hoặc '}', nhưng gặp một giá trị"
    ),
    "syntax-error-indentation.yaml": (
        "lỗi cú pháp YAML: không được đặt giá trị của ánh xạ (sau dấu ':') ở chỗ này; "
        "hãy kiểm tra thụt lề"
    ),
    "tab-indentation.yaml": (
        "lỗi cú pháp YAML: khi tìm thành phần tiếp theo: gặp ký tự '\\t', ký tự này không thể "
        "mở đầu một thành phần YAML"
    ),
}


@pytest.mark.parametrize(("name", "vietnamese"), FULLY_VIETNAMESE.items())
def test_syntax_fixtures_in_vietnamese(
    invalid_dir: Path, name: str, vietnamese: str, english_in: Callable[[str], list[str]]
) -> None:
    _, _, problems = parse((invalid_dir / name).read_text(encoding="utf-8"), name)

    [problem] = problems
    assert problem.code == "yaml.syntax"
    assert problem.message("vi") == vietnamese
    assert english_in(problem.message("vi")) == []
