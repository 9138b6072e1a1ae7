"""Open SDG indicator CSVs in, dxgap data rows out (`dxgap import opensdg`).

An Open SDG file (docs/data-format.md of open-sdg) has `Year` first and `Value` last, perhaps
`Series` and `Units`, categorical columns in between (a blank cell means "all of it") and
perhaps `GeoCode` before `Value`. With the map (`mapping.OpenSdgMap`) each row becomes one
dxgap row: its series and unit give the indicator, its province column the province, the
breakdown and area columns their categories (blank, or a category the map calls a total, means
the total). A row is skipped, and counted by reason, when its value is empty, its series or its
province is not in the map, or it is disaggregated by a column the map does not place. Values
and years are copied as written (never re-formatted); a year or value that is no number is a
problem at its line and column.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dxgap.errors import InputError, Problem
from dxgap.files import read_text, write_bytes
from dxgap.opensdg.mapping import SERIES, UNITS, VALUE, YEAR, OpenSdgMap
from dxgap.text import Msg

COLUMNS = ("province", "indicator", "year", "value", "area", "breakdown", "source")
"""The columns of the data file an import writes."""

_YEAR = re.compile(r"^\d{4}$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")
MAX_BYTES = 256 * 1024 * 1024
"""An Open SDG indicator file is a few kB to a few MB; larger input is refused."""

SKIP_REASONS = ("empty", "series", "province", "disaggregated")
"""Why a row was not imported: empty value; a series/unit, or a province category, the map does
not name; a category of a column the map does not place."""


@dataclass
class Imported:
    """What an import read and wrote: the rows (`COLUMNS` each), the files read, and the rows
    skipped by reason (`SKIP_REASONS`) with what caused them (series, categories, columns)."""

    rows: list[dict[str, str]] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    causes: dict[str, Counter[str]] = field(default_factory=dict)

    def summary(self, output: str) -> list[Msg]:
        """What a person is told: the rows written, then each reason rows were skipped for,
        with up to three of its causes (most frequent first)."""
        files = Msg("n.file" if len(self.files) == 1 else "n.files", n=len(self.files))
        lines = [Msg("opensdg.wrote", rows=len(self.rows), files=files, output=output)]
        for reason in SKIP_REASONS:
            n = self.skipped[reason]
            if n:
                causes = [c for c, _ in self.causes.get(reason, Counter()).most_common(3)]
                more = len(self.causes.get(reason, ())) - len(causes)
                rest = Msg("opensdg.more", n=more) if more > 0 else ""
                lines.append(Msg(f"opensdg.skipped_{reason}", n=n, causes=causes, more=rest))
        return lines

    def skip(self, reason: str, cause: str = "") -> None:
        """Count one row skipped for `reason`, caused by `cause`."""
        self.skipped[reason] += 1
        if cause:
            self.causes.setdefault(reason, Counter())[cause] += 1


def input_files(source: str | os.PathLike[str]) -> list[Path]:
    """The CSV files of `source`: itself, or the `*.csv` of a folder, sorted; `InputError`
    when it is neither (or a folder without CSV files)."""
    path = Path(source)
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".csv" and p.is_file())
        if not found:
            raise InputError.single(str(path), Msg("opensdg.no_files"))
        return found
    if not path.is_file():
        raise InputError.single(str(path), Msg("file.not_found"))
    return [path]


def _column(raw: str, cells: list[str], index: int) -> int | None:
    """The character column where cell `index` starts, when the line has no quotes."""
    if '"' in raw:
        return None
    return sum(len(c) + 1 for c in cells[:index]) + 1


def _read_file(path: Path, mapping: OpenSdgMap, out: Imported, problems: list[Problem]) -> None:
    shown = str(path)
    text = read_text(path, shown, MAX_BYTES)
    lines = text.splitlines()
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header:
        problems.append(Problem(shown, Msg("data.empty_file"), 1, 1))
        return
    missing = [c for c in (YEAR, VALUE) if c not in header]
    if missing:
        problems.append(Problem(shown, Msg("opensdg.no_column", columns=missing), 1, 1))
        return
    source = mapping.source or path.name
    unplaced = [c for c in header if c not in mapping.used_columns()]
    start = 2
    for cells in reader:
        line = start
        start = reader.line_num + 1
        if not any(cells):
            continue
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        raw = lines[line - 1] if line - 1 < len(lines) else ""
        at = {name: _column(raw, cells, i) for i, name in enumerate(header)}
        _convert(row, mapping, unplaced, source, out, problems, (shown, line, at), path.name)


def _convert(
    row: dict[str, str],
    mapping: OpenSdgMap,
    unplaced: list[str],
    source: str,
    out: Imported,
    problems: list[Problem],
    where: tuple[str, int, dict[str, int | None]],
    file: str,
) -> None:
    """One Open SDG row as a dxgap row, or counted as skipped, or a located problem."""
    shown, line, at = where
    value, year = row.get(VALUE, ""), row.get(YEAR, "")
    indicator = mapping.indicator_of(file, row.get(SERIES, ""), row.get(UNITS, ""))
    if indicator is None:
        out.skip("series", " / ".join(filter(None, (row.get(SERIES), row.get(UNITS)))))
        return
    column = mapping.province_column
    category = row.get(column, "") if column is not None else ""
    province = mapping.province_of(category)
    if province is None:
        out.skip("province", category)
        return
    extra = [c for c in unplaced if row.get(c, "") and not mapping.is_total(c, row[c])]
    if extra:
        out.skip("disaggregated", extra[0])
        return
    if value == "":
        out.skip("empty")
        return
    if not _YEAR.match(year):
        problems.append(Problem(shown, Msg("opensdg.year", given=year), line, at[YEAR], YEAR))
        return
    if not _NUMBER.match(value):
        problems.append(Problem(shown, Msg("opensdg.value", given=value), line, at[VALUE], VALUE))
        return
    out.rows.append(
        {
            "province": province,
            "indicator": indicator,
            "year": year,
            "value": value,
            "area": _categories(row, mapping.area, mapping),
            "breakdown": _categories(row, mapping.breakdown, mapping),
            "source": source,
            "_at": f"{shown}:{line}",
        }
    )


def _categories(row: dict[str, str], columns: list[str], mapping: OpenSdgMap) -> str:
    """The categories of `columns` in a row, totals left out, joined with ' / '."""
    found = [row.get(c, "") for c in columns]
    return " / ".join(v for c, v in zip(columns, found, strict=True) if not mapping.is_total(c, v))


def _duplicates(rows: list[dict[str, str]]) -> list[Problem]:
    """Two Open SDG rows that would be the same dxgap row (province, indicator, year, area,
    breakdown): which one counts would be a guess."""
    first: dict[tuple[str, ...], str] = {}
    problems = []
    for r in rows:
        key = (r["province"], r["indicator"], r["year"], r["area"], r["breakdown"])
        if key in first:
            path, line = r["_at"].rsplit(":", 1)
            msg = Msg("opensdg.duplicate", other=first[key], province=r["province"])
            problems.append(Problem(path, msg, int(line), None, "row"))
        else:
            first[key] = r["_at"]
    return problems


def read_opensdg(source: str | os.PathLike[str], mapping: OpenSdgMap) -> Imported:
    """Convert the Open SDG file `source` (or every `*.csv` of the folder `source`) with
    `mapping`: the rows in file order, each `{province, indicator, year, value, area,
    breakdown, source}` as text, values and years as written. `InputError` listing every
    problem (no Year/Value column, a year or value that is no number, two rows for one dxgap
    key) — nothing is half-converted."""
    out = Imported(files=input_files(source))
    problems: list[Problem] = []
    for path in out.files:
        _read_file(path, mapping, out, problems)
    problems += _duplicates(out.rows)
    if problems:
        raise InputError(problems)
    return out


def to_csv(rows: list[dict[str, str]]) -> str:
    """The rows as a dxgap data file (`COLUMNS`; area and breakdown only when some row has
    one)."""
    columns = [c for c in COLUMNS if c not in ("area", "breakdown") or any(r[c] for r in rows)]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([r[c] for c in columns] for r in rows)
    return buffer.getvalue()


def import_opensdg(
    source: str | os.PathLike[str],
    map_path: str | os.PathLike[str],
    output: str | os.PathLike[str],
) -> Imported:
    """`dxgap import opensdg`: read `source` with the map at `map_path` and write the dxgap data
    file `output` (atomically; `OutputError` when it cannot be written). Returns what was read,
    written and skipped; `InputError` for a bad map or bad input, before anything is written."""
    from dxgap.opensdg.mapping import load_map

    imported = read_opensdg(source, load_map(map_path))
    write_bytes(Path(output), to_csv(imported.rows).encode("utf-8"))
    return imported


__all__ = ["COLUMNS", "SKIP_REASONS", "Imported", "import_opensdg", "input_files", "read_opensdg"]
