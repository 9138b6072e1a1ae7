"""`dxgap check`, `dxgap trajectory`, `dxgap list`: where a province stands."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from dxgap.cli.app import app, stderr, stdout
from dxgap.cli.options import ByChoice, Common, Fmt, TableFormat, command
from dxgap.errors import UsageError
from dxgap.text import Msg

if TYPE_CHECKING:  # imported when a command runs: --help builds none of them
    from dxgap.results import Check, CheckBy, Trajectory


def emit(text: str) -> None:
    """Machine-readable output on stdout, verbatim."""
    sys.stdout.write(text)
    sys.stdout.flush()


def _text(
    kind: Literal["gaps", "trajectory"],
    result: Check | CheckBy | Trajectory,
    fmt: TableFormat,
    lang: str,
) -> str:
    """A result's table in a text format: Markdown is for people (their language, names,
    labels); JSON and CSV keep the stable keys scripts read."""
    from dxgap.output import export
    from dxgap.results import Export

    table = Export(kind, result.table, result.labels)
    if fmt is TableFormat.markdown:  # under its title, as in the terminal
        from dxgap.output.views import markdown_frame

        above, below = markdown_frame(result, lang)
        return export.human_markdown(table, lang, above, below)
    return export.render_text(table.frame, fmt.value, lang)


@command(app)
def check(
    province: Annotated[
        str, typer.Argument(help="Province id, name or GSO code (e.g. binh-duong).")
    ],
    pillar: Annotated[
        list[str] | None, typer.Option("--pillar", "-p", help="Only this pillar (repeatable).")
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s", help="Only targets with this status (repeatable)."),
    ] = None,
    state: Annotated[
        list[str] | None,
        typer.Option(
            "--state",
            help="Only tasks in this state: done, in_progress, not_started, dropped, "
            "no_information (repeatable).",
        ),
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
    tally: Annotated[
        bool,
        typer.Option(
            "--tally",
            help="Count the tasks by state, by pillar and by plan document (as provinces report).",
        ),
    ] = False,
    *,
    common: Common,
) -> None:
    """Show how far each of a province's targets still is, and whether the pace is enough;
    its tasks with their state, and their tally ("done 23/34; …").

    Example: dxgap check binh-duong --as-of 2024
    """
    from dxgap import api
    from dxgap.output import summary, views

    filters = {"pillars": pillar or [], "statuses": status or [], "states": state or []}
    if tally and by is not None:
        raise UsageError(Msg("usage.tally_not_by"))
    if by is not None:
        result_by = api.check_by(common.ws, province, by.value, common.options, **filters)
        if fmt is not TableFormat.table:
            emit(_text("gaps", result_by, fmt, common.lang))
            return
        out = stdout()
        for part in views.check_by_view(result_by, common.lang):
            out.print(part)
        return
    result = api.check(
        common.ws, province, common.options, with_predecessors=with_predecessors, **filters
    )
    summary.github_step(lambda: summary.check_markdown(result, common.lang))  # under Actions
    if tally:
        _tally(result, fmt, common.lang)
        return
    if fmt is not TableFormat.table:
        emit(_text("gaps", result, fmt, common.lang))
        return
    out = stdout()
    filtered = bool(pillar or status or state)
    for part in views.check_view(result, common.lang, out.width, qualitative, filtered):
        out.print(part)
    for warning in result.warnings:
        stderr().print(warning.format(common.lang), style="yellow", markup=False)


def _tally(result: Check, fmt: TableFormat, lang: str) -> None:
    """`check --tally`: the tasks counted, as tables for people or records for scripts (the
    keys of `output.tasks.tally_records`)."""
    import polars as pl

    from dxgap.output import export, tables, tasks, views

    if fmt is TableFormat.markdown:  # for a report: the tables, whatever the terminal
        emit(tables.markdown(views.tally_view(result, lang)))
    elif fmt is not TableFormat.table:
        records = tasks.tally_records(result.rows, result.labels.sources)
        emit(export.render_text(pl.DataFrame(records), fmt.value, lang))
    else:
        out = stdout()
        for part in views.tally_view(result, lang, out.width):
            out.print(part)


@command(app)
def trajectory(
    province: Annotated[str, typer.Argument(help="Province id, name or GSO code.")],
    target_id: Annotated[
        str | None, typer.Argument(help="One target id (default: all quantified).")
    ] = None,
    fmt: Fmt = TableFormat.table,
    chart: Annotated[
        bool | None,
        typer.Option(
            "--chart/--no-chart",
            help="Draw a chart per target (default: when the terminal is a TTY at least 60 wide).",
            show_default=False,
        ),
    ] = None,
    *,
    common: Common,
) -> None:
    """Show each target's planned path, the measured values and the projection, year by year.

    Example: dxgap trajectory binh-phuoc dti-top10-2030
    """
    from dxgap import api
    from dxgap.output import views

    result = api.trajectory(common.ws, province, common.options, target_id)
    if fmt is not TableFormat.table:
        emit(_text("trajectory", result, fmt, common.lang))
        return
    out = stdout()
    draw = chart if chart is not None else (out.is_terminal and out.width >= 60)
    for part in views.trajectory_view(result, common.lang, draw):
        out.print(part)


@command(app, analysis=False, name="list")
def list_provinces(fmt: Fmt = TableFormat.table, *, common: Common) -> None:
    """List the provinces in the workspace with their counts of targets and observations.

    Example: dxgap list
    """
    import polars as pl

    from dxgap import api
    from dxgap.output import export, tables, views

    listings = api.provinces(common.ws)
    if fmt is TableFormat.markdown:  # for people: the terminal table, in their language
        emit(tables.markdown(views.listing_view(listings, common.lang)))
        return
    if fmt is not TableFormat.table:
        # machine formats are the same in every language: the lineage as English writes it
        frame = pl.DataFrame(views.listing_records(listings, "en"))
        emit(export.render_text(frame, fmt.value, common.lang))
        return
    out = stdout()
    for part in views.listing_view(listings, common.lang, out.width):
        out.print(part)
