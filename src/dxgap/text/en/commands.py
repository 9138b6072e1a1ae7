"""Errors of the command line and the library calls behind it (unknown names, bad options,
outputs that cannot be written), in English."""

TEXT: dict[str, str] = {
    "legacy.text": "{text}",
    "unknown.province": "unknown province '{query}'; {hint}",
    "unknown.target": "unknown target of {province} '{query}'; {hint}",
    "unknown.indicator": "unknown indicator '{query}'; {hint}",
    "hint.did_you_mean": " (did you mean '{name}'?)",
    "hint.did_you_mean_any": "did you mean {names}?",
    "hint.known": "known: {names}",
    "validate.empty_folder": "folder holds no target (*.yaml) or data (*.csv) files",
    "validate.no_catalogue": (
        "no valid indicator catalogue ({name}) beside this file or in the workspace's targets/; "
        "indicator references were not checked"
    ),
    "validate.targets_invalid": (
        "data files were not checked: the workspace's target files have errors"
    ),
    "output.no_folder": "{path}: the folder {folder} does not exist; create it first",
    "output.is_folder": "{path} is a folder; give a file name (or use --split for a folder)",
    "output.cannot_write": "{path}: cannot write: {reason}",
}
