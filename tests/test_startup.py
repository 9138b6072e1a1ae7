"""Start-up: commands that compute nothing must not import Polars (a fast, non-timing test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import sys
from dxgap.cli import app
try:
    app({args!r}, standalone_mode=False)
except SystemExit:
    pass
heavy = sorted(m for m in ("polars", "numpy", "pandas", "pyarrow", "openpyxl", "xlsxwriter") if m in sys.modules)
print("HEAVY:" + ",".join(heavy))
"""


def _probe(code: str) -> subprocess.CompletedProcess[str]:
    """`code` run by a fresh interpreter in the repository (what a user's first command costs)."""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result


@pytest.mark.parametrize(
    "args",
    [["--help"], ["validate", "targets/"], ["schema"], ["check", "--help"]],
    ids=["help", "validate-targets", "schema", "check-help"],
)
def test_light_commands_import_no_polars(args: list[str]) -> None:
    result = _probe(_PROBE.format(args=args))
    assert result.stdout.splitlines()[-1] == "HEAVY:", result.stdout[-500:]


_MODELS_PROBE = """
import sys
from dxgap.cli import app
try:
    app({args!r}, standalone_mode=False)
except SystemExit:
    pass
print("BUILT:" + ",".join(sorted(m for m in ("dxgap.targets.models", "dxgap.workspace", "dxgap.results") if m in sys.modules)))
"""


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["extract", "--help"]])
def test_help_builds_no_target_models(args: list[str]) -> None:
    """Help reads no target file, so it builds none of the pydantic models (issue 20: --help
    within 1.5x of importing typer, pydantic and PyYAML)."""
    result = _probe(_MODELS_PROBE.format(args=args))
    assert result.stdout.splitlines()[-1] == "BUILT:", result.stdout[-500:]


_HELP_PROBE = """
import sys
from dxgap.cli import app
try:
    app({args!r}, standalone_mode=False)
except SystemExit:
    pass
print("LOADED:" + ",".join(sorted(m for m in ("markdown_it", "pygments", "pydantic", "typer._adapters") if m in sys.modules)))
import rich.markdown, typer.rich_utils
shown = typer.rich_utils._make_rich_text(text="**x**", style="", markup_mode="markdown")
print("MARKDOWN:" + type(shown).__module__ + "." + type(shown).__name__)
"""


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["--lang", "vi", "--help"]])
def test_help_imports_no_markdown_parser_nor_pydantic(args: list[str]) -> None:
    """A help page is rich markup: it imports neither rich's Markdown parser (markdown-it) nor its
    traceback renderer (Pygments), nor pydantic for an option that was not given (issue 20);
    rich.markdown, imported afterwards, is the real one."""
    result = _probe(_HELP_PROBE.format(args=args))
    lines = result.stdout.splitlines()
    assert lines[-2] == "LOADED:", result.stdout[-500:]
    assert lines[-1] == "MARKDOWN:rich.markdown.Markdown"
