"""Another province's target in a province's text (`dxgap extract --province ID`).

A news item about one province quotes others (`Đà Nẵng … đặt mục tiêu năm 2025 đạt 98%` in a
text about Trà Vinh): their figures are not the province's targets, as a national target quoted
first is not. The province's own names are its unit's and, for a unit formed by the 2025
mergers, those of the units it absorbed (`Bình Dương` in a text of the new Thành phố Hồ Chí
Minh); every other unit of either scheme in the place reference (`dxgap.places`) is another.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

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
    """A province's names, its own and the others', as one pattern."""

    pattern: re.Pattern[str]
    own: frozenset[str]

    def other(self, before: str) -> str | None:
        """The other province that states a figure, from its sentence's text `before` the
        figure: the last province named, when it is not the province itself and nothing after
        it hands the figure back (see `_back`); None: the province's own, or no province
        named."""
        found = list(self.pattern.finditer(before))
        if not found or found[-1].group() in self.own:
            return None
        last = found[-1]
        return None if _back(before, last) else last.group()


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
    every = {w for u in places.units() for w in _written(u.short)}
    every |= {a for aliases in _ALIASES.values() for a in aliases}
    words = sorted(every, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    return Named(pattern, frozenset(own))
