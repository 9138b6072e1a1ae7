"""`dxgap import opensdg`: data others publish, turned into dxgap data files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dxgap.cli.app import app, session, stderr
from dxgap.cli.options import LANG, Common, existing
from dxgap.text import Msg

import_app = typer.Typer(
    name="import",
    help="Turn data in other layouts into dxgap data files.",
    no_args_is_help=True,
)
app.add_typer(import_app)


@import_app.command()
def opensdg(
    ctx: typer.Context,
    source: Annotated[Path, typer.Argument(help="An Open SDG indicator CSV, or a folder of them.")],
    map_file: Annotated[
        Path, typer.Option("--map", help="The import map (YAML): series, province, breakdowns.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The dxgap data file to write (CSV).")
    ],
    lang: LANG = None,
) -> None:
    """Turn Open SDG indicator files into a dxgap data file, as the map says.

    Blank disaggregation is the total; empty values are skipped, and counted on stderr with
    every other row the map does not place.

    Example: dxgap import opensdg indicator_17-6-1.csv --map map.yaml -o data/ca-17-6-1.csv
    """
    from dxgap.opensdg.reader import import_opensdg

    chosen = lang.value if lang is not None else session(ctx).lang  # else `dxgap --lang`'s
    session(ctx).lang = chosen
    imported = import_opensdg(existing(source), existing(map_file), output)
    err = stderr()
    for msg in imported.summary(str(output)):
        err.print(msg.render(chosen), markup=False)


def export_opensdg(common: Common, pids: list[str], folder: Path, quiet: bool) -> None:
    """`dxgap export --format opensdg -o DIR`: observations and gaps as an Open SDG data folder
    (called by `dxgap export`, which owns the options)."""
    from dxgap.opensdg.writer import export_site
    from dxgap.output.views import named_provinces

    written = export_site(common.ws, pids, common.options, folder, common.lang)
    if not quiet:
        names = named_provinces([common.ws.targets().files[p].province.name for p in pids])
        done = Msg("opensdg.exported", n=len(written), provinces=names, output=str(folder))
        stderr().print(done.render(common.lang), markup=False, style="dim")
