"""`dxgap validate` and `dxgap schema`: what CI jobs run on target and data files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from dxgap.errors import Problem

if TYPE_CHECKING:
    pass

from dxgap.cli.app import (
    DecimalChoice,
    DecimalOpt,
    LangOpt,
    SchemaKind,
    ValidateFormat,
    Workspace,
    _lang,
    app,
    errors,
)


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def _github_line(p: Problem, lang: str) -> str:
    props = [f"file={_gh_escape(p.path, True)}"]
    if p.line is not None:
        props.append(f"line={p.line}")
    if p.column is not None:
        props.append(f"col={p.column}")
    props.append("title=dxgap validate")
    where = f"{p.location}: " if p.location else ""
    return f"::{p.severity} {','.join(props)}::{_gh_escape(where + p.message(lang))}"


@app.command()
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
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """Check target and data files; report every problem as path:line:col.

    Exit 0 when valid (warnings allowed), 1 when any problem is an error.

    Example: dxgap validate targets/ --format github
    """
    from dxgap.validation import validate as run
    from dxgap.workspace import Workspace as Ws

    language = _lang(lang)
    if fmt is None:
        fmt = (
            ValidateFormat.github
            if os.environ.get("GITHUB_ACTIONS") == "true"
            else ValidateFormat.text
        )
    with errors():
        report = run(list(paths or []), Ws(workspace, decimal.value))
    ok = report.valid and not (strict and report.problems)
    if fmt is ValidateFormat.json:
        data = report.to_dict()
        data["valid"] = ok
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt is ValidateFormat.github:
        for p in report.problems:
            typer.echo(_github_line(p, language))
        typer.echo(_summary_of(report.problems, len(report.files), language))
    else:
        out = Console(soft_wrap=True, highlight=False)  # one problem per line, never wrapped
        for p in report.problems:
            out.print(
                p.format(language),
                markup=False,
                style="red" if p.severity == "error" else "yellow",
            )
        out.print(
            _summary_of(report.problems, len(report.files), language),
            markup=False,
            style="green" if ok else "bold red",
        )
    raise typer.Exit(0 if ok else 1)


def _summary_of(problems: list[Problem], n_files: int, lang: str = "en") -> str:
    from dxgap.text import t

    def count(n: int, what: str) -> str:
        return t(f"n.{what}" if n == 1 else f"n.{what}s", lang, n=n)

    errors_n = sum(p.severity == "error" for p in problems)
    warnings_n = len(problems) - errors_n
    files = count(n_files, "file")
    if not errors_n:
        if warnings_n:
            return t(
                "validate.ok_warnings", lang, files=files, warnings=count(warnings_n, "warning")
            )
        return t("validate.ok", lang, files=files)
    return t(
        "validate.failed",
        lang,
        errors=count(errors_n, "error"),
        warnings=count(warnings_n, "warning"),
        files=files,
    )


@app.command()
def schema(
    kind: Annotated[
        SchemaKind, typer.Option("--kind", help="Which file's schema.")
    ] = SchemaKind.targets,
) -> None:
    """Print the JSON Schema of target files (or of the indicator catalogue).

    Point editors at it: # yaml-language-server: $schema=../schema/targets.schema.json

    Example: dxgap schema > schema/targets.schema.json
    """
    from dxgap.targets.schema import schema_text

    typer.echo(schema_text(kind.value), nl=False)
