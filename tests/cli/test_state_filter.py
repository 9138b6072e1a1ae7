"""`dxgap check --state`: the tasks in a state, named as people type them (issue 16), and a
hint where `--status "Định tính"` used to list the qualitative targets — on the synthetic
workspace of task states (tests/fixtures/tasks-ws: data-platform done on 20/12/2024, ioc-2025
not started in 2024, a numeric target online-90-2025)."""

from __future__ import annotations

import json

import pytest
from tests.conftest import FIXTURES, Cli

TASKS_WS = FIXTURES / "tasks-ws"


def _ids(cli: Cli, *args: str) -> list[str]:
    code, out, err = cli("check", "demo", "-f", "json", *args, "-w", TASKS_WS)
    assert code == 0, err
    return [r["target_id"] for r in json.loads(out)]


@pytest.mark.parametrize("state", ["done", "Done", "hoàn thành", "Hoan thanh", "HOÀN THÀNH"])
def test_state_by_key_or_label_in_either_language(cli: Cli, state: str) -> None:
    assert _ids(cli, "--as-of", "2024", "--state", state) == ["data-platform"]


def test_states_together_and_with_status(cli: Cli) -> None:
    both = _ids(cli, "--as-of", "2024", "--state", "done", "--state", "chưa thực hiện")
    assert sorted(both) == ["data-platform", "ioc-2025"]
    # ioc-2025, not started in 2024 and due 2025, is pending; data-platform is achieved
    assert _ids(cli, "--as-of", "2024", "--state", "not_started", "--status", "pending") == [
        "ioc-2025"
    ]
    assert _ids(cli, "--as-of", "2024", "--state", "dropped") == []


@pytest.mark.parametrize("state", ["no_information", "Chưa có thông tin", "no data"])
def test_tasks_with_no_state_reported(cli: Cli, state: str) -> None:
    # as of 2022 nothing is reported: the qualitative task has no information (the yes/no
    # target is a task only once a state is reported for it, methodology §15)
    assert _ids(cli, "--as-of", "2022", "--state", state) == ["data-platform"]
    assert _ids(cli, "--as-of", "2024", "--state", state) == []


def test_the_table_lists_the_tasks_in_the_state(cli: Cli) -> None:
    code, out, err = cli(
        "check", "demo", "--as-of", "2022", "--state", "no information", "--lang", "vi",
        "-w", TASKS_WS,
    )  # fmt: skip
    assert code == 0, err
    assert "Xây dựng nền tảng dữ liệu dùng chung của tỉnh" in out  # shown without -q
    assert "Chưa hiển thị" not in out
    assert "online-90-2025" not in out  # a figure, not a task


def test_an_unknown_state_is_named_with_the_states(cli: Cli) -> None:
    code, _, err = cli("check", "demo", "--state", "finished", "-w", TASKS_WS)
    assert code == 2
    flat = " ".join(err.split())
    assert "unknown state 'finished'" in flat
    assert "'Done', 'In progress', 'Not started', 'Dropped', 'No information'" in flat
    code, _, err = cli("check", "demo", "--state", "xong", "--lang", "vi", "-w", TASKS_WS)
    assert code == 2
    assert "không có tình trạng 'xong'" in " ".join(err.split())


@pytest.mark.parametrize("label", ["Định tính", "dinh tinh", "not quantified", "not_quantified"])
def test_status_qualitative_points_to_state(cli: Cli, label: str) -> None:
    # qualitative targets are tasks with a state now: no target has this status any more
    code, _, err = cli("check", "demo", "--status", label, "--lang", "vi", "-w", TASKS_WS)
    assert code == 2
    flat = " ".join(err.split())
    assert "chỉ tiêu định tính nay là nhiệm vụ" in flat
    assert "--state" in flat
    code, _, err = cli("check", "demo", "--status", label, "-w", TASKS_WS)
    assert code == 2
    assert "qualitative targets are tasks now" in " ".join(err.split())
