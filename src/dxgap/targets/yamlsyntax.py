"""PyYAML's syntax errors as messages by code.

PyYAML words a syntax error in English only: a `context` ("while parsing a flow mapping") and a
`problem` ("expected ',' or '}', but got '<scalar>'"). Both come from a finite set of phrases in
PyYAML's scanner, parser and composer. `PHRASES` maps each phrase, written as PyYAML writes it
(with `{name}` where PyYAML inserts a found character, token, anchor or count), to a catalogue
code whose English template is that same phrase; the Vietnamese catalogue translates it. A
phrase this table does not know (a newer PyYAML) becomes `yaml.phrase.other`, which quotes the
English inside a Vietnamese sentence.

One kind of syntax error gets a message of its own, because PyYAML's words send the reader
the wrong way: a value that starts with a character YAML reserves, written without quotes.
`comparator: >=` is "expected chomping or indentation indicators" (`>` opens a folded block of
text), `{comparator: >=}` and `name: @home` are "found character that cannot start any token".
`unquoted_indicator` names the value and the fix: `comparator: ">="`.
"""

from __future__ import annotations

import functools
import re

import yaml

from dxgap.text import Msg

PHRASES: dict[str, str] = {
    # contexts: what PyYAML was reading
    "while scanning for the next token": "yaml.ctx.next_token",
    "while scanning a simple key": "yaml.ctx.simple_key",
    "while scanning a directive": "yaml.ctx.directive",
    "while parsing a directive": "yaml.ctx.parse_directive",
    "while scanning an anchor": "yaml.ctx.anchor",
    "while scanning an alias": "yaml.ctx.alias",
    "while scanning a tag": "yaml.ctx.tag",
    "while parsing a tag": "yaml.ctx.parse_tag",
    "while scanning a block scalar": "yaml.ctx.block_scalar",
    "while scanning a double-quoted scalar": "yaml.ctx.double_quoted",
    "while scanning a quoted scalar": "yaml.ctx.quoted",
    "while parsing a node": "yaml.ctx.node",
    "while parsing a block node": "yaml.ctx.block_node",
    "while parsing a flow node": "yaml.ctx.flow_node",
    "while parsing a block collection": "yaml.ctx.block_collection",
    "while parsing a block mapping": "yaml.ctx.block_mapping",
    "while parsing a flow sequence": "yaml.ctx.flow_sequence",
    "while parsing a flow mapping": "yaml.ctx.flow_mapping",
    "expected a single document in the stream": "yaml.ctx.single_document",
    "found duplicate anchor {anchor}; first occurrence": "yaml.ctx.duplicate_anchor",
    # problems: what PyYAML found there
    "found character {char} that cannot start any token": "yaml.problem.bad_character",
    "could not find expected ':'": "yaml.problem.no_colon",
    "sequence entries are not allowed here": "yaml.problem.entry_here",
    "mapping keys are not allowed here": "yaml.problem.key_here",
    "mapping values are not allowed here": "yaml.problem.value_here",
    "expected alphabetic or numeric character, but found {char}": "yaml.problem.alphanumeric",
    "expected a digit or '.', but found {char}": "yaml.problem.digit_or_dot",
    "expected a digit or ' ', but found {char}": "yaml.problem.digit_or_space",
    "expected a digit, but found {char}": "yaml.problem.digit",
    "expected ' ', but found {char}": "yaml.problem.space",
    "expected a comment or a line break, but found {char}": "yaml.problem.line_end",
    "expected '>', but found {char}": "yaml.problem.angle",
    "expected '!', but found {char}": "yaml.problem.bang",
    "expected URI, but found {char}": "yaml.problem.uri",
    "expected URI escape sequence of 2 hexadecimal numbers, but found {char}": (
        "yaml.problem.uri_escape"
    ),
    "expected indentation indicator in the range 1-9, but found 0": "yaml.problem.indent_zero",
    "expected chomping or indentation indicators, but found {char}": (
        "yaml.problem.block_indicator"
    ),
    "expected escape sequence of {count} hexadecimal numbers, but found {char}": (
        "yaml.problem.hex_escape"
    ),
    "found unknown escape character {char}": "yaml.problem.escape",
    "found unexpected end of stream": "yaml.problem.end_of_stream",
    "found unexpected document separator": "yaml.problem.separator",
    "expected '<document start>', but found {token}": "yaml.problem.document_start",
    "found duplicate YAML directive": "yaml.problem.duplicate_directive",
    "found incompatible YAML document (version 1.* is required)": "yaml.problem.version",
    "duplicate tag handle {handle}": "yaml.problem.duplicate_handle",
    "found undefined tag handle {handle}": "yaml.problem.undefined_handle",
    "expected the node content, but found {token}": "yaml.problem.node_content",
    "expected <block end>, but found {token}": "yaml.problem.block_end",
    "expected ',' or ']', but got {token}": "yaml.problem.flow_sequence",
    "expected ',' or '}}', but got {token}": "yaml.problem.flow_mapping",
    "but found another document": "yaml.problem.another_document",
    "found undefined alias {alias}": "yaml.problem.undefined_alias",
    "second occurrence": "yaml.problem.second_occurrence",
}
"""PyYAML's phrases (`{name}` where it inserts what it found; `}}` is a literal brace, as in the
catalogue templates) → catalogue codes."""

TOKENS: dict[str, str] = {
    "<directive>": "yaml.token.directive",
    "<document start>": "yaml.token.document_start",
    "<document end>": "yaml.token.document_end",
    "<stream start>": "yaml.token.stream_start",
    "<stream end>": "yaml.token.stream_end",
    "<block sequence start>": "yaml.token.block_sequence",
    "<block mapping start>": "yaml.token.block_mapping",
    "<block end>": "yaml.token.block_end",
    "<alias>": "yaml.token.alias",
    "<anchor>": "yaml.token.anchor",
    "<tag>": "yaml.token.tag",
    "<scalar>": "yaml.token.scalar",
}
"""PyYAML's named tokens (as in `but got '<scalar>'`) → codes; punctuation tokens (`','`) are
shown as they are."""


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\})", template.replace("}}", "}"))
    regex = "".join(
        f"(?P<{part[1:-1]}>.+?)" if re.fullmatch(r"\{\w+\}", part) else re.escape(part)
        for part in parts
    )
    return re.compile(f"^{regex}$", re.DOTALL)


def _has_field(template: str) -> bool:
    return re.search(r"\{\w+\}", template) is not None


_EXACT = {p.replace("}}", "}"): code for p, code in PHRASES.items() if not _has_field(p)}


@functools.cache
def _found_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The phrases with fields, as patterns: compiled when a syntax error is first explained
    (23 patterns; a clean file never asks)."""
    return [(_pattern(p), code) for p, code in PHRASES.items() if _has_field(p)]


def _found(name: str, text: str) -> object:
    """A found thing as a message parameter: a named token in words, anything else as PyYAML
    quoted it (`'\\t'`, `','`); counts as numbers."""
    if name == "count" and text.isdigit():
        return int(text)
    if name == "token":
        code = TOKENS.get(text.strip("'"))
        if code is not None:
            return Msg(code)
    return text


def phrase(text: str) -> Msg:
    """One of PyYAML's phrases as a message; `yaml.phrase.other` quoting it when unknown."""
    code = _EXACT.get(text)
    if code is not None:
        return Msg(code)
    for pattern, code in _found_patterns():
        match = pattern.match(text)
        if match:
            return Msg(code, **{k: _found(k, v) for k, v in match.groupdict().items()})
    return Msg("yaml.phrase.other", text=text)


def syntax_message(error: yaml.MarkedYAMLError) -> Msg:
    """`yaml.syntax` for a PyYAML error: its context (where the construct it was reading began,
    when that is elsewhere) and its problem, each as a code."""
    context = phrase(error.context) if error.context else None
    problem = phrase(error.problem) if error.problem else None
    mark = error.context_mark
    opened = mark is not None and mark != error.problem_mark
    detail: Msg
    if context is None:
        detail = problem if problem is not None else Msg("yaml.syntax.invalid")
    elif opened and mark is not None:
        at = {"line": mark.line + 1, "column": mark.column + 1}
        if problem is None:
            detail = Msg("yaml.syntax.opened_only", context=context, **at)
        else:
            detail = Msg("yaml.syntax.opened", context=context, problem=problem, **at)
    elif problem is None:
        detail = context
    else:
        detail = Msg("yaml.syntax.context", context=context, problem=problem)
    return Msg("yaml.syntax", detail=detail)


_RESERVED = frozenset(">|%@`")
"""Characters that cannot start an unquoted value: `>` and `|` open a block of text (and
cannot start anything in brackets), `%` a directive, `@` and `` ` `` are reserved."""

LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""Line breaks as YAML counts lines (PyYAML's marks count these)."""

_KEY = re.compile(r"(\w[\w.-]*)\s*:\s*$")


def quoted_fix(key: str | None, text: str) -> str:
    """How to write `text` as a quoted value: `comparator: ">="` (just `">="` without a key)."""
    value = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{key}: {value}" if key else value


COMPARATOR_AND_VALUE = re.compile(r"(>=|<=|>|<)\s*(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?)")
"""A comparator written with its number (`>=80`): two keys, `comparator: ">="` and `value: 80`."""


def indicator_message(key: str | None, text: str, why: Msg) -> Msg:
    """`yaml.unquoted_indicator`, or `yaml.comparator_value` when a comparator carries its
    number (`comparator: >=80`: quoting it whole would give no comparator either)."""
    joined = COMPARATOR_AND_VALUE.fullmatch(text) if key == "comparator" else None
    if joined is not None:
        fix = quoted_fix(key, joined[1])
        return Msg("yaml.comparator_value", text=text, why=why, fix=fix, value=joined[2])
    return Msg("yaml.unquoted_indicator", text=text, why=why, fix=quoted_fix(key, text))


def unquoted_indicator(source: str, error: yaml.MarkedYAMLError) -> tuple[Msg, int, int] | None:
    """`yaml.unquoted_indicator` and its (line, column) when `error` is an unquoted value that
    starts with a reserved character (`comparator: >=`); None for any other syntax error."""
    block = error.context == "while scanning a block scalar"
    cannot_start = (error.problem or "").startswith("found character")
    mark = error.context_mark if block else error.problem_mark
    if mark is None or error.problem_mark is None or mark.line != error.problem_mark.line:
        return None
    if not (block or cannot_start):
        return None
    lines = LINE_BREAK.split(source)
    line = lines[mark.line] if mark.line < len(lines) else ""
    col = mark.column
    char, before = line[col : col + 1], line[:col]
    if char not in _RESERVED or not before.strip():
        return None
    text = line[col:].split(" #")[0]
    if not block and any(c in before for c in "{["):  # in brackets: up to the next , } or ]
        text = re.split(r"[,}\]]", text)[0]
    text = text.strip()
    why = Msg("yaml.indicator.block" if block else "yaml.indicator.reserved", char=char)
    key = _KEY.search(before)
    return indicator_message(key.group(1) if key else None, text, why), mark.line + 1, col + 1


__all__ = [
    "COMPARATOR_AND_VALUE",
    "LINE_BREAK",
    "PHRASES",
    "TOKENS",
    "indicator_message",
    "phrase",
    "quoted_fix",
    "syntax_message",
    "unquoted_indicator",
]
