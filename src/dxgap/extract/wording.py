"""What the words around a quantity say: the comparator, the year, whether the figure is to be
reached every year, and whether the text states a target or a result.

The rules follow Vietnamese usage in plans and reports (the wording of resolutions and plans
under Nghị định 30/2020/NĐ-CP, and of the press that reports them), not any one text:

- comparator: `trên`, `hơn`, `vượt` → `>`; `tối thiểu`, `ít nhất`, `từ … trở lên`, `không
  dưới`, `đạt` → `>=`; `không quá`, `tối đa`, `trở xuống` → `<=`; `dưới`, `chưa đến` → `<`;
  `khoảng`, `xấp xỉ`, `gần` → approximately (the comparator then is the direction of the unit);
- year: `đến năm 2025`, `năm 2025`, `giai đoạn 2021 – 2025` (→ 2025, from 2021), `trước năm 2023`
  (→ 2022), `chậm nhất năm 2024`; `so với năm 2020` is a base, `tính đến năm 2023` a result;
- every year: `hằng năm`, `hàng năm`, `mỗi năm`, `/năm`, `bình quân`, and a state held over a
  period (`duy trì`, `giữ vững`, `nằm trong` … `giai đoạn 2025 – 2030`): a standing window;
- target or result: `phấn đấu`, `mục tiêu`, `chỉ tiêu`, `sẽ`, `dự kiến`, `cần`, `đến năm` …
  against `đã`, `hiện có`, `đến nay`, `tính đến`, `so với cùng kỳ` …; a sentence that opens with
  a verb (`Đưa`, `Hoàn thành`, `Phát triển` …) is a plan's task.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_FILL = (
    r"(?:\s+(?:được|là|mức|ở mức|đạt|đạt được|đạt mức|khoảng|tới|lên|lên tới|con số|có|cho|còn))*"
)
_CMP = [
    (
        ">=",
        r"≥|>=|⩾|không dưới|không thấp hơn|không ít hơn|tối thiểu|ít nhất|tối thiểu là|thấp nhất là",
    ),
    (
        "<=",
        r"không quá|không vượt quá|không vượt|không cao hơn|không lớn hơn|không nhiều hơn|"
        r"≤|<=|⩽|tối đa|cao nhất là|xuống còn|giảm còn|chỉ còn",
    ),
    ("<", r"<|dưới|thấp hơn|ít hơn|chưa đến|chưa tới|xuống dưới|giảm xuống dưới"),
    (">", r">|trên|hơn|vượt|vượt mức|vượt quá|quá|cao hơn|lớn hơn|nhiều hơn"),
    (">=", r"đạt|đạt được|đạt mức|lên|tăng lên|nâng lên|từ"),
]
_CMP_RE = [
    (c, re.compile(rf"(?:^|\s|(?=[≥≤⩾⩽<>]))(?:{w}){_FILL}\s*$", re.IGNORECASE)) for c, w in _CMP
]
"""A comparator's words, or its sign (`≥ 85%`, `≤ 2%`), just before the figure."""


def bare(pattern: str) -> str:
    """A pattern's Vietnamese letters without their marks (`tối thiểu` → `toi thieu`)."""
    decomposed = unicodedata.normalize("NFD", pattern.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_CMP_PLAIN = [(c, re.compile(bare(p.pattern), p.flags)) for c, p in _CMP_RE]
"""The comparators as a text typed without diacritics writes them (`toi thieu`, `tren`)."""
MARKED = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
"""A letter only Vietnamese writes (a text typed without diacritics has none)."""
_APPROX = re.compile(
    r"(?:^|\s)(?:khoảng|xấp xỉ|gần|chừng|khoảng chừng|ước|ước đạt|ước tính|hơn kém)"
    rf"{_FILL}\s*$",
    re.IGNORECASE,
)
_AFTER_GE = re.compile(r"\s*(?:[\w\s]{0,30}?\s)?trở lên\b", re.IGNORECASE)
_AFTER_LE = re.compile(r"\s*(?:[\w\s]{0,30}?\s)?trở xuống\b", re.IGNORECASE)


_NEGATED = re.compile(
    r"(?:^|\s)(?:không|khong)\s+(?:để|có|cho phép|được phép|de|co|cho phep|duoc phep)(?=\s)",
    re.IGNORECASE,
)
"""A negation that governs the bound after it: `không để … quá 2%` is at most 2%, `Không có
đơn vị … dưới 80%` is every unit at 80% or more."""
_FLIPPED = {">": "<=", "<": ">="}


@dataclass(frozen=True, slots=True)
class Comparison:
    """What the words before and after a quantity make of it: the comparator written (None
    when the text writes none), whether the figure is approximate, and the word that said so."""

    comparator: str | None
    approx: bool
    word: str | None


def comparison(before: str, after: str) -> Comparison:
    """The comparator of a quantity from the text just `before` it (within its group) and just
    `after` it: `tối thiểu 50%` → `>=`; `trên 92%` → `>`; `từ 80% trở lên` → `>=`; `khoảng
    30%` → approximate, no comparator; `không quá 10%` → `<=`."""
    tail = before[-48:]
    if _AFTER_GE.match(after[:40]) and re.search(r"(?:^|\s)từ\s*$", tail):
        return Comparison(">=", False, "từ … trở lên")
    if _AFTER_LE.match(after[:40]):
        return Comparison("<=", False, "trở xuống")
    approx = _APPROX.search(tail)
    plain = not MARKED.search(before[-120:])
    for comparator, pattern in _CMP_PLAIN if plain else _CMP_RE:
        m = pattern.search(tail)
        if m is not None:
            word = m.group().strip().split()[0]
            if comparator == ">=" and word.lower() == "từ":
                continue  # "từ 1% lên 2%": a starting point, not a floor
            if comparator in _FLIPPED and _NEGATED.search(
                before[-120:], 0, len(before[-120:]) - len(m.group())
            ):
                return Comparison(_FLIPPED[comparator], approx is not None, m.group().strip())
            return Comparison(comparator, approx is not None, m.group().strip())
    if _AFTER_GE.match(after[:40]):
        return Comparison(">=", approx is not None, "trở lên")
    return Comparison(None, approx is not None, approx.group().strip() if approx else None)


# --- years ---------------------------------------------------------------------------------

Y = r"(19[5-9]\d|20\d\d|2100)(?!\d)"


@dataclass(frozen=True, slots=True)
class YearRef:
    """A year the text writes: `year` is the deadline it gives (the year before for `trước
    năm`), `first` the first year of a period (`giai đoạn 2025 – 2030`), `kind` one of
    `by` (đến năm, chậm nhất), `in` (năm 2025), `before` (trước năm), `period`, `base`
    (so với năm), `past` (tính đến năm, từ năm … đến nay), `date` (a day of a year)."""

    start: int
    end: int
    year: int
    kind: str
    first: int | None = None


_DAY = r"(?:ngày\s+)?\d{1,2}/\d{1,2}/|(?:quý\s+[IV1-4]+|tháng\s+\d{1,2})\s*/\s*"
"""A day or a part of a year before its year: `ngày 31/12/`, `quý IV/`, `tháng 6/`."""

_YEAR_PATTERNS = [
    (
        "past",
        re.compile(
            rf"(?:tính đến|tính tới|tính từ)\s+(?:hết\s+|cuối\s+|đầu\s+)?(?:năm\s*|{_DAY})?{Y}",
            re.I,
        ),
    ),
    (
        "period",
        re.compile(
            rf"(?:(?:giai đoạn|thời kỳ|từ)\s+)?(?:năm\s*)?{Y}\s*(?:[-–—]|đến|tới)\s*(?:năm\s*)?{Y}",
            re.I,
        ),
    ),
    ("past", re.compile(rf"từ\s+(?:năm\s*)?{Y}(?:\s+(?:đến|tới)\s+(?:nay|hiện nay))?", re.I)),
    ("base", re.compile(rf"so với\s+(?:cùng kỳ\s+)?(?:năm\s*)?{Y}", re.I)),
    ("before", re.compile(rf"trước\s+(?:năm\s*)?{Y}", re.I)),
    ("before_date", re.compile(rf"trước\s+(?:ngày\s+)?(\d{{1,2}})/(\d{{1,2}})/{Y}", re.I)),
    (
        "by",
        re.compile(
            rf"(?:chậm nhất|muộn nhất|hạn chót)(?:\s+(?:là|vào|trong))*\s+(?:(?:ngày\s+)?\d{{1,2}}/\d{{1,2}}/|(?:năm\s+)?){Y}",
            re.I,
        ),
    ),
    (
        "by",
        re.compile(
            rf"(?:đến|tới|vào|đến hết|tới hết|đến cuối|cuối|hết|trong)\s+(?:năm\s*)?{Y}", re.I
        ),
    ),
    (
        "by",
        re.compile(
            rf"(?:đến|tới|vào|trong|hết|cuối)(?:\s+(?:hết|cuối|trong|là|vào))*\s+(?:{_DAY}){Y}",
            re.I,
        ),
    ),
    # a requirement from a day on (`đạt 100% kể từ ngày 01/01/2026`) holds in that day's year
    ("in", re.compile(rf"kể từ\s+(?:ngày\s+)?\d{{1,2}}/\d{{1,2}}/{Y}", re.I)),
    ("date", re.compile(rf"\d{{1,2}}/\d{{1,2}}/{Y}", re.I)),
    # a part of a year (`quý II/2025`, `tháng 6/2025`) is a time within that year, as `năm 2025`
    ("in", re.compile(rf"(?:quý\s+[IV1-4]+|tháng\s+\d{{1,2}})\s*/\s*{Y}", re.I)),
    ("in", re.compile(rf"năm\s*{Y}", re.I)),
]
_TYPED = {
    "năm": "nam", "đến": "den", "tới": "toi", "trước": "truoc", "từ": "tu", "giai đoạn": "giai doan",
    "tính": "tinh", "hết": "het", "cuối": "cuoi", "vào": "vao", "chậm nhất": "cham nhat",
    "ngày": "ngay", "tháng": "thang", "quý": "quy", "so với": "so voi", "cùng kỳ": "cung ky",
    "thời kỳ": "thoi ky", "kể từ": "ke tu",
}  # fmt: skip
"""Words of the year patterns as a text typed without diacritics writes them."""
_YEAR_PATTERNS = [
    (
        kind,
        re.compile(
            re.sub("|".join(_TYPED), lambda m: f"(?:{m.group()}|{_TYPED[m.group()]})", p.pattern),
            p.flags,
        ),
    )
    for kind, p in _YEAR_PATTERNS
]


@functools.lru_cache(maxsize=8192)
def years(text: str, start: int = 0, end: int | None = None) -> tuple[YearRef, ...]:
    """The years written in `text[start:end]`, in order, each read once by the first pattern
    (most specific first) that covers it (remembered: a sentence governs each of its figures)."""
    end = len(text) if end is None else end
    found: list[YearRef] = []
    for lo, hi in _windows(text, start, end):
        taken: list[tuple[int, int]] = []
        for kind, pattern in _YEAR_PATTERNS:
            for m in pattern.finditer(text, lo, hi):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                ref = _year_ref(kind, m)
                if ref is not None:
                    found.append(ref)
                    taken.append((m.start(), m.end()))
    found.sort(key=lambda r: r.start)
    return tuple(found)


_YEAR_DIGITS = re.compile(Y)
_REACH = (80, 40)
"""Characters a year's words reach before it (`tính đến hết ngày 31/12/`, `giai đoạn`) and after
it (`đến nay`, `- 2025`): the patterns are matched only so near a year, not over a whole
paragraph (a long run of lines without one costs nothing)."""


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of `text[start:end]` near a year, merged where they touch."""
    out: list[tuple[int, int]] = []
    for m in _YEAR_DIGITS.finditer(text, start, end):
        lo, hi = max(start, m.start() - _REACH[0]), min(end, m.end() + _REACH[1])
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _year_ref(kind: str, m: re.Match[str]) -> YearRef | None:
    groups = [g for g in m.groups() if g is not None]
    if kind == "period":
        first, last = int(groups[0]), int(groups[1])
        if last <= first:
            return None
        return YearRef(m.start(), m.end(), last, "period", first)
    if kind == "before":
        return YearRef(m.start(), m.end(), int(groups[0]) - 1, "before")
    if kind == "before_date":
        day, month, year = (int(g) for g in groups)
        return YearRef(m.start(), m.end(), year - 1 if (day, month) == (1, 1) else year, "before")
    if (
        kind == "past"
        and re.match(r"từ", m.group(), re.I)
        and not re.search(r"nay|hết|cuối", m.group())
    ):
        return YearRef(m.start(), m.end(), int(groups[-1]), "from")
    return YearRef(m.start(), m.end(), int(groups[-1]), kind)


DEADLINES = ("by", "in", "before", "period")
"""The kinds of year that can be a target's deadline."""


# --- every year ----------------------------------------------------------------------------

_ANNUAL = re.compile(
    r"hằng năm|hàng năm|mỗi năm|(?<!người)/\s*năm|một năm|trung bình năm|bình quân|trên năm\b|"
    r"năm sau cao hơn năm trước|tăng trưởng[^,;.]{0,30}?(?:giai đoạn|thời kỳ)|"
    r"tốc độ tăng",
    re.IGNORECASE,
)
_STANDING = re.compile(
    r"duy trì|giữ vững|giữ ổn định|luôn|liên tục|nằm trong|thuộc nhóm|ổn định ở", re.IGNORECASE
)


@functools.lru_cache(maxsize=4096)
def annual(text: str) -> str | None:
    """The words that make a figure a rate of every year (`hằng năm`, `bình quân … /năm`), or
    None."""
    m = _ANNUAL.search(text)
    return m.group() if m else None


_KEPT = re.compile(r"(?<!\w)(?:duy trì|giữ vững|giữ ổn định)(?!\w)", re.IGNORECASE)


def kept(text: str) -> bool:
    """Whether a figure is a state to keep (`duy trì vị trí trong top 5`, `giữ vững`): like a
    yearly rate, it takes no deadline from beyond its sentence, only a standing window."""
    return _KEPT.search(text) is not None


@functools.lru_cache(maxsize=4096)
def standing(text: str) -> str | None:
    """The words that make a figure a state to hold over a period (`duy trì`, `nằm trong`), or
    None."""
    m = _STANDING.search(text)
    return m.group() if m else None


# --- when the document was written --------------------------------------------------------

_DATELINE = re.compile(
    rf"(?<!\w)(?:ngày|sáng|chiều|trưa|tối|hôm)?\s*\d{{1,2}}\s*(?:/|-|\.|\s+tháng\s+)\s*\d{{1,2}}"
    rf"\s*(?:/|-|\.|,?\s+năm\s+){Y}|(?<!\w)quý\s+[IV1-4]+\s*/\s*{Y}",
    re.IGNORECASE,
)
_NOT_DATELINE = re.compile(
    r"(?:trước|đến|tới|hạn|chậm nhất|muộn nhất|từ|hiệu lực|sau)\s*(?:ngày\s*)?$", re.IGNORECASE
)
HEAD = 800
"""Characters at the head of a document in which its date (dateline, `ngày … tháng … năm`) is
looked for."""


def dated(text: str) -> int | None:
    """The year the document was written, from the first date at its head (`Quảng Trị, ngày 20
    tháng 01 năm 2025`, `Sáng 15/3/2025`, `(… ngày 10/7/2024 của UBND …)`, `QUÝ IV/2024`): the
    latest of the dates there (the documents it cites were issued before it), deadlines left out
    (`trước ngày 30/6/2025`); None when the head has none."""
    years = [
        int(next(g for g in m.groups() if g is not None))
        for m in _DATELINE.finditer(text, 0, min(len(text), HEAD))
        if not _NOT_DATELINE.search(text, max(0, m.start() - 16), m.start())
    ]
    return max(years, default=None)


def first_period(head: str) -> int | None:
    """The first year of the period a title names (`… giai đoạn 2021 - 2025`): the document was
    written no earlier, when its head gives no date."""
    periods = [r for r in years(head) if r.kind == "period"]
    return periods[0].first if periods else None


VISION = re.compile(r"(?<!\w)(?:tầm nhìn|định hướng)\s*$", re.IGNORECASE)
"""Words before a year of a plan's vision, not its deadline (`giai đoạn 2026 – 2030, tầm nhìn đến
năm 2035, định hướng đến năm 2045`: the plan is for 2030), searched in the text before the year."""


IN_FORCE = re.compile(
    r"có hiệu lực(?:\s+thi hành)?(?:\s+kể)?\s+từ\s+ngày\s+(?:\d{1,2}/\d{1,2}/|\d{1,2}\s+tháng\s+\d{1,2}"
    r"\s+năm\s+)(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)


def in_force(text: str) -> tuple[YearRef, str] | None:
    """The year a regulation takes effect, and its sentence (`Thông tư này có hiệu lực thi hành
    kể từ ngày 01/7/2026`): the year its requirements hold from, where they state none. None when
    no date is given (`có hiệu lực kể từ ngày ký`)."""
    m = IN_FORCE.search(text)
    if m is None:
        return None
    start = max(text.rfind(c, 0, m.start()) for c in ".\n") + 1
    return YearRef(m.start("year"), m.end("year"), int(m["year"]), "by"), text[
        start : m.end()
    ].strip()
