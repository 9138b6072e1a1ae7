"""Tasks by their completion state, and the tally in the provinces' report form (docs/methodology.md
§15), with answers worked out by hand."""

from __future__ import annotations

from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.engine.helpers import measured, obs, states, target, targets, task, with_states

from dxgap import engine
from dxgap.frames import STATE_SCHEMA, TASK_STATES

NONE = obs()


@pytest.mark.parametrize(
    ("rows", "as_of", "deadline", "expected"),
    [
        pytest.param([], 2024, 2025, "no_data", id="no-state"),
        pytest.param([(2025, "done")], 2024, 2025, "no_data", id="state-after-as-of"),
        pytest.param([(2023, "done")], 2024, 2025, "achieved", id="done"),
        pytest.param([(2023, "dropped")], 2024, 2025, "missed", id="dropped"),
        pytest.param([(2024, "in_progress")], 2024, 2025, "pending", id="in-progress-early"),
        pytest.param([(2024, "not_started")], 2024, 2025, "pending", id="not-started-early"),
        # a report of the deadline year may be from before its end: not yet a verdict
        pytest.param(
            [(2025, "in_progress")], 2025, 2025, "pending", id="reported-in-deadline-year"
        ),
        pytest.param([(2025, "in_progress")], 2026, 2025, "overdue", id="deadline-year-then-due"),
        pytest.param([(2026, "in_progress")], 2026, 2025, "missed", id="reported-after-deadline"),
        pytest.param([(2024, "in_progress")], 2026, 2025, "overdue", id="deadline-passed"),
        pytest.param([(2024, "in_progress")], 2025, 2025, "pending", id="deadline-this-year"),
        pytest.param([(2030, "not_started")], 2030, None, "pending", id="no-deadline"),
    ],
)
def test_a_task_status_from_its_latest_state_and_deadline(
    rows: list[tuple[int, str]], as_of: int, deadline: int | None, expected: str
) -> None:
    r = with_states(targets(task(target_year=deadline)), NONE, states(*rows), as_of=as_of)
    assert r["status"] == expected


def test_the_latest_state_by_year_then_date_and_its_evidence() -> None:
    s = states(
        (2023, "not_started"),
        (2024, "done", "2024-09-01", "Quyết định 123/QĐ-UBND ngày 1/9/2024"),
        (2024, "in_progress", "2024-03-01", "đang triển khai"),
        (2024, "in_progress", None, "undated: earlier than any dated row of 2024"),
    )
    r = with_states(targets(task()), NONE, s)
    assert (r["task_state"], r["state_year"], r["state_date"]) == ("done", 2024, "2024-09-01")
    assert r["evidence"] == "Quyết định 123/QĐ-UBND ngày 1/9/2024"
    assert r["state_source"] == "s"
    assert r["status"] == "achieved"
    earlier = with_states(targets(task()), NONE, s, as_of=2023)
    assert (earlier["task_state"], earlier["status"]) == ("not_started", "pending")


def test_a_yes_no_target_with_states_is_a_task() -> None:
    boolean = target(unit="boolean", target_value=1.0, target_year=2025)
    # measured "not yet" in 2023, then reported done in 2024: the state decides
    r = with_states(targets(boolean), obs((2023, 0.0)), states((2024, "done")))
    assert (r["task_state"], r["status"]) == ("done", "achieved")
    # without a state row it stays a yes/no target judged by its figures
    r = with_states(targets(boolean), obs((2023, 0.0)), states())
    assert (r["task_state"], r["status"]) == (None, "pending")


FIGURES = ("latest_year", "latest_value", "gap", "progress_pct", "observed_pace", "planned_pace",
           "needed_pace", "pace_ratio", "projected_value", "latest_out_of", "latest_period",
           "series_from", "years_met", "years_assessed")  # fmt: skip


def _figures(r: dict[str, Any]) -> dict[str, Any]:
    return {k: r[k] for k in FIGURES if r[k] is not None}


def test_a_task_naming_an_indicator_prints_none_of_its_figures() -> None:
    # Bạc Liêu's "kết quả chuyển đổi số khá trong khu vực" (by 2030) names the DTI rank, measured
    # 60 (2022) and 63 (2023) of 63: the task has no state row, so "no data" — and no rank 63
    # of 63 beside it, which read as a figure that counted (§15)
    ranks = pl.concat(
        [
            measured({"year": 2022, "value": 60.0, "out_of": 63}, indicator="dti_rank"),
            measured({"year": 2023, "value": 63.0, "out_of": 63}, indicator="dti_rank"),
        ]
    )
    t = targets(task(indicator="dti_rank", unit="rank", target_year=2030))
    r = with_states(t, ranks, states(), as_of=2026)
    assert (r["status"], r["indicator"], _figures(r)) == ("no_data", "dti_rank", {})
    # reported in progress: pending, still no figures
    r = with_states(t, ranks, states((2024, "in_progress")), as_of=2026)
    assert (r["status"], r["task_state"], _figures(r)) == ("pending", "in_progress", {})


def test_a_yes_no_task_prints_no_measured_value_but_a_yes_no_target_does() -> None:
    boolean = targets(target(unit="boolean", target_value=1.0, target_year=2025))
    r = with_states(boolean, obs((2023, 0.0)), states((2024, "in_progress")))
    assert (r["status"], _figures(r)) == ("pending", {})  # the state decides, not the 0
    r = with_states(boolean, obs((2023, 0.0)), states())  # no state row: not a task
    assert (r["status"], r["latest_year"], r["latest_value"], r["gap"]) == (
        "pending", 2023, 0.0, 1.0
    )  # fmt: skip


def test_no_target_is_not_quantified_any_more() -> None:
    t = targets(task(seq=1, target_id="t"), target(seq=2, target_id="n"))
    df = engine.gaps(t, obs((2024, 85.0)), engine.Options(as_of=2024), states((2024, "done")))
    assert df["status"].to_list() == ["achieved", "achieved"]


# --- the tally ------------------------------------------------------------------------------


def _tally_frame() -> pl.DataFrame:
    # 5 tasks of p (done, done, in progress, dropped, no state) and 1 numeric target
    ts = targets(
        task(seq=1, target_id="a", pillar="digital_government", source="kh1"),
        task(seq=2, target_id="b", pillar="digital_government", source="kh2"),
        task(seq=3, target_id="c", pillar="digital_society", source="kh1"),
        task(seq=4, target_id="d", pillar="digital_society", source="kh1"),
        task(seq=5, target_id="e", pillar="digital_economy", source="kh2"),
        target(seq=6, target_id="n"),
    )
    rows = [("a", "done"), ("b", "done"), ("c", "in_progress"), ("d", "dropped")]
    s = pl.LazyFrame(
        [
            {"province": "p", "target_id": tid, "year": 2024, "date": None, "state": st,
             "source": None, "note": None}
            for tid, st in rows
        ],
        schema=STATE_SCHEMA,
    )  # fmt: skip
    return engine.analyse(ts, obs((2024, 85.0)), engine.Options(as_of=2024), s).collect()


def test_tally_by_state_is_the_provinces_report_form() -> None:
    tally = engine.tally(_tally_frame(), "state")
    # "hoàn thành 2/5; đang thực hiện 1; không thực hiện 1; chưa có thông tin 1"
    assert tally.rows(named=True) == [
        {"province": "p", "tasks": 5, "done": 2, "in_progress": 1, "not_started": 0,
         "dropped": 1, "no_information": 1}
    ]  # fmt: skip


def test_tally_by_pillar_and_by_source_document() -> None:
    by_pillar = engine.tally(_tally_frame(), "pillar")
    assert by_pillar.select("pillar", "tasks", "done", "no_information").rows() == [
        ("digital_economy", 1, 0, 1),  # e
        ("digital_government", 2, 2, 0),  # a, b
        ("digital_society", 2, 0, 0),  # c (in progress), d (dropped)
    ]
    by_source = engine.tally(_tally_frame(), "source")
    assert by_source.select("source", "tasks", "done", "in_progress", "dropped").rows() == [
        ("kh1", 3, 1, 1, 1),  # a, c, d
        ("kh2", 2, 1, 0, 0),  # b, e
    ]


def test_summary_counts_tasks_in_the_coverage() -> None:
    s = engine.summary(_tally_frame())
    # 6 targets assessed; with data: the numeric one (85) and the 4 tasks with a state
    assert (s.quantified, s.with_data, s.tasks, s.tasks_with_state) == (6, 5, 5, 4)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from([*TASK_STATES, None]), min_size=1, max_size=12),
    st.sampled_from(["state", "pillar", "source"]),
)
def test_tally_counts_sum_to_the_tasks(picked: list[str | None], by: Any) -> None:
    ts = targets(
        *[task(seq=i, target_id=f"t{i}", pillar=["digital_government", None][i % 2],
               source=f"s{i % 3}") for i in range(len(picked))]
    )  # fmt: skip
    rows = [
        {"province": "p", "target_id": f"t{i}", "year": 2024, "date": None, "state": s,
         "source": None, "note": None}
        for i, s in enumerate(picked) if s is not None
    ]  # fmt: skip
    s = pl.LazyFrame(rows, schema=STATE_SCHEMA)
    analysis = engine.analyse(ts, obs(), engine.Options(as_of=2024), s)
    tally = engine.tally(analysis, by)
    parts = tally.select(pl.sum_horizontal(*TASK_STATES, "no_information")).to_series()
    assert parts.to_list() == tally["tasks"].to_list()
    assert tally["tasks"].sum() == len(picked)
    assert tally["done"].sum() == picked.count("done")
