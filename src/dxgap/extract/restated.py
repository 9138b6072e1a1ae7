"""A target a text states more than once is one target: a news article's lead printed twice
(`TPHCM đặt mục tiêu … 25% GRDP vào năm 2025` word for word in the lead and the body), or its
headline restating a target of the body (`Bắc Ninh phấn đấu đến năm 2030, kinh tế số chiếm tối
thiểu 35% GRDP` over `tỉnh đặt mục tiêu đến năm 2030, kinh tế số chiếm tối thiểu 35% GRDP`).
One entry is kept, with a check naming the lines of the others.

Only these two are folded: a figure said again in the same words on another line (the same
words quoted, or the same sentence around it, commas aside), and a title's
figure the body states in mostly the same words (`TITLE_WORDS`, the body's statement kept: it is
the plan's own). Two statements of one figure and year in the body (`80% hồ sơ công việc tại cấp
huyện`, `80% hồ sơ công việc tại cấp xã`) are two targets, however alike their words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dxgap.extract.proposal import Proposal
from dxgap.text import Msg

TITLE_WORDS = 0.6
"""The share of the shorter quote's words a title's statement and the body's must share to be
one target: a headline reworded (`phấn đấu` for `đặt mục tiêu`, the province's name for `tỉnh`)
or framed (`Nghệ An đặt mục tiêu …`) still holds most of the body's words."""
TITLE_WITHIN = 400
"""Characters at the head of a text where its title is looked for."""

_WORD = re.compile(r"\w+")


def _words(quote: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(quote)}


def _figure(p: Proposal) -> tuple[object, ...]:
    return (
        p.value, p.value_max, p.unit, p.comparator, p.year, p.annual, p.from_year, p.out_of,
        p.qualitative,
    )  # fmt: skip


def _title_restates(title: Proposal, later: Proposal) -> bool:
    """Whether `later`, in the body, states the target of `title`, a statement of the title:
    the same figure, and most of the shorter quote's words in the other (a headline adds its
    own: `Nghệ An đặt mục tiêu phấn đấu đến cuối năm 2025 đạt 50% thanh toán không dùng tiền
    mặt` over `thanh toán không dùng tiền mặt trong thương mại điện tử đạt 50%`)."""
    a, b = _words(title.quote), _words(later.quote)
    shorter = min(len(a), len(b))
    return _figure(title) == _figure(later) and shorter > 0 and len(a & b) / shorter >= TITLE_WORDS


def _title_end(text: str) -> int:
    """Where the document's title ends: the first line near the top (`TITLE_WITHIN`) that reads
    as a headline — six words or more, not ending as a sentence or a label does (`.`, `:`, `;`)
    — past a web page's date, hotline and section lines; 0 when there is none."""
    at = 0
    while at < min(len(text), TITLE_WITHIN):
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        line = text[at:end].strip()
        if line and line[-1] not in ".!?:;…" and len(_WORD.findall(line)) >= 6 and ":" not in line:
            return end
        if line.endswith((".", "!", "?")) and len(_WORD.findall(line)) >= 6:
            return 0  # the text opens with prose: no title
        at = end + 1
    return 0


_STOP = re.compile(r"[.!?\n]")


def _sentence_words(text: str, p: Proposal) -> tuple[str, ...]:
    """The words of the sentence that holds `p`'s quote, folded to lower case."""
    start = max((m.end() for m in _STOP.finditer(text, 0, p.start)), default=0)
    stop = _STOP.search(text, p.end)
    return tuple(
        w.casefold() for w in _WORD.findall(text, start, stop.start() if stop else len(text))
    )


def merged(proposals: list[Proposal], text: str) -> list[Proposal]:
    """`proposals` (in document order) with each restatement folded into one entry — the first
    statement, or the body's for a title's — which gets a check naming the lines (1-based) of
    the others. Linear in the number of proposals but for those of one figure, compared with
    each other."""
    title_end = _title_end(text)
    out: list[Proposal] = []
    others: dict[int, list[Proposal]] = {}
    said: dict[tuple[object, ...], list[tuple[int, tuple[str, ...], tuple[str, ...]]]] = {}
    titles: list[int] = []  # the entries of `out` stated in the title, not yet met in the body
    for p in proposals:
        words = tuple(w.casefold() for w in _WORD.findall(p.quote))
        sentence = _sentence_words(text, p)
        same = said.setdefault(_figure(p), [])
        i = next(
            (
                i
                for i, w, sw in same
                if text.find("\n", out[i].end, p.start) != -1 and (w == words or sw == sentence)
            ),
            None,
        )
        if i is not None:  # said again in the same words, in another line
            others.setdefault(i, []).append(p)
            continue
        t = next((t for t in titles if p.start >= title_end and _title_restates(out[t], p)), None)
        if t is not None:  # the body's statement replaces the title's
            titles.remove(t)
            others.setdefault(t, []).append(out[t])
            out[t] = p
            same.append((t, words, sentence))
            continue
        same.append((len(out), words, sentence))
        if p.start < title_end and words:
            titles.append(len(out))
        out.append(p)
    for i, more in others.items():
        lines = sorted(text.count("\n", 0, p.start) + 1 for p in more)
        note = Msg("extract.check.restated", lines=", ".join(str(n) for n in lines))
        out[i] = replace(out[i], checks=(*out[i].checks, note))
    return out
