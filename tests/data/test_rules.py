"""The table of cell rules: every rule declares how the screen covers it, its codes are in both
catalogues with the parameters it gives, and a file breaking it — and only it — is reported
with its code on its column, through the screen as users run it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import english_words
from tests.data.helpers import INDICATORS, PROVINCES, problems_of, write

from dxgap import text
from dxgap.data import numbers, rules
from dxgap.data.rules import CELL_FAULTS, RULES, ByGroup, ByRow, Doubt, Facts, Unscreened
from dxgap.data.table import COLUMNS, FREE_TEXT
from dxgap.text import Msg

HEADER = (
    "province,indicator,year,value,date,numerator,denominator,source,note,area,breakdown,"
    "target,state,out_of,period,definition,note_vi"
)
TASK = "binh-duong,,2024,,,,,,,,,egov-platform,done"
"""A task state row: the target and its state, nothing else."""


def _task(**cells: str) -> str:
    """`TASK` with some cells of `HEADER` set."""
    row = dict(zip(HEADER.split(","), [*TASK.split(","), "", "", "", ""], strict=True))
    return ",".join({**row, **cells}.values())


def _new(**cells: str) -> str:
    """A figure's row (rate 5 in 2024) with some of the optional columns of issue 16 set."""
    row = dict.fromkeys(HEADER.split(","), "")
    row.update(province="binh-duong", indicator="rate", year="2024", value="5")
    return ",".join({**row, **cells}.values())


def _swallowing(column: str) -> str:
    """A row whose cell of `column` opens a quote that a later row's cell closes: the row
    between is swallowed into the cell."""
    before = HEADER.split(",").index(column) - 4
    return "binh-duong,rate,2023,5" + "," * before + ',"a\nbinh-duong,rate,2024,6,,,,,,,\nb"'


CONTROLS = {
    "province": "binh-duong\x1b]0;title\x07",
    "indicator": "ra\u202ete",
    "year": "20\x0024",
    "value": "5\x9b",
    "date": "2024\x7f",
    "numerator": "\u20663",
    "denominator": "4\u200f",
    "source": "\x1b[2J",
    "note": '"a\rb"',  # a bare CR in a quoted cell: no line end, a control character
    "area": "a\x00b",
    "breakdown": "\u202ab",
    "target": "egov\x1b[31m-platform",
    "state": "done\x07",
    "out_of": "6\x003",
    "period": "2024\u202e",
    "definition": "QĐ\x1b766",
    "note_vi": "Ghi chú\u200e",
}
"""A cell of each column holding a control character or a mark that reorders text."""


def _control(column: str) -> str:
    """A row of `HEADER` whose cell of `column` holds a character `table.CONTROL` refuses."""
    cells = dict.fromkeys(HEADER.split(","), "")
    cells.update(province="binh-duong", indicator="rate", year="2024", value="5")
    if column in ("numerator", "denominator"):
        cells.update(value="", numerator="3", denominator="4")
    if column in ("target", "state"):
        cells.update(indicator="", value="", target="egov-platform", state="done")
    return ",".join({**cells, column: CONTROLS[column]}.values())


CASES = [
    *[("data.control_character", column, _control(column)) for column in COLUMNS],
    ("data.province_empty", "province", ",rate,2024,5,,,"),
    ("data.unknown_province", "province", "hanoi,rate,2024,5,,,"),
    ("data.indicator_empty", "indicator", "binh-duong,,2024,5,,,"),
    ("data.unknown_indicator", "indicator", "binh-duong,nope,2024,5,,,"),
    ("data.year_empty", "year", "binh-duong,rate,,5,,,"),
    ("data.not_whole_number", "year", "binh-duong,rate,2024.5,5,,,"),
    ("data.foreign_digits", "year", "binh-duong,rate,２０２４,5,,,"),
    ("data.year_out_of_range", "year", "binh-duong,rate,1999,5,,,"),
    ("data.value_empty", "value", "binh-duong,rate,2024,,,,"),
    ("data.not_boolean", "value", "binh-duong,done,2024,0.5,,,"),
    ("data.not_a_number", "value", "binh-duong,rate,2024,abc,,,"),
    ("data.not_a_number", "numerator", "binh-duong,rate,2024,,,abc,5"),
    ("data.not_a_number", "denominator", "binh-duong,rate,2024,,,3,abc"),
    ("data.vietnamese_thousands", "value", "binh-duong,count,2024,2.000,,,"),
    ("data.vietnamese_thousands", "numerator", "binh-duong,rate,2024,,,1.586,2000"),
    ("data.vietnamese_thousands", "denominator", "binh-duong,rate,2024,,,1,2.000"),
    ("data.points_grouped", "value", "binh-duong,rate,2024,12.500.000,,,"),
    ("data.counts_unpaired", "numerator", "binh-duong,rate,2024,5,,3,"),
    ("data.denominator_not_positive", "denominator", "binh-duong,rate,2024,,,0,0"),
    ("data.numerator_negative", "numerator", "binh-duong,rate,2024,,,-1,5"),
    ("data.counts_not_percent", "numerator", "binh-duong,count,2024,,,1,5"),
    ("data.counts_disagree", "value", "binh-duong,rate,2024,50,,1,3"),
    ("bounds.below", "value", "binh-duong,rate,2024,-1,,,"),
    ("bounds.above", "value", "binh-duong,rate,2024,101,,,"),
    ("data.bad_date", "date", "binh-duong,rate,2024,5,2024-13,,"),
    ("data.no_such_date", "date", "binh-duong,rate,2024,5,2023-02-29,,"),
    ("data.foreign_digits", "date", "binh-duong,rate,2024,5,２０２４,,"),
    *[("csv.quote_runs_over", column, _swallowing(column)) for column in FREE_TEXT],
    ("data.indicator_or_target", "target", _task(indicator="rate", value="5")),
    ("data.unknown_target", "target", _task(target="egov-platfrm")),
    ("data.target_not_task", "target", _task(target="rate-2025")),
    ("data.task_cell", "value", _task(value="5")),
    ("data.task_cell", "numerator", _task(numerator="3")),
    ("data.task_cell", "denominator", _task(denominator="4")),
    ("data.task_cell", "out_of", _task(out_of="63")),
    ("data.task_cell", "period", _task(period="2024")),
    ("data.task_cell", "definition", _task(definition="QĐ 766")),
    ("data.task_cell", "area", _task(area="Dĩ An")),
    ("data.task_cell", "breakdown", _task(breakdown="women")),
    ("data.state_without_target", "state", _new(state="done")),
    ("data.state_empty", "state", _task(state="")),
    ("data.unknown_state", "state", _task(state="finished")),
    ("data.state_ambiguous", "state", _task(state="Chưa hoàn thành")),
    ("data.out_of_invalid", "out_of", _new(indicator="rank", out_of="63.5")),
    ("data.out_of_invalid", "out_of", _new(indicator="rank", out_of="0")),
    ("data.out_of_not_rank", "out_of", _new(out_of="63")),
    ("data.rank_above_out_of", "value", _new(indicator="rank", value="35", out_of="34")),
    ("data.bad_period", "period", _new(period="2024-13")),
    ("data.no_such_period", "period", _new(period="2024-W53")),
    ("data.no_such_period", "period", _new(period="2024-02-30")),
    ("data.period_outside_year", "period", _new(period="2023-Q4")),
]
"""One row breaking each rule (the first problem of the row is the rule's)."""


def test_every_rule_declares_how_the_screen_covers_it() -> None:
    for rule in RULES:
        assert isinstance(rule.screen, ByRow | ByGroup | Doubt | Unscreened), rule
        if isinstance(rule.screen, Doubt):
            assert rule.screen.cells or rule.screen.units, rule
        elif isinstance(rule.screen, Unscreened):  # workbook cells only
            assert rule.codes == CELL_FAULTS, rule
        else:
            assert str(rule.screen.test()), rule  # an expression it can build


def test_every_code_is_in_both_catalogues() -> None:
    for lang in text.LANGS:
        missing = {code for rule in RULES for code in rule.codes} - set(text.catalogue(lang))
        assert not missing, (lang, missing)


SAMPLE = {
    **dict.fromkeys(COLUMNS, "x"),
    "province": "hanoi",
    "indicator": "rate",
    "year": "20x4",
    "value": "abc",
    "numerator": "3",
    "denominator": "4",
    "date": "2024-13",
    "_year": 1999,
    "_unit": "percent",
    "_lower": 0.0,
    "_upper": 100.0,
    "_own": False,
    "_num": 3.0,
    "_den": 4.0,
    "_value": 75.0,
    "_out_of": 63,
    "_state": None,
    "_why_state": None,
    **{f"_why_{c}": "data.not_a_number" for c in ("value", "numerator", "denominator")},
    **{f"_fault_{c}": "xlsx.date_cell" for c in COLUMNS},
    **{f"_txt_{c}": "1.586" for c in ("value", "numerator", "denominator")},
    "_why_year": None,
    "_why_date": "data.no_such_date",
    **{f"_ctl_{c}": "…a\x1b[31m" for c in COLUMNS},
    **{f"_chr_{c}": "\x1b" for c in COLUMNS},
}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.codes[0]}:{r.column}")
def test_a_rule_gives_the_parameters_its_messages_need(rule: rules.Rule) -> None:
    params = rule.params(SAMPLE, Facts(tuple(sorted(PROVINCES))))
    for code in rule.codes:
        for lang in text.LANGS:
            assert text.placeholders(text.catalogue(lang)[code]) == set(params), (code, lang)
        msg = Msg(code, **params)
        assert msg.render("vi") != msg.render("en")
        assert english_words(msg) == []


def test_the_number_rules_choose_among_the_number_codes() -> None:
    chosen = [r for r in RULES if r.code_from is not None and r.codes == numbers.CODES]
    assert {r.column for r in chosen} == {"value", "numerator", "denominator"}
    assert all(r.codes == numbers.CODES for r in chosen)
    rule = chosen[0]
    assert rule.code({**SAMPLE, "_why_value": "data.percent_sign"}) == "data.percent_sign"


def test_the_reader_rules_choose_among_the_cell_faults() -> None:
    chosen = [r for r in RULES if isinstance(r.screen, Unscreened)]
    assert {r.column for r in chosen} == set(COLUMNS)
    assert chosen[0].code({**SAMPLE, "_fault_province": "xlsx.percent_cell"}) == (
        "xlsx.percent_cell"
    )


def test_every_rule_has_a_case() -> None:
    """(Workbook cells: tests/data/test_xlsx_reader.py.)"""
    cases = {(code, column) for code, column, _ in CASES}
    for rule in RULES:
        if not isinstance(rule.screen, Unscreened):
            assert any((code, rule.column) in cases for code in rule.codes), rule


@pytest.mark.parametrize(("code", "column", "row"), CASES, ids=lambda c: str(c))
def test_a_row_breaking_a_rule_is_reported_with_its_code(
    tmp_path: Path, code: str, column: str, row: str
) -> None:
    """The screen runs first: a rule it did not cover would let the file through."""
    path = write(tmp_path, f"{HEADER}\n{row}\n")
    found = [(p.code, p.location, p.line) for p in problems_of(path)]
    assert found[0] == (code, column, 2)


def test_the_bounds_of_each_indicator() -> None:
    bounds = rules.bounds(INDICATORS).sort("indicator")
    assert bounds.rows() == [
        ("count", "count", 0.0, None, False),
        ("done", "boolean", 0.0, 1.0, False),
        ("rank", "rank", 1.0, None, False),
        ("rate", "percent", 0.0, 100.0, False),
        ("score", "index", 0.0, 1.0, True),
    ]


def test_bounds_are_owned_by_the_indicator_that_sets_them(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,score,2024,2,,,\nbinh-duong,rate,2024,-3,,,\n")
    assert [p.msg for p in problems_of(path)] == [
        Msg("bounds.above", value="2", limit=1.0, owner=Msg("owner.indicator", indicator="score")),
        Msg("bounds.below", value="-3", limit=0.0, owner=Msg("owner.unit", unit="percent")),
    ]


def test_a_value_computed_from_counts_is_shown_rounded(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,,,200,3\n")
    (problem,) = problems_of(path)
    assert str(problem) == "d.csv:2:22: value: 6666.67 is above 100, the maximum for unit 'percent'"
    assert problem.message("vi") == "6666,67 lớn hơn 100, mức tối đa của đơn vị phần trăm (%)"
