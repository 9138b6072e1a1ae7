"""What a person reads of each kind of target issue 16 added, in both languages: tasks with their
state, date and evidence and their tally in the provinces' report form; standing windows with
the years met, drawn as a band; ranges; no deadline; ranks out of N; series breaks; figures of
a week or a quarter. Rows are built by hand, as the engine hands them over."""

from __future__ import annotations

import html
import io
import re

import polars as pl
from rich.console import Console, RenderableType

from dxgap.output import charts, tables, tasks, termchart
from dxgap.output.sheets import human_sheet, human_text
from dxgap.results import (
    Export,
    GapRow,
    Labels,
    Place,
    StateReport,
    TargetPath,
    TrajectoryPoint,
)


def rendered(renderable: RenderableType, width: int = 120) -> str:
    console = Console(record=True, width=width, color_system=None, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def flat(text: str) -> str:
    """A table's text without borders and line breaks, for asserting on what a cell says."""
    return " ".join(re.sub(r"[│┃┏┓┗┛┡┩└┘┌┐━─┳┻╇╈┼┬┴╋]", " ", text).split())


STANDING = GapRow(
    province="binh-phuoc",
    target_id="dti-top10-2030",
    status="missed",
    indicator="dti_rank",
    name="DTI rank",
    name_vi="Xếp hạng DTI",
    pillar="digital_government",
    unit="rank",
    comparator="<=",
    target_value=10.0,
    target_year=2030,
    from_year=2025,
    frequency="annual",
    out_of=63,
    latest_value=12.0,
    latest_year=2025,
    latest_out_of=63,
    years_met=3,
    years_assessed=4,
    gap=2.0,
)
RANGE = GapRow(
    province="binh-duong",
    target_id="digital-economy-25-30",
    status="on_track",
    indicator="digital_economy_share",
    name="Digital economy share of GRDP",
    name_vi="Tỷ trọng kinh tế số trong GRDP",
    pillar="digital_economy",
    unit="percent",
    comparator=">=",
    target_value=25.0,
    target_low=25.0,
    target_high=30.0,
    target_year=2030,
    latest_value=20.5,
    latest_year=2024,
    latest_period="2024-W03",
    series_from=2024,
    gap=4.5,
    progress_pct=60.0,
)
NO_DEADLINE = GapRow(
    province="binh-duong",
    target_id="full-process-online-services-65",
    status="pending",
    indicator="full_process_online_service_rate",
    name="Full-process online public services",
    name_vi="Dịch vụ công trực tuyến toàn trình",
    pillar="digital_government",
    unit="percent",
    comparator=">=",
    target_value=65.0,
    latest_value=40.0,
    latest_year=2024,
    gap=25.0,
)


def task(n: int, state: str | None, **kw: object) -> GapRow:
    base: dict[str, object] = {
        "province": "binh-duong",
        "target_id": f"task-{n}",
        "status": "achieved" if state == "done" else "pending" if state else "no_data",
        "qualitative": f"Nhiệm vụ số {n}",
        "pillar": "digital_government" if n % 2 else "digital_society",
        "source": "kh-1906" if n < 20 else "nq-05",
        "task_state": state,
        "state_year": 2024 if state else None,
    }
    return GapRow(**{**base, **kw})  # type: ignore[arg-type]


# 23 done, 1 in progress, 1 not started, 2 dropped, 7 without a report: 34 tasks
REPORT_FORM = (
    [task(n, "done") for n in range(23)]
    + [task(23, "in_progress"), task(24, "not_started")]
    + [task(25, "dropped"), task(26, "dropped")]
    + [task(n, None) for n in range(27, 34)]
)


def test_the_tally_reads_as_the_provinces_report_it() -> None:
    counts = tasks.count_states(REPORT_FORM)
    assert counts == {
        "tasks": 34,
        "done": 23,
        "in_progress": 1,
        "not_started": 1,
        "dropped": 2,
        "no_information": 7,
    }
    assert tasks.tally_line(counts, "vi").plain == (
        "Nhiệm vụ: hoàn thành 23/34; chưa hoàn thành 2 (đang thực hiện 1; chưa thực hiện 1); "
        "không thực hiện 2; chưa có thông tin 7"
    )
    assert tasks.tally_line(counts, "en").plain == (
        "Tasks: done 23/34; not yet done 2 (in progress 1; not started 1); dropped 2; "
        "no information 7"
    )
    # parts that are zero are left out; done is always given, of the total
    none = tasks.count_states([task(1, None), task(2, None)])
    assert tasks.tally_line(none, "vi").plain == "Nhiệm vụ: hoàn thành 0/2; chưa có thông tin 2"
    idle = tasks.count_states([task(1, "not_started")])
    assert tasks.tally_line(idle, "vi").plain == "Nhiệm vụ: hoàn thành 0/1; chưa hoàn thành 1"


def test_the_tally_by_pillar_and_plan_document() -> None:
    # pillars: odd n digital government, even n digital society
    by_pillar = dict(tasks.by_pillar_groups(REPORT_FORM))
    assert by_pillar["digital_government"]["tasks"] == 17  # 1, 3, …, 33
    assert by_pillar["digital_society"]["tasks"] == 17
    assert by_pillar["digital_government"]["done"] == 11  # 1, 3, …, 21
    assert by_pillar["digital_society"]["dropped"] == 1  # 26
    records = tasks.tally_records(REPORT_FORM, {("binh-duong", "kh-1906"): "Kế hoạch 1906"})
    assert records[0] == {
        "province": "binh-duong",
        "by": "all",
        "pillar": None,
        "source": None,
        "title": None,
        "tasks": 34,
        "done": 23,
        "in_progress": 1,
        "not_started": 1,
        "dropped": 2,
        "no_information": 7,
    }
    sources = {r["source"]: r for r in records if r["by"] == "source"}
    assert sources["kh-1906"]["tasks"] == 20
    assert sources["kh-1906"]["done"] == 20
    assert sources["kh-1906"]["title"] == "Kế hoạch 1906"
    assert sources["nq-05"]["tasks"] == 14
    assert sources["nq-05"]["no_information"] == 7
    # every group sums to its total
    for r in records:
        assert r["tasks"] == sum(r[s] for s in tasks.STATES)


def test_tasks_show_their_state_date_and_evidence() -> None:
    rows = [
        task(
            1,
            "done",
            state_date="2024-03-20",
            evidence="Report 12/BC-UBND: the IOC runs",
            evidence_vi="Báo cáo số 12/BC-UBND: IOC vận hành",
        ),
        task(2, "not_started", status="missed", target_year=2023, state_year=2023),
        task(3, None),
    ]
    cells = [tasks.state_cell(r, "vi", when=True).plain for r in rows]
    assert cells == [
        "Hoàn thành\n20/3/2024",
        "Chưa thực hiện\n2023\n(Không đạt)",
        "Chưa có thông tin",
    ]
    cells = [tasks.state_cell(r, "en", when=True).plain for r in rows]
    assert cells == ["Done\n2024-03-20", "Not started\n2023\n(missed)", "No information"]
    vi = flat(rendered(tasks.tasks_table(rows, "vi", 120)))
    assert "Nội dung Hạn Tình trạng Minh chứng Mã" in vi
    assert "Báo cáo số 12/BC-UBND: IOC vận hành" in vi
    assert "Report" not in vi  # the note in English is never shown in Vietnamese
    assert "Report 12/BC-UBND: the IOC runs" in flat(rendered(tasks.tasks_table(rows, "en", 120)))
    assert "Hoàn thành" in vi
    # narrow: the evidence goes under the task, nothing is cut
    narrow = rendered(tasks.tasks_table(rows, "vi", 80), 80)
    assert "Minh chứng" not in narrow
    promise = [line.split("│")[1].strip() for line in narrow.splitlines() if "│" in line]
    assert "Báo cáo số 12/BC-UBND: IOC vận" in promise  # under "Nhiệm vụ số 1", in italics
    assert all(len(line) <= 80 for line in narrow.splitlines())


def test_a_task_without_a_vietnamese_note_shows_no_evidence_in_vietnamese() -> None:
    rows = [task(1, "done", evidence="Report 12/BC-UBND: the IOC runs")]
    vi = flat(rendered(tasks.tasks_table(rows, "vi", 120)))
    assert "Report" not in vi
    assert "Minh chứng" not in vi  # no task has evidence to show: no column
    assert "Evidence" in flat(rendered(tasks.tasks_table(rows, "en", 120)))


def test_a_task_history_shows_each_report_with_its_note_in_the_language() -> None:
    reports = [
        StateReport("p", "t", 2023, "in_progress", "2023-06-30", "BC 120", "phase 1 done"),
        StateReport("p", "t", 2024, "done", None, "BC 45", "in use", "Đã đưa vào sử dụng"),
    ]
    vi = flat(rendered(tasks.history_table(reports, "vi")))
    assert "30/6/2023 Đang thực hiện BC 120" in vi  # no English note: the source alone
    assert "2024 Hoàn thành Đã đưa vào sử dụng; BC 45" in vi
    assert "phase" not in vi
    assert "in use" not in vi
    en = flat(rendered(tasks.history_table(reports, "en")))
    assert "phase 1 done; BC 120" in en
    assert "in use; BC 45" in en


def test_a_task_is_a_target_followed_by_its_state() -> None:
    assert tasks.is_task(task(1, None))
    assert tasks.is_task(task(1, "done"))
    assert not tasks.is_task(RANGE)
    assert not tasks.is_task(NO_DEADLINE)
    milestone = GapRow("p", "m", "pending", unit="boolean", comparator="==", target_value=1.0)
    assert not tasks.is_task(milestone)  # judged by its data rows
    reported = GapRow("p", "m", "achieved", unit="boolean", comparator="==", task_state="done")
    assert tasks.is_task(reported)  # … unless it has state rows
    assert tasks.is_task(GapRow("p", "m", "pending", unit="boolean", target_value=1.0))


def test_the_gap_table_writes_every_kind_of_goal() -> None:
    rows = [STANDING, RANGE, NO_DEADLINE]
    said = {
        lang: [(r.goal(lang), tables.latest_of(r, lang, " "), tables.status_cell(r, lang).plain)
               for r in rows]
        for lang in ("en", "vi")
    }  # fmt: skip
    assert said["vi"] == [
        (
            "≤ hạng 10/63 hằng năm giai đoạn 2025–2030",
            "hạng 12/63 (2025)",
            "Không đạt\n3/4 năm đạt",
        ),
        ("25–30% đến năm 2030", "20,5% (tuần 3/2024)", "Đúng tiến độ"),
        ("≥ 65% (không nêu thời hạn)", "40% (2024)", "Chưa đến hạn"),
    ]
    assert said["en"] == [
        (
            "≤ rank 10 of 63 every year 2025–2030",
            "rank 12 of 63 (2025)",
            "missed\nmet 3 of 4 years",
        ),
        ("25–30% by 2030", "20.5% (week 3, 2024)", "on track"),
        ("≥ 65% (no deadline)", "40% (2024)", "pending"),
    ]
    vi = rendered(tables.gap_table(rows, "T", "vi", width=160), 160)
    assert "3/4 năm đạt" in vi
    assert "chuỗi số liệu mới từ năm 2024" in flat(vi)  # under the range target's name
    assert "(tuần 3/2024)" in vi
    for lang in ("en", "vi"):  # 80 columns: nothing cut
        text = rendered(tables.gap_table(rows, "T", lang, width=80), 80)
        assert "…" not in text
        assert all(len(line) <= 80 for line in text.splitlines())


POINTS = [
    TrajectoryPoint("binh-phuoc", "dti-top10-2030", year, planned=planned, actual=actual, met=met,
                    series_break=year == 2024)
    for year, planned, actual, met in [
        (2021, None, 9.0, None), (2022, None, 12.0, None), (2023, None, 11.0, None),
        (2024, None, 8.0, None), (2025, 10.0, 9.0, True), (2026, 10.0, 12.0, False),
        (2027, 10.0, None, None), (2028, 10.0, None, None), (2029, 10.0, None, None),
        (2030, 10.0, None, None),
    ]
]  # fmt: skip


def test_the_trajectory_table_says_which_years_met_and_where_a_series_starts() -> None:
    vi = rendered(tables.trajectory_table(POINTS, "rank", "vi", annual=True))
    lines = [flat(line) for line in vi.splitlines()]
    # every header on one line, each starting with a capital (not "xu hướng" under a stack)
    assert "Năm Kế hoạch Thực tế Ước tính theo xu hướng Chênh lệch so với kế hoạch Đạt" in lines
    assert "2025 hạng 10 hạng 9 đạt" in lines
    assert "2026 hạng 10 hạng 12 không đạt" in lines
    assert "2024* – hạng 8" in lines
    assert "* chuỗi số liệu mới từ năm 2024" in lines
    two = [TrajectoryPoint("p", "t", y, actual=1.0, series_break=True) for y in (2021, 2024)]
    assert "* chuỗi số liệu mới từ các năm 2021, 2024" in rendered(
        tables.trajectory_table(two, "count", "vi")
    )
    en = rendered(tables.trajectory_table(POINTS, "rank", "en", annual=True))
    assert "2026 rank 10 rank 12 not met" in [flat(line) for line in en.splitlines()]
    # a target to reach by a deadline is not failed by an early year below its level
    once = [TrajectoryPoint("p", "t", 2024, planned=1.0, actual=2.0, met=False)]
    assert "Met" not in rendered(tables.trajectory_table(once, "count", "en"))


def test_the_terminal_chart_draws_a_window_as_a_band_and_marks_the_break() -> None:
    text = termchart.trajectory_chart(POINTS, STANDING, "vi").plain
    lines = text.splitlines()
    grid = lines[: next(i for i, line in enumerate(lines) if "└" in line)]
    band = [line for line in grid if "─" in line]
    assert len(band) == 1
    assert band[0].count("─") >= 4
    assert not any("★" in line for line in grid)  # no lone star at 2030: the band is it
    assert all("┊" in line for line in grid)  # the break's column, every row
    assert lines[-1].strip() == "─ mức phải đạt hằng năm  ┊ chuỗi số liệu mới"
    assert all(len(line) <= 80 for line in lines)


def _svg_texts(path: TargetPath, lang: str) -> list[str]:
    svg = charts.figure_bytes([path], 2026, "svg", lang).decode("utf-8")
    return [html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.S)]


def test_a_chart_draws_the_window_the_range_and_the_break() -> None:
    texts = " ".join(_svg_texts(TargetPath(STANDING, POINTS), "vi"))
    assert "mức phải đạt hằng năm" in texts  # the band's legend
    assert "chuỗi số liệu mới từ năm 2024" in texts
    assert "≤ hạng 10/63 hằng năm giai đoạn 2025–2030" in texts
    ranged = [TrajectoryPoint("binh-duong", "digital-economy-25-30", 2024, actual=20.5)]
    texts = " ".join(_svg_texts(TargetPath(RANGE, ranged), "en"))
    assert "target range" in texts
    assert "25–30% by 2030" in texts


def _export(rows: list[dict[str, object]]) -> Export:
    frame = pl.DataFrame(rows, infer_schema_length=None)
    labels = Labels(provinces={"binh-duong": Place("binh-duong", "Bình Dương", "Binh Duong")})
    return Export("gaps", frame, labels)


def test_the_human_sheet_and_markdown_carry_the_new_columns() -> None:
    gaps = _export(
        [
            {"province": "binh-duong", "target_id": "task-1", "status": "achieved",
             "task_state": "done", "state_year": 2024, "state_date": "2024-03-20",
             "evidence": "the IOC runs", "evidence_vi": "IOC vận hành", "target_value": None,
             "unit": None},
            {"province": "binh-duong", "target_id": "dti", "status": "missed", "unit": "rank",
             "comparator": "<=", "target_value": 10.0, "target_year": 2030, "from_year": 2025,
             "out_of": 63, "latest_value": 12.0, "latest_year": 2025, "latest_out_of": 63,
             "years_met": 3, "years_assessed": 4, "task_state": None, "state_year": None,
             "state_date": None, "evidence": None, "evidence_vi": None},
        ]
    )  # fmt: skip
    assert human_sheet(gaps, "en").frame["Evidence"].to_list() == ["the IOC runs", None]
    sheet = human_sheet(gaps, "vi").frame
    assert sheet["Tình trạng thực hiện"].to_list() == ["Hoàn thành", None]
    assert sheet["Ngày cập nhật tình trạng"].to_list() == ["20/3/2024", None]
    assert sheet["Minh chứng"].to_list() == ["IOC vận hành", None]
    assert sheet["Số năm đạt"].to_list() == [None, 3]
    assert sheet["Mục tiêu"].to_list()[1] == "≤ hạng 10/63 hằng năm giai đoạn 2025–2030"
    assert "Cận dưới của khoảng mục tiêu" not in sheet.columns  # no range here: left out
    text = human_text(gaps, "vi")
    assert text["Mới nhất"].to_list()[1] == "hạng 12/63 (2025)"
    assert text["Đạt"].to_list() == [None, "3/4 năm đạt"]
    assert text["Tình trạng"].to_list() == ["Hoàn thành", None]  # a numeric target has none
    unreported = _export(
        [
            {
                "province": "binh-duong",
                "target_id": "t",
                "status": "no_data",
                "comparator": None,
                "task_state": None,
                "qualitative": "Xây dựng",
            }
        ]
    )
    assert human_text(unreported, "vi")["Tình trạng"].to_list() == ["Chưa có thông tin"]
    assert text["Cập nhật"].to_list() == ["20/3/2024", None]


def test_the_summary_line_counts_tasks_apart_in_the_coverage() -> None:
    from dxgap.engine import Summary

    # 31 quantified targets, 3 with a figure; 44 tasks, 5 with a state: 8/75 = 10.7% → 11%
    summary = Summary(75, {"achieved": 1, "pending": 4, "no_data": 70}, 75, 8, 44, 5)
    assert tables.summary_line(summary, "vi").plain.endswith(
        " · độ phủ số liệu 8/75 chỉ tiêu (11%): 3/31 chỉ tiêu định lượng có số liệu, "
        "5/44 nhiệm vụ có thông tin"
    )
    assert tables.summary_line(summary, "en").plain.endswith(
        " · data coverage 8/75 targets (11%): 3/31 quantified targets with a figure, "
        "5/44 tasks with a state"
    )
    no_tasks = Summary(31, {"achieved": 1, "no_data": 30}, 31, 1)
    assert tables.summary_line(no_tasks, "vi").plain.endswith(
        " · độ phủ số liệu 1/31 chỉ tiêu định lượng (3%)"
    )


def test_compare_says_what_period_each_figure_measures() -> None:
    from dxgap.results import ComparisonRow

    rows = [
        ComparisonRow("binh-duong", "service_index", 1, 2024, 0.81, period="2024-W03"),
        ComparisonRow("binh-phuoc", "service_index", 2, 2024, 0.75, period="2024"),
    ]
    text = flat(rendered(tables.compare_table(rows, "T", "index", "vi"), 160))
    assert "0,81 (tuần 3/2024)" in text
    assert "0,75 (2024)" in text
