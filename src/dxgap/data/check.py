"""Measured data: every data file checked and totalled by province, every problem located.

The files are read by their readers (`csv_reader`, `xlsx_reader`, `parquet_reader`) into text
tables; the screen (`screen`) types each one cheaply and vouches for it when it can, the exact
checks (`exact`) type the others cell by cell and locate what fails the cell rules (`rules`);
rows that contradict other rows are found last (`repeats`). Clean files cost one streaming pass
that keeps grouped counts, not rows. A data file may declare how it writes numbers in a sidecar
`<file>.yaml` (`decimal: comma` for Vietnamese style).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import polars as pl

from dxgap.data import exact, repeats, rules, screen, tasks
from dxgap.data.csv_reader import read_csv
from dxgap.data.database import read_source, relocated
from dxgap.data.numbers import Decimal, Style
from dxgap.data.parquet_reader import read_parquet
from dxgap.data.table import (
    Table,
    Where,
    lines_of,
    options_for,
    places_of,
    style_of,
)
from dxgap.data.xlsx_reader import read_xlsx
from dxgap.errors import InputError, Problem
from dxgap.files import is_source, reading
from dxgap.frames import DETAIL_SCHEMA
from dxgap.targets.models import Indicator
from dxgap.text import Msg

_KEY_TEXT = ["province", "indicator", "area", "breakdown", "date"]

ROW_BYTES = 32
"""The fewest bytes a data row of a text file is counted at when bounding the key hashes the
grouped pass holds: a province id, an indicator id, a year, a figure and an area, with their
separators (a row of the L benchmark takes 70)."""


def open_table(path: Path, display: str, decimal: Style) -> tuple[Table, Style]:
    """A data file's text table, by its suffix, and its number style (`table.style_of`: its
    sidecar's, else `decimal`); `InputError` for a file or sidecar that cannot be read."""
    with reading(display):
        return _open_table(path, display, decimal)


def _open_table(path: Path, display: str, decimal: Style) -> tuple[Table, Style]:
    if is_source(path):  # a database's query result (`database`): its file is no sidecar's
        table, declared = read_source(path, display)
        return table, declared or decimal
    options = options_for(path, display)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".parquet") and options.separator is not None:
        raise InputError.single(display + ".yaml", Msg("sidecar.separator_not_csv"), 1, 1)
    if suffix == ".xlsx":
        table = read_xlsx(path, display, options.sheet)
    elif options.sheet is not None:
        raise InputError.single(display + ".yaml", Msg("sidecar.sheet_not_xlsx"), 1, 1)
    elif suffix == ".parquet":
        table = read_parquet(path, display)
    else:
        table = read_csv(path, display, options.separator)
    return table, style_of(options, decimal, table.separator)


@dataclass
class _File:
    """One data file opened for checking: its table, and its rows typed by the screen (whose
    flag marks doubts) or by the exact checks (whose flag marks rows failing a rule)."""

    path: Path
    table: Table
    style: Style
    frame: pl.LazyFrame
    flag: pl.Expr
    exact: bool = True
    values: pl.LazyFrame | None = None  # the screen's tests by distinct value (`doubtful_values`)

    def failing_rows(self) -> pl.LazyFrame:
        """The raw cells of the first rows that fail a check (one pass, no messages built)."""
        raw_names = self.table.frame.collect_schema().names()
        return (
            self.frame.filter(self.flag)
            .select(raw_names)
            .bottom_k(exact.MAX_PROBLEMS, by="_row")
            .sort("_row")
        )

    def keys(self) -> pl.LazyFrame:
        """The key columns of every row (province, indicator, area, breakdown, date, year,
        out_of), typed; read from those columns alone when the screen vouched for the file
        (whose `out_of` cells a plain cast reads)."""
        if self.exact:
            return self.details(0).select(*_KEY_TEXT, "year", "out_of")
        table = self.table
        base = table.stored if table.stored is not None else table.frame
        out_of = pl.col("out_of") if "out_of" in table.columns else pl.lit(None)
        return base.select(
            *[
                pl.col(c) if c in table.columns else pl.lit(None, pl.String).alias(c)
                for c in _KEY_TEXT
            ],
            pl.col("year").cast(pl.Int32, strict=False),
            out_of.cast(pl.Int32, strict=False).alias("out_of"),
        ).filter(pl.col("province").is_not_null())  # blank lines; any other row has one

    def details(self, number: int, flag: bool = False) -> pl.LazyFrame:
        """The file's rows typed as `DETAIL_SCHEMA`, with `_file`, `_fileno` and `_row` (and
        `_flag`, the rows that fail a check or that the screen cannot vouch for)."""
        flagged = [self.flag.alias("_flag")] if flag else []
        return self.frame.select(
            pl.lit(self.table.display).alias("_file"),
            pl.lit(number, pl.UInt32).alias("_fileno"),
            pl.col("_row").cast(pl.UInt32),
            pl.col("province"),
            pl.col("indicator"),
            pl.col("_year").alias("year"),
            pl.col("_value").alias("value"),
            pl.col("date"),
            pl.col("source"),
            pl.col("note"),
            pl.col("area"),
            pl.col("breakdown"),
            pl.col("_num").alias("numerator"),
            pl.col("_den").alias("denominator"),
            pl.col("_out_of").alias("out_of"),
            pl.col("period"),
            pl.col("definition"),
            pl.col("target"),
            pl.col("_state").alias("state"),
            pl.col("note_vi"),
            *flagged,
        ).cast(DETAIL_SCHEMA)


Tasks = Mapping[str, Mapping[str, bool]]
"""Each province's target ids, each with whether it takes a state (`tasks.task_targets`)."""


@dataclass(frozen=True)
class _Context:
    """What every file is checked against: the catalogue's bounds, the known provinces and
    their targets (the ids a task row may name)."""

    indicators: Mapping[str, Indicator]
    provinces: Collection[str]
    targets: Tasks | None = None
    bounds: pl.DataFrame = field(init=False)
    tasks: pl.DataFrame = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bounds", rules.bounds(self.indicators))
        object.__setattr__(self, "tasks", tasks.tasks_frame(self.targets or {}))

    def typed(self, table: Table, style: Style) -> tuple[pl.LazyFrame, pl.Expr]:
        """A whole table typed by the exact checks, and its flag of failing rows."""
        args = (table.frame, table, style, self.bounds, self.provinces)
        frame = exact.typed(*args, tasks_known=self.tasks)
        return frame, rules.failing(table.frame.collect_schema().names())

    def problems(self, f: _File, failing: pl.DataFrame, total: int | None = None) -> list[Problem]:
        """Located messages for the failing rows found by `failing_rows` (`total`: how many
        rows of the file fail, when known)."""
        args = (failing, f.table, f.style, self.bounds, self.provinces)
        return exact.problems(*args, total, self.tasks)


def _open_file(path: Path, display: str, ctx: _Context, decimal: Style, screened: bool) -> _File:
    """A data file opened for checking: typed by the screen when `screened` and the file suits
    it (point-style numbers, a format the screen reads), else by the exact checks."""
    table, style = open_table(path, display, decimal)
    return _typed_file(path, table, style, ctx, screened)


def _typed_file(path: Path, table: Table, style: Style, ctx: _Context, screened: bool) -> _File:
    """An opened table typed by the screen when `screened` and it suits it, else exactly."""
    if screened and style == "point" and table.screenable:
        base = table.stored if table.stored is not None else table.frame
        plain = screen.typed(base, table.columns, table.stored is not None)  # by value
        if plain is not None:
            frame, flag, values = plain
            return _File(path, table, style, frame, flag, exact=False, values=values)
    return _File(path, table, style, *ctx.typed(table, style))


def _reopen(f: _File, ctx: _Context) -> _File:
    """A file the screen typed, typed again by the exact checks (its table reread)."""
    return _open_file(f.path, f.table.display, ctx, f.style, screened=False)


def _collect(files: list[_File], queries: list[pl.LazyFrame]) -> list[pl.DataFrame]:
    """Run queries over the files in one streaming pass; Polars' own parse errors (a ragged
    row, an unclosed quote) are turned into located problems of the file that caused them."""
    try:
        return pl.collect_all(queries, engine="streaming")
    except pl.exceptions.PolarsError as e:
        error = e
    problems = []
    for f in files:  # which file? read each alone
        try:
            f.failing_rows().collect(engine="streaming")
        except pl.exceptions.PolarsError as e:
            problems.extend(f.table.explain(e))
    if not problems:
        raise error
    raise InputError(problems)


@dataclass(frozen=True)
class Checked:
    """The data files after every check passed: their rows as a lazy query (read again when
    collected), the small results of the one grouped pass that checked them, and each file's
    table, which locates its rows."""

    rows: pl.LazyFrame | Callable[[], pl.LazyFrame]  # `details`, or what builds it when asked
    totals: pl.DataFrame  # `MEASUREMENT_SCHEMA`: province totals (given, or weighted rates)
    groups: pl.DataFrame  # `screen.grouped`: rows counted per file, place, indicator, time
    exact: frozenset[int] = frozenset()  # files (by position) typed by the exact checks
    tables: tuple[Table, ...] = ()  # by `_fileno`
    warnings: tuple[Problem, ...] = ()  # what the readers warn of (hidden sheets skipped)

    @functools.cached_property
    def details(self) -> pl.LazyFrame:
        """Every row typed, `DETAIL_SCHEMA` + `_file`, `_fileno`, `_row`: a lazy query, built
        the first time it is asked for (most commands read only the totals)."""
        return self.rows if isinstance(self.rows, pl.LazyFrame) else self.rows()

    @property
    def states(self) -> pl.DataFrame:
        """Task states (`STATE_SCHEMA`), from the groups (`screen.states`)."""
        return screen.states(self.groups)

    def lines(self, rows: Iterable[tuple[int, int]]) -> dict[tuple[int, int], int]:
        """The line of each (`_fileno`, `_row`) of `details`, as the file's reader locates it
        (a CSV record's first line, a spreadsheet row, a Parquet row)."""
        return lines_of(self.tables, rows)

    def places(self, rows: Iterable[tuple[int, int]]) -> dict[tuple[int, int], Where]:
        """Where each (`_fileno`, `_row`) of `details` is: its line, and its sheet in a
        workbook (a `Problem` there is located with `sheet=`, to read `path:Sheet!A5`)."""
        return places_of(self.tables, rows)


def _no_details() -> pl.LazyFrame:
    return pl.LazyFrame(
        schema={"_file": pl.String, "_fileno": pl.UInt32, "_row": pl.UInt32, **DETAIL_SCHEMA}
    )


def _names(paths: Iterable[Path], display: Mapping[Path, str] | None) -> dict[Path, str]:
    return {path: (display or {}).get(path, str(path)) for path in paths}


def check_files(
    paths: Iterable[Path],
    indicators: Mapping[str, Indicator],
    provinces: Collection[str],
    display: Mapping[Path, str] | None = None,
    decimal: Decimal = "point",
    targets: Tasks | None = None,
) -> Checked:
    """Check every data file and total it by province, in one streaming pass when the files are
    clean; raise `InputError` listing all problems of all files (at most `exact.MAX_PROBLEMS`
    cell problems per file).

    `display` maps a path to its name in messages (default: the path as given); `decimal` is
    the number style of files without a sidecar; `targets` (`tasks.task_targets`) the target
    ids a task row may name, by province (none: every `target` cell is unknown). The pass groups the rows by file, province,
    indicator and time, keeping counts and sums (memory follows the groups, not the rows).
    Files the screen cannot vouch for are read again with the exact checks, which locate their
    problems. Two rows for the same province, indicator, area, breakdown and date (or year,
    when undated) are an error even in different files: the engine could not tell which one
    to believe; so are two states of one task with the same date (or year when undated).
    """
    ctx = _Context(indicators, provinces, targets)
    files, problems = [], []
    for path, name in _names(paths, display).items():
        try:
            files.append(_open_file(path, name, ctx, decimal, screened=True))
        except InputError as e:
            problems.extend(e.problems)
    if not files:
        if problems:
            raise InputError(problems)
        groups = screen.grouped(_no_details().with_columns(_flag=pl.lit(False))).collect()
        return Checked(_no_details(), screen.totals(groups), groups)
    notes = [note for f in files for note in f.table.notes]
    try:
        groups, hashes = _grouped(files, ctx, problems)
    except InputError as e:  # rows of a database's result named by their keys
        raise InputError(relocated([*e.problems, *notes], [f.table for f in files])) from None
    details = pl.concat([f.details(i) for i, f in enumerate(files)])
    tables = tuple(f.table for f in files)
    lines = partial(places_of, tables)
    found: list[Problem] = []
    keys = [f.keys for f in files]  # read only when not hashed in the pass
    if repeats.repeated_totals(groups) or repeats.area_keys_repeat(keys, groups, hashes):
        found += repeats.find_duplicates(details, lines)
    mixed = repeats.mixed_groups(groups)
    if mixed.height:
        found += repeats.mixed_area_rows(details, mixed, lines)
    if found:
        raise InputError(relocated(found + notes, tables))
    exact_files = frozenset(i for i, f in enumerate(files) if f.exact)
    return Checked(details, screen.totals(groups), groups, exact_files, tables, tuple(notes))


def rechecked(
    paths: Iterable[Path],
    indicators: Mapping[str, Indicator],
    provinces: Collection[str],
    display: Mapping[Path, str] | None,
    decimal: Decimal,
    groups: pl.DataFrame,
    exact: frozenset[int],
    targets: Tasks | None = None,
) -> Checked:
    """A `Checked` of files unchanged since they were checked into `groups` (the cache
    decides): their rows typed as they were then (`exact`: the files the exact checks typed),
    nothing read but their headers, and the typing itself built only when `details` is asked
    for (the totals are in `groups`: `check` and `export` never ask; ~45 ms of a 0.65 s
    `check binh-duong`)."""
    opened = [
        (path, *open_table(path, name, decimal)) for path, name in _names(paths, display).items()
    ]

    def details() -> pl.LazyFrame:
        ctx = _Context(indicators, provinces, targets)
        files = [
            _typed_file(path, table, style, ctx, screened=i not in exact)
            for i, (path, table, style) in enumerate(opened)
        ]
        return pl.concat([f.details(i) for i, f in enumerate(files)]) if files else _no_details()

    tables = tuple(table for _, table, _ in opened)
    notes = tuple(note for table in tables for note in table.notes)
    return Checked(details, screen.totals(groups), groups, exact, tables, notes)


def _hashed_in_pass(files: list[_File]) -> bool:
    """Whether the grouped pass also hashes the area rows' keys (`repeats.KeyHashes`):
    for text files only, whose second reading would parse every cell again (a columnar file's
    key columns are read again alone, cheaply), and only while their size bounds the hashes
    held to `repeats.KEY_BUDGET` (at `ROW_BYTES` a row)."""
    if any(f.table.separator is None for f in files):
        return False
    return sum(f.path.stat().st_size for f in files) <= repeats.KEY_BUDGET * ROW_BYTES


def _grouped(
    files: list[_File], ctx: _Context, problems: list[Problem]
) -> tuple[pl.DataFrame, pl.Series | None]:
    """The grouped pass over all files, and the area rows' key hashes when it hashed them
    (`_hashed_in_pass`); files the screen doubts are re-read exactly (and their keys later read
    again, not hashed here), and the problems of every file (with those already in `problems`)
    raised together."""

    def run(numbers: list[int], hashed: bool) -> tuple[pl.DataFrame, pl.Series | None, set[int]]:
        """The groups of files `numbers`, their area rows' key hashes (with `hashed`), and the
        files whose text the tests by value doubt."""
        grouped = screen.OPTIONAL_GROUPED
        optional = any(c in grouped for i in numbers for c in files[i].table.columns)
        details = pl.concat([files[i].details(i, flag=True) for i in numbers])
        by_value = {i: v for i in numbers if (v := files[i].values) is not None}
        keys = repeats.KeyHashes() if hashed else None
        present = {c for i in numbers for c in files[i].table.columns}
        fileno = numbers[0] if len(numbers) == 1 else None
        more = [keys.aggregation()] if keys else []
        query = screen.grouped(details, optional, more, present, fileno)
        (result,) = _collect([files[i] for i in numbers], [query])
        # apart: run with the grouped pass, Polars would keep the whole shared scan in memory
        doubts = _collect([files[i] for i in by_value], list(by_value.values()))
        hashes = keys.hashes() if keys else None
        result = result.drop(repeats.KeyHashes.NAME, strict=False)
        return result, hashes, {i for i, d in zip(by_value, doubts, strict=True) if d.item()}

    try:
        groups, hashes, doubted = run(list(range(len(files))), _hashed_in_pass(files))
        doubted |= set(screen.doubtful_groups(groups, ctx.indicators, ctx.provinces)["_fileno"])
        redo = sorted(i for i in doubted if not files[i].exact)
        if redo:
            for i in redo:
                files[i] = _reopen(files[i], ctx)
            again = run(redo, False)[0]
            groups = pl.concat([groups.filter(~pl.col("_fileno").is_in(redo)), again])
            hashes = None  # the files re-read exactly: every file's keys are read again
    except InputError:
        # a file Polars cannot parse: check every file on its own and exactly, so that the
        # problems of the other files are reported too (validate reports all, not the first)
        raise InputError(problems + _each_exactly(files, ctx)) from None
    problems.extend(p for f in files for p in f.table.scan())  # quotes Polars misread
    flagged = dict(
        groups.lazy()
        .group_by("_fileno")
        .agg(pl.col("_flagged").sum())
        .filter(pl.col("_flagged") > 0)
        .collect()
        .rows()
    )
    bad = sorted(flagged)
    if bad:
        found = _collect([files[i] for i in bad], [files[i].failing_rows() for i in bad])
        for i, rows in zip(bad, found, strict=True):
            problems.extend(ctx.problems(files[i], rows, flagged[i]))
    if problems:
        raise InputError(problems)
    return groups, hashes


def _each_exactly(files: list[_File], ctx: _Context) -> list[Problem]:
    """The problems of each file checked on its own by the exact checks."""
    problems = []
    for f in files:
        one = f if f.exact else _reopen(f, ctx)
        try:
            (rows,) = _collect([one], [one.failing_rows()])
        except InputError as e:
            problems.extend(e.problems)
            continue
        problems.extend(one.table.scan())
        if rows.height:
            problems.extend(ctx.problems(one, rows))
    return problems
