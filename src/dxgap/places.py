"""Vietnam's provincial units: the 63 before 1/7/2025 and the 34 after, with GSO codes and lineage.

The reference (`data/places.yaml`) stores every code with its scheme: a new unit reuses one old
code (new Lào Cai is 15, formerly Yên Bái's), so a code alone does not say which unit is meant.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

CURRENT = "34"
PREVIOUS = "63"

LAST_YEAR_OF_PREVIOUS = 2024
"""The last year a ranking can rank the 63: their governments ceased on 1/7/2025, and the
rankings of 2024 (the DTI 2024, published in 2025) were the last published on them, beside the
34. A rank out of 63 in 2025 or later cannot be measured (docs/methodology.md §12)."""


@dataclass(frozen=True)
class Unit:
    """One provincial unit in one scheme."""

    scheme: str
    code: str
    id: str
    name: str
    short: str
    name_en: str
    type: str | None = None
    predecessors: tuple[str, ...] = ()
    successor: str | None = None
    display: str | None = None  # where the short name alone misleads: 'TP. Hồ Chí Minh'

    @property
    def shown(self) -> str:
        """The name lists and sentences show: 'Yên Bái', 'TP. Hồ Chí Minh' (a city's short name
        alone, 'Hồ Chí Minh', is a person's). `short` stays what a text is searched for."""
        return self.display or self.short

    @property
    def label(self) -> str:
        """'Thành phố Hồ Chí Minh (79, 34-unit scheme)'."""
        return f"{self.name} ({self.code}, {self.scheme}-unit scheme)"


@functools.cache
def units() -> tuple[Unit, ...]:
    """Every unit of both schemes, as bundled with dxgap."""
    text = resources.files("dxgap").joinpath("resources/places.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser: ~100 ms saved per run
    data: dict[str, Any] = yaml.load(text, Loader=loader)
    out = []
    for u in data["units"]:
        out.append(
            Unit(
                scheme=u["scheme"],
                code=u["code"],
                id=u["id"],
                name=u["name"],
                short=u["short"],
                name_en=u["name_en"],
                type=u.get("type"),
                predecessors=tuple(u.get("predecessors", ())),
                successor=u.get("successor"),
                display=u.get("display"),
            )
        )
    return tuple(out)


def get(unit_id: str, scheme: str | None = None) -> Unit | None:
    """A unit by id; without a scheme, the current unit if there is one, else the former one."""
    found = [u for u in units() if u.id == unit_id and (scheme is None or u.scheme == scheme)]
    found.sort(key=lambda u: u.scheme != CURRENT)
    return found[0] if found else None


def by_code(code: str, scheme: str) -> Unit | None:
    """A unit by GSO code within one scheme (codes are reused across schemes)."""
    return next((u for u in units() if u.code == code and u.scheme == scheme), None)


def successor(unit_id: str) -> Unit | None:
    """The current unit a former unit became part of (itself, for the 11 that did not merge)."""
    old = get(unit_id, PREVIOUS)
    if old is None or old.successor is None:
        return None
    return by_code(old.successor, CURRENT)


def predecessors(unit_id: str) -> list[Unit]:
    """The former units a current unit absorbed (itself included, when it kept its name)."""
    new = get(unit_id, CURRENT)
    if new is None:
        return []
    return [u for u in (by_code(c, PREVIOUS) for c in new.predecessors) if u is not None]
