"""The sheets of a workbook: the human sheet, which an official opens and reads (headers, names,
goals and statuses in the reader's language, as the terminal tables write them), and the
machine sheet with the stable keys and values that scripts read (`frames.GAP_KEYS`, …).

Numbers stay numbers in both: the spreadsheet shows them in its own locale (86,3 in a
Vietnamese Excel) through the format codes of `text.fmt.spreadsheet_format`, and they can be
summed and charted. Only ids, codes and the parts of a goal become words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import polars as pl

from dxgap.results import Export, Labels
from dxgap.text import t
from dxgap.text.fmt import format_date, format_target, spreadsheet_format


@dataclass(frozen=True)
class Sheet:
    """One worksheet: its name (at most 31 characters, as Excel allows), its rows, and the
    display format of each numeric column (by the column's header)."""

    name: str
    frame: pl.DataFrame
    formats: dict[str, str]


def machine_sheet(frame: pl.DataFrame, name: str) -> Sheet:
    """The table as exported, headed by its stable keys."""
    formats = {
        column: spreadsheet_format(column, dtype.is_integer())
        for column, dtype in frame.schema.items()
        if dtype.is_numeric()
    }
    return Sheet(name[:31], frame, formats)


# The human sheet's columns for each table, in reading order: a machine column (shown with
# its header `sheet.col.<column>`), or "goal" (the target's comparator, value, year, approx and
# frequency in words; in the gaps table, a qualitative target's text). Machine columns a person does not read (`name`, `comparator`, `approx`,
# `frequency`: their content is in the goal) are left to the machine sheet.
_COLUMNS = {
    "gaps": (
        "province", "area", "breakdown", "indicator", "target_id", "pillar", "goal", "status",
        "latest_value", "latest_year", "gap", "progress_pct", "unit", "baseline_value",
        "baseline_year", "target_value", "target_year", "observed_pace", "planned_pace",
        "needed_pace", "pace_ratio", "projected_value",
    ),
    "trajectory": (
        "province", "indicator", "target_id", "year", "planned", "actual", "projected", "ahead_by",
    ),
    "targets": (
        "province", "indicator", "target_id", "pillar", "goal", "unit", "baseline_value",
        "baseline_year", "target_value", "target_year", "qualitative", "kind", "source", "quote",
    ),
    "observations": (
        "province", "area", "breakdown", "indicator", "year", "value", "unit", "date",
        "numerator", "denominator", "source", "note",
    ),
}  # fmt: skip

_Cell = Callable[[dict[str, Any]], Any]


def _words(export: Export, lang: str) -> dict[str, _Cell]:
    """How each column that holds an id or a code is written for people."""
    labels: Labels = export.labels

    def code(prefix: str, column: str) -> _Cell:
        return lambda r: t(f"{prefix}.{r[column]}", lang) if r.get(column) else None

    def indicator(r: dict[str, Any]) -> str | None:
        iid = r.get("indicator") or labels.target_indicators.get((r["province"], r["target_id"]))
        return labels.indicator(iid, lang)

    def unit(r: dict[str, Any]) -> str | None:
        name = r.get("unit") or labels.units.get(r.get("indicator") or "")
        return t(f"unit.name.{name}", lang) if name else None

    def source(r: dict[str, Any]) -> str | None:
        sid: str | None = r["source"]
        return labels.sources.get((r["province"], sid), sid) if sid else None

    def goal(r: dict[str, Any]) -> str | None:
        text = labels.qualitative.get((r["province"], r["target_id"]))
        return _goal(r, lang) or (text if export.table == "gaps" else None)

    return {
        "province": lambda r: labels.province(r["province"], lang),
        "indicator": indicator,
        "pillar": code("pillar", "pillar"),
        "status": code("status", "status"),
        "kind": code("sheet.kind", "kind"),
        "unit": unit,
        "goal": goal,
        "date": lambda r: format_date(r["date"], lang) if r.get("date") else None,
        "source": source if export.table == "targets" else lambda r: r["source"],
    }


def _goal(row: dict[str, Any], lang: str) -> str | None:
    if row.get("target_value") is None and row.get("unit") != "boolean":
        return None
    return format_target(
        row.get("comparator"),
        row.get("target_value"),
        row.get("target_year"),
        row.get("unit"),
        lang,
        approx=bool(row.get("approx")),
        annual=row.get("frequency") == "annual",
    )


def human_sheet(export: Export, lang: str) -> Sheet:
    """The table of `export` as a person reads it in `lang`: names instead of ids, statuses,
    pillars, units and kinds as labels, the goal in words, headers in the language."""
    frame = export.frame
    derived = {"goal", "unit", "indicator"}  # from the target or the indicator of the row
    columns = [c for c in _COLUMNS[export.table] if c in frame.columns or c in derived]
    words = _words(export, lang)
    rows = frame.to_dicts()
    data: dict[str, pl.Series] = {}
    formats: dict[str, str] = {}
    for column in columns:
        header = t(f"sheet.col.{column}", lang)
        if column in words:
            values = [words[column](r) for r in rows]
            data[header] = pl.Series(header, values, dtype=pl.String)
            continue
        series = frame[column].alias(header)
        data[header] = series
        if series.dtype.is_numeric():
            formats[header] = spreadsheet_format(column, series.dtype.is_integer())
    return Sheet(t(f"sheet.{export.table}", lang)[:31], pl.DataFrame(data), formats)
