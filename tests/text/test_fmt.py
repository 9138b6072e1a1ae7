"""The one formatter of values: units, differences, targets and dates, in both languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dxgap.text import fmt


@pytest.mark.parametrize(
    ("value", "unit", "en", "vi"),
    [
        (76.0, "percent", "76%", "76%"),  # no needless ",0"
        (86.3, "percent", "86.3%", "86,3%"),
        (7.0, "rank", "rank 7", "hạng 7"),
        (11340.0, "vnd_billion", "11,340 bn VND", "11.340 tỷ đồng"),
        (844.0, "vnd_billion", "844 bn VND", "844 tỷ đồng"),
        (1586.0, "count", "1,586", "1.586"),
        (1_200_000.0, "people", "1,200,000", "1.200.000"),
        (0.7411, "index", "0.7411", "0,7411"),
        (1.0, "boolean", "done", "đã hoàn thành"),
        (0.0, "boolean", "not done", "chưa hoàn thành"),
        (23.5, "rank", "rank 24", "hạng 24"),  # an interpolated plan value: ranks are whole
        (40.0, "vnd_billion", "40 bn VND", "40 tỷ đồng"),
        (None, "percent", "–", "–"),
    ],
)
def test_values_in_their_units(value: float | None, unit: str, en: str, vi: str) -> None:
    assert fmt.format_value(value, unit, "en") == en
    assert fmt.format_value(value, unit, "vi") == vi


@pytest.mark.parametrize(
    ("value", "unit", "en", "vi"),
    [
        (3.7, "percent", "+3.7 pp", "+3,7 điểm phần trăm"),
        (14.5, "rank", "+15 places", "+15 bậc"),  # whole ranks
        (1.0, "rank", "+1 place", "+1 bậc"),
        (2.0, "rank", "+2 places", "+2 bậc"),
        (-0.0, "rank", "0 places", "0 bậc"),  # no difference has no sign
        (0.0, "percent", "0 pp", "0 điểm phần trăm"),
        (-0.04, "percent", "0 pp", "0 điểm phần trăm"),  # shown as nothing: no "-0"
        (0.0, "index", "0", "0"),
        (-0.26, "count", "-0.3", "-0,3"),
        (1100.0, "count", "+1,100", "+1.100"),
        (None, "count", "–", "–"),
    ],
)
def test_differences_in_their_units(value: float | None, unit: str, en: str, vi: str) -> None:
    assert fmt.format_delta(value, unit, "en") == en
    assert fmt.format_delta(value, unit, "vi") == vi


def test_targets() -> None:
    target = fmt.format_target
    assert target(">=", 80.0, 2025, "percent", "en") == "≥ 80% by 2025"
    assert target(">=", 86.5, 2025, "percent", "vi") == "≥ 86,5% đến năm 2025"
    assert target(">", 7000.0, 2022, "count", "vi") == "> 7.000 đến năm 2022"
    assert target(">=", 1.0, 2022, "boolean", "en") == "done by 2022"
    assert target(">=", 1.0, 2022, "boolean", "vi") == "hoàn thành trong năm 2022"
    assert target("<=", 10.0, 2030, "rank", "en") == "≤ rank 10 by 2030"
    # "khoảng 30%": an approximate target names no comparator
    assert target(">=", 30.0, 2030, "percent", "en", approx=True) == "about 30% by 2030"
    assert target(">=", 30.0, 2030, "percent", "vi", approx=True) == "khoảng 30% đến năm 2030"
    # "20% mỗi năm": a level to reach every year, not a deadline
    assert target(">=", 20.0, 2025, "percent", "en", annual=True) == "≥ 20% a year (to 2025)"
    assert target(">=", 20.0, 2025, "percent", "vi", annual=True) == "≥ 20% mỗi năm (đến năm 2025)"


@pytest.mark.parametrize(
    ("pace", "en", "vi"),
    [
        (-6.5, "up 6.5 places", "tăng 6,5 bậc"),  # 25 → 12 in two years: a better place
        (3.0, "down 3 places", "giảm 3 bậc"),  # 60 → 63
        (-1.0, "up 1 place", "tăng 1 bậc"),
        (0.0, "no change", "giữ nguyên"),
    ],
)
def test_a_rank_moves_up_or_down(pace: float, en: str, vi: str) -> None:
    assert fmt.format_change(pace, "rank", "en") == en
    assert fmt.format_change(pace, "rank", "vi") == vi
    assert fmt.format_change(3.7, "percent", "vi") == "+3,7 điểm phần trăm"  # others: a delta


def test_vietnamese_numbers_swap_the_separators() -> None:
    assert fmt.number(1586, 0, "vi") == "1.586"
    assert fmt.number(86.3, 1, "vi") == "86,3"
    assert fmt.number(11340.5, 1, "vi") == "11.340,5"
    assert fmt.number(11340.5, 1, "en") == "11,340.5"


@given(st.floats(min_value=-0.049, max_value=0.049))
def test_never_minus_zero(value: float) -> None:
    for lang in ("en", "vi"):
        assert not fmt.number(value, 1, lang).startswith("-")
        assert fmt.format_percent(value, lang) == "0%"


@pytest.mark.parametrize(
    ("value", "en", "vi"),
    [(52000.0, "52,000", "52.000"), (86.3, "86.3", "86,3"), (0.33333, "0.3333", "0,3333"),
     (1234.567, "1,235", "1.235"), (4.33333, "4.333", "4,333"), (0.05, "0.05", "0,05")],
)  # fmt: skip
def test_compact_numbers_never_use_exponents(value: float, en: str, vi: str) -> None:
    assert fmt.compact(value, "en") == en
    assert fmt.compact(value, "vi") == vi


def test_shortest_form_in_messages() -> None:
    assert fmt.shortest(100.0, "en") == "100"
    assert fmt.shortest(86.3, "vi") == "86,3"
    assert fmt.shortest(0.001, "en") == "0.001"


@pytest.mark.parametrize(
    ("iso", "en", "vi"),
    [
        ("2025-07-01", "2025-07-01", "01/7/2025"),
        ("2026-11-30", "2026-11-30", "30/11/2026"),
        ("2025-02-05", "2025-02-05", "05/02/2025"),
        ("2024-03", "2024-03", "3/2024"),
        ("2024", "2024", "2024"),
    ],
)
def test_dates_as_each_language_writes_them(iso: str, en: str, vi: str) -> None:
    assert fmt.format_date(iso, "en") == en
    assert fmt.format_date(iso, "vi") == vi


@pytest.mark.parametrize(
    ("value", "unit", "en", "vi"),
    [
        (3.7, "percent", "+3.7 pp", "+3,7 điểm phần trăm"),  # still to go
        (0.0, "percent", "0 pp", "0 điểm phần trăm"),
        (-1.0, "rank", "1 place beyond", "vượt 1 bậc"),  # rank 9 for a top-10 target
        (-2.5, "percent", "2.5 pp beyond", "vượt 2,5 điểm phần trăm"),
        (-1100.0, "count", "1,100 beyond", "vượt 1.100"),
    ],
)
def test_gaps_once_met_say_by_how_much(value: float, unit: str, en: str, vi: str) -> None:
    assert fmt.format_gap(value, unit, "en") == en
    assert fmt.format_gap(value, unit, "vi") == vi


def test_a_percentage_gap_keeps_its_unit_whole_in_a_terminal_cell() -> None:
    # "0 điểm phần / trăm" was broken wherever the column ended
    assert fmt.format_gap(32.4, "percent", "vi", cell=True) == "+32,4\nđiểm phần trăm"
    assert fmt.format_gap(-2.5, "percent", "vi", cell=True) == "vượt 2,5\nđiểm phần trăm"
    assert fmt.format_gap(32.4, "percent", "en", cell=True) == "+32.4 pp"  # short: one line
    assert fmt.format_gap(2.0, "rank", "vi", cell=True) == "+2 bậc"


def test_chart_labels_of_ranks_speak_the_language() -> None:
    assert fmt.format_short(9.0, "rank", "vi") == "hạng 9"
    assert fmt.format_short(9.0, "rank", "en") == "#9"


# --- issue 16: the kinds of targets plans state ------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "en", "vi"),
    [
        # "Trong giai đoạn 2025–2030, … nằm trong nhóm 10 tỉnh, thành phố dẫn đầu" (of 63)
        (
            {"comparator": "<=", "value": 10.0, "year": 2030, "unit": "rank", "annual": True,
             "from_year": 2025, "out_of": 63},
            "≤ rank 10 of 63 every year 2025–2030",
            "≤ hạng 10/63 hằng năm giai đoạn 2025–2030",
        ),
        # a window of one year names the year once
        (
            {"comparator": ">=", "value": 7.0, "year": 2025, "unit": "percent", "annual": True,
             "from_year": 2025},
            "≥ 7% every year 2025",
            "≥ 7% hằng năm giai đoạn 2025",
        ),
        # "25% – 30%": the range is the goal, whichever end decides
        (
            {"comparator": ">=", "value": 25.0, "year": 2030, "unit": "percent", "low": 25.0,
             "high": 30.0},
            "25–30% by 2030",
            "25–30% đến năm 2030",
        ),
        (
            {"comparator": "<=", "value": 10.0, "year": 2025, "unit": "rank", "low": 5.0,
             "high": 10.0},
            "rank 5–10 by 2025",
            "hạng 5–10 đến năm 2025",
        ),
        (
            {"comparator": ">=", "value": 300.0, "year": 2025, "unit": "vnd_billion",
             "low": 300.0, "high": 333.0, "approx": True},
            "about 300–333 bn VND by 2025",
            "khoảng 300–333 tỷ đồng đến năm 2025",
        ),
        # "cung cấp 65% dịch vụ công trực tuyến toàn trình" (no year stated)
        (
            {"comparator": ">=", "value": 65.0, "year": None, "unit": "percent"},
            "≥ 65% (no deadline)",
            "≥ 65% (không nêu thời hạn)",
        ),
        (
            {"comparator": ">=", "value": 30.0, "year": 2030, "unit": "percent", "approx": True},
            "about 30% by 2030",
            "khoảng 30% đến năm 2030",
        ),
        (
            {"comparator": "<=", "value": 10.0, "year": 2025, "unit": "rank", "out_of": 34},
            "≤ rank 10 of 34 by 2025",
            "≤ hạng 10/34 đến năm 2025",
        ),
    ],
)  # fmt: skip
def test_goals_of_every_kind(kwargs: dict[str, object], en: str, vi: str) -> None:
    args = {k: kwargs.pop(k) for k in ("comparator", "value", "year", "unit")}
    for lang, expected in (("en", en), ("vi", vi)):
        assert fmt.format_target(*args.values(), lang, **kwargs) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "year", "unit", "out_of", "period", "en", "vi"),
    [
        (12.0, 2022, "rank", 63, None, "rank 12 of 63 (2022)", "hạng 12/63 (2022)"),
        (12.0, 2022, "rank", None, None, "rank 12 (2022)", "hạng 12 (2022)"),
        # the week-3/2024 snapshot of the Decision-766 index is not "2024"
        (64.0, 2024, "percent", None, "2024-W03", "64% (week 3, 2024)", "64% (tuần 3/2024)"),
        (70.5, 2024, "percent", None, "2024-Q1", "70.5% (Q1 2024)", "70,5% (quý I/2024)"),
        (70.5, 2024, "percent", None, "2024-Q4", "70.5% (Q4 2024)", "70,5% (quý IV/2024)"),
        (70.5, 2024, "percent", None, "2024-01", "70.5% (month 1, 2024)", "70,5% (tháng 1/2024)"),
        (70.5, 2024, "percent", None, "2024-01-23", "70.5% (2024-01-23)", "70,5% (23/01/2024)"),
        (70.5, 2024, "percent", None, "2024", "70.5% (2024)", "70,5% (2024)"),
        (None, 2024, "percent", None, None, "–", "–"),
    ],
)
def test_latest_values_say_what_they_measure(
    value: float | None,
    year: int,
    unit: str,
    out_of: int | None,
    period: str | None,
    en: str,
    vi: str,
) -> None:
    assert fmt.format_latest(value, year, unit, "en", " ", out_of, period) == en
    assert fmt.format_latest(value, year, unit, "vi", " ", out_of, period) == vi


def test_a_yes_no_target_without_a_deadline() -> None:
    assert fmt.format_target(None, 1.0, None, "boolean", "en") == "done (no deadline)"
    assert fmt.format_target(None, 1.0, None, "boolean", "vi") == "hoàn thành (không nêu thời hạn)"
    assert fmt.format_target(None, 1.0, 2024, "boolean", "vi") == "hoàn thành trong năm 2024"


def test_years_met_and_series_breaks_in_words() -> None:
    assert fmt.format_years_met(3, 4, "en") == "met 3 of 4 years"
    assert fmt.format_years_met(3, 4, "vi") == "3/4 năm đạt"
    assert fmt.format_years_met(1, 1, "en") == "met 1 of 1 year"
    assert fmt.format_years_met(0, 0, "vi") == ""  # nothing assessed: nothing said
    assert fmt.format_years_met(None, None, "en") == ""
    assert fmt.format_series_from(2024, "en") == "new series from 2024"
    assert fmt.format_series_from(2024, "vi") == "chuỗi số liệu mới từ năm 2024"
    assert fmt.format_series_from(None, "vi") == ""
    # the DTI's breaks, noted once
    assert fmt.format_series_breaks([2021, 2022, 2024, 2025], "vi") == (
        "chuỗi số liệu mới từ các năm 2021, 2022, 2024, 2025"
    )
    assert fmt.format_series_breaks([2024], "en") == "new series from 2024"
    assert fmt.format_series_breaks([], "en") == ""


def _excel_shows(code: str, value: float, lang: str) -> str:
    """What a spreadsheet in `lang`'s locale shows for `value` in the number format `code`
    (only the forms `spreadsheet_words` writes: quoted text around `0` or `0.0`, a section
    for positive numbers and one for negative ones, shown without their sign)."""
    sections = code.split(";")
    section = sections[1] if value < 0 and len(sections) > 1 else sections[0]
    parts = section.split('"')  # text inside quotes at odd positions
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        elif part:
            text = f"{abs(value):.{1 if part == '0.0' else 0}f}"
            out.append(text.replace(".", ",") if lang == "vi" else text)
    return "".join(out)


@pytest.mark.parametrize(
    ("column", "value", "en", "vi"),
    [
        # a pace: 25 → 12 in two years is up 6.5 places a year; 60 → 63 in one, down 3
        ("needed_pace", -6.5, "up 6.5 places", "tăng 6,5 bậc"),
        ("observed_pace", 3.0, "down 3 places", "giảm 3 bậc"),
        ("planned_pace", -2 / 3, "up 0.7 places", "tăng 0,7 bậc"),  # 12 → 10 in three years
        ("planned_pace", -1.0, "up 1 place", "tăng 1 bậc"),
        ("observed_pace", 0.0, "no change", "giữ nguyên"),
        # still 2 places to go (12th, top 10 promised); 1 place beyond (9th)
        ("gap", 2.0, "+2 places", "+2 bậc"),
        ("gap", -1.0, "1 place beyond", "vượt 1 bậc"),
        ("ahead_by", -2.0, "-2 places", "-2 bậc"),  # 2 places behind the planned path
    ],
)
def test_a_sheet_shows_a_rank_movement_in_words_and_keeps_the_number(
    column: str, value: float, en: str, vi: str
) -> None:
    for lang, shown in (("en", en), ("vi", vi)):
        code = fmt.spreadsheet_words(column, value, "rank", lang)
        assert code is not None
        assert _excel_shows(code, value, lang) == shown, code
    assert fmt.spreadsheet_words("needed_pace", 3.7, "percent", "vi") is None  # a number
    assert fmt.spreadsheet_words("planned", 12.0, "rank", "vi") is None  # a rank, not a move


@pytest.mark.parametrize(
    ("column", "value", "unit", "shown"),
    [
        ("latest_value", 100.0, "percent", "0"),  # 100%, never 100,0%
        ("latest_value", 11.34, "percent", "0.00"),  # as published: 11,34%
        ("latest_value", 45.8, "percent", "0.0"),
        ("gap", 8.66, "percent", "0.0"),  # computed: one decimal, as the tables (+8,7)
        ("needed_pace", 3.0, "percent", "0"),
        ("progress_pct", 80.4, None, "0"),  # 80%, as the tables
        ("target_value", 7000.0, "count", None),  # a count's own format: #,##0
        ("target_low", 5.0, "rank", "0"),  # a range's end of ranks: whole
        ("target_value", 40.0, "vnd_billion", "#,##0"),  # 40 tỷ đồng, not 40,0
        ("name", 1.5, "percent", None),  # not a figure
    ],
)
def test_a_person_s_sheet_shows_a_figure_with_the_decimals_the_tables_show(
    column: str, value: float, unit: str | None, shown: str | None
) -> None:
    assert fmt.spreadsheet_figure(column, value, unit) == shown


def test_a_series_first_year_is_a_year_in_a_workbook() -> None:
    assert fmt.spreadsheet_format("series_from", integer=True) == "0"  # 2022, not 2,022


@pytest.mark.parametrize(
    ("value", "unit", "decimals", "en", "vi"),
    [
        (86.25, "percent", 1, "86.3%", "86,3%"),  # half up, not to even (86.2)
        (63.475, "percent", 2, "63.48%", "63,48%"),  # as written, not its binary 63.4749…
        (332.5, "vnd_billion", 1, "333 bn VND", "333 tỷ đồng"),  # whole billions from 100 up
        (2.675, "count", 2, "2.68", "2,68"),
        (0.125, "count", 2, "0.13", "0,13"),
    ],
)
def test_figures_are_rounded_half_up_as_officials_round_them(
    value: float, unit: str, decimals: int, en: str, vi: str
) -> None:
    assert fmt.format_value(value, unit, "en", decimals=decimals) == en
    assert fmt.format_value(value, unit, "vi", decimals=decimals) == vi


def test_differences_round_half_away_from_zero() -> None:
    assert fmt.format_delta(2.25, "percent", "vi") == "+2,3 điểm phần trăm"
    assert fmt.format_delta(-2.25, "count", "en") == "-2.3"
    assert fmt.format_delta(0.05, "percent", "en") == "+0.1 pp"  # shown as 0.1, so it has a sign


def test_huge_and_numpy_figures_are_shown_as_written() -> None:
    import numpy as np

    # the digits of the number as written, not of its binary approximation (…019,884,624,838,656)
    assert fmt.number(1e30, 2, "en") == "1,000,000,000,000,000,000,000,000,000,000.00"
    assert fmt.compact(np.float64(1586.0), "vi") == "1.586"  # a chart's axis hands numpy floats
    assert fmt.number(-0.004, 2, "en") == "0.00"  # never "-0.00"


def test_an_index_keeps_four_significant_digits_never_an_exponent() -> None:
    assert fmt.format_value(0.74115, "index", "vi") == "0,7412"  # half up, as written
    assert fmt.format_value(12345.6, "index", "en") == "12,346"  # not "1.235e+04"
    assert fmt.format_delta(-0.031, "index", "vi") == "-0,031"
    assert fmt.format_delta(0.0, "index", "en") == "0"
