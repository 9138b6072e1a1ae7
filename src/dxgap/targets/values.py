"""A target's numbers against their indicator: the unit's kind of value, its bounds, and
Vietnamese thousands (`2.000` for a count) — for a `value`, a baseline, a milestone and each end
of a `range` alike, each problem at the YAML node of the number."""

from __future__ import annotations

import math
import re
from typing import Literal

from dxgap.targets.located import Located
from dxgap.targets.models import COMPARE, Indicator, Unit
from dxgap.targets.yamlio import Path
from dxgap.text import Msg


def owner_of(indicator: Indicator) -> Msg:
    """Whose bounds apply, as the `owner` of `bounds.below`/`bounds.above`: the unit's defaults
    (`owner.unit`) or the catalogue entry's own min/max (`owner.indicator`)."""
    if indicator.min is None and indicator.max is None:
        return Msg("owner.unit", unit=indicator.unit.value)
    return Msg("owner.indicator", indicator=indicator.id)


def number(value: float) -> int | float:
    """A whole float as an int, so that messages show `120`, not `120.0`, in every language."""
    return int(value) if float(value).is_integer() and abs(value) < 1e16 else value


_WHAT = {"value": Msg("what.value"), "milestone": Msg("what.milestone")}


def check_value(
    at: Located,
    path: Path,
    value: bool | float,
    indicator: Indicator,
    what: Literal["value", "milestone"] = "value",
) -> bool:
    """Values must suit the indicator's unit and lie within its bounds; True when they do.
    `what` names the value in messages."""
    unit = indicator.unit
    name = _WHAT[what]
    if unit is Unit.BOOLEAN:
        if not isinstance(value, bool):
            at.add(path, Msg("target.not_boolean", what=name, value=number(value)))
            return False
        return True
    if isinstance(value, bool):
        shown = "true" if value else "false"
        at.add(path, Msg("target.not_number", what=name, value=shown, unit=unit.value))
        return False
    if not math.isfinite(value):
        at.add(path, Msg("target.not_finite", what=name, value=str(value)))
        return False
    lo, hi = indicator.bounds
    if lo is not None and value < lo:
        limit = number(lo)
        at.add(
            path, Msg("bounds.below", value=number(value), limit=limit, owner=owner_of(indicator))
        )
        return False
    if hi is not None and value > hi:
        limit = number(hi)
        at.add(
            path, Msg("bounds.above", value=number(value), limit=limit, owner=owner_of(indicator))
        )
        return False
    return True


THOUSANDS_UNITS = frozenset({Unit.COUNT, Unit.PEOPLE, Unit.VND_BILLION, Unit.RANK})
"""Units whose values are whole things or money, for which `2.000` is far likelier Vietnamese
thousands (2000) than two with three decimals."""

GROUPED = re.compile(r"-?[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
"""A number written like Vietnamese thousands (`2.000`, `1.586`): read as written (`Marks.written`),
so `fastyaml` leaves a file with one to the located path."""


def check_thousands(at: Located, path: Path, indicator: Indicator, quote: str | None) -> bool:
    """A value written like Vietnamese thousands (`2.000`, `1.586`) for a count, people, money
    or a rank is an error naming the number probably meant; certain when the quote writes the
    same figure. True when reported."""
    text = at.marks.written.get(path)
    if indicator.unit not in THOUSANDS_UNITS or text is None or not GROUPED.fullmatch(text):
        return False
    read = float(text)
    meant = text.replace(".", "")
    if quote and re.search(rf"(?<![0-9.,]){re.escape(text)}(?![0-9]|[.,][0-9])", quote):
        at.add(path, Msg("target.thousands_quoted", text=text, read=number(read), meant=meant))
        return True
    decimal = repr(read)  # 2.0, 1.5; 1.586 stays grouped-looking, so 1.5860
    if GROUPED.fullmatch(decimal):
        decimal += "0"
    msg = Msg("target.thousands", text=text, read=number(read), meant=meant, decimal=decimal)
    at.add(path, msg)
    return True


def meets(value: float, comparator: str, target: float) -> bool:
    """Whether `value` satisfies `comparator target` (`models.COMPARE`, the engine's rule too);
    KeyError for a comparator that is not one of `>=`, `>`, `<=`, `<`."""
    return bool(COMPARE[comparator](value, target))
