"""Rich renderables for the terminal: tables and summary lines. Returns renderables, never prints."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dxgap.errors import Problem
from dxgap.frames import STATUSES

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

STATUS_LABEL: dict[str, str] = {s: s.replace("_", " ") for s in STATUSES}

PILLAR_LABEL: dict[str, str] = {
    "digital_government": "Digital government",
    "digital_economy": "Digital economy",
    "digital_society": "Digital society",
    "infrastructure": "Digital infrastructure",
    "human_resources": "Digital human resources",
}

COMPARATOR_SIGN = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}


def _num(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return "0" if text.strip("-0.,") == "" and decimals == 0 else text


def fmt_value(value: float | None, unit: str | None) -> str:
    """A value in its unit, as people write it: 76.0%, rank 7, 11,340 bn VND, 1.2M people."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    match unit:
        case "percent":
            return f"{value:,.1f}%"
        case "rank":
            return f"rank {value:,.0f}" if float(value).is_integer() else f"rank {value:,.1f}"
        case "vnd_billion":
            return f"{_num(value, 0 if value >= 100 else 1)} bn VND"
        case "boolean":
            return "done" if value >= 1 else "not done"
        case "index":
            return f"{value:.4g}"
        case "count" | "people":
            return _num(value, 0) if float(value).is_integer() else _num(value, 1)
        case _:
            return f"{value:,.4g}"


def fmt_delta(value: float | None, unit: str | None) -> str:
    """A difference in the unit: percentage points for shares, places for ranks."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if value == 0:
        value = 0.0  # no "-0"
    match unit:
        case "percent":
            return f"{value:+,.1f} pp"
        case "rank":
            return f"{value:+,.0f} places" if float(value).is_integer() else f"{value:+,.1f} places"
        case "vnd_billion":
            return f"{value:+,.0f} bn VND"
        case "boolean":
            return "–"
        case "index":
            return f"{value:+.4g}"
        case _:
            return f"{value:+,.0f}" if float(value).is_integer() else f"{value:+,.1f}"


def fmt_target(row: Mapping[str, Any]) -> str:
    """'≥ 80.0% by 2025', 'done by 2024'."""
    unit = row.get("unit")
    year = row.get("target_year")
    by = f" by {year}" if year is not None else ""
    approx = "≈ " if row.get("approx") else ""
    if unit == "boolean":
        return f"{fmt_value(row.get('target_value'), unit)}{by}"
    sign = COMPARATOR_SIGN.get(str(row.get("comparator")), "")
    return f"{sign} {approx}{fmt_value(row.get('target_value'), unit)}{by}".strip()


def status_text(status: str) -> Text:
    """A status coloured for the eye; the words carry the meaning without colour too."""
    return Text(STATUS_LABEL.get(status, status), style=STATUS_STYLE.get(status, ""))


def _latest(row: Mapping[str, Any]) -> str:
    if row.get("latest_value") is None:
        return "–"
    return f"{fmt_value(row['latest_value'], row.get('unit'))}\n({row['latest_year']})"


def _pace(row: Mapping[str, Any], method: str) -> str:
    obs, need = row.get("observed_pace"), row.get("needed_pace")
    if obs is None and need is None:
        return "–"
    unit = row.get("unit")
    if method == "cagr":

        def one(v: float | None) -> str:
            return "–" if v is None else f"{v:+.1f}%"
    else:

        def one(v: float | None) -> str:
            return fmt_delta(v, unit)

    return f"{one(obs)} /\n{one(need)}"


COMPACT_BELOW = 110
"""Narrower terminals get the gap table without the pace and projection columns."""


def gap_table(
    rows: Iterable[Mapping[str, Any]], title: str, method: str = "linear", width: int = 120
) -> Table:
    """The gap table, grouped by pillar; one row per target (fewer columns when narrow)."""
    compact = width < COMPACT_BELOW
    table = Table(title=title, title_justify="left", title_style="bold", width=min(width, 160))
    table.add_column("Target", overflow="fold", min_width=14)
    table.add_column("Goal")
    table.add_column("Latest", justify="right")
    table.add_column("Gap", justify="right")
    if not compact:
        table.add_column("Progress", justify="right")
        table.add_column(
            "Pace obs / needed" if method == "linear" else "Growth obs / needed", justify="right"
        )
        table.add_column("Projected", justify="right")
    table.add_column("Status", no_wrap=True)
    by_pillar: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        by_pillar.setdefault(str(row.get("pillar") or "Other"), []).append(row)
    order = [p for p in PILLAR_LABEL if p in by_pillar] + [
        p for p in by_pillar if p not in PILLAR_LABEL
    ]
    for n, pillar in enumerate(order):
        if n:
            table.add_section()
        table.add_row(Text(PILLAR_LABEL.get(pillar, pillar), style="bold underline"))
        for row in by_pillar[pillar]:
            name = Text(str(row.get("target_id")), style="bold")
            if row.get("kind") == "recommendation":
                name.append(" (recommended)", style="italic")
            if row.get("name"):
                name.append(f"\n{row['name']}", style="")
            progress = row.get("progress_pct")
            quantified = row.get("status") != "not_quantified"
            cells: list[Any] = [
                name,
                fmt_target(row) if quantified else "qualitative",
                _latest(row),
                fmt_delta(row.get("gap"), row.get("unit")),
            ]
            if not compact:
                cells += [
                    "–" if progress is None else f"{progress_bar(progress)} {progress:,.0f}%",
                    _pace(row, method),
                    fmt_value(row.get("projected_value"), row.get("unit")),
                ]
            table.add_row(*cells, status_text(str(row.get("status"))))
    return table


def qualitative_table(rows: Iterable[Mapping[str, Any]]) -> Table:
    """Qualitative targets: no number to compare, so only what was promised and by when."""
    table = Table(title="Qualitative targets", title_justify="left", title_style="bold")
    table.add_column("Target", overflow="fold", min_width=14)
    table.add_column("By", no_wrap=True)
    table.add_column("Promise", overflow="fold", ratio=1)
    for row in rows:
        name = Text(str(row.get("target_id")), style="bold")
        if row.get("kind") == "recommendation":
            name.append(" (recommended)", style="italic")
        year = row.get("target_year")
        table.add_row(name, str(year) if year else "–", str(row.get("qualitative") or ""))
    return table


def summary_line(summary: Mapping[str, Any]) -> Text:
    """'12 targets: 3 achieved, 2 on track, … · data coverage 5/9 quantified targets (56%)'."""
    counts: Mapping[str, int] = summary["by_status"]
    text = Text(f"{summary['targets']} targets: ")
    parts = [(s, counts[s]) for s in STATUSES if counts.get(s)]
    for i, (status, count) in enumerate(parts):
        if i:
            text.append(", ")
        text.append(f"{count} ", style="bold")
        text.append(STATUS_LABEL[status], style=STATUS_STYLE[status])
    cov = summary["coverage_pct"]
    text.append(
        f" · data coverage {summary['with_data']}/{summary['quantified']} quantified targets"
        + (f" ({cov:.0f}%)" if cov is not None else "")
    )
    return text


def trajectory_table(
    rows: Iterable[Mapping[str, Any]], title: str | None, unit: str | None
) -> Table:
    """Planned vs actual vs projected, one row per year."""
    table = Table(title=title, title_justify="left", pad_edge=False, title_style="bold")
    for col in ("Year", "Planned", "Actual", "Projected", "Ahead by"):
        table.add_column(col, justify="right", no_wrap=True)
    for row in rows:
        ahead = row.get("ahead_by")
        style = "" if ahead is None else ("green" if ahead >= 0 else "red")
        table.add_row(
            str(row["year"]),
            fmt_value(row.get("planned"), unit),
            fmt_value(row.get("actual"), unit) if row.get("actual") is not None else "",
            fmt_value(row.get("projected"), unit) if row.get("projected") is not None else "",
            Text(fmt_delta(ahead, unit), style=style) if ahead is not None else "",
        )
    return table


def province_table(rows: Iterable[Mapping[str, Any]]) -> Table:
    """`dxgap list`: provinces with their counts."""
    table = Table(title="Provinces in this workspace", title_justify="left", pad_edge=False)
    table.add_column("Id", style="bold")
    table.add_column("Name")
    table.add_column("Targets", justify="right")
    table.add_column("Quantified", justify="right")
    table.add_column("Observations", justify="right")
    table.add_column("Years", justify="right")
    table.add_column("Merged into")
    for row in rows:
        years = row.get("years")
        table.add_row(
            row["province"],
            row["name"],
            str(row["targets"]),
            str(row["quantified"]),
            str(row["observations"]),
            years or "–",
            row.get("merged_into") or "",
        )
    return table


def problems_text(problems: Iterable[Problem]) -> RenderableType:
    """Validation problems as `path:line:col: where: message`, errors in red, warnings in yellow."""
    lines = [Text(str(p), style="red" if p.severity == "error" else "yellow") for p in problems]
    return Group(*lines)


def compare_table(rows: Iterable[Mapping[str, Any]], title: str, unit: str | None) -> Table:
    """`dxgap compare INDICATOR`: provinces ranked on one indicator."""
    rows = list(rows)
    bench = any("benchmark_target_value" in r for r in rows)
    table = Table(title=title, title_justify="left", title_style="bold")
    table.add_column("#", justify="right")
    table.add_column("Province", style="bold")
    table.add_column("Latest", justify="right")
    table.add_column("Own target")
    table.add_column("Status")
    if bench:
        table.add_column("Benchmark target")
        table.add_column("Gap to benchmark", justify="right")
    for r in rows:
        latest = (
            f"{fmt_value(r['latest_value'], unit)} ({r['latest_year']})"
            if r.get("latest_value") is not None
            else "–"
        )
        own = fmt_target({**r, "unit": unit}) if r.get("target_value") is not None else "–"
        cells: list[Any] = [
            str(r["rank"]) if r.get("rank") is not None else "–",
            r["province"],
            latest,
            own,
            status_text(str(r["status"])) if r.get("status") else "–",
        ]
        if bench:
            target = r.get("benchmark_target_value")
            cells += [
                f"{fmt_value(target, unit)} by {r['benchmark_target_year']}"
                if target is not None
                else "–",
                fmt_delta(r.get("gap_to_benchmark"), unit),
            ]
        table.add_row(*cells)
    return table


def status_summary_table(rows: Iterable[Mapping[str, Any]], title: str) -> Table:
    """`dxgap compare --summary`: who is behind, with data coverage."""
    rows = list(rows)
    shown = [s for s in STATUSES if any(r.get(s) for r in rows)]
    table = Table(title=title, title_justify="left", title_style="bold")
    table.add_column("Province", style="bold", no_wrap=True)
    table.add_column("Targets", justify="right")
    table.add_column("Coverage", justify="right")
    for s in shown:
        table.add_column(Text(STATUS_LABEL[s], style=STATUS_STYLE[s]), justify="right")
    for r in rows:
        cov = r.get("coverage_pct")
        table.add_row(
            r["province"],
            str(r["targets"]),
            f"{r['with_data']}/{r['quantified']}" + (f" ({cov:.0f}%)" if cov is not None else ""),
            *[str(r[s]) if r[s] else "·" for s in shown],
        )
    return table


def by_table(rows: Iterable[Mapping[str, Any]], by: str, title: str) -> Table:
    """`check --by area`: for each target, its areas from furthest behind to furthest ahead."""
    table = Table(title=title, title_justify="left", title_style="bold")
    table.add_column(by.capitalize(), overflow="fold")
    table.add_column("Latest", justify="right")
    table.add_column("Gap", justify="right")
    table.add_column("Progress", justify="right")
    table.add_column("Status", no_wrap=True)
    current = None
    for row in rows:
        if row["target_id"] != current:
            if current is not None:
                table.add_section()
            current = row["target_id"]
            table.add_row(Text(f"{current} · goal {fmt_target(row)}", style="bold"))
        progress = row.get("progress_pct")
        table.add_row(
            str(row[by]),
            _latest(row).replace("\n", " "),
            fmt_delta(row.get("gap"), row.get("unit")),
            "–" if progress is None else f"{progress:,.0f}%",
            status_text(str(row.get("status"))),
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
    rows: Sequence[Mapping[str, Any]], info: Mapping[str, Any], height: int = 8
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
    label_w = max(len(fmt_value(top, unit)), len(fmt_value(bottom, unit)))
    text = Text()
    for i, line in enumerate(grid):
        label = (
            fmt_value(top, unit) if i == 0 else fmt_value(bottom, unit) if i == height - 1 else ""
        )
        text.append(f"{label:>{label_w}} │", style="dim")
        for glyph, style in line:
            text.append(glyph, style=style)
        text.append("\n")
    text.append(" " * label_w + " └" + "─" * (len(years) * width) + "\n", style="dim")
    axis = f"{years[0]}".ljust(len(years) * width - 4) + f"{years[-1]}"
    text.append(" " * (label_w + 2) + axis + "\n", style="dim")
    text.append(" " * (label_w + 2))
    for glyph, style, label in (
        ("·", "bright_black", "plan"),
        ("●", "blue", "measured"),
        ("○", "dark_orange", "projection"),
        ("★", "red", "target"),
    ):
        text.append(glyph, style=style)
        text.append(f" {label}  ", style="dim")
    return text
