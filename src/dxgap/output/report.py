"""A one-file HTML progress report: summary, gap table by pillar, a chart per target, sources.

Self-contained: inline CSS and inline SVG, no scripts, no fonts or images fetched — it opens
offline and prints to PDF from any browser. Every text from a file is escaped; every number, date
and word comes from the one formatter and the catalogues, in the report's language.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from dxgap.frames import STATUSES
from dxgap.output import charts, tasks
from dxgap.output.overview import overview
from dxgap.output.tables import by_pillar, coverage_words
from dxgap.output.views import merger_text
from dxgap.results import GapRow, Report, ReportSection, TargetPath
from dxgap.targets.models import Source
from dxgap.text import catalogue, pillar_label, printable, status_label, t
from dxgap.text.fmt import (
    format_date,
    format_gap,
    format_latest,
    format_percent,
    format_series_from,
    format_years_met,
)

CSS = """
:root { --ink:#111827; --muted:#6b7280; --line:#e5e7eb; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
       color: var(--ink); margin: 2rem auto; max-width: 1100px; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.meta, .muted { color: var(--muted); font-size: .85rem; }
.id { color: var(--muted); font-size: .85em; font-family: ui-monospace, monospace; }
.notice { background: #fef3c7; padding: .5rem .8rem; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 999px; font-size: .78rem;
         white-space: nowrap; border: 1px solid currentColor; }
.s-achieved { color: #15803d; } .s-on_track { color: #16a34a; } .s-acceleration_needed { color: #a16207; }
.s-limited_progress { color: #c2410c; } .s-deterioration, .s-missed { color: #b91c1c; }
.s-pending, .s-overdue { color: #0e7490; } .s-insufficient_data, .s-no_data, .s-not_quantified { color: #6b7280; }
.st-done { color: #15803d; } .st-in_progress { color: #0e7490; } .st-not_started { color: #a16207; }
.st-dropped { color: #b91c1c; } .st-no_information { color: #6b7280; }
p.tally { font-weight: bold; } table.tally { width: auto; margin: .3rem 0 .8rem; }
table.tally caption { text-align: left; font-weight: bold; padding: .2rem 0; }
th.num { text-align: right; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr));
          gap: .5rem 1rem; margin: .6rem 0 1.2rem; }
.chart { break-inside: avoid; page-break-inside: avoid; margin: 0; }
.chart svg, .behind svg { width: 100%; height: auto; display: block; }
.behind { max-width: 760px; margin: .5rem 0 1.5rem; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .8rem; margin-top: .3rem; }
.legend i { display: inline-block; width: .8rem; height: .8rem; margin-right: .3rem;
            vertical-align: -.1rem; }
table.gaps col.c-target { width: 25%; } table.gaps col.c-goal { width: 14%; }
table.gaps col.c-num { width: 9%; } table.gaps col.c-status { width: 12%; }
table.gaps col.c-source { width: 22%; }
details { font-size: .8rem; } blockquote { margin: .2rem 0 .2rem .8rem; color: #374151; }
@page { size: A4 portrait; margin: 12mm 10mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; }
  h2 { break-before: page; break-after: avoid; } section:first-of-type h2 { break-before: auto; }
  h3, h4 { break-after: avoid; }
  table { font-size: 7.5pt; table-layout: fixed; } th, td { padding: .15rem .25rem; }
  td, th { overflow-wrap: anywhere; } td.num { white-space: normal; }
  tr { break-inside: avoid; }
  .badge { white-space: normal; font-size: 1em; }
  .charts { grid-template-columns: 1fr 1fr; }
  a { color: inherit; text-decoration: none; }
  details > summary { display: none; }
}
"""


def _words(lang: str) -> dict[str, str]:
    """The report's words in `lang`, from the catalogue (codes `report.*`)."""
    return {
        k.removeprefix("report."): v for k, v in catalogue(lang).items() if k.startswith("report.")
    }


def _e(text: object) -> str:
    """Text from a file in HTML: escaped, with control and bidi characters as visible escapes."""
    return html.escape(printable("" if text is None else str(text)))


MAX_CHARTS = 200
"""Charts in one report (each takes a fraction of a second to draw): a plan of 1,700 targets
gets the first 200 and a note of how many were left out."""


@dataclass
class _Charts:
    """The charts still to draw in this report, and who to tell after each one."""

    as_of: int
    lang: str
    left: int = MAX_CHARTS
    progress: Callable[[], None] | None = None

    def draw(self, path: TargetPath) -> str:
        self.left -= 1
        svg = charts.svg_inline(path, self.as_of, self.lang)
        if self.progress is not None:
            self.progress()
        alt = _e(charts.text_alternative(path, self.lang))  # what the chart shows, in words
        svg = svg.replace(">", f"><title>{alt}</title>", 1)  # after the opening <svg …>
        return (
            f'<figure class="chart" id="chart-{_e(path.row.target_id)}" role="img" '
            f'aria-label="{alt}">{svg}</figure>'
        )


def chart_count(report: Report) -> int:
    """How many charts `render_report` draws (for a progress display)."""
    return min(MAX_CHARTS, sum(charts.drawable(p) for s in report.sections for p in s.paths))


def render_report(
    report: Report,
    lang: str,
    today: dt.date | None = None,
    progress: Callable[[], None] | None = None,
) -> str:
    """The whole HTML document, in `lang`; `today` is the date it says it was made (default:
    today); `progress` is called after each chart. Needs the charts extra for the charts
    (`ChartsMissing` otherwise)."""
    w = _words(lang)
    today = today or dt.date.today()
    options = report.options
    drawing = _Charts(options.as_of, lang, left=MAX_CHARTS, progress=progress)
    body = [_section(section, drawing, w, lang) for section in report.sections]
    title = w["title"]
    if len(report.sections) == 1:
        title += " · " + report.sections[0].file.province.name
    method = t(f"method.{options.method}", lang)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{_e(w['title'])}</h1>"
        f'<p class="meta">{_e(w["as_of"].format(year=options.as_of))} · {_e(w["method"])} '
        f"{_e(method)} · {_e(w['generated'])} {_e(format_date(today.isoformat(), lang))} · dxgap</p>"
        + (overview(report.sections, lang) if len(report.sections) > 1 else "")
        + "".join(body)
        + f'<p class="muted">{_e(w["method_note"])}</p></body></html>\n'
    )


def _section(s: ReportSection, drawing: _Charts, w: Mapping[str, str], lang: str) -> str:
    province = s.file.province
    sources = {src.id: src for src in s.file.sources}
    rows = _quoted(s, lang)
    out = [f'<section id="{_e(province.id)}"><h2>{_e(province.name)}</h2>']
    if s.merger is not None:
        recommended = any(r.kind == "recommendation" for r in rows)
        notice = merger_text(s.merger, lang, recommended)
        out.append(f'<p class="notice">{_e(notice)}</p>')
    out.append(_summary(s, w, lang))
    quantified = [r for r in rows if not tasks.is_task(r)]
    work = [r for r in rows if tasks.is_task(r)]
    out.append(f"<h3>{_e(w['gaps'])}</h3>")
    paths = {p.row.target_id: p for p in s.paths if charts.drawable(p)}
    left_out = 0
    for pillar, items in by_pillar(quantified):
        out.append(f"<h4>{_e(pillar_label(pillar, lang))}</h4>{_GAP_HEAD.format(**_esc(w))}")
        out += [_row(r, sources, w, lang) for r in items]
        out.append("</tbody></table>")
        drawable = [paths[r.target_id] for r in items if r.target_id in paths]
        figures, skipped = _small_multiples(drawable, drawing)
        out.append(figures)
        left_out += skipped
    timelines = [paths[r.target_id] for r in work if r.target_id in paths]  # tasks' states
    task_figures, skipped = _small_multiples(timelines, drawing)
    left_out += skipped
    if left_out:
        note = t("report.charts_left_out", lang, n=left_out)
        out.append(f'<p class="muted">{_e(note)}</p>')
    if work:
        out.append(_tasks(work, sources, w, lang) + task_figures)
    out.append("</section>")
    return "".join(out)


def _quoted(s: ReportSection, lang: str) -> list[GapRow]:
    """The section's rows with each quote as a reader of `lang` is shown it: in Vietnamese, a
    quote in English by the translation its target file gives, marked as one (`quote_in`)."""
    quotes = {target.id: target.quote_in(lang) for target in s.file.targets}
    return [
        replace(r, quote=quotes[r.target_id]) if r.target_id in quotes and r.quote else r
        for r in s.rows
    ]


_GAP_HEAD = (
    '<table class="gaps"><colgroup><col class="c-target"><col class="c-goal"><col class="c-num">'
    '<col class="c-num"><col class="c-num"><col class="c-status"><col class="c-source">'
    "</colgroup><thead><tr><th>{target}</th><th>{goal}</th><th>{latest}</th><th>{gap}</th>"
    "<th>{progress}</th><th>{status}</th><th>{source}</th></tr></thead><tbody>"
)


def _esc(words: Mapping[str, str]) -> dict[str, str]:
    return {k: _e(v) for k, v in words.items()}


def _small_multiples(paths: list[TargetPath], drawing: _Charts) -> tuple[str, int]:
    """A pillar's charts side by side, under its table, and how many were past the report's
    limit (named once per province)."""
    shown = paths[: max(drawing.left, 0)]
    if not shown:
        return "", len(paths)
    return "".join(['<div class="charts">', *[drawing.draw(p) for p in shown], "</div>"]), len(
        paths
    ) - len(shown)


def _summary(s: ReportSection, w: Mapping[str, str], lang: str) -> str:
    summary = s.summary
    out = [f'<h3>{_e(w["summary"])}</h3><div class="summary">']
    order = {
        s: n for n, s in enumerate(STATUSES)
    }  # as the terminal's summary line: qualitative last
    for status, count in sorted(summary.by_status.items(), key=lambda kv: order[kv[0]]):
        label = status_label(status, lang)
        out.append(f'<span class="badge s-{_e(status)}">{_e(label)}: {count}</span>')
    coverage = coverage_words(
        summary, "report", lang, pct=format_percent(summary.coverage_pct, lang)
    )
    out.append(f"</div><p>{_e(coverage)}</p>")
    return "".join(out)


def _row(r: GapRow, sources: Mapping[str, Source], w: Mapping[str, str], lang: str) -> str:
    rec = f" <i>({_e(w['recommended'])})</i>" if r.kind == "recommendation" else ""
    latest = format_latest(
        r.latest_value, r.latest_year, r.unit, lang, " ", r.latest_out_of, r.latest_period
    )
    series = format_series_from(r.series_from, lang)
    goal = _e(r.goal(lang)) + (f'<br><span class="muted">{_e(series)}</span>' if series else "")
    met = format_years_met(r.years_met, r.years_assessed, lang)
    return (
        f'<tr data-target="{_e(r.target_id)}"><td><b>{_e(r.indicator_name(lang) or "")}</b>{rec}'
        f"{_id(r)}</td>"
        f'<td>{goal}</td><td class="num">{_e(latest)}</td>'
        f'<td class="num">{_e(format_gap(r.gap, r.unit, lang))}</td>'
        f'<td class="num">{_e(format_percent(r.progress_pct, lang))}</td>'
        f'<td><span class="badge s-{_e(r.status)}">{_e(status_label(r.status, lang))}</span>'
        + (f'<br><span class="muted">{_e(met)}</span>' if met else "")
        + f"</td><td>{_source_cell(r, sources, w, lang)}</td></tr>"
    )


def _id(r: GapRow) -> str:
    """The target's id, small and grey under its name: there for whoever types it into
    `dxgap trajectory`, out of the way of whoever reads the report."""
    return f'<br><span class="id">{_e(r.target_id)}</span>'


def _tasks(
    rows: list[GapRow], sources: Mapping[str, Source], w: Mapping[str, str], lang: str
) -> str:
    """The tasks: their tally in the provinces' report form (all, by pillar, by plan
    document), then each task with its deadline, state, the date of the report, its evidence
    and its source."""
    head = "".join(
        f"<th>{_e(t(c, lang))}</th>"
        for c in ("col.promise", "col.by", "col.state", "col.reported", "col.evidence")
    )
    return (
        f"<h3>{_e(t('title.tasks', lang))}</h3>"
        + _tally(rows, sources, lang)
        + f'<table class="tasks"><thead><tr>{head}<th>{_e(w["source"])}</th></tr></thead><tbody>'
        + "".join(_task_row(r, sources, w, lang) for r in rows)
        + "</tbody></table>"
    )


def _tally(rows: list[GapRow], sources: Mapping[str, Source], lang: str) -> str:
    """The tally line and the two tables of tasks by state (pillar, plan document)."""
    line = tasks.tally_line(tasks.count_states(rows), lang).plain
    pillars = [(pillar_label(p, lang), c) for p, c in tasks.by_pillar_groups(rows)]
    documents = [
        (sources[sid].title_in(lang) if sid in sources else sid or "–", c)
        for sid, c in tasks.tally_groups(rows, lambda r: r.source or "")
    ]
    states = "".join(
        f'<th class="num st-{s}">{_e(tasks.state_label(s, lang))}</th>' for s in tasks.STATES
    )
    out = [f'<p class="tally">{_e(line)}</p>']
    for groups, code, first in (
        (pillars, "title.tally_pillar", "col.pillar"),
        (documents, "title.tally_source", "col.document"),
    ):
        out.append(
            f'<table class="tally"><caption>{_e(t(code, lang))}</caption><thead><tr>'
            f'<th>{_e(t(first, lang))}</th><th class="num">{_e(t("col.total", lang))}</th>'
            f"{states}</tr></thead><tbody>"
        )
        for name, counts in groups:
            cells = "".join(
                f'<td class="num">{counts[s] if counts[s] else "·"}</td>' for s in tasks.STATES
            )
            out.append(f'<tr><td>{_e(name)}</td><td class="num">{counts["tasks"]}</td>{cells}</tr>')
        out.append("</tbody></table>")
    return "".join(out)


def _task_row(r: GapRow, sources: Mapping[str, Source], w: Mapping[str, str], lang: str) -> str:
    rec = f" <i>({_e(w['recommended'])})</i>" if r.kind == "recommendation" else ""
    state = tasks.state_of(r)
    verdict = (
        f'<br><span class="badge s-{_e(r.status)}">{_e(status_label(r.status, lang))}</span>'
        if r.status in ("missed", "overdue")
        else ""
    )
    when = tasks.reported(r, lang) if r.task_state is not None else ""
    promise = r.qualitative or r.indicator_name(lang) or ""
    return (
        f'<tr data-target="{_e(r.target_id)}"><td>{_e(promise)}{rec}{_id(r)}</td>'
        f"<td>{_e(r.target_year or '')}</td>"
        f'<td><span class="st-{_e(state)}">{_e(tasks.state_label(state, lang))}</span>{verdict}</td>'
        f"<td>{_e(when)}</td><td>{_e(r.evidence_in(lang) or '')}</td>"
        f"<td>{_source_cell(r, sources, w, lang)}</td></tr>"
    )


def _source_cell(r: GapRow, sources: Mapping[str, Source], w: Mapping[str, str], lang: str) -> str:
    src = sources.get(str(r.source))
    if src is None:
        return _e(r.source)
    title = _e(src.title_in(lang))
    label = f'<a href="{_e(src.url)}">{title}</a>' if src.url else title
    date = f" ({_e(format_date(src.date, lang))})" if src.date else ""
    detail = (
        f"<details><summary>{_e(w['quote'])}</summary><blockquote>{_e(r.quote)}</blockquote></details>"
        if r.quote
        else ""
    )
    return f"{label}{date}{detail}"
