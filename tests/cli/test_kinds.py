"""`dxgap check` on the kinds of targets of issue 16, as a user runs it on real files: the
worked examples of docs/formats.md (tests/fixtures/valid-targets) — a standing window, per-year
rates, ranges, an approximate value, a number with no deadline, a rank out of 34, a yes/no
target with no deadline and a qualitative task — and the tally of tasks (`--tally`) for people
and for scripts."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from tests.conftest import FIXTURES, REPO, Cli


@pytest.fixture
def kinds(tmp_path: Path) -> Path:
    """A workspace with the worked examples and no data yet."""
    shutil.copytree(FIXTURES / "valid-targets", tmp_path / "targets")
    (tmp_path / "data").mkdir()
    return tmp_path


def _flat(text: str) -> str:
    """Text without the tables' borders and line breaks."""
    return " ".join(re.sub(r"[│┃┏┓┗┛┡┩└┘━─┳┻╇┼┬┴]", " ", text).split())


def test_every_kind_of_goal_reads_as_the_plan_says_it(cli: Cli, kinds: Path) -> None:
    code, out, err = cli("check", "tinh-thu", "--as-of", "2024", "--lang", "vi", "-w", kinds)
    assert code == 0, err
    goals = {  # each goal cell, whatever the line breaks of the terminal
        "≤ hạng 10/63 hằng năm giai đoạn 2025–2030",
        "≥ 7% mỗi năm (đến năm 2025)",
        "7–7,5% hằng năm giai đoạn 2026–2030",
        "25–30% đến năm 2030",
        "khoảng 30% đến năm 2030",
        "≥ 65% (không nêu thời hạn)",
        "hạng 3–5/34 đến năm 2030",
        "hoàn thành (không nêu thời hạn)",  # a yes/no target judged by its data rows
    }
    cells = [line.split("│")[2].strip() for line in out.splitlines() if line.count("│") > 3]
    joined = " ".join(" ".join(cells).split())
    for goal in goals:
        assert goal in joined
    # the task (the qualitative target) has no report yet: counted, and listed with -q
    assert "Chưa hiển thị 1 nhiệm vụ chưa có thông tin (thêm --qualitative để xem)." in out
    assert "Nhiệm vụ: hoàn thành 0/1; chưa có thông tin 1" in out


def test_tasks_are_listed_with_their_state(cli: Cli, kinds: Path) -> None:
    code, out, _ = cli("check", "tinh-thu", "--as-of", "2024", "-q", "--lang", "vi", "-w", kinds)
    assert code == 0
    flat = _flat(out)
    assert "Nhiệm vụ Nội dung Hạn Tình trạng Mã" in flat
    assert "Chỉ đạo, điều hành được hỗ trợ bởi các công cụ thông minh dựa trên dữ liệu" in flat
    assert "2025 Chưa có thông tin smart-tools-direction" in flat
    assert "Chưa hiển thị" not in out
    code, out, _ = cli("check", "tinh-thu", "--as-of", "2024", "-q", "-w", kinds)
    assert "Tasks: done 0/1; no information 1" in out


def test_the_tally_for_people(cli: Cli, kinds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "160")
    code, out, _ = cli("check", "tinh-thu", "--tally", "--lang", "vi", "-w", kinds)
    assert code == 0
    assert "Nhiệm vụ: hoàn thành 0/1; chưa có thông tin 1" in out
    rows = [_flat(line) for line in out.splitlines()]
    assert (
        "Trụ cột Tổng số Hoàn thành Đang thực hiện Chưa thực hiện Không thực hiện Chưa có thông tin"
        in rows
    )
    assert "Khác 1 · · · · 1" in rows  # the task names no pillar
    assert "Kế hoạch chuyển đổi số (ví dụ) 1 · · · · 1" in rows  # by plan document, its title
    monkeypatch.setenv("COLUMNS", "80")  # narrow: one report-form line per group
    _, out, _ = cli("check", "tinh-thu", "--tally", "--lang", "vi", "-w", kinds)
    assert "Khác\n  hoàn thành 0/1; chưa có thông tin 1\n" in out
    _, out, _ = cli("check", "tinh-thu", "--tally", "-f", "markdown", "--lang", "vi", "-w", kinds)
    assert "**Nhiệm vụ theo trụ cột**" in out
    assert "| Khác | 1 | · | · | · | · | 1 |" in out


def test_the_tally_for_scripts(cli: Cli, kinds: Path) -> None:
    code, out, _ = cli("check", "tinh-thu", "--tally", "-f", "json", "-w", kinds)
    assert code == 0
    records = json.loads(out)
    counts = {"done": 0, "in_progress": 0, "not_started": 0, "dropped": 0, "no_information": 1}
    empty = {"pillar": None, "source": None, "title": None}
    assert records == [
        {"province": "tinh-thu", "by": "all", **empty, "tasks": 1, **counts},
        {"province": "tinh-thu", "by": "pillar", **empty, "pillar": "other",
         "tasks": 1, **counts},
        {"province": "tinh-thu", "by": "source", "pillar": None, "source": "plan",
         "title": "Kế hoạch chuyển đổi số (ví dụ)", "tasks": 1, **counts},
    ]  # fmt: skip
    code, out, _ = cli("check", "tinh-thu", "--tally", "-f", "csv", "-w", kinds)
    assert out.splitlines()[0] == (
        "province,by,pillar,source,title,tasks,done,in_progress,not_started,dropped,no_information"
    )


def test_a_province_without_tasks_says_so(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli(
        "check", "binh-phuoc", "--tally", "--status", "on_track", "-w", repo_workspace
    )
    assert code == 0
    assert "No tasks: every target of these has a number." in out


TASKS_WS = FIXTURES / "tasks-ws"  # synthetic: a qualitative task and a yes/no task with states


def test_tasks_with_their_reported_state(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    code, out, err = cli("check", "demo", "--as-of", "2024", "--lang", "vi", "-w", TASKS_WS)
    assert code == 0, err
    rows = [_flat(line) for line in out.splitlines()]
    # data-platform: "hoàn thành" reported on 20/12/2024, with its note as the evidence
    platform = next(i for i, r in enumerate(rows) if r.startswith("Xây dựng nền tảng dữ liệu"))
    assert "Hoàn thành" in rows[platform]
    assert "20/12/2024" in rows[platform + 1]  # the date of the report, under the state
    # the note in Vietnamese (note_vi), never the English note beside it
    evidence = " ".join(rows[platform : platform + 3])
    assert "nền tảng được 20 sở, ngành sử dụng" in evidence
    assert "departments" not in out
    # ioc-2025: a yes/no target with a state row is a task: not started (2024), due 2025
    assert "Chưa thực hiện" in out
    assert "Nhiệm vụ: hoàn thành 1/2; chưa hoàn thành 1" in out
    code, out, _ = cli("check", "demo", "--as-of", "2024", "--tally", "-f", "json", "-w", TASKS_WS)
    first = json.loads(out)[0]
    assert (first["tasks"], first["done"], first["not_started"]) == (2, 1, 1)


def test_compare_flags_a_week_ranked_with_years(cli: Cli, tmp_path: Path) -> None:
    # a week-3 snapshot of one province next to another's whole year
    shutil.copytree(TASKS_WS / "targets", tmp_path / "targets")
    (tmp_path / "targets" / "other.yaml").write_text(
        'province: {id: other, name: "Tỉnh khác", name_en: "Other province"}\n'
        'sources: [{id: s, title: "Báo cáo"}]\n'
        "targets:\n"
        '  - {id: online-80-2025, indicator: online_rate, comparator: ">=", value: 80,'
        ' year: 2025, source: s, quote: "80% hồ sơ"}\n',
        encoding="utf-8",
    )
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "figures.csv").write_text(
        "province,indicator,year,value,date,period,source\n"
        "demo,online_rate,2024,64,2024-01-23,2024-W03,portal week 3\n"
        "other,online_rate,2024,70,2024-12-31,,report\n",
        encoding="utf-8",
    )
    code, out, err = cli(  # ranked with years only when asked for (--snapshots)
        "compare", "online_rate", "--as-of", "2024", "--snapshots", "--lang", "vi", "-w", tmp_path
    )
    assert code == 0, err
    flat = _flat(out)
    assert "64% (tuần 3/2024)" in flat
    assert "70% (2024)" in flat
    assert "Lưu ý: số liệu mới nhất của các tỉnh, thành phố thuộc các kỳ khác nhau" in flat
    code, out, _ = cli("compare", "online_rate", "--as-of", "2024", "--snapshots", "-w", tmp_path)
    assert "64% (week 3, 2024)" in _flat(out)
    assert "Note: The latest figures are of different periods" in _flat(out)


def test_the_tally_of_check_agrees_with_the_library_tally() -> None:
    # check --tally counts the rows api.check returns (one call); api.tally counts in the
    # engine: both must give the same numbers, on every bundled province and the tasks one
    from dxgap import Workspace, api
    from dxgap.engine import Options
    from dxgap.output import tasks

    counts = ("tasks", "done", "in_progress", "not_started", "dropped", "no_information")
    for root in (TASKS_WS, REPO):
        ws, options = Workspace(root), Options(as_of=2024)
        for pid in sorted(ws.targets().files):
            records = tasks.tally_records(api.check(ws, pid, options).rows, {})
            for by, key in (("state", "all"), ("pillar", "pillar"), ("source", "source")):
                engine = api.tally(ws, pid, by, options).table  # type: ignore[arg-type]
                group = [] if by == "state" else [by]
                # a task without a pillar is null in the engine, "other" (Khác) in the tables
                expected = sorted(
                    (tuple("other" if r[c] is None and c == "pillar" else r[c] for c in
                           [*group, *counts]) for r in engine.to_dicts()),
                    key=str,
                )  # fmt: skip
                mine = sorted(
                    (tuple(r[c] for c in [*group, *counts]) for r in records if r["by"] == key),
                    key=str,
                )
                assert mine == expected, (root.name, pid, by)


def test_the_tally_is_of_the_whole_province(cli: Cli, kinds: Path) -> None:
    code, _, err = cli("check", "tinh-thu", "--tally", "--by", "area", "--lang", "vi", "-w", kinds)
    assert code == 2
    assert "--tally đếm các nhiệm vụ của cả tỉnh, thành phố: không dùng cùng --by" in err
