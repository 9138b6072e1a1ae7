"""Target or result: what the wording says a figure is.

A plan states targets (`phấn đấu`, `mục tiêu`, `chỉ tiêu`, `sẽ`, `dự kiến`, `cần`, `đến năm`,
`trước năm`, `tối thiểu`); a report states results (`đã`, `hiện có`, `đến nay`, `tính đến`,
`so với cùng kỳ`, `vừa qua`). `score` weighs both in a piece of text: a strong word counts 2,
a weaker one 1; the larger side wins, and a tie leaves the piece to the sentence, the intro or
the paragraph that governs it. A sentence that opens with a verb and no subject (`Đưa 38 sản
phẩm …`, `Hoàn thành …`) is a plan's task. A recommendation (`đề nghị`, `kiến nghị`, `nên`,
`cần` after a speaker) is a target of kind `recommendation`.
"""

from __future__ import annotations

import functools
import re

_TARGET_STRONG = (
    r"phấn đấu|đặt mục tiêu|đặt ra|mục tiêu (?:cụ thể|chung|tổng quát|tổng thể|đến|là|của)|"
    r"chỉ tiêu (?:cụ thể|chủ yếu|đến|là)|sẽ|dự kiến|định hướng|tầm nhìn|cam kết|quyết tâm|"
    r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s*)?(?:19|20)\d\d|trước năm|chậm nhất|thời gian tới|sắp tới|tới đây|cần|nên|phải|"
    r"đề nghị|kiến nghị|đề xuất|yêu cầu|tối thiểu|ít nhất|không quá|không dưới|không thấp hơn|"
    r"trở lên|hướng tới|hướng đến|bảo đảm|đảm bảo|để đạt|phổ cập|giai đoạn \d{4}"
)
_TARGET_WEAK = (
    r"mục tiêu|chỉ tiêu|kế hoạch|đề án|chương trình|nhiệm vụ|đề ra|nhằm|nâng|đưa|hoàn thành|hoàn thiện|"
    r"hằng năm|hàng năm|mỗi năm|vào năm"
)
_RESULT_STRONG = (
    r"(?:đạt|vượt|hoàn thành|chưa đạt|không đạt|thấp hơn|cao hơn|so với)(?:\s+\S+){0,2}\s+"
    r"(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+\S+)?(?:\s+đề ra)?|tình hình|thực trạng|"
    r"so với kế hoạch|đã|hiện có|hiện nay|hiện tại|hiện đang|đến nay|tới nay|tính đến|tính tới|"
    r"tính từ|lũy kế|luỹ kế|so với cùng kỳ|vừa qua|năm qua|kết quả|được vinh danh|vẫn còn|"
    r"hiện còn|còn khoảng|còn hơn|còn trên|còn tới|trong đó có|xếp thứ|xếp hạng thứ|đứng thứ|"
    r"tăng so với|giảm so với|chiếm tỷ lệ|tăng \d+ bậc|giảm \d+ bậc"
)
_RESULT_WEAK = r"đang"

_T2 = re.compile(rf"(?<!\w)(?<!không )(?<!chỉ )(?:{_TARGET_STRONG})(?!\w)", re.IGNORECASE)
_T1 = re.compile(rf"(?<!\w)(?:{_TARGET_WEAK})(?!\w)", re.IGNORECASE)
_R2 = re.compile(rf"(?<!\w)(?:{_RESULT_STRONG})(?!\w)", re.IGNORECASE)
_R1 = re.compile(rf"(?<!\w)(?:{_RESULT_WEAK})(?!\w)", re.IGNORECASE)
_NOT_PAST = re.compile(
    r"(?<!\w)(?:đã được chứng nhận|đã đề ra|đã đặt ra|đã xác định|đã đặt mục tiêu|đã ban hành)(?!\w)",
    re.I,
)

_TASK_VERBS = (
    r"Đưa|Hoàn thành|Hoàn thiện|Phát triển|Xây dựng|Triển khai|Thực hiện|Tổ chức|Nâng cao|"
    r"Nâng|Tăng|Tăng cường|Đẩy mạnh|Hỗ trợ|Đào tạo|Bồi dưỡng|Phổ cập|Cung cấp|Số hóa|Số hoá|"
    r"Kết nối|Hình thành|Vận hành|Thu hút|Giảm|Bảo đảm|Đảm bảo|Phấn đấu|Duy trì|Giữ vững|"
    r"Ban hành|Thành lập|Rà soát|Chuẩn hóa|Tích hợp|Ứng dụng|Gắn|Phủ sóng|Cấp|Lắp đặt|Đạt"
)
_TASK = re.compile(rf"^(?:[-–•+*]\s*|[a-zđ0-9]{{1,3}}[.)]\s*)?(?:{_TASK_VERBS})(?!\w)")
_RECOMMEND = re.compile(
    r"(?<!\w)(?:đề nghị|kiến nghị|khuyến nghị|đề xuất|nên|cho rằng[^.;]{0,80}?cần|gợi ý)(?!\w)",
    re.IGNORECASE,
)
_NATIONAL = re.compile(
    r"(?<!\w)(?:(?<!đầu )cả nước|toàn quốc|quốc gia|Chính phủ|Thủ tướng|Quyết định 749|"
    r"Chương trình chuyển đổi số quốc gia|Nghị quyết 57|Bộ Chính trị)(?!\w)"
)


_TITLE = re.compile(
    r"(?:Nghị quyết|Chỉ thị|Quyết định|Kế hoạch|Thông tư|Nghị định|Công văn|Chương trình|Đề án)"
    r"(?:\s+số)?\s+[\w/.-]*\d[\w/.-]*(?:\s+ngày\s+[\d/]+)?(?:\s+của\s+[^,;.]{1,60}?(?=\s+về\s|[,;.]|$))?"
    r"(?:\s+về\s+[^,;.]{1,120}?(?=[,;.]|$|\s+(?:giai đoạn|định hướng|tầm nhìn|đến năm|tới năm)))?"
    r"(?:\s+(?:giai đoạn\s+)?(?:(?:đến|tới)\s+)?(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?)?"
    r"(?:(?:,|\s+và)\s*(?:định hướng|tầm nhìn)\s+(?:đến|tới)\s+(?:năm\s+)?\d{4})*"
)
_AGE = re.compile(r"(?:từ|trên|dưới)\s+\d+\s+tuổi(?:\s+trở\s+(?:lên|xuống))?", re.IGNORECASE)
_FOREIGN = re.compile(
    r"(?:^|,\s*)(?:Bộ (?!trưởng)[\wĐ&]+(?: [\wĐ&]+){0,5} (?:sẽ|cam kết)|"
    r"(?:các )?(?:doanh nghiệp, )?đơn vị (?:trực )?thuộc Bộ)|"
    r"(?<!\w)(?:đề nghị|kiến nghị|đề xuất|xin)\s+(?:Bộ|Chính phủ|Thủ tướng|Trung ương|Quốc hội)"
    r"(?!\s*trưởng)",
    re.IGNORECASE,
)


def masked(text: str) -> str:
    """`text` with the titles of issued documents blanked (`Chỉ thị số 07 về … đến năm 2025`:
    a title's words and years say nothing about the sentence), offsets kept."""
    text = _AGE.sub(lambda m: " " * len(m.group()), text)
    return _TITLE.sub(lambda m: " " * len(m.group()), text)


@functools.lru_cache(maxsize=4096)
def foreign(text: str) -> bool:
    """Whether the actor is the ministry or its units (`Bộ TTTT sẽ ban hành …`), not the
    province."""
    return _FOREIGN.search(text) is not None


def score(text: str) -> tuple[int, int]:
    """(target score, result score) of a piece of text: each phrase counted once, the longer
    reading first (`vượt chỉ tiêu` is a result, not the word `chỉ tiêu`)."""
    cleaned = _NOT_PAST.sub(" ", masked(text))
    counts = []
    for pattern in (_R2, _T2, _T1, _R1):
        counts.append(len(pattern.findall(cleaned)))
        cleaned = pattern.sub(lambda m: " " * len(m.group()), cleaned)
    result2, target2, target1, result1 = counts
    return 2 * target2 + target1, 2 * result2 + result1


@functools.lru_cache(maxsize=8192)
def decided(text: str) -> bool | None:
    """True when `text` reads as a target, False as a result, None when it does not say."""
    target, result = score(text)
    if is_task(text):
        target += 2
    if target == result:
        return None
    return target > result


def is_task(text: str) -> bool:
    """A sentence opening with a verb, as a plan lists its tasks (`Đưa 38 sản phẩm …`)."""
    return _TASK.match(text.lstrip()) is not None


@functools.lru_cache(maxsize=4096)
def recommendation(text: str) -> str | None:
    """The words that make a statement a recommendation (`đề nghị`, `nên`), or None."""
    m = _RECOMMEND.search(text)
    return m.group() if m else None


@functools.lru_cache(maxsize=4096)
def national(text: str) -> str | None:
    """The words that say a target may be the nation's, quoted before the province's own."""
    m = _NATIONAL.search(text)
    return m.group() if m else None
