"""The Markdown a GitHub Actions job shows on its summary page (`$GITHUB_STEP_SUMMARY`).

Under GitHub Actions annotations are all a reviewer sees of `dxgap validate` and `dxgap check`;
the job summary adds the whole picture: the verdict and the problems counted by file, or the
targets counted by status. `github_step` appends a command's summary when the job asks for one
(`GITHUB_ACTIONS=true` and `GITHUB_STEP_SUMMARY` naming the file) and does nothing otherwise.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dxgap.text import printable, status_label, t

if TYPE_CHECKING:
    from dxgap.errors import Problem
    from dxgap.results import Check

MAX_LISTED = 50
"""Problems listed one by one in a summary; the counts by file cover every one."""


def _cell(text: str) -> str:
    """Text in a Markdown table cell: control characters escaped, pipes and line breaks kept
    from breaking the table."""
    return printable(text).replace("|", "\\|").replace("\n", " ")


def validate_markdown(problems: Sequence[Problem], n_files: int, lang: str) -> str:
    """`dxgap validate`'s summary: the verdict, errors and warnings by file, and the first
    `MAX_LISTED` problems as `path:line:col: message` in `lang`."""
    from dxgap.output.problems import verdict

    lines = ["### dxgap validate", "", _cell(verdict(problems, n_files, lang))]
    counted = [p for p in problems if p.severity in ("error", "warning")]
    if counted:
        errors = Counter(p.path for p in counted if p.severity == "error")
        warnings = Counter(p.path for p in counted if p.severity == "warning")
        head = [t("ci.file", lang), t("ci.errors", lang), t("ci.warnings", lang)]
        lines += ["", "| " + " | ".join(head) + " |", "|---|---:|---:|"]
        for path in dict.fromkeys(p.path for p in counted):
            lines.append(f"| {_cell(path)} | {errors[path]} | {warnings[path]} |")
        lines += ["", *(f"- `{_cell(p.format(lang))}`" for p in counted[:MAX_LISTED])]
        if len(counted) > MAX_LISTED:
            lines.append(f"- {t('ci.more', lang, n=len(counted) - MAX_LISTED)}")
    return "\n".join(lines) + "\n"


def check_markdown(result: Check, lang: str) -> str:
    """`dxgap check`'s summary: the province and as-of year, its targets counted by status (in
    the order summaries list them, statuses in `lang`) and its data coverage."""
    from dxgap.frames import STATUSES
    from dxgap.text.fmt import number

    summary = result.summary
    title = t("ci.check", lang, name=result.province.name, year=result.options.as_of)
    lines = [f"### {_cell(title)}", ""]
    lines += [f"| {t('ci.status', lang)} | {t('ci.targets', lang)} |", "|---|---:|"]
    for status in STATUSES:
        n = summary.by_status.get(status, 0)
        if n:
            lines.append(f"| {_cell(status_label(status, lang))} | {number(n, 0, lang)} |")
    lines.append(f"| **{t('ci.total', lang)}** | **{number(summary.targets, 0, lang)}** |")
    if summary.coverage_pct is not None:
        measured = summary.quantified - summary.tasks
        measured_with = summary.with_data - summary.tasks_with_state
        lines += ["", t("ci.coverage", lang, n=measured_with, of=measured)]
        if summary.tasks:
            lines += [
                "",
                t("ci.coverage_tasks", lang, n=summary.tasks_with_state, of=summary.tasks),
            ]
    return "\n".join(lines) + "\n"


def github_step(render: Callable[[], str]) -> bool:
    """Append `render()` to the job summary when running under GitHub Actions with
    `GITHUB_STEP_SUMMARY` set; whether it was written. A summary that cannot be written is
    skipped (the command's own result stands): False."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if os.environ.get("GITHUB_ACTIONS") != "true" or not target:
        return False
    try:
        with Path(target).open("a", encoding="utf-8") as f:
            f.write(render() + "\n")
    except OSError:
        return False
    return True


__all__ = ["MAX_LISTED", "check_markdown", "github_step", "validate_markdown"]
