"""Start-up: commands that compute nothing must not import Polars (a fast, non-timing test)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from rich.console import Console

from dxgap.cli import COMMANDS, app
from dxgap.cli.app import print_lines

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import sys
from dxgap.cli import COMMANDS, app
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
from dxgap.cli import COMMANDS, app
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
from dxgap.cli import COMMANDS, app
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


_MAIN_PROBE = """
import sys
from dxgap.cli import main
sys.argv = ["dxgap", *{args!r}]
try:
    main()
except SystemExit:
    pass
commands = ("init", "validate", "check", "export", "compare", "charts", "extract", "importing")
print("COMMANDS:" + ",".join(m for m in commands if "dxgap.cli." + m in sys.modules))
print("RICH:" + str("rich.console" in sys.modules))
"""


@pytest.mark.parametrize(
    ("args", "modules"),
    [
        (["validate", "targets/"], "validate"),
        (["--lang", "vi", "validate", "targets/"], "validate"),
        (["--debug", "--lang=en", "schema"], "validate"),
        (["check", "binh-duong", "--format", "csv"], "check"),
        (["list"], "check"),
        (["validate", "--help"], "init,validate,check,export,compare,charts,extract,importing"),
        (["vaildate", "targets/"], "init,validate,check,export,compare,charts,extract,importing"),
    ],
    ids=["validate", "lang-first", "schema", "check", "list", "help", "typo"],
)
def test_a_command_imports_only_its_own_module(args: list[str], modules: str) -> None:
    """The `dxgap` program registers only the module of the command it runs (issue 20); help
    and a name that is not a command get every command, as before."""
    result = _probe(_MAIN_PROBE.format(args=args))
    assert f"COMMANDS:{modules}" in result.stdout.splitlines(), result.stdout[-500:]


def test_validate_prints_without_rich_when_rich_would_change_nothing() -> None:
    """`validate`'s lines to a file or a pipe are written without importing rich (issue 20);
    FORCE_COLOR makes rich colour them, so rich prints them then."""
    code = _MAIN_PROBE.format(args=["validate", "targets/"])
    plain = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE")}
    for env, rich, first in (
        (plain, False, "✓"),
        ({**plain, "FORCE_COLOR": "1", "TERM": "xterm"}, True, "\x1b["),
    ):
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
            check=True, timeout=60, env=env,
        )  # fmt: skip
        lines = result.stdout.splitlines()
        assert lines[0].startswith(first), lines[0]
        assert "files valid" in lines[0]
        assert f"RICH:{rich}" in lines


@pytest.mark.parametrize(
    "text",
    [
        "✓ 5 files valid",
        "targets/hue.yaml:12:7: lỗi: chỉ tiêu 'ty_le_x' không có trong danh mục " * 4,
        "  spaces at both ends  ",
        "[bold]not markup[/bold] :smile: https://example.org/a?b=1 86.3",
        "",
        "e\u0301 combining, ｗｉｄｅ 全角 " * 20,
        "a\ttab and a bell\x07",
    ],
    ids=["verdict", "long", "spaces", "markup", "empty", "wide", "control"],
)
def test_lines_are_written_as_rich_writes_them(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """What `print_lines` writes to a file is what rich's console writes there."""
    print_lines([(text, "bold red"), (text, "yellow")])
    written = capsys.readouterr().out
    out = io.StringIO()
    console = Console(file=out, soft_wrap=True, highlight=False, emoji=False, width=80)
    for style in ("bold red", "yellow"):
        console.print(text, markup=False, style=style)
    assert written == out.getvalue()


def test_every_command_is_where_main_looks_for_it() -> None:
    """Each command `main` may be asked for is registered by the module it names, and the
    application has no command `main` does not know (it would get every module: slower only)."""
    code = """
import importlib, sys, typer.main
from dxgap.cli import COMMANDS
from dxgap.cli.app import app
module = sys.argv[1]
importlib.import_module("dxgap.cli." + module)
print(",".join(sorted(typer.main.get_command(app).commands)))
"""
    everything = set()
    for module in sorted(set(COMMANDS.values())):
        result = subprocess.run(
            [sys.executable, "-c", code, module], cwd=ROOT, capture_output=True, text=True,
            check=True, timeout=60,
        )  # fmt: skip
        registered = set(result.stdout.strip().split(","))
        assert {c for c, m in COMMANDS.items() if m == module} <= registered
        everything |= registered
    assert set(typer.main.get_command(app).commands) == set(COMMANDS) == everything


_ADAPTER_PROBE = """
import sys
from dxgap.cli import main
sys.argv = ["dxgap", *{args!r}]
try:
    main()
except SystemExit as e:
    print("EXIT:" + str(e.code))
print("ADAPTERS:" + str("typer._adapters" in sys.modules))
"""


@pytest.mark.parametrize(
    ("args", "adapters", "code"),
    [
        (["validate", "targets/"], False, "0"),
        (["check", "binh-duong", "--format", "csv"], False, "0"),
        (["check", "binh-duong", "--method", "cagr", "--format", "csv"], False, "0"),
        (["check", "binh-duong", "--decimal", "xyz"], True, "2"),
        (["check", "binh-duong", "--as-of", "20x5"], True, "2"),
    ],
    ids=["validate", "check", "check-enum-given", "bad-enum", "bad-int"],
)
def test_plain_values_are_coerced_without_pydantic(
    args: list[str], adapters: bool, code: str
) -> None:
    """A path, a string, a flag, a default number or an enumeration's value named as it is
    takes no pydantic adapter to read (`cli/coercion.py`, issue 20: ~25 ms of start-up); a value
    that is not plain goes to typer's own coercion, which refuses a bad one as before (exit 2)."""
    result = _probe(_ADAPTER_PROBE.format(args=args))
    lines = result.stdout.splitlines()
    assert lines[-1] == f"ADAPTERS:{adapters}", result.stdout[-500:]
    assert lines[-2] == f"EXIT:{code}"
