"""Errors of the command line and the library calls behind it (unknown names, bad options,
outputs that cannot be written), in English."""

TEXT: dict[str, str] = {
    "unknown.successor": (
        "{name} ({id}) has no target file of its own in this workspace; it was formed in 2025 "
        "from {formed_from:and}; the targets of {predecessors:and} are shown by dxgap check {id} "
        "--with-predecessors"
    ),
    "unknown.no_plan": (
        "{name} ({id}) has no target file in this workspace, so there is no plan to check; its "
        "measured figures, if any, are in dxgap compare INDICATOR and dxgap list; to check its "
        "plan, add targets/{id}.yaml (dxgap init makes a commented one)"
    ),
    "unknown.province": "unknown province '{query}'; {hint}",
    "unknown.target": "unknown target of {province} '{query}'; {hint}",
    "unknown.indicator": "unknown indicator '{query}'; {hint}",
    "unknown.no_provinces": "this workspace has no province target files in targets/",
    "unknown.no_targets_here": "{province}: no targets in this workspace, its own or its predecessors'",
    "usage.provinces_needed": "name one or more provinces, or give --all",
    "usage.unknown_pillar": "unknown pillar '{pillar}'{hint}; choose from {known:names}",
    "usage.unknown_status": "unknown status '{status}'{hint}; choose from {known:names}",
    "usage.thresholds": (
        "--on-track {on_track} and --acceleration {acceleration} must be numbers of 0 or more, "
        "with --acceleration at most --on-track (defaults 0.95 and 0.6)"
    ),
    "usage.too_many_charts": (
        "{n:n} targets would make {n:n} charts in one picture ({limit} at most): name the "
        "targets to draw (dxgap plot PROVINCE TARGET …), or see them all in dxgap report"
    ),
    "usage.split_to_stdout": "--split writes one file per province: give a folder with --output",
    "usage.split_file_name": (
        "--split writes one file per province into a folder, but '{output}' names a file; "
        "give a folder (e.g. --output {folder}) and --format {fmt}"
    ),
    "usage.binary_to_stdout": "{format} is binary: write it to a file with --output",
    "usage.tally_not_by": "--tally counts the province's tasks: give it without --by",
    "usage.by_gaps_only": "--by applies to --table gaps",
    "usage.format_unknown": "cannot tell the format from '{path}'; give --format ({formats})",
    "usage.indicator_or_summary": "give an indicator, or --summary (not both)",
    "usage.chart_suffix": "{path}: give a .svg or .png file name",
    "usage.nothing_to_draw": "{province}: no quantified target with a baseline or data to draw",
    "usage.nothing_to_draw_for": (
        "{province}: nothing to draw for {targets}: neither a baseline nor data (a chart would "
        "show the target alone); leave the targets out to draw every one that has either"
    ),
    "charts.missing": 'charts need matplotlib: pip install "dxgap[charts]" (or pip install matplotlib)',
    "internal.error": (
        "internal error: {detail}\n"
        "This is a bug in dxgap; rerun with --debug for the traceback and report it."
    ),
    "hint.did_you_mean": " (did you mean '{name}'?)",
    "hint.did_you_mean_any": "did you mean {names}?",
    "hint.known": "known: {names}",
    "hint.known_places": (
        "known: {names} (with a plan here) and the ids of the 63 provinces and of the 34 units "
        "formed in 2025"
    ),
    "path.is_folder": "{path}: is a folder, expected a file",
    "path.no_such": "{path}: no such file or folder",
    "validate.empty_folder": "folder holds no target file (*.yaml) and no data file (*.csv, *.xlsx, *.parquet)",
    "validate.no_workspace": (
        "{path}: no such folder; give the files to check, or start a workspace here with "
        "`dxgap init`"
    ),
    "validate.no_catalogue": (
        "no valid indicator catalogue ({name}) beside this file or in the workspace's targets/; "
        "indicator references were not checked (`dxgap init` writes the catalogue dxgap ships)"
    ),
    "validate.targets_invalid": (
        "data files were not checked: the workspace's target files have errors"
    ),
    "output.no_folder": "{path}: the folder {folder} does not exist; create it first",
    "output.is_folder": "{path} is a folder; give a file name (or use --split for a folder)",
    "output.cannot_write": "{path}: cannot write: {reason}",
    "output.xlsx_rows": (
        "{rows:n} rows do not fit a worksheet ({limit:n} at most): export CSV or Parquet, "
        "or one file per province with --split"
    ),
    "output.split_not_folder": "{path} is a file; --split writes one file per province into a folder",
}
