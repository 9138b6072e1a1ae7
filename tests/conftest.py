"""Shared fixtures: the bundled workspace, the command line as users run it, a clean terminal."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"

Cli = Callable[..., tuple[int, str, str]]

_WORDS = """
    the is are not file row rows line lines column columns header value values empty number
    numbers year date province indicator duplicate keep give write quote quoted fields field
    has have than below above minimum maximum for unit record malformed cannot parse readable
    workbook holds binary looks broken longer first same as of and or but this figure dated
    merged into new measurements belong successor late report fine warning area areas counts
    weighted rate needs every whole ambiguous separator thousands group uses text
    dates appears twice allowed known required expected missing unknown such folder end data
    inside unquoted double tabs commas contain mark style often must got should key keys found
    while scanning parsing could error string mapping list character nothing target source
    here empty invalid scalar tag alias anchor document stream token node block flow sequence
    indentation escape catalogue baseline milestone comparator quantified qualitative requires
    address month day integer valid name please drop
"""
ENGLISH = frozenset(_WORDS.split())
"""Words that give away an English message (Vietnamese messages use none of them; `true` and
`false` are YAML as users write it, so they may stand in Vietnamese text)."""


def english_words(shown: object) -> list[str]:
    """The English words of a Vietnamese message: `shown` is rendered text, or a `Msg` whose
    text parameters (user text, names of files, columns, provinces) are blanked first. Quoted
    text ('…': user input, YAML keys, ids, which are never translated) is left out."""
    from dxgap.text import Msg

    def blank(value: object) -> object:
        if isinstance(value, Msg):
            return Msg(value.code, **{k: blank(v) for k, v in value.params.items()})
        if isinstance(value, str):
            return "X"
        if isinstance(value, list | tuple):
            return [blank(v) for v in value]
        return value

    text = blank(shown).render("vi") if isinstance(shown, Msg) else str(shown)  # type: ignore[union-attr]
    unquoted = re.sub(r"'[^']*'", " ", text)
    return [w for w in re.findall(r"\w+", unquoted) if w.lower() in ENGLISH]


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Golden output must not depend on the developer's terminal or environment; no test leaves
    a check cache in the repository (tests/test_cache.py turns it on in temporary folders)."""
    for var in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS", "DXGAP_WORKSPACE", "DXGAP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    for var in ("DXGAP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("DXGAP_NO_CACHE", "1")


@pytest.fixture
def repo_workspace() -> Path:
    """The bundled workspace (the repository's own targets/ and data/)."""
    return REPO


@pytest.fixture
def fixtures_dir() -> Path:
    """Hand-written test inputs under tests/fixtures/."""
    return FIXTURES


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    """`dxgap ARGS` as a user runs it: (exit code, stdout, stderr); never a traceback."""
    from dxgap.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def cli() -> Cli:
    """`cli("check", "binh-duong", "-w", ws)` → (exit code, stdout, stderr)."""
    return run_cli


@pytest.fixture(scope="session")
def bundled_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Bình Dương's HTML report as of 2024, written once per test run, in both languages."""
    from dxgap.cli import app

    out = {}
    folder = tmp_path_factory.mktemp("report")
    for lang in ("en", "vi"):
        path = folder / f"bd-{lang}.html"
        args = ["report", "binh-duong", "--as-of", "2024", "--lang", lang, "-o", str(path)]
        result = CliRunner().invoke(app, [*args, "-w", str(REPO)], env={"DXGAP_NO_CACHE": "1"})
        assert result.exit_code == 0, result.output
        out[lang] = path
    return out


@pytest.fixture(scope="session", autouse=True)
def every_problem_speaks_vietnamese() -> Iterator[None]:
    """Every problem and error raised anywhere in the test suite has a code of the catalogues and
    renders in Vietnamese (rendering is strict: a code missing from a catalogue raises)."""
    from dxgap import errors
    from dxgap.text import Msg

    failures: list[str] = []

    def rendered(msg: Msg, where: str) -> None:
        try:
            msg.render("vi")
        except Exception as e:  # any failure to render is what this fixture looks for
            failures.append(f"{where}: {msg!r}: {type(e).__name__}: {e}")

    problem_init = errors.Problem.__init__
    error_init = errors.DxgapError.__init__

    def problem(self: errors.Problem, *args: object, **kwargs: object) -> None:
        problem_init(self, *args, **kwargs)  # type: ignore[arg-type]
        rendered(self.msg, "Problem")

    def error(self: errors.DxgapError, msg: Msg) -> None:
        error_init(self, msg)
        rendered(self.msg, type(self).__name__)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(errors.Problem, "__init__", problem)
        patch.setattr(errors.DxgapError, "__init__", error)
        yield
    assert failures == [], "\n".join(sorted(set(failures))[:50])
