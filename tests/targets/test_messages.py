"""The target-file messages in both languages: the same codes, and Vietnamese that reads as
Vietnamese for every problem the broken fixtures produce."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dxgap import text
from dxgap.cli import app
from dxgap.text import Msg
from dxgap.text.en import targets as en
from dxgap.text.vi import targets as vi
from dxgap.validation import validate
from dxgap.workspace import Workspace

SAMPLES: dict[str, object] = {
    "given": Msg("given.text", text="ninety"),
    "got": Msg("kind.list"),
    "what": Msg("what.milestone"),
    "owner": Msg("owner.unit", unit="percent"),
    "hint": Msg("hint.did_you_mean", name="note"),
    "reason": Msg("scalar.month"),
    "detail": Msg("yaml.problem.value_here"),
    "context": Msg("yaml.ctx.flow_mapping"),
    "problem": Msg("yaml.problem.flow_mapping", token=Msg("yaml.token.scalar")),
    "token": Msg("yaml.token.block_end"),
    "allowed": [Msg("ident", name="id"), Msg("ident", name="value")],
    "known": [Msg("ident", name="plan-2021")],
    "missing": [Msg("ident", name="value"), Msg("ident", name="year")],
    "choices": ["'A'", "'B'"],
    "last": "'C'",
    "choice": "'only'",
    "char": "'\\t'",
    "anchor": "'x'",
    "alias": "'x'",
    "handle": "'!x!'",
    "folder": "/srv/ws",
    "first": "targets[0]",
    "code": "U+0007",
    "date": "2021-05-19",
    "grade": "C",
    "value": 120,
    "number": 5,
}
"""A plausible value for each placeholder (numbers for the others)."""

# English detail that the Vietnamese sentence quotes, by design (a phrase PyYAML has not had)
QUOTED_ENGLISH = {"text": "found something new", "detail": "found something new"}


def sample(code: str) -> Msg:
    names = text.placeholders(en.TEXT[code])
    params: dict[str, object] = {}
    for name in names:
        if code in ("yaml.phrase.other", "scalar.other", "yaml.error") and name in QUOTED_ENGLISH:
            params[name] = QUOTED_ENGLISH[name]
        elif name in SAMPLES:
            params[name] = SAMPLES[name]
        elif name == "unit":  # a unit's id, as the models hold it
            params[name] = "percent"
        elif name in ("text", "tag", "key", "id", "stem", "source", "indicator"):
            params[name] = "some text"
        elif name in ("pattern", "check", "comparator", "name"):
            params[name] = ">="
        else:
            params[name] = 2025
    return Msg(code, **params)


def test_both_languages_have_the_same_codes_and_placeholders() -> None:
    assert set(en.TEXT) == set(vi.TEXT)
    for code, english in en.TEXT.items():
        assert text.placeholders(english) == text.placeholders(vi.TEXT[code]), code


def test_the_detector_finds_english(english_in: Callable[[str], list[str]]) -> None:
    """The check below can fail: English text is caught, quoted text is not."""
    assert english_in(sample("target.quantified_incomplete").render("en"))
    assert english_in("got 'the value'") == ["got"]
    assert english_in("nhưng lại là 'the value'") == []


@pytest.mark.parametrize("code", sorted(en.TEXT))
def test_every_message_reads_in_vietnamese(
    code: str, english_in: Callable[[str], list[str]]
) -> None:
    msg = sample(code)

    assert msg.render("en")
    assert english_in(msg.render("vi")) == [], msg.render("vi")


def test_vietnamese_spelling() -> None:
    """hóa, khóa, thỏa: the tone on the o when "oa" ends the syllable, as in the provinces'
    documents (not hoá, khoá); "ngoài", "hoàn" keep it on the a."""
    old_style = re.compile(r"o[áàảãạ](?!\w)", re.IGNORECASE)
    for code, template in vi.TEXT.items():
        assert not old_style.search(template), code
    assert old_style.search("mã hoá")
    assert not old_style.search("mã hóa, bên ngoài, hoàn thành")


# --- every problem of the broken fixtures ------------------------------------------------------


def fixtures(invalid: Path) -> list[Path]:
    return sorted(invalid.glob("*.yaml"))


def test_there_are_fixtures(invalid_dir: Path) -> None:
    assert len(fixtures(invalid_dir)) > 50


@pytest.mark.parametrize(
    "name",
    [
        p.name
        for p in sorted((Path(__file__).parent.parent / "fixtures" / "invalid").glob("*.yaml"))
    ],
)
def test_every_problem_of_every_fixture_speaks_vietnamese(
    invalid_dir: Path, name: str, english_in: Callable[[str], list[str]]
) -> None:
    report = validate([invalid_dir / name], Workspace(invalid_dir))

    if name == "indicators.yaml":
        assert report.problems == []
    else:
        assert report.problems
    for problem in report.problems:
        assert problem.code != "legacy.text", problem
        vietnamese = problem.message("vi")
        assert vietnamese != problem.message("en")
        assert english_in(vietnamese) == [], vietnamese


def test_validate_in_vietnamese_on_the_folder(
    invalid_dir: Path, english_in: Callable[[str], list[str]]
) -> None:
    result = CliRunner().invoke(
        app, ["validate", str(invalid_dir), "-w", str(invalid_dir), "--lang", "vi"]
    )

    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("✗ ")
    problems = lines[:-1]
    assert len(problems) > 60
    for line in problems:
        after_position = line.split(": ", 1)[1]
        message = re.sub(r"^[\w\[\].]+: ", "", after_position)  # the YAML path, kept as written
        assert english_in(message) == [], line
