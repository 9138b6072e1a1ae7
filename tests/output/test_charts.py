"""Trajectory charts: Vietnamese letters in the font, labels in the language, and no global
matplotlib state touched."""

from __future__ import annotations

import builtins
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from dxgap.frames import STATUSES
from dxgap.output import charts
from dxgap.results import GapRow, TargetPath, TrajectoryPoint
from dxgap.text import status_label


def test_the_chart_font_has_every_vietnamese_letter_dxgap_prints(repo_workspace: Path) -> None:
    import yaml
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    font = FT2Font(font_manager.findfont(charts.FONT, fallback_to_default=False))
    catalogue = yaml.safe_load((repo_workspace / "targets" / "indicators.yaml").read_text("utf-8"))
    text = "".join(i["name"]["vi"] for i in catalogue["indicators"])
    text += "".join(status_label(s, "vi") for s in STATUSES) + "".join(
        charts.chart_words("vi").values()
    )
    text += "Bình Dương Bình Phước Bạc Liêu Việt Nam ĐđƯưƠơ"
    missing = sorted({c for c in text if c.strip() and font.get_char_index(ord(c)) == 0})
    assert missing == []


PATH = TargetPath(
    GapRow(
        province="p", target_id="share-2025", status="on_track", name="Share", name_vi="Tỷ lệ",
        unit="percent", comparator=">=", target_value=80.0, target_year=2025, latest_year=2024,
        latest_value=62.5,
    ),
    [
        TrajectoryPoint("p", "share-2025", 2023, planned=40.0, actual=45.0),
        TrajectoryPoint("p", "share-2025", 2024, planned=60.0, actual=62.5),
        TrajectoryPoint("p", "share-2025", 2025, planned=80.0, projected=80.0),
    ],
)  # fmt: skip


def test_a_vietnamese_chart_writes_vietnamese_numbers_and_words() -> None:
    svg = charts.figure_bytes([PATH], 2024, "svg", "vi").decode("utf-8")
    assert "62,5%" in svg  # the measured point's label
    assert "Tỷ lệ" in svg
    assert "Đúng tiến độ" in svg
    assert "62.5%" not in svg


def test_drawing_leaves_matplotlib_as_it_found_it() -> None:
    import matplotlib

    backend, params = matplotlib.get_backend(), dict(matplotlib.rcParams)
    charts.figure_bytes([PATH], 2024, "png", "en")
    assert matplotlib.get_backend() == backend
    assert dict(matplotlib.rcParams) == params


def test_missing_charts_extra_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    with pytest.raises(charts.ChartsMissing) as info:
        charts.figure_bytes([PATH], 2024, "png", "en")
    assert "pip install" in str(info.value)


def test_names_are_drawn_as_written_never_as_tex() -> None:
    # ../shared/cases/hostile-i-mathtext: "$\undefinedcommand{x}$" crashed matplotlib's parser
    from dataclasses import replace

    row = replace(PATH.row, name="Budget $\\undefinedcommand{x}$ online")
    svg = charts.figure_bytes([TargetPath(row, PATH.points)], 2024, "svg", "en").decode()
    assert "$\\undefinedcommand{x}$" in svg


def test_long_titles_are_cut() -> None:
    from dataclasses import replace

    row = replace(PATH.row, name="x" * 300_000)
    picture = charts.figure_bytes([TargetPath(row, PATH.points)], 2024, "svg", "en", "y" * 10_000)
    svg = picture.decode("utf-8")
    assert "x" * (charts.TITLE_CHARS + 1) not in svg
    assert "y" * (2 * charts.TITLE_CHARS + 1) not in svg


def test_a_picture_holds_a_bounded_number_of_charts() -> None:
    from dxgap.errors import UsageError

    with pytest.raises(UsageError):
        charts.figure_bytes([PATH] * (charts.MAX_CHARTS + 1), 2024, "png", "en")


def _svg_texts(path: TargetPath, lang: str = "en") -> list[str]:
    import html
    import re

    svg = charts.figure_bytes([path], 2024, "svg", lang).decode("utf-8")
    return [html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)]


def test_a_percentage_spread_wide_is_drawn_on_the_whole_scale() -> None:
    row = GapRow(
        province="p", target_id="wide", status="on_track", unit="percent", comparator=">=",
        target_value=80.0, target_year=2025, baseline_year=2020, baseline_value=20.0,
    )  # fmt: skip
    points = [TrajectoryPoint("p", "wide", 2020, planned=20.0, actual=20.0)]
    texts = _svg_texts(TargetPath(row, points))
    assert "0%" in texts  # the scale starts at 0 …
    assert "100%" in texts  # … and ends at 100, never 105
    assert not any(t in texts for t in ("105%", "110%", "-20%"))
    assert "axis cut to the data" not in texts


def test_a_narrow_band_is_cut_and_says_so() -> None:
    row = GapRow(
        province="p", target_id="narrow", status="insufficient_data", unit="percent",
        comparator=">", target_value=95.0, target_year=2025,
    )  # fmt: skip
    points = [TrajectoryPoint("p", "narrow", 2024, actual=92.0)]
    texts = _svg_texts(TargetPath(row, points), "vi")
    assert "trục không bắt đầu từ 0" in texts
    assert "0" not in texts


def test_ranks_are_whole_with_one_at_the_top_and_none_below_one() -> None:
    row = GapRow(
        province="p", target_id="top", status="on_track", unit="rank", comparator="<=",
        target_value=1.0, target_year=2025,
    )  # fmt: skip
    points = [
        TrajectoryPoint("p", "top", 2023, actual=3.0),
        TrajectoryPoint("p", "top", 2024, actual=2.0),
    ]
    texts = _svg_texts(TargetPath(row, points))
    numbers = [t for t in texts if t.lstrip("-").replace(".", "").isdigit() and len(t) < 4]
    assert numbers  # the rank axis is labelled
    assert all("." not in t and int(t) >= 1 for t in numbers)  # whole ranks, never 0


def test_a_yes_no_target_shows_its_two_states() -> None:
    row = GapRow(
        province="p", target_id="task", status="no_data", unit="boolean", comparator=">=",
        target_value=1.0, target_year=2024,
    )  # fmt: skip
    texts = _svg_texts(TargetPath(row, []), "vi")
    assert "đã hoàn thành" in texts  # the two states on the axis, not 0.96 … 1.04
    assert "chưa hoàn thành" in texts
    assert not any("," in t for t in texts)


def test_without_a_stated_base_no_plan_path_is_drawn() -> None:
    row = GapRow(
        province="p", target_id="nobase", status="insufficient_data", unit="percent",
        comparator=">=", target_value=20.0, target_year=2025, latest_year=2023, latest_value=11.3,
    )  # fmt: skip
    points = [
        TrajectoryPoint("p", "nobase", 2023, planned=11.3, actual=11.3),
        TrajectoryPoint("p", "nobase", 2025, planned=20.0),
    ]
    assert "planned path" not in _svg_texts(TargetPath(row, points))
    with_base = TargetPath(replace(row, baseline_year=2023, baseline_value=11.3), points)
    assert "planned path" in _svg_texts(with_base)


def test_every_chart_has_a_text_alternative() -> None:
    alt = charts.text_alternative(PATH, "vi")
    assert alt == (
        "Tỷ lệ: mục tiêu ≥ 80% đến năm 2025, đúng tiến độ; số liệu thực tế: 45% năm 2023, "
        "62,5% năm 2024."
    )


def _axes(path: TargetPath, as_of: int = 2024, lang: str = "en") -> Any:
    """The drawn axes of one chart (tick labels laid out, nothing rendered)."""
    fig = charts.figure([path], as_of, lang)
    fig.draw_without_rendering()
    return fig.axes[0]


def test_percent_ticks_carry_the_percent_sign_in_the_language() -> None:
    row = GapRow(
        province="p", target_id="wide", status="on_track", unit="percent", comparator=">=",
        target_value=80.0, target_year=2025, baseline_year=2020, baseline_value=20.0,
    )  # fmt: skip
    points = [TrajectoryPoint("p", "wide", 2020, planned=20.0, actual=20.0)]
    ticks = [t.get_text() for t in _axes(TargetPath(row, points)).get_yticklabels()]
    assert ticks == ["0%", "20%", "40%", "60%", "80%", "100%"]
    narrow = replace(row, target_value=93.0, baseline_value=92.0, comparator=">")
    at = [TrajectoryPoint("p", "wide", 2020, planned=92.0, actual=92.0)]
    ax = _axes(TargetPath(narrow, at), lang="vi")
    ticks = [t.get_text() for t in ax.get_yticklabels()]
    assert "92%" in ticks  # on an axis cut to the data
    assert all(t.endswith("%") for t in ticks)
    assert ax.yaxis.get_major_formatter()(92.5, 0) == "92,5%"  # the Vietnamese way


def test_a_plan_without_data_is_never_on_an_axis_cut_to_the_data() -> None:
    # ../shared/cases/chart-no-data-axis: a plan base and a target 95 → 100, nothing measured
    row = GapRow(
        province="p", target_id="plan", status="no_data", unit="percent", comparator=">=",
        target_value=100.0, target_year=2025, baseline_year=2022, baseline_value=95.0,
    )  # fmt: skip
    points = [
        TrajectoryPoint("p", "plan", y, planned=95.0 + (y - 2022) * 5 / 3) for y in (2022, 2025)
    ]
    ax = _axes(TargetPath(row, points))
    assert ax.get_ylim() == (-3.0, 103.0)  # the whole 0–100 % scale
    assert ax.get_ylabel() == ""  # no "axis cut to the data"


def test_a_yes_no_chart_keeps_the_as_of_year_in_view() -> None:
    # provincial-databases-2024: the last state 2024, the report as of 2026
    row = GapRow(
        province="p", target_id="databases-2024", status="missed", unit="boolean",
        comparator=">=", target_value=1.0, target_year=2024, latest_year=2024, latest_value=0.0,
    )  # fmt: skip
    points = [TrajectoryPoint("p", "databases-2024", 2024, actual=0.0)]
    ax = _axes(TargetPath(row, points), as_of=2026)
    lines = [line for line in ax.lines if line.get_gid() == "as-of"]
    assert [list(line.get_xdata()) for line in lines] == [[2026, 2026]]
    assert ax.get_xlim()[0] < 2024 < 2026 < ax.get_xlim()[1]
    assert "as of 2026" in [t.get_text() for t in ax.texts]


def test_an_as_of_year_before_the_data_is_in_view_too() -> None:
    ax = _axes(PATH, as_of=2019)  # data 2023–2025
    assert ax.get_xlim()[0] < 2019
    assert [list(line.get_xdata()) for line in ax.lines if line.get_gid() == "as-of"] == [
        [2019, 2019]
    ]
