"""Quantities as Vietnamese texts write them: `7,5%`, `250.000 doanh nghiệp`, `1,2 triệu dân`,
`333 tỷ đồng`, `25% – 30%`, `nhóm 10 tỉnh dẫn đầu`.

Vietnamese writes a comma for the decimal mark and a point between groups of thousands
(TCVN 7217 and the government's style for documents, Nghị định 30/2020/NĐ-CP): `7,5` is 7.5,
`250.000` is 250000, `1.234,5` is 1234.5. A point followed by other than three digits (`7.5`) is
read as an English decimal and flagged (`doubtful`). Multipliers `nghìn`/`ngàn` (10³),
`triệu` (10⁶), `tỷ`/`tỉ` (10⁹) scale the number; an amount in `đồng` is given in billions of
đồng (`vnd_billion`), the unit of the catalogue.

Numbers that are no quantity — years, dates (`19/5/2022`), document numbers (`05-NQ/TU`,
`Quyết định 1489`), ordinals (`giai đoạn 1`, `mức độ 4`), ages (`15 tuổi`, `14 tuoi`), names
(`4G`, `mô hình 4 lớp`), days of a date (`ngày`, but `03 ngày làm việc` is a duration) — are left
out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dxgap.extract import spelled
from dxgap.extract.spelled import ORDINAL, SPELLED

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d+|\d+"
"""A number as written: Vietnamese thousands and decimals, an English decimal, digits."""

_NUM = re.compile(rf"(?<![\w.,/])(?:{NUMBER})(?![\w/]|[.,]\d)")
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_SCALE_RE = re.compile(r"\s*(nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)", re.IGNORECASE)
_POINTS_RE = re.compile(r"\s*điểm (?:phần trăm|%)", re.IGNORECASE)
_PERCENT_RE = re.compile(r"\s*(%|phần trăm(?!\w))")
_MONEY_RE = re.compile(r"\s*(đồng|VNĐ|VND|đ)(?!\w)")
_USD_RE = re.compile(r"\s*(USD|đô la(?: Mỹ)?)(?!\w)")
_DASH = r"\s*(?:[-–—]|đến|tới|den(?!\w))\s*"
_RANGE_GAP = re.compile(_DASH)

_NOT_AFTER = re.compile(
    r"\s*(?:tuổi|tuoi\b|giờ|phút|giây|ngày(?! làm việc)|tháng|năm|quý|lần|cấp|G\b|km|m2|ha\b|điểm cầu|"
    r"sao\b|"
    r"bậc|độ|tầng|MHz|[-–/]\s*(?:NQ|QĐ|KH|CT|TT|NĐ|UBND|TU|TW))",
    re.IGNORECASE,
)
_NOT_BEFORE = re.compile(
    r"(?:\bsố|\bthứ|\blần|\bkhóa|\bkhoá|\bquý|\btháng|\bngày|\bnăm|\bgiai đoạn|\bmức độ|"
    r"\bmức|\bĐiều|\bkhoản|\bđiểm|\bphiên|\bQuyết định|\bNghị quyết|\bNghị định|\bChỉ thị|"
    r"\bKế hoạch|\bĐề án|\bChương trình|\bmục tiêu quốc gia|\bThông tư|\bLuật|\bCông văn|\bVăn bản|\bQĐ|\bNQ|\bversion|\bphiên bản|"
    r"\bgiờ|\bkhu vực|\blớp|\bcấp độ|\bBộ chỉ số|\bchuẩn|\bISO|\bTCVN|\bhạng|\bnhóm|\btop|\bvị trí|\bmô hình|"
    r"\bmức độ\s+\d(?:\s*(?:,|và|hoặc)\s*\d)*\s*(?:,|và|hoặc))\s*$",  # "mức độ 3, 4"
    re.IGNORECASE,
)
_RANK = re.compile(
    rf"(?:\b(?:nhóm|top|tốp|TOP)\s+(?P<n1>\d{{1,3}}(?!\d)|{SPELLED})(?:\s+(?:tỉnh|địa phương|"
    r"đơn vị|quốc gia|nước))?"
    rf"|\btrong\s+(?P<n2>\d{{1,3}}|{SPELLED})\s+(?:tỉnh|địa phương|quốc gia|nước|đơn vị|đô thị|"
    r"thành phố|trường|bệnh viện|doanh nghiệp)[^.;:]{0,40}?"
    r"(?:dẫn đầu|đứng đầu|cao nhất|tốt nhất|hàng đầu)"
    r"|\b(?:xếp\s+)?(?<!lần )(?<!kỳ )(?<!khóa )(?<!khoá )(?<!đợt )(?<!lượt )"
    r"(?:thứ|hạng|vị trí(?: thứ)?)\s+(?P<n3>\d{1,3})(?:\s*/\s*(?P<of>\d{1,3}))?"
    rf"(?!\d)|\b(?:xếp|đứng|vị trí)\s+(?:hạng\s+)?thứ\s+(?P<n4>{ORDINAL}))",
    re.IGNORECASE,
)
"""A rank: `nhóm 10`, `top 20 tỉnh`, `trong 3 tỉnh dẫn đầu`, `một trong 50 đô thị thông minh hàng
đầu thế giới`, `xếp thứ 12/63`; in words too,
`nhóm ba địa phương dẫn đầu`, `top mười`, `xếp thứ tư` (after `xếp`, `đứng`, `vị trí`: a bare
`thứ hai` is a Monday); not an occasion's number (`Phiên họp lần thứ 3`, `kỳ thứ 2`, `đợt thứ 4`)."""
_RANK_WORDS = ("nhóm", "top", "tốp", "trong", "thứ", "hạng", "vị trí")
"""Words one of which `_RANK` needs (a text without any is not scanned)."""
_YEARLIKE = re.compile(r"(19[5-9]\d|20\d\d|2100)$")
_YEAR_WORDS = re.compile(
    r"(?:năm|giai đoạn|thời kỳ|đến|tới|trước|sau|từ|cuối|hết|vào|trong|nam|den|toi|truoc|"
    r"giai doan|[-–—/])\s*$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?<!^)(?<![.!?:]\s)\b[A-ZĐ][^\W\d_]*\s+$")
"""A name's last word before a year (`Ngày hội Công nghệ số Khánh Hòa 2025`, `SEA Games 2025`),
not the first word of a sentence (`Có 2025 …`)."""
_HECTARES = re.compile(r"\s*(?:ha|km)(?!\w)")
_REACH = re.compile(
    r"(?:(?:^|\s)(?:đạt|lên|tăng|tăng thêm|mở rộng|ít nhất|tối thiểu|trên|hơn|và|cho)(?:\s+khoảng)?|"
    r"(?:mục tiêu|chỉ tiêu|kế hoạch)\s*:|^)\s*$",
    re.IGNORECASE,
)
"""An area or a length is a quantity when a verb, a floor or a target's name states it as one to
reach (`đạt khoảng 45.000 ha`, `(mục tiêu: 850 km)`, or opens the clause read: `850 km` after
the colon); else it is a site's size (`khu công nghệ
thông tin tập trung 50 ha`) or a distance (`cách trung tâm 30 km`)."""
_DURATION = re.compile(r"\s*(?:giờ|phút|giây|ngày làm việc|ngày|km)(?!\w)", re.IGNORECASE)
_BOUND = re.compile(
    r"(?:^|\s)(?:không quá|không vượt quá|tối đa|dưới|trong vòng|ít nhất|tối thiểu|còn)\s*$",
    re.IGNORECASE,
)
"""A duration or a distance is a quantity when a bound states it (`không quá 3 giây`, `trong
vòng 2 giờ`, `cách nhau không dưới 30 km`)."""
_FROM = re.compile(
    r"(?:^|\s)(?:từ|tu|tối thiểu|toi thieu|ít nhất|it nhat|khoảng)\s*$", re.IGNORECASE
)
"""`từ`, or a bound, before a range of counts (`từ 3 đến 5 doanh nghiệp`, `tối thiểu 30 - 50
doanh nghiệp`): the two numbers are one range."""
_NOUN_AFTER = re.compile(r"\s+(?:[^\W\d_]|\()", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity in the text: `start`/`end` are character offsets of its whole written form
    (`từ 25% đến 30%` as one); `value` in `unit` (`percent`, `count`, `vnd_billion`, `usd_million`,
    `rank`), `value_max` the high end of a range (else None); `out_of` a rank's number of
    ranked units when written (`12/63`); `doubtful` when the writing is ambiguous (`7.5`,
    `1,586`)."""

    start: int
    end: int
    value: float
    unit: str
    value_max: float | None = None
    out_of: int | None = None
    doubtful: bool = False


def parse_number(text: str) -> tuple[float, bool] | None:
    """`7,5` → (7.5, False); `250.000` → (250000.0, False); `1.234,5` → (1234.5, False);
    `7.5` → (7.5, True): an English decimal in a Vietnamese text is read but doubtful;
    `1,586` → (1.586, True): a comma before exactly three digits may be English thousands.
    None when `text` is not a number of these forms."""
    if not re.fullmatch(NUMBER, text):
        return None
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", ".")), False
    if "," in text:
        whole, frac = text.split(",")
        return float(f"{whole}.{frac}"), len(frac) == 3
    if "." in text:
        return float(text), True
    return float(text), False


def quantities(text: str) -> list[Quantity]:
    """Every quantity of `text` in order (see the module's docstring for what is left out)."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for rank in _ranks(text):
        found.append(rank)
        taken.append((rank.start, rank.end))
    for r in _PER_PEOPLE.finditer(text) if "/" in text else ():
        if _YEARLIKE.fullmatch(r["n"]) and _YEAR_WORDS.search(
            text, max(0, r.start() - 14), r.start()
        ):
            continue  # "đến năm 2025 bác sĩ/vạn dân …": a year before the rate's name
        value, doubtful = parsed_value(r["n"])
        per = r["per"].lower().removeprefix("1").strip()
        base = _BASES[per] if per in _BASES else int(r["per"].replace(".", ""))
        found.append(Quantity(r.start(), r.end(), value, f"per_{base}_people", doubtful=doubtful))
        taken.append((r.start(), r.end()))
    pos = 0
    while (m := _NUM.search(text, pos)) is not None:
        pos = m.end()
        if any(a <= m.start() < b for a, b in taken):
            continue
        q = _quantity_at(text, m)
        if q is not None:
            found.append(q)
            taken.append((q.start, q.end))
            pos = max(pos, q.end)
    found.sort(key=lambda q: q.start)
    return found


_PER_PEOPLE = re.compile(
    rf"(?<![\w.,/])(?P<n>{NUMBER})(?:\s+(?!(?:số|tỷ|tỉ|năm)\s)[^\W\d_]+){{0,6}}?\s*/\s*"
    r"(?P<per>100\.000|100000|10\.000|"
    r"10000|1\.000|1000|100|(?:1\s+)?(?:vạn|nghìn|ngàn))\s*(?:người\s+)?(?:dân|người)(?!\w)",
    re.IGNORECASE,
)
"""A rate per so many people, its noun before the slash or not: `0,7/1.000 dân` (doanh nghiệp
công nghệ số), `25 bác sĩ/10.000 dân`, `35 giường bệnh/vạn dân` (`vạn`: ten thousand), `3 thuê
bao/100 dân` (unit `per_1000_people` …; no catalogue indicator is measured so: the draft proposes
a new one)."""
_BASES = {"vạn": 10_000, "nghìn": 1_000, "ngàn": 1_000}
_WHOLE = re.compile(
    r"(?<!\w)(?<!trên )(?<!hơn )(?<!của )(?<!cho )(?<!với )(?:toàn bộ|tất cả(?: các)?)(?= (?!\d)\w)",
    re.IGNORECASE,
)
"""The whole as a figure (`hoàn thành toàn bộ …`, `cán bộ CNTT tại tất cả các sở`: 100%); not after
`trên`/`hơn`, where it is no bound (nothing is more than the whole) but a place: `hợp nhất trên
tất cả các hệ thống` (on every system); nor after `của`, `cho`, `với`, where it names whose or
for whom (`cách làm chuyển đổi số của toàn bộ hệ thống chính quyền`, `tập huấn cho toàn bộ cán
bộ`)."""


_DAY_BEFORE = re.compile(r"(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|tháng|mùng|mồng)\s*$", re.IGNORECASE)
_FRACTION = re.compile(r"(?<![\w/.,])([1-9])/([2-9]|10)(?=\s+(?:số\s+)?[^\W\d_])")


_MULTIPLE = re.compile(
    rf"(?<!\w)(?:(?:gấp|tăng)\s+(?P<n>{NUMBER})\s+lần|(?:gấp|tăng)\s+(?:(?P<w>{SPELLED})\s+lần|"
    r"(?P<d>đôi)))(?!\w)",
    re.IGNORECASE,
)
"""A multiple of a base: `gấp 2,5 lần`, `tăng 3 lần`, `gấp đôi` (2), `gấp ba lần`, `tăng hai lần`
(unit `times`)."""
_STEPS = re.compile(
    r"(?<!\w)(?:tăng|cải thiện|nâng|vượt|thăng|giảm|tụt)(?:\s+(?:hạng|thêm|được|ít nhất|tối thiểu|"
    rf"từ|khoảng|trên|hơn))*\s+(?P<n>\d{{1,2}}|{SPELLED})\s+(?:bậc|hạng)(?!\w)",
    re.IGNORECASE,
)
"""Places gained or lost in a ranking: `tăng ít nhất 5 bậc`, `cải thiện 10 bậc`, `tăng ba bậc`
(unit `places`; the quantity is the number and `bậc`, so that the words before it give the
comparator)."""
_PERCENT_WORDS = re.compile(rf"(?<!\w)(?P<n>{SPELLED}|trăm)\s+phần trăm(?!\w)", re.IGNORECASE)
"""A share in words: `một trăm phần trăm`, `trăm phần trăm`, `năm mươi phần trăm` (not a bare
`năm`, which is as often the year: `mỗi năm phần trăm …`)."""


_MANY_WORDS = re.compile(
    rf"(?<!\w)(?P<n>{spelled.MANY})"
    r"(?=\s+(?!(?:số|cửa|lần|năm|bậc|hạng|phần|ngày|tháng|tuổi)(?!\w))[^\W\d_])",
    re.IGNORECASE,
)
"""A count of ten or more in words, before the noun it counts (`mười lăm doanh nghiệp`, `hai
mươi hộ kinh doanh`, `bảy trăm lao động`, `một trăm hai mươi tỷ đồng`, `hai trăm nghìn người`):
words no sentence uses otherwise, unlike `ba` or `năm` alone (`_FLOOR_WORDS` reads those after a
floor only)."""
_FLOOR_WORDS = re.compile(
    rf"(?<!\w)(?:ít nhất|tối thiểu|không dưới|không ít hơn)\s+(?P<n>{SPELLED})"
    r"(?=\s+(?!(?:số|cửa|lần|năm|bậc|hạng|phần)(?!\w))[^\W\d_])",
    re.IGNORECASE,
)
"""A count in words after a floor (`mỗi xã, phường có ít nhất ba Tổ công nghệ số cộng đồng`,
`tối thiểu hai doanh nghiệp`): not `một số` (some), `một cửa` (one-stop), `… lần`, `… năm`."""


def _count(written: str) -> float:
    """The value of a number in digits or in words (`spelled`)."""
    return parsed_value(written)[0] if written[:1].isdigit() else float(spelled.value(written))


def _ranks(text: str) -> list[Quantity]:
    """Ranks (`nhóm 10`), places gained (`tăng 5 bậc`), multiples (`gấp 2,5 lần`), counts in
    words (`_counts_in_words`), `toàn bộ`,
    `tất cả các` (the whole: 100%) and fractions (`2/3 số doanh nghiệp`: 66.7%), the last two
    marked doubtful for checking."""
    low = text.lower()  # each pattern needs a word of its own: skip the scan without one
    steps = _STEPS.finditer(text) if "bậc" in low or "hạng" in low else ()
    out = [Quantity(m.start("n"), m.end(), _count(m["n"]), "places") for m in steps]
    for m in _MULTIPLE.finditer(text) if "gấp" in low or "lần" in low else ():
        if m["n"] is not None:
            value, doubtful = parsed_value(m["n"])
            out.append(Quantity(m.start("n"), m.end(), value, "times", doubtful=doubtful))
        elif (times := 2.0 if m["d"] else _count(m["w"])) >= 2:  # "tăng một lần": once, no multiple
            out.append(Quantity(m.start(), m.end(), times, "times"))
    for m in _PERCENT_WORDS.finditer(text) if "phần trăm" in low else ():
        if m["n"].lower() != "năm":
            out.append(Quantity(m.start(), m.end(), _count(m["n"]), "percent"))
    out += [
        Quantity(
            m.start(), m.end(), round(100 * int(m[1]) / int(m[2]), 1), "percent", doubtful=True
        )
        for m in (_FRACTION.finditer(text) if "/" in text else ())
        if int(m[1]) < int(m[2]) and not _DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    out += [
        Quantity(m.start(), m.end(), 100.0, "percent", doubtful=True)
        for m in (_WHOLE.finditer(text) if "toàn bộ" in low or "tất cả" in low else ())
    ]
    for m in _RANK.finditer(text) if any(w in low for w in _RANK_WORDS) else ():
        n = _count(m["n1"] or m["n2"] or m["n3"] or m["n4"])
        if n < 2 and not (m["n3"] or m["n4"]):
            continue  # "nhóm một số tỉnh": no group of one
        if (m["n2"] or "").lower() == "năm":
            continue  # "Trong năm tỉnh dẫn đầu …": in the year, as often as among five
        of = m.group("of")
        out.append(Quantity(m.start(), m.end(), n, "rank", out_of=int(of) if of else None))
    return out + [q for q in _counts_in_words(text, low) if not _covered(q, out)]


def _covered(q: Quantity, found: list[Quantity]) -> bool:
    """Whether `q` overlaps a quantity of `found`."""
    return any(f.start <= q.start < f.end or q.start <= f.start < q.end for f in found)


_PLACE_NAMED = re.compile(r"(?<!\w)(?:ấp|xã|thôn|bản|tổ|khu|khóm|phường|kênh|đội)\s+$", re.I)


def _counts_in_words(text: str, low: str) -> list[Quantity]:
    """Counts in words: after a floor (`ít nhất ba Tổ`), or of ten and more before their noun
    (`mười lăm doanh nghiệp`, `bảy trăm lao động`)."""
    out: list[Quantity] = []
    for m in _FLOOR_WORDS.finditer(text) if ("ít" in low or "tối" in low or "dưới" in low) else ():
        if m["n"].lower() != "năm":
            out.append(Quantity(m.start("n"), m.end("n"), _count(m["n"]), "count"))
    for m in (
        _MANY_WORDS.finditer(text) if ("mươi" in low or "mười" in low or "trăm" in low) else ()
    ):
        named = " " in m["n"] and m["n"].istitle()
        if named or _PLACE_NAMED.search(text, max(0, m.start() - 8), m.start()):
            continue  # "ấp Mười Hai", "Mười Lăm": a place's name, no count
        unit, end, scale = _unit_after(text, m.end("n"))  # "… nghìn người", "… tỷ đồng"
        q = Quantity(m.start("n"), end, spelled.value(m["n"]) * scale, unit)
        if not _covered(q, out):
            out.append(q)
    return out


def _quantity_at(text: str, m: re.Match[str]) -> Quantity | None:
    parsed = parse_number(m.group())
    if parsed is None:
        return None
    value, doubtful = parsed
    end = m.end()
    rng = _range_after(text, end)
    if _YEARLIKE.fullmatch(m.group()) and (rng is None or _YEARLIKE.fullmatch(rng[2])):
        before = text[max(0, m.start() - 14) : m.start()]
        if rng is not None:
            return None  # "tu 2026 den 2030", "2026 – 2030": years, typed with or without marks
        if (
            _YEAR_WORDS.search(before)
            or not _NOUN_AFTER.match(text, end)
            or _NAME_BEFORE.search(before)
        ):
            return None  # "năm 2025", "… Khánh Hòa 2025 khởi động": a year
    value_max = None
    counted = rng is not None and _FROM.search(text, max(0, m.start() - 12), m.start()) is not None
    if rng is not None and (_unit_after(text, rng[1])[0] != "count" or counted):
        value_max, doubtful2 = parsed_value(rng[2])
        doubtful |= doubtful2
        end = rng[1]
    unit, end2, scale = _unit_after(text, end)
    if rng is None:
        # "25% – 30%": the first number carries its own unit
        rng2 = _range_after(text, end2)
        if rng2 is not None and unit != "count" and _unit_after(text, rng2[1])[0] == unit:
            value_max, d2 = parsed_value(rng2[2])
            doubtful |= d2
            unit, end2, _ = _unit_after(text, rng2[1])
    if unit == "count" and not _counts(text, m.start(), end2):
        return None
    if unit in ("count", "people") and scale == 1 and re.fullmatch(r"\d{1,3},\d{3}", m.group()):
        value = float(m.group().replace(",", ""))  # "1,200 doanh nghiệp": no 1.2 of a firm
    if value_max is not None and value_max <= value:
        value_max = None  # "20-3" is no range; a date or a typo
    return Quantity(
        m.start(),
        end2,
        value * scale,
        unit,
        value_max * scale if value_max is not None else None,
        doubtful=doubtful,
    )


def parsed_value(text: str) -> tuple[float, bool]:
    """`parse_number` for text already matched as a number."""
    parsed = parse_number(text)
    assert parsed is not None
    return parsed


def _range_after(text: str, end: int) -> tuple[int, int, str] | None:
    """(start, end, number) of the high end of a range written after a number ending at `end`."""
    unit = _PERCENT_RE.match(text, end)
    at = unit.end() if unit else end
    gap = _RANGE_GAP.match(text, at)
    if gap is None or gap.end() == at:
        return None
    m = _NUM.match(text, gap.end())
    if m is None:
        return None
    return gap.end(), m.end(), m.group()


def _unit_after(text: str, end: int) -> tuple[str, int, float]:
    """(unit, end of the written unit, scale) of the words after a number."""
    if (pp := _POINTS_RE.match(text, end)) is not None:
        return "percent_points", pp.end(), 1.0
    if (p := _PERCENT_RE.match(text, end)) is not None:
        return "percent", p.end(), 1.0
    scale, at = 1.0, end
    if (s := _SCALE_RE.match(text, end)) is not None:
        words = s.group(1).lower()
        scale = 1e12 if words in ("nghìn tỷ", "ngàn tỷ") else _SCALE[words]
        at = s.end()
    if (mo := _MONEY_RE.match(text, at)) is not None:
        return "vnd_billion", mo.end(), scale / 1e9
    if (us := _USD_RE.match(text, at)) is not None:
        return "usd_million", us.end(), scale / 1e6
    return "count", at, scale


_PER_BASE = re.compile(r"\s*(?:người dân|dân|người)(?!\w)")
_FIGURE_IN_PIECE = re.compile(r"[^;.,\n\d]*?\d")
_DATA_RATE = re.compile(r"\s*(?:[KMGT](?:b|bit)/s|[KMGT]bps)(?!\w)")
_CLAUSE_REST = re.compile(r"[^;.\n]*")
_YEARS = re.compile(r"(?<![\d/])(?:19|20)\d\d(?![\d/])")


def _figure_on(text: str, at: int) -> bool:
    """Whether another figure than a year follows in the clause (`… từ 1 Gb/s trở lên phủ 100% …`;
    not `… 150 Mbps vào năm 2030`)."""
    rest = _CLAUSE_REST.match(text, at)
    return rest is not None and any(c.isdigit() for c in _YEARS.sub("", rest[0]))


"""A data rate is the figure to reach where its clause has no other (`Tốc độ … bình quân từ 100
Mb/s trở lên`), a quality of what is counted where one follows (`hạ tầng … tốc độ từ 1 Gb/s trở
lên phủ 100% hộ gia đình`)."""


def _counts(text: str, start: int, end: int) -> bool:
    """Whether a bare number counts things: a noun follows, and nothing marks it as a name,
    an ordinal, a date or a document number."""
    if (unit := _DURATION.match(text, end)) and _BOUND.search(text, max(0, start - 24), start):
        # "không quá 3 giây", "tối đa 2 giờ": a duration bounded, no time of day; unless a figure
        # follows in its piece ("… giải quyết không quá 6 ngày làm việc đạt 95%": what is counted)
        return not _FIGURE_IN_PIECE.match(text, unit.end())
    if _HECTARES.match(text, end) and _REACH.search(text, max(0, start - 24), start):
        return True  # "diện tích … đạt khoảng 45.000 ha", "(mục tiêu: 850 km)": a size to reach
    if _NOT_AFTER.match(text, end) or not _NOUN_AFTER.match(text, end):
        return False
    if (rate := _DATA_RATE.match(text, end)) is not None and _figure_on(text, rate.end()):
        return False  # "tốc độ từ 1 Gb/s trở lên phủ 100% hộ gia đình": the 100% is the goal
    before = text[max(0, start - 16) : start]
    if _NOT_BEFORE.search(before):
        return False
    if _PER_BASE.match(text, end) and re.search(r"(?<!\w)trên\s*$", before):
        return False  # "Số bác sĩ trên 10.000 dân đạt 12,5 bác sĩ": a rate's base, not a floor
    if not re.search(r"[-–/]\s*$", before):
        return True
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return re.fullmatch(r"[ \t]*[-–+*]\s*", line) is not None  # "- 2.500 hộ …": a list's dash
