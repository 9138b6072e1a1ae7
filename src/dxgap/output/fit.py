"""Fitting ids into table columns: an id is typed back by the user, so it is never broken
inside a word of it; when it cannot fit its column whole it breaks after one of its hyphens
(ids are kebab-case: `eligible-procedures-full-` / `process-2023`), and only then.

A terminal wraps text at spaces and folds a word longer than its column anywhere (`…-20` /
`25`); an id has no space, so its column is sized here, from the room the other columns
leave, and the id broken at its hyphens to that size before the table is drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

ID_MIN = 14
"""The narrowest an id column is made (below it, the other columns give way)."""


def break_id(ident: str, room: int) -> str:
    """`ident` whole when it fits in `room` terminal cells; else in lines of at most `room`
    cells, each line but the last ending just after a hyphen (greedy: as much on a line as
    fits). A part between two hyphens longer than `room` stays whole (the table folds it, as
    it must)."""
    if cell_len(ident) <= room:
        return ident
    parts = [p + "-" for p in ident.split("-")]
    parts[-1] = parts[-1][:-1]
    lines: list[str] = []
    line = ""
    for part in parts:
        if line and cell_len(line + part) > room:
            lines.append(line)
            line = ""
        line += part
    return "\n".join([*lines, line])


def width_of(cell: str | Text) -> int:
    """The terminal cells a cell's longest line takes."""
    text = cell.plain if isinstance(cell, Text) else cell
    return max((cell_len(line) for line in text.split("\n")), default=0)


def widest(cells: Iterable[str | Text]) -> int:
    """The widest of `cells` (0 when none)."""
    return max((width_of(c) for c in cells), default=0)


def id_room(ids: Sequence[str], width: int, others: Sequence[int], least: int = ID_MIN) -> int:
    """The width of a column holding `ids` in a table of `width` cells whose other columns
    take `others` cells each (content only): the longest id when it fits, else what the
    others leave (at least `least`). Each column's padding (2) and the borders (one more
    than the columns) are counted."""
    longest = max((cell_len(i) for i in ids), default=0)
    chrome = 3 * (len(others) + 1) + 1
    left = width - chrome - sum(others)
    return max(least, min(longest, left))


ROOMY = 24
"""Cells the gap table's ids keep (or their whole width, if less) before the figure columns
that only a wide table shows (progress, paces, projection) give way."""


def gap_layout(
    ids: Sequence[str],
    width: int,
    figures: Mapping[bool, Sequence[int]],
    goal: int,
    status: int,
    compact: bool,
) -> tuple[bool, bool, int]:
    """The gap table's layout in `width` cells: (`compact`: without the progress, pace and
    projection columns; `stacked`: the goal under the target's name, not in a column of its
    own; the width of the target column). `figures` maps compact or not to the figure columns'
    widths; `goal` and `status` are their columns' widths (counted at 16 at most: they wrap
    at their spaces). A table keeps every column while its ids keep `ROOMY` cells, with the
    goal beside them when they fit whole; a `compact` one always stacks."""
    goal, status = min(goal, 16), min(status, 16)
    longest = max((cell_len(i) for i in ids), default=0)
    if not compact:
        room = id_room(ids, width, [*figures[False], goal, status])
        if room >= longest:
            return False, False, room
        room = id_room(ids, width, [*figures[False], status])
        if room >= min(longest, ROOMY):
            return False, True, room
    return True, True, id_room(ids, width, [*figures[True], status])


class Heading:
    """A column heading on one line where the column has room for it, else on two lines split
    at the space nearest its middle (`Ước tính theo` / `xu hướng`): a terminal folding it at
    the column's width would split wherever the width falls (`Ước tính theo xu` / `hướng`),
    and the table would cut a year or a figure rather than fold a heading kept on one line.
    `text`'s own line breaks (a heading stacked for another table) count as spaces."""

    def __init__(self, text: str) -> None:
        self.text = " ".join(text.split())
        words = self.text.split(" ")
        middle = cell_len(self.text) / 2
        cuts = [(abs(cell_len(" ".join(words[:i])) - middle), i) for i in range(1, len(words))]
        cut = min(cuts)[1] if cuts else len(words)
        self.lines = [" ".join(words[:cut]), " ".join(words[cut:])] if cuts else [self.text]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(max(cell_len(line) for line in self.lines), cell_len(self.text))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        wide = cell_len(self.text) <= options.max_width
        yield Text(self.text if wide else "\n".join(self.lines), justify="right")
