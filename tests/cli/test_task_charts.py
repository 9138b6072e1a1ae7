"""A task's chart is its state timeline (issue 16): each report of its state, by date, in the
language of the command, with the deadline and the as-of year — in `dxgap plot` and the report.
On the synthetic workspace of task states (tests/fixtures/tasks-ws): data-platform, due 2025,
reported "đang thực hiện" on 30/6/2023 and "hoàn thành" on 20/12/2024; ioc-2025, a yes/no
target reported "not_started" in 2024 (undated)."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
from tests.conftest import FIXTURES, Cli

from dxgap import Workspace, api
from dxgap.engine import Options
from dxgap.engine.tasks import state_history

TASKS_WS = FIXTURES / "tasks-ws"


def _texts(svg: Path) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]+)</text>", svg.read_text("utf-8"))


def test_the_state_history_of_each_task() -> None:
    states = Workspace(TASKS_WS).states()
    rows = state_history(states, 2024).collect().select("target_id", "year", "date", "state")
    assert rows.rows() == [
        ("data-platform", 2023, "2023-06-30", "in_progress"),
        ("data-platform", 2024, "2024-12-20", "done"),
        ("ioc-2025", 2024, None, "not_started"),
    ]
    # as of 2023 the report of 2024 is not in yet
    assert state_history(states, 2023).collect()["state"].to_list() == ["in_progress"]
    assert state_history(None, 2024).collect().height == 0
    assert isinstance(state_history(states, 2024), pl.LazyFrame)


def test_a_task_path_carries_its_states() -> None:
    _, paths = api.chart_paths(Workspace(TASKS_WS), "demo", Options(as_of=2024), ["data-platform"])
    (path,) = paths
    assert [(s.year, s.date, s.state) for s in path.states] == [
        (2023, "2023-06-30", "in_progress"),
        (2024, "2024-12-20", "done"),
    ]
    assert path.points == []


def test_plot_draws_a_tasks_state_timeline(cli: Cli, tmp_path: Path) -> None:
    svg = tmp_path / "task.svg"
    args = ["-o", svg, "-w", TASKS_WS, "--as-of", "2024"]
    code, _, err = cli("plot", "demo", "data-platform", *args, "--lang", "vi")
    assert code == 0, err
    texts = _texts(svg)
    assert "Đang thực hiện" in texts  # the states, as labels of the axis
    assert "Hoàn thành" in texts
    assert "30/6/2023" in texts  # each report, dated as the language writes dates
    assert "20/12/2024" in texts
    assert "tính đến năm 2024" in texts
    code, _, err = cli("plot", "demo", "data-platform", *args)
    assert code == 0, err
    texts = _texts(svg)
    assert "In progress" in texts
    assert "Done" in texts
    assert "2024-12-20" in texts


def test_plot_of_every_target_includes_the_tasks_with_a_state(cli: Cli, tmp_path: Path) -> None:
    svg = tmp_path / "all.svg"
    code, _, err = cli("plot", "demo", "-o", svg, "-w", TASKS_WS, "--as-of", "2024")
    assert code == 0, err
    ids = " ".join(_texts(svg))
    assert "data-platform" in ids
    assert "ioc-2025" in ids  # undated: drawn in its year
    assert "Not started" in _texts(svg)


def test_the_report_draws_the_tasks_timelines(cli: Cli, tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    code, _, err = cli("report", "demo", "-o", page, "-w", TASKS_WS, "--as-of", "2024")
    assert code == 0, err
    html = page.read_text("utf-8")
    assert 'id="chart-data-platform"' in html
    assert 'id="chart-ioc-2025"' in html


def test_trajectory_of_a_task_lists_its_reported_states(cli: Cli) -> None:
    args = ["--as-of", "2024", "-w", TASKS_WS]
    code, out, err = cli("trajectory", "demo", "data-platform", *args, "--lang", "vi")
    assert code == 0, err
    flat = " ".join(re.sub(r"[│┃┏┓┗┛┡┩└┘━─┳┻╇┼┬┴]", " ", out).split())
    assert "mục tiêu hoàn thành trong năm 2025 · trạng thái đã đạt" in flat
    assert "Cập nhật Tình trạng Minh chứng" in flat
    # a state's note in Vietnamese where the file gives one (note_vi), else only its source
    assert "30/6/2023 Đang thực hiện report-2023" in flat
    assert "20/12/2024 Hoàn thành nền tảng được 20 sở, ngành sử dụng; report-2024" in flat
    assert "phase 1" not in flat
    assert "departments" not in flat
    code, out, err = cli("trajectory", "demo", "data-platform", *args)
    assert code == 0, err
    flat = " ".join(re.sub(r"[│┃┏┓┗┛┡┩└┘━─┳┻╇┼┬┴]", " ", out).split())
    assert "phase 1 of 2 finished; report-2023" in flat
    assert "chưa có kỳ gốc hoặc số liệu" not in flat
