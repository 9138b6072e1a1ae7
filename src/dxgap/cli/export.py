"""`dxgap export`: gaps, trajectories, targets or observations of many provinces, to files."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dxgap.cli.app import app, progress, stderr
from dxgap.cli.check import emit
from dxgap.cli.importing import export_opensdg
from dxgap.cli.options import AllProvinces, ByChoice, Common, Provinces, command
from dxgap.errors import UsageError
from dxgap.text import Msg, t

if TYPE_CHECKING:
    import polars as pl

    from dxgap.output.sheets import Sheet
    from dxgap.results import Export


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
    opensdg = "opensdg"


@command(app)
def export(
    provinces: Provinces = None,
    all_provinces: AllProvinces = False,
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
    *,
    common: Common,
) -> None:
    """Write gaps, trajectories, targets or observations of many provinces to a file.

    Files are written atomically: an existing file is replaced only by a complete new one.

    Example: dxgap export --all --format csv --output gaps.csv
    """
    from dxgap import api
    from dxgap.output import export as exp
    from dxgap.output.views import named_provinces

    pids = api.choose_provinces(common.ws, provinces or [], all_provinces)
    to_stdout = output == "-"
    if split and to_stdout:
        raise UsageError(Msg("usage.split_to_stdout"))
    suffix = Path(output).suffix.lower()
    if split and suffix in (".csv", ".json", ".ndjson", ".jsonl", ".parquet", ".xlsx", ".md"):
        # ../shared/cases/split-output-file-name: out/file.csv became a folder
        folder = str(Path(output).with_suffix(""))
        raise UsageError(
            Msg("usage.split_file_name", output=output, folder=folder, fmt=suffix.lstrip("."))
        )
    chosen = fmt.value if fmt else ("csv" if to_stdout or split else exp.infer_format(output))
    if to_stdout and chosen not in exp.TEXT_FORMATS:
        raise UsageError(Msg("usage.binary_to_stdout", format=chosen))
    if chosen == "opensdg":  # a folder of Open SDG files, gaps as progress statuses
        return export_opensdg(common, pids, Path(output), quiet)
    result = api.export(
        common.ws, pids, table.value, common.options, by.value if by is not None else None
    )
    frame = result.frame
    if to_stdout:
        emit(exp.render_text(frame, chosen, common.lang, excel_compatible))
        return
    target = _Target(Path(output), chosen, table.value, excel_compatible, common.lang)
    _write(result, pids, target, split, quiet)
    if not quiet:
        done = t(
            "wrote.export",
            common.lang,
            rows=frame.height,
            table=Msg(f"table.{table.value}"),
            provinces=named_provinces([result.labels.province(p, "vi") for p in pids]),
            output=output,
        )
        stderr().print(done, markup=False, style="dim")


@dataclass(frozen=True)
class _Target:
    """Where and how an export is written."""

    path: Path
    fmt: str
    sheet: str
    excel_compatible: bool
    lang: str


def _write(result: Export, pids: list[str], target: _Target, split: bool, quiet: bool) -> None:
    """One file, or one per province into a folder, with a progress bar for people; a workbook
    gets the human sheet in the language of the command."""
    from dxgap.output import export as exp
    from dxgap.output.sheets import export_sheets

    frame, excel, sheet = result.frame, target.excel_compatible, target.sheet

    def sheets(part: pl.DataFrame) -> list[Sheet]:
        return export_sheets(replace(result, frame=part), target.lang)

    if split:
        label = t("progress.writing_files", target.lang, n=len(pids), output=str(target.path))
        with progress(quiet, label, len(pids)) as advance:
            written = exp.write_split(
                frame,
                pids,
                target.path,
                target.fmt,
                target.lang,
                excel_compatible=excel,
                sheet=sheet,
                sheets=sheets,
            )
            for _ in written:
                advance()
        return
    with progress(quiet, t("progress.writing", target.lang, output=str(target.path)), 1) as done:
        exp.write_frame(
            frame,
            target.path,
            target.fmt,
            target.lang,
            excel_compatible=excel,
            sheet=sheet,
            sheets=sheets,
        )
        done()
