"""`dxgap init`: start a workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dxgap.cli.app import app, session, stderr
from dxgap.cli.options import LangChoice


@app.command()
def init(
    ctx: typer.Context,
    folder: Annotated[
        Path, typer.Argument(help="The workspace folder (made if missing).", show_default=".")
    ] = Path(),
    province: Annotated[
        str | None,
        typer.Option(
            "--province",
            "-p",
            help="Write its target file: id, name (with or without diacritics) or GSO code.",
        ),
    ] = None,
    lang: Annotated[
        LangChoice | None,
        typer.Option(
            "--lang",
            help="vi or en: messages and the files' comments (default: DXGAP_LANG, else the locale).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Start a workspace: the indicator catalogue, a target file, data files, CI and pre-commit.

    Writes nothing when any of its files exists already (exit 1, naming them).

    Example: dxgap init ../thanh-hoa --province "Thanh Hóa"
    """
    from dxgap.scaffold import init_workspace
    from dxgap.text.fmt import in_sentence

    chosen = lang.value if lang is not None else session(ctx).lang  # else `dxgap --lang`'s
    session(ctx).lang = chosen
    made = init_workspace(folder, province, chosen)
    if made.province is None:
        done = t_done("init.done_no_province", chosen, folder=str(folder), n=len(made.files))
    else:
        done = t_done(
            "init.done_province",
            chosen,
            name=in_sentence(made.province.name, chosen),
            folder=str(folder),
            n=len(made.files),
            targets=str(Path("targets") / f"{made.province.id}.yaml"),
            data=str(made.data_file),
        )
    stderr().print(done, markup=False)


def t_done(code: str, lang: str, **params: object) -> str:
    """The closing message of `init`."""
    from dxgap.text import t

    return t(code, lang, **params)
