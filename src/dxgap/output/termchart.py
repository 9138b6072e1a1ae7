"""A trajectory drawn in the terminal with rich text: plan ·, measured ●, projection ○, target ★.

No plotting dependency: one column group per year, values mapped to a few text rows; ranks are
drawn with 1 at the top (up is better).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from dxgap.results import GapRow, TrajectoryPoint
from dxgap.text import t
from dxgap.text.fmt import PUBLISHED_DECIMALS, format_value

Glyph = tuple[int, float, str, str]  # year, value, glyph, style

COLUMN = 3
"""Characters per year."""


def _glyphs(points: Sequence[TrajectoryPoint], row: GapRow) -> list[Glyph]:
    """What to draw, in drawing order: plan and projection under the measurements, the target
    star on top (always, even in a year with no other point). The plan's path is drawn only
    when the plan states its base: a path from the first measurement is not the plan's. A
    standing target's window is its level in every year of it (─), in place of the star."""
    glyphs: list[Glyph] = []
    planned = row.baseline_year is not None  # a plan's path starts at the plan's own base
    first = row.from_year if row.frequency == "annual" else None
    for p in points:
        before = first is None or p.year < first
        if planned and before and p.planned is not None:
            glyphs.append((p.year, p.planned, "·", "bright_black"))
        if p.projected is not None:
            glyphs.append((p.year, p.projected, "○", "dark_orange"))
    if first is not None and row.target_year is not None and row.target_value is not None:
        glyphs += [(y, row.target_value, "─", "red") for y in range(first, row.target_year + 1)]
    glyphs += [(p.year, p.actual, "●", "blue") for p in points if p.actual is not None]
    if row.target_year is not None and row.target_value is not None and first is None:
        glyphs.append((row.target_year, row.target_value, "★", "red"))  # always in view
    return glyphs


def _mark_breaks(
    grid: list[list[tuple[str, str]]], breaks: list[int], years: list[int], column: int
) -> None:
    """A dotted line (┊) at the left edge of each year where a new series starts."""
    for year in (y for y in breaks if y in years):
        x = years.index(year) * column
        for line in grid:
            if line[x][0] == " ":
                line[x] = ("┊", "bright_black")


def trajectory_chart(
    points: Sequence[TrajectoryPoint], row: GapRow, lang: str, height: int = 8
) -> Text:
    """One target's chart, `height` text rows high, with its value range and years labelled."""
    glyphs = _glyphs(points, row)
    if not glyphs:
        return Text("")
    years = list(range(min(g[0] for g in glyphs), max(g[0] for g in glyphs) + 1))
    column = max(COLUMN, -(-11 // len(years)))  # room for the two years under the axis
    values = [g[1] for g in glyphs]
    lo, hi = min(values), max(values)
    if hi == lo:
        lo, hi = lo - 1, hi + 1
        if row.unit == "percent":  # never an axis from 99% to 101%
            lo, hi = (lo - 1, hi - 1) if hi > 100 else (lo, hi)
    grid = [[(" ", "")] * (len(years) * column) for _ in range(height)]
    for year, value, glyph, style in glyphs:
        level = (value - lo) / (hi - lo)
        if row.unit == "rank":
            level = 1 - level
        x = years.index(year) * column + column // 2
        grid[height - 1 - round(level * (height - 1))][x] = (glyph, style)
    _mark_breaks(grid, [p.year for p in points if p.series_break], years, column)
    top, bottom = (lo, hi) if row.unit == "rank" else (hi, lo)
    # the ends are figures drawn (a measured one as published: 11,34%, as the table writes it)
    labels = tuple(
        format_value(v, row.unit, lang, decimals=PUBLISHED_DECIMALS) for v in (top, bottom)
    )
    label_w = max(len(labels[0]), len(labels[1]))
    text = Text()
    for i, line in enumerate(grid):
        label = labels[0] if i == 0 else labels[1] if i == height - 1 else ""
        text.append(f"{label:>{label_w}} │", style="dim")
        for glyph, style in line:
            text.append(glyph, style=style)
        text.append("\n")
    width = len(years) * column
    text.append(" " * label_w + " └" + "─" * width + "\n", style="dim")
    first, last = str(years[0]), str(years[-1])
    axis = first if first == last else first + " " * max(1, width - len(first) - len(last)) + last
    text.append(" " * (label_w + 2) + axis + "\n", style="dim")
    text.append(" " * (label_w + 2) + t("legend", lang), style="dim")
    extra = [t("legend.band", lang)] if any(g[2] == "─" for g in glyphs) else []
    extra += [t("legend.break", lang)] if any(p.series_break for p in points) else []
    if extra:  # a line of its own: the legend fits 80 columns
        text.append("\n" + " " * (label_w + 2) + "  ".join(extra), style="dim")
    return text
