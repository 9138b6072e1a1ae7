"""The application around the commands: exit codes, the one error boundary, help, language and
workspace defaults."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import Cli
from typer.testing import CliRunner

from dxgap.cli import app, default_lang


def test_internal_errors_are_one_line_and_exit_3(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dxgap import engine

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(engine, "analyse", boom)
    code, _, err = cli("check", "binh-duong", "-w", repo_workspace)
    assert code == 3
    assert "internal error: RuntimeError: kaboom" in err
    assert "--debug" in err


def test_an_error_while_rendering_is_inside_the_boundary(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rendering runs after the library call: a bug there is still exit 3 with one line
    from dxgap.output import views

    def broken(*_: object, **__: object) -> None:
        raise ValueError("cannot draw")

    monkeypatch.setattr(views, "check_view", broken)
    code, out, err = cli("check", "binh-duong", "-w", repo_workspace)
    assert code == 3
    assert out == ""
    assert "internal error: ValueError: cannot draw" in err


def test_an_expected_error_while_writing_is_exit_1(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    code, _, err = cli(
        "plot", "binh-phuoc", "-o", tmp_path / "missing" / "x.png", "-w", repo_workspace
    )
    assert code == 1
    assert err.startswith("error: ")
    assert "does not exist" in err


def test_debug_shows_the_traceback(repo_workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dxgap import engine

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(engine, "analyse", boom)
    result = CliRunner().invoke(app, ["--debug", "check", "binh-duong", "-w", str(repo_workspace)])
    assert isinstance(result.exception, RuntimeError)


def test_errors_follow_the_language_of_the_command(cli: Cli, repo_workspace: Path) -> None:
    code, _, err = cli("export", "--all", "-f", "parquet", "--lang", "vi", "-w", repo_workspace)
    assert code == 2
    assert err.strip() == "lỗi: parquet là định dạng nhị phân: hãy ghi ra tệp bằng --output"


def test_usage_errors_from_typer_are_exit_2(cli: Cli) -> None:
    code, _, err = cli("check", "--no-such-option")
    assert code == 2
    assert "--no-such-option" in err


def test_version(cli: Cli) -> None:
    from dxgap import __version__

    code, out, _ = cli("--version")
    assert (code, out.strip()) == (0, f"dxgap {__version__}")


def test_python_dash_m_and_help(repo_workspace: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dxgap", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=repo_workspace,
    )
    assert done.returncode == 0
    for command in ("validate", "schema", "check", "trajectory", "list"):
        assert command in done.stdout


@pytest.mark.parametrize(
    "command",
    ["validate", "schema", "check", "trajectory", "list", "export", "compare", "plot", "report"],
)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(
    repo_workspace: Path, command: str
) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: dxgap " in result.stdout
    readme = (repo_workspace / "README.md").read_text(encoding="utf-8")
    assert f"dxgap {command}" in readme


@pytest.mark.parametrize(
    "command",
    ["validate", "schema", "check", "trajectory", "list", "export", "compare", "plot", "report"],
)
def test_every_help_example_runs_in_the_repository(
    cli: Cli, repo_workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """A user copies the Example line of `--help` and runs it where they cloned dxgap."""
    import shlex

    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "300"})
    example = next(line for line in result.stdout.splitlines() if "Example: dxgap " in line)
    words = shlex.split(example.split("Example: dxgap ", 1)[1])
    if ">" in words:  # `schema > file`: what the shell would write is stdout
        words = words[: words.index(">")]
    for flag in ("--output", "-o"):  # files land in a scratch folder, not the repository
        if flag in words:
            at = words.index(flag) + 1
            words[at] = str(tmp_path / words[at])
    if "targets/" in words:
        words[words.index("targets/")] = str(repo_workspace / "targets")
    monkeypatch.setenv("DXGAP_WORKSPACE", str(repo_workspace))
    code, out, err = cli(*words)
    assert code == 0, (words, out, err)


@pytest.mark.parametrize("command", ["check", "trajectory", "export", "compare", "plot", "report"])
def test_analysis_commands_share_the_same_options(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    for option in (
        "--as-of",
        "--method",
        "--on-track",
        "--acceleration",
        "--decimal",
        "--lang",
        "--workspace",
    ):
        assert option in result.stdout, option


def test_workspace_from_environment(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DXGAP_WORKSPACE", str(repo_workspace))
    code, out, _ = cli("list", "-f", "json")
    assert code == 0
    assert "binh-duong" in out


def test_outside_a_workspace_says_how_to_point_at_one(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = cli("check", "binh-duong")
    assert code == 1
    assert "--workspace" in err


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DXGAP_LANG": "vi"}, "vi"),
        ({"DXGAP_LANG": "en", "LANG": "vi_VN.UTF-8"}, "en"),
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LC_ALL": "vi_VN", "LANG": "en_US.UTF-8"}, "vi"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_default_language(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert default_lang() == expected


def test_the_command_line_leaves_a_cache_only_where_asked(
    cli: Cli, repo_workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    ws = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws / "targets")
    shutil.copytree(repo_workspace / "data", ws / "data")
    monkeypatch.delenv("DXGAP_NO_CACHE")
    assert cli("check", "binh-duong", "-w", ws)[0] == 0
    assert (ws / ".dxgap_cache").is_dir()  # the command line remembers checks
    shutil.rmtree(ws / ".dxgap_cache")
    monkeypatch.setenv("DXGAP_NO_CACHE", "1")
    assert cli("check", "binh-duong", "-w", ws)[0] == 0
    assert not (ws / ".dxgap_cache").exists()


def test_the_command_lines_choices_are_the_librarys() -> None:
    from typing import get_args

    from dxgap.api import Table
    from dxgap.cli.export import ExportFormat, ExportTable
    from dxgap.cli.options import ByChoice, DecimalChoice, LangChoice, MethodChoice, TableFormat
    from dxgap.data.numbers import Decimal
    from dxgap.engine import Method
    from dxgap.output.export import FORMATS, TEXT_FORMATS
    from dxgap.results import By
    from dxgap.text import LANGS

    assert {c.value for c in ExportFormat} == set(FORMATS)
    assert {c.value for c in TableFormat} == {"table", *TEXT_FORMATS} - {"ndjson"}
    assert {c.value for c in ExportTable} == set(get_args(Table))
    assert {c.value for c in MethodChoice} == set(get_args(Method))
    assert {c.value for c in DecimalChoice} == set(get_args(Decimal))
    assert {c.value for c in ByChoice} == set(get_args(By))
    assert {c.value for c in LangChoice} == set(LANGS)


@pytest.mark.parametrize(
    "thresholds",
    [["--on-track", "nan"], ["--on-track", "inf"], ["--on-track", "-5"],
     ["--acceleration", "nan"], ["--on-track", "0.5", "--acceleration", "0.7"]],
)  # fmt: skip
def test_thresholds_that_are_not_numbers_in_order_are_usage_errors(
    cli: Cli, repo_workspace: Path, thresholds: list[str]
) -> None:
    # ../shared/cases/hostile-u-thresholds: NaN silently turned on-track targets around
    code, out, err = cli("check", "binh-duong", *thresholds, "-w", repo_workspace)
    assert code == 2
    assert out == ""
    assert "must be numbers of 0 or more" in err


@pytest.mark.parametrize("encoding", ["ascii", "cp1258"])
def test_a_terminal_that_cannot_show_vietnamese_gets_escapes_not_a_crash(
    repo_workspace: Path, encoding: str
) -> None:
    # ../shared/cases/hostile-e-encoding
    import os

    done = subprocess.run(
        [sys.executable, "-m", "dxgap", "list", "-w", str(repo_workspace)],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": encoding, "DXGAP_NO_CACHE": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    shown = done.stdout.decode(encoding)  # everything is in the terminal's own encoding
    assert "binh-duong" in shown
    assert "\\u1ea1" in shown  # "ạ" of Bạc Liêu, which neither encoding has, as an escape


def test_a_terminal_without_a_width_still_gets_the_table(
    repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ../shared/cases/hostile-e-columns0
    monkeypatch.setenv("COLUMNS", "0")
    result = CliRunner().invoke(app, ["list", "-w", str(repo_workspace)])
    assert result.exit_code == 0
    assert "binh-duong" in result.stdout


def test_the_readme_shows_the_status_labels_as_printed(repo_workspace: Path) -> None:
    from dxgap.text import en, vi

    readme = (repo_workspace / "README.md").read_text(encoding="utf-8")
    for key in (k.removeprefix("status.") for k in en.CATALOGUE if k.startswith("status.")):
        row = f"| `{key}` | {en.CATALOGUE['status.' + key]} | {vi.CATALOGUE['status.' + key]} |"
        assert row in readme, row


def test_schema_takes_lang_as_every_command_does() -> None:
    """`dxgap schema --lang vi` is accepted (a user passes --lang to every command); the schema
    is the same JSON in both languages."""
    vi = CliRunner().invoke(app, ["schema", "--lang", "vi"])
    en = CliRunner().invoke(app, ["schema", "--lang", "en"])
    assert vi.exit_code == 0, vi.output
    assert json.loads(vi.stdout) == json.loads(en.stdout)
