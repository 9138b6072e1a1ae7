"""A database as a data source: `data/<name>.source.yaml` names a database and a SQL query whose
result has the columns of a data file; its rows are checked exactly as a file's.

```yaml
uri_env: DXGAP_DB_URI        # the environment variable holding the database's URI
query: |
  SELECT province, indicator, year, value, date, source FROM dx_measurements
decimal: point               # optional, as a sidecar's: how text columns write numbers
note: "optional"
```

The URI is never written in the file: `uri_env` names the environment variable that holds it
(`postgresql://reader:…@host:5432/warehouse`, `sqlite:////srv/dx/warehouse.db`). A literal
`uri` is accepted only without credentials (a local SQLite file, a server that authenticates by
`.pgpass` or the operating system's user); one holding a password is refused at its node.

The query runs through Polars' `read_database_uri` with the ADBC engine (drivers
`adbc-driver-postgresql` and `adbc-driver-sqlite`, the `db` extra). The result becomes the same
text table the file readers give (`table.Table`): each column's type as a Parquet file's
(`parquet_reader`), so every cell rule applies. A result has no lines: a row's problem is
located by its number in the result (1 = the first row) and its key, `row 12 (province=…,
indicator=…, year=2024)` (`relocated`). What goes wrong before there are rows — the variable
not set, no driver, the server unreachable, the query refused — is one located problem of the
source file, by code; the URI's password is never echoed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

import polars as pl
from pydantic import Field, ValidationError

from dxgap.data.parquet_reader import typed_columns
from dxgap.data.table import GridPlace, Place, Table, check_header, first_line
from dxgap.errors import InputError, Problem
from dxgap.targets.load import parse_yaml
from dxgap.targets.located import Located, pydantic_problems
from dxgap.targets.models import NonEmpty, _Model
from dxgap.text import EXCERPT, Msg, excerpt

KEY_COLUMNS = ("province", "indicator", "target", "year", "date", "area", "breakdown")
"""The columns that name a row of a result in messages (those it has and that are not empty)."""

_ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"


class SourceFile(_Model):
    """`data/<name>.source.yaml`: a database and the query whose result is read as a data file."""

    uri_env: str | None = Field(
        None,
        pattern=_ENV_NAME,
        description="the environment variable holding the database URI (never the URI itself)",
    )
    uri: NonEmpty | None = Field(
        None, description="a URI without credentials (a local SQLite file); else use uri_env"
    )
    query: NonEmpty = Field(description="SQL returning the columns of a data file")
    decimal: Literal["point", "comma"] | None = Field(
        None,
        description="how text columns write numbers, as in a data file's sidecar "
        "(default: the command line's --decimal)",
    )
    note: str | None = None


@dataclass(frozen=True)
class Source:
    """A source file read and its URI found: what to run, and how its text writes numbers."""

    uri: str
    query: str
    decimal: Literal["point", "comma"] | None
    env: str | None  # the variable the URI came from (None: written in the file)
    at_uri: tuple[int | None, int | None] = (
        1,
        1,
    )  # (line, column) of `uri_env` or `uri` in the file
    at_query: tuple[int | None, int | None] = (1, 1)  # of `query`


def load_source(path: Path, display: str) -> Source:
    """The source file validated and its URI read from the environment; `InputError` located
    in the file for a bad file, a URI written with a password, a variable not set or empty."""
    parsed = parse_yaml(path, display)
    at = parsed.at
    if at.problems:
        raise InputError(at.problems)
    try:
        model = SourceFile.model_validate(parsed.data)
    except ValidationError as e:
        pydantic_problems(e, SourceFile, at)
        raise InputError(at.problems) from None
    uri = _uri(model, at)
    if at.problems or uri is None:
        raise InputError(at.problems)
    at_uri = at.marks.locate(("uri_env",) if model.uri_env else ("uri",))
    at_query = at.marks.locate(("query",))
    return Source(uri, model.query, model.decimal, model.uri_env, at_uri, at_query)


def _uri(model: SourceFile, at: Located) -> str | None:
    """The URI: from the environment variable `uri_env`, or written as `uri` without a
    password; problems added to `at`."""
    if (model.uri is None) == (model.uri_env is None):
        code = "source.uri_and_env" if model.uri is not None else "source.no_uri"
        at.add((), Msg(code))
        return None
    if model.uri is not None:
        if _password(model.uri) is not None:
            at.add(("uri",), Msg("source.password_in_file", uri=redacted(model.uri)))
            return None
        return model.uri
    name = str(model.uri_env)
    value = os.environ.get(name, "").strip()
    if not value:
        code = "source.env_empty" if name in os.environ else "source.env_missing"
        at.add(("uri_env",), Msg(code, name=name))
        return None
    return value


def _password(uri: str) -> str | None:
    """The password a URI holds (in its user part, or as a `password=` parameter), or None."""
    try:
        parts = urlsplit(uri)
        found = parts.password
    except ValueError:
        return None
    if found:
        return found
    for key, values in parse_qs(parts.query).items():
        if key.lower() in ("password", "pwd") and values and values[0]:
            return values[0]
    return None


def redacted(uri: str) -> str:
    """A URI as a message may show it: the password replaced by `***` (`postgresql://reader:
    ***@db.example:5432/warehouse`); text that is no URI as its scheme only."""
    secret = _password(uri)
    shown = uri if secret is None else uri.replace(secret, "***")
    return excerpt(shown, 120)


def _scrubbed(text: str, uri: str) -> str:
    """An error's text with the URI and its password taken out (a driver may echo either)."""
    secret = _password(uri)
    text = text.replace(uri, redacted(uri))
    for form in (secret, unquote(secret or "")):  # as written (p%40ss) and as meant (p@ss)
        text = text.replace(form, "***") if form else text
    return text


def _scheme(uri: str) -> str:
    found = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", uri)
    return found[1].lower() if found else ""


def _run(source: Source, display: str) -> pl.DataFrame:
    """The query's result; `InputError` at the source file when the driver is missing, the
    database cannot be reached or the query is refused."""
    target = redacted(source.uri)
    scheme = _scheme(source.uri)
    if scheme == "sqlite":
        file = re.sub(r"^sqlite:/{0,3}", "", source.uri).split("?", 1)[0]
        if file and file != ":memory:" and not Path(file).is_file():
            # the driver would create an empty database there and then find no table
            msg = Msg("source.sqlite_missing", file=file)
            raise InputError.single(display, msg, *source.at_uri, _uri_key(source))
    try:
        return pl.read_database_uri(source.query, source.uri, engine="adbc")
    except ImportError:
        msg = Msg("source.no_driver", scheme=scheme)
        raise InputError.single(display, msg, *source.at_uri, _uri_key(source)) from None
    except Exception as e:  # the drivers' errors share no base class outside their packages
        reason = excerpt(_scrubbed(first_line(e, 300), source.uri), 300)
        kind = type(e).__name__
        msg = Msg(_CONNECT_ERRORS.get(kind, "source.query_failed"), target=target, reason=reason)
        at, key = (
            (source.at_query, "query")
            if msg.code == "source.query_failed"
            else (source.at_uri, _uri_key(source))
        )
        raise InputError.single(display, msg, *at, key) from None


def _uri_key(source: Source) -> str:
    return "uri_env" if source.env else "uri"


_CONNECT_ERRORS = dict.fromkeys(
    ("OperationalError", "InterfaceError", "ConnectionError", "TimeoutError"),
    "source.connect_failed",
)
"""DB-API error classes raised when the database cannot be opened or reached (ADBC's drivers
raise `OperationalError` for a refused connection, a failed login or an unreadable file); any
other error is the query's."""


@dataclass(frozen=True)
class RecordLocator:
    """Rows of a query's result: row 0 is row 1; each row is also named by its key."""

    keys: pl.DataFrame  # the result's key columns as text, in row order

    def locate(self, rows: Collection[int], columns: Sequence[str]) -> dict[int, Place]:
        """Each row's number in the result, 1-based."""
        return {r: GridPlace(r + 1, columns) for r in rows}

    def explain(self, error: Exception, display: str, columns: Sequence[str]) -> list[Problem]:
        """The error's first line, as the reason the result cannot be read."""
        msg = Msg("source.query_failed", target="", reason=first_line(error))
        return [Problem(display, msg, 1, 1)]

    def scan(self, display: str) -> list[Problem]:
        """Nothing: a result's cells are read as the database gives them."""
        return []

    def key(self, row: int) -> str:
        """`province=binh-duong, indicator=online_dossier_rate, year=2024`: the key cells of
        a row (0-based) that are not empty, each cut to a message's excerpt."""
        if not 0 <= row < self.keys.height:
            return ""
        cells = self.keys.row(row, named=True)
        return ", ".join(
            f"{name}={excerpt(str(value), EXCERPT)}"
            for name, value in cells.items()
            if value is not None and str(value) != ""
        )


def read_source(path: Path, display: str) -> tuple[Table, Literal["point", "comma"] | None]:
    """A database source's query result as a text table (see the module docstring), and how
    its text columns write numbers; `InputError` located in the source file for everything
    that stops the rows being read (a bad file, the URI, the driver, the connection, the
    query, a column a data file may not have or of a type no cell rule reads). The style is
    None when the file declares none."""
    source = load_source(path, display)
    result = _storage(_run(source, display))
    columns = list(result.columns)
    try:
        check_header(columns, range(1, len(columns) + 1), display)
    except InputError as e:
        raise InputError([_at_query(p, path, display) for p in e.problems]) from None
    exprs, native = typed_columns(
        result.schema,
        lambda _, name, msg: _at_query(Problem(display, msg, location=name), path, display),
    )
    frame = result.lazy().select(exprs)
    keys = frame.select([c for c in KEY_COLUMNS if c in columns]).collect()
    table = Table(
        display,
        columns,
        frame.with_row_index("_row"),
        RecordLocator(keys),
        native=frozenset(native),
        stored=result.lazy().with_row_index("_row"),
        screenable=False,  # read once, checked exactly: the query is never run twice
    )
    return table, source.decimal


def _storage(result: pl.DataFrame) -> pl.DataFrame:
    """Columns of a type the driver passes on as an extension, as the values it stores:
    PostgreSQL's `numeric` arrives as its decimal text (`86.30`, exactly as stored), which the
    cell rules then read like a CSV cell."""
    wrapped = [n for n, dtype in result.schema.items() if isinstance(dtype, pl.Extension)]
    return result.with_columns(pl.col(n).ext.storage() for n in wrapped) if wrapped else result


def _at_query(problem: Problem, path: Path, display: str) -> Problem:
    """A problem of the result's columns, located at the source file's `query` (the columns
    are the query's)."""
    parsed = parse_yaml(path, display)
    line, column = parsed.at.marks.locate(("query",))
    where = problem.location or "query"
    return replace(problem, line=line, column=column, location=where, sheet=None)


def relocated(problems: Iterable[Problem], tables: Iterable[Table]) -> list[Problem]:
    """`problems` with each row of a database source named by its key (`row 12 (province=…,
    year=2024)`, `Problem.record`) instead of a line of the source file; the problems of files
    as they are."""
    results = {t.display: t.locator for t in tables if isinstance(t.locator, RecordLocator)}
    if not results:
        return list(problems)
    out = []
    for p in problems:
        locator = results.get(p.path)
        if locator is not None and p.line is not None and p.record is None:
            p = replace(p, record=locator.key(p.line - 1))
        out.append(replace(p, msg=_rows_named(p.msg, p.path, results)))
    return out


def _rows_named(msg: Msg, path: str, results: Collection[str]) -> Msg:
    """A message naming an earlier row ("same as line 3") names it as a result's row when the
    row is one of a database source ("row 3")."""
    first = msg.params.get("first")
    if not isinstance(first, Msg) or first.code not in ("data.line", "data.line_of"):
        return msg
    file = first.params.get("file", path)
    if file not in results:
        return msg
    code = first.code.replace("line", "row")
    return Msg(msg.code, **{**msg.params, "first": Msg(code, **first.params)})
