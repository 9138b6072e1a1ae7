"""Which indicator of the catalogue a statement is about: token overlap without diacritics,
weighted by how rare each syllable and syllable pair is among the catalogue's names.

Vietnamese writes a word as one or more syllables separated by spaces (`dịch vụ`, `trực tuyến`),
so the syllable pairs of a name carry most of its meaning; both are compared with diacritics
removed (`names.fold`), so a text typed without accents still matches. The score is the share
of the name's weight (its syllables and pairs, each weighted by inverse document frequency over
the catalogue) found in the statement, in 0..1; an indicator whose unit cannot hold the figure
(a percentage for a count indicator) scores nothing. Both the Vietnamese and the English name
are tried; the better counts.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dxgap.extract.numbers import Quantity
from dxgap.names import fold
from dxgap.targets.models import Indicator

MATCH = 0.5
"""Score from which a catalogue indicator is proposed; below it a new indicator is proposed."""

ACRONYM = 0.6
"""The score of an indicator whose acronym (`DTI`) the statement writes."""

_STOP = frozenset(
    [
        "ty",
        "le",
        "so",
        "cua",
        "va",
        "cac",
        "tai",
        "the",
        "duoc",
        "trong",
        "tren",
        "cho",
        "voi",
        "co",
        "la",
        "ve",
        "de",
        "theo",
        "nhung",
        "mot",
        "xep",
        "hang",
        "share",
        "of",
        "the",
        "and",
        "in",
        "by",
        "a",
        "an",
        "for",
        "to",
        "with",
        "on",
        "number",
        "rate",
    ]
)
_UNITS: dict[str, frozenset[str]] = {
    "percent": frozenset({"percent"}),
    "count": frozenset({"count", "people"}),
    "people": frozenset({"people", "count"}),
    "vnd_billion": frozenset({"vnd_billion"}),
    "rank": frozenset({"rank"}),
    "boolean": frozenset({"boolean"}),
    "usd_million": frozenset(),
    "times": frozenset(),
    "places": frozenset(),
}


_SHORT = {
    "kts": "kinh te so", "xhs": "xa hoi so", "cqs": "chinh quyen so", "cds": "chuyen doi so",
    "tmdt": "thuong mai dien tu", "dvc": "dich vu cong", "dvctt": "dich vu cong truc tuyen",
    "tthc": "thu tuc hanh chinh", "csdl": "co so du lieu", "cntt": "cong nghe thong tin",
    "attt": "an toan thong tin", "dn": "doanh nghiep", "dnnvv": "doanh nghiep nho va vua",
    "htx": "hop tac xa", "cbccvc": "can bo cong chuc vien chuc", "ndxp": "nen tang chia se du lieu",
}  # fmt: skip
"""Abbreviations plans write for the words of indicators' names (`Tỷ trọng KTS đạt 20% GDP`,
`TMĐT`, `TTHC`), read as those words."""


@functools.lru_cache(maxsize=8192)
def syllables(text: str) -> tuple[str, ...]:
    """`Dịch vụ công` → `('dich', 'vu', 'cong')` (diacritics off, đ → d, lower case; an
    abbreviation, `KTS`, as its words; remembered: a clause is read once for each of its
    figures)."""
    out = tuple(s for s in fold(text).split("-") if s)
    if "giai" in out:  # "giải quyết hồ sơ" is how a plan says "xử lý hồ sơ", as catalogues name it
        joined = " ".join(out).replace("giai quyet", "xu ly")
        out = tuple(joined.split())
    if not any(s in _SHORT for s in out):
        return out
    return tuple(w for s in out for w in (_SHORT[s].split() if s in _SHORT else (s,)))


def _terms(words: Sequence[str]) -> list[str]:
    kept = [w for w in words if w not in _STOP]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    return kept + [p for p in pairs if not all(w in _STOP for w in p.split())]


@dataclass(frozen=True)
class Match:
    """The best indicator for a statement and its score (0..1)."""

    indicator: Indicator | None
    score: float


class Matcher:
    """Scores statements against the indicators of a catalogue (built once per run)."""

    def __init__(self, indicators: Iterable[Indicator]) -> None:
        self.indicators = list(indicators)
        self._by_id = {i.id: i for i in self.indicators}
        self._names: list[tuple[Indicator, list[str]]] = []
        self._acronyms: list[tuple[Indicator, str]] = []
        for ind in self.indicators:
            plain = re.sub(r"\s*\([^)]*\)", "", ind.name.vi)
            for name in (ind.name.vi, plain, ind.name.en, ind.id.replace("_", " ")):
                self._names.append((ind, _terms(syllables(name))))
            if ind.unit.value in ("rank", "index"):  # DTI, PII, EGDI: indices named by acronym
                for acronym in re.findall(r"\(([A-Z]{2,6})\)", ind.name.vi):
                    self._acronyms.append((ind, acronym.lower()))
        df = Counter(t for _, terms in self._names for t in set(terms))
        n = max(len(self._names), 1)
        self._idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self._sets = [
            (ind, frozenset(terms), sum(self._idf[t] for t in set(terms)))
            for ind, terms in self._names
        ]
        self._memo: dict[tuple[str, frozenset[str]], dict[str, float]] = {}

    def best(
        self, statement: str, unit: str, context: str | None = None, weight: float = 0.6
    ) -> Match:
        """The indicator whose name the `statement` covers best, among those whose unit can
        hold a figure in `unit` (`percent`, `count`, `people`, `vnd_billion`, `rank`,
        `boolean`); score 0 and no indicator when none can. With `context` (the clause around
        a short statement), the score is `weight` × the context's + the rest × the
        statement's. An
        indicator named by its acronym (`DTI`, `PII`) scores at least `ACRONYM` when the
        statement writes it."""
        fits = _UNITS.get(unit, frozenset({unit}))
        own = self._scores(statement, fits)
        if context is not None:
            around = self._scores(context, fits)
            own = {k: weight * around.get(k, 0.0) + (1 - weight) * v for k, v in own.items()}
        words = set(syllables(statement if context is None else context))
        for ind, acronym in self._acronyms:
            if ind.unit.value in fits and acronym in words:
                own[ind.id] = max(own.get(ind.id, 0.0), ACRONYM)
        if not own or max(own.values()) <= 0:
            return Match(None, 0.0)
        best = max(own, key=lambda k: own[k])  # the first of equals, in catalogue order
        return Match(self._by_id[best], round(own[best], 2))

    def _scores(self, statement: str, fits: frozenset[str]) -> dict[str, float]:
        """Per indicator: 0.7 × the share of its name's weight found in the statement (recall)
        + 0.3 × the share of the statement's weight found in its name (precision); × 0.8 for
        an indicator of one administrative level when the statement names several (`tại cấp
        tỉnh, cấp huyện và cấp xã`: all levels, not the communes'). Remembered per statement
        (a clause is the context of each of its figures)."""
        key = (statement, fits)
        if key not in self._memo:
            if len(self._memo) > 4096:
                self._memo.clear()
            self._memo[key] = self._compute(statement, fits)
        return self._memo[key]

    def _compute(self, statement: str, fits: frozenset[str]) -> dict[str, float]:
        found = set(_terms(syllables(statement)))
        weight = sum(self._idf.get(t, 0.0) for t in found)
        several = len(found & _LEVELS) >= 2
        scores: dict[str, float] = {}
        for ind, terms, total in self._sets:
            if ind.unit.value not in fits or not terms:
                continue
            got = sum(self._idf[t] for t in terms.intersection(found))
            score = 0.7 * (got / total if total else 0.0) + 0.3 * (got / weight if weight else 0.0)
            if several and len(_LEVELS.intersection(terms)) == 1:
                score *= 0.8
            scores[ind.id] = max(scores.get(ind.id, 0.0), score)
        return scores


_LEVELS = frozenset({"cap bo", "cap tinh", "cap huyen", "cap xa"})
"""The administrative levels as syllable pairs (`cấp tỉnh` …)."""

_LEAD = re.compile(r"^(?:tỷ lệ|tỉ lệ|số lượng|số|tỷ trọng)\s+", re.IGNORECASE)
_SUFFIX = {
    "percent": "rate",
    "count": "count",
    "people": "people",
    "vnd_billion": "vnd_billion",
    "rank": "rank",
    "boolean": "done",
    "usd_million": "usd_million",
    "times": "times",
    "places": "places",
    "per_100_people": "per_100_people",
    "per_1000_people": "per_1000_people",
    "per_10000_people": "per_10000_people",
    "per_100000_people": "per_100000_people",
}


_PER_PEOPLE = {
    "per_100_people": " trên 100 dân",
    "per_1000_people": " trên 1.000 dân",
    "per_10000_people": " trên 10.000 dân",
    "per_100000_people": " trên 100.000 dân",
}
"""A rate per so many people is named as plans name it: `Số bác sĩ trên 10.000 dân`."""

_EMPTY = frozenset(
    "tinh thanh pho toan ta phan dau dat duoc muc tieu chi chiem grdp gdp tong san pham nam "  # noqa: SIM905
    "den toi tren hon it nhat khoang so voi len muc o cao thap nua tang giam trong".split()
)
"""Syllables (without diacritics) of the actor, the verb and the product a figure can have
around it without saying what it measures (`tỉnh phấn đấu đạt 20% GRDP`)."""


def wordless(statement: str) -> bool:
    """Whether a statement says nothing of what its figure measures: its syllables, figures
    aside, are all the actor's, the verb's or the product's (`tỉnh phấn đấu đạt 20% GRDP`)."""
    return all(s in _STOP or s in _EMPTY or s.isdigit() for s in syllables(statement))


def proposed(subject: str, unit: str) -> tuple[str, str]:
    """A new indicator's id and Vietnamese name from the words a figure is about:
    (`khu_dan_cu_ket_noi_internet_rate`, `Tỷ lệ khu dân cư kết nối Internet`). The name is the
    quote's own words, cleaned (`clean`); a share of GRDP is a `Tỷ trọng`."""
    share = re.match(r"(?:tỷ trọng|tỉ trọng)\s+", subject.strip(), re.IGNORECASE)
    phrase = clean(_LEAD.sub("", subject.strip())) or "chỉ tiêu mới"
    lead = {
        "percent": "Tỷ trọng " if share else "Tỷ lệ ",
        "count": "Số ",
        "people": "Số người ",
        "rank": "Xếp hạng ",
        "vnd_billion": "Kinh phí ",
    }.get(unit, "Số " if unit in _PER_PEOPLE else "")
    last = lead.split()[-1].lower() if lead else ""
    if last and phrase.split()[0].lower() == last:
        lead = lead[: -len(last) - 1]  # "Số người" + "người dân": "Số người dân"
    if lead and _SAYS_ITS_KIND.match(phrase):
        lead = ""  # "Tổng kinh phí thực hiện …", "Vốn đầu tư …": not "Kinh phí tổng kinh phí …"
    first = phrase.split()[0]
    if lead and first[:1].isupper() and first[1:].islower():
        phrase = first.lower() + phrase[len(first) :]  # "Kinh tế số" after "Tỷ trọng"
    name = lead + phrase + _PER_PEOPLE.get(unit, "")  # "Số bác sĩ trên 10.000 dân"
    slug = "_".join(syllables(phrase)[:6]) or "new"
    if slug[0].isdigit():
        slug = "x_" + slug
    return f"{slug}_{_SUFFIX.get(unit, 'value')}", name[0].upper() + name[1:]


_SAYS_ITS_KIND = re.compile(
    r"(?:tổng\s+)?(?:kinh phí|vốn|mức đầu tư|ngân sách)(?!\w)",
    re.IGNORECASE,
)
LONGEST = 14
"""Syllables of the longest proposed name; a longer phrase is cut where a new phrase begins
(`trong`, `của`, `tại` …), never inside a word."""

_JOINS = frozenset(
    "trong của tại cho với và hoặc trên theo để về từ đến các những mọi này đó khi".split()  # noqa: SIM905
)
"""Words that open a phrase or join two: a name does not end on one."""
_OPENS = _JOINS - {"các", "những", "mọi", "này", "đó"}
"""Words before which a long name is cut (`… trong nước và quốc tế`), not determiners."""


def clean(phrase: str) -> str:
    """A noun phrase fit to name an indicator: words doubled by a typo said once (`lao động lao
    động`), no leading `các`/`những`, no dangling connector at the end (`… trong các`), and no
    longer than `LONGEST` syllables, cut only before a connector (a word of several syllables,
    `thương mại điện tử`, is never cut)."""
    words = phrase.strip(" ,.;:()").split()
    words = _undoubled(words)
    while words and words[0].lower() in ("các", "những", "mọi", "toàn bộ"):
        words = words[1:]
    if len(words) > LONGEST:
        cuts = [i for i in range(1, LONGEST + 1) if words[i].lower() in _OPENS]
        words = words[: cuts[-1]] if cuts else words
    while words and words[-1].lower() in _JOINS:
        words = words[:-1]
    return " ".join(words).strip(" ,.;:()")


def _undoubled(words: list[str]) -> list[str]:
    """Words with a run repeated at once said once: `người người` → `người`, `lao động lao
    động` → `lao động`."""
    out: list[str] = []
    for w in words:
        out.append(w)
        for n in (1, 2, 3):
            if len(out) >= 2 * n and [x.lower() for x in out[-n:]] == [
                x.lower() for x in out[-2 * n : -n]
            ]:
                del out[-n:]
                break
    return out


_CUT = re.compile(
    r"[,;.:(/]|\s(?:sẽ|đã|vào|trên địa bàn|đến năm|trong giai đoạn|giai đoạn|so với)\s|"
    r"\s(?:trước|chậm nhất|trong|từ|đến|tới)\s+(?:ngày|tháng|năm|quý)\s"
)
_LEAD_WORDS = re.compile(
    r"^(?:\s*(?:phấn đấu|đạt|tăng(?! trưởng)|giảm|nâng|đưa|có|là|chiếm|từ|trên|hơn|khoảng|ít nhất|"
    r"tối thiểu|tối đa|không quá|dưới|hằng năm|hàng năm|mỗi năm|đến năm \d{4}|bình quân)(?!\w))+",
    re.IGNORECASE,
)
_TAIL_WORDS = re.compile(
    r"(?:\s+(?:phấn đấu|đạt|đạt được|tăng|giảm|nâng|lên|xuống|còn|là|chiếm|từ|trên|hơn|khoảng|tới|"
    r"ít nhất|tối thiểu|tối đa|không quá|dưới|bình quân|trung bình|mức|ở mức|được))+\s*$",
    re.IGNORECASE,
)
_OF_PRODUCT = re.compile(r"\s*(?:của\s+)?(GRDP|GDP|tổng sản phẩm)(?!\w)", re.IGNORECASE)


def subject(text: str, start: int, end: int, g: str, unit: str) -> str:
    """The words a figure is about, for a new indicator's name: those after it (`80% doanh
    nghiệp …`), else those before it (`tỷ trọng kinh tế số tăng bình quân 1,5 điểm …`); for a
    rank, what it ranks (`… về chỉ số chuyển đổi số`); for a share of the product (`kinh tế số
    chiếm 20% GRDP`), the share of what is before it (`tỷ trọng kinh tế số trong GRDP`).
    for a rate per so many people, what it counts (`25 bác sĩ/10.000 dân`). `start`/`end`: the
    figure's offsets in `text`, `g` its group (the fallback)."""
    after = re.sub(r"^\s*(?:trở lên|trở xuống)(?!\w)", "", text[end : end + 120])
    inner = re.match(r"[\d.,]+\s+([^/]+?)\s*/", text[start:end])
    if inner is not None:  # "25 bác sĩ/10.000 dân": what is counted per so many people
        return _words(inner.group(1))
    if unit == "rank":
        about = re.search(r"(?<!\w)về\s+(.+)", after)
        return _words(about.group(1) if about else "chỉ số") or "chỉ số"
    before = re.split(r"[,;:.\n]|\s(?:như|là|gồm|về|với|cho)\s", text[max(0, start - 120) : start])[
        -1
    ]
    figure = _FIGURE.search(before)
    if figure is not None:  # "A đạt 80% vào năm 2025 và 100% …": the 100% is A's too
        before = before[: figure.start()]
    product = _OF_PRODUCT.match(after)
    if product is not None:
        whole = _words(_TAIL_WORDS.sub("", before))
        whole = re.sub(
            r"^(?:tỷ trọng|tỉ trọng|tỉnh ta|toàn tỉnh|tỉnh|thành phố)(?:\s+|$)",
            "",
            whole,
            flags=re.I,
        )
        return f"tỷ trọng {clean(whole)} trong {product.group(1)}" if whole else product.group(1)
    found = _words(after) if re.match(r"\s*[^\W\d_]", after) else ""
    return (
        found
        or _words(_FRAME_WORDS.sub(" ", _TAIL_WORDS.sub("", before)))
        or _previous(text, start)
    )


_FRAME_WORDS = re.compile(
    r"(?<!\w)(?:(?:đến|tới|vào|trong)\s+)?năm\s+\d{4}|(?:đề ra|đặt ra|đặt|xác định)?\s*"
    r"(?:mục tiêu|chỉ tiêu|kế hoạch)(?:\s+(?:là|của|đề ra))?|(?:^|\s)(?:tỉnh ta|toàn tỉnh|tỉnh|"
    r"thành phố|toàn quốc|cả nước)(?!\w)|(?:đề ra|đặt ra|phấn đấu)(?!\w)",
    re.IGNORECASE,
)
"""The frame of a figure that names no measure: its year, `chỉ tiêu … là`, `tỉnh đề ra mục
tiêu`."""
_FIGURE = re.compile(r"(?<![\w/.,])\d(?:[\d.,]*\d)?\s*(?:%|phần trăm)")
_FIGURE_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|phần trăm)?\s+(?=[^\W\d_])")


def _previous(text: str, start: int) -> str:
    """The words of the figure before, in the same sentence, for a figure with no words of its
    own (`… 80% hộ gia đình dùng cáp quang, đến năm 2030 đạt 100%`); empty when there is none."""
    window = text[max(0, start - 200) : start]
    window = re.split(r"[.!?…]\s|\n", window)[-1]
    found = list(_FIGURE_BEFORE.finditer(window))
    for m in reversed(found):
        words = _words(window[m.end() :])
        if words and not re.match(r"(?:năm|tháng|ngày)(?!\w)", words):
            return words
    return ""


def _words(words: str) -> str:
    words = _CUT.split(" " + words.strip() + " ")[0]
    words = re.sub(r"^[\s\-–•+*]+", "", words)
    return _LEAD_WORDS.sub("", words).strip()


def choose(match: Match, g: str, q: Quantity, unit: str, text: str) -> tuple[str, float, str, bool]:
    """(indicator id, score, Vietnamese name, whether it is a proposed new one) of a figure `q`
    in group `g` of `text`: the catalogue's best `match` when it scores `MATCH` or more, else a
    new indicator named from the words the figure is about."""
    if match.indicator is not None and match.score >= MATCH:
        return match.indicator.id, match.score, match.indicator.name.vi, False
    new_id, name = proposed(subject(text, q.start, q.end, g, unit), unit)
    return new_id, match.score, name, True


BARE = 0.1
"""A statement whose best indicator scores below this says next to nothing of its own."""


def best_in(
    matcher: Matcher, words: str, unit: str, clause: str, sentence: str, previous: str | None
) -> Match:
    """The indicator of a statement; a short one is read with its clause, then its sentence
    ("90% hồ sơ công việc tại cấp tỉnh, …, được xử lý trên môi trường mạng"; "các huyện còn
    lại thực hiện trước năm 2024" after what is to be done); a figure with next to no words of
    its own, with its sentence and the sentence before it in its paragraph ("… 80% dịch vụ công
    trực tuyến mức độ 4. Tỉnh phấn đấu đạt 85%.")."""
    own = match = matcher.best(words, unit)
    arounds: list[tuple[str | None, float]] = [(clause, 0.6), (sentence, 0.5)]
    if wordless(words):  # "…, kinh tế số đạt 30% GDP; tỉnh phấn đấu đạt 20% GRDP"
        arounds.append((sentence, 0.9))
    if own.score < BARE or wordless(words):
        arounds.append((previous, 0.9))
    for around, weight in arounds:
        if match.score >= MATCH or around is None:
            break
        match = max(
            match, matcher.best(words, unit, context=around, weight=weight), key=lambda m: m.score
        )
    return match
