"""Every word dxgap shows a person, in the languages it speaks, rendered from codes.

Each language has one catalogue (`dxgap.text.en`, `dxgap.text.vi`) mapping a code to a template
with `{placeholders}`; `render(Msg(code, **params), lang)` fills it. A parameter is written by
its kind, in the language's conventions:

- `str`: as given (user text, identifiers, file names), with control and bidi-reordering
  characters shown as escapes (`printable`);
- `int`: plain digits (years, line numbers, counts); `{n:n}` groups thousands (`1,048,576` in
  English, `1.048.576` in Vietnamese);
- `float`: its shortest decimal form with the language's decimal mark (`86.3` / `86,3`);
- a nested `Msg`: rendered in the same language;
- a list or tuple: its items, joined with ", ".

`{x:q}` cuts user text to 40 characters (a 10 MB cell stays a short line); `{x:names}` writes a
list of names each in single quotes (`'province', 'year'`), for names a user must type as they
are — a catalogue may quote them where its language needs it; `{x:date}` writes an ISO date as the language does; `{x:sign}` writes a comparator as a goal shows it (`>=` → ≥); `{x:unit}` names a unit by its id
(`percent` → "phần trăm"; one it does not know stays as written, quoted). A code missing from a
catalogue is a bug (tests check both catalogues hold the same codes and placeholders); there is
no silent fallback to English.
"""

from __future__ import annotations

import importlib
import re
import string
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Literal


class Msg:
    """A message by code: `Msg("data.not_a_number", cell="8 6.3")`.

    The code names an entry of every language's catalogue; the parameters fill its placeholders.
    A parameter is user text or an identifier (`str`), a count or a year (`int`), a value
    (`float`), a nested message rendered in the same language, or a list of these (see
    `dxgap.text.render` for how each is written).
    """

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: Mapping[str, object] = params

    def render(self, lang: str = "en") -> str:
        """The message in `lang` ("en" or "vi")."""
        return render(self, lang)

    def __str__(self) -> str:
        return self.render("en")

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Msg({self.code!r}{args})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and self.code == other.code and self.params == other.params

    def __hash__(self) -> int:
        return hash(self.code)

    def to_dict(self) -> dict[str, object]:
        """`{"code": …, "params": {…}}`, nested messages included (JSON-ready)."""
        return {"code": self.code, "params": {k: _plain(v) for k, v in self.params.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Msg:
        """The inverse of `to_dict`."""
        params = data.get("params")
        if not isinstance(params, Mapping):
            params = {}
        return cls(str(data["code"]), **{str(k): _unplain(v) for k, v in params.items()})


def _plain(value: object) -> object:
    if isinstance(value, Msg):
        return {"$msg": value.to_dict()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _unplain(value: object) -> object:
    if isinstance(value, Mapping) and "$msg" in value:
        inner = value["$msg"]
        return Msg.from_dict(inner) if isinstance(inner, Mapping) else None
    if isinstance(value, list):
        return [_unplain(v) for v in value]
    return value


Lang = Literal["en", "vi"]
LANGS: tuple[Lang, ...] = ("en", "vi")

EXCERPT = 40
"""Characters of user text quoted in a message."""


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    """The catalogue of `lang`: code → template."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; dxgap speaks {', '.join(LANGS)}")
    module = importlib.import_module(f"dxgap.text.{lang}")
    found: Mapping[str, str] = module.CATALOGUE
    return found


UNSAFE_PATTERN = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
"""Control characters (C0 but the tab and the line break, DEL, C1) and the marks that reorder
text (Unicode's Bidi_Control characters: the Arabic letter mark, the left-to-right and
right-to-left marks, embeddings, overrides, isolates): what could recolour a terminal, set its title,
clear it, or show text reversed. The pattern reads the same in Python's `re` and in Polars."""

_UNSAFE = re.compile(UNSAFE_PATTERN)


def first_unsafe(text: str) -> str | None:
    """The first control or bidi-reordering character of text a file gives as data (a tab or a
    line break is text), or None: what input checks refuse."""
    found = None if text.isprintable() else _UNSAFE.search(text)
    return found[0] if found else None


def printable(text: str) -> str:
    """Text from a file made safe to show: control and bidi-reordering characters become
    visible escapes (`\\x1b`, `\\u202e`); everything else, Vietnamese included, is kept."""
    if text.isprintable():
        return text
    return _UNSAFE.sub(
        lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text
    )


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """At most `limit` characters of user text, with "…" when cut."""
    return text if len(text) <= limit else text[:limit] + "…"


COMPARATOR_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}
"""A comparator as people read it in a goal (`>=` is written ≥)."""


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "n" and isinstance(value, int | float) and not isinstance(value, bool):
            from dxgap.text.fmt import number

            return number(value, 0 if float(value).is_integer() else 1, self.lang)
        if format_spec == "q":
            return excerpt(written(value, self.lang))
        if format_spec == "date":  # 2025-07-01 → 01/7/2025 in Vietnamese
            from dxgap.text.fmt import format_date

            return format_date(str(value), self.lang)
        if format_spec == "sign":  # a comparator in a goal: ≥ 50
            return COMPARATOR_SIGN.get(str(value), written(value, self.lang))
        if format_spec == "unit":  # a unit's id ("percent") as the language names it
            code = f"unit.name.{value}"
            if code in catalogue(self.lang):
                return t(code, self.lang)
            return f"'{written(value, self.lang)}'"  # a unit dxgap does not know, as written
        if format_spec == "names" and isinstance(value, list | tuple):
            return ", ".join(f"'{written(v, self.lang)}'" for v in value)
        if format_spec == "and" and isinstance(value, list | tuple):  # A, B and C / A, B và C
            items = [written(v, self.lang) for v in value]
            last = " và " if self.lang == "vi" else " and "
            return (
                last.join([", ".join(items[:-1]), items[-1]]) if len(items) > 1 else "".join(items)
            )
        if format_spec:
            raise ValueError(f"unknown format {format_spec!r} in a catalogue template")
        return written(value, self.lang)


def written(value: object, lang: str) -> str:
    """A message parameter as text in `lang` (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, Msg):
        return render(value, lang)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        from dxgap.text.fmt import shortest

        return shortest(value, lang)
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, Sequence):
        return ", ".join(written(v, lang) for v in value)
    return str(value)


def render(msg: Msg, lang: str = "en") -> str:
    """The text of `msg` in `lang`; KeyError if the catalogue lacks its code (a bug)."""
    template = catalogue(lang)[msg.code]
    if not msg.params and "{" not in template:
        return template
    return _Formatter(lang).vformat(template, (), dict(msg.params))


def t(code: str, lang: str = "en", /, **params: object) -> str:
    """The text for `code` in `lang`, with its placeholders filled from `params`."""
    return render(Msg(code, **params), lang)


def note_in(note: str | None, note_vi: str | None, lang: str) -> str | None:
    """A data row's note as output in `lang` shows it: in Vietnamese its `note_vi` (none when
    the file gives none: an English note is never shown in Vietnamese output), else `note`."""
    return note_vi if lang == "vi" else note


def status_label(status: str, lang: str) -> str:
    """A status in words ("on track", "Đúng tiến độ")."""
    return t(f"status.{status}", lang)


def pillar_label(pillar: str | None, lang: str) -> str:
    """A pillar in words ("Digital government", "Chính quyền số")."""
    return t(f"pillar.{pillar or 'other'}", lang)


def location_label(location: str, lang: str) -> str:
    """Where in a file, as shown before a message: YAML paths and column names are shown as
    written; `row` (a whole data row) in words."""
    return t("location.row", lang) if location == "row" else location


def placeholders(template: str) -> set[str]:
    """The placeholder names of a template (for the catalogue tests)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


__all__ = [
    "LANGS",
    "UNSAFE_PATTERN",
    "Lang",
    "Msg",
    "catalogue",
    "excerpt",
    "first_unsafe",
    "location_label",
    "pillar_label",
    "placeholders",
    "printable",
    "render",
    "status_label",
    "t",
    "written",
]
