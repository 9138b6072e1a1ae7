"""`dxgap extract`: draft target entries from the text of a Vietnamese plan or news report."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from dxgap.cli.app import app, session, stderr
from dxgap.cli.options import Common, LangChoice, existing
from dxgap.errors import InputError, Problem, UsageError
from dxgap.names import fold
from dxgap.text import Msg, t

if TYPE_CHECKING:  # imported when the command runs: --help builds no model
    from dxgap import places
    from dxgap.extract import Matcher
    from dxgap.extract.render import Part
    from dxgap.targets.models import Catalogue

NATION = frozenset({"vietnam", "viet-nam", "ca-nuoc", "quoc-gia"})
"""`--province vietnam`: the national programme, as `targets/vietnam.yaml` names it."""
NATION_LINE = 'province: {id: vietnam, name: "Việt Nam", name_en: "Vietnam"}'


class ExtractFormat(StrEnum):
    yaml = "yaml"
    json = "json"


_Lang = Annotated[
    LangChoice | None,
    typer.Option(
        "--lang",
        help="vi or en: messages and the '# check:' notes (default: DXGAP_LANG, else the locale).",
        show_default=False,
    ),
]
_Workspace = Annotated[
    Path,
    typer.Option(
        "--workspace",
        "-w",
        envvar="DXGAP_WORKSPACE",
        help="Folder holding targets/ (its indicators.yaml is matched against).",
        show_default="current directory",
    ),
]


@app.command()
def extract(
    ctx: typer.Context,
    files: Annotated[
        list[str],
        typer.Argument(help="Documents: .txt, .md, .html or .htm files; - for standard input."),
    ],
    province: Annotated[
        str | None,
        typer.Option(
            "--province",
            "-p",
            help="The province the document is about (id, name or GSO code): the national "
            "targets and other provinces' figures it quotes are left out; vietnam for the "
            "national programme or a ministry's plan (the nation's targets are its own).",
        ),
    ] = None,
    fmt: Annotated[
        ExtractFormat,
        typer.Option("--format", "-f", help="yaml (a target-file skeleton) or json."),
    ] = ExtractFormat.yaml,
    source_id: Annotated[
        str | None,
        typer.Option("--source-id", help="The id the targets cite as their source (kebab-case)."),
    ] = None,
    qualitative: Annotated[
        bool, typer.Option("--qualitative", help="Also propose the tasks that have no figure.")
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write.", show_default="standard output"),
    ] = None,
    lang: _Lang = None,
    workspace: _Workspace = Path(),
) -> None:
    """Propose target entries from the text of a Vietnamese plan or news report.

    Each entry has the exact quote, value, unit, comparator, year, yearly or not, and the
    closest indicator of the workspace's catalogue; results, dates and document numbers are left
    out. The YAML is a target-file skeleton with '# check:' notes; review every entry.

    Example: dxgap extract tests/fixtures/extract/003_57a534363e9e645b.txt --province binh-duong --source-id seed-003
    """
    from dxgap.extract import Matcher
    from dxgap.extract.render import to_json, to_yaml
    from dxgap.files import write_bytes
    from dxgap.targets.models import PROVINCE_ID
    from dxgap.workspace import Workspace

    # No --decimal, unlike the other commands: the document's numbers are read as Vietnamese
    # writes them (7,5; 250.000), an English-looking one (7.5) is marked for checking.
    chosen = lang.value if lang is not None else session(ctx).lang  # the run's --lang too
    session(ctx).lang = chosen
    common = Common(Workspace(workspace, use_cache=True), chosen, None)
    for name in files:
        if existing(Path(name)).is_dir():  # a folder named where a document is expected: usage
            raise UsageError(Msg("path.is_folder", path=name))
    if source_id is not None and not re.fullmatch(PROVINCE_ID, source_id):
        raise UsageError(Msg("extract.source_id", given=source_id, fix=fold(source_id) or "doc"))
    national = province is not None and fold(province) in NATION
    unit = None if national else _unit(province)
    province_line = NATION_LINE if national else _province(unit, chosen)
    matcher = Matcher(_catalogue(common).indicators)
    reading = _Reading(matcher, qualitative, national, unit)
    parts = [_part(name, reading, source_id if len(files) == 1 else None, chosen) for name in files]
    if len(files) > 1 and source_id is not None:
        parts = [replace(p, source_id=f"{source_id}-{i + 1}") for i, p in enumerate(parts)]
    if fmt is ExtractFormat.json:
        text = to_json([p for part in parts for p in part.proposals])
    else:
        text = to_yaml(parts, lang=chosen, province=province_line)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_bytes(output, text.encode("utf-8"))
    n = sum(len(part.proposals) for part in parts)
    stderr().print(t("extract.wrote", chosen, n=n, path=str(output)), markup=False)


@dataclass(frozen=True)
class _Reading:
    """How the documents are read: the catalogue's `matcher`, `qualitative` targets too, the
    nation's text (`national`) or a province's (`unit`: its figures alone are targets)."""

    matcher: Matcher
    qualitative: bool
    national: bool
    unit: places.Unit | None


def _part(name: str, reading: _Reading, source_id: str | None, lang: str) -> Part:
    """The proposals of one document (`-`: standard input); a warning when it has no
    Vietnamese."""
    from dxgap.extract import from_bytes, read, read_path
    from dxgap.extract.propose import extract as run
    from dxgap.extract.read import MAX_BYTES
    from dxgap.extract.render import Part

    if name == "-":
        doc = from_bytes(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>")
    else:
        doc = read_path(Path(name), name)
    if not doc.vietnamese:
        why = "extract.empty" if not doc.text.strip() else "extract.no_vietnamese"
        warning = Problem(doc.shown, Msg(why), severity="warning")
        stderr().print(warning.format(lang), markup=False, style="yellow")
    found = []
    if doc.vietnamese:
        own = reading.unit.id if reading.unit is not None else None
        found = run(doc.text, reading.matcher, reading.qualitative, reading.national, own)
    return Part(doc.shown, read.title(doc.text, doc.shown), source_id, found)


def _unit(query: str | None) -> places.Unit | None:
    """The unit `query` names (id, name, GSO code); NotFoundError otherwise."""
    if query is None:
        return None
    from dxgap import scaffold

    return scaffold.find_unit(query)


def _province(unit: places.Unit | None, lang: str) -> str | None:
    """The `province:` line of the target file for `unit`, as `dxgap init` writes it (a former
    unit with its merger)."""
    if unit is None:
        return None
    from dxgap import scaffold

    text = scaffold.target_file(unit, lang)
    return next(line for line in text.splitlines() if line.startswith("province:"))


def _catalogue(common: Common) -> Catalogue:
    """The workspace's indicator catalogue, else (outside a workspace) the one dxgap ships,
    said on stderr."""
    from dxgap.targets.load import CATALOGUE_NAME, load_catalogue_file
    from dxgap.targets.models import Catalogue

    path = common.ws.targets_dir / CATALOGUE_NAME
    if not path.is_file():
        import yaml

        from dxgap import scaffold

        stderr().print(t("extract.shipped_catalogue", common.lang), markup=False)
        return Catalogue.model_validate(yaml.safe_load(scaffold.catalogue_text()))
    catalogue, problems = load_catalogue_file(path, common.ws.display(path))
    if catalogue is None:
        raise InputError([p for p in problems if p.severity == "error"])
    return catalogue
