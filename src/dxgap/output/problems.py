"""What `dxgap validate` prints: every problem as a located line, as JSON, or as GitHub workflow
annotations, and the one-line verdict."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from dxgap.errors import Problem, cell_ref, sheet_ref
from dxgap.text import printable, t


def verdict(problems: Sequence[Problem], n_files: int, lang: str) -> str:
    """'✓ 3 files valid', '✓ 3 files valid (1 warning)' or '✗ 2 errors, 0 warnings in 3 files'."""

    def count(n: int, what: str) -> str:
        return t(f"n.{what}" if n == 1 else f"n.{what}s", lang, n=n)

    errors = sum(p.severity == "error" for p in problems)
    warnings = sum(p.severity == "warning" for p in problems)  # a notice counts as neither
    files = count(n_files, "file")
    if errors:
        return t(
            "validate.failed",
            lang,
            errors=count(errors, "error"),
            warnings=count(warnings, "warning"),
            files=files,
        )
    if warnings:
        return t("validate.ok_warnings", lang, files=files, warnings=count(warnings, "warning"))
    return t("validate.ok", lang, files=files)


def _escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def _relative(p: Problem, root: Path, base: Path) -> tuple[str, bool] | None:
    """(the problem's file relative to `base`, whether it is inside `base`), or None when the
    problem is about a folder or a file that does not exist. Problems name files relative to
    the workspace `root`, or as given when outside it."""
    for candidate in (root / p.path, Path(p.path)):
        if candidate.is_symlink() or candidate.is_file():  # a link: where it stands
            shown = os.path.relpath(candidate.absolute(), base.absolute())
            return shown, not (shown == os.pardir or shown.startswith(os.pardir + os.sep))
    return None


def annotated_file(p: Problem, root: Path, base: Path) -> str | None:
    """The problem's file as GitHub finds it: relative to `base` (the repository's root,
    $GITHUB_WORKSPACE). None when the problem is about a folder, a file that does not exist or
    a file outside `base` (`../other/…`, which GitHub cannot attach): GitHub then shows the
    annotation on the run, not on a file."""
    found = _relative(p, root, base)
    return found[0] if found is not None and found[1] else None


def _place(p: Problem, root: Path, base: Path, attached: bool, lang: str = "en") -> str:
    """Where the problem is, as the annotation's message starts: a workbook's sheet and cell
    (`'Số liệu'!D5: `, which `line` and `col` cannot say) or a database result's row and key
    (`row 3 (province=…, year=2024): `, which has no line of the file) on a file it is
    attached to; the
    whole place (`../other/data/d.csv:3:5: `) of a file outside `base`, on the run; a folder's
    name relative to `base` (`provinces/data: `), on the run."""
    if attached:
        if p.record is not None and p.line is not None:
            return printable(t("location.record", lang, row=p.line, key=p.record)) + ": "
        if p.sheet is None or p.line is None:
            return ""
        return f"{printable(sheet_ref(p.sheet))}!{cell_ref(p.line, p.column or 1)}: "
    found = _relative(p, root, base)
    if found is None:  # a folder, or a file that is gone: its name, as base sees it
        folder = next((c for c in (root / p.path, Path(p.path)) if c.is_dir()), None)
        shown = p.path if folder is None else os.path.relpath(folder.absolute(), base.absolute())
        return f"{printable(shown)}: " if shown else ""
    return f"{printable(replace(p, path=found[0]).place(lang))}: "


def github_annotation(p: Problem, lang: str, root: Path, base: Path) -> str:
    """`::error file=…,line=…,col=…,title=dxgap validate::location: message` (workflow
    commands; the escaping GitHub documents for properties and messages). Paths are relative to
    `base` (see `annotated_file`); a problem GitHub cannot attach to a file names its place in
    the message, as a workbook's problem names its sheet and cell."""
    props = []
    shown = annotated_file(p, root, base)
    if shown is not None:
        props.append(f"file={_escape(printable(shown), True)}")
        if p.line is not None and p.record is None:  # a result's row is no line of the file
            props.append(f"line={p.line}")
        if p.column is not None and p.record is None:
            props.append(f"col={p.column}")
    props.append("title=dxgap validate")
    where = _place(p, root, base, shown is not None, lang)
    where += f"{printable(p.location)}: " if p.location else ""
    return f"::{p.severity} {','.join(props)}::{_escape(where + p.message(lang))}"
