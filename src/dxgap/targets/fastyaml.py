"""A fast path for clean YAML files: plain data from libyaml's parser events, no positions.

`yamlio.parse` composes a node tree and keeps a position for every node, so that each problem
can be located. Most target files have no problem, and then no position is ever asked for:
composing the tree and remembering its marks was most of the time reading a national plan
took. `plain_data` builds the same data straight from libyaml's events, and answers None — "I
cannot vouch for this file" — as soon as it meets anything `yamlio.parse` could refuse, warn
about or remember for a later check:

- anything libyaml refuses (syntax, a control character), more than one document or none, a
  `%YAML`/`%TAG` directive, a tag, an anchor or an alias, a key that is not a scalar, a key
  written twice, nesting deeper than `MAX_NESTING`, more nodes than `yamlio.MAX_NODES`;
- a scalar `yamlio` would refuse: any number that is not a plain decimal (`010`, `1_000`,
  `0x1F`, `.inf`), an unquoted `080`, a date that is none, an empty block scalar, text with a
  control or bidi character;
- a number written like Vietnamese thousands (`2.000`): the rules read how it was written
  (`Marks.written`), which this path does not keep.

The caller then reads the file again by the located path, whose problems, positions and values
are the reference; a file this path vouches for gives there the same data and no problem
(tests/targets/test_fastyaml.py). Without libyaml there is no fast path (None for every file).
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Any

import yaml
from yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import ScalarNode

from dxgap.targets.values import GROUPED
from dxgap.targets.yamlio import (
    LEADING_ZERO,
    MAX_NODES,
    PLAIN_DECIMAL,
    PLAIN_INTEGER,
    SCALAR_TAGS,
    too_deep,
)
from dxgap.text import first_unsafe

_CParser: Any = getattr(getattr(yaml, "_yaml", None), "CParser", None)

MAX_NESTING = 64
"""Collections nested deeper than this are left to the located path (which refuses them past
Python's recursion limit); a target file nests five deep."""

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"

_RESOLVER = yaml.SafeLoader("")
_RESOLVED_FIRST = frozenset(k for k in _RESOLVER.yaml_implicit_resolvers if k is not None)
"""First characters of the plain scalars YAML 1.1 may read as something other than text
(`yes`, `~`, `2025`, `<<`; `""`: an empty plain scalar is null): any other plain scalar is
text."""
if None in _RESOLVER.yaml_implicit_resolvers:  # pragma: no cover - a resolver for any text
    _CParser = None  # would have to ask it at every scalar: no fast path

_QUOTED = frozenset({"'", '"'})


@functools.lru_cache(maxsize=4096)
def _resolve(text: str) -> str:
    """The tag YAML 1.1 gives a plain scalar (a safe loader has no path resolvers)."""
    tag: str = _RESOLVER.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag


def _plain_tag(text: str) -> str:
    """`_resolve` without asking the resolver for the common cases: text whose first character
    starts no other type, and plain decimals (a test checks these against the resolver)."""
    if text[:1] not in _RESOLVED_FIRST:
        return _STR
    if PLAIN_INTEGER.fullmatch(text):
        return _INT
    if PLAIN_DECIMAL.fullmatch(text):
        return _FLOAT
    return _resolve(text)


class _Unsure(Exception):
    """Something the located path may report or remember: read the file there."""


def _text(text: str, plain: bool, style: str | None) -> str:
    """Text as `yamlio` reads it (NFC), or `_Unsure` where `yamlio` would refuse it."""
    if plain and LEADING_ZERO.fullmatch(text):
        raise _Unsure
    if not text and style in (">", "|"):
        raise _Unsure
    if text.isascii() and text.isprintable():
        return text
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if first_unsafe(text) is not None:
        raise _Unsure
    return text


def _scalar(event: ScalarEvent) -> Any:
    """A scalar's value as `yamlio` reads it, or `_Unsure`."""
    if event.anchor is not None or event.tag is not None:
        raise _Unsure
    text = event.value
    plain = event.implicit[0]
    tag = _plain_tag(text) if plain else _STR
    if tag == _STR:
        return _text(text, plain, event.style)
    if tag == _INT and PLAIN_INTEGER.fullmatch(text):
        return int(text)
    if tag == _FLOAT and PLAIN_DECIMAL.fullmatch(text):
        if GROUPED.fullmatch(text):  # `2.000`: the rules ask how it was written
            raise _Unsure
        return float(text) + 0.0
    if tag not in SCALAR_TAGS or tag in (_INT, _FLOAT):
        raise _Unsure  # another number form, `<<`, `=`: refused by yamlio
    try:  # true/false, nothing or a date: SafeConstructor's own function for the tag
        return _RESOLVER.yaml_constructors[tag](_RESOLVER, ScalarNode(tag, text))
    except (yaml.YAMLError, ValueError, OverflowError, LookupError, AttributeError):
        raise _Unsure from None


def _value(event: Any) -> Any:
    """A scalar's value: most are plain ASCII text, quoted or plain and starting with no
    character YAML reads as another type (checked here, without a call); `_scalar` reads the
    others."""
    text = event.value
    if (
        text.isascii()
        and text.isprintable()
        and event.tag is None
        and event.anchor is None
        and (text[:1] not in _RESOLVED_FIRST if event.implicit[0] else event.style in _QUOTED)
    ):
        return text
    return _scalar(event)


class _Reader:
    """Builds the data of one document from its events, counting its nodes."""

    def __init__(self, get: Any) -> None:
        self.get = get
        self.nodes = 0

    def node(self, event: Any, depth: int) -> Any:
        """The value of the node that starts with `event`; `depth` collections enclose it."""
        kind = type(event)
        if kind is ScalarEvent:
            self.nodes += 1
            return _value(event)
        if event.anchor is not None or event.tag is not None or depth >= MAX_NESTING:
            raise _Unsure  # an alias, an anchor, a tag, deep nesting
        if kind is MappingStartEvent:
            return self.mapping(depth + 1)
        if kind is SequenceStartEvent:
            return self.sequence(depth + 1)
        raise _Unsure

    def mapping(self, depth: int) -> dict[Any, Any]:
        get = self.get
        out: dict[Any, Any] = {}
        while True:
            event = get()
            if type(event) is not ScalarEvent:
                if type(event) is MappingEndEvent:
                    self.nodes += len(out) + 1
                    if self.nodes > MAX_NODES:
                        raise _Unsure
                    return out
                raise _Unsure  # a key that is a mapping, a list or an alias
            key = _value(event)
            if key in out:
                raise _Unsure  # written twice
            event = get()
            out[key] = _value(event) if type(event) is ScalarEvent else self.node(event, depth)

    def sequence(self, depth: int) -> list[Any]:
        get = self.get
        out: list[Any] = []
        while True:
            event = get()
            if type(event) is ScalarEvent:
                out.append(_value(event))
            elif type(event) is SequenceEndEvent:
                self.nodes += len(out) + 1
                if self.nodes > MAX_NODES:
                    raise _Unsure
                return out
            else:
                out.append(self.node(event, depth))


def plain_data(text: str) -> Any:
    """The data `yamlio.parse(text)` gives when it finds no problem, or None when this path
    cannot vouch for that (see the module's docstring). Raises nothing for bad input."""
    if _CParser is None or too_deep(text) is not None:
        return None
    parser = _CParser(text)
    get = parser.get_event
    try:
        if type(get()) is not StreamStartEvent:
            return None  # pragma: no cover - libyaml always starts a stream
        start = get()
        if type(start) is not DocumentStartEvent or start.version or start.tags:
            return None
        data = _Reader(get).node(get(), 0)
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            return None
    except (yaml.YAMLError, _Unsure, RecursionError):
        return None
    finally:
        parser.dispose()
    return data


__all__ = ["MAX_NESTING", "plain_data"]
