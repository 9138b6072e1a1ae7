"""What people read in the terminal: the gap table's layout and the summary line (golden strings
from a fixed-width, colourless console)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console, RenderableType

from dxgap.engine import Summary
from dxgap.output import tables
from dxgap.results import GapRow

ROW = GapRow(
    province="binh-phuoc",
    target_id="dti-top10-2030",
    status="on_track",
    name="DTI rank",
    name_vi="Xếp hạng DTI",
    pillar="digital_government",
    unit="rank",
    comparator="<=",
    target_value=10.0,
    target_year=2030,
    latest_value=12.0,
    latest_year=2022,
    gap=2.0,
    progress_pct=86.67,
    observed_pace=-6.5,
    needed_pace=-0.25,
    projected_value=1.0,
)


def rendered(renderable: RenderableType, width: int) -> str:
    console = Console(record=True, width=width, color_system=None, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def test_wide_gap_table() -> None:
    # golden file reviewed by hand: columns, units ("rank 12", "+2 places"), two-line cells
    golden = Path(__file__).parent / "golden" / "gap_table_wide.txt"
    table = tables.gap_table([ROW], "Bình Phước · as of 2024", "en", width=120)
    assert rendered(table, 120) == golden.read_text(encoding="utf-8")


def test_narrow_gap_table_keeps_the_status_column() -> None:
    text = rendered(tables.gap_table([ROW], "Bình Phước", "en", width=80), 80)
    assert "on track" in text
    assert "Projected" not in text
    assert all(len(line) <= 80 for line in text.splitlines())


def test_gap_table_in_vietnamese_names_the_indicator_in_vietnamese() -> None:
    text = rendered(tables.gap_table([ROW], "Bình Phước", "vi", width=140), 140)
    assert text.index("Xếp hạng DTI") < text.index("dti-top10-2030")  # the name leads
    assert "≤ hạng 10 đến năm 2030" in text
    assert "tăng 6,5 bậc" in text  # 6.5 places a year, upwards
    assert "DTI rank" not in text


def test_summary_line() -> None:
    summary = Summary(5, {"achieved": 1, "no_data": 3, "not_quantified": 1}, 4, 1)
    assert rendered(tables.summary_line(summary, "en"), 200) == (
        "5 targets: 1 achieved, 3 no data, 1 not quantified · "
        "data coverage 1/4 quantified targets (25%)\n"
    )
    assert rendered(tables.summary_line(summary, "vi"), 200) == (
        "5 chỉ tiêu: 1 đã đạt; 3 chưa có số liệu; 1 chỉ tiêu định tính · "
        "độ phủ số liệu 1/4 chỉ tiêu định lượng (25%)\n"
    )
    one = Summary(1, {"overdue": 1}, 1, 1)
    assert rendered(tables.summary_line(one, "en"), 200).startswith("1 target: 1 overdue · ")
    assert rendered(tables.summary_line(one, "vi"), 200).startswith(
        "1 chỉ tiêu: 1 đã đến hạn, chờ số liệu · "
    )


def test_summary_line_groups_thousands_as_each_language_writes_them() -> None:
    # A national plan of 1,700 targets: "1.700 chỉ tiêu" in Vietnamese, never "1700".
    summary = Summary(1700, {"achieved": 204, "overdue": 1496}, 1700, 1700, 1200, 1200)
    assert rendered(tables.summary_line(summary, "en"), 300).startswith(
        "1,700 targets: 204 achieved, 1,496 overdue · data coverage 1,700/1,700 targets (100%): "
        "500/500 quantified targets with a figure, 1,200/1,200 tasks with a state"
    )
    assert rendered(tables.summary_line(summary, "vi"), 300).startswith(
        "1.700 chỉ tiêu: 204 đã đạt; 1.496 đã đến hạn, chờ số liệu · độ phủ số liệu "
        "1.700/1.700 chỉ tiêu (100%): 500/500 chỉ tiêu định lượng có số liệu, "
        "1.200/1.200 nhiệm vụ có thông tin"
    )


def test_text_from_files_is_never_read_as_markup() -> None:
    row = GapRow(
        province="p", target_id="t", status="not_quantified", qualitative="[bold]x[/bold] [red]"
    )
    text = rendered(tables.qualitative_table([row], "en"), 100)
    assert "[bold]x[/bold] [red]" in text


def test_progress_bar() -> None:
    assert tables.progress_bar(None) == " "
    assert tables.progress_bar(0.0) == "▁"
    assert tables.progress_bar(100.0) == "█"
    assert tables.progress_bar(250.0) == "█"


def test_every_status_the_engine_gives_has_a_style_and_a_label() -> None:
    # verification of issue 16: a rank target of 63 whose only figure is of 34 is
    # not_comparable, and check crashed with KeyError: 'not_comparable' on the summary line
    from dxgap.frames import STATUSES

    assert set(STATUSES) <= set(tables.STATUS_STYLE)
    for lang, label in (("en", "not comparable"), ("vi", "không so sánh được")):
        line = tables.summary_line(Summary(2, {"not_comparable": 1, "achieved": 1}, 2, 2), lang)
        assert f"1 {label}" in line.plain
