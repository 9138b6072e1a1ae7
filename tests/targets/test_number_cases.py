"""The cases of issue 13 item 3 and issue 14's `hostile-y-octal`, run as their `case.md` runs
them: each YAML number that YAML 1.1 would read otherwise than meant is a located problem with
its hint, exit 1; nothing is computed from a wrong number.

Fixtures: tests/fixtures/cases/<case>/ (copied from ../shared/cases/<case>/).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from tests.conftest import Cli, english_words

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


@pytest.fixture(autouse=True)
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    """No problem line wraps."""
    monkeypatch.setenv("COLUMNS", "1000")


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("targets/")]


def test_yaml_octal_leading_zero(cli: Cli) -> None:
    # baseline {value: 010} and milestones {2022: 040, 2023: 055, 2024: 080}: 8, 32, 45 and
    # (as text) 080 to YAML 1.1; meant: 10, 40, 55, 80
    ws = CASES / "yaml-octal-leading-zero"
    args = ("check", "test-province", "--workspace", ws, "--as-of", "2024", "--format", "json")

    code, out, err = cli(*args)

    assert code == 1
    assert out == ""
    assert lines(err) == [
        "targets/test-province.yaml:12:37: targets[0].baseline.value: '010' is not a plain "
        "decimal number: YAML 1.1 reads a leading 0 as octal, so this is 8; write 10, "
        "or quote it if it is text",
        "targets/test-province.yaml:13:24: targets[0].milestones[2022]: '040' is not a plain "
        "decimal number: YAML 1.1 reads a leading 0 as octal, so this is 32; write 40, "
        "or quote it if it is text",
        "targets/test-province.yaml:13:35: targets[0].milestones[2023]: '055' is not a plain "
        "decimal number: YAML 1.1 reads a leading 0 as octal, so this is 45; write 55, "
        "or quote it if it is text",
        "targets/test-province.yaml:13:46: targets[0].milestones[2024]: '080' is not a plain "
        "decimal number: YAML 1.1 reads a leading 0 as octal (010 is 8) or as text; write 80, "
        "or quote it if it is text",
    ]


def test_yaml_octal_leading_zero_fixed_as_the_hint_says(cli: Cli, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(CASES / "yaml-octal-leading-zero", ws)
    plan = ws / "targets" / "test-province.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("value: 010", "value: 10").replace(
        "2022: 040, 2023: 055, 2024: 080", "2022: 40, 2023: 55, 2024: 80"
    )
    plan.write_text(text, encoding="utf-8")

    code, out, err = cli("check", "test-province", "-w", ws, "--as-of", "2024", "-f", "json")

    assert code == 0, err
    [row] = json.loads(out)
    assert (row["baseline_value"], row["target_value"], row["latest_value"]) == (10, 100, 55)
    assert row["progress_pct"] == 50.0  # (55 - 10) / (100 - 10)


def test_yaml_vn_thousands_in_target(cli: Cli) -> None:
    # value: 2.000 beside the quote "2.000 doanh nghiệp": 2.0 to YAML, 2000 meant
    code, out, _ = cli("validate", "--workspace", CASES / "yaml-vn-thousands-in-target")

    assert code == 1
    assert lines(out) == [
        "targets/test-province.yaml:17:12: targets[1].value: '2.000' is read as 2, but the quote "
        "writes 2.000 with a point grouping thousands, so 2000 is meant; write 2000"
    ]
    assert out.splitlines()[-1].startswith("✗")


def test_yaml_vn_thousands_in_target_in_vietnamese(cli: Cli) -> None:
    ws = CASES / "yaml-vn-thousands-in-target"

    code, out, _ = cli("validate", "--workspace", ws, "--lang", "vi")

    assert code == 1
    [line] = lines(out)
    assert line.endswith(
        "'2.000' được đọc thành 2, nhưng trích dẫn viết '2.000' với dấu chấm phân cách hàng "
        "nghìn, tức là 2000; hãy viết '2000'"
    )


def test_unquoted_comparator(cli: Cli) -> None:
    # comparator: >= — PyYAML: "expected chomping or indentation indicators, but found '='"
    code, out, _ = cli("validate", "-w", CASES / "unquoted-comparator")

    assert code == 1
    assert lines(out) == [
        "targets/thanh-hoa.yaml:7:17: '>=' must be quoted: in YAML, '>' at the start of a value "
        'opens a block of text; write comparator: ">="'
    ]
    assert "chomping" not in out


def test_unquoted_comparator_in_vietnamese(cli: Cli) -> None:
    code, out, _ = cli("validate", "-w", CASES / "unquoted-comparator", "--lang", "vi")

    assert code == 1
    [line] = lines(out)
    assert line == (
        "targets/thanh-hoa.yaml:7:17: '>=' phải đặt trong dấu nháy: trong YAML, ký tự '>' ở đầu "
        "giá trị mở một khối văn bản; hãy viết 'comparator: \">=\"'"
    )


def test_hostile_y_octal(cli: Cli) -> None:
    # value: 010 was stored as 8, and only a baseline warning ("target >= 8") hinted at it
    ws = CASES / "hostile-y-octal"

    code, out, _ = cli("validate", "-w", ws)

    assert code == 1
    assert lines(out) == [
        "targets/tinh-a.yaml:12:12: targets[0].value: '010' is not a plain decimal number: "
        "YAML 1.1 reads a leading 0 as octal, so this is 8; write 10, or quote it if it is text"
    ]
    code, out, err = cli("export", "tinh-a", "-t", "targets", "-f", "csv", "-w", ws)
    assert code == 1
    assert out == ""
    assert "targets/tinh-a.yaml:12:12: targets[0].value: '010' is not a plain" in err


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("017", "'017' is not a plain decimal number: YAML 1.1 reads a leading 0 as octal, so "
         "this is 15; write 17, or quote it if it is text"),
        ("0x1F", "'0x1F' is not a plain decimal number: YAML 1.1 reads it as a base-16 number, "
         "31; write 31, or quote it if it is text"),
        ("0b11", "'0b11' is not a plain decimal number: YAML 1.1 reads it as a base-2 number, "
         "3; write 3, or quote it if it is text"),
        ("1:30", "'1:30' is not a plain decimal number: YAML 1.1 reads ':' as base 60, so this "
         "is 90; write 90, or quote it if it is text"),
        ("080", "'080' is not a plain decimal number: YAML 1.1 reads a leading 0 as octal (010 "
         "is 8) or as text; write 80, or quote it if it is text"),
        ("0o17", "expected a number (or true/false), got '0o17'; '0o17' is an octal literal "
         "(15 in decimal); write 15, or quote it (\"0o17\") if it is text"),
        ("1_000", "'1_000' is not a plain decimal number: numbers are written as plain digits: "
         "no leading zero, '+', '_' or exponent, and digits on both sides of a decimal point; "
         "write 1000, or quote it if it is text"),
    ],
)  # fmt: skip
def test_hostile_y_octal_other_forms(cli: Cli, tmp_path: Path, written: str, message: str) -> None:
    # repro.sh: the same file with `value: 017`, `0x1F`, `0b11`, `1:30`, `0o17`, `080`
    ws = tmp_path / "alt"
    shutil.copytree(CASES / "hostile-y-octal", ws)
    plan = ws / "targets" / "tinh-a.yaml"
    text = plan.read_text(encoding="utf-8").replace("    value: 010\n", f"    value: {written}\n")
    plan.write_text(text, encoding="utf-8")

    code, out, err = cli("export", "tinh-a", "-t", "targets", "-f", "csv", "-w", ws)

    assert code == 1
    assert out == ""
    assert f"targets/tinh-a.yaml:12:12: targets[0].value: {message}" in err.splitlines()


@pytest.mark.parametrize(
    "case",
    [
        "yaml-octal-leading-zero",
        "yaml-vn-thousands-in-target",
        "unquoted-comparator",
        "hostile-y-octal",
    ],
)
def test_every_case_reads_in_vietnamese(cli: Cli, case: str) -> None:
    code, out, _ = cli("validate", "-w", CASES / case, "--lang", "vi")

    assert code == 1
    assert lines(out)
    for line in lines(out):
        message = re.sub(r"^\S+?(:\d+)*: (\S+: )?", "", line)  # YAML paths are the file's words
        assert english_words(message) == [], line
