"""Rules for the kinds of targets plans state beyond "reach a value by a year" (issue 16): ranges
(`range: [25, 30]`), standing windows (`frequency: annual` with `from_year`), ranks out of a
number of ranked units (`out_of: 63`), and the catalogue's series breaks (`breaks: [2021]`).

Each problem is a message by code located at the YAML node it concerns, as in
`dxgap.targets.rules`, which calls these checks once a target's indicator is known. The meaning
of each key is in docs/formats.md; the engine's use of it in docs/methodology.md.
"""

from __future__ import annotations

import re

from dxgap.targets.located import Located
from dxgap.targets.models import Indicator, Target, Unit
from dxgap.targets.values import check_thousands, check_value, number
from dxgap.targets.yamlio import Path
from dxgap.text import Msg

DEFAULT_RANGE_COMPARATOR = ">="
"""The comparator of a range target that states none: the range's low end is to be reached."""


def comparator_of(target: Target) -> str | None:
    """The comparator that decides a target: its own, else `>=` for a range (None for a boolean
    target, which states none)."""
    if target.comparator is None and target.range is not None:
        return DEFAULT_RANGE_COMPARATOR
    return target.comparator


def deciding_value(target: Target) -> bool | float | None:
    """The number a target is met against: its `value`, or the end of its `range` its comparator
    looks at — the low end for `>=`/`>`, the high end for `<=`/`<` (the engine's
    `target_value`). None when the target states neither."""
    if target.range is None:
        return target.value
    low, high = target.range
    return low if comparator_of(target) in (">=", ">") else high


def _yaml(value: float) -> str:
    """A number as it is written in a target file (`25`, `25.5`), for the fix a message names."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e16 else repr(value)


# --- ranges ------------------------------------------------------------------------------------


def check_range(at: Located, path: Path, target: Target, indicator: Indicator) -> bool:
    """A `range: [low, high]` target: not with `value`, not on a boolean indicator, each end a
    number of the indicator's unit within its bounds (and not Vietnamese thousands), the low end
    below the high end. True when the range (if any) can decide the target."""
    if target.range is None:
        return True
    where = (*path, "range")
    low, high = target.range
    if target.value is not None:
        at.add(where, Msg("target.value_and_range"), key=True)
    if indicator.unit is Unit.BOOLEAN:
        at.add(where, Msg("target.boolean_range"), key=True)
        return False
    ends_ok = True
    for i, end in enumerate(target.range):
        if check_thousands(at, (*where, i), indicator, target.quote) or not check_value(
            at, (*where, i), end, indicator
        ):
            ends_ok = False
    if not ends_ok:
        return False
    if low > high:
        fix = f"[{_yaml(high)}, {_yaml(low)}]"
        at.add(where, Msg("target.range_order", low=number(low), high=number(high), fix=fix))
        return False
    if low == high:
        at.add(where, Msg("target.range_equal", value=number(low), fix=_yaml(low)))
        return False
    if indicator.unit is Unit.RANK and target.comparator is None:
        msg = Msg("target.rank_range_comparator", low=number(low), high=number(high))
        at.add(where, msg, severity="warning")
    return target.value is None


# --- standing windows and targets without a deadline ------------------------------------------


def check_window(at: Located, path: Path, target: Target) -> None:
    """`from_year` opens a standing window to `year`: only with `frequency: annual`, only with
    a `year` at or after it, not before the baseline's year; milestones come before the window
    (in it, the target's level holds every year). An annual target needs its `year`, the
    window's last year."""
    first, last = target.from_year, target.year
    if target.frequency == "annual" and last is None and first is None:
        at.add((*path, "frequency"), Msg("target.annual_needs_year"))
    if first is None:
        return
    if target.frequency != "annual":
        at.add((*path, "from_year"), Msg("target.from_year_not_annual", from_year=first), key=True)
    if last is None:
        at.add((*path, "from_year"), Msg("target.from_year_needs_year", from_year=first), key=True)
        return
    if first > last:
        at.add((*path, "from_year"), Msg("target.from_year_order", from_year=first, year=last))
        return
    base = target.baseline.year if target.baseline else None
    if base is not None and first < base < last:
        at.add(
            (*path, "baseline", "year"),
            Msg("target.from_year_baseline", baseline=base, from_year=first),
        )
    for year in target.milestones or {}:
        if first <= year < last and (base is None or base < year):
            msg = Msg("target.milestone_in_window", milestone=year, from_year=first, year=last)
            at.add((*path, "milestones", year), msg, key=True)


# --- ranks out of a number of ranked units ------------------------------------------------------

_UNITS_IN_QUOTE = re.compile(
    r"(?<![0-9.,])(63|34)\s+(?:tỉnh|địa phương|đơn vị|provinces|units)|/\s*(63|34)(?![0-9])",
    re.IGNORECASE,
)
"""How a quote says how many units a ranking has: "63 tỉnh, thành phố", "hạng 12/63"; only the
two numbers of provincial units Vietnam has had (63 until 2025, 34 since), so that "nhóm 10
tỉnh" (the top ten) is never read as the size of the ranking."""


def check_out_of(at: Located, path: Path, target: Target, indicator: Indicator) -> None:
    """`out_of`, the number of units of the ranking a target refers to: on a rank indicator only;
    no rank the target states (value, range ends, baseline, milestones) beyond it. A warning
    when the quote names another number of units (63 or 34) than `out_of`."""
    size = target.out_of
    if size is None:
        return
    if indicator.unit is not Unit.RANK:
        at.add(
            (*path, "out_of"), Msg("target.out_of_not_rank", unit=indicator.unit.value), key=True
        )
        return
    ranks: list[tuple[Path, bool | float]] = []
    if target.value is not None:
        ranks.append(((*path, "value"), target.value))
    ranks += [((*path, "range", i), end) for i, end in enumerate(target.range or ())]
    if target.baseline is not None:
        ranks.append(((*path, "baseline", "value"), target.baseline.value))
    ranks += [((*path, "milestones", y), v) for y, v in (target.milestones or {}).items()]
    for where, rank in ranks:
        if not isinstance(rank, bool) and rank > size:
            at.add(where, Msg("target.rank_beyond_out_of", rank=number(rank), out_of=size))
    said = {int(a or b) for a, b in _UNITS_IN_QUOTE.findall(target.quote)}
    if said and size not in said:
        quoted = max(said)
        msg = Msg("target.out_of_quote", out_of=size, quoted=quoted)
        at.add((*path, "out_of"), msg, severity="warning")


# --- the catalogue's series breaks --------------------------------------------------------------


def check_breaks(at: Located, index: int, indicator: Indicator) -> None:
    """`breaks: [2021, 2024]`, the years a new series of the indicator starts: each year once,
    in increasing order (the years themselves are 2000..2100, checked by the model)."""
    years = indicator.breaks or []
    fix = "[" + ", ".join(str(y) for y in sorted(set(years))) + "]"
    first: dict[int, int] = {}
    latest: int | None = None
    for i, year in enumerate(years):
        where = ("indicators", index, "breaks", i)
        if year in first:
            at.add(where, Msg("catalogue.breaks_repeated", year=year, fix=fix))
        elif latest is not None and year < latest:
            at.add(where, Msg("catalogue.breaks_order", year=year, previous=latest, fix=fix))
        first.setdefault(year, i)
        latest = year if latest is None else max(latest, year)
