"""Target files whose refusal names what to write (issue 13, as a new user tried it): a quoted
year, a comparator written with its number, an octal literal, Vietnamese true/false words, and
a source whose entry is invalid — told once, where it stands, not again at every target citing
it.

Fixtures: tests/fixtures/cases/yaml-quoted-years, yaml-comparator-with-number,
yaml-value-words, yaml-invalid-source.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import Cli, english_words

from dxgap.targets.located import number_hint
from dxgap.text import Msg

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


@pytest.fixture(autouse=True)
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """No problem line wraps."""
    monkeypatch.setenv("COLUMNS", "1000")


def problems(cli: Cli, case: str, lang: str = "en") -> list[str]:
    code, out, _ = cli("validate", "-w", CASES / case, "--lang", lang)
    assert code == 1
    return [line for line in out.splitlines() if line.startswith("targets/")]


def test_quoted_years_say_to_write_them_without_quotes(cli: Cli) -> None:
    assert problems(cli, "yaml-quoted-years") == [
        "targets/test-province.yaml:11:11: targets[0].year: expected a whole number, got "
        "'2025'; numbers and years are written without quotes: 2025",
        "targets/test-province.yaml:12:18: targets[0].milestones.2023: expected a whole "
        "number, got '2023'; numbers and years are written without quotes: 2023",
        "targets/test-province.yaml:19:11: targets[1].year: expected a whole number, got "
        "'2025.0'; numbers and years are written without quotes: 2025",
    ]


def test_a_comparator_with_its_number_is_two_keys(cli: Cli, tmp_path: Path) -> None:
    assert problems(cli, "yaml-comparator-with-number") == [
        "targets/test-province.yaml:9:17: '>=80' must be quoted: in YAML, '>' at the start of "
        "a value opens a block of text; and a comparator and its number are two keys: write "
        'comparator: ">=" and value: 80',
    ]
    plan = (CASES / "yaml-comparator-with-number" / "targets" / "test-province.yaml").read_text()
    ws = tmp_path / "ws"
    (ws / "targets").mkdir(parents=True)
    (ws / "targets" / "indicators.yaml").write_text(
        (CASES / "yaml-comparator-with-number" / "targets" / "indicators.yaml").read_text()
    )
    for written, shown in [('">=80"', ">=80"), ("'<= 10'", "<= 10")]:
        (ws / "targets" / "test-province.yaml").write_text(
            plan.replace("comparator: >=80", f"comparator: {written}")
        )
        (line,) = problems(cli, ws)
        assert line.endswith(
            f"targets[0].comparator: expected '>=', '>', '<=' or '<', got '{shown}': a "
            f"comparator and its number are two keys; write comparator: "
            f'"{shown[:2].strip()}" and value: {shown[2:].strip()}'
        )


@pytest.mark.parametrize(
    ("written", "meant"), [("≥", ">="), ("≤", "<="), ("=>", ">="), ("=<", "<=")]
)
def test_a_comparator_written_another_way_names_the_one_meant(
    cli: Cli, tmp_path: Path, written: str, meant: str
) -> None:
    case = CASES / "yaml-comparator-with-number" / "targets"
    ws = tmp_path / "ws"
    (ws / "targets").mkdir(parents=True)
    (ws / "targets" / "indicators.yaml").write_text((case / "indicators.yaml").read_text())
    plan = (case / "test-province.yaml").read_text()
    (ws / "targets" / "test-province.yaml").write_text(
        plan.replace("comparator: >=80", f'comparator: "{written}"\n    value: 80')
    )
    (line,) = problems(cli, ws)
    assert line.endswith(f"got '{written}'; write comparator: \"{meant}\"")


def test_octal_literals_and_true_false_words_say_what_to_write(cli: Cli) -> None:
    assert problems(cli, "yaml-value-words") == [
        "targets/test-province.yaml:10:12: targets[0].value: expected a number (or "
        "true/false), got '0o17'; '0o17' is an octal literal (15 in decimal); write 15, or "
        'quote it ("0o17") if it is text',
        "targets/test-province.yaml:16:12: targets[1].value: expected a number (or "
        "true/false), got 'đúng'; write true or false, without quotes",
        "targets/test-province.yaml:22:12: targets[2].value: expected a number (or "
        "true/false), got 'không'; write true or false, without quotes",
    ]


@pytest.mark.parametrize("word", ["đúng", "sai", "có", "không", "Đúng", "SAI"])
def test_vietnamese_true_false_words_hint_true_or_false(word: str) -> None:
    assert number_hint(word) == Msg("number_hint.boolean")


def test_an_invalid_source_is_told_once(cli: Cli) -> None:
    assert problems(cli, "yaml-invalid-source") == [
        "targets/test-province.yaml:5:11: sources[0].date: expected a date as YYYY, YYYY-MM or "
        "YYYY-MM-DD, got '01/05/2021'",
        "targets/test-province.yaml:19:13: targets[1].source: source 'plan-2020' is not in this "
        "file's sources (plan-2021) (did you mean 'plan-2021'?)",
    ]


@pytest.mark.parametrize(
    "case",
    ["yaml-quoted-years", "yaml-comparator-with-number", "yaml-value-words", "yaml-invalid-source"],
)
def test_every_hint_reads_in_vietnamese(cli: Cli, case: str) -> None:
    for line in problems(cli, case, "vi"):
        message = re.sub(r"^\S+?(:\d+)*: (\S+: )?", "", line)  # path:line:col: location:
        assert english_words(message) == [], line
