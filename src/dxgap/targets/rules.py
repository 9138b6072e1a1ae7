"""Validation rules for target files, each problem located at the YAML node it concerns.

Pydantic checks the shape of a file (its errors become problems in `dxgap.targets.located`); the
rules here need several fields or another file (the indicator catalogue): bounds by unit, year
order, references between ids. They run on whatever part of a file parsed, so one run reports
every problem, not just the first. Every problem is a message by code (`dxgap.text`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from dxgap.names import did_you_mean
from dxgap.targets import kinds
from dxgap.targets.located import Located
from dxgap.targets.models import Catalogue, Indicator, Province, Source, Target, Unit
from dxgap.targets.values import THOUSANDS_UNITS as THOUSANDS_UNITS
from dxgap.targets.values import check_thousands, check_value, meets
from dxgap.targets.values import number as _number
from dxgap.targets.values import owner_of as owner_of
from dxgap.targets.yamlio import Path
from dxgap.text import Msg

# --- one target --------------------------------------------------------------------------------


def _check_sources(
    at: Located, path: Path, target: Target, sources: Mapping[str, Source | None]
) -> None:
    """The sources a target cites are among the file's sources (a source whose entry is
    invalid, `None`, is there: its own problems are told where it stands)."""
    if target.source not in sources:
        known: object = [Msg("ident", name=s) for s in sources] or Msg("target.no_sources")
        at.add(
            (*path, "source"),
            Msg(
                "target.unknown_source",
                source=target.source,
                known=known,
                hint=did_you_mean(target.source, sources),
            ),
        )
    baseline = target.baseline
    if baseline is not None and baseline.source and baseline.source not in sources:
        at.add(
            (*path, "baseline", "source"),
            Msg("target.unknown_baseline_source", source=baseline.source),
        )


def _check_indicator_ref(
    at: Located, path: Path, indicator_id: str, catalogue: dict[str, Indicator]
) -> Indicator | None:
    indicator = catalogue.get(indicator_id)
    if indicator is None:
        at.add(
            (*path, "indicator"),
            Msg(
                "target.unknown_indicator",
                indicator=indicator_id,
                hint=did_you_mean(indicator_id, catalogue),
            ),
        )
    return indicator


def _check_qualitative(
    at: Located, path: Path, target: Target, catalogue: dict[str, Indicator] | None
) -> None:
    """A qualitative target states no number: no comparator, value, range, baseline,
    milestones, window (`from_year`) or ranking size (`out_of`)."""
    for key in ("comparator", "value", "range", "from_year", "out_of", "baseline", "milestones"):
        if getattr(target, key) is not None:
            at.add((*path, key), Msg("target.qualitative_with", key=key), key=True)
    if target.indicator is not None and catalogue is not None:
        _check_indicator_ref(at, path, target.indicator, catalogue)


def _check_complete(
    at: Located, path: Path, target: Target, catalogue: dict[str, Indicator] | None
) -> Indicator | None:
    """A quantified target names an indicator of the catalogue and has a comparator (none when
    boolean; optional with a range, which then reads `>=`) and a value or a range; its year is
    optional (a target with no deadline). Returns its indicator when known."""
    indicator = None

    def absent(key: str) -> bool:  # a key refused while parsing was not left out: no echo
        return getattr(target, key) is None and not at.marks.is_flagged((*path, key))

    if absent("indicator"):
        at.add(path, Msg("target.needs_indicator"))
    elif target.indicator is not None and catalogue is not None:
        indicator = _check_indicator_ref(at, path, target.indicator, catalogue)
    boolean = indicator is not None and indicator.unit is Unit.BOOLEAN
    missing = ["value"] if absent("value") and absent("range") else []
    # without the indicator's unit (no valid catalogue, an unknown id: said elsewhere) a missing
    # comparator may be a yes/no target's: not claimed
    if absent("comparator") and absent("range") and indicator is not None and not boolean:
        missing.insert(0, "comparator")
    if missing:
        names = [Msg("ident", name=k) for k in missing]
        at.add(path, Msg("target.quantified_incomplete", missing=names))
    if boolean and target.comparator is not None:
        at.add((*path, "comparator"), Msg("target.boolean_comparator"))
    return indicator


def _check_years(at: Located, path: Path, target: Target) -> None:
    """The baseline comes before the target year; milestones lie strictly between the two (and
    need a target year: a target with no deadline has none); then the window's rules
    (`kinds.check_window`)."""
    kinds.check_window(at, path, target)
    if target.year is None:
        if target.milestones:
            at.add((*path, "milestones"), Msg("target.milestones_need_year"), key=True)
        return
    base_year = target.baseline.year if target.baseline else None
    if base_year is not None and base_year >= target.year:
        at.add(
            (*path, "baseline", "year"),
            Msg("target.baseline_year", baseline=base_year, year=target.year),
        )
    for year in target.milestones or {}:
        if base_year is not None and not base_year < year < target.year:
            msg = Msg("target.milestone_between", milestone=year, low=base_year, year=target.year)
        elif base_year is None and year >= target.year:
            msg = Msg("target.milestone_before", milestone=year, year=target.year)
        else:
            continue
        at.add((*path, "milestones", year), msg, key=True)


def _check_numbers(at: Located, path: Path, target: Target, indicator: Indicator) -> bool:
    """Value (or range), baseline and milestones suit the indicator, and ranks their `out_of`
    (True when what decides the target and the baseline do); a rank compared the wrong way is a
    warning."""

    def check(where: Path, value: bool | float, what: Literal["value", "milestone"]) -> bool:
        if check_thousands(at, where, indicator, target.quote):
            return False
        return check_value(at, where, value, indicator, what)

    value_ok = target.value is None or check((*path, "value"), target.value, "value")
    value_ok = kinds.check_range(at, path, target, indicator) and value_ok
    value_ok = value_ok and kinds.deciding_value(target) is not None
    baseline_ok = target.baseline is not None and check(
        (*path, "baseline", "value"), target.baseline.value, "value"
    )
    for year, value in (target.milestones or {}).items():
        check((*path, "milestones", year), value, "milestone")
    if indicator.unit is Unit.RANK and target.comparator in (">=", ">"):
        at.add(
            (*path, "comparator"),
            Msg("target.rank_comparator", comparator=target.comparator),
            severity="warning",
        )
    kinds.check_out_of(at, path, target, indicator)
    return value_ok and baseline_ok


def _check_baseline_meets(at: Located, path: Path, target: Target) -> None:
    """A warning when the baseline already meets the target (its value, or the deciding end of
    its range): nothing left to do, or a typo. Not for an annual target, whose level is to be
    held every year: a base that meets it is what "duy trì" (maintain) says."""
    start = target.baseline.value if target.baseline else None
    goal, comparator = kinds.deciding_value(target), kinds.comparator_of(target)
    if target.frequency == "annual" or (target.value is not None and target.range is not None):
        return
    if comparator is None or start is None or goal is None:
        return
    if isinstance(start, bool) or isinstance(goal, bool):
        return
    if meets(float(start), comparator, float(goal)):
        at.add(
            (*path, "baseline", "value"),
            Msg(
                "target.baseline_meets",
                baseline=_number(start),
                comparator=comparator,
                value=_number(goal),
            ),
            severity="warning",
        )


def check_target(
    at: Located,
    path: Path,
    target: Target,
    catalogue: dict[str, Indicator] | None,
    sources: Mapping[str, Source | None],
) -> None:
    """Add to `at` the problems of one target; `path` is its position, e.g. `("targets", 3)`.

    `catalogue` is the indicator catalogue by id (None when it is invalid: references to it are
    then not checked); `sources` the file's sources by id (None for one whose entry is
    invalid). Raises nothing.
    """
    _check_sources(at, path, target, sources)
    if target.qualitative is not None:
        _check_qualitative(at, path, target, catalogue)
        return
    indicator = _check_complete(at, path, target, catalogue)
    if indicator is None:
        return
    numbers_ok = _check_numbers(at, path, target, indicator)
    _check_years(at, path, target)
    if numbers_ok:
        _check_baseline_meets(at, path, target)
    source = sources.get(target.source)
    if source is not None and source.reliability in ("C", "D") and not target.note:
        at.add(
            (*path, "source"),
            Msg("target.weak_source", source=source.id, grade=source.reliability),
            severity="warning",
        )


# --- a whole file ------------------------------------------------------------------------------


def _duplicates(at: Located, items: list[tuple[int, str]], section: str, code: str) -> None:
    """Ids used twice in a section, at the second use (`code`: `source.duplicate_id`, …)."""
    seen: dict[str, int] = {}
    for index, ident in items:
        if ident in seen:
            first = f"{section}[{seen[ident]}]"
            at.add((section, index, "id"), Msg(code, id=ident, first=first))
        else:
            seen[ident] = index


def _check_province(at: Located, file_stem: str, province: Province) -> None:
    """The file is named after the province; a merger names a known successor and a date only
    with it."""
    if province.id != file_stem:
        at.add(("province", "id"), Msg("province.file_name", id=province.id, stem=file_stem))
    if province.merged_on is not None and province.merged_into is None:
        at.add(("province", "merged_on"), Msg("province.merged_on_alone"), key=True)
    if province.merged_into is None:
        return
    if province.merged_into == province.id:
        at.add(("province", "merged_into"), Msg("province.merged_into_itself"))
        return
    from dxgap import places

    if places.get(province.merged_into, places.CURRENT) is None:
        current = [u.id for u in places.units() if u.scheme == places.CURRENT]
        at.add(
            ("province", "merged_into"),
            Msg(
                "province.merged_into_unknown",
                id=province.merged_into,
                hint=did_you_mean(province.merged_into, current),
            ),
        )


def check_target_file(
    at: Located,
    file_stem: str,
    province: Province | None,
    sources: list[tuple[int, Source]],
    targets: list[tuple[int, Target]],
    catalogue: dict[str, Indicator] | None,
    written: Iterable[str] = (),
) -> None:
    """Add to `at` the problems of a target file that need more than one field.

    Takes the parts that validated, each with its index in the file (`partial_target_file`),
    so that a broken part does not hide the others: `province` (None when invalid), `sources`
    and `targets`; `catalogue` as for `check_target`; `written`, the ids of every source entry
    (`source_ids`), so that a target citing a source whose entry is invalid is not told it
    cites an unknown one. Raises nothing.
    """
    if province is not None:
        _check_province(at, file_stem, province)
    _duplicates(at, [(i, s.id) for i, s in sources], "sources", "source.duplicate_id")
    _duplicates(at, [(i, t.id) for i, t in targets], "targets", "target.duplicate_id")
    by_id: dict[str, Source | None] = dict.fromkeys(written)
    by_id.update({s.id: s for _, s in sources})
    for index, target in targets:
        check_target(at, ("targets", index), target, catalogue, by_id)


def check_catalogue(at: Located, catalogue: Catalogue) -> None:
    """Add to `at` the problems of a valid-shaped catalogue: ids used twice, a max not above
    its min, bounds on a boolean indicator, series breaks repeated or out of order. Raises
    nothing."""
    _duplicates(
        at,
        [(i, ind.id) for i, ind in enumerate(catalogue.indicators)],
        "indicators",
        "indicator.duplicate_id",
    )
    for i, ind in enumerate(catalogue.indicators):
        lo, hi = ind.bounds
        if lo is not None and hi is not None and lo >= hi:
            at.add(
                ("indicators", i, "max"),
                Msg("catalogue.bounds_order", max=_number(hi), min=_number(lo)),
            )
        if ind.unit is Unit.BOOLEAN and (ind.min is not None or ind.max is not None):
            at.add(("indicators", i, "unit"), Msg("catalogue.boolean_bounds"))
        kinds.check_breaks(at, i, ind)


# --- files that did not validate as a whole ----------------------------------------------------


def _lenient(model: type[BaseModel], item: Any) -> Any:
    """Validate an item; failing that, again without its unknown keys.

    Unknown keys were reported already; dropping them lets the rules check the rest of the item
    (a typo in one key must not hide an out-of-bounds value). Items with other shape errors are
    left out: the rules would only echo them ("missing year" after "year is not a number").
    """
    try:
        return model.model_validate(item)
    except ValidationError as e:
        if not isinstance(item, dict):
            return None
        errors = e.errors()
        if any(err["type"] != "extra_forbidden" or len(err["loc"]) != 1 for err in errors):
            return None
        bad = {err["loc"][0] for err in errors}
        trimmed = {k: v for k, v in item.items() if k not in bad}
        if trimmed == item:
            return None
        with contextlib.suppress(ValidationError):
            return model.model_validate(trimmed)
        return None


def source_ids(data: dict[str, Any]) -> list[str]:
    """The ids the file's source entries give, valid or not (`sources: [{id: x, …}]`)."""
    items = data.get("sources")
    if not isinstance(items, list):
        return []
    return [i["id"] for i in items if isinstance(i, dict) and isinstance(i.get("id"), str)]


def partial_target_file(
    data: dict[str, Any],
) -> tuple[Province | None, list[tuple[int, Source]], list[tuple[int, Target]]]:
    """The parts of a target file that validate on their own, for when the whole file did not:
    (province or None, [(index, source)], [(index, target)]). Raises nothing."""

    def each(section: str, model: type[BaseModel]) -> list[tuple[int, Any]]:
        items = data.get(section)
        if not isinstance(items, list):
            return []
        good = []
        for i, item in enumerate(items):
            parsed = _lenient(model, item)
            if parsed is not None:
                good.append((i, parsed))
        return good

    province = None
    with contextlib.suppress(ValidationError):
        province = Province.model_validate(data.get("province"))
    return province, each("sources", Source), each("targets", Target)
