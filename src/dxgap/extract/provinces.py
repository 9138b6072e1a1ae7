"""Another province's target in a province's text (`dxgap extract --province ID`).

A news item about one province quotes others (`Đà Nẵng … đặt mục tiêu năm 2025 đạt 98%` in a
text about Trà Vinh): their figures are not the province's targets, as a national target quoted
first is not. The province's own names are its unit's and, for a unit formed by the 2025
mergers, those of the units it absorbed (`Bình Dương` in a text of the new Thành phố Hồ Chí
Minh); every other unit of either scheme in the place reference (`dxgap.places`) is another. A
sentence that names none goes on with the other province named before it when its subject points
back (`Đà Nẵng đặt mục tiêu … . Thành phố cũng phấn đấu …`, see `Named.goes_on`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from dxgap import places
from dxgap.extract.stance import OWN_VERB

_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ùy": "uỳ", "úy": "uý",
          "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ", "òe": "oè", "óe": "oé"}  # fmt: skip
"""The old placing of a tone mark (`Hoà Bình`, `Thanh Hoá`), which texts still write."""
_ALIASES = {"ho-chi-minh-city": ("TP.HCM", "TP. HCM", "TPHCM", "TP HCM", "Sài Gòn")}


def _written(name: str) -> set[str]:
    """The ways a text writes a unit's short name (`Khánh Hòa`, `Khánh Hoà`)."""
    out = {name}
    for new, old in _TONES.items():
        out |= {n.replace(new, old) for n in out}
    return out


@dataclass(frozen=True)
class Named:
    """A province's names, its own and the others', as one pattern, with the kind of unit each
    name is (`tỉnh`, `thành phố`)."""

    pattern: re.Pattern[str]
    own: frozenset[str]
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    own_kinds: frozenset[str] = frozenset()

    def other(self, before: str, holder: str | None = None) -> str | None:
        """The other province that states a figure, from its sentence's text `before` the
        figure: the last province named, when it is not the province itself and nothing after
        it hands the figure back (see `_back`); in a sentence that names none, the `holder` of
        the sentences before when this one goes on with it (`Thành phố cũng phấn đấu …` after
        `Đà Nẵng đặt mục tiêu …`, see `goes_on`); None: the province's own, or no province
        named."""
        found = list(self.pattern.finditer(before))
        if not found:
            return holder if holder is not None and self.goes_on(before, holder) else None
        if found[-1].group() in self.own:
            return None
        last = found[-1]
        return None if _back(before, last) else last.group()

    def holder(self, sentence: str, current: str | None) -> str | None:
        """The other province the text goes on with after `sentence`, which a later `Thành phố
        cũng …` points back to: the last province it names, unless that is the province itself
        or the sentence hands its figures back (`…, tỉnh sẽ …`); in a sentence that names none,
        the `current` one, unless the sentence's subject is the province's own (`Tỉnh phấn đấu
        …` after a city, `của tỉnh ta`)."""
        found = list(self.pattern.finditer(sentence))
        if found:
            last = found[-1]
            return None if last.group() in self.own or _back(sentence, last) else last.group()
        if current is None or self.goes_on(sentence, current):
            return current
        return None if _OWN_WORD.search(sentence) or _ANAPHOR.search(sentence) else current

    def goes_on(self, before: str, holder: str) -> bool:
        """Whether a sentence that names no province goes on with the `holder` named before:
        its subject points back (`Thành phố này`, `Địa phương này`, `Nơi đây`) or is a bare unit
        of the holder's kind that the province itself is not (`Thành phố cũng phấn đấu …` after
        `Đà Nẵng …` in a text of a province). A bare unit of the province's own kind (`Tỉnh
        phấn đấu …` after `Bắc Ninh …` in a text of Trà Vinh) may be the province itself, and is
        read so: a figure left in is seen, one left out is lost."""
        found = list(_ANAPHOR.finditer(before))  # the last subject decides: "…; tỉnh phấn đấu"
        if not found:
            return False
        m = found[-1]
        rest = before[m.end() :]
        if ";" in rest and OWN_VERB.search(rest[rest.rfind(";") + 1 :]):
            return False  # "Thành phố này … ; phấn đấu đạt 60%": a new subject's own goal
        if m["this"] or m["noun"].lower() == "nơi đây":
            return True
        if m["noun"].lower() == "địa phương":
            return False  # "địa phương phấn đấu …": the writer's own
        noun = "thành phố" if m["noun"].lower().startswith(("thành phố", "tp")) else "tỉnh"
        return noun in self.kinds.get(holder, frozenset()) and noun not in self.own_kinds


_ANAPHOR = re.compile(
    r"(?:^|[,;:]\s*)(?:(?:ngoài ra|bên cạnh đó|đồng thời|trong khi đó|cùng với đó)\s*,?\s*)?"
    r"(?P<noun>thành phố|tỉnh|TP\.?|địa phương|nơi đây)(?P<this>\s+này)?(?!\w)(?!\.?\s*(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)
"""A sentence's subject that names a unit without its name: a bare `Thành phố`, `Tỉnh` (not
`thành phố Trà Vinh`), `Địa phương này`, after a lead (`Đến năm 2030, thành phố …`, `Ngoài ra,
tỉnh …`), as news goes on with the province its sentence before named."""
_OWN_WORD = re.compile(
    r"(?<!\w)(?:của tỉnh|toàn tỉnh|tỉnh ta|tỉnh nhà|của thành phố|toàn thành phố|thành phố ta|"
    r"địa phương)(?!\w)(?! (?-i:[A-ZĐ]))|(?<!\w)(?:tỉnh|thành phố) (?:sẽ|phấn đấu|đặt mục tiêu|"
    r"xác định|quyết tâm)(?!\w)",
    re.IGNORECASE,
)
_MODEL = re.compile(
    r"(?<!\w)(?:của|với|như|học tập|mô hình|so với|sau|cùng|tại|ở|từ|theo)\s+"
    r"(?:(?:tỉnh|thành phố|TP\.?)\s+)?$",
    re.IGNORECASE,
)


def _back(before: str, other: re.Match[str]) -> bool:
    """Whether the words after another province's name give the figure back to the province:
    past a `;` a new subject setting its own goal (`…; tỉnh phấn đấu đạt 60%`), or the province
    itself (`của tỉnh`, `tỉnh sẽ`) after a name that was only a model or a place (`áp dụng mô
    hình của Đà Nẵng, phấn đấu … của tỉnh đạt 60%`)."""
    rest = before[other.end() :]
    if ";" in rest and OWN_VERB.search(rest[rest.rfind(";") + 1 :]):
        return True
    if _OWN_WORD.search(rest) is None:
        return False
    lead = before[max(0, other.start() - 30) : other.start()]
    return _MODEL.search(lead) is not None or bool(re.search(r"[,;]", rest))


@functools.cache
def named(unit_id: str) -> Named | None:
    """The names of the province `unit_id` (a current unit first, else a former one) and of all
    others; None for an id the place reference does not know."""
    unit = places.get(unit_id)
    if unit is None:
        return None
    own_units = [unit, *places.predecessors(unit.id)] if unit.scheme == places.CURRENT else [unit]
    own = {w for u in own_units for w in _written(u.short)}
    own |= {a for u in own_units for a in _ALIASES.get(u.id, ())}
    kinds: dict[str, set[str]] = {}
    for u in places.units():
        kind = "thành phố" if u.name.startswith("Thành phố") else "tỉnh"
        for w in (*_written(u.short), *_ALIASES.get(u.id, ())):
            kinds.setdefault(w, set()).add(kind)
    words = sorted(kinds, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    own_kinds = frozenset(kinds.get(unit.short, ()))
    return Named(pattern, frozenset(own), {w: frozenset(k) for w, k in kinds.items()}, own_kinds)
