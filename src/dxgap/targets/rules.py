"""Validation rules for target files, each problem located at the YAML node it concerns.

Pydantic checks the shape of a file; the rules here need several fields or another file (the
indicator catalogue): bounds by unit, year order, references between ids. They run on whatever part
of a file parsed, so one run reports every problem, not just the first.
"""

from __future__ import annotations

import contextlib
import difflib
import math
import typing
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ValidationError

from dxgap.errors import Problem, Severity
from dxgap.targets.models import Catalogue, Indicator, Source, Target, TargetFile, Unit
from dxgap.targets.yamlio import Marks, Path, format_path


class Located:
    """Collects problems for one file, turning data paths into line/column positions."""

    def __init__(self, filename: str, marks: Marks) -> None:
        self.filename = filename
        self.marks = marks
        self.problems: list[Problem] = []

    def add(
        self, path: Path, message: str, *, key: bool = False, severity: Severity = "error"
    ) -> None:
        line, col = self.marks.locate(path, key=key)
        self.problems.append(
            Problem(self.filename, message, line, col, format_path(path), severity)
        )


# --- pydantic errors -------------------------------------------------------------------------


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


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_UNION_MEMBERS = {"bool", "float", "int", "str"}


def pydantic_problems(
    error: ValidationError, model: type[BaseModel], at: Located, prefix: Path = ()
) -> None:
    """Translate pydantic's errors into located problems that say what was expected.

    One problem per YAML node: a union's members (`value` is a number or true/false) each report
    their own error, and a node already refused while parsing (a tag, a merge key) would
    otherwise be reported again as "missing" or "wrong type".
    """
    seen: set[Path] = set()
    for err in error.errors(include_url=False):
        raw: Path = (*prefix, *err["loc"])
        kind = err["type"]
        on_key = bool(raw) and raw[-1] == "[key]"
        union = bool(raw) and raw[-1] in _UNION_MEMBERS and raw[:-1] in at.marks.values
        data_loc = raw[:-1] if (on_key or union) else raw
        while data_loc and data_loc not in at.marks.values and data_loc not in at.marks.keys:
            if kind == "missing" or len(data_loc) <= len(prefix):
                break
            data_loc = data_loc[:-1]
        if at.marks.is_flagged(data_loc) or data_loc in seen:
            continue
        seen.add(data_loc)
        if kind == "missing":
            at.add(data_loc[:-1], f"required key {data_loc[-1]!r} is missing")
        elif kind == "extra_forbidden":
            owner = _model_at(model, err["loc"][:-1])
            fields = list(owner.model_fields) if owner else []
            hint = _suggest(str(raw[-1]), fields)
            at.add(
                data_loc,
                f"unknown key {raw[-1]!r}{hint}; allowed keys: {', '.join(fields)}",
                key=True,
            )
        elif kind in ("model_type", "model_attributes_type", "dict_type"):
            at.add(data_loc, f"expected a mapping (key: value pairs), got {kind_of(err['input'])}")
        elif kind == "list_type":
            at.add(
                data_loc,
                f"expected a list (lines starting with '- '), got {kind_of(err['input'])}",
            )
        elif union:
            at.add(data_loc, f"expected a number (or true/false), got {_short(err['input'])}")
        else:
            msg = err["msg"]
            msg = msg[0].lower() + msg[1:] if msg else kind
            msg = msg.replace("input should be", "expected").replace("Value error, ", "")
            at.add(data_loc, f"{msg}, got {_short(err['input'])}", key=on_key)


def kind_of(value: Any) -> str:
    """How a YAML value looks to the person who wrote it (not a Python type name)."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({value})"
    return f"text ({_short(value)})"


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


# --- semantic rules --------------------------------------------------------------------------


def fmt_number(v: float | None) -> str:
    if v is None:
        return "?"
    return str(int(v)) if float(v).is_integer() else str(v)


def _check_value(
    at: Located, path: Path, value: bool | float, indicator: Indicator, what: str = "value"
) -> bool:
    """Values must suit the indicator's unit and lie within its bounds; True when they do."""
    unit = indicator.unit
    owner = bound_owner(indicator)
    if unit is Unit.BOOLEAN:
        if not isinstance(value, bool):
            at.add(
                path, f"{what} {fmt_number(value)} is not true/false, as unit 'boolean' requires"
            )
            return False
        return True
    if isinstance(value, bool):
        at.add(
            path, f"{what} {str(value).lower()} is not a number, as unit {unit.value!r} requires"
        )
        return False
    if not math.isfinite(value):
        at.add(path, f"{what} {value} is not a finite number")
        return False
    lo, hi = indicator.bounds
    if lo is not None and value < lo:
        at.add(path, f"{fmt_number(value)} is below {fmt_number(lo)}, the minimum for {owner}")
        return False
    if hi is not None and value > hi:
        at.add(path, f"{fmt_number(value)} is above {fmt_number(hi)}, the maximum for {owner}")
        return False
    return True


def bound_owner(indicator: Indicator) -> str:
    if indicator.min is None and indicator.max is None:
        return f"unit {indicator.unit.value!r}"
    return f"indicator {indicator.id!r}"


def meets(value: float, comparator: str, target: float) -> bool:
    """Whether `value` satisfies `comparator target` (the engine applies the same rule)."""
    return {
        ">=": value >= target,
        ">": value > target,
        "<=": value <= target,
        "<": value < target,
    }[comparator]


def check_target(
    at: Located,
    path: Path,
    target: Target,
    catalogue: dict[str, Indicator] | None,
    sources: dict[str, Source],
) -> None:
    """Rules for one target; `path` is its position, e.g. ("targets", 3)."""
    if target.source not in sources:
        known = ", ".join(sources) or "none defined"
        at.add(
            (*path, "source"),
            f"source {target.source!r} is not in this file's sources "
            f"({known}){_suggest(target.source, list(sources))}",
        )
    if target.baseline and target.baseline.source and target.baseline.source not in sources:
        at.add(
            (*path, "baseline", "source"),
            f"source {target.baseline.source!r} is not in this file's sources",
        )

    if target.qualitative is not None:
        for key in ("comparator", "value", "baseline", "milestones"):
            if getattr(target, key) is not None:
                at.add(
                    (*path, key),
                    f"a qualitative target has no {key}; drop {key!r} or the 'qualitative' text",
                    key=True,
                )
        if target.indicator is not None and catalogue is not None:
            _check_indicator_ref(at, path, target.indicator, catalogue)
        return

    indicator = None
    if target.indicator is None:
        at.add(path, "a quantified target needs 'indicator' (or 'qualitative' text instead)")
    elif catalogue is not None:
        indicator = _check_indicator_ref(at, path, target.indicator, catalogue)
    boolean = indicator is not None and indicator.unit is Unit.BOOLEAN
    missing = [k for k in ("value", "year") if getattr(target, k) is None]
    if target.comparator is None and not boolean:
        missing.insert(0, "comparator")
    if missing:
        at.add(
            path,
            "a quantified target needs comparator, value and year; missing: "
            + ", ".join(missing)
            + " (or write a 'qualitative' target instead)",
        )
    if boolean and target.comparator is not None:
        at.add(
            (*path, "comparator"),
            "a boolean target takes no comparator: 'value: true' means 'done by the year'",
        )
    if indicator is None:
        return

    value_ok = target.value is not None and _check_value(
        at, (*path, "value"), target.value, indicator
    )
    baseline_ok = target.baseline is not None and _check_value(
        at, (*path, "baseline", "value"), target.baseline.value, indicator
    )
    for year, value in (target.milestones or {}).items():
        _check_value(at, (*path, "milestones", year), value, indicator, what="milestone")

    if indicator.unit is Unit.RANK and target.comparator in (">=", ">"):
        at.add(
            (*path, "comparator"),
            f"comparator {target.comparator!r} on a rank asks for a worse rank; "
            "ranks are lower-is-better, did you mean '<='?",
            severity="warning",
        )

    if target.year is not None:
        base_year = target.baseline.year if target.baseline else None
        if base_year is not None and base_year >= target.year:
            at.add(
                (*path, "baseline", "year"),
                f"baseline year {base_year} must be before the target year {target.year}",
            )
        for year in target.milestones or {}:
            low = base_year if base_year is not None else None
            if year >= target.year or (low is not None and year <= low):
                span = f"{low} and {target.year}" if low is not None else f"before {target.year}"
                at.add(
                    (*path, "milestones", year),
                    f"milestone year {year} must lie strictly between {span}",
                    key=True,
                )

    if (
        value_ok
        and baseline_ok
        and target.baseline is not None
        and target.comparator is not None
        and isinstance(target.value, float | int)
        and not isinstance(target.value, bool)
        and not isinstance(target.baseline.value, bool)
        and meets(float(target.baseline.value), target.comparator, float(target.value))
    ):
        at.add(
            (*path, "baseline", "value"),
            f"the baseline {fmt_number(target.baseline.value)} already meets the target "
            f"{target.comparator} {fmt_number(target.value)}",
            severity="warning",
        )

    source = sources.get(target.source)
    if source is not None and source.reliability in ("C", "D") and not target.note:
        at.add(
            (*path, "source"),
            f"source {source.id!r} is graded {source.reliability}; "
            "say why the figure is used (and that it needs verifying) in 'note'",
            severity="warning",
        )


def _check_indicator_ref(
    at: Located, path: Path, indicator_id: str, catalogue: dict[str, Indicator]
) -> Indicator | None:
    indicator = catalogue.get(indicator_id)
    if indicator is None:
        at.add(
            (*path, "indicator"),
            f"indicator {indicator_id!r} is not in the catalogue (targets/indicators.yaml)"
            + _suggest(indicator_id, list(catalogue)),
        )
    return indicator


def _duplicates(at: Located, items: list[tuple[int, str]], section: str, what: str) -> None:
    seen: dict[str, int] = {}
    for index, ident in items:
        if ident in seen:
            at.add(
                (section, index, "id"),
                f"duplicate {what} id {ident!r} (first used at {section}[{seen[ident]}])",
            )
        else:
            seen[ident] = index


def check_target_file(
    at: Located,
    file_stem: str,
    province: Any,
    sources: list[tuple[int, Source]],
    targets: list[tuple[int, Target]],
    catalogue: dict[str, Indicator] | None,
) -> None:
    """File-level rules; takes the parts that parsed so a broken part does not hide the others."""
    if province is not None:
        if province.id != file_stem:
            at.add(
                ("province", "id"),
                f"province id {province.id!r} does not match the file name "
                f"{file_stem!r}; name the file {province.id}.yaml",
            )
        if province.merged_on is not None and province.merged_into is None:
            at.add(("province", "merged_on"), "merged_on needs merged_into", key=True)
        if province.merged_into is not None and province.merged_into == province.id:
            at.add(("province", "merged_into"), "a province cannot be merged into itself")
        elif province.merged_into is not None:
            from dxgap import places

            if places.get(province.merged_into, places.CURRENT) is None:
                current = [u.id for u in places.units() if u.scheme == places.CURRENT]
                at.add(
                    ("province", "merged_into"),
                    f"merged_into {province.merged_into!r} is not a known provincial unit of the "
                    f"34-unit scheme{_suggest(province.merged_into, current)}",
                )
    _duplicates(at, [(i, s.id) for i, s in sources], "sources", "source")
    _duplicates(at, [(i, t.id) for i, t in targets], "targets", "target")
    by_id = {s.id: s for _, s in sources}
    for index, target in targets:
        check_target(at, ("targets", index), target, catalogue, by_id)


def check_catalogue(at: Located, catalogue: Catalogue) -> None:
    """Catalogue rules: unique ids, sensible bounds."""
    _duplicates(
        at, [(i, ind.id) for i, ind in enumerate(catalogue.indicators)], "indicators", "indicator"
    )
    for i, ind in enumerate(catalogue.indicators):
        lo, hi = ind.bounds
        if lo is not None and hi is not None and lo >= hi:
            at.add(
                ("indicators", i, "max"),
                f"max {fmt_number(hi)} must be greater than min {fmt_number(lo)}",
            )
        if ind.unit is Unit.BOOLEAN and (ind.min is not None or ind.max is not None):
            at.add(("indicators", i, "unit"), "a boolean indicator takes no min/max")


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


def partial_target_file(
    data: dict[str, Any], at: Located
) -> tuple[Any, list[tuple[int, Source]], list[tuple[int, Target]]]:
    """Validate a target file part by part; used when the whole file did not validate."""
    from dxgap.targets.models import Province

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


__all__ = [
    "Located",
    "TargetFile",
    "check_catalogue",
    "check_target_file",
    "kind_of",
    "meets",
    "partial_target_file",
    "pydantic_problems",
]
