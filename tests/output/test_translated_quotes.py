"""A target's quote is the source's own words; a quote in English (a source written in English)
is shown in Vietnamese output by the faithful translation its target file gives (`quote_vi`),
marked as one, in the report and a workbook's targets sheet, and machine formats keep the quote
(issue 15: the report and the targets sheet showed Bình Dương's English quotes under --lang vi).
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import openpyxl
from tests.conftest import Cli

from dxgap.targets.models import Target

# eng.binhduong.gov.vn's words for the digital infrastructure plan (targets/binh-duong.yaml)
QUOTE = "more than 95% of the adult population will have smartphones"
QUOTE_VI = "hơn 95% dân số trưởng thành sẽ có điện thoại thông minh"
MARKED = f"{QUOTE_VI} (dịch từ trích dẫn tiếng Anh)"


def _target(**extra: str) -> Target:
    return Target.model_validate(
        {"id": "t", "qualitative": "x", "source": "s", "quote": QUOTE, **extra}
    )


def test_a_translated_quote_is_shown_only_in_vietnamese_and_marked() -> None:
    target = _target(quote_vi=QUOTE_VI)
    assert target.quote_in("en") == QUOTE
    assert target.quote_in("vi") == MARKED
    assert _target().quote_in("vi") == QUOTE  # no translation: the words as they are


def test_the_vietnamese_report_quotes_the_translation(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    page = tmp_path / "r.html"
    code, _, err = cli("report", "binh-duong", "--lang", "vi", "-o", page, "-w", repo_workspace)
    assert code == 0, err
    quotes = re.findall(r"<blockquote>(.*?)</blockquote>", page.read_text(encoding="utf-8"))
    shown = [html.unescape(q) for q in quotes]
    assert MARKED in shown
    assert QUOTE not in shown
    assert not [q for q in shown if re.search(r"\b(?:will|the|of)\b", q)]  # no English quote
    code, _, err = cli("report", "binh-duong", "--lang", "en", "-o", page, "-w", repo_workspace)
    assert code == 0, err
    assert QUOTE in html.unescape(page.read_text(encoding="utf-8"))


def test_the_targets_sheet_quotes_in_the_reader_s_language_and_the_machine_sheet_as_written(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    book = tmp_path / "t.xlsx"
    args = ["binh-duong", "-t", "targets", "--lang", "vi", "-o", book, "-w", repo_workspace]
    code, _, err = cli("export", *args)
    assert code == 0, err
    human, machine = openpyxl.load_workbook(book).worksheets[:2]
    header = [c.value for c in human[1]]
    quotes = [
        row[header.index("Trích dẫn")] for row in human.iter_rows(min_row=2, values_only=True)
    ]
    assert MARKED in quotes
    assert QUOTE not in quotes
    keys = [c.value for c in machine[1]]
    kept = [row[keys.index("quote")] for row in machine.iter_rows(min_row=2, values_only=True)]
    assert QUOTE in kept
    assert "quote_vi" not in keys  # the stable keys are unchanged


def test_csv_keeps_the_source_s_words(cli: Cli, repo_workspace: Path) -> None:
    args = ["binh-duong", "-t", "targets", "-f", "csv", "--lang", "vi", "-w", repo_workspace]
    code, out, err = cli("export", *args)
    assert code == 0, err
    quotes = [r["quote"] for r in csv.DictReader(io.StringIO(out))]
    assert QUOTE in quotes
    assert not [q for q in quotes if "dịch từ" in q]
