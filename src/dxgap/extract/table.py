"""A table of targets flattened to text: a line per row, cells parted by `|` or tabs, as a plan's
annex (`Phụ lục`) reads when copied out of a PDF, a Word file or a web page.

    STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2022 | Mục tiêu năm 2025 | Mục tiêu năm 2030
    1 | Tỷ lệ dịch vụ công trực tuyến toàn trình | % | 35 | 80 | 100

The header row names a year in the columns of figures (`Mục tiêu năm 2025`, `KH 2025`); a column
is a target's when its header does not say it holds results (`Thực hiện`, `Ước TH`, `Kết quả`,
`Hiện trạng`) and its year is not before the document's own. The unit is the `Đơn vị` column's (`%` → percent, `tỷ đồng` →
billions of đồng, `người` → people, else a count), the indicator's words are the row's longest
cell of words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dxgap.extract import wording
from dxgap.extract.indicators import Matcher, choose, proposed
from dxgap.extract.numbers import NUMBER, Quantity, parsed_value, quantities
from dxgap.extract.proposal import Proposal
from dxgap.extract.segment import Span, trimmed
from dxgap.text import Msg

_SEP = re.compile(r"\s*(?:\||\t)\s*")
_SPACED = re.compile(r"(?<=\S) {2,}(?=\S)")
_RESULT = re.compile(
    r"(?<!\w)(?:thực hiện|ước|kết quả|hiện trạng|hiện nay|đã đạt|TH|số liệu|UTH|ƯTH)(?!\w)",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"(?<!\w)(?:mục tiêu|kế hoạch|KH|chỉ tiêu|đến năm|phấn đấu|định hướng|dự kiến)(?!\w)",
    re.IGNORECASE,
)
"""Words of a header that plans: beside one, a column with a bare year holds a measurement."""
_UNIT_HEAD = re.compile(r"(?<!\w)(?:đơn vị|ĐVT)(?!\w)", re.IGNORECASE)
_NAME_HEAD = re.compile(
    r"(?<!\w)(?:chỉ tiêu|nội dung|tên|tiêu chí|danh mục|lĩnh vực|nhiệm vụ)(?!\w)", re.IGNORECASE
)


@dataclass(frozen=True)
class Column:
    """A column of figures: its place among the cells, its year and its header's text."""

    index: int
    year: int
    target: bool
    label: str


@dataclass(frozen=True)
class Header:
    """A table's header: its columns of figures, the unit's and the name's column (or None)."""

    columns: tuple[Column, ...]
    unit: int | None
    name: int | None


def cells(text: str, para: Span) -> list[Span] | None:
    """The cells of a line parted by `|` or tabs, or by runs of two spaces or more as a PDF's
    text keeps a table's columns (three cells at least), else None."""
    line = para.of(text)
    sep = _SEP
    if line.count("|") < 2 and line.count("\t") < 2:
        if len(_SPACED.findall(line)) < 2:
            return None
        sep = _SPACED
    out, start = [], para.start
    for m in sep.finditer(text, para.start, para.end):
        out.append(_cell(text, start, m.start()))
        start = m.end()
    out.append(_cell(text, start, para.end))
    return out if len(out) >= 3 else None


def _cell(text: str, start: int, end: int) -> Span:
    """A cell without the whitespace at its ends; a comparison sign it opens with stays its own
    (`> 50`, `< 3`)."""
    span = trimmed(text, start, end)
    head = text[start : span.start]
    sign = max(head.rfind(">"), head.rfind("<"))
    return Span(start + sign, span.end) if sign != -1 else span


def header(text: str, row: list[Span], dated: int | None) -> Header | None:
    """The header a row of cells is, when its cells name a year and the column of the unit or
    of the name (`Đơn vị`, `Chỉ tiêu`), or two years; else None."""
    columns = []
    unit = name = None
    for i, cell in enumerate(row):
        words = cell.of(text)
        year = _year_of(words)
        if year is not None and len(words.split()) <= 8:
            past = dated is not None and year < dated
            target = not _RESULT.search(words) and not past
            columns.append(Column(i, year, target, words))
        elif _UNIT_HEAD.search(words):
            unit = i
        elif _NAME_HEAD.search(words) and name is None:
            name = i
    if not columns or (len(columns) < 2 and unit is None and name is None):
        return None  # a line of a sentence with a year in it is no header
    if any(_PLANNED.search(c.label) for c in columns):  # "Năm 2023 | Mục tiêu 2025"
        columns = [replace(c, target=c.target and bool(_PLANNED.search(c.label))) for c in columns]
    return Header(tuple(columns), unit, name)


_BARE_YEAR = re.compile(rf"(?<![\d/.,]){wording.Y}")


def _year_of(header: str) -> int | None:
    """The year a header cell names: `Mục tiêu năm 2025`, `đến năm 2030`, or a bare year as
    tables write it (`KH 2025`, `Ước TH 2024`, `2025`)."""
    refs = wording.years(header)
    if refs:
        return refs[-1].year
    found = _BARE_YEAR.findall(header)
    return int(found[-1]) if found else None


def fits(text: str, row: list[Span], head: Header | None) -> bool:
    """Whether a line of cells is a row of the table under `head`: it reaches the last column
    of figures and has a figure in one of them (a sentence after the table, with two runs of
    spaces in it, is none)."""
    if head is None or len(row) <= max(c.index for c in head.columns):
        return False
    return any(re.search(r"\d", row[c.index].of(text)) for c in head.columns)


_GROUP = re.compile(r"(?:[IVX]+|[A-Z]|\d+)[.)]?\s+\D+")


def group_row(line: str) -> bool:
    """Whether a line inside a table is a row naming a group of the rows under it (`I  CHÍNH
    QUYỀN SỐ`, `II | KINH TẾ SỐ`): a numeral and a few words in capitals, no figure; the table
    goes on under it."""
    m = _GROUP.fullmatch(line.strip())
    if m is None or len(line.split()) > 10:
        return False
    words = re.sub(r"[\s|\t]+", " ", line).strip()
    return words.upper() == words


def unit_of(words: str) -> str:
    """The unit a `Đơn vị` cell names."""
    folded = words.strip().lower()
    if folded in ("%", "tỷ lệ %", "tỷ lệ (%)", "(%)") or folded.startswith("%"):
        return "percent"
    if "tỷ đồng" in folded or "tỉ đồng" in folded:
        return "vnd_billion"
    if "người" in folded or "lượt" in folded:
        return "people"
    if "xếp hạng" in folded or folded in ("hạng", "thứ hạng", "vị trí"):
        return "rank"
    return "count"


def name_cell(text: str, row: list[Span], head: Header) -> Span:
    """The cell that names what a row measures: the header's name column, else the row's
    longest cell."""
    if head.name is not None and head.name < len(row):
        return row[head.name]
    return max(row, key=lambda c: len(c.of(text).split()))


def proposals(text: str, row: list[Span], head: Header | None, matcher: Matcher) -> list[Proposal]:
    """The targets of a table's row under `head`: a figure in each target column (its year), in
    the unit of the row's `Đơn vị` cell, about what the row's name cell says."""
    if head is None:
        return []
    known = head.unit is not None and head.unit < len(row)
    unit = unit_of(row[head.unit].of(text)) if known and head.unit is not None else None
    name = name_cell(text, row, head)
    line = Span(row[0].start, row[-1].end)
    out = []
    for col in head.columns:
        if not col.target or col.index >= len(row):
            continue
        cell = row[col.index]
        found = quantities(cell.of(text)) or _bare(cell.of(text))
        if len(found) != 1:
            continue
        q = replace(found[0], start=found[0].start + cell.start, end=found[0].end + cell.start)
        if unit is not None and q.unit == "count":
            q = replace(q, unit=unit)  # the cell's number is in the column's unit (`tỷ đồng`)
        cmp = wording.comparison(text[cell.start : q.start], text[q.end : cell.end])
        comparator = cmp.comparator or ("<=" if q.unit == "rank" else ">=")
        checks = [Msg("extract.check.year_far", year=col.year, text=col.label)]
        match = matcher.best(name.of(text), q.unit)
        ind, score, iname, new = choose(match, name.of(text), q, q.unit, text)
        if new:
            ind, iname = proposed(name.of(text), q.unit)
            closest = match.indicator.id if match.indicator is not None else "–"
            checks.append(
                Msg("extract.check.new_indicator", id=ind, name=iname, score=score, closest=closest)
            )
        out.append(
            Proposal(
                line.of(text), line.start, line.end, q.value, q.value_max, q.unit, comparator,
                cmp.approx, col.year, False, ind, score, iname, new, checks=tuple(checks),
            )
        )  # fmt: skip
    return out


def _bare(cell: str) -> list[Quantity]:
    """A cell holding a number alone (`80`, `1.000`, `21,5`), after a bound (`> 50`, `Không quá
    3`), or a range (`70-80`, `70 – 80`): the unit is the row's."""
    m = re.fullmatch(
        r"\s*(?:(?:[≥>≤<]|không quá|tối đa|tối thiểu|ít nhất|trên|dưới)\s*)?(" + NUMBER + r")"
        r"(?:\s*[-–—]\s*(" + NUMBER + r"))?\s*",
        cell,
        re.IGNORECASE,
    )
    if m is None:
        return []
    value, doubtful = parsed_value(m.group(1))
    high = parsed_value(m.group(2)) if m.group(2) else None
    if high is not None and high[0] > value:
        end = m.end(2)
        return [Quantity(m.start(1), end, value, "count", high[0], doubtful=doubtful or high[1])]
    return [Quantity(m.start(1), m.end(1), value, "count", doubtful=doubtful)]
