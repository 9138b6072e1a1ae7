"""Tables for people, next to the tables for scripts: the human sheet of a workbook, which an
official opens and reads (headers, names, goals and statuses in the reader's language), the
Markdown table pasted into a report, and the machine sheet with the stable keys and values that
scripts read (`frames.GAP_KEYS`, …).

On a sheet, numbers stay numbers: the spreadsheet shows them in its own locale (86,3 in a
Vietnamese Excel) through the format codes of `text.fmt.spreadsheet_format`, and they can be
summed and charted; only ids, codes and the parts of a goal become words (and a rank's movement
is shown in words by its format, `tăng 0,7 bậc`, its number kept). In Markdown, which
is text, every figure is written as the terminal tables write it (`86,3%`, `hạng 11`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import polars as pl

from dxgap.results import Export, Labels
from dxgap.text import note_in, t
from dxgap.text.fmt import (
    format_date,
    format_delta,
    format_gap,
    format_latest,
    format_percent,
    format_period,
    format_series_from,
    format_target,
    format_value,
    format_years_met,
    spreadsheet_figure,
    spreadsheet_format,
    spreadsheet_words,
)


@dataclass(frozen=True)
class Sheet:
    """One worksheet: its name (at most 31 characters, as Excel allows), its rows, the stable
    key of each column (`keys`, in the frame's order: what a column holds, whatever its header
    says) and the unit of each row (`units`; a value column is shown as its unit is read)."""

    name: str
    frame: pl.DataFrame
    keys: tuple[str, ...]
    units: tuple[str | None, ...] = ()
    lang: str | None = None

    def number_format(self, column: int, row: int) -> str:
        """The display format of a number in the sheet (`text.fmt.spreadsheet_format`); on a
        sheet for people (`lang`), a rank's movement in words (`text.fmt.spreadsheet_words`)
        and a figure with the decimals the tables show (`text.fmt.spreadsheet_figure`)."""
        key = self.keys[column]
        unit = self.units[row] if row < len(self.units) else None
        if self.lang is not None:
            value = self.frame[row, column]
            shown = spreadsheet_words(key, value, unit, self.lang) or spreadsheet_figure(
                key, value, unit
            )
            if shown is not None:
                return shown
        return spreadsheet_format(key, self.frame.dtypes[column].is_integer(), unit)


def machine_sheet(frame: pl.DataFrame, name: str, units: tuple[str | None, ...] = ()) -> Sheet:
    """The table as exported, headed by its stable keys."""
    return Sheet(name[:31], frame, tuple(frame.columns), units)


def export_sheets(export: Export, lang: str) -> list[Sheet]:
    """A workbook's sheets for `export`: the human sheet in `lang`, then the machine sheet
    named for the table; each row's values shown as its indicator's unit is read."""
    units = tuple(_unit(r, export) for r in export.frame.to_dicts())
    human = human_sheet(export, lang)
    return [replace(human, units=units), machine_sheet(export.frame, export.table, units)]


# The human sheet's columns for each table, in reading order: a machine column (shown with its
# header `sheet.col.<column>`), or one made from the row and the labels: "goal" (the target's
# comparator, value, year, approx and frequency in words; in the gaps table, a qualitative
# target's promise), "indicator" and "unit" where the table has only the target or the
# indicator. Machine columns a person does not read (`name`, `comparator`, `approx`,
# `frequency`) are left to the machine sheet.
_COLUMNS = {
    "gaps": (
        "province", "area", "breakdown", "indicator", "target_id", "pillar", "goal", "status",
        "task_state", "state_year", "state_date", "evidence", "years_met", "years_assessed",
        "latest_value", "latest_year", "latest_period", "latest_out_of", "gap", "progress_pct",
        "series_from", "unit", "baseline_value", "baseline_year", "target_value", "target_low",
        "target_high", "out_of", "from_year", "target_year", "observed_pace", "planned_pace",
        "needed_pace", "pace_ratio", "projected_value",
    ),
    "trajectory": (
        "province", "indicator", "target_id", "year", "planned", "actual", "projected", "ahead_by",
        "met", "series_break", "task_state", "state_date", "evidence",
    ),
    "targets": (
        "province", "indicator", "target_id", "pillar", "goal", "unit", "baseline_value",
        "baseline_year", "target_value", "target_year", "qualitative", "kind", "source", "quote",
    ),
    "observations": (
        "province", "area", "breakdown", "indicator", "target", "year", "value", "unit", "state",
        "date", "numerator", "denominator", "source", "note",
    ),
}  # fmt: skip
_MADE = frozenset({"goal", "unit", "indicator"})

# Markdown: the columns of the terminal tables, each figure with its unit
_TEXT_COLUMNS = {
    "gaps": ("province", "area", "breakdown", "indicator", "target_id", "goal", "latest_value",
             "gap", "progress_pct", "status", "years_met", "task_state", "state_year",
             "evidence"),
    "trajectory": ("indicator", "target_id", "year", "planned", "actual", "projected",
                   "ahead_by", "met", "task_state", "state_date", "evidence"),
}  # fmt: skip
_OPTIONAL = frozenset(
    {"task_state", "state_year", "state_date", "evidence", "years_met", "years_assessed",
     "latest_period", "latest_out_of", "series_from", "target_low", "target_high", "out_of",
     "from_year", "met", "series_break", "target", "state", "area", "breakdown", "numerator",
     "denominator"}
)  # fmt: skip
"""Columns of kinds of targets a table may not have (tasks, standing windows, ranges, …):
left out of the human sheet and of Markdown when every row is empty."""

_IN_VIETNAMESE = {"note": "note_vi", "evidence": "evidence_vi"}
"""Columns of a data file's own words and the column holding them in Vietnamese: a Vietnamese
sheet shows the second (blank where the file gives none), never the English note."""

_Cell = Callable[[dict[str, Any]], Any]


def _words(export: Export, lang: str) -> dict[str, _Cell]:
    """How each column that holds an id or a code is written for people."""
    labels = export.labels

    def code(prefix: str, column: str) -> _Cell:
        return lambda r: t(f"{prefix}.{r[column]}", lang) if r.get(column) else None

    def indicator(r: dict[str, Any]) -> str | None:
        iid = r.get("indicator") or labels.target(r["province"], r.get("target_id")).indicator
        return labels.indicator(iid, lang)

    def unit(r: dict[str, Any]) -> str | None:
        name = _unit(r, export)
        return t(f"unit.name.{name}", lang) if name else None

    def source(r: dict[str, Any]) -> str | None:
        sid: str | None = r["source"]
        return labels.source_titles(lang).get((r["province"], sid), sid) if sid else None

    def goal(r: dict[str, Any]) -> str | None:
        target = labels.target(r["province"], r.get("target_id"))
        if r.get("target_value") is None and r.get("unit") != "boolean":
            return target.qualitative if export.table == "gaps" else None
        return format_target(
            r.get("comparator"),
            r.get("target_value"),
            r.get("target_year"),
            r.get("unit"),
            lang,
            approx=target.approx,
            annual=target.frequency == "annual",
            low=r.get("target_low"),
            high=r.get("target_high"),
            from_year=r.get("from_year"),
            out_of=r.get("out_of"),
        )

    def task_state(r: dict[str, Any]) -> str | None:
        # a task (no comparator: a qualitative target) without a report has "no information"
        state = r.get("task_state") or ("no_information" if "comparator" in r and
                                        r["comparator"] is None else None)  # fmt: skip
        return t(f"state.{state}", lang) if state else None

    def met(r: dict[str, Any]) -> str | None:
        # only a target to meet every year is met or not year by year (an early year below a
        # deadline's level is no failure)
        annual = labels.target(r["province"], r.get("target_id")).frequency == "annual"
        if r.get("met") is None or not annual:
            return None
        return t("met.yes" if r["met"] else "met.no", lang)

    return {
        "province": lambda r: labels.province(r["province"], lang),
        "indicator": indicator,
        "pillar": code("pillar", "pillar"),
        "status": code("status", "status"),
        "kind": code("sheet.kind", "kind"),
        "unit": unit,
        "goal": goal,
        "date": lambda r: format_date(r["date"], lang) if r.get("date") else None,
        "task_state": task_state,
        "state": code("state", "state"),  # a task's reported state, in the observations
        "state_date": lambda r: format_date(r["state_date"], lang) if r.get("state_date") else None,
        "latest_period": lambda r: (
            format_period(r.get("latest_period"), r.get("latest_year"), lang)
            if r.get("latest_period")
            else None
        ),
        "met": met,
        "series_break": lambda r: (
            format_series_from(r["year"], lang) if r.get("series_break") else None
        ),
        "source": source if export.table == "targets" else lambda r: r["source"],
        # a quote in English is shown in Vietnamese by its translation, marked as one
        "quote": lambda r: (lang == "vi" and _translated(labels, r)) or r.get("quote"),
        **{c: _note(c, vi, lang) for c, vi in _IN_VIETNAMESE.items()},
    }


def _translated(labels: Labels, r: dict[str, Any]) -> str | None:
    """A target's quote in English translated and marked (`Target.quote_in`), if it has one."""
    return labels.target(r["province"], r.get("target_id")).quote_vi


def _note(column: str, vi: str, lang: str) -> _Cell:
    """A note's cell as `lang` shows it (`text.note_in`)."""
    return lambda r: note_in(r.get(column), r.get(vi), lang)


def _unit(row: dict[str, Any], export: Export) -> str | None:
    """The unit of a row: its own column, else its indicator's, else its target's indicator's."""
    labels = export.labels
    iid = row.get("indicator") or labels.target(row["province"], row.get("target_id")).indicator
    return row.get("unit") or labels.units.get(iid or "")


def _figures(export: Export, lang: str) -> dict[str, _Cell]:
    """How Markdown writes each figure: in its unit, as the terminal tables do."""

    def value(column: str) -> _Cell:
        return lambda r: format_value(r[column], _unit(r, export), lang)

    def delta(column: str) -> _Cell:
        return lambda r: format_delta(r[column], _unit(r, export), lang)

    def gap(r: dict[str, Any]) -> str:
        return format_gap(r["gap"], _unit(r, export), lang)

    def latest(r: dict[str, Any]) -> str:
        out_of, period = r.get("latest_out_of"), r.get("latest_period")
        return format_latest(
            r["latest_value"], r.get("latest_year"), _unit(r, export), lang, " ", out_of, period
        )

    def years_met(r: dict[str, Any]) -> str | None:
        return format_years_met(r.get("years_met"), r.get("years_assessed"), lang) or None

    return {
        "latest_value": latest,
        "gap": gap,
        "progress_pct": lambda r: format_percent(r["progress_pct"], lang),
        "planned": value("planned"),
        "actual": value("actual"),
        "projected": value("projected"),
        "ahead_by": delta("ahead_by"),
        "years_met": years_met,
        "state_year": lambda r: (
            format_date(r.get("state_date"), lang)
            if r.get("state_date")
            else r.get("state_year") and str(r["state_year"])
        ),
    }


_TEXT_HEADERS = {
    "latest_value": "col.latest",
    "progress_pct": "col.progress",
    "years_met": "col.met",
    "task_state": "col.state",
    "state_year": "col.reported",
    "evidence": "col.evidence",
}


def _header(column: str, text: bool, lang: str) -> str:
    if text and column in _TEXT_HEADERS:
        return t(_TEXT_HEADERS[column], lang)
    return t(f"sheet.col.{column}", lang)


def _table(export: Export, lang: str, columns: tuple[str, ...], text: bool) -> Sheet:
    frame = export.frame
    tasks = "comparator" in frame.columns and frame["comparator"].null_count() > 0

    def kept(c: str) -> bool:
        if c in _MADE or (c == "task_state" and tasks):  # a task's state, reported or not
            return c in _MADE or c in frame.columns
        shown = _IN_VIETNAMESE.get(c, c) if lang == "vi" else c
        if c not in frame.columns or c not in _OPTIONAL:
            return c in frame.columns
        return shown in frame.columns and frame[shown].null_count() < frame.height

    shown = tuple(c for c in columns if kept(c))
    cells = {**_words(export, lang), **(_figures(export, lang) if text else {})}
    rows = frame.to_dicts()
    data: dict[str, pl.Series] = {}
    for column in shown:
        header = _header(column, text, lang)
        if column in cells:
            data[header] = pl.Series(header, [cells[column](r) for r in rows], dtype=pl.String)
        else:
            data[header] = frame[column].alias(header)
    return Sheet(t(f"sheet.{export.table}", lang)[:31], pl.DataFrame(data), shown, lang=lang)


def human_sheet(export: Export, lang: str) -> Sheet:
    """The table of `export` as a person reads it in `lang`: names instead of ids, statuses,
    pillars, units and kinds as labels, the goal in words, headers in the language; numbers
    stay numbers."""
    return _table(export, lang, _COLUMNS[export.table], text=False)


def human_text(export: Export, lang: str) -> pl.DataFrame:
    """The gap or trajectory table of `export` as text for a report (Markdown): the terminal
    table's columns, every figure written in its unit as `lang` writes it; the province only
    when several are shown. Other tables as `human_sheet`."""
    columns = _TEXT_COLUMNS.get(export.table)
    if columns is None:
        return human_sheet(export, lang).frame
    if export.frame.get_column("province").n_unique() <= 1 and export.table == "gaps":
        columns = tuple(c for c in columns if c != "province")
    return _table(export, lang, columns, text=True).frame
