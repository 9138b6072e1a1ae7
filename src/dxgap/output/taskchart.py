"""A task's chart: its state timeline — each report of its state at its date, one lane per
state, the state held until the next report, the deadline and the as-of year
(docs/methodology.md §15). Drawn by `charts.figure` for a `TargetPath` with `states`, on the
same axes style as the trajectory charts."""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from typing import Any

from dxgap.frames import TASK_STATES
from dxgap.results import StateReport, TargetPath
from dxgap.text import excerpt, printable, status_label, t
from dxgap.text.fmt import format_date, format_target

LANES = ("dropped", "not_started", "in_progress", "done")
"""The states from bottom to top: done at the top, as "higher is better" reads."""

STATE_COLORS = {
    "done": "#15803d",
    "in_progress": "#1d4ed8",
    "not_started": "#6b7280",
    "dropped": "#b91c1c",
}

TITLE_WIDTH = 55  # as charts.TITLE_WIDTH
GREY = "#9ca3af"


def when(report: StateReport) -> float:
    """Where a report stands on a year axis: its date as a fraction of its year (2024-12-20
    → 2024.97); an undated report at the start of its year (it counts as earlier, §15)."""
    if report.date:
        try:
            day = dt.date.fromisoformat(report.date[:10])
        except ValueError:
            return float(report.year)
        days = 366 if day.year % 4 == 0 else 365
        return day.year + (day.timetuple().tm_yday - 0.5) / days
    return float(report.year)


def _label(report: StateReport, lang: str) -> str:
    return format_date(report.date, lang) if report.date else str(report.year)


def draw(ax: Any, path: TargetPath, as_of: int, lang: str, words: dict[str, str]) -> None:
    """The state timeline of a task on `ax` (matplotlib axes)."""
    row, reports = path.row, path.states
    known = [r for r in reports if r.state in TASK_STATES]
    xs = [when(r) for r in known]
    ys = [LANES.index(r.state) for r in known]
    if known:  # each state held until the next report; the last one up to the as-of year
        ax.step([*xs, max(xs[-1], as_of + 1)], [*ys, ys[-1]], where="post", color=GREY, lw=1.2,
                label=words["reported"], zorder=2)  # fmt: skip
    for x, y, report in zip(xs, ys, known, strict=True):
        ax.plot([x], [y], "o", ms=7, color=STATE_COLORS[report.state], zorder=3)
        ax.annotate(_label(report, lang), (x, y), textcoords="offset points", xytext=(0, 7),
                    ha="center", fontsize=7, color=STATE_COLORS[report.state])  # fmt: skip
    if row.target_year is not None:  # the deadline: done by the end of its year
        ax.plot([row.target_year + 1], [LANES.index("done")], "*", ms=13, zorder=4,
                color="#b91c1c", label=words["target"])  # fmt: skip
    ax.axvline(as_of + 1, color=GREY, ls=":", lw=1, gid="as-of")
    ax.annotate(words["as_of"].format(year=as_of), (as_of + 1, 1), fontsize=7, color=GREY,
                xycoords=("data", "axes fraction"), ha="right", va="top", xytext=(-3, -2),
                textcoords="offset points")  # fmt: skip
    ax.set_yticks(range(len(LANES)), [t(f"state.{s}", lang) for s in LANES])
    ax.set_ylim(-0.6, len(LANES) - 0.4)
    _calendar(ax, [*xs, as_of + 1, *([row.target_year + 1] if row.target_year else [])])
    _title(ax, path, lang, words)


def _calendar(ax: Any, xs: list[float]) -> None:
    """A calendar axis: each year a span from its first day to its last, labelled in its
    middle, with a faint line where a year ends (the as-of line and the deadline stand at the
    end of their year)."""
    first, last = math.floor(min(xs)), math.ceil(max(xs))
    years = range(first, last)
    ax.set_xlim(first - 0.15, last + 0.15)
    ax.set_xticks([y + 0.5 for y in years], [str(y) for y in years])
    ax.set_xticks(range(first, last + 1), minor=True)
    ax.tick_params(axis="x", which="major", length=0)
    ax.grid(axis="x", which="minor", color="#f3f4f6", lw=0.6)


def _title(ax: Any, path: TargetPath, lang: str, words: dict[str, str]) -> None:
    row = path.row
    name = excerpt(printable(row.qualitative or row.indicator_name(lang) or row.target_id), 165)
    wrapped = "\n".join(textwrap.wrap(name, TITLE_WIDTH)) or name
    goal = format_target(None, None, row.target_year, "boolean", lang)
    status = f"{words['status']}: {status_label(row.status, lang)}"
    ax.set_title(f"{wrapped}\n{goal} · {status}", fontsize=9, loc="left")
    ax.set_xlabel(excerpt(printable(row.target_id), 45), fontsize=7, color=GREY, loc="right")
    ax.grid(axis="y", color="#e5e7eb", lw=0.6)
    ax.tick_params(labelsize=8)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.13), ncol=4)


def text_alternative(path: TargetPath, lang: str) -> str:
    """What a task's chart shows, in words: the task, its deadline and status, and every
    reported state with its date."""
    row = path.row
    name = row.qualitative or row.indicator_name(lang) or row.target_id
    reports = ", ".join(
        t("chart.alt_report", lang, state=t(f"state.{r.state}", lang), when=_label(r, lang))
        for r in path.states
        if r.state in TASK_STATES
    )
    goal = format_target(None, None, row.target_year, "boolean", lang)
    status = t(f"summary.status.{row.status}", lang)
    return printable(
        t("chart.alt_task", lang, name=name, goal=goal, status=status, reports=reports)
    )
