"""What `dxgap validate` prints: every problem as a located line, as JSON, or as GitHub workflow
annotations, and the one-line verdict."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from dxgap.errors import Problem
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


def annotated_file(p: Problem, root: Path, base: Path) -> str | None:
    """The problem's file as GitHub finds it: relative to `base` (the repository's root,
    $GITHUB_WORKSPACE) — problems name files relative to the workspace `root`, or as given when
    outside it. None when the problem is about a folder or a file that does not exist: GitHub
    then shows the annotation on the run, not on a file."""
    for candidate in (root / p.path, Path(p.path)):
        if candidate.is_symlink() or candidate.is_file():  # a link: where it stands
            return os.path.relpath(candidate.absolute(), base.absolute())
    return None


def github_annotation(p: Problem, lang: str, root: Path, base: Path) -> str:
    """`::error file=…,line=…,col=…,title=dxgap validate::location: message` (workflow
    commands; the escaping GitHub documents for properties and messages). Paths are relative to
    `base` (see `annotated_file`)."""
    props = []
    shown = annotated_file(p, root, base)
    if shown is not None:
        props.append(f"file={_escape(printable(shown), True)}")
        if p.line is not None:
            props.append(f"line={p.line}")
        if p.column is not None:
            props.append(f"col={p.column}")
    props.append("title=dxgap validate")
    where = f"{printable(p.location)}: " if p.location else ""
    return f"::{p.severity} {','.join(props)}::{_escape(where + p.message(lang))}"
