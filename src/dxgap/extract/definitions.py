"""A sentence that says what a thing is or requires: a definition, no target.

Plans and reports define their terms (`Dịch vụ công trực tuyến toàn trình yêu cầu toàn bộ các
bước, từ nộp hồ sơ đến nhận kết quả, đều được thực hiện trực tuyến`; `… là dịch vụ bảo đảm cung
cấp toàn bộ thông tin …`; `Chuyển đổi số toàn diện được hiểu là …`; `Dữ liệu mở bao gồm tất cả
…`): the whole they name (`toàn bộ`, `tất cả`, `100%`) is part of the meaning, not a figure to
reach. Vietnamese defines so:

- a verb that only defines, whoever the subject: `được hiểu là`, `được định nghĩa là`, `có nghĩa
  là`, `nghĩa là`, `tức là`; and `là` before a kind of thing (`là dịch vụ`, `là việc`, `là quá
  trình`, `là các xã có …`), not before a figure (`tỷ lệ … là 90%` states one);
- a verb of content or need, `yêu cầu`, `đòi hỏi`, `bao gồm`, `gồm`, when its subject is a thing,
  not someone who can require (a ministry, a committee, an official, a province, a document:
  `Bộ Nội vụ yêu cầu các sở … hoàn thành 100% …`, `Kế hoạch yêu cầu …` state targets), not a
  task (`Triển khai các nền tảng số gồm 100% xã`) and not missing (`Yêu cầu 100% các sở …` is a
  directive); `bao gồm`, `gồm` only before a whole in words (`tất cả`, `toàn bộ`), not before a
  figure in digits nor in a list's item, where they give a goal's reach.

A definition has no deadline and no words of a goal (`Đến năm 2025, …`, `mục tiêu`, `phấn đấu`,
`sẽ`): a sentence with one states a target, however it is worded.
"""

from __future__ import annotations

import functools
import re

from dxgap.extract import stance
from dxgap.extract.numbers import quantities

_ONLY_DEFINES = re.compile(
    r"(?<!\w)(?:được hiểu là|được định nghĩa là|có nghĩa là|nghĩa là|tức là|"
    r"là (?:một )?(?:dịch vụ|việc|quá trình|hình thức|phương thức|hệ thống|mô hình|nền tảng|"
    r"hoạt động|sự|cách thức|loại|tập hợp|trường hợp|giải pháp|công cụ|khả năng|mức độ|"
    r"thủ tục|những|các|doanh nghiệp có|hợp tác xã có|tổ chức có|hộ có))(?!\w)",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"(?<!\w)(?:yêu cầu|đòi hỏi|(?P<scope>bao gồm|gồm))(?!\w)", re.IGNORECASE)
_ACTOR = re.compile(
    r"(?<!\w)(?:(?-i:Bộ|Sở|Ban|Vụ|Cục|Tổng cục|Đoàn|Điều|Khoản|Luật)|Chính phủ|Thủ tướng|"
    r"Trung ương|Quốc hội|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|"
    r"Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|BCĐ|Văn phòng|Chủ tịch|Giám đốc|Bí thư|Bộ trưởng|"
    r"Thứ trưởng|lãnh đạo|đồng chí|ông|bà|tôi|chúng tôi|tỉnh|thành phố|huyện|xã|phường|"
    r"địa phương|cơ quan|đơn vị|ngành|hội nghị|cuộc họp|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|"
    r"Thông tư|Nghị định|Công văn|Văn bản|Kết luận|Thông báo|Đề án|Chương trình|Chiến lược|"
    r"Quy định|Quy chế|Hướng dẫn)(?!\w)",
    re.IGNORECASE,
)
"""Someone who can require (a ministry, a committee, an official, a province, a unit) or a
document that does; `Bộ`, `Sở`, `Ban` … with their capital (`toàn bộ`, `cơ sở`, `ban hành` are
other words)."""
_NAME = re.compile(r"(?<=\s)(?:[A-ZĐ][a-zà-ỹđ]+|[A-ZĐ]{2,})(?!\w)")
"""A name in the subject (`Đà Nẵng`, `Bộ TTTT`): someone who can require, not a thing defined; a
defined term opens with its only capital (`Dịch vụ công trực tuyến toàn trình`)."""
_GOAL = re.compile(
    r"(?<![\w/.-])(?:19|20)\d\d(?![\w/-])|(?<!\w)(?:mục tiêu|chỉ tiêu|phấn đấu|sẽ|kế hoạch|"
    r"nhiệm vụ|đặt ra|cam kết|quyết tâm|dự kiến)(?!\w)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def defining(sentence: str, listed: bool = False) -> int | None:
    """Where the definition's words begin in `sentence` (the end of its defining verb): the
    figures after it are part of a meaning; None when the sentence defines nothing. `listed`:
    the sentence is an item of a list, where `bao gồm` states a goal's reach (`Mục tiêu …:` /
    `- Hạ tầng số bao gồm toàn bộ các xã …`), not a meaning."""
    if _GOAL.search(sentence):
        return None
    only = _ONLY_DEFINES.search(sentence)
    if only is not None and _subject(sentence, only.start(), True) is not None:
        return only.end()
    for m in _CONTENT.finditer(sentence):
        subject = _subject(sentence, m.start())
        if subject is None or _ACTOR.search(subject) or _NAME.search(subject):
            continue
        if m["scope"] and (listed or re.search(r"\d", sentence[m.end() :])):
            continue  # "Hạ tầng số bao gồm 100% thôn có sóng 4G": a goal's reach
        if not stance.is_task(subject):  # "Triển khai các nền tảng gồm …" is a task, no term
            return m.end()
    return None


def _subject(sentence: str, at: int, term_before_comma: bool = False) -> str | None:
    """The words before the verb at `at`, from the last `,`, `;` or `:` (a lead `Theo Nghị định
    42/2022/NĐ-CP,` is no part of the subject); None when there are none, or a figure is among
    them (`Tỷ lệ 90% hồ sơ gồm …` is no term; `mức độ 4` is no figure). `term_before_comma`: a
    verb that only defines may follow its term after a comma (`Hồ sơ điện tử, tức là …`); a verb of
    need there has no subject (`Tại hội nghị, yêu cầu 100% các sở …` is a directive)."""
    head = sentence[:at]
    if term_before_comma:
        head = head.rstrip(" ,")  # "Hồ sơ điện tử, tức là …": the term before the comma
    cut = max(head.rfind(c) for c in ",;:")
    subject = head[cut + 1 :].strip(" -–•+*\t")
    if not subject or quantities(subject):
        return None
    return subject
