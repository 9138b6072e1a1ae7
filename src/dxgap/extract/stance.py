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
import unicodedata

from dxgap.extract import wording
from dxgap.extract.spelled import SPELLED

_TARGET_STRONG = (
    r"phấn đấu|phấn dấu|phần đấu|đặt mục tiêu|đặt ra|mục tiêu (?:cụ thể|chung|tổng quát|tổng thể|đến|là|của)|"
    r"chỉ tiêu (?:cụ thể|chủ yếu|đến|là)|sẽ|dự kiến|định hướng|tầm nhìn|cam kết|quyết tâm|"
    r"thời gian tới|sắp tới|tới đây|cần|nên|phải|"
    r"đề nghị|kiến nghị|đề xuất|yêu cầu|tối thiểu|ít nhất|không quá|không dưới|không thấp hơn|"
    r"trở lên|hướng tới|hướng đến|bảo đảm|đảm bảo|để đạt|phổ cập"
)
_FRAME = (
    r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s*)?(?:19|20)\d\d|trước năm|chậm nhất|giai đoạn \d{4}"
)
"""A deadline's frame (`đến hết năm 2024`, `giai đoạn 2021`): a plan's wording, but a report
writes it too (`Đến hết năm 2024 đã có 95% …`), so it counts as much as a target word only
when no word of a result is near."""
_TARGET_WEAK = (
    r"mục tiêu|chỉ tiêu|kế hoạch|đề án|chương trình|nhiệm vụ|đề ra|nhằm|nâng|đưa|hoàn thành|hoàn thiện|"
    r"xác định|"
    r"hằng năm|hàng năm|mỗi năm|vào năm|phương hướng"
)
_RESULT_STRONG = (
    r"(?:đạt|vượt|hoàn thành|chưa đạt|không đạt|thấp hơn|cao hơn|so với)(?:\s+\S+){0,2}\s+"
    r"(?:chỉ tiêu|kế hoạch|mục tiêu)(?:\s+\S+)?(?:\s+đề ra)?|tình hình|thực trạng|"
    r"so với kế hoạch|đã|hiện có|hiện nay|hiện tại|hiện đang|hiện đạt|hiện chiếm|hiện ở mức|"
    r"đến nay|tới nay|tính đến|tính tới|tham dự|(?:tặng|trao) (?:bằng|giấy) khen|khen thưởng|"
    r"hiện (?:toàn tỉnh|cả tỉnh|toàn thành phố|trên địa bàn)|"
    r"tính từ|lũy kế|luỹ kế|được thành lập từ|trên cơ sở (?:sáp )?nhập|so với cùng kỳ|vừa qua|năm qua|được vinh danh|vẫn còn|ước đạt|"
    r"ước thực hiện|ước tính đạt|"
    r"(?<!trả )(?<!nhận )kết quả(?! (?:giải quyết|xử lý|thủ tục|tra cứu|khám|xét nghiệm|học tập|đầu ra|số hóa|số hoá))|"
    r"chưa đạt|(?<!thành lập )(?<!đăng ký )(?<!cấp )mới đạt|(?<!chứng )chỉ đạt|dẫn đầu với|"
    r"hiện còn|còn khoảng|còn hơn|còn trên|còn tới|(?<!không )còn phải|trong đó có(?=\s+(?:(?:trên|hơn|gần|khoảng)\s+)?\d)|"
    r"xếp thứ|xếp hạng thứ|đứng thứ|"
    rf"tăng so với|giảm so với|chiếm tỷ lệ|(?:tăng|giảm) (?:\d+|{SPELLED}) bậc"
)
_RESULT_WEAK = r"đang|đạt được|mới có|thực hiện đạt|thực hiện được|tồn tại|hạn chế"

_T2 = re.compile(rf"(?<!\w)(?<!không )(?<!chỉ )(?:{_TARGET_STRONG})(?!\w)", re.IGNORECASE)
_TF = re.compile(rf"(?<!\w)(?:{_FRAME})(?!\w)", re.IGNORECASE)
_T1 = re.compile(rf"(?<!\w)(?:{_TARGET_WEAK})(?!\w)", re.IGNORECASE)
_R2 = re.compile(rf"(?<!\w)(?:{_RESULT_STRONG})(?!\w)", re.IGNORECASE)
_R1 = re.compile(rf"(?<!\w)(?:{_RESULT_WEAK})(?!\w)", re.IGNORECASE)


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its Vietnamese letters written without diacritics (`chỉ tiêu` →
    `chi tieu`), for a text typed so."""
    bare = unicodedata.normalize("NFD", pattern.pattern.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in bare if not unicodedata.combining(c))
    # words that, without their marks, are other words: nên/nền, cần/cán, đang/đăng
    plain = re.sub(r"(?<=[|:])(?:nen|can|dang)(?=[|)])", "(?!x)x", plain)
    return re.compile(plain, pattern.flags)


_PLAIN = tuple(_plain(p) for p in (_R2, _T2, _TF, _T1, _R1))

_LOWER = tuple(re.compile(p.pattern) for p in (_R2, _T2, _TF, _T1, _R1))
_LOWER_PLAIN = tuple(re.compile(p.pattern) for p in _PLAIN)
_LOWER_ACCENTED = re.compile(wording.MARKED.pattern)
"""The patterns without IGNORECASE, for text in lower case (their words are): Python's `re`
matches a case-blind alternation of Unicode words several times slower, and `score` runs on
every sentence, clause and group."""

DESCRIBED = re.compile(
    r"(?<!\w)(?:(?:thông tin|giấy tờ|dữ liệu)\s+đã\s+(?:có|được cung cấp)|đã có trong|"
    r"mức(?: độ)? 2 đã kích hoạt(?!\s+cho)|đang hoạt động|đang lưu trữ)(?!\w)",
    re.I,
)
"""Words with `đã` that describe what is counted, not something done: a relative clause on papers
(`không phải nộp lại thông tin, giấy tờ đã có trong cơ sở dữ liệu`), an account's kind
(`tài khoản định danh điện tử mức độ 2 đã kích hoạt`, `doanh nghiệp đang hoạt động`)."""
NOT_PAST = re.compile(
    r"(?<!\w)(?:đã được chứng nhận|đã đề ra|đã đặt ra|đã xác định|đã đặt mục tiêu|đã ban hành)"
    rf"(?!\w)|{DESCRIBED.pattern}",
    re.I,
)
"""Words with `đã` that tell no result: a plan's own deeds (`đã đề ra`) and `DESCRIBED`."""

_NOW_OPENING = re.compile(
    r"^\W*(?:(?:tính\s+)?(?:đến|tới)\s+nay|hiện nay|hiện tại|"
    r"(?:đến|tới)\s+thời điểm\s+(?:này|hiện tại))(?!\w)",
    re.IGNORECASE,
)
"""A sentence or clause that opens by saying it tells where things stand (`Đến nay, 100% sở …
đã ban hành kế hoạch …`): its word of a result counts twice, over the nouns of the plans it
names."""

_EXISTS = re.compile(
    r"\W*(?:Trên địa bàn|Toàn)\s+(?:tỉnh|thành phố|huyện|thị xã|xã|phường)\s+(?:hiện\s+)?có\s+\d",
    re.IGNORECASE,
)


def exists(sentence: str) -> bool:
    """Whether a sentence of prose tells what exists (`Trên địa bàn tỉnh có 3 doanh nghiệp viễn
    thông chính`, `Toàn tỉnh có 120 hợp tác xã …`) and says nothing of a target: a plan writes
    the same words with a deadline or a word of a goal (`Đến năm 2025, toàn tỉnh có 50 …`)."""
    return _EXISTS.match(sentence) is not None and decided(sentence) is not True


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


_TITLE = re.compile(
    r"(?:Nghị quyết|Chỉ thị|Quyết định|Kế hoạch|Thông tư|Nghị định|Công văn|Chương trình|Đề án)"
    r"(?:\s+số)?\s+[\w/.-]*\d[\w/.-]*(?:\s+ngày\s+[\d/]+)?(?:\s+của\s+[^,;.]{1,60}?(?=\s+về\s|[,;.]|$))?"
    r"(?:\s+về\s+[^,;.]{1,120}?(?=[,;.]|$|\s+(?:giai đoạn|định hướng|tầm nhìn|đến năm|tới năm)))?"
    r"(?:\s+(?:giai đoạn\s+)?(?:(?:đến|tới)\s+)?(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?)?"
    r"(?:(?:,|\s+và)\s*(?:định hướng|tầm nhìn)\s+(?:đến|tới)\s+(?:năm\s+)?\d{4})*"
)
_QUOTED_TITLE = re.compile(
    r"[“\"](?:Chương trình|Chiến lược|Đề án|Kế hoạch|Quy hoạch|Nghị quyết|Chỉ thị|Dự án|Phong trào)"
    r"[^”\"\n]{0,240}[”\"]"
)
"""The quoted name of a document (`phê duyệt “Chương trình Chuyển đổi số quốc gia đến năm 2025,
định hướng đến năm 2030”`): its years are the document's, not the sentence's."""
_AGE = re.compile(
    r"(?:từ|trên|dưới|tu|tren|duoi)\s+(?:đủ\s+|du\s+)?\d+\s+(?:tuổi|tuoi)"
    r"(?:\s+(?:trở|tro)\s+(?:lên|xuống|len|xuong))?",
    re.IGNORECASE,
)
_FOREIGN = re.compile(
    r"^\W*(?:Về phía|Phía)\s+(?:doanh nghiệp|công ty|tập đoàn|nhà mạng|đối tác)(?!\w)|"
    r"(?:^|,\s*)(?:Bộ (?!trưởng)[\wĐ&]+(?: [\wĐ&]+){0,5} (?:sẽ|cam kết)|"
    r"(?:các )?(?:doanh nghiệp, )?đơn vị (?:trực )?thuộc Bộ)|"
    r"(?<!\w)(?:đề nghị|kiến nghị|đề xuất|xin)\s+(?:Bộ|Chính phủ|Thủ tướng|Trung ương|Quốc hội|"
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân) tỉnh|Tỉnh ủy|Tỉnh uỷ)"
    r"(?!\s*trưởng)",
    re.IGNORECASE,
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def masked(text: str) -> str:
    """`text` with the titles of issued documents blanked (`Chỉ thị số 07 về … đến năm 2025`,
    a quoted `“Chương trình … đến năm 2025, định hướng đến năm 2030”`: a title's words and years
    say nothing about the sentence), offsets kept."""
    low = text.lower()
    if "tuổi" in low or "tuoi" in low:  # no scan of a text that names no age
        text = _AGE.sub(_blank, text)
    if "“" in text or '"' in text:
        text = _QUOTED_TITLE.sub(_blank, text)
    return _TITLE.sub(_blank, text)


@functools.lru_cache(maxsize=4096)
def foreign(text: str) -> bool:
    """Whether the actor is the ministry or its units (`Bộ TTTT sẽ ban hành …`), or the text asks
    a higher authority (`đề nghị Bộ …`, a district's or a department's `Đề nghị UBND tỉnh bố trí
    kinh phí 1,5 tỷ đồng …`), not the writer committing itself."""
    return _FOREIGN.search(text) is not None


def score(text: str) -> tuple[int, int]:
    """(target score, result score) of a piece of text: each phrase counted once, the longer
    reading first (`vượt chỉ tiêu` is a result, not the word `chỉ tiêu`); a deadline's frame
    counts 2, or 1 beside a word of a result (`Đến hết năm 2024 đã có 95%`: a result); a
    sentence opening `Đến nay, …` / `Hiện nay, …` counts its result twice."""
    cleaned = NOT_PAST.sub(" ", masked(text)).lower()
    # a line typed without diacritics ("Chi tieu nam 2026") is read with the plain patterns
    patterns = _LOWER if _LOWER_ACCENTED.search(cleaned) else _LOWER_PLAIN
    counts = []
    for pattern in patterns:  # one scan each: subn blanks the phrases and counts them
        cleaned, n = pattern.subn(_blank, cleaned)
        counts.append(n)
    result2, target2, frames, target1, result1 = counts
    result = 2 * result2 + result1 + (2 if _NOW_OPENING.match(text) else 0)
    return 2 * target2 + (1 if result else 2) * frames + target1, result


@functools.lru_cache(maxsize=8192)
def decided(text: str) -> bool | None:
    """True when `text` reads as a target, False as a result, None when it does not say."""
    target, result = score(text)
    if is_task(text):
        target += 2
    if target == result:
        return None
    return target > result


@functools.lru_cache(maxsize=8192)
def explicit(text: str) -> bool:
    """Whether `text` says in words that it states a target (`phấn đấu`, `mục tiêu`, `kế
    hoạch`, `sẽ` …), beyond a deadline's frame."""
    cleaned = _R2.sub(" ", NOT_PAST.sub(" ", masked(text)))
    plain = not wording.MARKED.search(cleaned)
    return bool((_PLAIN[1] if plain else _T2).search(cleaned)) or bool(
        re.search(
            r"(?<!\w)(?:mục tiêu|chỉ tiêu|kế hoạch|muc tieu|chi tieu|ke hoach)(?!\w)", cleaned, re.I
        )
    )


_ENSURE = re.compile(r"(?<!\w)(?:bảo đảm|đảm bảo|bao dam|dam bao)(?!\w)", re.IGNORECASE)
"""`đảm bảo` commits in a plan, but a report says so of what is (`hạ tầng viễn thông đảm bảo hoạt
động ổn định, thông suốt, 100% xã … được phủ`): in a section of results it commits to nothing."""


@functools.lru_cache(maxsize=8192)
def committed(text: str) -> bool:
    """Whether `text` commits to a target in strong words (`phấn đấu`, `đặt mục tiêu`, `sẽ`,
    `tối thiểu` …), not only by a deadline's frame or a weak word (`đưa`, `kế hoạch`), nor by
    `đảm bảo`: what a sentence needs to state a target in a section of results."""
    cleaned = _ENSURE.sub(" ", _R2.sub(" ", NOT_PAST.sub(" ", masked(text))))
    plain = not wording.MARKED.search(cleaned)
    return bool((_PLAIN[1] if plain else _T2).search(cleaned))


def is_task(text: str) -> bool:
    """A sentence opening with a verb, as a plan lists its tasks (`Đưa 38 sản phẩm …`)."""
    return _TASK.match(text.lstrip()) is not None


@functools.lru_cache(maxsize=4096)
def recommendation(text: str) -> str | None:
    """The words that make a statement a recommendation (`đề nghị`, `nên`), or None."""
    m = _RECOMMEND.search(text)
    return m.group() if m else None


_ACTOR = re.compile(
    r"(?<!\w)(?<!quy định tại )(?<!hướng dẫn tại )(?<!theo quy định của )"
    r"(?:Chính phủ(?! điện tử)(?! số)|Thủ tướng|Trung ương|Bộ Chính trị|Quốc hội|Ban Chấp hành Trung ương|"
    r"Chương trình [Cc]huyển đổi số quốc gia|Chiến lược quốc gia|Chiến lược phát triển kinh tế số|"
    r"(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Chiến lược|Chương trình|Đề án|Nghị định)"
    r"(?:\s+số)?\s+(?:57|52|749|411|942|06)(?![\d/]|-NQ/TU)|"
    r"(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Chiến lược|Chương trình|Đề án|Nghị định)"
    r"(?:\s+số)?\s+\d+[\w/-]*?[-/](?:TW|TTg|CP|QH\d*|BCT)|"
    r"(?<!đầu )(?<!nhất )(?<!với )(?<!quân )(?<!bình )(?<!mức )(?:[cC]ả nước|[tT]oàn quốc)|"
    r"Bộ (?!trưởng)[^\s,;:]+(?: [^\s,;:]+){0,6}? (?:đặt mục tiêu|đặt ra mục tiêu|đề ra mục tiêu|"
    r"xác định mục tiêu|yêu cầu)|(?i:mục tiêu|chỉ tiêu) (?:của )?quốc gia|"
    r"(?:^|(?<=[,;:] ))Việt Nam(?= (?:phấn đấu|đặt mục tiêu|sẽ|nằm trong|thuộc nhóm|đứng)))(?!\w)",
    re.MULTILINE,
)
"""Who states a national target: the Government, the Party's centre, a national programme or
resolution (by its number's suffix: -NQ/TW, /QĐ-TTg, /NQ-CP, or a well-known number), a ministry
setting a goal or a requirement (`Bộ Y tế yêu cầu 100% bệnh viện …`), or the whole country as
the subject (`cả nước có 80% …`; not `dẫn đầu cả nước`, `top 15 cả nước`: the nation's ranking, `_RANKED`); not a decree cited as the rule to
follow (`tuân thủ các quy định tại Nghị định số 43/2011/NĐ-CP, 30% …`), nor e-government
(`hệ thống thông tin Chính phủ điện tử`)."""
_OWN = re.compile(
    r"(?<!\w)(?<!cấp )(?<!các )(?<!\d )(?:tỉnh|thành phố|toàn tỉnh|địa phương|Tỉnh|Thành phố|GRDP)"
    r"(?!\w)(?!,? thành phố)"
)
_NATION = ("cả nước", "toàn quốc")
_RANKED = re.compile(r"(?<!\w)(?:top|nhóm|thứ|hạng|vị trí)\s+\d{1,2}(?:\s+\S+){0,3}\s*$", re.I)
"""A rank before `cả nước` makes it the nation's ranking, not the nation speaking (`vào top 10
DTI cả nước`, `đứng thứ 14 cả nước`)."""
OWN_VERB = re.compile(
    r"(?<!\w)(?:phấn đấu|phấn dấu|đặt mục tiêu|đặt ra mục tiêu|xác định|quyết tâm|cam kết)(?!\w)",
    re.IGNORECASE,
)
"""A subject setting its own goal (`tỉnh phấn đấu`, `đặt mục tiêu`): here the province's own
target against a national actor's; in `provinces` the figure given back to the province after
another province's name."""
_CARRYING_OUT = re.compile(
    r"(?<!\w)(?:thực hiện|triển khai|quán triệt|cụ thể hóa|cụ thể hoá|bám sát|chỉ đạo của|"
    r"hưởng ứng|để đạt|góp phần)(?!\w)[^,;:]*$",
    re.IGNORECASE,
)
"""Words before a national actor that make the province the one acting (`Thực hiện Nghị quyết
57-NQ/TW, phấn đấu …`): what follows is the province's own target. Not `Căn cứ`: a legal basis
quoted with its target (`Căn cứ Quyết định 749/QĐ-TTg, với mục tiêu … 80% …`) states the
nation's."""
_GDP = re.compile(r"\s*(?:của\s+)?GDP(?!\w)")


def national(before: str) -> str | None:
    """The words that make a figure a national target quoted in a province's text, from the
    sentence's text `before` the figure: the last national actor (`Nghị quyết 57-NQ/TW đặt mục
    tiêu`, `Theo Nghị quyết 57, …`, `Chính phủ`, `cả nước`) that the province is not carrying
    out (`Thực hiện Nghị quyết 57-NQ/TW, phấn đấu …`), when nothing after it names the
    province's own (`tỉnh`, `thành phố`, `GRDP`) and, past a `;`, no new subject sets its own
    goal (`; Bắc Ninh đặt mục tiêu …`). None: the province's own."""
    found = [
        m
        for m in _ACTOR.finditer(before)
        if not _CARRYING_OUT.search(before, max(0, m.start() - 60), m.start())
        and not (
            m.group().lower() in _NATION
            and _RANKED.search(before, max(0, m.start() - 30), m.start())
        )
    ]
    if not found:
        return None
    actor = found[-1]
    rest = before[actor.end() :]
    if _OWN.search(rest):
        return None
    clause = rest[rest.rfind(";") + 1 :] if ";" in rest else None
    if clause is not None and OWN_VERB.search(clause):
        return None
    return actor.group()


def gdp(after: str) -> bool:
    """Whether the figure is a share of GDP (the nation's product), not of GRDP (a
    province's): `30% GDP`."""
    return _GDP.match(after) is not None
