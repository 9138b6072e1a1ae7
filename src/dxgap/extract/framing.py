"""What a document has said so far, for the figures after it: the stance and the deadline a
heading, a list's intro or a sentence sets (`learn`), and the other province a text goes on with
(`follow`). A heading's, a list intro's or a framing sentence's deadline holds for its section, a
sentence's for the rest of its paragraph (or, when it opens with it, for the paragraphs after);
the title's for the whole document."""

from __future__ import annotations

import re

from dxgap.extract import stance, whose, wording
from dxgap.extract.aside import past_year
from dxgap.extract.deadlines import Context
from dxgap.extract.segment import YEAR_HEADING, Span

NUMBERED = re.compile(r"^(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s|^[-–•+*]\s")
_FRAMING = re.compile(
    r"(?<!\w)(?:mục tiêu|chỉ tiêu|kế hoạch|định hướng|nhiệm vụ|cụ thể)(?!\w)", re.IGNORECASE
)
OPENING = 24
"""A paragraph of prose whose first words give its one deadline (`Đến năm 2030, …`, `Phấn đấu
đến năm 2030, …`) sets it for the paragraphs after it, as a heading does, until another says
one (`Khi đó, 100% hồ sơ …` in the next paragraph is a target of 2030); a list item does not."""
_LEAD_IN = re.compile(
    r"\W*(?:theo\s+(?:kế hoạch|đó|đề án|nghị quyết|chương trình)\s*,?\s*)?", re.IGNORECASE
)
"""Words before a sentence's opening deadline that do not push it from the opening."""


_BRACKETED = re.compile(r"\([^()]*\)")
_RESULTS_ASIDE = re.compile(r"\((?=[^()]*(?:kết quả|ước|thực hiện|so sánh))[^()]*$", re.IGNORECASE)
"""A year in brackets that speak of results (`(kết quả ước năm 2026 ghi trong ngoặc để so sánh)`)."""
_ONLY = re.compile(r"\W*riêng(?!\w)", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"\W*(?:(?:Đến|Tới|Trong)\s+(?:hết\s+)?)?năm\s+20\d\d\s*,", re.IGNORECASE)
TITLE = 600
"""Characters at the head of a document where its title states the plan's year."""


def _said(text: str, span: Span, ctx: Context, framing: bool, titled: bool) -> bool | None:
    """The stance a sentence or heading says (`stance.decided`), or, saying none, a plan's title,
    a year's heading among the goals (`1. Năm 2026` under `II. MỤC TIÊU CỤ THỂ`) or a paragraph
    of the goals opening with its year (`Năm 2027, trên 60% …`): the goals of that year."""
    words = span.of(text)
    # a heading's brackets explain, they do not say ("1. Các chỉ tiêu (kết quả năm 2026 ghi
    # trong ngoặc để so sánh)" heads targets)
    said = stance.decided(words)
    if framing and said is False and stance.decided(_BRACKETED.sub(" ", words)):
        said = True
    if said is not None or titled:
        return True if said is None else said
    if framing and (ctx.stance or ctx.section) and YEAR_HEADING.match(words):
        return True
    if ctx.stance and span.start == ctx.para and _YEAR_FIRST.match(text, span.start):
        return True
    return None


def learn(text: str, span: Span, ctx: Context, framing: bool = False, titled: bool = False) -> None:
    """Remember the stance and the deadline a sentence or heading states: a heading's, a
    list intro's (`Cụ thể:`) or a framing sentence's (`mục tiêu …`) for the section, any other
    sentence's for the rest of its paragraph; `titled`: a line of a plan's title, which plans."""
    foreign = not ctx.national and stance.foreign(span.of(text))
    said = None if foreign else _said(text, span, ctx, framing, titled)
    intro = text[span.end : span.end + 1] == ":"  # "Nhiệm vụ năm 2025:" heads a list as a heading
    heading = framing
    if (
        said
        and not (framing or intro)
        and ctx.section is False
        and not stance.committed(span.of(text))
    ):
        return  # in "I. KẾT QUẢ", "… đưa sản phẩm lên sàn" or "đến năm 2023 đạt …" is no plan
    if said is None:
        ctx.stance = None if foreign else ctx.stance
        return
    ctx.stance = said
    if not said:
        ctx.year, ctx.local = None, None
    else:
        if intro and stance.committed(span.of(text)):  # "Năm 2026, tỉnh đặt mục tiêu:" after
            ctx.section = True  # "Kết quả nổi bật năm 2025:" opens the targets' part
        if intro and not ctx.national:
            ctx.quoted = stance.national(span.of(text))
            ctx.parts = (
                span.of(text).rstrip().endswith("trong đó")
            )  # "…, trong đó:" a total's parts
        refs = [
            r
            for r in wording.years(ctx.masked, span.start, span.end)
            if r.kind in wording.DEADLINES and not past_year(text, span.start, r)
        ]
        refs = [
            r
            for r in refs
            if not whose.NATIONS_PRODUCT.search(text, max(span.start, r.start - 90), r.start)
        ]  # "… mục tiêu quốc gia đưa kinh tế số đạt 30% GDP vào năm 2030": the nation's year
        refs = [r for r in refs if not _RESULTS_ASIDE.search(text, span.start, r.start)]
        plan = [r for r in refs if not wording.VISION.search(text, max(0, r.start - 20), r.start)]
        refs = plan or refs  # "giai đoạn 2026 – 2030, tầm nhìn đến năm 2035": the plan's 2030
        words = span.of(text)
        # a sentence that frames the goals names them, it states none of its own: "kinh phí
        # thực hiện kế hoạch là 35 tỷ đồng … trong năm 2021" dates its budget, not the plan
        framing = (
            framing
            or text[span.end : span.end + 1] == ":"
            or bool(_FRAMING.search(words) and not whose.money(words))
        )
        opens = (
            len(refs) == 1
            and span.start == ctx.para
            and refs[0].start - span.start <= OPENING
            and not NUMBERED.match(text[text.rfind("\n", 0, span.start) + 1 : span.end])
            and not _ONLY.match(words)  # "Riêng trong năm 2026, …": this one alone
        )
        # a sentence that opens with its deadline keeps it for the sentences after it; a later
        # year is a figure's own (`Theo kế hoạch, đến năm 2030, … chiếm 35% GRDP và tăng lên
        # 50% GRDP vào năm 2045. Trong đó, … đạt 70%`: the 70% is of 2030)
        lead = _LEAD_IN.match(words)
        opening = OPENING + (lead.end() if lead else 0)
        within = -1 if heading or intro else opening  # a heading or a list's intro: its last
        ref = opening_or_last(refs, span.start, within)
        if ref is not None and ctx.section is False and _nation_said(words, ctx):
            pass  # "Chính phủ yêu cầu trong năm 2026 …" in "I. THỰC TRẠNG": not the plan's year
        elif ref is not None and (framing or opens):
            ctx.year, ctx.year_text, ctx.year_said = ref, words, not (heading or intro)
            if ctx.title is None and span.start < TITLE:
                ctx.title = (ref, words)
            periods = [r for r in refs if r.kind == "period"]
            if periods:
                ctx.window = (periods[-1], words)
        elif ref is not None:
            ctx.local = (ctx.para, ref, words)


def opening_or_last(refs: list[wording.YearRef], start: int, within: int) -> wording.YearRef | None:
    """The deadline a text opens with (in its first `within` characters from `start`), else its
    last: `Đến năm 2025, hoàn thiện thể chế … giai đoạn 2021 - 2030` is of 2025."""
    if refs and refs[0].start - start <= within:
        return refs[0]
    return refs[-1] if refs else None


def _nation_said(words: str, ctx: Context) -> bool:
    """Whether a province's text quotes the nation's target here (`stance.national`)."""
    return not ctx.national and stance.national(words) is not None


def follow(text: str, sent: Span, ctx: Context) -> None:
    """Remember the other province whose statements the text goes on with (`--province`): a
    new paragraph goes on with it only in a sentence whose subject points back to it."""
    if ctx.others is None:
        return
    words, current = sent.of(text), ctx.holder
    if current is not None and ctx.holder_para != ctx.para:
        current = current if ctx.others.goes_on(words, current) else None
    ctx.holder, ctx.holder_para = ctx.others.holder(words, current), ctx.para
