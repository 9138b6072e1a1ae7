"""Figures in a target's sentence that are no target of their own: a part of a figure before
it, a comparison with a base outside a stated goal, an effect hoped for, a figure in brackets
that does not say it is a target; and the piece and the brackets a figure's words are read in
first."""

from __future__ import annotations

import re

from dxgap.extract import stance, wording
from dxgap.extract.numbers import Quantity
from dxgap.extract.segment import Span, pieces

_BREAKDOWN_ANY = re.compile(r"(?<!\w)(?:gồm|bao gồm|trong đó)(?!\w)", re.IGNORECASE)
_EFFECT = re.compile(
    r"(?<!\w)(?:để|nhằm|đem lại|mang lại|giúp|thí điểm|quy định)(?!\w)(?:\s+\S+){0,6}\s*$",
    re.IGNORECASE,
)
_PURPOSE = re.compile(r"(?<!\w)(?:để|nhằm|giúp)\s*$", re.IGNORECASE)
"""A share right after `để` is the subject of the purpose (`… để 100% cơ sở giáo dục … sử dụng học
bạ số từ năm học 2025–2026`): a target when its piece gives a year, else a hope (`thí điểm nền
tảng … để 100% hợp đồng lao động được ký số`)."""
_SO_VOI = re.compile(r"\s*(?:\S+\s+){0,2}so với", re.IGNORECASE)
_GOAL = re.compile(r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu|đến năm|tới năm)(?!\w)", re.IGNORECASE)


_WHO = re.compile(
    r"(?:^|[;:,]\s*|\s)(?:các|những|mọi|cấp|đơn vị|địa phương)\s[^;:()]{0,40}?\s(?:có|đạt)\s"
    r"[^,;:()]*$",
    re.IGNORECASE,
)
_MUST = re.compile(
    r"\s*(?:%|phần trăm)?\s*(?:[^\W\d]+\s+){0,3}?(?:phải|buộc phải|sẽ bị|bị|cần phải)\s",
    re.IGNORECASE,
)
"""A figure that says which units must act (`Các sở, ngành có chỉ số thành phần đạt thấp hơn 70%
phải xây dựng kế hoạch khắc phục`, `những xã có tỷ lệ … dưới 30% sẽ bị phê bình`, `cấp huyện
có tỷ lệ dưới 80% phải báo cáo nguyên nhân`): a condition,
no target."""

_PARTS = re.compile(
    r"\s*(?:mục tiêu|chỉ tiêu|nhiệm vụ|giải pháp|quan điểm|phương châm|trụ cột|khâu đột phá|đột phá chiến lược|"
    r"nhóm (?:mục tiêu|chỉ tiêu|"
    r"nhiệm vụ|giải pháp|đối tượng|ngành|lĩnh vực)|chỉ số (?:chính|thành phần))(?!\w)",
    re.IGNORECASE,
)
"""A count of a plan's own parts (`Kế hoạch … đặt ra 6 mục tiêu cụ thể`, `11 mục tiêu phát
triển XHS`, `2 nhóm nhiệm vụ`, `8 chỉ số chính`, `3 khâu đột phá`, `phổ cập kỹ năng số cho 4
nhóm đối tượng`, `5 nhóm ngành`): what the plan holds or whom it reaches, no target."""

_OF_PLAN = re.compile(r"\s*(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán)(?!\w)", re.IGNORECASE)
_EQUAL_TO = re.compile(r"(?<!\w)bằng\s*$", re.IGNORECASE)
"""`bằng 54% kế hoạch vốn`: how much of a plan was done, a result."""
_SIZE = re.compile(r"(?<!\w)có quy mô(?:\s+(?:từ|trên|dưới|khoảng))?\s*$", re.IGNORECASE)
"""A size that says what a counted thing is (`20 doanh nghiệp số có quy mô từ 500 – 1.000
người`), not a target of its own (`quy mô kinh tế số đạt 30% GRDP` is one)."""
_ONE_OF = re.compile(r"\s*trong\s+(?:số\s+)?\d{1,3}(?![\d,.%])")
_IS = re.compile(r"(?<!\w)(?:là|thuộc)\s*$")
"""`là 1 trong 3 nhiệm vụ trọng tâm`: what a thing is among others, no target (`có ít nhất 3
trong 5 huyện đạt chuẩn` is one)."""

NAMED = re.compile(
    r"(?<!vượt )(?<!\w)(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:(?:của\s+)?(?:năm\s+\d{4}|[Nn]ghị quyết|"
    r"[Đđ]ại hội|tỉnh|thành phố|đề án|chương trình)|(?:đến|tới|vào)\s+năm\s+\d{4}|là|đề ra|đặt ra|"
    r"đứng|xếp)){0,4}\s*$",
    re.IGNORECASE,
)
"""A figure the words before it name as a target's, with the target's year in its piece, even
where a result is told (`mới đạt 41,2%, chưa đạt chỉ tiêu 50% của năm 2024`: the 50% is the
target of 2024; `cao hơn chỉ tiêu Nghị quyết đề ra là 25% vào năm 2025`, `(mục tiêu đến năm 2025
đứng thứ 15)`: the document or year that set it may stand between; not `thấp hơn mục tiêu 60% đề
ra`, no year, nor `vượt kế hoạch 8%`, nor an item's number, `Chỉ tiêu 6 xếp hạng …`)."""
_FAMILY = {"percent": "percent", "percent_points": "percent", "places": "places", "times": "times"}
"""Units a change restates a level in (`đạt 50%, tăng 10 điểm phần trăm so với năm 2024`); a
count and the places gained are apart (`đạt trên 90 điểm, tăng ít nhất 2 bậc`)."""

_BESIDE_PLAN = re.compile(
    r"\s*\((?:mục tiêu|kế hoạch|chỉ tiêu|KH)(?:\s+(?:của\s+)?năm)?(?:\s+là)?\s*:?\s*\d",
    re.IGNORECASE,
)
_BESIDE_LATER_PLAN = re.compile(
    r"\s*\((?:mục tiêu|kế hoạch|chỉ tiêu)\s+(?:đến|tới)\s+(?:hết\s+)?năm\s+(?P<year>\d{4})",
    re.IGNORECASE,
)
"""The same with the target's deadline in the brackets (`đạt 41,2% (mục tiêu đến năm 2025 là
50%)`): where things stand when the figure's own words date it before that deadline."""
"""A figure with its target in brackets after it is where things stand (`Khối bộ, ngành đạt 63,47%
(mục tiêu 70%)`), as `mới đạt 30% (kế hoạch 40%)` is: a plan writes no target beside its own."""

_PIECE_END = re.compile(r"[,;]")
_FLOOR = re.compile(r"(?<!\w)(?:tối thiểu|ít nhất|không dưới|không ít hơn)\s*$", re.IGNORECASE)
"""A part with its own floor is a target of its own: `… 30 - 50 doanh nghiệp, trong đó Hà Nội đạt
tối thiểu 20 doanh nghiệp`."""
NEAR = 160
"""Characters around a figure in which the words that qualify it are looked for."""


def bracket(text: str, group: Span, q: Quantity) -> Span | None:
    """The brackets a figure stands in within its group, which speak for it first: `Năm 2023 đã
    đạt 100% (chỉ tiêu năm 2025 là 100%)`."""
    opened = text.rfind("(", group.start, q.start)
    if opened == -1 or text.find(")", opened, q.start) != -1:
        return None
    closed = text.find(")", q.end, group.end)
    return Span(opened + 1, closed if closed != -1 else group.end)


def piece(text: str, group: Span, q: Quantity) -> Span:
    """The comma piece of a group that holds the quantity."""
    return next((p for p in pieces(text, group) if p.start <= q.start < p.end), group)


def _share_of_plan(text: str, q: Quantity) -> bool:
    """A share of a plan done, a result: `giải ngân 45,3 tỷ đồng, bằng 54% kế hoạch vốn`."""
    return (
        q.unit == "percent"
        and _EQUAL_TO.search(text, max(0, q.start - 8), q.start) is not None
        and _OF_PLAN.match(text, q.end) is not None
    )


def _describes(text: str, q: Quantity, group: Span) -> bool:
    """A figure that says what something is, not what to reach: the plan's parts counted (`đặt
    ra 6 mục tiêu cụ thể`), one of several (`coi chuyển đổi số là 1 trong 3 nhiệm vụ`), the size
    of what is counted (`20 doanh nghiệp số có quy mô từ 500 – 1.000 người`)."""
    if q.unit == "count" and _PARTS.match(text, q.end):
        return True
    if q.unit == "count" and _ONE_OF.match(text, q.end):
        return _IS.search(text, max(0, q.start - 12), q.start) is not None
    return _SIZE.search(text, max(group.start, q.start - 30), q.start) is not None


_SUPPORT = re.compile(r"(?<!\w)(?:mức hỗ trợ|hỗ trợ|định mức)(?!\w)", re.IGNORECASE)
_PER = re.compile(r"\s*/\s*(?!năm|tháng|người/năm)[^\W\d_]")
"""An amount of aid per recipient (`hỗ trợ tối đa 50 triệu đồng/doanh nghiệp`), not per year
(`thu nhập 72 triệu đồng/người/năm` is an income to reach)."""


_BASELINE = re.compile(
    r"\s*(?:(?:năm\s+)?(?:19|20)\d\d\s*[:,]|(?:kết quả|ước|hiện|thực hiện)\s+(?:năm\s+)?(?:19|20)\d\d)",
    re.IGNORECASE,
)


def _baseline(text: str, group: Span, q: Quantity) -> bool:
    """A figure in brackets that open on a year and a colon, the year's result beside a target
    (`3.800 hộ … (năm 2026: 3.120 hộ)`, `đạt 85% (năm 2026: 72,5%)`)."""
    line = text.rfind("\n", 0, q.start) + 1
    opened = text.rfind("(", max(line, group.start - NEAR), q.start)
    if opened == -1 or text.find(")", opened, q.start) != -1:
        return False  # the brackets may cut the clause ("(năm 2026: …" ends one at its colon)
    return _BASELINE.match(text, opened + 1) is not None


def _condition(text: str, q: Quantity, first: Quantity | None) -> bool:
    """A figure naming who must act (`Các sở có chỉ số đạt thấp hơn 70% phải xây dựng …`), a norm
    of aid (`mức hỗ trợ tối đa 15 triệu đồng/chủ thể`), or a threshold of whom the figure before
    it counts (`100% hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên`), not a target."""
    near = max(text.rfind("\n", 0, q.start) + 1, q.start - NEAR)
    if _WHO.search(text, near, q.start) and _MUST.match(text, q.end):
        return True
    if (
        first is not None
        and _HAVING.search(text, first.end, q.start)
        and _AND_UP.match(text, q.end)
    ):
        return True
    if _INDEX_NORM.search(text, near, q.start):
        return True  # an index's weights and bands: "trọng số 15%", "Tốt (từ 800 điểm trở lên)"
    if q.unit == "percent" and (
        _AID_LEVEL.search(text, near, q.start)
        or (_AID_SHARE.search(text, near, q.start) and _COST.match(text, q.end))
    ):
        return True  # "Hỗ trợ 50% chi phí …", "mức hỗ trợ … được nâng lên 60%": a norm of aid
    return bool(_SUPPORT.search(text, near, q.start) and _PER.match(text, q.end))


_INDEX_NORM = re.compile(
    r"(?:(?<!\w)(?:trọng số|tổng điểm|thang điểm)(?:\s+tối đa)?|"
    r"(?<!\w)(?:Xuất sắc|Tốt|Khá|Trung bình|Yếu|Kém)\s*\(\s*(?:từ|dưới|trên)?)\s*$"
)
_AID_SHARE = re.compile(r"(?<!\w)hỗ trợ(?:\s+(?:tối đa|đến|tới))?\s*$", re.IGNORECASE)
_AID_LEVEL = re.compile(r"(?<!\w)mức hỗ trợ(?!\w)[^;.]*$", re.IGNORECASE)
_COST = re.compile(r"\s*(?:chi phí|học phí|kinh phí|lãi suất|giá|phí)(?!\w)", re.IGNORECASE)


_HAVING = re.compile(r"(?<!\w)có\s+[^\W\d][^,;\d]{0,40}?\stừ\s*$", re.IGNORECASE)
_AND_UP = re.compile(r"[^,;.\d]{0,20}?trở lên(?!\w)")


def aside(
    text: str, q: Quantity, group: Span, first: Quantity | None, framed: bool = False
) -> bool:
    """A figure that is no target of its own: a condition naming who must act, a part of a
    figure before it (`333 tỷ đồng cho
    11 dự án, trong đó 1 dự án …`), a comparison (`5,52% so với …`) outside a stated goal (its
    words, or `framed`: a section of targets with a deadline, `2. Đến năm 2030` / `a) Doanh thu
    … gấp 2,5 lần so với năm 2025`, when no figure before it in its clause, in its unit, is the
    target it restates: `đạt 85%, tăng 15% so với năm 2024`; `đạt trên 90 điểm, tăng ít nhất 2
    bậc so với năm 2024` are two), a figure in brackets that does not say it is a target."""
    if _describes(text, q, group):
        return True
    if _condition(text, q, first) or _baseline(text, group, q):
        return True
    if q.unit == "times" and first is not None:
        return True  # "30 hợp tác xã …, gấp 3 lần năm 2024": the figure before it, compared
    if _BESIDE_PLAN.match(text, q.end) or _share_of_plan(text, q):
        return True  # "Khối bộ, ngành đạt 63,47% (mục tiêu 70%)": a result beside its target
    later = _BESIDE_LATER_PLAN.match(text, q.end)
    if later and any(
        r.kind in ("in", "past") and r.year < int(later["year"])
        for r in wording.years(text, max(group.start, q.start - NEAR), q.start)
    ):
        return True  # "Năm 2024 … đạt 41,2% (mục tiêu đến năm 2025 là 50%)"
    parts = ("count", "people", "vnd_billion", "usd_million")
    if (
        first is not None
        and q.unit in parts
        and _BREAKDOWN_ANY.search(text, max(first.end, q.start - NEAR), q.start)
        and not _FLOOR.search(text, max(first.end, q.start - 24), q.start)
    ):
        return True  # "333 tỷ đồng cho 11 dự án, trong đó 1 dự án …" (not "… đạt tối thiểu 20")
    goal = (
        _GOAL.search(text, max(group.start, q.start - NEAR), min(group.end, q.end + NEAR))
        is not None
    )
    alone = first is None or _FAMILY.get(first.unit) != _FAMILY.get(q.unit)
    if _SO_VOI.match(text, q.end) and not goal and not (framed and alone):
        return True
    own = piece(text, group, q)
    if not goal and _EFFECT.search(text, max(own.start, q.start - NEAR), q.start):
        dated = _PURPOSE.search(text, max(own.start, q.start - 8), q.start) and any(
            r.kind in ("in", "by", "period", "from") for r in wording.years(text, q.end, own.end)
        )
        if not dated:
            return True  # "để giảm ít nhất 50% chi phí", "đem lại … 5-25%": an effect hoped for
    opened = text.rfind("(", group.start, q.start)
    if opened != -1 and text.find(")", opened, q.start) == -1:
        closed = text.find(")", q.end)
        end = closed if closed != -1 else q.end
        if NAMED.search(text, max(opened + 1, q.start - 40), q.start):
            return False  # "(mục tiêu đến năm 2025 đứng thứ 15)": named a target's figure
        # its own piece speaks first: "(mục tiêu 100% thôn phủ sóng, hiện còn 53 thôn …)"
        cut = _PIECE_END.search(text, q.end, end)
        said = stance.decided(text[opened + 1 : cut.start()]) if cut else None
        return (said if said is not None else stance.decided(text[opened + 1 : end])) is not True
    return False


def past_year(text: str, lo: int, ref: wording.YearRef) -> bool:
    """A year in a clause in the past (`38 sản phẩm đã được chứng nhận trong năm 2021`) dates
    the things counted, not the target; `đã đặt mục tiêu đến năm 2025` keeps its year."""
    window = stance.DESCRIBED.sub(
        lambda m: " " * len(m[0]), text[max(lo, ref.start - 60) : ref.start]
    )
    found = list(re.finditer(r"(?<!\w)đã(?!\w)", window))  # not "… mức độ 2 đã kích hoạt"
    if found and stance.decided(window[found[-1].end() :]) is not True:
        return True
    done = _DONE_AFTER.match(text, ref.end) if ref.kind == "in" else None
    return done is not None and stance.decided(text[done.end() : done.end() + 40]) is not True


_DONE_AFTER = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,3}?\s+đã(?!\w)|\s*đã(?!\w)")
"""A plain year that a past verb follows in its own words (`năm 2025 tỉnh đã chi 57 tỷ đồng`,
`năm 2025 đã thực hiện 98 tỷ đồng`): the year of what was done."""


def dated_line(text: str, year: int) -> str:
    """The line at the document's head that dates it in `year` (`Vĩnh Long, ngày 25 tháng 11 năm
    2024`), for the note of a year taken from it."""
    at = text.find(str(year), 0, 800)
    if at < 0:
        return str(year)
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end != -1 else len(text)].strip()
