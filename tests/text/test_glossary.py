"""docs/glossary.md, the reference a translator or reviewer checks dxgap's words against, cannot
go stale silently: every status, pillar and unit is in it, every table row keyed by a catalogue
code shows that code's current text, and every sample value is written as the formatter writes
it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dxgap.text import LANGS, catalogue, fmt

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"

Row = dict[str, str]

# a column header → (language, prefix of the code the cell shows)
CATALOGUE_COLUMNS = {
    "English": ("en", ""),
    "Vietnamese": ("vi", ""),
    "In a sentence (en)": ("en", "summary."),
    "In a sentence (vi)": ("vi", "summary."),
}

# a `Form` cell → what the one formatter writes for (sample, unit, language)
FORMS: dict[str, Callable[[str, str | None, str], str]] = {
    "value": lambda s, unit, lang: fmt.format_value(float(s), unit, lang),
    "measured": lambda s, unit, lang: fmt.format_value(
        float(s), unit, lang, decimals=fmt.PUBLISHED_DECIMALS
    ),
    "delta": lambda s, unit, lang: fmt.format_delta(float(s), unit, lang),
    "gap": lambda s, unit, lang: fmt.format_gap(float(s), unit, lang),
    "change": lambda s, unit, lang: fmt.format_change(float(s), unit, lang),
    "growth": lambda s, unit, lang: fmt.format_growth(float(s), lang),
    "percent": lambda s, unit, lang: fmt.format_percent(float(s), lang),
    "date": lambda s, unit, lang: fmt.format_date(s, lang),
    "period": lambda s, unit, lang: fmt.format_period(s, None, lang),
}


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _tables(text: str) -> Iterator[list[Row]]:
    """Every Markdown table of the page, as rows keyed by the header's cells."""
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            block.append(line)
            continue
        if len(block) > 2:
            header = _cells(block[0])
            yield [dict(zip(header, _cells(row), strict=True)) for row in block[2:]]
        block = []


def _code(cell: str) -> str:
    found = re.fullmatch(r"`([^`]+)`", cell)
    return found[1] if found else ""


@pytest.fixture(scope="module")
def page() -> str:
    return GLOSSARY.read_text("utf-8")


@pytest.fixture(scope="module")
def coded_rows(page: str) -> list[Row]:
    """The rows of the tables with a `Code` column."""
    return [row for table in _tables(page) for row in table if "Code" in row]


def test_every_status_pillar_and_unit_has_a_row(coded_rows: list[Row]) -> None:
    listed = {_code(row["Code"]) for row in coded_rows}
    wanted = {c for c in catalogue("vi") if c.startswith(("status.", "pillar.", "unit.name."))}
    assert len(wanted) >= 11 + 6 + 7
    assert sorted(wanted - listed) == []


def test_every_label_and_unit_name_appears_in_both_languages(page: str) -> None:
    for lang in LANGS:
        for code, text in catalogue(lang).items():
            if code.startswith(("status.", "pillar.", "unit.name.")):
                assert text in page, f"{lang} {code}: {text!r}"


def test_rows_show_the_catalogue_text_of_their_code(coded_rows: list[Row]) -> None:
    checked = 0
    for row in coded_rows:
        code = _code(row["Code"])
        for column, (lang, prefix) in CATALOGUE_COLUMNS.items():
            if column in row:
                assert prefix + code in catalogue(lang), f"no code {prefix + code}"
                assert row[column] == catalogue(lang)[prefix + code].replace("\n", " ").strip(), (
                    column,
                    code,
                )
                checked += 1
    assert checked > 150  # the status, unit, pillar, method and column tables were all read


def test_sample_values_are_written_as_the_formatter_writes_them(page: str) -> None:
    rows = [row for table in _tables(page) for row in table if "Form" in row]
    assert {row["Form"] for row in rows} == set(FORMS)
    for row in rows:
        unit = _code(row["Unit"]) or None
        written = FORMS[row["Form"]]
        assert written(row["Sample"], unit, "en") == row["English"], row
        assert written(row["Sample"], unit, "vi") == row["Vietnamese"], row


def test_every_code_the_page_names_exists(page: str) -> None:
    # a code named in prose or in a "Printed in" cell is not stale either
    known = catalogue("en")
    prefixes = {code.split(".")[0] for code in known}
    named = {
        token
        for token in re.findall(r"`([^`\s]+)`", page)
        if re.fullmatch(r"[a-z_]+(\.[a-z_0-9]+)+", token) and token.split(".")[0] in prefixes
    }
    assert len(named) > 100
    assert sorted(named - set(known)) == []
