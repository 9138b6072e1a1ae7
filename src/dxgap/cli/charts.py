"""`dxgap plot` and `dxgap report`: pictures and the one-file HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    import polars as pl

    from dxgap.targets.load import Targets
    from dxgap.workspace import Workspace as Ws

from dxgap.cli.app import (
    Accel,
    AsOf,
    DecimalChoice,
    DecimalOpt,
    LangOpt,
    Method,
    MethodChoice,
    OnTrack,
    Workspace,
    _chosen_provinces,
    _lang,
    _load,
    _local_names,
    _options,
    _place,
    _resolve_province,
    _stderr,
    app,
    errors,
)
from dxgap.text import t


def _chart_data(
    ws: Ws, targets: Targets, pids: list[str], opts: Any, target_ids: list[str] | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The analysis (with the targets' own columns) and trajectories of some provinces."""
    import polars as pl

    from dxgap import engine, frames
    from dxgap.names import Named, resolve

    tlf = frames.targets_frame(targets, pids)
    if target_ids:
        known = {t.id: Named(t.id, t.id) for p in pids for t in targets.files[p].targets}
        wanted = [resolve(t, known, "target", province=", ".join(pids)) for t in target_ids]
        tlf = tlf.filter(pl.col("target_id").is_in(wanted))
    analysis = engine.analyse(tlf, ws.measurements(), opts).collect()
    traj = engine.trajectory(tlf, ws.measurements(), opts)
    return analysis, traj


@app.command()
def plot(
    province: Annotated[str, typer.Argument(help="Province id, name or GSO code.")],
    target_ids: Annotated[
        list[str] | None, typer.Argument(help="Targets to draw (default: all with data or a plan).")
    ] = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="FILE.svg or FILE.png.")] = Path(
        "chart.png"
    ),
    lang: LangOpt = None,
    columns: Annotated[int, typer.Option("--columns", min=1, max=4, help="Charts per row.")] = 2,
    as_of: AsOf = None,
    method: Method = MethodChoice.linear,
    on_track: OnTrack = 0.95,
    acceleration: Accel = 0.6,
    decimal: DecimalOpt = DecimalChoice.point,
    workspace: Workspace = Path(),
) -> None:
    """Draw trajectory charts (plan, measurements, projection, target) to an SVG or PNG file.

    Needs the charts extra: pip install "dxgap[charts]".

    Example: dxgap plot binh-phuoc --output bp.png --lang vi
    """
    from dxgap.output import charts
    from dxgap.errors import UsageError
    from dxgap.output.export import write_bytes

    chosen = _lang(lang)
    with errors():
        fmt = output.suffix.lower().lstrip(".")
        if fmt not in ("svg", "png"):
            raise UsageError(f"{output}: give a .svg or .png file name")
        ws, targets = _load(workspace, decimal)
        pid = _resolve_province(targets, province)
        opts = _options(as_of, method, on_track, acceleration)
        analysis, traj = _chart_data(ws, targets, [pid], opts, target_ids)
        names = _local_names(targets, chosen)
        # without named targets, draw those with something to show: data or a baseline
        inputs = charts.chart_inputs(analysis, traj, names, chosen, include_empty=bool(target_ids))
        if not inputs:
            raise UsageError(f"{pid}: no quantified target with a baseline or data to draw")
        heading = t(
            "title.check",
            chosen,
            name=targets.files[pid].province.name,
            id=pid,
            year=opts.as_of,
            method=opts.method,
        )
        write_bytes(output, charts.figure_bytes(inputs, opts.as_of, fmt, chosen, columns, heading))
    _stderr().print(
        t("wrote.plot", chosen, n=len(inputs), output=output), style="dim", markup=False
    )


@app.command()
def report(
    provinces: Annotated[
        list[str] | None, typer.Argument(help="Provinces (default with --all).")
    ] = None,
    all_provinces: Annotated[bool, typer.Option("--all", help="Every province.")] = False,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    lang: LangOpt = None,
    as_of: AsOf = None,
    method: Method = MethodChoice.linear,
    on_track: OnTrack = 0.95,
    acceleration: Accel = 0.6,
    decimal: DecimalOpt = DecimalChoice.point,
    workspace: Workspace = Path(),
) -> None:
    """Write a one-file HTML progress report: summary, gap table, a chart per target, sources.

    Opens offline (inline CSS and SVG); prints to PDF from a browser. Needs the charts extra.

    Example: dxgap report binh-duong --output bd.html
    """
    import polars as pl

    from dxgap import engine
    from dxgap.output import charts
    from dxgap.output import tables as render
    from dxgap.output.export import write_bytes
    from dxgap.output.report import render_report

    chosen = _lang(lang)
    with errors():
        ws, targets = _load(workspace, decimal)
        pids = _chosen_provinces(targets, provinces, all_provinces)
        opts = _options(as_of, method, on_track, acceleration)
        analysis, traj = _chart_data(ws, targets, pids, opts)
        names = _local_names(targets, chosen)
        sections = []
        for pid in pids:
            part = analysis.filter(pl.col("province") == pid)
            inputs = charts.chart_inputs(part, traj, names, chosen)
            svgs = {
                info["target_id"]: charts.svg_inline(info, rows, opts.as_of, chosen, title, label)
                for info, rows, title, label in inputs
            }
            rows = [
                {**r, "name_local": names.get(r["indicator"] or "", r.get("name"))}
                for r in part.iter_rows(named=True)
            ]
            tf = targets.files[pid]
            successor = _place(tf.province.merged_into) if tf.province.merged_into else None
            sections.append(
                {
                    "file": tf,
                    "rows": rows,
                    "charts": svgs,
                    "summary": engine.summary(part.select(frames_gap_keys())),
                    "fmt_goal": render.fmt_target,
                    "fmt_latest": lambda r: (
                        render.fmt_value(r.get("latest_value"), r.get("unit"))
                        + (f" ({r['latest_year']})" if r.get("latest_year") else "")
                    ),
                    "fmt_gap": lambda r: render.fmt_delta(r.get("gap"), r.get("unit")),
                    "successor": successor.name if successor else None,
                }
            )
        page = render_report(sections, opts.as_of, opts.method, chosen)
        write_bytes(output, page.encode("utf-8"))
    _stderr().print(
        t("wrote.report", chosen, n=len(pids), output=output), style="dim", markup=False
    )


def frames_gap_keys() -> tuple[str, ...]:
    """The documented gap-table keys (imported lazily: frames imports Polars)."""
    from dxgap.frames import GAP_KEYS

    return GAP_KEYS
