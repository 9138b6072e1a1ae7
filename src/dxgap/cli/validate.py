"""`dxgap validate` and `dxgap schema`: what CI jobs run on target and data files."""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dxgap.cli.app import app, print_lines, session
from dxgap.cli.options import LANG, Common, command


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class SchemaKind(StrEnum):
    targets = "targets"
    indicators = "indicators"


@command(app, analysis=False)
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Target (*.yaml) or data (*.csv) files or folders.",
            show_default="targets/ and data/",
        ),
    ] = None,
    fmt: Annotated[
        ValidateFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text, json, or github (workflow annotations; the default when GITHUB_ACTIONS=true).",
            show_default="text",
        ),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Treat warnings as errors.")] = False,
    *,
    common: Common,
) -> None:
    """Check target and data files; report every problem as path:line:col.

    Exit 0 when valid (warnings allowed), 1 when any problem is an error.

    Example: dxgap validate targets/ --format github
    """
    from dxgap.output import summary
    from dxgap.output.problems import github_annotation, verdict
    from dxgap.validation import validate as run

    if fmt is None:
        in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
        fmt = ValidateFormat.github if in_actions else ValidateFormat.text
    report = run(list(paths or []), common.ws)
    ok = report.valid and not (strict and report.problems)
    lang = common.lang
    summary.github_step(lambda: summary.validate_markdown(report.problems, len(report.files), lang))
    if fmt is ValidateFormat.json:
        typer.echo(json.dumps({**report.to_dict(), "valid": ok}, ensure_ascii=False, indent=2))
    elif fmt is ValidateFormat.github:
        # annotations name files relative to the repository's root (GitHub's checkout)
        base = Path(os.environ.get("GITHUB_WORKSPACE") or Path.cwd())
        for p in report.problems:
            typer.echo(github_annotation(p, lang, common.ws.root, base))
        typer.echo(verdict(report.problems, len(report.files), lang))
    else:
        # one problem a line, as written
        lines = [
            (p.format(lang), "red" if p.severity == "error" else "yellow") for p in report.problems
        ]
        lines.append(
            (verdict(report.problems, len(report.files), lang), "green" if ok else "bold red")
        )
        print_lines(lines)
    raise typer.Exit(0 if ok else 1)


@app.command()
def schema(
    ctx: typer.Context,
    kind: Annotated[
        SchemaKind, typer.Option("--kind", help="Which file's schema.")
    ] = SchemaKind.targets,
    lang: LANG = None,
) -> None:
    """Print the JSON Schema of target files (or of the indicator catalogue).

    Point editors at it: # yaml-language-server: $schema=../schema/targets.schema.json

    Example: dxgap schema > schema/targets.schema.json
    """
    from dxgap.targets.schema import schema_text

    if lang is not None:  # the schema is the same in both languages; an error would not be
        session(ctx).lang = lang.value

    typer.echo(schema_text(kind.value), nl=False)
