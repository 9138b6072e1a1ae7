"""The deadline of a figure: from its own group, clause, list intro or sentence (`đến năm 2025`,
`giai đoạn 2021 – 2025`, `trước ngày 31/12/2025`), else from what the document has said so far
(the paragraph's own target sentence, the section's heading or framing sentence, the title).

`Context` is what the document has said so far, `Scope` the texts that govern a figure, nearest
first; `year_of` reads a deadline from them, `deadline` adds what a yearly rate and a speaker's
suggestion take, and `when` what a state to keep and a plan's figure beside a result take.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dxgap.extract import provinces, stance, table, wording
from dxgap.extract.aside import NAMED, bracket, dated_line, past_year
from dxgap.extract.numbers import Quantity
from dxgap.extract.proposal import Proposal
from dxgap.extract.segment import Span
from dxgap.text import Msg


@dataclass
class Context:
    """What the document has said so far: the stance of the last sentence that said one, and
    the deadline of the last target sentence that gave one (with the text that gave it)."""

    masked: str = ""
    national: bool = False
    stance: bool | None = None
    year: wording.YearRef | None = None
    year_text: str = ""
    year_said: bool = False
    para: int = 0
    local: tuple[int, wording.YearRef, str] | None = None
    dated: int | None = None
    in_force: tuple[wording.YearRef, str] | None = None
    title: tuple[wording.YearRef, str] | None = None
    window: tuple[wording.YearRef, str] | None = None
    quoted: str | None = None
    parts: bool = False  # a list under "…, trong đó:" gives a total's parts
    table: table.Header | None = None
    titled: bool = False
    section: bool | None = None
    others: provinces.Named | None = None
    holder: str | None = None
    holder_para: int = -1

    def deadline(self) -> tuple[wording.YearRef | None, str]:
        """The deadline the text so far gives: the paragraph's own (a target sentence earlier in
        it), else the section's (a heading, a list's intro, a sentence that frames the goals),
        else the title's (`Kế hoạch chuyển đổi số năm 2025`)."""
        if self.local is not None and self.local[0] == self.para:
            return self.local[1], self.local[2]
        if self.year is None and self.title is not None:
            return self.title
        return self.year, self.year_text


@dataclass
class Scope:
    """The texts that govern a group, nearest first, as spans of the document."""

    clause: Span
    intro: Span | None
    sentence: Span
    previous: Span | None = None


def year_of(
    text: str, q_start: int, q_end: int, spans: list[Span | None], ctx: Context
) -> tuple[wording.YearRef | None, str | None]:
    """The deadline of a figure and, when it comes from beyond its sentence, the text that gave
    it (for the `# check:` note)."""
    whole = _whole_period(text, spans[0], q_start, ctx)
    if whole is not None:
        return whole
    for span in spans:
        if span is None:
            continue
        refs = [
            r
            for r in wording.years(ctx.masked, span.start, span.end)
            if r.kind in wording.DEADLINES
            and not past_year(text, span.start, r)
            and not _bracketed_apart(text, span, r, q_start)
            and not _NORM.search(text, max(span.start, r.start - 60), r.start)
        ]
        plan = [r for r in refs if not wording.VISION.search(text, max(0, r.start - 20), r.start)]
        refs = plan or refs  # "… năm 2027 và định hướng đến năm 2030, với … 310 tỷ đồng"
        refs = [r for r in refs if r.start < q_end or not _apart(text, q_start, q_end, r, ctx)]
        if refs:
            close = [
                r for r in refs if q_end <= r.start <= q_end + _CLOSE and _BY.match(text, r.start)
            ]
            before = [r for r in refs if r.start < q_start]
            return (close or before or refs)[-1 if before and not close else 0], None
    column = column_deadline(text, q_start) or _project_deadline(text, q_start)
    if column is not None:
        return column, None
    year, said = ctx.deadline()
    if year is None and ctx.in_force is not None:
        return ctx.in_force  # a regulation's requirement holds from the day it takes effect
    return (year, said) if year is not None else (None, None)


_WHOLE = re.compile(
    r"(?<!\w)(?:(?:cả|toàn|suốt)\s+giai đoạn(?!\s*(?:\d|[(:]))|tổng (?:kinh phí|vốn|mức đầu tư)"
    r"(?: thực hiện)? (?:Đề án|Kế hoạch|Chương trình|Dự án)(?!\s+\S+\s+(?:năm|giai đoạn)\s+\d))",
    re.IGNORECASE,
)
"""A figure for the plan's whole period, which the words do not date (`Kinh phí thực hiện cả
giai đoạn dự kiến 12,5 tỷ đồng`, `1,2 nghìn tỷ đồng cho cả giai đoạn`): the period's last year."""


_NORM = re.compile(
    r"(?<!\w)theo\s+(?:chuẩn|tiêu chí|bộ tiêu chí|quy định|phương pháp)(?!\w)[^;()]*$",
    re.IGNORECASE,
)
"""A year naming the period of the standard a figure is measured by (`dưới 1,2% (theo chuẩn
nghèo đa chiều giai đoạn 2026 – 2030)`), not its deadline."""


_COLUMNS = re.compile(
    r"\s[–-]\s+[^–\n]{2,90}?\s[–-]\s+(?:(?:[Qq]uý|[Tt]háng)\s+[IVX\d]+\s*/\s*|[Nn]ăm\s+)?"
    r"(?P<year>(?:19|20)\d\d)\s*\.?[ \t]*$",
    re.MULTILINE,
)


_BY = re.compile(r"(?:vào|đến|tới|trong|trước|cuối)\s", re.IGNORECASE)
_CLOSE = 12
"""A year this close after a figure is its own (`… đạt mức Tốt năm 2027 và 60% vào năm 2030`: 2030
is the 60%'s, though 2027 stands before it in its group), when a word of a deadline says it (not a
base: `gấp hai lần năm 2025`)."""


_INVESTMENT = re.compile(
    r"(?:tổng mức đầu tư|tổng vốn|kinh phí|vốn đầu tư)\s*:?\s*$", re.IGNORECASE
)
_PROJECT_END = re.compile(
    r"(?:thời gian thực hiện|hoàn thành|đưa vào vận hành|đưa vào sử dụng)\s*[:,]?\s*(?:năm\s+)?"
    r"(?:(?:19|20)\d\d\s*[–-]\s*)?(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _project_deadline(text: str, at: int) -> wording.YearRef | None:
    """The year a project in a list is finished, said after its capital (`Tổng mức đầu tư: 612
    tỷ đồng. Thời gian thực hiện: 2026 – 2028. Hoàn thành … năm 2028.`): its capital's deadline."""
    if not _INVESTMENT.search(text, max(0, at - 40), at):
        return None
    end = text.find("\n\n", at)
    ends = list(_PROJECT_END.finditer(text, at, end if end != -1 else len(text)))
    if not ends:
        return None
    m = ends[-1]
    return wording.YearRef(m.start("year"), m.end("year"), int(m["year"]), "by")


def column_deadline(text: str, at: int) -> wording.YearRef | None:
    """The deadline a task list gives in its last column on the line at `at` (`Số hóa 100% hồ sơ
    địa chính … – Sở Nông nghiệp và Môi trường – 2027`, `… – Công an tỉnh – Quý IV/2027`)."""
    end = text.find("\n", at)
    m = _COLUMNS.search(text, text.rfind("\n", 0, at) + 1, end if end != -1 else len(text))
    if m is None or m.start() < at:
        return None
    return wording.YearRef(m.start("year"), m.end("year"), int(m["year"]), "by")


def _apart(text: str, q_start: int, q_end: int, ref: wording.YearRef, ctx: Context) -> bool:
    """Whether a year after a figure stands in another clause, past a `;` (`Tối thiểu 50% …;
    riêng năm 2026 có ít nhất 300 …`: 2026 is the 300's; a `;` in the brackets the figure
    stands in does not part them: `(… 20% GRDP; … 80%) … đến năm 2025`), or is the nation's
    (`… đạt 1 Gbps, tương đương mục tiêu của Chiến lược quốc gia cho năm 2030`)."""
    between = text[q_end : ref.start]
    if ";" in between[between.rfind(")") + 1 :]:
        return True
    # from the figure's start: "thuộc top 5 cả nước vào năm 2028" is a rank, not the nation
    return not ctx.national and stance.national(text[q_start : ref.start]) is not None


def _whole_period(
    text: str, group: Span | None, q_start: int, ctx: Context
) -> tuple[wording.YearRef, str] | None:
    """The plan's period (the last the document named, else its title's) when the figure's
    group says it is for the whole period, without a year of its own."""
    if group is None or not _WHOLE.search(text, group.start, group.end):
        return None
    if any(r.kind in wording.DEADLINES for r in wording.years(ctx.masked, group.start, group.end)):
        return None
    for known in (ctx.window, ctx.title):
        if known is not None and known[0].kind in ("period", "by"):
            return known
    head = [r for r in wording.years(ctx.masked, 0, min(_HEAD, group.start)) if r.kind == "period"]
    if head:  # a title the reading took for no heading (`… Lai Châu giai đoạn 2026 – 2028`)
        line = text.rfind("\n", 0, head[0].start) + 1
        return head[0], text[line : text.find("\n", head[0].end)].strip()
    return None


_HEAD = 600
"""Characters at a document's head where its title gives the plan's period."""


def _bracketed_apart(text: str, span: Span, ref: wording.YearRef, q_start: int) -> bool:
    """Whether the year `ref` stands in brackets with figures of their own that do not hold the
    figure at `q_start`: the year is those figures' (`90% hồ sơ cấp tỉnh, 80% … cấp huyện (mục
    tiêu năm 2030 lần lượt là: 100%, 90%)` under `mục tiêu cụ thể đến năm 2025`: the 90% is of
    2025). Brackets holding only the year date the figure before them (`80% (năm 2025)`)."""
    opened = text.rfind("(", span.start, ref.start)
    if opened == -1 or text.find(")", opened, ref.start) != -1:
        return False
    line_end = text.find("\n", ref.end)
    line_end = len(text) if line_end == -1 else line_end
    closed = text.find(")", ref.end, line_end)  # beyond the span: a clause may end at `là:`
    closed = line_end if closed == -1 else closed
    if opened < q_start < closed:
        return False
    return any(c.isdigit() for c in text[opened : ref.start] + text[ref.end : closed])


def deadline(
    text: str, q: Quantity, group: Span, scope: Scope, ctx: Context, yearly: bool, said: bool
) -> tuple[wording.YearRef | None, str | None]:
    """The deadline of a figure and, when it comes from beyond its sentence, the text that gave
    it. A speaker's suggestion (`said`) does not inherit the plan's deadline. A yearly rate takes
    its year as any other target does (issue 18): from its own clause, else from the sentence,
    list intro or heading that governs it (`Mục tiêu cụ thể đến năm 2030` over `Hằng năm, thu hút
    ít nhất 50 doanh nghiệp` is a yearly rate to 2030); where a window of the plan ends that same
    year (`Kế hoạch … giai đoạn 2021 - 2025` over `Mục tiêu đến năm 2025`), the window gives it,
    and with it the rate's first year."""
    spans: list[Span | None] = [group, scope.clause, scope.intro, scope.sentence]
    ref, far = year_of(text, q.start, q.end, spans, ctx)
    if far is None or ref is None:
        return ref, far
    if said:
        return None, None
    window = ctx.window
    if yearly and ref.kind != "period" and window is not None and window[0].year == ref.year:
        return window
    return ref, far


def when(
    text: str, q: Quantity, group: Span, scope: Scope, ctx: Context, yearly: bool, said: bool
) -> tuple[wording.YearRef | None, str | None]:
    """`deadline`, but a state to keep takes no year from another paragraph's goal (`duy trì …
    top 5`), and a plan's figure in brackets beside a result, in a section of results, is the
    plan of the year the document is dated (`mới đạt 30% (kế hoạch 40%)`)."""
    ref, far = deadline(text, q, group, scope, ctx, yearly, said)
    if far is not None and far == ctx.year_text and ctx.year_said and wording.kept(group.of(text)):
        return None, None
    planned = NAMED.search(text, max(group.start, q.start - 40), q.start)
    if ref is None and ctx.section is False and ctx.dated and planned and bracket(text, group, q):
        return wording.YearRef(q.start, q.start, ctx.dated, "in"), dated_line(text, ctx.dated)
    return ref, far


NOTE_WIDTH = 40
"""Characters of the text a `# check:` note quotes (`{text:q}` cuts there)."""


def year_note(far: str, year: int) -> str:
    """The words of `far` (the text that gave a figure its deadline) a note quotes: the
    `NOTE_WIDTH` characters that end with the year, so that a long heading's cut keeps it (`…
    Mục tiêu cụ thể của kế hoạch đến năm 2025`, not `Mục tiêu cụ thể của kế hoạch đến năm 202…`);
    the start of `far` when the year is not written there as such (`trước năm 2023` for 2022)."""
    at = far.find(str(year))
    if at == -1 or at + 4 <= NOTE_WIDTH:
        return far
    start = at + 4 - (NOTE_WIDTH - 1)
    space = far.find(" ", start, at)  # from a word's start
    return "…" + far[space + 1 if space != -1 else start : at + 4]


def far_note(year: int, far: str) -> Msg:
    """The `# check:` note of a deadline `year` taken from the text `far` beyond the figure's
    sentence, quoting the words that end with the year (`year_note`)."""
    code = (
        "extract.check.year_in_force" if wording.IN_FORCE.search(far) else "extract.check.year_far"
    )
    return Msg(code, year=year, text=year_note(far, year))


_RESPECTIVELY = re.compile(r"(?<!\w)lần lượt(?!\w)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/])(?:19|20)\d\d(?![\d/])")


def respectively(text: str, clause: Span, found: list[Proposal]) -> list[Proposal]:
    """`found` with one year each where the clause lists as many years before `lần lượt` as
    it gives figures after it (`trong các năm 2026, 2027, 2028 lần lượt đạt 60%, 70% và 80%`:
    60% in 2026, 70% in 2027, 80% in 2028)."""
    words = clause.of(text)
    at = _RESPECTIVELY.search(words)
    if at is None or len(found) < 2:
        return found
    years = [int(y) for y in _YEAR.findall(words, 0, at.start())]
    after = [p for p in found if p.end > clause.start + at.end()]  # their figures follow it
    if len(years) < 2 or len(years) != len(after) or len(set(years)) != len(years):
        return found
    dated = {id(p): year for p, year in zip(after, years, strict=True)}
    return [replace(p, year=dated[id(p)]) if id(p) in dated else p for p in found]
