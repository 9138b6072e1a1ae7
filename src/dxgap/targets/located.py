"""Problems located in a YAML file, and pydantic's errors turned into them.

`Located` collects the problems of one file, pointing each at the line and column of the node it
concerns. `pydantic_problems` turns a `ValidationError` into such problems: every pydantic error
type our models can produce maps to a catalogue code whose parameters come from the error's
context and input (`ERROR_CODES`, `LIMIT_CODES` and the few types handled by name); our own
validators raise errors whose type already is a code (`models.CUSTOM_CODES`). A type nobody
expected still becomes a located problem (`schema.other`), never pydantic's English.

Two refusals get a hint, because what was written says what was meant: text where a number
belongs (`value: "80"`, `1.200.000`, `86,3`, `1e3`) names the number to write
(`number_hint`), and a number, date or true/false where text belongs names what YAML read the
unquoted scalar as and how to quote it (`name: No` → `name: "No"`).
"""

from __future__ import annotations

import datetime as dt
import re
import typing
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from dxgap.errors import Problem, Severity
from dxgap.names import did_you_mean
from dxgap.targets.models import CUSTOM_CODES, RANGE_TEXT
from dxgap.targets.yamlio import PLAIN_DECIMAL, Marks, Path, format_path
from dxgap.targets.yamlsyntax import COMPARATOR_AND_VALUE, quoted_fix
from dxgap.text import Msg


class Located:
    """Collects the problems of one file, turning data paths into line/column positions."""

    def __init__(self, filename: str, marks: Marks) -> None:
        self.filename = filename
        self.marks = marks
        self.problems: list[Problem] = []

    def add(self, path: Path, msg: Msg, *, key: bool = False, severity: Severity = "error") -> None:
        """Record `msg` at `path` (`("targets", 2, "value")`): at its key when `key` (an unknown
        or misplaced key), else at its value; at the nearest ancestor the file has."""
        line, col = self.marks.locate(path, key=key)
        self.problems.append(Problem(self.filename, msg, line, col, format_path(path), severity))


# --- values as the person who wrote them sees them ---------------------------------------------


def kind_of(value: Any) -> Msg:
    """What a YAML value looks like to the person who wrote it, as a message ("a mapping",
    "text ('x')", "a number (5)"), never a Python type name."""
    if value is None:
        return Msg("kind.empty")
    if isinstance(value, list):
        return Msg("kind.list")
    if isinstance(value, dict):
        return Msg("kind.mapping")
    if isinstance(value, bool):
        return Msg("kind.bool", value="true" if value else "false")
    if isinstance(value, int | float):
        return Msg("kind.number", number=value)
    if isinstance(value, dt.date):
        return Msg("kind.date", date=value.isoformat())
    return Msg("kind.text", text=str(value))


def given(value: Any) -> object:
    """A value the user gave, as a message parameter: text quoted (`'ninety'`), numbers and
    true/false as YAML writes them, a date in ISO form, anything else by its kind."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        return Msg("given.text", text=value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return kind_of(value)


# --- pydantic's errors as codes ----------------------------------------------------------------

ERROR_CODES: dict[str, str] = {
    "int_type": "schema.int",
    "int_parsing": "schema.int_parsing",
    "int_from_float": "schema.int_fraction",
    "float_type": "schema.float",
    "float_parsing": "schema.float_parsing",
    "finite_number": "schema.finite",
    "bool_type": "schema.bool",
    "bool_parsing": "schema.bool_parsing",
    "string_type": "schema.string",
    "invalid_key": "schema.key_type",
}
"""Pydantic error types whose message needs only the value given."""

LIMIT_CODES: dict[str, tuple[str, str]] = {
    "greater_than_equal": ("schema.at_least", "ge"),
    "less_than_equal": ("schema.at_most", "le"),
    "greater_than": ("schema.greater", "gt"),
    "less_than": ("schema.less", "lt"),
}
"""Pydantic error types of a numeric bound: the code and the context key holding the bound."""

_SHAPES = {
    "model_type": "schema.not_mapping",
    "model_attributes_type": "schema.not_mapping",
    "dict_type": "schema.not_mapping",
    "list_type": "schema.not_list",
}

_CHOICE = re.compile(r"'((?:[^'\\]|\\.)*)'")


def _choices(err: ErrorDetails) -> Msg:
    """literal_error / enum: the allowed values, quoted, from pydantic's context."""
    found = [f"'{c}'" for c in _CHOICE.findall(str(err.get("ctx", {}).get("expected", "")))]
    if len(found) > 1:
        return Msg("schema.choice", choices=found[:-1], last=found[-1], given=given(err["input"]))
    if found:
        return Msg("schema.choice_one", choice=found[0], given=given(err["input"]))
    return _other(err)


def _text_length(err: ErrorDetails) -> Msg:
    ctx = err.get("ctx", {})
    if err["type"] == "string_too_long":
        return Msg("schema.too_long", max=ctx.get("max_length"), given=given(err["input"]))
    low = ctx.get("min_length")
    if low == 1:
        return Msg("schema.too_short_one", given=given(err["input"]))
    return Msg("schema.too_short", min=low, given=given(err["input"]))


def _pattern(err: ErrorDetails) -> Msg:
    pattern = str(err.get("ctx", {}).get("pattern", ""))
    return Msg("schema.pattern", pattern=pattern, given=given(err["input"]))


def _other(err: ErrorDetails) -> Msg:
    return Msg("schema.other", given=given(err["input"]), check=err["type"])


_BY_TYPE: dict[str, Callable[[ErrorDetails], Msg]] = {
    "literal_error": _choices,
    "enum": _choices,
    "string_too_short": _text_length,
    "string_too_long": _text_length,
    "string_pattern_mismatch": _pattern,
}

MAPPED_TYPES = frozenset(
    {"missing", "extra_forbidden", *_SHAPES, *ERROR_CODES, *LIMIT_CODES, *_BY_TYPE, *CUSTOM_CODES}
)
"""Every pydantic error type with a message of its own (any other is `schema.other`)."""


def error_message(err: ErrorDetails) -> Msg:
    """The message for one pydantic error about a value (`missing` and `extra_forbidden` need
    the model: see `pydantic_problems`). A type with no message of its own becomes
    `schema.other`, naming the value given; raises nothing."""
    kind = err["type"]
    if kind in CUSTOM_CODES:
        return Msg(kind, **{**err.get("ctx", {}), "given": given(err["input"])})
    if kind in _SHAPES:
        return Msg(_SHAPES[kind], got=kind_of(err["input"]))
    if kind in ERROR_CODES:
        return Msg(ERROR_CODES[kind], given=given(err["input"]))
    if kind in LIMIT_CODES:
        code, bound = LIMIT_CODES[kind]
        return Msg(code, limit=err.get("ctx", {}).get(bound), given=given(err["input"]))
    return _BY_TYPE.get(kind, _other)(err)


def _model_at(model: type[BaseModel], loc: Iterable[str | int]) -> type[BaseModel] | None:
    """The model class that owns the last element of `loc`, to list its allowed keys."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        fields = getattr(current, "model_fields", None)
        if fields is None or part not in fields:
            return None
        current = _first_model(fields[part].annotation)
        if current is None:
            return None
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _first_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _first_model(arg)
        if found is not None:
            return found
    return None


def _unknown_key(err: ErrorDetails, model: type[BaseModel]) -> Msg:
    owner = _model_at(model, err["loc"][:-1])
    fields = list(owner.model_fields) if owner else []
    key = str(err["loc"][-1])
    return Msg(
        "schema.unknown_key",
        key=key,
        hint=did_you_mean(key, fields),
        allowed=[Msg("ident", name=f) for f in fields],
    )


# --- hints: what was written says what was meant -------------------------------------------------

_GROUPED_POINTS = re.compile(r"-?[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]+)?")
_DECIMAL_COMMA = re.compile(r"-?[0-9]+,[0-9]+")
_COMMA_THOUSANDS = re.compile(r"-?[1-9][0-9]{0,2},[0-9]{3}")  # 1,586: thousands or a decimal?
_GROUPED_SPACES = re.compile(r"(?<=[0-9])[ \u00a0\u202f](?=[0-9]{3}(?![0-9]))")
_EXPONENT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?[eE][-+]?[0-9]+")
_YES_NO = frozenset(
    {"y", "n", "x", "yes", "no", "true", "false", "on", "off", "có", "không", "đúng", "sai"}
)
_OCTAL = re.compile(r"[-+]?0o[0-7]+")  # YAML 1.2's octal, which YAML 1.1 leaves as text


def number_hint(text: str) -> Msg | None:
    """What to write instead of `text` where a number belongs, when `text` says which number it
    means: quoted (`"80"`), grouped (`1.200.000`, `1 586`), with a decimal comma (`86,3`), a
    percent sign, an exponent, a Unicode minus, full-width digits or an octal literal (`0o17`:
    15); or true/false words (`yes`, `có`, `đúng`, `sai`). None when it says no number plainly
    (`ninety`, or `1,586`: 1586 or 1.586?)."""
    shown = unicodedata.normalize("NFKC", text).strip().replace("\u2212", "-")
    shown = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in shown)
    if shown.lower() in _YES_NO:
        return Msg("number_hint.boolean")
    if _OCTAL.fullmatch(shown):
        return Msg("number_hint.octal", text=shown, meant=int(shown, 8))
    if PLAIN_DECIMAL.fullmatch(shown):
        return Msg("number_hint.unquote" if shown == text else "number_hint.plain", meant=shown)
    if _GROUPED_POINTS.fullmatch(shown):
        return Msg("number_hint.thousands", meant=shown.replace(".", "").replace(",", "."))
    if _DECIMAL_COMMA.fullmatch(shown) and not _COMMA_THOUSANDS.fullmatch(shown):
        return Msg("number_hint.decimal_comma", meant=shown.replace(",", "."))
    shown = _GROUPED_SPACES.sub("", shown.removesuffix("%").strip())
    if _EXPONENT.fullmatch(shown):
        value = float(shown)
        shown = str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if PLAIN_DECIMAL.fullmatch(shown):
        return Msg("number_hint.plain", meant=shown)
    return None


def range_hint(value: Any) -> Msg | None:
    """`value: [25, 30]` or `value: "25-30"`: a range written where one number belongs, and the
    `range` to write instead (`number_hint.range`); None for anything else."""
    if isinstance(value, list) and len(value) == 2:
        if all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
            low, high = (PLAIN_DECIMAL.fullmatch(str(v)) and str(v) for v in value)
            if low and high:
                return Msg("number_hint.range", low=low, high=high)
        return None
    found = RANGE_TEXT.fullmatch(value) if isinstance(value, str) else None
    if found is None:
        return None
    low, high = (found[i].replace(",", ".") for i in (1, 2))
    return Msg("number_hint.range", low=low, high=high)


def _not_a_number(err: ErrorDetails, *, union: bool, ranged: bool = False) -> Msg:
    """A number (or true/false, for a union) expected and not given; with a hint when the text
    given says which number it means, or, for a target's `value` (`ranged`), that it is a
    range (`range: [25, 30]`)."""
    value = err["input"]
    hint = range_hint(value) if ranged else None
    if hint is None and isinstance(value, str):
        hint = number_hint(value)
    if hint is None:
        return Msg("schema.not_value" if union else "schema.float", given=given(value))
    if union:
        return Msg("schema.not_value_hint", given=given(value), hint=hint)
    return Msg("schema.float_hint", given=given(value), hint=hint)


def _not_an_integer(err: ErrorDetails) -> Msg:
    """A whole number expected (a year, a milestone's year), text given: with a hint when the
    text says which number it means (`"2025"`: written without quotes)."""
    value = err["input"]
    hint = number_hint(value) if isinstance(value, str) else None
    if hint is None:
        return error_message(err)
    meant = hint.params.get("meant")
    if isinstance(meant, str) and PLAIN_DECIMAL.fullmatch(meant) and float(meant).is_integer():
        meant = str(int(float(meant)))  # "2025.0": 2025
        code = "number_hint.unquote_whole" if hint.code == "number_hint.unquote" else hint.code
        hint = Msg(code, **{**hint.params, "meant": meant})
    return Msg("schema.int_hint", given=given(value), hint=hint)


_LOOKALIKES = {"≥": ">=", "≤": "<=", "⩾": ">=", "⩽": "<=", "=>": ">=", "=<": "<="}
"""Comparators as word processors and other languages write them, and the one meant."""


def _not_a_comparator(err: ErrorDetails) -> Msg:
    """A comparator that is none: with its number (`">=80"`: two keys), or a look-alike
    (`≥`, `=>`); else the choices."""
    value = err["input"]
    text = value.strip() if isinstance(value, str) else ""
    joined = COMPARATOR_AND_VALUE.fullmatch(text)
    if joined is not None:
        fix = quoted_fix("comparator", joined[1])
        return Msg("schema.comparator_value", given=given(value), fix=fix, value=joined[2])
    if text in _LOOKALIKES:
        return Msg(
            "schema.comparator_hint",
            given=given(value),
            fix=quoted_fix("comparator", _LOOKALIKES[text]),
        )
    return error_message(err)


def _not_whole(err: ErrorDetails, written: str | None) -> Msg:
    """A whole number expected (a year), a decimal given: `2024.0` → write 2024."""
    value = float(err["input"])
    shown = written if written is not None else repr(value)
    if not value.is_integer():
        return Msg("schema.int", given=shown)
    return Msg("schema.int_point", written=shown, meant=str(int(value)))


def _not_text(err: ErrorDetails, path: Path, written: str) -> Msg:
    """Text expected where YAML read an unquoted scalar as something else (`name: No`)."""
    key = path[-1] if path and isinstance(path[-1], str) else None
    fix = quoted_fix(key, written)
    return Msg("schema.string_unquoted", written=written, given=given(err["input"]), fix=fix)


_UNION_MEMBERS = {"bool", "float", "int", "str"}


def _data_path(err: ErrorDetails, at: Located, prefix: Path) -> tuple[Path, bool, bool]:
    """Where in the file an error belongs: (path, on a key, a member of the number-or-true/false
    union). Pydantic adds `[key]` for a mapping's key and the member's name for a union."""
    raw: Path = (*prefix, *err["loc"])
    on_key = bool(raw) and raw[-1] == "[key]"
    union = bool(raw) and raw[-1] in _UNION_MEMBERS and raw[:-1] in at.marks.values
    path = raw[:-1] if (on_key or union) else raw
    while path and path not in at.marks.values and path not in at.marks.keys:
        if err["type"] == "missing" or len(path) <= len(prefix):
            break
        path = path[:-1]
    return path, on_key, union


def pydantic_problems(
    error: ValidationError, model: type[BaseModel], at: Located, prefix: Path = ()
) -> None:
    """Add to `at` one located problem, by code, for each YAML node pydantic refused.

    `model` is the class validated (to list the keys allowed where an unknown one was found);
    `prefix` the data path of the validated part within the file. One problem per node: a
    union's members (`value` is a number or true/false) each report their own error, and a node
    already refused while parsing (a tag, a merge key) would otherwise be reported again as
    "missing" or "wrong type". Raises nothing.
    """
    seen: set[Path] = set()
    for err in error.errors(include_url=False):
        path, on_key, union = _data_path(err, at, prefix)
        if at.marks.is_flagged(path) or path in seen:
            continue
        seen.add(path)
        kind = err["type"]
        if kind == "missing":
            at.add(path[:-1], Msg("schema.missing_key", key=str(path[-1])))
        elif kind == "extra_forbidden":
            at.add(path, _unknown_key(err, model), key=True)
        elif union:
            ranged = len(path) == 3 and path[0] == "targets" and path[-1] == "value"
            at.add(path, _not_a_number(err, union=True, ranged=ranged))
        elif kind == "float_type":
            at.add(path, _not_a_number(err, union=False))
        elif kind == "int_type" and type(err["input"]) is float:
            at.add(path, _not_whole(err, at.marks.written.get(path)), key=on_key)
        elif kind == "literal_error" and path and path[-1] == "comparator":
            at.add(path, _not_a_comparator(err))
        elif kind == "int_type" and isinstance(err["input"], str):
            at.add(path, _not_an_integer(err), key=on_key)
        elif kind == "string_type" and path in at.marks.written:
            at.add(path, _not_text(err, path, at.marks.written[path]))
        else:
            at.add(path, error_message(err), key=on_key or kind == "invalid_key")


__all__ = [
    "ERROR_CODES",
    "LIMIT_CODES",
    "MAPPED_TYPES",
    "Located",
    "error_message",
    "given",
    "kind_of",
    "number_hint",
    "pydantic_problems",
]
