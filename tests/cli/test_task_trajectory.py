"""`dxgap trajectory P TASK --format json|csv`: a task has no path, so its trajectory is its
reports — each with its year, date, state, evidence and source (docs/methodology.md §15), on
the synthetic workspace of task states (tests/fixtures/tasks-ws): data-platform, due 2025,
reported "Đang thực hiện" on 30/6/2023 (report-2023, "phase 1 of 2 finished") and "hoàn thành"
on 20/12/2024 (report-2024, "platform in use by 20 departments")."""

from __future__ import annotations

import csv
import io
import json

from tests.conftest import FIXTURES, Cli

from dxgap.frames import TASK_REPORT_KEYS, TRAJECTORY_KEYS

TASKS_WS = FIXTURES / "tasks-ws"
REPORTS = [
    (2023, "2023-06-30", "in_progress", "phase 1 of 2 finished", "report-2023"),
    (2024, "2024-12-20", "done", "platform in use by 20 departments", "report-2024"),
]


def _reports(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    keys = ("year", "state_date", "task_state", "evidence", "state_source")
    return [tuple(r[k] for k in keys) for r in rows]


def test_a_task_trajectory_in_json_lists_its_reports(cli: Cli) -> None:
    args = ("trajectory", "demo", "data-platform", "--as-of", "2024", "-w", TASKS_WS)
    code, out, err = cli(*args, "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    assert [list(r) for r in rows] == [[*TRAJECTORY_KEYS, *TASK_REPORT_KEYS]] * 2
    assert _reports(rows) == REPORTS
    assert {r["target_id"] for r in rows} == {"data-platform"}
    assert all(r["planned"] is None and r["actual"] is None for r in rows)  # no path
    # as of 2023 the 2024 report is not in yet
    _, out, _ = cli(*args[:3], "--as-of", "2023", "-w", TASKS_WS, "--format", "json")
    assert _reports(json.loads(out)) == REPORTS[:1]


def test_a_task_trajectory_in_csv_and_a_yes_no_task_undated(cli: Cli) -> None:
    args = ("trajectory", "demo", "ioc-2025", "--as-of", "2024", "-w", TASKS_WS, "-f", "csv")
    code, out, err = cli(*args)
    assert code == 0, err
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert (row["year"], row["state_date"], row["task_state"]) == ("2024", "", "not_started")
    assert row["state_source"] == "report-2024"


def test_a_numeric_trajectory_keeps_its_keys_with_the_report_keys_empty(cli: Cli) -> None:
    _, out, _ = cli("trajectory", "demo", "--as-of", "2024", "-w", TASKS_WS, "-f", "json")
    numeric = [r for r in json.loads(out) if r["planned"] is not None]
    assert numeric
    assert all(r["task_state"] is None and r["evidence"] is None for r in numeric)
