"""A target a text states more than once is one target: a news article's lead printed twice
(`TPHCM đặt mục tiêu … 25% GRDP vào năm 2025` word for word in the lead and the body), or its
head — the headline and the lead paragraph under it — restating a target of the body (`Bắc Ninh
phấn đấu đến năm 2030, kinh tế số chiếm tối thiểu 35% GRDP` over `tỉnh đặt mục tiêu đến năm
2030, kinh tế số chiếm tối thiểu 35% GRDP`). One entry is kept, with a check naming the lines of
the others.

Only these are folded: a figure said again in the same words on another line (the same words
quoted, or the same sentence around it, commas aside), and a figure of the head the body states
in mostly the same words (`HEAD_WORDS`) or states once, in other words (`tỷ lệ này`), with the
same value, unit, comparator and year (not 100%, said of too many things). The body's statement is kept: it is the plan's own, in
its place among the others. Two statements of one figure and year in the body (`80% hồ sơ công
việc tại cấp huyện`, `80% hồ sơ công việc tại cấp xã`) are two targets, however alike their
words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from dxgap.extract.proposal import Proposal
from dxgap.text import Msg

HEAD_WORDS = 0.6
"""The share of the shorter quote's words a statement of the head and one of the body must share
to be one target: a headline reworded (`phấn đấu` for `đặt mục tiêu`, the province's name for
`tỉnh`) or framed (`Nghệ An đặt mục tiêu …`) still holds most of the body's words."""
TITLE_WITHIN = 400
"""Characters at the top of a text where its headline is looked for."""
LEAD_AT_MOST = 600
"""The longest paragraph read as a news article's lead (its sapo), under the headline."""

_WORD = re.compile(r"\w+")
_STOP = re.compile(r"[.!?\n]")
_END = ".!?:;…"


def _words(quote: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(quote)}


def _figure(p: Proposal) -> tuple[object, ...]:
    return (
        p.value, p.value_max, p.unit, p.comparator, p.year, p.annual, p.from_year, p.out_of,
        p.qualitative,
    )  # fmt: skip


def _restates(head: Proposal, later: Proposal) -> bool:
    """Whether `later`, in the body, states the target of `head`: the same figure, and most of
    the shorter quote's words in the other (a headline adds its own: `Nghệ An đặt mục tiêu phấn
    đấu đến cuối năm 2025 đạt 50% thanh toán không dùng tiền mặt` over `thanh toán không dùng
    tiền mặt trong thương mại điện tử đạt 50%`)."""
    a, b = _words(head.quote), _words(later.quote)
    shorter = min(len(a), len(b))
    return _figure(head) == _figure(later) and shorter > 0 and len(a & b) / shorter >= HEAD_WORDS


def _same(head: Proposal, later: Proposal, text: str) -> bool:
    """Whether a figure of the head and one of the body have the same value, unit, comparator
    and year (`Năm 2027 phấn đấu 85% hồ sơ … trực tuyến toàn trình` and `năm 2027, tỉnh đặt mục
    tiêu nâng tỷ lệ này lên tối thiểu 85%`); the caller asks only of a figure the body states
    once, and not of 100%, which a text states of too many things. Only a headline's own
    figure is matched so, not one of a table's row at the top (`Tỷ lệ …   %   40   80`)."""
    start = text.rfind("\n", 0, head.start) + 1
    end = text.find("\n", head.end)
    line = text[start : end if end != -1 else len(text)]
    if not _headline(line.strip()) or re.search(r"\S(?: {2,}|\t|\|)\S", line):
        return False
    return _figure(head) == _figure(later)


def _headline(line: str) -> bool:
    """A line that reads as a headline: six words or more, not ending as a sentence or a label
    does, not a label and its value (`Hotline: 024…`; `TPHCM: Kinh tế số …` is a headline)."""
    if not line or line[-1] in _END or len(_WORD.findall(line)) < 6:
        return False
    _label, colon, rest = line.partition(":")
    return not colon or len(_WORD.findall(rest)) >= 5


def _lines(text: str, at: int) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of each line from `at` on."""
    out, start = [], at
    for line in text[at:].split("\n"):
        out.append((start, start + len(line), line.strip()))
        start += len(line) + 1
    return out


def head_end(text: str) -> int:
    """Where a text's head ends: its headline — the first line near the top that reads as one
    (`_headline`), past a web page's date, hotline and section lines — and the lead paragraph
    under it, when one short paragraph (`LEAD_AT_MOST`) comes before the body, past a dateline
    (`01/04/2022 18:48`); 0 when the text opens with prose (no headline)."""
    title = 0
    for start, end, line in _lines(text, 0):
        if start >= TITLE_WITHIN:
            return 0
        if _headline(line):
            title = end
            break
        if line.endswith((".", "!", "?")) and len(_WORD.findall(line)) >= 6:
            return _lead_first(text, end, line)  # the text opens with prose
    if not title:
        return 0
    rest = [(end, line) for _, end, line in _lines(text, title + 1) if line]
    while rest and _headline(rest[0][1]):  # a section's name over the headline, or a subtitle
        title = rest.pop(0)[0]
    for k, (end, line) in enumerate(rest):
        if len(_WORD.findall(line)) < 6:
            continue  # a dateline, a photo's credit
        body = any(len(_WORD.findall(after)) >= 6 for _, after in rest[k + 1 :])
        short = len(line) <= LEAD_AT_MOST and line[-1] in _END
        return end if short and body else title  # no body after it: it is the body
    return title


def _lead_first(text: str, end: int, line: str) -> int:
    """Where the head of a page that opens with its lead ends: past the headline printed under
    the lead (`Ngày 15-10, … vừa ban hành Kế hoạch …` then `Tỉnh Tây Ninh đặt mục tiêu tới năm
    2030 phủ sóng 5G đạt 100%, chuẩn bị triển khai 6G`); 0 when no headline follows a short
    first paragraph (the text is prose from its first line)."""
    if len(line) > LEAD_AT_MOST:
        return 0
    after = next(((e, ln) for _, e, ln in _lines(text, end + 1) if ln), None)
    return after[0] if after is not None and _headline(after[1]) else 0


def _sentence_words(text: str, p: Proposal) -> tuple[str, ...]:
    """The words of the sentence that holds `p`'s quote, folded to lower case."""
    start = max(text.rfind(c, 0, p.start) for c in ".!?\n") + 1  # back from the quote, not from 0
    stop = _STOP.search(text, p.end)
    end = stop.start() if stop else len(text)
    return tuple(w.casefold() for w in _WORD.findall(text, start, end))


def merged(proposals: list[Proposal], text: str) -> list[Proposal]:
    """`proposals` (in document order) with each restatement folded into one entry — the body's
    statement where the head states it too, else the first — which gets a check naming the
    lines (1-based) of the others. Linear in the number of proposals but for those of one
    figure, compared with each other."""
    head = head_end(text)
    out: list[Proposal] = []
    others: dict[int, list[Proposal]] = {}
    said: dict[tuple[object, ...], list[tuple[int, tuple[str, ...], tuple[str, ...]]]] = {}
    heads: list[int] = []  # the entries of `out` stated in the head, not yet met in the body
    in_body_once = Counter(_figure(p) for p in proposals if p.start >= head)
    for p in proposals:
        words = tuple(w.casefold() for w in _WORD.findall(p.quote))
        sentence = _sentence_words(text, p)
        same = said.setdefault(_figure(p), [])
        again = (
            i
            for i, w, sw in same
            if text.find("\n", out[i].end, p.start) != -1 and (w == words or sw == sentence)
        )
        i = next(again, None)
        in_body = p.start >= head
        if i is None and in_body:
            alone = in_body_once[_figure(p)] == 1 and p.value not in (100.0, True, None)
            i = next(
                (t for t in heads if _restates(out[t], p) or (alone and _same(out[t], p, text))),
                None,
            )
        if i is None:
            same.append((len(out), words, sentence))
            if not in_body and words:
                heads.append(len(out))
            out.append(p)
        elif i in heads and in_body:  # the body's statement replaces the head's
            heads.remove(i)
            others.setdefault(i, []).append(out[i])
            out[i] = p
            same.append((i, words, sentence))
        else:
            others.setdefault(i, []).append(p)
    for i, more in others.items():
        lines = sorted(text.count("\n", 0, p.start) + 1 for p in more)
        note = Msg("extract.check.restated", lines=", ".join(str(n) for n in lines))
        out[i] = replace(out[i], checks=(*out[i].checks, note))
    return out
