"""Whatever a file's text holds, no control or bidi-reordering character reaches a terminal, a
workbook, the HTML report or a CI annotation (../shared/cases/hostile-y-ansi). Input checks
refuse such text; this is the second guard, on every output, for any text at all."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from dxgap.engine import Options, Summary
from dxgap.errors import Problem
from dxgap.output import export, problems, report, tables
from dxgap.results import GapRow, Report, ReportSection
from dxgap.targets.models import Province, Source, Target, TargetFile
from dxgap.text import Msg

HOSTILE = "\x00\x07\x08\x0b\x0d\x1b\x7f\x85\x9b\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2069"
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

texts = st.text(
    alphabet=st.sampled_from(f"{HOSTILE}aBđƯ ;[]$\\'\"<>&"), min_size=1, max_size=30
).filter(
    str.strip  # names hold something besides spaces, as the models ask
)


def _row(name: str) -> GapRow:
    return GapRow(
        province="p", target_id=name, status="no_data", name=name, name_vi=name, unit="percent",
        comparator=">=", target_value=80.0, target_year=2025, source="s", quote=name,
    )  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(texts)
def test_terminal_tables(name: str) -> None:
    console = Console(file=io.StringIO(), width=120, color_system="truecolor", force_terminal=True)
    qualitative = GapRow(province="p", target_id=name, status="not_quantified", qualitative=name)
    console.print(tables.gap_table([_row(name)], name, "vi"))
    console.print(tables.qualitative_table([qualitative], "en"))
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    # rich's own colour sequences are ESC[…m; nothing else may carry an ESC
    assert UNSAFE.findall(re.sub(r"\x1b\[[0-9;]*m", "", shown)) == []


@settings(max_examples=60, deadline=None)
@given(texts)
def test_workbooks(name: str) -> None:
    import openpyxl
    import polars as pl

    book = export.encode(pl.DataFrame({"name": [name]}), "xlsx", "en")
    sheet = openpyxl.load_workbook(io.BytesIO(book)).active
    assert sheet is not None
    assert UNSAFE.findall(str(sheet.cell(2, 1).value)) == []


@settings(max_examples=40, deadline=None)
@given(texts)
def test_annotations(name: str) -> None:
    hint = Msg("hint.known_places", names=[])
    problem = Problem(f"data/{name}.csv", Msg("data.unknown_province", province=name, hint=hint))
    from pathlib import Path

    line = problems.github_annotation(problem, "vi", Path(), Path())
    assert UNSAFE.findall(line) == []


@settings(max_examples=30, deadline=None)
@given(texts)
def test_the_html_report(name: str) -> None:
    plan = TargetFile(
        province=Province(id="p", name=name, name_en=name),
        sources=[Source(id="s", title=name)],
        targets=[Target(id="t", qualitative=name, source="s", quote=name)],
    )
    qualitative = GapRow(province="p", target_id="t", status="not_quantified", qualitative=name,
                         source="s", quote=name)  # fmt: skip
    section = ReportSection(plan, [_row(name), qualitative], [], Summary(2, {}, 1, 0), None)
    page = report.render_report(Report(Options(as_of=2024), [section]), "vi")
    assert UNSAFE.findall(page) == []
