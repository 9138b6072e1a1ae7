"""Task states in data files (issue 16): a row with `target` and `state` reports the state of a
qualitative or yes/no target, in the words provincial reports use; it reaches the engine as
`Workspace.states()`, never as a measurement, and every way of writing one wrong is refused at
its cell in both languages."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import english_words
from tests.data.helpers import FIXTURES, check, codes, problems, problems_of, totals, write

from dxgap import cache
from dxgap.data.tasks import STATE_WORDS, task_targets
from dxgap.frames import STATE_SCHEMA, TASK_STATES
from dxgap.targets.load import load_targets
from dxgap.workspace import Workspace

TASKS_WS = FIXTURES / "tasks-ws"
HEADER = "province,target,year,state,date,source,note"


def states(path: Path) -> pl.DataFrame:
    """The task states of a clean file."""
    return check(path).states


@pytest.mark.parametrize(
    ("cell", "key"),
    [
        *[("done", "done"), ("in_progress", "in_progress"), ("not_started", "not_started")],
        *[("dropped", "dropped"), ("DONE", "done"), (" in progress ", "in_progress")],
        *[("Not Started", "not_started"), ("hoàn thành", "done"), ("Đã hoàn thành", "done")],
        *[("HOÀN THÀNH", "done"), ("đang  thực hiện", "in_progress")],
        *[("Chưa thực hiện", "not_started"), ("không thực hiện", "dropped")],
        *[(unicodedata.normalize("NFD", "Không thực hiện"), "dropped")],
    ],
)
def test_a_state_is_stored_as_its_english_key(tmp_path: Path, cell: str, key: str) -> None:
    path = write(tmp_path, f'{HEADER}\nbinh-duong,egov-platform,2024,"{cell}",,,\n')
    assert states(path)["state"].to_list() == [key]


def test_a_file_of_task_states_only_is_valid(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "binh-duong,egov-platform,2023,đang thực hiện,2023-06-30,BC 120,giai đoạn 1 xong\n"
        "binh-duong,egov-platform,2024,Hoàn thành,,BC 45,\n"
        "bac-lieu,smart-city,2024,không thực hiện,2024-12,,dừng: không bố trí vốn\n",
    )
    found = states(path)
    assert found.schema == STATE_SCHEMA
    assert found["note_vi"].null_count() == found.height  # the file has no note_vi column
    assert found.drop("note_vi").rows() == [
        ("bac-lieu", "smart-city", 2024, "2024-12", "dropped", None, "dừng: không bố trí vốn"),
        (
            "binh-duong",
            "egov-platform",
            2023,
            "2023-06-30",
            "in_progress",
            "BC 120",
            "giai đoạn 1 xong",
        ),
        ("binh-duong", "egov-platform", 2024, None, "done", "BC 45", None),
    ]
    assert totals(path).height == 0  # no measurement


def test_task_rows_and_figures_in_one_file_go_apart(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "province,indicator,target,year,value,state\n"
        "binh-duong,rate,,2024,64,\n"
        "binh-duong,,fibre-everywhere,2024,,done\n",
    )
    checked = check(path)
    assert checked.totals.select("indicator", "value").rows() == [("rate", 64.0)]
    assert checked.states.select("target_id", "state").rows() == [("fibre-everywhere", "done")]
    assert checked.exact == frozenset({0})  # a task row takes the exact checks


@pytest.mark.parametrize(
    ("header", "missing"),
    [
        ("province,target,year,date", ["state"]),
        ("province,indicator,year,value,state", ["target"]),
        ("province,year,state", ["indicator", "value", "target"]),
        ("province,year", ["indicator", "value"]),
    ],
)
def test_a_header_names_a_target_with_its_state(
    tmp_path: Path, header: str, missing: list[str]
) -> None:
    found = problems_of(write(tmp_path, header + "\n"))
    assert [(p.code, p.msg.params["column"]) for p in found] == [
        ("data.missing_column", column) for column in missing
    ]


def test_an_unknown_target_suggests_the_closest_of_the_province(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,egov-platfrom,2024,done,,,\n")
    (problem,) = problems_of(path)
    assert str(problem) == (
        "d.csv:2:12: target: 'egov-platfrom' is no target of binh-duong's target file (did you "
        "mean 'egov-platform'?); a task state row names the id of a target of the province's plan"
    )
    assert problem.message("vi") == (
        "'egov-platfrom' không phải mã chỉ tiêu trong tệp chỉ tiêu của binh-duong (có phải là "
        "'egov-platform'?); dòng trạng thái nhiệm vụ phải ghi mã một chỉ tiêu trong kế hoạch của "
        "tỉnh, thành phố"
    )


def test_a_target_of_another_province_is_unknown(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbac-lieu,egov-platform,2024,done,,,\n")
    assert codes(problems_of(path)) == ["data.unknown_target"]


def test_a_target_with_a_figure_to_reach_takes_no_state(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,rate-2025,2024,done,,,\n")
    assert problems(path) == [
        "d.csv:2:12: target: target 'rate-2025' has a figure to reach: report its indicator's "
        "value in a row with 'indicator', not a state (a state is for qualitative and yes/no "
        "targets)"
    ]


def test_an_unknown_state_lists_the_accepted_words(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,egov-platform,2024,hoan thanh,,,\n")
    (problem,) = problems_of(path)
    assert problem.code == "data.unknown_state"
    assert str(problem) == (
        "d.csv:2:31: state: 'hoan thanh' is not a task state (did you mean 'hoàn thành'?); "
        "accepted: 'done', 'in_progress', 'not_started', 'dropped', 'hoàn thành', "
        "'đã hoàn thành', 'đang thực hiện', 'chưa thực hiện', 'không thực hiện'"
    )


def test_not_done_is_refused_as_not_saying_whether_the_task_started(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,egov-platform,2024,Chưa hoàn thành,,,\n")
    (problem,) = problems_of(path)
    assert problem.code == "data.state_ambiguous"
    assert problem.msg.params["hint"] is None  # not "did you mean 'hoàn thành'?"
    assert "'đang thực hiện' hoặc 'chưa thực hiện'" in problem.message("vi")
    assert english_words(problem.msg) == []


def test_a_task_row_gives_a_state_and_nothing_a_figure_gives(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "province,indicator,target,year,value,state,area\n"
        "binh-duong,,egov-platform,2024,1,done,\n"
        "binh-duong,,egov-platform,2023,,,\n"
        "binh-duong,rate,,2024,5,done,\n"
        "binh-duong,rate,egov-platform,2022,5,done,\n"
        "binh-duong,,egov-platform,2021,,done,Dĩ An\n",
    )
    assert [(p.code, p.line, p.location) for p in problems_of(path)] == [
        ("data.task_cell", 2, "value"),
        ("data.state_empty", 3, "state"),
        ("data.state_without_target", 4, "state"),
        ("data.indicator_or_target", 5, "target"),
        ("data.task_cell", 6, "area"),
    ]


def test_two_states_of_a_task_at_one_time_are_duplicates(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "binh-duong,egov-platform,2024,done,2024-03,,\n"
        "binh-duong,egov-platform,2024,in_progress,2024-03,,\n"
        "binh-duong,egov-platform,2023,done,,,\n"
        "binh-duong,egov-platform,2023,in_progress,,,\n"
        "binh-duong,egov-platform,2023,in_progress,2023-06,,\n"  # another time: fine
        "binh-duong,fibre-everywhere,2024,done,2024-03,,\n",  # another target: fine
    )
    assert problems(path) == [
        "d.csv:3:1: row: duplicate state: same province, target 'egov-platform' and date as "
        "line 2; keep one, or give each report of the task its date",
        "d.csv:5:1: row: duplicate state: same province, target 'egov-platform' and year (both "
        "undated) as line 4; keep one, or give each report of the task its date",
    ]


def test_a_state_and_a_figure_at_one_time_are_no_duplicates(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "province,indicator,target,year,value,state\n"
        "binh-duong,done,,2024,true,\n"
        "binh-duong,,fibre-everywhere,2024,,done\n",
    )
    assert check(path).states.height == 1


def test_task_states_in_a_workbook(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for row in [
        HEADER.split(","),
        ["binh-duong", "egov-platform", 2024, "HOÀN THÀNH", "2024-12-20", "BC 45", "ok"],
        ["binh-duong", "egov-platform", 2023, "đang thực hiện", None, None, None],
    ]:
        wb.active.append(row)
    wb.save(tmp_path / "t.xlsx")
    assert states(tmp_path / "t.xlsx").select("year", "state").rows() == [
        (2023, "in_progress"),
        (2024, "done"),
    ]


def test_task_states_in_parquet_with_categorical_text(tmp_path: Path) -> None:
    path = tmp_path / "t.parquet"
    pl.DataFrame(
        {
            "province": ["binh-duong", "bac-lieu"],
            "target": ["egov-platform", "smart-city"],
            "year": pl.Series([2024, 2024], dtype=pl.Int16),
            "state": pl.Series(["done", "Không thực hiện"], dtype=pl.Categorical),
        }
    ).write_parquet(path)
    assert states(path).select("target_id", "state").rows() == [
        ("smart-city", "dropped"),
        ("egov-platform", "done"),
    ]


SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@SETTINGS
@given(
    cell=st.one_of(
        st.sampled_from([*STATE_WORDS, "chưa hoàn thành", "hoàn thành ", "Đang Thực Hiện"]),
        st.text(alphabet="hoàntđgcưkôpsrebiu _\u0300\u0323", max_size=18),
    )
)
def test_any_state_cell_is_read_as_a_state_or_refused_at_it(tmp_path: Path, cell: str) -> None:
    path = write(tmp_path, f'{HEADER}\nbinh-duong,egov-platform,2024,"{cell}",,,\n')
    word = " ".join(unicodedata.normalize("NFC", cell).lower().split())
    if word in STATE_WORDS:
        found = states(path)["state"].to_list()
        assert found == [STATE_WORDS[word]]
        assert found[0] in TASK_STATES
        return
    (problem,) = problems_of(path)
    assert problem.location == "state"
    expected = "data.state_empty" if word == "" else "data.unknown_state"
    assert problem.code == ("data.state_ambiguous" if word == "chưa hoàn thành" else expected)


def test_the_workspace_gives_task_states_apart_from_measurements() -> None:
    ws = Workspace(TASKS_WS)
    assert ws.states().collect().drop("note_vi").rows() == [
        (
            "demo",
            "data-platform",
            2023,
            "2023-06-30",
            "in_progress",
            "report-2023",
            "phase 1 of 2 finished",
        ),
        (
            "demo",
            "data-platform",
            2024,
            "2024-12-20",
            "done",
            "report-2024",
            "platform in use by 20 departments",
        ),
        ("demo", "ioc-2025", 2024, None, "not_started", "report-2024", None),
    ]
    assert ws.measurements().filter(pl.col("indicator").is_null()).collect().height == 0


def test_task_targets_are_the_qualitative_and_yes_no_targets() -> None:
    targets = load_targets(TASKS_WS / "targets")
    assert task_targets(targets) == {
        "demo": {"online-90-2025": False, "ioc-2025": True, "data-platform": True}
    }


def test_the_cache_remembers_task_states_and_forgets_them_with_the_targets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DXGAP_NO_CACHE", raising=False)
    shutil.copytree(TASKS_WS, tmp_path / "ws")
    first = Workspace(tmp_path / "ws", use_cache=True).states().collect()
    calls: list[object] = []
    monkeypatch.setattr("dxgap.data.check.check_files", lambda *a, **k: calls.append(a))
    again = Workspace(tmp_path / "ws", use_cache=True).states().collect()
    assert calls == []  # from the cache
    assert again.equals(first)
    targets = load_targets(tmp_path / "ws" / "targets")
    tasks = task_targets(targets)
    paths = sorted((tmp_path / "ws" / "data").iterdir())
    args = (paths, targets.indicators, set(targets.files), "point")
    renamed = {"demo": {**tasks["demo"], "data-platform-2": True}}
    assert cache.key(*args, tasks) != cache.key(*args, renamed)
