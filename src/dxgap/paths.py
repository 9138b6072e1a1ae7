"""Per target, what a trajectory or a chart shows: a quantified target's path year by year, a
not-comparable target's figures set aside with the reason, a task's reported states (for
`api.trajectory`, `api.chart_paths`, `api.report` and `api.check`).

Polars is imported on first use (the command line imports `api`, and so this module, on every
run)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dxgap.results import (
    GapRow,
    SetAside,
    StateReport,
    TargetPath,
    TrajectoryPoint,
    rows_by_target,
    rows_of,
)

if TYPE_CHECKING:
    import polars as pl

    from dxgap.engine import Options
    from dxgap.workspace import Workspace


def task_states(ws: Workspace) -> pl.LazyFrame | None:
    """The workspace's task states (`frames.STATE_SCHEMA`), when it reads them."""
    states = getattr(ws, "states", None)
    return states() if callable(states) else None


def target_paths(
    ws: Workspace, pids: list[str], options: Options, target_ids: list[str] | None
) -> tuple[list[GapRow], list[TargetPath], pl.DataFrame]:
    """The gap rows of some targets (all of them), the quantified ones with their trajectory
    points (none for a target without a base or data) and the tasks with a reported state
    with their states, in the rows' order, and the trajectory frame."""
    import polars as pl

    from dxgap import engine, frames
    from dxgap.engine.tasks import state_history

    tlf = frames.targets_frame(ws.targets(), pids)
    if target_ids is not None:
        tlf = tlf.filter(pl.col("target_id").is_in(target_ids))
    states = task_states(ws)
    rows = rows_of(GapRow, engine.analyse(tlf, ws.measurements(), options, states).collect())
    table = engine.trajectory(tlf, ws.measurements(), options)
    points = rows_by_target(TrajectoryPoint, table)
    aside = set_aside_of(ws, tlf, options, rows)
    reports: dict[tuple[str, str], list[StateReport]] = {}
    history = None
    if any(r.is_task and r.task_state for r in rows):  # a task's chart: its state timeline
        history = state_history(states, options.as_of).collect()
        reports = rows_by_target(StateReport, history)
    table = with_reports(table, history, rows)
    paths = []
    for r in rows:
        key = (r.province, r.target_id)
        if r.quantified:
            paths.append(TargetPath(r, points.get(key, []), aside.get(key, [None])[-1]))
        elif r.is_task and key in reports:
            paths.append(TargetPath(r, [], states=reports[key]))
    return rows, paths, table


def with_reports(
    table: pl.DataFrame, history: pl.DataFrame | None, rows: list[GapRow]
) -> pl.DataFrame:
    """The trajectory `table` with `frames.TASK_REPORT_KEYS`, and the reports of the tasks
    among `rows` (`history`: `engine.tasks.state_history`) as rows of their own: a task's
    trajectory is its reports (docs/methodology.md §15). In the order of `rows`."""
    import polars as pl

    from dxgap.frames import TASK_REPORT_KEYS, TRAJECTORY_KEYS

    empty = [pl.lit(None, pl.String).alias(k) for k in TASK_REPORT_KEYS]
    out = table.with_columns(empty)
    tasks = [(r.province, r.target_id) for r in rows if r.is_task]
    if history is not None and tasks:
        wanted = pl.DataFrame(tasks, schema=["province", "target_id"], orient="row")
        reported = history.join(wanted, on=["province", "target_id"], how="semi").select(
            "province",
            "target_id",
            pl.col("year").cast(table.schema["year"]),
            *[pl.lit(None, table.schema[k]).alias(k) for k in TRAJECTORY_KEYS[3:]],
            task_state="state",
            state_date="date",
            evidence="note",
            state_source="source",
            evidence_vi="note_vi",
        )
        out = pl.concat([out, reported.select(out.columns)])
    order = {key: i for i, key in enumerate((r.province, r.target_id) for r in rows)}
    place = [order.get(k, len(order)) for k in zip(out["province"], out["target_id"], strict=True)]
    return out.with_columns(_o=pl.Series(place)).sort("_o", maintain_order=True).drop("_o")


def set_aside_of(
    ws: Workspace, tlf: pl.LazyFrame, options: Options, rows: list[GapRow]
) -> dict[tuple[str, str], list[SetAside]]:
    """Per not-comparable target among `rows`, the figures it could not use, latest last:
    what they are, and why not (docs/methodology.md §12, §14)."""
    from dxgap.engine.series import set_aside

    keys = {(r.province, r.target_id) for r in rows if r.status == "not_comparable"}
    if not keys:
        return {}
    found = rows_by_target(SetAside, set_aside(tlf, ws.measurements(), options.as_of).collect())
    return {key: figures for key, figures in found.items() if key in keys}
