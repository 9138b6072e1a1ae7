"""The one formatter of values for people: every number, target, difference and date that a
table, a report, a chart or a message shows goes through here, in the language of the output.

English writes `1,586.5` and `86.3%`; Vietnamese writes `1.586,5` and `86,3%` (the decimal mark
is a comma and thousands are grouped with points, as in the provinces' reports). A missing value
is `–`. Machine formats (JSON, CSV, Parquet) never pass through here.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

from dxgap.text import COMPARATOR_SIGN, t

MISSING = "–"


def is_missing(value: float | None) -> bool:
    """None or NaN: nothing to show."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _localise(text: str, lang: str) -> str:
    """Swap English separators for the language's: '1,586.5' → '1.586,5' in Vietnamese."""
    if lang == "vi":
        return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


_WIDE = Context(prec=400, rounding=ROUND_HALF_UP)  # every digit of any float (up to 1.8e308)


def rounded(value: float, decimals: int) -> Decimal:
    """`value` rounded to `decimals` decimals as people round the figure they read: half away
    from zero, on the number as written (`86.25` → 86.3, `63.475` → 63.48, `332.5` → 333), not
    on its binary approximation nor half to even, as Python's `round` and `format` do (86.2,
    63.47, 332). Raises ValueError for a value that is not finite."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    exact = Decimal(repr(float(value)))  # numpy's float64 too, as charts hand it over
    return exact.quantize(Decimal(1).scaleb(-decimals), context=_WIDE)


def number(value: float, decimals: int, lang: str) -> str:
    """A number with thousands grouped and `decimals` fixed decimals, rounded half away from
    zero (`rounded`): 1586.5 → '1,586.5' (en), '1.586,5' (vi). Never '-0'."""
    shown = rounded(value, decimals) if math.isfinite(value) else value
    text = f"{shown:,.{decimals}f}"
    if text.startswith("-") and not text.strip("-0.,"):
        text = text[1:]
    return _localise(text, lang)


def shortest(value: float, lang: str) -> str:
    """A value as written in a message: whole numbers without decimals (`100`), others in their
    shortest exact form (`86.3`, `0.001`), with the language's decimal mark; no grouping."""
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return _localise(repr(value), lang)


def compact(value: float, lang: str) -> str:
    """A value in about four significant digits, grouped, never in exponent form: `86.3`,
    `0.3333`, `1,586`, `11,340`; for tables that show numbers without a unit."""
    if not math.isfinite(value):
        return MISSING
    if value.is_integer():
        return number(value, 0, lang)
    size = abs(value)  # four significant digits: 1,235 · 86.3 · 0.3333 · 0.05
    digits = max(0, 4 - len(str(int(size)))) if size >= 1 else 3 - math.floor(math.log10(size))
    text = number(value, digits, lang)
    mark = "," if lang == "vi" else "."
    if mark in text:
        text = text.rstrip("0").rstrip(mark)
    return text


def trimmed(value: float, decimals: int, lang: str) -> str:
    """A number with at most `decimals` decimals and none that are zero: 100.0 → `100`,
    86.30 → `86.3` (`86,3`), grouped. A figure needs no `,0` to be read."""
    text = number(value, decimals, lang)
    mark = "," if lang == "vi" else "."
    if mark in text:
        text = text.rstrip("0").rstrip(mark)
    return text


def whole(value: float) -> float:
    """A rank as people give it: whole (an interpolated 23.5 is shown as 24; halves go up)."""
    return float(math.floor(value + 0.5))


PUBLISHED_DECIMALS = 2
"""Decimals a measured (published) figure keeps at most: 63.47% as the source gives it, not
63.5%; computed figures (paths, projections) keep one."""


def format_value(
    value: float | None,
    unit: str | None,
    lang: str,
    out_of: int | None = None,
    *,
    decimals: int = 1,
) -> str:
    """A value in its unit, as people write it: 76% / 86.3% (86,3%), rank 7 / hạng 7 (with
    `out_of`, the ranking's number of units: rank 12 of 63 / hạng 12/63), 11,340 bn VND /
    11.340 tỷ đồng, done / đã hoàn thành. A percent or a plain number has at most `decimals`
    decimals, none that are zero (`PUBLISHED_DECIMALS` for a measured figure: 63.47%)."""
    if value is None or is_missing(value):
        return MISSING
    match unit:
        case "percent":
            return f"{trimmed(value, decimals, lang)}%"
        case "rank":
            v = number(whole(value), 0, lang)
            return t("unit.rank_of", lang, v=v, n=out_of) if out_of else t("unit.rank", lang, v=v)
        case "vnd_billion":
            return t("unit.vnd_billion", lang, v=trimmed(value, 0 if value >= 100 else 1, lang))
        case "boolean":
            return t("unit.done" if value >= 1 else "unit.not_done", lang)
        case "index":
            return compact(value, lang)
        case _:
            return trimmed(value, decimals, lang)


def format_range(
    low: float, high: float, unit: str | None, lang: str, out_of: int | None = None
) -> str:
    """A range target's two ends in their unit, joined by an en dash: `25–30%`, `rank 5–10`
    (`hạng 5–10`, with `out_of`: `hạng 5–10/63`), `300–333 bn VND`."""
    if unit == "rank":
        v = f"{number(whole(low), 0, lang)}–{number(whole(high), 0, lang)}"
        return t("unit.rank_of", lang, v=v, n=out_of) if out_of else t("unit.rank", lang, v=v)
    ends = [format_value(low, unit, lang), format_value(high, unit, lang)]
    match unit:
        case "percent":
            return f"{ends[0].removesuffix('%')}–{ends[1]}"
        case "vnd_billion":
            v = f"{trimmed(low, 0 if low >= 100 else 1, lang)}–"
            return t("unit.vnd_billion", lang, v=v + trimmed(high, 0 if high >= 100 else 1, lang))
        case _:
            return f"{ends[0]}–{ends[1]}"


def format_short(value: float | None, unit: str | None, lang: str, decimals: int = 1) -> str:
    """A value as a chart labels a point: `86.3%`, `#12` (vi `hạng 12`), `11,340`; a measured
    point with the decimals its source gave (`decimals=PUBLISHED_DECIMALS`: `11.34%`, as the
    tables write it)."""
    if value is None or is_missing(value):
        return MISSING
    if unit == "percent":
        return f"{trimmed(value, decimals, lang)}%"
    if unit == "rank":
        return t("unit.rank_short", lang, v=number(whole(value), 0, lang))
    return compact(value, lang)


def format_delta(value: float | None, unit: str | None, lang: str) -> str:
    """A signed difference in the unit (a gap, how far ahead of plan): `+3.7 pp` (vi `+3,7
    điểm phần trăm`), `+2 places` (`+2 bậc`; ranks are whole), `+1,100`; no difference is `0 pp`, never `-0` nor
    `+0`."""
    if value is None or is_missing(value) or unit == "boolean":
        return MISSING
    if unit == "rank":
        value = whole(value)
    size = abs(value)
    decimals = 0 if unit in ("rank", "vnd_billion") else 1
    # a difference shown as nothing has no sign: never "-0" nor "+0"
    sign = (
        "" if math.isfinite(size) and rounded(size, decimals) == 0 else ("+" if value > 0 else "-")
    )
    match unit:
        case "percent":
            return t("delta.percent", lang, v=sign + trimmed(size, 1, lang))
        case "rank":
            code = "delta.rank_one" if size == 1 else "delta.rank"
            return t(code, lang, v=sign + number(size, 0, lang))
        case "vnd_billion":
            return t("delta.vnd_billion", lang, v=sign + trimmed(size, 0, lang))
        case "index":
            shown = compact(size, lang)
            return shown if shown.strip("0,.") == "" else ("+" if value > 0 else "-") + shown
        case _:
            return sign + trimmed(size, decimals, lang)


def format_gap(value: float | None, unit: str | None, lang: str, cell: bool = False) -> str:
    """What is still to go to a target (docs/methodology.md §2: `gap = d·(yT − y_t)`, positive
    while short of it): `+3.7 pp` (vi `+3,7 điểm phần trăm`); once met, by how much it is
    passed, in words — `1 place beyond` (`vượt 1 bậc`), never "still short by −1". In a
    terminal cell (`cell`) a long unit stands on its own line (`+3,7` / `điểm phần trăm`)
    rather than being broken wherever the column ends."""
    shown = format_delta(value, unit, lang)
    if shown.startswith("-"):
        shown = t("gap.beyond", lang, v=shown[1:])
    points = t("unit.percent_points", lang)
    if cell and unit == "percent" and " " in points:  # "điểm phần trăm", not "pp"
        return shown.replace(" " + points, "\n" + points)
    return shown


def format_change(value: float | None, unit: str | None, lang: str) -> str:
    """A movement per year (a pace): like `format_delta`, but a rank moves up or down — a
    smaller rank number is a better place: 25 → 9 is `up 16 places` (`tăng 16 bậc`), 60 → 63
    `down 3 places` (`giảm 3 bậc`); an average pace keeps one decimal."""
    if unit != "rank" or value is None or is_missing(value):
        return format_delta(value, unit, lang)
    size = abs(value)
    if math.isfinite(size) and rounded(size, 1) == 0:
        return t("change.rank_none", lang)
    code = "change.rank_up" if value < 0 else "change.rank_down"
    if size == 1:
        code += "_one"
    return t(code, lang, v=trimmed(size, 1, lang))


def format_growth(value: float | None, lang: str) -> str:
    """A growth rate in percent a year (the `cagr` method's paces): `+3.2%`."""
    if value is None or is_missing(value):
        return MISSING
    return ("+" if value >= 0 else "-") + trimmed(abs(value), 1, lang) + "%"


def format_percent(value: float | None, lang: str, decimals: int = 0) -> str:
    """A share in percent: `56%`."""
    if value is None or is_missing(value):
        return MISSING
    return f"{number(value, decimals, lang)}%"


def format_target(
    comparator: str | None,
    value: float | None,
    year: int | None,
    unit: str | None,
    lang: str,
    approx: bool = False,
    annual: bool = False,
    *,
    low: float | None = None,
    high: float | None = None,
    from_year: int | None = None,
    out_of: int | None = None,
) -> str:
    """What a target promises: `≥ 80% by 2025` (vi `≥ 80% đến năm 2025`), `done by 2024`
    (`hoàn thành trong năm 2024`), `about 30% by 2030` (`khoảng 30% đến năm 2030`: an
    approximate target names no comparator), `≥ 20% a year (to 2025)` (`≥ 20% mỗi năm (đến
    năm 2025)`: a level to reach every year), a standing window from `from_year` to `year`
    (`≤ rank 10 every year 2025–2030`, `≤ hạng 10 hằng năm giai đoạn 2025–2030`), a range
    `low`–`high` (`25–30% by 2030`: the range is the goal, so no comparator), no deadline
    (`≥ 65% (no deadline)`, `≥ 65% (không nêu thời hạn)`), a rank out of `out_of` units
    (`≤ rank 10 of 63`, `≤ hạng 10/63`); a yes/no target with no deadline `done (no deadline)`
    (`hoàn thành (không nêu thời hạn)`)."""
    if unit == "boolean":
        if year is None:
            return t("goal.no_deadline", lang, level=t("goal.done", lang))
        return t("goal.done_by", lang, year=year)
    if low is not None and high is not None:
        shown = format_range(low, high, unit, lang, out_of)
        level = t("goal.about", lang, value=shown) if approx else shown
    else:
        shown = format_value(value, unit, lang, out_of)
        if approx:
            level = t("goal.about", lang, value=shown)
        else:
            level = f"{COMPARATOR_SIGN.get(str(comparator), '')} {shown}".strip()
    if year is None:
        return t("goal.no_deadline", lang, level=level) if shown != MISSING else level
    if from_year is not None:  # only an annual target has a window
        years = f"{from_year}–{year}" if from_year < year else str(year)
        return t("goal.standing", lang, level=level, years=years)
    if annual:
        return t("goal.annual", lang, level=level, year=year)
    return f"{level} {t('goal.by', lang, year=year)}"


def format_latest(
    value: float | None,
    year: int | None,
    unit: str | None,
    lang: str,
    sep: str = " ",
    out_of: int | None = None,
    period: str | None = None,
) -> str:
    """The latest value, as published (up to two decimals: `63.47%`), with what it measures:
    `86.3% (2024)`, `rank 12 of 63 (2022)` (`hạng
    12/63 (2022)`), a week's figure `64% (week 3, 2024)` (`64% (tuần 3/2024)`); `sep` goes
    between the value and the bracket (a new line in a narrow cell)."""
    if value is None or is_missing(value):
        return MISSING
    when = format_period(period, year, lang)
    shown = format_value(value, unit, lang, out_of, decimals=PUBLISHED_DECIMALS)
    return f"{shown}{sep}({when})" if when else shown


_ROMAN = ("I", "II", "III", "IV")


def format_period(period: str | None, year: int | None, lang: str) -> str:
    """The period a figure measures (a data file's `period` column: `YYYY`, `YYYY-Qn`,
    `YYYY-MM`, `YYYY-Www`, `YYYY-MM-DD`): the year alone (`2024`), `Q1 2024` (`quý I/2024`),
    `month 1, 2024` (`tháng 1/2024`), `week 3, 2024` (`tuần 3/2024`), a date as the language
    writes it (`2024-01-23`, `23/01/2024`). No period: the year (empty when neither)."""
    if not period or len(period) == 4:
        return str(year) if year is not None else (period or "")
    y, _, rest = period.partition("-")
    if rest.startswith("Q") and rest[1:].isdigit() and 1 <= int(rest[1:]) <= 4:
        q = int(rest[1:])
        return t("period.quarter", lang, q=_ROMAN[q - 1] if lang == "vi" else str(q), year=y)
    if rest.startswith("W") and rest[1:].isdigit():
        return t("period.week", lang, w=int(rest[1:]), year=y)
    if rest.isdigit() and len(rest) == 2:
        return t("period.month", lang, month=int(rest), year=y)
    return format_date(period, lang)


def format_years_met(met: int | None, assessed: int | None, lang: str) -> str:
    """How many years of a standing window were met: `met 3 of 4 years` (`3/4 năm đạt`);
    empty when no year was assessed."""
    if met is None or not assessed:
        return ""
    code = "met.years_one" if assessed == 1 else "met.years"
    return t(code, lang, met=met, n=assessed)


def format_series_breaks(years: list[int], lang: str) -> str:
    """The years new series start, noted once: `new series from 2024`, `new series from 2021,
    2022, 2024, 2025` (`chuỗi số liệu mới từ các năm 2021, 2022, 2024, 2025`); empty when
    there are none."""
    if len(years) <= 1:
        return format_series_from(years[0] if years else None, lang)
    return t("series.new_many", lang, years=", ".join(str(y) for y in years))


def format_series_from(year: int | None, lang: str) -> str:
    """A series break noted: `new series from 2024` (`chuỗi số liệu mới từ năm 2024`): progress
    and paces count only from that year (docs/methodology.md); empty when there is none."""
    return "" if year is None else t("series.new", lang, year=year)


VALUE_COLUMNS = frozenset(
    {"baseline_value", "target_value", "latest_value", "projected_value", "gap", "value",
     "planned", "actual", "projected", "ahead_by", "gap_to_benchmark", "benchmark_target_value"}
)  # fmt: skip
"""Columns holding a value in its indicator's unit (a rank, a percentage, a count, …)."""

_UNIT_FORMAT = {
    "percent": "0.0",
    "rank": "0",
    "count": "#,##0",
    "people": "#,##0",
    "vnd_billion": "#,##0.0",
    "index": "0.0###",
    "boolean": "0",
}


def spreadsheet_format(column: str, integer: bool, unit: str | None = None) -> str:
    """The display format a workbook gives a number (Excel format codes, which the spreadsheet
    shows in its own locale: 1.586,5 in a Vietnamese one): years as written (2025, never
    2,025); a value in its unit (`unit`, for `VALUE_COLUMNS`) as the unit is read — a rank or a
    count whole (`0`, `#,##0`), a percentage with one decimal; a progress share with one
    decimal; other whole numbers grouped, other values with up to three decimals."""
    if column in ("year", "series_from") or column.endswith("_year"):  # a year: 2022, not 2.022
        return "0"
    if unit in _UNIT_FORMAT and column in VALUE_COLUMNS:
        return _UNIT_FORMAT[unit]
    if column in ("progress_pct", "coverage_pct"):
        return "0.0"
    return "#,##0" if integer else "#,##0.0##"


MEASURED_COLUMNS = frozenset(
    {"baseline_value", "target_value", "latest_value", "value", "actual", "benchmark_target_value",
     "target_low", "target_high"}
)  # fmt: skip
"""Columns holding a figure as its source or plan gives it (up to two decimals, as the tables);
the other `VALUE_COLUMNS` and the paces are computed (one decimal)."""

_FIGURE_DECIMALS = {
    **dict.fromkeys(MEASURED_COLUMNS, PUBLISHED_DECIMALS),
    **dict.fromkeys(VALUE_COLUMNS - MEASURED_COLUMNS, 1),
    **dict.fromkeys(("observed_pace", "planned_pace", "needed_pace"), 1),
    **dict.fromkeys(("progress_pct", "coverage_pct"), 0),  # "80%", as the tables
}
"""The most decimals a person's sheet shows of a figure, by column."""


def spreadsheet_figure(column: str, value: float | None, unit: str | None) -> str | None:
    """The display format of a figure on a person's sheet, with the decimals the terminal
    tables show and no more: 100% as `100`, 86.3 as `86,3`, a measured 11.34 as `11,34` (fixed
    formats showed `100,0`, `11,3`, a range's end `7,0`). None for other columns, and for a
    unit read whole (`_UNIT_FORMAT`) but at a range's end."""
    limit = _FIGURE_DECIMALS.get(column)
    if limit is None or value is None or is_missing(value):
        return None
    if unit in ("rank", "count", "people", "boolean"):
        ends = column in ("target_low", "target_high")
        return ("0" if unit == "rank" else "#,##0") if ends else None
    shown = f"{value:.{limit}f}".rstrip("0").rstrip(".")
    decimals = len(shown.partition(".")[2])
    base = "0" if unit == "percent" or column.endswith("_pct") else "#,##0"
    return base + ("." + "0" * decimals if decimals else "")


_RANK_WORDS = {
    "observed_pace": format_change,
    "planned_pace": format_change,
    "needed_pace": format_change,
    "gap": format_gap,
    "ahead_by": format_delta,
}
"""Columns that hold a rank's movement, and how the terminal tables write it."""


def spreadsheet_words(column: str, value: float | None, unit: str | None, lang: str) -> str | None:
    """The display format of a rank's movement on a person's sheet, worded as the terminal
    tables word it (`_RANK_WORDS`): a pace `tăng 6,5 bậc` (`up 6.5 places`; a smaller rank
    number is a better place), a gap `+2 bậc` or `vượt 1 bậc`, ahead of plan `-2 bậc`. The
    cell keeps its number (sums, sorting and filters still work); only its display is in
    words, with the spreadsheet's own decimal mark. None for other columns and units."""
    shown_by = _RANK_WORDS.get(column)
    if unit != "rank" or shown_by is None or value is None or is_missing(value):
        return None
    shown = shown_by(value, unit, lang)
    decimals = 1 if shown_by is format_change else 0  # a pace is an average: one decimal
    digits = trimmed(abs(value) if decimals else abs(whole(value)), decimals, lang)
    before, found, after = shown.partition(digits)
    if not found:  # words alone: "giữ nguyên"
        return _literal(shown)
    mark = "," if lang == "vi" else "."
    body = _literal(before) + ("0.0" if mark in digits else "0") + _literal(after)
    return f"{body};{body}"  # a second section: no minus sign of Excel's own before the words


def _literal(text: str) -> str:
    """Text shown as it is in an Excel number format (catalogue text has no double quote)."""
    return f'"{text.replace(chr(34), "")}"' if text else ""


def format_date(iso: str | None, lang: str) -> str:
    """A date as the language writes it: `2025-07-01` (en, ISO) or `01/7/2025` (vi: day in two
    digits, month in two digits for January and February only, as Decree 30/2020/NĐ-CP writes
    dates). `YYYY` and `YYYY-MM` are partial dates."""
    if not iso:
        return MISSING
    if lang != "vi":
        return iso
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = int(parts[1])
    month_text = f"{month:02d}" if month <= 2 else str(month)
    if len(parts) == 2:
        return f"{month_text}/{parts[0]}"
    return f"{int(parts[2]):02d}/{month_text}/{parts[0]}"


_CAPITALISED = frozenset({"Thành phố Hồ Chí Minh", "Thủ đô Hà Nội"})


def in_sentence(name: str, lang: str) -> str:
    """A unit's name inside a sentence: Vietnamese writes "tỉnh Cà Mau", "thành phố Huế" in
    lower case there (its own name keeps its capitals) — but "Thành phố Hồ Chí Minh" and "Thủ đô
    Hà Nội" keep theirs, as Nghị định 30/2020/NĐ-CP (Phụ lục II) writes them."""
    if lang == "vi" and name not in _CAPITALISED:
        for kind in ("Tỉnh ", "Thành phố "):
            if name.startswith(kind):
                return kind.lower() + name[len(kind) :]
    return name
