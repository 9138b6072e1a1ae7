"""A trajectory drawn in the terminal with rich text: plan ·, measured ●, projection ○, target ★.

No plotting dependency: one column group per year, values mapped to a few text rows; ranks are
drawn with 1 at the top (up is better).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from dxgap.results import GapRow, TrajectoryPoint
from dxgap.text import t
from dxgap.text.fmt import format_value

Glyph = tuple[int, float, str, str]  # year, value, glyph, style

COLUMN = 3
"""Characters per year."""


def _glyphs(points: Sequence[TrajectoryPoint], row: GapRow) -> list[Glyph]:
    """What to draw, in drawing order: plan and projection under the measurements, the target
    star on top (always, even in a year with no other point). The plan's path is drawn only
    when the plan states its base: a path from the first measurement is not the plan's."""
    glyphs: list[Glyph] = []
    planned = row.baseline_year is not None  # a plan's path starts at the plan's own base
    for p in points:
        if planned and p.planned is not None:
            glyphs.append((p.year, p.planned, "·", "bright_black"))
        if p.projected is not None:
            glyphs.append((p.year, p.projected, "○", "dark_orange"))
    glyphs += [(p.year, p.actual, "●", "blue") for p in points if p.actual is not None]
    if row.target_year is not None and row.target_value is not None:
        glyphs.append((row.target_year, row.target_value, "★", "red"))  # always in view
    return glyphs


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
    top, bottom = (lo, hi) if row.unit == "rank" else (hi, lo)
    labels = (format_value(top, row.unit, lang), format_value(bottom, row.unit, lang))
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
    return text
