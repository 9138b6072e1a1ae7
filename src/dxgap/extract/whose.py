"""Whose a figure is, beyond the wording around it: a national target a province's text quotes
(`quoted_national`), a later clause going on with a sentence's results (`carried_result`), a
sentence about money (`money`: a budget's year frames no goals)."""

from __future__ import annotations

import re

from dxgap.extract import stance, wording
from dxgap.extract.numbers import Quantity, quantities
from dxgap.extract.segment import Span

OWN_PRODUCT = re.compile(r"\s*(?:của\s+(?:tỉnh|thành phố)\s+)?GRDP(?!\w)")
"""A share of GRDP is the province's own, whoever is named before it (`trong khi cả nước phấn
đấu … 20% GDP … thì mục tiêu của Hà Giang là 5% GRDP`)."""


def money(words: str) -> bool:
    """Whether a sentence states an amount of money (`35 tỷ đồng`, `2 triệu USD`)."""
    return any(q.unit in ("vnd_billion", "usd_million") for q in quantities(words))


def carried_result(text: str, piece: Span, sentence: Span) -> bool:
    """A later clause of a sentence of results, told a target only by a verb or a weak word,
    goes on with the sentence's results (`Toàn tỉnh đã cấp …; hoàn thành việc nhập dữ liệu hộ
    tịch … với 1.183.176 dữ liệu`), unless it names a target or gives a deadline of its own."""
    words = piece.of(text)
    return (
        piece.start > sentence.start
        and text.rfind(";", sentence.start, piece.start) != -1
        and not stance.explicit(words)
        and not any(r.kind in wording.DEADLINES for r in wording.years(words, 0, len(words)))
        and stance.decided(sentence.of(text)) is False
    )


def quoted_national(text: str, q: Quantity, sentence: Span, listed: bool) -> bool:
    """Whether a figure is a national target a province's text quotes: a national actor before
    it in its `sentence` (`stance.national`), or (`listed`) an item of a list under a national
    target's intro. A share
    of GRDP is the province's own, whoever is named before it, once the sentence turns to the
    province (`trong khi cả nước … 20% GDP … thì mục tiêu của Hà Giang là 5% GRDP`), not where
    the actor's own sentence says it (`Trong Đề án của Chính phủ, mục tiêu đặt ra là … gấp 25
    lần GRDP`)."""
    before = text[sentence.start : q.start]
    actor = stance.national(before)
    if actor is None:
        return listed
    if not OWN_PRODUCT.match(text, q.end):
        return True
    return _TURN.search(before, before.rfind(actor) + len(actor)) is None


_TURN = re.compile(r"(?<!\w)(?:thì|còn|riêng|của\s+[A-ZĐ])")
"""Words that turn a sentence from the nation to the province (`… thì mục tiêu của Hà Giang`)."""


_NATION_NAMED = re.compile(r"(?<!\w)(?:quốc gia|Trung ương|cả nước|toàn quốc)(?!\w)", re.IGNORECASE)
NATIONS_PRODUCT = re.compile(
    r"(?<!\w)(?:quốc gia|Trung ương|cả nước|toàn quốc)(?!\w)[^;.\n]*?\d+(?:[.,]\d+)?\s*%\s*"
    r"(?:của\s+)?GDP(?!\w)(?!\s+(?:của\s+)?(?:tỉnh|thành phố))",
    re.IGNORECASE,
)
"""A share of GDP after the nation is named: the nation's target the province contributes to
(`góp phần thực hiện mục tiêu quốc gia đưa kinh tế số đạt 30% GDP vào năm 2030`, `bám sát mục tiêu
của Trung ương …`), not the province's own, whatever carries it out."""


def nations_product(text: str, q: Quantity, sentence: Span) -> bool:
    """Whether a figure is a share of GDP that a sentence names the nation for (`NATIONS_PRODUCT`)."""
    if not stance.gdp(text[q.end : q.end + 12]) or OWN_PRODUCT.match(text, q.end):
        return False
    return _NATION_NAMED.search(text, sentence.start, q.start) is not None


def nations(text: str, q: Quantity, sentence: Span, listed: bool) -> bool:
    """Whether a figure of a province's text is the nation's: a national target quoted
    (`quoted_national`) or a share of GDP the sentence names the nation for (`nations_product`)."""
    return quoted_national(text, q, sentence, listed) or nations_product(text, q, sentence)
