"""Safe YAML parsing that remembers where every node came from.

PyYAML's `safe_load` silently keeps the last of two duplicate keys, expands aliases without limit
and forgets line numbers. Target files are a contract that CI checks, so we compose the node tree
ourselves: duplicate keys and foreign tags become problems, alias expansion is bounded, and every
key and value keeps its (line, column) so validation errors can point at it. Every problem is a
message by code (`yaml.*`); PyYAML's English syntax errors are read into codes by
`dxgap.targets.yamlsyntax`.

Numbers are read as the person who wrote them means them, not as YAML 1.1 does: only plain
decimals (`10`, `-3`, `2.5`) are numbers. Every other form YAML 1.1 turns into a number — `010`
(octal: 8), `0x1F`, `0b11`, `1_000`, `1:30` (base 60: 90), `+5`, `5.`, `.5`, `1.0e+3`, `.inf`,
`.nan` — and an unquoted number with a leading zero that YAML leaves as text (`080`) is a
problem that names the plain decimal to write. `yes`/`no`/`on`/`off` stay YAML 1.1's true and
false; `Marks.written` keeps how every such scalar was written, so that later checks can say
"YAML read the unquoted `No` as false" or see that `2.000` was written with three decimals.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from dxgap.errors import Problem
from dxgap.targets.yamlsyntax import (
    LINE_BREAK,
    indicator_message,
    syntax_message,
    unquoted_indicator,
)
from dxgap.text import Msg, first_unsafe

Path = tuple[str | int, ...]

MAX_DEPTH = 200
"""Flow collections nested deeper than this are refused before parsing (no recursion blow-up)."""

MAX_NODES = 50_000
"""Nodes produced after alias expansion; a 'billion laughs' file stops here instead of exploding."""

SCALAR_TAGS = {
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
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"

PLAIN_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
"""A whole number as target files write it: ASCII digits, no leading zero, perhaps a minus."""

PLAIN_DECIMAL = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
"""A plain decimal: a plain integer, perhaps with a decimal point between digits (`2.5`)."""

LEADING_ZERO = re.compile(r"[-+]?0[0-9]+")
"""An unquoted `080` or `09`: text to YAML 1.1 (8 and 9 are no octal digits), a number to a
person; refused like `010`, so that no leading zero is ever read one way or the other."""


class Positions(dict[Path, tuple[int, int]]):
    """1-based (line, column) by data path. The parser stores each node's start mark as it is
    (`remember`), turned into a position only when asked for: a clean file of thousands of
    targets asks for none, and building a tuple for each of its nodes was a tenth of the
    parse."""

    remember: Callable[[Path, Any], object] = dict.setdefault  # type: ignore[assignment]
    """`remember(path, mark)` keeps `mark` (a YAML start mark) for `path`, unless `path` already
    has one: dict's own setdefault, with no Python frame at each of a plan's nodes."""

    def __getitem__(self, path: Path) -> tuple[int, int]:
        found: Any = dict.__getitem__(self, path)
        return found if isinstance(found, tuple) else (found.line + 1, found.column + 1)

    def get(self, path: Path, default: Any = None) -> Any:
        if path not in self:
            return default
        return self[path]


@dataclass
class Marks:
    """1-based (line, column) of each value node and each mapping key, by data path."""

    values: Positions = field(default_factory=Positions)
    keys: Positions = field(default_factory=Positions)
    flagged: set[Path] = field(default_factory=set)
    """Paths already reported while parsing; validation errors at or below them are echoes."""
    written: dict[Path, str] = field(default_factory=dict)
    """How each value YAML read as something other than text (a number, true/false, a date)
    was written in the file: `2.000` for the number 2.0, `No` for false."""

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
        if () in self.values:
            return self.values[()]
        return None, None


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


def plain_number(text: str, tag: str) -> int | float | None:
    """The number a plain decimal writes, typed as YAML's tag says (`!!float 1` is 1.0); None
    when `text` is not a plain decimal. `-0.0` is 0.0: no value is ever shown as -0."""
    if tag == _INT_TAG and PLAIN_INTEGER.fullmatch(text):
        return int(text)
    if tag == _FLOAT_TAG and PLAIN_DECIMAL.fullmatch(text):
        return float(text) + 0.0
    return None


def _plain_text(value: float) -> str:
    """A number as a plain decimal, the way to write it in a target file: 1000, 0.5, 90.5."""
    if isinstance(value, int) or (value.is_integer() and abs(value) < 1e16):
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def _tidied(text: str) -> str | None:
    """`text` without what keeps it from being a plain decimal (underscores, a plus sign,
    leading zeros, a bare decimal point): `+05` → `5`, `1_000` → `1000`, `.5` → `0.5`; None
    when more than that is wrong (an exponent, another base)."""
    body = text.replace("_", "")
    sign = "-" if body.startswith("-") else ""
    whole, _, fraction = body.lstrip("+-").partition(".")
    tidy = sign + (whole.lstrip("0") or "0") + ("." + fraction if fraction else "")
    return None if tidy == "-0" or not PLAIN_DECIMAL.fullmatch(tidy) else tidy


def number_form(text: str, read: float | None) -> Msg:
    """Why `text`, which YAML 1.1 reads as the number `read` (None: as text), is refused, and
    the plain decimal to write instead (`yaml.number_form`, or `yaml.number_special` for
    infinity and not-a-number)."""
    if read is not None and not math.isfinite(read):
        return Msg("yaml.number_special", text=text)
    body = text.lstrip("+-").lower()
    why: Msg
    if read is not None and ":" in text:
        why, meant = Msg("number.sexagesimal", read=read), _plain_text(read)
    elif read is not None and body.startswith(("0x", "0b")):
        base = 16 if body.startswith("0x") else 2
        why, meant = Msg("number.base", base=base, read=read), _plain_text(read)
    else:
        tidy = _tidied(text)
        meant = tidy if tidy is not None else _plain_text(read or 0)
        zero = text.lstrip("+-")[:1] == "0" and text.lstrip("+-")[1:2].isdigit()
        if isinstance(read, int) and tidy is not None and int(tidy) != read:
            why = Msg("number.octal", read=read)
        else:
            why = Msg("number.leading_zero" if zero else "number.plain")
    return Msg("yaml.number_form", text=text, why=why, meant=meant)


def _written_plain(node: ScalarNode) -> bool:
    """Whether a scalar stands unquoted and untagged in the file (its text is all there is)."""
    start, end = node.start_mark, node.end_mark
    plain = node.style in (None, "")  # PyYAML says None, libyaml ""
    return plain and start.line == end.line and end.column - start.column == len(node.value)


class _Builder:
    def __init__(self, filename: str, text: str) -> None:
        self.filename = filename
        self.text = text
        self.marks = Marks()
        self.problems: list[Problem] = []
        self.count = 0
        self.constructor = yaml.SafeLoader("")  # used only to resolve plain scalars

    def problem(self, node: Node, path: Path, message: Msg, *, flag: bool = True) -> None:
        if flag:
            self.marks.flagged.add(path)
        line, col = _pos(node)
        self.problems.append(Problem(self.filename, message, line, col, format_path(path)))

    def build(self, node: Node, path: Path) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig(node)
        self.marks.values.remember(path, node.start_mark)
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
        text = node.value
        # most of a plan's scalars are ASCII text `read` has nothing to say about: not empty,
        # no control character, not starting with a sign or 0 (`LEADING_ZERO`; "1" > "0" > "-")
        if node.tag == _STR_TAG and text.isascii() and text.isprintable() and text[:1] > "0":
            return text
        key = path[-1] if path and isinstance(path[-1], str) else None
        value, problem = self.read(node, key)
        if problem is not None:
            self.problem(node, path, problem)
        elif node.tag not in (_STR_TAG, "tag:yaml.org,2002:null"):
            self.marks.written[path] = node.value
        return value

    def read(self, node: ScalarNode, key: str | None = None) -> tuple[Any, Msg | None]:
        """(the value of a scalar, None) or (None, why it is refused); `key` is the mapping key
        it is the value of, for the hint of an empty block scalar."""
        if node.tag not in SCALAR_TAGS:
            return None, _tag_message(node.tag)
        text = node.value
        if node.tag == _STR_TAG:  # what SafeConstructor does for text, without its dispatch
            if LEADING_ZERO.fullmatch(text) and _written_plain(node):
                return None, number_form(text, None)
            if text == "" and node.style in (">", "|"):
                return None, self.empty_block(node, key)
            text = text if text.isascii() else unicodedata.normalize("NFC", text)
            unsafe = first_unsafe(text)
            if unsafe is not None:  # written as an escape ("\e", "\u202E"): not text either;
                # the text is kept so that the rest of the file is checked as written
                return text, Msg("yaml.control_escaped", code=f"U+{ord(unsafe):04X}")
            return text, None
        number = plain_number(text, node.tag)
        if number is not None:
            return number, None
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError, LookupError, AttributeError) as e:
            # PyYAML's constructors fail in their own ways on tagged text: `!!bool maybe` is a
            # KeyError, `!!int ''` an IndexError, `!!timestamp x` an AttributeError
            return None, Msg("yaml.scalar", text=node.value, reason=_scalar_reason(node, e))
        if node.tag in (_INT_TAG, _FLOAT_TAG):
            return None, number_form(text, value)
        return value, None  # true/false, a date or nothing (text was handled above)

    def empty_block(self, node: ScalarNode, key: str | None) -> Msg:
        """`comparator: >` (or `|`): YAML reads an empty block of text; a quoted `">"` was meant."""
        lines = LINE_BREAK.split(self.text)
        line = lines[node.start_mark.line] if node.start_mark.line < len(lines) else ""
        header = line[node.start_mark.column :].split(" #")[0].strip() or str(node.style)
        why = Msg("yaml.indicator.block", char=header[0])
        return indicator_message(key, header, why)

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
            text = key_node.value
            if key_node.tag == _STR_TAG and text.isascii() and text.isidentifier():
                key, refused = text, None  # what `read` gives such a key, without its checks
            else:
                key, refused = self.read(key_node)
            if refused is not None:  # the entry is left out: nothing below can echo the key
                self.problem(key_node, path, refused, flag=False)
                continue
            kpath = (*path, key)
            if key in first_seen:
                self.problem(
                    key_node, kpath, Msg("yaml.duplicate_key", key=str(key), line=first_seen[key])
                )
                continue
            first_seen[key] = key_node.start_mark.line + 1
            self.marks.keys.remember(kpath, key_node.start_mark)
            out[key] = self.build(value_node, kpath)
        return out


class _TooBig(Exception):
    def __init__(self, node: Node) -> None:
        self.node = node


def too_deep(text: str) -> tuple[int, int] | None:
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


def _remembering(loader: Any) -> Any:
    """`loader` resolving each distinct (kind, text, style) once per document: the tag of a
    plain scalar is a pure function of them (safe loaders have no path resolvers), and libyaml's
    composer asks Python for it at every node, most of which repeat (`id`, `value`, `year`).
    The memo is `functools.cache` (no Python frame when the answer is known), and the resolver's
    descent and ascent through the tree, which only path resolvers use, are builtins that do
    nothing: libyaml's composer calls both at every node."""
    if loader is None:
        return None

    class Remembering(loader):  # type: ignore[misc]
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self.resolve = functools.cache(super().resolve)
            if not self.yaml_path_resolvers:  # safe loaders have none
                self.descend_resolver = _ignore_two  # (parent, index): nothing to do
                self.ascend_resolver = tuple  # (): nothing to do

    return Remembering


_ignore_two = slice
"""A builtin taking two arguments of any kind and doing nothing else (cheaper than a Python
function at each of a plan's hundreds of thousands of nodes)."""


_FAST_LOADER: Any = _remembering(getattr(yaml, "CSafeLoader", None))


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
    builder = _Builder(filename, text)
    deep = too_deep(text)
    if deep is not None:
        msg = Msg("yaml.too_deep_brackets", limit=MAX_DEPTH)
        return None, builder.marks, [Problem(filename, msg, *deep)]
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as e:
        unquoted = unquoted_indicator(text, e)
        if unquoted is not None:
            return None, builder.marks, [Problem(filename, *unquoted)]
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
