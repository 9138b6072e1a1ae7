"""`dxgap export` and `dxgap compare`: batch files and cross-province tables."""

from __future__ import annotations

import sys
from enum import StrEnum
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
    _chosen_provinces,
    _emit,
    _lang,
    _load,
    _local_names,
    _options,
    _progress,
    _resolve_province,
    _stderr,
    _stdout,
    app,
    errors,
)
from dxgap.text import t


class ExportTable(StrEnum):
    gaps = "gaps"
    trajectory = "trajectory"
    targets = "targets"
    observations = "observations"


class ExportFormat(StrEnum):
    csv = "csv"
    json = "json"
    ndjson = "ndjson"
    parquet = "parquet"
    xlsx = "xlsx"


@app.command()
def export(
    provinces: Annotated[
        list[str] | None, typer.Argument(help="Provinces (ids, names or GSO codes).")
    ] = None,
    all_provinces: Annotated[bool, typer.Option("--all", help="Every province.")] = False,
    table: Annotated[
        ExportTable, typer.Option("--table", "-t", help="What to export.")
    ] = ExportTable.gaps,
    fmt: Annotated[
        ExportFormat | None,
        typer.Option("--format", "-f", help="Default: from the output file's extension."),
    ] = None,
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="File to write ('-' for stdout; a folder with --split)."
        ),
    ] = "-",
    split: Annotated[
        bool, typer.Option("--split", help="One file per province, in the --output folder.")
    ] = False,
    excel_compatible: Annotated[
        bool,
        typer.Option(
            "--excel-compatible",
            help="CSV with a UTF-8 BOM (Excel shows Vietnamese correctly) and formula-like text defused.",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress display.")] = False,
    by: Annotated[
        ByChoice | None,
        typer.Option("--by", help="Gaps per area or breakdown (adds an area/breakdown column)."),
    ] = None,
    as_of: AsOf = None,
    method: Method = MethodChoice.linear,
    on_track: OnTrack = 0.95,
    acceleration: Accel = 0.6,
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """Write gaps, trajectories, targets or observations of many provinces to a file.

    Files are written atomically: an existing file is replaced only by a complete new one.

    Example: dxgap export --all --format csv --output gaps.csv
    """
    from dxgap import engine, frames
    from dxgap.output import export as exp
    from dxgap.errors import UsageError

    with errors():
        ws, targets = _load(workspace, decimal)
        pids = _chosen_provinces(targets, provinces, all_provinces)
        to_stdout = output == "-"
        if split and to_stdout:
            raise UsageError("--split writes one file per province: give a folder with --output")
        chosen = fmt.value if fmt else ("csv" if to_stdout or split else exp.infer_format(output))
        if to_stdout and chosen not in exp.TEXT_FORMATS:
            raise UsageError(f"{chosen} is binary: write it to a file with --output")
        opts = _options(as_of, method, on_track, acceleration)
        if by is not None and table is not ExportTable.gaps:
            raise UsageError("--by applies to --table gaps")
        if by is not None:
            frame = engine.gaps_by(
                frames.targets_frame(targets, pids), ws.scan_details(), by.value, opts
            )
        else:
            frame = _export_table(ws, targets, pids, table, opts)
        if to_stdout:
            sys.stdout.write(exp.render_text(frame, chosen, excel_compatible))
            sys.stdout.flush()
            return
        if split:
            _write_split(frame, pids, Path(output), chosen, excel_compatible, table, quiet)
        else:
            with _progress(quiet, f"Writing {output}", 1) as advance:
                exp.write_frame(
                    frame,
                    Path(output),
                    chosen,
                    excel_compatible=excel_compatible,
                    sheet=table.value,
                )
                advance()
    if not quiet:
        _stderr().print(
            t(
                "wrote.export",
                _lang(lang),
                rows=frame.height,
                table=table.value,
                n=len(pids),
                output=output,
            ),
            markup=False,
            style="dim",
        )


def _export_table(
    ws: Ws, targets: Targets, pids: list[str], table: ExportTable, opts: Any
) -> pl.DataFrame:
    import polars as pl

    from dxgap import engine, frames

    tlf = frames.targets_frame(targets, pids)
    if table is ExportTable.gaps:
        return engine.gaps(tlf, ws.measurements(), opts)
    if table is ExportTable.trajectory:
        return engine.trajectory(tlf, ws.measurements(), opts)
    if table is ExportTable.targets:
        return tlf.select(frames.TARGET_KEYS).collect()
    return (
        ws.scan_details()
        .filter(pl.col("province").is_in(pids), pl.col("year") <= opts.as_of)
        .drop("_file", "_fileno", "_row")
        .sort(["province", "indicator", "area", "breakdown", "year", "date"], nulls_last=False)
        .collect(engine="streaming")
    )


def _write_split(
    frame: pl.DataFrame,
    pids: list[str],
    folder: Path,
    fmt: str,
    excel_compatible: bool,
    table: ExportTable,
    quiet: bool,
) -> None:
    import polars as pl

    from dxgap.output import export as exp
    from dxgap.errors import OutputError

    if not folder.is_dir():
        if not folder.parent.is_dir():
            raise OutputError(f"{folder}: the folder {folder.parent} does not exist")
        folder.mkdir()
    suffix = {"ndjson": "ndjson"}.get(fmt, fmt)
    with _progress(quiet, f"Writing {len(pids)} files to {folder}", len(pids)) as advance:
        for pid in pids:
            part = frame.filter(pl.col("province") == pid)
            exp.write_frame(
                part,
                folder / f"{pid}.{suffix}",
                fmt,
                excel_compatible=excel_compatible,
                sheet=table.value,
            )
            advance()


@app.command()
def compare(
    indicator: Annotated[
        str | None, typer.Argument(help="Indicator id (or its name) from the catalogue.")
    ] = None,
    against: Annotated[
        str | None,
        typer.Option("--against", "-a", help="Benchmark target file, e.g. vietnam."),
    ] = None,
    summary: Annotated[
        bool, typer.Option("--summary", help="Per province: targets by status and data coverage.")
    ] = False,
    as_of: AsOf = None,
    method: Method = MethodChoice.linear,
    fmt: Fmt = TableFormat.table,
    on_track: OnTrack = 0.95,
    acceleration: Accel = 0.6,
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """Rank the provinces on one indicator, against their own and a national target.

    Example: dxgap compare online_dossier_rate --against vietnam
    """
    from dxgap import engine, frames
    from dxgap.output import tables as render
    from dxgap.errors import UsageError
    from dxgap.names import Named, resolve

    language = _lang(lang)
    _lang(lang)
    with errors():
        if summary == (indicator is not None):
            raise UsageError("give an indicator, or --summary (not both)")
        ws, targets = _load(workspace, decimal)
        opts = _options(as_of, method, on_track, acceleration)
        analysis = engine.analyse(frames.targets_frame(targets), ws.measurements(), opts)
        if summary:
            table = engine.status_summary(analysis.select(frames.GAP_KEYS).collect())
            title = t("title.summary", language, year=opts.as_of)
            unit = None
        else:
            assert indicator is not None
            catalogue = targets.indicators
            index = {i.id: Named(i.id, i.name.vi, i.name.en) for i in catalogue.values()}
            ind = resolve(indicator, index, "indicator")
            bench = _resolve_province(targets, against) if against else None
            table = engine.compare(analysis, ws.measurements(), ind, opts, bench)
            unit = catalogue[ind].unit.value
            title = t(
                "title.compare",
                language,
                name=_local_names(targets, language)[ind],
                id=ind,
                year=opts.as_of,
            )
            if bench:
                title += t("title.against", language, benchmark=bench)
    if fmt is not TableFormat.table:
        _emit(table, fmt)
        return
    out = _stdout()
    if table.height == 0:
        out.print(t("notice.no_compare", language, title=title), markup=False)
        return
    if summary:
        out.print(render.status_summary_table(table.iter_rows(named=True), title, language))
    else:
        out.print(render.compare_table(table.iter_rows(named=True), title, unit, language))
