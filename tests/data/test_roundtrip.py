"""Any valid value, written by every writer dxgap reads, is read back as the same number: CSV in
point and Vietnamese comma style with each separator (comma, semicolon, tab; thousands grouped
by '.' or by non-breaking spaces; a ';' file with its style declared or not, as Excel writes it
under comma-decimal settings), a workbook's number cell, percentage cell (percent indicators)
and text cell, and Parquet's number and text columns."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.data.helpers import indicator

from dxgap.data.check import check_files
from dxgap.targets.models import Unit

EXAMPLES = int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "200"))
INDICATORS = {
    i.id: i
    for i in [
        indicator("rate", Unit.PERCENT),
        indicator("count", Unit.COUNT),
        indicator("index", Unit.INDEX),
    ]
}

Row = tuple[str, Decimal]
"""An indicator and a value of it, as a person types it (at most 15 significant digits, as
spreadsheets keep)."""


@st.composite
def values(draw: st.DrawFn) -> Row:
    kind = draw(st.sampled_from(list(INDICATORS)))
    places = draw(st.integers(0, 6))
    top = 100 * 10**places if kind == "rate" else 10**12
    value = Decimal(draw(st.integers(0, top))).scaleb(-places)
    if kind == "index" and value and draw(st.booleans()):
        value = -value
    return kind, value


def point(value: Decimal, kind: str = "index") -> str:
    """Point style; a count's `1.586` (refused: Vietnamese thousands far more often) is written
    `1.5860`, as the message asks."""
    text = format(value, "f")
    whole, _, fraction = text.lstrip("-").partition(".")
    if kind == "count" and len(whole) <= 3 and whole[0] != "0" and len(fraction) == 3:
        text += "0"
    return text


def vietnamese(value: Decimal, kind: str = "", group: str = ".") -> str:
    """Vietnamese style: `,` as the decimal mark, thousands grouped by `group` ("" for none);
    the cell `1,586` (ambiguous: dxgap refuses it) is written `1,5860`, as the message asks."""
    sign = "-" if value < 0 else ""
    whole, _, fraction = format(abs(value), "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", group)
    text = grouped + ("," + fraction if fraction else "")
    if len(whole) <= 3 and len(fraction) == 3 and (not group or int(whole) < 1000):
        text += "0"
    return sign + text


def write_csv(folder: Path, name: str, rows: list[list[str]], separator: str, sidecar: str) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator="\r\n")
    writer.writerow(["province", "indicator", "year", "value"])
    writer.writerows(rows)
    (folder / name).write_text(out.getvalue(), encoding="utf-8-sig")
    if sidecar:
        (folder / f"{name}.yaml").write_text(sidecar, encoding="utf-8")


def write_xlsx(folder: Path, name: str, rows: list[list[object]], number_format: str) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["province", "indicator", "year", "value"])
    for row in rows:
        sheet.append(row)
        sheet.cell(sheet.max_row, 4).number_format = number_format
    workbook.save(folder / name)


Writer = Callable[[Path, str, list[Row]], None]


def csv_writer(separator: str, text: Callable[[Decimal, str], str], sidecar: str = "") -> Writer:
    def write(folder: Path, province: str, rows: list[Row]) -> None:
        cells = [[province, kind, str(2000 + i), text(v, kind)] for i, (kind, v) in enumerate(rows)]
        write_csv(folder, f"{province}.csv", cells, separator, sidecar)

    return write


def xlsx_writer(how: str) -> Writer:
    def write(folder: Path, province: str, rows: list[Row]) -> None:
        cells: list[list[object]] = []
        for i, (kind, v) in enumerate(rows):
            if how == "percent" and kind == "rate":  # typed as 20% in Excel: stored 0.2
                cell: object = float(v.scaleb(-2))
            elif how == "text":
                cell = point(v, kind)
            else:
                cell = float(v)
            cells.append([province, kind, 2000 + i, cell])
        number_format = {"percent": "0%", "text": "@"}.get(how, "General")
        if how == "percent":  # only percent indicators may be percentage cells
            cells = [c for c, (kind, _) in zip(cells, rows, strict=True) if kind == "rate"]
        write_xlsx(folder, f"{province}.xlsx", cells, number_format)

    return write


def parquet_writer(as_text: bool) -> Writer:
    def write(folder: Path, province: str, rows: list[Row]) -> None:
        column = [point(v, k) for k, v in rows] if as_text else [float(v) for k, v in rows]
        pl.DataFrame(
            {
                "province": [province] * len(rows),
                "indicator": [kind for kind, _ in rows],
                "year": pl.Series([2000 + i for i in range(len(rows))], dtype=pl.Int32),
                "value": column,
            }
        ).write_parquet(folder / f"{province}.parquet")

    return write


NBSP = "\u00a0"
WRITERS: dict[str, Writer] = {
    "csv-point-comma": csv_writer(",", point),
    "csv-point-semicolon": csv_writer(";", point, "decimal: point\n"),
    "csv-point-tab": csv_writer("\t", point),
    "csv-vn-comma": csv_writer(",", vietnamese, "decimal: comma\n"),
    "csv-vn-semicolon": csv_writer(";", vietnamese, 'separator: ";"\ndecimal: comma\n'),
    "csv-vn-tab": csv_writer("\t", vietnamese, "decimal: comma\n"),
    "csv-vn-nbsp": csv_writer(";", lambda v, _: vietnamese(v, group=NBSP), "decimal: comma\n"),
    "csv-excel-semicolon": csv_writer(";", lambda v, _: vietnamese(v, group="")),  # undeclared
    "xlsx-number": xlsx_writer("number"),
    "xlsx-percent": xlsx_writer("percent"),
    "xlsx-text": xlsx_writer("text"),
    "parquet-number": parquet_writer(as_text=False),
    "parquet-text": parquet_writer(as_text=True),
}


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the whole module: hypothesis reruns a test body, not its fixtures."""
    return tmp_path_factory.mktemp("roundtrip")


@settings(
    max_examples=max(10, EXAMPLES // 4),  # each example checks 13 files
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=st.lists(values(), min_size=1, max_size=8))
@example(rows=[("rate", Decimal("20")), ("rate", Decimal("86.3")), ("count", Decimal("1586"))])
@example(rows=[("count", Decimal("1.586")), ("index", Decimal("-1586.5")), ("rate", Decimal("0"))])
@example(rows=[("rate", Decimal("0.29")), ("rate", Decimal("100")), ("index", Decimal("-0.07"))])
def test_every_writer_gives_back_the_value_written(scratch: Path, rows: list[Row]) -> None:
    folder = scratch / "ws"
    if folder.exists():
        for old in folder.iterdir():
            old.unlink()
    folder.mkdir(exist_ok=True)
    for name, write in WRITERS.items():
        write(folder, name, rows)
    paths = sorted(p for p in folder.iterdir() if p.suffix != ".yaml")
    checked = check_files(paths, INDICATORS, set(WRITERS), {p: p.name for p in paths})
    read = {
        (province, year): value
        for province, year, value in checked.totals.select("province", "year", "value").rows()
    }
    for name in WRITERS:
        for i, (kind, value) in enumerate(rows):
            if name == "xlsx-percent" and kind != "rate":
                continue
            assert read[(name, 2000 + i)] == float(value), (name, kind, value)
