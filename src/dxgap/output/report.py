"""A one-file HTML progress report: summary, gap table by pillar, a chart per target, sources.

Self-contained: inline CSS and inline SVG, no scripts, no fonts or images fetched — it opens
offline and prints to PDF from any browser.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from typing import Any

from dxgap.text import catalogue, pillar_label, status_label
from dxgap.targets.models import TargetFile

CSS = """
:root { --ink:#111827; --muted:#6b7280; --line:#e5e7eb; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
       color: var(--ink); margin: 2rem auto; max-width: 1100px; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
.meta, .muted { color: var(--muted); font-size: .85rem; }
.notice { background: #fef3c7; padding: .5rem .8rem; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 999px; font-size: .78rem;
         white-space: nowrap; border: 1px solid currentColor; }
.s-achieved { color: #15803d; } .s-on_track { color: #16a34a; } .s-acceleration_needed { color: #a16207; }
.s-limited_progress { color: #c2410c; } .s-deterioration, .s-missed, .s-overdue { color: #b91c1c; }
.s-pending { color: #0e7490; } .s-insufficient_data, .s-no_data, .s-not_quantified { color: #6b7280; }
.summary { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
.chart { break-inside: avoid; page-break-inside: avoid; margin: 1rem 0 1.5rem; }
.chart svg { width: 100%; height: auto; max-width: 760px; display: block; }
details { font-size: .8rem; } blockquote { margin: .2rem 0 .2rem .8rem; color: #374151; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } a { color: inherit; } }
"""


def _words(lang: str) -> dict[str, str]:
    """The report's words in `lang`, from the message catalogue (keys `report.*`)."""
    return {k.removeprefix("report."): v for k, v in catalogue(lang).items() if k.startswith("report.")}


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def render_report(
    province_sections: Sequence[Mapping[str, Any]],
    as_of: int,
    method: str,
    lang: str = "en",
    today: dt.date | None = None,
) -> str:
    """The whole HTML document. Each section: file (TargetFile), rows (gap rows with `source`,
    `quote`, `qualitative`, `kind`), charts ({target_id: svg}), summary (engine.summary),
    fmt_goal / fmt_latest / fmt_gap (callables from render), successor (name or None)."""
    w = _words(lang)
    today = today or dt.date.today()
    body = []
    for section in province_sections:
        body.append(_section(section, w, lang))
    title = w["title"]
    if len(province_sections) == 1:
        title += " · " + province_sections[0]["file"].province.name
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>"
        f"<h1>{_e(w['title'])}</h1>"
        f'<p class="meta">{_e(w["as_of"].format(year=as_of))} · {_e(w["method"])} {_e(method)} · '
        f"{_e(w['generated'])} {today.isoformat()} · dxgap</p>"
        + "".join(body)
        + f'<p class="muted">{_e(w["method_note"])}</p></body></html>\n'
    )


def _section(s: Mapping[str, Any], w: Mapping[str, str], lang: str) -> str:
    tf: TargetFile = s["file"]
    rows: list[Mapping[str, Any]] = s["rows"]
    sources = {src.id: src for src in tf.sources}
    out = [
        f'<section id="{_e(tf.province.id)}"><h2>{_e(tf.province.name)} ({_e(tf.province.id)})</h2>'
    ]
    if tf.province.merged_into:
        out.append(
            '<p class="notice">'
            + _e(
                w["merged"].format(
                    name=tf.province.name,
                    successor=s.get("successor") or tf.province.merged_into,
                    date=tf.province.merged_on or "?",
                )
            )
            + "</p>"
        )
    summary = s["summary"]
    out.append(f'<h3>{_e(w["summary"])}</h3><div class="summary">')
    for status, count in sorted(summary["by_status"].items(), key=lambda kv: -kv[1]):
        out.append(
            f'<span class="badge s-{_e(status)}">{_e(status_label(status, lang))}: {count}</span>'
        )
    pct = "–" if summary["coverage_pct"] is None else f"{summary['coverage_pct']:.0f}%"
    out.append(
        "</div><p>"
        + _e(
            w["coverage"].format(
                with_data=summary["with_data"], quantified=summary["quantified"], pct=pct
            )
        )
        + "</p>"
    )

    quantified = [r for r in rows if r["status"] != "not_quantified"]
    qualitative = [r for r in rows if r["status"] == "not_quantified"]
    out.append(f"<h3>{_e(w['gaps'])}</h3>")
    pillars: dict[str, list[Mapping[str, Any]]] = {}
    for r in quantified:
        pillars.setdefault(r.get("pillar") or "other", []).append(r)
    for pillar, items in pillars.items():
        out.append(
            f"<h4>{_e(pillar_label(pillar, lang))}</h4><table><thead><tr>"
            f"<th>{_e(w['target'])}</th><th>{_e(w['goal'])}</th><th>{_e(w['latest'])}</th>"
            f"<th>{_e(w['gap'])}</th><th>{_e(w['progress'])}</th><th>{_e(w['status'])}</th>"
            f"<th>{_e(w['source'])}</th></tr></thead><tbody>"
        )
        for r in items:
            out.append(_row(r, s, sources, w, lang))
        out.append("</tbody></table>")

    charts: Mapping[str, str] = s["charts"]
    if charts:
        out.append(f"<h3>{_e(w['charts'])}</h3>")
        for r in quantified:
            svg = charts.get(r["target_id"])
            if svg:
                out.append(f'<figure class="chart" id="chart-{_e(r["target_id"])}">{svg}</figure>')
    if qualitative:
        out.append(f"<h3>{_e(w['qualitative'])}</h3><table><tbody>")
        for r in qualitative:
            out.append(
                f'<tr data-target="{_e(r["target_id"])}"><td><b>{_e(r["target_id"])}</b>'
                + (f" <i>({_e(w['recommended'])})</i>" if r.get("kind") == "recommendation" else "")
                + f"</td><td>{_e(r.get('target_year') or '')}</td><td>{_e(r.get('qualitative'))}</td>"
                + f"<td>{_source_cell(r, sources, w)}</td></tr>"
            )
        out.append("</tbody></table>")
    out.append("</section>")
    return "".join(out)


def _row(
    r: Mapping[str, Any],
    s: Mapping[str, Any],
    sources: Mapping[str, Any],
    w: Mapping[str, str],
    lang: str,
) -> str:
    name = r.get("name_local") or r.get("name") or ""
    progress = "–" if r.get("progress_pct") is None else f"{r['progress_pct']:.0f}%"
    rec = f" <i>({_e(w['recommended'])})</i>" if r.get("kind") == "recommendation" else ""
    return (
        f'<tr data-target="{_e(r["target_id"])}"><td><b>{_e(r["target_id"])}</b>{rec}<br>'
        f'<span class="muted">{_e(name)}</span></td>'
        f'<td>{_e(s["fmt_goal"](r))}</td><td class="num">{_e(s["fmt_latest"](r))}</td>'
        f'<td class="num">{_e(s["fmt_gap"](r))}</td><td class="num">{progress}</td>'
        f'<td><span class="badge s-{_e(r["status"])}">{_e(status_label(r["status"], lang))}</span></td>'
        f"<td>{_source_cell(r, sources, w)}</td></tr>"
    )


def _source_cell(r: Mapping[str, Any], sources: Mapping[str, Any], w: Mapping[str, str]) -> str:
    src = sources.get(str(r.get("source")))
    if src is None:
        return _e(r.get("source"))
    title = _e(src.title)
    label = f'<a href="{_e(src.url)}">{title}</a>' if src.url else title
    date = f" ({_e(src.date)})" if src.date else ""
    quote = r.get("quote")
    detail = (
        f"<details><summary>{_e(w['quote'])}</summary><blockquote>{_e(quote)}</blockquote></details>"
        if quote
        else ""
    )
    return f"{label}{date}{detail}"
