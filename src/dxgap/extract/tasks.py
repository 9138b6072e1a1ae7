"""Targets without a figure: a thing to finish by a deadline (a yes/no target, `Hoàn thành …
trước năm 2026`) and, with `--qualitative`, a task as a plan writes one."""

from __future__ import annotations

import re

from dxgap.extract import wording
from dxgap.extract.indicators import Match, choose
from dxgap.extract.numbers import Quantity
from dxgap.extract.proposal import Proposal
from dxgap.extract.segment import Span
from dxgap.text import Msg

_DONE = re.compile(
    r"(?:^|,\s*)(?:(?:[^\W\d]+\s+){0,3}?(?:sẽ|phải|cần|được|dự kiến|phấn đấu|tập trung)\s+"
    r"(?:(?:trong|đến|trước|vào)\s+(?:năm\s+)?\d{4}\s*,?\s*)?|"
    r"(?:[^\W\d]+\s+){0,6}?(?:yêu cầu|giao|chỉ đạo)\s+(?:[^\W\d]+,?\s+){0,8}?)?"
    r"(?:cơ bản\s+)?(?:hình thành|hoàn thành|hoàn thiện|đưa vào (?:vận hành|sử dụng|hoạt động)|"
    r"ban hành|thành lập|xây dựng xong|triển khai xong|đi vào hoạt động|vận hành)(?!\w)",
    re.IGNORECASE,
)
"""A thing to finish, opening a comma piece (`Hoàn thành …`, `Cơ bản hoàn thành …`, `tỉnh sẽ đưa vào vận hành …`,
`phấn đấu trong năm 2025 hoàn thành kết nối …`,
`Trước năm 2023, hình thành …`) or after a directive (`Ban Chỉ đạo yêu cầu các huyện còn lại
hoàn thành …`, `… yêu cầu các sở, ngành hoàn thành …`), not a state described (`chính quyền số vận hành thông suốt`)."""

_AGENCY_DONE = re.compile(
    r"^\s*(?:\d+\.\s+)?(?:Bộ|Sở|Ban|Văn phòng|Ngân hàng|Ủy ban|UBND|Kho bạc|Công an|Thuế)\s+"
    r"(?:[^\W\d]+,?\s+){0,7}?"
    r"(?:cơ bản\s+)?hoàn thành(?!\w)"
)
"""An agency given a thing to finish in a directive's list (`2. Bộ Công an hoàn thành đưa Nền tảng
định danh … vào vận hành … trong quý III/2026`): only `hoàn thành`, not `ban hành` (an agency
issuing a plan is news, `UBND tỉnh vừa ban hành kế hoạch …`)."""
FINISH = re.compile(r"(?<!\w)(?:hoàn thành|hoàn thiện|hình thành|đưa vào|thành lập)(?!\w)", re.I)
"""The verb of a thing to finish: a national actor before it asks for it (`Thông tư … của Bộ Y tế
yêu cầu các bệnh viện … hoàn thành …`), one after it is the frame it fits (`hoàn thiện thể chế …
phù hợp với … Chương trình … của Chính phủ`)."""

_DONE_PLAIN = re.compile(wording.bare(_DONE.pattern), re.IGNORECASE)
"""`_DONE` as a text typed without diacritics writes it (`hoan thanh`, `yeu cau … hoan thanh`)."""

_DO = re.compile(r"(?<!\w)(?:thực hiện|triển khai|làm)(?!\w)", re.IGNORECASE)

CAPTION = re.compile(
    r"^(?:Bí thư|Phó Bí thư|Bộ trưởng|Thứ trưởng|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|"
    r"Ông|Bà|Ảnh|Toàn cảnh|Toản cảnh|Quang cảnh|Lãnh đạo|Đại diện|Mô hình|Đồng chí)(?!\w)|Ảnh:"
)
"""A photo's caption or a speaker's line, no task (`Ông … phát biểu`, `Ảnh: …`)."""


_ITEM_MARK = re.compile(r"^\s*(?:(?:[a-zđ]|\d+(?:\.\d+)*|[IVX]+)[.)]|[-–•+*])\s+")


_ISSUING = re.compile(
    r"(?:Điều\s+1\.\s*)?(?:Ban hành|Phê duyệt)(?:\s+kèm theo)?\s+(?:Quyết định|Kế hoạch|"
    r"Chương trình|Đề án|Quy chế|Quy định|Danh mục)",
    re.IGNORECASE,
)
_DECISION = re.compile(r"\s*QUYẾT ĐỊNH\s*:?\s*$")


def issuing(text: str, start: int) -> bool:
    """Whether the clause at `start` is the decision issuing the plan itself, no task of it: the
    decision's title under `QUYẾT ĐỊNH` (`Ban hành Kế hoạch chuyển đổi số … năm 2026`) or its
    article (`Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …`)."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ISSUING.match(text, line_start):
        return False
    if re.match(r"[^\n]*?kèm theo\s+Quyết định này", text[line_start:], re.IGNORECASE):
        return True
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return _DECISION.match(text[above : max(above, line_start - 1)]) is not None


def done(words: str, before: bool) -> bool:
    """Whether a clause names a thing to finish: a verb of finishing (`_DONE`), or any doing
    (`thực hiện`, `triển khai`) when its deadline is `trước năm …` (`before`)."""
    words = _ITEM_MARK.sub("", words, count=1)  # "a) Hoàn thành …": the item's mark aside
    done = _DONE if wording.MARKED.search(words) else _DONE_PLAIN
    return bool(done.search(words) or _AGENCY_DONE.match(words) or (before and _DO.search(words)))


def task_like(words: str) -> bool:
    """Whether a clause can be a task: six words or more, not a caption (`Ông … phát biểu`),
    not a list of names (`Giáo dục, Y tế, Tài nguyên và Môi trường`)."""
    split = words.split()
    if len(split) < 6 or CAPTION.search(words):
        return False
    items = [i.strip() for i in re.split(r",|\svà\s", words) if i.strip()]
    if len(items) >= 3 and all(i[:1].isupper() for i in items):
        return False
    capitals = sum(1 for w in split if w[:1].isupper())
    return capitals <= 0.6 * len(split)


def yes_no(text: str, clause: Span, year: int, match: Match) -> Proposal:
    """The yes/no target a clause states: `value: true` by `year`, on the indicator `match`
    gives (or a new one)."""
    words = clause.of(text)
    anchor = Quantity(clause.start, clause.start, 1.0, "boolean")
    ind, score, name, new = choose(match, words, anchor, "boolean", text)
    closest = match.indicator.id if match.indicator is not None else "–"
    checks = (
        [Msg("extract.check.new_indicator", id=ind, name=name, score=score, closest=closest)]
        if new
        else []
    )
    return Proposal(
        words, clause.start, clause.end, True, None, "boolean", None, False, year, False,
        ind, score, name, new, checks=tuple(checks),
    )  # fmt: skip
