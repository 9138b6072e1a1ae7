"""The text cut into paragraphs, sentences, clauses and comma groups, every piece a `Span` of
character offsets into the text, so that a quote is always the text's own characters.

A paragraph is a line, or lines a PDF broke inside a sentence. A sentence ends at `.`, `!`, `?` or `…` followed by a space and a capital,
a digit or an opening mark, or at the end of the line; not after the abbreviations Vietnamese
texts use (`TP.`, `ThS.`, `v.v.`). A clause is a part of a sentence between `;` (a list of
targets in a plan is written so), and the part before a `:` is the clause's *intro*, which
governs the items after it. Within a clause, commas separate the items of a list: a *group* is
the comma-separated pieces around one quantity (pieces without one join the group before them,
or the first group).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from dxgap.extract import wording


@dataclass(frozen=True, slots=True)
class Span:
    """`text[start:end]`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The characters of the span."""
        return text[self.start : self.end]


_ABBREV = re.compile(
    r"(?:\b(?:TP|Tp|tp|TS|ThS|Th\.S|GS|PGS|BS|KS|CN|ông|bà|St|v\.v|Q|P|TT|No|Ths))$"
)
_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s+[\"“‘(\-–•+]?[A-ZĐÀ-Ỹ0-9])")
_HEAD_END = re.compile(r"[.!?…;,]\s*$")


def trimmed(text: str, start: int, end: int) -> Span:
    """The span without the whitespace and stray punctuation at its ends (a quote starts at a
    word and ends at one; a closing bracket or quote mark stays)."""
    while start < end and (text[start].isspace() or text[start] in ",;:.-–—•+|*#>"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.…-–—|*"):
        end -= 1
    return Span(start, end)


_CLOSED = re.compile(r"[.!?…;:][\"”’)]*\s*$")
_ITEM = re.compile(r"[a-zđ][.)]\s")


def paragraphs(text: str) -> list[Span]:
    """Every non-empty line of `text`, trimmed; a line that opens in lower case (not a list's
    item `a)`) goes on the sentence of a line not closed by a mark (`.`, `;`, `:` …), as a PDF's
    text breaks its lines inside a sentence (`… trên tổng` / `số hồ sơ; …`, `hành chí-` / `nh`)."""
    out: list[Span] = []
    pos = 0
    wrapped = False  # the line before ran to a page's width, or is a heading in capitals
    for line in text.splitlines(keepends=True):
        span = trimmed(text, pos, pos + len(line))
        pos += len(line)
        if span.end <= span.start:
            continue
        raw = line.lstrip()
        joined = (
            wrapped
            and raw[:1].islower()
            and not _ITEM.match(raw)
            and text.count("\n", out[-1].end, span.start) == 1
            and span.end - out[-1].start <= MAX_SENTENCE  # no run of lines joined without end
            and not _CLOSED.search(text[max(out[-1].start, span.start - 40) : span.start])
        )
        if joined:
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
        wrapped = (
            span.end - span.start >= WRAPPED
            or line.rstrip().endswith(("-", "\u00ad"))  # "hành chí-" / "nh": a word broken
            or text[span.start : span.end].isupper()
        )
    return out


WRAPPED = 40
"""Characters of a line that a PDF's text may have broken at the page's width: a lower-case
line goes on the one before only when that one is so long, ends in a word broken by a hyphen
(`hành chí-` / `nh`), or is a heading in capitals (`NGHỊ QUYẾT` / `về chuyển đổi số …`). A run of short lines (a list of words, a broken conversion) is
not one sentence: read line by line, as fast as any text of its size."""


MAX_SENTENCE = 1500
"""Characters of the longest sentence read whole: a longer run (a line with no full stop, as a
broken conversion or a hostile input writes) is cut at a `;`, a `,` or a space before it, so
that the time taken grows with the length of the text, not its square."""

_DIGIT_AFTER = re.compile(r"\s*\d")


def sentences(text: str, para: Span) -> list[Span]:
    """The sentences of a paragraph (none longer than `MAX_SENTENCE`)."""
    out: list[Span] = []
    start = para.start
    for m in _END.finditer(text, para.start, para.end):
        if _ABBREV.search(text, max(para.start, m.start() - 6), m.start()):
            continue
        point = m.group().startswith(".") and _DIGIT_AFTER.match(text, m.end())
        if point and text[m.start() - 1 : m.start()].isdigit():
            continue  # "phiên bản 4. 0"? keep numbers whole
        out.extend(_bounded(text, start, m.end()))
        start = m.end()
    out.extend(_bounded(text, start, para.end))
    return out


def _bounded(text: str, start: int, end: int) -> list[Span]:
    """`text[start:end]` trimmed, in pieces of at most `MAX_SENTENCE` characters."""
    out = []
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = max(window.rfind(";"), window.rfind(","), window.rfind(" "))
        cut = start + (cut if cut > 0 else MAX_SENTENCE)
        span = trimmed(text, start, cut)
        if span.end > span.start:
            out.append(span)
        start = cut + 1
    span = trimmed(text, start, end)
    if span.end > span.start:
        out.append(span)
    return out


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a sentence, with the intro (text before a colon) that governs it, if any."""

    span: Span
    intro: Span | None


def clauses(text: str, sentence: Span) -> list[Clause]:
    """The clauses of a sentence: split at `;`, and at a `:` that opens a list (the part before
    it becomes the intro of the clauses after it)."""
    out: list[Clause] = []
    counted: list[tuple[int, Clause]] = []
    intro: Span | None = None
    start = sentence.start
    for m in re.finditer(r"[;:]", text[sentence.start : sentence.end]):
        at = sentence.start + m.start()
        if m.group() == ":" and _time_colon(text, at):
            continue
        before = text[start:at]
        if before.count("(") > before.count(")"):
            continue  # in brackets: "đạt 85% (năm 2026: 72,5%)" is one clause
        span = trimmed(text, start, at)
        if m.group() == ":":
            if span.end > span.start and _COUNTED_LIST.search(text, span.start, span.end):
                counted.append((len(out), Clause(span, intro)))
            intro = span if span.end > span.start else intro
        elif span.end > span.start:
            out.append(Clause(span, intro))
        start = at + 1
    span = trimmed(text, start, sentence.end)
    if span.end > span.start:
        out.append(Clause(span, intro))
    elif intro is not None and not out:
        out.append(Clause(intro, None))
    if len(counted) == 1 and counted[0][1] not in out:  # one list counted: two are parts of a sum
        out.insert(*counted[0])
    return out


_COUNTED_LIST = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)?\s*%?\s+[^\W\d_]", re.UNICODE)
"""A figure in a list's intro (`hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố:` before
the names; `100% xã đạt các tiêu chí sau:`) is a statement of its own too, not only the intro;
unless the sentence counts two lists (`03 thành phố: …, … và 02 thị xã: …`: parts of one sum)."""


def _time_colon(text: str, at: int) -> bool:
    """`10:30`: a colon between digits is no list."""
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def pieces(text: str, clause: Span) -> list[Span]:
    """The comma-separated pieces of a clause (a comma between digits is a decimal mark)."""
    out = []
    start = clause.start
    for m in re.finditer(r",", text[clause.start : clause.end]):
        at = clause.start + m.start()
        if 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
            continue
        out.append(Span(start, at))
        start = at + 1
    out.append(Span(start, clause.end))
    return [
        trimmed(text, p.start, p.end) for p in out if trimmed(text, p.start, p.end).end > p.start
    ]


_STOPS_GROUP = re.compile(
    r"(?:đồng thời|bên cạnh đó|ngoài ra|tuy nhiên|nhưng|song|mặt khác)(?!\w)", re.IGNORECASE
)
_SPLIT_PIECE = re.compile(r"\s(?:với|và|để|đồng thời|trong đó)\s", re.IGNORECASE)
_FRAME = re.compile(r"^(?:Tại|Trong buổi|Phát biểu|Báo cáo|Theo|Thay mặt)(?!\w)")
_REPORTED = re.compile(
    r"(?:cho biết|cho rằng|nhấn mạnh|khẳng định|nêu rõ|chia sẻ|thông tin|đề nghị|kiến nghị)$"
)


def groups(text: str, clause: Span, anchors: list[int]) -> list[Span]:
    """One span per anchor (a quantity's offset, in order) covering the comma pieces around it:
    pieces before the first piece with an anchor join it (but not a frame, `Tại buổi làm việc`,
    or a speaker, `… cho biết`); pieces without an anchor join the group before them until one
    opens something else (`đồng thời …`); two anchors in one piece part at `với`/`và`/`để`."""
    parts = _split(text, pieces(text, clause), anchors)
    has = [any(p.start <= a < p.end for a in anchors) for p in parts]
    out = []
    for a in anchors:
        i = next((k for k, p in enumerate(parts) if p.start <= a < p.end), None)
        if i is None:
            out.append(clause)
            continue
        lo = i if any(has[:i]) else _lead(text, parts, i)
        hi = i
        while hi + 1 < len(parts) and not has[hi + 1]:
            if _STOPS_GROUP.match(text, parts[hi + 1].start):
                break
            hi += 1
        out.append(Span(parts[lo].start, parts[hi].end))
    return out


_VERB = re.compile(
    r"(?:cung cấp|triển khai|xây dựng|phát triển|hoàn thành|hoàn thiện|đưa|nâng|đào tạo|"
    r"bồi dưỡng|phổ cập|số hóa|số hoá|kết nối|hình thành|vận hành|thu hút|đảm bảo|bảo đảm|"
    r"duy trì|ban hành|thành lập|tổ chức|thực hiện|giảm|tăng cường|đẩy mạnh)(?!\w)"
)


def _lead(text: str, parts: list[Span], i: int) -> int:
    """The first piece of the lead-in of piece `i`: after the last speaker or frame; none when
    piece `i` opens with its own verb (`…, rà soát, đánh giá …, cung cấp 65% dịch vụ …`: the
    pieces before are other tasks)."""
    if _VERB.match(text, parts[i].start):
        return i
    lo = 0
    for k in range(i):
        piece = parts[k].of(text)
        if _REPORTED.search(piece) or (k == 0 and _FRAME.match(piece)):
            lo = k + 1
    return lo


def _split(text: str, parts: list[Span], anchors: list[int]) -> list[Span]:
    """Pieces holding two anchors, parted before the connector that leads to the second."""
    out = []
    for p in parts:
        inside = [a for a in anchors if p.start <= a < p.end]
        start = p.start
        for prev, a in itertools.pairwise(inside):
            cut, cut_end = None, 0
            for m in _SPLIT_PIECE.finditer(text, prev, a):
                cut, cut_end = m.start(), m.end()
            if cut is not None:
                out.append(Span(start, cut))
                start = cut_end
        out.append(Span(start, p.end))
    return out


REVIEW = re.compile(
    r"(?:(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s*)?(?:đánh giá|tổng kết|sơ kết|kết quả|thực trạng|"
    r"tình hình (?:thực hiện|triển khai))(?!\w)(?!.*(?:phương hướng|nhiệm vụ|kế hoạch) năm)",
    re.IGNORECASE,
)
"""A heading that reviews what was done (`Đánh giá …`, `Tổng kết …`, `Sơ kết …`, `I. TÌNH HÌNH
THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024`): a section of results, unless it also heads the
plans (`Tình hình thực hiện … năm 2024, phương hướng năm 2025`)."""
STATED = re.compile(r"(?<!\w)(?:sẽ|phấn đấu|đặt mục tiêu)(?!\w)[^\n]*\d+(?:[,.]\d+)?\s*%", re.I)
"""A short line with a share it commits to is a statement, no heading (`Kinh tế số sẽ góp 20% vào
GRDP của tỉnh Quảng Bình`, a news item's sub-heading restating its lead)."""
PLAN_KIND = re.compile(
    r"(?:KẾ HOẠCH|ĐỀ ÁN|CHƯƠNG TRÌNH|NGHỊ QUYẾT|CHIẾN LƯỢC)(?:\s+HÀNH ĐỘNG)?", re.IGNORECASE
)
"""A plan's kind alone on its line: the lines under it name the plan, and their year is its
deadline (`KẾ HOẠCH` / `Phát triển chính quyền số … tỉnh` / `Cà Mau năm 2025`)."""
DATE_IN = re.compile(r"(?<!\w)(?:ngày|tháng)\s+\d", re.IGNORECASE)
"""A line naming a day or month (`Phiên họp … tháng 3 năm 2024`): a meeting's date, no plan's title."""
OWN_YEAR = re.compile(r"(?<!\w)(?:đến|vào|trong|cuối)\s+(?:năm\s+)?20\d\d(?!\d)", re.IGNORECASE)
"""A deadline a line states itself: a headline with one (`Quảng Ngãi đặt mục tiêu kinh tế số chiếm
20% GRDP đến năm 2025`) is read as its target, though the first line; one without (`Tỉnh đặt mục
tiêu kinh tế số chiếm 25% GRDP`) waits for the year the text gives below."""


def is_heading(text: str, para: Span, title: bool = False) -> bool:
    """A line that is a heading or a caption: short, without a sentence's final mark (a line
    ending in `:` is a list's intro, which `clauses` handles). Under a plan's kind (`title`:
    `KẾ HOẠCH`) the plan's name is a heading however long (`Cải cách thủ tục hành chính … trên
    địa bàn tỉnh Lâm Đồng giai đoạn 2026 – 2028`, twenty words)."""
    line = para.of(text)
    after = text[para.end : para.end + 8].lstrip(" \t")  # "… đạt trên **90%**." read as "90%  ."
    closed = after[:1] in (".", "!", "?", "…", ";", ":")
    longest = TITLE_WORDS if title else 16
    return len(line.split()) <= longest and not closed and not _HEAD_END.search(line)


TITLE_WORDS = 40
"""The most words of a plan's name read as its title (a sentence of prose is longer)."""


_MD_HEADING = re.compile(r"(?m)^#{1,6}(?=[ \t])")


_PICTURE = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
_PICTURES = re.compile(f"[{_PICTURE}]+")
_LINE_PICTURES = re.compile(f"(?m)^([ \\t]*)[{_PICTURE}]+")


WRAP_LINE = 40
"""The shortest line read as broken in the middle of its sentence when the next line goes on in
lower case (a text copied from a PDF: `… khoảng 268` / `tỷ đồng (…)`); a heading is shorter."""


_WRAP = re.compile(rf"(?m)^[^\n]{{{WRAP_LINE - 1},}}(?<=[^\W_]|,)\n(?=[^\W\d_])(?![a-zđ][.)]\s)")


def _rejoined(m: re.Match[str]) -> str:
    """A line (`WRAP_LINE` characters or more) broken inside a sentence: its break read as a
    space (same offsets) when the next line goes on in lower case, else kept."""
    line = m[0]
    return line[:-1] + " " if m.string[m.end()].islower() else line


def unmarked(text: str) -> str:
    """`text` with Markdown's bold marks and headings' hashes blanked, at the same offsets (the
    quotes are cut from the document itself): `tối thiểu **6.000** camera` reads as a floor,
    `### 2.2. Dịch vụ đô thị` as a numbered sub-heading of the goals above it. A social-media
    post's pictures are blanked too, those opening a line read as a list's dash (`👉 Trên 90%
    hồ sơ …` under `🚀 Năm 2026, An Giang đặt mục tiêu:` is an item of that list). A line a PDF
    broke in the middle of a sentence is joined to the next (`WRAP_LINE`)."""
    if "\n" in text:
        text = _WRAP.sub(_rejoined, text)
    if _PICTURES.search(text):
        text = _LINE_PICTURES.sub(lambda m: m[1] + "-" + " " * (len(m[0]) - len(m[1]) - 1), text)
        text = _PICTURES.sub(lambda m: " " * len(m[0]), text)
    if "**" not in text and "#" not in text:
        return text
    text = text.replace("**", "  ")
    return _MD_HEADING.sub(lambda m: " " * len(m[0]), text)


_ENGLISH = re.compile(
    r"\b(?:the|of|and|to|in|for|by|with|will|is|are|was|were|its|our|we|on|at|from|this|that)\b"
)


def english(line: str) -> bool:
    """Whether a paragraph is English (a bilingual release's translation: its figures restate the
    Vietnamese text's): next to no Vietnamese letter (a document number's `QĐ` aside), and
    English's small words make a sixth of its words
    or more (`the`, `of`, `and`, `to` …; a text typed without diacritics has none of them)."""
    words = line.split()
    if len(words) < 6 or len(wording.MARKED.findall(line)) * 20 > len(
        words
    ):  # "1732/QĐ-UBND" aside
        return False
    return len(_ENGLISH.findall(line.lower())) * 6 >= len(words)


YEAR_HEADING = re.compile(
    r"^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])?[.)]?\s*(?:năm|đến năm|trong năm|giai đoạn)\s+"
    r"(?:\d\s*\(\s*)?\d{4}(?:\s*[-–]\s*\d{4})?\)?\s*(?::[^\d]{0,60})?$",
    re.IGNORECASE,
)
"""A heading that is only a year or a phase (`1. Năm 2026`, `Giai đoạn 2026 – 2030:`, `Giai đoạn 1
(2026 – 2027): tạo nền tảng`)."""


YEAR_VALUE = re.compile(
    r"^(?:[-–•+*]\s*)?(?:năm|đến năm|đến hết năm)\s+\d{4}\s*:\s*\S", re.IGNORECASE
)
"""A list's line giving a year and its figure (`+ Năm 2026: 11%`): a statement, no heading."""


_SHARE_FIRST = re.compile(r"(?:[-–•+*]\s*)?\d{1,3}(?:[.,]\d+)?\s*%\s+[^\W\d_]")
"""A short line that opens with a share (`100% cơ quan nhà nước ứng dụng trí tuệ nhân tạo`, an item
of a list after `Mục tiêu … đến năm 2025 là:`) states it: no heading opens so."""


_BOUND_FIRST = re.compile(
    r"(?:[-–•+*]\s*)?(?:trên|hơn|ít nhất|tối thiểu|không dưới|không quá|tối đa|khoảng|"
    r"(?:vào|thuộc|nằm trong)\s+(?:nhóm|top))\s+\d",
    re.IGNORECASE,
)
_ITEM_SHARE = re.compile(r"[-–•+*]\s.*?(?<![\d/.,])\d+(?:[.,]\d+)?\s*%")
"""A dashed item with a share anywhere in it (`- Tinh phan dau den nam 2028 co 90% ho so …`, a line
typed without diacritics, where no verb is read): no heading."""
_ITEM_FIGURE = re.compile(r"[-–•+*]\s*(?!(?:19|20)\d\d(?!\d))\d[\d.,]*\s+[^\W\d_]")
"""A list's item opening with its bound or its count (`- Trên 90% hồ sơ …`, `- Ít nhất 3.500 hộ
kinh doanh …`, `- Vào nhóm 10 tỉnh …`, `- 3.500 hộ kinh doanh …`; a year is no count: `- 2026`)."""


def states(line: str, below_title: bool) -> bool:
    """Whether a short line without a final mark states a figure rather than heads a section:
    a share with its verb (`… đạt 80%`), a line opening with a share (`100% cơ quan nhà nước …`),
    a year and its figure in a list (`+ Năm 2026: 11%` under `- Tỷ trọng kinh tế số trong
    GRDP:`)."""
    if "%" in line and STATED.search(line) and (below_title or OWN_YEAR.search(line)):
        return True
    first = (_SHARE_FIRST, YEAR_VALUE, _BOUND_FIRST, _ITEM_FIGURE, _ITEM_SHARE)
    bare = _LETTERED.sub("", line, count=1)  # "a) 100% bệnh viện …": the item's mark aside
    return below_title and any(p.match(line) or p.match(bare) for p in first)


_LETTERED = re.compile(r"^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+")
