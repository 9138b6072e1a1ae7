"""From a text to proposed target entries, in document order.

Each paragraph is cut into sentences, clauses and comma groups (`segment`); each quantity
(`numbers`) is read with the words of its group: its comparator, its year and whether it is a
yearly rate (`wording`), whether it is a target at all (`stance`), and the indicator it is about
(`indicators`). What a group does not say, the clause, the clause's intro (the text before a
colon), the sentence and then the document so far say: a list under "Mục tiêu cụ thể … đến năm
2025:" has 2025 and is a list of targets. A year taken from beyond the sentence is marked for
checking.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dxgap.extract import definitions, provinces, restated, stance, table, tasks, whose, wording
from dxgap.extract.aside import NAMED, NEAR, aside, bracket, past_year
from dxgap.extract.aside import piece as own_piece
from dxgap.extract.deadlines import (
    Context,
    Scope,
    column_deadline,
    far_note,
    respectively,
    when,
    year_of,
)
from dxgap.extract.framing import NUMBERED, OPENING, TITLE, follow, learn, opening_or_last
from dxgap.extract.indicators import Matcher, best_in, choose, wordless
from dxgap.extract.numbers import Quantity, quantities
from dxgap.extract.proposal import Proposal
from dxgap.extract.segment import (
    DATE_IN,
    PLAN_KIND,
    REVIEW,
    Clause,
    Span,
    clauses,
    english,
    groups,
    is_heading,
    paragraphs,
    sentences,
    states,
    trimmed,
    unmarked,
)
from dxgap.text import Msg

_PEOPLE = re.compile(r"\s*(?:người|dân|người dân|lao động|học sinh|sinh viên|cán bộ|công chức|"
                     r"viên chức|đoàn viên|hội viên|thanh niên)(?!\w)", re.IGNORECASE)  # fmt: skip
_BRACKETS = re.compile(r"\([^()]*\)")
"""A bracket's words speak for the figures in it, not for the one before it (`mới đạt 30% (kế
hoạch 40%)`)."""
_FROM_TO = re.compile(
    r"\s*(?:%|phần trăm)?\s*(?:lên|xuống)(?:\s+(?:còn|mức|ít nhất|tối thiểu|khoảng|dưới|trên))*\s*\d",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"(?:cho biết|cho rằng|nhấn mạnh|khẳng định|nêu rõ|chia sẻ|phát biểu|đánh giá|thông tin)$"
)
_CHANGE = re.compile(
    r"(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|được|ít nhất|tối thiểu|trên|hơn|khoảng|bình quân))*\s*$",
    re.IGNORECASE,
)
_DUE = re.compile(
    r"[.;,]?\s*(?:Thời hạn|Thời gian hoàn thành|Hạn hoàn thành)(?: thực hiện)?\s*:\s*"
)
"""A task's deadline given after it: `…. Thời hạn: quý II/2027`."""
_COLUMN = re.compile(r"\s[–-]\s+$")
_WHOLE_WORDS = re.compile(r"toàn bộ|tất cả", re.IGNORECASE)
_FINISHING = re.compile(r"(?<!\w)hoàn thành(?!\w)[^;:\d]*$", re.IGNORECASE)
_PART_OF = re.compile(r"\W*trong đó(?!\w)(?![^;.]*(?<!\w)đạt(?!\w))", re.IGNORECASE)
"""A clause giving a part of the money before it (`…; trong đó năm 2026 bố trí 22 tỷ đồng`), not a
part with a goal of its own (`trong đó thu tiền sử dụng đất đạt 12.500 triệu đồng`)."""
_PARTS = re.compile(r"(?<!\w)(?:trong đó|phân kỳ|nguồn vốn)\s*:", re.IGNORECASE)
_PART = re.compile(r"[IVX]+\.\s")
_VISIONARY = re.compile(r"(?<!\w)(?:tầm nhìn|định hướng)\s+(?:đến|tới)\s+năm", re.IGNORECASE)
_AND = re.compile(r"\s(?:và|va)\s")
_BOUND_BEFORE = re.compile(
    r"(?:tối thiểu|ít nhất|trên|hơn|đạt|không quá|dưới|tối đa|khoảng)\s*$", re.I
)


def extract(
    text: str,
    matcher: Matcher,
    qualitative: bool = False,
    national: bool = False,
    province: str | None = None,
) -> list[Proposal]:
    """The target entries `text` states, in document order.

    `text` is NFC-normalised plain text (see `dxgap.extract.read`); offsets and quotes refer to
    it. `qualitative`: also propose the tasks of the plan that have no figure (as qualitative
    targets). `national`: the document is the nation's or a ministry's plan, so the ministry's
    promises are its targets and national targets need no note. `province`: the id of the
    province the text is about (`dxgap.places`), so that another province's figures quoted in
    it are left out (`dxgap.extract.provinces`). Results, document numbers, dates and amounts
    already spent are left out (see `dxgap.extract.stance`). Pure: raises nothing for any text.
    """
    original, text = text, unmarked(text)
    dated = wording.dated(text) or wording.first_period(text[:TITLE])
    others = provinces.named(province) if province is not None and not national else None
    ctx = Context(stance.masked(text), national, dated=dated, others=others)
    ctx.in_force = wording.in_force(text)
    top = len(text) - len(text.lstrip())  # the first line: a title, unless it dates its share
    out: list[Proposal] = []
    # a bilingual release's English paragraphs restate the Vietnamese ones
    for para in (p for p in paragraphs(text) if not english(p.of(text))):
        ctx.para = para.start
        raw = text[text.rfind("\n", 0, para.start) + 1 : para.end]  # with its list's mark
        if not NUMBERED.match(raw):
            ctx.quoted, ctx.parts = None, False  # a list under a national target's intro ends
        row = table.cells(text, para)
        if row is not None:
            head = table.header(text, row, ctx.dated)
            if head is not None or table.fits(text, row, ctx.table):
                ctx.table = head or ctx.table
                out.extend(table.proposals(text, row, ctx.table, matcher) if head is None else [])
                continue
        if ctx.table is not None and table.group_row(para.of(text)):
            continue  # "II  KINH TẾ SỐ": a row naming the group of the rows under it
        ctx.table = None
        if is_heading(text, para, ctx.titled) and not states(raw, para.start > top):
            _heading(text, para, ctx)
            continue
        ctx.titled = False
        previous = None
        for sent in sentences(text, para):
            for clause in clauses(text, sent):
                scope = Scope(clause.span, clause.intro, sent, previous)
                out.extend(_clause(text, clause, scope, ctx, matcher, qualitative))
            learn(text, sent, ctx)
            follow(text, sent, ctx)
            previous = sent
    merged = restated.merged(out, text)
    if text == original:
        return merged
    return [replace(p, quote=original[p.start : p.end]) for p in merged]  # the document's words


def _heading(text: str, para: Span, ctx: Context) -> None:
    """A heading: a new section (its stance and deadline), a plan's title, a part of results."""
    line = para.of(text)
    if not tasks.CAPTION.search(line) and not NUMBERED.match(line):
        ctx.stance, ctx.year = None, None  # a new section
    elif _PART.match(line) and (ctx.year_said or _VISIONARY.search(ctx.year_text)):
        ctx.year = None  # a new part: not a sentence's year before it, nor "Định hướng đến năm …"
    titled = ctx.titled and para.start < TITLE and not NUMBERED.match(line)
    titled = titled and not DATE_IN.search(line)  # "Phiên họp … tháng 3 năm 2024"
    learn(text, para, ctx, framing=True, titled=titled)
    if REVIEW.match(line):  # "I. ĐÁNH GIÁ NĂM HỌC 2024 - 2025": what was done
        ctx.stance, ctx.year = False, None
    ctx.section, ctx.holder = ctx.stance, None
    ctx.titled = bool(PLAN_KIND.fullmatch(line)) or (titled and ctx.year is None)


def _stance_of(text: str, spans: list[Span | None], ctx: Context) -> bool | None:
    """The stance of the nearest span that says one, else the text's so far. In a section of
    results a span states a target only in strong words (`đặt mục tiêu`, `phấn đấu`), or, the
    figure's own piece, by naming one (`(kế hoạch 40%)`); else the section's results stand
    (`35 hợp tác xã đưa sản phẩm lên sàn`, `… đã ban hành kế hoạch …; tỷ lệ … đạt 35,5%`)."""
    for i, span in enumerate(spans):
        if span is None or (said := stance.decided(words := span.of(text))) is None:
            continue
        if said and ctx.section is False and not stance.committed(words):
            return i == 0 and stance.explicit(words)
        return said
    return ctx.stance


def _an_item(text: str, scope: Scope) -> bool:
    """Whether the sentence stands on a line marked as a list's item (`a)`, `-`, `2.1.`)."""
    line = text[text.rfind("\n", 0, scope.sentence.start) + 1 : scope.sentence.end]
    return NUMBERED.match(line) is not None


def _told(sentence: str, listed: bool, national: bool) -> bool:
    """A sentence that states no target of the document's own: the ministry's own promise in a
    province's text, or what exists told in prose (`Trên địa bàn tỉnh có 3 doanh nghiệp …`)."""
    return (not national and stance.foreign(sentence)) or (not listed and stance.exists(sentence))


def _figures(text: str, clause: Clause, scope: Scope, ctx: Context) -> list[Quantity]:
    """The quantities of a clause, at the document's offsets, but a base (`từ 1% lên 2%`) and a
    total's parts in money (`…, trong đó: ngân sách tỉnh 180 tỷ đồng; …`)."""
    qs = [
        replace(q, start=q.start + clause.span.start, end=q.end + clause.span.start)
        for q in quantities(clause.span.of(text))
    ]
    qs = [q for q in qs if not _FROM_TO.match(text, q.end) and not _whole_done(text, clause, q)]
    lead = text[scope.sentence.start : clause.span.start]
    if (
        ctx.parts
        or _PARTS.search(lead)
        or (_PART_OF.match(clause.span.of(text)) and whose.money(lead))
    ):
        qs = [q for q in qs if q.unit not in ("vnd_billion", "usd_million")]
    return qs


def _whole_done(text: str, clause: Clause, q: Quantity) -> bool:
    """The whole of a thing to finish (`hoàn thành số hóa toàn bộ sổ hộ tịch`, `Hoàn thành kết
    nối … tất cả các xã`): a yes/no task, not 100% of it."""
    if not (q.doubtful and q.unit == "percent" and _WHOLE_WORDS.match(text, q.start)):
        return False
    return _FINISHING.search(text, clause.span.start, q.start) is not None


def _clause(
    text: str, clause: Clause, scope: Scope, ctx: Context, matcher: Matcher, qualitative: bool
) -> list[Proposal]:
    listed = scope.intro is not None or _an_item(text, scope)
    if _told(scope.sentence.of(text), listed, ctx.national) or tasks.issuing(
        text, clause.span.start
    ):
        return []  # or the decision itself: "Ban hành kèm theo Quyết định này Bộ chỉ số … 124 xã"
    qs = _figures(text, clause, scope, ctx)
    meaning = definitions.defining(scope.sentence.of(text), listed)  # "… yêu cầu toàn bộ …"
    cut = len(text) if meaning is None else scope.sentence.start + meaning
    qs = [q for q in qs if q.start < cut]
    if not qs and clause.span.end > cut:
        return []  # a definition's words: what a thing is or requires, no target nor task
    if not qs:
        task = _task(text, scope, ctx, matcher, qualitative)
        before = text[scope.sentence.start : task.end] if task is not None else ""
        if task is None or (ctx.others and ctx.others.other(before, ctx.holder)):
            return []  # none, or another province's (`--province`)
        return [task]
    out = [t] if (t := _task_before(text, qs[0], scope, ctx, matcher)) is not None else []
    spans = groups(text, clause.span, [q.start for q in qs])
    for i, (q, group) in enumerate(zip(qs, spans, strict=True)):
        framed = ctx.stance is True and ctx.deadline()[0] is not None  # "2. Đến năm 2030"
        if aside(text, q, group, qs[0] if i else None, framed):
            continue
        inner = bracket(text, group, q)
        piece = inner or own_piece(text, group, q)
        governing = [piece, group, scope.clause, scope.intro, scope.sentence]
        bare = _BRACKETS.sub(" ", piece.of(text))
        outside = None if inner else stance.decided(bare)
        if outside and ctx.section is False and not stance.committed(bare):
            outside = stance.explicit(bare)  # in a section of results, as `_stance_of` reads
        said = outside if outside is not None else _stance_of(text, governing, ctx)
        said = False if said and whose.carried_result(text, piece, scope.sentence) else said
        named = (
            q.unit != "count"
            and NAMED.search(text, max(piece.start, q.start - 40), q.start) is not None
            and any(
                r.kind in ("in", "by") for r in wording.years(ctx.masked, piece.start, piece.end)
            )
        )
        if not named and (said is not True or _earlier(text, piece, group, scope, ctx)):
            continue
        if _past(text, q, [piece, group, scope.clause, scope.intro, scope.sentence], ctx):
            continue
        if not ctx.national and whose.nations(text, q, scope.sentence, ctx.quoted is not None):
            continue  # a national target quoted before the province's own
        if ctx.others and ctx.others.other(text[scope.sentence.start : q.start], ctx.holder):
            continue  # another province's target quoted in the province's text (`--province`)
        out.append(_proposal(text, q, group, scope, ctx, matcher))
    return respectively(text, clause.span, out) + _task_after(text, qs[-1], scope, ctx, matcher)


def _past(text: str, q: Quantity, spans: list[Span | None], ctx: Context) -> bool:
    """A figure its own sentence dates before the document was written (`năm 2024 đạt 80%`
    in a report of 2025), and not worded as a target (`kế hoạch năm 2024 đề ra …`), is a
    result."""
    if ctx.dated is None:
        return False
    ref, _ = year_of(text, q.start, q.end, spans, Context(ctx.masked))
    if ref is None or ref.year >= ctx.dated:
        return False
    return not any(s is not None and stance.explicit(s.of(text)) for s in spans)


def _earlier(text: str, piece: Span, group: Span, scope: Scope, ctx: Context) -> bool:
    """A figure dated before the deadline its sentence sets, and not itself worded as a target,
    is where things stand when the words after it set the target (`Năm 2023 đạt 85%, kế hoạch
    năm 2024 là 90%`); one its group words as a target is not (`Phấn đấu đến năm 2025, tỉnh có
    80% …, đến năm 2030 đạt 100%`), nor milestones side by side (`đạt 80% (năm 2025), 100% (năm
    2030)`), nor a figure of a year after the document's own. The sentence is read to the end
    of the figure's subject: a clause past a `;` that names its own is another indicator's
    (`Tỷ trọng kinh tế số năm 2025 đạt 15-20%, …; tỷ trọng … năm 2025 đạt tối thiểu 10%`), one
    that names none goes on with it (`…; phấn đấu năm 2025 đạt 90%`)."""
    if stance.decided(piece.of(text)) is not None or stance.explicit(group.of(text)):
        return False
    reach = _subject_end(text, scope)
    if not stance.explicit(text[group.end : reach.end]):
        return False

    def deadlines(span: Span) -> list[int]:
        refs = wording.years(ctx.masked, span.start, span.end)
        return [
            r.year for r in refs if r.kind in ("in", "by") and not past_year(text, span.start, r)
        ]

    own = deadlines(group)
    if own and ctx.dated is not None and min(own) > ctx.dated:
        return False  # a year after the writing is no standing: "năm 2026 đạt 9%; năm 2028 …"
    later = [y for y in deadlines(reach) if own and y > max(own)]
    return bool(own and later)


_SAME_SUBJECT = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu|phấn đấu)\s+(?:năm\s+)?\d{4}", re.I)


def _subject_end(text: str, scope: Scope) -> Span:
    """The figure's sentence up to the end of the last clause that goes on with its subject: a
    clause after the figure's own that names nothing its figure measures (`phấn đấu năm 2025 đạt
    90%`, `kế hoạch năm 2024 là 90%`) goes on; one that names its own subject ends the reach."""
    end = scope.clause.end
    for c in clauses(text, scope.sentence):
        if c.span.start < scope.clause.end:
            continue
        words = c.span.of(text)
        if not (wordless(words) or _SAME_SUBJECT.match(words)):
            break
        end = c.span.end
    return Span(scope.sentence.start, end)


def _proposal(
    text: str, q: Quantity, group: Span, scope: Scope, ctx: Context, matcher: Matcher
) -> Proposal:
    checks: list[Msg] = []
    g = group.of(text)
    kind = "recommendation" if stance.recommendation(scope.sentence.of(text)) else "commitment"
    lead = text[scope.clause.start : group.start]  # "Hằng năm, thu hút …"
    annual_word = wording.annual(g) or (None if re.search(r"\d", lead) else wording.annual(lead))
    said = kind == "recommendation"
    ref, far = when(text, q, group, scope, ctx, bool(annual_word), said)
    if far is not None and ref is not None:
        checks.append(far_note(ref.year, far))
    cmp = wording.comparison(text[group.start : q.start], text[q.end : group.end])
    unit = q.unit
    if unit == "count" and _PEOPLE.match(text, q.end):
        unit = "people"
    comparator = cmp.comparator or ("<=" if unit == "rank" else ">=")
    if cmp.approx:
        checks.append(Msg("extract.check.approx", word=cmp.word or "khoảng"))
    whole = unit == "percent" and q.value == 100 and q.value_max is None  # >= 100 is = 100
    if cmp.comparator is None and unit != "rank" and not whole:
        checks.append(Msg("extract.check.comparator"))
    standing = ref is not None and ref.kind == "period" and wording.standing(g)
    annual = bool(annual_word or standing)
    from_year = ref.first if (annual and ref is not None and ref.kind == "period") else None
    if unit == "rank" and q.value_max is None and comparator in (">", ">="):
        comparator = "<="
    match = best_in(matcher, g, unit, *_arounds(text, scope))
    ind, score, name, new = choose(match, g, q, unit, text)
    if new:
        closest = match.indicator.id if match.indicator is not None else "–"
        checks.append(
            Msg("extract.check.new_indicator", id=ind, name=name, score=score, closest=closest)
        )
    elif score < 0.7:
        checks.append(Msg("extract.check.indicator_score", score=score))
    if _CHANGE.search(text, max(group.start, q.start - NEAR), q.start):
        checks.append(Msg("extract.check.change"))
    if q.doubtful:
        checks.append(Msg("extract.check.number", text=text[q.start : q.end]))
    if not ctx.national and stance.gdp(text[q.end : group.end]):
        checks.append(Msg("extract.check.national", word="GDP"))
    return Proposal(
        quote=g, start=group.start, end=group.end, value=q.value, value_max=q.value_max,
        unit=unit, comparator=comparator, approx=cmp.approx,
        year=ref.year if ref is not None else None, annual=annual, indicator=ind,
        indicator_score=score, indicator_name=name, new_indicator=new, from_year=from_year,
        out_of=q.out_of, kind=kind, checks=tuple(checks),
    )  # fmt: skip


def _arounds(text: str, scope: Scope) -> tuple[str, str, str | None]:
    """The texts an indicator is read with when a statement's own words say too little: its
    clause, its sentence, the sentence before it in its paragraph."""
    previous = scope.previous.of(text) if scope.previous is not None else None
    return scope.clause.of(text), scope.sentence.of(text), previous


def _task_before(
    text: str, q: Quantity, scope: Scope, ctx: Context, matcher: Matcher
) -> Proposal | None:
    """A thing to finish by a deadline, joined by `và` to the figure after it in one clause
    (`yêu cầu các địa phương hoàn thành … trước ngày 31/12/2025 và không để … quá 1%`): the
    yes/no target before the `và`, or before the comma the figure's words follow (`sẽ hoàn
    thành đưa … IOC … vào vận hành trong quý II/2027, kết nối với camera của 103 xã`), else None."""
    cuts = list(_AND.finditer(text, scope.clause.start, q.start))
    bound = _BOUND_BEFORE.search(text, max(0, q.start - 16), q.start)  # "…, tích hợp tối thiểu 30"
    cut = (
        cuts[-1].start() if cuts else -1 if bound else text.rfind(",", scope.clause.start, q.start)
    )
    if cut <= scope.clause.start:
        return None
    left = trimmed(text, scope.clause.start, cut)
    if not cuts and not _task_years(text, left, ctx):
        return None  # "Hoàn thành kết nối, chia sẻ 100% …": verbs of one task, no deadline apart
    return _task(text, replace(scope, clause=left), ctx, matcher, qualitative=False)


def _task_after(
    text: str, q: Quantity, scope: Scope, ctx: Context, matcher: Matcher
) -> list[Proposal]:
    """A thing to finish by a deadline of its own, joined by `và` after the clause's last figure
    (`100% xã, phường được phủ sóng 5G trước ngày 30/9/2027 và hoàn thành đưa Cổng dữ liệu mở …
    vào vận hành trong năm 2027`): its yes/no target."""
    cuts = list(_AND.finditer(text, q.end, scope.clause.end))
    if not cuts:
        return []
    right = trimmed(text, cuts[-1].end(), scope.clause.end)
    if not tasks.FINISH.match(right.of(text)) or not _task_years(text, right, ctx):
        return []
    task = _task(text, replace(scope, clause=right), ctx, matcher, qualitative=False)
    said = text[scope.sentence.start : right.end]
    if task is None or (ctx.others and ctx.others.other(said, ctx.holder)):
        return []  # none, or another province's (`--province`)
    return [task]


def _task_years(text: str, span: Span, ctx: Context) -> list[wording.YearRef]:
    """The deadlines a span states for a thing to finish (`đến năm 2025`, `trước năm 2026`), or
    the line's `Thời hạn: quý II/2027` after it."""
    own = [
        r
        for r in wording.years(ctx.masked, span.start, span.end)
        if (
            r.kind in ("by", "before", "period")
            or _COLUMN.search(text, r.start - 4, r.start)
            or (r.kind == "in" and tasks.FINISH.search(text, span.start, r.start))
        )
        and not past_year(text, span.start, r)
    ]  # "Ban hành Danh mục … – Sở Khoa học và Công nghệ – Quý II/2026": a column of deadlines
    due = _DUE.match(text, span.end)
    if own or due is None:
        column = column_deadline(text, span.start) if not own else None
        return own or ([column] if column is not None else [])
    end = text.find("\n", due.end())
    found = wording.years(ctx.masked, due.end(), end if end != -1 else len(text))
    return [r for r in found if r.kind in wording.DEADLINES]


def _item_year(text: str, scope: Scope, ctx: Context) -> list[wording.YearRef]:
    """The deadline a heading gives an item of the list under it (`Đến năm 2030:` / `- Hoàn
    thành xây dựng chính quyền điện tử`); none for a sentence of prose."""
    ref, _ = ctx.deadline()
    if ref is None or not _an_item(text, scope) or ref.kind not in ("by", "before", "period"):
        return []
    return [ref]


def _task(
    text: str, scope: Scope, ctx: Context, matcher: Matcher, qualitative: bool
) -> Proposal | None:
    """A clause without a figure: a yes/no target when it names something to finish by a
    deadline it states itself (`Trước năm 2023, hình thành …`), else — with `qualitative` — a
    qualitative target when it reads as one."""
    clause = scope.clause
    said = _stance_of(text, [clause, scope.intro, scope.sentence], ctx)
    if said is not True or tasks.issuing(text, clause.start):  # the decision issuing the plan
        return None
    words = clause.of(text)
    kind = "recommendation" if stance.recommendation(scope.sentence.of(text)) else "commitment"
    own = _task_years(text, clause, ctx) or (
        _task_years(text, scope.intro, ctx)
        if scope.intro is not None
        else _item_year(text, scope, ctx)
    )  # its own deadline, or its list's ("Đến năm 2025: Cơ bản hoàn thành …", "2. Đến năm 2030")
    # the deadline it opens with, else its last (`Đến năm 2025, hoàn thiện thể chế … phù hợp
    # với … Chương trình … giai đoạn 2021 - 2030` is a task of 2025)
    ref = opening_or_last(own, clause.start, OPENING)
    columned = column_deadline(text, clause.start) is not None or (
        ref is not None and _COLUMN.search(text, ref.start - 4, ref.start) is not None
    )
    due = columned or _DUE.match(text, clause.end) is not None  # "Thời hạn: năm 2028": any task
    done = tasks.done(words, ref.kind == "before" if ref else False) or (
        due and stance.is_task(words)
    )
    verb = tasks.FINISH.search(words)  # who asks for it stands before the verb, not after
    lead = text[scope.sentence.start : clause.start + (verb.start() if verb else 0)]
    quoted = not ctx.national and stance.national(lead) is not None
    if ref and kind == "commitment" and done and not quoted:
        return tasks.yes_no(
            text, clause, ref.year, best_in(matcher, words, "boolean", *_arounds(text, scope))
        )
    if not qualitative or not tasks.task_like(words):
        return None
    ref, far = year_of(text, clause.start, clause.start, [clause, scope.intro, scope.sentence], ctx)
    checks = [far_note(ref.year, far)] if far and ref else []
    return Proposal(
        words, clause.start, clause.end, None, None, None, None, False,
        ref.year if ref else None, False, None, None, kind=kind, qualitative=words,
        checks=tuple(checks),
    )  # fmt: skip
