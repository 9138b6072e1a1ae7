"""Rich renderables for the terminal: tables and summary lines. Returns renderables, never prints.

Every function takes `lang` ("en" or "vi"): words come from `messages`, and numbers follow the
language's convention (86.3% / 86,3%; 1,586 / 1.586). Machine formats never pass through here.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from dxgap.frames import STATUSES
from dxgap.text import pillar_label, status_label, t
from dxgap.text.fmt import number

STATUS_STYLE: dict[str, str] = {
    "achieved": "bold green",
    "on_track": "green",
    "acceleration_needed": "yellow",
    "limited_progress": "dark_orange",
    "deterioration": "bold red",
    "pending": "cyan",
    "insufficient_data": "dim",
    "overdue": "red",
    "missed": "bold red",
    "no_data": "dim",
    "not_quantified": "dim italic",
}

COMPARATOR_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _count(value: float, lang: str) -> str:
    return number(value, 0 if float(value).is_integer() else 1, lang)


def fmt_value(value: float | None, unit: str | None, lang: str = "en") -> str:
    """A value in its unit, as people write it: 76.0% / 76,0%, rank 7, 11,340 bn VND."""
    if value is None or _missing(value):
        return "–"
    match unit:
        case "percent":
            return f"{number(value, 1, lang)}%"
        case "rank":
            return t("unit.rank", lang, v=_count(value, lang))
        case "vnd_billion":
            return t("unit.vnd_billion", lang, v=number(value, 0 if value >= 100 else 1, lang))
        case "boolean":
            return t("unit.done" if value >= 1 else "unit.not_done", lang)
        case "index":
            text = f"{value:.4g}"
            return text.replace(".", ",") if lang == "vi" else text
        case _:
            return _count(value, lang)


def fmt_delta(value: float | None, unit: str | None, lang: str = "en") -> str:
    """A difference in the unit: percentage points for shares, places for ranks."""
    if value is None or _missing(value) or unit == "boolean":
        return "–"
    if value == 0:
        value = 0.0  # no "-0"
    sign = "+" if value >= 0 else "-"
    size = abs(value)
    match unit:
        case "percent":
            return t("delta.percent", lang, v=sign + number(size, 1, lang))
        case "rank":
            return t("delta.rank", lang, v=sign + _count(size, lang))
        case "vnd_billion":
            return t("delta.vnd_billion", lang, v=sign + number(size, 0, lang))
        case "index":
            text = f"{value:+.4g}"
            return text.replace(".", ",") if lang == "vi" else text
        case _:
            return sign + _count(size, lang)


def fmt_target(row: Mapping[str, Any], lang: str = "en") -> str:
    """'≥ 80.0% by 2025', 'done by 2024' (vi: '≥ 80,0% đến năm 2025')."""
    unit = row.get("unit")
    year = row.get("target_year")
    by = " " + t("goal.by", lang, year=year) if year is not None else ""
    approx = "≈ " if row.get("approx") else ""
    if unit == "boolean":
        return f"{fmt_value(row.get('target_value'), unit, lang)}{by}"
    sign = COMPARATOR_SIGN.get(str(row.get("comparator")), "")
    return f"{sign} {approx}{fmt_value(row.get('target_value'), unit, lang)}{by}".strip()


def status_text(status: str, lang: str = "en") -> Text:
    """A status coloured for the eye; the words carry the meaning without colour too."""
    return Text(status_label(status, lang), style=STATUS_STYLE.get(status, ""))


def _latest(row: Mapping[str, Any], lang: str, sep: str = "\n") -> str:
    if row.get("latest_value") is None:
        return "–"
    return f"{fmt_value(row['latest_value'], row.get('unit'), lang)}{sep}({row['latest_year']})"


def _pace(row: Mapping[str, Any], method: str, lang: str) -> str:
    obs, need = row.get("observed_pace"), row.get("needed_pace")
    if obs is None and need is None:
        return "–"
    unit = row.get("unit")

    def one(v: float | None) -> str:
        if v is None:
            return "–"
        if method == "cagr":
            return ("+" if v >= 0 else "-") + number(abs(v), 1, lang) + "%"
        return fmt_delta(v, unit, lang)

    return f"{one(obs)} /\n{one(need)}"


def _name_cell(row: Mapping[str, Any], lang: str, label: str | None = None) -> Text:
    name = Text()
    if label:
        name.append(f"[{label}] ", style="italic")
    name.append(str(row.get("target_id")), style="bold")
    if row.get("kind") == "recommendation":
        name.append(f" ({t('recommended', lang)})", style="italic")
    shown = row.get("name_local") or row.get("name")
    if shown:
        name.append(f"\n{shown}")
    return name


COMPACT_BELOW = 110
"""Narrower terminals get the gap table without the pace and projection columns."""


def gap_table(
    rows: Iterable[Mapping[str, Any]],
    title: str,
    method: str = "linear",
    width: int = 120,
    lang: str = "en",
    labels: Mapping[str, str] | None = None,
) -> Table:
    """The gap table, grouped by pillar; one row per target (fewer columns when narrow).

    `labels` maps a province id to the label shown before its targets' ids (for a successor
    shown with its predecessors).
    """
    compact = width < COMPACT_BELOW
    table = Table(title=title, title_justify="left", title_style="bold", width=min(width, 160))
    table.add_column(t("col.target", lang), overflow="fold", min_width=14)
    table.add_column(t("col.goal", lang))
    table.add_column(t("col.latest", lang), justify="right")
    table.add_column(t("col.gap", lang), justify="right")
    if not compact:
        table.add_column(t("col.progress", lang), justify="right")
        table.add_column(
            t("col.pace" if method == "linear" else "col.growth", lang), justify="right"
        )
        table.add_column(t("col.projected", lang), justify="right")
    table.add_column(t("col.status", lang), no_wrap=lang == "en")
    by_pillar: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        by_pillar.setdefault(str(row.get("pillar") or "other"), []).append(row)
    order: list[str] = [
        p
        for p in (
            "digital_government",
            "digital_economy",
            "digital_society",
            "infrastructure",
            "human_resources",
        )
        if p in by_pillar
    ]
    order += [p for p in by_pillar if p not in order]
    for n, pillar in enumerate(order):
        if n:
            table.add_section()
        table.add_row(Text(pillar_label(pillar, lang), style="bold underline"))
        for row in by_pillar[pillar]:
            progress = row.get("progress_pct")
            quantified = row.get("status") != "not_quantified"
            label = (labels or {}).get(str(row.get("province")))
            cells: list[Any] = [
                _name_cell(row, lang, label),
                fmt_target(row, lang) if quantified else t("goal.qualitative", lang),
                _latest(row, lang),
                fmt_delta(row.get("gap"), row.get("unit"), lang),
            ]
            if not compact:
                cells += [
                    "–"
                    if progress is None
                    else f"{progress_bar(progress)} {number(progress, 0, lang)}%",
                    _pace(row, method, lang),
                    fmt_value(row.get("projected_value"), row.get("unit"), lang),
                ]
            table.add_row(*cells, status_text(str(row.get("status")), lang))
    return table


def qualitative_table(rows: Iterable[Mapping[str, Any]], lang: str = "en") -> Table:
    """Qualitative targets: no number to compare, so only what was promised and by when."""
    table = Table(title=t("title.qualitative", lang), title_justify="left", title_style="bold")
    table.add_column(t("col.target", lang), overflow="fold", min_width=14)
    table.add_column(t("col.by", lang), no_wrap=True)
    table.add_column(t("col.promise", lang), overflow="fold", ratio=1)
    for row in rows:
        name = Text(str(row.get("target_id")), style="bold")
        if row.get("kind") == "recommendation":
            name.append(f" ({t('recommended', lang)})", style="italic")
        year = row.get("target_year")
        table.add_row(name, str(year) if year else "–", str(row.get("qualitative") or ""))
    return table


def summary_line(summary: Mapping[str, Any], lang: str = "en") -> Text:
    """'12 targets: 3 achieved, 2 on track, … · data coverage 5/9 quantified targets (56%)'."""
    counts: Mapping[str, int] = summary["by_status"]
    text = Text(t("summary.head", lang, n=summary["targets"]))
    parts = [(s, counts[s]) for s in STATUSES if counts.get(s)]
    for i, (status, count) in enumerate(parts):
        if i:
            text.append(", ")
        text.append(f"{count} ", style="bold")
        text.append(status_label(status, lang), style=STATUS_STYLE[status])
    cov = summary["coverage_pct"]
    text.append(
        t(
            "summary.coverage",
            lang,
            with_data=summary["with_data"],
            quantified=summary["quantified"],
        )
        + (f" ({number(cov, 0, lang)}%)" if cov is not None else "")
    )
    return text


def trajectory_table(
    rows: Iterable[Mapping[str, Any]], title: str | None, unit: str | None, lang: str = "en"
) -> Table:
    """Planned vs actual vs projected, one row per year."""
    table = Table(title=title, title_justify="left", pad_edge=False, title_style="bold")
    for key in ("col.year", "col.planned", "col.actual", "col.projected", "col.ahead"):
        table.add_column(t(key, lang), justify="right", no_wrap=True)
    for row in rows:
        ahead = row.get("ahead_by")
        style = "" if ahead is None else ("green" if ahead >= 0 else "red")
        table.add_row(
            str(row["year"]),
            fmt_value(row.get("planned"), unit, lang),
            fmt_value(row.get("actual"), unit, lang) if row.get("actual") is not None else "",
            fmt_value(row.get("projected"), unit, lang) if row.get("projected") is not None else "",
            Text(fmt_delta(ahead, unit, lang), style=style) if ahead is not None else "",
        )
    return table


def province_table(rows: Iterable[Mapping[str, Any]], lang: str = "en") -> Table:
    """`dxgap list`: provinces with their counts and their place in the 2025 reorganisation."""
    table = Table(title=t("title.provinces", lang), title_justify="left", pad_edge=False)
    table.add_column(t("col.id", lang), style="bold", no_wrap=True)
    table.add_column(t("col.name", lang))
    table.add_column(t("col.targets", lang), justify="right")
    table.add_column(t("col.quantified", lang), justify="right")
    table.add_column(t("col.observations", lang), justify="right")
    table.add_column(t("col.years", lang), justify="right", no_wrap=True)
    table.add_column(t("col.lineage", lang))
    for row in rows:
        table.add_row(
            row["province"],
            row["name"],
            str(row["targets"]),
            str(row["quantified"]),
            str(row["observations"]),
            row.get("years") or "–",
            row.get("lineage") or "",
        )
    return table


def compare_table(
    rows: Iterable[Mapping[str, Any]], title: str, unit: str | None, lang: str = "en"
) -> Table:
    """`dxgap compare INDICATOR`: provinces ranked on one indicator."""
    rows = list(rows)
    bench = any("benchmark_target_value" in r for r in rows)
    table = Table(title=title, title_justify="left", title_style="bold")
    table.add_column(t("col.rank", lang), justify="right")
    table.add_column(t("col.province", lang), style="bold")
    table.add_column(t("col.latest", lang), justify="right")
    table.add_column(t("col.own_target", lang))
    table.add_column(t("col.status", lang))
    if bench:
        table.add_column(t("col.benchmark", lang))
        table.add_column(t("col.gap_benchmark", lang), justify="right")
    for r in rows:
        own = fmt_target({**r, "unit": unit}, lang) if r.get("target_value") is not None else "–"
        cells: list[Any] = [
            str(r["rank"]) if r.get("rank") is not None else "–",
            r["province"],
            _latest({**r, "unit": unit}, lang, " "),
            own,
            status_text(str(r["status"]), lang) if r.get("status") else "–",
        ]
        if bench:
            target = r.get("benchmark_target_value")
            cells += [
                fmt_target(
                    {
                        "unit": unit,
                        "target_value": target,
                        "comparator": None,
                        "target_year": r.get("benchmark_target_year"),
                    },
                    lang,
                )
                if target is not None
                else "–",
                fmt_delta(r.get("gap_to_benchmark"), unit, lang),
            ]
        table.add_row(*cells)
    return table


def status_summary_table(rows: Iterable[Mapping[str, Any]], title: str, lang: str = "en") -> Table:
    """`dxgap compare --summary`: who is behind, with data coverage."""
    rows = list(rows)
    shown = [s for s in STATUSES if any(r.get(s) for r in rows)]
    table = Table(title=title, title_justify="left", title_style="bold")
    table.add_column(t("col.province", lang), style="bold", no_wrap=True)
    table.add_column(t("col.targets", lang), justify="right")
    table.add_column(t("col.coverage", lang), justify="right")
    for s in shown:
        table.add_column(Text(status_label(s, lang), style=STATUS_STYLE[s]), justify="right")
    for r in rows:
        cov = r.get("coverage_pct")
        table.add_row(
            r["province"],
            str(r["targets"]),
            f"{r['with_data']}/{r['quantified']}"
            + (f" ({number(cov, 0, lang)}%)" if cov is not None else ""),
            *[str(r[s]) if r[s] else "·" for s in shown],
        )
    return table


def by_table(rows: Iterable[Mapping[str, Any]], by: str, title: str, lang: str = "en") -> Table:
    """`check --by area`: for each target, its areas from furthest behind to furthest ahead."""
    table = Table(title=title, title_justify="left", title_style="bold")
    table.add_column(t(f"col.{by}", lang), overflow="fold")
    table.add_column(t("col.latest", lang), justify="right")
    table.add_column(t("col.gap", lang), justify="right")
    table.add_column(t("col.progress", lang), justify="right")
    table.add_column(t("col.status", lang), no_wrap=True)
    current = None
    for row in rows:
        if row["target_id"] != current:
            if current is not None:
                table.add_section()
            current = row["target_id"]
            table.add_row(Text(f"{current} · {fmt_target(row, lang)}", style="bold"))
        progress = row.get("progress_pct")
        table.add_row(
            str(row[by]),
            _latest(row, lang, " "),
            fmt_delta(row.get("gap"), row.get("unit"), lang),
            "–" if progress is None else f"{number(progress, 0, lang)}%",
            status_text(str(row.get("status")), lang),
        )
    return table


_BLOCKS = " ▁▂▃▄▅▆▇█"


def progress_bar(progress: float | None) -> str:
    """One character for a progress share: ▁ (little) … █ (all the way); blank when unknown."""
    if progress is None or math.isnan(progress):
        return " "
    share = min(max(progress, 0.0), 100.0) / 100.0
    return _BLOCKS[max(1, round(share * (len(_BLOCKS) - 1)))] if share > 0 else "▁"


def trajectory_chart(
    rows: Sequence[Mapping[str, Any]], info: Mapping[str, Any], height: int = 8, lang: str = "en"
) -> Text:
    """A compact chart for the terminal: plan · , measured ●, projection ○, target ★.

    Drawn with rich text (no plotting dependency): one column group per year, values mapped to
    `height` rows; ranks are drawn with 1 at the top (up is better).
    """
    unit = info.get("unit")
    years = [r["year"] for r in rows]
    points: list[tuple[int, float, str, str]] = []  # year, value, glyph, style
    for r in rows:
        if r.get("planned") is not None:
            points.append((r["year"], r["planned"], "·", "bright_black"))
        if r.get("projected") is not None:
            points.append((r["year"], r["projected"], "○", "dark_orange"))
    for r in rows:
        if r.get("actual") is not None:
            points.append((r["year"], r["actual"], "●", "blue"))
    target_year, target_value = info.get("target_year"), info.get("target_value")
    if isinstance(target_year, int) and target_year in years and target_value is not None:
        points.append((target_year, float(target_value), "★", "red"))
    values = [p[1] for p in points]
    if not values:
        return Text("")
    lo, hi = min(values), max(values)
    if hi == lo:
        lo, hi = lo - 1, hi + 1
    width = 3
    grid = [[(" ", "")] * (len(years) * width) for _ in range(height)]
    for year, value, glyph, style in points:
        level = (value - lo) / (hi - lo)
        if unit == "rank":
            level = 1 - level
        row = height - 1 - round(level * (height - 1))
        col = years.index(year) * width + 1
        grid[row][col] = (glyph, style)
    top, bottom = (lo, hi) if unit == "rank" else (hi, lo)
    top_label, bottom_label = fmt_value(top, unit, lang), fmt_value(bottom, unit, lang)
    label_w = max(len(top_label), len(bottom_label))
    text = Text()
    for i, line in enumerate(grid):
        label = top_label if i == 0 else bottom_label if i == height - 1 else ""
        text.append(f"{label:>{label_w}} │", style="dim")
        for glyph, style in line:
            text.append(glyph, style=style)
        text.append("\n")
    text.append(" " * label_w + " └" + "─" * (len(years) * width) + "\n", style="dim")
    axis = f"{years[0]}".ljust(len(years) * width - 4) + f"{years[-1]}"
    text.append(" " * (label_w + 2) + axis + "\n", style="dim")
    text.append(" " * (label_w + 2) + t("legend", lang), style="dim")
    return text
