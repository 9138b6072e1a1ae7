"""`dxgap compare`: one indicator across provinces, or every province's targets by status."""

from __future__ import annotations

from typing import Annotated

import typer

from dxgap.cli.app import app, stdout
from dxgap.cli.check import emit
from dxgap.cli.options import Common, Fmt, TableFormat, command
from dxgap.errors import UsageError
from dxgap.text import Msg


@command(app)
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
    snapshots: Annotated[
        bool,
        typer.Option(
            "--snapshots",
            help="Rank figures of part of a year (a week, a month) with whole years too.",
        ),
    ] = False,
    fmt: Fmt = TableFormat.table,
    *,
    common: Common,
) -> None:
    """Rank the provinces on one indicator, against their own and a national target.

    Example: dxgap compare adult_smartphone_rate --against vietnam
    """
    from dxgap import api
    from dxgap.output import export, tables, views

    if summary == (indicator is not None):
        raise UsageError(Msg("usage.indicator_or_summary"))
    width = stdout().width if fmt is TableFormat.table else 200
    if indicator is None:
        counts = api.status_summary(common.ws, common.options)
        table, parts = counts.table, views.status_summary_view(counts, common.lang, width)
    else:
        ranked = api.compare(common.ws, indicator, common.options, against, snapshots)
        table, parts = ranked.table, views.compare_view(ranked, common.lang)
    if fmt is TableFormat.markdown:  # for people: the terminal table, in their language
        emit(tables.markdown(parts))
        return
    if fmt is not TableFormat.table:
        emit(export.render_text(table, fmt.value, common.lang))
        return
    out = stdout()
    for part in parts:
        out.print(part)
