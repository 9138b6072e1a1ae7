"""Trajectory charts as SVG or PNG (matplotlib): plan, measurements, projection, target; a
task's state timeline (`taskchart`).

matplotlib is an optional dependency (`pip install "dxgap[charts]"`). Charts are drawn with its
object-oriented API on a `Figure` of their own (no pyplot, so no global backend is chosen and
nothing is left open), with settings scoped to the drawing (`rc_context`). It writes SVG and PNG
without a display and ships DejaVu Sans, a font with every Vietnamese letter. Every label comes
from the catalogues and the one value formatter, in the language asked for.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from typing import Any

from dxgap.errors import DxgapError, UsageError
from dxgap.output import taskchart
from dxgap.results import TargetPath, TrajectoryPoint
from dxgap.text import Msg, catalogue, excerpt, printable, status_label, t
from dxgap.text.fmt import PUBLISHED_DECIMALS, compact, format_series_breaks, format_short

FONT = "DejaVu Sans"
"""Bundled with matplotlib; covers Vietnamese (ư, ơ, đ and every tone mark on every vowel)."""

COLORS = {
    "planned": "#6b7280",
    "actual": "#1d4ed8",
    "projected": "#d97706",
    "target": "#b91c1c",
    "as_of": "#9ca3af",
}

STYLE = {
    "font.family": FONT,
    "text.parse_math": False,  # names are text: "$x$" is drawn as written, never as TeX
    "svg.fonttype": "none",  # text stays text in SVG: selectable, searchable
    "svg.hashsalt": "dxgap",  # stable ids: the same chart gives the same file
    "axes.spines.top": False,
    "axes.spines.right": False,
}


TITLE_WIDTH = 55
"""Characters of a chart title's line (a panel is about 6 inches wide)."""

TITLE_CHARS = 90
"""Characters of a chart's title (a name of 300,000 characters would take minutes to lay out)."""

MAX_CHARTS = 60
"""Charts drawn in one figure; each costs a fraction of a second, so a plan of 1,700 targets
would take many minutes and give an unreadable picture."""


def chart_words(lang: str) -> dict[str, str]:
    """The chart's words in `lang`, from the catalogue (codes `chart.*`)."""
    return {
        k.removeprefix("chart."): v for k, v in catalogue(lang).items() if k.startswith("chart.")
    }


class ChartsMissing(DxgapError):
    """The charts extra (matplotlib) is not installed."""

    def __init__(self) -> None:
        super().__init__(Msg("charts.missing"))


def _matplotlib() -> Any:
    """matplotlib, or `ChartsMissing` when the charts extra is not installed."""
    try:
        import matplotlib
        import matplotlib.figure
        import matplotlib.ticker
    except ImportError:
        raise ChartsMissing() from None
    return matplotlib


def _series(
    points: Sequence[TrajectoryPoint], path: TargetPath
) -> dict[str, list[tuple[int, float]]]:
    """The lines and points to draw: planned path (only when the plan states its base: a path
    from the first measurement is not the plan's), measurements, projection (from the latest
    measurement on)."""
    row = path.row
    stated = row.baseline_year is not None
    first = window(row)[0]  # a standing window is drawn as its band, not as a path
    planned = [
        (p.year, p.planned)
        for p in points
        if p.planned is not None and stated and (first is None or p.year <= first)
    ]
    actual = [(p.year, p.actual) for p in points if p.actual is not None]
    projected = [(p.year, p.projected) for p in points if p.projected is not None]
    if projected and row.latest_year is not None and row.latest_value is not None:
        projected = [(row.latest_year, row.latest_value), *projected]
    return {"planned": planned, "actual": actual, "projected": projected}


def window(row: Any) -> tuple[int | None, int | None]:
    """A standing target's window (`from_year`, target year): the level holds every year of
    it; (None, None) for any other target."""
    if row.frequency == "annual" and row.from_year is not None and row.target_year is not None:
        return row.from_year, row.target_year
    return None, None


def _band(ax: Any, path: TargetPath, lang: str) -> None:
    """A standing target as a band: the level across the window's years, shaded towards the
    side that meets it (up to the edge of the axis)."""
    row = path.row
    first, last = window(row)
    if first is None or last is None or row.target_value is None:
        return
    bottom, top = ax.get_ylim()
    inverted = bottom > top  # ranks: 1 at the top
    better_high = row.comparator in (">=", ">")
    edge = max(bottom, top) if better_high else min(bottom, top)
    if inverted:
        edge = min(bottom, top) if row.comparator in ("<=", "<") else max(bottom, top)
    xs = [first - 0.4, last + 0.4]
    ax.fill_between(xs, [row.target_value] * 2, [edge] * 2, color=COLORS["target"], alpha=0.08,
                    lw=0)  # fmt: skip
    ax.plot(xs, [row.target_value] * 2, color=COLORS["target"], lw=2,
            label=chart_words(lang)["band"])  # fmt: skip
    ax.set_ylim(bottom, top)


def _range(ax: Any, path: TargetPath, lang: str) -> None:
    """A range target as a bar from its low to its high end in the target year."""
    row = path.row
    if row.target_low is None or row.target_high is None or row.target_year is None:
        return
    ax.vlines(row.target_year, row.target_low, row.target_high, color=COLORS["target"], lw=6,
              alpha=0.35, label=chart_words(lang)["range"])  # fmt: skip


def _breaks(ax: Any, path: TargetPath, lang: str) -> None:
    """A dashed line before each year a new series starts, named once in the legend with its
    years: figures before it are not compared with those after (docs/methodology.md)."""
    years = [p.year for p in path.points if p.series_break]
    for n, year in enumerate(years):
        label = format_series_breaks(years, lang) if n == 0 else None
        ax.axvline(year - 0.5, color=COLORS["planned"], ls="--", lw=0.9, label=label)


def _draw(ax: Any, path: TargetPath, as_of: int, lang: str) -> None:
    words = chart_words(lang)
    row = path.row
    points = path.points or [TrajectoryPoint(row.province, row.target_id, row.target_year or as_of)]
    series = _series(points, path)
    if series["planned"]:
        ax.plot(
            *zip(*series["planned"], strict=True),
            color=COLORS["planned"],
            lw=1.5,
            label=words["planned"],
        )
    if series["projected"]:
        ax.plot(
            *zip(*series["projected"], strict=True),
            color=COLORS["projected"],
            lw=1.5,
            ls="--",
            label=words["projected"],
        )
    if series["actual"]:
        xs, ys = zip(*series["actual"], strict=True)
        ax.plot(xs, ys, "o", color=COLORS["actual"], ms=6, label=words["actual"], zorder=3)
        for x, y in series["actual"]:
            ax.annotate(
                f"{format_short(y, row.unit, lang, PUBLISHED_DECIMALS)}\n{x}",
                (x, y),
                textcoords="offset points",
                xytext=(0, 8),
                ha="center",
                fontsize=7,
                color=COLORS["actual"],
            )
    _range(ax, path, lang)
    standing = window(row)[0] is not None  # its band stands for the target
    if row.target_year is not None and row.target_value is not None and not standing:
        ax.plot(
            [row.target_year],
            [row.target_value],
            "*",
            ms=13,
            color=COLORS["target"],
            label=words["target"],
            zorder=4,
        )
    # the as-of line on every chart (a yes/no target's last state may be years before it)
    ax.axvline(as_of, color=COLORS["as_of"], ls=":", lw=1, gid="as-of")
    ax.annotate(
        words["as_of"].format(year=as_of),
        (as_of, 1),
        xycoords=("data", "axes fraction"),
        fontsize=7,
        color=COLORS["as_of"],
        ha="left",
        va="top",
        xytext=(3, -2),
        textcoords="offset points",
    )
    _breaks(ax, path, lang)
    _axes(ax, path, lang, as_of)


NARROW_BAND = 20.0
"""Percentage points: data and target within a band this narrow get an axis cut to them
(labelled as cut); wider ones the whole 0–100% scale."""


def _y_scale(ax: Any, path: TargetPath, lang: str) -> None:
    """Percentages on 0–100% (ticks `50%`) unless the data and the target sit in a narrow
    band (then the axis is cut to it and says so; never without data); ranks upside down (1 at the top), whole, never below 1;
    a yes/no target as its two states; the target always in view."""
    from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

    row = path.row
    values = [v for p in path.points for v in (p.planned, p.actual, p.projected) if v is not None]
    values += [v for v in (row.target_value, row.target_low, row.target_high) if v is not None]
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    if row.unit == "boolean":
        ax.yaxis.set_major_locator(FixedLocator([0, 1]))
        labels = [t("unit.not_done", lang), t("unit.done", lang)]
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda v, _p: labels[int(v)] if v in (0, 1) else "")
        )
        ax.set_ylim(-0.3, 1.3)
        return
    if row.unit == "rank":
        pad = max(1.0, (hi - lo) * 0.1)
        ax.set_ylim(hi + pad, max(0.5, lo - pad))  # inverted: up is better
        ax.yaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=2))
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda v, _p: compact(v, lang) if v >= 1 else "")
        )
        return
    if row.unit == "percent":  # a little room beyond 0 and 100 for the markers, no tick there
        measured = any(p.actual is not None for p in path.points)
        if hi - lo >= NARROW_BAND or not measured:  # no data: nothing to cut the axis to
            ax.set_ylim(-3, 103)
        else:
            pad = max(2.0, (NARROW_BAND / 2 - (hi - lo)) / 2)
            bottom, top = max(0.0, lo - pad), min(100.0, hi + pad)
            ax.set_ylim(bottom - (3 if bottom == 0 else 0), top + (3 if top == 100 else 0))
            if bottom > 0:
                ax.set_ylabel(chart_words(lang)["axis_cut"], fontsize=7, color=COLORS["as_of"])
        ax.set_yticks([v for v in ax.get_yticks() if 0 <= v <= 100])  # none beyond the scale
        ax.yaxis.set_major_formatter(  # 50%, 97.5% (vi 97,5%)
            FuncFormatter(lambda v, _p: format_short(float(v), "percent", lang))
        )
        return
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: compact(float(v), lang)))


def _axes(ax: Any, path: TargetPath, lang: str, as_of: int) -> None:
    """Scales, ticks in the language's number style, the title and the legend."""
    from matplotlib.ticker import FuncFormatter

    words = chart_words(lang)
    row = path.row
    _y_scale(ax, path, lang)
    _band(ax, path, lang)  # on the final scale, before the legend lists it
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: str(round(v))))  # 2025, never 2,025
    # every point, the target and the as-of line in view; one year: a few around it
    years = [p.year for p in path.points] + [y for y in [row.target_year] if y is not None]
    years.append(as_of)
    ax.set_xlim(min(years) - (2 if max(years) - min(years) < 2 else 0.5), max(years) + 0.7)
    # the indicator's name leads, wrapped so that it never runs into the next chart; the goal
    # tells apart two targets on one indicator; the target's id stays available, small and
    # grey, under the axis
    name = excerpt(
        printable(row.indicator_name(lang) or row.indicator or row.target_id), 3 * TITLE_WIDTH
    )
    status = f"{words['status']}: {status_label(row.status, lang)}"
    wrapped = "\n".join(textwrap.wrap(name, TITLE_WIDTH)) or name
    ax.set_title(f"{wrapped}\n{row.goal(lang)} · {status}", fontsize=9, loc="left")
    ax.set_xlabel(excerpt(printable(row.target_id), TITLE_CHARS // 2), fontsize=7,
                  color=COLORS["as_of"], loc="right")  # fmt: skip
    ax.grid(axis="y", color="#e5e7eb", lw=0.6)
    ax.tick_params(labelsize=8)
    # under the chart, where it covers no point and no target
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.13), ncol=4)


def text_alternative(path: TargetPath, lang: str) -> str:
    """What a chart shows, in words (for screen readers and for people who cannot see it):
    the target, its goal and status, and every measured value with its year (a task: every
    reported state with its date)."""
    if path.states:
        return taskchart.text_alternative(path, lang)
    row = path.row
    name = row.indicator_name(lang) or row.indicator or row.target_id
    actual = [
        t(
            "chart.alt_point",
            lang,
            value=format_short(p.actual, row.unit, lang, PUBLISHED_DECIMALS),
            year=p.year,
        )
        for p in path.points
        if p.actual is not None
    ]
    measured = ", ".join(actual) if actual else t("status.no_data", lang)
    return printable(
        t(
            "chart.alt",
            lang,
            name=name,
            goal=row.goal(lang),
            status=t(f"summary.status.{row.status}", lang),
            measured=measured,
        )
    )


def figure_bytes(
    paths: Sequence[TargetPath],
    as_of: int,
    fmt: str,
    lang: str,
    columns: int = 2,
    title: str | None = None,
    panel: tuple[float, float] = (6.2, 3.6),
) -> bytes:
    """One chart per target, in a grid of `columns`, each `panel` inches wide and high; SVG or
    PNG bytes. `title` heads the whole figure (e.g. the province's name). `ChartsMissing`
    without matplotlib; `UsageError` for more than `MAX_CHARTS` targets."""
    mpl = _matplotlib()
    with mpl.rc_context(STYLE):
        fig = figure(paths, as_of, lang, columns, title, panel)
        buf = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {}
        fig.savefig(buf, format=fmt, dpi=150, metadata=metadata)
    return buf.getvalue()


def figure(
    paths: Sequence[TargetPath],
    as_of: int,
    lang: str,
    columns: int = 2,
    title: str | None = None,
    panel: tuple[float, float] = (6.2, 3.6),
) -> Any:
    """The matplotlib `Figure` `figure_bytes` saves (its axes in `.axes`, one per target, in
    order), drawn in the chart style; same arguments and errors."""
    if len(paths) > MAX_CHARTS:
        raise UsageError(Msg("usage.too_many_charts", n=len(paths), limit=MAX_CHARTS))
    mpl = _matplotlib()
    n = max(1, len(paths))
    cols = 1 if n == 1 else min(columns, n)
    rows = math.ceil(n / cols)
    with mpl.rc_context(STYLE):
        size = (panel[0] * cols, panel[1] * rows + (0.4 if title else 0))
        fig = mpl.figure.Figure(figsize=size, layout="constrained")
        axes = fig.subplots(rows, cols, squeeze=False)
        for ax, path in zip(axes.flat, paths, strict=False):
            if path.states:  # a task: its state timeline
                taskchart.draw(ax, path, as_of, lang, chart_words(lang))
            else:
                _draw(ax, path, as_of, lang)
        for ax in list(axes.flat)[len(paths) :]:
            ax.set_visible(False)
        if title:
            heading = excerpt(printable(title), 2 * TITLE_CHARS)
            fig.suptitle(heading, fontsize=12, x=0.01, ha="left", fontweight="bold")
    return fig


SMALL = (4.6, 3.3)
"""Inches of one of a report's small multiples (two or three side by side on a page)."""


def svg_inline(path: TargetPath, as_of: int, lang: str) -> str:
    """One small chart as an `<svg>` element for embedding in HTML (no XML prolog, no external
    refs)."""
    raw = figure_bytes([path], as_of, "svg", lang, panel=SMALL).decode("utf-8")
    return raw[raw.index("<svg") :]


def drawable(path: TargetPath) -> bool:
    """Whether a target has a path to draw: a plan base or measurements (trajectory points),
    or a task's reported states; a target alone would be a lone star on an empty axis."""
    return bool(path.points or path.states)
