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


@pytest.mark.parametrize(
    "args",
    [["--help"], ["validate", "targets/"], ["schema"], ["check", "--help"]],
    ids=["help", "validate-targets", "schema", "check-help"],
)
def test_light_commands_import_no_polars(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(args=args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
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
    result = subprocess.run(
        [sys.executable, "-c", _MODELS_PROBE.format(args=args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "BUILT:", result.stdout[-500:]
