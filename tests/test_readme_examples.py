"""The README's console examples are what dxgap prints: each `$ dxgap …` block with output is
run on the bundled workspace, at the block's width, and every line the README shows (rows it
marks as left out, `…`, aside) is a line of the output. A renamed province or a changed column
then fails here instead of misleading a new reader."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dxgap.cli import app

REPO = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"```console\n(\$ dxgap [^\n]*)\n(.*?)```", re.DOTALL)


def _examples() -> list[tuple[str, list[str]]]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    found = []
    for m in BLOCK.finditer(text):
        shown = [line for line in m.group(2).splitlines() if line.strip()]
        if shown and not shown[0].startswith("$ "):  # a block of commands alone shows nothing
            found.append((m.group(1), shown))
    return found


EXAMPLES = _examples()


def test_the_readme_has_console_examples() -> None:
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_a_readme_example_is_what_dxgap_prints(
    command: str, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.setenv("COLUMNS", str(max(len(line) for line in shown)))
    args = shlex.split(command.split("#", 1)[0])[2:]  # after "$ dxgap", before a comment
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    printed = {line.rstrip() for line in result.stdout.splitlines()}
    missing = [line for line in shown if "…" not in line and line.rstrip() not in printed]
    assert missing == []
