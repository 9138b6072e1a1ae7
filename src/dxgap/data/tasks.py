"""Task states in data files: a row with `target` and `state` reports the state of one target of
the province's plan — a qualitative target, or a yes/no one — instead of a figure.

What is accepted as a state (`STATE_WORDS`: the English keys and the words provincial reports
use, any case, spaces trimmed and collapsed, NFC), which targets take a state
(`task_targets`), and the cell rules of the `target` and `state` columns (`RULES`, part of
`rules.RULES`). Task rows are few and typed by people: the screen never vouches for one (every
rule here is screened by "the row has a target"), so a file holding task rows takes the exact
checks; a file without a `target` or `state` column never evaluates these rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import polars as pl

from dxgap.data.rulebase import ByRow, Facts, Row, Rule
from dxgap.frames import TASK_STATES
from dxgap.names import did_you_mean
from dxgap.targets.models import Indicator, Target, Unit

if TYPE_CHECKING:
    from dxgap.targets.load import Targets

STATE_WORDS: dict[str, str] = {
    **{key: key for key in TASK_STATES},
    "in progress": "in_progress",
    "not started": "not_started",
    "hoàn thành": "done",
    "đã hoàn thành": "done",
    "đang thực hiện": "in_progress",
    "chưa thực hiện": "not_started",
    "không thực hiện": "dropped",
}
"""Every word a `state` cell may hold (lower case, NFC, single spaces) and the state it means,
stored as the English key of `frames.TASK_STATES`."""

AMBIGUOUS = ("chưa hoàn thành", "chưa xong", "not done")
"""Words that say a task is not done without saying whether it started: refused with a
message asking for `đang thực hiện` (in progress) or `chưa thực hiện` (not started)."""

TASK_CELLS = (
    *("value", "numerator", "denominator", "out_of", "period", "definition", "area"),
    "breakdown",
)
"""Cells a task row leaves empty: it reports a state (with its date, source and note)."""


def takes_state(target: Target, indicators: Mapping[str, Indicator]) -> bool:
    """Whether a target is a task whose state data files may report: a qualitative target, or
    a yes/no one (an indicator of unit boolean)."""
    if not target.is_quantified:
        return True
    found = indicators.get(target.indicator) if target.indicator else None
    return found is not None and found.unit is Unit.BOOLEAN


def task_targets(targets: Targets) -> dict[str, dict[str, bool]]:
    """Each province's target ids, each with whether it takes a state (`takes_state`): what the
    `target` column of a data file is checked against."""
    indicators = targets.indicators
    return {
        pid: {t.id: takes_state(t, indicators) for t in tf.targets}
        for pid, tf in targets.files.items()
    }


def tasks_frame(targets: Mapping[str, Mapping[str, bool]]) -> pl.DataFrame:
    """One row per target of every province: `province`, `target`, `_task` (whether it takes a
    state), to join on a row's province and target."""
    pairs = [(p, t, task) for p, ids in targets.items() for t, task in ids.items()]
    return pl.DataFrame(
        {
            "province": [p for p, _, _ in pairs],
            "target": [t for _, t, _ in pairs],
            "_task": [task for _, _, task in pairs],
        },
        schema={"province": pl.String, "target": pl.String, "_task": pl.Boolean},
    )


def _word(cell: pl.Expr) -> pl.Expr:
    """A cleaned `state` cell as `STATE_WORDS` spells its keys: lower case, single spaces."""
    return cell.str.to_lowercase().str.replace_all(r"\s+", " ")


def state_key(cell: pl.Expr) -> pl.Expr:
    """The English key a cleaned `state` cell means (`STATE_WORDS`), or null."""
    return _word(cell).replace_strict(STATE_WORDS, default=None, return_dtype=pl.String)


def why_state(cell: pl.Expr) -> pl.Expr:
    """The code of an unknown state's message: `data.state_ambiguous` for the words of
    `AMBIGUOUS`, else null (`data.unknown_state`)."""
    return pl.when(_word(cell).is_in(AMBIGUOUS)).then(pl.lit("data.state_ambiguous"))


def _task() -> pl.Expr:
    return pl.col("target").is_not_null()


def _task_row() -> ByRow:
    """The screen's cover of every task rule: the row has a target (the exact checks type it)."""
    return ByRow(_task)


def _unknown_target(row: Row, facts: Facts) -> dict[str, object]:
    known = facts.targets.get(row["province"], ())
    return {
        "target": row["target"],
        "province": row["province"],
        "hint": did_you_mean(row["target"], known),
    }


ACCEPTED = [w for w in STATE_WORDS if w not in ("in progress", "not started")]
"""The state words messages list: the English keys, then the Vietnamese words."""


def _unknown_state(row: Row, facts: Facts) -> dict[str, object]:
    word = " ".join((row["state"] or "").lower().split())
    ambiguous = word in AMBIGUOUS  # no "did you mean 'hoàn thành'" for "chưa hoàn thành"
    return {
        "cell": row["state"],
        "hint": None if ambiguous else did_you_mean(word, ACCEPTED),
        "accepted": ACCEPTED,
    }


def _task_cell(column: str) -> Rule:
    """A task row with a cell only figures have."""
    return Rule(
        ("data.task_cell",),
        column,
        lambda: _task() & pl.col("indicator").is_null() & pl.col(column).is_not_null(),
        lambda row, facts: {"column": column},
        _task_row(),
        needs=("target",),
    )


RULES: tuple[Rule, ...] = (
    Rule(
        ("data.indicator_or_target",),
        "target",
        lambda: _task() & pl.col("indicator").is_not_null(),
        lambda row, facts: {"indicator": row["indicator"], "target": row["target"]},
        _task_row(),
        needs=("target",),
    ),
    Rule(
        ("data.unknown_target",),
        "target",
        lambda: _task() & pl.col("_known") & pl.col("_task").is_null(),
        _unknown_target,
        _task_row(),
        needs=("target",),
    ),
    Rule(
        ("data.target_not_task",),
        "target",
        lambda: _task() & ~pl.col("_task"),
        lambda row, facts: {"target": row["target"]},
        _task_row(),
        needs=("target",),
    ),
    *[_task_cell(column) for column in TASK_CELLS],
    Rule(
        ("data.state_without_target",),
        "state",
        lambda: pl.col("state").is_not_null() & ~_task(),
        lambda row, facts: {"cell": row["state"]},
        ByRow(lambda: pl.col("state").is_not_null() & ~_task()),
        needs=("state",),
    ),
    Rule(
        ("data.state_empty",),
        "state",
        lambda: _task() & pl.col("state").is_null(),
        lambda row, facts: {"target": row["target"]},
        _task_row(),
        needs=("target",),
    ),
    Rule(
        ("data.unknown_state", "data.state_ambiguous"),
        "state",
        lambda: pl.col("state").is_not_null() & pl.col("_state").is_null(),
        _unknown_state,
        ByRow(lambda: pl.col("state").is_not_null() & ~pl.col("state").is_in(TASK_STATES)),
        code_from="_why_state",
        needs=("state",),
    ),
)
"""The rules of task rows, in the order their messages win."""
