"""The job summary under GitHub Actions (`dxgap.output.summary`), in English."""

TEXT: dict[str, str] = {
    "ci.file": "File",
    "ci.errors": "Errors",
    "ci.warnings": "Warnings",
    "ci.more": "… and {n:n} more (see the annotations)",
    "ci.check": "dxgap check: {name}, as of {year}",
    "ci.status": "Status",
    "ci.targets": "Targets",
    "ci.total": "Total",
    "ci.coverage": "Data coverage: {n:n} of {of:n} quantified targets have a measurement.",
    "ci.coverage_tasks": "Tasks: {n:n} of {of:n} have a reported state.",
}
