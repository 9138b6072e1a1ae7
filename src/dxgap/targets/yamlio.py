"""Safe YAML parsing that remembers where every node came from.

PyYAML's `safe_load` silently keeps the last of two duplicate keys, expands aliases without limit
and forgets line numbers. Target files are a contract that CI checks, so we compose the node tree
ourselves: duplicate keys and foreign tags become problems, alias expansion is bounded, and every
key and value keeps its (line, column) so validation errors can point at it. Every problem is a
message by code (`yaml.*`); PyYAML's English syntax errors are read into codes by
`dxgap.targets.yamlsyntax`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dxgap.errors import Problem
from dxgap.targets.yamlsyntax import syntax_message
from dxgap.text import Msg

Path = tuple[str | int, ...]

MAX_DEPTH = 200
"""Flow collections nested deeper than this are refused before parsing (no recursion blow-up)."""

MAX_NODES = 50_000
"""Nodes produced after alias expansion; a 'billion laughs' file stops here instead of exploding."""

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_PLAIN_FLOAT = frozenset("0123456789.+-eE")  # no _, :, .inf or .nan
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


@dataclass
class Marks:
    """1-based (line, column) of each value node and each mapping key, by data path."""

    values: dict[Path, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path, tuple[int, int]] = field(default_factory=dict)
    flagged: set[Path] = field(default_factory=set)
    """Paths already reported while parsing; validation errors at or below them are echoes."""

    def is_flagged(self, path: Path) -> bool:
        """Whether `path` or one of its ancestors already has a parsing problem."""
        return any(path[:n] in self.flagged for n in range(len(path) + 1))

    def locate(self, path: Path, *, key: bool = False) -> tuple[int | None, int | None]:
        """The closest known position for `path`: the node itself, else its nearest ancestor."""
        if key and path in self.keys:
            return self.keys[path]
        p = path
        while p:
            if p in self.values:
                return self.values[p]
            p = p[:-1]
        return self.values.get((), (None, None))


def format_path(path: Path) -> str:
    """`("targets", 2, "value")` → `targets[2].value`, the form used in messages."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _tag_message(tag: str) -> Msg:
    return Msg("yaml.tag", tag=tag.replace("tag:yaml.org,2002:", "!!"))


def _scalar_reason(node: ScalarNode, error: Exception) -> Msg:
    """Why a scalar could not be read, by what it was to be (a date, a number, true/false)."""
    if node.tag == _TIMESTAMP_TAG:
        return _date_reason(node.value)
    if node.tag == _INT_TAG:
        return Msg("scalar.int")
    if node.tag == _FLOAT_TAG:
        return Msg("scalar.float")
    if node.tag == _BOOL_TAG:
        return Msg("scalar.bool")
    return Msg("scalar.other", detail=str(error))  # pragma: no cover - no other tag can fail


def _date_reason(text: str) -> Msg:
    match = yaml.SafeLoader.timestamp_regexp.match(text)
    if match is None:
        return Msg("scalar.date")
    year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
    if year < dt.MINYEAR:
        return Msg("scalar.date")
    if not 1 <= month <= 12:
        return Msg("scalar.month")
    try:
        dt.date(year, month, day)
    except ValueError:
        return Msg("scalar.day")
    return Msg("scalar.time")


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.marks = Marks()
        self.problems: list[Problem] = []
        self.count = 0
        self.constructor = yaml.SafeLoader("")  # used only to resolve plain scalars

    def problem(self, node: Node, path: Path, message: Msg) -> None:
        self.marks.flagged.add(path)
        line, col = _pos(node)
        self.problems.append(Problem(self.filename, message, line, col, format_path(path)))

    def build(self, node: Node, path: Path) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig(node)
        self.marks.values.setdefault(path, _pos(node))
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ_TAG:
                self.problem(node, path, _tag_message(node.tag))
                return None
            return [self.build(child, (*path, i)) for i, child in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return self.mapping(node, path)
        return None  # pragma: no cover - the composer makes no other node kinds

    def scalar(self, node: ScalarNode, path: Path) -> Any:
        if node.tag not in _SCALAR_TAGS:
            self.problem(node, path, _tag_message(node.tag))
            return None
        text = node.value
        if node.tag == _STR_TAG:  # what SafeConstructor does for text, without its dispatch
            return text if text.isascii() else unicodedata.normalize("NFC", text)
        # plain decimals, as SafeConstructor reads them (it would also take 0o17, 1_000, 1:30)
        if node.tag == _INT_TAG and text.isascii() and text.isdigit() and text[0] != "0":
            return int(text)
        if node.tag == _FLOAT_TAG and _PLAIN_FLOAT.issuperset(text):
            with contextlib.suppress(ValueError):  # `!!float .` is no number: the constructor says
                return float(text)
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError, LookupError, AttributeError) as e:
            # PyYAML's constructors fail in their own ways on tagged text: `!!bool maybe` is a
            # KeyError, `!!int ''` an IndexError, `!!timestamp x` an AttributeError
            self.problem(
                node, path, Msg("yaml.scalar", text=node.value, reason=_scalar_reason(node, e))
            )
            return None
        if isinstance(value, str):
            value = unicodedata.normalize("NFC", value)
        return value

    def mapping(self, node: MappingNode, path: Path) -> Any:
        if node.tag != _MAP_TAG:
            self.problem(node, path, _tag_message(node.tag))
            return None
        out: dict[Any, Any] = {}
        first_seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problem(key_node, path, Msg("yaml.merge_key"))
                continue
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, path, Msg("yaml.key_not_scalar"))
                continue
            key = self.scalar(key_node, path)
            try:
                hash(key)
            except TypeError:  # pragma: no cover - scalars are hashable
                continue
            kpath = (*path, key)
            if key in first_seen:
                self.problem(
                    key_node, kpath, Msg("yaml.duplicate_key", key=str(key), line=first_seen[key])
                )
                continue
            first_seen[key] = key_node.start_mark.line + 1
            self.marks.keys[kpath] = _pos(key_node)
            out[key] = self.build(value_node, kpath)
        return out


class _TooBig(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


def _too_deep(text: str) -> tuple[int, int] | None:
    """Where flow brackets first nest deeper than MAX_DEPTH (quotes and comments skipped)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return None  # cannot nest deeper than there are brackets: skip the character walk
    depth, quote = 0, ""
    for number, line in enumerate(text.split("\n"), 1):
        depth, quote, col = _nest_line(line, depth, quote)
        if col is not None:
            return number, col
        if quote == "'":  # plain single quotes cannot span lines in flow context
            quote = ""
    return None


def _nest_line(line: str, depth: int, quote: str) -> tuple[int, str, int | None]:
    """Bracket depth and open quote after one line, and the column where the depth first goes
    over MAX_DEPTH (None if it does not)."""
    for col, ch in enumerate(line, 1):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            break
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return depth, quote, col
        elif ch in "]}":
            depth = max(0, depth - 1)
    return depth, quote, None


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)


def _compose(text: str) -> Node | None:
    """The node tree, composed by libyaml when PyYAML has it (about 10x faster on a national
    plan of thousands of targets); any input libyaml refuses is composed again in pure Python,
    so that syntax errors keep PyYAML's wording and positions."""
    if _FAST_LOADER is not None:
        try:
            node: Node | None = yaml.compose(text, Loader=_FAST_LOADER)
        except (yaml.YAMLError, RecursionError):
            pass
        else:
            return node
    return yaml.compose(text, Loader=yaml.SafeLoader)


def parse(text: str, filename: str) -> tuple[Any, Marks, list[Problem]]:
    """Parse one YAML document into plain data (dicts, lists, scalars; None when empty).

    Returns (data, marks, problems): `data` is None when the document cannot be read at all
    (syntax, encoding, nesting, size), `marks` the position of every node and key, `problems`
    what is wrong, by code and located. Never raises for bad input.
    """
    builder = _Builder(filename)
    deep = _too_deep(text)
    if deep is not None:
        msg = Msg("yaml.too_deep_brackets", limit=MAX_DEPTH)
        return None, builder.marks, [Problem(filename, msg, *deep)]
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        return None, builder.marks, [Problem(filename, syntax_message(e), line, col)]
    except yaml.reader.ReaderError as e:
        return None, builder.marks, [_reader_problem(e, text, filename)]
    except yaml.YAMLError as e:  # pragma: no cover - PyYAML raises only the errors above
        return None, builder.marks, [Problem(filename, Msg("yaml.error", detail=str(e)))]
    except RecursionError:
        return None, builder.marks, [Problem(filename, Msg("yaml.too_deep"), 1, 1)]
    if root is None:
        return None, builder.marks, []
    try:
        data = builder.build(root, ())
    except _TooBig as e:
        line, col = _pos(e.node)
        msg = Msg("yaml.too_many_nodes", limit=MAX_NODES)
        return None, builder.marks, [Problem(filename, msg, line, col)]
    except RecursionError:
        return None, builder.marks, [Problem(filename, Msg("yaml.too_deep"), 1, 1)]
    return data, builder.marks, builder.problems


def _reader_problem(error: yaml.reader.ReaderError, text: str, filename: str) -> Problem:
    """A character YAML does not allow (a control character), at its line and column."""
    line = text.count("\n", 0, error.position) + 1
    col = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
    char = error.character if isinstance(error.character, str) else chr(error.character)
    return Problem(filename, Msg("yaml.control_character", code=f"U+{ord(char):04X}"), line, col)
