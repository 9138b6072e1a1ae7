"""`dxgap validate`: check target and data files and report every problem, not just the first."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dxgap import places
from dxgap.errors import InputError, Problem, UsageError
from dxgap.files import (
    DATA_SUFFIXES,
    YAML_SUFFIXES,
    is_data_file,
    is_sidecar,
    linked_folders,
    refusal,
)
from dxgap.targets.load import (
    CATALOGUE_NAME,
    Targets,
    duplicate_provinces,
    load_catalogue_file,
    load_target_file,
    load_targets,
    target_paths,
)
from dxgap.targets.models import Catalogue, TargetFile
from dxgap.text import Msg
from dxgap.workspace import Workspace

if TYPE_CHECKING:
    from dxgap.data.check import Checked


@dataclass
class Report:
    """What `validate` found: the files it read and every problem, errors and warnings alike."""

    files: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        """True when no problem is an error (warnings are allowed)."""
        return not any(p.severity == "error" for p in self.problems)

    def to_dict(self) -> dict[str, object]:
        """The documented JSON structure: {valid, files, errors: [...]}."""
        return {
            "valid": self.valid,
            "files": self.files,
            "errors": [p.to_dict() for p in self.problems],
        }


def _expand(
    paths: list[Path], report: Report, ws: Workspace, may_be_empty: Path | None = None
) -> tuple[list[Path], list[Path]]:
    """The target and data files of `paths` (folders searched); a folder named that holds
    none is a problem, except `may_be_empty` (the workspace's own data/, which a workspace
    just made by `dxgap init` leaves empty, as it may leave it out)."""
    yaml_files: list[Path] = []
    data_files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise UsageError(Msg("path.no_such", path=str(path)))
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in YAML_SUFFIXES + DATA_SUFFIXES and not p.is_dir()
            )
            found += linked_folders(path)  # refused below, never skipped unseen
            if not found and path != may_be_empty:
                report.problems.append(Problem(ws.display(path), Msg("validate.empty_folder")))
        else:
            found = [path]
        for p in found:
            if p.name.startswith("~$"):
                continue  # Excel's lock file
            why = refusal(p, ws.root)
            if why is not None:
                report.files.append(ws.display(p))
                report.problems.append(Problem(ws.display(p), why))
                continue
            if is_sidecar(p):
                data_file = p.with_name(p.stem)
                if data_file not in data_files and data_file.is_file():
                    data_files.append(data_file)  # its options are checked with the data file
                continue
            (data_files if is_data_file(p) else yaml_files).append(p)  # a .source.yaml too
    return yaml_files, data_files


def _default_paths(ws: Workspace) -> list[Path]:
    """The workspace's targets/ and data/ (when there); UsageError, naming `dxgap init`, in a
    folder that is no workspace."""
    if not ws.targets_dir.exists():
        raise UsageError(Msg("validate.no_workspace", path=ws.display(ws.targets_dir)))
    return [ws.targets_dir] + ([ws.data_dir] if ws.data_dir.is_dir() else [])


def validate(paths: Sequence[str | os.PathLike[str]], ws: Workspace) -> Report:
    """Validate the given files and folders, each a str or a path (default: the workspace's
    targets/ and data/)."""
    report = Report()
    chosen = [Path(p) for p in paths]
    default = not chosen
    if default:
        chosen = _default_paths(ws)
    yaml_files, data_files = _expand(chosen, report, ws, ws.data_dir if default else None)

    catalogues: dict[Path, Catalogue | None] = {}
    loaded: dict[Path, tuple[TargetFile | None, list[Problem]]] = {}

    def catalogue_for(path: Path) -> Catalogue | None:
        candidates = [path.parent / CATALOGUE_NAME, ws.targets_dir / CATALOGUE_NAME]
        for cat in candidates:
            key = cat.resolve()
            if key in catalogues:
                return catalogues[key]
            if cat.is_file():
                model, problems = load_catalogue_file(cat, ws.display(cat))
                catalogues[key] = model
                if cat not in yaml_files:
                    # problems of a catalogue we were not asked about still explain later errors
                    report.problems.extend(p for p in problems if p.severity == "error")
                return model
        return None

    for path in yaml_files:
        name = ws.display(path)
        report.files.append(name)
        if path.name == CATALOGUE_NAME:
            model, problems = load_catalogue_file(path, name)
            catalogues[path.resolve()] = model
            report.problems.extend(problems)
            continue
        catalogue = catalogue_for(path)
        if catalogue is None:
            report.problems.append(Problem(name, Msg("validate.no_catalogue", name=CATALOGUE_NAME)))
        plan, problems = load_target_file(path, catalogue.by_id() if catalogue else None, name)
        loaded[path.resolve()] = (plan, problems)
        report.problems.extend(problems)
    plans = [(ws.display(p), plan) for p, (plan, _) in loaded.items() if plan is not None]
    twice = duplicate_provinces(plans)
    report.problems.extend(twice)
    for problem in twice:  # the data are then checked against no guess of which one counts
        loaded[(ws.root / problem.path).resolve()] = (None, [problem])

    if data_files:
        _validate_data(data_files, ws, report, _workspace_targets(ws, catalogues, loaded))
    return report


def _workspace_targets(
    ws: Workspace,
    catalogues: dict[Path, Catalogue | None],
    loaded: dict[Path, tuple[TargetFile | None, list[Problem]]],
) -> Targets | None:
    """The workspace's targets for checking data files: the ones this run has just validated
    when it read them all (a national plan is not parsed twice), else read in full. Never from
    the cache: validate checks everything. None when they have errors."""
    paths = target_paths(ws.targets_dir) if ws.targets_dir.is_dir() else []
    cat_key = (ws.targets_dir / CATALOGUE_NAME).resolve()
    if cat_key in catalogues and all(p.resolve() in loaded for p in paths):
        catalogue = catalogues[cat_key]
        plans = [loaded[p.resolve()][0] for p in paths]
        if catalogue is None or any(plan is None for plan in plans):
            return None
        warnings = [w for p in paths for w in loaded[p.resolve()][1] if w.severity == "warning"]
        return Targets(catalogue, {plan.province.id: plan for plan in plans if plan}, warnings)
    try:
        return load_targets(ws.targets_dir, display_root=ws.root)
    except InputError:
        return None


def _blocking(ws: Workspace, report: Report) -> list[Problem]:
    """The errors of the workspace's target files that stop its data files being checked, for
    the files this run has not reported on (a run on data files only)."""
    try:
        load_targets(ws.targets_dir, display_root=ws.root)
    except InputError as e:
        told = {p.path for p in report.problems}
        return [p for p in e.problems if p.path not in told]
    return []


def _validate_data(
    data_files: list[Path], ws: Workspace, report: Report, targets: Targets | None
) -> None:
    """Check the data files against the workspace's targets (none when those have errors) and
    add every problem, and the warnings for figures dated after a merger, to `report`."""
    from dxgap.data.check import check_files
    from dxgap.data.database import relocated
    from dxgap.data.tasks import task_targets

    report.files.extend(ws.display(p) for p in data_files)
    if targets is None:
        notice = Msg("validate.targets_invalid")  # why nothing is said of the data files
        report.problems += _blocking(ws, report)  # `validate data/x.csv` lists them too
        report.problems.append(Problem(ws.display(ws.targets_dir), notice, severity="notice"))
        return
    try:
        checked = check_files(  # every file in one streaming pass; rows are not kept
            sorted(set(data_files)),
            targets.indicators,
            set(targets.files),
            {p: ws.display(p) for p in data_files},
            ws.decimal,
            task_targets(targets),  # the targets a task state row may name
        )
    except InputError as e:
        report.problems.extend(e.problems)
        return
    report.problems.extend(checked.warnings)  # e.g. a workbook's hidden sheets, not read
    report.problems.extend(relocated(_after_merger(checked, targets), checked.tables))
    report.problems.extend(relocated(_two_rankings(checked, targets), checked.tables))


def _after_merger(checked: Checked, targets: Targets) -> list[Problem]:
    """Warnings for figures of a merged province dated after its merger: reports can be late,
    but new measurements belong to the successor. At most 50, located by the files' readers."""
    import polars as pl

    from dxgap.data.repeats import when

    merged = {
        pid: tf.province
        for pid, tf in targets.files.items()
        if tf.province.merged_into and tf.province.merged_on
    }
    if not merged:
        return []
    cutoff = pl.LazyFrame(
        {
            "province": list(merged),
            "_merged_on": [str(p.merged_on) for p in merged.values()],
            "_merged_into": [str(p.merged_into) for p in merged.values()],
        }
    )
    # a figure is "after" when its date (or, undated, its year) is later than the merger's date
    after = (
        pl.when(pl.col("date").is_not_null())
        .then(when() > pl.col("_merged_on"))
        .otherwise(pl.col("year") > pl.col("_merged_on").str.slice(0, 4).cast(pl.Int32))
    )
    if checked.groups.join(cutoff.collect(), on="province").filter(after).height == 0:
        return []  # the grouped pass already tells: no need to read the rows again
    late = (
        checked.details.join(cutoff, on="province")
        .filter(after)
        .select("_file", "_fileno", "_row", "province", "_merged_into", "_merged_on", _when=when())
        .collect(engine="streaming")
        .sort("_fileno", "_row")  # the streaming engine keeps no order
        .head(50)
    )
    lines = checked.lines(late.select("_fileno", "_row").rows())

    def name(pid: str) -> str:  # names, never slugs, in a sentence
        tf = targets.files.get(pid)
        unit = places.get(pid)
        return tf.province.name if tf else unit.name if unit else pid

    return [
        Problem(
            file,
            Msg(
                "data.after_merger",
                province=name(province),
                successor=name(into),
                date=on,
                dated=dated,
            ),
            lines[(fileno, row)],
            1,
            "row",
            "warning",
        )
        for file, fileno, row, province, into, on, dated in late.iter_rows()
    ]


def _two_rankings(checked: Checked, targets: Targets) -> list[Problem]:
    """Warnings for a rank target that states no `out_of` whose province has, in one year,
    ranks out of two numbers of units (DTI 2024 of the 63 and of the 34) and is on both maps
    (or none): `check` cannot tell which ranking is meant and leaves the target not comparable
    (docs/methodology.md §12). Located at the year's last rank row, one warning per target and year."""
    import polars as pl

    from dxgap.frames import map_units

    open_targets = [
        (pid, t.indicator, t.id)
        for pid, tf in targets.files.items()
        if map_units(pid, tf.province.merged_into) is None  # else its map's ranking is read
        for t in tf.targets
        if t.indicator in targets.indicators
        and targets.indicators[t.indicator].unit.value == "rank"
        and t.out_of is None
        and (t.value is not None or t.range is not None)
    ]
    if not open_targets:
        return []
    key = ["province", "indicator", "year"]
    two = (
        checked.groups.filter(
            ~pl.col("_area"), ~pl.col("_breakdown"), pl.col("out_of").is_not_null()
        )
        .group_by(key)
        .agg(pl.col("out_of").unique().sort().alias("_sizes"))
        .filter(pl.col("_sizes").list.len() > 1)
        .join(
            pl.DataFrame(open_targets, schema=["province", "indicator", "_target"], orient="row"),
            on=["province", "indicator"],
        )
    )
    if two.height == 0:
        return []  # the grouped pass tells: no need to read the rows again
    last = (
        checked.details.filter(pl.col("area").is_null(), pl.col("breakdown").is_null())
        .join(two.lazy(), on=key)
        .select("_file", "_fileno", "_row", *key, "_sizes", "_target")
        .collect(engine="streaming")
        .sort("_fileno", "_row")
        .group_by([*key, "_target"], maintain_order=True)
        .last()
        .select("_file", "_fileno", "_row", "year", "_sizes", "_target")
        .head(50)
    )
    lines = checked.lines(last.select("_fileno", "_row").rows())
    return [
        Problem(
            file,
            Msg("data.two_rankings", year=year, sizes=list(sizes), target=target),
            lines[(fileno, row)],
            1,
            "row",
            "warning",
        )
        for file, fileno, row, year, sizes, target in last.iter_rows()
    ]
