"""`dxgap validate` on hand-written broken files: one `path:line:col` error per problem, exit 1.

Each case under tests/fixtures/invalid/ (target files) and tests/fixtures/invalid-data/ (CSV) is
one test. Every expected position was checked by hand against the fixture: it points at the
offending key or value.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from dxgap.cli import app
from dxgap.validation import validate
from dxgap.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent / "fixtures"
INVALID = FIXTURES / "invalid"
CATALOGUE = INVALID / "indicators.yaml"

runner = CliRunner()


@dataclass(frozen=True)
class Line:
    """An expected output line: the whole line, or a prefix plus key words found after it."""

    text: str
    words: tuple[str, ...] = ()
    whole: bool = True

    def matches(self, line: str) -> bool:
        if self.whole:
            return line == self.text
        return line.startswith(self.text) and all(w in line for w in self.words)


def exact(line: str) -> Line:
    return Line(line)


def starts(prefix: str, *words: str) -> Line:
    return Line(prefix, words, whole=False)


def invoke(*args: str | Path) -> Result:
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    return result


def problem_lines(result: Result) -> list[str]:
    """The text report without its closing summary line."""
    lines = result.stdout.splitlines()
    assert lines, result.stderr
    assert lines[-1].startswith(("✓", "✗")), lines[-1]
    return lines[:-1]


def assert_lines(actual: list[str], expected: list[Line]) -> None:
    """Exactly one output line per expected problem, in any order."""
    unmatched = list(actual)
    for want in expected:
        found = next((a for a in unmatched if want.matches(a)), None)
        assert found is not None, f"no line matches {want} in:\n" + "\n".join(actual)
        unmatched.remove(found)
    assert not unmatched, "unexpected extra lines:\n" + "\n".join(unmatched)


@pytest.fixture
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide enough that no problem line wraps; wrapping itself is tested separately."""
    monkeypatch.setenv("COLUMNS", "1000")


def case(name: str, *lines: Line, marks: tuple[pytest.MarkDecorator, ...] = ()) -> object:
    return pytest.param(name, list(lines), id=name.removesuffix(".yaml"), marks=marks)


# --- target files: one error per broken rule ------------------------------------------------

ALLOWED_TARGET_KEYS = (
    "id, indicator, comparator, value, range, year, from_year, out_of, baseline, milestones, "
    "qualitative, source, quote, quote_vi, approx, kind, frequency, pillar, note"
)

ERROR_CASES = [
    # unknown keys
    case(
        "unknown-key.yaml",
        exact(
            "unknown-key.yaml:14:5: targets[0].notes: unknown key 'notes' (did you mean 'note'?);"
            f" allowed keys: {ALLOWED_TARGET_KEYS}"
        ),
    ),
    case(
        "unknown-top-level-key.yaml",
        exact(
            "unknown-top-level-key.yaml:5:1: indicators: unknown key 'indicators'; "
            "allowed keys: province, sources, targets"
        ),
    ),
    # unique ids
    case(
        "duplicate-target-id.yaml",
        exact(
            "duplicate-target-id.yaml:14:9: targets[1].id: duplicate target id 'online-2025' "
            "(first used at targets[0])"
        ),
    ),
    case(
        "duplicate-source-id.yaml",
        exact(
            "duplicate-source-id.yaml:6:9: sources[1].id: duplicate source id 'plan-2021' "
            "(first used at sources[0])"
        ),
    ),
    # references
    case(
        "unknown-indicator.yaml",
        starts(
            "unknown-indicator.yaml:8:16: targets[0].indicator: indicator 'online_rates' is not "
            "in the catalogue",
            "did you mean 'online_rate'?",
        ),
    ),
    case(
        "unknown-source.yaml",
        exact(
            "unknown-source.yaml:12:13: targets[0].source: source 'plan-2022' is not in this "
            "file's sources (plan-2021) (did you mean 'plan-2021'?)"
        ),
    ),
    case(
        "unknown-baseline-source.yaml",
        exact(
            "unknown-baseline-source.yaml:12:47: targets[0].baseline.source: source 'report-2020' "
            "is not in this file's sources"
        ),
    ),
    # bounds by unit
    case(
        "percent-above-100.yaml",
        exact(
            "percent-above-100.yaml:10:12: targets[0].value: 120 is above 100, "
            "the maximum for unit 'percent'"
        ),
    ),
    case(
        "percent-below-0.yaml",
        exact(
            "percent-below-0.yaml:10:12: targets[0].value: -5 is below 0, "
            "the minimum for unit 'percent'"
        ),
    ),
    case(
        "rank-below-1.yaml",
        exact(
            "rank-below-1.yaml:10:12: targets[0].value: 0 is below 1, the minimum for unit 'rank'"
        ),
    ),
    case(
        "count-negative.yaml",
        exact(
            "count-negative.yaml:10:12: targets[0].value: -3 is below 0, the minimum for unit 'count'"
        ),
    ),
    case(
        "boolean-not-true-false.yaml",
        exact(
            "boolean-not-true-false.yaml:9:12: targets[0].value: value 1 is not true/false, "
            "as unit 'boolean' requires"
        ),
    ),
    case(
        "boolean-for-number.yaml",
        exact(
            "boolean-for-number.yaml:10:12: targets[0].value: value true is not a number, "
            "as unit 'percent' requires"
        ),
    ),
    case(
        "boolean-with-comparator.yaml",
        starts(
            "boolean-with-comparator.yaml:9:17: targets[0].comparator: "
            "a boolean target takes no comparator"
        ),
    ),
    case(
        "value-not-a-number.yaml",
        starts("value-not-a-number.yaml:10:12: targets[0].value: ", "number", "'ninety'"),
    ),
    case(
        "value-nan.yaml",
        starts("value-nan.yaml:10:12: targets[0].value: ", "nan"),
    ),
    # numbers as the user means them: only plain decimals (issue 13, item 3)
    case(
        "value-leading-zero.yaml",
        exact(
            "value-leading-zero.yaml:10:12: targets[0].value: '010' is not a plain decimal number: "
            "YAML 1.1 reads a leading 0 as octal, so this is 8; write 10, or quote it if it is text"
        ),
    ),
    case(
        "value-hexadecimal.yaml",
        starts("value-hexadecimal.yaml:10:12: targets[0].value: '0x50' is not a plain", "write 80"),
    ),
    case(
        "milestone-year-leading-zero.yaml",
        starts(
            "milestone-year-leading-zero.yaml:14:7: targets[0].milestones: '02023' is not a plain",
            "write 2023",
        ),
    ),
    case(
        "count-vn-thousands.yaml",
        exact(
            "count-vn-thousands.yaml:10:12: targets[0].value: '1.500' is read as 1.5, but it is "
            "written like a number in Vietnamese style, with a point grouping thousands: did you "
            "mean 1500? Write 1500, or 1.5 if you meant 1.5"
        ),
    ),
    case(
        "count-vn-thousands-in-quote.yaml",
        exact(
            "count-vn-thousands-in-quote.yaml:10:12: targets[0].value: '2.000' is read as 2, but "
            "the quote writes 2.000 with a point grouping thousands, so 2000 is meant; write 2000"
        ),
    ),
    case(
        "value-quoted-number.yaml",
        exact(
            "value-quoted-number.yaml:10:12: targets[0].value: expected a number (or true/false), "
            "got '80'; numbers are written without quotes: 80"
        ),
    ),
    case(
        "comparator-unquoted.yaml",
        exact(
            "comparator-unquoted.yaml:9:17: '>=' must be quoted: in YAML, '>' at the start of a "
            'value opens a block of text; write comparator: ">="'
        ),
    ),
    case(
        "name-read-as-boolean.yaml",
        exact(
            "name-read-as-boolean.yaml:2:44: province.name: expected text, but YAML 1.1 reads the "
            "unquoted 'No' as false; quote it: name: \"No\""
        ),
    ),
    case(
        "baseline-out-of-bounds.yaml",
        exact(
            "baseline-out-of-bounds.yaml:12:35: targets[0].baseline.value: -10 is below 0, "
            "the minimum for unit 'percent'"
        ),
    ),
    case(
        "baseline-out-of-bounds-meets-target.yaml",
        exact(
            "baseline-out-of-bounds-meets-target.yaml:12:35: targets[0].baseline.value: "
            "140 is above 100, the maximum for unit 'percent'"
        ),
    ),
    case(
        "milestone-out-of-bounds.yaml",
        exact(
            "milestone-out-of-bounds.yaml:14:13: targets[0].milestones[2023]: 101 is above 100, "
            "the maximum for unit 'percent'"
        ),
    ),
    # years
    case(
        "year-after-2100.yaml",
        starts("year-after-2100.yaml:11:11: targets[0].year: ", "2100", "2101"),
    ),
    case(
        "year-before-2000.yaml",
        starts("year-before-2000.yaml:11:11: targets[0].year: ", "2000", "1999"),
    ),
    case(
        "year-not-integer.yaml",
        exact(
            "year-not-integer.yaml:11:11: targets[0].year: expected a whole number, got '2025'; "
            "numbers and years are written without quotes: 2025"
        ),
    ),
    case(
        "baseline-year-out-of-range.yaml",
        starts("baseline-year-out-of-range.yaml:12:22: targets[0].baseline.year: ", "2000", "1990"),
    ),
    case(
        "milestone-year-out-of-range.yaml",
        starts(
            "milestone-year-out-of-range.yaml:13:7: targets[0].milestones[1990]: ", "2000", "1990"
        ),
    ),
    case(
        "baseline-year-not-before-target.yaml",
        exact(
            "baseline-year-not-before-target.yaml:12:22: targets[0].baseline.year: "
            "baseline year 2025 must be before the target year 2025"
        ),
    ),
    case(
        "milestone-after-target.yaml",
        exact(
            "milestone-after-target.yaml:15:7: targets[0].milestones[2027]: "
            "milestone year 2027 must lie strictly between 2021 and 2025"
        ),
    ),
    case(
        "milestone-before-baseline.yaml",
        exact(
            "milestone-before-baseline.yaml:14:7: targets[0].milestones[2020]: "
            "milestone year 2020 must lie strictly between 2021 and 2025"
        ),
    ),
    # quantified vs qualitative
    case(
        "quantified-missing-comparator.yaml",
        starts(
            "quantified-missing-comparator.yaml:7:5: targets[0]: a quantified target needs "
            "a comparator and a value (or a range); missing: comparator "
        ),
    ),
    case(
        "quantified-missing-value.yaml",
        starts(
            "quantified-missing-value.yaml:7:5: targets[0]: a quantified target needs "
            "a comparator and a value (or a range); missing: value "
        ),
    ),
    # a target with no deadline (no year) is valid; what needs a year says so (issue 16)
    case(
        "milestones-without-year.yaml",
        exact(
            "milestones-without-year.yaml:11:5: targets[0].milestones: milestones need a target "
            "year (a target with no deadline has no path): add year, or drop milestones"
        ),
    ),
    case(
        "annual-without-year.yaml",
        exact(
            "annual-without-year.yaml:11:16: targets[0].frequency: an annual target needs year, "
            "the last year its level must be met (and from_year, the first, if the plan states "
            "it); for a target with no deadline, drop frequency: annual"
        ),
    ),
    # ranges (issue 16): the ends get the protection a value gets, at the list item
    case(
        "range-and-value.yaml",
        exact(
            "range-and-value.yaml:11:5: targets[0].range: a target has a value or a range, not "
            "both: keep value: for one number, or range: [low, high] for a range"
        ),
    ),
    case(
        "range-one-number.yaml",
        exact(
            "range-one-number.yaml:9:12: targets[0].range: a range is two numbers, [low, high] "
            "(range: [25, 30]), but this list has 1; a single number is a value (value: 30)"
        ),
    ),
    case(
        "range-as-text.yaml",
        exact(
            "range-as-text.yaml:9:12: targets[0].range: expected a range as a list of two "
            "numbers, got '25% – 30%'; write range: [25, 30]"
        ),
    ),
    case(
        "range-reversed.yaml",
        exact(
            "range-reversed.yaml:9:12: targets[0].range: range [30, 25] lists its high end "
            "first; write range: [25, 30]"
        ),
    ),
    case(
        "range-equal-ends.yaml",
        exact(
            "range-equal-ends.yaml:9:12: targets[0].range: range [30, 30] holds a single "
            "number; write value: 30"
        ),
    ),
    case(
        "range-above-100.yaml",
        exact(
            "range-above-100.yaml:9:17: targets[0].range[1]: 120 is above 100, "
            "the maximum for unit 'percent'"
        ),
    ),
    case(
        "range-boolean.yaml",
        exact(
            "range-boolean.yaml:9:5: targets[0].range: a boolean target takes value: true "
            "(done by the year), not a range"
        ),
    ),
    case(
        "range-quoted-number.yaml",
        exact(
            "range-quoted-number.yaml:9:13: targets[0].range[0]: expected a valid number, "
            "got '25'; numbers are written without quotes: 25"
        ),
    ),
    case(
        "range-leading-zero.yaml",
        exact(
            "range-leading-zero.yaml:9:13: targets[0].range[0]: '025' is not a plain decimal "
            "number: YAML 1.1 reads a leading 0 as octal, so this is 21; write 25, or quote it "
            "if it is text"
        ),
    ),
    case(
        "range-vn-thousands.yaml",
        exact(
            "range-vn-thousands.yaml:9:18: targets[0].range[1]: '2.000' is read as 2, but the "
            "quote writes 2.000 with a point grouping thousands, so 2000 is meant; write 2000"
        ),
    ),
    case(
        "value-is-a-range.yaml",
        exact(
            "value-is-a-range.yaml:9:12: targets[0].value: expected a number (or true/false), "
            "got a list; a range is written range: [25, 30], in place of value"
        ),
    ),
    # standing windows (issue 16)
    case(
        "from-year-not-annual.yaml",
        exact(
            "from-year-not-annual.yaml:11:5: targets[0].from_year: from_year 2025 opens a "
            "standing window, whose level is to be met every year up to year: add frequency: "
            "annual, or drop from_year"
        ),
    ),
    case(
        "from-year-after-year.yaml",
        exact(
            "from-year-after-year.yaml:12:16: targets[0].from_year: from_year 2031 must not be "
            "after the target year 2030: the window runs from from_year to year"
        ),
    ),
    case(
        "from-year-without-year.yaml",
        exact(
            "from-year-without-year.yaml:12:5: targets[0].from_year: from_year 2025 needs year, "
            'the window\'s last year ("in 2025–2030": from_year: 2025, year: 2030)'
        ),
    ),
    case(
        "from-year-before-baseline.yaml",
        exact(
            "from-year-before-baseline.yaml:14:22: targets[0].baseline.year: baseline year 2026 "
            "is after the window's first year 2025: the baseline is where the plan starts from, "
            "in 2025 or before"
        ),
    ),
    case(
        "milestone-in-window.yaml",
        exact(
            "milestone-in-window.yaml:17:7: targets[0].milestones[2027]: milestone year 2027 "
            "lies in the window 2025–2030, where the target's level holds every year; a "
            "milestone comes before 2025"
        ),
    ),
    # ranks out of a number of ranked units (issue 16)
    case(
        "out-of-not-rank.yaml",
        exact(
            "out-of-not-rank.yaml:12:5: targets[0].out_of: out_of, the number of units a ranking "
            "has, is for rank indicators only, and this one has unit 'percent': drop out_of"
        ),
    ),
    case(
        "rank-beyond-out-of.yaml",
        exact(
            "rank-beyond-out-of.yaml:10:12: targets[0].value: rank 40 is beyond 34, the number "
            "of ranked units (out_of): check the rank or out_of"
        ),
    ),
    case(
        "out-of-not-whole.yaml",
        exact(
            "out-of-not-whole.yaml:12:13: targets[0].out_of: expected a whole number, "
            "got '63.0'; write 63"
        ),
    ),
    case(
        "quantified-missing-indicator.yaml",
        starts(
            "quantified-missing-indicator.yaml:7:5: targets[0]: a quantified target needs "
            "'indicator'"
        ),
    ),
    case(
        "qualitative-with-value.yaml",
        exact(
            "qualitative-with-value.yaml:9:5: targets[0].value: a qualitative target has no "
            "value; drop 'value' or the 'qualitative' text"
        ),
    ),
    case(
        "qualitative-with-comparator.yaml",
        exact(
            "qualitative-with-comparator.yaml:9:5: targets[0].comparator: a qualitative target "
            "has no comparator; drop 'comparator' or the 'qualitative' text"
        ),
    ),
    case(
        "qualitative-with-baseline.yaml",
        exact(
            "qualitative-with-baseline.yaml:10:5: targets[0].baseline: a qualitative target "
            "has no baseline; drop 'baseline' or the 'qualitative' text"
        ),
    ),
    case(
        "missing-quote.yaml",
        exact("missing-quote.yaml:7:5: targets[0]: required key 'quote' is missing"),
    ),
    case(
        "missing-province.yaml",
        exact("missing-province.yaml:2:1: required key 'province' is missing"),
    ),
    case(
        "targets-not-a-list.yaml",
        starts(
            "targets-not-a-list.yaml:5:3: targets: expected a list (lines starting with '- '), "
            "got a mapping"
        ),
    ),
    # the province
    case(
        "name-mismatch.yaml",
        exact(
            "name-mismatch.yaml:2:16: province.id: province id 'binh-duong' does not match the "
            "file name 'name-mismatch'; name the file binh-duong.yaml"
        ),
    ),
    case(
        "merged-on-without-merged-into.yaml",
        exact(
            "merged-on-without-merged-into.yaml:6:3: province.merged_on: merged_on needs merged_into"
        ),
    ),
    case(
        "merged-into-itself.yaml",
        exact(
            "merged-into-itself.yaml:6:16: province.merged_into: "
            "a province cannot be merged into itself"
        ),
    ),
    case(
        "source-bad-date.yaml",
        starts("source-bad-date.yaml:6:11: sources[0].date: ", "'2021-13-01'", "month"),
    ),
    case(
        "source-url-javascript.yaml",
        exact(
            "source-url-javascript.yaml:6:10: sources[0].url: expected an http:// or https:// "
            "address, got 'javascript:alert(document.cookie)'"
        ),
    ),
    # every problem, not just the first
    case(
        "two-problems-one-target.yaml",
        starts("two-problems-one-target.yaml:12:5: targets[0].notes: unknown key 'notes'"),
        exact(
            "two-problems-one-target.yaml:10:12: targets[0].value: 150 is above 100, "
            "the maximum for unit 'percent'"
        ),
    ),
    # YAML itself
    case(
        "duplicate-key.yaml",
        exact(
            "duplicate-key.yaml:12:5: targets[0].value: duplicate key 'value' (first defined on "
            "line 10); YAML would silently keep only the last one"
        ),
    ),
    case(
        "duplicate-top-level-key.yaml",
        exact(
            "duplicate-top-level-key.yaml:5:1: targets: duplicate key 'targets' (first defined "
            "on line 4); YAML would silently keep only the last one"
        ),
    ),
    case(
        "non-scalar-key.yaml",
        exact("non-scalar-key.yaml:5:3: mapping keys must be plain scalars"),
    ),
    case(
        "syntax-error.yaml",
        starts("syntax-error.yaml:3:1: YAML syntax error: ", "flow mapping", "','", "'}'"),
    ),
    case(
        "syntax-error-indentation.yaml",
        exact(
            "syntax-error-indentation.yaml:6:15: YAML syntax error: "
            "mapping values are not allowed here"
        ),
    ),
    case(
        "tab-indentation.yaml",
        starts("tab-indentation.yaml:4:1: YAML syntax error: ", "'\\t'"),
    ),
    case("empty.yaml", exact("empty.yaml:1:1: file is empty; expected a YAML mapping")),
    case(
        "comments-only.yaml",
        exact("comments-only.yaml:1:1: file is empty; expected a YAML mapping"),
    ),
    case(
        "top-level-list.yaml",
        starts("top-level-list.yaml:2:1: expected a mapping at the top level, got a list"),
    ),
    case(
        "top-level-scalar.yaml",
        exact(
            "top-level-scalar.yaml:1:1: expected a mapping at the top level, "
            "got text ('just some text')"
        ),
    ),
    case(
        "python-tag.yaml",
        exact(
            "python-tag.yaml:4:10: targets: YAML tag !!python/object/apply:os.system is not "
            "allowed: target files hold plain data, never objects"
        ),
    ),
    case(
        "custom-tag.yaml",
        exact(
            "custom-tag.yaml:2:34: province.name: YAML tag !vi is not allowed: "
            "target files hold plain data, never objects"
        ),
    ),
    case(
        "merge-key.yaml",
        exact(
            "merge-key.yaml:7:5: sources[1]: merge keys ('<<') are not supported; write keys out"
        ),
    ),
]


@pytest.mark.usefixtures("wide_terminal")
@pytest.mark.parametrize(("name", "expected"), ERROR_CASES)
def test_broken_target_file_gives_one_located_error(name: str, expected: list[Line]) -> None:
    result = invoke("validate", INVALID / name, "--workspace", INVALID)

    assert result.exit_code == 1, result.stdout + result.stderr
    assert result.stderr == ""
    assert_lines(problem_lines(result), expected)
    assert result.stdout.splitlines()[-1].startswith(f"✗ {len(expected)} error")


WARNING_CASES = [
    case(
        "baseline-meets-target.yaml",
        exact(
            "baseline-meets-target.yaml:12:35: targets[0].baseline.value: warning: "
            "the baseline 95 already meets the target ≥ 90"
        ),
    ),
    case(
        "rank-comparator-reversed.yaml",
        starts(
            "rank-comparator-reversed.yaml:9:17: targets[0].comparator: warning: comparator '>=' "
            "on a rank asks for a worse rank",
            "'<='",
        ),
    ),
    case(
        "rank-range-without-comparator.yaml",
        exact(
            "rank-range-without-comparator.yaml:9:12: targets[0].range: warning: a range on a "
            "rank with no comparator reads '>=' (rank 5 or worse), but ranks are "
            'lower-is-better; write comparator: "<=" so that its high end decides '
            "(rank 10 or better)"
        ),
    ),
    case(
        "out-of-differs-from-quote.yaml",
        exact(
            "out-of-differs-from-quote.yaml:12:13: targets[0].out_of: warning: out_of is 34, "
            "but the quote names a ranking of 63: write out_of: 63 if the target refers to that "
            "ranking"
        ),
    ),
    case(
        "source-graded-c-without-note.yaml",
        starts(
            "source-graded-c-without-note.yaml:13:13: targets[0].source: warning: "
            "source 'aggregator' is graded C",
            "'note'",
        ),
    ),
]


@pytest.mark.usefixtures("wide_terminal")
@pytest.mark.parametrize(("name", "expected"), WARNING_CASES)
def test_warning_alone_exits_0(name: str, expected: list[Line]) -> None:
    result = invoke("validate", INVALID / name, "--workspace", INVALID)

    assert result.exit_code == 0, result.stdout
    assert_lines(problem_lines(result), expected)
    assert result.stdout.splitlines()[-1] == "✓ 1 file valid (1 warning)"


@pytest.mark.parametrize(("name", "expected"), WARNING_CASES)
def test_strict_makes_warnings_fail(name: str, expected: list[Line]) -> None:
    result = invoke("validate", INVALID / name, "--workspace", INVALID, "--strict")

    assert result.exit_code == 1, result.stdout


def test_every_fixture_is_a_case() -> None:
    covered = {p.values[0] for p in ERROR_CASES + WARNING_CASES}
    on_disk = {p.name for p in INVALID.glob("*.yaml")} - {"indicators.yaml", "alias-bomb.yaml"}
    assert on_disk == covered


# --- issue 16's target kinds: in Vietnamese too, the catalogue's breaks, valid examples -------

VI_CASES = [
    (
        "milestones-without-year.yaml",
        "milestones-without-year.yaml:11:5: targets[0].milestones: các mốc cần có năm mục tiêu "
        "(chỉ tiêu không nêu thời hạn thì không có lộ trình): hãy thêm 'year', hoặc bỏ "
        "'milestones'",
    ),
    (
        "range-and-value.yaml",
        "range-and-value.yaml:11:5: targets[0].range: chỉ tiêu có 'value' hoặc 'range', không "
        "có cả hai: giữ 'value' nếu là một con số, hoặc 'range: [cận dưới, cận trên]' nếu là "
        "một khoảng giá trị",
    ),
    (
        "range-one-number.yaml",
        "range-one-number.yaml:9:12: targets[0].range: khoảng giá trị gồm đúng hai số [cận "
        "dưới, cận trên] (ví dụ 'range: [25, 30]'), nhưng danh sách này có 1 phần tử; chỉ tiêu "
        "một con số thì viết 'value: 30'",
    ),
    (
        "range-as-text.yaml",
        "range-as-text.yaml:9:12: targets[0].range: '25% – 30%' không hợp lệ: khoảng giá trị "
        "là danh sách hai số; hãy viết 'range: [25, 30]'",
    ),
    (
        "range-reversed.yaml",
        "range-reversed.yaml:9:12: targets[0].range: khoảng [30, 25] ghi cận trên trước; hãy "
        "viết 'range: [25, 30]'",
    ),
    (
        "range-equal-ends.yaml",
        "range-equal-ends.yaml:9:12: targets[0].range: khoảng [30, 30] chỉ có một giá trị; hãy "
        "viết 'value: 30'",
    ),
    (
        "range-above-100.yaml",
        "range-above-100.yaml:9:17: targets[0].range[1]: 120 lớn hơn 100, mức tối đa của đơn vị "
        "phần trăm (%)",
    ),
    (
        "range-boolean.yaml",
        "range-boolean.yaml:9:5: targets[0].range: chỉ tiêu dạng đúng/sai dùng 'value: true' "
        "(hoàn thành chậm nhất vào năm mục tiêu), không dùng 'range'",
    ),
    (
        "range-quoted-number.yaml",
        "range-quoted-number.yaml:9:13: targets[0].range[0]: '25' không hợp lệ: phải là một "
        "số; số phải viết không có dấu nháy: '25'",
    ),
    (
        "range-vn-thousands.yaml",
        "range-vn-thousands.yaml:9:18: targets[0].range[1]: '2.000' được đọc thành 2, nhưng "
        "trích dẫn viết '2.000' với dấu chấm phân cách hàng nghìn, tức là 2000; hãy viết '2000'",
    ),
    (
        "value-is-a-range.yaml",
        "value-is-a-range.yaml:9:12: targets[0].value: một danh sách không hợp lệ: phải là một "
        "số (hoặc true/false); khoảng giá trị viết là 'range: [25, 30]', thay cho 'value'",
    ),
    (
        "from-year-not-annual.yaml",
        "from-year-not-annual.yaml:11:5: targets[0].from_year: 'from_year' 2025 mở đầu một giai "
        "đoạn mà mức chỉ tiêu phải đạt hằng năm đến năm 'year': hãy thêm 'frequency: annual', "
        "hoặc bỏ 'from_year'",
    ),
    (
        "from-year-after-year.yaml",
        "from-year-after-year.yaml:12:16: targets[0].from_year: năm đầu giai đoạn 2031 không "
        "được sau năm mục tiêu 2030: giai đoạn tính từ 'from_year' đến 'year'",
    ),
    (
        "from-year-without-year.yaml",
        "from-year-without-year.yaml:12:5: targets[0].from_year: 'from_year' 2025 cần có 'year' "
        "là năm cuối của giai đoạn (\"trong giai đoạn 2025–2030\": 'from_year: 2025', "
        "'year: 2030')",
    ),
    (
        "from-year-before-baseline.yaml",
        "from-year-before-baseline.yaml:14:22: targets[0].baseline.year: năm gốc 2026 sau năm "
        "đầu giai đoạn 2025: kỳ gốc là điểm xuất phát của kế hoạch, vào năm 2025 hoặc trước đó",
    ),
    (
        "milestone-in-window.yaml",
        "milestone-in-window.yaml:17:7: targets[0].milestones[2027]: mốc năm 2027 nằm trong "
        "giai đoạn 2025–2030, giai đoạn mà mức chỉ tiêu phải đạt hằng năm; các mốc phải trước "
        "năm 2025",
    ),
    (
        "annual-without-year.yaml",
        "annual-without-year.yaml:11:16: targets[0].frequency: chỉ tiêu hằng năm cần 'year' là "
        "năm cuối phải đạt (và 'from_year' là năm đầu, nếu kế hoạch có nêu); chỉ tiêu không nêu "
        "thời hạn thì bỏ 'frequency: annual'",
    ),
    (
        "out-of-not-rank.yaml",
        "out-of-not-rank.yaml:12:5: targets[0].out_of: 'out_of' (số đơn vị được xếp hạng) chỉ "
        "dùng cho chỉ số thứ hạng, còn chỉ số này có đơn vị phần trăm (%): hãy bỏ 'out_of'",
    ),
    (
        "rank-beyond-out-of.yaml",
        "rank-beyond-out-of.yaml:10:12: targets[0].value: hạng 40 vượt quá 34, số đơn vị được "
        "xếp hạng ('out_of'): hãy kiểm tra lại thứ hạng hoặc 'out_of'",
    ),
    (
        "rank-range-without-comparator.yaml",
        "rank-range-without-comparator.yaml:9:12: targets[0].range: cảnh báo: khoảng thứ hạng "
        "không có 'comparator' được hiểu là '>=' (hạng 5 hoặc kém hơn), trong khi thứ hạng càng "
        "nhỏ càng tốt; hãy viết 'comparator: \"<=\"' để cận trên quyết định (hạng 10 hoặc tốt "
        "hơn)",
    ),
    (
        "out-of-differs-from-quote.yaml",
        "out-of-differs-from-quote.yaml:12:13: targets[0].out_of: cảnh báo: 'out_of' là 34, "
        "nhưng trích dẫn nêu bảng xếp hạng 63 đơn vị: nếu chỉ tiêu dựa trên bảng xếp hạng đó, "
        "hãy viết 'out_of: 63'",
    ),
]


@pytest.mark.usefixtures("wide_terminal")
@pytest.mark.parametrize(("name", "expected"), VI_CASES, ids=[n for n, _ in VI_CASES])
def test_target_kinds_are_refused_at_their_node_in_vietnamese(name: str, expected: str) -> None:
    result = invoke("validate", INVALID / name, "--workspace", INVALID, "--lang", "vi")

    assert problem_lines(result) == [expected]
    assert result.exit_code == (0 if "cảnh báo" in expected else 1)


INVALID_CATALOGUE = FIXTURES / "invalid-catalogue"

CATALOGUE_CASES = [
    (
        "breaks-unsorted",
        "indicators.yaml:7:20: indicators[0].breaks[1]: break years go in increasing order, "
        "and 2021 comes after 2024; write breaks: [2021, 2024]",
        "indicators.yaml:7:20: indicators[0].breaks[1]: các năm trong 'breaks' phải theo thứ tự "
        "tăng dần, nhưng 2021 đứng sau 2024; hãy viết 'breaks: [2021, 2024]'",
    ),
    (
        "breaks-repeated",
        "indicators.yaml:7:26: indicators[0].breaks[2]: break year 2021 is listed twice; "
        "write breaks: [2021, 2024]",
        "indicators.yaml:7:26: indicators[0].breaks[2]: năm 2021 được ghi hai lần trong "
        "'breaks'; hãy viết 'breaks: [2021, 2024]'",
    ),
    (
        "breaks-before-2000",
        "indicators.yaml:7:14: indicators[0].breaks[0]: expected greater than or equal to 2000, "
        "got 1999",
        "indicators.yaml:7:14: indicators[0].breaks[0]: 1999 không hợp lệ: phải lớn hơn hoặc "
        "bằng 2000",
    ),
]


@pytest.mark.usefixtures("wide_terminal")
@pytest.mark.parametrize(("name", "english", "vietnamese"), CATALOGUE_CASES)
def test_catalogue_breaks_are_refused_at_the_year(name: str, english: str, vietnamese: str) -> None:
    folder = INVALID_CATALOGUE / name
    for lang, line in (("en", english), ("vi", vietnamese)):
        result = invoke(
            "validate", folder / "indicators.yaml", "--workspace", folder, "--lang", lang
        )

        assert result.exit_code == 1, result.stdout
        assert problem_lines(result) == [line]


def test_every_target_kind_written_as_documented_is_valid() -> None:
    """The worked examples of docs/formats.md: standing window, per-year rate (also as a range),
    range, approximate value, no deadline, rank out of 34, a yes/no task with no deadline, a
    qualitative task; and a catalogue with `breaks` and `snapshots`."""
    valid = FIXTURES / "valid-targets"

    result = invoke("validate", valid, "--workspace", valid, "--strict")

    assert result.exit_code == 0, result.stdout
    assert result.stdout == "✓ 2 files valid\n"


def test_fixture_catalogue_is_valid() -> None:
    result = invoke("validate", CATALOGUE, "--workspace", INVALID)

    assert result.exit_code == 0, result.stdout
    assert result.stdout == "✓ 1 file valid\n"


def test_folder_reports_every_file_and_nothing_else() -> None:
    report = validate([INVALID], Workspace(INVALID))

    assert not report.valid
    with_problems = {p.path for p in report.problems}
    cases = {p.name for p in INVALID.glob("*.yaml")} - {"indicators.yaml"}
    assert with_problems <= cases
    assert cases == with_problems
    assert len(report.files) == len(cases) + 1


@pytest.mark.usefixtures("wide_terminal")
def test_folder_on_the_command_line_matches_the_library() -> None:
    result = invoke("validate", INVALID, "--workspace", INVALID, "--format", "json")

    assert result.exit_code == 1
    assert json.loads(result.stdout) == validate([INVALID], Workspace(INVALID)).to_dict()


def test_text_output_keeps_each_problem_on_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Editors and CI problem matchers read one `path:line:col: message` per line."""
    monkeypatch.setenv("COLUMNS", "80")  # rich's width when stdout is not a terminal
    result = invoke("validate", INVALID / "unknown-key.yaml", "--workspace", INVALID)

    lines = result.stdout.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith("unknown-key.yaml:14:5: ")


# --- hostile input ---------------------------------------------------------------------------


@pytest.fixture
def target_dir(tmp_path: Path) -> Path:
    """An empty folder with the fixture catalogue, for files the tests generate."""
    (tmp_path / "indicators.yaml").write_bytes(CATALOGUE.read_bytes())
    return tmp_path


def only_problem(result: Result) -> str:
    assert result.exit_code == 1, result.stdout + result.stderr
    lines = problem_lines(result)
    assert len(lines) == 1, lines
    return lines[0]


@pytest.mark.usefixtures("wide_terminal")
def test_non_utf8_bytes_are_located(target_dir: Path) -> None:
    path = target_dir / "latin1.yaml"
    path.write_bytes(b'province: {id: latin1, name: "B\xecnh", name_en: "x"}\n')

    result = invoke("validate", path, "--workspace", target_dir)

    assert only_problem(result) == (
        "latin1.yaml:1:32: not valid UTF-8 (byte 0xec); save the file as UTF-8"
    )


@pytest.mark.usefixtures("wide_terminal")
def test_non_utf8_bytes_on_a_later_line(target_dir: Path) -> None:
    path = target_dir / "cp1258.yaml"
    path.write_bytes(b"sources: []\ntargets: []\nprovince: {id: cp1258, name: B\xd2nh}\n")

    result = invoke("validate", path, "--workspace", target_dir)

    assert (
        only_problem(result)
        == "cp1258.yaml:3:31: not valid UTF-8 (byte 0xd2); save the file as UTF-8"
    )


@pytest.mark.usefixtures("wide_terminal")
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_refused(target_dir: Path, encoding: str) -> None:
    path = target_dir / "utf16.yaml"
    text = 'province: {id: utf16, name: "Bình", name_en: "Binh"}\n'
    bom = "\ufeff" if encoding != "utf-16" else ""
    path.write_bytes((bom + text).encode(encoding))

    result = invoke("validate", path, "--workspace", target_dir)

    assert only_problem(result) == "utf16.yaml:1:1: file is UTF-16 encoded; save it as UTF-8"


@pytest.mark.usefixtures("wide_terminal")
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_named_as_such(target_dir: Path, encoding: str) -> None:
    path = target_dir / "utf16.yaml"
    path.write_bytes('province: {id: utf16, name: "Bình", name_en: "Binh"}\n'.encode(encoding))

    result = invoke("validate", path, "--workspace", target_dir)

    assert only_problem(result).startswith("utf16.yaml:1:1: file is UTF-16 encoded")


@pytest.mark.usefixtures("wide_terminal")
def test_utf8_bom_is_fine(target_dir: Path) -> None:
    path = target_dir / "bom.yaml"
    path.write_bytes(b'\xef\xbb\xbfprovince: {id: bom, name: "B\xc3\xacnh", name_en: "Binh"}\n')

    result = invoke("validate", path, "--workspace", target_dir)

    assert result.exit_code == 0, result.stdout
    assert result.stdout == "✓ 1 file valid\n"


@pytest.mark.usefixtures("wide_terminal")
def test_control_character_is_located(target_dir: Path) -> None:
    path = target_dir / "control.yaml"
    path.write_bytes(b'province: {id: control, name: "a\x01b", name_en: x}\n')

    result = invoke("validate", path, "--workspace", target_dir)

    assert only_problem(result).startswith("control.yaml:1:33: character U+0001 is not allowed")


PAYLOADS = {
    "os.system": '!!python/object/apply:os.system ["touch {path}"]',
    "os.mkdir": '!!python/object/apply:os.mkdir ["{path}"]',
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_python_tag_is_never_executed(target_dir: Path, payload: str) -> None:
    victim = target_dir / "pwned"
    text = (
        'province: {id: evil, name: "x", name_en: "x"}\n'
        f"sources: {payload.format(path=victim)}\n"
        "targets: []\n"
    )
    path = target_dir / "evil.yaml"
    path.write_text(text, encoding="utf-8")

    result = invoke("validate", path, "--workspace", target_dir)

    assert result.exit_code == 1
    assert not victim.exists()
    assert "evil.yaml:2:10: sources: YAML tag !!python/object/apply:" in result.stdout
    # the control: the same payload is live under an unsafe loader
    control = target_dir / "control"
    yaml.unsafe_load(payload.format(path=control))
    assert control.exists()


@pytest.mark.usefixtures("wide_terminal")
def test_alias_bomb_is_refused_before_it_expands() -> None:
    # the node limit stops the expansion (speed is measured in benchmarks/, not here)
    result = invoke("validate", INVALID / "alias-bomb.yaml", "--workspace", INVALID)

    line = only_problem(result)
    assert re.match(r"alias-bomb\.yaml:\d+:\d+: ", line), line
    assert "expands to more than 50,000 nodes" in line


def big_file(target_dir: Path) -> Path:
    path = target_dir / "big.yaml"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('province: {id: big, name: "x", name_en: "x"}\n')
        fh.write("# padding\n" * 110_000)
    assert path.stat().st_size > 1_048_576
    return path


@pytest.mark.usefixtures("wide_terminal")
def test_file_over_1_mib_is_refused_unread(
    target_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = big_file(target_dir)
    from dxgap.targets import yamlio

    parse = yamlio.parse

    def parse_small(text: str, name: str) -> object:
        if name.endswith("big.yaml"):
            pytest.fail("a file over the limit was parsed")
        return parse(text, name)

    monkeypatch.setattr(yamlio, "parse", parse_small)

    result = invoke("validate", path, "--workspace", target_dir)

    line = only_problem(result)
    assert line.startswith("big.yaml")
    assert f"file is {path.stat().st_size:,} bytes; the limit is 1,048,576 bytes" in line


@pytest.mark.usefixtures("wide_terminal")
def test_file_over_1_mib_is_located(target_dir: Path) -> None:
    result = invoke("validate", big_file(target_dir), "--workspace", target_dir)

    assert only_problem(result).startswith("big.yaml:1:1: file is ")


@pytest.mark.usefixtures("wide_terminal")
def test_deep_nesting_is_refused(target_dir: Path) -> None:
    path = target_dir / "deep.yaml"
    path.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")

    result = invoke("validate", path, "--workspace", target_dir)

    assert "YAML nesting is too deep" in only_problem(result)


@pytest.mark.usefixtures("wide_terminal")
def test_deep_nesting_is_located(target_dir: Path) -> None:
    path = target_dir / "deep.yaml"
    path.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")

    result = invoke("validate", path, "--workspace", target_dir)

    assert re.match(r"deep\.yaml:1:\d+: YAML nesting is too deep", only_problem(result))


def test_null_optional_province_code_is_accepted(target_dir: Path) -> None:
    path = target_dir / "null-code.yaml"
    path.write_text(
        'province: {id: null-code, name: "x", name_en: "x", code: null}\n', encoding="utf-8"
    )

    result = invoke("validate", path, "--workspace", target_dir)

    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout == "✓ 1 file valid\n"


@pytest.mark.usefixtures("wide_terminal")
def test_missing_catalogue_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "lonely.yaml"
    path.write_text('province: {id: lonely, name: "x", name_en: "x"}\n', encoding="utf-8")

    result = invoke("validate", path, "--workspace", tmp_path)

    assert only_problem(result).startswith(
        "lonely.yaml: no valid indicator catalogue (indicators.yaml)"
    )


def test_folder_without_yaml(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "README.txt").write_text("nothing to see\n", encoding="utf-8")

    result = invoke("validate", folder, "--workspace", tmp_path)

    assert only_problem(result) == (
        "notes: folder holds no target file (*.yaml) and no data file (*.csv, *.xlsx, *.parquet)"
    )


def test_a_workspace_s_empty_data_folder_is_no_problem(tmp_path: Path) -> None:
    # A workspace whose data/ holds no data file yet (only the README `dxgap init` writes)
    # validates, as one with no data/ at all does; an empty folder named on the command line
    # is still refused.
    ws = tmp_path / "ws"
    assert invoke("init", ws).exit_code == 0
    for f in (ws / "data").iterdir():
        if f.name != "README.md":
            f.unlink()
    assert invoke("validate", "--workspace", ws).exit_code == 0
    (ws / "data" / "README.md").unlink()
    (ws / "data").rmdir()
    assert invoke("validate", "--workspace", ws).exit_code == 0
    named = tmp_path / "empty"
    named.mkdir()
    result = invoke("validate", named, "--workspace", ws)
    assert result.exit_code == 1
    assert "folder holds no target file" in result.stdout


def test_nonexistent_path_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("validate", tmp_path / "nope.yaml", "--workspace", tmp_path)

    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"error: {tmp_path / 'nope.yaml'}: no such file or folder\n"


def test_bad_option_is_a_usage_error() -> None:
    result = invoke("validate", "--no-such-option")

    assert result.exit_code == 2
    assert "--no-such-option" in result.stderr


# --- output formats --------------------------------------------------------------------------


def test_json_report_structure() -> None:
    result = invoke(
        "validate", INVALID / "percent-above-100.yaml", "--workspace", INVALID, "--format", "json"
    )

    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "valid": False,
        "files": ["percent-above-100.yaml"],
        "errors": [
            {
                "path": "percent-above-100.yaml",
                "line": 10,
                "column": 12,
                "location": "targets[0].value",
                "message": "120 is above 100, the maximum for unit 'percent'",
                "severity": "error",
                "code": "bounds.above",
                "sheet": None,
                "record": None,
            }
        ],
    }


def test_json_keeps_vietnamese_text_readable() -> None:
    result = invoke(
        "validate", INVALID / "qualitative-with-value.yaml", "-w", INVALID, "--format", "json"
    )

    assert result.exit_code == 1
    assert "\\u" not in result.stdout


def test_json_file_level_problem_has_null_position(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()

    result = invoke("validate", folder, "--workspace", tmp_path, "--format", "json")

    assert result.exit_code == 1
    [error] = json.loads(result.stdout)["errors"]
    assert error["line"] is None
    assert error["column"] is None


@pytest.mark.parametrize(("strict", "valid", "code"), [(False, True, 0), (True, False, 1)])
def test_json_warning(strict: bool, valid: bool, code: int) -> None:
    args = ["validate", INVALID / "baseline-meets-target.yaml", "-w", INVALID, "-f", "json"]
    result = invoke(*args, *(["--strict"] if strict else []))

    assert result.exit_code == code
    report = json.loads(result.stdout)
    assert report["valid"] is valid
    assert [(e["line"], e["column"], e["severity"]) for e in report["errors"]] == [
        (12, 35, "warning")
    ]


GITHUB_ERROR = (
    "::error file=percent-above-100.yaml,line=10,col=12,title=dxgap validate::"
    "targets[0].value: 120 is above 100, the maximum for unit 'percent'"
)


@pytest.fixture
def in_invalid(monkeypatch: pytest.MonkeyPatch) -> None:
    """Annotations name files relative to the current folder (the repository's root in CI)."""
    monkeypatch.chdir(INVALID)


@pytest.mark.usefixtures("in_invalid")
def test_github_annotations() -> None:
    result = invoke(
        "validate", INVALID / "percent-above-100.yaml", "-w", INVALID, "--format", "github"
    )

    assert result.exit_code == 1
    assert result.stdout.splitlines() == [GITHUB_ERROR, "✗ 1 error, 0 warnings in 1 file"]


@pytest.mark.usefixtures("in_invalid")
def test_github_is_the_default_on_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")

    result = invoke("validate", INVALID / "percent-above-100.yaml", "-w", INVALID)

    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == GITHUB_ERROR


def test_explicit_format_beats_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")

    result = invoke("validate", INVALID / "percent-above-100.yaml", "-w", INVALID, "-f", "text")

    assert result.stdout.startswith("percent-above-100.yaml:10:12: ")


@pytest.mark.usefixtures("in_invalid")
def test_github_warning_annotation() -> None:
    result = invoke(
        "validate", INVALID / "baseline-meets-target.yaml", "-w", INVALID, "--format", "github"
    )

    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "::warning file=baseline-meets-target.yaml,line=12,col=35,title=dxgap validate::"
        "targets[0].baseline.value: the baseline 95 already meets the target ≥ 90",
        "✓ 1 file valid (1 warning)",
    ]


def test_github_escapes_the_file_property(
    target_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(target_dir)
    (target_dir / "a,b:c.yaml").write_text("", encoding="utf-8")

    result = invoke("validate", "a,b:c.yaml", "-w", target_dir, "--format", "github")

    assert result.stdout.splitlines()[0] == (
        "::error file=a%2Cb%3Ac.yaml,line=1,col=1,title=dxgap validate::"
        "file is empty; expected a YAML mapping"
    )


def test_a_problem_about_a_folder_is_not_attached_to_a_file_and_names_it(
    target_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the annotation is shown on the run, so its message says which folder (as the terminal
    # line does), relative to the repository's root (here the current folder)
    monkeypatch.chdir(target_dir)
    monkeypatch.delenv("GITHUB_WORKSPACE", raising=False)
    folder = target_dir / "provinces" / "empty"
    folder.mkdir(parents=True)

    result = invoke("validate", folder, "-w", target_dir, "--format", "github")

    assert result.stdout.splitlines()[0] == (
        "::error title=dxgap validate::provinces/empty: "
        "folder holds no target file (*.yaml) and no data file (*.csv, *.xlsx, *.parquet)"
    )


# --- data files ------------------------------------------------------------------------------

DATA_WS = FIXTURES / "data-ws"


@pytest.fixture
def in_fixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from tests/fixtures so data files display as `invalid-data/<name>.csv`."""
    monkeypatch.chdir(FIXTURES)
    monkeypatch.setenv("COLUMNS", "1000")


def data_case(name: str, *lines: Line, marks: tuple[pytest.MarkDecorator, ...] = ()) -> object:
    return pytest.param(name, list(lines), id=name.removesuffix(".csv"), marks=marks)


def d(rest: str) -> str:
    return "invalid-data/" + rest


DATA_CASES = [
    data_case(
        "unknown-province.csv",
        exact(
            d(
                "unknown-province.csv:3:1: province: unknown province 'nowhere'; known: demo (with "
                "a plan here) and the ids of the 63 provinces and of the 34 units formed in 2025"
            )
        ),
    ),
    data_case(
        "unknown-indicator.csv",
        starts(d("unknown-indicator.csv:3:6: indicator: unknown indicator 'offline_rate'")),
    ),
    data_case(
        "province-empty.csv",
        exact(d("province-empty.csv:2:1: province: province is empty")),
    ),
    data_case(
        "value-not-a-number.csv",
        exact(d("value-not-a-number.csv:2:23: value: 'forty-five' is not a number")),
    ),
    data_case(
        "value-nan.csv",
        exact(d("value-nan.csv:2:23: value: 'nan' is not a number")),
    ),
    data_case(
        "percent-above-100.csv",
        exact(
            d("percent-above-100.csv:2:23: value: 120 is above 100, the maximum for unit 'percent'")
        ),
    ),
    data_case(
        "rank-below-1.csv",
        exact(d("rank-below-1.csv:2:20: value: 0 is below 1, the minimum for unit 'rank'")),
    ),
    data_case(
        "count-negative.csv",
        exact(d("count-negative.csv:2:24: value: -1 is below 0, the minimum for unit 'count'")),
    ),
    data_case(
        "boolean-not-true-false.csv",
        exact(
            d(
                "boolean-not-true-false.csv:2:24: value: 'maybe' is not true/false "
                "(the indicator's unit is boolean)"
            )
        ),
    ),
    data_case(
        "boolean-fraction.csv",
        starts(d("boolean-fraction.csv:2:24: value: "), "0.5", "true/false"),
    ),
    data_case(
        "year-not-a-number.csv",
        exact(d("year-not-a-number.csv:2:18: year: 'twenty22' is not a whole number")),
    ),
    data_case(
        "year-out-of-range.csv",
        exact(d("year-out-of-range.csv:2:18: year: year 1999 is outside 2000..2100")),
    ),
    data_case(
        "bad-date.csv",
        exact(d("bad-date.csv:2:26: date: date '31/12/2022' is not YYYY, YYYY-MM or YYYY-MM-DD")),
    ),
    data_case(
        "bad-date-month.csv",
        exact(
            d("bad-date-month.csv:2:26: date: date '2022-13-01' is not YYYY, YYYY-MM or YYYY-MM-DD")
        ),
    ),
    data_case(
        "quoted-comma.csv",
        exact(d("quoted-comma.csv:2:43: value: 'ninety' is not a number")),
    ),
    data_case(
        "multiline-field.csv",
        exact(d("multiline-field.csv:4:23: value: 'ninety' is not a number")),
    ),
    data_case(
        "duplicate-rows.csv",
        exact(
            d(
                "duplicate-rows.csv:4:1: row: duplicate row: same province, indicator and date as "
                "line 2; keep one, or give each row the date of its report"
            )
        ),
    ),
    data_case(
        "duplicate-rows-undated.csv",
        starts(
            d(
                "duplicate-rows-undated.csv:3:1: row: duplicate row: same province, indicator and "
                "year (both undated) as line 2"
            )
        ),
    ),
    data_case(
        "missing-column.csv",
        exact(
            d(
                "missing-column.csv:1:1: missing required column 'value'; "
                "the header has: province, indicator, year, date"
            )
        ),
    ),
    data_case(
        "duplicated-header-column.csv",
        exact(
            d("duplicated-header-column.csv:1:31: year: column 'year' appears twice in the header")
        ),
    ),
    data_case(
        "unknown-column.csv",
        starts(d("unknown-column.csv:1:31: comment: unknown column 'comment'; allowed: ")),
    ),
    data_case(
        "ragged-row.csv",
        starts(d("ragged-row.csv:2:")),
    ),
    data_case(
        "unterminated-quote.csv",
        starts(d("unterminated-quote.csv:2:")),
    ),
    data_case(
        "empty.csv",
        exact(
            d("empty.csv:1:1: file is empty; expected a header line: province,indicator,year,value")
        ),
    ),
    data_case(
        "quote-runs-over-rows.csv",
        starts(
            d(
                "quote-runs-over-rows.csv:3:26: note: a quoted cell starts here and runs over lines "
            ),
            "close the quote",
        ),
    ),
    data_case(
        "space-inside-number.csv",
        starts(d("space-inside-number.csv:2:24: value: '12 34 5' has a space inside the number")),
    ),
    data_case(
        "date-not-in-calendar.csv",
        exact(
            d(
                "date-not-in-calendar.csv:2:26: date: date '2021-02-29' is not a day of the "
                "calendar (no such day that month)"
            )
        ),
    ),
    data_case(
        "year-full-width-digits.csv",
        starts(d("year-full-width-digits.csv:2:18: year: '２０２３' is written with digits other")),
    ),
    data_case(
        "semicolon-ambiguous.csv",
        starts(d("semicolon-ambiguous.csv:2:24: value: '1.586' is one number in Vietnamese style")),
    ),
    data_case(
        "header-quoted.csv",
        starts(d("header-quoted.csv:1:1: the header is a single cell"), "remove the quotes"),
    ),
    data_case(
        "control-character.csv",
        starts(
            d("control-character.csv:2:37: source: 'report \\x1b[31mred\\x1b[0m' holds character "),
            "U+001B",
        ),
    ),
    data_case(
        "bare-cr-in-body.csv",
        starts(d("bare-cr-in-body.csv:2:43: a line ends with a bare carriage return")),
    ),
]


@pytest.mark.usefixtures("in_fixtures")
@pytest.mark.parametrize(("name", "expected"), DATA_CASES)
def test_broken_data_file_gives_one_located_error(name: str, expected: list[Line]) -> None:
    result = invoke("validate", f"invalid-data/{name}", "--workspace", "data-ws")

    assert result.exit_code == 1, result.stdout + result.stderr
    assert_lines(problem_lines(result), expected)


def test_every_data_fixture_is_a_case() -> None:
    covered = {p.values[0] for p in DATA_CASES}
    on_disk = {p.name for p in (FIXTURES / "invalid-data").glob("*.csv")}
    assert on_disk - covered == {
        "header-only.csv",
        "duplicate-across-a.csv",
        "duplicate-across-b.csv",
    }


@pytest.mark.usefixtures("in_fixtures")
def test_duplicate_rows_across_files() -> None:
    result = invoke(
        "validate",
        "invalid-data/duplicate-across-a.csv",
        "invalid-data/duplicate-across-b.csv",
        "--workspace",
        "data-ws",
    )

    assert result.exit_code == 1
    assert_lines(
        problem_lines(result),
        [
            starts(
                d("duplicate-across-b.csv:3:1: row: duplicate row: same province, indicator and "),
                "duplicate-across-a.csv",
                "line 2",
            )
        ],
    )


@pytest.mark.usefixtures("in_fixtures")
@pytest.mark.parametrize("name", ["duplicate-across-a.csv", "duplicate-across-b.csv"])
def test_each_half_of_a_cross_file_duplicate_is_valid(name: str) -> None:
    result = invoke("validate", f"invalid-data/{name}", "--workspace", "data-ws")

    assert result.exit_code == 0, result.stdout


@pytest.mark.usefixtures("in_fixtures")
def test_header_only_is_zero_rows_and_valid() -> None:
    result = invoke("validate", "invalid-data/header-only.csv", "--workspace", "data-ws")

    assert result.exit_code == 0, result.stdout
    assert result.stdout == "✓ 1 file valid\n"


@pytest.mark.usefixtures("in_fixtures")
def test_data_workspace_is_valid() -> None:
    result = invoke("validate", "--workspace", "data-ws")

    assert result.exit_code == 0, result.stdout
    assert result.stdout == "✓ 3 files valid\n"


H = b"province,indicator,year,value,date,source\n"


@pytest.mark.usefixtures("wide_terminal")
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            b"province,indicator,n\xe4m,value\n",
            "bad.csv:1:21: not valid UTF-8 (byte 0xe4); save the file as UTF-8",
            id="header",
        ),
        pytest.param(
            H + b"demo,online_rate,2022,45,2022-12-31,b\xe1o c\xe1o\n",
            "bad.csv:2:38: not valid UTF-8 (byte 0xe1); save the file as UTF-8",
            id="data-row",
        ),
        pytest.param(
            "province,indicator,year,value\ndemo,online_rate,2022,45\n".encode("utf-16-le"),
            "bad.csv:1:1: file looks UTF-16 but has no byte-order mark; save it as UTF-8",
            id="utf-16-without-bom",
        ),
        pytest.param(
            b"\n\n  \n",
            "bad.csv:1:1: file is empty; expected a header line: province,indicator,year,value",
            id="blank-lines",
        ),
        pytest.param(
            H.replace(b"\n", b"\r\n") + b"demo,online_rate,2022,forty,2022-12-31,r\r\n",
            "bad.csv:2:23: value: 'forty' is not a number",
            id="crlf",
        ),
    ],
)
def test_hostile_data_bytes(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)

    result = invoke("validate", path, "--workspace", DATA_WS)

    assert only_problem(result) == f"{path}:{expected.removeprefix('bad.csv:')}"


def test_cr_line_endings_are_not_an_internal_error(tmp_path: Path) -> None:
    path = tmp_path / "cr.csv"
    path.write_bytes(b"province,indicator,year,value\rdemo,online_rate,2022,45\r")

    result = invoke("validate", path, "--workspace", DATA_WS)

    assert result.exit_code in (0, 1), result.stderr
    assert "internal error" not in result.stderr


def test_utf8_bom_data_file_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + H + b"demo,online_rate,2022,45,2022-12-31,r\n")

    result = invoke("validate", path, "--workspace", DATA_WS)

    assert result.exit_code == 0, result.stdout
