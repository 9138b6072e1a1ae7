"""Typed results: the rows of the tables dxgap computes, and what each library function of
`dxgap.api` returns, as renderers, the report and library users get them.

The engine works on frames; at the edge each row becomes one of these dataclasses, so that a
renderer cannot misspell a key and the type checker sees every field it reads. Results keep the
frames with the documented keys (`frames.GAP_KEYS`, …) for the machine formats.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from dxgap.engine.types import Options, Summary
from dxgap.labels import Labels as Labels  # re-exported: names people read in place of ids
from dxgap.labels import Place as Place
from dxgap.labels import TargetLabel as TargetLabel
from dxgap.ranked import ComparisonRow as ComparisonRow  # re-exported: results of compare
from dxgap.ranked import SetAside as SetAside
from dxgap.text import fmt, note_in

if TYPE_CHECKING:
    import polars as pl

    from dxgap.errors import Problem
    from dxgap.targets.models import Indicator, TargetFile

By = Literal["area", "breakdown"]
"""Sub-province rows: per area (commune, district) or per breakdown (sex, age group, …)."""

Row = TypeVar("Row")


def rows_of(cls: type[Row], frame: pl.DataFrame) -> list[Row]:
    """Each row of `frame` as a `cls`: the dataclass's fields taken from the columns of the same
    name (columns the frame lacks keep their defaults; extra columns are ignored)."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    present = [n for n in names if n in frame.columns]
    return [cls(**row) for row in frame.select(present).iter_rows(named=True)]


def rows_by_target(cls: type[Any], frame: pl.DataFrame) -> dict[tuple[str, str], list[Any]]:
    """The rows of `frame` as `cls` (see `rows_of`), in order, by (province, target_id)."""
    out: dict[tuple[str, str], list[Any]] = {}
    for row in rows_of(cls, frame):
        out.setdefault((row.province, row.target_id), []).append(row)
    return out


@dataclass(frozen=True)
class GapRow:
    """One target in the gap table: what was promised, where it stands, how fast it moves.

    Values are in the indicator's unit; paces per year (percent a year with `cagr`);
    `progress_pct` in percent of the way from base to target (docs/methodology.md, §2)."""

    province: str
    target_id: str
    status: str
    indicator: str | None = None
    name: str | None = None
    name_vi: str | None = None
    pillar: str | None = None
    unit: str | None = None
    comparator: str | None = None
    baseline_year: int | None = None
    baseline_value: float | None = None
    target_year: int | None = None
    target_value: float | None = None
    latest_year: int | None = None
    latest_value: float | None = None
    gap: float | None = None
    progress_pct: float | None = None
    observed_pace: float | None = None
    planned_pace: float | None = None
    needed_pace: float | None = None
    pace_ratio: float | None = None
    projected_value: float | None = None
    qualitative: str | None = None
    kind: str = "commitment"
    frequency: str = "once"
    approx: bool = False
    source: str | None = None
    quote: str | None = None
    area: str | None = None
    breakdown: str | None = None
    target_low: float | None = None  # a range target's ends (issue 16; docs/formats.md)
    target_high: float | None = None
    from_year: int | None = None  # first year of a standing window (frequency annual)
    out_of: int | None = None  # a rank target's number of ranked units
    latest_out_of: int | None = None  # the latest observation's number of ranked units
    latest_period: str | None = None  # the period the latest figure measures, when not a year
    series_from: int | None = None  # the year the comparable series starts (after a break)
    years_met: int | None = None  # standing/annual targets: years of the window met
    years_assessed: int | None = None  # … of the years observed in the window
    task_state: str | None = None  # tasks: done, in_progress, not_started, dropped
    state_year: int | None = None
    state_date: str | None = None
    evidence: str | None = None  # the note of the task's latest state row
    state_source: str | None = None  # the source of the task's latest state row
    evidence_vi: str | None = None  # that row's note in Vietnamese (`note_vi`)

    def evidence_in(self, lang: str) -> str | None:
        """The evidence as `lang` shows it (`note_in`)."""
        return note_in(self.evidence, self.evidence_vi, lang)

    @property
    def is_task(self) -> bool:
        """Whether the target is followed by its completion state (docs/methodology.md §15): a
        qualitative target (no comparator), or a yes/no target that has a state row."""
        return self.comparator is None or (self.unit == "boolean" and self.task_state is not None)

    @property
    def due(self) -> int | None:
        """The year the target falls due: its deadline, or a standing window's first year."""
        return self.from_year if self.frequency == "annual" and self.from_year else self.target_year

    @property
    def quantified(self) -> bool:
        """Whether the target has a number to reach and is judged by figures (not a task)."""
        return self.status != "not_quantified" and not self.is_task

    def indicator_name(self, lang: str) -> str | None:
        """The indicator's name in `lang` (English when no Vietnamese name is known)."""
        return self.name_vi if lang == "vi" and self.name_vi else self.name

    def goal(self, lang: str) -> str:
        """What the target promises, in words: `≥ 80.0% by 2025`."""
        return fmt.format_target(
            self.comparator,
            self.target_value,
            self.target_year,
            self.unit,
            lang,
            approx=self.approx,
            annual=self.frequency == "annual",
            low=self.target_low,
            high=self.target_high,
            from_year=self.from_year,
            out_of=self.out_of,
        )


@dataclass(frozen=True)
class TrajectoryPoint:
    """One year of one target's trajectory (docs/methodology.md, §5): the planned value on the
    path through the plan's points, the measured value, the projection, and `actual - planned`
    in the target's good direction."""

    province: str
    target_id: str
    year: int
    planned: float | None = None
    actual: float | None = None
    projected: float | None = None
    ahead_by: float | None = None
    met: bool | None = None  # standing/annual targets: whether that year met the level
    series_break: bool | None = None  # a new series starts this year


@dataclass(frozen=True)
class StateReport:
    """One report of a task's state (a data row with `target` and `state`): when, which state,
    from which document, with what evidence (docs/methodology.md §15)."""

    province: str
    target_id: str
    year: int
    state: str  # done, in_progress, not_started, dropped
    date: str | None = None
    source: str | None = None
    note: str | None = None
    note_vi: str | None = None  # the note in Vietnamese

    def note_in(self, lang: str) -> str | None:
        """The note as `lang` shows it (`note_in`)."""
        return note_in(self.note, self.note_vi, lang)


@dataclass(frozen=True)
class TargetPath:
    """A quantified target with its trajectory, year by year (for tables and charts); for a
    target that is `not_comparable`, the latest figure that could not be used (`set_aside`);
    for a task, its reported states up to the as-of year, in order (`states`: its chart is its
    state timeline)."""

    row: GapRow
    points: list[TrajectoryPoint]
    set_aside: SetAside | None = None
    states: list[StateReport] = field(default_factory=list)


@dataclass(frozen=True)
class TallyRow:
    """One province's tasks (in one pillar or source document) counted by state, as provinces
    report them: "hoàn thành 23/34; chưa hoàn thành 2; không thực hiện 2; chưa có thông tin 7"
    (docs/methodology.md §15). The counts sum to `tasks`."""

    province: str
    tasks: int
    done: int
    in_progress: int
    not_started: int
    dropped: int
    no_information: int
    pillar: str | None = None  # with `by` pillar
    source: str | None = None  # with `by` source: the id of the plan document


@dataclass(frozen=True)
class StatusCounts:
    """One province's targets counted by status, with data coverage ("who is behind")."""

    province: str
    targets: int
    quantified: int
    with_data: int
    coverage_pct: float | None
    behind: int
    by_status: dict[str, int] = field(default_factory=dict)

    @classmethod
    def rows(cls, frame: pl.DataFrame, statuses: tuple[str, ...]) -> list[StatusCounts]:
        """The rows of `engine.status_summary`, each status column folded into `by_status`."""
        out = []
        for r in frame.iter_rows(named=True):
            counts: dict[str, Any] = {s: int(r[s]) for s in statuses}
            out.append(
                cls(
                    r["province"],
                    r["targets"],
                    r["quantified"],
                    r["with_data"],
                    r["coverage_pct"],
                    r["behind"],
                    counts,
                )
            )
        return out


# --- what the library's functions return (dxgap.api) ----------------------------------------


@dataclass(frozen=True)
class Merger:
    """A province merged into another on 1/7/2025 (or as its target file says)."""

    province: Place
    successor: Place
    date: str | None


@dataclass(frozen=True)
class Check:
    """A province's gap table (`dxgap check`): every target with its figures and status."""

    province: Place
    options: Options
    rows: list[GapRow]
    table: pl.DataFrame  # the same rows with exactly `frames.GAP_KEYS`, for machine formats
    summary: Summary
    merger: Merger | None = None
    predecessors: list[Place] = field(default_factory=list)  # also shown, with their targets
    warnings: list[Problem] = field(default_factory=list)  # of the target files shown
    labels: Labels = field(default_factory=lambda: Labels())  # names for the human formats
    set_aside: list[SetAside] = field(default_factory=list)  # why a target is not comparable

    @property
    def row_labels(self) -> dict[str, str]:
        """Province id → name, for labelling rows when predecessors are shown too."""
        if not self.predecessors:
            return {}
        return {p.id: p.name for p in [self.province, *self.predecessors]}


@dataclass(frozen=True)
class CheckBy:
    """`dxgap check --by area|breakdown`: the gap table of each area, per target."""

    province: Place
    by: By
    options: Options
    rows: list[GapRow]  # with `area` or `breakdown` set; per target, furthest behind first
    table: pl.DataFrame  # `province`, the `by` column, then `frames.GAP_KEYS`
    labels: Labels = field(default_factory=lambda: Labels())  # names for the human formats


@dataclass(frozen=True)
class Trajectory:
    """`dxgap trajectory`: each quantified target's path, year by year."""

    province: Place
    options: Options
    paths: list[TargetPath]
    table: pl.DataFrame  # `frames.TRAJECTORY_KEYS`, for machine formats
    labels: Labels = field(default_factory=lambda: Labels())  # names for the human formats


@dataclass(frozen=True)
class Lineage:
    """A province's place in the 2025 reorganisation, from the bundled place reference:
    merged into a successor (with its partners), absorbed others, unchanged, or unknown."""

    kind: Literal["merged", "absorbed", "unchanged", "unknown"]
    successor: str | None = None  # name of the unit it became part of
    code: str | None = None  # that unit's GSO code
    date: str | None = None
    others: list[str] = field(default_factory=list)  # partners, or the absorbed units
    namesake: str | None = None  # the partner whose name the successor took over

    @classmethod
    def of(cls, pid: str, tf: TargetFile) -> Lineage:
        """The lineage of province `pid` (its target file `tf`) in the bundled place reference."""

        return cls._of(pid, tf.province.merged_into, tf.province.merged_on)

    @classmethod
    def of_place(cls, pid: str) -> Lineage:
        """The lineage of province `pid` that has no target file (issue 21), from the place
        reference alone: a former unit merged into its successor on 2025-07-01, the day the
        34 units' governments started."""
        from dxgap import places

        if places.get(pid, places.CURRENT) is not None:
            return cls._of(pid, None, None)
        successor = places.successor(pid)
        return cls._of(pid, successor.id if successor else None, "2025-07-01")

    @classmethod
    def _of(cls, pid: str, merged_into: str | None, merged_on: str | None) -> Lineage:
        from dxgap import places

        if merged_into:
            unit = places.get(merged_into, places.CURRENT)
            partners = [p for p in places.predecessors(merged_into) if p.id != pid]
            namesake = next((p.name for p in partners if unit and p.short == unit.short), None)
            return cls(
                "merged",
                successor=unit.name if unit else merged_into,
                code=unit.code if unit else None,
                date=merged_on,
                others=[p.name for p in partners],
                namesake=namesake,
            )
        if places.get(pid, places.CURRENT) is None:
            return cls("unknown")
        absorbed = [p.name for p in places.predecessors(pid) if p.id != pid]
        return cls("absorbed", others=absorbed) if absorbed else cls("unchanged")


@dataclass(frozen=True)
class Listing:
    """One province of the workspace (`dxgap list`)."""

    province: Place
    targets: int
    quantified: int
    observations: int
    first_year: int | None
    last_year: int | None
    merged_into: str | None
    merged_on: str | None
    lineage: Lineage
    planned: bool = True  # False: measured, with no target file in the workspace (issue 21)

    @classmethod
    def measured(cls, place: Place, n: int, first: int | None, last: int | None) -> Listing:
        """A province with `n` observations (years `first`..`last`) and no target file (issue
        21); a former unit only is merged into its successor of the place reference."""
        from dxgap import places

        gone = places.get(place.id, places.CURRENT) is None
        successor = places.successor(place.id) if gone else None
        return cls(
            place,
            targets=0,
            quantified=0,
            observations=n,
            first_year=first,
            last_year=last,
            merged_into=successor.id if successor else None,
            merged_on="2025-07-01" if successor else None,
            lineage=Lineage.of_place(place.id),
            planned=False,
        )


@dataclass(frozen=True)
class Comparison:
    """`dxgap compare INDICATOR`: the provinces ranked on one indicator."""

    indicator: Indicator
    benchmark: Place | None
    options: Options
    rows: list[ComparisonRow]
    table: pl.DataFrame  # for machine formats
    names: dict[str, str] = field(default_factory=dict)  # province id → its name
    left_out: list[SetAside] = field(default_factory=list)  # figures of part of a year


@dataclass(frozen=True)
class StatusSummary:
    """`dxgap compare --summary`: every province's targets counted by status, most behind first."""

    options: Options
    rows: list[StatusCounts]
    table: pl.DataFrame
    names: dict[str, str] = field(default_factory=dict)  # province id → its name


@dataclass(frozen=True)
class Tally:
    """`api.tally`: the tasks of some provinces counted by state (by pillar or source document
    with `by`), with the names a person reads in place of ids."""

    by: Literal["state", "pillar", "source"]
    options: Options
    rows: list[TallyRow]
    table: pl.DataFrame  # province, [pillar | source], `engine.tasks.TALLY_COUNTS`
    labels: Labels = field(default_factory=lambda: Labels())  # names for the human formats


@dataclass(frozen=True)
class ReportSection:
    """One province in the report."""

    file: TargetFile  # the province, its sources (titles, links, dates) and targets
    rows: list[GapRow]
    paths: list[TargetPath]  # the quantified targets with their trajectories, for charts
    summary: Summary
    merger: Merger | None


@dataclass(frozen=True)
class Report:
    """What `dxgap report` shows: a section per province."""

    options: Options
    sections: list[ReportSection]


@dataclass(frozen=True)
class Export:
    """`dxgap export`: one of the exportable tables, with the names that label it for people."""

    table: Literal["gaps", "trajectory", "targets", "observations"]
    frame: pl.DataFrame  # the stable keys (`frames.GAP_KEYS`, …): what scripts read
    labels: Labels = field(default_factory=Labels)
