"""The `dxgap` command line: parse arguments, call the library, render or export the result.

This is the one place where errors become messages and exit codes:
0 success · 1 invalid input or a problem found · 2 usage error · 3 internal error · 130 interrupted.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from dxgap import __version__
from dxgap.errors import DxgapError, InputError, NotFoundError, Problem

if TYPE_CHECKING:
    import polars as pl

    from dxgap.loaders import Targets
    from dxgap.workspace import Workspace as Ws

app = typer.Typer(
    name="dxgap",
    help="Line up Vietnamese provinces' digital-transformation targets with measured data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
)

EXIT_INTERNAL = 3


class State:
    """Options given before the command (`dxgap --debug check …`) and the command's language."""

    debug: bool = False
    lang: str = "en"


def _stdout() -> Console:
    return Console(soft_wrap=False, highlight=False)


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def errors() -> Iterator[None]:
    """Turn library errors into messages on stderr and documented exit codes."""
    try:
        yield
    except typer.Exit:
        raise
    except DxgapError as e:
        err = _stderr()
        if isinstance(e, InputError):
            for p in e.problems:
                shown = p.in_language(State.lang)
                err.print(
                    str(shown), markup=False, style="red" if p.severity == "error" else "yellow"
                )
        else:
            err.print(f"error: {e}", markup=False, style="red")
        raise typer.Exit(e.exit_code) from None
    except Exception as e:
        if State.debug:
            raise
        _stderr().print(
            f"internal error: {type(e).__name__}: {e}\n"
            "This is a bug in dxgap; rerun with --debug for the traceback and report it.",
            markup=False,
            style="red",
        )
        raise typer.Exit(EXIT_INTERNAL) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dxgap {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    debug: Annotated[
        bool,
        typer.Option("--debug", envvar="DXGAP_DEBUG", help="Show tracebacks of internal errors."),
    ] = False,
) -> None:
    """Line up Vietnamese provinces' digital-transformation targets with measured data.

    A workspace is a folder with targets/ (YAML) and data/ (CSV); the repository is one.
    Exit codes: 0 ok, 1 invalid input or problems found, 2 usage error, 3 internal error.
    """
    State.debug = debug


Workspace = Annotated[
    Path,
    typer.Option(
        "--workspace",
        "-w",
        envvar="DXGAP_WORKSPACE",
        help="Folder holding targets/ and data/.",
        show_default="current directory",
    ),
]


class DecimalChoice(StrEnum):
    point = "point"
    comma = "comma"


DecimalOpt = Annotated[
    DecimalChoice,
    typer.Option(
        "--decimal",
        help="How data files without a sidecar write numbers: point (86.3, 1586) or comma "
        "(Vietnamese: 86,3 and 1.586).",
    ),
]


class LangChoice(StrEnum):
    en = "en"
    vi = "vi"


def default_lang() -> str:
    """DXGAP_LANG, else the locale (vi_* → Vietnamese), else English."""
    chosen = os.environ.get("DXGAP_LANG")
    if chosen in ("vi", "en"):
        return chosen
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


LangOpt = Annotated[
    LangChoice | None,
    typer.Option(
        "--lang", help="vi or en (default: DXGAP_LANG, else the locale).", show_default=False
    ),
]


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


class ByChoice(StrEnum):
    area = "area"
    breakdown = "breakdown"


class MethodChoice(StrEnum):
    linear = "linear"
    cagr = "cagr"


class SchemaKind(StrEnum):
    targets = "targets"
    indicators = "indicators"


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def _github_line(p: Problem) -> str:
    props = [f"file={_gh_escape(p.path, True)}"]
    if p.line is not None:
        props.append(f"line={p.line}")
    if p.column is not None:
        props.append(f"col={p.column}")
    props.append("title=dxgap validate")
    where = f"{p.location}: " if p.location else ""
    return f"::{p.severity} {','.join(props)}::{_gh_escape(where + p.message)}"


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
            typer.echo(_github_line(p.in_language(language)))
        typer.echo(_summary_of(report.problems, len(report.files), language))
    else:
        out = Console(soft_wrap=True, highlight=False)  # one problem per line, never wrapped
        for p in report.problems:
            out.print(
                str(p.in_language(language)),
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
    from dxgap.messages import t

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
    from dxgap.schema import schema_text

    typer.echo(schema_text(kind.value), nl=False)


def _load(workspace: Path, decimal: DecimalChoice) -> tuple[Ws, Targets]:
    from dxgap.workspace import Workspace as Ws

    ws = Ws(workspace, decimal.value)
    return ws, ws.targets()


def _province_index(targets: Targets) -> dict[str, tuple[str, str, str | None]]:
    return {
        pid: (tf.province.name, tf.province.name_en, tf.province.code)
        for pid, tf in targets.files.items()
    }


def _resolve_province(targets: Targets, query: str) -> str:
    from dxgap.names import resolve

    if not targets.files:
        raise NotFoundError("this workspace has no province target files in targets/")
    return resolve(query, _province_index(targets))


def _options(as_of: int | None, method: MethodChoice, on_track: float, acceleration: float) -> Any:
    from dxgap.engine import Options

    kw: dict[str, Any] = {
        "method": method.value,
        "on_track": on_track,
        "acceleration": acceleration,
    }
    if as_of is not None:
        kw["as_of"] = as_of
    return Options(**kw)


def _emit(df: pl.DataFrame, fmt: TableFormat | str) -> None:
    from dxgap import export

    sys.stdout.write(export.render_text(df, str(fmt)))
    sys.stdout.flush()


AsOf = Annotated[
    int | None,
    typer.Option(
        "--as-of",
        min=2000,
        max=2100,
        help="Analyse as it stood in this year.",
        show_default="this year",
    ),
]
Method = Annotated[
    MethodChoice, typer.Option("--method", "-m", help="linear or cagr (see docs/methodology.md).")
]
OnTrack = Annotated[
    float, typer.Option("--on-track", help="Pace ratio at or above which a target is on track.")
]
Accel = Annotated[
    float,
    typer.Option("--acceleration", help="Pace ratio at or above which acceleration is needed."),
]
Fmt = Annotated[TableFormat, typer.Option("--format", "-f", help="table, json, csv or markdown.")]


@app.command()
def check(
    province: Annotated[
        str, typer.Argument(help="Province id, name or GSO code (e.g. binh-duong).")
    ],
    as_of: AsOf = None,
    method: Method = MethodChoice.linear,
    pillar: Annotated[
        list[str] | None, typer.Option("--pillar", "-p", help="Only this pillar (repeatable).")
    ] = None,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s", help="Only targets with this status (repeatable)."),
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
    on_track: OnTrack = 0.95,
    acceleration: Accel = 0.6,
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """Show how far each of a province's targets still is, and whether the pace is enough.

    Example: dxgap check binh-duong --as-of 2024
    """
    import polars as pl

    from dxgap import engine, frames, render
    from dxgap.messages import t

    language = _lang(lang)
    with errors():
        ws, targets = _load(workspace, decimal)
        if with_predecessors:
            pid, pids = _with_predecessors(targets, province)
        else:
            pid = _resolve_province(targets, province)
            pids = [pid]
        opts = _options(as_of, method, on_track, acceleration)
        _check_choices(pillar, status)
        if by is not None:
            _check_by(ws, targets, pid, by, opts, pillar, status, fmt, language)
            return
        full = engine.analyse(frames.targets_frame(targets, pids), ws.measurements(), opts)
        if pillar:
            full = full.filter(pl.col("pillar").is_in(pillar))
        if status:
            full = full.filter(pl.col("status").is_in(status))
        detail = full.collect()
    table = detail.select(frames.GAP_KEYS)
    if fmt is not TableFormat.table:
        _emit(table, fmt)
        return
    out = _stdout()
    tf = targets.files.get(pid)
    unit = _place(pid)
    name = tf.province.name if tf else (unit.name if unit else pid)
    if tf is not None:
        notice = _merger_notice(tf, targets, language)
        if notice:
            out.print(notice, style="italic", markup=False)
    title = t("title.check", language, name=name, id=pid, year=opts.as_of, method=opts.method)
    labels = {}
    if len(pids) > 1 or pids[0] != pid:
        others = [targets.files[p].province.name for p in pids if p != pid]
        title += " · " + t("title.predecessors", language, names=", ".join(others))
        labels = {p: targets.files[p].province.name for p in pids}
    names = _local_names(targets, language)
    rows = [
        {**r, "name_local": names.get(r["indicator"] or "", r.get("name"))}
        for r in detail.iter_rows(named=True)
    ]
    quantified = [r for r in rows if r["status"] != "not_quantified"]
    unquantified = [r for r in rows if r["status"] == "not_quantified"]
    if quantified:
        out.print(render.gap_table(quantified, title, opts.method, out.width, language, labels))
    else:
        out.print(title, style="bold", markup=False)
    if unquantified and qualitative:
        out.print(render.qualitative_table(unquantified, language))
    elif unquantified:
        out.print(
            t("notice.qualitative_hidden", language, n=len(unquantified)), style="dim", markup=False
        )
    out.print(render.summary_line(engine.summary(table), language))
    for w in targets.warnings:
        if any(w.path.endswith(f"{p}.yaml") for p in pids):
            _stderr().print(str(w), style="yellow", markup=False)


def _lang(lang: LangChoice | None) -> str:
    State.lang = lang.value if lang is not None else default_lang()
    return State.lang


def _local_names(targets: Targets, lang: str) -> dict[str, str]:
    """Indicator names in the chosen language, from the catalogue."""
    return {k: (v.name.vi if lang == "vi" else v.name.en) for k, v in targets.indicators.items()}


def _place(unit_id: str) -> Any:
    from dxgap import places

    return places.get(unit_id)


def _with_predecessors(targets: Targets, query: str) -> tuple[str, list[str]]:
    """A current unit (in the workspace or only in the place reference) and the workspace's
    provinces that merged into it."""
    from dxgap import places
    from dxgap.names import resolve

    index = _province_index(targets)
    for unit in places.units():
        if unit.scheme == places.CURRENT and unit.id not in index:
            index[unit.id] = (unit.name, unit.name_en, None)
    pid = resolve(query, index)
    merged = [
        p
        for p, tf in sorted(targets.files.items())
        if p != pid
        and (tf.province.merged_into == pid or getattr(places.successor(p), "id", None) == pid)
    ]
    own = [pid] if pid in targets.files else []
    if not own and not merged:
        raise NotFoundError(f"{pid}: no targets in this workspace, its own or its predecessors'")
    return pid, own + merged


def _check_by(
    ws: Ws,
    targets: Targets,
    pid: str,
    by: ByChoice,
    opts: Any,
    pillar: list[str] | None,
    status: list[str] | None,
    fmt: TableFormat,
    lang: str = "en",
) -> None:
    """`check --by area`: the gap table of each area, per target."""
    import polars as pl

    from dxgap import engine, frames, render

    table = engine.gaps_by(
        frames.targets_frame(targets, [pid]), ws.details().lazy(), by.value, opts
    )
    if pillar:
        table = table.filter(pl.col("pillar").is_in(pillar))
    if status:
        table = table.filter(pl.col("status").is_in(status))
    if fmt is not TableFormat.table:
        _emit(table, fmt)
        return
    from dxgap.messages import t

    out = _stdout()
    name = targets.files[pid].province.name
    if table.height == 0:
        out.print(t("notice.no_area", lang, name=name, by=by.value), markup=False)
        return
    title = t(
        "title.check_by", lang, name=name, id=pid, by=by.value, year=opts.as_of, method=opts.method
    )
    out.print(render.by_table(table.iter_rows(named=True), by.value, title, lang))


def _check_choices(pillar: list[str] | None, status: list[str] | None) -> None:
    from dxgap.errors import UsageError
    from dxgap.frames import STATUSES
    from dxgap.models import Pillar

    for p in pillar or []:
        if p not in Pillar.__members__:
            raise UsageError(f"unknown pillar {p!r}; choose from {', '.join(Pillar.__members__)}")
    for s in status or []:
        if s not in STATUSES:
            raise UsageError(f"unknown status {s!r}; choose from {', '.join(STATUSES)}")


def _merger_notice(tf: Any, targets: Targets, lang: str = "en") -> str | None:
    from dxgap import places
    from dxgap.messages import t

    province = tf.province
    if not province.merged_into:
        return None
    unit = places.get(province.merged_into, places.CURRENT)
    successor = targets.files.get(province.merged_into)
    if unit is not None:
        name = f"{unit.name} ({province.merged_into})"
    elif successor is not None:
        name = f"{successor.province.name} ({province.merged_into})"
    else:
        name = province.merged_into
    return t(
        "notice.merged", lang, name=province.name, successor=name, date=province.merged_on or "?"
    )


@app.command()
def trajectory(
    province: Annotated[str, typer.Argument(help="Province id, name or GSO code.")],
    target_id: Annotated[
        str | None, typer.Argument(help="One target id (default: all quantified).")
    ] = None,
    as_of: AsOf = None,
    method: Method = MethodChoice.linear,
    fmt: Fmt = TableFormat.table,
    chart: Annotated[
        bool | None,
        typer.Option(
            "--chart/--no-chart",
            help="Draw a chart per target (default: when the terminal is a TTY at least 60 wide).",
            show_default=False,
        ),
    ] = None,
    on_track: OnTrack = 0.95,
    acceleration: Accel = 0.6,
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """Show each target's planned path, the measured values and the projection, year by year.

    Example: dxgap trajectory binh-phuoc dti-top-10-2030
    """
    import polars as pl

    from dxgap import engine, frames, render
    from dxgap.names import resolve

    _lang(lang)
    with errors():
        ws, targets = _load(workspace, decimal)
        pid = _resolve_province(targets, province)
        opts = _options(as_of, method, on_track, acceleration)
        tlf = frames.targets_frame(targets, [pid])
        if target_id is not None:
            ids = {t.id: (t.id, t.id, None) for t in targets.files[pid].targets}
            target_id = resolve(target_id, ids, what=f"target of {pid}")
            tlf = tlf.filter(pl.col("target_id") == target_id)
        traj = engine.trajectory(tlf, ws.measurements(), opts)
        info = engine.gaps(tlf, ws.measurements(), opts)
    if fmt is not TableFormat.table:
        _emit(traj, fmt)
        return
    from dxgap.messages import status_label, t

    language = _lang(lang)
    names = _local_names(targets, language)
    out = _stdout()
    if traj.height == 0:
        out.print(t("notice.no_trajectory", language), markup=False)
        return
    for row in info.iter_rows(named=True):
        rows = traj.filter(pl.col("target_id") == row["target_id"])
        if rows.height == 0:
            continue
        title = t(
            "title.trajectory",
            language,
            target=row["target_id"],
            name=names.get(row["indicator"] or "", row["name"]),
            goal=render.fmt_target(row, language),
            status=status_label(row["status"], language),
        )
        out.print(title, style="bold", markup=False)
        draw = chart if chart is not None else (out.is_terminal and out.width >= 60)
        if draw:
            out.print(render.trajectory_chart(list(rows.iter_rows(named=True)), row, lang=language))
        else:
            out.print(
                render.trajectory_table(rows.iter_rows(named=True), None, row["unit"], language)
            )


@app.command(name="list")
def list_provinces(
    fmt: Annotated[
        TableFormat, typer.Option("--format", "-f", help="table, json, csv or markdown.")
    ] = TableFormat.table,
    decimal: DecimalOpt = DecimalChoice.point,
    lang: LangOpt = None,
    workspace: Workspace = Path(),
) -> None:
    """List the provinces in the workspace with their counts of targets and observations.

    Example: dxgap list
    """
    import polars as pl

    from dxgap import render

    _lang(lang)
    with errors():
        ws, targets = _load(workspace, decimal)
        obs = (
            ws.measurements()
            .group_by("province")
            .agg(
                pl.len().alias("observations"),
                pl.col("year").min().alias("first"),
                pl.col("year").max().alias("last"),
            )
            .collect()
        )
    language = _lang(lang)
    counts = {r["province"]: r for r in obs.iter_rows(named=True)}
    rows = []
    for pid, tf in sorted(targets.files.items()):
        c = counts.get(pid)
        rows.append(
            {
                "province": pid,
                "name": tf.province.name,
                "targets": len(tf.targets),
                "quantified": sum(t.is_quantified for t in tf.targets),
                "observations": c["observations"] if c else 0,
                "years": f"{c['first']}–{c['last']}" if c else None,
                "merged_into": tf.province.merged_into,
                "merged_on": tf.province.merged_on,
                "lineage": _lineage(pid, tf, language),
            }
        )
    if fmt is TableFormat.table:
        _stdout().print(render.province_table(rows, language))
    else:
        _emit(pl.DataFrame(rows), fmt)


def _lineage(pid: str, tf: Any, lang: str) -> str:
    """Where a province went in 2025 (or what it absorbed), from the place reference."""
    from dxgap import places
    from dxgap.messages import t

    merged_into = tf.province.merged_into
    if merged_into:
        unit = places.get(merged_into, places.CURRENT)
        name = unit.name if unit else merged_into
        code = unit.code if unit else "?"
        partners = [p.name for p in places.predecessors(merged_into) if p.id != pid]
        date = tf.province.merged_on or "?"
        if partners:
            return t(
                "lineage.merged",
                lang,
                successor=name,
                code=code,
                date=date,
                partners=", ".join(partners),
            )
        return t("lineage.merged_alone", lang, successor=name, code=code, date=date)
    current = places.get(pid, places.CURRENT)
    if current is not None:
        absorbed = [p.name for p in places.predecessors(pid) if p.id != pid]
        if absorbed:
            return t("lineage.absorbed", lang, predecessors=", ".join(absorbed))
        return t("lineage.unchanged", lang)
    return ""


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
    workspace: Workspace = Path(),
) -> None:
    """Write gaps, trajectories, targets or observations of many provinces to a file.

    Files are written atomically: an existing file is replaced only by a complete new one.

    Example: dxgap export --all --format csv --output gaps.csv
    """
    from dxgap import engine, frames
    from dxgap import export as exp
    from dxgap.errors import UsageError

    with errors():
        if not provinces and not all_provinces:
            raise UsageError("name one or more provinces, or give --all")
        ws, targets = _load(workspace, decimal)
        pids = (
            sorted(targets.files)
            if all_provinces
            else list(dict.fromkeys(_resolve_province(targets, p) for p in provinces or []))
        )
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
                frames.targets_frame(targets, pids), ws.details().lazy(), by.value, opts
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
            f"wrote {frame.height} rows of {table.value} for {len(pids)} province(s) to {output}",
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
        return tlf.select(engine.TARGET_KEYS).collect()
    return (
        ws.details()
        .filter(pl.col("province").is_in(pids), pl.col("year") <= opts.as_of)
        .drop("_file", "_row")
        .sort(["province", "indicator", "area", "breakdown", "year", "date"], nulls_last=False)
    )


@contextmanager
def _progress(quiet: bool, label: str, total: int) -> Iterator[Any]:
    """A progress bar on stderr for people at a terminal; silent for scripts and --quiet."""
    err = _stderr()
    if quiet or not err.is_terminal:
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task(label, total=total)
        yield lambda: progress.advance(task)


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

    from dxgap import export as exp
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
    from dxgap import engine, frames, render
    from dxgap.errors import UsageError
    from dxgap.messages import t
    from dxgap.names import resolve

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
            index = {i.id: (i.name.vi, i.name.en, None) for i in catalogue.values()}
            ind = resolve(indicator, index, what="indicator")
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


def _chart_data(
    ws: Ws, targets: Targets, pids: list[str], opts: Any, target_ids: list[str] | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The analysis (with the targets' own columns) and trajectories of some provinces."""
    import polars as pl

    from dxgap import engine, frames
    from dxgap.names import resolve

    tlf = frames.targets_frame(targets, pids)
    if target_ids:
        known = {t.id: (t.id, t.id, None) for p in pids for t in targets.files[p].targets}
        wanted = [resolve(t, known, what="target") for t in target_ids]
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
    from dxgap import charts
    from dxgap.errors import UsageError
    from dxgap.export import write_bytes

    chosen = lang.value if lang else default_lang()
    with errors():
        fmt = output.suffix.lower().lstrip(".")
        if fmt not in ("svg", "png"):
            raise UsageError(f"{output}: give a .svg or .png file name")
        ws, targets = _load(workspace, decimal)
        pid = _resolve_province(targets, province)
        opts = _options(as_of, method, on_track, acceleration)
        analysis, traj = _chart_data(ws, targets, [pid], opts, target_ids)
        names = {
            k: (v.name.vi if chosen == "vi" else v.name.en) for k, v in targets.indicators.items()
        }
        inputs = charts.chart_inputs(analysis, traj, names, chosen)
        if not inputs:
            raise UsageError(f"{pid}: no quantified target with a baseline or data to draw")
        write_bytes(output, charts.figure_bytes(inputs, opts.as_of, fmt, chosen, columns))
    _stderr().print(f"wrote {len(inputs)} chart(s) to {output}", style="dim", markup=False)


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

    from dxgap import charts, engine, render
    from dxgap.errors import UsageError
    from dxgap.export import write_bytes
    from dxgap.report import render_report

    chosen = lang.value if lang else default_lang()
    with errors():
        if not provinces and not all_provinces:
            raise UsageError("name one or more provinces, or give --all")
        ws, targets = _load(workspace, decimal)
        pids = (
            sorted(targets.files)
            if all_provinces
            else list(dict.fromkeys(_resolve_province(targets, p) for p in provinces or []))
        )
        opts = _options(as_of, method, on_track, acceleration)
        analysis, traj = _chart_data(ws, targets, pids, opts)
        names = {
            k: (v.name.vi if chosen == "vi" else v.name.en) for k, v in targets.indicators.items()
        }
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
        f"wrote the report for {len(pids)} province(s) to {output}", style="dim", markup=False
    )


def frames_gap_keys() -> tuple[str, ...]:
    """The documented gap-table keys (imported lazily: frames imports Polars)."""
    from dxgap.frames import GAP_KEYS

    return GAP_KEYS


def main() -> None:
    """Console-script entry point."""
    app()
