"""dxgap as a library: one function per question an analyst asks, each returning a typed result.

    from dxgap import Workspace, api
    from dxgap.engine import Options

    ws = Workspace("path/to/workspace")
    result = api.check(ws, "Bình Phước", Options(as_of=2024))
    for row in result.rows:
        print(row.target_id, row.status, row.gap)

The command line is a thin layer over these functions: it parses options, calls one of them and
renders or writes the result (`dxgap.output`). Every function takes the `Workspace` and, where
figures are computed, `engine.Options` with an explicit as-of year. Names of provinces,
targets and indicators are resolved as people type them (`dxgap.names.resolve`); unknown ones
raise `NotFoundError`, inconsistent requests `UsageError`, invalid files `InputError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from dxgap import lineage, places
from dxgap.errors import NotFoundError, UsageError
from dxgap.filters import Filter
from dxgap.names import Named, resolve
from dxgap.paths import set_aside_of, target_paths
from dxgap.paths import task_states as _states
from dxgap.results import (
    By,
    Check,
    CheckBy,
    Comparison,
    ComparisonRow,
    Export,
    GapRow,
    Labels,
    Lineage,
    Listing,
    Merger,
    Place,
    Report,
    ReportSection,
    SetAside,
    StatusCounts,
    StatusSummary,
    Tally,
    TallyRow,
    TargetLabel,
    TargetPath,
    Trajectory,
    rows_of,
)
from dxgap.text import Msg

if TYPE_CHECKING:
    import polars as pl

    from dxgap.engine import Options
    from dxgap.engine.tasks import TallyBy
    from dxgap.targets.load import Targets
    from dxgap.workspace import Workspace

Table = Literal["gaps", "trajectory", "targets", "observations"]


# --- names ------------------------------------------------------------------------------------


def resolve_province(ws: Workspace, query: str) -> str:
    """The id of the province of the workspace that `query` names (id, name in either language
    with or without diacritics, or GSO code)."""
    targets = ws.targets()
    if not targets.files:
        raise NotFoundError(Msg("unknown.no_provinces"))
    try:
        return resolve(query, _province_index(targets))
    except NotFoundError:  # a 2025 unit whose predecessors have targets, or a province with no
        hint = lineage.name_hint(targets, query)  # plan: say so; else the closest of both maps
        raise hint or lineage.unknown_province(targets, query) from None


def choose_provinces(ws: Workspace, queries: Sequence[str], every: bool) -> list[str]:
    """The provinces a batch works on: all of them when `every`, else those named (each once)."""
    if every:
        return sorted(ws.targets().files)
    if not queries:
        raise UsageError(Msg("usage.provinces_needed"))
    return list(dict.fromkeys(resolve_province(ws, q) for q in queries))


def _province_index(targets: Targets) -> dict[str, Named]:
    return {
        pid: Named(pid, tf.province.name, tf.province.name_en, tf.province.code)
        for pid, tf in targets.files.items()
    }


_names = lineage.place_names  # a target file's name, else the place reference's (issue 21)


def _place(targets: Targets, pid: str) -> Place:
    tf = targets.files.get(pid)
    if tf is not None:
        return Place(pid, tf.province.name, tf.province.name_en)
    unit = places.get(pid)
    return Place(pid, unit.name, unit.name_en) if unit else Place(pid, pid)


def _resolve_targets(targets: Targets, pids: Sequence[str], queries: Sequence[str]) -> list[str]:
    known = {t.id: Named(t.id, t.id) for p in pids for t in targets.files[p].targets}
    where = ", ".join(targets.files[p].province.name for p in pids)  # names, never slugs
    return [resolve(q, known, "target", province=where) for q in queries]


# --- check ------------------------------------------------------------------------------------


def check(
    ws: Workspace,
    province: str,
    options: Options,
    *,
    pillars: Sequence[str] = (),
    statuses: Sequence[str] = (),
    states: Sequence[str] = (),
    with_predecessors: bool = False,
) -> Check:
    """The gap table of one province (with the provinces merged into it on request), filtered
    to some pillars, statuses and task states."""

    from dxgap import engine, frames

    keep = Filter.named(pillars, statuses, states)
    targets = ws.targets()
    if with_predecessors:
        pid, pids = _with_predecessors(targets, province)
    else:
        pid = resolve_province(ws, province)
        pids = [pid]
    tlf = frames.targets_frame(targets, pids)
    detail = keep.apply(engine.analyse(tlf, ws.measurements(), options, _states(ws))).collect()
    table, rows = detail.select(frames.GAP_KEYS), rows_of(GapRow, detail)
    shown = {f"{p}{suffix}" for p in pids for suffix in (".yaml", ".yml")}
    return Check(
        province=_place(targets, pid),
        options=options,
        rows=rows,
        table=table,
        summary=engine.summary(table),
        merger=_merger(targets, pid),
        predecessors=[_place(targets, p) for p in pids if p != pid],
        warnings=[w for w in targets.warnings if any(w.path.endswith(s) for s in shown)],
        labels=labels(ws, pids),
        set_aside=[a[-1] for a in set_aside_of(ws, tlf, options, rows).values()],
    )


def _with_predecessors(targets: Targets, query: str) -> tuple[str, list[str]]:
    """A current unit (in the workspace or only in the place reference) and the workspace's
    provinces that merged into it."""
    index = _province_index(targets)
    for unit in places.units():
        if unit.scheme == places.CURRENT and unit.id not in index:
            index[unit.id] = Named(unit.id, unit.name, unit.name_en)
    pid = resolve(query, index)
    merged = [
        p
        for p, tf in sorted(targets.files.items())
        if p != pid
        and (tf.province.merged_into == pid or getattr(places.successor(p), "id", None) == pid)
    ]
    own = [pid] if pid in targets.files else []
    if not own and not merged:
        raise NotFoundError(Msg("unknown.no_targets_here", province=pid))
    return pid, own + merged


def _merger(targets: Targets, pid: str) -> Merger | None:
    tf = targets.files.get(pid)
    if tf is None or not tf.province.merged_into:
        return None
    successor = tf.province.merged_into
    unit = places.get(successor, places.CURRENT)
    if unit is not None:
        place = Place(successor, unit.name, unit.name_en)
    else:
        place = _place(targets, successor)
    return Merger(_place(targets, pid), place, tf.province.merged_on)


def check_by(
    ws: Workspace,
    province: str,
    by: By,
    options: Options,
    *,
    pillars: Sequence[str] = (),
    statuses: Sequence[str] = (),
    states: Sequence[str] = (),
) -> CheckBy:
    """Each target's gap per area (commune, district) or breakdown of the data rows."""

    from dxgap import engine, frames

    keep = Filter.named(pillars, statuses, states)
    pid = resolve_province(ws, province)
    targets = ws.targets()
    table = engine.gaps_by(frames.targets_frame(targets, [pid]), ws.details(), by, options)
    table = keep.apply(table)
    names = labels(ws, [pid])
    rows = [  # the Vietnamese name, which the machine table does not carry
        replace(r, name_vi=names.indicators.get(r.indicator or "", ("", None))[1])
        for r in rows_of(GapRow, table)
    ]
    return CheckBy(_place(targets, pid), by, options, rows, table, names)


# --- trajectories -----------------------------------------------------------------------------


def trajectory(
    ws: Workspace, province: str, options: Options, target_id: str | None = None
) -> Trajectory:
    """The trajectories of a province's quantified targets (or of one target)."""
    pid = resolve_province(ws, province)
    targets = ws.targets()
    wanted = _resolve_targets(targets, [pid], [target_id]) if target_id is not None else None
    _, paths, table = target_paths(ws, [pid], options, wanted)
    return Trajectory(_place(targets, pid), options, paths, table, labels(ws, [pid]))


def chart_paths(
    ws: Workspace, province: str, options: Options, target_ids: Sequence[str] = ()
) -> tuple[Place, list[TargetPath]]:
    """What `dxgap plot` draws: the named targets, else every quantified target with a base or
    data (a lone star else) and every task with a reported state (its state timeline).
    `UsageError` if nothing is left or a named one has none of these."""
    pid, targets = resolve_province(ws, province), ws.targets()
    wanted = _resolve_targets(targets, [pid], target_ids) if target_ids else None
    every = target_paths(ws, [pid], options, wanted)[1]
    paths = [p for p in every if p.points or p.states]
    name = targets.files[pid].province.name
    if empty := [w for w in wanted or [] if w not in {p.row.target_id for p in paths}]:
        for p in (p for p in every if p.row.target_id in empty):
            if a := p.set_aside:  # figures there are: of another ranking, or of part of a year
                why = Msg(
                    f"aside.why.{a.reason}",
                    n=a.out_of,
                    target_n=p.row.out_of,
                    year=a.year,
                    sizes=a.sizes or [],
                    due=p.row.due,
                    last=places.LAST_YEAR_OF_PREVIOUS,
                )
                raise UsageError(
                    Msg(
                        "usage.nothing_comparable_to_draw",
                        province=name,
                        target=a.target_id,
                        why=why,
                    )
                )
        raise UsageError(Msg("usage.nothing_to_draw_for", province=name, targets=", ".join(empty)))
    if not paths:
        raise UsageError(Msg("usage.nothing_to_draw", province=name))
    return _place(targets, pid), paths


# --- the workspace ----------------------------------------------------------------------------


def provinces(ws: Workspace) -> list[Listing]:
    """Every province with its counts of targets and observations; those with no plan last."""
    import polars as pl

    targets = ws.targets()
    obs = (
        ws.measurements()
        .group_by("province")
        .agg(
            pl.len().alias("n"), pl.col("year").min().alias("lo"), pl.col("year").max().alias("hi")
        )
        .collect()
    )
    counts = {r["province"]: r for r in obs.iter_rows(named=True)}
    out = []
    for pid, tf in sorted(targets.files.items()):
        c = counts.get(pid, {})
        out.append(
            Listing(
                province=_place(targets, pid),
                targets=len(tf.targets),
                quantified=sum(t.is_quantified for t in tf.targets),
                observations=int(c.get("n", 0)),
                first_year=c.get("lo"),
                last_year=c.get("hi"),
                merged_into=tf.province.merged_into,
                merged_on=tf.province.merged_on,
                lineage=Lineage.of(pid, tf),
            )
        )
    names = _names(targets)  # short names, as the target files write theirs: 'Yên Bái'
    for pid in sorted(set(counts) - set(targets.files)):  # measured, with no plan (issue 21)
        c, place = counts[pid], Place(pid, names.get(pid, pid), _place(targets, pid).name_en)
        out.append(Listing.measured(place, int(c["n"]), c["lo"], c["hi"]))
    return out


# --- across provinces -------------------------------------------------------------------------


def compare(
    ws: Workspace,
    indicator: str,
    options: Options,
    against: str | None = None,
    snapshots: bool = False,
) -> Comparison:
    """One indicator (id or name) across provinces, against a benchmark province's target; a
    figure of part of a year is ranked only with `snapshots` or when the indicator declares
    them comparable, else it is listed in `left_out` (docs/methodology.md §14)."""
    from dxgap import engine, frames
    from dxgap.engine.comparison import snapshots_left_out

    targets = ws.targets()
    catalogue = targets.indicators
    index = {i.id: Named(i.id, i.name.vi, i.name.en) for i in catalogue.values()}
    ind = resolve(indicator, index, "indicator")
    bench = resolve_province(ws, against) if against else None
    analysis = engine.analyse(
        frames.targets_frame(targets), ws.measurements(), options, _states(ws)
    )
    lower = catalogue[ind].unit.value == "rank"  # the direction when no target gives it
    snapshots = snapshots or catalogue[ind].snapshots
    table = engine.compare(analysis, ws.measurements(), ind, options, bench, lower, snapshots)
    left: list[SetAside] = []
    if not snapshots:  # what a ranking of whole years leaves out, to say so
        found = snapshots_left_out(ws.measurements(), ind, options.as_of).to_dicts()
        left = [SetAside(**r, reason="period") for r in found if r["province"] != bench]
    return Comparison(
        catalogue[ind],
        _place(targets, bench) if bench else None,
        options,
        rows_of(ComparisonRow, table),
        table,
        _names(targets),
        left,
    )


def status_summary(ws: Workspace, options: Options) -> StatusSummary:
    """Targets by status and data coverage, per province."""
    from dxgap import engine, frames

    tlf = frames.targets_frame(ws.targets())
    analysis = engine.analyse(tlf, ws.measurements(), options, _states(ws))
    table = engine.status_summary(analysis.select(frames.GAP_KEYS).collect())
    rows = StatusCounts.rows(table, frames.STATUSES)
    return StatusSummary(options, rows, table, _names(ws.targets()))


def tally(ws: Workspace, province: str | None, by: TallyBy, options: Options) -> Tally:
    """The tasks of one province (ids or names; None: every province) counted by state, per
    province and, with `by` pillar or source, per pillar or plan document — the provinces' own
    report form (docs/methodology.md §15). `NotFoundError` for an unknown province."""
    from dxgap import engine, frames

    pids = sorted(ws.targets().files) if province is None else [resolve_province(ws, province)]
    tlf = frames.targets_frame(ws.targets(), pids)
    analysis = engine.analyse(tlf, ws.measurements(), options, _states(ws))
    table = engine.tally(analysis, by)
    return Tally(by, options, rows_of(TallyRow, table), table, labels(ws, pids))


# --- exports and the report -------------------------------------------------------------------


def export_table(
    ws: Workspace, provinces: Sequence[str], table: Table, options: Options, by: By | None = None
) -> pl.DataFrame:
    """One of the exportable tables of some provinces (ids or names): gaps (per area or
    breakdown with `by`), trajectories, the targets themselves, or the observations up to the
    as-of year."""
    import polars as pl

    from dxgap import engine, frames

    if by is not None and table != "gaps":
        raise UsageError(Msg("usage.by_gaps_only"))
    pids = choose_provinces(ws, provinces, every=False)
    tlf = frames.targets_frame(ws.targets(), list(pids))
    if by is not None:
        return engine.gaps_by(tlf, ws.details(), by, options)
    if table == "gaps":
        return engine.gaps(tlf, ws.measurements(), options, _states(ws))
    if table == "trajectory":
        return engine.trajectory(tlf, ws.measurements(), options)
    if table == "targets":
        return tlf.select(frames.TARGET_KEYS).collect()
    return (
        ws.details()
        .filter(pl.col("province").is_in(list(pids)), pl.col("year") <= options.as_of)
        .drop("_file", "_fileno", "_row")
        .sort(["province", "indicator", "area", "breakdown", "year", "date"], nulls_last=False)
        .collect(engine="streaming")
    )


def export(
    ws: Workspace, provinces: Sequence[str], table: Table, options: Options, by: By | None = None
) -> Export:
    """`export_table` with the names a person reads in its place (province and indicator names
    in both languages, source titles), for the human sheet of a workbook."""
    frame = export_table(ws, provinces, table, options, by)
    return Export(table, frame, labels(ws, choose_provinces(ws, provinces, every=False)))


def labels(ws: Workspace, provinces: Sequence[str]) -> Labels:
    """Names of the provinces (ids), of every indicator of the catalogue, of each target's
    indicator and of each source of those provinces."""
    targets = ws.targets()
    files = {pid: targets.files[pid] for pid in provinces if pid in targets.files}
    return Labels(
        provinces={pid: _place(targets, pid) for pid in provinces},
        indicators={i.id: (i.name.en, i.name.vi) for i in targets.catalogue.indicators},
        units={i.id: i.unit.value for i in targets.catalogue.indicators},
        targets={
            (pid, t.id): TargetLabel(
                t.indicator,
                t.qualitative,
                t.approx,
                t.frequency,
                t.quote_in("vi") if t.quote_vi else None,
            )
            for pid, tf in files.items()
            for t in tf.targets
        },
        sources={(pid, s.id): s.title for pid, tf in files.items() for s in tf.sources},
        sources_vi={
            (pid, s.id): s.title_in("vi")
            for pid, tf in files.items()
            for s in tf.sources
            if s.title_vi
        },
    )


def report(ws: Workspace, provinces: Sequence[str], options: Options) -> Report:
    """The report's content for some provinces (ids or names)."""
    import polars as pl

    from dxgap import engine

    pids = choose_provinces(ws, provinces, every=False)
    targets = ws.targets()
    rows, paths, _ = target_paths(ws, list(pids), options, None)
    keys = ("province", "status", "comparator", "unit", "task_state")  # tasks counted apart
    statuses = pl.DataFrame(
        {k: [getattr(r, k) for r in rows] for k in keys},
        schema=dict.fromkeys(keys, pl.String),
    )
    sections = []
    for pid in pids:
        sections.append(
            ReportSection(
                file=targets.files[pid],
                rows=[r for r in rows if r.province == pid],
                paths=[p for p in paths if p.row.province == pid],
                summary=engine.summary(statuses.filter(pl.col("province") == pid)),
                merger=_merger(targets, pid),
            )
        )
    return Report(options, sections)
