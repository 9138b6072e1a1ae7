"""The opening of a report on several provinces: provinces × pillars counted by status, and a
"who is behind" chart — drawn as plain SVG (a few rectangles need no plotting library).

Statuses are grouped as docs/methodology.md §3 reads them: met or on track; behind (needs
acceleration, limited progress, deterioration, missed); waiting (due with no figure yet,
pending); unknown (insufficient data, no data). Qualitative targets are counted apart.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from dxgap.frames import STATUSES
from dxgap.names import fold
from dxgap.output.tasks import is_task
from dxgap.results import ReportSection
from dxgap.targets.models import Pillar
from dxgap.text import pillar_label, printable, status_label, t

GROUPS: dict[str, tuple[str, ...]] = {
    "good": ("achieved", "on_track"),
    "behind": ("acceleration_needed", "limited_progress", "deterioration", "missed"),
    "waiting": ("overdue", "pending"),
    "unknown": ("insufficient_data", "no_data"),
}
COLORS = {"good": "#16a34a", "behind": "#b91c1c", "waiting": "#0e7490", "unknown": "#d1d5db"}


def _e(text: object) -> str:
    return html.escape(printable(str(text)))


def _counts(rows: Sequence[object]) -> Counter[str]:
    return Counter(str(getattr(r, "status", "")) for r in rows)


def overview(sections: Sequence[ReportSection], lang: str) -> str:
    """An HTML fragment: the table of provinces × pillars and the "who is behind" chart."""
    return _table(sections, lang) + _behind_chart(sections, lang)


def _badges(counts: Counter[str], lang: str) -> str:
    shown = [s for s in STATUSES if counts.get(s)]
    return " ".join(
        f'<span class="badge s-{s}">{_e(status_label(s, lang))}: {counts[s]}</span>' for s in shown
    )


def _table(sections: Sequence[ReportSection], lang: str) -> str:
    pillars = [
        p.value for p in Pillar if any(r.pillar == p.value for s in sections for r in s.rows)
    ]
    head = "".join(f"<th>{_e(pillar_label(p, lang))}</th>" for p in pillars)
    out = [
        f'<h2>{_e(t("report.overview", lang))}</h2><table class="overview"><thead><tr>'
        f"<th>{_e(t('col.province', lang))}</th>{head}</tr></thead><tbody>"
    ]
    for s in sections:
        cells = "".join(
            f"<td>{_badges(_counts([r for r in s.rows if r.pillar == p]), lang)}</td>"
            for p in pillars
        )
        out.append(f'<tr><td><a href="#{_e(s.file.province.id)}">'
                   f"{_e(s.file.province.name)}</a></td>{cells}</tr>")  # fmt: skip
    out.append("</tbody></table>")
    return "".join(out)


def _behind_chart(sections: Sequence[ReportSection], lang: str) -> str:
    """Per province a bar of its quantified targets by group, the most behind first; with a
    text alternative that says the same in words."""
    rows = []
    for s in sections:
        counts = _counts([r for r in s.rows if not is_task(r)])
        groups = {g: sum(counts.get(x, 0) for x in members) for g, members in GROUPS.items()}
        total = sum(groups.values())
        if total:
            rows.append((s.file.province.name, groups, total))
    if not rows:
        return ""
    # ties in the order of the alphabet (Bạc Liêu before Bình Dương; code points put it last)
    rows.sort(key=lambda r: (-r[1]["behind"] / r[2], fold(r[0]), r[0]))
    label_w, bar_w, step = 170, 520, 26
    height = step * len(rows) + 12
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {label_w + bar_w + 10} {height}" '
        f'role="img" aria-label="{_e(_alt(rows, lang))}"><title>{_e(_alt(rows, lang))}</title>'
    ]
    for i, (name, groups, total) in enumerate(rows):
        y = 10 + i * step
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end" font-size="12">{_e(name)}</text>'
        )
        x = float(label_w)
        for group, n in groups.items():
            if not n:
                continue
            w = bar_w * n / total
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="18" fill="{COLORS[group]}">'
                f"<title>{_e(t(f'report.group.{group}', lang))}: {n}</title></rect>"
            )
            if w > 18:
                ink = "#111827" if group == "unknown" else "#ffffff"
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="{y + 13}" text-anchor="middle" '
                    f'font-size="11" fill="{ink}">{n}</text>'
                )
            x += w
    parts.append("</svg>")
    legend = "".join(  # in the page, where a long label wraps instead of being cut
        f'<span><i style="background:{color}"></i>{_e(t(f"report.group.{group}", lang))}</span>'
        for group, color in COLORS.items()
    )
    heading = _e(t("report.behind", lang))
    return (
        f'<h3>{heading}</h3><figure class="behind">{"".join(parts)}'
        f'<figcaption class="legend">{legend}</figcaption></figure>'
    )


def _alt(rows: Sequence[tuple[str, dict[str, int], int]], lang: str) -> str:
    return "; ".join(
        t("report.behind_alt", lang, name=name, behind=groups["behind"], total=total)
        for name, groups, total in rows
    )
