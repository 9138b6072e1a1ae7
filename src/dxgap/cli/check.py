"""`dxgap check`, `dxgap trajectory`, `dxgap list`: where a province stands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from dxgap.errors import NotFoundError

if TYPE_CHECKING:
    from dxgap.targets.load import Targets
    from dxgap.workspace import Workspace as Ws

from dxgap.cli.app import (
    Accel,
    AsOf,
    ByChoice,
    DecimalChoice,
    DecimalOpt,
    Fmt,
    LangOpt,
    Method,
    MethodChoice,
    OnTrack,
    TableFormat,
    Workspace,
    _emit,
    _lang,
    _load,
    _local_names,
    _options,
    _place,
    _province_index,
    _resolve_province,
    _stderr,
    _stdout,
    app,
    errors,
)


@app.command()
def check(
    province: Annotated[
        str, typer.Argument(help="Province id, name or GSO code (e.g. binh-duong).")
    ],
    as_of: AsOf = None,
    method: Method = MethodChoice.linear,
    pillar: Annotated[
        list[str] | None, typer.Option("--pillar", "-p", help="Only this pillar (repeatable).")
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s", help="Only targets with this status (repeatable)."),
    ] = None,
    fmt: Fmt = TableFormat.table,
    qualitative: Annotated[
        bool, typer.Option("--qualitative", "-q", help="Also list the qualitative targets.")
    ] = False,
    by: Annotated[
        ByChoice | None,
        typer.Option("--by", help="One row per area (commune/district) or breakdown of the data."),
    ] = None,
    with_predecessors: Annotated[
        bool,
        typer.Option(
            "--with-predecessors",
            help="Also the targets of the provinces merged into this one in 2025.",
        ),
    ] = False,
    on_track: OnTrack = 0.95,
    acceleration: Accel = 0.6,
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """Show how far each of a province's targets still is, and whether the pace is enough.

    Example: dxgap check binh-duong --as-of 2024
    """
    import polars as pl

    from dxgap import engine, frames
    from dxgap.output import tables as render
    from dxgap.text import t

    language = _lang(lang)
    with errors():
        ws, targets = _load(workspace, decimal)
        if with_predecessors:
            pid, pids = _with_predecessors(targets, province)
        else:
            pid = _resolve_province(targets, province)
            pids = [pid]
        opts = _options(as_of, method, on_track, acceleration)
        _check_choices(pillar, status)
        if by is not None:
            _check_by(ws, targets, pid, by, opts, pillar, status, fmt, language)
            return
        full = engine.analyse(frames.targets_frame(targets, pids), ws.measurements(), opts)
        if pillar:
            full = full.filter(pl.col("pillar").is_in(pillar))
        if status:
            full = full.filter(pl.col("status").is_in(status))
        detail = full.collect()
    table = detail.select(frames.GAP_KEYS)
    if fmt is not TableFormat.table:
        _emit(table, fmt)
        return
    out = _stdout()
    tf = targets.files.get(pid)
    unit = _place(pid)
    name = tf.province.name if tf else (unit.name if unit else pid)
    if tf is not None:
        notice = _merger_notice(tf, targets, language)
        if notice:
            out.print(notice, style="italic", markup=False)
    title = t("title.check", language, name=name, id=pid, year=opts.as_of, method=opts.method)
    labels = {}
    if len(pids) > 1 or pids[0] != pid:
        others = [targets.files[p].province.name for p in pids if p != pid]
        title += " · " + t("title.predecessors", language, names=", ".join(others))
        labels = {p: targets.files[p].province.name for p in pids}
    names = _local_names(targets, language)
    rows = [
        {**r, "name_local": names.get(r["indicator"] or "", r.get("name"))}
        for r in detail.iter_rows(named=True)
    ]
    quantified = [r for r in rows if r["status"] != "not_quantified"]
    unquantified = [r for r in rows if r["status"] == "not_quantified"]
    if quantified:
        out.print(render.gap_table(quantified, title, opts.method, out.width, language, labels))
    else:
        out.print(title, style="bold", markup=False)
    if unquantified and qualitative:
        out.print(render.qualitative_table(unquantified, language))
    elif unquantified:
        out.print(
            t("notice.qualitative_hidden", language, n=len(unquantified)), style="dim", markup=False
        )
    out.print(render.summary_line(engine.summary(table), language))
    for w in targets.warnings:
        if any(w.path.endswith(f"{p}.yaml") for p in pids):
            _stderr().print(str(w), style="yellow", markup=False)


def _with_predecessors(targets: Targets, query: str) -> tuple[str, list[str]]:
    """A current unit (in the workspace or only in the place reference) and the workspace's
    provinces that merged into it."""
    from dxgap import places
    from dxgap.names import Named, resolve

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
        raise NotFoundError(f"{pid}: no targets in this workspace, its own or its predecessors'")
    return pid, own + merged


def _check_by(
    ws: Ws,
    targets: Targets,
    pid: str,
    by: ByChoice,
    opts: Any,
    pillar: list[str] | None,
    status: list[str] | None,
    fmt: TableFormat,
    lang: str = "en",
) -> None:
    """`check --by area`: the gap table of each area, per target."""
    import polars as pl

    from dxgap import engine, frames
    from dxgap.output import tables as render

    table = engine.gaps_by(frames.targets_frame(targets, [pid]), ws.scan_details(), by.value, opts)
    if pillar:
        table = table.filter(pl.col("pillar").is_in(pillar))
    if status:
        table = table.filter(pl.col("status").is_in(status))
    if fmt is not TableFormat.table:
        _emit(table, fmt)
        return
    from dxgap.text import t

    out = _stdout()
    name = targets.files[pid].province.name
    if table.height == 0:
        out.print(t("notice.no_area", lang, name=name, by=by.value), markup=False)
        return
    title = t(
        "title.check_by", lang, name=name, id=pid, by=by.value, year=opts.as_of, method=opts.method
    )
    out.print(render.by_table(table.iter_rows(named=True), by.value, title, lang))


def _check_choices(pillar: list[str] | None, status: list[str] | None) -> None:
    from dxgap.errors import UsageError
    from dxgap.frames import STATUSES
    from dxgap.targets.models import Pillar

    for p in pillar or []:
        if p not in Pillar.__members__:
            raise UsageError(f"unknown pillar {p!r}; choose from {', '.join(Pillar.__members__)}")
    for s in status or []:
        if s not in STATUSES:
            raise UsageError(f"unknown status {s!r}; choose from {', '.join(STATUSES)}")


def _merger_notice(tf: Any, targets: Targets, lang: str = "en") -> str | None:
    from dxgap import places
    from dxgap.text import t

    province = tf.province
    if not province.merged_into:
        return None
    unit = places.get(province.merged_into, places.CURRENT)
    successor = targets.files.get(province.merged_into)
    if unit is not None:
        name = f"{unit.name} ({province.merged_into})"
    elif successor is not None:
        name = f"{successor.province.name} ({province.merged_into})"
    else:
        name = province.merged_into
    return t(
        "notice.merged", lang, name=province.name, successor=name, date=province.merged_on or "?"
    )


@app.command()
def trajectory(
    province: Annotated[str, typer.Argument(help="Province id, name or GSO code.")],
    target_id: Annotated[
        str | None, typer.Argument(help="One target id (default: all quantified).")
    ] = None,
    as_of: AsOf = None,
    method: Method = MethodChoice.linear,
    fmt: Fmt = TableFormat.table,
    chart: Annotated[
        bool | None,
        typer.Option(
            "--chart/--no-chart",
            help="Draw a chart per target (default: when the terminal is a TTY at least 60 wide).",
            show_default=False,
        ),
    ] = None,
    on_track: OnTrack = 0.95,
    acceleration: Accel = 0.6,
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """Show each target's planned path, the measured values and the projection, year by year.

    Example: dxgap trajectory binh-phuoc dti-top-10-2030
    """
    import polars as pl

    from dxgap import engine, frames
    from dxgap.output import tables as render
    from dxgap.names import Named, resolve

    _lang(lang)
    with errors():
        ws, targets = _load(workspace, decimal)
        pid = _resolve_province(targets, province)
        opts = _options(as_of, method, on_track, acceleration)
        tlf = frames.targets_frame(targets, [pid])
        if target_id is not None:
            ids = {t.id: Named(t.id, t.id) for t in targets.files[pid].targets}
            target_id = resolve(target_id, ids, "target", province=pid)
            tlf = tlf.filter(pl.col("target_id") == target_id)
        traj = engine.trajectory(tlf, ws.measurements(), opts)
        info = engine.gaps(tlf, ws.measurements(), opts)
    if fmt is not TableFormat.table:
        _emit(traj, fmt)
        return
    from dxgap.text import status_label, t

    language = _lang(lang)
    names = _local_names(targets, language)
    out = _stdout()
    if traj.height == 0:
        out.print(t("notice.no_trajectory", language), markup=False)
        return
    for row in info.iter_rows(named=True):
        rows = traj.filter(pl.col("target_id") == row["target_id"])
        if rows.height == 0:
            continue
        title = t(
            "title.trajectory",
            language,
            target=row["target_id"],
            name=names.get(row["indicator"] or "", row["name"]),
            goal=render.fmt_target(row, language),
            status=status_label(row["status"], language),
        )
        out.print(title, style="bold", markup=False)
        draw = chart if chart is not None else (out.is_terminal and out.width >= 60)
        if draw:
            out.print(render.trajectory_chart(list(rows.iter_rows(named=True)), row, lang=language))
        else:
            out.print(
                render.trajectory_table(rows.iter_rows(named=True), None, row["unit"], language)
            )


@app.command(name="list")
def list_provinces(
    fmt: Annotated[
        TableFormat, typer.Option("--format", "-f", help="table, json, csv or markdown.")
    ] = TableFormat.table,
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """List the provinces in the workspace with their counts of targets and observations.

    Example: dxgap list
    """
    import polars as pl

    from dxgap.output import tables as render

    _lang(lang)
    with errors():
        ws, targets = _load(workspace, decimal)
        obs = (
            ws.measurements()
            .group_by("province")
            .agg(
                pl.len().alias("observations"),
                pl.col("year").min().alias("first"),
                pl.col("year").max().alias("last"),
            )
            .collect()
        )
    language = _lang(lang)
    counts = {r["province"]: r for r in obs.iter_rows(named=True)}
    rows = []
    for pid, tf in sorted(targets.files.items()):
        c = counts.get(pid)
        rows.append(
            {
                "province": pid,
                "name": tf.province.name,
                "targets": len(tf.targets),
                "quantified": sum(t.is_quantified for t in tf.targets),
                "observations": c["observations"] if c else 0,
                "years": f"{c['first']}–{c['last']}" if c else None,
                "merged_into": tf.province.merged_into,
                "merged_on": tf.province.merged_on,
                "lineage": _lineage(pid, tf, language),
            }
        )
    if fmt is TableFormat.table:
        _stdout().print(render.province_table(rows, language))
    else:
        _emit(pl.DataFrame(rows), fmt)


def _lineage(pid: str, tf: Any, lang: str) -> str:
    """Where a province went in 2025 (or what it absorbed), from the place reference."""
    from dxgap import places
    from dxgap.text import t

    merged_into = tf.province.merged_into
    if merged_into:
        unit = places.get(merged_into, places.CURRENT)
        name = unit.name if unit else merged_into
        code = unit.code if unit else "?"
        partners = [p.name for p in places.predecessors(merged_into) if p.id != pid]
        date = tf.province.merged_on or "?"
        if partners:
            return t(
                "lineage.merged",
                lang,
                successor=name,
                code=code,
                date=date,
                partners=", ".join(partners),
            )
        return t("lineage.merged_alone", lang, successor=name, code=code, date=date)
    current = places.get(pid, places.CURRENT)
    if current is not None:
        absorbed = [p.name for p in places.predecessors(pid) if p.id != pid]
        if absorbed:
            return t("lineage.absorbed", lang, predecessors=", ".join(absorbed))
        return t("lineage.unchanged", lang)
    return ""
