"""Rich tables for the terminal, built from typed rows. They return renderables, never print.

Every function takes the language: words come from `dxgap.text`, numbers from the one formatter
(`dxgap.text.fmt`). Machine formats never pass through here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from dxgap.engine import Summary
from dxgap.frames import STATUSES
from dxgap.output.fit import Heading, break_id, gap_layout, widest
from dxgap.results import ComparisonRow, GapRow, StatusCounts, TrajectoryPoint
from dxgap.targets.models import Pillar
from dxgap.text import pillar_label, printable, status_label, t
from dxgap.text.fmt import (
    MISSING,
    PUBLISHED_DECIMALS,
    format_change,
    format_delta,
    format_gap,
    format_growth,
    format_latest,
    format_percent,
    format_series_breaks,
    format_series_from,
    format_value,
    format_years_met,
    number,
)

STATUS_STYLE: dict[str, str] = {
    "achieved": "bold green",
    "on_track": "green",
    "acceleration_needed": "yellow",
    "limited_progress": "dark_orange",
    "deterioration": "bold red",
    "pending": "cyan",
    "insufficient_data": "dim",
    "overdue": "cyan",  # due, the figure not yet published: not a failure
    "missed": "bold red",
    "no_data": "dim",
    "not_quantified": "dim italic",
    "not_comparable": "dim",  # the figures are of another ranking: nothing to judge by
}

COMPACT_BELOW = 110
"""Narrower terminals get the gap table without the pace and projection columns."""


def plain(text: str, style: str = "") -> Text:
    """Text from a file as the terminal shows it: never read as rich markup (a quote with
    "[bold]" stays as it is), and control or bidi characters as visible escapes."""
    return Text(printable(text), style=style)


def add_row(table: Table, *cells: str | Text) -> None:
    """Add a row whose text cells are shown as written (see `plain`)."""
    table.add_row(*(plain(c) if isinstance(c, str) else c for c in cells))


def _table(title: str | None = None, **kwargs: Any) -> Table:
    """A table whose title (which may hold names from files) is plain text (see `plain`)."""
    return Table(title=plain(title) if title is not None else None, **kwargs)


def status_text(status: str, lang: str) -> Text:
    """A status coloured for the eye; the words carry the meaning without colour too."""
    return Text(status_label(status, lang), style=STATUS_STYLE.get(status, ""))


def latest_of(row: GapRow, lang: str, sep: str) -> str:
    """A gap row's latest value with its year: `86.3%\\n(2024)`; a rank with its ranking's
    number of units (`hạng 12/63`), a sub-annual figure with its period (`tuần 3/2024`)."""
    return format_latest(
        row.latest_value, row.latest_year, row.unit, lang, sep, row.latest_out_of, row.latest_period
    )


def status_cell(row: GapRow, lang: str) -> Text:
    """A row's status; a standing target's years met under it ('3/4 năm đạt')."""
    text = status_text(row.status, lang)
    met = format_years_met(row.years_met, row.years_assessed, lang)
    if met:
        text.append(f"\n{met}", style="")
    return text


def _pace(row: GapRow, method: str, lang: str) -> str:
    if row.observed_pace is None and row.needed_pace is None:
        return MISSING

    def one(v: float | None) -> str:
        return format_growth(v, lang) if method == "cagr" else format_change(v, row.unit, lang)

    return f"{one(row.observed_pace)} /\n{one(row.needed_pace)}"


def _name_cell(row: GapRow, lang: str, label: str | None = None, room: int = 200) -> Text:
    """The target: its id and its indicator's name. English leads with the id; Vietnamese with
    the indicator's Vietnamese name, the id below it, dimmer (still there to type); the id
    broken after its hyphens only when it is wider than `room`."""
    name = Text()
    if label:
        name.append(f"[{printable(label)}] ", style="italic")
    shown = row.indicator_name(lang)
    ident = break_id(printable(row.target_id), room)
    if lang == "vi" and shown:
        name.append(printable(shown), style="bold")
        name.append(f"\n{ident}", style="dim")
    else:
        name.append(ident, style="bold")
        if shown:
            name.append(f"\n{printable(shown)}")
    if row.kind == "recommendation":
        name.append(f" ({t('recommended', lang)})", style="italic")
    return name


_BLOCKS = " ▁▂▃▄▅▆▇█"


def progress_bar(progress: float | None) -> str:
    """One character for a progress share: ▁ (little) … █ (all the way); blank when unknown."""
    if progress is None or math.isnan(progress):
        return " "
    share = min(max(progress, 0.0), 100.0) / 100.0
    return _BLOCKS[max(1, round(share * (len(_BLOCKS) - 1)))] if share > 0 else "▁"


def _progress_cell(progress: float | None, lang: str) -> str:
    if progress is None:
        return MISSING
    return f"{progress_bar(progress)} {format_percent(progress, lang)}"


def by_pillar(rows: Sequence[GapRow]) -> list[tuple[str, list[GapRow]]]:
    """Rows grouped by pillar, in the order of the national programme (then any other)."""
    groups: dict[str, list[GapRow]] = {}
    for row in rows:
        groups.setdefault(row.pillar or "other", []).append(row)
    order: list[str] = [p.value for p in Pillar if p.value in groups]
    order += [p for p in groups if p not in order]
    return [(p, groups[p]) for p in order]


def gap_table(
    rows: Sequence[GapRow],
    title: str,
    lang: str,
    method: str = "linear",
    width: int = 120,
    labels: Mapping[str, str] | None = None,
) -> Table:
    """The gap table, grouped by pillar; one row per target (fewer columns when narrow); ids
    whole when the other columns leave room, else broken after hyphens (`fit.id_room`).

    `labels` maps a province id to the label shown before its targets' ids (for a successor
    shown with its predecessors).
    """
    goals = widest([t("col.goal", lang), *(r.goal(lang) for r in rows)])
    states = widest([t("col.status", lang), *(status_cell(r, lang) for r in rows)])
    ids = [r.target_id for r in rows] + [pillar_label(p, lang) for p, _ in by_pillar(rows)]
    columns = {c: _columns(rows, lang, method, width, c) for c in (False, True)}
    figs = {c: [widest(cells) for cells in zip(*columns[c], strict=True)] for c in columns}
    compact, stacked, room = gap_layout(
        ids, min(width, 160), figs, goals, states, width < COMPACT_BELOW
    )
    heads, *body = columns[compact]
    table = _table(title, title_justify="left", title_style="bold", width=min(width, 160))
    ratio = 3 if stacked else None
    table.add_column(t("col.target", lang), width=room, ratio=ratio, overflow="fold")
    if not stacked:  # else the goal goes under the target's name, which gets the room
        table.add_column(t("col.goal", lang))
    for head in heads:
        table.add_column(head, justify="right")
    # a status wraps rather than taking the room of the column (English's fit from 160)
    table.add_column(t("col.status", lang), no_wrap=lang == "en" and width >= 160)
    figures = {id(r): cells for r, cells in zip(rows, body, strict=True)}
    for n, (pillar, items) in enumerate(by_pillar(rows)):
        if n:
            table.add_section()
        add_row(table, Text(pillar_label(pillar, lang), style="bold underline"))
        for row in items:
            name = _name_cell(row, lang, (labels or {}).get(row.province), room)
            goal = row.goal(lang) if row.quantified else t("goal.qualitative", lang)
            if stacked:
                name.append(f"\n{goal}", style="italic")
            if row.series_from is not None:  # progress and paces count from there
                name.append(f"\n{format_series_from(row.series_from, lang)}", style="dim")
            cells: list[str | Text] = [name] if stacked else [name, goal]
            add_row(table, *cells, *figures[id(row)], status_cell(row, lang))
    return table


def _columns(
    rows: Sequence[GapRow], lang: str, method: str, width: int, compact: bool
) -> list[list[str]]:
    """The gap table's figure columns, headers first, then a row per gap row: latest and gap;
    not `compact`, also progress, paces and projection (the pace's header broken below 160)."""
    code = ("col.pace" if method == "linear" else "col.growth") + ("_narrow" if width < 160 else "")
    heads = ["col.latest", "col.gap"] + ([] if compact else ["col.progress", code, "col.projected"])
    out = [[t(h, lang) for h in heads]]
    for row in rows:
        cells = [latest_of(row, lang, "\n"), format_gap(row.gap, row.unit, lang, cell=True)]
        more = [_progress_cell(row.progress_pct, lang), _pace(row, method, lang)]
        out.append(
            cells + ([] if compact else [*more, format_value(row.projected_value, row.unit, lang)])
        )
    return out


def qualitative_table(rows: Sequence[GapRow], lang: str) -> Table:
    """Qualitative targets: no number to compare, so only what was promised and by when.
    Vietnamese leads with the promise and keeps the id, dimmer, in the last column (as the gap
    table leads with the indicator's name); English leads with the id."""
    table = _table(t("title.qualitative", lang), title_justify="left", title_style="bold")
    vi = lang == "vi"
    if vi:
        table.add_column(t("col.promise", lang), overflow="fold", ratio=1)
        table.add_column(t("col.by", lang), no_wrap=True)
        table.add_column(t("col.id", lang), overflow="fold", min_width=14, style="dim")
    else:
        table.add_column(t("col.target", lang), overflow="fold", min_width=14)
        table.add_column(t("col.by", lang), no_wrap=True)
        table.add_column(t("col.promise", lang), overflow="fold", ratio=1)
    for row in rows:
        tag = f" ({t('recommended', lang)})" if row.kind == "recommendation" else ""
        year = str(row.target_year) if row.target_year else MISSING
        if vi:
            promise = plain(row.qualitative or "")
            promise.append(tag, style="italic")
            add_row(table, promise, year, row.target_id)
        else:
            name = plain(row.target_id, "bold")
            name.append(tag, style="italic")
            add_row(table, name, year, row.qualitative or "")
    return table


def summary_line(summary: Summary, lang: str, split: bool = True) -> Text:
    """'12 targets: 3 achieved, 2 on track, … · data coverage 5/9 quantified targets (56%)';
    with tasks, the quantified targets and the tasks apart; without `split` (counts that do
    not tell tasks apart), all the targets assessed together."""
    head = "summary.head_one" if summary.targets == 1 else "summary.head"
    text = Text(t(head, lang, n=summary.targets))
    parts = [(s, summary.by_status[s]) for s in STATUSES if summary.by_status.get(s)]
    for i, (status, count) in enumerate(parts):
        if i:
            text.append(t("summary.separator", lang))
        text.append(f"{number(count, 0, lang)} ", style="bold")  # 1.496 in Vietnamese
        text.append(t(f"summary.status.{status}", lang), style=STATUS_STYLE[status])
    cov = summary.coverage_pct
    pct = f" ({format_percent(cov, lang)})" if cov is not None else ""
    if not split:  # the counts do not say which targets are tasks: all assessed, together
        words = t("summary.coverage_all", lang, with_data=summary.with_data,
                  assessed=summary.quantified)  # fmt: skip
        text.append(words + pct)
    elif summary.tasks:  # the share of all, before the parts
        text.append(coverage_words(summary, "summary", lang, pct=pct))
    else:
        text.append(coverage_words(summary, "summary", lang) + pct)
    return text


def coverage_words(summary: Summary, prefix: str, lang: str, **extra: object) -> str:
    """Data coverage in words (`summary.coverage…` for the summary line, `report.coverage…`
    for the report): of the targets assessed, those with a figure or a reported state; with
    tasks, the quantified targets and the tasks apart ('… 3/31 chỉ tiêu định lượng có số
    liệu, 5/44 nhiệm vụ có thông tin')."""
    if not summary.tasks:
        code = f"{prefix}.coverage"
        return t(code, lang, with_data=summary.with_data, quantified=summary.quantified, **extra)
    return t(
        f"{prefix}.coverage_tasks",
        lang,
        with_data=summary.with_data,
        assessed=summary.quantified,
        measured_with=summary.with_data - summary.tasks_with_state,
        measured=summary.quantified - summary.tasks,
        tasks_with=summary.tasks_with_state,
        tasks=summary.tasks,
        **extra,
    )


def trajectory_table(
    points: Sequence[TrajectoryPoint], unit: str | None, lang: str, annual: bool = False
) -> Table:
    """Planned vs actual vs projected, one row per year; for a target to meet every year
    (`annual`), whether each year met it (a target to reach by its deadline is not failed by
    an early year below it); a year in which a new series starts marked `*`, with a note
    under the table (progress and paces count from there)."""
    table = _table(None, title_justify="left", title_style="bold")
    met = annual and any(p.met is not None for p in points)
    keys = ["col.year", "col.planned", "col.actual", "col.projected", "col.ahead"]
    for key in keys + (["col.met"] if met else []):
        # one line each where the terminal has room: a header stacked for the gap table's width
        # ("Ước tính\ntheo\nxu hướng") would leave its last words beside the others; where
        # the terminal is narrow the projection's heading folds (its figures are short)
        folds = key == "col.projected"
        table.add_column(Heading(t(key, lang)), justify="right", no_wrap=not folds)
    breaks = [p.year for p in points if p.series_break]
    for p in points:
        ahead: str | Text = ""
        if p.ahead_by is not None:
            style = "green" if p.ahead_by >= 0 else "red"
            ahead = Text(format_delta(p.ahead_by, unit, lang), style=style)
        cells: list[str | Text] = [
            f"{p.year}*" if p.series_break else str(p.year),
            format_value(p.planned, unit, lang),
            format_value(p.actual, unit, lang, decimals=PUBLISHED_DECIMALS)
            if p.actual is not None
            else "",
            format_value(p.projected, unit, lang) if p.projected is not None else "",
            ahead,
        ]
        if met:
            cells.append(_met_text(p.met, lang))
        add_row(table, *cells)
    if breaks:
        table.caption = plain(f"* {format_series_breaks(breaks, lang)}", "dim")
        table.caption_justify = "left"
    return table


def _met_text(met: bool | None, lang: str) -> Text:
    if met is None:
        return Text("")
    return Text(t("met.yes" if met else "met.no", lang), style="green" if met else "red")


def province_table(
    rows: Sequence[Sequence[str]], lang: str, lineage: bool = True, planned: bool = True
) -> Table:
    """`dxgap list`: provinces with their counts and their place in the 2025 reorganisation;
    each row: id, name, targets, quantified, observations, years, lineage (as text; left out
    with `lineage=False`). With `planned` false, the provinces measured with no plan (issue 21),
    under their own title and without the target counts (rows without those two cells)."""
    title = t("title.provinces" if planned else "title.provinces_unplanned", lang)
    table = _table(title, title_justify="left")
    table.add_column(t("col.id", lang), style="bold", no_wrap=True)
    table.add_column(t("col.name", lang))
    if planned:
        table.add_column(t("col.targets", lang), justify="right")
        table.add_column(t("col.quantified", lang), justify="right")
    table.add_column(t("col.observations", lang), justify="right")
    table.add_column(t("col.years", lang), justify="right", no_wrap=True)
    if lineage:
        table.add_column(t("col.lineage", lang))
    for row in rows:
        add_row(table, *row)
    return table


def compare_table(
    rows: Sequence[ComparisonRow],
    title: str,
    unit: str | None,
    lang: str,
    bench: bool = False,
    names: Mapping[str, str] | None = None,
) -> Table:
    """`dxgap compare INDICATOR`: provinces ranked on one indicator (with the benchmark's
    target and the gap to it when `bench`)."""
    table = _table(title, title_justify="left", title_style="bold")
    table.add_column(t("col.rank", lang), justify="right")
    table.add_column(t("col.province", lang), style="bold")
    table.add_column(t("col.latest", lang), justify="right")
    table.add_column(t("col.own_target", lang))
    table.add_column(t("col.status", lang))
    if bench:
        table.add_column(t("col.benchmark", lang))
        table.add_column(t("col.gap_benchmark", lang), justify="right")
    for r in rows:
        own = r.goal(unit, lang) if r.target_value is not None else MISSING
        latest = format_latest(r.latest_value, r.latest_year, unit, lang, " ", r.out_of, r.period)
        cells: list[str | Text] = [
            str(r.rank) if r.rank is not None else MISSING,
            (names or {}).get(r.province, r.province),
            latest + " †" if r.other_definition else latest,  # on another definition: a note
            own,
            status_text(r.status, lang) if r.status else MISSING,
        ]
        if bench:
            target = r.benchmark_target_value
            cells += [
                r.benchmark_goal(unit, lang) if target is not None else MISSING,
                format_gap(r.gap_to_benchmark, unit, lang, cell=True),
            ]
        add_row(table, *cells)
    return table


def status_summary_table(
    rows: Sequence[StatusCounts], title: str, lang: str, names: Mapping[str, str] | None = None
) -> Table:
    """`dxgap compare --summary`: who is behind, with data coverage."""
    shown = [s for s in STATUSES if any(r.by_status.get(s) for r in rows)]
    table = _table(title, title_justify="left", title_style="bold")
    table.add_column(t("col.province", lang), style="bold", no_wrap=True)
    table.add_column(t("col.targets", lang), justify="right")
    table.add_column(t("col.coverage", lang), justify="right")
    for s in shown:
        table.add_column(Text(status_label(s, lang), style=STATUS_STYLE[s]), justify="right")
    for r in rows:
        cov = r.coverage_pct
        add_row(
            table,
            (names or {}).get(r.province, r.province),
            str(r.targets),
            f"{r.with_data}/{r.quantified}"
            + (f" ({format_percent(cov, lang)})" if cov is not None else ""),
            *[str(r.by_status[s]) if r.by_status.get(s) else "·" for s in shown],
        )
    return table


def status_summary_lines(
    rows: Sequence[StatusCounts], lang: str, names: Mapping[str, str] | None = None
) -> list[Text]:
    """`compare --summary` for a narrow terminal: per province its name, then a line like the
    summary line of `check` ("76 targets: 1 achieved; … · data coverage 5/31 (16%)")."""
    out = []
    for r in rows:
        counts = {s: n for s, n in r.by_status.items() if n}
        summary = Summary(r.targets, counts, r.quantified, r.with_data)
        out += [plain((names or {}).get(r.province, r.province), "bold")]
        out.append(summary_line(summary, lang, split=False))
    return out


def by_table(rows: Sequence[GapRow], by: str, title: str, lang: str) -> Table:
    """`check --by area`: for each target, its areas from furthest behind to furthest ahead."""
    table = _table(title, title_justify="left", title_style="bold")
    table.add_column(t(f"col.{by}", lang), overflow="fold")
    table.add_column(t("col.latest", lang), justify="right")
    table.add_column(t("col.gap", lang), justify="right")
    table.add_column(t("col.progress", lang), justify="right")
    table.add_column(t("col.status", lang), no_wrap=True)
    current = None
    for row in rows:
        if row.target_id != current:
            if current is not None:
                table.add_section()
            current = row.target_id
            add_row(table, _by_heading(row, lang))
        add_row(
            table,
            str(row.area if by == "area" else row.breakdown),
            latest_of(row, lang, " "),
            format_gap(row.gap, row.unit, lang, cell=True),
            format_percent(row.progress_pct, lang),
            status_text(row.status, lang),
        )
    return table


def _by_heading(row: GapRow, lang: str) -> Text:
    """A target heading its areas: the indicator's name and the goal (Vietnamese), the id dim
    after them; English leads with the id, as in the gap table."""
    name = row.indicator_name(lang)
    if lang == "vi" and name:
        text = plain(f"{name} · {row.goal(lang)}", "bold")
        text.append(f"  {printable(row.target_id)}", style="dim")
        return text
    return plain(f"{row.target_id} · {row.goal(lang)}", "bold")


def markdown(parts: Sequence[object]) -> str:
    """The tables among a view's `parts` as GitHub-flavoured Markdown, cell for cell as the
    terminal shows them (for pasting into a report in the language of the command), each under
    its title in bold; a line of text is a paragraph of its own (GitHub reads a line right under
    a table as one more row of it, and joins lines into one paragraph)."""
    out: list[str] = []
    for part in parts:
        if not isinstance(part, Table):
            out.append(("\n" if out else "") + _md_cell(part) + "\n")
            continue
        if out:  # a table after text starts a block of its own
            out.append("\n")
        if part.title:
            out.append(f"**{_md_cell(part.title)}**\n\n")
        headers = [_md_cell(c.header) for c in part.columns]
        out.append("| " + " | ".join(headers) + " |\n|" + "---|" * len(headers) + "\n")
        for row in zip(*(list(c.cells) for c in part.columns), strict=True):
            out.append("| " + " | ".join(_md_cell(c) for c in row) + " |\n")
    return "".join(out)


def _md_cell(cell: object) -> str:
    text = cell.plain if isinstance(cell, Text) else str(cell)
    return " ".join(text.split()).replace("|", "\\|")
